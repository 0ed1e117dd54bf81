/*
 * kube.h -- runsheet import kubernetes (kube.c).
 */
#ifndef KUBE_H
#define KUBE_H

#include <stdbool.h>
#include <stddef.h>

struct kube_opts {
	char **files;          /* kubectl exports and PodMetricsLists (borrowed) */
	size_t nfiles;
	const char *out;       /* -o, or NULL/"-": standard output */
	const char *id;        /* --id, or NULL: from the first file's name */
	const char *exclude;   /* --exclude-namespaces, or NULL: the rules' list */
	bool quiet;
};

struct catalog;
struct diags;

bool kube_quantity(const char *, double *);
double kube_cron_runs_per_month(const char *);
bool kube_check_rules(const struct catalog *, struct diags *);
bool kube_import(const struct catalog *, const struct kube_opts *, struct diags *);


#endif
