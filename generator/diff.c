/*
 * diff.c -- runsheet diff OLD NEW: what changed in the decisions between
 * two sites written by runsheet build, and which cells caused it.
 *
 * A site lists its scenarios in DIR/.runsheet-manifest; each has
 * DIR/scenarios/<id>/data.json, which carries the published totals and
 * verdict and, as "model_image", the scenario's whole evaluated model in
 * image.c's text form (every cell's definition, the platforms, the rules).
 * Nothing is read from the model data: the two sites are all there is.
 *
 * Per scenario in both sites: the verdicts and every compared platform's
 * total from data.json, and the causes. A cause is a cell whose
 * definition (value, or formula text) differs between the two images, or
 * a cell only one of them has. The change is attributed by re-evaluating
 * mixtures of the two models with runsheet's own engine (model.c):
 *
 *   the merged model  NEW's cells, then the cells only OLD has; every cell
 *                     index means one name in both variants below
 *   variant new       every cell as NEW defines it (OLD's for OLD-only)
 *   variant old       the cells both have as OLD defines them
 *   a state S         the changed cells in S take NEW's definition, the
 *                     others OLD's; the empty state evaluates exactly as
 *                     OLD (nothing of OLD refers to a NEW-only cell, so
 *                     those cannot count), the full one exactly as NEW
 *
 * The measure is the cell decision.monthly_total, the recommended
 * platform's monthly total (whichever platform each state recommends),
 * and each compared platform's <id>.total. With at most SHAPLEY_MAX
 * changed cells each effect is the cell's Shapley value (its marginal
 * change averaged over every order of applying the changes: all 2^n
 * states evaluated); with more, the changes are applied one at a time in
 * the order of the cells' names and each effect is what its step changed.
 * Either way the effects add up to the change of the measure between the
 * two models (to the rounding of binary floating point). A cell only one
 * build has gets no effect of its own: it enters or leaves through the
 * formulas that use it, which carry the effect. Where the images do not
 * reproduce the published totals (two runsheet versions whose engines
 * differ), the difference is one more cause, "residual", so the causes add
 * up to the published change; where a mixed state cannot be evaluated (a
 * cycle, or a total that is not a number), the change is not split and is
 * given whole as that residual.
 *
 * Output: JSON (the names are a contract: scenarios[].verdict_changed,
 * before, after, change, platforms[], causes[]) or Markdown for a pull
 * request's comment, rendered from templates/diff.md. Ownership: the sites
 * and scenario records live in struct diffrun; diff_sites frees them.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "runsheet.h"
#include "diff.h"
#include "jsonw.h"
#include "num.h"
#include "tmpl.h"

#define MANIFEST ".runsheet-manifest"
#define SHAPLEY_MAX 10             /* Shapley values up to 2^10 states */
#define DATA_MAX_BYTES (256u << 20) /* one data.json */
#define MD_FORMULA_MAX 60          /* a formula's characters in the comment */
#define MD_NAMES_MAX 12            /* cell names listed in one sentence */

/* --- reading the sites --------------------------------------------------- */

struct site {
	const char *dir;   /* as given */
	char *manifest;    /* DIR/.runsheet-manifest */
	char **ids;        /* its scenarios, in its order (sorted by id) */
	size_t nids;
};

/* One compared platform of a data.json. */
struct dplat {
	const char *id, *name; /* borrowed from the JSON */
	double total;          /* monthly */
};

/* One scenario of one site: what its data.json says. */
struct side {
	struct src *src;       /* data.json, owned */
	const char *title;     /* borrowed from src */
	const char *currency;
	const char *version;   /* runsheet_version, or "" */
	const char *rec;       /* recommended platform id, or NULL */
	const char *rec_name;  /* its name, or "none" */
	double rec_total;      /* its monthly total; 0 without one */
	struct dplat *plats;   /* compared platforms, owned array */
	size_t nplats;
	const char *image;     /* model_image, borrowed */
	size_t image_len;
	struct catalog *cat;   /* the image read, owned (image_free) */
};

/* Free what site_read kept; s may be one that failed. */
static void
site_free(struct site *s)
{
	free(s->manifest);
	strv_free(s->ids, s->nids);
	memset(s, 0, sizeof(*s));
}

/*
 * Read the manifest of the site in dir: which scenarios it holds. Returns
 * false after recording why dir is not a runsheet site.
 */
static bool
site_read(struct site *s, const char *dir, struct diags *d)
{
	struct buf b = {0};
	char *p, *nl;
	int ln = 0;
	bool ok = true;

	memset(s, 0, sizeof(*s));
	s->dir = dir;
	if (!path_is_dir(dir)) {
		diag_add(d, DIAG_ERROR, dir, 0, 0, NULL, NULL, "%s", file_exists(dir) ?
		    "not a directory: runsheet diff compares two sites (each the -o DIR of "
		    "runsheet build)" : "no such directory");
		return false;
	}
	s->manifest = path_join(dir, MANIFEST);
	if (!file_read(s->manifest, &b)) {
		diag_add(d, DIAG_ERROR, dir, 0, 0, NULL, NULL, "not a runsheet site: it has no "
		    "%s (a site is the -o DIR of runsheet build)", MANIFEST);
		buf_free(&b);
		return false;
	}
	buf_str(&b);
	for (p = b.data; p && *p; p = nl ? nl + 1 : NULL) {
		char *why = NULL;
		size_t k;

		nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		ln++;
		if (ln == 1) {
			if (strcmp(p, "runsheet-manifest 1") != 0) {
				diag_add(d, DIAG_ERROR, s->manifest, 1, 1, NULL, NULL,
				    "not a runsheet manifest of this version (expected "
				    "\"runsheet-manifest 1\"): is %s a site of runsheet build?", dir);
				ok = false;
				break;
			}
			continue;
		}
		if (strncmp(p, "scenario ", 9) != 0)
			continue; /* pages, shard: not ours */
		{
			char *id = p + 9, *sp = strchr(id, ' ');

			if (sp)
				*sp = '\0';
			if (!scenario_id_valid(id, &why)) {
				diag_add(d, DIAG_ERROR, s->manifest, ln, 10, NULL, NULL,
				    "scenario \"%.80s\": %s", id, why);
				free(why);
				ok = false;
				continue;
			}
			for (k = 0; k < s->nids && strcmp(s->ids[k], id) != 0; k++)
				;
			if (k < s->nids) {
				diag_add(d, DIAG_ERROR, s->manifest, ln, 10, NULL, NULL,
				    "scenario %s is listed twice", id);
				ok = false;
				continue;
			}
			s->ids = xreallocarray(s->ids, s->nids + 1, sizeof(*s->ids));
			s->ids[s->nids++] = xstrdup(id);
		}
	}
	if (ln == 0) {
		diag_add(d, DIAG_ERROR, s->manifest, 1, 1, NULL, NULL,
		    "an empty manifest: is %s a site of runsheet build?", dir);
		ok = false;
	}
	buf_free(&b);
	return ok;
}

/*
 * Record an error at JSON pointer path of src: its line and column, or
 * (a key that is missing) those of the nearest enclosing value.
 */
static void
at(struct diags *d, const struct src *src, const char *path, const char *fmt, ...)
    PRINTF_LIKE(4, 5);

static void
at(struct diags *d, const struct src *src, const char *path, const char *fmt, ...)
{
	char *p = xstrdup(path), *slash;
	int line = 0, col = 0;
	struct buf msg = {0};
	va_list ap;

	while (!jsonpos_locate(src->text, src->len, p, -1, &line, &col) && p[0]) {
		slash = strrchr(p, '/');
		*slash = '\0';
	}
	if (line == 0)
		line = col = 1;
	va_start(ap, fmt);
	buf_vprintf(&msg, fmt, ap);
	va_end(ap);
	diag_add(d, DIAG_ERROR, src->path, line, col, path, NULL, "%s", buf_str(&msg));
	buf_free(&msg);
	free(p);
}

/* The text at key of object o, or NULL (recorded at path) if it is not text. */
static const char *
want_str(json_t *o, const char *key, const struct src *src, const char *path,
    struct diags *d)
{
	json_t *v = json_object_get(o, key);
	char *p = jpath_append(path, key);
	const char *s = json_string_value(v);

	if (s == NULL)
		at(d, src, p, v ? "expected text" : "missing: expected text");
	free(p);
	return s;
}

/* The number at key of object o into *x; false (recorded) if it is not one. */
static bool
want_num(json_t *o, const char *key, double *x, const struct src *src, const char *path,
    struct diags *d)
{
	json_t *v = json_object_get(o, key);
	char *p = jpath_append(path, key);
	bool ok = json_is_number(v);

