# JSON syntax error: missing comma
args: calc tests/data/syntax-comma.json
status: 1
--- stdout

--- stderr
tests/data/syntax-comma.json:4:37: error: JSON syntax error: '}' expected near '"memory_gib"'
runsheet: 1 error
