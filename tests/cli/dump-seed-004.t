# dump of seed 004: the platforms it compares and the workload
args: dump seed-004-business-hours 'cloud_run.*' 'eks.*' 'load.*' 'workload.*'
status: 0
--- stdout
cloud_run.active_time_inert = FALSE  [logical]
  defined: platform layer, models/platforms/cloud_run.json:133:20
  formula: =AND(load.traffic_based,cloud_run.gpu_instances=0,OR(NOT(cloud_run.instance_based),load.busy_seconds>=workload.services*workload.regions*calendar.hours_per_month*3600))
  uses: load.traffic_based, cloud_run.gpu_instances, cloud_run.instance_based, load.busy_seconds, workload.services, workload.regions, calendar.hours_per_month
  about: Whether the active time (hours a day, days a month) changes nothing on Google Cloud Run; the note says why, and the report lists it.
cloud_run.alive_instance_seconds = 950,400  [instance-s/month]
  defined: platform layer, models/platforms/cloud_run.json:46:20
  formula: =IF(load.traffic_based,MAX(load.busy_seconds,workload.services*workload.regions*load.active_seconds_per_month),load.active_seconds_per_month)
  uses: load.traffic_based, load.busy_seconds, workload.services, workload.regions, load.active_seconds_per_month
  about: Instance lifetime under instance-based billing: the time serving requests, and at least one instance per service and region through the active hours.
