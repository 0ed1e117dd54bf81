/*
 * map.c -- the decision map: the verdict over two inputs.
 *
 * The seeds answer "serverless or Kubernetes?" by team size and workload
 * size. The map re-runs the whole decision (costs, rules, exclusions,
 * decision.platform) at every point of a grid over two number inputs, by
 * default workload.scale (0.1x to 1000x, log) and team.engineers (1 to
 * 200, every whole team up to 15 and log-spaced above), and records
 * decision.platform at each. Like the other analyses it varies the inputs
 * and re-evaluates only the formula cells downstream of them that the
 * verdict needs, in order.
 *
 * Where two neighbouring grid points disagree, the change is located by
 * bisection on the model along that grid line (to 1/1024 of the grid step,
 * or to the exact whole value for whole-number inputs), so the borders are
 * where the model changes its answer, not where the grid sampled. The two
 * lines through the scenario itself are scanned and bisected the same way:
 * their crossings are what the report says in words.
 *
 * Nothing here is computed but the inputs' values: every answer is the
 * model's decision.platform cell.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runsheet.h"
#include "analysis.h"

#define BISECT_STEPS 10 /* a grid step halved this many times: 1/1024 of it */

const struct map_axis_opts map_default_x = {"workload.scale", 0.1, 1000, true, 1, 61};
const struct map_axis_opts map_default_y = {"team.engineers", 1, 200, true, 1, 41};

/* --- checking the settings ------------------------------------------------ */

/*
 * Check one axis's settings against the catalog: cell names a number input
 * (a value, not a formula), min below max inside the input's bounds, above
 * 0 on a log axis, points from 2 to MAX_MAP_POINTS. Fills the range from
 * the defaults when the axis is the default one, or from the input's value
 * (a tenth to ten times) otherwise. Returns NULL, or the reason (caller
 * frees).
 */
char *
map_axis_check(const struct catalog *cat, struct map_axis_opts *o, const struct map_axis_opts *dflt)
{
	const struct cellspec *b;
	int c;

	if (o->cell == NULL)
		o->cell = dflt->cell;
	c = catalog_find(cat, o->cell);
	if (c < 0) {
		const char *s = catalog_suggest(cat, o->cell);

		return s ? xasprintf("no cell named \"%s\" (did you mean \"%s\"?)", o->cell, s) :
		    xasprintf("no cell named \"%s\"", o->cell);
	}
	b = cat->base[c];
	if (b->kind != CK_VALUE || b->value.type != VT_NUM)
		return xasprintf("%s is %s: the map varies number inputs only", b->name,
		    b->kind != CK_VALUE ? "a formula" : "not a number");
	/* a default axis's input takes that axis's defaults, on either axis */
	if (strcmp(o->cell, map_default_x.cell) == 0)
		dflt = &map_default_x;
	else if (strcmp(o->cell, map_default_y.cell) == 0)
		dflt = &map_default_y;
	else
		dflt = NULL;
	if (o->log < 0)
		o->log = dflt ? dflt->log : 1;
	if (!o->have_range && dflt) {
		o->min = dflt->min;
		o->max = dflt->max;
		o->have_range = true;
	}
	if (o->points == 0)
		o->points = dflt ? dflt->points : 41;
	if (!o->have_range)
		return NULL; /* a tenth to ten times the scenario's value (map_range) */
	if (!(o->min < o->max))
		return xasprintf("min (%g) must be below max (%g)", o->min, o->max);
	if (o->log && !(o->min > 0))
		return xasprintf("a log axis starts above 0, not at %g (use lin)", o->min);
	if (b->has_min && o->min < b->min)
		return xasprintf("min %g is below %s's minimum %g", o->min, b->name, b->min);
	if (b->has_max && o->max > b->max)
		return xasprintf("max %g is above %s's maximum %g", o->max, b->name, b->max);
	if (o->points < 2 || o->points > MAX_MAP_POINTS)
		return xasprintf("points is a whole number from 2 to %d, not %d", MAX_MAP_POINTS,
		    o->points);
	return NULL;
}

/*
 * Parse a command-line axis "CELL[:MIN:MAX[:log|lin][:POINTS]]" into o.
 * Returns NULL, or the reason (caller frees).
 */
