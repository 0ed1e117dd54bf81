# a gzip file cut in half
args: import focus tests/data/focus/bad-truncated.csv.gz
status: 1
--- stdout

--- stderr
tests/data/focus/bad-truncated.csv.gz:3:1: error: the file cannot be read to its end (a truncated or corrupt gzip file?)
runsheet: 1 error
