# --map-y whose min is above its max
args: calc seed-004-business-hours --map-y workload.scale:1:0.5
status: 1
--- stdout

--- stderr
--map-y workload.scale:1:0.5: error: min (1) must be below max (0.5)
runsheet: 1 error
