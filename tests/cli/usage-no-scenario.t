# calc without a scenario
args: calc
status: 2
--- stdout

--- stderr
runsheet: calc needs a SCENARIO
Try 'runsheet calc --help'.
