# a manifest naming a scenario without its data.json
args: diff tests/data/diff/usd tests/data/diff/ghost
status: 1
--- stdout

--- stderr
tests/data/diff/ghost/scenarios/tiny/data.json: error: cannot read: No such file or directory
runsheet: 1 error
