# --set without a value
args: calc seed-004-business-hours --set workload.vcpu
status: 2
--- stdout

--- stderr
runsheet: --set workload.vcpu: expected NAME=VALUE
Try 'runsheet calc --help'.
