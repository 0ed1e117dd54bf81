# calc CSV of seed 001
args: calc seed-001-10m-requests --format csv
status: 0
--- stdout
scenario,platform,name,compute,platform_fees,hidden,engineering,one_time,total,annual_total,excluded,recommended
seed-001-10m-requests,cloud_run,Google Cloud Run,30.5,0,0,259.6153846153846,24.038461538461537,314.15384615384613,3769.8461538461534,false,true
seed-001-10m-requests,eks,Amazon EKS on EC2,140.16,73,302,15453.296703296703,192.3076923076923,16160.764395604394,193929.17274725274,false,false
--- stderr

