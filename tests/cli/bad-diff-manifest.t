# a manifest of another version
args: diff tests/data/diff/bad-manifest tests/data/diff/usd
status: 1
--- stdout

--- stderr
tests/data/diff/bad-manifest/.runsheet-manifest:1:1: error: not a runsheet manifest of this version (expected "runsheet-manifest 1"): is tests/data/diff/bad-manifest a site of runsheet build?
runsheet: 1 error
