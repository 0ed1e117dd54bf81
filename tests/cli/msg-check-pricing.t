# check counts the --pricing sheets, and says one scenario, not one scenarios
args: check --pricing tests/data/pricing-negotiated.json steady-api --stale-days 100000
status: 0
--- stdout
runsheet check: model data (579 cells, 11 platforms, 29 rules), 1 scenario, 1 pricing sheet: no errors, 0 warnings
--- stderr

