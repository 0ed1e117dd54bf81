# a FOCUS CSV given to prices import: said what it is, no bytes of it quoted
args: prices import aws tests/data/focus/aws.csv
status: 1
--- stdout

--- stderr
tests/data/focus/aws.csv:1:1: error: not an AWS Price List offer file: the file is a FOCUS billing export (CSV), not a price list: runsheet import focus reads it
runsheet: 1 error
