/*
 * analysis.h -- the analyses of a report (analysis.c).
 */
#ifndef ANALYSIS_H
#define ANALYSIS_H

#include <stdbool.h>
#include <stddef.h>

/* Where a serverless platform's and a Kubernetes platform's totals meet. */
struct crossover {
	int s, k;              /* report rows: the serverless and the Kubernetes platform */
	bool with_found;       /* a crossover with engineering time in the range */
	double with_scale;     /* ... at this workload.scale */
	bool with_step;        /* ... at a jump (a whole node), not an exact tie */
	double compute_with;   /* the serverless platform's monthly compute there */
	bool without_found;    /* a crossover of the infrastructure alone */
	double without_scale;
	bool without_step;
	double compute_without;
	bool k_above_with;     /* Kubernetes is the cheaper one above it, with engineering */
	bool k_above_without;  /* ... and without */
	bool k_cheaper_above;  /* the first of the two that was found */
};

/* Monte Carlo summary of one platform's monthly total. */
struct uncertainty {
	double p10, p50, p90;
	double mean;
	double p_cheapest;     /* share of samples in which it was the cheapest */
};

/* One ranged input at its low and its high. */
struct sens {
	int cell;              /* the input */
	double in_low, in_base, in_high;
	double rec_low, rec_high; /* the recommended platform's total */
	double ru_low, ru_high;   /* the runner-up's total */
	char *verdict_low;     /* decision.platform with the input at low */
	char *verdict_high;
	bool flips;            /* either differs from the recommendation */
	double swing;          /* the larger move of the two totals over the range */
};

struct analyses {
	int scale_cell;        /* workload.scale, or -1 */
	int npoints;           /* sweep points, log-spaced */
	double *scales;
	double *totals;        /* [point * nrows + row]: with engineering */
	double *infra;         /* the same without engineering and one-time work */
	double *compute;       /* the same, compute only */
	int *sweep_cells;      /* the formula cells that depend on the scale, in order */
	size_t nsweep_cells;
	struct value *sweep_vals; /* [point * nsweep_cells + i]: their values */
	char **sweep_strs;     /* the texts those values point to (owned) */
	size_t nsweep_strs;
	struct crossover *cross;
	size_t ncross;
	int samples;           /* Monte Carlo samples */
	unsigned long seed;
	int *ranged;           /* the ranged inputs, by cell index */
	size_t nranged;
	struct uncertainty *unc; /* per report row */
	int runner_up;         /* report row, or -1 */
	struct sens *sens;     /* sorted by swing, largest first */
	size_t nsens;
	size_t evals;          /* formula evaluations performed */
	size_t mc_evals;       /* ... of them by the Monte Carlo */
	double secs[3];        /* time spent: break-even, Monte Carlo, sensitivity */
};

struct analysis_opts {
	int samples;           /* 0: the scenario's */
	bool have_seed;
	unsigned long seed;
};

struct analyses *analyses_run(struct report *, const struct analysis_opts *);
void analyses_free(struct analyses *);

/* The generator: xoshiro256** seeded through splitmix64. */
struct rng {
	unsigned long long s[4];
	double spare;          /* the second normal of a Box-Muller pair */
	bool have_spare;
};

void rng_seed(struct rng *, unsigned long long);
double rng_uniform(struct rng *);
double sample_dist(struct rng *, int, double, double, double);

#endif
