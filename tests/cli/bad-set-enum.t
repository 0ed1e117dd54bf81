# --set outside the allowed values
args: calc seed-004-business-hours --set team.k8s_expertise=expert
status: 1
--- stdout

--- stderr
--set team.k8s_expertise=expert: error: "expert" is not one of "none", "some", "strong"
runsheet: 1 error
