# dump of an unknown cell
args: dump seed-004-business-hours workload.vcpux
status: 1
--- stdout

--- stderr
runsheet: error: workload.vcpux: no cell named "workload.vcpux" (did you mean "workload.vcpu"?)
runsheet: 1 error
