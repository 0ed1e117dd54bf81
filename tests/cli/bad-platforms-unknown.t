# --platforms names a platform that does not exist
args: calc seed-004-business-hours --platforms cloud_run,kubernetes
status: 1
--- stdout

--- stderr
--platforms cloud_run,kubernetes: error: no platform "kubernetes" (the ids are cloud_run, fargate, fargate_spot, app_runner, container_apps, fly_machines, gke_autopilot, gke_standard, eks, aks, hetzner_k8s)
runsheet: 1 error
