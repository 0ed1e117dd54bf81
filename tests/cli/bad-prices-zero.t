# a price of zero is refused
args: prices import aws tests/data/prices/bad/aws-zero-price.json -o build/t-never.json
status: 1
--- stdout

--- stderr
tests/data/prices/bad/aws-zero-price.json:8:5: error: price.fargate.vcpu_hour: SKU 2QF7K9XJ4N8RM3TA (EUC1-Fargate-vCPU-Hours:perCPU) has the price 0: runsheet refuses prices that are zero, negative or not finite
runsheet: 1 error
