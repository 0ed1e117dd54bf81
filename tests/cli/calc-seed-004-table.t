# calc table of seed 004
args: calc seed-004-business-hours
status: 0
--- stdout
seed-004-business-hours: Seed 004: 4 vCPU and 8 GB during business hours

Platform            Compute    Fees   Hidden  Engineering  One-time  Total/month   Total/year
Google Cloud Run *  $110.25   $0.00    $0.00      $259.62    $24.04      $393.90    $4,726.80
AWS ECS Fargate      $52.13   $0.00   $52.00      $389.42    $36.06      $529.62    $6,355.39
GKE Autopilot       $158.78  $73.00  $268.25   $10,817.31   $134.62   $11,451.95  $137,423.38
Amazon EKS on EC2   $119.14  $73.00  $302.00   $15,453.30   $192.31   $16,139.74  $193,676.88

Recommendation (*): Google Cloud Run
  - Cost: Google Cloud Run has the lowest monthly total of the 4 compared platforms: $393.90/month ($4,726.80/year). The next cheapest, AWS ECS Fargate, costs $529.62/month.
--- stderr

