# a map axis whose min is above its max
args: calc tests/data/malformed/map-min-max.json
status: 1
--- stdout

--- stderr
tests/data/malformed/map-min-max.json:4:29: error: /analysis/map/y: map y: min (10) must be below max (5)
runsheet: 1 error
