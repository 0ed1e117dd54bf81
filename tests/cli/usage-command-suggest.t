# a misspelt command: did you mean
args: calcc
status: 2
--- stdout

--- stderr
runsheet: unknown command "calcc" (did you mean "calc"?)
Try 'runsheet --help'.
