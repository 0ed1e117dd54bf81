# a pricing sheet without source and date
args: calc seed-004-business-hours --pricing tests/data/pricing-no-source.json
status: 1
--- stdout

--- stderr
tests/data/pricing-no-source.json:7:44: error: /cells/price/cloud_run/vcpu_second: a price needs "unit", "source" and "as_of" (the date its source was read), or "read": false in place of the date
runsheet: 1 error
