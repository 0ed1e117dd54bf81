# a JSON array where an object belongs
args: calc tests/data/malformed/array-top.json
status: 1
--- stdout

--- stderr
tests/data/malformed/array-top.json:1:1: error: expected a JSON object at the top level
runsheet: 1 error
