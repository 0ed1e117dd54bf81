# dump of seed 004, every cell
args: dump seed-004-business-hours
status: 0
--- stdout
calendar.hours_per_month = 730  [h/month]
  defined: assumption layer, models/assumptions/inputs.json:39:26
  about: Hours in a billing month as the clouds count it.
  source: 004_76779babffdde425.txt (GKE and EKS at 730h); AWS and Google Cloud pricing pages use 730 hours a month
cloud_run.busy_instance_seconds = 950400  [instance-s/month]
  defined: platform layer, models/platforms/cloud_run.json:21:44
  formula: =IF(load.traffic_based,load.requests_per_month*CEILING(workload.avg_request_ms,price.cloud_run.billing_granularity_ms)/1000/workload.concurrency,load.active_seconds_per_month)
  uses: load.traffic_based, load.requests_per_month, workload.avg_request_ms, price.cloud_run.billing_granularity_ms, workload.concurrency, load.active_seconds_per_month
  about: Billable instance time: each request's time rounded up to 100 ms and shared by concurrent requests, or the active hours of a capacity-described workload.
cloud_run.compared = TRUE  [logical]
  defined: decision layer, models/platforms/cloud_run.json:4:9
  about: Whether the scenario compares Google Cloud Run (its "platforms" list).
cloud_run.compute = 110.2464  [USD/month]
  defined: platform layer, models/platforms/cloud_run.json:29:30
  formula: =cloud_run.cpu_cost+cloud_run.memory_cost+cloud_run.request_cost+cloud_run.min_instance_cost
  uses: cloud_run.cpu_cost, cloud_run.memory_cost, cloud_run.request_cost, cloud_run.min_instance_cost
  about: Compute: CPU, memory, requests and idle minimum instances.
cloud_run.cpu_cost = 91.2384  [USD/month]
  defined: platform layer, models/platforms/cloud_run.json:24:31
  formula: =MAX(0,cloud_run.vcpu_seconds-IF(options.free_tiers,price.cloud_run.free_vcpu_seconds,0))*price.cloud_run.vcpu_second
  uses: cloud_run.vcpu_seconds, options.free_tiers, price.cloud_run.free_vcpu_seconds, price.cloud_run.vcpu_second
  about: CPU after the free tier.
cloud_run.engineering = 259.6153846153846  [USD/month]
  defined: platform layer, models/platforms/cloud_run.json:33:34
  formula: =eng.serverless.hours*cloud_run.ops_factor*eng.hourly_cost
  uses: eng.serverless.hours, cloud_run.ops_factor, eng.hourly_cost
  about: Engineering time operating the platform.
cloud_run.excluded = FALSE  [logical]
  defined: decision layer, models/platforms/cloud_run.json:4:9
  formula: =FALSE
  uses:
  about: Whether an exclusion rule rules this platform out.
cloud_run.gib_seconds = 7603200  [GiB-s/month]
  defined: platform layer, models/platforms/cloud_run.json:23:34
  formula: =IF(load.traffic_based,cloud_run.busy_instance_seconds*load.instance_memory_gib,load.memory_gib*load.active_seconds_per_month)
  uses: load.traffic_based, cloud_run.busy_instance_seconds, load.instance_memory_gib, load.memory_gib, load.active_seconds_per_month
  about: Billable GiB-seconds.
cloud_run.hidden = 0  [USD/month]
  defined: platform layer, models/platforms/cloud_run.json:31:29
  formula: =IF(workload.regions>1,workload.regions*price.gcp.lb_rule_hour*calendar.hours_per_month,0)+load.egress_gb*price.gcp.egress_gb+hidden.serverless_staging_monthly
  uses: workload.regions, price.gcp.lb_rule_hour, calendar.hours_per_month, load.egress_gb, price.gcp.egress_gb, hidden.serverless_staging_monthly
  about: A global load balancer when serving several regions, internet egress, and a staging environment that idles at zero.
cloud_run.idle_seconds = 1677600  [s/month]
  defined: platform layer, models/platforms/cloud_run.json:27:35
  formula: =MAX(0,calendar.hours_per_month*3600-IF(load.traffic_based,cloud_run.busy_instance_seconds/MAX(1,load.warm_instances),load.active_seconds_per_month))
  uses: calendar.hours_per_month, load.traffic_based, cloud_run.busy_instance_seconds, load.warm_instances, load.active_seconds_per_month
  about: Time a minimum instance spends idle.
cloud_run.memory_cost = 19.008000000000003  [USD/month]
  defined: platform layer, models/platforms/cloud_run.json:25:34
  formula: =MAX(0,cloud_run.gib_seconds-IF(options.free_tiers,price.cloud_run.free_gib_seconds,0))*price.cloud_run.gib_second
  uses: cloud_run.gib_seconds, options.free_tiers, price.cloud_run.free_gib_seconds, price.cloud_run.gib_second
  about: Memory after the free tier.
cloud_run.migration_hours = 0  [h]
  defined: platform layer, models/platforms/cloud_run.json:34:38
  formula: =IF(OR(plan.current_platform="none",plan.current_platform="cloud_run"),0,eng.migration_hours_per_service*workload.services)
  uses: plan.current_platform, eng.migration_hours_per_service, workload.services
  about: Moving the services here from where they run today.
cloud_run.min_instance_cost = 0  [USD/month]
  defined: platform layer, models/platforms/cloud_run.json:28:40
  formula: =load.warm_instances*(load.instance_vcpu*price.cloud_run.idle_vcpu_second+load.instance_memory_gib*price.cloud_run.idle_gib_second)*cloud_run.idle_seconds
  uses: load.warm_instances, load.instance_vcpu, price.cloud_run.idle_vcpu_second, load.instance_memory_gib, price.cloud_run.idle_gib_second, cloud_run.idle_seconds
  about: Minimum instances billed at the idle rate while they wait.
cloud_run.one_time = 24.038461538461537  [USD/month]
  defined: platform layer, models/platforms/cloud_run.json:35:31
  formula: =(eng.serverless.setup_hours+eng.serverless.setup_hours_per_service*workload.services+cloud_run.migration_hours)*eng.hourly_cost/plan.horizon_months
  uses: eng.serverless.setup_hours, eng.serverless.setup_hours_per_service, workload.services, cloud_run.migration_hours, eng.hourly_cost, plan.horizon_months
  about: Setup and migration, amortised over the horizon.
cloud_run.ops_factor = 1  [factor]
  defined: platform layer, models/platforms/cloud_run.json:32:21
  about: Operations effort relative to the serverless baseline.
  source: 004_76779babffdde425.txt: "On Cloud Run, the entire CI/CD pipeline is: build image, push to Artifact Registry, deploy with gcloud run deploy. A junior backend engineer can own this on day one."
cloud_run.platform_fees = 0  [USD/month]
  defined: platform layer, models/platforms/cloud_run.json:30:36
  formula: =0
  uses:
  about: Cloud Run has no platform or cluster fee.
cloud_run.request_cost = 0  [USD/month]
  defined: platform layer, models/platforms/cloud_run.json:26:35
  formula: =MAX(0,load.requests_per_month-IF(options.free_tiers,price.cloud_run.free_requests,0))/1000000*price.cloud_run.per_million_requests
  uses: load.requests_per_month, options.free_tiers, price.cloud_run.free_requests, price.cloud_run.per_million_requests
  about: Request fees after the free tier.
cloud_run.rule_adjust = 1  [factor]
  defined: decision layer, models/platforms/cloud_run.json:4:9
  formula: =1
  uses:
  about: Ranking factor from the favour/disfavour rules that fired (below 1 ranks the platform as if cheaper).
cloud_run.score = 393.9002461538461  [USD/month]
  defined: decision layer, models/platforms/cloud_run.json:4:9
  formula: =IF(AND(cloud_run.compared,NOT(cloud_run.excluded)),cloud_run.total*cloud_run.rule_adjust,1E+99)
  uses: cloud_run.compared, cloud_run.excluded, cloud_run.total, cloud_run.rule_adjust
  about: Ranking score: the monthly total times the rule adjustment; 1E+99 when not compared or excluded.
cloud_run.total = 393.9002461538461  [USD/month]
  defined: platform layer, models/platforms/cloud_run.json:36:28
  formula: =cloud_run.compute+cloud_run.platform_fees+cloud_run.hidden+cloud_run.engineering+cloud_run.one_time
  uses: cloud_run.compute, cloud_run.platform_fees, cloud_run.hidden, cloud_run.engineering, cloud_run.one_time
  about: Monthly total.
