# an unterminated string in a formula, at its column
args: calc tests/data/malformed/formula-string.json
status: 1
--- stdout

--- stderr
tests/data/malformed/formula-string.json:4:31: error: /team/k8s_expertise: unterminated string (a string ends with ")
runsheet: 1 error
