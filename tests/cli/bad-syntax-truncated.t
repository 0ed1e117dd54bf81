# JSON syntax error: truncated file, with line and column
args: calc tests/data/syntax-truncated.json
status: 1
--- stdout

--- stderr
tests/data/syntax-truncated.json:5:1: error: JSON syntax error: string or '}' expected near end of file
runsheet: 1 error
