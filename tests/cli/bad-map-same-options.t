# --map-x and --map-y the same cell
args: calc seed-004-business-hours --map-x team.engineers:1:50:lin:11 --map-y team.engineers
status: 1
--- stdout

--- stderr
--map-y: error: the map's x and y are both team.engineers
runsheet: 1 error
