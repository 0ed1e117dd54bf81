#!/usr/bin/env bash
# tests/run.sh -- run every test suite and print "N passed, N failed".
#
#   tests/run.sh                 all suites
#   tests/run.sh unit cli        only the named suites
#   tests/run.sh --update cli    rewrite golden files from the current output
#                                (review the diff before committing)
#
# Environment: RUNSHEET (the binary, default build/runsheet), VALGRIND (a
# command prefix such as "valgrind -q --error-exitcode=99", used by
# make check-valgrind).
#
# Each suite prints TAP-like lines; this script counts them. Output and
# failures of every check go to build/test.log; failures are also printed.
set -u
cd "$(dirname "$0")/.."

export LC_ALL=C TZ=UTC SOURCE_DATE_EPOCH=1795392000   # 2026-11-23T00:00:00Z
unset RUNSHEET_DATA
RUNSHEET=${RUNSHEET:-build/runsheet}
UNIT=${UNIT:-build/unit}
VALGRIND=${VALGRIND:-}
# keep it to ourselves: LibreOffice's soffice script runs itself under
# valgrind when it sees VALGRIND in its environment
export -n VALGRIND
UPDATE=0
SUITES=()
for a in "$@"; do
	case $a in
	--update) UPDATE=1 ;;
	*) SUITES+=("$a") ;;
	esac
done
[ ${#SUITES[@]} -eq 0 ] && SUITES=(unit cli source schema build analysis prices import diff wasm fuzz hostile faults scale install deb container lo browser)

mkdir -p build
LOG=build/test.log
: > "$LOG"
PASS=0 FAIL=0 SKIP=0

pass() { PASS=$((PASS + 1)); echo "ok - $*" >> "$LOG"; }
fail() { FAIL=$((FAIL + 1)); echo "not ok - $*" | tee -a "$LOG"; }
skip() { SKIP=$((SKIP + 1)); echo "skip - $*" | tee -a "$LOG"; }

# Run runsheet (under $VALGRIND when set).
rs() { $VALGRIND "$RUNSHEET" "$@"; }

# --- unit: formula cases, names, numbers, JSON positions, expectations ---
suite_unit() {
	local out status
	out=$($VALGRIND "$UNIT" 2>&1)
	status=$?
	echo "$out" >> "$LOG"
	while IFS= read -r line; do
		case $line in
		"ok "*) PASS=$((PASS + 1)) ;;
		"not ok "*) FAIL=$((FAIL + 1)); echo "$line" ;;
		"# "*) case $line in "# unit:"*) ;; *) echo "$line" ;; esac ;;
		esac
	done <<< "$out"
	case $out in *"# unit:"*) ;; *) fail "unit harness crashed"; echo "$out" | tail -5 ;; esac
	case $out in *"# unit:"*", 0 failed"*)
		[ "$status" -eq 0 ] || fail "unit harness exited with status $status" ;;
	esac
}

# --- cli: golden files tests/cli/*.t --------------------------------------
# A .t file: "args:" (shell words), "status:", then "--- stdout" and
# "--- stderr" sections with the exact expected output.
# Every malformed-input case names the file and the place, the --set or
# the option it is about.
cli_messages_placed() {
	local t first bad=""
	for t in tests/cli/bad-*.t; do
		first=$(sed -n '/^--- stderr/{n;p;q}' "$t")
		case $first in
		*.json:[0-9]*:[0-9]*": error: "*|*.csv:[0-9]*:[0-9]*": error: "*|*.csv.gz:[0-9]*:[0-9]*": error: "*|"--"*": error: "*|"dump "*": error: "*|*": error: cannot read"*|*": error: the directory "*|*": error: the output "*|*/.runsheet-manifest:[0-9]*:[0-9]*": error: "*|*": error: not a runsheet site"*|*": error: no such directory"*) ;;
		*) bad="$bad $t" ;;
		esac
	done
	if [ -z "$bad" ]; then
		pass "cli: all $(ls tests/cli/bad-*.t | wc -l) malformed-input messages name the file and the place"
	else
		fail "cli: messages without a place:$bad"
	fi
}

# Point 9 of issue 21, the messages that need more than one command line.
messages_checks() {
	local cmd opt all bad out
	# every --help lists only options its command takes, and the command
	# refuses the shared options it does not list
	all="--data --pricing --set --platforms --today --allow-include --samples --seed --map-x --map-y --no-map"
	bad=""
	for cmd in calc dump check schema build site prices import; do
		out=$(rs "$cmd" --help)
		for opt in $(printf '%s\n' "$out" | sed -n 's/^  \(--[a-z-]*\).*/\1/p' | sort -u); do
			case $(rs "$cmd" "$opt" 1 2>&1) in *"unknown option"*) bad="$bad $cmd:$opt(listed,refused)" ;; esac
		done
		for opt in $all; do
			case $out in *"  $opt "*|*"  $opt"$'\n'*) continue ;; esac
			case $(rs "$cmd" "$opt" 1 2>&1) in *"unknown option $opt"*) ;; *) bad="$bad $cmd:$opt(taken,unlisted)" ;; esac
		done
	done
	if [ -z "$bad" ]; then pass "messages: every --help lists exactly the shared options its command takes"
	else fail "messages: --help and the options taken disagree:$bad"; fi
	case $(rs schema --help) in
	*--map-x*|*--set*|*--samples*) fail "messages: schema --help lists options schema does not take" ;;
	*) pass "messages: schema --help lists no --map-x, --set or --samples" ;;
	esac
	case $(rs import --help) in
	*"runsheet import focus FILE..."*"[--platform ID]"*"  --platform ID"*) pass "messages: import focus --platform is in the usage line" ;;
	*) fail "messages: import --help's usage line lacks --platform" ;;
	esac
	# an include outside the scenario's directory is not read, and no error
	# quotes a byte of a file that is not JSON
	out=$(rs calc tests/data/include/outside.json 2>&1; rs calc tests/data/include/outside.json --allow-include /etc 2>&1)
	case $out in
	*root*|*daemon*|*/bin/*) fail "messages: an include of /etc/passwd quoted it: $out" ;;
	*"is outside the scenario's directory"*"/etc/passwd:1:1: error: not a JSON file"*) pass "messages: /etc/passwd is not read as an include, and not quoted when allowed" ;;
	*) fail "messages: include of /etc/passwd: $out" ;;
	esac
	# no "## The scenario" heading over nothing
	rm -rf build/t-msg && rs build -q -o build/t-msg tests/data/no-description.json seed-004-business-hours > /dev/null 2>&1
	if [ -s build/t-msg/scenarios/no-description/report.md ] &&
	    ! grep -q '^## The scenario' build/t-msg/scenarios/no-description/report.md &&
	    grep -q '^## The scenario' build/t-msg/scenarios/seed-004-business-hours/report.md; then
		pass "messages: a scenario without a description has no empty \"The scenario\" heading"
	else fail "messages: the empty scenario heading (or the heading of one with a description)"; fi
	# the workbook's Summary names both platforms by name: the cached value of
	# "Cheapest before rules" is decision.cheapest_name's
	out=$(unzip -p build/t-msg/scenarios/seed-004-business-hours/workbook.xlsx xl/worksheets/sheet1.xml)
	want=$(rs dump seed-004-business-hours decision.cheapest_name | sed -n '1s/^[^"]*"\(.*\)".*/\1/p')
	case $out in
	*"<f>decision.cheapest_name</f><v>$want</v>"*) pass "messages: the Summary sheet names the cheapest platform ($want), as it names the recommended one" ;;
	*) fail "messages: Summary's cheapest before rules is not decision.cheapest_name ($want)" ;;
	esac
	rm -rf build/t-msg
}

