# an id calc would refuse is refused at import, before anything is read or written
args: import kubernetes tests/data/kube/small.json --id ../evil
status: 1
--- stdout

--- stderr
--id ../evil: error: bad id "../evil": a scenario id starts with a lower-case letter or a digit
runsheet: 1 error
