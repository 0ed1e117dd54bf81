/*
 * site.h -- runsheet build (site.c).
 */
#ifndef SITE_H
#define SITE_H

#include "analysis.h"
#include "document.h"

struct build_opts {
	const char *outdir;          /* the site directory to (re)place */
	char **scenarios;            /* files or bundled ids; none: every bundled one */
	size_t nscenarios;
	const struct setopt *sets;   /* --set overrides for every scenario */
	size_t nsets;
	const char *tmpdir;          /* libxlsxwriter's temporary files, or NULL */
	struct analysis_opts analysis; /* Monte Carlo samples and seed */
	bool pdf;                    /* print each report to report.pdf with Chromium */
	const char *chromium;        /* the browser for pdf, or NULL to search PATH */
	int jobs;                    /* threads building scenarios (1 or more) */
	bool force;                  /* rebuild even what the previous build still has */
	int shard, nshards;          /* build only slice shard (1-based) of nshards */
	struct build_stats *stats;   /* stage times and counts, or NULL */
	/* called before each scenario (a progress line), or NULL */
	void (*progress)(size_t, size_t, const char *, void *);
	void *progress_arg;
};

/* What a build did, for runsheet build --stats and make bench. */
struct build_stats {
	double secs[ST__MAX];  /* per stage, summed over scenarios (thread time) */
	double wall;           /* the whole build */
	size_t built, reused;  /* scenarios built, and reused from the previous build */
	size_t charts, cells, md_bytes;
};

bool site_build(const struct catalog *, const struct build_opts *, struct diags *);
bool site_merge(const struct catalog *, const struct build_opts *, char **, size_t,
    struct diags *);
char *resolve_scenario_path(const char *, const char *);
bool scenario_missing(const char *, const char *, const char *, struct diags *);

#endif
