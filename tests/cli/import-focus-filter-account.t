# SubAccountId=111122223333 leaves out the staging account's 60: compute 200.00, total 466.96 - 60 = 406.96;
# the summary as JSON
args: import focus tests/data/focus/aws.csv --filter SubAccountId=111122223333 --format json
status: 0
--- stdout
{
  "platform": "eks",
  "period": "2026-10",
  "complete": true,
  "currency": "USD",
  "usd_rate": 1,
  "cost": "BilledCost",
  "rows": 17,
  "rows_in_period": 13,
  "components": {
    "compute": 200,
    "platform_fees": 74.4,
    "hidden": 70.56,
    "other": 62
  },
  "components_usd": {
    "compute": 200,
    "platform_fees": 74.4,
    "hidden": 70.56,
    "other": 62
  },
  "other": [
    {
      "what": "purchases (ChargeCategory Purchase)",
      "cost": 50,
      "rows": 1
    },
    {
      "what": "tax (ChargeCategory Tax)",
      "cost": 20,
      "rows": 1
    },
    {
      "what": "credits (ChargeCategory Credit)",
      "cost": -10,
      "rows": 1
    },
    {
      "what": "Amazon Simple Storage Service, AWS",
      "cost": 5,
      "rows": 1
    },
    {
      "what": "corrections (ChargeClass Correction)",
      "cost": -3,
      "rows": 1
    },
    {
      "what": "Savings Plans for AWS Compute usage, AWS",
      "cost": 0,
      "rows": 1
    }
  ],
  "sum": 406.96,
  "file_total": 406.96,
  "equal": true,
  "other_periods": [
    "2026-09",
    "2026-11"
  ]
}
--- stderr

