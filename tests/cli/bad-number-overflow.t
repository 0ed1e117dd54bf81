# a number too large for a double
args: calc tests/data/malformed/number-overflow.json
status: 1
--- stdout

--- stderr
tests/data/malformed/number-overflow.json:4:28: error: JSON syntax error: real number overflow near '1e999'
runsheet: 1 error
