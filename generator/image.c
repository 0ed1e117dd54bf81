/*
 * image.c -- a model image: one scenario's evaluated model data as text,
 * written by the native build and read by the engine in the page's
 * WebAssembly (wasm.c), so that the page recalculates with the same code.
 *
 * The image carries what the engine needs and nothing else: every cell's
 * definition as the scenario publishes it (its region's prices, the
 * scenario's own values and formulas) and, for the cells a reader may set,
 * the rules a --set must pass (type, allowed values, bounds); the
 * platforms with their component cells; the decision rules with the cells
 * they fire through. Formulas travel as text and are parsed and bound
 * again on the other side by the same parser. No JSON library is needed to
 * read it.
 *
 * Format: lines of tab-separated fields; in a field "\\" is a backslash,
 * "\t" a tab, "\n" a line end, "\l" a "<" (so the image can sit inside an
 * HTML script element), and "\0" alone is a missing text. Numbers are
 * written with 17 significant digits, which read back to the same double.
 *
 *   runsheet-image 1
 *   cells N
 *   c NAME UNIT KIND VTYPE FLAGS MIN MAX ENUM...     the first definition
 *   d LAYER KIND VTYPE ERR NUMBER TEXT FCOL          the published one
 *   p ID NAME PROVIDER FAMILY COMP*5 TOTAL ...       a platform
 *   r ID TITLE EFFECT WEIGHT REASON SOURCE QUOTE ... a decision rule (SOURCE as
 *                                                    cited: the seed's title)
 *   o CELL...                                         the evaluation order
 *   end
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runsheet.h"

#define IMAGE_VERSION 1

/* --- writing ------------------------------------------------------------- */

static void
put_text(struct buf *b, const char *s)
{
	if (s == NULL) {
		buf_puts(b, "\\0");
		return;
	}
	for (; *s; s++) {
		switch (*s) {
		case '\\':
			buf_puts(b, "\\\\");
			break;
		case '\t':
			buf_puts(b, "\\t");
			break;
		case '\n':
			buf_puts(b, "\\n");
			break;
		case '<':
			buf_puts(b, "\\l");
			break;
		default:
			buf_putc(b, *s);
		}
	}
}

static void
put_field(struct buf *b, const char *s)
{
	buf_putc(b, '\t');
	put_text(b, s);
}

static void
put_num(struct buf *b, double v)
{
	buf_printf(b, "\t%.17g", v);
}

static void
put_int(struct buf *b, long v)
{
	buf_printf(b, "\t%ld", v);
}

/*
 * Write the image of model m (built, not necessarily evaluated) to out.
 */
