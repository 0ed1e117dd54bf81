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

/* Monte Carlo: the runner-up's total minus the recommended platform's. */
struct rundiff {
	double p10, p50, p90, mean;
	double p_rec_cheaper;  /* share of samples in which the recommended one costs less */
};

/* One ranged input at its low and its high. */
struct sens {
	int cell;              /* the input */
	int spread;            /* the spread.* cell that gives its range, or -1 */
	double in_low, in_base, in_high;
	double rec_low, rec_high; /* the recommended platform's total */
	double ru_low, ru_high;   /* the runner-up's total */
	char *verdict_low;     /* decision.platform with the input at low */
	char *verdict_high;
	bool flips;            /* either differs from the recommendation */
	double swing;          /* the larger move of the two totals over the range */
};

/* One axis of the decision map. */
struct map_axis {
	int cell;              /* the input varied */
	bool log;              /* log-spaced */
	bool integer;          /* whole values only */
	double min, max;
	double base;           /* the scenario's own value */
	double *values;        /* ascending */
	int n;
};

/*
 * Where the decision map's answer changes along one grid line (or along a
 * line through the scenario): the answer is before at low and after at
 * high, both evaluated; at is where it changes (the first whole value
 * with the new answer on a whole-number axis, the bracket's middle else).
 */
struct map_border {
	char along;            /* 'x': x varies, y is fixed; 'y': the other way */
	int i, j;              /* grid line: along x, row j between columns i and i+1;
	                          along y, column i between rows j and j+1; -1 off the grid */
	double fixed;          /* the other input's value */
	double low, high, at;
	int before, after;     /* catalog platform index, -1 for none */
};

/* The decision map: decision.platform over two inputs (map.c). */
struct decision_map {
	struct map_axis x, y;
	int *platform;         /* [j * x.n + i]: the answer at x.values[i], y.values[j] */
	int here;              /* the answer at the scenario's own values */
	int *row;              /* [i]: the answer at x.values[i] and the scenario's y */
	int *col;              /* [j]: the answer at the scenario's x and y.values[j] */
	double *compute;       /* [i]: the monthly compute of row[i]'s platform there */
	struct map_border *borders; /* along the grid lines, rows first */
	size_t nborders, bordercap;
	struct map_border *near;    /* along the two lines through the scenario */
	size_t nnear, nearcap;
	size_t evals;          /* formula evaluations */
	double secs;
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
	struct range *ranges;  /* ... and their ranges (model_range) */
	size_t nranged;
	size_t nspread;        /* of them, ranged by a spread.* cell */
	struct rundiff *diff;  /* runner-up minus recommended, or NULL */
	struct uncertainty *unc; /* per report row */
	int runner_up;         /* report row, or -1 */
	struct sens *sens;     /* sorted by swing, largest first */
	size_t nsens;
	struct decision_map *map; /* the decision map, or NULL */
	char *map_why;         /* why there is none, or NULL */
	size_t evals;          /* formula evaluations performed */
	size_t mc_evals;       /* ... of them by the Monte Carlo */
	double secs[4];        /* time spent: break-even, Monte Carlo, sensitivity, map */
};

struct analysis_opts {
	int samples;           /* 0: the scenario's */
	bool have_seed;
	unsigned long seed;
	const struct map_axis_opts *map_x, *map_y; /* --map-x, --map-y (checked), or NULL */
	bool no_map;           /* --no-map */
};

struct analyses *analyses_run(struct report *, const struct analysis_opts *);
void analyses_free(struct analyses *);
struct decision_map *map_analysis(struct analyses *, struct report *, const struct map_opts *,
    char **);
void map_free(struct decision_map *);
const char *map_family(const struct catalog *, int);

/* report.c: the map in words */
void map_axis_value(struct buf *, const struct model *, const struct map_axis *, double);
void map_range_text(struct buf *, const struct model *, const struct map_axis *, double, double);
void map_border_sentence(struct buf *, const struct report *, const struct map_border *);
char *map_summary(const struct report *, bool);

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
