# an allowed text in another case is taken, in the allowed spelling (Excel compares text without case)
args: dump steady-api team.k8s_expertise --set team.k8s_expertise=Strong
status: 0
--- stdout
team.k8s_expertise = "strong"  [level]
  defined: command line layer, --set team.k8s_expertise=Strong
  overrides: assumption layer, models/assumptions/inputs.json:252:24
  about: The team's Kubernetes operations experience: none (learning as you go), some, or strong (engineers genuinely comfortable operating clusters).
  source: set on the command line: --set team.k8s_expertise=Strong
--- stderr