cloud_run.vcpu_seconds = 3801600  [vCPU-s/month]
  defined: platform layer, models/platforms/cloud_run.json:22:35
  formula: =IF(load.traffic_based,cloud_run.busy_instance_seconds*load.instance_vcpu,load.vcpu*load.active_seconds_per_month)
  uses: load.traffic_based, cloud_run.busy_instance_seconds, load.instance_vcpu, load.vcpu, load.active_seconds_per_month
  about: Billable vCPU-seconds.
decision.annual_total = 4726.802953846153  [USD/year]
  defined: decision layer, 
  formula: =decision.monthly_total*12
  uses: decision.monthly_total
  about: Annual total of the recommended platform.
decision.best_score = 393.9002461538461  [USD/month]
  defined: decision layer, 
  formula: =MIN(cloud_run.score,fargate.score,gke_autopilot.score,eks.score)
  uses: cloud_run.score, fargate.score, gke_autopilot.score, eks.score
  about: The lowest ranking score among the compared platforms.
decision.cheapest = "cloud_run"  [platform id]
  defined: decision layer, 
  formula: =IF(AND(cloud_run.compared,cloud_run.total=decision.cheapest_total),"cloud_run",IF(AND(fargate.compared,fargate.total=decision.cheapest_total),"fargate",IF(AND(gke_autopilot.compared,gke_autopilot.total=decision.cheapest_total),"gke_autopilot",IF(AND(eks.compared,eks.total=decision.cheapest_total),"eks","none"))))
  uses: cloud_run.compared, cloud_run.total, decision.cheapest_total, fargate.compared, fargate.total, gke_autopilot.compared, gke_autopilot.total, eks.compared, eks.total
  about: The compared platform with the lowest monthly total, before rules.
decision.cheapest_total = 393.9002461538461  [USD/month]
  defined: decision layer, 
  formula: =MIN(IF(cloud_run.compared,cloud_run.total,1E+99),IF(fargate.compared,fargate.total,1E+99),IF(gke_autopilot.compared,gke_autopilot.total,1E+99),IF(eks.compared,eks.total,1E+99))
  uses: cloud_run.compared, cloud_run.total, fargate.compared, fargate.total, gke_autopilot.compared, gke_autopilot.total, eks.compared, eks.total
  about: The lowest monthly total among the compared platforms, before rules.
decision.monthly_total = 393.9002461538461  [USD/month]
  defined: decision layer, 
  formula: =IF(decision.platform="cloud_run",cloud_run.total,IF(decision.platform="fargate",fargate.total,IF(decision.platform="gke_autopilot",gke_autopilot.total,IF(decision.platform="eks",eks.total,0))))
  uses: decision.platform, cloud_run.total, fargate.total, gke_autopilot.total, eks.total
  about: Monthly total of the recommended platform.
decision.platform = "cloud_run"  [platform id]
  defined: decision layer, 
  formula: =IF(decision.best_score>=1E+99,"none",IF(cloud_run.score=decision.best_score,"cloud_run",IF(fargate.score=decision.best_score,"fargate",IF(gke_autopilot.score=decision.best_score,"gke_autopilot",IF(eks.score=decision.best_score,"eks","none")))))
  uses: decision.best_score, cloud_run.score, fargate.score, gke_autopilot.score, eks.score
  about: The recommended platform: the best ranking score (first in list order on a tie).
decision.platform_name = "Google Cloud Run"  [name]
  defined: decision layer, 
  formula: =IF(decision.platform="cloud_run","Google Cloud Run",IF(decision.platform="fargate","AWS ECS Fargate",IF(decision.platform="gke_autopilot","GKE Autopilot",IF(decision.platform="eks","Amazon EKS on EC2","none"))))
  uses: decision.platform
  about: The recommended platform's name.
eks.compared = TRUE  [logical]
  defined: decision layer, models/platforms/eks.json:4:9
  about: Whether the scenario compares Amazon EKS on EC2 (its "platforms" list).
eks.compute = 119.13600000000001  [USD/month]
  defined: platform layer, models/platforms/eks.json:29:30
  formula: =eks.nodes*eks.node_hourly*calendar.hours_per_month
  uses: eks.nodes, eks.node_hourly, calendar.hours_per_month
  about: Compute: worker nodes all month.
eks.engineering = 15453.296703296703  [USD/month]
  defined: platform layer, models/platforms/eks.json:33:34
  formula: =eng.k8s.hours*eks.ops_factor*eng.hourly_cost
  uses: eng.k8s.hours, eks.ops_factor, eng.hourly_cost
  about: Engineering time operating the cluster.
eks.excluded = FALSE  [logical]
  defined: decision layer, models/platforms/eks.json:4:9
  formula: =FALSE
  uses:
  about: Whether an exclusion rule rules this platform out.
eks.hidden = 302  [USD/month]
  defined: platform layer, models/platforms/eks.json:31:29
  formula: =workload.regions*(price.aws.alb_month+price.aws.nat_month+hidden.k8s_observability_monthly)+IF(workload.staging,hidden.staging_cluster_monthly,0)+load.egress_gb*price.aws.egress_gb+workload.storage_gib*price.aws.ebs_gb_month
  uses: workload.regions, price.aws.alb_month, price.aws.nat_month, hidden.k8s_observability_monthly, workload.staging, hidden.staging_cluster_monthly, load.egress_gb, price.aws.egress_gb, workload.storage_gib, price.aws.ebs_gb_month
  about: Per production cluster a load balancer, a NAT gateway and observability; an idle staging cluster; egress; EBS volumes.
eks.migration_hours = 0  [h]
  defined: platform layer, models/platforms/eks.json:34:38
  formula: =IF(OR(plan.current_platform="none",plan.current_platform="eks"),0,eng.migration_hours_per_service*workload.services)
  uses: plan.current_platform, eng.migration_hours_per_service, workload.services
  about: Moving the services here from where they run today.
eks.node_hourly = 0.1632  [USD/h]
  defined: platform layer, models/platforms/eks.json:22:34
  formula: =IF(eks.node_type="m5.large",price.aws.m5_large_hour,IF(eks.node_type="m7g.xlarge",price.aws.m7g_xlarge_hour,price.aws.m6i_xlarge_hour))
  uses: eks.node_type, price.aws.m5_large_hour, price.aws.m7g_xlarge_hour, price.aws.m6i_xlarge_hour
  about: On-demand price of one node.
eks.node_memory_gib = 16  [GiB]
  defined: platform layer, models/platforms/eks.json:21:38
  formula: =IF(eks.node_type="m5.large",8,16)
  uses: eks.node_type
  about: Memory of one node (m5.large 8; m6i.xlarge and m7g.xlarge 16).
eks.node_type = "m7g.xlarge"  [instance type]
  defined: scenario layer, ./scenarios/seed-004-business-hours.json:28:18
  overrides: platform layer, models/platforms/eks.json:19:20
  about: EC2 instance type of the worker nodes (m7g is ARM Graviton).
  source: 004_76779babffdde425.txt: "Most startups use managed node groups with m6i.xlarge or m7g.xlarge instances."
eks.node_vcpu = 4  [vCPU]
  defined: platform layer, models/platforms/eks.json:20:32
  formula: =IF(eks.node_type="m5.large",2,4)
  uses: eks.node_type
  about: vCPU of one node (m5.large 2; m6i.xlarge and m7g.xlarge 4).
eks.nodes = 1  [nodes]
  defined: platform layer, models/platforms/eks.json:28:28
  formula: =eks.nodes_per_region*workload.regions
  uses: eks.nodes_per_region, workload.regions
  about: Worker nodes across regions.
eks.nodes_per_region = 1  [nodes]
  defined: platform layer, models/platforms/eks.json:27:39
  formula: =MAX(k8s.min_nodes,ROUNDUP(load.vcpu/workload.regions/eks.usable_vcpu,0),ROUNDUP(load.memory_gib/workload.regions/eks.usable_memory_gib,0))
  uses: k8s.min_nodes, load.vcpu, workload.regions, eks.usable_vcpu, load.memory_gib, eks.usable_memory_gib
  about: Worker nodes in each production cluster: enough for the vCPU and the memory, at least the minimum.
