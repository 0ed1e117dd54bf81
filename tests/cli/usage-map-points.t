# --map-y with too many points
args: calc seed-004-business-hours --map-y team.engineers:1:200:log:500
status: 2
--- stdout

--- stderr
runsheet: --map-y team.engineers:1:200:log:500: "500" is neither log, lin nor a number of points from 2 to 201
Try 'runsheet calc --help'.
