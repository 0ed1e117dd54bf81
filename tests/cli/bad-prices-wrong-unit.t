# a SKU billed in a unit the map does not expect: an error naming the SKU and both units
args: prices import aws tests/data/prices/bad/aws-wrong-unit.json -o build/t-never.json
status: 1
--- stdout

--- stderr
tests/data/prices/bad/aws-wrong-unit.json:8:5: error: price.fargate.vcpu_hour: SKU 2QF7K9XJ4N8RM3TA (EUC1-Fargate-vCPU-Hours:perCPU) is billed per "Hrs", but the map expects "hours" (models/pricing/map/aws.json:7:32): check the SKU, or the map's unit and factor
runsheet: 1 error
