/*
 * bench.c -- runsheet's benchmark (make bench).
 *
 *   bench run [-s SIZES] [-o JSON]     the whole benchmark (make bench)
 *   bench corpus N DIR                 a data directory of N synthetic scenarios
 *   bench mc [-n SAMPLES] [SCENARIO...]
 *   bench prices [MB]                  runsheet prices import of a big offer file
 *   bench focus [ROWS]                 runsheet import focus of a big FOCUS export
 *   bench like [SCENARIO...]           each stage against its like-for-like floor
 *
 * like (also the end of run, for series-a-saas): the scenario built in
 * this process ten times by runsheet's own code (site_build, one worker);
 * the first run records every chart's drawing (chart_record: a cairo
 * recording surface) and every libxlsxwriter call (replay.c), untimed.
 * The floors do the same library work with no model: the recorded drawing
 * replayed onto an image surface and encoded by the same PNG writer, and
 * onto an SVG surface; the recorded calls replayed into a new workbook
 * (checked identical to runsheet's, member by member); the report's own
 * Markdown through cmark-gfm with the same options. Each figure is the
 * minimum of nine runs. Prints one line per budget of issue 17, met or
 * not met with both figures, and puts them in bench.json ("budgets").
 *
 * run: for each N of SIZES (default 10,100,1000) a corpus of N synthetic
 * scenarios, built by build/runsheet on one worker and on every core (as
 * child processes, so the peak RSS is the build's own), then rebuilt with
 * nothing changed; the time per scenario of each stage (runsheet build
 * --stats), scenarios per second, peak RSS, and the library floor (floor.c)
 * for the same number of charts, workbook cells and Markdown bytes. Then
 * the Monte Carlo of the bundled scenarios. Prints tables and writes
 * JSON (default build/bench.json).
 *
 * corpus: N scenarios, the bundled ones in turn with their size (vCPU,
 * memory, requests, egress, storage, services, engineers) scaled by a
 * factor from 1/2 to 2 drawn from the scenario's number: deterministic.
 * DIR gets links to the bundled models, templates, assets and schema.
 *
 * prices: runsheet prices import aws of an AmazonEC2-shaped offer file of
 * about MB megabytes (default 400, the size of a real regional AmazonEC2
 * file), written by this program: the seconds and the peak RSS, which stay
 * flat as the file grows because the offer file is read as a stream.
 *
 * focus: runsheet import focus of a gzip-compressed FOCUS export of ROWS
 * rows (default 1,000,000) in the columns of AWS's FOCUS 1.0 export,
 * written by this program: rows per second and the peak RSS, flat as the
 * export grows because it is read as a stream.
 *
 * mc: the Monte Carlo of each scenario (default: every bundled one) with
 * SAMPLES samples (default 10,000) on one core: the seconds it takes, the
 * formula cells re-evaluated per sample, and cell evaluations per second.
 * The model is loaded and evaluated first and not timed.
 *
 * Speed is never asserted, only reported. Run from the top of the tree.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <jansson.h>
#include <zlib.h>

#include "runsheet.h"
#include "analysis.h"
#include "document.h"
#include "chart.h"
#include "floor.h"
#include "site.h"
#include "xlsx.h"

static void
usage(void)
{
	fprintf(stderr, "usage: bench run [-s N,N,...] [-o JSON]\n"
	    "       bench corpus N DIR\n"
	    "       bench mc [-n SAMPLES] [SCENARIO...]\n"
	    "       bench map [SCENARIO...]\n"
	    "       bench like [SCENARIO...]\n"
	    "       bench prices [MB]\n"
	    "       bench focus [ROWS]\n");
	exit(2);
}

/* The path of a scenario given by file or bundled id; caller frees. */
static char *
scenario_path(const char *arg)
{
	if (strchr(arg, '/') || str_has_suffix(arg, ".json"))
		return xstrdup(arg);
	return xasprintf("scenarios/%s.json", arg);
}

/*
 * The Monte Carlo of each of files with samples samples on one core, as a
 * table; each row also goes into out (a JSON array) when it is not NULL.
 */
static int
mc_table(char **files, size_t n, int samples, json_t *out)
{
	struct diags d = {0};
	struct catalog *cat = catalog_load(".", NULL, 0, &d);
	size_t i;

	if (cat == NULL || d.nerrors) {
		diags_print(&d, stderr);
		return 1;
	}
	printf("Monte Carlo, %d samples, one core\n\n", samples);
	printf("%-26s %8s %8s %12s %10s %14s\n", "scenario", "inputs", "cells", "evaluations",
	    "seconds", "evals/second");
	for (i = 0; i < n; i++) {
		struct scenario *sc = scenario_load(files[i], cat, &d);
		struct model *m = sc && !d.nerrors ? model_new(cat, sc, NULL, 0, &d) : NULL;
		struct report *r = m && model_eval(m, &d) ? report_new(m, &d) : NULL;
		struct analysis_opts o = {.samples = samples};
		struct analyses *an;

		if (r == NULL) {
			diags_print(&d, stderr);
			return 1;
		}
		an = analyses_run(r, &o);
		printf("%-26s %8zu %8zu %12zu %10.4f %14.0f\n", sc->id, an->nranged,
		    an->mc_evals / (size_t)samples, an->mc_evals, an->secs[1],
		    (double)an->mc_evals / an->secs[1]);
		if (out)
			json_array_append_new(out, json_pack("{s:s, s:i, s:I, s:f, s:f}", "scenario",
			    sc->id, "samples", samples, "evaluations", (json_int_t)an->mc_evals,
			    "seconds", an->secs[1], "evaluations_per_second",
			    (double)an->mc_evals / an->secs[1]));
		report_free(r);
		model_free(m);
		scenario_free(sc);
	}
	catalog_free(cat);
	diags_free(&d);
	return 0;
}

#define MAP_BUDGET_MS 50.0 /* issue 16: the default 61 x 41 grid on one core */
#define MAP_RUNS 7

/*
 * The decision map of each of files on one core (the other analyses off:
 * one sample), the minimum of MAP_RUNS runs, as a table with the budget
 * line; each row also goes into out when it is not NULL.
 */
