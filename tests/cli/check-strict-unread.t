# check --strict fails on the bundled data: the prices not read from their
# source ("read": false) and the stale ones are errors. make check keeps this
# list exact, so a price read (or one newly unread) changes it.
args: check --strict
status: 1
--- stdout

--- stderr
models/pricing/aws-global.json:12:28: error: /cells/price/fargate/minimum_seconds: price was not read from its source ("read": false): confirm it at https://aws.amazon.com/fargate/pricing/, then give the date read as "as_of"
models/pricing/aws-us-east-1.json:28:26: error: /cells/price/fargate/arm_vcpu_hour: price was not read from its source ("read": false): confirm it at https://aws.amazon.com/fargate/pricing/, then give the date read as "as_of"
models/pricing/aws-us-east-1.json:37:24: error: /cells/price/fargate/arm_gb_hour: price was not read from its source ("read": false): confirm it at https://aws.amazon.com/fargate/pricing/, then give the date read as "as_of"
models/pricing/aws-us-east-1.json:90:19: error: /cells/price/aws/nat_gb: price was not read from its source ("read": false): confirm it at https://aws.amazon.com/vpc/pricing/, then give the date read as "as_of"
models/pricing/aws-us-east-1.json:99:22: error: /cells/price/aws/egress_gb: price was not read from its source ("read": false): confirm it at https://aws.amazon.com/ec2/pricing/on-demand/, then give the date read as "as_of"
models/pricing/azure-eastus.json:53:34: error: /cells/price/aks/standard_cluster_hour: price was not read from its source ("read": false): confirm it at https://azure.microsoft.com/pricing/details/kubernetes-service/, then give the date read as "as_of"
models/pricing/azure-eastus.json:64:24: error: /cells/price/azure_vm/d2s_v5_hour: price was not read from its source ("read": false): confirm it at https://azure.microsoft.com/pricing/details/virtual-machines/linux/, then give the date read as "as_of"
models/pricing/azure-eastus.json:73:24: error: /cells/price/azure_vm/d4s_v5_hour: price was not read from its source ("read": false): confirm it at https://azure.microsoft.com/pricing/details/virtual-machines/linux/, then give the date read as "as_of"
models/pricing/azure-eastus.json:82:24: error: /cells/price/azure_vm/d8s_v5_hour: price was not read from its source ("read": false): confirm it at https://azure.microsoft.com/pricing/details/virtual-machines/linux/, then give the date read as "as_of"
models/pricing/azure-eastus.json:91:29: error: /cells/price/azure_vm/nc4as_t4_v3_hour: price was not read from its source ("read": false): confirm it at https://azure.microsoft.com/pricing/details/virtual-machines/linux/, then give the date read as "as_of"
models/pricing/azure-eastus.json:102:21: error: /cells/price/azure/lb_month: price was not read from its source ("read": false): confirm it at https://azure.microsoft.com/pricing/details/load-balancer/, then give the date read as "as_of"
models/pricing/azure-eastus.json:111:22: error: /cells/price/azure/nat_month: price was not read from its source ("read": false): confirm it at https://azure.microsoft.com/pricing/details/azure-nat-gateway/, then give the date read as "as_of"
models/pricing/azure-eastus.json:120:22: error: /cells/price/azure/egress_gb: price was not read from its source ("read": false): confirm it at https://azure.microsoft.com/pricing/details/bandwidth/, then give the date read as "as_of"
models/pricing/azure-eastus.json:129:27: error: /cells/price/azure/disk_gib_month: price was not read from its source ("read": false): confirm it at https://azure.microsoft.com/pricing/details/managed-disks/, then give the date read as "as_of"
models/pricing/azure-eastus.json:138:19: error: /cells/price/azure/nat_gb: price was not read from its source ("read": false): confirm it at https://azure.microsoft.com/pricing/details/azure-nat-gateway/, then give the date read as "as_of"
models/pricing/fx.json:11:18: error: /cells/fx/eur_usd: price was not read from its source ("read": false): confirm it at https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html, then give the date read as "as_of"
models/pricing/gcp-global.json:44:32: error: /cells/price/cloud_run/job_minimum_seconds: price was not read from its source ("read": false): confirm it at https://cloud.google.com/run/pricing, then give the date read as "as_of"
models/pricing/gcp-global.json:69:39: error: /cells/price/cloud_run/free_instance_vcpu_seconds: price was not read from its source ("read": false): confirm it at https://cloud.google.com/run/pricing, then give the date read as "as_of"
models/pricing/gcp-global.json:78:38: error: /cells/price/cloud_run/free_instance_gib_seconds: price was not read from its source ("read": false): confirm it at https://cloud.google.com/run/pricing, then give the date read as "as_of"
models/pricing/gcp-us-central1.json:63:32: error: /cells/price/cloud_run/instance_gib_second: price was not read from its source ("read": false): confirm it at https://cloud.google.com/run/pricing, then give the date read as "as_of"
models/pricing/gcp-us-central1.json:72:26: error: /cells/price/cloud_run/l4_gpu_second: price was not read from its source ("read": false): confirm it at https://cloud.google.com/run/pricing, then give the date read as "as_of"
models/pricing/gcp-us-central1.json:137:31: error: /cells/price/gce/e2_standard_2_hour: price was not read from its source ("read": false): confirm it at https://cloud.google.com/compute/vm-instance-pricing, then give the date read as "as_of"
models/pricing/gcp-us-central1.json:146:31: error: /cells/price/gce/e2_standard_4_hour: price was not read from its source ("read": false): confirm it at https://cloud.google.com/compute/vm-instance-pricing, then give the date read as "as_of"
models/pricing/gcp-us-central1.json:155:31: error: /cells/price/gce/e2_standard_8_hour: price was not read from its source ("read": false): confirm it at https://cloud.google.com/compute/vm-instance-pricing, then give the date read as "as_of"
models/pricing/gcp-us-central1.json:164:31: error: /cells/price/gce/g2_standard_4_hour: price was not read from its source ("read": false): confirm it at https://cloud.google.com/compute/gpus-pricing, then give the date read as "as_of"
models/pricing/hetzner-eu.json:20:27: error: /cells/price/hetzner/lb11_month_eur: price was not read from its source ("read": false): confirm it at https://www.hetzner.com/cloud/load-balancer, then give the date read as "as_of"
models/pricing/hetzner-eu.json:29:32: error: /cells/price/hetzner/volume_gb_month_eur: price was not read from its source ("read": false): confirm it at https://www.hetzner.com/cloud/, then give the date read as "as_of"
models/pricing/hetzner-eu.json:38:28: error: /cells/price/hetzner/gex44_month_eur: price was not read from its source ("read": false): confirm it at https://www.hetzner.com/dedicated-rootserver/matrix-gpu/, then give the date read as "as_of"
models/pricing/hetzner-eu.json:47:28: error: /cells/price/hetzner/cpx31_month_eur: price was not read from its source ("read": false): confirm it at https://www.hetzner.com/cloud/, then give the date read as "as_of"
models/pricing/azure-eastus.json:12:31: error: /cells/price/container_apps/active_vcpu_second: price is 542 days old (as of 2025-05-30; stale after 365 days): re-check https://azure.microsoft.com/pricing/details/container-apps/
models/pricing/azure-eastus.json:22:30: error: /cells/price/container_apps/active_gib_second: price is 542 days old (as of 2025-05-30; stale after 365 days): re-check https://azure.microsoft.com/pricing/details/container-apps/
models/pricing/azure-eastus.json:32:29: error: /cells/price/container_apps/idle_vcpu_second: price is 542 days old (as of 2025-05-30; stale after 365 days): re-check https://azure.microsoft.com/pricing/details/container-apps/
runsheet: 32 errors
