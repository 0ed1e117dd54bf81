/*
 * model.c -- one scenario's cells, ordered and evaluated.
 *
 * A model is the catalog's cells with the scenario's overrides and the
 * command line's --set applied on top (later layers win), evaluated in
 * dependency order. It borrows everything from the catalog and the
 * scenario except the --set definitions and the values, so building one
 * per scenario costs an array copy plus the evaluation itself.
 *
 * The evaluation order is the catalog's unless an override replaces a
 * cell with a formula (which may add dependencies); then model_order()
 * runs again for this model. model_order() is an iterative depth-first
 * search (no recursion, so a long chain of references cannot overflow the
 * stack) that reports each cycle whole, "a -> b -> c -> a", and bounds
 * the longest chain of references.
 *
 * Analyses re-evaluate the same model many times: model_dependents()
 * lists, in evaluation order, the formula cells downstream of some
 * inputs, and model_eval_subset() recomputes just those.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runsheet.h"
#include "formula.h"

/*
 * Order ncells cells (definitions def) so every cell comes after the
 * cells it refers to. Sets *order (caller frees) and returns true, or
 * records each cycle and an over-long chain and returns false.
 */
bool
model_order(const struct catalog *cat, const struct cellspec *const *def, size_t ncells,
    int **order, size_t *norder, struct diags *d)
{
	unsigned char *state = xcalloc(ncells + 1, 1); /* 0 new, 1 open, 2 done */
	int *stack = xcalloc(ncells + 1, sizeof(*stack));
	size_t *next = xcalloc(ncells + 1, sizeof(*next));
	int *depth = xcalloc(ncells + 1, sizeof(*depth));
	int *out = xcalloc(ncells + 1, sizeof(*out));
	unsigned char *incycle = xcalloc(ncells + 1, 1);
	size_t nout = 0, sp, root, i, ndep;
	const int *deps;
	bool ok = true, chain_reported = false;

	(void)cat;
	for (root = 0; root < ncells; root++) {
		if (state[root])
			continue;
		sp = 0;
		stack[sp] = (int)root;
		next[sp] = 0;
		state[root] = 1;
		sp++;
		while (sp > 0) {
			int c = stack[sp - 1];

			deps = cellspec_deps(def[c], &ndep);
			if (next[sp - 1] < ndep) {
				int dep = deps[next[sp - 1]++];

				if (state[dep] == 0) {
					state[dep] = 1;
					stack[sp] = dep;
					next[sp] = 0;
					sp++;
				} else if (state[dep] == 1) {
					/* a back edge: the cycle is the stack from dep up;
					 * report it unless it shares a cell with one reported */
					struct buf b = {0};
					size_t k = sp;
					bool seen = false;

					while (k > 0 && stack[k - 1] != dep)
						k--;
					for (i = k - 1; i < sp; i++)
						seen = seen || incycle[stack[i]];
					ok = false;
					if (!seen) {
						/* start where the user can act: the overriding
						 * cell (scenario, --set) that comes first */
						size_t n = sp - (k - 1), s = 0, j;
						int at;

						for (j = 0; j < n; j++) {
							const struct cellspec *x = def[stack[k - 1 + j]];

							if ((x->layer == LAYER_SCENARIO ||
							    x->layer == LAYER_CLI) && (def[stack[k - 1 + s]]->
							    layer < LAYER_SCENARIO || stack[k - 1 + j] <
							    stack[k - 1 + s]))
								s = j;
						}
						for (j = 0; j < n; j++) {
							int c2 = stack[k - 1 + (s + j) % n];

							incycle[c2] = 1;
							buf_printf(&b, "%s -> ", def[c2]->name);
						}
						at = stack[k - 1 + s];
						buf_puts(&b, def[at]->name);
						if (def[at]->src)
							diag_at(d, DIAG_ERROR, def[at]->src,
							    def[at]->jpath, def[at]->fcol_base,
							    def[at]->name, "cycle: %s", buf_str(&b));
						else
							diag_add(d, DIAG_ERROR, def[at]->jpath, 0, 0,
							    NULL, NULL, "cycle: %s", buf_str(&b));
						buf_free(&b);
					}
				}
				continue;
			}
			/* all dependencies placed: place c */
			{
				int dmax = 0;

				for (i = 0; i < ndep; i++)
					if (depth[deps[i]] > dmax)
						dmax = depth[deps[i]];
				depth[c] = dmax + 1;
				if (depth[c] > MAX_CHAIN && !chain_reported) {
					diag_at(d, DIAG_ERROR, def[c]->src, def[c]->jpath, -1,
					    def[c]->name,
					    "chain of references longer than %d cells",
					    MAX_CHAIN);
					chain_reported = true;
					ok = false;
				}
			}
			state[c] = 2;
			out[nout++] = c;
			sp--;
		}
	}
	free(state);
	free(incycle);
	free(stack);
	free(next);
	free(depth);
	*order = out;
	*norder = nout;
	return ok;
}