	if (ok)
		*x = json_number_value(v);
	else
		at(d, src, p, v ? "expected a number" : "missing: expected a number");
	free(p);
	return ok;
}

/*
 * Read DIR/scenarios/<id>/data.json into sd. Returns false after
 * recording every problem, each at its place.
 */
static bool
side_load(struct side *sd, const char *dir, const char *id, struct diags *d)
{
	char *rel = xasprintf("scenarios/%s/data.json", id), *path = path_join(dir, rel);
	size_t errs = d->nerrors, i;
	json_t *root, *v, *arr;

	memset(sd, 0, sizeof(*sd));
	sd->src = src_load_max(path, NULL, DATA_MAX_BYTES, d);
	free(rel);
	free(path);
	if (sd->src == NULL)
		return false;
	root = sd->src->root;
	/* the format first: another one may differ in anything else */
	v = json_object_get(root, "data_format");
	if (v == NULL) {
		at(d, sd->src, "/data_format", "missing: this data.json was written by a "
		    "runsheet older than runsheet diff; build the site again with this one "
		    "(runsheet %s)", RUNSHEET_VERSION);
		return false;
	}
	if (!json_is_number(v)) {
		at(d, sd->src, "/data_format", "expected a number");
		return false;
	}
	if (json_number_value(v) != DATA_FORMAT) {
		char t[64];

		num_shortest(t, sizeof(t), json_number_value(v));
		at(d, sd->src, "/data_format", "data format %s, but this runsheet (%s) reads "
		    "data format %d: build both sites with the same runsheet", t,
		    RUNSHEET_VERSION, DATA_FORMAT);
		return false;
	}
	v = json_object_get(root, "scenario");
	if (!json_is_string(v) || strcmp(json_string_value(v), id) != 0)
		at(d, sd->src, "/scenario", "expected \"%s\", the directory's scenario id", id);
	sd->title = json_string_value(json_object_get(root, "title"));
	if (sd->title == NULL)
		sd->title = id;
	sd->currency = want_str(root, "currency", sd->src, "", d);
	sd->version = json_string_value(json_object_get(root, "runsheet_version"));
	if (sd->version == NULL)
		sd->version = "";
	sd->image = want_str(root, "model_image", sd->src, "", d);
	if (sd->image)
		sd->image_len = json_string_length(json_object_get(root, "model_image"));
	arr = json_object_get(root, "platforms");
	if (!json_is_array(arr)) {
		at(d, sd->src, "/platforms", "expected a list of the compared platforms");
	} else {
		sd->plats = xcalloc(json_array_size(arr) + 1, sizeof(*sd->plats));
		for (i = 0; i < json_array_size(arr); i++) {
			json_t *p = json_array_get(arr, i), *mo;
			char *pp = jpath_index("/platforms", i), *mp;
			struct dplat *dp = &sd->plats[sd->nplats];

			if (!json_is_object(p)) {
				at(d, sd->src, pp, "expected a platform object");
				free(pp);
				continue;
			}
			dp->id = want_str(p, "id", sd->src, pp, d);
			dp->name = want_str(p, "name", sd->src, pp, d);
			mo = json_object_get(p, "monthly");
			mp = jpath_append(pp, "monthly");
			if (!json_is_object(mo))
				at(d, sd->src, mp, "expected the monthly costs");
			else if (want_num(mo, "total", &dp->total, sd->src, mp, d) && dp->id &&
			    dp->name)
				sd->nplats++;
			free(mp);
			free(pp);
		}
	}
	v = json_object_get(root, "recommendation");
	if (!json_is_object(v)) {
		at(d, sd->src, "/recommendation", "expected the recommendation");
	} else {
		json_t *pl = json_object_get(v, "platform");

		sd->rec_name = "none";
		if (json_is_string(pl)) {
			sd->rec = json_string_value(pl);
			sd->rec_name = want_str(v, "name", sd->src, "/recommendation", d);
			want_num(v, "monthly_total", &sd->rec_total, sd->src, "/recommendation", d);
		} else if (!json_is_null(pl)) {
			at(d, sd->src, "/recommendation/platform",
			    "expected a platform id, or null for none");
		}
	}
	return d->nerrors == errs;
}

/* Free a side (loaded or not). */
static void
side_free(struct side *sd)
{
	src_free(sd->src);
	free(sd->plats);
	image_free(sd->cat);
	memset(sd, 0, sizeof(*sd));
}

/* The compared platform id of sd, or NULL (borrowed). */
static const struct dplat *
side_plat(const struct side *sd, const char *id)
{
	size_t i;

	for (i = 0; id && i < sd->nplats; i++)
		if (strcmp(sd->plats[i].id, id) == 0)
			return &sd->plats[i];
	return NULL;
}

/*
 * Read sd's model image. Returns the catalog (also kept in sd->cat), or
 * NULL after recording where the image is malformed: its line, at the
 * data.json's /model_image.
 */
static struct catalog *
side_image(struct side *sd, struct diags *d)
{
	struct diags scratch = {0};
	size_t i;

	sd->cat = image_read(sd->image, sd->image_len, &scratch);
	for (i = 0; i < scratch.nlist; i++)
		if (scratch.list[i].level == DIAG_ERROR)
			at(d, sd->src, "/model_image", "line %d of the model image: %s",
			    scratch.list[i].line, scratch.list[i].msg);
	if (sd->cat && scratch.nerrors == 0) {
		for (i = 0; i < sd->cat->ncells; i++) {
			char *why = NULL;

			if (!cell_name_valid(sd->cat->base[i]->name, &why)) {
				at(d, sd->src, "/model_image", "cell %zu of the model image: %s", i + 1,
				    why);
				free(why);
				image_free(sd->cat);
				sd->cat = NULL;
				break;
			}
		}
	} else if (sd->cat == NULL && scratch.nerrors == 0) {
		at(d, sd->src, "/model_image", "not a model image");
	}
	diags_free(&scratch);
	return sd->cat;
}

/* --- the merged model ---------------------------------------------------- */

/* An image's text as lines (borrowed). */
struct lines {
	const char **p;
	size_t *len;
	size_t n;
};

/* Split text into lines, without their line ends; free with lines_free. */
static void
lines_split(struct lines *l, const char *text, size_t len)
{
	const char *s = text, *end = text + len;

	memset(l, 0, sizeof(*l));
	while (s < end) {
		const char *nl = memchr(s, '\n', (size_t)(end - s));
		size_t n = nl ? (size_t)(nl - s) : (size_t)(end - s);

		l->p = xreallocarray(l->p, l->n + 1, sizeof(*l->p));
		l->len = xreallocarray(l->len, l->n + 1, sizeof(*l->len));
		l->p[l->n] = s;
		l->len[l->n++] = n;
		s += n + 1;
	}
}

/* Free the line arrays (the text is borrowed). */
static void
lines_free(struct lines *l)
{
	free(l->p);
	free(l->len);
}

/* Append line i of l with its line end. */
static void
put_line(struct buf *b, const struct lines *l, size_t i)
{
	buf_put(b, l->p[i], l->len[i]);
	buf_putc(b, '\n');
}

/*
 * The merged image: NEW's cells (their "c" line, and "d" line: NEW's
 * definition, or with old set OLD's where OLD has the cell), then the
 * cells only OLD has, then NEW's platforms and rules. No order line:
 * image_read orders the cells itself. a_of_b[i] is OLD's index of NEW's
 * cell i, or -1; aonly lists OLD's cells NEW lacks. Caller frees.
 */
static char *
merged_image(const struct lines *la, const struct lines *lb, size_t nb, const int *a_of_b,
    const int *aonly, size_t naonly, bool old, size_t *len)
{
	struct buf b = {0};
	size_t i;

	put_line(&b, lb, 0);
	buf_printf(&b, "cells\t%zu\n", nb + naonly);
	for (i = 0; i < nb; i++) {
		put_line(&b, lb, 2 + 2 * i);
		if (old && a_of_b[i] >= 0)
			put_line(&b, la, 3 + 2 * (size_t)a_of_b[i]);
		else
			put_line(&b, lb, 3 + 2 * i);
	}
	for (i = 0; i < naonly; i++) {
		put_line(&b, la, 2 + 2 * (size_t)aonly[i]);
		put_line(&b, la, 3 + 2 * (size_t)aonly[i]);
	}
	for (i = 2 + 2 * nb; i < lb->n; i++)
		if (!(lb->len[i] >= 1 && lb->p[i][0] == 'o' && (lb->len[i] == 1 ||
		    lb->p[i][1] == '\t')))
			put_line(&b, lb, i);
	*len = b.len;
	return buf_detach(&b);
}

