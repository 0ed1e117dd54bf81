# a directory that is not a site
args: diff tests/data/diff tests/data/diff/usd
status: 1
--- stdout

--- stderr
tests/data/diff: error: not a runsheet site: it has no .runsheet-manifest (a site is the -o DIR of runsheet build)
runsheet: 1 error
