# --seed that is not a whole number
args: calc seed-004-business-hours --seed -1
status: 2
--- stdout

--- stderr
runsheet: --seed -1: expected a whole number
Try 'runsheet calc --help'.