void
image_write(struct buf *out, const struct model *m)
{
	const struct catalog *cat = m->cat;
	struct buf cited = {0};
	size_t i, k;

	buf_printf(out, "runsheet-image\t%d\n", IMAGE_VERSION);
	buf_printf(out, "cells\t%zu\n", cat->ncells);
	for (i = 0; i < cat->ncells; i++) {
		const struct cellspec *b = cat->base[i], *d = m->def[i];

		buf_putc(out, 'c');
		put_field(out, b->name);
		put_field(out, b->unit);
		put_int(out, b->kind);
		put_int(out, b->kind == CK_VALUE ? b->value.type : VT__MAX);
		put_int(out, (b->has_min ? 1 : 0) | (b->has_max ? 2 : 0) | (b->integer ? 4 : 0));
		put_num(out, b->has_min ? b->min : 0);
		put_num(out, b->has_max ? b->max : 0);
		for (k = 0; k < b->nenumv; k++)
			put_field(out, b->enumv[k]);
		buf_puts(out, "\nd");
		put_int(out, d->layer);
		put_int(out, d->kind);
		if (d->kind == CK_FORMULA) {
			put_int(out, VT__MAX);
			put_int(out, 0);
			put_num(out, 0);
			put_field(out, d->formula_text);
			put_int(out, d->fcol_base);
		} else {
			put_int(out, d->value.type);
			put_int(out, d->value.type == VT_ERR ? d->value.err : 0);
			put_num(out, d->value.type == VT_NUM ? d->value.u.num :
			    d->value.type == VT_BOOL ? d->value.u.b : 0);
			put_field(out, d->value.type == VT_STR ? d->value.u.str : NULL);
			put_int(out, 0);
		}
		buf_putc(out, '\n');
	}
	for (i = 0; i < cat->nplatforms; i++) {
		const struct platform *p = &cat->platforms[i];

		buf_putc(out, 'p');
		put_field(out, p->id);
		put_field(out, p->name);
		put_field(out, p->provider);
		put_int(out, p->family);
		for (k = 0; k < COMP__MAX; k++)
			put_int(out, p->comp[k]);
		put_int(out, p->total);
		put_int(out, p->compared);
		put_int(out, p->excluded);
		put_int(out, p->score);
		put_int(out, p->adjust);
		put_int(out, p->cold_start);
		put_int(out, p->cold_over);
		put_int(out, p->scale_up);
		put_int(out, p->gpu);
		buf_putc(out, '\n');
	}
	for (i = 0; i < cat->nrules; i++) {
		const struct rule *r = &cat->rules[i];

		buf_putc(out, 'r');
		put_field(out, r->id);
		put_field(out, r->title);
		put_int(out, r->effect);
		put_num(out, r->weight);
		put_field(out, r->reason);
		/* the source as the reasons cite it (the page has no sources list) */
		cited.len = 0;
		source_cite(&cited, cat, r->source);
		put_field(out, buf_str(&cited));
		put_field(out, r->quote);
		put_int(out, r->cell);
		put_int(out, r->per_platform);
		buf_putc(out, '\t');
		for (k = 0; k < FAM__MAX; k++)
			buf_putc(out, r->family[k] ? '1' : '0');
		buf_putc(out, '\t');
		for (k = 0; k < cat->nplatforms; k++)
			buf_putc(out, r->platform[k] ? '1' : '0');
		for (k = 0; k < cat->nplatforms; k++)
			put_int(out, r->pcell ? r->pcell[k] : -1);
		buf_putc(out, '\n');
	}
	/* the order the cells evaluate in, so the reader need not work it out */
	buf_putc(out, 'o');
	for (i = 0; i < m->norder; i++)
		put_int(out, m->order[i]);
	buf_puts(out, "\nend\n");
	buf_free(&cited);
}

/* --- reading -------------------------------------------------------------- */

struct reader {
	char *p, *end;      /* the copy being read */
	char **fields;      /* the current line's fields, unescaped in place */
	size_t nf, fcap;
	int line;
	const char *err;
};

/* Split the next line into fields; false at the end of the text. */
static bool
next_line(struct reader *r)
{
	char *s = r->p, *w, *f;

	if (r->p >= r->end)
		return false;
	r->line++;
	r->nf = 0;
	f = w = s;
	for (;;) {
		char c = s < r->end ? *s : '\n';

		if (c == '\n' || c == '\t') {
			*w = '\0';
			GROW(r->fields, r->nf, r->fcap);
			r->fields[r->nf++] = f;
			s++;
			if (c == '\n')
				break;
			f = w = s;
			continue;
		}
		if (c == '\\' && s + 1 < r->end) {
			switch (s[1]) {
			case 't':
				*w++ = '\t';
				break;
			case 'n':
				*w++ = '\n';
				break;
			case 'l':
				*w++ = '<';
				break;
			case '0':
				*w++ = '\0'; /* a missing text: an empty field that starts with NUL */
				*w++ = '\1';
				break;
			default:
				*w++ = s[1];
			}
			s += 2;
			continue;
		}
		*w++ = c;
		s++;
	}
	r->p = s;
	return true;
}

/* Field i as text; NULL if missing or absent. */
static const char *
field(const struct reader *r, size_t i)
{
	if (i >= r->nf || (r->fields[i][0] == '\0' && r->fields[i][1] == '\1'))
		return NULL;
	return r->fields[i];
}

static char *
field_dup(const struct reader *r, size_t i)
{
	const char *s = field(r, i);

	return s ? xstrdup(s) : NULL;
}

static long
field_int(struct reader *r, size_t i)
{
	char *end;
	long v;

	if (i >= r->nf) {
		r->err = "a field is missing";
		return 0;
	}
	v = strtol(r->fields[i], &end, 10);
	if (*end != '\0')
		r->err = "a whole number was expected";
	return v;
}

static double
field_num(struct reader *r, size_t i)
{
	char *end;
	double v;

	if (i >= r->nf) {
		r->err = "a field is missing";
		return 0;
	}
	v = strtod(r->fields[i], &end);
	if (*end != '\0' || !isfinite(v))
		r->err = "a number was expected";
	return v;
}

