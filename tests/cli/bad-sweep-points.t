# more sweep points than the limit
args: calc tests/data/malformed/sweep-points.json
status: 1
--- stdout

--- stderr
tests/data/malformed/sweep-points.json:4:59: error: /analysis/sweep/points: points is a whole number from 2 to 1000
runsheet: 1 error
