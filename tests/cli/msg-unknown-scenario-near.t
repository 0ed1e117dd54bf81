# a bundled id misspelt: did you mean, and the list
args: calc steady-apii
status: 1
--- stdout

--- stderr
steady-apii: error: no scenario file or bundled scenario "steady-apii" (did you mean "steady-api"?); the bundled ones are gpu-inference, imported-example, platform-team-60, seed-001-10m-requests, seed-001-migration, seed-004-business-hours, series-a-saas, startup-bursty, steady-api
runsheet: 1 error
