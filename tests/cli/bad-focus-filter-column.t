# a filter on a column the export does not have
args: import focus tests/data/focus/aws.csv --filter Nope=1
status: 1
--- stdout

--- stderr
--filter: error: Nope=1: the export has no column Nope
runsheet: 1 error
