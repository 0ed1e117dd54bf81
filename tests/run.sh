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
UPDATE=0
SUITES=()
for a in "$@"; do
	case $a in
	--update) UPDATE=1 ;;
	*) SUITES+=("$a") ;;
	esac
done
[ ${#SUITES[@]} -eq 0 ] && SUITES=(unit cli source schema build analysis install lo browser)

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
	local out
	out=$($VALGRIND "$UNIT" 2>&1)
	echo "$out" >> "$LOG"
	while IFS= read -r line; do
		case $line in
		"ok "*) PASS=$((PASS + 1)) ;;
		"not ok "*) FAIL=$((FAIL + 1)); echo "$line" ;;
		"# "*) case $line in "# unit:"*) ;; *) echo "$line" ;; esac ;;
		esac
	done <<< "$out"
	case $out in *"# unit:"*) ;; *) fail "unit harness crashed"; echo "$out" | tail -5 ;; esac
}

# --- cli: golden files tests/cli/*.t --------------------------------------
# A .t file: "args:" (shell words), "status:", then "--- stdout" and
# "--- stderr" sections with the exact expected output.
suite_cli() {
	local t args want_status got_status want_out want_err got_out got_err
	for t in tests/cli/*.t; do
		args=$(sed -n 's/^args: //p' "$t")
		want_status=$(sed -n 's/^status: //p' "$t")
		eval "set -- $args"
		got_out=$(rs "$@" 2>build/cli.err); got_status=$?
		got_err=$(cat build/cli.err)
		if [ "$UPDATE" = 1 ]; then
			{
				sed -n '/^#/p; /^args: /p' "$t"
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
}

# --- schema: the committed JSON Schemas are what runsheet generates ------
suite_schema() {
	local k
	for k in scenario pricing model; do
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
suite_build() {
	local a=build/t-site-a b=build/t-site-b id f before after data
	rm -rf "$a" "$b"
	if ! rs build -o "$a" > build/t-build.log 2>&1; then
		fail "build: runsheet build failed: $(head -3 build/t-build.log)"
		return
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
	for f in index.html methodology.html pricing.html platforms/index.html \
	    platforms/cloud_run.html platforms/hetzner_k8s.html assets/style.css assets/sort.js; do
		if [ -s "$a/$f" ]; then pass "build: $f written"; else fail "build: $f missing"; fi
	done
	# pricing.html flags stale prices: all of them five years on, none with a
	# threshold of 100,000 days
	rs build -q -o build/t-site-stale --today 2031-01-01 seed-004-business-hours > /dev/null 2>&1
	rs build -q -o build/t-site-fresh --stale-days 100000 seed-004-business-hours > /dev/null 2>&1
	local nstale nrows nfresh
	nstale=$(grep -o 'class="mark stale">stale: [0-9]* days old' build/t-site-stale/pricing.html | wc -l)
	nrows=$(grep -o '<tr[^>]*><th scope="row"><code>' build/t-site-stale/pricing.html | wc -l)
	nfresh=$(grep -o 'class="mark stale">stale: ' build/t-site-fresh/pricing.html | wc -l)
	if [ "$nrows" -gt 20 ] && [ "$nstale" = "$nrows" ] && [ "$nfresh" = 0 ]; then
		pass "build: pricing.html marks prices older than --stale-days ($nstale of $nrows in 2031, none with 100,000 days)"
	else
		fail "build: pricing.html stale flags: $nstale of $nrows in 2031, $nfresh with 100,000 days"
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
	rm -rf "$a" "$b" "$data"
}

# --- lo: LibreOffice recalculates what runsheet wrote -------------------
# Every formula cell of every bundled scenario's workbook, and every
# formula case, recalculated by LibreOffice must equal runsheet's own value
# (cached in the file) within 1e-9 relative. Then inputs are edited inside
# a workbook and LibreOffice's totals must equal runsheet calc --set.
LO_PROFILE=""
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

	lo_convert "$dir/csv" "$dir"/books/*.xlsx "$dir/edit/edited.xlsx"
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
	if [ "$rec_name" = "Google Cloud Run" ]; then
		fail "lo: the edit was meant to change the verdict away from Cloud Run"
	elif grep -q "^Recommended platform,$rec_name," "$dir/csv/edited-Summary.csv"; then
		pass "lo: edited workbook: the verdict cell recalculates to $rec_name"
	else
		fail "lo: edited workbook: verdict $(grep '^Recommended' "$dir/csv/edited-Summary.csv"), expected $rec_name"
	fi
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
	local json s csv a b pair sv kv what cols
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
	if cmp -s build/mc1.json build/mc2.json && ! cmp -s build/mc1.json build/mc3.json; then
		pass "analysis: --seed 11 twice gives byte-identical JSON, --seed 12 other numbers"
	else
		fail "analysis: Monte Carlo output is not reproducible by seed"
	fi
	if grep -q '"samples": 300' build/mc1.json && grep -q '"seed": 11' build/mc1.json; then
		pass "analysis: the JSON records the samples and the seed"
	else
		fail "analysis: the JSON does not record --samples/--seed"
	fi
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

for s in "${SUITES[@]}"; do
	if declare -F "suite_$s" > /dev/null; then
		"suite_$s"
	else
		echo "tests/run.sh: no suite \"$s\"" >&2
		FAIL=$((FAIL + 1))
	fi
done

if [ "$SKIP" -gt 0 ]; then
	echo "$PASS passed, $FAIL failed, $SKIP skipped"
else
	echo "$PASS passed, $FAIL failed"
fi
[ "$FAIL" -eq 0 ]
