# a scenario id that is not a safe file name
args: calc tests/data/bad-id.json
status: 1
--- stdout

--- stderr
tests/data/bad-id.json:2:9: error: /id: bad id "../../etc/passwd": a scenario id starts with a lower-case letter or a digit
runsheet: 1 error
