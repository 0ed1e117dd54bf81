# an export without BilledCost
args: import focus tests/data/focus/bad-missing-column.csv
status: 1
--- stdout

--- stderr
tests/data/focus/bad-missing-column.csv:1:1: error: not a FOCUS export: the header has no BilledCost column (FOCUS 1.0 names)
runsheet: 1 error
