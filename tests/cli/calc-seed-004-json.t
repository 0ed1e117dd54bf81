# calc JSON of seed 004 (the contract shape)
args: calc scenarios/seed-004-business-hours.json --format json
status: 0
--- stdout
{
  "scenario": "seed-004-business-hours",
  "currency": "USD",
  "platforms": [
    {
      "id": "cloud_run",
      "name": "Google Cloud Run",
      "family": "serverless",
      "monthly": {
        "compute": 110.2464,
        "platform_fees": 0,
        "hidden": 0,
        "engineering": 259.6153846153846,
        "one_time": 24.038461538461537,
        "total": 393.9002461538461
      },
      "annual_total": 4726.802953846153,
      "excluded": false
    },
    {
      "id": "fargate",
      "name": "AWS ECS Fargate",
      "family": "serverless",
      "monthly": {
        "compute": 52.13472,
        "platform_fees": 0,
        "hidden": 52,
        "engineering": 389.4230769230769,
        "one_time": 36.05769230769231,
        "total": 529.6154892307692
      },
      "annual_total": 6355.385870769231,
      "excluded": false
    },
    {
      "id": "gke_autopilot",
      "name": "GKE Autopilot",
      "family": "managed_kubernetes",
      "monthly": {
        "compute": 158.775,
        "platform_fees": 73,
        "hidden": 268.25,
        "engineering": 10817.307692307691,
        "one_time": 134.6153846153846,
        "total": 11451.948076923076
      },
      "annual_total": 137423.37692307692,
      "excluded": false
    },
    {
      "id": "eks",
      "name": "Amazon EKS on EC2",
      "family": "managed_kubernetes",
      "monthly": {
        "compute": 119.13600000000001,
        "platform_fees": 73,
        "hidden": 302,
        "engineering": 15453.296703296703,
        "one_time": 192.3076923076923,
        "total": 16139.740395604395
      },
      "annual_total": 193676.88474725274,
      "excluded": false
    }
  ],
  "recommendation": {
    "platform": "cloud_run",
    "reasons": [
      "Cost: Google Cloud Run has the lowest monthly total of the 4 compared platforms: $393.90/month ($4,726.80/year). The next cheapest, AWS ECS Fargate, costs $529.62/month."
    ],
    "name": "Google Cloud Run",
    "monthly_total": 393.9002461538461,
    "annual_total": 4726.802953846153
  }
}
--- stderr