static void
keep(struct catalog *cat, struct cellspec *s)
{
	GROW(cat->specs, cat->nspecs, cat->speccap);
	cat->specs[cat->nspecs++] = s;
}

/* Read a "c" line and its "d" line into cell i. */
static bool
read_cell(struct reader *r, struct catalog *cat, size_t i)
{
	struct cellspec *b = xcalloc(1, sizeof(*b)), *d;
	long flags, vt;
	size_t k;

	keep(cat, b);
	if (r->nf < 8 || strcmp(r->fields[0], "c") != 0) {
		r->err = "a cell line (c) was expected";
		return false;
	}
	b->name = field_dup(r, 1);
	b->unit = field_dup(r, 2);
	b->kind = (enum cell_kind)field_int(r, 3);
	vt = field_int(r, 4);
	flags = field_int(r, 5);
	b->has_min = flags & 1;
	b->has_max = (flags & 2) != 0;
	b->integer = (flags & 4) != 0;
	b->min = field_num(r, 6);
	b->max = field_num(r, 7);
	if (r->nf > 8) {
		b->enumv = xcalloc(r->nf - 8 + 1, sizeof(*b->enumv));
		for (k = 8; k < r->nf; k++)
			b->enumv[b->nenumv++] = field_dup(r, k);
	}
	if (b->name == NULL || (b->kind != CK_VALUE && b->kind != CK_FORMULA) || vt < 0 ||
	    vt > VT__MAX) {
		r->err = "a malformed cell";
		return false;
	}
	if (b->kind == CK_VALUE)
		b->value.type = (uint8_t)vt;
	b->layer = LAYER_ASSUMPTION;
	if (!next_line(r) || r->nf < 8 || strcmp(r->fields[0], "d") != 0) {
		r->err = "a definition line (d) was expected";
		return false;
	}
	d = xcalloc(1, sizeof(*d));
	keep(cat, d);
	d->name = xstrdup(b->name);
	d->unit = b->unit ? xstrdup(b->unit) : NULL;
	d->layer = (enum layer)field_int(r, 1);
	d->kind = (enum cell_kind)field_int(r, 2);
	if (d->kind == CK_FORMULA) {
		d->formula_text = field_dup(r, 6);
		d->fcol_base = (int)field_int(r, 7);
		if (d->formula_text == NULL) {
			r->err = "a formula without its text";
			return false;
		}
	} else {
		vt = field_int(r, 3);
		d->value.type = (uint8_t)vt;
		d->value.err = (uint8_t)field_int(r, 4);
		if (vt == VT_NUM)
			d->value.u.num = field_num(r, 5);
		else if (vt == VT_BOOL)
			d->value.u.b = field_num(r, 5) != 0;
		else if (vt == VT_STR) {
			d->strval = field_dup(r, 6);
			if (d->strval == NULL)
				d->strval = xstrdup("");
			d->value.u.str = d->strval;
		} else if (vt == VT_ERR) {
			d->missing = d->value.err == VE_NA;
		} else {
			r->err = "a value of an unknown type";
			return false;
		}
	}
	if (d->layer < 0 || d->layer >= LAYER__MAX) {
		r->err = "an unknown layer";
		return false;
	}
	cat->base[i] = b;
	cat->def[i] = d;
	idx_put(cat->idx, b->name, (int)i);
	return true;
}

static bool
index_ok(long v, size_t n, bool may_be_absent)
{
	return (may_be_absent && v == -1) || (v >= 0 && (size_t)v < n);
}

static bool
read_platform(struct reader *r, struct catalog *cat)
{
	struct platform *p;
	size_t k;
	long v;

	if (r->nf != 19) {
		r->err = "a platform line has 19 fields";
		return false;
	}
	cat->platforms = xreallocarray(cat->platforms, cat->nplatforms + 1,
	    sizeof(*cat->platforms));
	p = &cat->platforms[cat->nplatforms++];
	memset(p, 0, sizeof(*p));
	p->id = field_dup(r, 1);
	p->name = field_dup(r, 2);
	p->provider = field_dup(r, 3);
	p->family = (enum family)field_int(r, 4);
	p->order = (int)cat->nplatforms - 1;
	for (k = 0; k < COMP__MAX; k++)
		p->comp[k] = (int)field_int(r, 5 + k);
	p->total = (int)field_int(r, 10);
	p->compared = (int)field_int(r, 11);
	p->excluded = (int)field_int(r, 12);
	p->score = (int)field_int(r, 13);
	p->adjust = (int)field_int(r, 14);
	p->cold_start = (int)field_int(r, 15);
	p->cold_over = (int)field_int(r, 16);
	p->scale_up = (int)field_int(r, 17);
	p->gpu = (int)field_int(r, 18);
	if (p->id == NULL || p->name == NULL || p->provider == NULL || p->family < 0 ||
	    p->family >= FAM__MAX) {
		r->err = "a malformed platform";
		return false;
	}
	for (k = 0; k < COMP__MAX; k++)
		if (!index_ok(p->comp[k], cat->ncells, false))
			r->err = "a platform's component is not a cell";
	for (k = 10; k <= 18; k++) {
		v = field_int(r, k);
		if (!index_ok(v, cat->ncells, k >= 15))
			r->err = "a platform's cell is not a cell";
	}
	return r->err == NULL;
}

