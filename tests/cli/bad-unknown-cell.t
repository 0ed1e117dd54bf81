# unknown cells with suggestions
args: calc tests/data/unknown-cell.json
status: 1
--- stdout

--- stderr
tests/data/unknown-cell.json:4:25: error: /workload/vcpus: no cell named "workload.vcpus" in the model (did you mean "workload.vcpu"?)
tests/data/unknown-cell.json:5:24: error: /team/enginers: no cell named "team.enginers" in the model (did you mean "team.engineers"?)
runsheet: 2 errors
