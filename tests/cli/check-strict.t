# check --strict turns stale prices into errors
args: check --strict --today 2028-01-01 scenarios/seed-001-10m-requests.json
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
models/pricing/aws-global.json:21:26: error: /cells/price/fargate/spot_discount: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://aws.amazon.com/fargate/pricing/
models/pricing/aws-global.json:31:22: error: /cells/price/aws/alb_month: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://aws.amazon.com/elasticloadbalancing/pricing/
models/pricing/aws-global.json:41:26: error: /cells/price/aws/spot_discount: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://aws.amazon.com/ec2/spot/pricing/
models/pricing/aws-us-east-1.json:12:22: error: /cells/price/fargate/vcpu_hour: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://aws.amazon.com/fargate/pricing/
models/pricing/aws-us-east-1.json:20:20: error: /cells/price/fargate/gb_hour: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://aws.amazon.com/fargate/pricing/
models/pricing/aws-us-east-1.json:48:25: error: /cells/price/eks/cluster_hour: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://aws.amazon.com/eks/pricing/
models/pricing/aws-us-east-1.json:58:28: error: /cells/price/aws/m7g_xlarge_hour: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://aws.amazon.com/ec2/pricing/on-demand/
models/pricing/aws-us-east-1.json:66:28: error: /cells/price/aws/m6i_xlarge_hour: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://aws.amazon.com/ec2/pricing/on-demand/
models/pricing/aws-us-east-1.json:74:26: error: /cells/price/aws/m5_large_hour: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://aws.amazon.com/ec2/pricing/on-demand/
models/pricing/aws-us-east-1.json:82:22: error: /cells/price/aws/nat_month: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://aws.amazon.com/vpc/pricing/
models/pricing/aws-us-east-1.json:108:25: error: /cells/price/aws/ebs_gb_month: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://aws.amazon.com/ebs/pricing/
models/pricing/aws-us-east-1.json:116:27: error: /cells/price/aws/g5_xlarge_hour: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://aws.amazon.com/ec2/pricing/on-demand/
models/pricing/aws-us-east-1.json:126:29: error: /cells/price/app_runner/active_vcpu_hour: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://aws.amazon.com/apprunner/pricing/
models/pricing/aws-us-east-1.json:134:27: error: /cells/price/app_runner/active_gb_hour: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://aws.amazon.com/apprunner/pricing/
models/pricing/aws-us-east-1.json:142:32: error: /cells/price/app_runner/provisioned_gb_hour: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://aws.amazon.com/apprunner/pricing/
models/pricing/azure-eastus.json:12:31: error: /cells/price/container_apps/active_vcpu_second: price is 946 days old (as of 2025-05-30; stale after 365 days): re-check https://azure.microsoft.com/pricing/details/container-apps/
models/pricing/azure-eastus.json:22:30: error: /cells/price/container_apps/active_gib_second: price is 946 days old (as of 2025-05-30; stale after 365 days): re-check https://azure.microsoft.com/pricing/details/container-apps/
models/pricing/azure-eastus.json:32:29: error: /cells/price/container_apps/idle_vcpu_second: price is 946 days old (as of 2025-05-30; stale after 365 days): re-check https://azure.microsoft.com/pricing/details/container-apps/
models/pricing/azure-eastus.json:42:33: error: /cells/price/container_apps/per_million_requests: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://azure.microsoft.com/pricing/details/container-apps/
models/pricing/azure-global.json:12:30: error: /cells/price/container_apps/free_vcpu_seconds: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://learn.microsoft.com/azure/container-apps/billing
models/pricing/azure-global.json:20:29: error: /cells/price/container_apps/free_gib_seconds: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://learn.microsoft.com/azure/container-apps/billing
models/pricing/azure-global.json:28:26: error: /cells/price/container_apps/free_requests: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://learn.microsoft.com/azure/container-apps/billing
models/pricing/azure-global.json:38:26: error: /cells/price/azure_vm/spot_discount: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://azure.microsoft.com/products/virtual-machines/spot/
models/pricing/fly-global.json:12:32: error: /cells/price/fly/shared_cpu_baseline: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://fly.io/docs/machines/cpu-performance/
models/pricing/fly-global.json:20:27: error: /cells/price/fly/shared_cpu_max: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://fly.io/docs/about/pricing/
models/pricing/fly-iad.json:12:28: error: /cells/price/fly/shared_1x_month: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://fly.io/docs/about/pricing/
models/pricing/fly-iad.json:20:33: error: /cells/price/fly/performance_1x_month: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://fly.io/docs/about/pricing/
models/pricing/fly-iad.json:28:25: error: /cells/price/fly/ram_gb_month: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://fly.io/docs/about/pricing/
models/pricing/fly-iad.json:36:28: error: /cells/price/fly/rootfs_gb_month: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://fly.io/docs/about/pricing/
models/pricing/fly-iad.json:44:28: error: /cells/price/fly/volume_gb_month: price is 514 days old (as of 2026-08-05; stale after 365 days): re-check https://fly.io/docs/about/pricing/
models/pricing/fly-iad.json:53:22: error: /cells/price/fly/egress_gb: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://fly.io/docs/about/pricing/
models/pricing/gcp-global.json:12:30: error: /cells/price/cloud_run/free_vcpu_seconds: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/run/pricing
models/pricing/gcp-global.json:20:29: error: /cells/price/cloud_run/free_gib_seconds: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/run/pricing
models/pricing/gcp-global.json:28:26: error: /cells/price/cloud_run/free_requests: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/run/pricing
models/pricing/gcp-global.json:36:35: error: /cells/price/cloud_run/billing_granularity_ms: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/run/pricing
models/pricing/gcp-global.json:53:25: error: /cells/price/cloud_run/gpu_min_vcpu: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/run/docs/configuring/services/gpu
models/pricing/gcp-global.json:61:24: error: /cells/price/cloud_run/gpu_min_gib: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/run/docs/configuring/services/gpu
models/pricing/gcp-global.json:89:30: error: /cells/price/gke/free_credit_month: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/kubernetes-engine/pricing
models/pricing/gcp-global.json:99:22: error: /cells/price/gke_autopilot/vcpu_step: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/kubernetes-engine/pricing
models/pricing/gcp-global.json:109:26: error: /cells/price/gce/spot_discount: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/spot-vms
models/pricing/gcp-us-central1.json:12:24: error: /cells/price/cloud_run/vcpu_second: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/run/pricing
models/pricing/gcp-us-central1.json:20:23: error: /cells/price/cloud_run/gib_second: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/run/pricing
models/pricing/gcp-us-central1.json:28:33: error: /cells/price/cloud_run/per_million_requests: price is 390 days old (as of 2026-12-07; stale after 365 days): re-check https://cloud.google.com/run/pricing
models/pricing/gcp-us-central1.json:37:29: error: /cells/price/cloud_run/idle_vcpu_second: price is 390 days old (as of 2026-12-07; stale after 365 days): re-check https://cloud.google.com/run/pricing
models/pricing/gcp-us-central1.json:46:28: error: /cells/price/cloud_run/idle_gib_second: price is 390 days old (as of 2026-12-07; stale after 365 days): re-check https://cloud.google.com/run/pricing
models/pricing/gcp-us-central1.json:55:33: error: /cells/price/cloud_run/instance_vcpu_second: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/run/pricing
models/pricing/gcp-us-central1.json:83:25: error: /cells/price/gke/cluster_hour: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/kubernetes-engine/pricing
models/pricing/gcp-us-central1.json:93:22: error: /cells/price/gke_autopilot/vcpu_hour: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/kubernetes-engine/pricing
models/pricing/gcp-us-central1.json:101:21: error: /cells/price/gke_autopilot/gib_hour: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/kubernetes-engine/pricing
models/pricing/gcp-us-central1.json:111:25: error: /cells/price/gcp/lb_rule_hour: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/load-balancing/pricing
models/pricing/gcp-us-central1.json:119:22: error: /cells/price/gcp/egress_gb: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/storage/pricing-examples
models/pricing/gcp-us-central1.json:127:25: error: /cells/price/gcp/pd_gib_month: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/compute/disks-image-pricing
models/pricing/gcp-us-central1.json:173:24: error: /cells/price/gce/nat_vm_hour: price is 390 days old (as of 2026-12-07; stale after 365 days): re-check https://cloud.google.com/nat/pricing
models/pricing/gcp-us-central1.json:182:19: error: /cells/price/gce/nat_gb: price is 390 days old (as of 2026-12-07; stale after 365 days): re-check https://cloud.google.com/nat/pricing
models/pricing/hetzner-eu.json:12:28: error: /cells/price/hetzner/cax31_month_eur: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://www.hetzner.com/cloud/
runsheet: 84 errors
