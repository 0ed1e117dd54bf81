# an unknown distribution for a range
args: calc tests/data/malformed/bad-dist.json
status: 1
--- stdout

--- stderr
tests/data/malformed/bad-dist.json:4:93: error: /team/loaded_cost_per_year/dist: dist is "triangular" or "pert"
runsheet: 1 error
