/*
 * bench.c -- runsheet's benchmark (make bench).
 *
 *   bench mc [-n SAMPLES] [SCENARIO...]
 *
 * mc: the Monte Carlo of each scenario (default: every bundled one) with
 * SAMPLES samples (default 10,000) on one core: the seconds it takes, the
 * formula cells re-evaluated per sample, and cell evaluations per second.
 * The model is loaded and evaluated first and not timed.
 *
 * Prints a table; speed is never asserted, only reported.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runsheet.h"
#include "analysis.h"

static void
usage(void)
{
	fprintf(stderr, "usage: bench mc [-n SAMPLES] [SCENARIO...]\n");
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

static int
bench_mc(int argc, char **argv)
{
	struct diags d = {0};
	struct catalog *cat = catalog_load(".", NULL, 0, &d);
	char **files = NULL;
	size_t n = 0, i;
	int samples = 10000, a = 0;

	while (a < argc && argv[a][0] == '-') {
		if (strcmp(argv[a], "-n") == 0 && a + 1 < argc)
			samples = atoi(argv[a + 1]), a += 2;
		else
			usage();
	}
	if (cat == NULL || d.nerrors) {
		diags_print(&d, stderr);
		return 1;
	}
	if (a < argc) {
		n = (size_t)(argc - a);
		files = xcalloc(n, sizeof(*files));
		for (i = 0; i < n; i++)
			files[i] = scenario_path(argv[a + (int)i]);
	} else {
		files = dir_list("scenarios", ".json", &n);
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
		report_free(r);
		model_free(m);
		scenario_free(sc);
	}
	strv_free(files, n);
	catalog_free(cat);
	diags_free(&d);
	return 0;
}

int
main(int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "mc") == 0)
		return bench_mc(argc - 2, argv + 2);
	usage();
	return 2;
}
