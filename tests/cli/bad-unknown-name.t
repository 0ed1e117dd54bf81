# unknown name inside a formula, with its column
args: calc tests/data/unknown-name.json
status: 1
--- stdout

--- stderr
tests/data/unknown-name.json:4:26: error: /workload/vcpu: unknown name "workload.memory_gb" (did you mean "workload.memory_gib"?)
runsheet: 1 error
