/*
 * names.c -- the catalog's names and the checks every layer shares, with
 * no JSON: the parts of the model data the engine needs once the data is
 * loaded, whether it was loaded from models/ (catalog.c) or from a model
 * image (image.c, in the page's WebAssembly).
 *
 * The name index is a small open-addressing hash keyed by the lower-cased
 * name, because Excel's names are case-insensitive: two cells that differ
 * only in case would be one name in the workbook.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "runsheet.h"

const char *const component_ids[COMP__MAX] = {
	[COMP_COMPUTE] = "compute",
	[COMP_PLATFORM_FEES] = "platform_fees",
	[COMP_HIDDEN] = "hidden",
	[COMP_ENGINEERING] = "engineering",
	[COMP_ONE_TIME] = "one_time",
};

const char *const component_names[COMP__MAX] = {
	[COMP_COMPUTE] = "Compute",
	[COMP_PLATFORM_FEES] = "Platform fees",
	[COMP_HIDDEN] = "Hidden infrastructure",
	[COMP_ENGINEERING] = "Engineering time",
	[COMP_ONE_TIME] = "One-time work (amortised)",
};

const char *const family_ids[FAM__MAX] = {
	[FAM_SERVERLESS] = "serverless",
	[FAM_MANAGED_K8S] = "managed_kubernetes",
	[FAM_SELF_MANAGED_K8S] = "self_managed_kubernetes",
};

const char *const family_names[FAM__MAX] = {
	[FAM_SERVERLESS] = "Serverless containers",
	[FAM_MANAGED_K8S] = "Managed Kubernetes",
	[FAM_SELF_MANAGED_K8S] = "Self-managed Kubernetes",
};

const char *const rule_effect_ids[RE__MAX] = {
	[RE_FAVOUR] = "favour",
	[RE_DISFAVOUR] = "disfavour",
	[RE_EXCLUDE] = "exclude",
};

struct nameslot {
	char *key; /* lower-cased name, owned; NULL if free */
	int cell;  /* cell index */
};

struct nameidx {
	struct nameslot *slots;
	size_t cap; /* power of two */
	size_t n;
};

static uint64_t
hash_lower(const char *s)
{
	uint64_t h = 1469598103934665603ULL;

	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		h ^= c;
		h *= 1099511628211ULL;
	}
	return h;
}

static char *
lower_dup(const char *s)
{
	char *p = xstrdup(s), *q;

	for (q = p; *q; q++)
		if (*q >= 'A' && *q <= 'Z')
			*q += 'a' - 'A';
	return p;
}

int
idx_find(const struct nameidx *x, const char *name)
{
	size_t i;
	char *key;
	int r = -1;

	if (x == NULL || x->cap == 0)
		return -1;
	key = lower_dup(name);
	for (i = hash_lower(key) & (x->cap - 1); x->slots[i].key; i = (i + 1) & (x->cap - 1))
		if (strcmp(x->slots[i].key, key) == 0) {
			r = x->slots[i].cell;
			break;
		}
	free(key);
	return r;
}

void
idx_put(struct nameidx *x, const char *name, int cell)
{
	size_t i;

	if (x->n * 2 >= x->cap) {
		struct nameslot *old = x->slots;
		size_t oldcap = x->cap, j;

		x->cap = x->cap ? x->cap * 2 : 256;
		x->slots = xcalloc(x->cap, sizeof(*x->slots));
		for (j = 0; j < oldcap; j++) {
			if (old[j].key == NULL)
				continue;
			for (i = hash_lower(old[j].key) & (x->cap - 1); x->slots[i].key;
			    i = (i + 1) & (x->cap - 1))
				;
			x->slots[i] = old[j];
		}
		free(old);
	}
	for (i = hash_lower(name) & (x->cap - 1); x->slots[i].key; i = (i + 1) & (x->cap - 1))
		;
	x->slots[i].key = lower_dup(name);
	x->slots[i].cell = cell;
	x->n++;
}

struct nameidx *
idx_new(void)
{
	return xcalloc(1, sizeof(struct nameidx));
}

void
idx_free(struct nameidx *x)
{
	size_t i;

	if (x == NULL)
		return;
	for (i = 0; i < x->cap; i++)
		free(x->slots[i].key);
	free(x->slots);
	free(x);
}

/* The index of the cell called name (any case), or -1. */
int
catalog_find(const struct catalog *cat, const char *name)
{
	return idx_find(cat->idx, name);
}

/*
 * The existing name closest to name, for "did you mean"; NULL if none.
 * A name whose last part is name's own ("team.k8s_expertise" for
 * "workload.k8s_expertise") comes first, an input (a value a scenario
 * sets) before a formula such as a rule's, then the closest in spelling;
 * otherwise the closest in spelling, within a few edits.
 */
