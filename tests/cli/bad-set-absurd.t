# --set of a billion vCPU
args: calc seed-004-business-hours --set workload.vcpu=1e9
status: 1
--- stdout

--- stderr
--set workload.vcpu=1e9: error: 1e+09 is above the maximum 100000 vCPU
runsheet: 1 error
