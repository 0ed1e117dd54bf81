# a formula that does not parse
args: calc tests/data/bad-formula.json
status: 1
--- stdout

--- stderr
tests/data/bad-formula.json:4:28: error: /workload/vcpu: missing ")" to close this "("
runsheet: 1 error
