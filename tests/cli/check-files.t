# check of a scenario and a pricing sheet
args: check tests/data/pricing-negotiated.json scenarios/seed-001-10m-requests.json
status: 0
--- stdout
runsheet check: model data (176 cells, 4 platforms, 0 rules), 1 scenario, 1 pricing sheet: no errors, 1 warning
--- stderr
models/pricing/gcp.json:13:33: warning: /cells/price/cloud_run/per_million_requests: price is 540 days old (as of 2025-06-01; stale after 365 days): re-check https://cloud.google.com/run/pricing
