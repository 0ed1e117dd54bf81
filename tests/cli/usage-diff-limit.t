# --fail-above takes a percentage or an amount
args: diff tests/data/diff/usd tests/data/diff/usd --fail-above ten%
status: 2
--- stdout

--- stderr
runsheet: --fail-above ten%: expected a percentage (10%) or an amount (50), 0 or more
Try 'runsheet diff --help'.
