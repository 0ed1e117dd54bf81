#!/bin/sh
# tests/coverage.sh OBJDIR -- line and branch coverage of generator/*.c
# (make coverage): gcov over the .gcda files the suite left in OBJDIR, one
# row per file, then the totals. Lines are gcov's "lines executed"; branches
# its "taken at least once". (gcov -n ends with a total line of its own,
# outside any file's block: not counted.)
set -eu
obj=${1:-build/cov/obj}
gcov -b -n -o "$obj" generator/*.c 2> /dev/null | awk '
	/^File / { f = $2; gsub(/\047/, "", f); keep = (f ~ /^generator\/.*\.c$/); next }
	/^(Calls executed:|No calls)/ { keep = 0; next }  # the end of the block of a file
	!keep { next }
	/^Lines executed:/ { split($2, a, ":"); p = a[2] + 0; n = $4 + 0
		l[f] = p; ln[f] = n; lc += p * n / 100; lt += n; next }
	/^Taken at least once:/ { split($4, a, ":"); p = a[2] + 0; split($0, w, " of "); n = w[2] + 0
		b[f] = p; bn[f] = n; bc += p * n / 100; bt += n; files[f] = 1; next }
	END {
		printf "%-28s %8s %7s %8s %7s\n", "file", "lines", "%", "branches", "%"
		for (f in ln) printf "%-28s %8d %6.1f%% %8d %6.1f%%\n", f, ln[f], l[f], bn[f], b[f] | "sort"
		close("sort")
		printf "%-28s %8d %6.1f%% %8d %6.1f%%\n", "generator/ (all)", lt, 100 * lc / lt, bt, 100 * bc / bt
	}'
