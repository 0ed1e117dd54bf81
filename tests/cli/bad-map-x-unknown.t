# --map-x of an unknown cell, with a suggestion
args: calc seed-004-business-hours --map-x team.enginers
status: 1
--- stdout

--- stderr
--map-x team.enginers: error: no cell named "team.enginers" (did you mean "team.engineers"?)
runsheet: 1 error