/* Whether two definitions say the same: same kind, value or formula text. */
static bool
spec_same(const struct cellspec *x, const struct cellspec *y)
{
	if (x->kind != y->kind)
		return false;
	if (x->kind == CK_FORMULA)
		return strcmp(x->formula_text, y->formula_text) == 0;
	if (x->value.type != y->value.type)
		return false;
	switch (x->value.type) {
	case VT_NUM:
		return x->value.u.num == y->value.u.num;
	case VT_STR:
		return strcmp(x->value.u.str, y->value.u.str) == 0;
	case VT_BOOL:
		return x->value.u.b == y->value.u.b;
	default:
		return x->value.err == y->value.err;
	}
}

/* --- one scenario compared ----------------------------------------------- */

enum ctype {
	CT_VALUE,    /* a value changed */
	CT_FORMULA,  /* a formula changed, or a value became one or stopped being */
	CT_ADDED,    /* only NEW has the cell */
	CT_REMOVED,  /* only OLD has it */
	CT_RESIDUAL, /* what the images do not explain, or the change not split */
	CT__MAX
};

static const char *const ctype_ids[CT__MAX] = {
	[CT_VALUE] = "value", [CT_FORMULA] = "formula", [CT_ADDED] = "added",
	[CT_REMOVED] = "removed", [CT_RESIDUAL] = "residual",
};

struct cause {
	enum ctype type;
	int cell;          /* index in the merged model; -1 for the residual */
	const char *name;  /* the cell's name (borrowed), or NULL */
	double *eff;       /* per measure, owned; NULL when not attributed */
};

/* A platform compared in both builds. */
struct pcmp {
	const struct dplat *a, *b; /* borrowed */
	int measure;               /* its measure (1...) */
	bool changed;              /* its total changed */
};

enum method {
	M_NONE,         /* no cell changed */
	M_SHAPLEY,
	M_SEQUENTIAL,
	M_UNATTRIBUTED, /* a mixed state could not be evaluated */
	M__MAX
};

static const char *const method_ids[M__MAX] = {
	[M_NONE] = "none", [M_SHAPLEY] = "shapley", [M_SEQUENTIAL] = "sequential",
	[M_UNATTRIBUTED] = "unattributed",
};

struct sdiff {
	const char *id;            /* borrowed from the site */
	struct side a, b;          /* OLD's and NEW's data.json */
	struct catalog *mn, *mo;   /* the merged model's two variants (image_free) */
	bool verdict_changed, changed, exceeds;
	double usd;                /* the recommended total's change */
	bool has_fraction;         /* the total before is not 0 */
	double fraction;           /* usd over the total before */
	struct pcmp *pc;           /* platforms in both, NEW's order */
	size_t npc;
	size_t nmeasures;          /* 1 + npc */
	double *tol;               /* per measure: below this, no change */
	struct cause *causes;
	size_t ncauses;
	size_t nchanged;           /* cells whose definition changed */
	enum method method;
	char *why;                 /* M_UNATTRIBUTED: why, owned */
	char *residual_why;        /* why there is a residual, owned, or NULL */
};

/* Free a scenario's comparison (its two sides, models and causes). */
static void
sdiff_free(struct sdiff *s)
{
	size_t i;

	side_free(&s->a);
	side_free(&s->b);
	image_free(s->mn);
	image_free(s->mo);
	free(s->pc);
	free(s->tol);
	for (i = 0; i < s->ncauses; i++)
		free(s->causes[i].eff);
	free(s->causes);
	free(s->why);
	free(s->residual_why);
}

/* Whether two totals are the same but for floating-point rounding. */
static bool
near(double x, double y)
{
	return fabs(x - y) <= 1e-9 * fmax(1, fmax(fabs(x), fabs(y)));
}

/* Whether two platform ids (either NULL for none) are the same. */
static bool
same_id(const char *x, const char *y)
{
	return (x == NULL && y == NULL) || (x && y && strcmp(x, y) == 0);
}

/* Append a cause to s; returns it (owned by s) with no effects yet. */
static struct cause *
add_cause(struct sdiff *s, enum ctype t, int cell, const char *name)
{
	struct cause *c;

	s->causes = xreallocarray(s->causes, s->ncauses + 1, sizeof(*s->causes));
	c = &s->causes[s->ncauses++];
	memset(c, 0, sizeof(*c));
	c->type = t;
	c->cell = cell;
	c->name = name;
	return c;
}

/* The states of the merged model, evaluated (see the top of the file). */
struct states {
	const struct catalog *mn, *mo;
	struct model *m;
	const int *cells;     /* the changed cells, in the order of their names */
	size_t n;
	const int *measure;   /* the cell of each measure */
	size_t nmeasures;
	struct diags scratch; /* a state's cycle: not the user's problem */
};

/*
 * Evaluate the state where changed cell k takes NEW's definition when
 * take[k], OLD's otherwise; the measures into out. Returns false when the
 * state has a cycle or a measure is not a number.
 */
static bool
state_eval(struct states *st, const unsigned char *take, double *out)
{
	struct model *m = st->m;
	size_t k;

	for (k = 0; k < st->n; k++)
		m->def[st->cells[k]] = take[k] ? st->mn->def[st->cells[k]] :
		    st->mo->def[st->cells[k]];
	if (m->own_order)
		free(m->order);
	m->order = NULL;
	m->own_order = true;
	if (!model_order(st->mn, m->def, m->ncells, &m->order, &m->norder, &st->scratch))
		return false;
	model_eval_quiet(m);
	for (k = 0; k < st->nmeasures; k++) {
		const struct value *v = &m->values[st->measure[k]];

		if (v->type != VT_NUM)
			return false;
		out[k] = v->u.num;
	}
	return true;
}

static const struct catalog *sort_cat; /* for qsort: the catalog being sorted by */

/* Order cell indices by their names in sort_cat, as Excel compares names. */
static int
cmp_cells(const void *x, const void *y)
{
	return str_casecmp(sort_cat->base[*(const int *)x]->name,
	    sort_cat->base[*(const int *)y]->name);
}

/* The number of bits set in x: the changes a state applies. */
static size_t
popcount(size_t x)
{
	size_t n = 0;

	for (; x; x &= x - 1)
		n++;
	return n;
}

/*
 * Attribute the change of every measure to the changed cells (Shapley or
 * one at a time, see the top of the file): fills eff of the causes
 * s->causes[0..n-1], which are the changed cells in name order. f0 and f1
 * receive the measures of the old and the new model. Returns false (with
 * s->why) when a state cannot be evaluated.
 */
