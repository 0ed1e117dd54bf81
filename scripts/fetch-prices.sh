#!/bin/sh
# scripts/fetch-prices.sh -- download the vendors' price lists for a region.
#
#   scripts/fetch-prices.sh REGION          print the commands (a shell script)
#   scripts/fetch-prices.sh REGION --run    run them in the current directory
#
# REGION is a runsheet region of models/regions.json (us, eu-central, uk, ...).
# The commands are those of `runsheet prices urls REGION`: one curl per file
# the SKU maps of models/pricing/map/ need (AWS Price List offer files, Azure
# Retail Prices API pages, Google Cloud Billing Catalog SKU pages, Hetzner's
# /v1/pricing), then `runsheet prices import` for each provider, which writes
# the pricing sheets to pass with --pricing. Google's catalog needs an API key
# in GCP_API_KEY and Hetzner's a token in HCLOUD_TOKEN; AWS and Azure need none.
# Fly.io publishes no machine-readable price list: write its sheet by hand.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
runsheet=${RUNSHEET:-}
if [ -z "$runsheet" ]; then
	if [ -x "$here/../build/runsheet" ]; then runsheet=$here/../build/runsheet
	else runsheet=runsheet; fi
fi
case ${1:-} in
''|-h|--help)
	sed -n '2,14s/^# \{0,1\}//p' "$0"
	[ -n "${1:-}" ] && exit 0 || exit 2 ;;
esac
region=$1
if [ "${2:-}" = "--run" ]; then
	script=$("$runsheet" prices urls "$region")
	# the script calls runsheet by name: use this one
	PATH=$(dirname "$(command -v "$runsheet")"):$PATH
	export PATH
	printf '%s\n' "$script" | sh -eu
else
	exec "$runsheet" prices urls "$region"
fi
