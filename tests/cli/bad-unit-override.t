# a scenario value in another unit than its cell: an error at the unit
args: calc tests/data/unit-override.json
status: 1
--- stdout

--- stderr
tests/data/unit-override.json:6:58: error: /price/aws/m6i_xlarge_hour/unit: unit "USD/month", but price.aws.m6i_xlarge_hour is in USD/h: give the value in USD/h (runsheet does not convert units)
runsheet: 1 error