/* Parse the text of --set NAME=VALUE for cell i into a definition. */
static struct cellspec *
parse_set(const struct catalog *cat, const struct setopt *so, int i, struct diags *d)
{
	const struct cellspec *b = cat->base[i];
	struct cellspec *s = xcalloc(1, sizeof(*s));
	const char *v = so->value;
	enum vtype want;

	s->name = xstrdup(cat->base[i]->name);
	s->layer = LAYER_CLI;
	s->jpath = xasprintf("--set %s=%s", so->name, so->value);
	if (v[0] == '=') {
		s->kind = CK_FORMULA;
		s->formula_text = xstrdup(v + 1);
		if (!formula_compile_spec(s, cat, d)) {
			cellspec_free(s);
			return NULL;
		}
		return s;
	}
	s->kind = CK_VALUE;
	want = b->kind == CK_VALUE ? (enum vtype)b->value.type : VT__MAX;
	if (want == VT_NUM || (want == VT__MAX && num_parse(v, &s->value.u.num))) {
		if (!num_parse(v, &s->value.u.num)) {
			diag_add(d, DIAG_ERROR, s->jpath, 0, 0, NULL, NULL,
			    "expected a number");
			cellspec_free(s);
			return NULL;
		}
		s->value.type = VT_NUM;
	} else if (want == VT_BOOL || (want == VT__MAX && (str_casecmp(v, "TRUE") == 0 ||
	    str_casecmp(v, "FALSE") == 0))) {
		if (str_casecmp(v, "TRUE") != 0 && str_casecmp(v, "FALSE") != 0) {
			diag_add(d, DIAG_ERROR, s->jpath, 0, 0, NULL, NULL,
			    "expected TRUE or FALSE");
			cellspec_free(s);
			return NULL;
		}
		s->value.type = VT_BOOL;
		s->value.u.b = str_casecmp(v, "TRUE") == 0;
	} else {
		if (strlen(v) > MAX_STRING) {
			diag_add(d, DIAG_ERROR, s->jpath, 0, 0, NULL, NULL,
			    "text longer than %d bytes", MAX_STRING);
			cellspec_free(s);
			return NULL;
		}
		s->strval = xstrdup(v);
		s->value.type = VT_STR;
		s->value.u.str = s->strval;
	}
	if (!catalog_check_override(cat, s, i, d)) {
		cellspec_free(s);
		return NULL;
	}
	return s;
}

/*
 * The region the model runs in: --set workload.region, else the
 * scenario's, else the default. Returns its index in cat->regions, or -1
 * (no regions, or a value that is not a region id: the override checks
 * report that one).
 */
static int
model_region_of(const struct catalog *cat, const struct scenario *scn, const struct setopt *sets,
    size_t nsets, struct diags *d)
{
	const struct cellspec *s;
	size_t i;

	if (cat->regions == NULL || cat->region_cell < 0)
		return -1;
	for (i = nsets; i-- > 0;)
		if (str_casecmp(sets[i].name, "workload.region") == 0) {
			if (sets[i].value[0] == '=') {
				char *where = xasprintf("--set %s=%s", sets[i].name, sets[i].value);

				diag_add(d, DIAG_ERROR, where, 0, 0, NULL, NULL,
				    "workload.region is a region id, not a formula: it chooses "
				    "the pricing sheets before anything is evaluated");
				free(where);
			}
			return region_find(cat->regions, sets[i].value);
		}
	for (i = 0; scn && i < scn->nspecs; i++) {
		s = scn->specs[i];
		if (str_casecmp(s->name, "workload.region") != 0)
			continue;
		if (s->kind != CK_VALUE || s->value.type != VT_STR) {
			diag_at(d, DIAG_ERROR, s->src, s->jpath, -1, s->name,
			    "workload.region is a region id, not a formula: it chooses the "
			    "pricing sheets before anything is evaluated");
			return -1;
		}
		return region_find(cat->regions, s->value.u.str);
	}
	s = cat->base[cat->region_cell];
	return s->value.type == VT_STR ? region_find(cat->regions, s->value.u.str) : -1;
}

