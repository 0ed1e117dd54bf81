# --map-x of a formula cell
args: calc seed-004-business-hours --map-x cloud_run.total
status: 1
--- stdout

--- stderr
--map-x cloud_run.total: error: cloud_run.total is a formula: the map varies number inputs only
runsheet: 1 error
