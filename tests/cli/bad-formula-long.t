# a formula past the length limit
args: calc tests/data/malformed/formula-long.json
status: 1
--- stdout

--- stderr
tests/data/malformed/formula-long.json:5:15: error: /workload/vcpu: formula is 8999 bytes long; the limit is 8192
runsheet: 1 error
