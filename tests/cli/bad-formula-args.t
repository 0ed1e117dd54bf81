# a function called with the wrong number of arguments, at its column
args: calc tests/data/malformed/formula-args.json
status: 1
--- stdout

--- stderr
tests/data/malformed/formula-args.json:4:26: error: /workload/vcpu: ROUND takes 2 arguments, not 1
runsheet: 1 error
