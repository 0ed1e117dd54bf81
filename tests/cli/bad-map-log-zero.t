# a log axis that starts at 0
args: calc tests/data/malformed/map-log-zero.json
status: 1
--- stdout

--- stderr
tests/data/malformed/map-log-zero.json:4:29: error: /analysis/map/x: map x: a log axis starts above 0, not at 0 (use lin)
runsheet: 1 error
