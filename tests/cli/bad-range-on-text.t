# a range on a text input
args: calc tests/data/malformed/range-on-text.json
status: 1
--- stdout

--- stderr
tests/data/malformed/range-on-text.json:4:29: error: /team/k8s_expertise: only a number can have a range
runsheet: 1 error
