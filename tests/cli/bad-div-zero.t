# division by zero, at the cell where it arises
args: calc tests/data/div-zero.json
status: 1
--- stdout

--- stderr
models/platforms/cloud_run.json:176:194: error: /cells/cloud_run/one_time/formula: division by zero (#DIV/0!) at "/plan.horizon_months)"
runsheet: 1 error
