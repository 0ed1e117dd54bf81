# a cost that is not a number (a decimal comma), with its line and column
args: import focus tests/data/focus/bad-not-a-number.csv
status: 1
--- stdout

--- stderr
tests/data/focus/bad-not-a-number.csv:4:2: error: BilledCost "12,50" is not a number
runsheet: 1 error
