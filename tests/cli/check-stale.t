# check finds stale prices (warnings)
args: check --today 2028-01-01 scenarios/seed-001-10m-requests.json
status: 0
--- stdout
runsheet check: model data (176 cells, 4 platforms, 0 rules), 1 scenario, 0 pricing sheets: no errors, 31 warnings
--- stderr
models/pricing/aws.json:11:22: warning: /cells/price/fargate/vcpu_hour: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://aws.amazon.com/fargate/pricing/
models/pricing/aws.json:12:20: warning: /cells/price/fargate/gb_hour: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://aws.amazon.com/fargate/pricing/
models/pricing/aws.json:13:26: warning: /cells/price/fargate/arm_vcpu_hour: price is 487 days old (as of 2026-09-01; stale after 365 days): re-check https://aws.amazon.com/fargate/pricing/
models/pricing/aws.json:14:24: warning: /cells/price/fargate/arm_gb_hour: price is 487 days old (as of 2026-09-01; stale after 365 days): re-check https://aws.amazon.com/fargate/pricing/
models/pricing/aws.json:15:28: warning: /cells/price/fargate/minimum_seconds: price is 468 days old (as of 2026-09-20; stale after 365 days): re-check https://aws.amazon.com/fargate/pricing/
models/pricing/aws.json:18:25: warning: /cells/price/eks/cluster_hour: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://aws.amazon.com/eks/pricing/
models/pricing/aws.json:21:28: warning: /cells/price/aws/m7g_xlarge_hour: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://aws.amazon.com/ec2/pricing/on-demand/
models/pricing/aws.json:22:28: warning: /cells/price/aws/m6i_xlarge_hour: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://aws.amazon.com/ec2/pricing/on-demand/
models/pricing/aws.json:23:26: warning: /cells/price/aws/m5_large_hour: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://aws.amazon.com/ec2/pricing/on-demand/
models/pricing/aws.json:24:22: warning: /cells/price/aws/alb_month: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://aws.amazon.com/elasticloadbalancing/pricing/
models/pricing/aws.json:25:22: warning: /cells/price/aws/nat_month: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://aws.amazon.com/vpc/pricing/
models/pricing/aws.json:26:19: warning: /cells/price/aws/nat_gb: price is 579 days old (as of 2026-06-01; stale after 365 days): re-check https://aws.amazon.com/vpc/pricing/
models/pricing/aws.json:27:22: warning: /cells/price/aws/egress_gb: price is 579 days old (as of 2026-06-01; stale after 365 days): re-check https://aws.amazon.com/ec2/pricing/on-demand/
models/pricing/aws.json:28:25: warning: /cells/price/aws/ebs_gb_month: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://aws.amazon.com/ebs/pricing/
models/pricing/gcp.json:11:24: warning: /cells/price/cloud_run/vcpu_second: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/run/pricing
models/pricing/gcp.json:12:23: warning: /cells/price/cloud_run/gib_second: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/run/pricing
models/pricing/gcp.json:13:33: warning: /cells/price/cloud_run/per_million_requests: price is 944 days old (as of 2025-06-01; stale after 365 days): re-check https://cloud.google.com/run/pricing
models/pricing/gcp.json:14:30: warning: /cells/price/cloud_run/free_vcpu_seconds: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/run/pricing
models/pricing/gcp.json:15:29: warning: /cells/price/cloud_run/free_gib_seconds: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/run/pricing
models/pricing/gcp.json:16:26: warning: /cells/price/cloud_run/free_requests: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/run/pricing
models/pricing/gcp.json:17:35: warning: /cells/price/cloud_run/billing_granularity_ms: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/run/pricing
models/pricing/gcp.json:18:29: warning: /cells/price/cloud_run/idle_vcpu_second: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/run/pricing
models/pricing/gcp.json:19:28: warning: /cells/price/cloud_run/idle_gib_second: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/run/pricing
models/pricing/gcp.json:22:25: warning: /cells/price/gke/cluster_hour: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/kubernetes-engine/pricing
models/pricing/gcp.json:23:30: warning: /cells/price/gke/free_credit_month: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/kubernetes-engine/pricing
models/pricing/gcp.json:26:22: warning: /cells/price/gke_autopilot/vcpu_hour: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/kubernetes-engine/pricing
models/pricing/gcp.json:27:21: warning: /cells/price/gke_autopilot/gib_hour: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/kubernetes-engine/pricing
models/pricing/gcp.json:28:22: warning: /cells/price/gke_autopilot/vcpu_step: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/kubernetes-engine/pricing
models/pricing/gcp.json:31:25: warning: /cells/price/gcp/lb_rule_hour: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/load-balancing/pricing
models/pricing/gcp.json:32:22: warning: /cells/price/gcp/egress_gb: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/storage/pricing-examples
models/pricing/gcp.json:33:25: warning: /cells/price/gcp/pd_gib_month: price is 404 days old (as of 2026-11-23; stale after 365 days): re-check https://cloud.google.com/compute/disks-image-pricing