static bool
attribute(struct sdiff *s, const int *cells, size_t n, const int *measure, double *f0,
    double *f1)
{
	struct states st;
	size_t nm = s->nmeasures, k, j;
	unsigned char *take = xcalloc(n + 1, 1);
	double *f = NULL;
	bool ok = false;

	memset(&st, 0, sizeof(st));
	st.mn = s->mn;
	st.mo = s->mo;
	st.cells = cells;
	st.n = n;
	st.measure = measure;
	st.nmeasures = nm;
	st.m = model_new(s->mn, NULL, NULL, 0, &st.scratch);
	if (st.m == NULL) {
		s->why = xstrdup("the merged model cannot be built");
		goto out;
	}
	if (n <= SHAPLEY_MAX) {
		size_t nstates = (size_t)1 << n, mask;
		double *w = xcalloc(n + 1, sizeof(*w));

		/* w[z] = z! (n - z - 1)! / n!, the weight of a coalition of z */
		for (k = 0; k < n; k++) {
			double x = 1.0 / (double)n;
			size_t i;

			for (i = 1; i <= k; i++)
				x *= (double)i / (double)(n - i);
			w[k] = x;
		}
		f = xcalloc(nstates * nm + 1, sizeof(*f));
		for (mask = 0; mask < nstates; mask++) {
			for (k = 0; k < n; k++)
				take[k] = (mask >> k) & 1;
			if (!state_eval(&st, take, f + mask * nm)) {
				free(w);
				goto bad;
			}
		}
		for (k = 0; k < n; k++) {
			double *e = s->causes[k].eff = xcalloc(nm + 1, sizeof(*e));

			for (mask = 0; mask < nstates; mask++) {
				size_t z = popcount(mask);

				if (mask & ((size_t)1 << k))
					continue;
				for (j = 0; j < nm; j++)
					e[j] += w[z] * (f[(mask | ((size_t)1 << k)) * nm + j] -
					    f[mask * nm + j]);
			}
		}
		memcpy(f0, f, nm * sizeof(*f0));
		memcpy(f1, f + (nstates - 1) * nm, nm * sizeof(*f1));
		free(w);
		s->method = n ? M_SHAPLEY : M_NONE;
	} else {
		double *prev = xcalloc(nm + 1, sizeof(*prev)), *cur = xcalloc(nm + 1, sizeof(*cur));

		if (!state_eval(&st, take, prev)) {
			free(prev);
			free(cur);
			goto bad;
		}
		memcpy(f0, prev, nm * sizeof(*f0));
		for (k = 0; k < n; k++) {
			take[k] = 1;
			if (!state_eval(&st, take, cur)) {
				free(prev);
				free(cur);
				goto bad;
			}
			s->causes[k].eff = xcalloc(nm + 1, sizeof(double));
			for (j = 0; j < nm; j++)
				s->causes[k].eff[j] = cur[j] - prev[j];
			memcpy(prev, cur, nm * sizeof(*prev));
		}
		memcpy(f1, cur, nm * sizeof(*f1));
		free(prev);
		free(cur);
		s->method = M_SEQUENTIAL;
	}
	ok = true;
	goto out;
bad:
	s->why = xstrdup(st.scratch.nerrors > 0 ? "a mixture of the two models' definitions "
	    "has a cycle, so the change cannot be split between the cells" : "a mixture of the "
	    "two models' definitions gives a total that is not a number, so the change cannot "
	    "be split between the cells");
	for (k = 0; k < n; k++) {
		free(s->causes[k].eff);
		s->causes[k].eff = NULL;
	}
out:
	model_free(st.m);
	diags_free(&st.scratch);
	free(take);
	free(f);
	return ok;
}

/* Where a kind of cause is listed: changed cells, added, removed, the residual. */
static int
cause_rank(enum ctype t)
{
	return t <= CT_FORMULA ? 0 : (int)t - (int)CT_FORMULA;
}

/* The largest effect of cause c on any measure (nm of them). */
static double
cause_size(const struct cause *c, size_t nm)
{
	double x = 0;
	size_t k;

	for (k = 0; c->eff && k < nm; k++)
		x = fmax(x, fabs(c->eff[k]));
	return x;
}

static size_t sort_nmeasures; /* for qsort: the measures of the causes sorted */

/*
 * Order causes: changed cells by their effect on the recommended total,
 * then on any platform's, then by name; then the cells added, removed,
 * and the residual.
 */
static int
cmp_causes(const void *x, const void *y)
{
	const struct cause *a = x, *b = y;
	double ea, eb;

	if (cause_rank(a->type) != cause_rank(b->type))
		return cause_rank(a->type) - cause_rank(b->type);
	if (a->eff && b->eff) {
		ea = fabs(a->eff[0]);
		eb = fabs(b->eff[0]);
		if (ea != eb)
			return ea > eb ? -1 : 1;
		ea = cause_size(a, sort_nmeasures);
		eb = cause_size(b, sort_nmeasures);
		if (ea != eb)
			return ea > eb ? -1 : 1;
	}
	if (a->name == NULL || b->name == NULL)
		return (a->name == NULL) - (b->name == NULL);
	return str_casecmp(a->name, b->name);
}

/*
 * Scenario s's verdicts and published totals: the platforms both sides
 * price, whether anything changed, and each measure's change (the
 * recommended total's, then each platform's) with its tolerance. Returns
 * the changes (caller frees).
 */
static double *
sdiff_totals(struct sdiff *s)
{
	double *data;
	size_t i, nm;

	s->verdict_changed = !same_id(s->a.rec, s->b.rec);
	s->usd = s->b.rec_total - s->a.rec_total;
	s->has_fraction = s->a.rec_total != 0;
	s->fraction = s->has_fraction ? s->usd / s->a.rec_total : 0;
	s->pc = xcalloc(s->b.nplats + 1, sizeof(*s->pc));
	for (i = 0; i < s->b.nplats; i++) {
		const struct dplat *pa = side_plat(&s->a, s->b.plats[i].id);

		if (pa == NULL)
			continue;
		s->pc[s->npc].a = pa;
		s->pc[s->npc].b = &s->b.plats[i];
		s->pc[s->npc].measure = (int)s->npc + 1;
		s->pc[s->npc].changed = !near(pa->total, s->b.plats[i].total);
		s->npc++;
	}
	s->changed = s->verdict_changed || !near(s->a.rec_total, s->b.rec_total) ||
	    s->npc != s->a.nplats || s->npc != s->b.nplats;
	for (i = 0; i < s->npc; i++)
		s->changed = s->changed || s->pc[i].changed;
	nm = s->nmeasures = 1 + s->npc;
	s->tol = xcalloc(nm + 1, sizeof(*s->tol));
	data = xcalloc(nm + 1, sizeof(*data));
	data[0] = s->usd;
	s->tol[0] = 1e-9 * fmax(1, fmax(fabs(s->a.rec_total), fabs(s->b.rec_total)));
	for (i = 0; i < s->npc; i++) {
		data[i + 1] = s->pc[i].b->total - s->pc[i].a->total;
		s->tol[i + 1] = 1e-9 * fmax(1, fmax(fabs(s->pc[i].a->total),
		    fabs(s->pc[i].b->total)));
	}

	return data;
}

/*
 * What the images do not explain, as a residual cause: all of the change
 * when it was not split between the cells, else data less the attributed
 * part (f1 - f0) where that is above the tolerance.
 */
static void
sdiff_residual(struct sdiff *s, const double *data, const double *f0, const double *f1)
{
	size_t k, nm = s->nmeasures;
	double *res = xcalloc(nm + 1, sizeof(*res));
	bool any = false;

	for (k = 0; k < nm; k++) {
		res[k] = s->method == M_UNATTRIBUTED ? data[k] : data[k] - (f1[k] - f0[k]);
		any = any || fabs(res[k]) > s->tol[k];
	}
	if (any || s->method == M_UNATTRIBUTED) {
		add_cause(s, CT_RESIDUAL, -1, NULL)->eff = res;
		if (s->method == M_UNATTRIBUTED) {
			s->residual_why = xstrdup("the whole change, not split between the "
			    "cells");
			for (k = 0; k < s->ncauses; k++)
				if (s->causes[k].type == CT_ADDED ||
				    s->causes[k].type == CT_REMOVED) {
					free(s->causes[k].eff);
					s->causes[k].eff = NULL;
				}
		} else if (strcmp(s->a.version, s->b.version) != 0) {
			s->residual_why = xasprintf("not explained by the cells: the sites "
			    "were built by runsheet %s and %s, whose engines differ",
			    s->a.version, s->b.version);
		} else {
			s->residual_why = xstrdup("not explained by the cells: the model "
			    "images do not give the published totals");
		}
	} else {
		free(res);
	}
}

/*
 * Compare scenario s (both sides loaded): verdicts, platforms, causes.
 * Returns false after recording a problem of the sites (different
 * currencies, a malformed image).
 */
