# a title that is not text
args: calc tests/data/malformed/title-type.json
status: 1
--- stdout

--- stderr
tests/data/malformed/title-type.json:3:12: error: /title: expected text
runsheet: 1 error
