# two costs within range whose sum is not: an error at the row, never a wrapped sum
args: import focus tests/data/focus/bad-sum-out-of-range.csv
status: 1
--- stdout

--- stderr
tests/data/focus/bad-sum-out-of-range.csv:5:2: error: BilledCost "8000000000": the costs of billing period 2026-10 are out of range from this row on: their sum is at most 9,000,000,000
runsheet: 1 error
