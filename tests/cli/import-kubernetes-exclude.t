# --exclude-namespaces ml,kube-system leaves ml/infer out: vcpu 13 - 4 = 9, memory 27.84765625 - 16 = 11.84765625 GiB, no GPU
args: import kubernetes tests/data/kube/small.json --exclude-namespaces ml,kube-system -q
status: 0
--- stdout
{
  "$schema": "../schema/scenario.schema.json",
  "id": "small",
  "title": "4 services imported from a Kubernetes cluster on GKE Standard",
  "summary": "Written by runsheet import kubernetes from small.json: 4 Deployments and StatefulSets (9 pods) requesting 9 vCPU and 11.84765625 GiB, on 2 nodes (2 of them t2a-standard-4). Traffic, latency tolerance and the team are not in a cluster: fill them in (\"fill_in\").",
  "description": "What the cluster runs, outside the system namespaces, as `kubectl get` printed it. Requests are per pod (Kubernetes' effective request: the containers and sidecars, or an init container with the sidecars started before it if more); replicas are those running, within the HPA's range.\n\n| Service | Kind | Replicas | HPA | Request per pod | Requested | Measured use |\n|:--|:--|--:|:--|:--|:--|:--|\n| web/api | Deployment | 4 | 2 to 4 | 350m CPU, 384Mi (2 containers) | 1.4 vCPU, 1.5Gi | not measured |\n| web/worker | Deployment | 2 | none | 2 CPU, 2Gi | 4 vCPU, 4Gi | not measured |\n| web/native | Deployment | 1 | none | 600m CPU, 356Mi (2 containers) | 0.6 vCPU, 356Mi | not measured |\n| data/db | StatefulSet | 2 | none | 1.5 CPU, 3Gi | 3 vCPU, 6Gi | not measured |\n\nLeft out (--exclude-namespaces): `ml`, `kube-system`.\n",
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
      "value": 9,
      "source": "kubernetes export small.json: deployments/web/api 4 x 350m, deployments/web/worker 2 x 2, deployments/web/native 1 x 600m, statefulsets/data/db 2 x 1.5"
    },
    "memory_gib": {
      "value": 11.84765625,
      "source": "kubernetes export small.json: deployments/web/api 4 x 384Mi, deployments/web/worker 2 x 2Gi, deployments/web/native 1 x 356Mi, statefulsets/data/db 2 x 3Gi"
    },
    "services": {
      "value": 4,
      "source": "kubernetes export small.json: 4 Deployments and StatefulSets outside the system namespaces"
    },
    "instance_vcpu": {
      "value": 1,
      "source": "kubernetes export small.json: the requests of all 9 pods divided by their number (the mean pod)"
    },
    "instance_memory_gib": {
      "value": 1.31640625,
      "source": "kubernetes export small.json: the requests of all 9 pods divided by their number (the mean pod)"
    },
    "min_instances": {
      "value": 2,
      "source": "kubernetes export small.json: the HPAs' minReplicas, else the fixed replicas, averaged over 4 services (7 in all)"
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
      "value": 0,
      "source": "kubernetes export small.json: no container requests a GPU"
    },
    "arch": {
      "value": "arm",
      "source": "kubernetes export small.json: 2 of 2 nodes are arm64"
    }
  }
}
--- stderr

