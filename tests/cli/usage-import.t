# runsheet import without what
args: import
status: 2
--- stdout

--- stderr
runsheet: import needs what to import: kubernetes or focus
Try 'runsheet import --help'.