static bool
sdiff_run(struct sdiff *s, struct diags *d)
{
	struct lines la, lb;
	struct catalog *ca, *cb;
	int *a_of_b = NULL, *aonly = NULL, *cells = NULL, *measure = NULL;
	size_t naonly = 0, ncells = 0, i, k, nm;
	double *f0 = NULL, *f1 = NULL, *data = NULL;
	char *text;
	size_t len;
	bool ok = false;

	memset(&la, 0, sizeof(la));
	memset(&lb, 0, sizeof(lb));
	if (strcmp(s->a.currency, s->b.currency) != 0) {
		at(d, s->b.src, "/currency", "currency %s, but %s is in %s: runsheet diff "
		    "compares two sites in one currency", s->b.currency, s->a.src->path,
		    s->a.currency);
		return false;
	}
	data = sdiff_totals(s);
	nm = s->nmeasures;

	/* the two models, and the merged one */
	if (side_image(&s->a, d) == NULL || side_image(&s->b, d) == NULL)
		goto out;
	ca = s->a.cat;
	cb = s->b.cat;
	lines_split(&la, s->a.image, s->a.image_len);
	lines_split(&lb, s->b.image, s->b.image_len);
	if (la.p == NULL || lb.p == NULL || la.n < 2 + 2 * ca->ncells ||
	    lb.n < 2 + 2 * cb->ncells) {
		at(d, la.n < 2 + 2 * ca->ncells ? s->a.src : s->b.src, "/model_image",
		    "the model image has fewer lines than its cells need");
		goto out;
	}
	a_of_b = xcalloc(cb->ncells + 1, sizeof(*a_of_b));
	aonly = xcalloc(ca->ncells + 1, sizeof(*aonly));
	for (i = 0; i < cb->ncells; i++)
		a_of_b[i] = catalog_find(ca, cb->base[i]->name);
	for (i = 0; i < ca->ncells; i++)
		if (catalog_find(cb, ca->base[i]->name) < 0)
			aonly[naonly++] = (int)i;
	text = merged_image(&la, &lb, cb->ncells, a_of_b, aonly, naonly, false, &len);
	{
		struct diags scratch = {0};

		s->mn = image_read(text, len, &scratch);
		free(text);
		text = merged_image(&la, &lb, cb->ncells, a_of_b, aonly, naonly, true, &len);
		s->mo = image_read(text, len, &scratch);
		free(text);
		if (s->mn == NULL || s->mo == NULL) {
			at(d, s->b.src, "/model_image", "this model image and %s's cannot be "
			    "merged: %s", s->a.src->path, scratch.nlist ? scratch.list[0].msg :
			    "unknown");
			diags_free(&scratch);
			goto out;
		}
		diags_free(&scratch);
	}

	/* the causes: changed cells (in name order), then added and removed */
	cells = xcalloc(s->mn->ncells + 1, sizeof(*cells));
	for (i = 0; i < cb->ncells; i++)
		if (a_of_b[i] >= 0 && !spec_same(s->mo->def[i], s->mn->def[i]))
			cells[ncells++] = (int)i;
	sort_cat = s->mn;
	xqsort(cells, ncells, sizeof(*cells), cmp_cells);
	s->nchanged = ncells;
	for (i = 0; i < ncells; i++)
		add_cause(s, s->mn->def[cells[i]]->kind == CK_VALUE && s->mo->def[cells[i]]->kind ==
		    CK_VALUE ? CT_VALUE : CT_FORMULA, cells[i], s->mn->base[cells[i]]->name);
	measure = xcalloc(nm + 1, sizeof(*measure));
	measure[0] = catalog_find(s->mn, "decision.monthly_total");
	for (i = 0; i < s->npc; i++) {
		char *n = xasprintf("%s.total", s->pc[i].b->id);

		measure[i + 1] = catalog_find(s->mn, n);
		free(n);
	}
	f0 = xcalloc(nm + 1, sizeof(*f0));
	f1 = xcalloc(nm + 1, sizeof(*f1));
	for (k = 0; k < nm && measure[k] >= 0; k++)
		;
	if (k < nm) {
		s->method = M_UNATTRIBUTED;
		s->why = xasprintf("the model image has no cell %s", k == 0 ?
		    "decision.monthly_total" : "<platform>.total");
	} else if (!attribute(s, cells, ncells, measure, f0, f1)) {
		s->method = M_UNATTRIBUTED;
	}
	for (i = 0; i < cb->ncells; i++)
		if (a_of_b[i] < 0)
			add_cause(s, CT_ADDED, (int)i, s->mn->base[i]->name)->eff =
			    xcalloc(nm + 1, sizeof(double));
	for (i = 0; i < naonly; i++)
		add_cause(s, CT_REMOVED, (int)(cb->ncells + i),
		    s->mn->base[cb->ncells + i]->name)->eff = xcalloc(nm + 1, sizeof(double));
	sdiff_residual(s, data, f0, f1);
	sort_nmeasures = nm;
	xqsort(s->causes, s->ncauses, sizeof(*s->causes), cmp_causes);
	ok = true;
out:
	lines_free(&la);
	lines_free(&lb);
	free(a_of_b);
	free(aonly);
	free(cells);
	free(measure);
	free(f0);
	free(f1);
	free(data);
	return ok;
}

/* --- the whole comparison ------------------------------------------------ */

struct diffrun {
	const struct diff_opts *o;
	struct site old, new;
	struct sdiff *s;          /* scenarios in both, NEW's order */
	size_t ns;
	struct side *added;       /* scenarios only NEW has */
	size_t nadded;
	struct side *removed;     /* only OLD has */
	size_t nremoved;
	size_t nchanged, nflips, nover;
	bool gate;                /* --fail-above given */
};

/* Whether site s lists scenario id. */
static bool
site_has(const struct site *s, const char *id)
{
	size_t i;

	for (i = 0; i < s->nids; i++)
		if (strcmp(s->ids[i], id) == 0)
			return true;
	return false;
}

/* Whether scenario s goes over the --fail-above limits. */
static bool
over_limit(const struct diff_opts *o, const struct sdiff *s)
{
	if (o->have_fraction && (s->has_fraction ? fabs(s->fraction) > o->fraction :
	    fabs(s->usd) > s->tol[0]))
		return true;
	if (o->have_usd && fabs(s->usd) > o->usd)
		return true;
	return s->verdict_changed && !o->ignore_flips && (o->have_fraction || o->have_usd);
}

/* --- JSON ------------------------------------------------------------------ */

/* "change": {"usd", "fraction"}; the fraction is null from a total of 0. */
static void
json_change(struct jw *w, double usd, double before)
{
	jw_key(w, "change");
	jw_obj(w);
	jw_knum(w, "usd", usd);
	jw_key(w, "fraction");
	if (before != 0)
		jw_num(w, usd / before);
	else if (usd == 0)
		jw_num(w, 0);
	else
		jw_null(w);
	jw_obj_end(w);
}

/* A definition as JSON: its value, "=FORMULA", or null for none. */
static void
json_def(struct jw *w, const char *key, const struct cellspec *s)
{
	jw_key(w, key);
	if (s == NULL) {
		jw_null(w);
	} else if (s->kind == CK_FORMULA) {
		char *f = xasprintf("=%s", s->formula_text);

		jw_str(w, f);
		free(f);
	} else {
		jw_value(w, &s->value);
	}
}

/* "before" or "after": the recommended platform, its name and total. */
static void
json_side(struct jw *w, const char *key, const struct side *sd)
{
	jw_key(w, key);
	jw_obj(w);
	jw_key(w, "platform");
	if (sd->rec)
		jw_str(w, sd->rec);
	else
		jw_null(w);
	jw_kstr(w, "name", sd->rec_name);
	jw_knum(w, "total", sd->rec_total);
	jw_obj_end(w);
}

/* The platforms x compares and other does not, as a list under key. */
static void
json_plats(struct jw *w, const char *key, const struct side *x, const struct side *other)
{
	size_t i;

	jw_key(w, key);
	jw_arr(w);
	for (i = 0; i < x->nplats; i++) {
		if (side_plat(other, x->plats[i].id))
			continue;
		jw_obj(w);
		jw_kstr(w, "id", x->plats[i].id);
		jw_kstr(w, "name", x->plats[i].name);
		jw_knum(w, "total", x->plats[i].total);
		jw_obj_end(w);
	}
	jw_arr_end(w);
}

