# a NUL byte in a file, at its place
args: calc tests/data/malformed/nul-byte.json
status: 1
--- stdout

--- stderr
tests/data/malformed/nul-byte.json:1:24: error: file contains a NUL byte; is it a JSON text file?
runsheet: 1 error
