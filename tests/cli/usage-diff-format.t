# diff --format takes markdown or json
args: diff tests/data/diff/usd tests/data/diff/usd --format yaml
status: 2
--- stdout

--- stderr
runsheet: --format yaml: expected markdown or json
Try 'runsheet diff --help'.