static bool
read_rule(struct reader *r, struct catalog *cat)
{
	struct rule *ru;
	const char *fam, *plat;
	size_t k, np = cat->nplatforms;

	if (r->nf != 12 + np) {
		r->err = "a rule line has 12 fields and one per platform";
		return false;
	}
	cat->rules = xreallocarray(cat->rules, cat->nrules + 1, sizeof(*cat->rules));
	ru = &cat->rules[cat->nrules++];
	memset(ru, 0, sizeof(*ru));
	ru->id = field_dup(r, 1);
	ru->title = field_dup(r, 2);
	ru->effect = (enum rule_effect)field_int(r, 3);
	ru->weight = field_num(r, 4);
	ru->reason = field_dup(r, 5);
	ru->source = field_dup(r, 6);
	ru->quote = field_dup(r, 7);
	ru->cell = (int)field_int(r, 8);
	ru->per_platform = field_int(r, 9) != 0;
	fam = field(r, 10);
	plat = field(r, 11);
	ru->platform = xcalloc(np + 1, sizeof(*ru->platform));
	ru->pcell = xcalloc(np + 1, sizeof(*ru->pcell));
	if (ru->id == NULL || ru->title == NULL || ru->reason == NULL || ru->source == NULL ||
	    ru->quote == NULL || ru->effect < 0 || ru->effect >= RE__MAX || fam == NULL ||
	    strlen(fam) != FAM__MAX || (plat ? strlen(plat) : 0) != np ||
	    !index_ok(ru->cell, cat->ncells, true)) {
		r->err = "a malformed rule";
		return false;
	}
	for (k = 0; k < FAM__MAX; k++)
		ru->family[k] = fam[k] == '1';
	for (k = 0; k < np; k++) {
		ru->platform[k] = plat[k] == '1';
		ru->pcell[k] = (int)field_int(r, 12 + k);
		if (!index_ok(ru->pcell[k], cat->ncells, true))
			r->err = "a rule's cell is not a cell";
	}
	return r->err == NULL;
}

/*
 * The evaluation order: every cell once, each after the cells it refers to
 * (checked here, so a wrong order cannot evaluate a cell too early).
 */
static bool
read_order(struct reader *r, struct catalog *cat, struct diags *d)
{
	unsigned char *placed;
	size_t i, k, nd;

	if (r->nf != cat->ncells + 1) {
		r->err = "the order lists every cell once";
		return false;
	}
	placed = xcalloc(cat->ncells + 1, 1);
	cat->order = xcalloc(cat->ncells + 1, sizeof(*cat->order));
	for (i = 0; i < cat->ncells && r->err == NULL; i++) {
		long c = field_int(r, i + 1);
		struct cellspec *s;
		const int *deps;

		if (!index_ok(c, cat->ncells, false) || placed[c]) {
			r->err = "the order lists every cell once";
			break;
		}
		s = (struct cellspec *)cat->def[c];
		if (!formula_compile_spec(s, cat, d)) {
			r->err = "a formula of the image does not compile";
			break;
		}
		deps = cellspec_deps(s, &nd);
		for (k = 0; k < nd; k++)
			if (!placed[deps[k]])
				r->err = "the order evaluates a cell before one it refers to";
		placed[c] = 1;
		cat->order[cat->norder++] = (int)c;
	}
	free(placed);
	return r->err == NULL;
}

/*
 * Read an image into a catalog the engine can build models from (with
 * model_new and a NULL scenario: the image's definitions are the
 * scenario's). Returns it (free with image_free), or NULL after recording
 * where the image is malformed.
 */
