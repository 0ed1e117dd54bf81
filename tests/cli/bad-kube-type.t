# a quantity that is not text or a number
args: import kubernetes tests/data/kube/bad-type.json -o build/t-never.json
status: 1
--- stdout

--- stderr
tests/data/kube/bad-type.json:49:48: error: /items/0/spec/template/spec/containers/0/resources/requests/cpu: malformed Kubernetes quantity (not text): expected a number with an optional suffix (100m, 0.5, 1e3, 128974848, 129M, 123Mi, 1Gi)
runsheet: 1 error
