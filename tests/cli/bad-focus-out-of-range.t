# a cost that is a number, but beyond what a bill holds: out of range, not "not a number"
args: import focus tests/data/focus/bad-out-of-range.csv
status: 1
--- stdout

--- stderr
tests/data/focus/bad-out-of-range.csv:4:2: error: BilledCost "1e308" is out of range: a row's cost is at most 9,000,000,000 (in its billing currency)
runsheet: 1 error
