# a negative input below its minimum
args: calc tests/data/malformed/negative-input.json
status: 1
--- stdout

--- stderr
tests/data/malformed/negative-input.json:4:24: error: /workload/vcpu: -4 is below the minimum 0 vCPU
runsheet: 1 error
