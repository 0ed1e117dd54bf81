# --set of text where a number is expected
args: calc seed-004-business-hours --set workload.vcpu=four
status: 1
--- stdout

--- stderr
--set workload.vcpu=four: error: expected a number
runsheet: 1 error
