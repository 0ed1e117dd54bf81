# a cycle, reported whole
args: calc tests/data/cycle.json
status: 1
--- stdout

--- stderr
tests/data/cycle.json:4:26: error: /workload/vcpu: cycle: workload.vcpu -> load.vcpu -> workload.vcpu
runsheet: 1 error
