# calc JSON of seed 001
args: calc seed-001-10m-requests --format json
status: 0
--- stdout
{
  "scenario": "seed-001-10m-requests",
  "currency": "USD",
  "platforms": [
    {
      "id": "cloud_run",
      "name": "Google Cloud Run",
      "family": "serverless",
      "monthly": {
        "compute": 30.5,
        "platform_fees": 0,
        "hidden": 0,
        "engineering": 259.6153846153846,
        "one_time": 24.038461538461537,
        "total": 314.15384615384613
      },
      "annual_total": 3769.8461538461534,
      "cost_per_million_requests": 31.415384615384614,
      "excluded": false
    },
    {
      "id": "eks",
      "name": "Amazon EKS on EC2",
      "family": "managed_kubernetes",
      "monthly": {
        "compute": 140.16,
        "platform_fees": 73,
        "hidden": 302,
        "engineering": 15453.296703296703,
        "one_time": 192.3076923076923,
        "total": 16160.764395604394
      },
      "annual_total": 193929.17274725274,
      "cost_per_million_requests": 1616.0764395604394,
      "excluded": false
    }
  ],
  "recommendation": {
    "platform": "cloud_run",
    "reasons": [
      "Cost: Google Cloud Run has the lowest monthly total of the 2 compared platforms: $314.15/month ($3,769.85/year). The next cheapest, Amazon EKS on EC2, costs $16,160.76/month."
    ],
    "name": "Google Cloud Run",
    "monthly_total": 314.15384615384613,
    "annual_total": 3769.8461538461534
  }
}
--- stderr

