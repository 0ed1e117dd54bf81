# a negative price in a pricing sheet
args: calc seed-004-business-hours --pricing tests/data/hostile/pricing-negative.json
status: 1
--- stdout

--- stderr
tests/data/hostile/pricing-negative.json:8:24: error: /cells/price/cloud_run/vcpu_second: a price cannot be negative
runsheet: 1 error
