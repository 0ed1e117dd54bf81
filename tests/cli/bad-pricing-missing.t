# a pricing sheet that does not exist
args: calc seed-004-business-hours --pricing tests/data/no-such-prices.json
status: 1
--- stdout

--- stderr
tests/data/no-such-prices.json: error: cannot read: No such file or directory
runsheet: 1 error
