# a data.json of another data format
args: diff tests/data/diff/usd tests/data/diff/format-2
status: 1
--- stdout

--- stderr
tests/data/diff/format-2/scenarios/tiny/data.json:21:18: error: /data_format: data format 2, but this runsheet (1.0.0) reads data format 1: build both sites with the same runsheet
runsheet: 1 error
