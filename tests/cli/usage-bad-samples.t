# --samples out of range
args: calc seed-004-business-hours --samples 0
status: 2
--- stdout

--- stderr
runsheet: --samples 0: expected a whole number from 1 to 1000000
Try 'runsheet calc --help'.
