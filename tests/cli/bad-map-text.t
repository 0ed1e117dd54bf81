# a map over a text input
args: calc tests/data/malformed/map-text.json
status: 1
--- stdout

--- stderr
tests/data/malformed/map-text.json:4:29: error: /analysis/map/y: map y: workload.region is not a number: the map varies number inputs only
runsheet: 1 error
