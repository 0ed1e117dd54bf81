# a scenario id that climbs out of the output directory
args: build -o build/never tests/data/malformed/id-dotdot.json
status: 1
--- stdout

--- stderr
tests/data/malformed/id-dotdot.json:2:9: error: /id: bad id "../../etc": a scenario id starts with a lower-case letter or a digit
runsheet: 1 error