struct catalog *
image_read(const char *text, size_t len, struct diags *d)
{
	struct catalog *cat = xcalloc(1, sizeof(*cat));
	struct reader r;
	char *copy = xmalloc(len + 1);
	size_t i, n = 0;
	bool ok = false;

	memcpy(copy, text, len);
	copy[len] = '\0';
	memset(&r, 0, sizeof(r));
	r.p = copy;
	r.end = copy + len;
	cat->idx = idx_new();
	cat->region_cell = -1;
	cat->datadir = xstrdup("");
	if (!next_line(&r) || r.nf != 2 || strcmp(r.fields[0], "runsheet-image") != 0 ||
	    field_int(&r, 1) != IMAGE_VERSION) {
		r.err = "not a runsheet model image of this version";
		goto out;
	}
	if (!next_line(&r) || r.nf != 2 || strcmp(r.fields[0], "cells") != 0) {
		r.err = "the cell count was expected";
		goto out;
	}
	n = (size_t)field_int(&r, 1);
	if (r.err || n == 0 || n > MAX_CELLS) {
		r.err = "a cell count from 1 to MAX_CELLS was expected";
		goto out;
	}
	cat->def = xcalloc(n + 1, sizeof(*cat->def));
	cat->base = xcalloc(n + 1, sizeof(*cat->base));
	for (i = 0; i < n; i++) {
		if (!next_line(&r) || !read_cell(&r, cat, i) || r.err)
			goto out;
		cat->ncells = i + 1;
	}
	while (next_line(&r)) {
		if (r.nf == 1 && strcmp(r.fields[0], "end") == 0) {
			ok = true;
			break;
		}
		if (r.nf > 0 && strcmp(r.fields[0], "p") == 0) {
			if (cat->nrules > 0) {
				r.err = "platforms come before rules";
				goto out;
			}
			if (!read_platform(&r, cat))
				goto out;
		} else if (r.nf > 0 && strcmp(r.fields[0], "r") == 0) {
			if (!read_rule(&r, cat))
				goto out;
		} else if (r.nf > 0 && strcmp(r.fields[0], "o") == 0) {
			if (!read_order(&r, cat, d))
				goto out;
		} else {
			r.err = "an unknown line";
			goto out;
		}
	}
	if (!ok) {
		r.err = "the image ends before its end line";
		goto out;
	}
	/* bind the formulas and order the cells, as catalog_load does (the
	 * order line, when there is one, has done both) */
	for (i = 0; cat->order == NULL && i < cat->ncells; i++)
		if (!formula_compile_spec((struct cellspec *)cat->def[i], cat, d))
			ok = false;
	cat->cell_platform = xcalloc(cat->ncells + 1, sizeof(*cat->cell_platform));
	for (i = 0; i < cat->ncells; i++) {
		size_t k;

		cat->cell_platform[i] = -1;
		for (k = 0; k < cat->nplatforms; k++) {
			const char *id = cat->platforms[k].id;

			if (str_has_prefix(cat->base[i]->name, id) &&
			    cat->base[i]->name[strlen(id)] == '.') {
				cat->cell_platform[i] = (int)k;
				break;
			}
		}
	}
	if (ok && cat->order == NULL &&
	    !model_order(cat, cat->def, cat->ncells, &cat->order, &cat->norder, d))
		ok = false;
out:
	if (r.err)
		diag_add(d, DIAG_ERROR, "model image", r.line, 1, NULL, NULL, "%s", r.err);
	free(copy);
	free(r.fields);
	if (!ok || r.err) {
		image_free(cat);
		return NULL;
	}
	return cat;
}

void
image_free(struct catalog *cat)
{
	size_t i;

	if (cat == NULL)
		return;
	for (i = 0; i < cat->nspecs; i++)
		cellspec_free(cat->specs[i]);
	free(cat->specs);
	for (i = 0; i < cat->nplatforms; i++) {
		free(cat->platforms[i].id);
		free(cat->platforms[i].name);
		free(cat->platforms[i].provider);
	}
	free(cat->platforms);
	for (i = 0; i < cat->nrules; i++) {
		struct rule *r = &cat->rules[i];

		free(r->id);
		free(r->title);
		free(r->reason);
		free(r->source);
		free(r->quote);
		free(r->platform);
		free(r->pcell);
	}
	free(cat->rules);
	free(cat->def);
	free(cat->base);
	free(cat->order);
	free(cat->cell_platform);
	free(cat->datadir);
	idx_free(cat->idx);
	free(cat);
}
