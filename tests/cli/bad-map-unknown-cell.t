# a map over a misspelt cell, with a suggestion
args: calc tests/data/malformed/map-unknown-cell.json
status: 1
--- stdout

--- stderr
tests/data/malformed/map-unknown-cell.json:4:29: error: /analysis/map/y: map y: no cell named "team.enginers" (did you mean "team.engineers"?)
runsheet: 1 error
