# platforms given as text, not a list
args: calc tests/data/malformed/platforms-type.json
status: 1
--- stdout

--- stderr
tests/data/malformed/platforms-type.json:4:16: error: /platforms: expected a list of platform ids
runsheet: 1 error
