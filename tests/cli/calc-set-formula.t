# calc with --set of a formula
args: calc seed-004-business-hours --set 'workload.memory_gib==workload.vcpu*4' --format csv
status: 0
--- stdout
scenario,platform,name,compute,platform_fees,hidden,engineering,one_time,total,annual_total,excluded,recommended
seed-004-business-hours,cloud_run,Google Cloud Run,129.2544,0,0,259.6153846153846,24.038461538461537,412.9082461538461,4954.898953846154,false,true
seed-004-business-hours,fargate,AWS ECS Fargate,61.522560000000006,0,52,389.4230769230769,36.05769230769231,539.0033292307692,6468.03995076923,false,false
seed-004-business-hours,gke_autopilot,GKE Autopilot,187.61,73,268.25,10817.307692307691,134.6153846153846,11480.783076923077,137769.3969230769,false,false
seed-004-business-hours,eks,Amazon EKS on EC2,119.13600000000001,73,302,15453.296703296703,192.3076923076923,16139.740395604395,193676.88474725274,false,false
--- stderr