suite_cli() {
	cli_messages_placed
	messages_checks
	local t args want_status got_status want_out want_err got_out got_err
	for t in tests/cli/*.t; do
		args=$(sed -n 's/^args: //p' "$t")
		want_status=$(sed -n 's/^status: //p' "$t")
		eval "set -- $args"
		got_out=$(rs "$@" 2>build/cli.err); got_status=$?
		got_err=$(cat build/cli.err)
		if [ "$UPDATE" = 1 ]; then
			{
				sed -n '/^status: /q; /^#/p; /^args: /p' "$t"
				echo "status: $got_status"
				echo "--- stdout"
				printf '%s\n' "$got_out"
				echo "--- stderr"
				printf '%s\n' "$got_err"
			} > "$t.new" && mv "$t.new" "$t"
			pass "$t (updated)"
			continue
		fi
		want_out=$(awk '/^--- stdout$/{f=1; next} /^--- stderr$/{f=0} f' "$t")
		want_err=$(awk '/^--- stderr$/{f=1; next} f' "$t")
		if [ "$got_status" != "$want_status" ]; then
			fail "$t: exit status $got_status, expected $want_status"
			printf '%s\n' "$got_err" | head -5 | sed 's/^/#   /'
		elif [ "$got_out" != "$want_out" ]; then
			fail "$t: stdout differs"
			diff <(printf '%s\n' "$want_out") <(printf '%s\n' "$got_out") | head -20 | sed 's/^/#   /'
		elif [ "$got_err" != "$want_err" ]; then
			fail "$t: stderr differs"
			diff <(printf '%s\n' "$want_err") <(printf '%s\n' "$got_err") | head -20 | sed 's/^/#   /'
		else
			pass "$t"
		fi
	done
}

# --- source: no cost or price lives in C ---------------------------------
# Every number of the model is a cell in the data. If one of the seeds'
# prices or results appears in the generator, the design is broken.
suite_source() {
	local n hits
	for n in 0.000024 0.0000025 0.04048 0.004445 0.0445 0.0049375 0.1632 0.096 \
	    110.25 91.24 52.13 158.77 119.14 140.16 '\b730\b' 74.40 180000; do
		hits=$(grep -nE "$n" generator/*.c generator/*.h 2>/dev/null)
		if [ -n "$hits" ]; then
			fail "source: $n appears in the generator: $hits"
		else
			pass "source: $n is not in the generator"
		fi
	done
	# the files call each other one way, down the list in runsheet.h
	local line
	while IFS= read -r line; do
		case $line in
		"ok - "*) pass "source: ${line#ok - }" ;;
		"not ok - "*) fail "source: ${line#not ok - }" ;;
		*) echo "$line" | tee -a "$LOG" ;;
		esac
	done < <(node tests/deps.mjs build/obj generator/runsheet.h generator 2>&1)
}

# --- schema: the committed JSON Schemas are what runsheet generates ------
suite_schema() {
	local k
	for k in scenario pricing model regions; do
		if [ "$UPDATE" = 1 ]; then
			rs schema "$k" > "schema/$k.schema.json" && pass "schema: $k (updated)"
		elif rs schema "$k" | cmp -s - "schema/$k.schema.json"; then
			pass "schema: schema/$k.schema.json is up to date"
		else
			fail "schema: schema/$k.schema.json differs from 'runsheet schema $k' (run tests/run.sh --update schema)"
		fi
	done
}

# --- build: documents, goldens, determinism, atomic output ---------------
# A build replaces its output directory only when it is a runsheet site
# holding only what runsheet wrote, an empty directory or a new one; the
# user's files survive byte for byte whatever else is asked (--force too).
sums_of() { (cd "$1" && find . -type f -exec sha256sum {} + | sort); }
build_keeps_user_files() {
	local t=build/t-keep before out st
	rm -rf "$t" && mkdir -p "$t/reports/notes"
	printf 'deck\n' > "$t/reports/board-deck.md"
	printf 'draft\n' > "$t/reports/notes/q3.txt"
	printf 'x' > "$t/reports/.hidden"
	before=$(sums_of "$t/reports")
	for force in "" --force; do
		out=$(rs build -q $force -o "$t/reports" seed-004-business-hours 2>&1); st=$?
		case $st:$out in
		1:*"$t/reports: error: the directory \"$t/reports\" is not a runsheet site"*"holds 3 entries: .hidden, board-deck.md, notes/"*"-o $t/reports/site"*)
			pass "build${force:+ $force}: a directory that is not a site is refused, naming what it holds" ;;
		*) fail "build${force:+ $force}: non-site output: status $st: $out" ;;
		esac
		if [ "$(sums_of "$t/reports")" = "$before" ] && [ ! -e "$t/reports/index.html" ]; then
			pass "build${force:+ $force}: the user's files survive byte for byte, nothing added"
		else
			fail "build${force:+ $force}: the user's directory changed: $(ls -A "$t/reports")"
		fi
	done
	# the output directory holds the build's own input
	mkdir -p "$t/proj" && cp scenarios/seed-004-business-hours.json "$t/proj/mine.json"
	before=$(sums_of "$t/proj")
	out=$(rs build -q -o "$t/proj" "$t/proj/mine.json" 2>&1); st=$?
	case $st:$out in
	1:*"the directory \"$t/proj\" holds $t/proj/mine.json, an input of this build"*)
		pass "build: an output directory that holds the input is refused" ;;
	*) fail "build: output holds the input: status $st: $out" ;;
	esac
	if [ "$(sums_of "$t/proj")" = "$before" ]; then pass "build: the input in the output directory survives"
	else fail "build: the input in the output directory changed: $(ls -A "$t/proj")"; fi
	# a site: rebuilt; a file added to it (at the top, in a scenario) stops the build
	rs build -q -o "$t/site" seed-004-business-hours > /dev/null 2>&1
	printf 'mine\n' > "$t/site/notes.txt"
	printf 'mine too\n' > "$t/site/scenarios/seed-004-business-hours/comments.md"
	before=$(sums_of "$t/site")
	out=$(rs build -q --force -o "$t/site" seed-004-business-hours steady-api 2>&1); st=$?
	case $st:$out in
	1:*"the directory \"$t/site\" is a runsheet site, but holds what runsheet did not write: notes.txt, scenarios/seed-004-business-hours/comments.md;"*)
		pass "build: a site with files runsheet did not write is refused, naming them" ;;
	*) fail "build: site with added files: status $st: $out" ;;
	esac
	if [ "$(sums_of "$t/site")" = "$before" ]; then pass "build: a site with the user's files is left as it was"
	else fail "build: a site with the user's files changed"; fi
	cp "$t/proj/mine.json" "$t/site/mine.json"
	out=$(rs build -q -o "$t/site" "$t/site/mine.json" 2>&1); st=$?
	if [ "$st" = 1 ] && cmp -s "$t/site/mine.json" "$t/proj/mine.json"; then
		pass "build: a scenario inside the site it would replace survives"
	else fail "build: scenario inside the site: status $st: $out"; fi
	rm "$t/site/notes.txt" "$t/site/scenarios/seed-004-business-hours/comments.md" "$t/site/mine.json"
	if rs build -q -o "$t/site" seed-004-business-hours steady-api > /dev/null 2>&1 &&
	    [ -s "$t/site/scenarios/steady-api/report.md" ]; then
		pass "build: a site holding only its own files is replaced"
	else fail "build: rebuilding a clean site failed"; fi
	# a file, an empty directory
	printf 'keep\n' > "$t/out.html"
	out=$(rs build -q -o "$t/out.html" seed-004-business-hours 2>&1); st=$?
	if [ "$st" = 1 ] && [ "$(cat "$t/out.html")" = keep ]; then
		case $out in *"the output \"$t/out.html\" is a file, not a directory"*) pass "build: a file as the output is refused and kept" ;;
		*) fail "build: a file as the output: $out" ;; esac
	else fail "build: a file as the output: status $st, now $(head -c 40 "$t/out.html")"; fi
	mkdir "$t/empty"
	if rs build -q -o "$t/empty" seed-004-business-hours > /dev/null 2>&1 && [ -s "$t/empty/index.html" ]; then
		pass "build: an empty directory is built into"
	else fail "build: an empty directory was not built into"; fi
	# runsheet site: the same rules, and a shard may not be the output
	rs build -q --shard 1/2 -o "$t/s1" seed-004-business-hours steady-api > /dev/null 2>&1
	rs build -q --shard 2/2 -o "$t/s2" seed-004-business-hours steady-api > /dev/null 2>&1
	before=$(sums_of "$t/reports")
	out=$(rs site -o "$t/reports" "$t/s1" "$t/s2" 2>&1); st=$?
	case $st:$out in
	1:*"the directory \"$t/reports\" is not a runsheet site"*)
		if [ "$(sums_of "$t/reports")" = "$before" ]; then pass "site: a directory that is not a site is refused and kept"
		else fail "site: the user's directory changed"; fi ;;
	*) fail "site: non-site output: status $st: $out" ;;
	esac
	before=$(sums_of "$t/s1")
	out=$(rs site -o "$t/s1" "$t/s1" "$t/s2" 2>&1); st=$?
	case $st:$out in
	1:*"the directory \"$t/s1\" holds $t/s1, an input of this build"*)
		if [ "$(sums_of "$t/s1")" = "$before" ]; then pass "site: a shard given as the output is refused and kept"
		else fail "site: the shard given as the output changed"; fi ;;
	*) fail "site: shard as output: status $st: $out" ;;
	esac
	# what looks like a killed build's temporary tree but is not one stays
	printf 'mine\n' > "$t/.empty.tmp-999999999-abcdef"
	mkdir "$t/.empty.tmp-999999999-notours"
	rs build -q -o "$t/empty" seed-004-business-hours steady-api > /dev/null 2>&1
	if [ -f "$t/.empty.tmp-999999999-abcdef" ] && [ -d "$t/.empty.tmp-999999999-notours" ]; then
		pass "build: a file or directory that only looks like a stale temporary tree is kept"
	else fail "build: a look-alike of a temporary tree was removed"; fi
	case $(rs build --help) in
	*"-o DIR/site"*) pass "build --help says how to build elsewhere" ;;
	*) fail "build --help does not say what it replaces" ;;
	esac
}

# Every number a person reads is written for people (generator/num.c's
# rule): the bundled site's pages, reports and charts, calc's table and
# dump's text of every bundled scenario, and a scenario whose inputs make
# binary tails (14 vCPU +-15% is 11.9 to 16.099999999999998; 2950.41666666667
# runs a month) -- tests/numbers.mjs fails on more than 6 significant digits.
build_numbers() { # SITE
	local t=build/t-numbers id line
	rm -rf "$t" && mkdir -p "$t/text"
	for id in $(cd scenarios && ls *.json | sed 's/\.json$//'); do
		rs calc "$id" > "$t/text/calc-$id.txt" 2>/dev/null
		rs dump "$id" > "$t/text/dump-$id.txt" 2>/dev/null
	done
	rs build -q -o "$t/site" --set workload.vcpu=14 --set workload.jobs_per_month=2950.41666666667 \
	    --set workload.instance_memory_gib=0.775625 seed-004-business-hours steady-api > /dev/null 2>&1 ||
		fail "build: the build with tails to round failed"
	rs calc seed-004-business-hours --set workload.vcpu=14 --set workload.jobs_per_month=2950.41666666667 \
	    > "$t/text/calc-tails.txt" 2>/dev/null
	rs dump seed-004-business-hours --set workload.vcpu=14 > "$t/text/dump-tails.txt" 2>/dev/null
	while IFS= read -r line; do
		case $line in
		"ok - "*) pass "build: ${line#ok - }" ;;
		"not ok - "*) fail "build: ${line#not ok - }" ;;
		*) echo "$line" | tee -a "$LOG" ;;
		esac
	done < <(node tests/numbers.mjs "$1" 2>&1; node tests/numbers.mjs "$t/site" "$t"/text/*.txt 2>&1)
	rm -rf "$t"
}

suite_build() {
	local a=build/t-site-a b=build/t-site-b id f before after data
	rm -rf "$a" "$b"
	if ! rs build -o "$a" > build/t-build.log 2>&1; then
		fail "build: runsheet build failed: $(head -3 build/t-build.log)"
		return
	fi
	# provenance (issue 21, 3): what a scenario sets cites the layer that set
	# it, never the default's source, in dump, data.json and the workbook
	while IFS= read -r line; do
		case $line in
		"ok - "*) pass "build: ${line#ok - }" ;;
		"not ok - "*) fail "build: ${line#not ok - }" ;;
		*) echo "$line" | tee -a "$LOG" ;;
		esac
	done < <(node tests/provenance.mjs "$a" "$RUNSHEET" 2>&1)
	# a hand-written scenario: its own source where it gives one, else the
	# file, line and column of the value (counted by hand in the file: line
	# 12 is '    "engineers": 12', the value at column 4 + 13 + 1 = 18)
	local got
	got=$(rs dump tests/data/provenance.json workload.vcpu workload.requests_per_month \
	    workload.avg_request_ms team.engineers workload.concurrency --set workload.concurrency=2 | grep '  source: ')
	if [ "$got" = "  source: set in tests/data/provenance.json:12:18
  source: set in tests/data/provenance.json:9:23
  source: set on the command line: --set workload.concurrency=2
  source: set in tests/data/provenance.json:8:27
  source: our capacity plan, March 2026" ]; then
		pass "build: a hand-written scenario's values cite its own source, else its file:line:column, and a --set the command line"
	else
		fail "build: provenance of tests/data/provenance.json: $got"
	fi
	for id in seed-004-business-hours seed-001-10m-requests; do
		for f in report.md report.html workbook.xlsx data.json breakdown.csv \
		    charts/breakdown.png charts/breakdown.svg; do
			if [ -s "$a/scenarios/$id/$f" ]; then pass "build: $id/$f written"
			else fail "build: $id/$f missing or empty"; fi
		done
		for f in report.md breakdown.csv data.json; do
			if [ "$UPDATE" = 1 ]; then
				mkdir -p "tests/golden/$id"
				cp "$a/scenarios/$id/$f" "tests/golden/$id/$f"
				pass "build: golden $id/$f (updated)"
			elif cmp -s "$a/scenarios/$id/$f" "tests/golden/$id/$f"; then
				pass "build: $id/$f equals tests/golden/$id/$f"
			else
				fail "build: $id/$f differs from tests/golden/$id/$f"
				diff "tests/golden/$id/$f" "$a/scenarios/$id/$f" | head -10 | sed 's/^/#   /'
			fi
		done
	done
	for f in index.html methodology.html pricing.html sources.html platforms/index.html \
	    platforms/cloud_run.html platforms/hetzner_k8s.html assets/style.css assets/sort.js; do
		if [ -s "$a/$f" ]; then pass "build: $f written"; else fail "build: $f missing"; fi
	done
	build_numbers "$a"
	# the seeds by title, a sources page listing each (tests/cites.mjs)
	local line
	while IFS= read -r line; do
		case $line in
		"ok - "*) pass "build: ${line#ok - }" ;;
		"not ok - "*) fail "build: ${line#not ok - }" ;;
		*) echo "$line" | tee -a "$LOG" ;;
		esac
	done < <(node tests/cites.mjs "$a" models/sources.json 2>&1)
	if grep -q '^It draws on The Post-Heroku Infrastructure Decision (seed 004)\.$' \
	    "$a/scenarios/seed-004-business-hours/report.md" &&
	    grep -q '| Serverless Containers vs Kubernetes: Cloud Run, AWS Fargate, and Azure Container Apps and When Each Is the Right Call (seed 001): "two m5.large nodes' \
	    "$a/scenarios/seed-001-10m-requests/report.md"; then
		pass "build: the reports cite seeds 004 and 001 by their titles"
	else
		fail "build: the reports do not cite the seeds by title"
	fi
	# pricing.html flags stale prices: all of them five years on, none with a
	# threshold of 100,000 days
	rs build -q -o build/t-site-stale --today 2031-01-01 seed-004-business-hours > /dev/null 2>&1
	rs build -q -o build/t-site-fresh --stale-days 100000 seed-004-business-hours > /dev/null 2>&1
	local nstale nrows nfresh nunread nread
	nstale=$(grep -o 'class="mark stale">stale: [0-9]* days old' build/t-site-stale/pricing.html | wc -l)
	nrows=$(grep -o '<tr[^>]*><th scope="row"><code>' build/t-site-stale/pricing.html | wc -l)
	nfresh=$(grep -o 'class="mark stale">stale: ' build/t-site-fresh/pricing.html | wc -l)
	nunread=$(grep -o '<td class="date"><span class="mark stale">not read<' build/t-site-fresh/pricing.html | wc -l)
	# every price read from its source is stale in 2031; the others say "not read"
	nread=$(node -e 'let n = 0; for (const f of require("fs").readdirSync("models/pricing")) {
		if (!f.endsWith(".json")) continue;
		const walk = (o) => { for (const v of Object.values(o)) if (v && typeof v === "object") {
			if ("value" in v) { if (v.read === false) n++; } else walk(v); } };
		walk(JSON.parse(require("fs").readFileSync("models/pricing/" + f)).cells); }
		console.log(n)')
	if [ "$nrows" -gt 20 ] && [ $((nstale + nunread)) = "$nrows" ] && [ "$nfresh" = 0 ] &&
	    [ "$nunread" = "$nread" ] && [ "$nunread" -gt 0 ]; then
		pass "build: pricing.html marks prices older than --stale-days ($nstale of $nrows in 2031, none with 100,000 days) and the $nunread not read from their source"
	else
		fail "build: pricing.html stale flags: $nstale of $nrows in 2031, $nfresh with 100,000 days, $nunread marked not read of $nread"
	fi
	# the report says the oldest date it rests on and flags stale and unread
	# prices (imported-example compares all 11 platforms, so Container Apps'
	# prices of 2025-05-30 -- 542 days before the tests' 2026-11-23, over 365 --
	# and the euro rate, a secondhand copy, fx.eur_usd)
	f=$a/scenarios/imported-example/report.md
	if grep -q '^> \*\*Prices to check before relying on this:\*\* 3 prices were read more than 365 days before 2026-11-23 (`price.container_apps.active_gib_second` of 2025-05-30, ' "$f" &&
	    grep -q '^> .* were not read from their source (`fx.eur_usd`, ' "$f" &&
	    grep -q '^\*Generated by runsheet [0-9.]* from prices read between 2025-05-30 and 2026-12-07, 3 of them stale, and 29 not read from their source\.\*$' "$f"; then
		pass "build: the report says the oldest price date it rests on and flags stale and unread prices"
	else
		fail "build: the report does not flag its stale and unread prices: $(grep -m1 'Prices to check' "$f" | cut -c1-200)"
	fi
	# runsheet takes net prices: a price its source gives including VAT is never
	# used as read (Hetzner's CPX31 figure was; Hetzner's own list was not found)
	local gross
	gross=$(node -e 'const bad = []; for (const f of require("fs").readdirSync("models/pricing")) {
		if (!f.endsWith(".json")) continue;
		const walk = (o, p) => { for (const [k, v] of Object.entries(o)) if (v && typeof v === "object") {
			if ("value" in v) { if (/incl(uding|\.) VAT/i.test(v.source || "") && v.read !== false) bad.push(p + k); }
			else walk(v, p + k + "."); } };
		walk(JSON.parse(require("fs").readFileSync("models/pricing/" + f)).cells, ""); }
		console.log(bad.join(" "))')
	if [ -z "$gross" ]; then
		pass "build: no price including VAT is used as read (runsheet takes net prices)"
	else
		fail "build: prices including VAT used as read: $gross"
	fi
	# the workbook says so too: its Inputs sheet dates each price, or says it was not read
	if unzip -p "$a/scenarios/seed-004-business-hours/workbook.xlsx" xl/sharedStrings.xml |
	    grep -q '>not read from its source<' &&
	    grep -q '^| `price.aws.nat_gb` | 0.045 USD/GB | us-east-1 | .* | not read from its source |$' \
	    "$a/scenarios/seed-004-business-hours/report.md"; then
		pass "build: the workbook and the report mark a price not read from its source"
	else
		fail "build: the workbook or the report does not mark price.aws.nat_gb as not read"
	fi
	rm -rf build/t-site-stale build/t-site-fresh
	# the progress line: on a terminal only
	if [ -s build/t-build.log ]; then
		fail "build: output on a pipe: $(head -2 build/t-build.log)"
	else
		pass "build: quiet when stderr is not a terminal"
	fi
	if command -v script > /dev/null; then
		out=$(CI= script -qec "$RUNSHEET build -o build/t-site-tty seed-004-business-hours steady-api" /dev/null 2>&1)
		case $out in
		*"[1/2] seed-004-business-hours"*"[2/2] steady-api"*) pass "build: a progress line on a terminal" ;;
		*) fail "build: no progress line on a terminal: $(printf '%s' "$out" | tr '\r\033' '  ' | head -c 200)" ;;
		esac
		out=$(CI=true script -qec "$RUNSHEET build -o build/t-site-tty seed-004-business-hours" /dev/null 2>&1)
		if [ -z "$out" ]; then pass "build: no progress line when CI is set"
		else fail "build: progress shown with CI set"; fi
		rm -rf build/t-site-tty
	else
		fail "build: script(1) is missing (bsdutils) to test the progress line"
	fi
	# the same inputs give byte-identical output, workbook and charts included
	rs build -o "$b" > /dev/null 2>&1
	if diff -r "$a" "$b" > /dev/null; then
		pass "build: building twice gives byte-identical files ($(find "$a" -type f | wc -l) files)"
	else
		fail "build: two builds differ: $(diff -rq "$a" "$b" | head -3)"
	fi
	# a failing build leaves the previous site as it was, and no temporary tree
	before=$(cd "$a" && find . -type f -exec sha256sum {} + | sort)
	if rs build -o "$a" scenarios/seed-004-business-hours.json tests/data/div-zero.json > /dev/null 2>&1; then
		fail "build: a scenario with errors built"
	else
		after=$(cd "$a" && find . -type f -exec sha256sum {} + | sort)
		if [ "$before" = "$after" ]; then pass "build: a failed build leaves the previous site untouched"
		else fail "build: a failed build changed the previous site"; fi
	fi
	if ls -d build/.t-site-a.tmp-* > /dev/null 2>&1; then
		fail "build: a temporary directory was left behind"
	else
		pass "build: no temporary directory is left behind"
	fi
	# an unknown template variable is a build error with its place
	data=build/t-data
	rm -rf "$data" && mkdir -p "$data"
	cp -R models scenarios templates assets "$data/"
	sed -i 's/{{verdict_monthly}}/{{verdict_montly}}/' "$data/templates/report.md"
	out=$(rs build --data "$data" -o build/t-site-c 2>&1)
	case $out in
	*'templates/report.md:'*': error: unknown template variable "verdict_montly"'*)
		pass "build: an unknown template variable is an error with file:line:column" ;;
	*) fail "build: unknown template variable: $out" ;;
	esac
	if [ -e build/t-site-c ]; then fail "build: a failed build created its output"; else pass "build: a failed build creates no output"; fi
	# an "inert" list names cells, on a logical cell of a platform
	cp models/platforms/fargate.json "$data/fargate.json"
	sed -i '0,/"inert": \["workload.active_hours_per_day"/s//"inert": ["workload.active_hours_per_dy"/' \
	    "$data/models/platforms/fargate.json"
	out=$(rs check --data "$data" 2>&1)
	case $out in
	*'models/platforms/fargate.json:'*': error: /cells/fargate/active_time_inert/inert/0: unknown name "workload.active_hours_per_dy" (did you mean "workload.active_hours_per_day"?)'*)
		pass "build: an unknown name in an inert list is an error at its place" ;;
	*) fail "build: unknown name in an inert list: $out" ;;
	esac
	cp "$data/fargate.json" "$data/models/platforms/fargate.json"
	perl -0pi -e 's/("active_time_inert": \{\n\s*"formula": "[^"]*",\n\s*"unit": )"logical"/$1"factor"/' \
	    "$data/models/platforms/fargate.json"
	out=$(rs check --data "$data" 2>&1)
	case $out in
	*'models/platforms/fargate.json:'*': error: /cells/fargate/active_time_inert/inert: "inert" belongs on a logical cell of a platform'*)
		pass "build: an inert list on a cell that is not logical is an error at its place" ;;
	*) fail "build: inert list on a factor cell: $out" ;;
	esac
	# a file name the model data cites must be one models/sources.json lists
	cp models/platforms/fargate.json "$data/models/platforms/fargate.json"
	sed -i '0,/"source": "004_76779babffdde425.txt:/s//"source": "005_0123456789abcdef.txt:/' \
	    "$data/models/platforms/fargate.json"
	out=$(rs check --data "$data" 2>&1)
	case $out in
	*'models/platforms/fargate.json:'*': error: /cells/fargate/'*': cites 005_0123456789abcdef.txt, which models/sources.json does not list (give its title there)'*)
		pass "build: a seed file name models/sources.json does not list is an error at its place" ;;
	*) fail "build: an unlisted seed file name: $out" ;;
	esac
	cp models/platforms/fargate.json "$data/models/platforms/fargate.json"
	# the report says which inputs change nothing where, and why: seed 004's
	# 12 h x 22 days bear on neither GKE Autopilot nor EKS (both bill all month)
	f=$a/scenarios/seed-004-business-hours/report.md
	if grep -q '^- `workload.active_hours_per_day` (12 h/day) and `workload.active_days_per_month` (22 days/month) change nothing on:$' "$f" &&
	    grep -q '^  - Amazon EKS on EC2: the nodes run all month' "$f"; then
		pass "build: the report names the inputs that change nothing on a platform, and why"
	else
		fail "build: the report does not say which inputs change nothing on EKS"
	fi
	# imported-example keeps its whole workload warm on Fargate (5 services x 2
	# minimum tasks of 0.46 vCPU / 0.9125 GiB = 4.6 vCPU / 9.125 GiB, its whole
	# workload): 24 h a day changes nothing there
	rs build -q -o build/t-site-inert --set workload.active_hours_per_day=24 imported-example > /dev/null 2>&1
	if grep -q '^  - AWS ECS Fargate: the minimum tasks (workload.min_instances) are the whole workload' \
	    build/t-site-inert/scenarios/imported-example/report.md; then
		pass "build: --set workload.active_hours_per_day=24 on a warm Fargate workload is reported inert"
	else
		fail "build: the inert active hours on Fargate are not reported"
	fi
	rm -rf build/t-site-inert
	rm -rf "$a" "$b" "$data"
	build_keeps_user_files
}

# --- prices: vendors' price lists imported, regions priced ---------------
# The fixtures under tests/data/prices/ are written in each vendor's exact
# format (tests/data/prices/README.md): an AWS Price List offer file per
# offer, Azure Retail Prices API pages, Cloud Billing Catalog SKU lists and
# a Hetzner /v1/pricing response, all for Frankfurt and its neighbours.
price_of() { # SHEETS... -- CELL: the cell's value with the sheets, in eu-central
	local args=() c
	while [ "$1" != -- ]; do args+=(--pricing "$1"); shift; done
	c=$2
	rs dump "${args[@]}" --set workload.region=eu-central "$c" --format json 2>/dev/null |
	    cell_value
}
cell_value() { # the first cell's value in dump --format json on stdin, every digit
	sed -n 's/^ *"value": "\{0,1\}\([^"]*\)"\{0,1\},$/\1/p' | head -1
}
near() { awk -v a="$1" -v b="$2" 'BEGIN { d = a - b; if (d < 0) d = -d; m = b < 0 ? -b : b; exit !(a != "" && d <= 1e-9 * (m > 1 ? m : 1)) }'; }
check_price() { # LABEL GOT WANT
	if near "$2" "$3"; then pass "prices: $1 = $3"
	else fail "prices: $1 is '$2', expected $3"; fi
}
check_near() { # LABEL GOT WANT
	if near "$2" "$3"; then pass "$1 = $3"
	else fail "$1 is '$2', expected $3"; fi
}
suite_prices() {
	local d=build/t-prices p=tests/data/prices v out a b sheets n
	rm -rf "$d" && mkdir -p "$d"
	if rs prices import aws $p/aws/*.json -o $d/aws.json 2> $d/aws.log &&
	    rs prices import gcp $p/gcp/*.json --region europe-west3 -o $d/gcp.json 2> $d/gcp.log &&
	    rs prices import azure $p/azure/*.json -o $d/azure.json 2> $d/azure.log &&
	    rs prices import hetzner $p/hetzner/pricing.json --region nbg1 --as-of 2026-11-25 -o $d/hetzner.json 2> $d/hetzner.log; then
		pass "prices: the four vendors' files import"
	else
		fail "prices: an import failed: $(cat $d/*.log | head -5)"
		return
	fi
	for v in aws gcp azure hetzner; do
		n=$(grep -c '"value":' $d/$v.json)
		if [ "$n" -gt 3 ] && [ "$(grep -c '"source": "' $d/$v.json)" = "$n" ] &&
		    [ "$(grep -c '"url": "https://' $d/$v.json)" = "$n" ] &&
		    [ "$(grep -c '"as_of": "20[0-9][0-9]-[01][0-9]-[0-3][0-9]"' $d/$v.json)" = "$n" ]; then
			pass "prices: $v: each of the $n prices has a source, a URL and a date"
		else
			fail "prices: $v: a price without source, URL or date"
		fi
	done
	grep -q '"region": "eu-central-1"' $d/aws.json && grep -q '"region": "europe-west3"' $d/gcp.json &&
	    grep -q '"region": "germanywestcentral"' $d/azure.json && grep -q '"region": "nbg1"' $d/hetzner.json &&
	    pass "prices: each sheet names its region (inferred for aws and azure, given for gcp and hetzner)" ||
	    fail "prices: a sheet without its region"
	# each imported price, by hand from the fixtures
	sheets="$d/aws.json $d/gcp.json $d/azure.json $d/hetzner.json --"
	# AmazonECS: Fargate x86 $0.05 per vCPU-hour (the ARM and Spot SKUs do not match)
	check_price "aws price.fargate.vcpu_hour" "$(price_of $sheets price.fargate.vcpu_hour)" 0.05
	# NAT gateway $0.05 an hour x 730 hours = $36.50 a month (unit conversion)
	check_price "aws price.aws.nat_month" "$(price_of $sheets price.aws.nat_month)" 36.5
	# m5.large: the Linux, shared, used SKU ($0.12), not Windows ($0.212) or a reservation
	check_price "aws price.aws.m5_large_hour" "$(price_of $sheets price.aws.m5_large_hour)" 0.12
	# data out: tiers 0-10,240 GB $0.09, 10,240-51,200 $0.085, ...: 1,000 GB is in the first
	check_price "aws price.aws.egress_gb (the tier holding 1,000 GB)" "$(price_of $sheets price.aws.egress_gb)" 0.09
	# Autopilot bills $0.00006 per mCPU-hour: x 1,000 mCPU = $0.06 per vCPU-hour
	check_price "gcp price.gke_autopilot.vcpu_hour (mCPU to vCPU)" "$(price_of $sheets price.gke_autopilot.vcpu_hour)" 0.06
	# an e2-standard-4 is 4 cores x $0.03 + 16 GiB x $0.004 = $0.184 an hour
	check_price "gcp price.gce.e2_standard_4_hour (4 cores + 16 GiB)" "$(price_of $sheets price.gce.e2_standard_4_hour)" 0.184
	# egress $0.12 per GiB (100 GiB is in the first tier) = 0.12 x 10^9 / 2^30 per GB
	check_price "gcp price.gcp.egress_gb (GiB to GB)" "$(price_of $sheets price.gcp.egress_gb)" 0.111758708953857
	# Cloud Run CPU: free up to 180,000 vCPU-s, then $0.00003: both tiers, as two cells
	check_price "gcp price.cloud_run.vcpu_second (the first paid tier)" "$(price_of $sheets price.cloud_run.vcpu_second)" 0.00003
	check_price "gcp price.cloud_run.free_vcpu_seconds (where it starts)" "$(price_of $sheets price.cloud_run.free_vcpu_seconds)" 180000
	# an E10 Standard SSD is 128 GiB at $10.24 a month: $0.08 per GiB-month
	check_price "azure price.azure.disk_gib_month (per disk to per GiB)" "$(price_of $sheets price.azure.disk_gib_month)" 0.08
	# Container Apps requests: the free grant ends at 2 (million): 2,000,000 requests
	check_price "azure price.container_apps.free_requests (millions to requests)" "$(price_of $sheets price.container_apps.free_requests)" 2000000
	# the same meter read twice (a page saved twice) is read once
	rs prices import azure $p/azure/germanywestcentral-1.json $p/azure/germanywestcentral-1.json -q > $d/twice.json 2> $d/twice.log &&
	    grep -q '"value": 0.00003' $d/twice.json && pass "prices: azure: a page given twice is read once" ||
	    fail "prices: azure: a page given twice: $(head -3 $d/twice.log)"
	# Hetzner CAX31: EUR 16.00 net a month (gross would be 19.04)
	check_price "hetzner price.hetzner.cax31_month_eur (net)" "$(price_of $sheets price.hetzner.cax31_month_eur)" 16
	# the tier boundary: asked for the tier that holds exactly 10,240 GB, the second
	rs prices import aws $p/aws/AWSDataTransfer-eu-central-1.json --map $p/bad/egress-at-10240.map.json -q > $d/edge.json 2>&1
	a=$(awk '/"egress_gb"/ { f = 1 } f && /"value"/ { gsub(/[^0-9.]/, "", $2); print $2; exit }' $d/edge.json)
	check_price "aws egress at exactly 10,240 GB: the tier from 10,240 (a tier holds its start)" "$a" 0.085
	# the same files give the same sheet, byte for byte
	rs prices import aws $p/aws/*.json -o $d/aws2.json 2> /dev/null
	cmp -s $d/aws.json $d/aws2.json && pass "prices: importing twice gives the same sheet" ||
	    fail "prices: two imports of the same files differ"
	# Frankfurt, per provider: 2 vCPU and 4 GiB for 730 hours, no free tiers
	out=$(rs calc tests/data/region-capacity.json --pricing $d/aws.json --pricing $d/gcp.json \
	    --pricing $d/azure.json --pricing $d/hetzner.json --format csv 2>&1)
	# Fargate: 2 x 730 x $0.05 + 4 x 730 x $0.005 = 73 + 14.6 = $87.60
	check_price "Fargate compute, 2 vCPU / 4 GiB for 730 h" "$(csv_sum "$out" fargate compute)" 87.6
	# Cloud Run: 2 x 2,628,000 s x $0.00003 + 4 x 2,628,000 x $0.0000035 = 157.68 + 36.792
	check_price "Cloud Run compute" "$(csv_sum "$out" cloud_run compute)" 194.472
	# Container Apps: 5,256,000 x $0.00003 + 10,512,000 x $0.000004 = 157.68 + 42.048
	check_price "Container Apps compute" "$(csv_sum "$out" container_apps compute)" 199.728
	# Hetzner: three CAX31 (the minimum) x EUR 16 x fx.eur_usd 1.0411 = $49.9728
	check_price "Hetzner compute" "$(csv_sum "$out" hetzner_k8s compute)" 49.9728
	# without the sheets: an error per provider, naming its region code and the import
	out=$(rs calc tests/data/region-capacity.json 2>&1)
	case $out in
	*'no Google Cloud prices for europe-west3'*'runsheet prices import gcp'*'no Amazon Web Services prices for eu-central-1'*'runsheet prices import aws'*'no Microsoft Azure prices for germanywestcentral'*'runsheet prices import azure'*)
		# Hetzner's bundled sheet prices nbg1 (its German list), so no error for it
		case $out in
		*'Hetzner prices'*) fail "prices: Hetzner has a bundled sheet for nbg1: $out" ;;
		*) pass "prices: a region without sheets is an error per provider, never another region's prices" ;;
		esac ;;
	*) fail "prices: region without sheets: $out" ;;
	esac
	# with one provider's sheet only: the others still fail; --platforms prices the rest
	out=$(rs calc tests/data/region-capacity.json --pricing $d/aws.json 2>&1)
	case $out in
	*'--platforms fargate'*) pass "prices: the error suggests the platforms the sheets do price" ;;
	*) fail "prices: no --platforms suggestion: $out" ;;
	esac
	out=$(rs calc tests/data/region-capacity.json --pricing $d/aws.json --platforms fargate --format csv 2>&1)
	check_price "--platforms fargate with only the AWS sheet" "$(csv_sum "$out" fargate compute)" 87.6
	# the report, the data and the workbook say where each price comes from
	rm -rf $d/site
	if rs build -q -o $d/site tests/data/region-capacity.json --pricing $d/aws.json --pricing $d/gcp.json \
	    --pricing $d/azure.json --pricing $d/hetzner.json > $d/build.log 2>&1; then
		v=$d/site/scenarios/region-capacity
		grep -q '^Priced in region eu-central' $v/report.md &&
		    grep -q '^| `price.fargate.vcpu_hour` | .* | eu-central-1 | AWS Price List, AmazonECS offer' $v/report.md &&
		    grep -q '"region": "europe-west3"' $v/data.json &&
		    unzip -p $v/workbook.xlsx xl/sharedStrings.xml | grep -q '>germanywestcentral<' &&
		    grep -q 'priced in <a href="pricing.html#regions">eu-central</a>' $d/site/index.html &&
		    grep -q 'region eu-central-1' $d/site/pricing.html &&
		    pass "prices: the report, data.json, the workbook, the index and the prices page state each price's region" ||
		    fail "prices: a price's region is missing from a document"
	else
		fail "prices: building with imported sheets failed: $(head -3 $d/build.log)"
	fi
	# A region that prices only some platforms (issue 21, 2): series-a-saas
	# in eu-central with AWS from the imported sheet, Hetzner from its
	# bundled nbg1 sheet, nothing for Google, Azure or Fly. The platforms
	# not compared must reach no decision cell: calc's JSON and the model's
	# decision cells agree, and no cell but a missing price and the unpriced
	# platforms' own is #N/A. By hand (the totals calc prints): Fargate
	# 2584.7923 - Fargate Spot 2474.5646 = 110.2277 <= 0.05 x 2474.5646 =
	# 123.73, so a near tie with fargate; cheapest before rules fargate_spot.
	local un="--set workload.region=eu-central --pricing $d/aws.json --platforms fargate,fargate_spot,eks,hetzner_k8s"
	out=$(rs calc series-a-saas $un --format json 2>&1)
	a=$(rs dump series-a-saas $un decision.near_tie decision.cheapest decision.platform 2>&1 | grep ' = ' | tr '\n' ' ')
	b=$(printf '%s' "$out" | node -e 'const c = JSON.parse(require("fs").readFileSync(0)).recommendation;
		console.log(`${c.near_tie} ${c.platform} ${c.tied_with.join(",")}`)' 2>&1)
	if [ "$a" = 'decision.cheapest = "fargate_spot"  [platform id] decision.near_tie = TRUE  [logical] decision.platform = "fargate_spot"  [platform id] ' ] &&
	    [ "$b" = "true fargate_spot fargate" ]; then
		pass "prices: a region pricing some platforms: calc's JSON (near tie, with fargate) and the model's decision cells agree"
	else
		fail "prices: unpriced platforms reach the verdict: dump says $a; calc says $b"
	fi
	a=$(rs dump series-a-saas $un --format json | node -e 'const d = JSON.parse(require("fs").readFileSync(0));
		const bad = new Set(d.cells.filter((c) => c.name.endsWith(".total") && c.value === "#N/A").map((c) => c.name.split(".")[0]));
		console.log(d.cells.filter((c) => c.value === "#N/A" && !c.name.startsWith("price.") &&
			!bad.has(c.name.split(".")[0])).map((c) => c.name).join(" ") + "|" + [...bad].sort().join(","))')
	if [ "$a" = "|aks,app_runner,cloud_run,container_apps,fly_machines,gke_autopilot,gke_standard" ]; then
		pass "prices: #N/A stays inside the seven unpriced platforms and the missing prices"
	else
		fail "prices: #N/A outside the unpriced platforms: $a"
	fi
	# (the same in a scenario file, whose "platforms" a --set overrides)
	out=$(rs calc tests/data/region-unpriced.json --pricing $d/aws.json --set aks.compared=TRUE 2>&1)
	case $out in
	*'no Microsoft Azure prices for germanywestcentral'*) pass "prices: comparing a platform the region does not price is an error" ;;
	*) fail "prices: --set aks.compared=TRUE in eu-central: $out" ;;
	esac
	# the download script names the files the maps need
	out=$(scripts/fetch-prices.sh eu-central)
	case $out in
	*'services/$2/skus'*'aws/AmazonECS/current/eu-central-1/index.json'*'aws/AWSDataTransfer/current/eu-central-1/index.json'*"armRegionName%20eq%20%27germanywestcentral%27"*'api.hetzner.cloud/v1/pricing'*'runsheet prices import hetzner hetzner-pricing.json --region nbg1'*)
		pass "prices: scripts/fetch-prices.sh eu-central prints the downloads and the imports" ;;
	*) fail "prices: fetch-prices.sh: $(printf '%s' "$out" | head -5)" ;;
	esac
	rm -rf "$d"
	# models/regions.json malformed, one way at a time: each is an error
	# placed at the file, line, column and JSON path, and check fails
	local rd=build/t-regions c want got st
	rm -rf "$rd"
	mkdir -p "$rd"
	cp -r models "$rd/"
	while IFS='|' read -r c want; do
		node -e 'const fs = require("fs"); const r = JSON.parse(fs.readFileSync("models/regions.json"));
			'"$c"'; fs.writeFileSync(process.argv[1], JSON.stringify(r, null, 2) + "\n")' "$rd/models/regions.json"
		got=$(rs check --data "$rd" 2>&1 > /dev/null)
		st=$?
		if [ $st = 1 ] && grep -qE "^models/regions.json:[0-9]+:[0-9]+: error: $want" <<< "$got"; then
			pass "prices: regions.json with $c: $(grep -m1 -E 'error: ' <<< "$got" | cut -d' ' -f3-)"
		else
			fail "prices: regions.json with $c: status $st, expected \"$want\": $(head -2 <<< "$got")"
		fi
	done <<'CASES'
r.providers.gcp.importt = "gcp"|/providers/gcp/importt: unknown key "importt"
r.providers.gcp = 3|/providers/gcp: a provider is an object
r.providers.gcp.name = 7|/providers/gcp/name: expected text
r.providers.gcp.import = "oracle"|/providers/gcp/import: runsheet prices import reads aws, azure, gcp or hetzner
r.regions["US East"] = r.regions["us-east"]|/regions/US East: region id "US East"
r.regions.us = 5|/regions/us: a region is an object
r.regions["us-east"].gcp.code = "US-EAST4"|/regions/us-east/gcp/code: region code "US-EAST4"
r.regions["us-east"].gcp = {"place": "x"}|/regions/us-east/gcp: missing "code"
delete r.regions["us-east"].fly|/regions/us-east: region "us-east" does not say which region of Fly.io
r.regions = []|/regions: "regions" is an object
r.kind = "pricing"|/kind: expected "kind": "regions"
r.default = "mars"|/default: "default" names the default region
CASES
	rm -rf "$rd"
}

# --- lo: LibreOffice recalculates what runsheet wrote -------------------
# Every formula cell of every bundled scenario's workbook, and every
# formula case, recalculated by LibreOffice must equal runsheet's own value
# (cached in the file) within 1e-9 relative. Then inputs are edited inside
# a workbook and LibreOffice's totals must equal runsheet calc --set.
LO_PROFILE=""
# --- import: from the team's cluster and bill ------------------------------
# The bundled example (scenarios/imported-example/) is rebuilt from its
# files and must come out as committed; every imported figure is checked
# against a hand calculation from the fixtures.

dump_value() { # SCENARIO CELL: the cell's value, every digit (dump --format json)
	rs dump "$1" "$2" --format json 2> /dev/null | cell_value
}
json_num() { # FILE KEY: the first "KEY": NUMBER in a pretty-printed JSON file
	sed -n "s/^ *\"$2\": \(-\{0,1\}[0-9.e+-]*\),\{0,1\}$/\1/p" "$1" | head -1
}

# kube_list N: what kubectl get deployments,...,nodes -A -o json prints of a
# cluster of N Deployments (team-00 to team-19, 2 replicas of 250m / 256Mi
# each) on one EKS node: a v1 List, keys in kubectl's order, four spaces
# (the format of tests/data/kube/README.md and scenarios/imported-example/).
kube_list() {
	awk -v n="$1" 'BEGIN {
		printf "{\n    \"apiVersion\": \"v1\",\n    \"items\": [\n"
		for (i = 1; i <= n; i++) {
			name = sprintf("svc-%04d", i); ns = sprintf("team-%02d", i % 20)
			printf "        {\n            \"apiVersion\": \"apps/v1\",\n            \"kind\": \"Deployment\",\n"
			printf "            \"metadata\": {\n                \"name\": \"%s\",\n                \"namespace\": \"%s\",\n", name, ns
			printf "                \"uid\": \"00000000-0000-4000-8000-%012d\"\n            },\n", i
			printf "            \"spec\": {\n                \"replicas\": 2,\n"
			printf "                \"selector\": {\n                    \"matchLabels\": {\n                        \"app\": \"%s\"\n                    }\n                },\n", name
			printf "                \"template\": {\n                    \"metadata\": {\n                        \"labels\": {\n                            \"app\": \"%s\"\n                        }\n                    },\n", name
			printf "                    \"spec\": {\n                        \"containers\": [\n                            {\n"
			printf "                                \"image\": \"registry.example/%s:1.0\",\n                                \"name\": \"app\",\n", name
			printf "                                \"resources\": {\n                                    \"requests\": {\n"
			printf "                                        \"cpu\": \"250m\",\n                                        \"memory\": \"256Mi\"\n"
			printf "                                    }\n                                }\n                            }\n                        ]\n                    }\n                }\n            },\n"
			printf "            \"status\": {\n                \"availableReplicas\": 2,\n                \"readyReplicas\": 2,\n                \"replicas\": 2\n            }\n        },\n"
		}
		printf "        {\n            \"apiVersion\": \"v1\",\n            \"kind\": \"Node\",\n"
		printf "            \"metadata\": {\n                \"labels\": {\n"
		printf "                    \"eks.amazonaws.com/nodegroup\": \"general\",\n"
		printf "                    \"kubernetes.io/arch\": \"amd64\",\n"
		printf "                    \"node.kubernetes.io/instance-type\": \"m6i.xlarge\",\n"
		printf "                    \"topology.kubernetes.io/region\": \"us-east-1\"\n"
		printf "                },\n                \"name\": \"ip-10-0-1-10.ec2.internal\"\n            },\n"
		printf "            \"spec\": {\n                \"providerID\": \"aws:///us-east-1a/i-0123456789abcdef0\"\n            }\n        }\n"
		printf "    ],\n    \"kind\": \"List\",\n    \"metadata\": {\n        \"resourceVersion\": \"\"\n    }\n}\n"
	}'
}

# A big cluster imports into a scenario calc, check and build accept: the
# sources stay short, the description lists every service.
import_big_clusters() {
	local d=$1 n out st src
	for n in 400 4000; do
		kube_list "$n" > "$d/c$n.json"
		rs import kubernetes "$d/c$n.json" -q -o "$d/s$n.json" 2> "$d/s$n.err"; st=$?
		if [ "$st" = 0 ] && out=$(rs calc "$d/s$n.json" --samples 10 --no-map 2>&1 > /dev/null) &&
		    rs check "$d/s$n.json" > /dev/null 2>&1; then
			pass "import: $n Deployments import into a scenario calc and check accept"
		else
			fail "import: $n Deployments: import status $st $(head -c 200 "$d/s$n.err"); calc: $(head -c 300 <<< "$out")"
		fi
		# by hand: n x 2 replicas x 250m = n/2 vCPU; n x 2 x 256Mi = n/2 GiB
		check_near "import: $n Deployments: workload.vcpu = $n x 2 x 0.25" \
		    "$(dump_value "$d/s$n.json" workload.vcpu)" $((n / 2))
		check_near "import: $n Deployments: workload.memory_gib = $n x 2 x 256 / 1024" \
		    "$(dump_value "$d/s$n.json" workload.memory_gib)" $((n / 2))
		src=$(grep -o '"source": "[^"]*"' "$d/s$n.json" | awk '{ if (length($0) > m) m = length($0) } END { print m + 0 }')
		if [ "$src" -lt 2000 ] && grep -q "and $((n - 10)) more (every one in the description's table)" "$d/s$n.json" &&
		    [ "$(grep -o 'team-[0-9]*/svc-[0-9]* | Deployment | 2 |' "$d/s$n.json" | wc -l)" = "$n" ]; then
			pass "import: $n Deployments: every source is short ($src bytes at most), the table lists all $n"
		else
			fail "import: $n Deployments: longest source $src bytes, table rows $(grep -o 'team-[0-9]*/svc-[0-9]* | Deployment' "$d/s$n.json" | wc -l)"
		fi
	done
	if rs build -q -o "$d/big-site" "$d/s400.json" > "$d/big.log" 2>&1 &&
	    [ "$(grep -c '^| team-[0-9]*/svc-[0-9]* | Deployment | 2 |' "$d/big-site/scenarios/c400/report.md")" = 400 ]; then
		pass "import: the 400-Deployment scenario builds, its report lists the 400"
	else
		fail "import: building the 400-Deployment scenario: $(head -3 "$d/big.log")"
	fi
	# no workload: an error naming what was read, nothing written
	printf '{"kind":"List","items":[]}\n' > "$d/empty.json"
	out=$(rs import kubernetes "$d/empty.json" -o "$d/empty-s.json" 2>&1); st=$?
	case $st:$out in
	1:*"empty.json:1:"*": error: /items: no workload to import"*"(read: 0 items)"*)
		[ -e "$d/empty-s.json" ] && fail "import: an empty cluster wrote a scenario" ||
		    pass "import: an empty cluster is an error naming what was read, nothing written" ;;
	*) fail "import: empty cluster: status $st: $out" ;;
	esac
	# an id the scenario's reader refuses is refused at import
	out=$(rs import kubernetes "$d/c400.json" --id ../evil -o "$d/evil.json" 2>&1); st=$?
	case $st:$out in
	1:*'--id ../evil: error: bad id "../evil"'*)
		[ -e "$d/evil.json" ] && fail "import: --id ../evil wrote a file" ||
		    pass "import: --id ../evil is refused as calc would refuse it, nothing written" ;;
	*) fail "import: --id ../evil: status $st: $out" ;;
	esac
}

