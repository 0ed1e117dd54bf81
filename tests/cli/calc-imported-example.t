# model vs bill in the terminal: tests/run.sh (suite import) checks each figure by hand
args: calc imported-example --format table --samples 1
status: 0
--- stdout
imported-example: Imported: a shop on a small EKS cluster, checked against its October bill
Region us (United States, as the seeds price it): Google Cloud us-central1 (Council Bluffs, Iowa), Amazon Web Services us-east-1 (Northern Virginia), Microsoft Azure eastus (Virginia), Fly.io iad (Ashburn, Virginia), Hetzner fsn1 (Falkenstein, Germany)

Platform                            Compute    Fees   Hidden  Engineering  One-time  Total/month   Total/year
Google Cloud Run                     $92.80   $0.00   $22.32      $605.77   $331.73    $1,052.62   $12,631.45
AWS ECS Fargate                     $165.63   $0.00   $77.11      $908.65   $353.37    $1,504.76   $18,057.07
AWS ECS Fargate Spot                 $49.69   $0.00   $77.11    $1,029.81   $362.02    $1,518.62   $18,223.50
AWS App Runner (excluded)            $47.20   $0.00   $16.74      $484.62   $323.08      $871.64   $10,459.65
Azure Container Apps *              $110.04   $0.00   $16.18      $605.77   $331.73    $1,063.72   $12,764.66
Fly Machines                        $177.79   $0.00   $18.72      $605.77   $331.73    $1,134.01   $13,608.14
GKE Autopilot                       $195.41   $0.00  $300.57   $13,240.38   $423.08   $14,159.44  $169,913.28
GKE Standard                        $195.66   $0.00  $310.98   $18,914.84   $480.77   $19,902.25  $238,826.95
Amazon EKS on EC2                   $280.32  $73.00  $335.11   $18,914.84     $0.00   $19,603.27  $235,239.18
Azure AKS                           $280.32  $73.00  $333.15   $18,914.84   $480.77   $20,082.08  $240,984.92
Self-managed Kubernetes on Hetzner   $48.69   $0.00   $26.42   $30,263.74   $596.15   $30,935.01  $371,220.07

WARNING: the model does not describe this system yet. Against the 2026-10 bill of Amazon EKS on EC2 the model misses 47.2% of it, component by component, past the threshold of 15% (bill.threshold). It misses most in hidden infrastructure: the model says $335.11 a month, the bill $167.96. Set the inputs behind it (hidden.k8s_observability_monthly, hidden.staging_cluster_monthly, workload.egress_gb_per_month, workload.regions, workload.storage_gib) to what the team runs before relying on the comparison below.

Model vs your bill: Amazon EKS on EC2, 2026-10
                                Bill       Model  Model - bill
  compute                    $428.54     $280.32      -$148.22
  platform fees               $74.40      $73.00        -$1.40
  hidden infrastructure      $167.96     $335.11      +$167.15
  together                   $670.91     $688.43       +$17.52
  Model vs your bill for 2026-10: on Amazon EKS on EC2, the platform billed, the model's compute, platform fees and hidden infrastructure come to $688.43 a month; the bill says $670.91 (+2.6%). Counted component by component, the model misses 47.2% of the bill (the threshold is 15%), most in hidden infrastructure: model $335.11, bill $167.96. The rest of the bill, -$17.20, is what the model does not price (other services, tax, credits).

