# --set of a formula with a syntax error
args: calc seed-004-business-hours --set 'workload.vcpu==2*(1+'
status: 1
--- stdout

--- stderr
--set workload.vcpu==2*(1+: error: column 6 of the formula: formula ends where a value was expected
runsheet: 1 error
