# Tags.cluster=prod keeps 9 October rows: compute 200 + 0 = 200.00, fees 74.40, hidden 70.56,
# other 5 (S3) - 3 (correction) = 2.00; total 346.96
args: import focus tests/data/focus/aws.csv --filter Tags.cluster=prod
status: 0
--- stdout
Amazon EKS on EC2 (eks) bill for 2026-10, from 9 of the export's 17 rows; filters Tags.cluster=prod
  BilledCost, as invoiced: commitments count when they are bought (--cost effective spreads them over the usage)
  in US dollars
  other billing periods in the export, left out: 2026-09 2026-11
  compute              200.00 USD
  platform_fees         74.40 USD
  hidden                70.56 USD
  other                  2.00 USD
    Amazon Simple Storage Service, AWS           5.00 (1 row)
    corrections (ChargeClass Correction)         -3.00 (1 row)
  components and other: 346.96; the export's total for the period and filters: 346.96 USD, equal to the billionth
--- stderr

