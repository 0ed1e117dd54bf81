# values outside their allowed lists
args: calc tests/data/bad-enum.json
status: 1
--- stdout

--- stderr
tests/data/bad-enum.json:4:29: error: /team/k8s_expertise: "expert" is not one of "none", "some", "strong"
tests/data/bad-enum.json:5:24: error: /workload/arch: "risc-v" is not one of "x86", "arm"
runsheet: 2 errors
