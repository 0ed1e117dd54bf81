# --set of an unknown cell, with a suggestion
args: calc seed-004-business-hours --set workload.vcpus=2
status: 1
--- stdout

--- stderr
--set workload.vcpus=2: error: no cell named "workload.vcpus" (did you mean "workload.vcpu"?)
runsheet: 1 error
