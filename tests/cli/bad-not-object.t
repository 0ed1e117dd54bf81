# top level not an object
args: calc tests/data/not-object.json
status: 1
--- stdout

--- stderr
tests/data/not-object.json:1:1: error: expected a JSON object at the top level
runsheet: 1 error
