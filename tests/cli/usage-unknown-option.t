# unknown option
args: calc seed-004-business-hours --frmat json
status: 2
--- stdout

--- stderr
runsheet: unknown option --frmat
Try 'runsheet calc --help'.