char *
map_axis_parse(const char *arg, struct map_axis_opts *o)
{
	char *copy = xstrdup(arg), *f[5], *p = copy, *why = NULL;
	int n = 0;

	memset(o, 0, sizeof(*o));
	o->log = -1;
	while (n < 5) {
		f[n++] = p;
		p = strchr(p, ':');
		if (p == NULL)
			break;
		*p++ = '\0';
	}
	if (p != NULL || f[0][0] == '\0' || n == 2) {
		why = xasprintf("expected CELL[:MIN:MAX[:log|lin][:POINTS]], got \"%s\"", arg);
		goto out;
	}
	o->own = xstrdup(f[0]);
	o->cell = o->own;
	if (n >= 3) {
		if (!num_parse(f[1], &o->min) || !num_parse(f[2], &o->max)) {
			why = xasprintf("MIN and MAX are numbers, got \"%s\" and \"%s\"", f[1], f[2]);
			goto out;
		}
		o->have_range = true;
	}
	for (int k = 3; k < n; k++) {
		char *end;
		long v;

		if (strcmp(f[k], "log") == 0 || strcmp(f[k], "lin") == 0) {
			o->log = f[k][1] == 'o';
			continue;
		}
		v = strtol(f[k], &end, 10);
		if (*f[k] == '\0' || *end != '\0' || v < 2 || v > MAX_MAP_POINTS) {
			why = xasprintf("\"%s\" is neither log, lin nor a number of points from 2 to %d",
			    f[k], MAX_MAP_POINTS);
			goto out;
		}
		o->points = (int)v;
	}
out:
	free(copy);
	return why;
}

/*
 * The range of an axis given without one: a tenth to ten times the
 * scenario's value v, inside the input's bounds (whole values for a
 * whole-number input). Returns NULL, or why there is none (caller frees).
 */
static char *
map_range(const struct cellspec *b, double v, struct map_axis_opts *o)
{
	if (!(v > 0))
		return xasprintf("%s is %g in this scenario: give the map's min and max for it",
		    b->name, v);
	o->min = v / 10;
	o->max = v * 10;
	if (b->integer) {
		o->min = fmax(1, floor(o->min));
		o->max = ceil(o->max);
	}
	if (b->has_min && o->min < b->min)
		o->min = b->min;
	if (b->has_max && o->max > b->max)
		o->max = b->max;
	if (!(o->min < o->max))
		return xasprintf("%s cannot vary around %g inside its bounds: give the map's min "
		    "and max for it", b->name, v);
	o->have_range = true;
	return NULL;
}

/* --- the axes ---------------------------------------------------------------- */

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/*
 * The values of an axis: points values from min to max, log- or
 * evenly spaced, both ends exact. A whole-number input takes whole values
 * only: on a log axis every whole value from min until the log spacing
 * passes 1, then log-spaced, so small teams are each on the map.
 */
static void
axis_values(struct map_axis *a, const struct map_axis_opts *o)
{
	int n = o->points, i;

	a->values = xcalloc((size_t)n + 1, sizeof(*a->values));
	a->n = 0;
	if (a->integer) {
		double lo = ceil(o->min), hi = floor(o->max), v = lo;

		if (hi < lo)
			hi = lo;
		if (hi - lo + 1 <= n) {
			for (v = lo; v <= hi; v++)
				a->values[a->n++] = v;
			return;
		}
		a->values[a->n++] = lo;
		for (i = 1; i < n; i++) {
			double ideal = o->log ? v * pow(hi / v, 1.0 / (n - i)) : v + (hi - v) / (n - i);
			double next = i == n - 1 ? hi : fmax(v + 1, round(ideal));

			v = fmin(next, hi - (n - 1 - i));
			a->values[a->n++] = v;
		}
		return;
	}
	for (i = 0; i < n; i++) {
		double t = (double)i / (n - 1);

		a->values[a->n++] = i == 0 ? o->min : i == n - 1 ? o->max : o->log ?
		    pow(10, log10(o->min) + (log10(o->max) - log10(o->min)) * t) :
		    o->min + (o->max - o->min) * t;
	}
	xqsort(a->values, (size_t)a->n, sizeof(*a->values), cmp_double);
}

/* --- evaluation ---------------------------------------------------------------- */

struct mapctx {
	struct analyses *an;
	struct report *r;
	struct model *m;
	struct decision_map *dm;
	int dec;               /* decision.platform */
	int *dx, *dy;          /* the needed cells downstream of x, of y */
	size_t ndx, ndy;
};

/* The catalog platform decision.platform names now, or -1 for none. */
static int
verdict(const struct mapctx *c)
{
	const struct value *v = &c->m->values[c->dec];

	return v->type == VT_STR ? catalog_platform(c->m->cat, v->u.str) : -1;
}

static void
set_x(struct mapctx *c, double x)
{
	model_set_num(c->m, c->dm->x.cell, x);
	model_eval_subset(c->m, c->dx, c->ndx);
	c->dm->evals += c->ndx;
}

