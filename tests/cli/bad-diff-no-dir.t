# a site that does not exist, and a file
args: diff tests/data/diff/nowhere tests/data/diff/README.md
status: 1
--- stdout

--- stderr
tests/data/diff/nowhere: error: no such directory
tests/data/diff/README.md: error: not a directory: runsheet diff compares two sites (each the -o DIR of runsheet build)
runsheet: 2 errors