/* One element of "scenarios": the contract's names, then ours. */
static void
json_scenario(struct jw *w, const struct diffrun *r, const struct sdiff *s)
{
	size_t i, k;

	jw_obj(w);
	jw_kstr(w, "id", s->id);
	jw_kstr(w, "title", s->b.title);
	jw_kbool(w, "changed", s->changed);
	jw_kbool(w, "verdict_changed", s->verdict_changed);
	json_side(w, "before", &s->a);
	json_side(w, "after", &s->b);
	json_change(w, s->usd, s->a.rec_total);
	if (r->gate)
		jw_kbool(w, "exceeds_threshold", s->exceeds);
	jw_key(w, "platforms");
	jw_arr(w);
	for (i = 0; i < s->npc; i++) {
		if (!s->pc[i].changed)
			continue;
		jw_obj(w);
		jw_kstr(w, "id", s->pc[i].b->id);
		jw_kstr(w, "name", s->pc[i].b->name);
		jw_knum(w, "before", s->pc[i].a->total);
		jw_knum(w, "after", s->pc[i].b->total);
		json_change(w, s->pc[i].b->total - s->pc[i].a->total, s->pc[i].a->total);
		jw_obj_end(w);
	}
	jw_arr_end(w);
	json_plats(w, "platforms_added", &s->b, &s->a);
	json_plats(w, "platforms_removed", &s->a, &s->b);
	jw_kstr(w, "method", method_ids[s->method]);
	if (s->why)
		jw_kstr(w, "method_note", s->why);
	jw_key(w, "causes");
	jw_arr(w);
	for (i = 0; i < s->ncauses; i++) {
		const struct cause *c = &s->causes[i];
		const struct cellspec *before = NULL, *after = NULL, *any;

		jw_obj(w);
		jw_key(w, "cell");
		if (c->name)
			jw_str(w, c->name);
		else
			jw_null(w);
		jw_kstr(w, "type", ctype_ids[c->type]);
		if (c->cell >= 0) {
			if (c->type != CT_ADDED)
				before = s->mo->def[c->cell];
			if (c->type != CT_REMOVED)
				after = s->mn->def[c->cell];
			any = after ? after : before;
			if (any)
				jw_kstr(w, "layer", layer_names[any->layer]);
			if (s->mn->base[c->cell]->unit)
				jw_kstr(w, "unit", s->mn->base[c->cell]->unit);
			json_def(w, "before", before);
			json_def(w, "after", after);
		} else {
			jw_key(w, "before");
			jw_null(w);
			jw_key(w, "after");
			jw_null(w);
			jw_kstr(w, "note", s->residual_why);
		}
		jw_key(w, "effect_usd");
		if (c->eff)
			jw_num(w, c->eff[0]);
		else
			jw_null(w);
		jw_key(w, "effects");
		jw_arr(w);
		for (k = 0; c->eff && k < s->npc; k++) {
			if (fabs(c->eff[k + 1]) <= s->tol[k + 1])
				continue;
			jw_obj(w);
			jw_kstr(w, "platform", s->pc[k].b->id);
			jw_knum(w, "effect_usd", c->eff[k + 1]);
			jw_obj_end(w);
		}
		jw_arr_end(w);
		jw_obj_end(w);
	}
	jw_arr_end(w);
	jw_obj_end(w);
}

/* "added" or "removed": the scenarios only one site has. */
static void
json_lone(struct jw *w, const char *key, const struct side *list, size_t n,
    char *const *ids)
{
	size_t i;

	jw_key(w, key);
	jw_arr(w);
	for (i = 0; i < n; i++) {
		jw_obj(w);
		jw_kstr(w, "id", ids[i]);
		jw_kstr(w, "title", list[i].title);
		json_side(w, "recommendation", &list[i]);
		jw_obj_end(w);
	}
	jw_arr_end(w);
}

/* The whole comparison as one JSON object (--format json). */
static void
diff_json(struct buf *out, const struct diffrun *r, char **added_ids, char **removed_ids)
{
	const struct diff_opts *o = r->o;
	struct jw w;
	size_t i;

	jw_init(&w, out);
	jw_obj(&w);
	jw_kstr(&w, "old", o->old_dir);
	jw_kstr(&w, "new", o->new_dir);
	jw_knum(&w, "data_format", DATA_FORMAT);
	if (r->ns > 0)
		jw_kstr(&w, "currency", r->s[0].b.currency);
	jw_key(&w, "summary");
	jw_obj(&w);
	jw_knum(&w, "scenarios", (double)r->ns);
	jw_knum(&w, "changed", (double)r->nchanged);
	jw_knum(&w, "verdicts_changed", (double)r->nflips);
	jw_knum(&w, "added", (double)r->nadded);
	jw_knum(&w, "removed", (double)r->nremoved);
	jw_obj_end(&w);
	if (r->gate) {
		jw_key(&w, "threshold");
		jw_obj(&w);
		jw_key(&w, "fraction");
		if (o->have_fraction)
			jw_num(&w, o->fraction);
		else
			jw_null(&w);
		jw_key(&w, "usd");
		if (o->have_usd)
			jw_num(&w, o->usd);
		else
			jw_null(&w);
		jw_kbool(&w, "ignore_flips", o->ignore_flips);
		jw_kbool(&w, "exceeded", r->nover > 0);
		jw_key(&w, "scenarios");
		jw_arr(&w);
		for (i = 0; i < r->ns; i++)
			if (r->s[i].exceeds)
				jw_str(&w, r->s[i].id);
		jw_arr_end(&w);
		jw_obj_end(&w);
	}
	jw_key(&w, "scenarios");
	jw_arr(&w);
	for (i = 0; i < r->ns; i++)
		json_scenario(&w, r, &r->s[i]);
	jw_arr_end(&w);
	json_lone(&w, "added", r->added, r->nadded, added_ids);
	json_lone(&w, "removed", r->removed, r->nremoved, removed_ids);
	jw_obj_end(&w);
	buf_putc(out, '\n');
}

/* --- Markdown -------------------------------------------------------------- */

/* "+$1,234.56", "-$12.00", "$0.00": the sign of the amount as shown. */
static void
money_signed(struct buf *b, double v)
{
	if (xl_round(v, 2, XL_HALF) > 0)
		buf_putc(b, '+');
	fmt_money(b, v);
}

/* An amount as text, signed when sign is set; caller frees. */
static char *
money_text(double v, bool sign)
{
	struct buf b = {0};

	if (sign)
		money_signed(&b, v);
	else
		fmt_money(&b, v);
	return buf_detach(&b);
}

/* "+4.1%", or "n/a" from a total of 0. */
static char *
pct_text(double usd, double before)
{
	struct buf b = {0};

	if (before == 0) {
		buf_puts(&b, usd == 0 ? "0.0%" : "n/a");
	} else {
		if (xl_round(usd / before * 100, 1, XL_HALF) > 0)
			buf_putc(&b, '+');
		fmt_percent(&b, usd / before);
	}
	return buf_detach(&b);
}

/* Set key to an amount (template text). */
static void
tv_money(struct tval *t, const char *key, double v, bool sign)
{
	char *s = money_text(v, sign);

	tv_str(t, key, s);
	free(s);
}

/* Set key to a change as a signed percentage of before. */
static void
tv_pct(struct tval *t, const char *key, double usd, double before)
{
	char *s = pct_text(usd, before);

	tv_str(t, key, s);
	free(s);
}

/* A definition as the comment shows it: a value, or a formula cut short. */
static void
def_text(struct buf *b, const struct cellspec *s)
{
	if (s == NULL) {
		buf_puts(b, "(none)");
	} else if (s->kind == CK_FORMULA) {
		size_t n = strlen(s->formula_text);

		buf_putc(b, '=');
		if (n > MD_FORMULA_MAX) {
			size_t k = MD_FORMULA_MAX;

			while (k > 0 && ((unsigned char)s->formula_text[k] & 0xC0) == 0x80)
				k--; /* never cut a UTF-8 character */
			buf_put(b, s->formula_text, k);
			buf_puts(b, "...");
		} else {
			buf_puts(b, s->formula_text);
		}
	} else if (s->value.type == VT_NUM) {
		char t[64];

		num_shortest(t, sizeof(t), s->value.u.num);
		buf_puts(b, t);
	} else if (s->value.type == VT_STR) {
		buf_printf(b, "\"%s\"", s->value.u.str);
	} else if (s->value.type == VT_BOOL) {
		buf_puts(b, s->value.u.b ? "TRUE" : "FALSE");
	} else {
		buf_puts(b, verr_code(s->value.err));
	}
}

/* Set key to a definition as the comment shows it. */
static void
tv_def(struct tval *t, const char *key, const struct cellspec *s)
{
	struct buf b = {0};

	def_text(&b, s);
	tv_str(t, key, buf_str(&b));
	buf_free(&b);
}

/* "`a`, `b` and 3 more": names (valid cell names, safe in a code span). */
static void
names_text(struct buf *b, const char *const *names, size_t n)
{
	size_t i;

	for (i = 0; i < n && i < MD_NAMES_MAX; i++)
		buf_printf(b, "%s`%s`", i == 0 ? "" : i + 1 == n ? " and " : ", ", names[i]);
	if (n > MD_NAMES_MAX)
		buf_printf(b, " and %zu more", n - MD_NAMES_MAX);
}

/* Whether cause c moves no measure of s. */
static bool
cause_quiet(const struct sdiff *s, const struct cause *c)
{
	size_t k;

	if (c->eff == NULL)
		return false;
	for (k = 0; k < s->nmeasures; k++)
		if (fabs(c->eff[k]) > s->tol[k])
			return false;
	return true;
}

/*
 * The template values of a scenario's platforms: the rows whose totals
 * changed, with the largest cause of each, and those now (no longer)
 * compared.
 */
