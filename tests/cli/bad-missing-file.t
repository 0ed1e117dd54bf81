# a missing file
args: calc tests/data/no-such-file.json
status: 1
--- stdout

--- stderr
tests/data/no-such-file.json: error: cannot read: No such file or directory
runsheet: 1 error
