# an included bill sets actual.* cells only
args: calc tests/data/include-sets-workload.json
status: 1
--- stdout

--- stderr
tests/data/include/sets-workload.json:4:25: error: /cells/workload: an included bill sets only actual.* cells, not "workload"
runsheet: 1 error
