# a truncated offer file: where it ends
args: prices import aws tests/data/prices/bad/aws-truncated.json -o build/t-never.json
status: 1
--- stdout

--- stderr
tests/data/prices/bad/aws-truncated.json:85:3: error: the file ends inside an object or array: is it truncated?
runsheet: 1 error
