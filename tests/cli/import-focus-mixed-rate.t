# USD and GBP rows with --rate GBP=1.25: the EKS row, 74.40 GBP, is 93.00 USD; total 200 + 93 + 8 = 301.00
args: import focus tests/data/focus/bad-mixed-currency.csv --rate GBP=1.25
status: 0
--- stdout
Amazon EKS on EC2 (eks) bill for 2026-10, from 3 of the export's 3 rows
  BilledCost, as invoiced: commitments count when they are bought (--cost effective spreads them over the usage)
  billed in USD and GBP; each row converted to US dollars at its currency's rate: GBP converted at 1.25 USD per GBP (--rate)
  compute              200.00 USD
  platform_fees         93.00 USD
  hidden                 8.00 USD
  other                  0.00 USD
  components and other: 301.00; the export's total for the period and filters: 301.00 USD, equal to the billionth
--- stderr

