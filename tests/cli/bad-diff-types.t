# a platform's total that is text
args: diff tests/data/diff/usd tests/data/diff/bad-types --format json
status: 1
--- stdout

--- stderr
tests/data/diff/bad-types/scenarios/tiny/data.json:9:18: error: /platforms/0/monthly/total: expected a number
runsheet: 1 error