Recommendation (*): Azure Container Apps
  - Cost: Azure Container Apps costs $1,063.72/month, $11.10 more than the cheapest platform in the running, Google Cloud Run ($1,052.62/month), and ranks first once the decision rules below are applied.
  - Near tie: Azure Container Apps and Google Cloud Run cost within 5% of each other (decision.tie_margin), closer than the model can tell apart: Google Cloud Run costs $11.10/month (1%) less than Azure Container Apps. What separates them is not cost but the decision rules: stateful_request_platforms disfavours Google Cloud Run; sidecars_cloud_run disfavours Google Cloud Run (ranking factors 0.6885 and 1.074).
  - Rule series_a (favour serverless platforms, weight 15%): At Series A size, serverless containers remain the default. Source: The Post-Heroku Infrastructure Decision (seed 004): "Series A (5 to 15 engineers, ...): Stay on serverless containers for most workloads."
  - Rule series_a_autopilot (favour GKE Autopilot, weight 10%; outweighed): If a Series A team adopts Kubernetes, Autopilot keeps the ops burden lowest. Source: The Post-Heroku Infrastructure Decision (seed 004): "If you do adopt Kubernetes, use a managed platform like GKE Autopilot to minimize ops burden." Outweighed by the cost difference: GKE Autopilot, the best placed of the platforms it favours, costs $13,095.72/month more than Azure Container Apps.
  - Rule no_platform_engineer (favour serverless platforms, weight 10%): Without a platform engineer, nobody owns a cluster full time. Source: The Post-Heroku Infrastructure Decision (seed 004): "Your team does not have a dedicated infrastructure or platform engineer."
  - Rule stateful (favour Kubernetes platforms, weight 20%; outweighed): The workload runs stateful services, which Kubernetes handles with persistent volumes. Source: the article that opens “At Next '26 I was in a lab where the instructor had us deploy an agent on Cloud Run” (seed 000): "Kubernetes is good at holding state across lots of sessions, and that's a genuine edge." Outweighed by the cost difference: GKE Autopilot, the best placed of the platforms it favours, costs $13,095.72/month more than Azure Container Apps.
  - Rule stateful_request_platforms (disfavour Google Cloud Run, AWS App Runner, weight 30%): Request-driven platforms are built for stateless services. Source: Serverless Containers vs Kubernetes: Cloud Run, AWS Fargate, and Azure Container Apps and When Each Is the Right Call (seed 001): "I wouldn't run a database or a stateful message broker on Cloud Run or App Runner."
  - Rule few_services (favour serverless platforms, weight 10%): With few services, the platform's own service discovery is enough. Source: The Post-Heroku Infrastructure Decision (seed 004): "You have fewer than 10 distinct services."
  - Rule sidecars (favour Kubernetes platforms, weight 15%; outweighed): The services need sidecars, which a Pod runs natively. Source: the article that opens “At Next '26 I was in a lab where the instructor had us deploy an agent on Cloud Run” (seed 000): "You can run a second container right next to your main one inside the same pod, and let it handle the boring-but-necessary stuff like logging, encryption, or traffic shaping." Outweighed by the cost difference: GKE Autopilot, the best placed of the platforms it favours, costs $13,095.72/month more than Azure Container Apps.
  - Rule sidecars_cloud_run (disfavour Google Cloud Run, weight 20%): Sidecars are limited on Cloud Run. Source: the article that opens “The choice between using Google Cloud Run and a Kubernetes pod depends on several factors” (seed 003): "You can define CPU, memory, and concurrency limits, but deeper customizations (e.g., sidecar containers) aren't possible."
  - Rule steady_traffic (favour Kubernetes platforms, weight 10%; outweighed): Traffic is steady around the clock, so scale-to-zero saves nothing. Source: The Post-Heroku Infrastructure Decision (seed 004): "Your workloads run at steady state 24/7 and scale-to-zero has no value." Outweighed by the cost difference: GKE Autopilot, the best placed of the platforms it favours, costs $13,095.72/month more than Azure Container Apps.
  - Rule spot_interruptions (disfavour AWS ECS Fargate Spot, weight 30%): Stateful work and long connections do not survive Spot interruptions well. Source: The Post-Heroku Infrastructure Decision (seed 004): "Fargate Spot drops that by roughly 70% but comes with interruption risk."
  - Rule app_runner_closed (exclude AWS App Runner): AWS no longer opens App Runner to new accounts (set team.has_app_runner if yours already uses it). Source: AWS App Runner Developer Guide, "AWS App Runner availability change" (https://docs.aws.amazon.com/apprunner/latest/dg/apprunner-availability-change.html): "App Runner closed to new customers after 2026-04-30."

Uncertainty (1 samples, seed 1): monthly total P10 / P50 / P90, chance of being the cheapest
  Google Cloud Run                     $1,040.37 / $1,040.37 / $1,040.37  100%
  AWS ECS Fargate                      $1,529.59 / $1,529.59 / $1,529.59  0%
  AWS ECS Fargate Spot                 $1,539.00 / $1,539.00 / $1,539.00  0%
  AWS App Runner                       $861.04 / $861.04 / $861.04  0%
  Azure Container Apps                 $1,051.11 / $1,051.11 / $1,051.11  0%
  Fly Machines                         $1,123.48 / $1,123.48 / $1,123.48  0%
  GKE Autopilot                        $17,469.71 / $17,469.71 / $17,469.71  0%
  GKE Standard                         $21,586.02 / $21,586.02 / $21,586.02  0%
  Amazon EKS on EC2                    $21,356.25 / $21,356.25 / $21,356.25  0%
  Azure AKS                            $21,765.85 / $21,765.85 / $21,765.85  0%
  Self-managed Kubernetes on Hetzner   $35,752.25 / $35,752.25 / $35,752.25  0%
  Runner-up minus recommended: Fly Machines minus Azure Container Apps, sample by sample: P10 $72.37, P50 $72.37, P90 $72.37 a month; Azure Container Apps costs less than Fly Machines in 100% of the samples.

Decision map (workload.scale by team.engineers, 61 x 41; 47 borders)
  Decision map: the recommended platform at 61 values of workload.scale (0.10x to 1,000x this workload) by 41 of team.engineers (1 to 200 engineers). Azure Container Apps covers 49% of it (within 0.10x to 11.7x this workload, 1 to 200 engineers); Fly Machines covers 51% of it (within 5.41x to 1,000x this workload, 1 to 200 engineers). The scenario (this workload, 6 engineers) is in the region of Azure Container Apps; along the two lines through it the answer changes 1 time.
  - Above 5.39x this workload (at 6 engineers, as now): Fly Machines (serverless) instead of Azure Container Apps.

Break-even (workload.scale where Kubernetes and serverless totals meet; with / without engineering time)
  Google Cloud Run vs GKE Autopilot: none in range / none in range
  Google Cloud Run vs GKE Standard: none in range / none in range
  Google Cloud Run vs Amazon EKS on EC2: none in range / none in range
  Google Cloud Run vs Azure AKS: none in range / none in range
  Google Cloud Run vs Self-managed Kubernetes on Hetzner: none in range / none in range
  AWS ECS Fargate vs GKE Autopilot: none in range / none in range
  AWS ECS Fargate vs GKE Standard: none in range / 18.1x (serverless compute $2,996.16/month)
  AWS ECS Fargate vs Amazon EKS on EC2: none in range / none in range
  AWS ECS Fargate vs Azure AKS: none in range / none in range
  AWS ECS Fargate vs Self-managed Kubernetes on Hetzner: 167x / 0.12x (serverless compute $20.07/month)
  AWS ECS Fargate Spot vs GKE Autopilot: none in range / none in range
  AWS ECS Fargate Spot vs GKE Standard: none in range / none in range
  AWS ECS Fargate Spot vs Amazon EKS on EC2: none in range / none in range
  AWS ECS Fargate Spot vs Azure AKS: none in range / none in range
  AWS ECS Fargate Spot vs Self-managed Kubernetes on Hetzner: 484x / 0.31x (serverless compute $15.36/month)
  AWS App Runner vs GKE Autopilot: none in range / none in range
  AWS App Runner vs GKE Standard: none in range / none in range
  AWS App Runner vs Amazon EKS on EC2: none in range / none in range
  AWS App Runner vs Azure AKS: none in range / none in range
  AWS App Runner vs Self-managed Kubernetes on Hetzner: none in range / 1.65x (serverless compute $47.58/month)
  Azure Container Apps vs GKE Autopilot: none in range / none in range
  Azure Container Apps vs GKE Standard: none in range / none in range
  Azure Container Apps vs Amazon EKS on EC2: none in range / none in range
  Azure Container Apps vs Azure AKS: none in range / none in range
  Azure Container Apps vs Self-managed Kubernetes on Hetzner: none in range / none in range
  Fly Machines vs GKE Autopilot: none in range / none in range
  Fly Machines vs GKE Standard: none in range / none in range
  Fly Machines vs Amazon EKS on EC2: none in range / none in range
  Fly Machines vs Azure AKS: none in range / none in range
  Fly Machines vs Self-managed Kubernetes on Hetzner: none in range / 16.3x (serverless compute $180.21/month)
--- stderr

