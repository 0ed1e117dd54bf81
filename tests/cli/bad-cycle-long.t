# a longer cycle through the model
args: calc tests/data/cycle-long.json
status: 1
--- stdout

--- stderr
tests/data/cycle-long.json:5:15: error: /workload/vcpu: cycle: workload.vcpu -> workload.memory_gib -> cloud_run.compute -> cloud_run.cpu_cost -> cloud_run.vcpu_seconds -> load.instance_vcpu -> workload.instance_vcpu -> workload.vcpu
runsheet: 1 error
