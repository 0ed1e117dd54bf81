# a map over a formula cell: the map varies inputs
args: calc tests/data/malformed/map-formula.json
status: 1
--- stdout

--- stderr
tests/data/malformed/map-formula.json:4:29: error: /analysis/map/x: map x: cloud_run.total is a formula: the map varies number inputs only
runsheet: 1 error
