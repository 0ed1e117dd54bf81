# diff takes two sites
args: diff tests/data/diff/usd
status: 2
--- stdout

--- stderr
runsheet: diff takes two sites, OLD and NEW (each the -o DIR of runsheet build)
Try 'runsheet diff --help'.
