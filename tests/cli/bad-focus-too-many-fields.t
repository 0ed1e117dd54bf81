# a CSV row with more fields than the header
args: import focus tests/data/focus/bad-too-many-fields.csv
status: 1
--- stdout

--- stderr
tests/data/focus/bad-too-many-fields.csv:4:1: error: a row with 49 fields; the header has 48
runsheet: 1 error