/*
 * Make the model of scenario scn (NULL: the catalog's defaults) with the
 * --set overrides applied. Returns a model to evaluate (caller frees with
 * model_free), or NULL after recording problems: an unknown --set name
 * (with a suggestion), a bad value, or a cycle the overrides create.
 */
struct model *
model_new(const struct catalog *cat, const struct scenario *scn, const struct setopt *sets,
    size_t nsets, struct diags *d)
{
	struct model *m = xcalloc(1, sizeof(*m));
	size_t i, errs = d->nerrors;
	bool reorder = false;

	m->cat = cat;
	m->scn = scn;
	m->ncells = cat->ncells;
	m->def = xcalloc(cat->ncells + 1, sizeof(*m->def));
	memcpy(m->def, cat->def, cat->ncells * sizeof(*m->def));
	/* the region picks the pricing sheets; the scenario and --set override them */
	m->region = model_region_of(cat, scn, sets, nsets, d);
	if (m->region >= 0)
		region_defs(cat, m->region, m->def);
	if (scn) {
		for (i = 0; i < scn->nspecs; i++) {
			int c = catalog_find(cat, scn->specs[i]->name);

			if (c < 0)
				continue; /* reported by scenario_load */
			m->def[c] = scn->specs[i];
			if (scn->specs[i]->kind == CK_FORMULA)
				reorder = true;
		}
	}
	m->own = xcalloc(nsets + 1, sizeof(*m->own));
	for (i = 0; i < nsets; i++) {
		int c = catalog_find(cat, sets[i].name);
		struct cellspec *s;

		if (c < 0) {
			const char *near = catalog_suggest(cat, sets[i].name);
			char *where = xasprintf("--set %s=%s", sets[i].name, sets[i].value);

			if (near)
				diag_add(d, DIAG_ERROR, where, 0, 0, NULL, NULL,
				    "no cell named \"%s\" (did you mean \"%s\"?)", sets[i].name,
				    near);
			else
				diag_add(d, DIAG_ERROR, where, 0, 0, NULL, NULL,
				    "no cell named \"%s\"; runsheet dump lists them",
				    sets[i].name);
			free(where);
			continue;
		}
		if ((s = parse_set(cat, &sets[i], c, d)) == NULL)
			continue;
		m->own[m->nown++] = s;
		m->def[c] = s;
		if (s->kind == CK_FORMULA)
			reorder = true;
	}
	if (d->nerrors == errs && reorder) {
		m->own_order = true;
		if (!model_order(cat, m->def, m->ncells, &m->order, &m->norder, d)) {
			model_free(m);
			return NULL;
		}
	} else {
		m->order = cat->order;
		m->norder = cat->norder;
	}
	if (d->nerrors != errs) {
		model_free(m);
		return NULL;
	}
	m->values = xcalloc(m->ncells + 1, sizeof(*m->values));
	m->strs = xcalloc(m->ncells + 1, sizeof(*m->strs));
	m->errs = xcalloc(m->ncells + 1, sizeof(*m->errs));
	evalctx_init(&m->ctx);
	return m;
}

void
model_free(struct model *m)
{
	size_t i;

	if (m == NULL)
		return;
	for (i = 0; i < m->nown; i++)
		cellspec_free(m->own[i]);
	if (m->strs)
		for (i = 0; i < m->ncells; i++)
			free(m->strs[i]);
	if (m->errs)
		for (i = 0; i < m->ncells; i++)
			free(m->errs[i]);
	free(m->errs);
	free(m->own);
	free(m->strs);
	free(m->values);
	free(m->def);
	if (m->own_order)
		free(m->order);
	evalctx_free(&m->ctx);
	free(m);
}

/* Evaluate cell c and store its value; returns it. */
static const struct value *
eval_cell(struct model *m, int c)
{
	const struct cellspec *s = m->def[c];
	struct value v;

	if (s->kind == CK_VALUE) {
		m->values[c] = s->value;
		return &m->values[c];
	}
	if (s->formula == NULL) {
		/* it failed to compile; the problem is reported already */
		memset(&v, 0, sizeof(v));
		v.type = VT_ERR;
		v.err = VE_NAME;
		v.flags = VF_PROPAGATED;
		m->values[c] = v;
		return &m->values[c];
	}
	v = eval_formula(&m->ctx, s->formula, m->values);
	m->nevals++;
	if (v.type == VT_STR) {
		/* keep our own copy: the string may belong to the context */
		if (m->strs[c] == NULL || strcmp(m->strs[c], v.u.str) != 0) {
			char *copy = xstrdup(v.u.str);

			free(m->strs[c]);
			m->strs[c] = copy;
		}
		v.u.str = m->strs[c];
	}
	m->values[c] = v;
	if (v.type == VT_ERR && !(v.flags & VF_PROPAGATED)) {
		free(m->errs[c]);
		m->errs[c] = xstrdup(m->ctx.detail);
	}
	if (m->ctx.nstrs > 64)
		evalctx_reset(&m->ctx);
	return &m->values[c];
}