static int
map_table(char **files, size_t n, json_t *out)
{
	struct diags d = {0};
	struct catalog *cat = catalog_load(".", NULL, 0, &d);
	double worst = 0;
	size_t i;
	int k;

	if (cat == NULL || d.nerrors) {
		diags_print(&d, stderr);
		return 1;
	}
	printf("Decision map, default grid, one core (minimum of %d runs)\n\n", MAP_RUNS);
	printf("%-26s %8s %8s %12s %10s\n", "scenario", "grid", "borders", "evaluations", "ms");
	for (i = 0; i < n; i++) {
		struct scenario *sc = scenario_load(files[i], cat, &d);
		struct model *m = sc && !d.nerrors ? model_new(cat, sc, NULL, 0, &d) : NULL;
		struct report *r = m && model_eval(m, &d) ? report_new(m, &d) : NULL;
		struct analysis_opts o = {.samples = 1};
		double best = 1e9;
		size_t evals = 0, nb = 0;
		int cells = 0;

		if (r == NULL) {
			diags_print(&d, stderr);
			return 1;
		}
		for (k = 0; k < MAP_RUNS; k++) {
			struct analyses *an = analyses_run(r, &o);

			if (an->map) {
				best = fmin(best, an->map->secs * 1000);
				evals = an->map->evals;
				nb = an->map->nborders;
				cells = an->map->x.n * an->map->y.n;
			}
			analyses_free(an);
			r->an = NULL;
		}
		worst = fmax(worst, best);
		printf("%-26s %8d %8zu %12zu %10.2f\n", sc->id, cells, nb, evals, best);
		if (out)
			json_array_append_new(out, json_pack("{s:s, s:i, s:I, s:I, s:f}", "scenario",
			    sc->id, "grid_points", cells, "borders", (json_int_t)nb, "evaluations",
			    (json_int_t)evals, "ms", best));
		report_free(r);
		model_free(m);
		scenario_free(sc);
	}
	printf("budget: decision map <= %.0f ms per scenario: %s (slowest %.2f ms)\n",
	    MAP_BUDGET_MS, worst <= MAP_BUDGET_MS ? "met" : "NOT MET", worst);
	catalog_free(cat);
	diags_free(&d);
	return 0;
}

static int
bench_map(int argc, char **argv)
{
	char **files = NULL;
	size_t n = 0, i;
	int rc;

	if (argc > 0) {
		n = (size_t)argc;
		files = xcalloc(n, sizeof(*files));
		for (i = 0; i < n; i++)
			files[i] = scenario_path(argv[i]);
	} else {
		files = dir_list("scenarios", ".json", &n);
	}
	rc = map_table(files, n, NULL);
	strv_free(files, n);
	return rc;
}

static int
bench_mc(int argc, char **argv)
{
	char **files = NULL;
	size_t n = 0, i;
	int samples = 10000, a = 0, rc;

	while (a < argc && argv[a][0] == '-') {
		if (strcmp(argv[a], "-n") == 0 && a + 1 < argc)
			samples = atoi(argv[a + 1]), a += 2;
		else
			usage();
	}
	if (a < argc) {
		n = (size_t)(argc - a);
		files = xcalloc(n, sizeof(*files));
		for (i = 0; i < n; i++)
			files[i] = scenario_path(argv[a + (int)i]);
	} else {
		files = dir_list("scenarios", ".json", &n);
	}
	rc = mc_table(files, n, samples, NULL);
	strv_free(files, n);
	return rc;
}

