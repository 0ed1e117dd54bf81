# check of the bundled data and scenarios
args: check
status: 0
--- stdout
runsheet check: model data (580 cells, 11 platforms, 30 rules), 9 scenarios, 0 pricing sheets: no errors, 6 warnings
--- stderr
models/pricing/azure-eastus.json:12:31: warning: /cells/price/container_apps/active_vcpu_second: price is 542 days old (as of 2025-05-30; stale after 365 days): re-check https://azure.microsoft.com/pricing/details/container-apps/
models/pricing/azure-eastus.json:22:30: warning: /cells/price/container_apps/active_gib_second: price is 542 days old (as of 2025-05-30; stale after 365 days): re-check https://azure.microsoft.com/pricing/details/container-apps/
models/pricing/azure-eastus.json:32:29: warning: /cells/price/container_apps/idle_vcpu_second: price is 542 days old (as of 2025-05-30; stale after 365 days): re-check https://azure.microsoft.com/pricing/details/container-apps/
models/pricing/fx.json:11:18: warning: /cells/fx/eur_usd: price is 633 days old (as of 2025-02-28; stale after 365 days): re-check https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html
models/pricing/gcp-us-central1.json:28:33: warning: /cells/price/cloud_run/per_million_requests: price is 540 days old (as of 2025-06-01; stale after 365 days): re-check https://cloud.google.com/run/pricing
models/pricing/hetzner-eu.json:47:28: warning: /cells/price/hetzner/cpx31_month_eur: price is 592 days old (as of 2025-04-10; stale after 365 days): re-check https://www.hetzner.com/cloud/
