# workload.region cannot be a formula
args: calc seed-004-business-hours --set workload.region=="us"
status: 1
--- stdout

--- stderr
--set workload.region==us: error: workload.region is a region id, not a formula: it chooses the pricing sheets before anything is evaluated
--set workload.region==us: error: column 1 of the formula: unknown name "us"
runsheet: 2 errors
