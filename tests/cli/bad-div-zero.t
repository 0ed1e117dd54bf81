# division by zero, at the cell where it arises
args: calc tests/data/div-zero.json
status: 1
--- stdout

--- stderr
models/platforms/cloud_run.json:35:159: error: /cells/cloud_run/one_time/formula: division by zero (#DIV/0!) at "/plan.horizon_months"
models/platforms/eks.json:35:156: error: /cells/eks/one_time/formula: division by zero (#DIV/0!) at "/plan.horizon_months"
models/platforms/fargate.json:30:178: error: /cells/fargate/one_time/formula: division by zero (#DIV/0!) at "/plan.horizon_months"
models/platforms/gke_autopilot.json:29:176: error: /cells/gke_autopilot/one_time/formula: division by zero (#DIV/0!) at "/plan.horizon_months"
runsheet: 4 errors