static void
set_y(struct mapctx *c, double y)
{
	model_set_num(c->m, c->dm->y.cell, y);
	model_eval_subset(c->m, c->dy, c->ndy);
	c->dm->evals += c->ndy;
}

/*
 * The cells the verdict needs: decision.platform and each platform's
 * compute, and everything they refer to.
 */
static unsigned char *
needed_cells(const struct model *m, int dec)
{
	unsigned char *mark = xcalloc(m->ncells + 1, 1);
	int *stack = xcalloc(m->ncells + 1, sizeof(*stack));
	size_t sp = 0, i, nd;
	const int *deps;

	mark[dec] = 1;
	stack[sp++] = dec;
	for (i = 0; i < m->cat->nplatforms; i++) {
		int c = m->cat->platforms[i].comp[COMP_COMPUTE];

		if (c >= 0 && !mark[c]) {
			mark[c] = 1;
			stack[sp++] = c;
		}
	}
	while (sp > 0) {
		int c = stack[--sp];

		deps = cellspec_deps(m->def[c], &nd);
		for (i = 0; i < nd; i++)
			if (!mark[deps[i]]) {
				mark[deps[i]] = 1;
				stack[sp++] = deps[i];
			}
	}
	free(stack);
	return mark;
}

/* The cells downstream of input c that the verdict needs, in order. */
static size_t
needed_dependents(const struct model *m, int c, const unsigned char *need, int **out)
{
	size_t n = model_dependents(m, &c, 1, out), i, k = 0;

	for (i = 0; i < n; i++)
		if (need[(*out)[i]])
			(*out)[k++] = (*out)[i];
	return k;
}

static void
add_border(struct map_border **v, size_t *n, size_t *cap, const struct map_border *b)
{
	GROW(*v, *n, *cap);
	(*v)[(*n)++] = *b;
}

static void bisect(struct mapctx *, bool, struct map_border *, double, double, int, int);

#define MAX_CHANGES 8 /* answers changing between two neighbouring values */

/*
 * Every change of answer between lo (answer a) and hi (answer b), the
 * other input held: bisect to the first, then again from there while the
 * answer there is not yet b. Appends each to v, filled from proto.
 */
static void
crossings(struct mapctx *c, bool along_x, const struct map_border *proto, double lo, double hi,
    int a, int b, struct map_border **v, size_t *n, size_t *cap)
{
	int k;

	for (k = 0; k < MAX_CHANGES && a != b; k++) {
		struct map_border x = *proto;

		bisect(c, along_x, &x, lo, hi, a, b);
		add_border(v, n, cap, &x);
		if (x.after == b || !(x.high < hi))
			break;
		lo = x.high;
		a = x.after;
	}
}

/*
 * Bisect between lo (answer a) and hi (answer b != a) along one axis, the
 * other input held where it is: whole values until they are next to each
 * other, other values BISECT_STEPS times (geometric means on a log axis).
 * Fills the bracket, where the answer changes and the answer after it.
 */
static void
bisect(struct mapctx *c, bool along_x, struct map_border *b, double lo, double hi, int a,
    int bv)
{
	const struct map_axis *ax = along_x ? &c->dm->x : &c->dm->y;
	int it, p;

	for (it = 0; ax->integer ? hi - lo > 1 : it < BISECT_STEPS; it++) {
		double mid = ax->integer ? floor((lo + hi) / 2) : ax->log ? sqrt(lo * hi) :
		    (lo + hi) / 2;

		if (!(mid > lo && mid < hi))
			break;
		if (along_x)
			set_x(c, mid);
		else
			set_y(c, mid);
		p = verdict(c);
		if (p == a) {
			lo = mid;
		} else {
			hi = mid;
			bv = p;
		}
	}
	b->low = lo;
	b->high = hi;
	b->at = ax->integer ? hi : ax->log ? sqrt(lo * hi) : (lo + hi) / 2;
	b->before = a;
	b->after = bv;
}

/*
 * Scan one line through the scenario, the other input at the scenario's
 * value: the grid's values with the scenario's own put in its place,
 * bisecting each change. Appends to dm->near. out (n of the axis, may be
 * NULL) gets the answer at each grid value; compute the recommended
 * platform's compute there.
 */
