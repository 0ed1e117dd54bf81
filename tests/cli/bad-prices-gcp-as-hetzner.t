# a Cloud Billing Catalog SKU list given to the Hetzner importer
args: prices import hetzner tests/data/prices/gcp/cloud-run.json --region fsn1 -o build/t-never.json
status: 1
--- stdout

--- stderr
tests/data/prices/gcp/cloud-run.json:1:1: error: not a Hetzner Cloud API /v1/pricing response: "skus" is a key of a Google Cloud Billing Catalog SKU list; use runsheet prices import gcp
runsheet: 1 error
