# --map-x with a last field that is neither log, lin nor a point count
args: calc seed-004-business-hours --map-x team.engineers:1:5:x
status: 2
--- stdout

--- stderr
runsheet: --map-x team.engineers:1:5:x: "x" is neither log, lin nor a number of points from 2 to 201
Try 'runsheet calc --help'.