eks.one_time = 192.3076923076923  [USD/month]
  defined: platform layer, models/platforms/eks.json:35:31
  formula: =(eng.k8s.setup_hours*eks.ops_factor+IF(workload.regions>1,eng.k8s.multi_region_hours,0)+eks.migration_hours)*eng.hourly_cost/plan.horizon_months
  uses: eng.k8s.setup_hours, eks.ops_factor, workload.regions, eng.k8s.multi_region_hours, eks.migration_hours, eng.hourly_cost, plan.horizon_months
  about: Cluster setup, multi-region setup and migration, amortised over the horizon.
eks.ops_factor = 1  [factor]
  defined: platform layer, models/platforms/eks.json:32:21
  about: Operations effort relative to managed Kubernetes with nodes (this is the baseline).
  source: 004_76779babffdde425.txt: "I have seen Series A startups with 8-person engineering teams dedicate 1.5 to 2 FTEs to Kubernetes operations."
eks.platform_fees = 73  [USD/month]
  defined: platform layer, models/platforms/eks.json:30:36
  formula: =load.clusters*price.eks.cluster_hour*calendar.hours_per_month
  uses: load.clusters, price.eks.cluster_hour, calendar.hours_per_month
  about: Control-plane fees.
eks.reserved_memory_gib = 0  [GiB]
  defined: platform layer, models/platforms/eks.json:24:42
  formula: =k8s.reservation_factor*(0.25*MIN(eks.node_memory_gib,4)+0.2*MIN(MAX(eks.node_memory_gib-4,0),4)+0.1*MIN(MAX(eks.node_memory_gib-8,0),8)+0.06*MIN(MAX(eks.node_memory_gib-16,0),112)+0.02*MAX(eks.node_memory_gib-128,0)+0.1)
  uses: k8s.reservation_factor, eks.node_memory_gib
  about: Memory the node reserves for the system and eviction: 25% of the first 4 GiB, 20% of the next 4, 10% of the next 8, 6% of the next 112, 2% above, plus 100 MiB.
  source: Google Cloud, GKE node allocatable resources <https://cloud.google.com/kubernetes-engine/docs/concepts/plan-node-sizes>
