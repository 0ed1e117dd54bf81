# an empty file
args: calc tests/data/malformed/empty.json
status: 1
--- stdout

--- stderr
tests/data/malformed/empty.json:1:1: error: the file is empty: a JSON file starts with "{"
runsheet: 1 error
