/*
 * dump.c -- every cell, as the debugging view and golden-test oracle.
 *
 * For each cell (sorted by name): its value, unit, the layer and place it
 * was defined (and what it overrides), its formula and the cells it uses,
 * and its range and source when it has them. The text form is for people
 * (its numbers written by their unit, as the report writes them); the JSON
 * form is for tools and tests, with every digit.
 */
#include <stdlib.h>
#include <string.h>

#include "runsheet.h"
#include "jsonw.h"
#include "cli.h"

struct named {
	const char *name; /* borrowed */
	int cell;
};

static int
cmp_named(const void *a, const void *b)
{
	return strcmp(((const struct named *)a)->name, ((const struct named *)b)->name);
}

/* Cell indices sorted by name; caller frees. */
static int *
sorted_cells(const struct model *m)
{
	struct named *v = xcalloc(m->ncells + 1, sizeof(*v));
	int *out = xcalloc(m->ncells + 1, sizeof(*out));
	size_t i;

	for (i = 0; i < m->ncells; i++) {
		v[i].name = m->cat->base[i]->name;
		v[i].cell = (int)i;
	}
	xqsort(v, m->ncells, sizeof(*v), cmp_named);
	for (i = 0; i < m->ncells; i++)
		out[i] = v[i].cell;
	free(v);
	return out;
}

/* "models/platforms/eks.json:12:5" for a definition; caller frees. */
static char *
place(const struct cellspec *s)
{
	int line = 0, col = 0;

	if (s->src == NULL)
		return xstrdup(s->jpath ? s->jpath : "command line");
	jsonpos_locate(s->src->text, s->src->len, s->jpath, -1, &line, &col);
	return xasprintf("%s:%d:%d", s->src->path, line, col);
}

static bool
selected(const char *name, char **filters, size_t nfilters)
{
	size_t i;

	if (nfilters == 0)
		return true;
	for (i = 0; i < nfilters; i++) {
		size_t n = strlen(filters[i]);

		if (n > 0 && filters[i][n - 1] == '*') {
			if (strncmp(name, filters[i], n - 1) == 0)
				return true;
		} else if (strcmp(name, filters[i]) == 0) {
			return true;
		}
	}
	return false;
}

static void
print_name(struct buf *b, const char *ref, int cell, void *arg)
{
	const struct model *m = arg;

	buf_puts(b, cell >= 0 ? m->def[cell]->name : ref);
}

/*
 * runsheet dump: every cell (or those matching the filters: exact names,
 * or prefixes ending in "*") as text.
 */
void
dump_text(struct buf *out, const struct model *m, char **filters, size_t nfilters)
{
	int *order = sorted_cells(m);
	size_t i, j, ndep;

	for (i = 0; i < m->ncells; i++) {
		int c = order[i];
		const struct cellspec *s = m->def[c], *b = m->cat->base[c];
		const int *deps;
		char *where;

		if (!selected(s->name, filters, nfilters))
			continue;
		buf_printf(out, "%s = ", b->name);
		/* a number written for people, by its unit (num.c); --format json
		 * keeps every digit */
		if (m->values[c].type == VT_NUM)
			fmt_number(out, m->values[c].u.num, b->unit);
		else
			value_print(out, &m->values[c]);
		if (b->unit)
			buf_printf(out, "  [%s]", b->unit);
		buf_putc(out, '\n');
		where = place(s);
		buf_printf(out, "  defined: %s layer, %s\n", layer_names[s->layer], where);
		free(where);
		if (s != b) {
			where = place(b);
			buf_printf(out, "  overrides: %s layer, %s\n", layer_names[b->layer],
			    where);
			free(where);
		}
		if (s->kind == CK_FORMULA && s->formula) {
			buf_puts(out, "  formula: =");
			formula_print(s->formula, out, print_name, (void *)m);
			buf_putc(out, '\n');
			deps = cellspec_deps(s, &ndep);
			buf_puts(out, "  uses:");
			for (j = 0; j < ndep; j++)
				buf_printf(out, "%s%s", j ? ", " : " ", m->def[deps[j]]->name);
			buf_putc(out, '\n');
		}
		if (s->ranged) {
			buf_puts(out, "  range: ");
			fmt_number(out, s->low, b->unit);
			buf_puts(out, " to ");
			fmt_number(out, s->high, b->unit);
			buf_printf(out, " (%s)\n", dist_names[s->dist]);
		}
		if (b->description)
			buf_printf(out, "  about: %s\n", b->description);
		if (!s->missing) {
			const char *url = cellspec_url(s, b);
			struct buf sb = {0};

			cellspec_source(&sb, s, b);
			if (sb.len) {
				buf_printf(out, "  source: %s", buf_str(&sb));
				if (url)
					buf_printf(out, " <%s>", url);
				buf_putc(out, '\n');
			}
			buf_free(&sb);
		}
		if (!s->missing && cell_unread(s, b))
			buf_puts(out, "  as of: not read from its source\n");
		else if (!s->missing && cellspec_as_of(s, b))
			buf_printf(out, "  as of: %s\n", cellspec_as_of(s, b));
		if (s->layer == LAYER_PRICING) {
			struct buf rb = {0};

			sheet_region_text(&rb, s);
			buf_printf(out, "  region: %s\n", buf_str(&rb));
			buf_free(&rb);
		}
	}
	free(order);
}

