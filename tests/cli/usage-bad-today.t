# --today that is not a date
args: calc seed-004-business-hours --today 2026-13-40
status: 2
--- stdout

--- stderr
runsheet: --today 2026-13-40: expected a date YYYY-MM-DD
Try 'runsheet calc --help'.
