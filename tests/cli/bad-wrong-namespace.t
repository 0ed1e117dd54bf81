# a cell under the wrong namespace: the suggestion is the one whose last part matches
args: calc tests/data/malformed/wrong-namespace.json
status: 1
--- stdout

--- stderr
tests/data/malformed/wrong-namespace.json:4:33: error: /workload/k8s_expertise: no cell named "workload.k8s_expertise" in the model (did you mean "team.k8s_expertise"?)
runsheet: 1 error
