# one object (kubectl get deployment NAME -o json) is not the export
args: import kubernetes tests/data/kube/one-object.json
status: 1
--- stdout

--- stderr
tests/data/kube/one-object.json:3:13: error: /kind: not what kubectl get ... -o json prints: expected "kind": "List" with "items" (or a PodMetricsList), got "Deployment"
runsheet: 1 error
