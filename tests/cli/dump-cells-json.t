# dump JSON of a few cells
args: dump seed-001-10m-requests --format json 'cloud_run.*' eks.nodes
status: 0
--- stdout
{
  "scenario": "seed-001-10m-requests",
  "cells": [
    {
      "name": "cloud_run.active_time_inert",
      "value": true,
      "type": "logical",
      "unit": "logical",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:133:20",
      "formula": "AND(load.traffic_based,cloud_run.gpu_instances=0,OR(NOT(cloud_run.instance_based),load.busy_seconds>=workload.services*workload.regions*calendar.hours_per_month*3600))",
      "uses": [
        "load.traffic_based",
        "cloud_run.gpu_instances",
        "cloud_run.instance_based",
        "load.busy_seconds",
        "workload.services",
        "workload.regions",
        "calendar.hours_per_month"
      ],
      "description": "Whether the active time (hours a day, days a month) changes nothing on Google Cloud Run; the note says why, and the report lists it."
    },
    {
      "name": "cloud_run.alive_instance_seconds",
      "value": 2628000,
      "type": "number",
      "unit": "instance-s/month",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:46:20",
      "formula": "IF(load.traffic_based,MAX(load.busy_seconds,workload.services*workload.regions*load.active_seconds_per_month),load.active_seconds_per_month)",
      "uses": [
        "load.traffic_based",
        "load.busy_seconds",
        "workload.services",
        "workload.regions",
        "load.active_seconds_per_month"
      ],
      "description": "Instance lifetime under instance-based billing: the time serving requests, and at least one instance per service and region through the active hours."
    },
    {
      "name": "cloud_run.billing_mode",
      "value": "request",
      "type": "text",
      "unit": "mode",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:24:23",
      "description": "Cloud Run billing: request (CPU only while handling requests, the default and seed 004's arithmetic) or instance (CPU always allocated: the whole instance lifetime at a lower rate, no request fee).",
      "source": "Google Cloud, Cloud Run billing settings (request-based and instance-based billing)",
      "url": "https://cloud.google.com/run/docs/configuring/billing-settings"
    },
    {
      "name": "cloud_run.busy_instance_seconds",
      "value": 1000000,
      "type": "number",
      "unit": "instance-s/month",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:41:20",
      "formula": "IF(load.traffic_based,load.requests_per_month*CEILING(workload.avg_request_ms,price.cloud_run.billing_granularity_ms)/1000/workload.concurrency,load.active_seconds_per_month)",
      "uses": [
        "load.traffic_based",
        "load.requests_per_month",
        "workload.avg_request_ms",
        "price.cloud_run.billing_granularity_ms",
        "workload.concurrency",
        "load.active_seconds_per_month"
      ],
      "description": "Billable instance time under request-based billing: each request's time rounded up to 100 ms and shared by concurrent requests, or the active hours of a capacity-described workload."
    },
    {
      "name": "cloud_run.cold_start_over_tolerance",
      "value": false,
      "type": "logical",
      "unit": "logical",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:128:20",
      "formula": "cloud_run.cold_start_s*1000>workload.latency_tolerance_ms",
      "uses": [
        "cloud_run.cold_start_s",
        "workload.latency_tolerance_ms"
      ],
      "description": "Whether a cold start takes longer than the scenario tolerates for a first response."
    },
    {
      "name": "cloud_run.cold_start_s",
      "value": 0.8,
      "type": "number",
      "unit": "s",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:111:23",
      "low": 0.3,
      "high": 8,
      "dist": "triangular",
      "description": "Time until a request to an instance that was scaled to zero is answered (0 where instances stay warm).",
      "source": "004_76779babffdde425.txt: \"A 50MB Go binary starts in 300 to 500ms. A 200MB Node.js app with dependencies starts in 800ms to 1.5 seconds. A 1GB Python ML image can take 3 to 8 seconds.\""
    },
    {
      "name": "cloud_run.compared",
      "value": true,
      "type": "logical",
      "unit": "logical",
      "layer": "decision",
      "defined": "models/platforms/cloud_run.json:4:9",
      "description": "Whether the scenario compares Google Cloud Run (its \"platforms\" list)."
    },
    {
      "name": "cloud_run.compute",
      "value": 30.5,
      "type": "number",
      "unit": "USD/month",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:140:20",
      "formula": "cloud_run.cpu_cost+cloud_run.memory_cost+cloud_run.request_cost+cloud_run.min_instance_cost+cloud_run.job_cost+cloud_run.gpu_cost",
      "uses": [
        "cloud_run.cpu_cost",
        "cloud_run.memory_cost",
        "cloud_run.request_cost",
        "cloud_run.min_instance_cost",
        "cloud_run.job_cost",
        "cloud_run.gpu_cost"
      ],
      "description": "Compute: CPU, memory, requests, idle minimum instances, jobs and GPUs."
    },
    {
      "name": "cloud_run.cpu_cost",
      "value": 24,
      "type": "number",
      "unit": "USD/month",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:61:20",
      "formula": "IF(cloud_run.gpu_instances>0,0,IF(cloud_run.instance_based,MAX(0,cloud_run.vcpu_seconds-IF(options.free_tiers,price.cloud_run.free_instance_vcpu_seconds,0))*price.cloud_run.instance_vcpu_second,MAX(0,cloud_run.vcpu_seconds-IF(options.free_tiers,price.cloud_run.free_vcpu_seconds,0))*price.cloud_run.vcpu_second))",
      "uses": [
        "cloud_run.gpu_instances",
        "cloud_run.instance_based",
        "cloud_run.vcpu_seconds",
        "options.free_tiers",
        "price.cloud_run.free_instance_vcpu_seconds",
        "price.cloud_run.instance_vcpu_second",
        "price.cloud_run.free_vcpu_seconds",
        "price.cloud_run.vcpu_second"
      ],
      "description": "CPU after the free tier, at the billing mode's rate (a GPU workload is billed per instance instead, below)."
    },
    {
      "name": "cloud_run.current",
      "value": false,
      "type": "logical",
      "unit": "logical",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:166:20",
      "formula": "plan.current_platform=\"cloud_run\"",
      "uses": [
        "plan.current_platform"
      ],
      "description": "Whether the workload runs here today (plan.current_platform): the platform it is on needs no setup and no migration."
    },
    {
      "name": "cloud_run.engineering",
      "value": 259.6153846153846,
      "type": "number",
      "unit": "USD/month",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:161:20",
      "formula": "eng.serverless.hours*cloud_run.ops_factor*eng.hourly_cost",
      "uses": [
        "eng.serverless.hours",
        "cloud_run.ops_factor",
        "eng.hourly_cost"
      ],
      "description": "Engineering time operating the platform."
    },
    {
      "name": "cloud_run.excluded",
      "value": false,
      "type": "logical",
      "unit": "logical",
      "layer": "decision",
      "defined": "models/platforms/cloud_run.json:4:9",
      "formula": "OR(rule.operators,rule.gpu_required.cloud_run)",
      "uses": [
        "rule.operators",
        "rule.gpu_required.cloud_run"
      ],
      "description": "Whether an exclusion rule rules this platform out."
    },
    {
      "name": "cloud_run.gib_seconds",
      "value": 1000000,
      "type": "number",
      "unit": "GiB-s/month",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:56:20",
      "formula": "IF(load.traffic_based,IF(cloud_run.instance_based,cloud_run.alive_instance_seconds,cloud_run.busy_instance_seconds)*load.instance_memory_gib,load.memory_gib*load.active_seconds_per_month)",
      "uses": [
        "load.traffic_based",
        "cloud_run.instance_based",
        "cloud_run.alive_instance_seconds",
        "cloud_run.busy_instance_seconds",
        "load.instance_memory_gib",
        "load.memory_gib",
        "load.active_seconds_per_month"
      ],
      "description": "Billable GiB-seconds."
    },
    {
      "name": "cloud_run.gpu_cost",
      "value": 0,
      "type": "number",
      "unit": "USD/month",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:107:20",
      "formula": "IF(cloud_run.gpu_instances>0,cloud_run.gpu_instances*load.active_seconds_per_month*(price.cloud_run.l4_gpu_second+MAX(price.cloud_run.gpu_min_vcpu,load.instance_vcpu)*price.cloud_run.instance_vcpu_second+MAX(price.cloud_run.gpu_min_gib,load.instance_memory_gib)*price.cloud_run.instance_gib_second),0)",
      "uses": [
        "cloud_run.gpu_instances",
        "load.active_seconds_per_month",
        "price.cloud_run.l4_gpu_second",
        "price.cloud_run.gpu_min_vcpu",
        "load.instance_vcpu",
        "price.cloud_run.instance_vcpu_second",
        "price.cloud_run.gpu_min_gib",
        "load.instance_memory_gib",
        "price.cloud_run.instance_gib_second"
      ],
      "description": "GPU instances billed per second while active (instance-based billing, at least 4 vCPU and 16 GiB each); they scale to zero when idle."
    },
    {
      "name": "cloud_run.gpu_instances",
      "value": 0,
      "type": "number",
      "unit": "instances",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:102:20",
      "formula": "ROUNDUP(load.gpus,0)",
      "uses": [
        "load.gpus"
      ],
      "description": "GPU instances: one L4 each."
    },
    {
      "name": "cloud_run.gpu_supported",
      "value": true,
      "type": "logical",
      "unit": "logical",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:95:24",
      "description": "Whether the platform runs GPU workloads.",
      "source": "004_76779babffdde425.txt: \"Cloud Run GPU launched in late 2025 with NVIDIA L4 support.\""
    },
    {
      "name": "cloud_run.hidden",
      "value": 0,
      "type": "number",
      "unit": "USD/month",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:150:20",
      "formula": "IF(workload.regions>1,workload.regions*price.gcp.lb_rule_hour*calendar.hours_per_month,0)+load.egress_gb*price.gcp.egress_gb+hidden.serverless_staging_monthly",
      "uses": [
        "workload.regions",
        "price.gcp.lb_rule_hour",
        "calendar.hours_per_month",
        "load.egress_gb",
        "price.gcp.egress_gb",
        "hidden.serverless_staging_monthly"
      ],
      "description": "A global load balancer when serving several regions, internet egress, and a staging environment that idles at zero."
    },
    {
      "name": "cloud_run.idle_seconds",
      "value": 1628000,
      "type": "number",
      "unit": "s/month",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:76:20",
      "formula": "MAX(0,calendar.hours_per_month*3600-IF(load.traffic_based,cloud_run.busy_instance_seconds/MAX(1,load.warm_instances),load.active_seconds_per_month))",
      "uses": [
        "calendar.hours_per_month",
        "load.traffic_based",
        "cloud_run.busy_instance_seconds",
        "load.warm_instances",
        "load.active_seconds_per_month"
      ],
      "description": "Time a minimum instance spends idle."
    },
    {
      "name": "cloud_run.instance_based",
      "value": false,
      "type": "logical",
      "unit": "logical",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:36:20",
      "formula": "cloud_run.billing_mode=\"instance\"",
      "uses": [
        "cloud_run.billing_mode"
      ],
      "description": "Whether instance-based billing is chosen."
    },
    {
      "name": "cloud_run.job_cost",
      "value": 0,
      "type": "number",
      "unit": "USD/month",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:91:20",
      "formula": "cloud_run.job_seconds_billed*(workload.job_vcpu*price.cloud_run.instance_vcpu_second+workload.job_memory_gib*price.cloud_run.instance_gib_second)",
      "uses": [
        "cloud_run.job_seconds_billed",
        "workload.job_vcpu",
        "price.cloud_run.instance_vcpu_second",
        "workload.job_memory_gib",
        "price.cloud_run.instance_gib_second"
      ],
      "description": "Batch jobs at the instance-based price."
    },
    {
      "name": "cloud_run.job_seconds_billed",
      "value": 0,
      "type": "number",
      "unit": "s/month",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:86:20",
      "formula": "load.jobs_per_month*MAX(price.cloud_run.job_minimum_seconds,CEILING(workload.job_seconds,1))",
      "uses": [
        "load.jobs_per_month",
        "price.cloud_run.job_minimum_seconds",
        "workload.job_seconds"
      ],
      "description": "Job instance time: each run billed for at least a minute, then by the second."
    },
    {
      "name": "cloud_run.memory_cost",
      "value": 2.5,
      "type": "number",
      "unit": "USD/month",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:66:20",
      "formula": "IF(cloud_run.gpu_instances>0,0,IF(cloud_run.instance_based,MAX(0,cloud_run.gib_seconds-IF(options.free_tiers,price.cloud_run.free_instance_gib_seconds,0))*price.cloud_run.instance_gib_second,MAX(0,cloud_run.gib_seconds-IF(options.free_tiers,price.cloud_run.free_gib_seconds,0))*price.cloud_run.gib_second))",
      "uses": [
        "cloud_run.gpu_instances",
        "cloud_run.instance_based",
        "cloud_run.gib_seconds",
        "options.free_tiers",
        "price.cloud_run.free_instance_gib_seconds",
        "price.cloud_run.instance_gib_second",
        "price.cloud_run.free_gib_seconds",
        "price.cloud_run.gib_second"
      ],
      "description": "Memory after the free tier, at the billing mode's rate."
    },
    {
      "name": "cloud_run.migration_hours",
      "value": 0,
      "type": "number",
      "unit": "h",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:171:20",
      "formula": "IF(OR(plan.current_platform=\"none\",cloud_run.current),0,eng.migration_hours_per_service*workload.services)",
      "uses": [
        "plan.current_platform",
        "cloud_run.current",
        "eng.migration_hours_per_service",
        "workload.services"
      ],
      "description": "Moving the services here from where they run today."
    },
    {
      "name": "cloud_run.min_instance_cost",
      "value": 0,
      "type": "number",
      "unit": "USD/month",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:81:20",
      "formula": "IF(cloud_run.instance_based,0,1)*load.warm_instances*(load.instance_vcpu*price.cloud_run.idle_vcpu_second+load.instance_memory_gib*price.cloud_run.idle_gib_second)*cloud_run.idle_seconds",
      "uses": [
        "cloud_run.instance_based",
        "load.warm_instances",
        "load.instance_vcpu",
        "price.cloud_run.idle_vcpu_second",
        "load.instance_memory_gib",
        "price.cloud_run.idle_gib_second",
        "cloud_run.idle_seconds"
      ],
      "description": "Minimum instances billed at the idle rate while they wait."
    },
    {
      "name": "cloud_run.near_tie",
      "value": false,
      "type": "logical",
      "unit": "logical",
      "layer": "decision",
      "defined": "models/platforms/cloud_run.json:4:9",
      "formula": "IF(cloud_run.compared,AND(decision.platform<>\"none\",decision.platform<>\"cloud_run\",NOT(cloud_run.excluded),ABS(cloud_run.total-decision.monthly_total)<=decision.tie_margin*decision.monthly_total),FALSE)",
      "uses": [
        "cloud_run.compared",
        "decision.platform",
        "cloud_run.excluded",
        "cloud_run.total",
        "decision.monthly_total",
        "decision.tie_margin"
      ],
      "description": "Whether this platform, still in the running, costs within decision.tie_margin of the recommended platform's monthly total."
    },
    {
      "name": "cloud_run.one_time",
      "value": 24.038461538461537,
      "type": "number",
      "unit": "USD/month",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:176:20",
      "formula": "IF(cloud_run.current,0,((eng.serverless.setup_hours+eng.serverless.setup_hours_per_service*workload.services)*cloud_run.ops_factor+cloud_run.migration_hours)*eng.hourly_cost/plan.horizon_months)",
      "uses": [
        "cloud_run.current",
        "eng.serverless.setup_hours",
        "eng.serverless.setup_hours_per_service",
        "workload.services",
        "cloud_run.ops_factor",
        "cloud_run.migration_hours",
        "eng.hourly_cost",
        "plan.horizon_months"
      ],
      "description": "Setup and migration, amortised over the horizon; none on the platform the workload runs on today."
    },
    {
      "name": "cloud_run.ops_factor",
      "value": 1,
      "type": "number",
      "unit": "factor",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:154:21",
      "description": "Operations effort relative to the serverless baseline.",
      "source": "004_76779babffdde425.txt: \"On Cloud Run, the entire CI/CD pipeline is: build image, push to Artifact Registry, deploy with gcloud run deploy. A junior backend engineer can own this on day one.\""
    },
    {
      "name": "cloud_run.platform_fees",
      "value": 0,
      "type": "number",
      "unit": "USD/month",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:145:20",
      "formula": "0",
      "uses": [],
      "description": "Cloud Run has no platform or cluster fee."
    },
    {
      "name": "cloud_run.request_cost",
      "value": 4,
      "type": "number",
      "unit": "USD/month",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:71:20",
      "formula": "IF(cloud_run.instance_based,0,MAX(0,load.requests_per_month-IF(options.free_tiers,price.cloud_run.free_requests,0))/1000000*price.cloud_run.per_million_requests)",
      "uses": [
        "cloud_run.instance_based",
        "load.requests_per_month",
        "options.free_tiers",
        "price.cloud_run.free_requests",
        "price.cloud_run.per_million_requests"
      ],
      "description": "Request fees after the free tier (none under instance-based billing)."
    },
    {
      "name": "cloud_run.rule_adjust",
      "value": 0.6885,
      "type": "number",
      "unit": "factor",
      "layer": "decision",
      "defined": "models/platforms/cloud_run.json:4:9",
      "formula": "IF(rule.seed_stage,0.7,1)*IF(rule.series_a,0.85,1)*IF(rule.no_platform_engineer,0.9,1)*IF(rule.stateful_request_platforms,1.3,1)*IF(rule.few_services,0.9,1)*IF(rule.sidecars_cloud_run,1.2,1)*IF(rule.gpu_low_volume,0.8,1)*IF(rule.long_lived_connections,1.25,1)*IF(rule.bursty_traffic,0.85,1)*IF(rule.multi_region,0.9,1)*IF(rule.cold_start.cloud_run,1.25,1)*IF(rule.slow_scale_up.cloud_run,1.15,1)",
      "uses": [
        "rule.seed_stage",
        "rule.series_a",
        "rule.no_platform_engineer",
        "rule.stateful_request_platforms",
        "rule.few_services",
        "rule.sidecars_cloud_run",
        "rule.gpu_low_volume",
        "rule.long_lived_connections",
        "rule.bursty_traffic",
        "rule.multi_region",
        "rule.cold_start.cloud_run",
        "rule.slow_scale_up.cloud_run"
      ],
      "description": "Ranking factor from the favour and disfavour rules that fired: each favour rule of weight w multiplies it by 1-w, each disfavour rule by 1+w; below 1 ranks the platform as if cheaper."
    },
    {
      "name": "cloud_run.scale_up_s",
      "value": 0.8,
      "type": "number",
      "unit": "s",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:119:21",
      "low": 0.3,
      "high": 8,
      "dist": "triangular",
      "description": "Time to add capacity during a traffic spike.",
      "source": "Scale-up is request-level: a new instance is a cold start (seed 004: \"cannot match Cloud Run's request-level scaling\")."
    },
    {
      "name": "cloud_run.score",
      "value": 216.29492307692306,
      "type": "number",
      "unit": "USD/month",
      "layer": "decision",
      "defined": "models/platforms/cloud_run.json:4:9",
      "formula": "IF(cloud_run.compared,IF(cloud_run.excluded,1E+99,cloud_run.total*cloud_run.rule_adjust),1E+99)",
      "uses": [
        "cloud_run.compared",
        "cloud_run.excluded",
        "cloud_run.total",
        "cloud_run.rule_adjust"
      ],
      "description": "Ranking score: the monthly total times the rule adjustment; 1E+99 when not compared or excluded."
    },
    {
      "name": "cloud_run.total",
      "value": 314.15384615384613,
      "type": "number",
      "unit": "USD/month",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:181:20",
      "formula": "cloud_run.compute+cloud_run.platform_fees+cloud_run.hidden+cloud_run.engineering+cloud_run.one_time",
      "uses": [
        "cloud_run.compute",
        "cloud_run.platform_fees",
        "cloud_run.hidden",
        "cloud_run.engineering",
        "cloud_run.one_time"
      ],
      "description": "Monthly total."
    },
    {
      "name": "cloud_run.vcpu_seconds",
      "value": 1000000,
      "type": "number",
      "unit": "vCPU-s/month",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:51:20",
      "formula": "IF(load.traffic_based,IF(cloud_run.instance_based,cloud_run.alive_instance_seconds,cloud_run.busy_instance_seconds)*load.instance_vcpu,load.vcpu*load.active_seconds_per_month)",
      "uses": [
        "load.traffic_based",
        "cloud_run.instance_based",
        "cloud_run.alive_instance_seconds",
        "cloud_run.busy_instance_seconds",
        "load.instance_vcpu",
        "load.vcpu",
        "load.active_seconds_per_month"
      ],
      "description": "Billable vCPU-seconds."
    },
    {
      "name": "eks.nodes",
      "value": 2,
      "type": "number",
      "unit": "nodes",
      "layer": "platform",
      "defined": "models/platforms/eks.json:77:20",
      "formula": "eks.nodes_per_region*workload.regions",
      "uses": [
        "eks.nodes_per_region",
        "workload.regions"
      ],
      "description": "Worker nodes across regions."
    }
  ]
}
--- stderr

