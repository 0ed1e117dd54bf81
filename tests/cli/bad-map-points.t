# more map points than the limit (201)
args: calc tests/data/malformed/map-points.json
status: 1
--- stdout

--- stderr
tests/data/malformed/map-points.json:4:40: error: /analysis/map/y/points: points is a whole number from 2 to 201
runsheet: 1 error
