# an option of the other import
args: import kubernetes tests/data/kube/small.json --period 2026-10
status: 2
--- stdout

--- stderr
runsheet: --period, --filter, --cost, --format, --platform and --rate are options of import focus
Try 'runsheet import --help'.