/* Whether cell c belongs to a platform this scenario does not compare. */
static bool
not_compared(const struct model *m, int c)
{
	int pi = m->cat->cell_platform ? m->cat->cell_platform[c] : -1;

	return pi >= 0 && !model_bool(m, m->cat->platforms[pi].compared);
}

/*
 * Where region_check_missing() cannot say which sheet is missing (a model
 * read from an image, which carries no sheets): a compared platform whose
 * total is #N/A needs a price its region does not have. Records one error
 * per such platform, at the place its <id>.compared was set. Returns true
 * if there is none.
 */
static bool
unpriced_check(const struct model *m, struct diags *d)
{
	const struct catalog *cat = m->cat;
	int rc = catalog_find(cat, "workload.region");
	const char *region = rc >= 0 && m->values[rc].type == VT_STR ? m->values[rc].u.str : NULL;
	bool ok = true;
	size_t i;

	for (i = 0; i < cat->nplatforms; i++) {
		const struct platform *p = &cat->platforms[i];
		const struct cellspec *s = m->def[p->compared];
		const struct value *t = &m->values[p->total];

		if (!value_true(&m->values[p->compared]) || t->type != VT_ERR || t->err != VE_NA)
			continue;
		ok = false;
		if (s->src)
			diag_at(d, DIAG_ERROR, s->src, s->jpath, -1, s->name, "%s is not priced in "
			    "region %s: its total needs prices no pricing sheet of the region gives; "
			    "compare only the platforms the region prices", p->name,
			    region ? region : "(unknown)");
		else
			diag_add(d, DIAG_ERROR, s->jpath, 0, 0, NULL, NULL, "%s is not priced in "
			    "region %s: its total needs prices no pricing sheet of the region gives; "
			    "compare only the platforms the region prices", p->name,
			    region ? region : "(unknown)");
	}
	return ok;
}

/*
 * Evaluate every cell. Returns true if none ended in an error value;
 * otherwise records one diagnostic per error, at the cell where it arose
 * (with the column in its formula), and returns false. Errors inside a
 * platform the scenario does not compare are not reported: the decision
 * cells skip that platform (IF only evaluates the branch taken), so they
 * cannot change the verdict.
 */
bool
model_eval(struct model *m, struct diags *d)
{
	size_t k;
	bool ok = true;

	for (k = 0; k < m->norder; k++)
		eval_cell(m, m->order[k]);
	/* report afterwards: whether a platform is compared is itself a cell */
	for (k = 0; k < m->norder; k++) {
		int c = m->order[k];
		const struct value *v = &m->values[c];
		const struct cellspec *s = m->def[c];

		/* #N/A is a price the region lacks: region_check_missing() below */
		if (v->type != VT_ERR || v->err == VE_NA || not_compared(m, c))
			continue;
		ok = false;
		if (v->flags & VF_PROPAGATED)
			continue;
		{
			const char *detail = m->errs[c] ? m->errs[c] : "";
			bool same = detail[0] == '\0' || strcmp(detail, verr_text(v->err)) == 0;
			char near[48] = "";
			const char *text = s->formula_text;

			/* quote the formula where it failed: "/plan.horizon_months" */
			if (text && v->pos < strlen(text))
				snprintf(near, sizeof(near), " at \"%.32s%s\"", text + v->pos,
				    strlen(text + v->pos) > 32 ? "..." : "");
			if (s->src)
				diag_at(d, DIAG_ERROR, s->src, s->jpath, s->fcol_base + v->pos,
				    s->name, "%s (%s)%s%s%s", verr_text(v->err), verr_code(v->err),
				    near, same ? "" : ": ", same ? "" : detail);
			else
				diag_add(d, DIAG_ERROR, s->jpath, 0, 0, NULL, NULL,
				    "column %d of the formula: %s (%s)%s%s%s", v->pos + 1,
				    verr_text(v->err), verr_code(v->err), near, same ? "" : ": ",
				    same ? "" : detail);
		}
	}
	if (!region_check_missing(m, d))
		ok = false;
	else if (!unpriced_check(m, d))
		ok = false;
	evalctx_reset(&m->ctx);
	return ok;
}

