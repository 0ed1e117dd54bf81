# an Azure Retail Prices page given to the AWS importer: which format it is
args: prices import aws tests/data/prices/azure/germanywestcentral-1.json -o build/t-never.json
status: 1
--- stdout

--- stderr
tests/data/prices/azure/germanywestcentral-1.json:1:2: error: not an AWS Price List offer file: "BillingCurrency" is a key of an Azure Retail Prices API response; use runsheet prices import azure
runsheet: 1 error
