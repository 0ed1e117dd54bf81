# tests/data/focus/aws.csv, billing period 2026-10 (the latest complete; 2026-11 has one day), BilledCost:
# compute = 200 (m6i.xlarge) + 0 (covered by the savings plan) + 60 (the staging account) = 260.00
# platform_fees = 74.40 (EKS); hidden = 8 (EBS) + 16.74 (ALB) + 33.48 (NAT) + 12.34 (CloudWatch) = 70.56
# other = 50 (purchase) + 20 (tax) - 10 (credit) + 5 (S3) - 3 (correction) + 0 (unused commitment) = 62.00
# total = 260 + 74.40 + 70.56 + 62 = 466.96, the sum of the 14 October rows
args: import focus tests/data/focus/aws.csv
status: 0
--- stdout
Amazon EKS on EC2 (eks) bill for 2026-10, from 14 of the export's 17 rows
  BilledCost, as invoiced: commitments count when they are bought (--cost effective spreads them over the usage)
  in US dollars
  other billing periods in the export, left out: 2026-09 2026-11
  compute              260.00 USD
  platform_fees         74.40 USD
  hidden                70.56 USD
  other                 62.00 USD
    purchases (ChargeCategory Purchase)          50.00 (1 row)
    tax (ChargeCategory Tax)                     20.00 (1 row)
    credits (ChargeCategory Credit)              -10.00 (1 row)
    Amazon Simple Storage Service, AWS           5.00 (1 row)
    corrections (ChargeClass Correction)         -3.00 (1 row)
    Savings Plans for AWS Compute usage, AWS     0.00 (1 row)
  components and other: 466.96; the export's total for the period and filters: 466.96 USD, equal to the billionth
--- stderr

