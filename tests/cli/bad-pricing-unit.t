# a pricing sheet whose price is in another unit than its cell: an error at the unit (issue 21, 4)
args: calc seed-004-business-hours --pricing tests/data/pricing-unit-month.json
status: 1
--- stdout

--- stderr
tests/data/pricing-unit-month.json:9:54: error: /cells/price/aws/m6i_xlarge_hour/unit: unit "USD/month", but price.aws.m6i_xlarge_hour is in USD/h (models/pricing/aws-us-east-1.json:66:28): give the price in USD/h (runsheet does not convert units)
runsheet: 1 error
