# a Google Cloud bill in euros (CRLF line ends, NULL fields): compute 150, fees 68, hidden 10 (PD) + 5 (NAT) = 15 EUR;
# in US dollars at fx.eur_usd 1.0411: 156.165 -> 156.17, 70.7948 -> 70.79, 15.6165 -> 15.62
args: import focus tests/data/focus/google-eur.csv
status: 0
--- stdout
GKE Standard (gke_standard) bill for 2026-10, from 4 of the export's 4 rows
  BilledCost, as invoiced: commitments count when they are bought (--cost effective spreads them over the usage)
  billed in EUR, converted at fx.eur_usd = 1.0411 USD per EUR (not read from its source; --rate EUR=N for another)
  compute              150.00 EUR        156.17 USD
  platform_fees         68.00 EUR         70.79 USD
  hidden                15.00 EUR         15.62 USD
  other                  0.00 EUR          0.00 USD
  components and other: 233.00; the export's total for the period and filters: 233.00 EUR, equal to the billionth
--- stderr

