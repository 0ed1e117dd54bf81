/*
 * focus.h -- runsheet import focus (focus.c).
 */
#ifndef FOCUS_H
#define FOCUS_H

#include <stdbool.h>
#include <stddef.h>

struct focus_opts {
	char **files;          /* FOCUS exports, CSV or gzip (borrowed) */
	size_t nfiles;
	const char *period;    /* --period YYYY-MM, or NULL: the latest complete one */
	char **filters;        /* --filter COLUMN=VALUE or Tags.KEY=VALUE */
	size_t nfilters;
	bool effective;        /* --cost effective: EffectiveCost, else BilledCost */
	const char *out;       /* -o ACTUAL.json, or NULL: only the summary */
	bool json;             /* --format json: the summary as JSON */
	const char *platform;  /* --platform, or NULL: from the map's hints */
	char **rates;          /* --rate CUR=USD */
	size_t nrates;
};

struct buf;
struct catalog;
struct diags;

bool focus_check_map(const struct catalog *, struct diags *);
bool focus_import(const struct catalog *, const struct focus_opts *, struct diags *,
    struct buf *);

#endif