static void
scan_line(struct mapctx *c, bool along_x, int *out, double *compute)
{
	struct decision_map *dm = c->dm;
	const struct map_axis *ax = along_x ? &dm->x : &dm->y;
	double *vals = xcalloc((size_t)ax->n + 2, sizeof(*vals));
	int *ans = xcalloc((size_t)ax->n + 2, sizeof(*ans)), k, n = 0, gi = 0;
	bool placed = false;

	/* the grid's values and the scenario's, in order */
	for (k = 0; k < ax->n; k++) {
		if (!placed && ax->base <= ax->values[k]) {
			if (ax->base < ax->values[k])
				vals[n++] = ax->base;
			placed = true;
		}
		vals[n++] = ax->values[k];
	}
	if (!placed)
		vals[n++] = ax->base;
	for (k = 0; k < n; k++) {
		if (along_x)
			set_x(c, vals[k]);
		else
			set_y(c, vals[k]);
		ans[k] = verdict(c);
		if (gi < ax->n && vals[k] == ax->values[gi]) {
			if (out)
				out[gi] = ans[k];
			if (compute)
				compute[gi] = ans[k] >= 0 ?
				    model_num(c->m, c->m->cat->platforms[ans[k]].comp[COMP_COMPUTE]) : 0;
			gi++;
		}
	}
	/* outward from the scenario: the crossings above it nearest first, then
	 * those below it nearest first */
	for (int pass = 0; pass < 2; pass++) {
		for (int q = 0; q + 1 < n; q++) {
			struct map_border b;
			size_t first = dm->nnear, e;

			k = pass == 0 ? q : n - 2 - q;
			if (ans[k] == ans[k + 1] || (pass == 0) != (vals[k] >= ax->base))
				continue;
			memset(&b, 0, sizeof(b));
			b.along = along_x ? 'x' : 'y';
			b.i = b.j = -1;
			b.fixed = along_x ? dm->y.base : dm->x.base;
			crossings(c, along_x, &b, vals[k], vals[k + 1], ans[k], ans[k + 1], &dm->near,
			    &dm->nnear, &dm->nearcap);
			/* below the scenario, the nearest (highest) first */
			for (e = 0; pass == 1 && e < (dm->nnear - first) / 2; e++) {
				struct map_border t = dm->near[first + e];

				dm->near[first + e] = dm->near[dm->nnear - 1 - e];
				dm->near[dm->nnear - 1 - e] = t;
			}
		}
	}
	/* back to the scenario's value on this axis */
	if (along_x)
		set_x(c, ax->base);
	else
		set_y(c, ax->base);
	free(vals);
	free(ans);
}

static void
map_run(struct mapctx *c)
{
	struct decision_map *dm = c->dm;
	int nx = dm->x.n, ny = dm->y.n, i, j;

	dm->platform = xcalloc((size_t)nx * (size_t)ny + 1, sizeof(*dm->platform));
	/* the grid, row by row */
	for (j = 0; j < ny; j++) {
		set_y(c, dm->y.values[j]);
		for (i = 0; i < nx; i++) {
			set_x(c, dm->x.values[i]);
			dm->platform[j * nx + i] = verdict(c);
		}
	}
	/* the borders along x: a row at a time */
	for (j = 0; j < ny; j++) {
		bool any = false;

		for (i = 0; i + 1 < nx && !any; i++)
			any = dm->platform[j * nx + i] != dm->platform[j * nx + i + 1];
		if (!any)
			continue;
		set_y(c, dm->y.values[j]);
		for (i = 0; i + 1 < nx; i++) {
			struct map_border b;
			int a = dm->platform[j * nx + i], bv = dm->platform[j * nx + i + 1];

			if (a == bv)
				continue;
			memset(&b, 0, sizeof(b));
			b.along = 'x';
			b.i = i;
			b.j = j;
			b.fixed = dm->y.values[j];
			crossings(c, true, &b, dm->x.values[i], dm->x.values[i + 1], a, bv,
			    &dm->borders, &dm->nborders, &dm->bordercap);
		}
	}
	/* the borders along y: a column at a time */
	for (i = 0; i < nx; i++) {
		bool any = false;

		for (j = 0; j + 1 < ny && !any; j++)
			any = dm->platform[j * nx + i] != dm->platform[(j + 1) * nx + i];
		if (!any)
			continue;
		set_x(c, dm->x.values[i]);
		for (j = 0; j + 1 < ny; j++) {
			struct map_border b;
			int a = dm->platform[j * nx + i], bv = dm->platform[(j + 1) * nx + i];

			if (a == bv)
				continue;
			memset(&b, 0, sizeof(b));
			b.along = 'y';
			b.i = i;
			b.j = j;
			b.fixed = dm->x.values[i];
			crossings(c, false, &b, dm->y.values[j], dm->y.values[j + 1], a, bv,
			    &dm->borders, &dm->nborders, &dm->bordercap);
		}
	}
	/* the two lines through the scenario */
	set_x(c, dm->x.base);
	set_y(c, dm->y.base);
	dm->here = verdict(c);
	dm->compute = xcalloc((size_t)nx + 1, sizeof(*dm->compute));
	dm->row = xcalloc((size_t)nx + 1, sizeof(*dm->row));
	dm->col = xcalloc((size_t)ny + 1, sizeof(*dm->col));
	scan_line(c, true, dm->row, dm->compute);
	scan_line(c, false, dm->col, NULL);
}

