# help for calc
args: calc --help
status: 0
--- stdout
Usage: runsheet calc SCENARIO [--format table|json|csv] [options]

Evaluate the scenario's cost model and print each compared platform's monthly
cost by component (compute, platform fees, hidden infrastructure, engineering
time, amortised one-time work), the totals, and the recommendation with its
reasons.

  --format table      aligned table for a terminal (default)
  --format json       one JSON object (the shape is documented in README.md)
  --format csv        one row per platform
  --data DIR          model data, templates and assets (default: found beside the
                      program; also the RUNSHEET_DATA environment variable)
  --pricing FILE      add a pricing sheet on top of the bundled prices (repeatable)
  --set NAME=VALUE    override any cell (repeatable); VALUE is a number, TRUE or
                      FALSE, text, or a formula starting with "="
  --platforms LIST    compare only these platforms (ids, comma-separated), in
                      place of the scenario's "platforms"
  --today YYYY-MM-DD  date prices are judged stale against (default: the
                      SOURCE_DATE_EPOCH environment variable, or today)
  --allow-include DIR a scenario may include files under DIR too (repeatable);
                      by default only under the scenario's own directory
  --samples N         Monte Carlo samples (default: the scenario's, or 2000)
  --seed N            Monte Carlo seed (default: the scenario's, or 1)
  --map-x CELL[:MIN:MAX[:log|lin][:POINTS]]
  --map-y CELL[:MIN:MAX[:log|lin][:POINTS]]
                      the decision map's axes, in place of the scenario's
                      (default: workload.scale 0.1 to 1000, log, 61 points;
                      team.engineers 1 to 200, log, 41 whole values); without
                      MIN:MAX, a tenth to ten times the scenario's value
  --no-map            skip the decision map
  -h, --help          show help

Example: runsheet calc seed-004-business-hours --set workload.vcpu=2 --format json
--- stderr

