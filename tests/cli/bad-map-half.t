# an axis with min and no max
args: calc tests/data/malformed/map-half.json
status: 1
--- stdout

--- stderr
tests/data/malformed/map-half.json:4:29: error: /analysis/map/x: give both min and max, or neither
runsheet: 1 error
