#!/usr/bin/env bash
# fuzz/run.sh SECONDS -- run each libFuzzer harness for SECONDS (make fuzz).
#
# Corpora live in build/fuzz/corpus/NAME, seeded from the bundled data
# (scenarios, model formulas, templates), fuzz/regressions/NAME and the
# minimised corpus of the long campaigns, fuzz/corpus/NAME. Crashes
# go to build/fuzz/artifacts/; copy each into fuzz/regressions/NAME/ once it
# is fixed, and make check replays it from then on.
set -u
cd "$(dirname "$0")/.."
secs=${1:-60}
out=build/fuzz

seed() { # NAME: fill the corpus from the bundled data
	local dir=$out/corpus/$1 i=0 f
	mkdir -p "$dir"
	case $1 in
	scenario)
		for f in scenarios/*.json tests/data/*.json; do cp "$f" "$dir/"; done ;;
	formula)
		grep -rhoE '"formula": "([^"\\]|\\.)*"' models | sed -E 's/^"formula": "//; s/"$//; s/\\"/"/g' |
		while IFS= read -r line; do i=$((i + 1)); printf '%s' "$line" > "$dir/model-$i"; done
		cut -d'	' -f1 tests/formula/cases.txt | grep -v '^#' | grep . |
		while IFS= read -r line; do i=$((i + 1)); printf '%s' "$line" > "$dir/case-$i"; done ;;
	focus)
		# the first byte chooses the options; 0: none
		for f in tests/data/focus/* scenarios/imported-example/*.csv.gz; do
			printf '\000' > "$dir/$(basename "$f")"
			cat "$f" >> "$dir/$(basename "$f")"
		done ;;
	kube)
		for f in tests/data/kube/*.json scenarios/imported-example/cluster.json \
		    scenarios/imported-example/metrics.json; do
			cp "$f" "$dir/"
		done ;;
	template)
		for f in templates/*; do
			case $f in *.md) printf '\001' ;; *) printf '\000' ;; esac > "$dir/$(basename "$f")"
			cat "$f" >> "$dir/$(basename "$f")"
		done ;;
	esac
	[ -d "fuzz/regressions/$1" ] && cp fuzz/regressions/"$1"/* "$dir/" 2>/dev/null
	# the minimised corpus of the long campaigns (fuzz/corpus/README.md)
	[ -d "fuzz/corpus/$1" ] && cp fuzz/corpus/"$1"/* "$dir/" 2>/dev/null
	return 0
}

if [ "${1:-}" = --seed ]; then
	# only fill the corpora (tests/run.sh replays them)
	out=$2
	for name in scenario formula template focus kube; do seed "$name"; done
	exit 0
fi

mkdir -p "$out/artifacts"
status=0
printf '%-10s %12s %10s %8s %s\n' harness executions "exec/s" corpus findings
for name in scenario formula template focus kube; do
	seed "$name"
	log=$out/$name.log
	RUNSHEET_DATA=. "$out/fuzz-$name" -max_total_time="$secs" -print_final_stats=1 \
	    -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
	    -artifact_prefix="$out/artifacts/$name-" "$out/corpus/$name" > "$log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
	n=$(find "$out/corpus/$name" -type f | wc -l)
	found=$(find "$out/artifacts" -name "$name-*" -type f | wc -l)
	printf '%-10s %12s %10s %8s %s\n' "$name" "${execs:-?}" "${rate:-?}" "$n" "$found"
	if [ "$rc" -ne 0 ] || [ "$found" -gt 0 ]; then
		status=1
		grep -m5 -E 'ERROR|SUMMARY|abort|printed|stable' "$log" | sed 's/^/  /'
	fi
done
exit $status
