# a required key missing
args: calc tests/data/missing-title.json
status: 1
--- stdout

--- stderr
tests/data/missing-title.json:1:1: error: missing "title" (text)
runsheet: 1 error