eks.reserved_vcpu = 0  [vCPU]
  defined: platform layer, models/platforms/eks.json:23:36
  formula: =k8s.reservation_factor*(0.06*MIN(eks.node_vcpu,1)+0.01*MIN(MAX(eks.node_vcpu-1,0),1)+0.005*MIN(MAX(eks.node_vcpu-2,0),2)+0.0025*MAX(eks.node_vcpu-4,0))
  uses: k8s.reservation_factor, eks.node_vcpu
  about: CPU the node reserves for the system: 6% of the first core, 1% of the second, 0.5% of the next two, 0.25% above four (GKE's documented reservation, used for every managed node).
  source: Google Cloud, GKE node allocatable resources <https://cloud.google.com/kubernetes-engine/docs/concepts/plan-node-sizes>
eks.rule_adjust = 1  [factor]
  defined: decision layer, models/platforms/eks.json:4:9
  formula: =1
  uses:
  about: Ranking factor from the favour/disfavour rules that fired (below 1 ranks the platform as if cheaper).
eks.score = 16139.740395604395  [USD/month]
  defined: decision layer, models/platforms/eks.json:4:9
  formula: =IF(AND(eks.compared,NOT(eks.excluded)),eks.total*eks.rule_adjust,1E+99)
  uses: eks.compared, eks.excluded, eks.total, eks.rule_adjust
  about: Ranking score: the monthly total times the rule adjustment; 1E+99 when not compared or excluded.
eks.total = 16139.740395604395  [USD/month]
  defined: platform layer, models/platforms/eks.json:36:28
  formula: =eks.compute+eks.platform_fees+eks.hidden+eks.engineering+eks.one_time
  uses: eks.compute, eks.platform_fees, eks.hidden, eks.engineering, eks.one_time
  about: Monthly total.
eks.usable_memory_gib = 16  [GiB]
  defined: platform layer, models/platforms/eks.json:26:40
  formula: =(eks.node_memory_gib-eks.reserved_memory_gib)*k8s.target_utilisation
  uses: eks.node_memory_gib, eks.reserved_memory_gib, k8s.target_utilisation
  about: Memory of one node the workload can use.
eks.usable_vcpu = 4  [vCPU]
  defined: platform layer, models/platforms/eks.json:25:34
  formula: =(eks.node_vcpu-eks.reserved_vcpu)*k8s.target_utilisation
  uses: eks.node_vcpu, eks.reserved_vcpu, k8s.target_utilisation
  about: vCPU of one node the workload can use.
eng.fte_hours_per_month = 173.33333333333334  [h/month]
  defined: assumption layer, models/assumptions/engineering.json:9:42
  formula: =team.hours_per_year/12
  uses: team.hours_per_year
  about: Hours in one full-time engineer's month.
eng.hourly_cost = 86.53846153846153  [USD/h]
  defined: assumption layer, models/assumptions/engineering.json:8:34
  formula: =team.loaded_cost_per_year/team.hours_per_year
  uses: team.loaded_cost_per_year, team.hours_per_year
  about: Fully loaded cost of one engineering hour.
eng.k8s.addons = 6  [add-ons]
  defined: assumption layer, models/assumptions/engineering.json:21:19
  about: Cluster add-ons to maintain: ingress controller, cert-manager, secrets management, log aggregation, monitoring, security scanning.
  source: 004_76779babffdde425.txt: "ingress controller configuration ..., certificate management (cert-manager), secrets management ..., log aggregation ..., monitoring ..., and security scanning ... Each of these is a project, and each needs maintenance."
eng.k8s.base_hours = 40  [h/month]
  defined: assumption layer, models/assumptions/engineering.json:18:23
  range: 30 to 60 (triangular)
  about: Monthly ownership of a cluster: node pools, networking (CNI, ingress, load balancers), RBAC, pod disruption budgets, autoscaling configuration.
  source: 001_ef0e47c1fab8c020.txt: "someone on your team owns: cluster upgrades ..., node pool management, networking configuration ..., secrets management integration, RBAC policies, pod disruption budgets ..."
eng.k8s.expertise_factor = 1.25  [factor]
  defined: assumption layer, models/assumptions/engineering.json:25:41
  formula: =IF(team.k8s_expertise="none",eng.k8s.expertise_none,IF(team.k8s_expertise="some",eng.k8s.expertise_some,eng.k8s.expertise_strong))
  uses: team.k8s_expertise, eng.k8s.expertise_none, eng.k8s.expertise_some, eng.k8s.expertise_strong
  about: Multiplier for the team's Kubernetes expertise.
eng.k8s.expertise_none = 2  [factor]
  defined: assumption layer, models/assumptions/engineering.json:26:27
  range: 1.6 to 2.4 (triangular)
  about: Operations multiplier for a team learning Kubernetes as it goes.
  source: 001_ef0e47c1fab8c020.txt: "I've watched startups with five engineers spend two full engineers' worth of time on Kubernetes operations." and "The 'two engineers worth of time' problem I described earlier assumes you're learning as you go."
eng.k8s.expertise_some = 1.25  [factor]
  defined: assumption layer, models/assumptions/engineering.json:27:27
  range: 1.05 to 1.5 (triangular)
  about: Operations multiplier for a team with some Kubernetes experience.
  source: 004_76779babffdde425.txt: "I have seen Series A startups with 8-person engineering teams dedicate 1.5 to 2 FTEs to Kubernetes operations."
eng.k8s.expertise_strong = 0.5  [factor]
  defined: assumption layer, models/assumptions/engineering.json:28:29
  range: 0.35 to 0.7 (triangular)
  about: Operations multiplier for a team with genuine Kubernetes expertise.
  source: 001_ef0e47c1fab8c020.txt: "With real expertise, cluster operations compress to a fraction of that."
eng.k8s.fte = 1.0302197802197803  [FTE]
  defined: assumption layer, models/assumptions/engineering.json:30:28
  formula: =eng.k8s.hours/eng.fte_hours_per_month
  uses: eng.k8s.hours, eng.fte_hours_per_month
  about: Managed Kubernetes operations expressed in full-time engineers.
eng.k8s.hours = 178.57142857142858  [h/month]
  defined: assumption layer, models/assumptions/engineering.json:29:30
  formula: =(eng.k8s.base_hours+eng.k8s.upgrade_hours/eng.k8s.upgrade_interval_months+eng.k8s.addons*eng.k8s.hours_per_addon+eng.k8s.hours_per_service*workload.services)*eng.k8s.expertise_factor*eng.k8s.region_factor
  uses: eng.k8s.base_hours, eng.k8s.upgrade_hours, eng.k8s.upgrade_interval_months, eng.k8s.addons, eng.k8s.hours_per_addon, eng.k8s.hours_per_service, workload.services, eng.k8s.expertise_factor, eng.k8s.region_factor
  about: Operations hours a month for managed Kubernetes, before the platform's own factor.
eng.k8s.hours_per_addon = 12  [h/add-on/month]
  defined: assumption layer, models/assumptions/engineering.json:22:28
  range: 8 to 20 (triangular)
  about: Monthly maintenance of one cluster add-on.
  source: 004_76779babffdde425.txt: "Each of these is a project, and each needs maintenance."
eng.k8s.hours_per_service = 8  [h/service/month]
  defined: assumption layer, models/assumptions/engineering.json:23:30
  range: 4 to 12 (triangular)
  about: Monthly work per service on Kubernetes: manifests or Helm charts, resource requests and limits, autoscaling, disruption budgets.
  source: 001_ef0e47c1fab8c020.txt: "resource requests and limits for every workload, horizontal and vertical autoscaling configuration"
eng.k8s.multi_region_hours = 120  [h]
  defined: assumption layer, models/assumptions/engineering.json:32:31
  range: 80 to 160 (triangular)
  about: One-time work to run Kubernetes in more than one region.
  source: 004_76779babffdde425.txt: "Budget 2 to 4 weeks of platform engineering time for a production-grade multi-region Kubernetes setup."
eng.k8s.region_factor = 1  [factor]
  defined: assumption layer, models/assumptions/engineering.json:24:38
  formula: =1+0.5*(workload.regions-1)
  uses: workload.regions
  about: Each extra region's cluster adds half a cluster's operations.
  source: 004_76779babffdde425.txt: "run separate clusters in each region with a global load balancer (simpler but operationally heavy)"
eng.k8s.setup_hours = 80  [h]
  defined: assumption layer, models/assumptions/engineering.json:31:24
  range: 40 to 160 (triangular)
  about: One-time build of a production cluster: networking, ingress, certificates, secrets, logging, monitoring, CI deploys.
  source: 004_76779babffdde425.txt: "Budget 2 to 4 weeks of platform engineering time for a production-grade multi-region Kubernetes setup." (runsheet takes 2 weeks for one region)
eng.k8s.upgrade_hours = 80  [h/upgrade]
  defined: assumption layer, models/assumptions/engineering.json:19:26
  range: 40 to 120 (triangular)
  about: Engineering hours for one cluster version upgrade, including testing for breaking changes.
  source: 004_76779babffdde425.txt: "cluster version upgrades (every 3 to 4 months, with potential breaking changes)"
eng.k8s.upgrade_interval_months = 3.5  [months]
  defined: assumption layer, models/assumptions/engineering.json:20:36
  range: 3 to 4 (triangular)
  about: Months between cluster version upgrades.
  source: 004_76779babffdde425.txt: "control plane version bumps every 3 to 4 months"
eng.migration_hours_per_service = 24  [h/service]
  defined: assumption layer, models/assumptions/engineering.json:34:38
  range: 8 to 40 (triangular)
  about: One-time work to move one service onto a platform it does not run on today.
  source: 004_76779babffdde425.txt: "Migrating a production cluster between providers typically takes 2 to 6 weeks even with Helm charts and Infrastructure as Code."
eng.serverless.base_hours = 2  [h/month]
  defined: assumption layer, models/assumptions/engineering.json:11:23
  range: 1 to 4 (triangular)
  about: Monthly operations of a serverless platform regardless of size: alerts, occasional concurrency or memory changes.
  source: 004_76779babffdde425.txt: "Serverless container ops consist of: pushing a new image, verifying the deployment, setting up alerts on error rate and latency, and occasionally adjusting concurrency or memory settings."
eng.serverless.hours = 3  [h/month]
  defined: assumption layer, models/assumptions/engineering.json:13:30
  formula: =eng.serverless.base_hours+eng.serverless.hours_per_service*workload.services
  uses: eng.serverless.base_hours, eng.serverless.hours_per_service, workload.services
  about: Operations hours a month on a serverless platform, before the platform's own factor.
eng.serverless.hours_per_service = 1  [h/service/month]
  defined: assumption layer, models/assumptions/engineering.json:12:30
  range: 0.5 to 2 (triangular)
  about: Monthly operations per service on a serverless platform.
  source: 001_ef0e47c1fab8c020.txt: after the move to Cloud Run "Engineering time spent on infrastructure dropped to essentially zero."
eng.serverless.setup_hours = 8  [h]
  defined: assumption layer, models/assumptions/engineering.json:14:24
  range: 4 to 16 (triangular)
  about: One-time setup of a serverless platform (project, CI deploy step, domains, alerts).
  source: 004_76779babffdde425.txt: "Cloud Run and Fly Machines let a two-person team deploy production-grade infrastructure in an afternoon."
eng.serverless.setup_hours_per_service = 2  [h/service]
  defined: assumption layer, models/assumptions/engineering.json:15:36
  range: 1 to 4 (triangular)
  about: One-time setup per service on a serverless platform.
  source: 004_76779babffdde425.txt: "On Cloud Run, the entire CI/CD pipeline is: build image, push to Artifact Registry, deploy with gcloud run deploy."
fargate.compared = TRUE  [logical]
  defined: decision layer, models/platforms/fargate.json:4:9
  about: Whether the scenario compares AWS ECS Fargate (its "platforms" list).
fargate.compute = 52.13472  [USD/month]
  defined: platform layer, models/platforms/fargate.json:24:30
  formula: =fargate.vcpu_hours*fargate.vcpu_price+fargate.gb_hours*fargate.gb_price
  uses: fargate.vcpu_hours, fargate.vcpu_price, fargate.gb_hours, fargate.gb_price
  about: Compute: task vCPU and memory.
fargate.engineering = 389.4230769230769  [USD/month]
  defined: platform layer, models/platforms/fargate.json:28:34
  formula: =eng.serverless.hours*fargate.ops_factor*eng.hourly_cost
  uses: eng.serverless.hours, fargate.ops_factor, eng.hourly_cost
  about: Engineering time operating the platform.
fargate.excluded = FALSE  [logical]
  defined: decision layer, models/platforms/fargate.json:4:9
  formula: =FALSE
  uses:
  about: Whether an exclusion rule rules this platform out.
fargate.gb_hours = 2112  [GB-h/month]
  defined: platform layer, models/platforms/fargate.json:23:31
  formula: =load.memory_gib*load.active_hours_per_month+load.warm_instances*load.instance_memory_gib*load.idle_hours_per_month
  uses: load.memory_gib, load.active_hours_per_month, load.warm_instances, load.instance_memory_gib, load.idle_hours_per_month
  about: Task memory GB-hours.
fargate.gb_price = 0.004445  [USD/GB-h]
  defined: platform layer, models/platforms/fargate.json:21:31
  formula: =IF(workload.arch="arm",price.fargate.arm_gb_hour,price.fargate.gb_hour)
  uses: workload.arch, price.fargate.arm_gb_hour, price.fargate.gb_hour
  about: Memory price for the workload's architecture.
fargate.hidden = 52  [USD/month]
  defined: platform layer, models/platforms/fargate.json:26:29
  formula: =workload.regions*(price.aws.alb_month+price.aws.nat_month)+load.egress_gb*price.aws.egress_gb
  uses: workload.regions, price.aws.alb_month, price.aws.nat_month, load.egress_gb, price.aws.egress_gb
  about: An Application Load Balancer and a NAT gateway per region, and internet egress.
fargate.migration_hours = 0  [h]
  defined: platform layer, models/platforms/fargate.json:29:38
  formula: =IF(OR(plan.current_platform="none",plan.current_platform="fargate"),0,eng.migration_hours_per_service*workload.services)
  uses: plan.current_platform, eng.migration_hours_per_service, workload.services
  about: Moving the services here from where they run today.
fargate.one_time = 36.05769230769231  [USD/month]
  defined: platform layer, models/platforms/fargate.json:30:31
  formula: =((eng.serverless.setup_hours+eng.serverless.setup_hours_per_service*workload.services)*fargate.ops_factor+fargate.migration_hours)*eng.hourly_cost/plan.horizon_months
  uses: eng.serverless.setup_hours, eng.serverless.setup_hours_per_service, workload.services, fargate.ops_factor, fargate.migration_hours, eng.hourly_cost, plan.horizon_months
  about: Setup and migration, amortised over the horizon.
fargate.ops_factor = 1.5  [factor]
  defined: platform layer, models/platforms/fargate.json:27:21
  about: Operations effort relative to the serverless baseline: ECS task definitions, services, VPC and load balancer wiring.
  source: 001_ef0e47c1fab8c020.txt: "It's not quite serverless in the Cloud Run sense because you're still defining task definitions, services, and clusters."
fargate.platform_fees = 0  [USD/month]
  defined: platform layer, models/platforms/fargate.json:25:36
  formula: =0
  uses:
  about: ECS has no cluster fee.
fargate.rule_adjust = 1  [factor]
  defined: decision layer, models/platforms/fargate.json:4:9
  formula: =1
  uses:
  about: Ranking factor from the favour/disfavour rules that fired (below 1 ranks the platform as if cheaper).
fargate.score = 529.6154892307692  [USD/month]
  defined: decision layer, models/platforms/fargate.json:4:9
  formula: =IF(AND(fargate.compared,NOT(fargate.excluded)),fargate.total*fargate.rule_adjust,1E+99)
  uses: fargate.compared, fargate.excluded, fargate.total, fargate.rule_adjust
  about: Ranking score: the monthly total times the rule adjustment; 1E+99 when not compared or excluded.
fargate.total = 529.6154892307692  [USD/month]
  defined: platform layer, models/platforms/fargate.json:31:28
  formula: =fargate.compute+fargate.platform_fees+fargate.hidden+fargate.engineering+fargate.one_time
  uses: fargate.compute, fargate.platform_fees, fargate.hidden, fargate.engineering, fargate.one_time
  about: Monthly total.
fargate.vcpu_hours = 1056  [vCPU-h/month]
  defined: platform layer, models/platforms/fargate.json:22:33
  formula: =load.vcpu*load.active_hours_per_month+load.warm_instances*load.instance_vcpu*load.idle_hours_per_month
  uses: load.vcpu, load.active_hours_per_month, load.warm_instances, load.instance_vcpu, load.idle_hours_per_month
  about: Task vCPU-hours: the workload during its active hours, plus minimum tasks while idle.
fargate.vcpu_price = 0.04048  [USD/vCPU-h]
  defined: platform layer, models/platforms/fargate.json:20:33
  formula: =IF(workload.arch="arm",price.fargate.arm_vcpu_hour,price.fargate.vcpu_hour)
  uses: workload.arch, price.fargate.arm_vcpu_hour, price.fargate.vcpu_hour
  about: vCPU price for the workload's architecture.
gke_autopilot.billed_vcpu = 4  [vCPU]
  defined: platform layer, models/platforms/gke_autopilot.json:20:34
  formula: =workload.regions*workload.services*CEILING(load.vcpu/(workload.services*workload.regions),price.gke_autopilot.vcpu_step)
  uses: workload.regions, workload.services, load.vcpu, price.gke_autopilot.vcpu_step
  about: Requested vCPU, each service's Pods rounded up to quarter-vCPU steps in each region.
gke_autopilot.compared = TRUE  [logical]
  defined: decision layer, models/platforms/gke_autopilot.json:4:9
  about: Whether the scenario compares GKE Autopilot (its "platforms" list).
gke_autopilot.compute = 158.775  [USD/month]
  defined: platform layer, models/platforms/gke_autopilot.json:23:30
  formula: =gke_autopilot.vcpu_hours*price.gke_autopilot.vcpu_hour+gke_autopilot.gib_hours*price.gke_autopilot.gib_hour
  uses: gke_autopilot.vcpu_hours, price.gke_autopilot.vcpu_hour, gke_autopilot.gib_hours, price.gke_autopilot.gib_hour
  about: Compute: Pod vCPU and memory.
gke_autopilot.engineering = 10817.307692307691  [USD/month]
  defined: platform layer, models/platforms/gke_autopilot.json:27:34
  formula: =eng.k8s.hours*gke_autopilot.ops_factor*eng.hourly_cost
  uses: eng.k8s.hours, gke_autopilot.ops_factor, eng.hourly_cost
  about: Engineering time operating the cluster.
gke_autopilot.excluded = FALSE  [logical]
  defined: decision layer, models/platforms/gke_autopilot.json:4:9
  formula: =FALSE
  uses:
  about: Whether an exclusion rule rules this platform out.
gke_autopilot.gib_hours = 5840  [GiB-h/month]
  defined: platform layer, models/platforms/gke_autopilot.json:22:32
  formula: =load.memory_gib*calendar.hours_per_month
  uses: load.memory_gib, calendar.hours_per_month
  about: Pod memory GiB-hours.
gke_autopilot.hidden = 268.25  [USD/month]
  defined: platform layer, models/platforms/gke_autopilot.json:25:29
  formula: =workload.regions*(price.gcp.lb_rule_hour*calendar.hours_per_month+hidden.k8s_observability_monthly)+IF(workload.staging,hidden.staging_cluster_monthly,0)+load.egress_gb*price.gcp.egress_gb+workload.storage_gib*price.gcp.pd_gib_month
  uses: workload.regions, price.gcp.lb_rule_hour, calendar.hours_per_month, hidden.k8s_observability_monthly, workload.staging, hidden.staging_cluster_monthly, load.egress_gb, price.gcp.egress_gb, workload.storage_gib, price.gcp.pd_gib_month
  about: Per production cluster a load-balancer rule and observability; an idle staging cluster; egress; persistent disks.
gke_autopilot.migration_hours = 0  [h]
  defined: platform layer, models/platforms/gke_autopilot.json:28:38
  formula: =IF(OR(plan.current_platform="none",plan.current_platform="gke_autopilot"),0,eng.migration_hours_per_service*workload.services)
  uses: plan.current_platform, eng.migration_hours_per_service, workload.services
  about: Moving the services here from where they run today.
gke_autopilot.one_time = 134.6153846153846  [USD/month]
  defined: platform layer, models/platforms/gke_autopilot.json:29:31
  formula: =(eng.k8s.setup_hours*gke_autopilot.ops_factor+IF(workload.regions>1,eng.k8s.multi_region_hours,0)+gke_autopilot.migration_hours)*eng.hourly_cost/plan.horizon_months
  uses: eng.k8s.setup_hours, gke_autopilot.ops_factor, workload.regions, eng.k8s.multi_region_hours, gke_autopilot.migration_hours, eng.hourly_cost, plan.horizon_months
  about: Cluster setup, multi-region setup and migration, amortised over the horizon.
gke_autopilot.ops_factor = 0.7  [factor]
  defined: platform layer, models/platforms/gke_autopilot.json:26:21
  range: 0.5 to 0.85 (triangular)
  about: Operations effort relative to managed Kubernetes with nodes: Google runs the nodes.
  source: 004_76779babffdde425.txt: "Autopilot removes most node-level ops, but you still write YAML manifests, manage Helm charts, and configure ingress."
gke_autopilot.platform_fees = 73  [USD/month]
  defined: platform layer, models/platforms/gke_autopilot.json:24:36
  formula: =MAX(0,load.clusters*price.gke.cluster_hour*calendar.hours_per_month-IF(options.free_tiers,price.gke.free_credit_month,0))
  uses: load.clusters, price.gke.cluster_hour, calendar.hours_per_month, options.free_tiers, price.gke.free_credit_month
  about: Cluster management fees, less the free-tier credit.
gke_autopilot.rule_adjust = 1  [factor]
  defined: decision layer, models/platforms/gke_autopilot.json:4:9
  formula: =1
  uses:
  about: Ranking factor from the favour/disfavour rules that fired (below 1 ranks the platform as if cheaper).
gke_autopilot.score = 11451.948076923076  [USD/month]
  defined: decision layer, models/platforms/gke_autopilot.json:4:9
  formula: =IF(AND(gke_autopilot.compared,NOT(gke_autopilot.excluded)),gke_autopilot.total*gke_autopilot.rule_adjust,1E+99)
  uses: gke_autopilot.compared, gke_autopilot.excluded, gke_autopilot.total, gke_autopilot.rule_adjust
  about: Ranking score: the monthly total times the rule adjustment; 1E+99 when not compared or excluded.
gke_autopilot.total = 11451.948076923076  [USD/month]
  defined: platform layer, models/platforms/gke_autopilot.json:30:28
  formula: =gke_autopilot.compute+gke_autopilot.platform_fees+gke_autopilot.hidden+gke_autopilot.engineering+gke_autopilot.one_time
  uses: gke_autopilot.compute, gke_autopilot.platform_fees, gke_autopilot.hidden, gke_autopilot.engineering, gke_autopilot.one_time
  about: Monthly total.
gke_autopilot.vcpu_hours = 2920  [vCPU-h/month]
  defined: platform layer, models/platforms/gke_autopilot.json:21:33
  formula: =gke_autopilot.billed_vcpu*calendar.hours_per_month
  uses: gke_autopilot.billed_vcpu, calendar.hours_per_month
  about: Pod vCPU-hours: Pods run all month.
hidden.k8s_observability_monthly = 250  [USD/month/cluster]
  defined: assumption layer, models/assumptions/kubernetes.json:12:36
  range: 150 to 350 (triangular)
  about: Logging and monitoring of one production cluster (agents per node, log volume, metrics). With a load balancer and a NAT gateway it makes seed 004's $200 to $400 a month for a minimal production setup.
  source: 004_76779babffdde425.txt: "A minimal production EKS setup with proper observability easily adds $200 to $400/month on top of compute."
hidden.serverless_staging_monthly = 0  [USD/month]
  defined: assumption layer, models/assumptions/kubernetes.json:14:37
  about: A staging environment on a scale-to-zero platform idles at no cost.
  source: 001_ef0e47c1fab8c020.txt: "On Cloud Run, that staging environment costs essentially nothing."
hidden.staging_cluster_monthly = 400  [USD/month]
  defined: assumption layer, models/assumptions/kubernetes.json:13:34
  range: 300 to 500 (triangular)
  about: Idle compute of a minimal Kubernetes staging cluster.
  source: 001_ef0e47c1fab8c020.txt: "On Kubernetes, even a minimal staging cluster costs $300-500/month for idle compute."
k8s.min_nodes = 1  [nodes]
  defined: scenario layer, ./scenarios/seed-004-business-hours.json:31:18
  overrides: assumption layer, models/assumptions/kubernetes.json:8:20
  about: Fewest worker nodes per production cluster, for availability.
  source: 001_ef0e47c1fab8c020.txt: "On a shared EKS cluster with two m5.large nodes"
k8s.reservation_factor = 0  [factor]
  defined: scenario layer, ./scenarios/seed-004-business-hours.json:33:27
  overrides: assumption layer, models/assumptions/kubernetes.json:9:29
  about: Multiplier on the system reservation per node (1: as GKE documents it; 0: none, as seed 004's one-node arithmetic assumes).
  source: Google Cloud, GKE: Standard cluster architecture, node allocatable resources <https://cloud.google.com/kubernetes-engine/docs/concepts/plan-node-sizes>
k8s.target_utilisation = 1  [fraction]
  defined: scenario layer, ./scenarios/seed-004-business-hours.json:32:27
  overrides: assumption layer, models/assumptions/kubernetes.json:7:29
  about: How full the scheduler packs node capacity with the workload's requests; the rest is headroom for rolling updates and bin-packing fragmentation.
  source: runsheet assumption; pricing-facts.md cites Cast AI: real clusters use 8% to 13% of provisioned CPU, so 0.8 is generous to Kubernetes.
load.active_hours_per_month = 264  [h/month]
  defined: assumption layer, models/assumptions/load.json:12:45
  formula: =workload.active_hours_per_day*workload.active_days_per_month
  uses: workload.active_hours_per_day, workload.active_days_per_month
  about: Hours a month the workload is active.
load.active_seconds_per_month = 950400  [s/month]
  defined: assumption layer, models/assumptions/load.json:13:47
  formula: =load.active_hours_per_month*3600
  uses: load.active_hours_per_month
  about: Seconds a month the workload is active.
load.clusters = 1  [clusters]
  defined: assumption layer, models/assumptions/load.json:18:31
  formula: =workload.regions+IF(workload.staging,1,0)
  uses: workload.regions, workload.staging
  about: Kubernetes clusters: one production cluster per region, plus staging.
load.egress_gb = 0  [GB/month]
  defined: assumption layer, models/assumptions/load.json:19:32
  formula: =workload.egress_gb_per_month*workload.scale
  uses: workload.egress_gb_per_month, workload.scale
  about: Internet egress a month, after the scale factor.
load.idle_hours_per_month = 466  [h/month]
  defined: assumption layer, models/assumptions/load.json:14:43
  formula: =MAX(0,calendar.hours_per_month-load.active_hours_per_month)
  uses: calendar.hours_per_month, load.active_hours_per_month
  about: Hours a month the workload is idle.
load.instance_memory_gib = 8  [GiB]
  defined: assumption layer, models/assumptions/load.json:16:42
  formula: =workload.memory_gib/workload.services
  uses: workload.memory_gib, workload.services
  about: Memory of one instance.
load.instance_vcpu = 4  [vCPU]
  defined: assumption layer, models/assumptions/load.json:15:36
  formula: =workload.vcpu/workload.services
  uses: workload.vcpu, workload.services
  about: Size of one instance: the workload's vCPU shared across its services.
load.memory_gib = 8  [GiB]
  defined: assumption layer, models/assumptions/load.json:9:33
  formula: =workload.memory_gib*workload.scale
  uses: workload.memory_gib, workload.scale
  about: Memory needed while active, after the scale factor.
load.requests_per_month = 0  [requests/month]
  defined: assumption layer, models/assumptions/load.json:10:41
  formula: =workload.requests_per_month*workload.scale
  uses: workload.requests_per_month, workload.scale
  about: Requests a month, after the scale factor.
load.traffic_based = FALSE  [logical]
  defined: assumption layer, models/assumptions/load.json:11:36
  formula: =load.requests_per_month>0
  uses: load.requests_per_month
  about: Whether the workload is described by its traffic (requests) rather than by capacity.
load.vcpu = 4  [vCPU]
  defined: assumption layer, models/assumptions/load.json:8:27
  formula: =workload.vcpu*workload.scale
  uses: workload.vcpu, workload.scale
  about: vCPU needed while active, after the scale factor.
load.warm_instances = 0  [instances]
  defined: assumption layer, models/assumptions/load.json:17:37
  formula: =workload.services*workload.min_instances*workload.regions
  uses: workload.services, workload.min_instances, workload.regions
  about: Instances kept warm while idle, all services and regions together.
options.free_tiers = FALSE  [logical]
  defined: scenario layer, ./scenarios/seed-004-business-hours.json:25:19
  overrides: assumption layer, models/assumptions/inputs.json:35:21
  about: Whether free tiers and free credits apply (seed 004's arithmetic leaves them out).
  source: Cloud Run pricing (free tier per billing account); GKE pricing (one free zonal or Autopilot cluster) <https://cloud.google.com/run/pricing>
options.spot_nodes = FALSE  [logical]
  defined: assumption layer, models/assumptions/inputs.json:36:21
  about: Run Kubernetes worker nodes on spot capacity (interruptible, discounted).
  source: 004_76779babffdde425.txt: "the ability to optimize node utilization, use spot instances, and bin-pack workloads"
plan.current_platform = "none"  [platform id]
  defined: assumption layer, models/assumptions/inputs.json:32:27
  about: Where the workload runs today (a platform id, or none for a new workload). Every other platform carries a migration cost.
  source: 004_76779babffdde425.txt: "Migrating a production cluster between providers typically takes 2 to 6 weeks"
plan.horizon_months = 36  [months]
  defined: assumption layer, models/assumptions/inputs.json:31:25
  about: Months over which one-time work (setup, migration) is amortised.
  source: runsheet default: a three-year decision horizon
price.aws.alb_month = 20  [USD/month]
  defined: pricing layer, models/pricing/aws.json:24:22
  range: 16 to 25 (triangular)
  about: One Application Load Balancer, hours and typical capacity units.
  source: 004_76779babffdde425.txt: "load balancers ($16 to $25/month each on AWS)" <https://aws.amazon.com/elasticloadbalancing/pricing/>
  as of: 2026-11-23
price.aws.ebs_gb_month = 0.08  [USD/GB-month]
  defined: pricing layer, models/pricing/aws.json:28:25
  about: gp3 volume storage for persistent volumes.
  source: AWS EBS pricing: gp3 storage <https://aws.amazon.com/ebs/pricing/>
  as of: 2026-11-23
price.aws.egress_gb = 0.09  [USD/GB]
  defined: pricing layer, models/pricing/aws.json:27:22
  about: Internet egress.
  source: AWS EC2 pricing: data transfer out to the internet, first 10 TB (secondhand) <https://aws.amazon.com/ec2/pricing/on-demand/>
  as of: 2026-06-01
price.aws.m5_large_hour = 0.096  [USD/h]
  defined: pricing layer, models/pricing/aws.json:23:26
  about: m5.large on demand (2 vCPU, 8 GiB).
  source: 001_ef0e47c1fab8c020.txt: "two m5.large nodes ... $140/month for the nodes" (0.096 x 2 x 730 = $140.16); the AWS list price <https://aws.amazon.com/ec2/pricing/on-demand/>
  as of: 2026-11-23
price.aws.m6i_xlarge_hour = 0.192  [USD/h]
  defined: pricing layer, models/pricing/aws.json:22:28
  about: m6i.xlarge on demand (4 vCPU x86, 16 GiB).
  source: AWS EC2 on-demand pricing, Linux, us-east-1; 004_76779babffdde425.txt names m6i.xlarge as a usual EKS node <https://aws.amazon.com/ec2/pricing/on-demand/>
  as of: 2026-11-23
price.aws.m7g_xlarge_hour = 0.1632  [USD/h]
  defined: pricing layer, models/pricing/aws.json:21:28
  about: m7g.xlarge on demand (4 vCPU Graviton3, 16 GiB).
  source: 004_76779babffdde425.txt: "One m7g.xlarge (4 vCPU, 16GB) at $0.1632/hour" <https://aws.amazon.com/ec2/pricing/on-demand/>
  as of: 2026-11-23
price.aws.nat_gb = 0.045  [USD/GB]
  defined: pricing layer, models/pricing/aws.json:26:19
  about: Data processed by a NAT gateway.
  source: AWS VPC pricing: NAT gateway data processing (secondhand: three copies agree) <https://aws.amazon.com/vpc/pricing/>
  as of: 2026-06-01
price.aws.nat_month = 32  [USD/month]
  defined: pricing layer, models/pricing/aws.json:25:22
  about: One NAT gateway, hourly charge for a month.
  source: 004_76779babffdde425.txt: "NAT gateways ($32/month + data processing fees)" <https://aws.amazon.com/vpc/pricing/>
  as of: 2026-11-23
price.cloud_run.billing_granularity_ms = 100  [ms]
  defined: pricing layer, models/pricing/gcp.json:17:35
  about: Billable instance time is rounded up to this step.
  source: 004_76779babffdde425.txt: "request-based billing with per-100ms granularity"; Cloud Run pricing: rounded up to the nearest 100 ms <https://cloud.google.com/run/pricing>
  as of: 2026-11-23
price.cloud_run.free_gib_seconds = 360000  [GiB-s/month]
  defined: pricing layer, models/pricing/gcp.json:15:29
  about: Free memory per billing account per month.
  source: Google Cloud, Cloud Run pricing: free tier (request-based) <https://cloud.google.com/run/pricing>
  as of: 2026-11-23
price.cloud_run.free_requests = 2000000  [requests/month]
  defined: pricing layer, models/pricing/gcp.json:16:26
  about: Free requests per billing account per month.
  source: Google Cloud, Cloud Run pricing: free tier (request-based) <https://cloud.google.com/run/pricing>
  as of: 2026-11-23
price.cloud_run.free_vcpu_seconds = 180000  [vCPU-s/month]
  defined: pricing layer, models/pricing/gcp.json:14:30
  about: Free CPU per billing account per month.
  source: Google Cloud, Cloud Run pricing: free tier (request-based) <https://cloud.google.com/run/pricing>
  as of: 2026-11-23
price.cloud_run.gib_second = 2.5e-06  [USD/GiB-s]
  defined: pricing layer, models/pricing/gcp.json:12:23
  about: Cloud Run memory, request-based billing.
  source: 004_76779babffdde425.txt: "$0.00000250 per GiB-second" <https://cloud.google.com/run/pricing>
  as of: 2026-11-23
price.cloud_run.idle_gib_second = 2.5e-06  [USD/GiB-s]
  defined: pricing layer, models/pricing/gcp.json:19:28
  about: Memory of an idle minimum instance, request-based billing.
  source: Google Cloud, Cloud Run pricing: idle minimum instances (secondhand) <https://cloud.google.com/run/pricing>
  as of: 2026-11-23
price.cloud_run.idle_vcpu_second = 2.5e-06  [USD/vCPU-s]
  defined: pricing layer, models/pricing/gcp.json:18:29
  about: CPU of an idle minimum instance, request-based billing.
  source: Google Cloud, Cloud Run pricing: idle minimum instances (secondhand) <https://cloud.google.com/run/pricing>
  as of: 2026-11-23
price.cloud_run.per_million_requests = 0.4  [USD/million requests]
  defined: pricing layer, models/pricing/gcp.json:13:33
  about: Cloud Run request fee beyond the free tier.
  source: Google Cloud, Cloud Run pricing (secondhand: two copies agree) <https://cloud.google.com/run/pricing>
  as of: 2025-06-01
price.cloud_run.vcpu_second = 0.000024  [USD/vCPU-s]
  defined: pricing layer, models/pricing/gcp.json:11:24
  about: Cloud Run CPU, request-based billing.
  source: 004_76779babffdde425.txt: "Pricing starts at $0.00002400 per vCPU-second" <https://cloud.google.com/run/pricing>
  as of: 2026-11-23
price.eks.cluster_hour = 0.1  [USD/cluster-h]
  defined: pricing layer, models/pricing/aws.json:18:25
  about: EKS control plane, standard support.
  source: 004_76779babffdde425.txt: "EKS charges $0.10 per cluster per hour (about $73/month)" <https://aws.amazon.com/eks/pricing/>
  as of: 2026-11-23
price.fargate.arm_gb_hour = 0.00356  [USD/GB-h]
  defined: pricing layer, models/pricing/aws.json:14:24
  about: Fargate Linux/ARM (Graviton) memory.
  source: AWS Fargate pricing, Linux/ARM (secondhand: Vantage, fortem.dev) <https://aws.amazon.com/fargate/pricing/>
  as of: 2026-09-01
price.fargate.arm_vcpu_hour = 0.03238  [USD/vCPU-h]
  defined: pricing layer, models/pricing/aws.json:13:26
  about: Fargate Linux/ARM (Graviton) vCPU, 20% below x86.
  source: AWS Fargate pricing, Linux/ARM (secondhand: Vantage, fortem.dev) <https://aws.amazon.com/fargate/pricing/>
  as of: 2026-09-01
price.fargate.gb_hour = 0.004445  [USD/GB-h]
  defined: pricing layer, models/pricing/aws.json:12:20
  about: Fargate Linux/x86 memory.
  source: 004_76779babffdde425.txt: "$0.004445 per GB per hour" <https://aws.amazon.com/fargate/pricing/>
  as of: 2026-11-23
price.fargate.minimum_seconds = 60  [s]
  defined: pricing layer, models/pricing/aws.json:15:28
  about: Fargate bills each task for at least this long.
  source: AWS Fargate pricing: per-second billing with a one-minute minimum (secondhand copy of the ECS pricing page) <https://aws.amazon.com/fargate/pricing/>
  as of: 2026-09-20
price.fargate.vcpu_hour = 0.04048  [USD/vCPU-h]
  defined: pricing layer, models/pricing/aws.json:11:22
  about: Fargate Linux/x86 vCPU.
  source: 004_76779babffdde425.txt: "around $0.04048 per vCPU per hour" <https://aws.amazon.com/fargate/pricing/>
  as of: 2026-11-23
price.gcp.egress_gb = 0.12  [USD/GB]
  defined: pricing layer, models/pricing/gcp.json:32:22
  about: Internet egress.
  source: Google Cloud, Premium tier internet egress (pricing example) <https://cloud.google.com/storage/pricing-examples>
  as of: 2026-11-23
price.gcp.lb_rule_hour = 0.025  [USD/h]
  defined: pricing layer, models/pricing/gcp.json:31:25
  about: One load-balancer forwarding rule.
  source: Google Cloud, Load Balancing pricing: forwarding rule (first five) <https://cloud.google.com/load-balancing/pricing>
  as of: 2026-11-23
price.gcp.pd_gib_month = 0.1  [USD/GiB-month]
  defined: pricing layer, models/pricing/gcp.json:33:25
  about: Balanced persistent disk for persistent volumes.
  source: Google Cloud, Disk pricing: balanced persistent disk <https://cloud.google.com/compute/disks-image-pricing>
  as of: 2026-11-23
price.gke.cluster_hour = 0.1  [USD/cluster-h]
  defined: pricing layer, models/pricing/gcp.json:22:25
  about: GKE cluster management fee, every mode.
  source: 004_76779babffdde425.txt: "GKE Standard gives you full node control and costs $0.10 per cluster per hour" <https://cloud.google.com/kubernetes-engine/pricing>
  as of: 2026-11-23
price.gke.free_credit_month = 74.4  [USD/month]
  defined: pricing layer, models/pricing/gcp.json:23:30
  about: Monthly credit toward one cluster's management fee.
  source: Google Cloud, GKE pricing: free tier credit for one zonal or Autopilot cluster per billing account <https://cloud.google.com/kubernetes-engine/pricing>
  as of: 2026-11-23
price.gke_autopilot.gib_hour = 0.0049375  [USD/GiB-h]
  defined: pricing layer, models/pricing/gcp.json:27:21
  about: Autopilot general-purpose Pod memory.
  source: 004_76779babffdde425.txt: "$0.0049375 per GB per hour" (secondhand copies of the vendor page say $0.0049225) <https://cloud.google.com/kubernetes-engine/pricing>
  as of: 2026-11-23
price.gke_autopilot.vcpu_hour = 0.0445  [USD/vCPU-h]
  defined: pricing layer, models/pricing/gcp.json:26:22
  about: Autopilot general-purpose Pod vCPU.
  source: 004_76779babffdde425.txt: "Pricing is $0.0445 per vCPU per hour" <https://cloud.google.com/kubernetes-engine/pricing>
  as of: 2026-11-23
price.gke_autopilot.vcpu_step = 0.25  [vCPU]
  defined: pricing layer, models/pricing/gcp.json:28:22
  about: Autopilot rounds each Pod's vCPU request up to this step.
  source: Google Cloud, GKE pricing: Autopilot bills Pod requests in 1/4-vCPU steps <https://cloud.google.com/kubernetes-engine/pricing>
  as of: 2026-11-23
team.engineers = 8  [engineers]
  defined: assumption layer, models/assumptions/inputs.json:25:20
  about: Engineers on the team.
  source: 004_76779babffdde425.txt: "Series A startups with 8-person engineering teams"
team.hours_per_year = 2080  [h/year]
  defined: assumption layer, models/assumptions/inputs.json:28:25
  about: Working hours in one full-time-equivalent year (40 h x 52 weeks); converts FTE to hours.
  source: runsheet convention: the full-time year used to express seed 004's FTE figures in hours
team.k8s_expertise = "some"  [level]
  defined: assumption layer, models/assumptions/inputs.json:26:24
  about: The team's Kubernetes operations experience: none (learning as you go), some, or strong (engineers genuinely comfortable operating clusters).
  source: 001_ef0e47c1fab8c020.txt: "If your team has three engineers who are genuinely comfortable with Kubernetes operations, the overhead calculus changes significantly."
team.loaded_cost_per_year = 180000  [USD/year]
  defined: assumption layer, models/assumptions/inputs.json:27:31
  range: 150000 to 200000 (pert)
  about: Fully loaded cost of one engineer per year.
  source: 004_76779babffdde425.txt: "That person costs $150K to $200K per year." and "At a $180K average fully-loaded cost per engineer"
workload.active_days_per_month = 22  [days/month]
  defined: scenario layer, ./scenarios/seed-004-business-hours.json:21:30
  overrides: assumption layer, models/assumptions/inputs.json:11:32
  about: Days a month the workload is active (730 h / 24 h when always on).
  source: Vendors bill a month as 730 hours (004_76779babffdde425.txt uses 730h).
workload.active_hours_per_day = 12  [h/day]
  defined: scenario layer, ./scenarios/seed-004-business-hours.json:20:29
  overrides: assumption layer, models/assumptions/inputs.json:10:31
  about: Hours a day the workload serves meaningful traffic; scale-to-zero platforms bill only these.
  source: 004_76779babffdde425.txt: "A typical B2B SaaS sees 10 to 14 hours of meaningful traffic per day"; the default is always on.
workload.arch = "x86"  [architecture]
  defined: assumption layer, models/assumptions/inputs.json:20:15
  about: CPU architecture the images are built for; ARM is cheaper where the platform prices it separately.
  source: runsheet default
workload.avg_request_ms = 100  [ms]
  defined: assumption layer, models/assumptions/inputs.json:13:25
  about: Average time to serve one request.
  source: runsheet default
workload.concurrency = 1  [requests/instance]
  defined: assumption layer, models/assumptions/inputs.json:14:22
  about: Average number of requests an instance serves at the same time (1: requests do not overlap). Request-billed platforms bill instance time, so overlapping requests share it.
  source: runsheet default: no overlap, the conservative case for request-based billing.
workload.egress_gb_per_month = 0  [GB/month]
  defined: assumption layer, models/assumptions/inputs.json:21:30
  about: Data sent to the internet per month.
  source: runsheet default
workload.memory_gib = 8  [GiB]
  defined: scenario layer, ./scenarios/seed-004-business-hours.json:19:19
  overrides: assumption layer, models/assumptions/inputs.json:9:21
  about: Memory the workload needs while active, all services and instances together (the seeds write GB and GiB interchangeably; so does runsheet).
  source: runsheet default (one small service)
workload.min_instances = 0  [instances/service]
  defined: assumption layer, models/assumptions/inputs.json:15:24
  about: Instances kept warm per service when idle (Cloud Run minimum instances, Fargate minimum tasks); they remove cold starts for a fixed cost.
  source: 004_76779babffdde425.txt: "Cloud Run's minimum instances feature lets you keep 1 or more instances warm, eliminating cold starts for a fixed cost."
workload.regions = 1  [regions]
  defined: assumption layer, models/assumptions/inputs.json:17:18
  about: Regions the workload runs in; Kubernetes runs one production cluster per region.
  source: runsheet default
workload.requests_per_month = 0  [requests/month]
  defined: assumption layer, models/assumptions/inputs.json:12:29
  about: Requests a month. Zero describes the workload by capacity (vCPU and memory over active hours) instead of by traffic.
  source: runsheet default (capacity-described workload)
workload.scale = 1  [factor]
  defined: assumption layer, models/assumptions/inputs.json:19:16
  about: Multiplies the workload's size (vCPU, memory, requests); the break-even sweep varies it.
  source: runsheet: 1 is the scenario as described
workload.services = 1  [services]
  defined: assumption layer, models/assumptions/inputs.json:16:19
  about: Number of distinct services (deployables).
  source: runsheet default
workload.staging = FALSE  [logical]
  defined: scenario layer, ./scenarios/seed-004-business-hours.json:22:16
  overrides: assumption layer, models/assumptions/inputs.json:18:18
  about: Whether a staging environment runs beside production (on Kubernetes, a staging cluster).
  source: 001_ef0e47c1fab8c020.txt: "Similar logic applies to development and staging environments."
workload.storage_gib = 0  [GiB]
  defined: assumption layer, models/assumptions/inputs.json:22:22
  about: Persistent volume storage the workload keeps.
  source: runsheet default
workload.vcpu = 4  [vCPU]
  defined: scenario layer, ./scenarios/seed-004-business-hours.json:18:13
  overrides: assumption layer, models/assumptions/inputs.json:8:15
  about: vCPU the workload needs while active, all services and instances together.
  source: runsheet default (one small service)
--- stderr

