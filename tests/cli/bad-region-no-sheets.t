# a region whose providers have no pricing sheet: which provider, which region code and the command that imports it
args: calc seed-004-business-hours --set workload.region=eu-central
status: 1
--- stdout

--- stderr
--set workload.region=eu-central: error: region "eu-central" has no Google Cloud prices for europe-west3 (Frankfurt, Germany), which Google Cloud Run, GKE Autopilot need (price.cloud_run.gib_second, price.cloud_run.idle_gib_second and 11 more). Import them with: runsheet prices import gcp FILE... --region europe-west3 -o gcp-europe-west3.json, then add --pricing gcp-europe-west3.json (scripts/fetch-prices.sh eu-central prints the download commands), or leave these platforms out of the comparison (--platforms, or the scenario's "platforms")
--set workload.region=eu-central: error: region "eu-central" has no Amazon Web Services prices for eu-central-1 (Frankfurt, Germany), which AWS ECS Fargate, Amazon EKS on EC2 need (price.aws.ebs_gb_month, price.aws.egress_gb and 10 more). Import them with: runsheet prices import aws FILE... --region eu-central-1 -o aws-eu-central-1.json, then add --pricing aws-eu-central-1.json (scripts/fetch-prices.sh eu-central prints the download commands), or leave these platforms out of the comparison (--platforms, or the scenario's "platforms")
runsheet: 2 errors