const char *
catalog_suggest(const struct catalog *cat, const char *name)
{
	size_t i, best, d, len = strlen(name);
	const char *r = NULL, *last = strrchr(name, '.');
	size_t rank_best = (size_t)-1;

	for (i = 0; last && last[1] && i < cat->ncells; i++) {
		const char *cl = strrchr(cat->base[i]->name, '.');
		size_t rank;

		if (cl == NULL || strcasecmp(cl, last) != 0)
			continue;
		rank = edit_distance(name, cat->base[i]->name) +
		    (cat->base[i]->kind == CK_VALUE ? 0 : 1000);
		if (rank < rank_best) {
			rank_best = rank;
			r = cat->base[i]->name;
		}
	}
	if (r)
		return r;
	best = len < 8 ? 2 : len / 4 + 1;
	for (i = 0; i < cat->ncells; i++) {
		d = edit_distance(name, cat->base[i]->name);
		if (d < best || (d == best && r == NULL)) {
			if (d <= best) {
				best = d;
				r = cat->base[i]->name;
			}
		}
	}
	return r;
}

/* The index of the platform with this id, or -1. */
int
catalog_platform(const struct catalog *cat, const char *id)
{
	size_t i;

	for (i = 0; i < cat->nplatforms; i++)
		if (strcmp(cat->platforms[i].id, id) == 0)
			return (int)i;
	return -1;
}

/* Whether rule r applies to platform index pi. */
bool
rule_targets(const struct catalog *cat, const struct rule *r, size_t pi)
{
	return r->family[cat->platforms[pi].family] || r->platform[pi];
}

/* The name of the cell deciding whether rule r fires for platform pi. */
const char *
rule_cell_name(const struct catalog *cat, const struct rule *r, size_t pi)
{
	static char name[MAX_NAME + 1];

	if (r->per_platform)
		snprintf(name, sizeof(name), "rule.%s.%s", r->id, cat->platforms[pi].id);
	else
		snprintf(name, sizeof(name), "rule.%s", r->id);
	return name;
}


/*
 * Parse spec's formula text and bind its names to catalog cells. Returns
 * false after recording a syntax error or unknown names (with the column
 * inside the formula and a "did you mean").
 */
bool
formula_compile_spec(struct cellspec *s, const struct catalog *cat, struct diags *d)
{
	int errpos;
	char *errmsg;
	size_t i;
	bool ok = true;

	if (s->kind != CK_FORMULA)
		return true;
	if (s->formula == NULL) {
		s->formula = formula_parse(s->formula_text, &errpos, &errmsg);
		if (s->formula == NULL) {
			if (s->src)
				diag_at(d, DIAG_ERROR, s->src, s->jpath, s->fcol_base + errpos,
				    s->name, "%s", errmsg);
			else
				diag_add(d, DIAG_ERROR, s->jpath, 0, 0, NULL, NULL,
				    "column %d of the formula: %s", errpos + 1, errmsg);
			free(errmsg);
			return false;
		}
	}
	for (i = 0; i < formula_nrefs(s->formula); i++) {
		const char *ref = formula_ref(s->formula, i);
		int cell = catalog_find(cat, ref);

		if (cell < 0) {
			const char *near = catalog_suggest(cat, ref);
			char hint[MAX_NAME + 32] = "";

			if (near)
				snprintf(hint, sizeof(hint), " (did you mean \"%s\"?)", near);
			if (s->src)
				diag_at(d, DIAG_ERROR, s->src, s->jpath,
				    s->fcol_base + formula_ref_pos(s->formula, i), s->name,
				    "unknown name \"%s\"%s", ref, hint);
			else
				diag_add(d, DIAG_ERROR, s->jpath, 0, 0, NULL, NULL,
				    "column %d of the formula: unknown name \"%s\"%s",
				    formula_ref_pos(s->formula, i) + 1, ref, hint);
			ok = false;
			continue;
		}
		formula_bind(s->formula, i, cell);
	}
	if (!ok) {
		formula_free(s->formula);
		s->formula = NULL;
	}
	return ok;
}

/*
 * Check a scenario's or the command line's definition s of cell i against
 * the catalog's: a value must have the input's type, be one of its
 * allowed texts, within its bounds and whole if it must be. An allowed
 * text written in another case ("Strong") is taken, as Excel compares
 * text, and s is set to the allowed spelling ("strong"). Formulas are
 * checked when evaluated. Returns false after recording the problem.
 */
bool
catalog_check_override(const struct catalog *cat, struct cellspec *s, int i,
    struct diags *d)
{
	const struct cellspec *b = cat->base[i];
	char why[256] = "";
	double v;
	size_t k;

