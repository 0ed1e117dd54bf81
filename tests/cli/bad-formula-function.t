# a function outside runsheet's subset of Excel, at its column
args: calc tests/data/malformed/formula-function.json
status: 1
--- stdout

--- stderr
tests/data/malformed/formula-function.json:4:26: error: /workload/vcpu: unknown function "VLOOKUP"
runsheet: 1 error
