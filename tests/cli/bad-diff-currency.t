# two sites in different currencies
args: diff tests/data/diff/usd tests/data/diff/eur
status: 1
--- stdout

--- stderr
tests/data/diff/eur/scenarios/tiny/data.json:3:15: error: /currency: currency EUR, but tests/data/diff/usd/scenarios/tiny/data.json is in USD: runsheet diff compares two sites in one currency
runsheet: 1 error