static void
md_platforms(struct tval *item, const struct sdiff *s)
{
	struct tval *l = tv_list(item, "platforms");
	struct buf now = {0}, gone = {0};
	size_t i, k, n = 0;

	for (i = 0; i < s->npc; i++) {
		const struct pcmp *p = &s->pc[i];
		struct tval *t;
		const struct cause *top = NULL;
		size_t nmoving = 0;
		bool rb, ra;

		if (!p->changed)
			continue;
		t = tv_item(l);
		n++;
		tv_str(t, "name", p->b->name);
		rb = same_id(s->a.rec, p->b->id);
		ra = same_id(s->b.rec, p->b->id);
		tv_str(t, "note", rb && ra ? " (recommended)" : ra ? " (recommended now)" : rb ?
		    " (recommended before)" : "");
		tv_money(t, "before", p->a->total, false);
		tv_money(t, "after", p->b->total, false);
		tv_money(t, "usd", p->b->total - p->a->total, true);
		tv_pct(t, "pct", p->b->total - p->a->total, p->a->total);
		for (k = 0; k < s->ncauses; k++) {
			const struct cause *c = &s->causes[k];

			if (c->eff == NULL || fabs(c->eff[p->measure]) <= s->tol[p->measure])
				continue;
			nmoving++;
			if (top == NULL || fabs(c->eff[p->measure]) > fabs(top->eff[p->measure]))
				top = c;
		}
		if (top) {
			struct buf b = {0};

			if (top->name)
				buf_printf(&b, "`%s` ", top->name);
			else
				buf_puts(&b, "residual ");
			money_signed(&b, top->eff[p->measure]);
			if (nmoving > 1)
				buf_printf(&b, " (of %zu causes)", nmoving);
			tv_str(t, "cause", buf_str(&b));
			buf_free(&b);
		} else {
			tv_str(t, "cause", "");
		}
	}
	tv_bool(item, "has_platforms", n > 0);
	for (i = 0; i < s->b.nplats; i++)
		if (!side_plat(&s->a, s->b.plats[i].id))
			buf_printf(&now, "%s%s", now.len ? ", " : "", s->b.plats[i].name);
	for (i = 0; i < s->a.nplats; i++)
		if (!side_plat(&s->b, s->a.plats[i].id))
			buf_printf(&gone, "%s%s", gone.len ? ", " : "", s->a.plats[i].name);
	tv_str(item, "now_compared", buf_str(&now));
	tv_str(item, "no_longer_compared", buf_str(&gone));
	buf_free(&now);
	buf_free(&gone);
}

/*
 * The template values of a scenario's causes: the rows of the table (the
 * causes that move a total), the cells that moved none, those only one
 * build has, and the method in a sentence.
 */
static void
md_causes(struct tval *item, const struct sdiff *s)
{
	struct tval *l = tv_list(item, "causes");
	const char **quiet = xcalloc(s->ncauses + 1, sizeof(*quiet));
	const char **added = xcalloc(s->ncauses + 1, sizeof(*added));
	const char **removed = xcalloc(s->ncauses + 1, sizeof(*removed));
	size_t nq = 0, na = 0, nr = 0, i, n = 0;
	int mb = -1, ma = -1;
	struct buf b = {0};

	/* with a flip, the effects on the two platforms' own totals too */
	for (i = 0; i < s->npc; i++) {
		if (same_id(s->a.rec, s->pc[i].b->id))
			mb = s->pc[i].measure;
		if (same_id(s->b.rec, s->pc[i].b->id))
			ma = s->pc[i].measure;
	}
	tv_bool(item, "flip_cols", s->verdict_changed && mb > 0 && ma > 0);
	for (i = 0; i < s->ncauses; i++) {
		const struct cause *c = &s->causes[i];
		struct tval *t;

		if (c->type == CT_ADDED) {
			added[na++] = c->name;
			continue;
		}
		if (c->type == CT_REMOVED) {
			removed[nr++] = c->name;
			continue;
		}
		if (c->type != CT_RESIDUAL && cause_quiet(s, c)) {
			quiet[nq++] = c->name;
			continue;
		}
		t = tv_item(l);
		n++;
		tv_bool(t, "residual", c->type == CT_RESIDUAL);
		tv_str(t, "cell", c->name ? c->name : "");
		tv_str(t, "label", s->residual_why ? s->residual_why : "");
		tv_str(t, "unit", c->cell >= 0 && s->mn->base[c->cell]->unit ?
		    s->mn->base[c->cell]->unit : "");
		tv_def(t, "before", c->type == CT_RESIDUAL ? NULL : s->mo->def[c->cell]);
		tv_def(t, "after", c->type == CT_RESIDUAL ? NULL : s->mn->def[c->cell]);
		if (c->type == CT_RESIDUAL) {
			tv_str(t, "before", "");
			tv_str(t, "after", "");
		}
		if (c->eff) {
			tv_money(t, "effect", c->eff[0], true);
			tv_money(t, "on_before", mb > 0 ? c->eff[mb] : 0, true);
			tv_money(t, "on_after", ma > 0 ? c->eff[ma] : 0, true);
		} else {
			tv_str(t, "effect", "?");
			tv_str(t, "on_before", "?");
			tv_str(t, "on_after", "?");
		}
	}
	tv_bool(item, "has_causes", n > 0);
	if (mb > 0)
		tv_money(item, "before_change", s->pc[mb - 1].b->total - s->pc[mb - 1].a->total,
		    true);
	else
		tv_str(item, "before_change", "");
	if (ma > 0)
		tv_money(item, "after_change", s->pc[ma - 1].b->total - s->pc[ma - 1].a->total,
		    true);
	else
		tv_str(item, "after_change", "");
	names_text(&b, quiet, nq);
	tv_str(item, "quiet_cells", buf_str(&b));
	b.len = 0;
	names_text(&b, added, na);
	tv_str(item, "added_cells", buf_str(&b));
	b.len = 0;
	names_text(&b, removed, nr);
	tv_str(item, "removed_cells", buf_str(&b));
	b.len = 0;
	switch (s->method) {
	case M_SHAPLEY:
		if (s->nchanged == 1)
			buf_puts(&b, "One cell changed, so its effect is the whole change.");
		else
			buf_printf(&b, "Each effect is the cell's Shapley value: its change to the "
			    "total averaged over every order of applying the %zu changes to the old "
			    "model, each order re-evaluated by runsheet's engine.", s->nchanged);
		break;
	case M_SEQUENTIAL:
		buf_printf(&b, "The %zu changes applied one at a time, in the order of the cells' "
		    "names, to the old model, each step re-evaluated by runsheet's engine: each "
		    "effect is what its step changed (over %d cells changed, too many for Shapley "
		    "values).", s->nchanged, SHAPLEY_MAX);
		break;
	case M_NONE:
		buf_puts(&b, "No cell's definition changed.");
		break;
	default:
		buf_printf(&b, "%c%s.", s->why[0] - 'a' + 'A', s->why + 1);
	}
	tv_str(item, "method", buf_str(&b));
	buf_free(&b);
	free(quiet);
	free(added);
	free(removed);
}

/* The template values of the scenarios only one site has. */
static void
md_lone(struct tval *root, const char *key, const struct side *list, size_t n,
    char *const *ids)
{
	struct tval *l = tv_list(root, key);
	size_t i;

	for (i = 0; i < n; i++) {
		struct tval *t = tv_item(l);

		tv_str(t, "id", ids[i]);
		tv_str(t, "title", list[i].title);
		tv_str(t, "rec_name", list[i].rec_name);
		tv_money(t, "total", list[i].rec_total, false);
	}
}

/*
 * The comparison as the pull-request comment: templates/diff.md rendered
 * against the values built here. Returns false (recorded) if the template
 * does not load or render.
 */
static bool
diff_markdown(struct buf *out, const struct diffrun *r, char **added_ids, char **removed_ids,
    struct diags *d)
{
	const struct diff_opts *o = r->o;
	char *path = xasprintf("%s/templates/diff.md", o->datadir);
	struct tmpl *t = tmpl_load(path, "templates/diff.md", d);
	struct tval *root = tv_map(), *l, *g, *q;
	struct buf b = {0};
	size_t i, nquiet = 0;
	bool ok = false;

