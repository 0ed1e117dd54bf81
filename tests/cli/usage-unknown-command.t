# unknown command
args: frobnicate
status: 2
--- stdout

--- stderr
runsheet: unknown command "frobnicate"
Try 'runsheet --help'.