# --- diff: runsheet diff on built sites, against hand calculations ------
# tests/diffcheck.mjs builds sites from the bundled scenarios (a changed
# price, input, verdict, model...) and checks each comparison; the
# malformed sites' messages are golden files in tests/cli/*diff*.t.
suite_diff() {
	local line out status
	out=$(RUNSHEET="$RUNSHEET" VALGRIND="$VALGRIND" node tests/diffcheck.mjs build/t-diff 2>&1)
	status=$?
	while IFS= read -r line; do
		case $line in
		"ok - "*) pass "${line#ok - }" ;;
		"not ok - "*) fail "${line#not ok - }" ;;
		"skip - "*) skip "${line#skip - }" ;;
		*) echo "$line" | tee -a "$LOG" ;;
		esac
	done <<< "$out"
	case $out in
	*"not ok - "*) ;;
	*) [ "$status" -eq 0 ] || fail "diff: tests/diffcheck.mjs stopped with status $status" ;;
	esac
}

suite_import() {
	local d=build/t-import ex=scenarios/imported-example c want got ok out
	rm -rf "$d" && mkdir -p "$d"

	# the example scenario's imported cells are what the import writes today
	if rs import kubernetes $ex/cluster.json $ex/metrics.json --id imported-example -q \
	    -o $d/imported.json; then
		pass "import: the example cluster imports"
	else
		fail "import: the example cluster does not import"
		return
	fi
	ok=1
	for c in workload.region workload.vcpu workload.memory_gib workload.services workload.instance_vcpu \
	    workload.instance_memory_gib workload.min_instances workload.storage_gib workload.stateful \
	    workload.sidecars workload.gpus workload.jobs_per_month workload.job_vcpu workload.job_memory_gib \
	    workload.job_seconds workload.arch plan.current_platform eks.node_type; do
		want=$(rs dump $d/imported.json "$c" | grep -v '^  defined:')
		got=$(rs dump imported-example "$c" | grep -v '^  defined:')
		if [ "$want" != "$got" ]; then
			fail "import: $c in scenarios/imported-example.json differs from a fresh import"
			ok=0
		fi
	done
	[ $ok = 1 ] && pass "import: the example's 18 imported cells and their sources are a fresh import's"
	if rs check $d/imported.json > $d/check.log 2>&1; then
		pass "import: the imported scenario passes runsheet check (the scenario schema's rules)"
	else
		fail "import: the imported scenario fails runsheet check: $(head -3 $d/check.log)"
	fi

	# by hand, from cluster.json: requests x replicas (HPA: storefront runs 4 in 3..10)
	# storefront 4 x 500m + checkout 2 x (500m + 50m log-shipper) + catalog 2 x 250m
	# (the 100m init container is smaller) + mailer 1 x 0 (no requests) + postgres 1 x 1 = 4.6
	check_near "import: example workload.vcpu = 4x0.5 + 2x0.55 + 2x0.25 + 0 + 1" \
	    "$(dump_value $d/imported.json workload.vcpu)" 4.6
	# 4 x 512Mi + 2 x (1Gi + 64Mi) + 2 x 512Mi + 0 + 4Gi = 2 + 2.125 + 1 + 4 = 9.125 GiB
	check_near "import: example workload.memory_gib = 4x0.5 + 2x1.0625 + 2x0.5 + 4" \
	    "$(dump_value $d/imported.json workload.memory_gib)" 9.125
	# the HPAs' minReplicas (3, 2), else the replicas (2, 1, 1): 9 / 5 services = 1.8, rounded
	check_near "import: example workload.min_instances = round((3+2+2+1+1)/5)" \
	    "$(dump_value $d/imported.json workload.min_instances)" 2
	# three finished Jobs of nightly-report ran 412, 388 and 424 s
	check_near "import: example workload.job_seconds = (412+388+424)/3" \
	    "$(dump_value $d/imported.json workload.job_seconds)" 408
	# "30 2 * * *" runs 365 times in 2026
	check_near "import: example workload.jobs_per_month = 365/12" \
	    "$(dump_value $d/imported.json workload.jobs_per_month)" 30.4166666666667
	check_near "import: example workload.storage_gib = the 100Gi claim" \
	    "$(dump_value $d/imported.json workload.storage_gib)" 100
	rs import kubernetes $ex/cluster.json $ex/metrics.json -o $d/x.json 2> $d/kube.err
	grep -q '^containers without requests, counted as 0: shop/mailer: mailer' $d/kube.err &&
	    grep -q '^pods in the metrics that match no imported workload, not counted: shop/debug-shell$' $d/kube.err &&
	    grep -q '^  workload.requests_per_month: ' $d/kube.err &&
	    pass "import: stderr names the container without requests, the stray pod and what to fill in" ||
	    fail "import: stderr lacks the no-request container, the stray pod or the fill-ins: $(head -5 $d/kube.err)"
	# measured use: 1669.633348m of 4600m requested = 36.3%
	grep -q 'Measured use (metrics-server): 1.67 CPU and 5.51Gi over the measured pods, 36.3% of their CPU requests' \
	    $d/imported.json && pass "import: measured CPU use 1669.6m of 4600m requested is 36.3%" ||
	    fail "import: the measured-use assumption is not 36.3% of the CPU requests"

	# the bill: actual.json comes out of the FOCUS export byte for byte
	if rs import focus $ex/focus-2026-10.csv.gz --filter SubAccountId=111122223333 -o $d/actual.json \
	    > $d/focus.txt && cmp -s $d/actual.json $ex/actual.json; then
		pass "import: scenarios/imported-example/actual.json is a fresh import of the FOCUS export"
	else
		fail "import: the example's actual.json differs from a fresh import"
	fi
	# by hand from the export (October: 744 hours; prices as in its ChargeDescription):
	# 3 m6i.xlarge x 744 h x $0.192 = 428.544
	check_near "import: example actual.compute = 3 x 744 x 0.192" \
	    "$(dump_value imported-example actual.compute)" 428.544
	# EKS: 744 h x $0.10 = 74.40
	check_near "import: example actual.platform_fees = 744 x 0.10" \
	    "$(dump_value imported-example actual.platform_fees)" 74.4
	# EBS (100 + 3 x 20) GB x 0.08 = 12.80; NAT 744 x 0.045 + 250 GB x 0.045 = 44.73;
	# ALB 744 x (0.0225 + 0.008) = 22.692; egress 186 GB x 0.09 = 16.74;
	# CloudWatch 124 GB x 0.50 + 300 GB-mo x 0.03 = 71.00; together 167.962
	check_near "import: example actual.hidden = 12.80 + 44.73 + 22.692 + 16.74 + 71.00" \
	    "$(dump_value imported-example actual.hidden)" 167.962
	# S3 500 GB x 0.023 = 11.50, tax 21.30, credit -50.00
	check_near "import: example actual.other = 11.50 + 21.30 - 50" \
	    "$(dump_value imported-example actual.other)" -17.2
	grep -q "components and other: 653.71; the export's total for the period and filters: 653.71 USD, equal to the billionth" \
	    $d/focus.txt && pass "import: the example bill's components and other add up to its total, 653.71" ||
	    fail "import: the example bill's parts do not add up: $(tail -2 $d/focus.txt)"

	# gzip or not, the same bill
	gzip -c tests/data/focus/aws.csv > $d/aws.csv.gz
	if [ "$(rs import focus $d/aws.csv.gz)" = "$(rs import focus tests/data/focus/aws.csv)" ]; then
		pass "import: a gzip-compressed export gives the same summary as the plain one"
	else
		fail "import: gzip and plain exports differ"
	fi

	# conservation on a larger export: 30,000 rows of costs in millionths, summed
	# exactly by awk (integers below 2^53), must equal runsheet's file total and
	# the sum of its components and other
	awk 'BEGIN {
		h = "BilledCost,BillingCurrency,BillingPeriodEnd,BillingPeriodStart,ChargeCategory,ChargeClass,ChargePeriodEnd,ChargePeriodStart,ProviderName,ServiceName,SubAccountId,Tags,x_ServiceCode,x_UsageType"
		print h
		split("AmazonEC2 AmazonEKS AWSELB AmazonCloudWatch AmazonS3 AmazonRDS", code, " ")
		split("BoxUsage:m6i.xlarge USE1-AmazonEKS-Hours:perCluster LoadBalancerUsage DataProcessing-Bytes TimedStorage-ByteHrs InstanceUsage:db.r6g.large", use, " ")
		x = 12345; micro = 0
		for (i = 0; i < 30000; i++) {
			x = (x * 1103515245 + 12345) % 2147483648
			k = x % 6 + 1
			v = x % 9000000 - 1000000      # -1.000000 to 7.999999 dollars
			micro += v
			cat = (x % 97 == 0) ? "Tax" : (x % 89 == 0) ? "Credit" : "Usage"
			printf "%s%d.%06d,USD,2026-11-01T00:00:00Z,2026-10-01T00:00:00Z,%s,,2026-10-02T00:00:00Z,2026-10-01T00:00:00Z,AWS,Service %d,111122223333,{},%s,%s\n", \
			    v < 0 ? "-" : "", (v < 0 ? -v : v) / 1000000, (v < 0 ? -v : v) % 1000000, cat, k, code[k], use[k]
		}
		printf "%.2f\n", micro / 1000000 > "/dev/stderr"
	}' > $d/many.csv 2> $d/many.total
	want=$(cat $d/many.total)
	out=$(rs import focus $d/many.csv --format json)
	printf '%s\n' "$out" > $d/many.json
	got=$(json_num $d/many.json file_total)
	if awk -v a="$got" -v b="$want" 'BEGIN { exit !(sprintf("%.2f", a) == b) }' &&
	    grep -q '"equal": true' $d/many.json &&
	    awk -v t="$want" '/"components": \{/ { f = 1; next } f && /\}/ { exit } f { gsub(/[",]/, ""); s += $2 }
	        END { exit !(sprintf("%.2f", s) == sprintf("%.2f", t)) }' $d/many.json; then
		pass "import: 30,000 rows: components and other add up to the export's total, $want, to the cent"
	else
		fail "import: 30,000 rows: runsheet's total $got, awk's $want"
	fi

	# model vs bill, from calc --format json: the model's hidden infrastructure of EKS
	# is 1 region x (ALB 20 + NAT 32 + observability 250) + 186 GB x (0.09 egress + 0.045
	# NAT) + 100 GiB x 0.08 = 335.11; the bill's 167.96; the miss (148.224 + 1.40 +
	# 167.148) / 670.906 = 47.2%, over the 15% threshold, most in hidden
	rs calc imported-example --format json --samples 1 > $d/calc.json
	got=$(awk '/"hidden": \{/ { f = 1 } f && /"model":/ { gsub(/[",]/, ""); print $2; exit }' $d/calc.json)
	check_near "import: model hidden for the bill = 20 + 32 + 250 + 186 x 0.135 + 100 x 0.08" "$got" 335.11
	got=$(json_num $d/calc.json miss)
	if awk -v m="$got" 'BEGIN { d = m - 316.772 / 670.906; exit !(d < 1e-4 && d > -1e-4) }' &&
	    grep -q '"off": true' $d/calc.json && grep -q '"worst": "hidden"' $d/calc.json; then
		pass "import: the model misses the example bill by 47.2% (> 15%), most in hidden infrastructure"
	else
		fail "import: the miss is $got, or not off, or not hidden"
	fi
	# the same scenario with hidden.k8s_observability_monthly set to its CloudWatch bill (71)
	# and three nodes (k8s.min_nodes 3: compute 3 x 0.192 x 730 = 420.48) is within the threshold
	rs calc imported-example --format json --samples 1 --set hidden.k8s_observability_monthly=71 \
	    --set k8s.min_nodes=3 > $d/calc2.json
	grep -q '"off": false' $d/calc2.json && pass "import: with the observability and the nodes the bill shows, the model is within the threshold" ||
	    fail "import: still off after setting observability 71 and 3 nodes: $(json_num $d/calc2.json miss)"

	# runsheet check reads the import rules: a FOCUS rule with no component is an error, placed
	mkdir -p $d/data && cp -R models scenarios templates assets $d/data/
	sed -i '0,/"component": "platform_fees"/s//"component": "fees"/' $d/data/models/focus-map.json
	out=$(rs check --data $d/data 2>&1)
	case $out in
	*"models/focus-map.json:"[0-9]*:[0-9]*": error: /providers/AWS/rules/0: a rule is"*) pass "import: runsheet check places a broken FOCUS rule" ;;
	*) fail "import: runsheet check on a broken focus-map.json: $(printf '%s' "$out" | head -3)" ;;
	esac

	# the documents: the warning comes before the recommendation; the workbook has a Bill sheet
	rm -rf $d/site
	if rs build -o $d/site imported-example > $d/build.log 2>&1; then
		out=$d/site/scenarios/imported-example
		if awk '/^> \*\*Warning: the model does not describe this system yet/ { w = NR } /^\*\*Recommendation/ { r = NR }
		    END { exit !(w && r && w < r) }' $out/report.md; then
			pass "import: report.md warns before its recommendation"
		else
			fail "import: report.md has no warning before the recommendation"
		fi
		grep -q '^## Model vs your bill' $out/report.md && grep -q '| hidden infrastructure (misses most) | \$167.96 | \$335.11 |' $out/report.md &&
		    pass "import: report.md has the model-vs-bill table" || fail "import: report.md lacks the model-vs-bill table"
		grep -q 'team.engineers, team.k8s_expertise and team.loaded_cost_per_year: the team — \*\*still the default\*\*' $out/report.md &&
		    grep -q 'workload.requests_per_month: .* — set by the scenario' $out/report.md &&
		    pass "import: report.md lists what the import could not say, set or still the default" ||
		    fail "import: report.md lacks the fill-in list"
		unzip -p $out/workbook.xlsx xl/workbook.xml | grep -q '<sheet name="Bill"' &&
		    pass "import: the workbook has a Bill sheet" || fail "import: no Bill sheet in the workbook"
		grep -q '"bill": {' $out/data.json && pass "import: data.json carries the bill" || fail "import: data.json has no bill"
	else
		fail "import: build failed: $(head -3 $d/build.log)"
	fi
	import_big_clusters "$d"
}

