# dump JSON of a few cells
args: dump seed-001-10m-requests --format json 'cloud_run.*' eks.nodes
status: 0
--- stdout
{
  "scenario": "seed-001-10m-requests",
  "cells": [
    {
      "name": "cloud_run.busy_instance_seconds",
      "value": 1000000,
      "type": "number",
      "unit": "instance-s/month",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:21:44",
      "formula": "IF(load.traffic_based,load.requests_per_month*CEILING(workload.avg_request_ms,price.cloud_run.billing_granularity_ms)/1000/workload.concurrency,load.active_seconds_per_month)",
      "uses": [
        "load.traffic_based",
        "load.requests_per_month",
        "workload.avg_request_ms",
        "price.cloud_run.billing_granularity_ms",
        "workload.concurrency",
        "load.active_seconds_per_month"
      ],
      "description": "Billable instance time: each request's time rounded up to 100 ms and shared by concurrent requests, or the active hours of a capacity-described workload."
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
      "defined": "models/platforms/cloud_run.json:29:30",
      "formula": "cloud_run.cpu_cost+cloud_run.memory_cost+cloud_run.request_cost+cloud_run.min_instance_cost",
      "uses": [
        "cloud_run.cpu_cost",
        "cloud_run.memory_cost",
        "cloud_run.request_cost",
        "cloud_run.min_instance_cost"
      ],
      "description": "Compute: CPU, memory, requests and idle minimum instances."
    },
    {
      "name": "cloud_run.cpu_cost",
      "value": 24,
      "type": "number",
      "unit": "USD/month",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:24:31",
      "formula": "MAX(0,cloud_run.vcpu_seconds-IF(options.free_tiers,price.cloud_run.free_vcpu_seconds,0))*price.cloud_run.vcpu_second",
      "uses": [
        "cloud_run.vcpu_seconds",
        "options.free_tiers",
        "price.cloud_run.free_vcpu_seconds",
        "price.cloud_run.vcpu_second"
      ],
      "description": "CPU after the free tier."
    },
    {
      "name": "cloud_run.engineering",
      "value": 259.6153846153846,
      "type": "number",
      "unit": "USD/month",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:33:34",
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
      "formula": "FALSE",
      "uses": [],
      "description": "Whether an exclusion rule rules this platform out."
    },
    {
      "name": "cloud_run.gib_seconds",
      "value": 1000000,
      "type": "number",
      "unit": "GiB-s/month",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:23:34",
      "formula": "IF(load.traffic_based,cloud_run.busy_instance_seconds*load.instance_memory_gib,load.memory_gib*load.active_seconds_per_month)",
      "uses": [
        "load.traffic_based",
        "cloud_run.busy_instance_seconds",
        "load.instance_memory_gib",
        "load.memory_gib",
        "load.active_seconds_per_month"
      ],
      "description": "Billable GiB-seconds."
    },
    {
      "name": "cloud_run.hidden",
      "value": 0,
      "type": "number",
      "unit": "USD/month",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:31:29",
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
      "defined": "models/platforms/cloud_run.json:27:35",
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
      "name": "cloud_run.memory_cost",
      "value": 2.5,
      "type": "number",
      "unit": "USD/month",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:25:34",
      "formula": "MAX(0,cloud_run.gib_seconds-IF(options.free_tiers,price.cloud_run.free_gib_seconds,0))*price.cloud_run.gib_second",
      "uses": [
        "cloud_run.gib_seconds",
        "options.free_tiers",
        "price.cloud_run.free_gib_seconds",
        "price.cloud_run.gib_second"
      ],
      "description": "Memory after the free tier."
    },
    {
      "name": "cloud_run.migration_hours",
      "value": 0,
      "type": "number",
      "unit": "h",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:34:38",
      "formula": "IF(OR(plan.current_platform=\"none\",plan.current_platform=\"cloud_run\"),0,eng.migration_hours_per_service*workload.services)",
      "uses": [
        "plan.current_platform",
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
      "defined": "models/platforms/cloud_run.json:28:40",
      "formula": "load.warm_instances*(load.instance_vcpu*price.cloud_run.idle_vcpu_second+load.instance_memory_gib*price.cloud_run.idle_gib_second)*cloud_run.idle_seconds",
      "uses": [
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
      "name": "cloud_run.one_time",
      "value": 24.038461538461537,
      "type": "number",
      "unit": "USD/month",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:35:31",
      "formula": "(eng.serverless.setup_hours+eng.serverless.setup_hours_per_service*workload.services+cloud_run.migration_hours)*eng.hourly_cost/plan.horizon_months",
      "uses": [
        "eng.serverless.setup_hours",
        "eng.serverless.setup_hours_per_service",
        "workload.services",
        "cloud_run.migration_hours",
        "eng.hourly_cost",
        "plan.horizon_months"
      ],
      "description": "Setup and migration, amortised over the horizon."
    },
    {
      "name": "cloud_run.ops_factor",
      "value": 1,
      "type": "number",
      "unit": "factor",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:32:21",
      "description": "Operations effort relative to the serverless baseline.",
      "source": "004_76779babffdde425.txt: \"On Cloud Run, the entire CI/CD pipeline is: build image, push to Artifact Registry, deploy with gcloud run deploy. A junior backend engineer can own this on day one.\""
    },
    {
      "name": "cloud_run.platform_fees",
      "value": 0,
      "type": "number",
      "unit": "USD/month",
      "layer": "platform",
      "defined": "models/platforms/cloud_run.json:30:36",
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
      "defined": "models/platforms/cloud_run.json:26:35",
      "formula": "MAX(0,load.requests_per_month-IF(options.free_tiers,price.cloud_run.free_requests,0))/1000000*price.cloud_run.per_million_requests",
      "uses": [
        "load.requests_per_month",
        "options.free_tiers",
        "price.cloud_run.free_requests",
        "price.cloud_run.per_million_requests"
      ],
      "description": "Request fees after the free tier."
    },
    {
      "name": "cloud_run.rule_adjust",
      "value": 1,
      "type": "number",
      "unit": "factor",
      "layer": "decision",
      "defined": "models/platforms/cloud_run.json:4:9",
      "formula": "1",
      "uses": [],
      "description": "Ranking factor from the favour/disfavour rules that fired (below 1 ranks the platform as if cheaper)."
    },
    {
      "name": "cloud_run.score",
      "value": 314.15384615384613,
      "type": "number",
      "unit": "USD/month",
      "layer": "decision",
      "defined": "models/platforms/cloud_run.json:4:9",
      "formula": "IF(AND(cloud_run.compared,NOT(cloud_run.excluded)),cloud_run.total*cloud_run.rule_adjust,1E+99)",
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
      "defined": "models/platforms/cloud_run.json:36:28",
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
      "defined": "models/platforms/cloud_run.json:22:35",
      "formula": "IF(load.traffic_based,cloud_run.busy_instance_seconds*load.instance_vcpu,load.vcpu*load.active_seconds_per_month)",
      "uses": [
        "load.traffic_based",
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
      "defined": "models/platforms/eks.json:28:28",
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

