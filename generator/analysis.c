/*
 * analysis.c -- the analyses that make the decision.
 *
 * All three re-evaluate the same model, never a copy of its arithmetic:
 *
 *  - break-even: workload.scale is swept over log-spaced points, and for
 *    each pair of a serverless and a Kubernetes platform the scale where
 *    their totals meet is found by bisection on the model itself, with
 *    engineering time and without it (the infrastructure alone: compute,
 *    platform fees and hidden costs). A crossover at a jump, where one more
 *    node makes Kubernetes dearer at once, is flagged as a step;
 *  - uncertainty: every input with a low/high range is sampled (triangular
 *    or PERT) from a seeded xoshiro256** generator, so the same seed gives
 *    the same numbers; per platform the P10, P50 and P90 of the monthly
 *    total and the share of samples in which it is the cheapest;
 *  - sensitivity: each ranged input at its low and its high, the others at
 *    their base, for the recommended platform and the runner-up, sorted by
 *    swing, marking inputs whose range changes the verdict.
 *
 * Each varies a few inputs and re-evaluates only the formula cells that
 * depend on them (model_dependents), in order, then restores the base
 * values; the model a back-end sees afterwards is the base model again.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runsheet.h"
#include "analysis.h"

/* --- the generator -------------------------------------------------------- */

