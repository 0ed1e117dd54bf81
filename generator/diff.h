/*
 * diff.h -- runsheet diff (diff.c): two built sites compared.
 */
#ifndef DIFF_H
#define DIFF_H

#include <stdbool.h>

struct diff_opts {
	const char *old_dir;      /* OLD: the site before the change */
	const char *new_dir;      /* NEW: the site after it */
	bool json;                /* --format json; else the Markdown comment */
	const char *datadir;      /* where templates/diff.md is */
	bool have_fraction;       /* --fail-above PCT% given */
	double fraction;          /* ... as a fraction: 10% is 0.1 */
	const char *fraction_text;/* ... as given */
	bool have_usd;            /* --fail-above AMOUNT given */
	double usd;               /* ... in the sites' currency */
	const char *usd_text;     /* ... as given */
	bool ignore_flips;        /* --ignore-flips: a flip alone does not fail */
};

bool diff_limit_parse(const char *, struct diff_opts *);
bool diff_sites(const struct diff_opts *, struct buf *, bool *, struct diags *);

#endif
