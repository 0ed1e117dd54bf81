# a data.json written before runsheet diff: no data_format
args: diff tests/data/diff/old-format tests/data/diff/usd
status: 1
--- stdout

--- stderr
tests/data/diff/old-format/scenarios/tiny/data.json:1:1: error: /data_format: missing: this data.json was written by a runsheet older than runsheet diff; build the site again with this one (runsheet 1.0.0)
runsheet: 1 error