lo_convert() { # OUTDIR FILES...
	local out=$1; shift
	if [ -z "$LO_PROFILE" ]; then
		LO_PROFILE=$(mktemp -d)
		mkdir -p "$LO_PROFILE/user"
		cat > "$LO_PROFILE/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU
	fi
	soffice --headless -env:UserInstallation="file://$LO_PROFILE" \
	    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
	    "$@" --outdir "$out" > "$out/soffice.log" 2>&1
}

suite_lo() {
	local dir=build/lo book id line row out sheet
	if ! command -v soffice > /dev/null; then
		fail "lo: soffice not found (make check installs libreoffice-calc-nogui)"
		return
	fi
	rm -rf "$dir"
	mkdir -p "$dir/books" "$dir/csv" "$dir/edit"
	if ! rs build -o "$dir/site" > "$dir/build.log" 2>&1; then
		fail "lo: runsheet build failed: $(head -3 "$dir/build.log")"
		return
	fi
	for book in "$dir"/site/scenarios/*/workbook.xlsx; do
		id=$(basename "$(dirname "$book")")
		cp "$book" "$dir/books/$id.xlsx"
	done
	build/xlsxcases tests/formula/cases.txt "$dir/books/formula-cases.xlsx" > /dev/null

	# The edit: in seed 004's workbook set workload.vcpu to 6 and the Cloud
	# Run vCPU price to 0.01 (enough to change the verdict) by rewriting the cells' values in the XML,
	# leaving every cached result stale; LibreOffice must recalculate.
	book="$dir/books/seed-004-business-hours.xlsx"
	mkdir -p "$dir/edit/x"
	(cd "$dir/edit/x" && unzip -q "../../books/seed-004-business-hours.xlsx")
	# the Inputs sheet's number: its place among the <sheet> elements
	sheet=$(unzip -p "$book" xl/workbook.xml | grep -o '<sheet [^>]*>' |
	    grep -n 'name="Inputs"' | cut -d: -f1)
	for line in "workload.vcpu 6" "price.cloud_run.vcpu_second 0.01"; do
		row=$(build/xlsxcheck find "$book" "$sheet" "${line% *}")
		if [ -z "$row" ]; then
			fail "lo: cannot find ${line% *} on the Inputs sheet"
			return
		fi
		sed -i "s|<c r=\"B$row\"\([^>]*\)><v>[^<]*</v></c>|<c r=\"B$row\"\1><v>${line#* }</v></c>|" \
		    "$dir/edit/x/xl/worksheets/sheet$sheet.xml"
	done
	(cd "$dir/edit/x" && zip -q -X -r ../edited.xlsx '[Content_Types].xml' _rels docProps xl)

	# The bill: in the imported example's workbook set actual.hidden to 400; the
	# Bill sheet must recalculate its difference to what calc --set says.
	book="$dir/books/imported-example.xlsx"
	mkdir -p "$dir/edit/bill"
	(cd "$dir/edit/bill" && unzip -q "../../books/imported-example.xlsx")
	sheet=$(unzip -p "$book" xl/workbook.xml | grep -o '<sheet [^>]*>' |
	    grep -n 'name="Inputs"' | cut -d: -f1)
	row=$(build/xlsxcheck find "$book" "$sheet" actual.hidden)
	if [ -z "$row" ]; then
		fail "lo: cannot find actual.hidden on the imported example's Inputs sheet"
		return
	fi
	sed -i "s|<c r=\"B$row\"\([^>]*\)><v>[^<]*</v></c>|<c r=\"B$row\"\1><v>400</v></c>|" \
	    "$dir/edit/bill/xl/worksheets/sheet$sheet.xml"
	(cd "$dir/edit/bill" && zip -q -X -r ../billedit.xlsx '[Content_Types].xml' _rels docProps xl)

	# A region that prices only some platforms (issue 21, 2): its workbook
	# (tests/data/region-unpriced.json, AWS from the imported sheet) holds no
	# #N/A, neither cached nor after LibreOffice recalculates it
	mkdir -p "$dir/region"
	if rs prices import aws tests/data/prices/aws/*.json -q -o "$dir/region/aws.json" 2> "$dir/region/import.log" &&
	    rs build -q -o "$dir/region/site" tests/data/region-unpriced.json --pricing "$dir/region/aws.json" \
	    > "$dir/region/build.log" 2>&1; then
		cp "$dir/region/site/scenarios/region-unpriced/workbook.xlsx" "$dir/region/region-unpriced.xlsx"
	else
		fail "lo: building tests/data/region-unpriced.json: $(head -3 "$dir/region/import.log" "$dir/region/build.log")"
	fi
	lo_convert "$dir/csv" "$dir"/books/*.xlsx "$dir/edit/edited.xlsx" "$dir/edit/billedit.xlsx" \
	    $(ls "$dir/region/region-unpriced.xlsx" 2> /dev/null)
	if [ -f "$dir/region/region-unpriced.xlsx" ]; then
		local cached nsheets nerr
		cached=$(unzip -p "$dir/region/region-unpriced.xlsx" 'xl/worksheets/*.xml' | grep -o '#N/A\|NA()' | wc -l)
		nsheets=$(ls "$dir"/csv/region-unpriced-*.csv 2> /dev/null | wc -l)
		nerr=$(cat "$dir"/csv/region-unpriced-*.csv 2> /dev/null | grep -o '#N/A\|#VALUE!\|#NAME?\|#REF!\|#DIV/0!\|Err:[0-9]*' | wc -l)
		if [ "$cached" = 0 ] && [ "$nsheets" -ge 10 ] && [ "$nerr" = 0 ] &&
		    grep -q '^Cheapest before rules,AWS ECS Fargate Spot,' "$dir/csv/region-unpriced-Summary.csv" &&
		    grep -q '^price.aks.standard_cluster_hour,not priced in region eu-central' "$dir/csv/region-unpriced-Inputs.csv"; then
			pass "lo: region-unpriced: no #N/A cached, none in LibreOffice's recalculation of its $nsheets sheets; unpriced prices are text saying so"
		else
			fail "lo: region-unpriced: $cached #N/A cached, $nerr error values in $nsheets sheets after LibreOffice recalculates, or the Summary and Inputs are wrong"
		fi
	fi
	for book in "$dir"/books/*.xlsx; do
		id=$(basename "$book" .xlsx)
		while IFS= read -r line; do
			case $line in
			"ok "*) pass "lo: ${line#ok - }" ;;
			"not ok "*) fail "lo: ${line#not ok - }" ;;
			*) echo "$line" | tee -a "$LOG" ;;
			esac
		done < <(build/xlsxcheck "$book" "$dir/csv" "$id")
	done

	# LibreOffice's totals after the edit equal runsheet calc --set
	out=$(rs calc seed-004-business-hours --set workload.vcpu=6 \
	    --set price.cloud_run.vcpu_second=0.01 --format csv)
	local name total lo_total ok=1 rec
	while IFS=, read -r _ _ name _ _ _ _ _ total _ _ rec; do
		[ "$name" = name ] && continue
		lo_total=$(awk -F, -v n="$name" '$1 == n { print $7; exit }' "$dir/csv/edited-Summary.csv")
		if awk -v a="$total" -v b="$lo_total" 'BEGIN { d = a - b; if (d < 0) d = -d; m = a < 0 ? -a : a; exit !(b != "" && d <= 1e-9 * (m > 1 ? m : 1)) }'; then
			pass "lo: edited workbook: $name total $lo_total equals calc --set ($total)"
		else
			fail "lo: edited workbook: $name total is $lo_total in LibreOffice, $total in calc --set"
			ok=0
		fi
		[ "$rec" = true ] && rec_name=$name
	done <<< "$out"
	# the Sweep sheet recalculated too: its row at scale 1 is the edited scenario
	for name in "Google Cloud Run" "Amazon EKS on EC2"; do
		total=$(awk -F, -v n="$name" '$3 == n { print $9; exit }' <<< "$out")
		lo_total=$(awk -F, -v n="$name" '$1 == "Scale" { for (i = 2; i <= NF; i++) if ($i == n) { c = i; break } }
			c && $1 == 1 { print $c; exit }' "$dir/csv/edited-Sweep.csv")
		if within "$total" "$lo_total" 1e-9; then
			pass "lo: edited workbook: the Sweep sheet's row at scale 1 recalculates to $name's total $lo_total"
		else
			fail "lo: edited workbook: the Sweep row at scale 1 gives $name '$lo_total', calc --set gives $total"
		fi
	done
	# the Bill sheet after the edit: hidden infrastructure, model - bill
	out=$(rs calc imported-example --set actual.hidden=400 --format json --samples 1)
	total=$(printf '%s\n' "$out" | awk '/"bill": \{/ { b = 1 } b && /"hidden": \{/ { h = 1 }
	    h && /"difference":/ { gsub(/[",]/, ""); print $2; exit }')
	lo_total=$(awk -F, '$1 == "hidden infrastructure" { print $4; exit }' "$dir/csv/billedit-Bill.csv")
	if within "$total" "$lo_total" 1e-9; then
		pass "lo: edited bill: the Bill sheet recalculates hidden's model - bill to $lo_total, as calc --set ($total)"
	else
		fail "lo: edited bill: the Bill sheet gives '$lo_total', calc --set gives '$total'"
	fi
	if [ "$rec_name" = "Google Cloud Run" ]; then
		fail "lo: the edit was meant to change the verdict away from Cloud Run"
	elif grep -q "^Recommended platform,$rec_name," "$dir/csv/edited-Summary.csv"; then
		pass "lo: edited workbook: the verdict cell recalculates to $rec_name"
	else
		fail "lo: edited workbook: verdict $(grep '^Recommended' "$dir/csv/edited-Summary.csv"), expected $rec_name"
	fi

	# Logicals as a reader that does not recalculate sees them: LibreOffice
	# with "never recalculate" (its default for .xlsx) opens every bundled
	# workbook, saved as flat ODF (.fods), where each cell carries its type.
	# Every formula cell runsheet caches as a logical (xlsxcheck bools: a 1 or
	# 0 in the boolean number format) must arrive as office:value-type
	# "boolean", and none as the text TRUE or FALSE (as they once did).
	local norecalc=$dir/norecalc nb nt got_b got_t
	mkdir -p "$norecalc/profile/user"
	cat > "$norecalc/profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>1</value></prop></item>
</oor:items>
XCU
	soffice --headless -env:UserInstallation="file://$PWD/$norecalc/profile" --convert-to fods \
	    $(for book in "$dir"/site/scenarios/*/workbook.xlsx; do
		echo "$dir/books/$(basename "$(dirname "$book")").xlsx"; done) \
	    --outdir "$norecalc" > "$norecalc/soffice.log" 2>&1
	for book in "$dir"/site/scenarios/*/workbook.xlsx; do
		id=$(basename "$(dirname "$book")")
		read -r nb nt <<< "$(build/xlsxcheck bools "$book")"
		got_b=$(grep -o '<table:table-cell [^>]*table:formula=[^>]*office:value-type="boolean"' "$norecalc/$id.fods" 2> /dev/null | wc -l)
		got_t=$(grep -o '<table:table-cell [^>]*table:formula=[^>]*office:value-type="string" office:string-value="\(TRUE\|FALSE\)"' "$norecalc/$id.fods" 2> /dev/null | wc -l)
		if [ "${nb:-0}" -gt 1000 ] && [ "$nt" = 0 ] && [ "$got_b" = "$nb" ] && [ "$got_t" = 0 ]; then
			pass "lo: $id: without recalculating, LibreOffice reads all $nb cached logicals as logicals, none as text"
		else
			fail "lo: $id: cached logicals: runsheet wrote $nb (and $nt as text); LibreOffice without recalculating reads $got_b logicals and $got_t texts TRUE/FALSE"
		fi
	done
}

# --- analysis: what the command line reports, checked with the command line --
# The crossovers in calc --format json re-evaluated with calc --set
# workload.scale=S must give the two platforms equal totals within 0.5%;
# Monte Carlo output is byte-identical for the same seed.

# json_pair_field JSON SERVERLESS KUBERNETES FIELD: the field of that breakeven entry.
json_pair_field() {
	awk -v s="\"$2\"" -v k="\"$3\"" -v f="\"$4\":" '
		$1 == "\"serverless\":" { cs = $2; sub(/,$/, "", cs) }
		$1 == "\"kubernetes\":" { ck = $2; sub(/,$/, "", ck) }
		$1 == f && cs == s && ck == k { v = $2; sub(/,$/, "", v); print v; exit }' <<< "$1"
}

# csv_sum CSV PLATFORM COLUMNS...: the sum of those columns of the platform's row.
csv_sum() {
	local csv=$1 p=$2; shift 2
	awk -F, -v p="$p" -v cols="$*" '
		NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
		$2 == p { n = split(cols, c, " "); t = 0; for (i = 1; i <= n; i++) t += $(col[c[i]]); printf "%.17g\n", t }' <<< "$csv"
}

within() { # A B REL: |A - B| <= REL * max(|A|, |B|)
	awk -v a="$1" -v b="$2" -v r="$3" 'BEGIN { d = a - b; if (d < 0) d = -d;
		m = (a < 0 ? -a : a); n = (b < 0 ? -b : b); if (n > m) m = n;
		exit !(a != "" && b != "" && d <= r * m) }'
}

suite_analysis() {
	local json s csv a b pair sv kv what cols line
	json=$(rs calc steady-api --format json)
	for pair in "cloud_run eks" "cloud_run gke_standard"; do
		set -- $pair
		sv=$1 kv=$2
		for what in with without; do
			s=$(json_pair_field "$json" "$sv" "$kv" "scale_${what}_engineering")
			case $s in ""|null) fail "analysis: steady-api $sv/$kv has a crossover $what engineering"; continue ;; esac
			csv=$(rs calc steady-api --set "workload.scale=$s" --format csv)
			if [ "$what" = with ]; then cols=total; else cols="compute platform_fees hidden"; fi
			a=$(csv_sum "$csv" "$sv" $cols)
			b=$(csv_sum "$csv" "$kv" $cols)
			if within "$a" "$b" 0.005; then
				pass "analysis: calc --set workload.scale=$s: $sv $a and $kv $b agree within 0.5% ($what engineering)"
			else
				fail "analysis: calc --set workload.scale=$s: $sv $a and $kv $b differ by more than 0.5% ($what engineering)"
			fi
		done
	done
	# seed 004's $2,000-3,000 of compute: Cloud Run's compute at its crossover with EKS
	a=$(json_pair_field "$json" cloud_run eks monthly_compute_at_crossover)
	if awk -v a="$a" 'BEGIN { exit !(a >= 1500 && a <= 3500) }'; then
		pass "analysis: steady-api: Cloud Run's compute at the cloud-bill crossover with EKS is \$$a a month (seed 004: \$2,000-3,000)"
	else
		fail "analysis: steady-api: Cloud Run's compute at the cloud-bill crossover with EKS is \$$a, outside seed 004's range"
	fi
	# no crossover in range
	json=$(rs calc tests/data/no-crossover.json --format json)
	a=$(json_pair_field "$json" cloud_run gke_autopilot scale_with_engineering)
	b=$(json_pair_field "$json" cloud_run gke_autopilot scale_without_engineering)
	if [ "$a" = null ] && [ "$b" = null ]; then
		pass "analysis: no-crossover reports null for both crossovers"
	else
		fail "analysis: no-crossover reports crossovers $a / $b"
	fi
	# reproducible Monte Carlo
	rs calc series-a-saas --format json --samples 300 --seed 11 > build/mc1.json
	rs calc series-a-saas --format json --samples 300 --seed 11 > build/mc2.json
	rs calc series-a-saas --format json --samples 300 --seed 12 > build/mc3.json
	if cmp -s build/mc1.json build/mc2.json && ! cmp -s build/mc1.json build/mc3.json &&
	    grep -q '"borders": \[' build/mc1.json; then
		pass "analysis: --seed 11 twice gives byte-identical JSON (decision map included), --seed 12 other numbers"
	else
		fail "analysis: Monte Carlo output is not reproducible by seed"
	fi
	if grep -q '"samples": 300' build/mc1.json && grep -q '"seed": 11' build/mc1.json; then
		pass "analysis: the JSON records the samples and the seed"
	else
		fail "analysis: the JSON does not record --samples/--seed"
	fi	# near ties (series-a-saas, from its table: Cloud Run $1,500.8265,
	# Azure Container Apps $1,504.2735 (+$3.4470, 0.22967%), Fly Machines
	# $1,526.6215 (+$25.7950, 1.71873%), the next, Fargate Spot, $2,439.63).
	# By hand, margin x 1500.8265 against the differences, at the margins:
	#   0.05    -> $75.04: both within
	#   0.0172  -> $25.814 >= 25.795: both;   0.0171  -> $25.664: Azure only
	#   0.0023  -> $3.4519 >= 3.4470: Azure;  0.00229 -> $3.4369: neither
	for pair in "0.05 true container_apps,fly_machines" "0.0172 true container_apps,fly_machines" \
	    "0.0171 true container_apps" "0.0023 true container_apps" "0.00229 false -"; do
		set -- $pair
		s=$(rs calc series-a-saas --format json --no-map --samples 1 --set "decision.tie_margin=$1" |
			node -e 'const r = JSON.parse(require("fs").readFileSync(0)).recommendation;
				process.stdout.write(`${r.near_tie} ${r.tied_with.join(",") || "-"} ${r.tie_margin} ${r.reasons.some((x) => x.startsWith("Near tie:"))}`)')
		if [ "$s" = "$2 $3 $1 $2" ]; then
			pass "analysis: near tie at decision.tie_margin=$1: near_tie $2, tied with $3, and the verdict says so"
		else
			fail "analysis: near tie at decision.tie_margin=$1: expected \"$2 $3 $1 $2\", got \"$s\""
		fi
	done
	# the sentence gives the difference in dollars and per cent: $3.45 is
	# 1504.27 - 1500.83 before rounding (3.4449...); 3.45 / 1500.83 = 0.23% -> 0.2%
	if rs calc series-a-saas --no-map --samples 1 | grep -q 'Near tie: .*Azure Container Apps costs \$3.45/month (0.2%) more than Google Cloud Run.*No decision rule treats the two differently'; then
		pass "analysis: series-a-saas: the near-tie reason names both, the difference in dollars and per cent, and that no rule separates them"
	else
		fail "analysis: series-a-saas: the near-tie reason is missing or wrong"
	fi
	# and when rules separate them (imported-example: Azure Container Apps is
	# recommended although Cloud Run costs less), the reason names the rules
	if rs calc imported-example --no-map --samples 1 | grep -q 'Near tie: .*Google Cloud Run costs \$[0-9.]*/month ([0-9.]*%) less than Azure Container Apps\. What separates them is not cost but the decision rules: stateful_request_platforms'; then
		pass "analysis: imported-example: the near-tie reason names the rules that separate the two"
	else
		fail "analysis: imported-example: the near-tie reason does not name the separating rules"
	fi

	# the decision map: a single platform has no borders anywhere
	s=$(rs calc tests/data/map-single.json --format json --samples 1 |
		node -e 'const m = JSON.parse(require("fs").readFileSync(0)).map;
			const ids = new Set(m.platform.flat());
			process.stdout.write(`${m.x.values.length}x${m.y.values.length} ${[...ids].join(",")} ${m.borders.length} ${m.neighbourhood.length}`)')
	if [ "$s" = "61x41 cloud_run 0 0" ]; then
		pass "analysis: map of one platform: 61 x 41 points, all cloud_run, no borders, no crossings"
	else
		fail "analysis: map of one platform: expected \"61x41 cloud_run 0 0\", got \"$s\""
	fi
	# its axes as configured: 5 points from 1 to 16 engineers, log (1, 2, 4,
	# 8, 16: integer cell, log steps of x2), and 3 linear points of scale
	s=$(rs calc series-a-saas --format json --samples 1 --map-y team.engineers:1:16:log:5 \
	    --map-x workload.scale:1:3:lin:3 | node -e 'const m = JSON.parse(require("fs").readFileSync(0)).map;
			process.stdout.write(`${m.y.values.join(",")} ${m.x.values.join(",")}`)')
	if [ "$s" = "1,2,4,8,16 1,2,3" ]; then
		pass "analysis: --map-x/--map-y set the axes: engineers 1,2,4,8,16 and scale 1,2,3"
	else
		fail "analysis: --map-x/--map-y: expected \"1,2,4,8,16 1,2,3\", got \"$s\""
	fi
	if rs calc series-a-saas --format json --samples 1 --no-map | grep -q '"map"'; then
		fail "analysis: --no-map still writes a map"
	else
		pass "analysis: --no-map leaves the map out"
	fi
	# every border of every bundled scenario's map, from outside: calc --set
	# either side of it gives the two verdicts the map says (under the
	# sanitizers, two scenarios: the check is of numbers, not of memory)
	local scen=(scenarios/*.json)
	[ -n "${SANITIZER_LOGS:-}" ] && scen=(scenarios/series-a-saas.json scenarios/imported-example.json)
	while IFS= read -r line; do
		case $line in
		"ok - "*) pass "analysis: ${line#ok - }" ;;
		"not ok - "*) fail "analysis: ${line#not ok - }" ;;
		*) echo "$line" | tee -a "$LOG" ;;
		esac
	done < <(node tests/mapcheck.mjs "$RUNSHEET" "${scen[@]}" 2>&1)
}

# --- browser: the site in Debian's Chromium (tests/browser/check.mjs) ------
# Every page from file://: no console error or failed request, every link
# inside the site, axe-core WCAG 2.1 A/AA in both colour schemes,
# html-validate, the print stylesheet, and the index matrix against
# runsheet calc --format json.
suite_browser() {
	local dir=build/browser f id line
	if ! command -v node > /dev/null || [ ! -d tests/browser/node_modules/playwright-core ]; then
		fail "browser: node or tests/browser/node_modules missing (make check installs them)"
		return
	fi
	if ! [ -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
		fail "browser: no Chromium at ${CHROMIUM:-/usr/bin/chromium} (make check installs chromium)"
		return
	fi
	rm -rf "$dir"
	mkdir -p "$dir/calc"
	if ! rs build -q -o "$dir/site" > "$dir/build.log" 2>&1; then
		fail "browser: runsheet build failed: $(head -3 "$dir/build.log")"
		return
	fi
	for f in scenarios/*.json; do
		id=$(basename "$f" .json)
		rs calc "$id" --format json > "$dir/calc/$id.json"
	done
	while IFS= read -r line; do
		case $line in
		"ok - "*) pass "browser: ${line#ok - }" ;;
		"not ok - "*) fail "browser: ${line#not ok - }" ;;
		*) echo "$line" | tee -a "$LOG" ;;
		esac
	done < <(node tests/browser/check.mjs "$dir/site" "$dir/calc" 2>&1)

	# the pages recalculate: random what-ifs against runsheet calc --set
	while IFS= read -r line; do
		case $line in
		"ok - "*) pass "browser: ${line#ok - }" ;;
		"not ok - "*) fail "browser: ${line#not ok - }" ;;
		*) echo "$line" | tee -a "$LOG" ;;
		esac
	done < <(node tests/browser/whatif.mjs "$dir/site" "$RUNSHEET" 2>&1)

	# a region that prices only some platforms (issue 21, 2): the panel
	# offers none of the others, a what-if shows no #N/A, and the engine
	# refuses to compare one (tests/browser/unpriced.mjs)
	local unpriced
	mkdir -p "$dir/region"
	if rs prices import aws tests/data/prices/aws/*.json -q -o "$dir/region/aws.json" 2> "$dir/region/import.log" &&
	    rs build -q -o "$dir/region/site" tests/data/region-unpriced.json --pricing "$dir/region/aws.json" \
	    > "$dir/region/build.log" 2>&1; then
		# the platforms whose totals are #N/A, as runsheet dump says
		unpriced=$(rs dump tests/data/region-unpriced.json --pricing "$dir/region/aws.json" --format json |
		    node -e 'const d = JSON.parse(require("fs").readFileSync(0));
			console.log(d.cells.filter((c) => c.name.endsWith(".total") && c.value === "#N/A").map((c) => c.name.split(".")[0]).join(","))')
		while IFS= read -r line; do
			case $line in
			"ok - "*) pass "browser: ${line#ok - }" ;;
			"not ok - "*) fail "browser: ${line#not ok - }" ;;
			*) echo "$line" | tee -a "$LOG" ;;
			esac
		done < <(node tests/browser/unpriced.mjs "$dir/region/site/scenarios/region-unpriced/report.html" "$unpriced" \
		    "$RUNSHEET" tests/data/region-unpriced.json --pricing "$dir/region/aws.json" 2>&1)
	else
		fail "browser: building tests/data/region-unpriced.json: $(head -3 "$dir/region/import.log" "$dir/region/build.log")"
	fi

	# the site's scripts and the tests' pass ESLint's recommended rules
	if out=$(tests/browser/node_modules/.bin/eslint assets/*.js tests/browser/*.mjs tests/wasm.mjs tests/diffcheck.mjs 2>&1); then
		pass "browser: ESLint finds nothing in assets/*.js and the browser tests"
	else
		fail "browser: ESLint: $(printf '%s' "$out" | head -5)"
	fi

	# --pdf prints the report with the print stylesheet: the verdict is in
	# it, the navigation and the download links are not
	local pdf=$dir/pdf/scenarios/seed-004-business-hours/report.pdf text
	if ! rs build -q --pdf -o "$dir/pdf" seed-004-business-hours > "$dir/pdf.log" 2>&1; then
		fail "browser: runsheet build --pdf failed: $(head -3 "$dir/pdf.log")"
	elif [ "$(head -c 5 "$pdf")" != "%PDF-" ]; then
		fail "browser: --pdf wrote no PDF"
	else
		text=$(pdftotext -l 1 "$pdf" - 2>/dev/null)
		case $text in
		*"Recommendation: Google Cloud Run"*) pass "browser: report.pdf opens with the verdict" ;;
		*) fail "browser: report.pdf page 1 lacks the verdict: $(printf '%s' "$text" | head -3)" ;;
		esac
		case $text in
		*"Skip to the content"*|*"Download this decision"*|*Methodology*Pricing*)
			fail "browser: report.pdf prints the navigation" ;;
		*) pass "browser: report.pdf has no navigation or download links" ;;
		esac
		if grep -q 'href="report.pdf"' "$dir/pdf/scenarios/seed-004-business-hours/report.html"; then
			pass "browser: the page of a --pdf build links its PDF"
		else
			fail "browser: the page of a --pdf build does not link report.pdf"
		fi
	fi
}

# --- wasm: the page's engine is the program's engine ------------------------
# build/runsheet.wasm (the same C, compiled for wasm32-wasi) under Node: every
# formula case gives the native engine's value or error, to the printed digit.
suite_wasm() {
	local native=build/t-wasm-native.txt line
	if [ ! -s build/runsheet.wasm ]; then
		fail "wasm: build/runsheet.wasm is not built (make builds it)"
		return
	fi
	if ! UNIT_FORMULA_OUT=$native $VALGRIND "$UNIT" > /dev/null 2>&1 && [ ! -s "$native" ]; then
		fail "wasm: the native engine's answers could not be written"
		return
	fi
	while IFS= read -r line; do
		case $line in
		"ok - "*) pass "${line#ok - }" ;;
		"not ok - "*) fail "${line#not ok - }" ;;
		*) echo "$line" | tee -a "$LOG" ;;
		esac
	done < <(node tests/wasm.mjs build/runsheet.wasm tests/formula/cases.txt "$native" 2>&1)
}

# --- fuzz: the fuzz harnesses replayed on their regressions and seeds ------
# fuzz/regressions/NAME/ holds every input a fuzzer crashed on; the seed
# corpus is the bundled data. Built without libFuzzer (fuzz/driver.c).
suite_fuzz() {
	local name bin n
	rm -rf build/fuzz-seed
	fuzz/run.sh --seed build/fuzz-seed
	for name in scenario formula template focus kube; do
		bin=${REPLAY:-build}/replay-$name
		if [ ! -x "$bin" ]; then
			fail "fuzz: $bin is not built (make check builds it)"
			continue
		fi
		n=$(find build/fuzz-seed/corpus/$name -type f | wc -l)
		if out=$(find build/fuzz-seed/corpus/$name -type f -print0 | sort -z |
		    RUNSHEET_DATA=. xargs -0 $VALGRIND "$bin" 2>&1); then
			pass "fuzz: the $name harness replays $n seeds and regressions without a finding"
		else
			fail "fuzz: the $name harness fails on its corpus: $(echo "$out" | tail -5)"
		fi
	done
}

# --- hostile: input that tries to inject into what runsheet writes ---------
# Scenario strings with markup, quotes and formulas; a pricing sheet with a
# formula for a source and a javascript: URL; model data whose platform
# name is a formula; scenario ids that try to leave the output directory.
# Each check fails if its protection is removed.
nogrep() { # PATTERN FILES...: true if no file matches
	! grep -q -e "$@" 2> /dev/null
}

suite_hostile() {
	local dir=build/hostile site f id out x pages n
	rm -rf "$dir"
	mkdir -p "$dir"
	site=$dir/site
	if ! rs build -q -o "$site" tests/data/hostile/injection.json \
	    tests/data/hostile/formula-title.json \
	    --pricing tests/data/hostile/pricing-formula-source.json > "$dir/build.log" 2>&1; then
		fail "hostile: the build of the hostile scenarios failed: $(head -3 "$dir/build.log")"
		return
	fi
	pages=$(find "$site" -name '*.html' | sort)
	n=$(echo "$pages" | wc -l)
	# HTML: nothing from the input becomes markup or a script
	# the only scripts are the site's own (and the page's data blocks, checked below)
	x=$(grep -h -o -E '<script[^>]*>' $pages | sort -u | grep -v -x -E \
	    '<script src="(assets|\.\./assets|\.\./\.\./assets)/(sort|whatif|runsheet-wasm)\.js"( defer)?>|<script type="text/plain" id="whatif-image">|<script type="application/json" id="whatif-scenario">')
	if [ -z "$x" ]; then
		pass "hostile: the pages load only the site's own scripts"
	else
		fail "hostile: a script that is not the site's: $x"
	fi
	# the data blocks cannot end early: no "<" inside them
	f=$site/scenarios/injection/report.html
	if awk '/<script type="(text\/plain|application\/json)" id="whatif-/ { s = $0; sub(/^[^>]*>/, "", s); sub(/<\/script>.*$/, "", s); if (index(s, "<")) bad = 1; n++ }
	    END { exit !(n == 2 && !bad) }' "$f" && grep -q 'u003cscript' "$f"; then
		pass "hostile: the page's model image and scenario data blocks hold the hostile text without a \"<\""
	else
		fail "hostile: a what-if data block of the hostile page holds a raw \"<\" or is missing"
	fi
	for x in '<script>' '<[a-z][a-z0-9]*( +[a-z-]+(="[^"]*")?)* +on[a-z]+=' '<iframe' \
	    'href="javascript:' 'src="javascript:' '<img src=x' '<b>bold'; do
		# shellcheck disable=SC2086
		if ! grep -q -E -e "$x" $pages; then
			pass "hostile: no page of $n contains the markup $x"
		else
			fail "hostile: $x in $(grep -l -E -e "$x" $pages | head -3 | tr '\n' ' ')"
		fi
	done
	f=$site/scenarios/injection/report.html
	if grep -q "<h1>&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; and 'single' &amp; &lt;b&gt;bold&lt;/b&gt;</h1>" "$f"; then
		pass "hostile: a title with markup and quotes is shown as text in the report"
	else
		fail "hostile: the hostile title is not escaped in the report's heading"
	fi
	if grep -q '<title>&lt;script&gt;alert(1)' "$f" &&
	    grep -q '<meta name="description" content="A summary with &lt;img src=x onerror=alert(2)&gt; and &quot;quotes&quot;' "$f"; then
		pass "hostile: the title and summary are escaped in <title> and an attribute"
	else
		fail "hostile: <title> or the description attribute is not escaped"
	fi
	if grep -q 'raw HTML omitted' "$f" && grep -q '<strong>bold</strong>' "$f"; then
		pass "hostile: the author's Markdown renders, its raw HTML is dropped"
	else
		fail "hostile: the author's Markdown is not rendered safely"
	fi
	if grep -q '&lt;script&gt;alert(1)' "$site/index.html" &&
	    grep -q '&lt;script&gt;alert(1)' "$site/platforms/cloud_run.html"; then
		pass "hostile: the title is escaped in the index and on the platform pages"
	else
		fail "hostile: the title is not escaped in the index or a platform page"
	fi
	if grep -q '=HYPERLINK(&quot;http://evil.example&quot;,&quot;our contract&quot;)' "$site/pricing.html" &&
	    nogrep 'href="javascript' "$site/pricing.html"; then
		pass "hostile: a pricing sheet's formula-like source is text, its javascript: URL no link"
	else
		fail "hostile: the hostile pricing source or URL reached pricing.html unsafely"
	fi
	# workbook: text that looks like a formula stays text
	for id in injection formula-title; do
		rm -rf "$dir/x" && mkdir -p "$dir/x"
		(cd "$dir/x" && unzip -q "../site/scenarios/$id/workbook.xlsx")
		if nogrep -r -E '<f>[^<]*(HYPERLINK|cmd\||SUM\(1)' "$dir/x/xl/worksheets"; then
			pass "hostile: $id's workbook has no formula from input text"
		else
			fail "hostile: $id's workbook turned input text into a formula"
		fi
	done
	if grep -q '>=HYPERLINK("http://evil.example/","Click me")<' "$dir/x/xl/sharedStrings.xml"; then
		pass "hostile: a formula-like title is a string in the workbook"
	else
		fail "hostile: the formula-like title is not a workbook string"
	fi
	# CSV: model data from --data whose names look like formulas is neutralised
	local data=$dir/data
	mkdir -p "$data"
	cp -R models scenarios templates assets "$data/"
	sed -i 's/"name": "Google Cloud Run"/"name": "=HYPERLINK(\\"http:\/\/evil.example\\",\\"x\\")"/; s/"vendor": "Google Cloud"/"vendor": "+cmd|calc"/' \
	    "$data/models/platforms/cloud_run.json"
	out=$(rs calc seed-004-business-hours --data "$data" --format csv)
	case $out in
	*",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\","*) pass "hostile: calc --format csv neutralises a formula-like name" ;;
	*) fail "hostile: calc --format csv: $(echo "$out" | sed -n 2p)" ;;
	esac
	rs build -q --data "$data" -o "$dir/site2" seed-004-business-hours > /dev/null 2>&1
	if grep -q "'+cmd|calc" "$dir/site2/scenarios/seed-004-business-hours/breakdown.csv" &&
	    nogrep '^[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,+cmd' "$dir/site2/scenarios/seed-004-business-hours/breakdown.csv"; then
		pass "hostile: breakdown.csv neutralises a formula-like vendor"
	else
		fail "hostile: breakdown.csv lets a formula-like vendor through"
	fi
	# paths: a scenario id becomes a directory name only if it is safe
	local bad=("../evil" "/tmp/evil" "a/b" ".hidden" "Upper" "a..b" "" \
	    "$(printf 'x%.0s' $(seq 65))" 'a\u0000b' 'a b' 'a\\b')
	for id in "${bad[@]}"; do
		printf '{"id": "%s", "title": "t", "workload": {"vcpu": 1}}\n' "$id" > "$dir/bad-id.json"
		rm -rf "$dir/site3" "$dir/evil" /tmp/evil
		if out=$(rs build -q -o "$dir/site3" "$dir/bad-id.json" 2>&1); then
			fail "hostile: scenario id \"$id\" was accepted"
		elif [ -e "$dir/site3" ] || [ -e "$dir/evil" ] || [ -e /tmp/evil ]; then
			fail "hostile: scenario id \"$id\" wrote something"
		else
			case $out in
			*"bad-id.json:1:"*"error: /id: "*) pass "hostile: scenario id \"${id:0:20}\" is rejected with its place" ;;
			*) fail "hostile: scenario id \"$id\": $out" ;;
			esac
		fi
	done
	for x in / . .. ""; do
		if rs build -q -o "$x" seed-004-business-hours > /dev/null 2>&1; then
			fail "hostile: -o \"$x\" was accepted"
		else
			pass "hostile: -o \"$x\" is refused"
		fi
	done
	# no document ever says nan or inf: the bundled site and the hostile one
	rs build -q -o "$dir/site4" > /dev/null 2>&1
	if grep -r -l -i -E '(^|[^a-z])-?(nan|inf|infinity)([^a-z]|$)' "$site" "$dir/site4" \
	    --include='*.md' --include='*.json' --include='*.csv' --include='*.html' > "$dir/nan.txt"; then
		fail "hostile: nan or inf printed in $(head -3 "$dir/nan.txt" | tr '\n' ' ')"
	else
		pass "hostile: no report, JSON, CSV or page prints nan or inf"
	fi
	# bounds: each limit is an error that says so
	local data2=$dir/bounds
	bounds_case() { # NAME EXPECTED: a data directory with models/assumptions/bounds.json
		rm -rf "$data2" && mkdir -p "$data2"
		cp -R models scenarios templates assets "$data2/"
		cp "$dir/bounds.json" "$data2/models/assumptions/bounds.json"
		out=$(rs calc seed-004-business-hours --data "$data2" 2>&1)
		case $out in
		*"$2"*) pass "hostile: bounds: $1 is an error (\"$2\")" ;;
		*) fail "hostile: bounds: $1: $(echo "$out" | head -2)" ;;
		esac
	}
	awk 'BEGIN { print "{\"kind\": \"assumptions\", \"title\": \"a long chain\", \"cells\": {\"chain\": {";
		print "\"x_0\": {\"value\": 1, \"unit\": \"n\", \"description\": \"start\"}";
		for (i = 1; i <= 10001; i++) printf ",\"x_%d\": {\"formula\": \"chain.x_%d+1\", \"unit\": \"n\", \"description\": \"next\"}\n", i, i - 1;
		print "}}}" }' > "$dir/bounds.json"
	bounds_case "a reference chain of 10,001 cells" "longer than 10000"
	awk 'BEGIN { print "{\"kind\": \"assumptions\", \"title\": \"many cells\", \"cells\": {\"many\": {";
		for (i = 0; i <= 100000; i++) printf "%s\"x_%d\": {\"value\": %d, \"unit\": \"n\", \"description\": \"x\"}\n", i ? "," : "", i, i;
		print "}}}" }' > "$dir/bounds.json"
	bounds_case "100,001 cells in a model" "more than 100000 cells"
	awk 'BEGIN { s = ""; for (i = 0; i < 8000; i++) s = s "x";
		print "{\"kind\": \"assumptions\", \"title\": \"long text\", \"cells\": {\"text\": {";
		printf "\"a\": {\"value\": \"%s\", \"unit\": \"text\", \"description\": \"8,000 bytes\"},\n", s;
		print "\"b\": {\"formula\": \"text.a&text.a&text.a&text.a&text.a\", \"unit\": \"text\", \"description\": \"40,000 bytes\"}";
		print "}}}" }' > "$dir/bounds.json"
	bounds_case "text of 40,000 characters" "text longer than 32767 characters"
	head -c 17000000 /dev/zero | tr '\0' ' ' > "$dir/huge.json"
	out=$(rs calc "$dir/huge.json" 2>&1)
	case $out in
	*"huge.json: error: file is larger than 16777216 bytes"*) pass "hostile: bounds: a 17 MB input file is refused" ;;
	*) fail "hostile: bounds: huge file: $(echo "$out" | head -2)" ;;
	esac
	rm -f "$dir/huge.json"
	printf '{"id": "long-name", "title": "t", "workload.%s": 1}\n' "$(printf 'v%.0s' $(seq 300))" > "$dir/long-name.json"
	out=$(rs calc "$dir/long-name.json" 2>&1)
	case $out in
	*"long-name.json:1:"*"at most 255 characters"*) pass "hostile: bounds: a 309-character cell name is refused at its place" ;;
	*) fail "hostile: bounds: long name: $(echo "$out" | head -2)" ;;
	esac
	# shellcheck disable=SC2046
	out=$(rs build -q -o "$dir/many" $(yes s | head -100001) 2>&1)
	case $out in
	*"100001 scenarios; one build takes at most 100000"*) pass "hostile: bounds: 100,001 scenarios in one build are refused" ;;
	*) fail "hostile: bounds: many scenarios: $(echo "$out" | head -2)" ;;
	esac
	# a formula that overflows is #NUM!, not inf
	out=$(rs calc seed-004-business-hours --set 'workload.egress_gb_per_month==1E308*10' 2>&1)
	case $out in
	*"#NUM!"*) pass "hostile: an overflowing formula is #NUM!, reported with its cell" ;;
	*) fail "hostile: overflow: $(echo "$out" | head -2)" ;;
	esac
	rm -rf "$dir"
}

# --- faults: killed builds, full disks, read-only directories, locales ------
suite_faults() {
	local dir=build/faults before after pid i out
	rm -rf "$dir"
	mkdir -p "$dir"
	rs build -q -o "$dir/site" > /dev/null 2>&1
	before=$(cd "$dir/site" && find . -type f -exec sha256sum {} + | sort)
	# SIGKILL in the middle of a build: the previous site is intact (--force,
	# or the unchanged inputs would make the build a no-op; more samples keep
	# it busy long enough to be caught midway)
	$VALGRIND "$RUNSHEET" build -q --force -j 1 --samples 20000 -o "$dir/site" > /dev/null 2>&1 &
	pid=$!
	for i in $(seq 100); do
		sleep 0.05
		ls -d "$dir"/.site.tmp-* > /dev/null 2>&1 && [ -n "$(find "$dir"/.site.tmp-* -name report.html 2>/dev/null)" ] && break
	done
	kill -9 $pid 2> /dev/null
	wait $pid 2> /dev/null
	after=$(cd "$dir/site" && find . -type f -exec sha256sum {} + | sort)
	if ls -d "$dir"/.site.tmp-* > /dev/null 2>&1; then
		pass "faults: a build killed midway left its temporary directory (as expected)"
	else
		fail "faults: the kill came too late to test anything (no temporary directory)"
	fi
	if [ "$before" = "$after" ]; then
		pass "faults: after SIGKILL the previous site is intact ($(echo "$before" | wc -l) files)"
	else
		fail "faults: SIGKILL changed the previous site"
	fi
	rs build -q -o "$dir/site" seed-004-business-hours > /dev/null 2>&1
	if ls -d "$dir"/.site.tmp-* > /dev/null 2>&1; then
		fail "faults: the next build did not remove the killed build's temporary directory"
	else
		pass "faults: the next build removes the killed build's temporary directory"
	fi
	# The sequence an outside check found: a --force build of 40 scenarios
	# killed midway, then the same build again with nothing changed. The
	# second build reuses all 40 and rewrites nothing, and must still remove
	# the killed build's temporary directory (it once did so only on the
	# path that writes).
	local forty=$dir/forty src n=0 st
	mkdir -p "$forty/in"
	for i in $(seq 5); do
		for src in scenarios/*.json; do
			case $src in *imported-example*) continue ;; esac
			n=$((n + 1))
			[ $n -le 40 ] || break 2
			sed "0,/\"id\": \"[^\"]*\"/s//\"id\": \"forty-$n\"/" "$src" > "$forty/in/forty-$n.json"
		done
	done
	rs build -q -o "$forty/site" "$forty"/in/*.json > /dev/null 2>&1
	before=$(cd "$forty/site" 2> /dev/null && find . -type f -exec sha256sum {} + | sort)
	$VALGRIND "$RUNSHEET" build -q --force -j 1 -o "$forty/site" "$forty"/in/*.json > /dev/null 2>&1 &
	pid=$!
	for i in $(seq 200); do
		sleep 0.05
		ls -d "$forty"/.site.tmp-* > /dev/null 2>&1 && [ -n "$(find "$forty"/.site.tmp-* -name report.html 2>/dev/null)" ] && break
	done
	kill -9 $pid 2> /dev/null
	wait $pid 2> /dev/null
	if ls -d "$forty"/.site.tmp-* > /dev/null 2>&1; then
		pass "faults: a --force build of 40 scenarios killed midway left its temporary directory (as expected)"
	else
		fail "faults: 40 scenarios: the kill came too late to test anything (no temporary directory)"
	fi
	rs build -q --stats "$forty/stats.json" -o "$forty/site" "$forty"/in/*.json > /dev/null 2>&1
	st=$(tr -d ' \n' < "$forty/stats.json" 2> /dev/null)
	after=$(cd "$forty/site" 2> /dev/null && find . -type f -exec sha256sum {} + | sort)
	case $st in
	*'"built":0,"reused":40'*) pass "faults: the same build again changes nothing: 0 built, 40 reused" ;;
	*) fail "faults: the same build again was not a no-op: ${st:0:80}" ;;
	esac
	if [ -n "$before" ] && [ "$before" = "$after" ] && ! ls -d "$forty"/.site.tmp-* > /dev/null 2>&1; then
		pass "faults: ... and removes the killed build's temporary directory, leaving the site byte-identical ($(echo "$after" | wc -l) files)"
	else
		fail "faults: the unchanged build left the killed build's temporary directory: $(ls -A "$forty" | tr '\n' ' ')"
	fi
	# a full disk and a read-only directory, in a tmpfs of our own (a user
	# and mount namespace when we are not root); the previous site is one
	# whose manifest lists its one file
	local ns="unshare -m" disk=$dir/disk
	[ "$(id -u)" = 0 ] || ns="unshare -Urm"
	mkdir -p "$disk"
	# shellcheck disable=SC2016
	out=$($ns sh -c 'mount -t tmpfs -o size=300k tmpfs "$1" && mkdir "$1/site" && echo old > "$1/site/keep" &&
		printf "runsheet-manifest 1\npages 0\nentry keep\n" > "$1/site/.runsheet-manifest" &&
		"$2" build -q -o "$1/site"; echo "status=$?"; echo "left: $(ls -A "$1" | tr "\n" " ")";
		echo "keep: $(cat "$1/site/keep")"' sh "$disk" "$RUNSHEET" 2>&1)
	case $out in
	*"cannot write: No space left on device"*"status=1"*"left: site "*"keep: old"*)
		pass "faults: a full disk gives a clear error, leaves the previous site and no temporary directory" ;;
	*) fail "faults: full disk: $(echo "$out" | tail -4)" ;;
	esac
	# shellcheck disable=SC2016
	out=$($ns sh -c 'mount -t tmpfs -o size=1m,ro tmpfs "$1" && "$2" build -q -o "$1/site"; echo "status=$?"' sh "$disk" "$RUNSHEET" 2>&1)
	case $out in
	*"Read-only file system"*"status=1"*) pass "faults: a read-only output directory gives a clear error" ;;
	*) fail "faults: read-only: $(echo "$out" | head -3)" ;;
	esac
	# determinism across locales and time zones
	rm -rf "$dir"/a "$dir"/b
	rs build -q -o "$dir/a" > /dev/null 2>&1
	if ! locale -a 2> /dev/null | grep -qi '^de_DE\.utf-\?8$'; then
		fail "faults: the de_DE.UTF-8 locale is not installed (make check generates it)"
	else
		LC_ALL=de_DE.UTF-8 TZ=Pacific/Chatham rs build -q -o "$dir/b" > /dev/null 2>&1
		if diff -r "$dir/a" "$dir/b" > /dev/null; then
			pass "faults: LC_ALL=de_DE.UTF-8 TZ=Pacific/Chatham gives byte-identical output"
		else
			fail "faults: locale or time zone changed the output: $(diff -rq "$dir/a" "$dir/b" | head -3)"
		fi
		out=$(LC_ALL=de_DE.UTF-8 rs calc seed-004-business-hours --format csv | sed -n 2p)
		case $out in
		*,110.24[0-9]*) pass "faults: CSV keeps a decimal point under de_DE.UTF-8" ;;
		*) fail "faults: CSV under de_DE.UTF-8: $out" ;;
		esac
	fi
	rm -rf "$dir"
}

# --- scale: -j, shards and their merge, incremental rebuilds -------------
suite_scale() {
	local dir=build/scale n k out st
	rm -rf "$dir"
	mkdir -p "$dir"
	# the same site whatever the number of workers (more than scenarios too)
	for n in 1 2 16; do
		rs build -q -j "$n" -o "$dir/j$n" > /dev/null 2>&1
	done
	for n in 2 16; do
		if [ -s "$dir/j1/index.html" ] && diff -r "$dir/j1" "$dir/j$n" > /dev/null; then
			pass "scale: build -j $n is byte-identical to -j 1"
		else
			fail "scale: -j $n differs from -j 1: $(diff -rq "$dir/j1" "$dir/j$n" 2>&1 | head -3)"
		fi
	done
	# three shards, merged, equal one build byte for byte; 9 scenarios in
	# slices of every third from the K-th: 3, 3 and 3
	for k in 1 2 3; do
		rs build -q --shard "$k/3" -o "$dir/s$k" > /dev/null 2>&1
	done
	out=$(for k in 1 2 3; do ls "$dir/s$k/scenarios" 2> /dev/null | wc -l; done | tr '\n' ' ')
	if [ "$out" = "3 3 3 " ] && [ ! -e "$dir/s1/index.html" ]; then
		pass "scale: --shard K/3 builds only its slice (3, 3, 3 scenarios, no index)"
	else
		fail "scale: shard sizes: $out"
	fi
	rs site -q -o "$dir/merged" "$dir/s3" "$dir/s1" "$dir/s2" > /dev/null 2>&1
	if [ -s "$dir/merged/index.html" ] && diff -r "$dir/j1" "$dir/merged" > /dev/null; then
		pass "scale: runsheet site merges three shards into the single build, byte for byte"
	else
		fail "scale: merged site differs: $(diff -rq "$dir/j1" "$dir/merged" 2>&1 | head -3)"
	fi
	out=$(rs site -o "$dir/merged2" "$dir/s1" "$dir/s3" 2>&1)
	case $out in
	*"shard 2/3 is missing"*) pass "scale: merging without a shard is an error that names it" ;;
	*) fail "scale: missing shard: $out" ;;
	esac
	out=$(rs site -o "$dir/merged2" "$dir/s1" "$dir/s1" "$dir/s2" "$dir/s3" 2>&1)
	case $out in
	*"does not fit with the others"*) pass "scale: a shard given twice is an error" ;;
	*) fail "scale: shard twice: $out" ;;
	esac
	out=$(rs site -o "$dir/merged2" "$dir/j1" 2>&1)
	case $out in
	*"j1: error: not the output of runsheet build --shard"*) pass "scale: merging a whole site is an error" ;;
	*) fail "scale: not a shard: $out" ;;
	esac
	[ -e "$dir/merged2" ] && fail "scale: a failed merge left $dir/merged2"
	# incremental: nothing changed, nothing rewritten; by content, not time
	local data=$dir/data inc=$dir/inc
	mkdir -p "$data"
	cp -R models scenarios templates assets schema "$data/"
	rs build -q --data "$data" -o "$inc" --stats "$dir/st.json" > /dev/null 2>&1
	st=$(tr -d ' \n' < "$dir/st.json" 2> /dev/null)
	case $st in
	*'"built":9,"reused":0'*) pass "scale: the first build builds all 9 scenarios" ;;
	*) fail "scale: first build stats: $st" ;;
	esac
	local before after
	before=$(stat -c '%i %Y' "$inc/index.html" "$inc/scenarios/steady-api/workbook.xlsx")
	sleep 1
	touch "$data"/scenarios/*.json "$data"/templates/* "$data"/models/platforms/*.json
	rs build -q --data "$data" -o "$inc" --stats "$dir/st.json" > /dev/null 2>&1
	st=$(tr -d ' \n' < "$dir/st.json" 2> /dev/null)
	after=$(stat -c '%i %Y' "$inc/index.html" "$inc/scenarios/steady-api/workbook.xlsx")
	if [ "$before" = "$after" ] && case $st in *'"built":0,"reused":9'*) true ;; *) false ;; esac; then
		pass "scale: a rebuild with only timestamps changed rewrites nothing"
	else
		fail "scale: no-change rebuild: $st ($before / $after)"
	fi
	# one scenario changed: only it is rebuilt, and the site equals a full build
	sed -i 's/"active_hours_per_day": 12/"active_hours_per_day": 11/' "$data/scenarios/seed-004-business-hours.json"
	rs build -q --data "$data" -o "$inc" --stats "$dir/st.json" > /dev/null 2>&1
	st=$(tr -d ' \n' < "$dir/st.json" 2> /dev/null)
	rs build -q --data "$data" --force -o "$dir/full" > /dev/null 2>&1
	case $st in
	*'"built":1,"reused":8'*)
		if diff -r "$inc" "$dir/full" > /dev/null && ! diff -q "$inc/index.html" "$dir/j1/index.html" > /dev/null; then
			pass "scale: one changed scenario rebuilds one, and the site equals a full build"
		else
			fail "scale: incremental site differs from a full build: $(diff -rq "$inc" "$dir/full" | head -3)"
		fi ;;
	*) fail "scale: one changed scenario: $st" ;;
	esac
	# the bill a scenario includes is an input of that scenario
	sed -i 's/"value": 74.4,/"value": 80,/' "$data/scenarios/imported-example/actual.json"
	rs build -q --data "$data" -o "$inc" --stats "$dir/st.json" > /dev/null 2>&1
	st=$(tr -d ' \n' < "$dir/st.json" 2> /dev/null)
	case $st in
	*'"built":1,"reused":8'*)
		if grep -q '| platform fees | \$80.00 | \$73.00 |' "$inc/scenarios/imported-example/report.md"; then
			pass "scale: a changed bill (an included file) rebuilds its scenario, and only it"
		else
			fail "scale: the rebuilt report does not show the changed bill"
		fi ;;
	*) fail "scale: changed included bill: $st" ;;
	esac
	# templates, model data and --set are inputs too
	echo '<!-- changed -->' >> "$data/templates/report.html"
	rs build -q --data "$data" -o "$inc" --stats "$dir/st.json" > /dev/null 2>&1
	st=$(tr -d ' \n' < "$dir/st.json" 2> /dev/null)
	case $st in
	*'"built":9,"reused":0'*) pass "scale: a changed template rebuilds every scenario" ;;
	*) fail "scale: changed template: $st" ;;
	esac
	sed -i 's/"value": 2.4e-05,/"value": 2.5e-05,/' "$data/models/pricing/gcp-us-central1.json"
	rs build -q --data "$data" -o "$inc" --stats "$dir/st.json" > /dev/null 2>&1
	st=$(tr -d ' \n' < "$dir/st.json" 2> /dev/null)
	case $st in
	*'"built":9,"reused":0'*) pass "scale: a changed price rebuilds every scenario" ;;
	*) fail "scale: changed price: $st" ;;
	esac
	rs build -q --data "$data" -o "$inc" --set team.engineers=9 --stats "$dir/st.json" > /dev/null 2>&1
	st=$(tr -d ' \n' < "$dir/st.json" 2> /dev/null)
	case $st in
	*'"built":9,"reused":0'*) pass "scale: a changed --set rebuilds every scenario" ;;
	*) fail "scale: changed --set: $st" ;;
	esac
	# usage errors
	for k in "--shard 0/3" "--shard 4/3" "--shard 1/0" "--shard 1/3x" "--shard x" "-j 0" "-j two"; do
		# shellcheck disable=SC2086
		out=$(rs build -q -o "$dir/bad" $k 2>&1)
		n=$?
		case $n:$out in
		2:"runsheet: "*"expected"*"--help"*) pass "scale: build $k is a usage error" ;;
		*) fail "scale: build $k: status $n: $out" ;;
		esac
	done
	rm -rf "$dir"
}

# --- install: make install into a staging root, run the installed copy --
suite_install() {
	local root=build/install-test out
	rm -rf "$root"
	if ! make --no-print-directory install DESTDIR="$PWD/$root" PREFIX=/usr > build/install.log 2>&1; then
		fail "install: make install failed (build/install.log)"
		return
	fi
	for f in usr/bin/runsheet usr/share/man/man1/runsheet.1 \
	    usr/share/runsheet/models/platforms/cloud_run.json \
	    usr/share/runsheet/scenarios/seed-004-business-hours.json; do
		if [ -e "$root/$f" ]; then pass "install: $f installed"; else fail "install: $f missing"; fi
	done
	# the installed program finds its data relative to its prefix, from anywhere
	out=$(cd / && "$OLDPWD/$root/usr/bin/runsheet" calc seed-001-10m-requests --format csv 2>&1)
	case $out in
	*"cloud_run,Google Cloud Run,30.5,"*) pass "install: installed runsheet finds its data" ;;
	*) fail "install: installed runsheet: $out" ;;
	esac
	# RUNSHEET_DATA and --data override the place
	out=$(RUNSHEET_DATA=/nonexistent "$root/usr/bin/runsheet" check 2>&1)
	case $out in
	*"no model data in /nonexistent"*) pass "install: RUNSHEET_DATA is honoured" ;;
	*) fail "install: RUNSHEET_DATA ignored: $out" ;;
	esac
	# the installed program builds the site with its installed templates and assets
	if (cd / && "$OLDPWD/$root/usr/bin/runsheet" build -o "$OLDPWD/$root/site" seed-001-10m-requests) > /dev/null 2>&1 &&
	    [ -s "$root/site/scenarios/seed-001-10m-requests/workbook.xlsx" ] && [ -s "$root/site/assets/style.css" ]; then
		pass "install: installed runsheet builds the site"
	else
		fail "install: installed runsheet cannot build the site"
	fi
	out=$("$root/usr/bin/runsheet" calc seed-001-10m-requests --data "$PWD" --format csv 2>&1)
	case $out in
	*"eks,Amazon EKS on EC2,140.16,"*) pass "install: --data is honoured" ;;
	*) fail "install: --data: $out" ;;
	esac
	if man -l "$root/usr/share/man/man1/runsheet.1" > /dev/null 2>&1 || ! command -v man > /dev/null; then
		pass "install: the man page renders"
	else
		fail "install: the man page does not render"
	fi
	rm -rf "$root"
}

# --- deb: the Debian package (make deb) -------------------------------------
# Built twice (the same bytes), checked by lintian (no error), its contents
# and its computed Depends; extracted, its program builds the bundled site
# with no --data; and, as root, installed for real with apt-get into a
# throwaway root (an overlay over / in a private mount namespace, so this
# machine's own /usr is untouched), where the installed runsheet builds the
# site again.
suite_deb() {
	local dir=build/deb-test deb out first n lint
	rm -rf "$dir"
	mkdir -p "$dir"
	if ! make --no-print-directory deb > "$dir/make.log" 2>&1; then
		fail "deb: make deb failed: $(tail -3 "$dir/make.log")"
		return
	fi
	deb=$(tail -1 "$dir/make.log")
	case $deb in
	build/runsheet_*_*.deb) [ -s "$deb" ] && pass "deb: make deb builds $deb ($(($(stat -c %s "$deb") / 1024)) KiB)" ;;
	*) fail "deb: make deb did not name the package: $deb"; return ;;
	esac
	first=$(sha256sum < "$deb")
	make --no-print-directory deb > /dev/null 2>&1
	if [ "$(sha256sum < "$deb")" = "$first" ]; then
		pass "deb: a second make deb gives the same package, byte for byte"
	else
		fail "deb: make deb is not reproducible"
	fi
	if ! command -v lintian > /dev/null; then
		fail "deb: lintian is not installed (make check installs it)"
	else
		lint=$(lintian --fail-on error "$deb" 2>&1)
		n=$?
		if [ $n -eq 0 ] && ! grep -q '^E: ' <<< "$lint"; then
			pass "deb: lintian finds no error ($(grep -c '^W: ' <<< "$lint") warnings)"
		else
			fail "deb: lintian (status $n): $(grep -v 'root privileges' <<< "$lint" | head -5)"
		fi
	fi
	out=$(dpkg-deb -f "$deb" Depends)
	case $out in
	*libc6*libcairo2*libcmark-gfm*libjansson4*libxlsxwriter4*) pass "deb: Depends comes from dpkg-shlibdeps: $out" ;;
	*) fail "deb: Depends is \"$out\"" ;;
	esac
	out=$(dpkg-deb -c "$deb" | awk '{ print $NF }')
	n=0
	for f in ./usr/bin/runsheet ./usr/share/man/man1/runsheet.1.gz \
	    ./usr/share/doc/runsheet/copyright ./usr/share/doc/runsheet/changelog.gz \
	    ./usr/share/runsheet/wasm/runsheet-wasm.js ./usr/share/runsheet/models/regions.json \
	    ./usr/share/runsheet/templates/report.html ./usr/share/runsheet/assets/whatif.js \
	    ./usr/share/runsheet/schema/scenario.schema.json; do
		grep -qxF "$f" <<< "$out" || { fail "deb: $f is not in the package"; n=1; }
	done
	[ $n = 0 ] && pass "deb: the package holds the program, the man page, copyright, changelog, the wasm, models, templates, assets and schema"

	# extracted: the program finds its data beside it, no --data
	dpkg-deb -x "$deb" "$dir/x"
	if (cd / && "$OLDPWD/$dir/x/usr/bin/runsheet" build -q -o "$OLDPWD/$dir/site") > "$dir/build.log" 2>&1 &&
	    [ "$(ls "$dir/site/scenarios" | wc -l)" = "$(ls scenarios/*.json | wc -l)" ] &&
	    grep -q 'whatif-template' "$dir/site/scenarios/series-a-saas/report.html"; then
		pass "deb: the extracted program builds all $(ls scenarios/*.json | wc -l) bundled scenarios with no --data, the what-if engine included"
	else
		fail "deb: the extracted program cannot build the bundled site: $(head -3 "$dir/build.log")"
	fi

	# installed with apt-get on a throwaway root
	if [ "$(id -u)" != 0 ] || ! command -v unshare > /dev/null; then
		fail "deb: not root: cannot install the package on a throwaway root"
		return
	fi
	# shellcheck disable=SC2016
	out=$(unshare -m sh -c '
		set -e
		d=$1
		mkdir -p "$d"
		mount -t tmpfs tmpfs "$d"
		mkdir -p "$d/upper" "$d/work" "$d/root"
		mount -t overlay overlay -o "lowerdir=/,upperdir=$d/upper,workdir=$d/work" "$d/root"
		mount --rbind /dev "$d/root/dev"
		mount -t proc proc "$d/root/proc"
		mkdir -p "$d/root/tmp/pkg"
		cp "$2" "$d/root/tmp/pkg/"
		chroot "$d/root" sh -c "DEBIAN_FRONTEND=noninteractive apt-get install -y /tmp/pkg/*.deb" > "$d/apt.log" 2>&1 ||
			{ tail -5 "$d/apt.log"; exit 1; }
		chroot "$d/root" sh -c "cd /tmp && dpkg -s runsheet | grep ^Status: &&
			command -v runsheet && runsheet build -q -o /tmp/site &&
			echo \"scenarios: \$(ls /tmp/site/scenarios | wc -l)\" && man -w runsheet"
	' sh "$PWD/$dir/ns" "$PWD/$deb" 2>&1)
	case $out in
	"Status: install ok installed"*"/usr/bin/runsheet"*"scenarios: $(ls scenarios/*.json | wc -l)"?"/usr/share/man/man1/runsheet.1.gz"*)
		pass "deb: apt-get install of the package on a throwaway root; there runsheet, on the PATH, builds the bundled site and man finds its page" ;;
	*) fail "deb: apt-get install on a throwaway root: $(echo "$out" | tail -5)" ;;
	esac
	if command -v runsheet > /dev/null && [ "$(command -v runsheet)" = /usr/bin/runsheet ] && ! dpkg -s runsheet > /dev/null 2>&1; then
		fail "deb: the throwaway install leaked into this machine's /usr"
	fi
	rm -rf "$dir/x" "$dir/site"
}

# --- container: the Containerfile's image, built and run ---------------------
# podman builds the Containerfile (chroot isolation: no daemon, no cgroups) on
# a Debian 12 base made by debootstrap, since this machine reaches Debian's
# archive but no image registry. The image's file system, exported, then runs
# its entry point in a private mount and PID namespace: podman's own runtime
# (crun) cannot start containers on a host whose cgroups are in hybrid mode.
suite_container() {
	local dir=build/ctr-test cache=build/ctr deb out cid cfg
	local P=(podman --root "$PWD/$dir/storage" --runroot "$PWD/$dir/run" --storage-driver=vfs)
	rm -rf "$dir"
	mkdir -p "$dir" "$cache"
	if ! command -v podman > /dev/null || ! command -v debootstrap > /dev/null; then
		fail "container: podman or debootstrap is not installed (make check installs them)"
		return
	fi
	if ! make --no-print-directory deb > "$dir/make.log" 2>&1; then
		fail "container: make deb failed: $(tail -3 "$dir/make.log")"
		return
	fi
	deb=$(tail -1 "$dir/make.log")
	if [ ! -s "$cache/bookworm.tar" ]; then
		rm -rf "$cache/rootfs"
		if ! debootstrap --variant=minbase bookworm "$cache/rootfs" http://deb.debian.org/debian \
		    > "$cache/debootstrap.log" 2>&1 ||
		    ! tar -C "$cache/rootfs" -cf "$cache/bookworm.tar.tmp" . ||
		    ! mv "$cache/bookworm.tar.tmp" "$cache/bookworm.tar"; then
			fail "container: debootstrap of a Debian 12 base failed: $(tail -3 "$cache/debootstrap.log")"
			return
		fi
		rm -rf "$cache/rootfs"
	fi
	if ! "${P[@]}" import "$cache/bookworm.tar" localhost/debian-base:12 > "$dir/import.log" 2>&1; then
		fail "container: podman import of the base failed: $(tail -3 "$dir/import.log")"
		return
	fi
	if "${P[@]}" build --isolation=chroot --pull=never --build-arg BASE=localhost/debian-base:12 \
	    -f Containerfile -t localhost/runsheet:test . > "$dir/build.log" 2>&1 &&
	    grep -q "^$(dpkg-deb -f "$deb" Package) $(dpkg-deb -f "$deb" Version)\$" "$dir/build.log"; then
		pass "container: podman builds the Containerfile from $deb (apt-get installs it and its Depends; runsheet --version runs)"
	else
		fail "container: podman build -f Containerfile failed: $(tail -5 "$dir/build.log")"
		return
	fi
	cfg=$("${P[@]}" image inspect --format '{{json .Config.Entrypoint}} {{json .Config.Cmd}} {{.Config.WorkingDir}}' localhost/runsheet:test 2>&1)
	if [ "$cfg" = '["runsheet"] ["--help"] /work' ]; then
		pass "container: the image's entry point is runsheet, in /work, --help by default"
	else
		fail "container: the image's configuration is $cfg"
	fi
	mkdir -p "$dir/fs"
	if ! cid=$("${P[@]}" create localhost/runsheet:test 2> "$dir/create.log") ||
	    ! "${P[@]}" export "$cid" | tar -C "$dir/fs" -x 2>> "$dir/create.log"; then
		fail "container: the image's file system cannot be exported: $(tail -3 "$dir/create.log")"
		return
	fi
	# the entry point and working directory of the image, as a runtime would
	out=$(unshare -m -p -f --mount-proc="$dir/fs/proc" chroot "$dir/fs" /bin/sh -c '
		mkdir -p /work && cd /work && runsheet --help | head -1 &&
		runsheet build -q -o site && echo "scenarios: $(ls site/scenarios | wc -l)" &&
		ls site/index.html && dpkg -s runsheet | grep ^Status:' 2>&1)
	n=$(ls scenarios/*.json | wc -l)
	case $out in
	"runsheet "*"scenarios: $n"?"site/index.html"?"Status: install ok installed")
		pass "container: in the image, runsheet builds the bundled site ($n scenarios) with no --data" ;;
	*) fail "container: in the image, runsheet build: $(echo "$out" | tail -5)" ;;
	esac
	"${P[@]}" rm -f "$cid" > /dev/null 2>&1
	rm -rf "$dir"
}

for s in "${SUITES[@]}"; do
	if declare -F "suite_$s" > /dev/null; then
		"suite_$s"
	else
		echo "tests/run.sh: no suite \"$s\"" >&2
		FAIL=$((FAIL + 1))
	fi
done

# Under make check-asan / check-valgrind every report of the checker is a
# failure, whatever the exit status of the command that produced it.
if [ -n "${SANITIZER_LOGS:-}" ]; then
	reports=$(find "$SANITIZER_LOGS" -type f -size +0 2>/dev/null | sort)
	if [ -z "$reports" ]; then
		pass "sanitizers: no report in $SANITIZER_LOGS"
	else
		fail "sanitizers: $(echo "$reports" | wc -l) reports in $SANITIZER_LOGS"
		for r in $(echo "$reports" | head -3); do head -30 "$r" | sed 's/^/#   /'; done
	fi
fi

if [ "$SKIP" -gt 0 ]; then
	echo "$PASS passed, $FAIL failed, $SKIP skipped"
else
	echo "$PASS passed, $FAIL failed"
fi
[ "$FAIL" -eq 0 ]
