# an unknown key in analysis, with the keys it takes
args: calc tests/data/malformed/analysis-key.json
status: 1
--- stdout

--- stderr
tests/data/malformed/analysis-key.json:4:27: error: /analysis/samplez: unknown key "samplez" (sweep, map, samples, seed)
runsheet: 1 error