	free(path);
	if (t == NULL)
		goto out;
	if (r->nchanged == 0 && r->nadded == 0 && r->nremoved == 0) {
		buf_puts(&b, "no change");
	} else {
		buf_printf(&b, "%zu of %zu scenario%s change%s; ", r->nchanged, r->ns,
		    r->ns == 1 ? "" : "s", r->nchanged == 1 ? "s" : "");
		if (r->nflips == 0)
			buf_puts(&b, "no verdict flips");
		else
			buf_printf(&b, "%zu verdict%s flip%s", r->nflips, r->nflips == 1 ? "" : "s",
			    r->nflips == 1 ? "s" : "");
		if (r->nadded)
			buf_printf(&b, "; %zu scenario%s added", r->nadded, r->nadded == 1 ? "" : "s");
		if (r->nremoved)
			buf_printf(&b, "; %zu scenario%s removed", r->nremoved,
			    r->nremoved == 1 ? "" : "s");
	}
	tv_str(root, "headline", buf_str(&b));
	tv_bool(root, "no_change", r->nchanged == 0 && r->nadded == 0 && r->nremoved == 0);
	tv_strf(root, "nscenarios", "%zu", r->ns);
	tv_bool(root, "one_scenario", r->ns == 1);
	/* the gate */
	tv_bool(root, "gate", r->gate);
	tv_bool(root, "over", r->nover > 0);
	b.len = 0;
	if (o->have_fraction)
		buf_printf(&b, "--fail-above %s", o->fraction_text);
	if (o->have_usd)
		buf_printf(&b, "%s--fail-above %s", b.len ? " " : "", o->usd_text);
	if (o->ignore_flips)
		buf_puts(&b, " --ignore-flips");
	tv_str(root, "limit", buf_str(&b));
	g = tv_list(root, "over_list");
	for (i = 0; i < r->ns; i++) {
		const struct sdiff *s = &r->s[i];
		struct tval *it;

		if (!s->exceeds)
			continue;
		it = tv_item(g);
		tv_str(it, "id", s->id);
		tv_str(it, "title", s->b.title);
		b.len = 0;
		money_signed(&b, s->usd);
		if (s->has_fraction) {
			char *p = pct_text(s->usd, s->a.rec_total);

			buf_printf(&b, " (%s)", p);
			free(p);
		}
		if (s->verdict_changed)
			buf_puts(&b, ", the verdict flips");
		tv_str(it, "why", buf_str(&b));
	}
	/* the table and the details: the scenarios that changed */
	l = tv_list(root, "changed");
	q = tv_list(root, "quiet");
	for (i = 0; i < r->ns; i++) {
		const struct sdiff *s = &r->s[i];
		struct tval *it;

		if (!s->changed) {
			size_t k, n = 0;

			for (k = 0; k < s->ncauses; k++)
				n += s->causes[k].type != CT_RESIDUAL;
			if (n > 0) {
				it = tv_item(q);
				tv_str(it, "id", s->id);
				tv_strf(it, "n", "%zu", n);
				tv_bool(it, "many", n > 1);
				nquiet++;
			}
			continue;
		}
		it = tv_item(l);
		tv_str(it, "id", s->id);
		tv_str(it, "title", s->b.title);
		tv_bool(it, "flip", s->verdict_changed);
		tv_bool(it, "moved", !near(s->a.rec_total, s->b.rec_total));
		tv_str(it, "before_name", s->a.rec_name);
		tv_str(it, "after_name", s->b.rec_name);
		tv_money(it, "before", s->a.rec_total, false);
		tv_money(it, "after", s->b.rec_total, false);
		tv_money(it, "usd", s->usd, true);
		tv_pct(it, "pct", s->usd, s->a.rec_total);
		md_platforms(it, s);
		md_causes(it, s);
	}
	/* the list of quiet scenarios ends without a comma */
	for (i = 0; i < q->n; i++)
		tv_bool(q->vals[i], "last", i + 1 == q->n);
	tv_bool(root, "has_changed", l->n > 0);
	tv_bool(root, "has_quiet", nquiet > 0);
	md_lone(root, "added", r->added, r->nadded, added_ids);
	md_lone(root, "removed", r->removed, r->nremoved, removed_ids);
	tv_bool(root, "has_added", r->nadded > 0);
	tv_bool(root, "has_removed", r->nremoved > 0);
	tv_str(root, "version", RUNSHEET_VERSION);
	ok = tmpl_render(t, root, out, d);
out:
	buf_free(&b);
	tv_free(root);
	tmpl_free(t);
	return ok;
}

/* --- entry points ------------------------------------------------------- */

/*
 * Parse a --fail-above limit into o: "10%" (a fraction of the recommended
 * total before) or "50" (an amount; a leading "$" is allowed). Returns
 * false if it is neither, or below 0.
 */
bool
diff_limit_parse(const char *arg, struct diff_opts *o)
{
	size_t n = strlen(arg);
	char *num;
	double v;
	bool ok;

	if (n > 0 && arg[n - 1] == '%') {
		num = xstrndup(arg, n - 1);
		ok = num_parse(num, &v) && v >= 0;
		free(num);
		if (ok) {
			o->have_fraction = true;
			o->fraction = v / 100;
			o->fraction_text = arg;
		}
		return ok;
	}
	ok = num_parse(arg[0] == '$' ? arg + 1 : arg, &v) && v >= 0;
	if (ok) {
		o->have_usd = true;
		o->usd = v;
		o->usd_text = arg;
	}
	return ok;
}

/*
 * Compare the sites o->old_dir and o->new_dir and append the comparison
 * to out (JSON or Markdown); *exceeded is set when a scenario goes over
 * the --fail-above limits. Returns false after recording every problem of
 * the sites, each at its place; out is then untouched.
 */
bool
diff_sites(const struct diff_opts *o, struct buf *out, bool *exceeded, struct diags *d)
{
	struct diffrun r;
	char **added_ids = NULL, **removed_ids = NULL;
	size_t i, errs = d->nerrors;
	bool ok = false, a_ok, b_ok;

	memset(&r, 0, sizeof(r));
	r.o = o;
	r.gate = o->have_fraction || o->have_usd;
	*exceeded = false;
	a_ok = site_read(&r.old, o->old_dir, d);
	b_ok = site_read(&r.new, o->new_dir, d);
	if (!a_ok || !b_ok)
		goto out;
	r.s = xcalloc(r.new.nids + 1, sizeof(*r.s));
	r.added = xcalloc(r.new.nids + 1, sizeof(*r.added));
	r.removed = xcalloc(r.old.nids + 1, sizeof(*r.removed));
	added_ids = xcalloc(r.new.nids + 1, sizeof(*added_ids));
	removed_ids = xcalloc(r.old.nids + 1, sizeof(*removed_ids));
	for (i = 0; i < r.new.nids; i++) {
		const char *id = r.new.ids[i];

		if (!site_has(&r.old, id)) {
			if (side_load(&r.added[r.nadded], o->new_dir, id, d))
				added_ids[r.nadded++] = r.new.ids[i];
			else
				side_free(&r.added[r.nadded]);
			continue;
		}
		r.s[r.ns].id = id;
		a_ok = side_load(&r.s[r.ns].a, o->old_dir, id, d);
		b_ok = side_load(&r.s[r.ns].b, o->new_dir, id, d);
		r.ns++;
		if (a_ok && b_ok)
			sdiff_run(&r.s[r.ns - 1], d); /* its problems are in d */
	}
	for (i = 0; i < r.old.nids; i++) {
		if (site_has(&r.new, r.old.ids[i]))
			continue;
		if (side_load(&r.removed[r.nremoved], o->old_dir, r.old.ids[i], d))
			removed_ids[r.nremoved++] = r.old.ids[i];
		else
			side_free(&r.removed[r.nremoved]);
	}
	if (d->nerrors > errs)
		goto out;
	for (i = 0; i < r.ns; i++) {
		struct sdiff *s = &r.s[i];

		r.nchanged += s->changed;
		r.nflips += s->verdict_changed;
		s->exceeds = r.gate && over_limit(o, s);
		r.nover += s->exceeds;
	}
	*exceeded = r.nover > 0;
	if (o->json) {
		diff_json(out, &r, added_ids, removed_ids);
		ok = true;
	} else {
		struct buf md = {0};

		ok = diff_markdown(&md, &r, added_ids, removed_ids, d);
		if (ok)
			buf_put(out, md.data ? md.data : "", md.len);
		buf_free(&md);
	}
out:
	for (i = 0; i < r.ns; i++)
		sdiff_free(&r.s[i]);
	for (i = 0; i < r.nadded; i++)
		side_free(&r.added[i]);
	for (i = 0; i < r.nremoved; i++)
		side_free(&r.removed[i]);
	free(r.s);
	free(r.added);
	free(r.removed);
	free(added_ids);
	free(removed_ids);
	site_free(&r.old);
	site_free(&r.new);
	return ok && d->nerrors == errs;
}
