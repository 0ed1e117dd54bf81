# an export with no workload: an error naming what was read, not a one-service scenario
args: import kubernetes tests/data/kube/empty.json
status: 1
--- stdout

--- stderr
tests/data/kube/empty.json:3:14: error: /items: no workload to import: the export holds no Deployment or StatefulSet outside the namespaces left out (read: 0 items); export the cluster with kubectl get deployments,statefulsets,daemonsets,cronjobs,jobs,hpa,pvc,nodes -A -o json, in the context of the cluster to compare
runsheet: 1 error
