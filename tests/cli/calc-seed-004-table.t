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
  - Rule series_a (favour serverless platforms, weight 15%): At Series A size, serverless containers remain the default. Source: The Post-Heroku Infrastructure Decision (seed 004): "Series A (5 to 15 engineers, ...): Stay on serverless containers for most workloads."
  - Rule series_a_autopilot (favour GKE Autopilot, weight 10%; outweighed): If a Series A team adopts Kubernetes, Autopilot keeps the ops burden lowest. Source: The Post-Heroku Infrastructure Decision (seed 004): "If you do adopt Kubernetes, use a managed platform like GKE Autopilot to minimize ops burden." Outweighed by the cost difference and the rules favouring Google Cloud Run: GKE Autopilot, the best placed of the platforms it favours, costs $11,058.05/month more than Google Cloud Run, and series_a, no_platform_engineer and few_services favour Google Cloud Run and slow_scale_up disfavours GKE Autopilot (ranking factors 0.6885 against 1.035).
  - Rule no_platform_engineer (favour serverless platforms, weight 10%): Without a platform engineer, nobody owns a cluster full time. Source: The Post-Heroku Infrastructure Decision (seed 004): "Your team does not have a dedicated infrastructure or platform engineer."
  - Rule few_services (favour serverless platforms, weight 10%): With few services, the platform's own service discovery is enough. Source: The Post-Heroku Infrastructure Decision (seed 004): "You have fewer than 10 distinct services."
  - Rule cold_start (disfavour AWS ECS Fargate, weight 25%): A cold start on this platform is slower than the users accept and no instances are kept warm. Source: Serverless Containers vs Kubernetes: Cloud Run, AWS Fargate, and Azure Container Apps and When Each Is the Right Call (seed 001): "For latency-sensitive APIs, this is a real problem. Minimum instance settings mitigate it at a cost: you pay for idle instances, which erodes the economics."
  - Rule slow_scale_up (disfavour AWS ECS Fargate, GKE Autopilot, weight 15%): Adding capacity takes over 30 seconds here, too slow for spiky traffic. Source: The Post-Heroku Infrastructure Decision (seed 004): "This is not cold start in the serverless sense (Fargate tasks stay running), but scaling events are slow enough to matter during traffic spikes."

Uncertainty (2000 samples, seed 1): monthly total P10 / P50 / P90, chance of being the cheapest
  Google Cloud Run                     $358.26 / $435.01 / $524.55  100%
  AWS ECS Fargate                      $479.99 / $609.02 / $773.52  0%
  GKE Autopilot                        $9,611.65 / $11,943.74 / $14,824.81  0%
  Amazon EKS on EC2                    $14,589.38 / $17,372.89 / $20,679.83  0%
  Runner-up minus recommended: AWS ECS Fargate minus Google Cloud Run, sample by sample: P10 $101.58, P50 $174.07, P90 $268.51 a month; Google Cloud Run costs less than AWS ECS Fargate in 100% of the samples.

Decision map (workload.scale by team.engineers, 61 x 41; 41 borders)
  Decision map: the recommended platform at 61 values of workload.scale (0.10x to 1,000x this workload) by 41 of team.engineers (1 to 200 engineers). Google Cloud Run covers 51% of it (within 0.10x to 10.0x this workload, 1 to 200 engineers); AWS ECS Fargate covers 49% of it (within 11.7x to 1,000x this workload, 1 to 200 engineers). The scenario (this workload, 8 engineers) is in the region of Google Cloud Run; along the two lines through it the answer changes 1 time.
  - Above 11.4x this workload (at 8 engineers, as now): AWS ECS Fargate (serverless) instead of Google Cloud Run.

Break-even (workload.scale where Kubernetes and serverless totals meet; with / without engineering time)
  Google Cloud Run vs GKE Autopilot: none in range / none in range
  Google Cloud Run vs Amazon EKS on EC2: none in range / none in range
  AWS ECS Fargate vs GKE Autopilot: none in range / none in range
  AWS ECS Fargate vs Amazon EKS on EC2: none in range / none in range
--- stderr

