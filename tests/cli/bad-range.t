# a range not containing its value
args: calc tests/data/bad-range.json
status: 1
--- stdout

--- stderr
tests/data/bad-range.json:4:36: error: /team/loaded_cost_per_year: the range must satisfy low <= value <= high (190000 <= 180000 <= 200000)
runsheet: 1 error