	if (s->unit && b->unit && strcmp(s->unit, b->unit) != 0) {
		/* a value in another unit is not this cell's value */
		char *up = jpath_append(s->jpath, "unit");

		if (s->src)
			diag_at(d, DIAG_ERROR, s->src, up, -1, s->name, "unit \"%s\", but %s is in "
			    "%s: give the value in %s (runsheet does not convert units)", s->unit,
			    s->name, b->unit, b->unit);
		free(up);
		return false;
	}
	if (s->kind != CK_VALUE)
		return true;
	if (b->kind == CK_VALUE && b->value.type != s->value.type)
		snprintf(why, sizeof(why), "expected %s %s, got %s",
		    b->value.type == VT_NUM ? "a" : b->value.type == VT_BOOL ? "a" : "",
		    b->value.type == VT_NUM ? "number" : b->value.type == VT_BOOL ?
		    "logical (true or false)" : "text", vtype_name(s->value.type));
	else if (s->value.type == VT_STR && b->nenumv > 0) {
		for (k = 0; k < b->nenumv; k++)
			if (str_casecmp(b->enumv[k], s->value.u.str) == 0)
				break;
		if (k < b->nenumv && strcmp(b->enumv[k], s->value.u.str) != 0) {
			free(s->strval);
			s->strval = xstrdup(b->enumv[k]);
			s->value.u.str = s->strval;
		}
		if (k == b->nenumv) {
			struct buf l = {0};

			for (k = 0; k < b->nenumv; k++)
				buf_printf(&l, "%s\"%s\"", k ? ", " : "", b->enumv[k]);
			snprintf(why, sizeof(why), "\"%.60s\" is not one of %s", s->value.u.str,
			    buf_str(&l));
			buf_free(&l);
		}
	} else if (s->value.type == VT_NUM) {
		double vals[3];
		int nv = 1, j;

		vals[0] = s->value.u.num;
		if (s->ranged)
			vals[1] = s->low, vals[2] = s->high, nv = 3;
		for (j = 0; j < nv && why[0] == '\0'; j++) {
			v = vals[j];
			if (b->has_min && v < b->min)
				snprintf(why, sizeof(why), "%g is below the minimum %g%s%s", v,
				    b->min, b->unit ? " " : "", b->unit ? b->unit : "");
			else if (b->has_max && v > b->max)
				snprintf(why, sizeof(why), "%g is above the maximum %g%s%s", v,
				    b->max, b->unit ? " " : "", b->unit ? b->unit : "");
			else if (b->integer && v != (double)(long long)v)
				snprintf(why, sizeof(why), "%g is not a whole number", v);
		}
	}
	if (why[0] == '\0')
		return true;
	if (s->src)
		diag_at(d, DIAG_ERROR, s->src, s->jpath, -1, s->name, "%s", why);
	else
		diag_add(d, DIAG_ERROR, s->jpath, 0, 0, NULL, NULL, "%s", why);
	return false;
}

/* --- the documents the data cites ---------------------------------------- */

/* The document models/sources.json lists under file name key, or NULL. */
const struct source *
source_find(const struct catalog *cat, const char *key)
{
	size_t i;

	for (i = 0; cat && i < cat->nsources; i++)
		if (strcmp(cat->sources[i].key, key) == 0)
			return &cat->sources[i];
	return NULL;
}

/*
 * Append how a reader is shown document s: its title and label ("The
 * Post-Heroku Infrastructure Decision (seed 004)"), or, for a document
 * without a title, its opening words ("the article that opens “Cloud Run
 * is ...” (seed 002)").
 */
void
source_name(struct buf *b, const struct source *s)
{
	if (s->titled)
		buf_printf(b, "%s (%s)", s->title, s->label);
	else
		buf_printf(b, "the article that opens “%s” (%s)", s->title, s->label);
}

/*
 * Append source text as a reader reads it: every file name of a listed
 * document replaced by source_name() ("004_76779babffdde425.txt: \"...\""
 * becomes "The Post-Heroku Infrastructure Decision (seed 004): \"...\"").
 * Text citing nothing listed, or a catalog without sources, is appended as
 * it is. The data keeps the file names.
 */
void
source_cite(struct buf *b, const struct catalog *cat, const char *text)
{
	const char *p = text;

	if (text == NULL)
		return;
	while (*p) {
		const struct source *hit = NULL;
		const char *at = NULL;
		size_t i;

		/* the earliest listed file name from p on */
		for (i = 0; cat && i < cat->nsources; i++) {
			const char *q = strstr(p, cat->sources[i].key);

			if (q && (at == NULL || q < at)) {
				at = q;
				hit = &cat->sources[i];
			}
		}
		if (hit == NULL) {
			buf_puts(b, p);
			return;
		}
		buf_printf(b, "%.*s", (int)(at - p), p);
		source_name(b, hit);
		p = at + strlen(hit->key);
	}
}
