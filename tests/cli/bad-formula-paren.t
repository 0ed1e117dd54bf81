# an unclosed parenthesis, at its column
args: calc tests/data/malformed/formula-paren.json
status: 1
--- stdout

--- stderr
tests/data/malformed/formula-paren.json:4:26: error: /workload/vcpu: missing ")" to close this "("
runsheet: 1 error
