# a site against itself: no change, exit 0
args: diff tests/data/diff/usd tests/data/diff/usd
status: 0
--- stdout
<!-- runsheet-diff -->
### runsheet diff: no change

The scenario in both builds keeps its recommendation and every platform's total.

*runsheet 1.0.0; `runsheet diff --help` says how the causes are attributed.*
--- stderr

