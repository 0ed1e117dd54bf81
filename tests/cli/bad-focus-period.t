# a billing period the export does not have
args: import focus tests/data/focus/aws.csv --period 2025-01
status: 1
--- stdout

--- stderr
--period: error: no billing period 2025-01; the export has 2026-09, 2026-10, 2026-11
runsheet: 1 error
