# a cell set twice in one scenario, at the second
args: calc tests/data/malformed/set-twice.json
status: 1
--- stdout

--- stderr
tests/data/malformed/set-twice.json:5:20: error: /workload.vcpu: cell "workload.vcpu" is set twice in this scenario
runsheet: 1 error
