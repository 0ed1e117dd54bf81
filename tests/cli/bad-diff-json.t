# a data.json that is not JSON
args: diff tests/data/diff/usd tests/data/diff/bad-json
status: 1
--- stdout

--- stderr
tests/data/diff/bad-json/scenarios/tiny/data.json:14:10: error: JSON syntax error: premature end of input near '"platf'
runsheet: 1 error
