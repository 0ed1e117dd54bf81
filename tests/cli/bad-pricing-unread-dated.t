# a price not read from its source has no as_of: a date is the day a source was read
args: calc seed-004-business-hours --pricing tests/data/pricing-unread-dated.json
status: 1
--- stdout

--- stderr
tests/data/pricing-unread-dated.json:7:44: error: /cells/price/cloud_run/vcpu_second: a price not read from its source ("read": false) has no "as_of": a price's date is the date its source was read
runsheet: 1 error
