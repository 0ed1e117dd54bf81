# a Hetzner price list holds every location: without --region, an error listing them
args: prices import hetzner tests/data/prices/hetzner/pricing.json --as-of 2026-11-25
status: 1
--- stdout

--- stderr
--region: error: the files price several regions (fsn1, nbg1, hel1, ash, hil): choose one with --region CODE
runsheet: 1 error
