# a region that models/regions.json does not name
args: calc seed-004-business-hours --set workload.region=mars
status: 1
--- stdout

--- stderr
--set workload.region=mars: error: "mars" is not one of "us", "us-east", "us-central", "us-west", "eu-west", "eu-central", "eu-north", "uk", "ap-southeast", "ap-northeast"
runsheet: 1 error
