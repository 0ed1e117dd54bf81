# both axes team.engineers: x set to it, y is team.engineers by default
args: calc tests/data/malformed/map-same-axes.json
status: 1
--- stdout

--- stderr
tests/data/malformed/map-same-axes.json:4:23: error: /analysis/map: the map's x and y are both team.engineers
runsheet: 1 error
