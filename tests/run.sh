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
[ ${#SUITES[@]} -eq 0 ] && SUITES=(unit cli source schema install)

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
