# a malformed quantity is an error with the file and the JSON path
args: import kubernetes tests/data/kube/bad-quantity.json -o build/t-never.json
status: 1
--- stdout

--- stderr
tests/data/kube/bad-quantity.json:132:51: error: /items/1/spec/template/spec/containers/0/resources/requests/memory: malformed Kubernetes quantity "2 Gi": expected a number with an optional suffix (100m, 0.5, 1e3, 128974848, 129M, 123Mi, 1Gi)
runsheet: 1 error
