# a SCENARIO that is neither a file nor a bundled id: the bundled ids are listed
args: calc nonexistent
status: 1
--- stdout

--- stderr
nonexistent: error: no scenario file or bundled scenario "nonexistent"; the bundled ones are gpu-inference, imported-example, platform-team-60, seed-001-10m-requests, seed-001-migration, seed-004-business-hours, series-a-saas, startup-bursty, steady-api
runsheet: 1 error
