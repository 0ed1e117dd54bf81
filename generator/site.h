/*
 * site.h -- runsheet build (site.c).
 */
#ifndef SITE_H
#define SITE_H

#include "analysis.h"

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
	/* called before each scenario (a progress line), or NULL */
	void (*progress)(size_t, size_t, const char *, void *);
	void *progress_arg;
};

bool site_build(const struct catalog *, const struct build_opts *, struct diags *);
char *resolve_scenario_path(const char *, const char *);

#endif
