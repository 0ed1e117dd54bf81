# EffectiveCost: compute = 200 + 40 (the savings plan spread over it) + 60 = 300.00; other = 0 (purchase)
# + 20 - 10 + 5 - 3 + 10 (unused commitment) = 22.00; total 300 + 74.40 + 70.56 + 22 = 466.96, as billed
args: import focus tests/data/focus/aws.csv --cost effective
status: 0
--- stdout
Amazon EKS on EC2 (eks) bill for 2026-10, from 14 of the export's 17 rows
  EffectiveCost: commitments (savings plans, reservations) spread over the usage they cover; their purchases count 0
  in US dollars
  other billing periods in the export, left out: 2026-09 2026-11
  compute              300.00 USD
  platform_fees         74.40 USD
  hidden                70.56 USD
  other                 22.00 USD
    tax (ChargeCategory Tax)                     20.00 (1 row)
    Savings Plans for AWS Compute usage, AWS     10.00 (1 row)
    credits (ChargeCategory Credit)              -10.00 (1 row)
    Amazon Simple Storage Service, AWS           5.00 (1 row)
    corrections (ChargeClass Correction)         -3.00 (1 row)
    purchases (ChargeCategory Purchase)          0.00 (1 row)
  components and other: 466.96; the export's total for the period and filters: 466.96 USD, equal to the billionth
--- stderr

