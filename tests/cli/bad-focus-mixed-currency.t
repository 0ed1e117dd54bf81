# USD and GBP in one period, and no rate for GBP
args: import focus tests/data/focus/bad-mixed-currency.csv
status: 1
--- stdout

--- stderr
tests/data/focus/bad-mixed-currency.csv:3:1: error: billing period 2026-10 is billed in USD and, from this row, GBP, and GBP has no rate: give it with --rate CODE=USD (or import each currency's rows with --filter BillingCurrency=CODE)
runsheet: 1 error
