# --period 2026-09: compute 100.00, platform fees 72.00, total 172.00
args: import focus tests/data/focus/aws.csv --period 2026-09
status: 0
--- stdout
Amazon EKS on EC2 (eks) bill for 2026-09, from 2 of the export's 17 rows
  BilledCost, as invoiced: commitments count when they are bought (--cost effective spreads them over the usage)
  in US dollars
  other billing periods in the export, left out: 2026-10 2026-11
  compute              100.00 USD
  platform_fees         72.00 USD
  hidden                 0.00 USD
  other                  0.00 USD
  components and other: 172.00; the export's total for the period and filters: 172.00 USD, equal to the billionth
--- stderr

