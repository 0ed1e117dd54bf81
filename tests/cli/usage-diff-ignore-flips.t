# --ignore-flips without --fail-above
args: diff tests/data/diff/usd tests/data/diff/usd --ignore-flips
status: 2
--- stdout

--- stderr
runsheet: --ignore-flips goes with --fail-above
Try 'runsheet diff --help'.
