# values outside their bounds
args: calc tests/data/out-of-range.json
status: 1
--- stdout

--- stderr
tests/data/out-of-range.json:4:24: error: /workload/vcpu: -1 is below the minimum 0 vCPU
tests/data/out-of-range.json:4:40: error: /workload/services: 2.5 is not a whole number
tests/data/out-of-range.json:4:56: error: /workload/regions: 0 is below the minimum 1 regions
runsheet: 3 errors