/* runsheet dump --format json: the same, as one JSON object. */
void
dump_json(struct buf *out, const struct model *m, char **filters, size_t nfilters)
{
	int *order = sorted_cells(m);
	struct jw w;
	size_t i, j, ndep;
	struct buf f = {0};

	jw_init(&w, out);
	jw_obj(&w);
	jw_kstr(&w, "scenario", m->scn ? m->scn->id : "defaults");
	jw_key(&w, "cells");
	jw_arr(&w);
	for (i = 0; i < m->ncells; i++) {
		int c = order[i];
		const struct cellspec *s = m->def[c], *b = m->cat->base[c];
		const int *deps;
		char *where;

		if (!selected(s->name, filters, nfilters))
			continue;
		jw_obj(&w);
		jw_kstr(&w, "name", b->name);
		jw_key(&w, "value");
		jw_value(&w, &m->values[c]);
		jw_kstr(&w, "type", vtype_name(m->values[c].type));
		if (b->unit)
			jw_kstr(&w, "unit", b->unit);
		jw_kstr(&w, "layer", layer_names[s->layer]);
		where = place(s);
		jw_kstr(&w, "defined", where);
		free(where);
		if (s != b) {
			where = place(b);
			jw_kstr(&w, "overrides", where);
			free(where);
		}
		if (s->kind == CK_FORMULA && s->formula) {
			f.len = 0;
			formula_print(s->formula, &f, print_name, (void *)m);
			jw_kstr(&w, "formula", buf_str(&f));
			deps = cellspec_deps(s, &ndep);
			jw_key(&w, "uses");
			jw_arr(&w);
			for (j = 0; j < ndep; j++)
				jw_str(&w, m->def[deps[j]]->name);
			jw_arr_end(&w);
		}
		if (s->ranged) {
			jw_knum(&w, "low", s->low);
			jw_knum(&w, "high", s->high);
			jw_kstr(&w, "dist", dist_names[s->dist]);
		}
		if (b->description)
			jw_kstr(&w, "description", b->description);
		if (!s->missing) {
			struct buf sb = {0};

			cellspec_source(&sb, s, b);
			if (sb.len)
				jw_kstr(&w, "source", buf_str(&sb));
			buf_free(&sb);
		}
		if (cellspec_url(s, b))
			jw_kstr(&w, "url", cellspec_url(s, b));
		if (!s->missing && cell_unread(s, b))
			jw_kbool(&w, "read", false);
		else if (!s->missing && cellspec_as_of(s, b))
			jw_kstr(&w, "as_of", cellspec_as_of(s, b));
		if (s->layer == LAYER_PRICING) {
			struct buf rb = {0};

			sheet_region_text(&rb, s);
			jw_kstr(&w, "region", buf_str(&rb));
			buf_free(&rb);
		}
		jw_obj_end(&w);
	}
	jw_arr_end(&w);
	jw_obj_end(&w);
	buf_free(&f);
	free(order);
}