cloud_run.billing_mode = "request"  [mode]
  defined: platform layer, models/platforms/cloud_run.json:24:23
  about: Cloud Run billing: request (CPU only while handling requests, the default and seed 004's arithmetic) or instance (CPU always allocated: the whole instance lifetime at a lower rate, no request fee).
  source: Google Cloud, Cloud Run billing settings (request-based and instance-based billing) <https://cloud.google.com/run/docs/configuring/billing-settings>
cloud_run.busy_instance_seconds = 950,400  [instance-s/month]
  defined: platform layer, models/platforms/cloud_run.json:41:20
  formula: =IF(load.traffic_based,load.requests_per_month*CEILING(workload.avg_request_ms,price.cloud_run.billing_granularity_ms)/1000/workload.concurrency,load.active_seconds_per_month)
  uses: load.traffic_based, load.requests_per_month, workload.avg_request_ms, price.cloud_run.billing_granularity_ms, workload.concurrency, load.active_seconds_per_month
  about: Billable instance time under request-based billing: each request's time rounded up to 100 ms and shared by concurrent requests, or the active hours of a capacity-described workload.
cloud_run.cold_start_over_tolerance = FALSE  [logical]
  defined: platform layer, models/platforms/cloud_run.json:128:20
  formula: =cloud_run.cold_start_s*1000>workload.latency_tolerance_ms
  uses: cloud_run.cold_start_s, workload.latency_tolerance_ms
  about: Whether a cold start takes longer than the scenario tolerates for a first response.
cloud_run.cold_start_s = 0.8  [s]
  defined: platform layer, models/platforms/cloud_run.json:111:23
  range: 0.3 to 8 (triangular)
  about: Time until a request to an instance that was scaled to zero is answered (0 where instances stay warm).
  source: 004_76779babffdde425.txt: "A 50MB Go binary starts in 300 to 500ms. A 200MB Node.js app with dependencies starts in 800ms to 1.5 seconds. A 1GB Python ML image can take 3 to 8 seconds."
cloud_run.compared = TRUE  [logical]
  defined: decision layer, models/platforms/cloud_run.json:4:9
  about: Whether the scenario compares Google Cloud Run (its "platforms" list).
cloud_run.compute = $110.25  [USD/month]
  defined: platform layer, models/platforms/cloud_run.json:140:20
  formula: =cloud_run.cpu_cost+cloud_run.memory_cost+cloud_run.request_cost+cloud_run.min_instance_cost+cloud_run.job_cost+cloud_run.gpu_cost
  uses: cloud_run.cpu_cost, cloud_run.memory_cost, cloud_run.request_cost, cloud_run.min_instance_cost, cloud_run.job_cost, cloud_run.gpu_cost
  about: Compute: CPU, memory, requests, idle minimum instances, jobs and GPUs.
cloud_run.cpu_cost = $91.24  [USD/month]
  defined: platform layer, models/platforms/cloud_run.json:61:20
  formula: =IF(cloud_run.gpu_instances>0,0,IF(cloud_run.instance_based,MAX(0,cloud_run.vcpu_seconds-IF(options.free_tiers,price.cloud_run.free_instance_vcpu_seconds,0))*price.cloud_run.instance_vcpu_second,MAX(0,cloud_run.vcpu_seconds-IF(options.free_tiers,price.cloud_run.free_vcpu_seconds,0))*price.cloud_run.vcpu_second))
  uses: cloud_run.gpu_instances, cloud_run.instance_based, cloud_run.vcpu_seconds, options.free_tiers, price.cloud_run.free_instance_vcpu_seconds, price.cloud_run.instance_vcpu_second, price.cloud_run.free_vcpu_seconds, price.cloud_run.vcpu_second
  about: CPU after the free tier, at the billing mode's rate (a GPU workload is billed per instance instead, below).
cloud_run.current = FALSE  [logical]
  defined: platform layer, models/platforms/cloud_run.json:166:20
  formula: =plan.current_platform="cloud_run"
  uses: plan.current_platform
  about: Whether the workload runs here today (plan.current_platform): the platform it is on needs no setup and no migration.
cloud_run.engineering = $259.62  [USD/month]
  defined: platform layer, models/platforms/cloud_run.json:161:20
  formula: =eng.serverless.hours*cloud_run.ops_factor*eng.hourly_cost
  uses: eng.serverless.hours, cloud_run.ops_factor, eng.hourly_cost
  about: Engineering time operating the platform.
cloud_run.excluded = FALSE  [logical]
  defined: decision layer, models/platforms/cloud_run.json:4:9
  formula: =OR(rule.operators,rule.gpu_required.cloud_run)
  uses: rule.operators, rule.gpu_required.cloud_run
  about: Whether an exclusion rule rules this platform out.
cloud_run.gib_seconds = 7,603,200  [GiB-s/month]
  defined: platform layer, models/platforms/cloud_run.json:56:20
  formula: =IF(load.traffic_based,IF(cloud_run.instance_based,cloud_run.alive_instance_seconds,cloud_run.busy_instance_seconds)*load.instance_memory_gib,load.memory_gib*load.active_seconds_per_month)
  uses: load.traffic_based, cloud_run.instance_based, cloud_run.alive_instance_seconds, cloud_run.busy_instance_seconds, load.instance_memory_gib, load.memory_gib, load.active_seconds_per_month
  about: Billable GiB-seconds.
cloud_run.gpu_cost = $0.00  [USD/month]
  defined: platform layer, models/platforms/cloud_run.json:107:20
  formula: =IF(cloud_run.gpu_instances>0,cloud_run.gpu_instances*load.active_seconds_per_month*(price.cloud_run.l4_gpu_second+MAX(price.cloud_run.gpu_min_vcpu,load.instance_vcpu)*price.cloud_run.instance_vcpu_second+MAX(price.cloud_run.gpu_min_gib,load.instance_memory_gib)*price.cloud_run.instance_gib_second),0)
  uses: cloud_run.gpu_instances, load.active_seconds_per_month, price.cloud_run.l4_gpu_second, price.cloud_run.gpu_min_vcpu, load.instance_vcpu, price.cloud_run.instance_vcpu_second, price.cloud_run.gpu_min_gib, load.instance_memory_gib, price.cloud_run.instance_gib_second
  about: GPU instances billed per second while active (instance-based billing, at least 4 vCPU and 16 GiB each); they scale to zero when idle.
cloud_run.gpu_instances = 0  [instances]
  defined: platform layer, models/platforms/cloud_run.json:102:20
  formula: =ROUNDUP(load.gpus,0)
  uses: load.gpus
  about: GPU instances: one L4 each.
cloud_run.gpu_supported = TRUE  [logical]
  defined: platform layer, models/platforms/cloud_run.json:95:24
  about: Whether the platform runs GPU workloads.
  source: 004_76779babffdde425.txt: "Cloud Run GPU launched in late 2025 with NVIDIA L4 support."
cloud_run.hidden = $0.00  [USD/month]
  defined: platform layer, models/platforms/cloud_run.json:150:20
  formula: =IF(workload.regions>1,workload.regions*price.gcp.lb_rule_hour*calendar.hours_per_month,0)+load.egress_gb*price.gcp.egress_gb+hidden.serverless_staging_monthly
  uses: workload.regions, price.gcp.lb_rule_hour, calendar.hours_per_month, load.egress_gb, price.gcp.egress_gb, hidden.serverless_staging_monthly
  about: A global load balancer when serving several regions, internet egress, and a staging environment that idles at zero.
cloud_run.idle_seconds = 1,677,600  [s/month]
  defined: platform layer, models/platforms/cloud_run.json:76:20
  formula: =MAX(0,calendar.hours_per_month*3600-IF(load.traffic_based,cloud_run.busy_instance_seconds/MAX(1,load.warm_instances),load.active_seconds_per_month))
  uses: calendar.hours_per_month, load.traffic_based, cloud_run.busy_instance_seconds, load.warm_instances, load.active_seconds_per_month
  about: Time a minimum instance spends idle.
cloud_run.instance_based = FALSE  [logical]
  defined: platform layer, models/platforms/cloud_run.json:36:20
  formula: =cloud_run.billing_mode="instance"
  uses: cloud_run.billing_mode
  about: Whether instance-based billing is chosen.
cloud_run.job_cost = $0.00  [USD/month]
  defined: platform layer, models/platforms/cloud_run.json:91:20
  formula: =cloud_run.job_seconds_billed*(workload.job_vcpu*price.cloud_run.instance_vcpu_second+workload.job_memory_gib*price.cloud_run.instance_gib_second)
  uses: cloud_run.job_seconds_billed, workload.job_vcpu, price.cloud_run.instance_vcpu_second, workload.job_memory_gib, price.cloud_run.instance_gib_second
  about: Batch jobs at the instance-based price.
cloud_run.job_seconds_billed = 0  [s/month]
  defined: platform layer, models/platforms/cloud_run.json:86:20
  formula: =load.jobs_per_month*MAX(price.cloud_run.job_minimum_seconds,CEILING(workload.job_seconds,1))
  uses: load.jobs_per_month, price.cloud_run.job_minimum_seconds, workload.job_seconds
  about: Job instance time: each run billed for at least a minute, then by the second.
cloud_run.memory_cost = $19.01  [USD/month]
  defined: platform layer, models/platforms/cloud_run.json:66:20
  formula: =IF(cloud_run.gpu_instances>0,0,IF(cloud_run.instance_based,MAX(0,cloud_run.gib_seconds-IF(options.free_tiers,price.cloud_run.free_instance_gib_seconds,0))*price.cloud_run.instance_gib_second,MAX(0,cloud_run.gib_seconds-IF(options.free_tiers,price.cloud_run.free_gib_seconds,0))*price.cloud_run.gib_second))
  uses: cloud_run.gpu_instances, cloud_run.instance_based, cloud_run.gib_seconds, options.free_tiers, price.cloud_run.free_instance_gib_seconds, price.cloud_run.instance_gib_second, price.cloud_run.free_gib_seconds, price.cloud_run.gib_second
  about: Memory after the free tier, at the billing mode's rate.
cloud_run.migration_hours = 0  [h]
  defined: platform layer, models/platforms/cloud_run.json:171:20
  formula: =IF(OR(plan.current_platform="none",cloud_run.current),0,eng.migration_hours_per_service*workload.services)
  uses: plan.current_platform, cloud_run.current, eng.migration_hours_per_service, workload.services
  about: Moving the services here from where they run today.
cloud_run.min_instance_cost = $0.00  [USD/month]
  defined: platform layer, models/platforms/cloud_run.json:81:20
  formula: =IF(cloud_run.instance_based,0,1)*load.warm_instances*(load.instance_vcpu*price.cloud_run.idle_vcpu_second+load.instance_memory_gib*price.cloud_run.idle_gib_second)*cloud_run.idle_seconds
  uses: cloud_run.instance_based, load.warm_instances, load.instance_vcpu, price.cloud_run.idle_vcpu_second, load.instance_memory_gib, price.cloud_run.idle_gib_second, cloud_run.idle_seconds
  about: Minimum instances billed at the idle rate while they wait.
cloud_run.near_tie = FALSE  [logical]
  defined: decision layer, models/platforms/cloud_run.json:4:9
  formula: =IF(cloud_run.compared,AND(decision.platform<>"none",decision.platform<>"cloud_run",NOT(cloud_run.excluded),ABS(cloud_run.total-decision.monthly_total)<=decision.tie_margin*decision.monthly_total),FALSE)
  uses: cloud_run.compared, decision.platform, cloud_run.excluded, cloud_run.total, decision.monthly_total, decision.tie_margin
  about: Whether this platform, still in the running, costs within decision.tie_margin of the recommended platform's monthly total.
cloud_run.one_time = $24.04  [USD/month]
  defined: platform layer, models/platforms/cloud_run.json:176:20
  formula: =IF(cloud_run.current,0,((eng.serverless.setup_hours+eng.serverless.setup_hours_per_service*workload.services)*cloud_run.ops_factor+cloud_run.migration_hours)*eng.hourly_cost/plan.horizon_months)
  uses: cloud_run.current, eng.serverless.setup_hours, eng.serverless.setup_hours_per_service, workload.services, cloud_run.ops_factor, cloud_run.migration_hours, eng.hourly_cost, plan.horizon_months
  about: Setup and migration, amortised over the horizon; none on the platform the workload runs on today.
cloud_run.ops_factor = 1  [factor]
  defined: platform layer, models/platforms/cloud_run.json:154:21
  about: Operations effort relative to the serverless baseline.
  source: 004_76779babffdde425.txt: "On Cloud Run, the entire CI/CD pipeline is: build image, push to Artifact Registry, deploy with gcloud run deploy. A junior backend engineer can own this on day one."
cloud_run.platform_fees = $0.00  [USD/month]
  defined: platform layer, models/platforms/cloud_run.json:145:20
  formula: =0
  uses:
  about: Cloud Run has no platform or cluster fee.
cloud_run.request_cost = $0.00  [USD/month]
  defined: platform layer, models/platforms/cloud_run.json:71:20
  formula: =IF(cloud_run.instance_based,0,MAX(0,load.requests_per_month-IF(options.free_tiers,price.cloud_run.free_requests,0))/1000000*price.cloud_run.per_million_requests)
  uses: cloud_run.instance_based, load.requests_per_month, options.free_tiers, price.cloud_run.free_requests, price.cloud_run.per_million_requests
  about: Request fees after the free tier (none under instance-based billing).
cloud_run.rule_adjust = 0.6885  [factor]
  defined: decision layer, models/platforms/cloud_run.json:4:9
  formula: =IF(rule.seed_stage,0.7,1)*IF(rule.series_a,0.85,1)*IF(rule.no_platform_engineer,0.9,1)*IF(rule.stateful_request_platforms,1.3,1)*IF(rule.few_services,0.9,1)*IF(rule.sidecars_cloud_run,1.2,1)*IF(rule.gpu_low_volume,0.8,1)*IF(rule.long_lived_connections,1.25,1)*IF(rule.bursty_traffic,0.85,1)*IF(rule.multi_region,0.9,1)*IF(rule.cold_start.cloud_run,1.25,1)*IF(rule.slow_scale_up.cloud_run,1.15,1)
  uses: rule.seed_stage, rule.series_a, rule.no_platform_engineer, rule.stateful_request_platforms, rule.few_services, rule.sidecars_cloud_run, rule.gpu_low_volume, rule.long_lived_connections, rule.bursty_traffic, rule.multi_region, rule.cold_start.cloud_run, rule.slow_scale_up.cloud_run
  about: Ranking factor from the favour and disfavour rules that fired: each favour rule of weight w multiplies it by 1-w, each disfavour rule by 1+w; below 1 ranks the platform as if cheaper.
cloud_run.scale_up_s = 0.8  [s]
  defined: platform layer, models/platforms/cloud_run.json:119:21
  range: 0.3 to 8 (triangular)
  about: Time to add capacity during a traffic spike.
  source: Scale-up is request-level: a new instance is a cold start (seed 004: "cannot match Cloud Run's request-level scaling").
cloud_run.score = $271.20  [USD/month]
  defined: decision layer, models/platforms/cloud_run.json:4:9
  formula: =IF(cloud_run.compared,IF(cloud_run.excluded,1E+99,cloud_run.total*cloud_run.rule_adjust),1E+99)
  uses: cloud_run.compared, cloud_run.excluded, cloud_run.total, cloud_run.rule_adjust
  about: Ranking score: the monthly total times the rule adjustment; 1E+99 when not compared or excluded.
cloud_run.total = $393.90  [USD/month]
  defined: platform layer, models/platforms/cloud_run.json:181:20
  formula: =cloud_run.compute+cloud_run.platform_fees+cloud_run.hidden+cloud_run.engineering+cloud_run.one_time
  uses: cloud_run.compute, cloud_run.platform_fees, cloud_run.hidden, cloud_run.engineering, cloud_run.one_time
  about: Monthly total.
cloud_run.vcpu_seconds = 3,801,600  [vCPU-s/month]
  defined: platform layer, models/platforms/cloud_run.json:51:20
  formula: =IF(load.traffic_based,IF(cloud_run.instance_based,cloud_run.alive_instance_seconds,cloud_run.busy_instance_seconds)*load.instance_vcpu,load.vcpu*load.active_seconds_per_month)
  uses: load.traffic_based, cloud_run.instance_based, cloud_run.alive_instance_seconds, cloud_run.busy_instance_seconds, load.instance_vcpu, load.vcpu, load.active_seconds_per_month
  about: Billable vCPU-seconds.
eks.active_time_inert = TRUE  [logical]
  defined: platform layer, models/platforms/eks.json:122:20
  formula: =TRUE
  uses:
  about: Whether the active time (hours a day, days a month) changes nothing on Amazon EKS on EC2; the note says why, and the report lists it.
eks.cold_start_over_tolerance = FALSE  [logical]
  defined: platform layer, models/platforms/eks.json:117:20
  formula: =eks.cold_start_s*1000>workload.latency_tolerance_ms
  uses: eks.cold_start_s, workload.latency_tolerance_ms
  about: Whether a cold start takes longer than the scenario tolerates for a first response.
eks.cold_start_s = 0  [s]
  defined: platform layer, models/platforms/eks.json:102:23
  about: Time until a request to an instance that was scaled to zero is answered (0 where instances stay warm).
  source: Pods stay warm: Kubernetes does not scale a Deployment to zero by itself
eks.compared = TRUE  [logical]
  defined: decision layer, models/platforms/eks.json:4:9
  about: Whether the scenario compares Amazon EKS on EC2 (its "platforms" list).
eks.compute = $119.14  [USD/month]
  defined: platform layer, models/platforms/eks.json:129:20
  formula: =eks.node_cost+eks.gpu_cost
  uses: eks.node_cost, eks.gpu_cost
  about: Compute: worker nodes and GPU nodes.
eks.current = FALSE  [logical]
  defined: platform layer, models/platforms/eks.json:155:20
  formula: =plan.current_platform="eks"
  uses: plan.current_platform
  about: Whether the workload runs here today (plan.current_platform): the platform it is on needs no setup and no migration.
eks.discount = 1  [factor]
  defined: platform layer, models/platforms/eks.json:82:20
  formula: =IF(options.spot_nodes,1-price.aws.spot_discount,1-options.commitment_discount)
  uses: options.spot_nodes, price.aws.spot_discount, options.commitment_discount
  about: Price factor from Spot nodes or a commitment.
eks.engineering = $15,453.30  [USD/month]
  defined: platform layer, models/platforms/eks.json:150:20
  formula: =eng.k8s.hours*eks.ops_factor*eng.hourly_cost
  uses: eng.k8s.hours, eks.ops_factor, eng.hourly_cost
  about: Engineering time operating the clusters.
eks.excluded = FALSE  [logical]
  defined: decision layer, models/platforms/eks.json:4:9
  formula: =OR(rule.small_team,rule.gpu_required.eks)
  uses: rule.small_team, rule.gpu_required.eks
  about: Whether an exclusion rule rules this platform out.
eks.gpu_cost = $0.00  [USD/month]
  defined: platform layer, models/platforms/eks.json:98:20
  formula: =IF(load.gpus>0,ROUNDUP(load.gpus,0)*workload.regions*calendar.hours_per_month*price.aws.g5_xlarge_hour,0)
  uses: load.gpus, workload.regions, calendar.hours_per_month, price.aws.g5_xlarge_hour
  about: A GPU node per GPU in each region, all month: GPU nodes cannot scale to zero without custom automation (seed 004).
eks.gpu_supported = TRUE  [logical]
  defined: platform layer, models/platforms/eks.json:91:24
  about: Whether the platform runs GPU workloads.
  source: 004_76779babffdde425.txt: "EKS supports the same via p5 and g5 instance families."
eks.hidden = $302.00  [USD/month]
  defined: platform layer, models/platforms/eks.json:139:20
  formula: =workload.regions*(price.aws.alb_month+price.aws.nat_month+hidden.k8s_observability_monthly)+IF(workload.staging,hidden.staging_cluster_monthly,0)+load.egress_gb*(price.aws.egress_gb+price.aws.nat_gb)+workload.storage_gib*price.aws.ebs_gb_month
  uses: workload.regions, price.aws.alb_month, price.aws.nat_month, hidden.k8s_observability_monthly, workload.staging, hidden.staging_cluster_monthly, load.egress_gb, price.aws.egress_gb, price.aws.nat_gb, workload.storage_gib, price.aws.ebs_gb_month
  about: Per production cluster a load balancer, NAT and observability; an idle staging cluster; egress (through NAT, which bills per GB where it does); volumes.
eks.migration_hours = 0  [h]
  defined: platform layer, models/platforms/eks.json:160:20
  formula: =IF(OR(plan.current_platform="none",eks.current),0,eng.migration_hours_per_service*workload.services)
  uses: plan.current_platform, eks.current, eng.migration_hours_per_service, workload.services
  about: Moving the services here from where they run today.
eks.near_tie = FALSE  [logical]
  defined: decision layer, models/platforms/eks.json:4:9
  formula: =IF(eks.compared,AND(decision.platform<>"none",decision.platform<>"eks",NOT(eks.excluded),ABS(eks.total-decision.monthly_total)<=decision.tie_margin*decision.monthly_total),FALSE)
  uses: eks.compared, decision.platform, eks.excluded, eks.total, decision.monthly_total, decision.tie_margin
  about: Whether this platform, still in the running, costs within decision.tie_margin of the recommended platform's monthly total.
eks.node_cost = $119.14  [USD/month]
  defined: platform layer, models/platforms/eks.json:87:20
  formula: =eks.nodes*eks.node_list_price*calendar.hours_per_month*eks.discount
  uses: eks.nodes, eks.node_list_price, calendar.hours_per_month, eks.discount
  about: Worker nodes all month.
eks.node_list_price = 0.1632  [USD/h]
  defined: platform layer, models/platforms/eks.json:43:20
  formula: =IF(eks.node_type="m5.large",price.aws.m5_large_hour,IF(eks.node_type="m6i.xlarge",price.aws.m6i_xlarge_hour,price.aws.m7g_xlarge_hour))
  uses: eks.node_type, price.aws.m5_large_hour, price.aws.m6i_xlarge_hour, price.aws.m7g_xlarge_hour
  about: On-demand price of one node per hour.
eks.node_memory_gib = 16  [GiB]
  defined: platform layer, models/platforms/eks.json:38:20
  formula: =IF(eks.node_type="m5.large",8,IF(eks.node_type="m6i.xlarge",16,16))
  uses: eks.node_type
  about: Memory of one node (m5.large 8, m6i.xlarge 16, m7g.xlarge 16).
eks.node_type = "m7g.xlarge"  [instance type]
  defined: scenario layer, ./scenarios/seed-004-business-hours.json:28:18
  overrides: platform layer, models/platforms/eks.json:21:20
  about: Machine type of the worker nodes.
  source: set in ./scenarios/seed-004-business-hours.json:28:18
eks.node_vcpu = 4  [vCPU]
  defined: platform layer, models/platforms/eks.json:33:20
  formula: =IF(eks.node_type="m5.large",2,IF(eks.node_type="m6i.xlarge",4,4))
  uses: eks.node_type
  about: vCPU of one node (m5.large 2, m6i.xlarge 4, m7g.xlarge 4).
eks.nodes = 1  [nodes]
  defined: platform layer, models/platforms/eks.json:77:20
  formula: =eks.nodes_per_region*workload.regions
  uses: eks.nodes_per_region, workload.regions
  about: Worker nodes across regions.
eks.nodes_per_region = 1  [nodes]
  defined: platform layer, models/platforms/eks.json:72:20
  formula: =MAX(k8s.min_nodes,ROUNDUP(load.vcpu/workload.regions/eks.usable_vcpu,0),ROUNDUP(load.memory_gib/workload.regions/eks.usable_memory_gib,0))
  uses: k8s.min_nodes, load.vcpu, workload.regions, eks.usable_vcpu, load.memory_gib, eks.usable_memory_gib
  about: Worker nodes in each production cluster: enough for the vCPU and for the memory at the target utilisation, and at least the minimum for availability.
eks.one_time = $192.31  [USD/month]
  defined: platform layer, models/platforms/eks.json:165:20
  formula: =IF(eks.current,0,(eng.k8s.setup_hours*eks.ops_factor+IF(workload.regions>1,eng.k8s.multi_region_hours,0)+eks.migration_hours)*eng.hourly_cost/plan.horizon_months)
  uses: eks.current, eng.k8s.setup_hours, eks.ops_factor, workload.regions, eng.k8s.multi_region_hours, eks.migration_hours, eng.hourly_cost, plan.horizon_months
  about: Cluster setup, multi-region setup and migration, amortised over the horizon; none on the platform the workload runs on today.
eks.ops_factor = 1  [factor]
  defined: platform layer, models/platforms/eks.json:143:21
  about: Operations effort relative to managed Kubernetes with nodes (this is the baseline).
  source: 004_76779babffdde425.txt: "I have seen Series A startups with 8-person engineering teams dedicate 1.5 to 2 FTEs to Kubernetes operations."
eks.platform_fees = $73.00  [USD/month]
  defined: platform layer, models/platforms/eks.json:134:20
  formula: =load.clusters*price.eks.cluster_hour*calendar.hours_per_month
  uses: load.clusters, price.eks.cluster_hour, calendar.hours_per_month
  about: Control-plane fees.
eks.reserved_memory_gib = 0  [GiB]
  defined: platform layer, models/platforms/eks.json:55:20
  formula: =k8s.reservation_factor*(0.25*MIN(eks.node_memory_gib,4)+0.2*MIN(MAX(eks.node_memory_gib-4,0),4)+0.1*MIN(MAX(eks.node_memory_gib-8,0),8)+0.06*MIN(MAX(eks.node_memory_gib-16,0),112)+0.02*MAX(eks.node_memory_gib-128,0)+0.1)
  uses: k8s.reservation_factor, eks.node_memory_gib
  about: Memory a node reserves for the system and eviction: 25% of the first 4 GiB, 20% of the next 4, 10% of the next 8, 6% of the next 112, 2% above, plus 100 MiB.
  source: Google Cloud, GKE node allocatable resources <https://cloud.google.com/kubernetes-engine/docs/concepts/plan-node-sizes>
eks.reserved_vcpu = 0  [vCPU]
  defined: platform layer, models/platforms/eks.json:48:20
  formula: =k8s.reservation_factor*(0.06*MIN(eks.node_vcpu,1)+0.01*MIN(MAX(eks.node_vcpu-1,0),1)+0.005*MIN(MAX(eks.node_vcpu-2,0),2)+0.0025*MAX(eks.node_vcpu-4,0))
  uses: k8s.reservation_factor, eks.node_vcpu
  about: CPU a node reserves for the system: 6% of the first core, 1% of the second, 0.5% of the next two, 0.25% above four (GKE's documented reservation, used for every node).
  source: Google Cloud, GKE node allocatable resources <https://cloud.google.com/kubernetes-engine/docs/concepts/plan-node-sizes>
eks.rule_adjust = 1  [factor]
  defined: decision layer, models/platforms/eks.json:4:9
  formula: =IF(rule.series_b,0.85,1)*IF(rule.k8s_expertise,0.9,1)*IF(rule.stateful,0.8,1)*IF(rule.many_services,0.8,1)*IF(rule.sidecars,0.85,1)*IF(rule.gpu_low_latency,0.8,1)*IF(rule.compliance,0.8,1)*IF(rule.steady_traffic,0.9,1)*IF(rule.slow_scale_up.eks,1.15,1)
  uses: rule.series_b, rule.k8s_expertise, rule.stateful, rule.many_services, rule.sidecars, rule.gpu_low_latency, rule.compliance, rule.steady_traffic, rule.slow_scale_up.eks
  about: Ranking factor from the favour and disfavour rules that fired: each favour rule of weight w multiplies it by 1-w, each disfavour rule by 1+w; below 1 ranks the platform as if cheaper.
eks.scale_up_s = 10  [s]
  defined: platform layer, models/platforms/eks.json:108:21
  range: 5 to 180 (triangular)
  about: Time to add capacity during a traffic spike.
  source: 004_76779babffdde425.txt: "a new pod starts in 5 to 15 seconds ... or 90 to 180 seconds on EKS"
eks.score = $16,139.74  [USD/month]
  defined: decision layer, models/platforms/eks.json:4:9
  formula: =IF(eks.compared,IF(eks.excluded,1E+99,eks.total*eks.rule_adjust),1E+99)
  uses: eks.compared, eks.excluded, eks.total, eks.rule_adjust
  about: Ranking score: the monthly total times the rule adjustment; 1E+99 when not compared or excluded.
eks.total = $16,139.74  [USD/month]
  defined: platform layer, models/platforms/eks.json:170:20
  formula: =eks.compute+eks.platform_fees+eks.hidden+eks.engineering+eks.one_time
  uses: eks.compute, eks.platform_fees, eks.hidden, eks.engineering, eks.one_time
  about: Monthly total.
eks.usable_memory_gib = 16  [GiB]
  defined: platform layer, models/platforms/eks.json:67:20
  formula: =(eks.node_memory_gib-eks.reserved_memory_gib)*k8s.target_utilisation
  uses: eks.node_memory_gib, eks.reserved_memory_gib, k8s.target_utilisation
  about: Memory of one node the workload can use.
eks.usable_vcpu = 4  [vCPU]
  defined: platform layer, models/platforms/eks.json:62:20
  formula: =(eks.node_vcpu-eks.reserved_vcpu)*k8s.target_utilisation
  uses: eks.node_vcpu, eks.reserved_vcpu, k8s.target_utilisation
  about: vCPU of one node the workload can use.
load.active_hours_per_month = 264  [h/month]
  defined: assumption layer, models/assumptions/load.json:29:20
  formula: =workload.active_hours_per_day*workload.active_days_per_month
  uses: workload.active_hours_per_day, workload.active_days_per_month
  about: Hours a month the workload is active.
load.active_seconds_per_month = 950,400  [s/month]
  defined: assumption layer, models/assumptions/load.json:34:20
  formula: =load.active_hours_per_month*3600
  uses: load.active_hours_per_month
  about: Seconds a month the workload is active.
load.busy_seconds = 0  [instance-s/month]
  defined: assumption layer, models/assumptions/load.json:69:20
  formula: =load.requests_per_month*workload.avg_request_ms/1000/workload.concurrency
  uses: load.requests_per_month, workload.avg_request_ms, workload.concurrency
  about: Instance time serving requests, per second (no rounding), shared by concurrent requests.
load.clusters = 1  [clusters]
  defined: assumption layer, models/assumptions/load.json:59:20
  formula: =workload.regions+IF(workload.staging,1,0)
  uses: workload.regions, workload.staging
  about: Kubernetes clusters: one production cluster per region, plus staging.
load.egress_gb = 0  [GB/month]
  defined: assumption layer, models/assumptions/load.json:64:20
  formula: =workload.egress_gb_per_month*workload.scale
  uses: workload.egress_gb_per_month, workload.scale
  about: Internet egress a month, after the scale factor.
load.gpus = 0  [GPUs]
  defined: assumption layer, models/assumptions/load.json:74:20
  formula: =workload.gpus*workload.scale
  uses: workload.gpus, workload.scale
  about: GPUs needed while active, after the scale factor (rounded up to whole GPUs by each platform).
load.idle_hours_per_month = 466  [h/month]
  defined: assumption layer, models/assumptions/load.json:39:20
  formula: =MAX(0,calendar.hours_per_month-load.active_hours_per_month)
  uses: calendar.hours_per_month, load.active_hours_per_month
  about: Hours a month the workload is idle.
load.instance_memory_gib = 8  [GiB]
  defined: assumption layer, models/assumptions/load.json:49:20
  formula: =workload.instance_memory_gib
  uses: workload.instance_memory_gib
  about: Memory of one instance, as the scenario sets it.
load.instance_vcpu = 4  [vCPU]
  defined: assumption layer, models/assumptions/load.json:44:20
  formula: =workload.instance_vcpu
  uses: workload.instance_vcpu
  about: Size of one instance, as the scenario sets it.
load.jobs_per_month = 0  [runs/month]
  defined: assumption layer, models/assumptions/load.json:79:20
  formula: =workload.jobs_per_month*workload.scale
  uses: workload.jobs_per_month, workload.scale
  about: Batch job runs a month, after the scale factor.
load.memory_gib = 8  [GiB]
  defined: assumption layer, models/assumptions/load.json:14:20
  formula: =workload.memory_gib*workload.scale
  uses: workload.memory_gib, workload.scale
  about: Memory needed while active, after the scale factor.
load.requests_per_month = 0  [requests/month]
  defined: assumption layer, models/assumptions/load.json:19:20
  formula: =workload.requests_per_month*workload.scale
  uses: workload.requests_per_month, workload.scale
  about: Requests a month, after the scale factor.
load.traffic_based = FALSE  [logical]
  defined: assumption layer, models/assumptions/load.json:24:20
  formula: =load.requests_per_month>0
  uses: load.requests_per_month
  about: Whether the workload is described by its traffic (requests) rather than by capacity.
load.vcpu = 4  [vCPU]
  defined: assumption layer, models/assumptions/load.json:9:20
  formula: =workload.vcpu*workload.scale
  uses: workload.vcpu, workload.scale
  about: vCPU needed while active, after the scale factor.
load.warm_instances = 0  [instances]
  defined: assumption layer, models/assumptions/load.json:54:20
  formula: =workload.services*workload.min_instances*workload.regions
  uses: workload.services, workload.min_instances, workload.regions
  about: Instances kept warm while idle, all services and regions together.
workload.active_days_per_month = 22  [days/month]
  defined: scenario layer, ./scenarios/seed-004-business-hours.json:21:30
  overrides: assumption layer, models/assumptions/inputs.json:50:32
  about: Days a month the workload is active (730 h / 24 h when always on).
  source: set in ./scenarios/seed-004-business-hours.json:21:30
workload.active_hours_per_day = 12  [h/day]
  defined: scenario layer, ./scenarios/seed-004-business-hours.json:20:29
  overrides: assumption layer, models/assumptions/inputs.json:42:31
  about: Hours a day the workload serves meaningful traffic; scale-to-zero platforms bill only these.
  source: set in ./scenarios/seed-004-business-hours.json:20:29
workload.arch = "x86"  [architecture]
  defined: assumption layer, models/assumptions/inputs.json:123:15
  about: CPU architecture the images are built for; ARM is cheaper where the platform prices it separately.
  source: runsheet default
workload.avg_request_ms = 100  [ms]
  defined: assumption layer, models/assumptions/inputs.json:66:25
  about: Average time to serve one request.
  source: runsheet default
workload.compliance = "none"  [regime]
  defined: assumption layer, models/assumptions/inputs.json:228:21
  about: Compliance regime that requires documented workload isolation and audit trails at the container level.
  source: 001_ef0e47c1fab8c020.txt: "Some regulatory environments require workload isolation guarantees that managed container platforms can't provide by default. HIPAA, PCI-DSS, FedRAMP."
workload.concurrency = 1  [requests/instance]
  defined: assumption layer, models/assumptions/inputs.json:74:22
  about: Average number of requests an instance serves at the same time (1: requests do not overlap). Request-billed platforms bill instance time, so overlapping requests share it.
  source: runsheet default: no overlap, the conservative case for request-based billing.
workload.egress_gb_per_month = 0  [GB/month]
  defined: assumption layer, models/assumptions/inputs.json:133:30
  about: Data sent to the internet per month.
  source: runsheet default
workload.gpus = 0  [GPUs]
  defined: assumption layer, models/assumptions/inputs.json:149:15
  about: GPUs the workload needs while active (inference on NVIDIA L4-class cards). Serverless GPUs bill per second while active; Kubernetes GPU node pools run all month.
  source: 004_76779babffdde425.txt: "GPU nodes cannot scale to zero without custom automation."
workload.instance_memory_gib = 8  [GiB]
  defined: assumption layer, models/assumptions/inputs.json:37:20
  formula: =workload.memory_gib/workload.services
  uses: workload.memory_gib, workload.services
  about: Memory of one instance. Default: the workload's memory shared equally by its services.
  source: runsheet default
workload.instance_vcpu = 4  [vCPU]
  defined: assumption layer, models/assumptions/inputs.json:31:20
  formula: =workload.vcpu/workload.services
  uses: workload.vcpu, workload.services
  about: vCPU of one instance (container, task, Pod) of a service; request-billed platforms bill it per request. Default: the workload's vCPU shared equally by its services.
  source: runsheet default
workload.job_memory_gib = 2  [GiB]
  defined: assumption layer, models/assumptions/inputs.json:182:25
  about: Memory of one job run.
  source: runsheet default
workload.job_seconds = 60  [s]
  defined: assumption layer, models/assumptions/inputs.json:166:22
  about: Duration of one job run.
  source: runsheet default
workload.job_vcpu = 1  [vCPU]
  defined: assumption layer, models/assumptions/inputs.json:174:19
  about: vCPU of one job run.
  source: runsheet default
workload.jobs_per_month = 0  [runs/month]
  defined: assumption layer, models/assumptions/inputs.json:158:25
  about: Batch job runs a month (a nightly job is about 30).
  source: 001_ef0e47c1fab8c020.txt: "A nightly batch job that runs for 30 minutes costs almost nothing on Cloud Run."
workload.latency_tolerance_ms = 2,000  [ms]
  defined: assumption layer, models/assumptions/inputs.json:196:31
  about: The slowest first response the users accept (a cold start or a scale-up counts against it).
  source: 004_76779babffdde425.txt: "If your inference volume is under 1,000 requests per hour and latency tolerance is above 2 seconds, serverless GPU on Cloud Run is significantly cheaper."
workload.long_lived_connections = FALSE  [logical]
  defined: assumption layer, models/assumptions/inputs.json:222:33
  about: Whether services hold long-lived connections (WebSockets, gRPC streaming, long polling).
  source: 001_ef0e47c1fab8c020.txt: "WebSockets, gRPC streaming, and long-polling don't fit the request-response model that Cloud Run optimizes for."
workload.memory_gib = 8  [GiB]
  defined: scenario layer, ./scenarios/seed-004-business-hours.json:19:19
  overrides: assumption layer, models/assumptions/inputs.json:22:21
  about: Memory the workload needs while active, all services and instances together (the seeds write GB and GiB interchangeably; so does runsheet).
  source: set in ./scenarios/seed-004-business-hours.json:19:19
workload.min_instances = 0  [instances/service]
  defined: assumption layer, models/assumptions/inputs.json:82:24
  about: Instances kept warm per service when idle (Cloud Run minimum instances, Fargate minimum tasks); they remove cold starts for a fixed cost.
  source: 004_76779babffdde425.txt: "Cloud Run's minimum instances feature lets you keep 1 or more instances warm, eliminating cold starts for a fixed cost."
workload.operators = FALSE  [logical]
  defined: assumption layer, models/assumptions/inputs.json:216:20
  about: Whether the platform relies on CRDs and operators (a Kubernetes-only mechanism).
  source: 000_8d87742e926c950d.txt: "A CRD lets you define a 'kind' of thing that can get provisioned, and an operator just keeps stamping that thing out"
workload.region = "us"  [region id]
  defined: assumption layer, models/assumptions/inputs.json:8:17
  about: Where the workload runs: a region of models/regions.json, which names each provider's region there and so the pricing sheets that price it.
  source: runsheet default: the regions the seed articles and the bundled price sheets quote (Iowa for Google, Virginia for AWS, Azure and Fly, Germany for Hetzner)
workload.regions = 1  [regions]
  defined: assumption layer, models/assumptions/inputs.json:100:18
  about: Regions the workload runs in; Kubernetes runs one production cluster per region.
  source: runsheet default
workload.requests_per_month = 0  [requests/month]
  defined: assumption layer, models/assumptions/inputs.json:58:29
  about: Requests a month. Zero describes the workload by capacity (vCPU and memory over active hours) instead of by traffic.
  source: runsheet default (capacity-described workload)
workload.scale = 1  [factor]
  defined: assumption layer, models/assumptions/inputs.json:115:16
  about: Multiplies the workload's size (vCPU, memory, requests); the break-even sweep varies it.
  source: runsheet: 1 is the scenario as described
workload.services = 1  [services]
  defined: assumption layer, models/assumptions/inputs.json:91:19
  about: Number of distinct services (deployables).
  source: runsheet default
workload.sidecars = FALSE  [logical]
  defined: assumption layer, models/assumptions/inputs.json:210:19
  about: Whether services need sidecar containers (logging, encryption, traffic shaping) beside them.
  source: 000_8d87742e926c950d.txt: "You can run a second container right next to your main one inside the same pod"
workload.staging = FALSE  [logical]
  defined: scenario layer, ./scenarios/seed-004-business-hours.json:22:16
  overrides: assumption layer, models/assumptions/inputs.json:109:18
  about: Whether a staging environment runs beside production (on Kubernetes, a staging cluster).
  source: set in ./scenarios/seed-004-business-hours.json:22:16
workload.stateful = FALSE  [logical]
  defined: assumption layer, models/assumptions/inputs.json:204:19
  about: Whether the workload runs stateful services itself (databases, queues, caches) on persistent volumes.
  source: 004_76779babffdde425.txt: "You run stateful services (databases, queues, caches) that need persistent storage with specific performance characteristics."
workload.storage_gib = 0  [GiB]
  defined: assumption layer, models/assumptions/inputs.json:141:22
  about: Persistent volume storage the workload keeps.
  source: runsheet default
workload.traffic_shape = "business_hours"  [shape]
  defined: assumption layer, models/assumptions/inputs.json:191:20
  formula: =IF(workload.active_hours_per_day>=20,"steady",IF(workload.active_hours_per_day>=8,"business_hours","bursty"))
  uses: workload.active_hours_per_day
  about: Traffic shape: steady (around the clock), business_hours, or bursty (long idle periods). Default: from the active hours; a scenario may set it.
  source: 004_76779babffdde425.txt: "A typical B2B SaaS sees 10 to 14 hours of meaningful traffic per day, with spikes around business hours."
workload.vcpu = 4  [vCPU]
  defined: scenario layer, ./scenarios/seed-004-business-hours.json:18:13
  overrides: assumption layer, models/assumptions/inputs.json:14:15
  about: vCPU the workload needs while active, all services and instances together.
  source: set in ./scenarios/seed-004-business-hours.json:18:13
--- stderr

