# a formula nested past the depth limit
args: calc tests/data/malformed/formula-depth.json
status: 1
--- stdout

--- stderr
tests/data/malformed/formula-depth.json:5:79: error: /workload/vcpu: formula nests deeper than 64 levels
runsheet: 1 error
