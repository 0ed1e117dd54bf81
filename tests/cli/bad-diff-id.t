# a manifest naming a scenario outside the site
args: diff tests/data/diff/usd tests/data/diff/bad-id
status: 1
--- stdout

--- stderr
tests/data/diff/bad-id/.runsheet-manifest:3:10: error: scenario "../evil": a scenario id starts with a lower-case letter or a digit
runsheet: 1 error
