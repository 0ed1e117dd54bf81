# plan.current_platform is none or a platform id
args: calc steady-api --set plan.current_platform=kubernetes
status: 1
--- stdout

--- stderr
--set plan.current_platform=kubernetes: error: "kubernetes" is not one of "none", "cloud_run", "fargate", "fargate_spot", "app_runner", "container_apps", "fly_machines", "gke_autopilot", "gke_standard", "eks", "aks", "hetzner_k8s"
runsheet: 1 error
