# two SKUs of an AWS offer file match one price of the map: an error listing both, nothing written
args: prices import aws tests/data/prices/bad/aws-two-skus.json -o build/t-never.json
status: 1
--- stdout

--- stderr
models/pricing/map/aws.json:7:32: error: /prices/price.fargate.vcpu_hour: 2 SKUs match one price: 2QF7K9XJ4N8RM3TA (EUC1-Fargate-vCPU-Hours:perCPU, tests/data/prices/bad/aws-two-skus.json:8:5); 9ZK3WQ7XT2MJ5RNA (EUC1-Fargate-vCPU-Hours:perCPU, tests/data/prices/bad/aws-two-skus.json:21:5); make the map's "match" narrower
runsheet: 1 error
