# an unknown key beside x and y
args: calc tests/data/malformed/map-key.json
status: 1
--- stdout

--- stderr
tests/data/malformed/map-key.json:4:62: error: /analysis/map/z: unknown key "z" (x, y)
runsheet: 1 error
