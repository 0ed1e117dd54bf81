# a cell name Excel would read as a cell reference
args: calc tests/data/malformed/bad-cell-name.json
status: 1
--- stdout

--- stderr
tests/data/malformed/bad-cell-name.json:4:22: error: /workload/A1: bad cell name "workload.A1": "A1" looks like a cell reference, which Excel would read instead of the name
runsheet: 1 error