/* splitmix64: a small, good, deterministic generator for the corpus. */
static uint64_t
mix(uint64_t *state)
{
	uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

/* Scale the number at obj.key, if any, by a factor from 1/2 to 2. */
static void
vary(json_t *obj, const char *key, uint64_t *state)
{
	json_t *v = obj ? json_object_get(obj, key) : NULL;
	double u = (double)(mix(state) >> 11) / 9007199254740992.0;
	double f = exp(log(0.5) + u * log(4.0));

	if (json_is_integer(v)) {
		json_int_t x = (json_int_t)llround((double)json_integer_value(v) * f);

		json_integer_set(v, x < 1 ? 1 : x);
	} else if (json_is_real(v)) {
		double x = round(json_real_value(v) * f * 100) / 100;

		json_real_set(v, x < 0.01 ? 0.01 : x);
	}
}

/* Link DIR/name to the bundled name (an absolute link: DIR may be anywhere). */
static bool
link_bundled(const char *dir, const char *name)
{
	char *cwd = getcwd(NULL, 0), *from = xasprintf("%s/%s", dir, name);
	char *to = xasprintf("%s/%s", cwd, name);
	bool ok = symlink(to, from) == 0 || errno == EEXIST;

	if (!ok)
		fprintf(stderr, "bench: %s: %s\n", from, strerror(errno));
	free(cwd);
	free(from);
	free(to);
	return ok;
}

static int
make_corpus(size_t n, const char *dir)
{
	static const char *const shared[] = {"models", "templates", "assets", "schema"};
	static const char *const workload[] = {"vcpu", "memory_gib", "requests_per_month",
		"egress_gb_per_month", "storage_gib", "services"};
	size_t nb = 0, i, k;
	char **bundled = dir_list("scenarios", ".json", &nb);
	char *sdir = xasprintf("%s/scenarios", dir);
	int rc = 0;

	if (bundled == NULL || nb == 0) {
		fprintf(stderr, "bench: no bundled scenarios (run from the top of the tree)\n");
		return 1;
	}
	if ((mkdir(dir, 0777) != 0 && errno != EEXIST) || (mkdir(sdir, 0777) != 0 && errno != EEXIST)) {
		fprintf(stderr, "bench: %s: %s\n", sdir, strerror(errno));
		return 1;
	}
	for (k = 0; k < sizeof(shared) / sizeof(shared[0]); k++)
		if (!link_bundled(dir, shared[k]))
			return 1;
	for (i = 0; i < n && rc == 0; i++) {
		json_error_t e;
		json_t *j = json_load_file(bundled[i % nb], JSON_PRESERVE_ORDER, &e);
		uint64_t state = 0x52554E5348454554ULL + i;
		char id[32], *title, *path;

		if (j == NULL) {
			fprintf(stderr, "%s:%d:%d: %s\n", bundled[i % nb], e.line, e.column, e.text);
			rc = 1;
			break;
		}
		snprintf(id, sizeof(id), "bench-%05zu", i);
		title = xasprintf("Bench %zu: %s, resized", i,
		    json_string_value(json_object_get(j, "title")));
		json_object_set_new(j, "id", json_string(id));
		json_object_set_new(j, "title", json_string(title));
		for (k = 0; k < sizeof(workload) / sizeof(workload[0]); k++)
			vary(json_object_get(j, "workload"), workload[k], &state);
		vary(json_object_get(j, "team"), "engineers", &state);
		path = xasprintf("%s/%s.json", sdir, id);
		if (json_dump_file(j, path, JSON_INDENT(2) | JSON_PRESERVE_ORDER) != 0) {
			fprintf(stderr, "bench: cannot write %s\n", path);
			rc = 1;
		}
		free(path);
		free(title);
		json_decref(j);
	}
	strv_free(bundled, nb);
	free(sdir);
	return rc;
}

static int
bench_corpus(int argc, char **argv)
{
	if (argc != 2 || atol(argv[0]) < 1)
		usage();
	return make_corpus((size_t)atol(argv[0]), argv[1]);
}

/* One child process: its wall time, peak RSS (KiB) and whether it succeeded. */
struct run {
	double wall;
	long rss_kib;
};

static bool child_quiet; /* the child's standard output to /dev/null */

static bool
run_child(char *const argv[], struct run *r)
{
	double t = now_seconds();
	struct rusage ru;
	int st;
	pid_t pid = fork();

	if (pid == 0) {
		if (child_quiet) {
			int fd = open("/dev/null", O_WRONLY);

			if (fd >= 0)
				dup2(fd, 1);
		}
		execv(argv[0], argv);
		fprintf(stderr, "bench: %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	if (pid < 0 || wait4(pid, &st, 0, &ru) != pid)
		return false;
	r->wall = now_seconds() - t;
	r->rss_kib = ru.ru_maxrss;
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
		fprintf(stderr, "bench: %s %s failed (status %d)\n", argv[0], argv[1], st);
		return false;
	}
	return true;
}

/* runsheet build of the corpus in data into out with jobs workers. */
static bool
build(const char *data, const char *out, int jobs, bool force, const char *stats, struct run *r)
{
	char j[16];
	char *argv[] = {"build/runsheet", "build", "-q", "--data", (char *)data, "-o",
		(char *)out, "-j", j, "--stats", (char *)stats, force ? "--force" : NULL, NULL};

	snprintf(j, sizeof(j), "%d", jobs);
	return run_child(argv, r);
}

static double
num(json_t *o, const char *key)
{
	return json_number_value(json_object_get(o, key));
}

static int
cores(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : (int)n;
}

/* The stages the floor has a counterpart for, and that counterpart. */
static double
floor_of(const struct floor *f, const char *stage)
{
	if (strcmp(stage, "markdown+html") == 0)
		return f->markdown;
	if (strcmp(stage, "workbook") == 0)
		return f->workbook;
	if (strcmp(stage, "charts png") == 0)
		return f->png;
	if (strcmp(stage, "charts svg") == 0)
		return f->svg;
	return -1;
}

/*
 * One size of the benchmark: a corpus of n, built on one worker and on
 * every core, rebuilt unchanged, and its floor. Appends to runs.
 */
static bool
bench_size(size_t n, const char *tmpdir, json_t *runs)
{
	char *data = xasprintf("build/bench-run/corpus-%zu", n);
	char *out = xasprintf("build/bench-run/site-%zu", n);
	char *stats = xasprintf("build/bench-run/stats-%zu.json", n);
	struct run r1, rn, re;
	struct floor fl;
	json_t *st, *stages, *row, *jst;
	json_error_t e;
	double per, floor_total = 0, runsheet_total = 0, cmp_total = 0;
	size_t built, charts, cells, mdb, k, floor_docs = n < 100 ? n : 100;
	int nc = cores();
	bool ok = false;

	if (make_corpus(n, data) != 0)
		goto done;
	if (!build(data, out, 1, true, stats, &r1))
		goto done;
	if ((st = json_load_file(stats, 0, &e)) == NULL) {
		fprintf(stderr, "bench: %s: %s\n", stats, e.text);
		goto done;
	}
	if (!build(data, out, nc, true, stats, &rn) || !build(data, out, nc, false, stats, &re)) {
		json_decref(st);
		goto done;
	}
	built = (size_t)num(st, "built");
	charts = (size_t)num(st, "charts");
	cells = (size_t)num(st, "workbook_calls");
	mdb = (size_t)num(st, "markdown_bytes");
	if (built != n) {
		fprintf(stderr, "bench: built %zu of %zu scenarios\n", built, n);
		json_decref(st);
		goto done;
	}
	floor_measure(floor_docs, (charts + n / 2) / n, (cells + n / 2) / n, (mdb + n / 2) / n,
	    "build/bench-run", tmpdir, &fl);
	stages = json_object_get(st, "stage_seconds");
	printf("\nN = %zu scenarios (%s): %zu charts, %zu workbook cells and %zu KB of "
	    "Markdown per scenario\n\n", n, data, charts / n, cells / n, mdb / n / 1000);
	printf("  %-22s %12s %12s %8s\n", "stage, one worker", "ms/scenario", "floor ms", "ratio");
	row = json_object();
	jst = json_object();
	for (k = 0; k < ST__MAX; k++) {
		double f = floor_of(&fl, stage_names[k]);

		per = num(stages, stage_names[k]) / (double)n;
		runsheet_total += per;
		if (f >= 0) {
			floor_total += f;
			cmp_total += per;
			printf("  %-22s %12.2f %12.2f %7.2fx\n", stage_names[k], per * 1e3, f * 1e3,
			    per / f);
			json_object_set_new(jst, stage_names[k], json_pack("{s:f, s:f}", "ms",
			    per * 1e3, "floor_ms", f * 1e3));
		} else {
			printf("  %-22s %12.2f %12s %8s\n", stage_names[k], per * 1e3, "-", "");
			json_object_set_new(jst, stage_names[k], json_pack("{s:f}", "ms", per * 1e3));
		}
	}
	printf("  %-22s %12.2f %12.2f %7.2fx\n", "stages with a floor", cmp_total * 1e3,
	    floor_total * 1e3, cmp_total / floor_total);
	printf("  %-22s %12.2f %12.2f %7.2fx\n", "all stages", runsheet_total * 1e3,
	    floor_total * 1e3, runsheet_total / floor_total);
	printf("  %-22s %12.2f %12s %8s\n", "wall / scenario", r1.wall / (double)n * 1e3, "", "");
	printf("\n  %-22s %10.2f s %8.1f scenarios/s  peak RSS %6.1f MiB\n", "one worker",
	    r1.wall, (double)n / r1.wall, (double)r1.rss_kib / 1024);
	printf("  %-22s %10.2f s %8.1f scenarios/s  peak RSS %6.1f MiB\n",
	    nc == 1 ? "all cores (1)" : "all cores (-j 2)", rn.wall, (double)n / rn.wall,
	    (double)rn.rss_kib / 1024);
	printf("  %-22s %10.3f s %8.1f%% of the full build on all cores\n",
	    "rebuild, no change", re.wall, 100 * re.wall / rn.wall);
	json_object_set_new(row, "scenarios", json_integer((json_int_t)n));
	json_object_set_new(row, "stages", jst);
	json_object_set_new(row, "charts_per_scenario", json_real((double)charts / (double)n));
	json_object_set_new(row, "workbook_cells_per_scenario",
	    json_real((double)cells / (double)n));
	json_object_set_new(row, "markdown_bytes_per_scenario", json_real((double)mdb / (double)n));
	json_object_set_new(row, "floor_documents_measured", json_integer((json_int_t)floor_docs));
	json_object_set_new(row, "ms_per_scenario_stages", json_real(runsheet_total * 1e3));
	json_object_set_new(row, "floor_ms_per_scenario", json_real(floor_total * 1e3));
	json_object_set_new(row, "ratio_to_floor", json_real(cmp_total / floor_total));
	json_object_set_new(row, "one_worker", json_pack("{s:f, s:f, s:f, s:I}", "seconds", r1.wall,
	    "ms_per_scenario", r1.wall / (double)n * 1e3, "scenarios_per_second",
	    (double)n / r1.wall, "peak_rss_kib", (json_int_t)r1.rss_kib));
	json_object_set_new(row, "all_cores", json_pack("{s:i, s:f, s:f, s:I}", "jobs", nc,
	    "seconds", rn.wall, "scenarios_per_second", (double)n / rn.wall, "peak_rss_kib",
	    (json_int_t)rn.rss_kib));
	json_object_set_new(row, "rebuild_unchanged", json_pack("{s:f, s:f}", "seconds", re.wall,
	    "fraction_of_full", re.wall / rn.wall));
	json_array_append_new(runs, row);
	json_decref(st);
	ok = true;
done:
	free(data);
	free(out);
	free(stats);
	return ok;
}

/* --- like for like: each stage against the same work done by the libraries -- */

#define LIKE_RUNS 9
#define STAGE_BUDGET 1.10   /* issue 17: each output stage <= 1.10x its floor */
#define ANALYSES_BUDGET_MS 8.0
#define WHOLE_BUDGET 1.15   /* whole scenario <= 1.15x floors + load + evaluate */
#define WORKERS_BUDGET 1.85 /* 2 workers >= 1.85x one */

static double
minimum(double a, double b)
{
	return a < b ? a : b;
}

static void
budget_line(json_t *budgets, const char *what, bool met, const char *fmt, ...)
{
	char detail[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(detail, sizeof(detail), fmt, ap);
	va_end(ap);
	printf("budget: %s: %s (%s)\n", what, met ? "met" : "NOT MET", detail);
	if (budgets)
		json_array_append_new(budgets, json_pack("{s:s, s:b, s:s}", "budget", what, "met",
		    met, "figures", detail));
}

/*
 * One scenario built in this process LIKE_RUNS + 1 times with runsheet's
 * own code (the first run, untimed, records the charts' drawing and the
 * workbook's libxlsxwriter calls), then its like-for-like floors, each the
 * minimum of LIKE_RUNS: the recorded drawing replayed onto PNG and SVG
 * surfaces, the recorded calls replayed into a new workbook, the report's
 * own Markdown through cmark-gfm. Prints the table and the budget lines.
 */
static bool
like_scenario(const struct catalog *cat, const char *path, const char *tmpdir, json_t *out,
    json_t *budgets)
{
	const char *site = "build/bench-like/site";
	struct build_opts o;
	struct build_stats st;
	struct diags d = {0};
	struct recorded rc = {0};
	struct replay *rp = NULL;
	struct buf md = {0};
	double best[ST__MAX], whole = 1e9, fpng = 1e9, fsvg = 1e9, fmd = 1e9, fwb = 1e9;
	double nomap = 1e9, floors, base, stages_sum;
	char *files[1] = {(char *)path}, *mdpath = NULL, *id;
	size_t calls = 0, k;
	int run;
	json_t *row, *jst;

	memset(&o, 0, sizeof(o));
	o.outdir = site;
	o.scenarios = files;
	o.nscenarios = 1;
	o.jobs = 1;
	o.force = true;
	o.tmpdir = tmpdir;
	o.stats = &st;
	for (k = 0; k < ST__MAX; k++)
		best[k] = 1e9;
	for (run = 0; run <= LIKE_RUNS; run++) {
		double sum = 0;

		memset(&st, 0, sizeof(st));
		if (run == 0) {
			chart_record(floor_record_chart, &rc);
			replay_start();
		}
		if (!site_build(cat, &o, &d)) {
			diags_print(&d, stderr);
			return false;
		}
		if (run == 0) {
			chart_record(NULL, NULL);
			rp = replay_stop(&calls);
			continue;
		}
		for (k = 0; k < ST__MAX; k++) {
			best[k] = minimum(best[k], st.secs[k]);
			sum += st.secs[k];
		}
		whole = minimum(whole, sum);
	}
	/* the analyses without the decision map, on the same model */
	{
		struct scenario *sc = scenario_load(path, cat, &d);
		struct model *m = sc && !d.nerrors ? model_new(cat, sc, NULL, 0, &d) : NULL;
		struct report *r = m && model_eval(m, &d) ? report_new(m, &d) : NULL;
		struct analysis_opts ao = {.no_map = true};

		if (r == NULL) {
			diags_print(&d, stderr);
			return false;
		}
		id = xstrdup(sc->id);
		for (run = 0; run < LIKE_RUNS; run++) {
			double t = now_seconds();
			struct analyses *an = analyses_run(r, &ao);

			nomap = minimum(nomap, now_seconds() - t);
			analyses_free(an);
			r->an = NULL;
		}
		report_free(r);
		model_free(m);
		scenario_free(sc);
	}
	mdpath = xasprintf("%s/scenarios/%s/report.md", site, id);
	if (!file_read(mdpath, &md)) {
		fprintf(stderr, "bench: %s: %s\n", mdpath, strerror(errno));
		return false;
	}
	for (run = 0; run < LIKE_RUNS; run++) {
		double p, s, t;

		floor_replay_charts(&rc, &p, &s);
		fpng = minimum(fpng, p);
		fsvg = minimum(fsvg, s);
		fmd = minimum(fmd, floor_markdown_same(md.data ? md.data : "", md.len));
		t = now_seconds();
		if (!replay_run(rp, "build/bench-like/floor.xlsx", tmpdir)) {
			fprintf(stderr, "bench: the workbook's replay failed\n");
			return false;
		}
		fwb = minimum(fwb, now_seconds() - t);
	}
	/* the replay must have written the same workbook: the same XML, member by member */
	{
		char *cmd = xasprintf("rm -rf build/bench-like/cmp && mkdir -p build/bench-like/cmp && "
		    "unzip -q -d build/bench-like/cmp/floor build/bench-like/floor.xlsx && "
		    "unzip -q -d build/bench-like/cmp/runsheet %s/scenarios/%s/workbook.xlsx && "
		    "diff -r build/bench-like/cmp/floor build/bench-like/cmp/runsheet", site, id);
		char *argv[] = {"/bin/sh", "-c", cmd, NULL};
		struct run r;
		bool same = run_child(argv, &r);

		printf("the replayed workbook is %s runsheet's, member by member\n",
		    same ? "identical to" : "NOT identical to");
		free(cmd);
		if (!same)
			return false;
	}
	unlink("build/bench-like/floor.xlsx");

	printf("\n%s, one worker, minimum of %d runs: %zu charts, %zu libxlsxwriter calls, "
	    "%zu KB of Markdown\n\n", id, LIKE_RUNS, rc.n, calls, md.len / 1000);
	printf("  %-16s %10s %10s %8s\n", "stage", "ms", "floor ms", "ratio");
	row = json_object();
	jst = json_object();
	for (k = 0; k < ST__MAX; k++) {
		double f = k == ST_MARKDOWN ? fmd : k == ST_WORKBOOK ? fwb : k == ST_PNG ? fpng :
		    k == ST_SVG ? fsvg : -1;

		if (f >= 0) {
			printf("  %-16s %10.2f %10.2f %7.2fx\n", stage_names[k], best[k] * 1e3, f * 1e3,
			    best[k] / f);
			json_object_set_new(jst, stage_names[k], json_pack("{s:f, s:f, s:f}", "ms",
			    best[k] * 1e3, "floor_ms", f * 1e3, "ratio", best[k] / f));
		} else {
			printf("  %-16s %10.2f %10s\n", stage_names[k], best[k] * 1e3, "-");
			json_object_set_new(jst, stage_names[k], json_pack("{s:f}", "ms", best[k] * 1e3));
		}
	}
	floors = fmd + fwb + fpng + fsvg;
	base = floors + best[ST_LOAD] + best[ST_EVAL];
	stages_sum = 0;
	for (k = 0; k < ST__MAX; k++)
		stages_sum += best[k];
	printf("  %-16s %10.2f %10.2f %7.2fx  (floors + load + evaluate)\n", "whole scenario",
	    whole * 1e3, base * 1e3, whole / base);
	printf("  %-16s %10.2f            (break-even, Monte Carlo, sensitivity; no map)\n\n",
	    "analyses - map", nomap * 1e3);
	for (k = 0; k < ST__MAX; k++) {
		double f = k == ST_MARKDOWN ? fmd : k == ST_WORKBOOK ? fwb : k == ST_PNG ? fpng :
		    k == ST_SVG ? fsvg : -1;
		char what[96];

		if (f < 0)
			continue;
		snprintf(what, sizeof(what), "%s: %s <= %.2fx its like-for-like floor", id,
		    stage_names[k], STAGE_BUDGET);
		budget_line(budgets, what, best[k] <= STAGE_BUDGET * f, "%.2f ms against %.2f ms: "
		    "%.2fx", best[k] * 1e3, f * 1e3, best[k] / f);
	}
	{
		char what[96];

		snprintf(what, sizeof(what), "%s: analyses <= %.0f ms at the default settings", id,
		    ANALYSES_BUDGET_MS);
		budget_line(budgets, what, best[ST_ANALYSES] * 1e3 <= ANALYSES_BUDGET_MS,
		    "%.2f ms with the decision map, %.2f ms without it", best[ST_ANALYSES] * 1e3,
		    nomap * 1e3);
		snprintf(what, sizeof(what), "%s: whole scenario <= %.2fx floors + load + evaluate",
		    id, WHOLE_BUDGET);
		budget_line(budgets, what, whole <= WHOLE_BUDGET * base, "%.2f ms against %.2f ms: "
		    "%.2fx", whole * 1e3, base * 1e3, whole / base);
	}
	json_object_set_new(row, "scenario", json_string(id));
	json_object_set_new(row, "runs", json_integer(LIKE_RUNS));
	json_object_set_new(row, "charts", json_integer((json_int_t)rc.n));
	json_object_set_new(row, "workbook_calls", json_integer((json_int_t)calls));
	json_object_set_new(row, "markdown_bytes", json_integer((json_int_t)md.len));
	json_object_set_new(row, "stages", jst);
	json_object_set_new(row, "whole_ms", json_real(whole * 1e3));
	json_object_set_new(row, "floors_load_evaluate_ms", json_real(base * 1e3));
	json_object_set_new(row, "analyses_without_map_ms", json_real(nomap * 1e3));
	json_array_append_new(out, row);
	floor_recorded_free(&rc);
	replay_free(rp);
	buf_free(&md);
	free(mdpath);
	free(id);
	diags_free(&d);
	return true;
}

/*
 * The bundled site on one worker and on two (child processes, --force),
 * the minimum wall time of seven each, alternating: the speed-up line.
 */
static bool
like_workers(json_t *root, json_t *budgets)
{
	struct run r;
	double w1 = 1e9, w2 = 1e9;
	int k;

	for (k = 0; k < 7; k++) {
		if (!build(".", "build/bench-like/j1", 1, true, "build/bench-like/j1.json", &r))
			return false;
		w1 = minimum(w1, r.wall);
		if (!build(".", "build/bench-like/j2", 2, true, "build/bench-like/j2.json", &r))
			return false;
		w2 = minimum(w2, r.wall);
	}
	printf("\nThe bundled site: %.3f s on one worker, %.3f s on two: %.2fx\n", w1, w2, w1 / w2);
	budget_line(budgets, "two workers >= 1.85x one (the bundled site)", w1 / w2 >= WORKERS_BUDGET,
	    "%.3f s on one, %.3f s on two: %.2fx", w1, w2, w1 / w2);
	json_object_set_new(root, "workers", json_pack("{s:f, s:f, s:f}", "one_worker_s", w1,
	    "two_workers_s", w2, "speedup", w1 / w2));
	return true;
}

/* bench like [SCENARIO...]: the like-for-like table of each (default series-a-saas). */
static int
like_table(char **files, size_t n, json_t *root, json_t *budgets)
{
	struct diags d = {0};
	struct catalog *cat = catalog_load(".", NULL, 0, &d);
	json_t *rows = json_array();
	const char *tmpdir = xlsx_tmpdir();
	size_t i;
	int rc = 0;

	if (cat == NULL || d.nerrors) {
		diags_print(&d, stderr);
		return 1;
	}
	mkdir("build", 0777);
	mkdir("build/bench-like", 0777);
	printf("Like for like: each stage against the same library work with no model "
	    "(times in ms per scenario)\n");
	chart_init();
	for (i = 0; i < n && rc == 0; i++)
		if (!like_scenario(cat, files[i], tmpdir, rows, budgets))
			rc = 1;
	if (rc == 0 && !like_workers(root, budgets))
		rc = 1;
	json_object_set_new(root, "like_for_like", rows);
	catalog_free(cat);
	diags_free(&d);
	return rc;
}

static int
bench_like(int argc, char **argv)
{
	char **files = xcalloc((size_t)argc + 2, sizeof(*files));
	size_t n = 0;
	int i, rc;
	json_t *root = json_object(), *budgets = json_array();

	for (i = 0; i < argc; i++)
		files[n++] = scenario_path(argv[i]);
	if (n == 0)
		files[n++] = scenario_path("series-a-saas");
	rc = like_table(files, n, root, budgets);
	strv_free(files, n);
	json_decref(budgets);
	json_decref(root);
	return rc;
}

static bool bench_prices(long, json_t *);
static bool bench_focus(long, json_t *);

static int
bench_run(int argc, char **argv)
{
	const char *json = "build/bench.json", *sizes = "10,100,1000", *tmpdir = NULL;
	json_t *root = json_object(), *runs = json_array(), *mc = json_array(), *first, *last;
	json_t *maps = json_array();
	char **files;
	size_t nfiles = 0;
	int a = 0, rc = 0;

	while (a < argc) {
		if (strcmp(argv[a], "-s") == 0 && a + 1 < argc)
			sizes = argv[a + 1], a += 2;
		else if (strcmp(argv[a], "-o") == 0 && a + 1 < argc)
			json = argv[a + 1], a += 2;
		else
			usage();
	}
	if (access("build/runsheet", X_OK) != 0) {
		fprintf(stderr, "bench: build/runsheet: %s (run make first)\n", strerror(errno));
		return 1;
	}
	tmpdir = xlsx_tmpdir(); /* where runsheet build puts libxlsxwriter's files */
	mkdir("build", 0777);
	mkdir("build/bench-run", 0777);
	printf("runsheet benchmark: %d cores; times in milliseconds per scenario\n", cores());
	for (const char *p = sizes; *p;) {
		char *end;
		long n = strtol(p, &end, 10);

		if (n < 1 || (*end && *end != ',')) {
			fprintf(stderr, "bench: -s %s: expected sizes like 10,100,1000\n", sizes);
			return 2;
		}
		if (!bench_size((size_t)n, tmpdir, runs))
			return 1;
		p = *end ? end + 1 : end;
	}
	first = json_array_get(runs, 0);
	last = json_array_get(runs, json_array_size(runs) - 1);
	if (json_array_size(runs) > 1) {
		double r0 = num(json_object_get(first, "all_cores"), "peak_rss_kib");
		double r1 = num(json_object_get(last, "all_cores"), "peak_rss_kib");

		printf("\nPeak RSS on all cores: %.1f MiB at N = %.0f, %.1f MiB at N = %.0f: %.2fx\n",
		    r0 / 1024, num(first, "scenarios"), r1 / 1024, num(last, "scenarios"), r1 / r0);
		json_object_set_new(root, "rss_ratio_largest_to_smallest", json_real(r1 / r0));
	}
	printf("\n");
	{
		json_t *pi = json_object();

		if (!bench_prices(400, pi))
			rc = 1;
		json_object_set_new(root, "prices_import", pi);
	}
	{
		json_t *fi = json_object();

		if (!bench_focus(1000000, fi))
			rc = 1;
		json_object_set_new(root, "focus_import", fi);
	}
	printf("\n");
	files = dir_list("scenarios", ".json", &nfiles);
	rc |= mc_table(files, nfiles, 10000, mc);
	printf("\n");
	rc |= map_table(files, nfiles, maps);
	strv_free(files, nfiles);
	printf("\n");
	{
		char *like[1] = {"scenarios/series-a-saas.json"};
		json_t *budgets = json_array();

		rc |= like_table(like, 1, root, budgets);
		json_object_set_new(root, "budgets", budgets);
	}
	json_object_set_new(root, "decision_map", maps);
	json_object_set_new(root, "cores", json_integer(cores()));
	json_object_set_new(root, "sizes", runs);
	json_object_set_new(root, "monte_carlo", mc);
	if (json_dump_file(root, json, JSON_INDENT(2) | JSON_PRESERVE_ORDER) != 0) {
		fprintf(stderr, "bench: cannot write %s\n", json);
		rc = 1;
	} else {
		printf("\nbench: figures in %s\n", json);
	}
	json_decref(root);
	return rc;
}

/*
 * Write an AmazonEC2-shaped Price List offer file of n products (each with
 * an OnDemand term) to path: the structure of the real file, synthetic
 * values. Returns false if it cannot be written.
 */
static bool
write_offer(const char *path, size_t n)
{
	static const char *const types[] = {"m5.large", "m6i.xlarge", "m7g.xlarge", "g5.xlarge"};
	FILE *f = fopen(path, "w");
	size_t i;

	if (f == NULL)
		return false;
	fputs("{\n  \"formatVersion\" : \"v1.0\",\n  \"disclaimer\" : \"synthetic, for make bench\",\n"
	    "  \"offerCode\" : \"AmazonEC2\",\n  \"version\" : \"20261120000000\",\n"
	    "  \"publicationDate\" : \"2026-11-20T00:00:00Z\",\n  \"products\" : {\n", f);
	for (i = 0; i < n; i++) {
		char it[32];

		if (i < 4)
			snprintf(it, sizeof(it), "%s", types[i]);
		else
			snprintf(it, sizeof(it), "x%zu.large", i % 997);
		fprintf(f, "    \"S%015zu\" : {\n      \"sku\" : \"S%015zu\",\n      \"productFamily\" : "
		    "\"Compute Instance\",\n      \"attributes\" : {\n        \"servicecode\" : "
		    "\"AmazonEC2\",\n        \"location\" : \"EU (Frankfurt)\",\n        \"locationType\" : "
		    "\"AWS Region\",\n        \"instanceType\" : \"%s\",\n        \"currentGeneration\" : "
		    "\"Yes\",\n        \"vcpu\" : \"2\",\n        \"memory\" : \"8 GiB\",\n        "
		    "\"networkPerformance\" : \"Up to 10 Gigabit\",\n        \"tenancy\" : \"Shared\",\n        "
		    "\"operatingSystem\" : \"Linux\",\n        \"licenseModel\" : \"No License required\",\n"
		    "        \"usagetype\" : \"EUC1-BoxUsage:%s\",\n        \"operation\" : "
		    "\"RunInstances\",\n        \"capacitystatus\" : \"Used\",\n        \"preInstalledSw\" : "
		    "\"NA\",\n        \"regionCode\" : \"eu-central-1\",\n        \"servicename\" : \"Amazon "
		    "Elastic Compute Cloud\"\n      }\n    }%s\n", i, i, it, it, i + 1 < n ? "," : "");
	}
	fputs("  },\n  \"terms\" : {\n    \"OnDemand\" : {\n", f);
	for (i = 0; i < n; i++)
		fprintf(f, "      \"S%015zu\" : {\n        \"S%015zu.JRTCKXETXF\" : {\n          \"offerTermCode\" : "
		    "\"JRTCKXETXF\",\n          \"sku\" : \"S%015zu\",\n          \"effectiveDate\" : "
		    "\"2026-11-01T00:00:00Z\",\n          \"priceDimensions\" : {\n            "
		    "\"S%015zu.JRTCKXETXF.6YS6EN2CT7\" : {\n              \"rateCode\" : "
		    "\"S%015zu.JRTCKXETXF.6YS6EN2CT7\",\n              \"description\" : \"synthetic\",\n"
		    "              \"beginRange\" : \"0\",\n              \"endRange\" : \"Inf\",\n"
		    "              \"unit\" : \"Hrs\",\n              \"pricePerUnit\" : {\n                "
		    "\"USD\" : \"0.%010zu\"\n              },\n              \"appliesTo\" : [ ]\n            }\n"
		    "          },\n          \"termAttributes\" : { }\n        }\n      }%s\n", i, i, i, i, i,
		    i % 999999 + 1, i + 1 < n ? "," : "");
	fputs("    }\n  }\n}\n", f);
	return fclose(f) == 0;
}

/* runsheet prices import of offer files of about mb megabytes: time and peak RSS. */
static bool
bench_prices(long mb, json_t *out)
{
	const char *path = "build/bench-run/AmazonEC2-synthetic.json";
	char *argv[] = {"build/runsheet", "prices", "import", "aws", (char *)path, "-q", "-o",
		"build/bench-run/aws-synthetic-sheet.json", NULL};
	size_t n = (size_t)mb * 1000000 / 1500;
	struct run r;
	struct stat st;

	if (!write_offer(path, n) || stat(path, &st) != 0) {
		fprintf(stderr, "bench: cannot write %s\n", path);
		return false;
	}
	if (!run_child(argv, &r))
		return false;
	printf("prices import aws: %.0f MB offer file (%zu products): %.2f s, %.0f MB/s, peak RSS "
	    "%.1f MiB\n", (double)st.st_size / 1e6, n, r.wall, (double)st.st_size / 1e6 / r.wall,
	    r.rss_kib / 1024.0);
	json_object_set_new(out, "file_bytes", json_integer((json_int_t)st.st_size));
	json_object_set_new(out, "products", json_integer((json_int_t)n));
	json_object_set_new(out, "seconds", json_real(r.wall));
	json_object_set_new(out, "peak_rss_kib", json_integer(r.rss_kib));
	unlink(path);
	return true;
}

static int
bench_prices_cmd(int argc, char **argv)
{
	json_t *o = json_object();
	long mb = argc > 0 ? strtol(argv[0], NULL, 10) : 400;
	bool ok;

	mkdir("build", 0777);
	mkdir("build/bench-run", 0777);
	ok = mb > 0 && bench_prices(mb, o);
	json_decref(o);
	return ok ? 0 : 1;
}

/*
 * Write a FOCUS export of n rows, gzip-compressed, in the columns of AWS's
 * FOCUS 1.0 table (AWS Data Exports): the structure of the real file,
 * synthetic values. One billing period, EC2, EKS, EBS, load balancer, S3,
 * tax and credit rows in turn.
 */
static bool
write_focus(const char *path, long n)
{
	static const char *const svc[][4] = {
		{"Amazon Elastic Compute Cloud", "AmazonEC2", "BoxUsage:m6i.xlarge", "Compute"},
		{"Amazon Elastic Container Service for Kubernetes", "AmazonEKS",
		    "USE1-AmazonEKS-Hours:perCluster", "Compute"},
		{"Amazon Elastic Compute Cloud", "AmazonEC2", "EBS:VolumeUsage.gp3", "Storage"},
		{"Elastic Load Balancing", "AWSELB", "LoadBalancerUsage", "Networking"},
		{"Amazon Simple Storage Service", "AmazonS3", "TimedStorage-ByteHrs", "Storage"},
	};
	gzFile z = gzopen(path, "wb1");
	long i;

	if (z == NULL)
		return false;
	gzputs(z, "AvailabilityZone,BilledCost,BillingAccountId,BillingAccountName,BillingCurrency,"
	    "BillingPeriodEnd,BillingPeriodStart,ChargeCategory,ChargeClass,ChargeDescription,"
	    "ChargeFrequency,ChargePeriodEnd,ChargePeriodStart,CommitmentDiscountCategory,"
	    "CommitmentDiscountId,CommitmentDiscountName,CommitmentDiscountStatus,"
	    "CommitmentDiscountType,ConsumedQuantity,ConsumedUnit,ContractedCost,"
	    "ContractedUnitPrice,EffectiveCost,InvoiceIssuerName,ListCost,ListUnitPrice,"
	    "PricingCategory,PricingQuantity,PricingUnit,ProviderName,PublisherName,RegionId,"
	    "RegionName,ResourceId,ResourceName,ResourceType,ServiceCategory,ServiceName,SkuId,"
	    "SkuPriceId,SubAccountId,SubAccountName,Tags,x_CostCategories,x_Discounts,x_Operation,"
	    "x_ServiceCode,x_UsageType\n");
	for (i = 0; i < n; i++) {
		int k = (int)(i % 7), day = (int)(i % 31) + 1, hour = (int)(i / 31 % 24);
		const char *const *s = svc[k < 5 ? k : 0];
		const char *cat = k == 5 ? "Tax" : k == 6 ? "Credit" : "Usage";
		long cents = (i * 7919) % 100000 - (k == 6 ? 100000 : 0);
		char cost[40];

		snprintf(cost, sizeof(cost), "%s%ld.%05ld", cents < 0 ? "-" : "", labs(cents) / 100000 +
		    labs(cents) / 1000, labs(cents) % 100000);
		if (gzprintf(z, "us-east-1%c,%s,999988887777,Example Corp,USD,2026-11-01T00:00:00Z,"
		    "2026-10-01T00:00:00Z,%s,,\"$0.192 per On Demand Linux m6i.xlarge Instance Hour, "
		    "synthetic\",Usage-Based,2026-10-%02dT%02d:00:00Z,2026-10-%02dT%02d:00:00Z,,,,,,1,Hours,"
		    "%s,0.192,%s,\"Amazon Web Services, Inc.\",%s,0.192,Standard,1,Hours,AWS,"
		    "\"Amazon Web Services, Inc.\",us-east-1,US East (N. Virginia),"
		    "arn:aws:ec2:us-east-1:111122223333:instance/i-%017lx,,Instance,%s,%s,"
		    "8YXFRN5H6CYS5DUN,,111122223333,shop-prod,\"{\"\"cluster\"\":\"\"shop-prod\"\"}\","
		    "{},{},RunInstances,%s,%s\n", 'a' + (int)(i % 3), cost, cat, day, hour, day, hour,
		    cost, cost, cost, i, s[3], s[0], s[1], s[2]) <= 0) {
			gzclose(z);
			return false;
		}
	}
	return gzclose(z) == Z_OK;
}

/* runsheet import focus of a FOCUS export of rows rows: rows per second and peak RSS. */
static bool
bench_focus(long rows, json_t *out)
{
	const char *path = "build/bench-run/focus-synthetic.csv.gz";
	char *argv[] = {"build/runsheet", "import", "focus", (char *)path, "-o",
		"build/bench-run/actual-synthetic.json", NULL};
	struct run r;
	struct stat st;
	bool ok;

	if (!write_focus(path, rows) || stat(path, &st) != 0) {
		fprintf(stderr, "bench: cannot write %s\n", path);
		return false;
	}
	child_quiet = true;
	ok = run_child(argv, &r);
	child_quiet = false;
	if (!ok)
		return false;
	printf("import focus: %ld rows (%.0f MB gzip-compressed): %.2f s, %.0f rows/s, peak RSS "
	    "%.1f MiB\n", rows, (double)st.st_size / 1e6, r.wall, (double)rows / r.wall,
	    r.rss_kib / 1024.0);
	json_object_set_new(out, "rows", json_integer(rows));
	json_object_set_new(out, "file_bytes", json_integer((json_int_t)st.st_size));
	json_object_set_new(out, "seconds", json_real(r.wall));
	json_object_set_new(out, "rows_per_second", json_real((double)rows / r.wall));
	json_object_set_new(out, "peak_rss_kib", json_integer(r.rss_kib));
	unlink(path);
	return true;
}

static int
bench_focus_cmd(int argc, char **argv)
{
	json_t *o = json_object();
	long rows = argc > 0 ? strtol(argv[0], NULL, 10) : 1000000;
	bool ok;

	mkdir("build", 0777);
	mkdir("build/bench-run", 0777);
	ok = rows > 0 && bench_focus(rows, o);
	json_decref(o);
	return ok ? 0 : 1;
}

int
main(int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "run") == 0)
		return bench_run(argc - 2, argv + 2);
	if (argc >= 2 && strcmp(argv[1], "corpus") == 0)
		return bench_corpus(argc - 2, argv + 2);
	if (argc >= 2 && strcmp(argv[1], "mc") == 0)
		return bench_mc(argc - 2, argv + 2);
	if (argc >= 2 && strcmp(argv[1], "like") == 0)
		return bench_like(argc - 2, argv + 2);
	if (argc >= 2 && strcmp(argv[1], "map") == 0)
		return bench_map(argc - 2, argv + 2);
	if (argc >= 2 && strcmp(argv[1], "prices") == 0)
		return bench_prices_cmd(argc - 2, argv + 2);
	if (argc >= 2 && strcmp(argv[1], "focus") == 0)
		return bench_focus_cmd(argc - 2, argv + 2);
	usage();
	return 2;
}
