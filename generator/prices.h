/*
 * prices.h -- runsheet prices import (prices.c).
 */
#ifndef PRICES_H
#define PRICES_H

#include <stdbool.h>
#include <stddef.h>

struct import_opts {
	const char *vendor;   /* aws, azure, gcp, hetzner */
	char **files;         /* the vendor's files (borrowed) */
	size_t nfiles;
	char **maps;          /* --map files on top of the bundled map */
	size_t nmaps;
	const char *region;   /* --region, or NULL to infer it */
	const char *as_of;    /* --as-of YYYY-MM-DD, or NULL */
	const char *out;      /* -o, or NULL/"-" for standard output */
	bool quiet;           /* no summary on standard error */
};

struct catalog;
struct diags;

bool prices_import(const struct catalog *, const struct import_opts *, struct diags *);
bool prices_vendor_known(const char *);
struct buf;
bool prices_check_maps(const struct catalog *, struct diags *);
bool prices_urls(const struct catalog *, const char *, struct buf *, struct diags *);

#endif