/* Evaluate every cell without reporting (analyses re-evaluating). */
void
model_eval_quiet(struct model *m)
{
	size_t k;

	for (k = 0; k < m->norder; k++)
		eval_cell(m, m->order[k]);
	evalctx_reset(&m->ctx);
}

/* Re-evaluate just the cells listed, in the order given. */
void
model_eval_subset(struct model *m, const int *cells, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++) {
		int c = cells[k];

		if (m->def[c]->kind == CK_FORMULA)
			eval_cell(m, c);
	}
}

/*
 * List in evaluation order the formula cells that depend, directly or
 * through others, on any of the n cells in seeds. Sets *out (caller frees)
 * and returns the count.
 */
size_t
model_dependents(const struct model *m, const int *seeds, size_t n, int **out)
{
	unsigned char *mark = xcalloc(m->ncells + 1, 1);
	int *v = xcalloc(m->ncells + 1, sizeof(*v));
	size_t k, j, nv = 0, ndep;
	const int *deps;

	for (k = 0; k < n; k++)
		mark[seeds[k]] = 1;
	for (k = 0; k < m->norder; k++) {
		int c = m->order[k];

		if (mark[c] || m->def[c]->kind != CK_FORMULA)
			continue;
		deps = cellspec_deps(m->def[c], &ndep);
		for (j = 0; j < ndep; j++)
			if (mark[deps[j]])
				break;
		if (j < ndep) {
			mark[c] = 1;
			v[nv++] = c;
		}
	}
	free(mark);
	*out = v;
	return nv;
}

/* The number in cell c; 0 for anything else (callers check types first). */
double
model_num(const struct model *m, int c)
{
	const struct value *v = &m->values[c];

	if (v->type == VT_NUM)
		return v->u.num;
	if (v->type == VT_BOOL)
		return v->u.b;
	return 0;
}

/* The text in cell c, or "" if it holds no text. Borrowed. */
const char *
model_str(const struct model *m, int c)
{
	const struct value *v = &m->values[c];

	return v->type == VT_STR ? v->u.str : "";
}

bool
model_bool(const struct model *m, int c)
{
	return value_true(&m->values[c]);
}

/* Whether rule r fires for catalog platform pi in model m. */
bool
rule_fires_for(const struct model *m, const struct rule *r, size_t pi)
{
	if (r->pcell == NULL || r->pcell[pi] < 0)
		return false;
	return model_bool(m, r->pcell[pi]);
}

/* Put a number into cell c directly (analyses varying an input). */
void
model_set_num(struct model *m, int c, double x)
{
	memset(&m->values[c], 0, sizeof(m->values[c]));
	m->values[c].type = VT_NUM;
	m->values[c].u.num = x;
}

int
model_find(const struct model *m, const char *name)
{
	return catalog_find(m->cat, name);
}

/*
 * The range an analysis samples input c over: its own low and high when
 * the data or the scenario gives them; otherwise, for a number that is not
 * a whole-number input, the relative spread of the cell spread.<name> when
 * the data has one above 0 (value times 1 - spread to 1 + spread, within the
 * input's bounds, triangular around the value). Returns false when c has
 * no range; *spread is the spread cell used, or -1.
 */
bool
model_range(const struct model *m, int c, struct range *out)
{
	const struct cellspec *s = m->def[c], *b = m->cat->base[c];
	char name[MAX_NAME + 16];
	double v, f;
	int sc;

	memset(out, 0, sizeof(*out));
	out->spread = -1;
	if (s->kind != CK_VALUE || s->value.type != VT_NUM)
		return false;
	v = s->value.u.num;
	out->mode = v;
	if (s->ranged) {
		out->low = s->low;
		out->high = s->high;
		out->dist = s->dist;
		return true;
	}
	if (b->integer || str_has_prefix(b->name, "spread."))
		return false;
	snprintf(name, sizeof(name), "spread.%s", b->name);
	sc = catalog_find(m->cat, name);
	if (sc < 0 || m->values[sc].type != VT_NUM || !(m->values[sc].u.num > 0))
		return false;
	f = m->values[sc].u.num;
	out->low = fmin(v * (1 - f), v * (1 + f));
	out->high = fmax(v * (1 - f), v * (1 + f));
	if (b->has_min && out->low < b->min)
		out->low = b->min;
	if (b->has_max && out->high > b->max)
		out->high = b->max;
	if (!(out->high > out->low))
		return false;
	out->dist = DIST_TRIANGULAR;
	out->spread = sc;
	return true;
}