static unsigned long long
splitmix64(unsigned long long *x)
{
	unsigned long long z = (*x += 0x9E3779B97F4A7C15ULL);

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

void
rng_seed(struct rng *g, unsigned long long seed)
{
	int i;

	for (i = 0; i < 4; i++)
		g->s[i] = splitmix64(&seed);
	g->have_spare = false;
	g->spare = 0;
}

static unsigned long long
rotl(unsigned long long x, int k)
{
	return (x << k) | (x >> (64 - k));
}

static unsigned long long
rng_next(struct rng *g)
{
	unsigned long long *s = g->s, r = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return r;
}

/* A uniform number in (0, 1), never 0 or 1. */
double
rng_uniform(struct rng *g)
{
	return ((double)(rng_next(g) >> 11) + 0.5) * (1.0 / 9007199254740992.0);
}

/* A standard normal by Box and Muller; each pair of uniforms gives two. */
static double
rng_normal(struct rng *g)
{
	double u, v, rad;

	if (g->have_spare) {
		g->have_spare = false;
		return g->spare;
	}
	u = rng_uniform(g);
	v = rng_uniform(g);
	rad = sqrt(-2 * log(u));
	g->spare = rad * sin(6.283185307179586 * v);
	g->have_spare = true;
	return rad * cos(6.283185307179586 * v);
}

/* Gamma(shape >= 1, 1) by Marsaglia and Tsang's method. */
static double
rng_gamma(struct rng *g, double shape)
{
	double d = shape - 1.0 / 3, c = 1 / sqrt(9 * d), x, v, u;

	for (;;) {
		do {
			x = rng_normal(g);
			v = 1 + c * x;
		} while (v <= 0);
		v = v * v * v;
		u = rng_uniform(g);
		if (u < 1 - 0.0331 * x * x * x * x || log(u) < 0.5 * x * x + d * (1 - v + log(v)))
			return d * v;
	}
}

/*
 * A sample of an input with range [lo, hi] and most likely value mode:
 * triangular (inverse CDF) or PERT (a Beta scaled to the range, with
 * alpha = 1 + 4 (mode - lo) / (hi - lo) and beta = 1 + 4 (hi - mode) / (hi - lo)).
 */
double
sample_dist(struct rng *g, int dist, double lo, double mode, double hi)
{
	double span = hi - lo, u, a, b, x, y;

	if (!(span > 0))
		return mode;
	if (dist == DIST_PERT) {
		a = 1 + 4 * (mode - lo) / span;
		b = 1 + 4 * (hi - mode) / span;
		x = rng_gamma(g, a);
		y = rng_gamma(g, b);
		return lo + span * x / (x + y);
	}
	u = rng_uniform(g);
	if (u < (mode - lo) / span)
		return lo + sqrt(u * span * (mode - lo));
	return hi - sqrt((1 - u) * span * (hi - mode));
}

/* --- helpers ------------------------------------------------------------------ */

/* Re-evaluate the cells in deps after changing inputs. */
static void
reeval(struct analyses *an, struct model *m, const int *deps, size_t n)
{
	model_eval_subset(m, deps, n);
	an->evals += n;
}

/* Put cell c back to its definition's value (an input). */
static void
restore_input(struct model *m, int c)
{
	m->values[c] = m->def[c]->value;
}

static double
row_total(const struct model *m, const struct prow *row)
{
	return model_num(m, row->p->total);
}

static double
row_infra(const struct model *m, const struct prow *row)
{
	return model_num(m, row->p->comp[COMP_COMPUTE]) +
	    model_num(m, row->p->comp[COMP_PLATFORM_FEES]) +
	    model_num(m, row->p->comp[COMP_HIDDEN]);
}

/* A double's bits as an unsigned key in the same order (NaN never occurs). */
static uint64_t
sort_key(double v)
{
	uint64_t u;

	memcpy(&u, &v, sizeof(u));
	return (u >> 63) ? ~u : u | 0x8000000000000000ull;
}

/*
 * Sort v[0..n) ascending: a least-significant-digit radix sort on the
 * keys, eight passes of a byte (tmp holds n doubles). Linear in n, which
 * matters at 10,000 samples times every platform; equal keys are equal
 * doubles (but for -0 and +0, whose order cannot change a quantile).
 */
static void
sort_doubles(double *v, double *tmp, size_t n)
{
	size_t count[256], i, pass;
	double *src = v, *dst = tmp, *t;

	for (pass = 0; pass < 8; pass++) {
		unsigned shift = (unsigned)pass * 8;
		size_t sum = 0;

		memset(count, 0, sizeof(count));
		for (i = 0; i < n; i++)
			count[(sort_key(src[i]) >> shift) & 0xff]++;
		if (count[(sort_key(src[0]) >> shift) & 0xff] == n)
			continue; /* every key has this byte: nothing to move */
		for (i = 0; i < 256; i++) {
			size_t c = count[i];

			count[i] = sum;
			sum += c;
		}
		for (i = 0; i < n; i++)
			dst[count[(sort_key(src[i]) >> shift) & 0xff]++] = src[i];
		t = src;
		src = dst;
		dst = t;
	}
	if (src != v)
		memcpy(v, src, n * sizeof(*v));
}

/* The q quantile of sorted v[0..n) by linear interpolation (PERCENTILE.INC). */
static double
quantile(const double *v, size_t n, double q)
{
	double pos = q * (double)(n - 1), f = floor(pos);
	size_t i = (size_t)f;

	if (n == 0)
		return 0;
	if (i + 1 >= n)
		return v[n - 1];
	return v[i] + (v[i + 1] - v[i]) * (pos - f);
}

/* --- break-even ----------------------------------------------------------------- */

/* f(scale) for a pair: serverless minus Kubernetes, with or without engineering. */
static double
pair_diff(struct analyses *an, struct report *r, const struct crossover *x, bool with,
    double scale, const int *deps, size_t nd)
{
	struct model *m = r->m;
	const struct prow *s = &r->rows[x->s], *k = &r->rows[x->k];

	model_set_num(m, an->scale_cell, scale);
	reeval(an, m, deps, nd);
	if (with)
		return row_total(m, s) - row_total(m, k);
	return row_infra(m, s) - row_infra(m, k);
}

/*
 * Find the first sign change of the pair's difference over the sweep and
 * bisect it (in log scale) to double precision. Returns false if the
 * difference keeps one sign over the whole range.
 */
static bool
find_crossover(struct analyses *an, struct report *r, struct crossover *x, bool with,
    const int *deps, size_t nd, double *at, bool *step, bool *k_cheaper_above)
{
	const double *vals = with ? an->totals : an->infra;
	size_t nr = r->nrows;
	double lo = 0, hi = 0, flo, fhi, mid, fmid, a, b;
	int i, it;
	bool found = false;

	for (i = 0; i + 1 < an->npoints; i++) {
		flo = vals[(size_t)i * nr + (size_t)x->s] - vals[(size_t)i * nr + (size_t)x->k];
		fhi = vals[(size_t)(i + 1) * nr + (size_t)x->s] -
		    vals[(size_t)(i + 1) * nr + (size_t)x->k];
		if ((flo < 0 && fhi >= 0) || (flo > 0 && fhi <= 0)) {
			lo = an->scales[i];
			hi = an->scales[i + 1];
			found = true;
			break;
		}
	}
	if (!found)
		return false;
	flo = pair_diff(an, r, x, with, lo, deps, nd);
	*k_cheaper_above = flo < 0;
	a = log(lo);
	b = log(hi);
	for (it = 0; it < 64 && b - a > 1e-14 * fmax(1, fabs(a)); it++) {
		mid = exp((a + b) / 2);
		fmid = pair_diff(an, r, x, with, mid, deps, nd);
		if (fmid == 0) {
			a = b = log(mid);
			break;
		}
		if ((fmid < 0) == (flo < 0))
			a = log(mid);
		else
			b = log(mid);
	}
	/* report the end where Kubernetes has just become the cheaper one */
	*at = exp(*k_cheaper_above ? b : a);
	fmid = pair_diff(an, r, x, with, *at, deps, nd);
	{
		const struct prow *s = &r->rows[x->s];
		double ref = fmax(fabs(with ? row_total(r->m, s) : row_infra(r->m, s)), 1e-9);

		*step = fabs(fmid) > 0.005 * ref;
	}
	if (with)
		x->compute_with = model_num(r->m, r->rows[x->s].p->comp[COMP_COMPUTE]);
	else
		x->compute_without = model_num(r->m, r->rows[x->s].p->comp[COMP_COMPUTE]);
	return true;
}

static void
breakeven(struct analyses *an, struct report *r)
{
	struct model *m = r->m;
	const struct scenario *sc = m->scn;
	double lo = sc ? sc->sweep.min : 0.1, hi = sc ? sc->sweep.max : 1000;
	int n = sc ? sc->sweep.points : 41, i;
	int *deps = NULL;
	size_t nd, nr = r->nrows, k, j;
	double base;

	an->scale_cell = catalog_find(m->cat, "workload.scale");
	if (an->scale_cell < 0 || m->def[an->scale_cell]->kind != CK_VALUE || nr == 0)
		return;
	base = model_num(m, an->scale_cell);
	nd = model_dependents(m, &an->scale_cell, 1, &deps);
	an->npoints = n;
	an->scales = xcalloc((size_t)n, sizeof(*an->scales));
	an->totals = xcalloc((size_t)n * nr, sizeof(*an->totals));
	an->infra = xcalloc((size_t)n * nr, sizeof(*an->infra));
	an->compute = xcalloc((size_t)n * nr, sizeof(*an->compute));
	an->sweep_vals = xcalloc((size_t)n * nd + 1, sizeof(*an->sweep_vals));
	an->sweep_strs = xcalloc((size_t)n * nd + 1, sizeof(*an->sweep_strs));
	for (i = 0; i < n; i++) {
		/* powers of ten, so decades (and 1x, the scenario) fall exactly on points */
		an->scales[i] = i == 0 ? lo : i == n - 1 ? hi :
		    pow(10, log10(lo) + (log10(hi) - log10(lo)) * i / (n - 1));
		model_set_num(m, an->scale_cell, an->scales[i]);
		reeval(an, m, deps, nd);
		for (k = 0; k < nd; k++) {
			struct value *v = &an->sweep_vals[(size_t)i * nd + k];

			*v = m->values[deps[k]];
			if (v->type == VT_STR) {
				char *t = xstrdup(v->u.str);

				an->sweep_strs[an->nsweep_strs++] = t;
				v->u.str = t;
			}
		}
		for (k = 0; k < nr; k++) {
			an->totals[(size_t)i * nr + k] = row_total(m, &r->rows[k]);
			an->infra[(size_t)i * nr + k] = row_infra(m, &r->rows[k]);
			an->compute[(size_t)i * nr + k] =
			    model_num(m, r->rows[k].p->comp[COMP_COMPUTE]);
		}
	}
	an->cross = xcalloc(nr * nr + 1, sizeof(*an->cross));
	for (k = 0; k < nr; k++) {
		if (r->rows[k].p->family != FAM_SERVERLESS)
			continue;
		for (j = 0; j < nr; j++) {
			struct crossover *x;

			if (r->rows[j].p->family == FAM_SERVERLESS)
				continue;
			x = &an->cross[an->ncross++];
			memset(x, 0, sizeof(*x));
			x->s = (int)k;
			x->k = (int)j;
			x->with_found = find_crossover(an, r, x, true, deps, nd, &x->with_scale,
			    &x->with_step, &x->k_above_with);
			x->without_found = find_crossover(an, r, x, false, deps, nd,
			    &x->without_scale, &x->without_step, &x->k_above_without);
			x->k_cheaper_above = x->with_found ? x->k_above_with : x->k_above_without;
		}
	}
	model_set_num(m, an->scale_cell, base);
	reeval(an, m, deps, nd);
	an->sweep_cells = deps;
	an->nsweep_cells = nd;
}

/* --- uncertainty --------------------------------------------------------------- */

/* The inputs the Monte Carlo and the sensitivity vary, with their ranges. */
static void
collect_ranged(struct analyses *an, const struct model *m)
{
	size_t i;

	an->ranged = xcalloc(m->ncells + 1, sizeof(*an->ranged));
	an->ranges = xcalloc(m->ncells + 1, sizeof(*an->ranges));
	for (i = 0; i < m->ncells; i++) {
		if (!model_range(m, (int)i, &an->ranges[an->nranged]))
			continue;
		an->ranged[an->nranged++] = (int)i;
		if (an->ranges[an->nranged - 1].spread >= 0)
			an->nspread++;
	}
}

static void
monte_carlo(struct analyses *an, struct report *r)
{
	struct model *m = r->m;
	size_t nr = r->nrows, n = (size_t)an->samples, smp, k, i, nd;
	double *totals, *col, *tmp;
	size_t *wins;
	int *deps = NULL;
	struct rng g;

	an->unc = xcalloc(nr + 1, sizeof(*an->unc));
	if (nr == 0 || n == 0)
		return;
	nd = model_dependents(m, an->ranged, an->nranged, &deps);
	totals = xcalloc(n * nr, sizeof(*totals));
	tmp = xcalloc(n, sizeof(*tmp));
	wins = xcalloc(nr + 1, sizeof(*wins));
	rng_seed(&g, an->seed);
	for (smp = 0; smp < n; smp++) {
		int best = -1;

		for (i = 0; i < an->nranged; i++) {
			const struct range *rg = &an->ranges[i];

			model_set_num(m, an->ranged[i],
			    sample_dist(&g, rg->dist, rg->low, rg->mode, rg->high));
		}
		reeval(an, m, deps, nd);
		for (k = 0; k < nr; k++) {
			double t = row_total(m, &r->rows[k]);

			totals[k * n + smp] = t;
			if (model_bool(m, r->rows[k].p->excluded))
				continue;
			if (best < 0 || t < totals[(size_t)best * n + smp])
				best = (int)k;
		}
		if (best >= 0)
			wins[best]++;
	}
	if (r->rec >= 0 && an->runner_up >= 0) {
		/* the difference the verdict rests on, sample by sample */
		double *d = xcalloc(n, sizeof(*d)), sum = 0;
		size_t cheaper = 0;

		for (smp = 0; smp < n; smp++) {
			d[smp] = totals[(size_t)an->runner_up * n + smp] -
			    totals[(size_t)r->rec * n + smp];
			sum += d[smp];
			if (d[smp] > 0)
				cheaper++;
		}
		sort_doubles(d, tmp, n);
		an->diff = xcalloc(1, sizeof(*an->diff));
		an->diff->p10 = quantile(d, n, 0.10);
		an->diff->p50 = quantile(d, n, 0.50);
		an->diff->p90 = quantile(d, n, 0.90);
		an->diff->mean = sum / (double)n;
		an->diff->p_rec_cheaper = (double)cheaper / (double)n;
		free(d);
	}
	for (k = 0; k < nr; k++) {
		double sum = 0;

		col = &totals[k * n];
		for (smp = 0; smp < n; smp++)
			sum += col[smp];
		sort_doubles(col, tmp, n);
		an->unc[k].p10 = quantile(col, n, 0.10);
		an->unc[k].p50 = quantile(col, n, 0.50);
		an->unc[k].p90 = quantile(col, n, 0.90);
		an->unc[k].mean = sum / (double)n;
		an->unc[k].p_cheapest = (double)wins[k] / (double)n;
	}
	for (i = 0; i < an->nranged; i++)
		restore_input(m, an->ranged[i]);
	reeval(an, m, deps, nd);
	free(deps);
	free(totals);
	free(tmp);
	free(wins);
}

/*
 * The runner-up: the row decision.runner_up names (the best score after
 * the recommendation), or -1 when there is none.
 */
static int
find_runner_up(const struct report *r)
{
	int c = catalog_find(r->m->cat, "decision.runner_up");
	const struct prow *row;
	size_t k;
	int best = -1;

	if (c >= 0) {
		const char *id = model_str(r->m, c);

		/* its row (the report's rows are read here, never called back) */
		for (k = 0, row = NULL; id && k < r->nrows && row == NULL; k++)
			if (strcmp(r->rows[k].p->id, id) == 0)
				row = &r->rows[k];
		if (row == NULL || row->excluded || (int)(row - r->rows) == r->rec)
			return -1;
		return (int)(row - r->rows);
	}
	for (k = 0; k < r->nrows; k++) {
		if ((int)k == r->rec || r->rows[k].excluded)
			continue;
		if (best < 0 || r->rows[k].score < r->rows[best].score)
			best = (int)k;
	}
	return best;
}

/* --- sensitivity ---------------------------------------------------------------- */

static int
cmp_sens(const void *a, const void *b)
{
	const struct sens *x = a, *y = b;

	if (x->swing != y->swing)
		return x->swing > y->swing ? -1 : 1;
	return x->cell - y->cell;
}

static void
sensitivity(struct analyses *an, struct report *r)
{
	struct model *m = r->m;
	int dec = catalog_find(m->cat, "decision.platform");
	const char *rec_id = r->rec >= 0 ? r->rows[r->rec].p->id : "none";
	size_t i;

	an->sens = xcalloc(an->nranged + 1, sizeof(*an->sens));
	for (i = 0; i < an->nranged; i++) {
		int c = an->ranged[i], *deps = NULL;
		const struct range *rg = &an->ranges[i];
		struct sens *x = &an->sens[an->nsens++];
		size_t nd = model_dependents(m, &c, 1, &deps);
		int side;

		x->cell = c;
		x->spread = rg->spread;
		x->in_low = rg->low;
		x->in_base = rg->mode;
		x->in_high = rg->high;
		for (side = 0; side < 2; side++) {
			double v = side ? rg->high : rg->low, rt, ut;
			const char *verdict;

			model_set_num(m, c, v);
			reeval(an, m, deps, nd);
			rt = r->rec >= 0 ? row_total(m, &r->rows[r->rec]) : 0;
			ut = an->runner_up >= 0 ? row_total(m, &r->rows[an->runner_up]) : 0;
			verdict = dec >= 0 ? model_str(m, dec) : "";
			if (side) {
				x->rec_high = rt;
				x->ru_high = ut;
				x->verdict_high = xstrdup(verdict);
			} else {
				x->rec_low = rt;
				x->ru_low = ut;
				x->verdict_low = xstrdup(verdict);
			}
		}
		x->flips = strcmp(x->verdict_low, rec_id) != 0 || strcmp(x->verdict_high, rec_id) != 0;
		/* the swing: how far the input's range moves either total */
		x->swing = fmax(fabs(x->rec_high - x->rec_low), fabs(x->ru_high - x->ru_low));
		if (x->swing < 1e-9 * fmax(fabs(x->rec_low), 1))
			x->swing = 0;
		restore_input(m, c);
		reeval(an, m, deps, nd);
		free(deps);
	}
	xqsort(an->sens, an->nsens, sizeof(*an->sens), cmp_sens);
}

/*
 * Run the analyses of report r, whose model is evaluated. The model is
 * varied and restored; r gains r->an. Returns the analyses (owned by r).
 */
struct analyses *
analyses_run(struct report *r, const struct analysis_opts *o)
{
	struct analyses *an = xcalloc(1, sizeof(*an));
	const struct scenario *sc = r->m->scn;
	double t;
	size_t mc0;

	an->scale_cell = -1;
	an->runner_up = -1;
	an->samples = o && o->samples > 0 ? o->samples : sc ? sc->samples : 2000;
	an->seed = o && o->have_seed ? o->seed : sc ? sc->seed : 1;
	collect_ranged(an, r->m);
	an->runner_up = find_runner_up(r);
	t = now_seconds();
	breakeven(an, r);
	an->secs[0] = now_seconds() - t;
	t = now_seconds();
	mc0 = an->evals;
	monte_carlo(an, r);
	an->mc_evals = an->evals - mc0;
	an->secs[1] = now_seconds() - t;
	t = now_seconds();
	sensitivity(an, r);
	an->secs[2] = now_seconds() - t;
	t = now_seconds();
	{
		struct map_opts mo;

		memset(&mo, 0, sizeof(mo));
		if (sc)
			mo = sc->map;
		if (o && o->map_x)
			mo.x = *o->map_x;
		if (o && o->map_y)
			mo.y = *o->map_y;
		if (sc == NULL || mo.x.cell == NULL || mo.y.cell == NULL) {
			/* no scenario (the model defaults): the default axes */
			if (mo.x.cell == NULL)
				mo.x = map_default_x;
			if (mo.y.cell == NULL)
				mo.y = map_default_y;
		}
		if (!(o && o->no_map) && !mo.off)
			an->map = map_analysis(an, r, &mo, &an->map_why);
	}
	an->secs[3] = now_seconds() - t;
	/* the back-ends read the base model: make sure it is exactly that */
	model_eval_quiet(r->m);
	r->an = an;
	return an;
}

void
analyses_free(struct analyses *an)
{
	size_t i;

	if (an == NULL)
		return;
	for (i = 0; i < an->nsens; i++) {
		free(an->sens[i].verdict_low);
		free(an->sens[i].verdict_high);
	}
	free(an->sens);
	for (i = 0; i < an->nsweep_strs; i++)
		free(an->sweep_strs[i]);
	free(an->sweep_strs);
	free(an->sweep_vals);
	free(an->sweep_cells);
	free(an->unc);
	map_free(an->map);
	free(an->map_why);
	free(an->ranged);
	free(an->ranges);
	free(an->diff);
	free(an->scales);
	free(an->totals);
	free(an->infra);
	free(an->compute);
	free(an->cross);
	free(an);
}
