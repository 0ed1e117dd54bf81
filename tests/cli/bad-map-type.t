# a map that is neither an object nor false
args: calc tests/data/malformed/map-type.json
status: 1
--- stdout

--- stderr
tests/data/malformed/map-type.json:4:23: error: /analysis/map: expected an object ({"x": ..., "y": ...}) or false
runsheet: 1 error
