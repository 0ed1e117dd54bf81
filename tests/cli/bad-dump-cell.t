# dump of an unknown cell
args: dump seed-004-business-hours workload.vcpux
status: 1
--- stdout

--- stderr
dump workload.vcpux: error: no cell named "workload.vcpux" (did you mean "workload.vcpu"?)
runsheet: 1 error
