# calc table of seed 004
args: calc seed-004-business-hours
status: 0
--- stdout
seed-004-business-hours: Seed 004: 4 vCPU and 8 GB during business hours
Region us (United States, as the seeds price it): Google Cloud us-central1 (Council Bluffs, Iowa), Amazon Web Services us-east-1 (Northern Virginia)

Platform            Compute    Fees   Hidden  Engineering  One-time  Total/month   Total/year
Google Cloud Run *  $110.25   $0.00    $0.00      $259.62    $24.04      $393.90    $4,726.80
AWS ECS Fargate      $52.13   $0.00   $52.00      $389.42    $36.06      $529.62    $6,355.39
GKE Autopilot       $158.78  $73.00  $268.25   $10,817.31   $134.62   $11,451.95  $137,423.38
Amazon EKS on EC2   $119.14  $73.00  $302.00   $15,453.30   $192.31   $16,139.74  $193,676.88

Recommendation (*): Google Cloud Run
  - Cost: Google Cloud Run has the lowest monthly total of the 4 compared platforms: $393.90/month ($4,726.80/year). The next cheapest, AWS ECS Fargate, costs $529.62/month.
  - Rule series_a (favour serverless platforms, weight 15%): At Series A size, serverless containers remain the default. Source: 004_76779babffdde425.txt: "Series A (5 to 15 engineers, $1,000 to $5,000/month cloud spend): Stay on serverless containers for most workloads."
  - Rule series_a_autopilot (favour GKE Autopilot, weight 10%): If a Series A team adopts Kubernetes, Autopilot keeps the ops burden lowest. Source: 004_76779babffdde425.txt: "If you do adopt Kubernetes, use a managed platform like GKE Autopilot to minimize ops burden."
  - Rule no_platform_engineer (favour serverless platforms, weight 10%): Without a platform engineer, nobody owns a cluster full time. Source: 004_76779babffdde425.txt: "Your team does not have a dedicated infrastructure or platform engineer."
  - Rule few_services (favour serverless platforms, weight 10%): With few services, the platform's own service discovery is enough. Source: 004_76779babffdde425.txt: "You have fewer than 10 distinct services."
  - Rule cold_start (disfavour AWS ECS Fargate, weight 25%): A cold start on this platform is slower than the users accept and no instances are kept warm. Source: 001_ef0e47c1fab8c020.txt: "For latency-sensitive APIs, this is a real problem. Minimum instance settings mitigate it at a cost: you pay for idle instances, which erodes the economics."
  - Rule slow_scale_up (disfavour AWS ECS Fargate, GKE Autopilot, weight 15%): Adding capacity takes over 30 seconds here, too slow for spiky traffic. Source: 004_76779babffdde425.txt: "This is not cold start in the serverless sense (Fargate tasks stay running), but scaling events are slow enough to matter during traffic spikes."

Uncertainty (2000 samples, seed 1): monthly total P10 / P50 / P90, chance of being the cheapest
  Google Cloud Run                     $359.47 / $434.76 / $527.66  100.0%
  AWS ECS Fargate                      $478.32 / $609.35 / $769.43  0.0%
  GKE Autopilot                        $9,548.45 / $11,923.29 / $14,817.21  0.0%
  Amazon EKS on EC2                    $14,482.67 / $17,254.94 / $20,740.77  0.0%

Break-even (workload.scale where Kubernetes and serverless totals meet; with / without engineering time)
  Google Cloud Run vs GKE Autopilot: none in range / none in range
  Google Cloud Run vs Amazon EKS on EC2: none in range / none in range
  AWS ECS Fargate vs GKE Autopilot: none in range / none in range
  AWS ECS Fargate vs Amazon EKS on EC2: none in range / none in range
--- stderr

