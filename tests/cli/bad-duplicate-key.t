# duplicate key
args: calc tests/data/duplicate-key.json
status: 1
--- stdout

--- stderr
tests/data/duplicate-key.json:4:32: error: JSON syntax error: duplicate object key near '"vcpu"'
runsheet: 1 error