/*
 * Run the decision map of report r with the settings in o (checked with
 * map_axis_check); the model is varied and put back to its inputs' values
 * (the caller re-evaluates it whole afterwards). Returns the map, or NULL
 * when an input of the map is not a plain number in this scenario (a
 * formula set by the scenario): *why then says so (caller frees).
 */
struct decision_map *
map_analysis(struct analyses *an, struct report *r, const struct map_opts *o, char **why)
{
	struct model *m = r->m;
	struct decision_map *dm;
	struct map_axis_opts ox, oy;
	struct mapctx c;
	unsigned char *need;
	int xc, yc, both[2], *all = NULL;
	size_t nall;
	double t = now_seconds();

	*why = NULL;
	xc = catalog_find(m->cat, o->x.cell);
	yc = catalog_find(m->cat, o->y.cell);
	c.dec = catalog_find(m->cat, "decision.platform");
	if (xc < 0 || yc < 0 || c.dec < 0 || r->nrows == 0)
		return NULL;
	if (xc == yc) {
		*why = xasprintf("the map's two inputs are both %s", o->x.cell);
		return NULL;
	}
	if (m->def[xc]->kind != CK_VALUE || m->values[xc].type != VT_NUM ||
	    m->def[yc]->kind != CK_VALUE || m->values[yc].type != VT_NUM) {
		*why = xasprintf("%s is not a number input in this scenario (a formula or text), so "
		    "the map cannot vary it", m->def[xc]->kind != CK_VALUE ||
		    m->values[xc].type != VT_NUM ? o->x.cell : o->y.cell);
		return NULL;
	}
	ox = o->x;
	oy = o->y;
	if (!ox.have_range && (*why = map_range(m->cat->base[xc], model_num(m, xc), &ox)) != NULL)
		return NULL;
	if (!oy.have_range && (*why = map_range(m->cat->base[yc], model_num(m, yc), &oy)) != NULL)
		return NULL;
	o = NULL;
	dm = xcalloc(1, sizeof(*dm));
	dm->x.cell = xc;
	dm->y.cell = yc;
	dm->x.log = ox.log > 0;
	dm->y.log = oy.log > 0;
	dm->x.integer = m->cat->base[xc]->integer;
	dm->y.integer = m->cat->base[yc]->integer;
	dm->x.min = ox.min;
	dm->x.max = ox.max;
	dm->y.min = oy.min;
	dm->y.max = oy.max;
	dm->x.base = model_num(m, xc);
	dm->y.base = model_num(m, yc);
	axis_values(&dm->x, &ox);
	axis_values(&dm->y, &oy);

	memset(&c, 0, sizeof(c));
	c.an = an;
	c.r = r;
	c.m = m;
	c.dm = dm;
	c.dec = catalog_find(m->cat, "decision.platform");
	need = needed_cells(m, c.dec);
	c.ndx = needed_dependents(m, xc, need, &c.dx);
	c.ndy = needed_dependents(m, yc, need, &c.dy);
	map_run(&c);

	/* put the two inputs back, and everything downstream of them */
	both[0] = xc;
	both[1] = yc;
	model_set_num(m, xc, dm->x.base);
	model_set_num(m, yc, dm->y.base);
	nall = model_dependents(m, both, 2, &all);
	model_eval_subset(m, all, nall);
	dm->evals += nall;
	free(all);
	free(need);
	free(c.dx);
	free(c.dy);
	dm->secs = now_seconds() - t;
	return dm;
}

void
map_free(struct decision_map *dm)
{
	if (dm == NULL)
		return;
	free(dm->x.values);
	free(dm->y.values);
	free(dm->platform);
	free(dm->compute);
	free(dm->row);
	free(dm->col);
	free(dm->borders);
	free(dm->near);
	free(dm);
}

/* The family the map shows for a platform: serverless or kubernetes, or NULL. */
const char *
map_family(const struct catalog *cat, int pi)
{
	if (pi < 0)
		return NULL;
	return cat->platforms[pi].family == FAM_SERVERLESS ? "serverless" : "kubernetes";
}
