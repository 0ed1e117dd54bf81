# an empty file
args: calc tests/data/malformed/empty.json
status: 1
--- stdout

--- stderr
tests/data/malformed/empty.json:1:1: error: JSON syntax error: '[' or '{' expected near end of file
runsheet: 1 error
