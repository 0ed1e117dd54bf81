# an output directory whose parent does not exist
args: build -o build/no/such/dir/site seed-004-business-hours
status: 1
--- stdout

--- stderr
build/no/such/dir/site: error: the directory build/no/such/dir does not exist
runsheet: 1 error
