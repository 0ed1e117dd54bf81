# --set of a value that is not a finite number
args: calc seed-004-business-hours --set workload.vcpu=inf
status: 1
--- stdout

--- stderr
--set workload.vcpu=inf: error: expected a number
runsheet: 1 error
