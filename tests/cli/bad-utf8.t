# bytes that are not UTF-8
args: calc tests/data/malformed/bad-utf8.json
status: 1
--- stdout

--- stderr
tests/data/malformed/bad-utf8.json:1:25: error: JSON syntax error: unable to decode byte 0xe9 near '"caf'
runsheet: 1 error
