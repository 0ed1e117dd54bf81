# bad --format
args: calc seed-004-business-hours --format xml
status: 2
--- stdout

--- stderr
runsheet: --format xml: expected table, json or csv
Try 'runsheet calc --help'.
