# wrong types for inputs (every one reported)
args: calc tests/data/wrong-type.json
status: 1
--- stdout

--- stderr
tests/data/wrong-type.json:5:13: error: /workload/vcpu: expected a number, got text
tests/data/wrong-type.json:6:19: error: /workload/memory_gib: expected a number, got logical
tests/data/wrong-type.json:7:16: error: /workload/staging: expected a logical (true or false), got number
runsheet: 3 errors
