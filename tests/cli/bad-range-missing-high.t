# a range without its high end
args: calc tests/data/malformed/range-missing-high.json
status: 1
--- stdout

--- stderr
tests/data/malformed/range-missing-high.json:4:36: error: /team/loaded_cost_per_year: a range needs both "low" and "high"
runsheet: 1 error
