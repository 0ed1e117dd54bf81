# a small GKE cluster. Hand sums (pod request = the larger of containers + sidecars and each
# init container + the sidecars before it; replicas within the HPA): web/api 4 (5 running, HPA 2..4)
# x (250m + 100m istio-proxy) = 1.4 vCPU, 4 x (256Mi + 128Mi) = 1.5 GiB; web/worker 2 x max(1, 2 init) = 4
# vCPU, 2 x max(2Gi, 1Gi) = 4 GiB; web/native 1 x max(100m + 200m, 500m setup + 100m sidecar before it) =
# 0.6 vCPU, max(100Mi + 256Mi, 64Mi + 100Mi) = 356Mi; ml/infer 4 vCPU, 16 GiB, 1 GPU; data/db 2 x 1.5 = 3 vCPU,
# 2 x 3Gi = 6 GiB. vcpu = 1.4 + 4 + 0.6 + 4 + 3 = 13; memory_gib = 1.5 + 4 + 356/1024 + 16 + 6 = 27.84765625;
# 10 pods: instance_vcpu 1.3, instance_memory_gib 2.784765625; min_instances = round((2+2+1+1+2)/5) = 2;
# storage_gib = 50Gi + 51200Mi = 100; europe-west3 is runsheet region eu-central
args: import kubernetes tests/data/kube/small.json
status: 0
--- stdout
{
  "$schema": "../schema/scenario.schema.json",
  "id": "small",
  "title": "5 services imported from a Kubernetes cluster on GKE Standard",
  "summary": "Written by runsheet import kubernetes from small.json: 5 Deployments and StatefulSets (10 pods) requesting 13 vCPU and 27.84765625 GiB, on 2 nodes (2 of them t2a-standard-4). Traffic, latency tolerance and the team are not in a cluster: fill them in (\"fill_in\").",
  "description": "What the cluster runs, outside the system namespaces, as `kubectl get` printed it. Requests are per pod (Kubernetes' effective request: the containers and sidecars, or an init container with the sidecars started before it if more); replicas are those running, within the HPA's range.\n\n| Service | Kind | Replicas | HPA | Request per pod | Requested | Measured use |\n|:--|:--|--:|:--|:--|:--|:--|\n| web/api | Deployment | 4 | 2 to 4 | 350m CPU, 384Mi (2 containers) | 1.4 vCPU, 1.5Gi | not measured |\n| web/worker | Deployment | 2 | none | 2 CPU, 2Gi | 4 vCPU, 4Gi | not measured |\n| web/native | Deployment | 1 | none | 600m CPU, 356Mi (2 containers) | 0.6 vCPU, 356Mi | not measured |\n| ml/infer | Deployment | 1 | none | 4 CPU, 16Gi, 1 GPU | 4 vCPU, 16Gi | not measured |\n| data/db | StatefulSet | 2 | none | 1.5 CPU, 3Gi | 3 vCPU, 6Gi | not measured |\n\nLeft out as system namespaces: `kube-system`.\n",
  "sources": [
    "kubernetes export small.json (kubectl get deployments,statefulsets,daemonsets,cronjobs,jobs,hpa,pvc,nodes -A -o json)"
  ],
  "assumptions": [
    "Replicas are the ones running when the cluster was exported (status.replicas), kept within each HorizontalPodAutoscaler's minReplicas and maxReplicas; a service with an HPA keeps its minReplicas warm on serverless platforms, one without keeps its fixed replicas.",
    "vCPU and memory are the pods' requests, not their use: Kubernetes schedules, and so sizes and bills nodes, by requests, and serverless platforms bill the instance size that is allocated."
  ],
  "fill_in": [
    "workload.requests_per_month: the traffic (requests a month), for the request-billed platforms",
    "workload.avg_request_ms and workload.concurrency: how long a request takes and how many one instance serves at once",
    "workload.latency_tolerance_ms: the first response time users accept",
    "workload.egress_gb_per_month: data sent to the internet",
    "team.engineers, team.k8s_expertise and team.loaded_cost_per_year: the team"
  ],
  "plan": {
    "current_platform": {
      "value": "gke_standard",
      "source": "node gke-shop-eu-pool-arm-1a2b has the label cloud.google.com/gke-nodepool (GKE labels every node with its node pool)"
    }
  },
  "workload": {
    "region": {
      "value": "eu-central",
      "source": "kubernetes export small.json: 2 of 2 nodes in europe-west3 (gcp); runsheet region eu-central maps gcp to it"
    },
    "vcpu": {
      "value": 13,
      "source": "kubernetes export small.json: deployments/web/api 4 x 350m, deployments/web/worker 2 x 2, deployments/web/native 1 x 600m, deployments/ml/infer 1 x 4, statefulsets/data/db 2 x 1.5"
    },
    "memory_gib": {
      "value": 27.84765625,
      "source": "kubernetes export small.json: deployments/web/api 4 x 384Mi, deployments/web/worker 2 x 2Gi, deployments/web/native 1 x 356Mi, deployments/ml/infer 1 x 16Gi, statefulsets/data/db 2 x 3Gi"
    },
    "services": {
      "value": 5,
      "source": "kubernetes export small.json: 5 Deployments and StatefulSets outside the system namespaces"
    },
    "instance_vcpu": {
      "value": 1.3,
      "source": "kubernetes export small.json: the requests of all 10 pods divided by their number (the mean pod)"
    },
    "instance_memory_gib": {
      "value": 2.784765625,
      "source": "kubernetes export small.json: the requests of all 10 pods divided by their number (the mean pod)"
    },
    "min_instances": {
      "value": 2,
      "source": "kubernetes export small.json: the HPAs' minReplicas, else the fixed replicas, averaged over 5 services (8 in all)"
    },
    "storage_gib": {
      "value": 100,
      "source": "kubernetes export small.json: 2 PersistentVolumeClaims: data/data-db-0 50Gi, data/data-db-1 51200Mi"
    },
    "stateful": {
      "value": true,
      "source": "kubernetes export small.json: a StatefulSet or a PersistentVolumeClaim"
    },
    "sidecars": {
      "value": true,
      "source": "kubernetes export small.json: web/api (2 containers, a mesh proxy), web/native (2 containers)"
    },
    "gpus": {
      "value": 1,
      "source": "kubernetes export small.json: ml/infer: 1 x 1"
    },
    "arch": {
      "value": "arm",
      "source": "kubernetes export small.json: 2 of 2 nodes are arm64"
    }
  }
}
--- stderr
runsheet import kubernetes: standard output: 5 services, 10 pods, 13 vCPU, 27.84765625 GiB, 2 nodes, platform gke_standard, region eu-central
fill these in (the cluster cannot say):
  workload.requests_per_month: the traffic (requests a month), for the request-billed platforms
  workload.avg_request_ms and workload.concurrency: how long a request takes and how many one instance serves at once
  workload.latency_tolerance_ms: the first response time users accept
  workload.egress_gb_per_month: data sent to the internet
  team.engineers, team.k8s_expertise and team.loaded_cost_per_year: the team
