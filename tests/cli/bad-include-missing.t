# an included file that is not there, named where the scenario names it
args: calc tests/data/include-missing.json
status: 1
--- stdout

--- stderr
tests/data/include-missing.json:4:15: error: /include/0: cannot read tests/data/include/no-such-bill.json: No such file or directory
runsheet: 1 error
