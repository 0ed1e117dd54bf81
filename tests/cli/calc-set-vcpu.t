# calc with --set of a number
args: calc seed-004-business-hours --set workload.vcpu=2 --format csv
status: 0
--- stdout
scenario,platform,name,compute,platform_fees,hidden,engineering,one_time,total,annual_total,excluded,recommended
seed-004-business-hours,cloud_run,Google Cloud Run,64.6272,0,0,259.6153846153846,24.038461538461537,348.28104615384615,4179.372553846154,false,true
seed-004-business-hours,fargate,AWS ECS Fargate,30.761280000000003,0,52,389.4230769230769,36.05769230769231,508.2420492307692,6098.904590769231,false,false
seed-004-business-hours,gke_autopilot,GKE Autopilot,93.805,73,268.25,10817.307692307691,134.6153846153846,11386.978076923077,136643.7369230769,false,false
seed-004-business-hours,eks,Amazon EKS on EC2,119.13600000000001,73,302,15453.296703296703,192.3076923076923,16139.740395604395,193676.88474725274,false,false
--- stderr

