/*
 * wasm/entry.c -- the engine's entry points in the page's WebAssembly
 * (build/runsheet.wasm; see assets/whatif.js).
 *
 * The page hands over a model image (image.c) once, then, for each what-if,
 * the --set overrides as "NAME=VALUE" lines and the cells it shows as
 * "NAME<tab>FORMAT" lines. The engine does what runsheet calc --set does
 * (model_new, model_eval, report_new: the same C) and answers with one JSON
 * object: the rows of the cost table, the verdict, its reasons, the bill's
 * warning, and each shown cell's full-precision value and the text the
 * report prints for it, formatted by the report's own functions. A bad
 * override is refused with the message runsheet gives on the command line.
 *
 * Only this file is WebAssembly-specific; it is not part of the program.
 */
#include <stdlib.h>
#include <string.h>

#include "runsheet.h"
#include "jsonw.h"

#define EXPORT(name) __attribute__((export_name(name)))

static struct catalog *cat;
static struct buf result;

EXPORT("rs_alloc") void *rs_alloc(size_t);
EXPORT("rs_free") void rs_free(void *);
EXPORT("rs_load") const char *rs_load(const char *, size_t);
EXPORT("rs_eval") const char *rs_eval(const char *, size_t, const char *, size_t);
EXPORT("rs_result_len") size_t rs_result_len(void);
EXPORT("rs_formula") const char *rs_formula(const char *, size_t, const char *, size_t);

void *
rs_alloc(size_t n)
{
	return malloc(n ? n : 1);
}

void
rs_free(void *p)
{
	free(p);
}

size_t
rs_result_len(void)
{
	return result.len;
}

/* Write the diagnostics of d as "errors": [{"set": NAME, "message": TEXT}]. */
static void
put_errors(struct jw *w, const struct diags *d, const struct setopt *sets, size_t nsets)
{
	struct buf b = {0};
	size_t i, k;

	jw_key(w, "errors");
	jw_arr(w);
	for (i = 0; i < d->nlist; i++) {
		const struct diag *g = &d->list[i];
		const char *set = "";

		if (g->level != DIAG_ERROR)
			continue;
		for (k = 0; g->file && k < nsets; k++) {
			char *where = xasprintf("--set %s=%s", sets[k].name, sets[k].value);

			if (strcmp(where, g->file) == 0)
				set = sets[k].name;
			free(where);
		}
		b.len = 0;
		diag_format(&b, g);
		jw_obj(w);
		jw_kstr(w, "set", set);
		jw_kstr(w, "message", buf_str(&b));
		jw_obj_end(w);
	}
	jw_arr_end(w);
	buf_free(&b);
}

/*
 * Load the model image. Answers {"ok": true} or {"ok": false, "errors":
 * [...]} (rs_result_len() bytes).
 */
const char *
rs_load(const char *text, size_t len)
{
	struct diags d = {0};
	struct jw w;

	image_free(cat);
	cat = image_read(text, len, &d);
	result.len = 0;
	jw_init(&w, &result);
	jw_obj(&w);
	jw_kbool(&w, "ok", cat != NULL);
	put_errors(&w, &d, NULL, 0);
	jw_obj_end(&w);
	buf_putc(&result, '\0');
	result.len--;
	diags_free(&d);
	return result.data;
}

/* The value of a shown name: a cell, or a row's annual total or cost per million. */
static bool
shown_value(const struct report *r, const char *name, struct value *v)
{
	const struct model *m = r->m;
	int c = catalog_find(m->cat, name);
	const char *dot = strrchr(name, '.');
	size_t i;

	if (c >= 0) {
		*v = m->values[c];
		return true;
	}
	if (dot == NULL)
		return false;
	for (i = 0; i < r->nrows; i++) {
		const struct prow *row = &r->rows[i];
		size_t n = strlen(row->p->id);

		if ((size_t)(dot - name) != n || strncmp(name, row->p->id, n) != 0)
			continue;
		memset(v, 0, sizeof(*v));
		v->type = VT_NUM;
		if (strcmp(dot + 1, "annual_total") == 0)
			v->u.num = row->annual;
		else if (strcmp(dot + 1, "per_million") == 0)
			v->u.num = row->per_million;
		else
			return false;
		return true;
	}
	return false;
}

/*
 * The text the report prints for a shown value: money ("$1,234.56"),
 * signed money ("+$17.53"), percent ("47.2%"), the bill's percent ("n/a"
 * over a component the bill does not have), the verdict (the platform's
 * name) and its family, or the value as text.
 */
static void
shown_text(struct buf *b, const struct report *r, const char *name, const char *fmt,
    const struct value *v)
{
	const struct model *m = r->m;
	double x = v->type == VT_NUM ? v->u.num : 0;

	if (v->type == VT_ERR) {
		buf_puts(b, verr_code(v->err));
	} else if (strcmp(fmt, "money") == 0) {
		fmt_money(b, x);
	} else if (strcmp(fmt, "signed_money") == 0) {
		if (x > 0)
			buf_putc(b, '+');
		fmt_money(b, x);
	} else if (strcmp(fmt, "percent") == 0) {
		fmt_percent(b, x);
	} else if (strcmp(fmt, "bill_percent") == 0) {
		/* bill.pct_<component>: n/a when the bill has none of it */
		const char *k = strncmp(name, "bill.pct_", 9) == 0 ? name + 9 : "";
		char *actual = strcmp(k, "total") == 0 ? xstrdup("bill.actual_total") :
		    xasprintf("actual.%s", k);
		int c = catalog_find(m->cat, actual);

		if (c >= 0 && model_num(m, c) == 0) {
			buf_puts(b, "n/a");
		} else {
			if (x > 0)
				buf_putc(b, '+');
			fmt_percent(b, x);
		}
		free(actual);
	} else if (strcmp(fmt, "near_tie") == 0) {
		buf_puts(b, r->tie_line ? r->tie_line : "");
	} else if (strcmp(fmt, "verdict") == 0 || strcmp(fmt, "family") == 0) {
		int pi = v->type == VT_STR ? catalog_platform(m->cat, v->u.str) : -1;

		if (fmt[0] == 'v')
			buf_puts(b, pi >= 0 ? m->cat->platforms[pi].name : "none");
		else
			buf_puts(b, pi >= 0 ? family_names[m->cat->platforms[pi].family] : "");
	} else if (v->type == VT_STR) {
		buf_puts(b, v->u.str);
	} else if (v->type == VT_BOOL) {
		buf_puts(b, v->u.b ? "TRUE" : "FALSE");
	} else {
		char t[64];

		num_shortest(t, sizeof(t), x);
		buf_puts(b, t);
	}
}

static void
put_report(struct jw *w, const struct report *r, const char *watch, size_t wlen)
{
	struct buf t = {0};
	const char *p = watch, *end = watch + wlen;
	size_t i, k;

	jw_key(w, "rec");
	if (r->rec >= 0)
		jw_str(w, r->rows[r->rec].p->id);
	else
		jw_null(w);
	jw_key(w, "rows");
	jw_arr(w);
	for (i = 0; i < r->nrows; i++) {
		const struct prow *row = &r->rows[i];

		jw_obj(w);
		jw_kstr(w, "id", row->p->id);
		jw_kstr(w, "name", row->p->name);
		jw_kstr(w, "family", row->p->family == FAM_SERVERLESS ? "serverless" : "kubernetes");
		jw_kbool(w, "excluded", row->excluded);
		jw_kstr(w, "excluded_why", row->excluded_why ? row->excluded_why : "");
		jw_kbool(w, "recommended", (int)i == r->rec);
		jw_kbool(w, "cheapest", (int)i == r->cheapest);
		jw_key(w, "comp");
		jw_arr(w);
		for (k = 0; k < COMP__MAX; k++)
			jw_num(w, row->comp[k]);
		jw_arr_end(w);
		jw_knum(w, "total", row->total);
		t.len = 0;
		fmt_money(&t, row->total);
		jw_kstr(w, "total_text", buf_str(&t));
		jw_obj_end(w);
	}
	jw_arr_end(w);
	jw_key(w, "reasons");
	jw_arr(w);
	for (i = 0; i < r->nreasons; i++)
		jw_str(w, r->reasons[i]);
	jw_arr_end(w);
	jw_key(w, "bill");
	if (r->bill.present) {
		jw_obj(w);
		jw_kstr(w, "sentence", r->bill.sentence);
		jw_kstr(w, "warning", r->bill.warning ? r->bill.warning : "");
		jw_obj_end(w);
	} else {
		jw_null(w);
	}
	/* the shown cells, "NAME\tFORMAT" a line */
	jw_key(w, "cells");
	jw_obj(w);
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p)), *tab;
		char *name, *fmt;
		struct value v;

		if (nl == NULL)
			nl = end;
		tab = memchr(p, '\t', (size_t)(nl - p));
		name = xasprintf("%.*s", (int)((tab ? tab : nl) - p), p);
		fmt = tab ? xasprintf("%.*s", (int)(nl - tab - 1), tab + 1) : xstrdup("");
		if (*name && shown_value(r, name, &v)) {
			char num[64] = "";

			if (v.type == VT_NUM)
				num_shortest(num, sizeof(num), v.u.num);
			t.len = 0;
			buf_printf(&t, "%s\t%s", name, fmt);
			jw_key(w, buf_str(&t));
			t.len = 0;
			shown_text(&t, r, name, fmt, &v);
			jw_arr(w);
			jw_str(w, v.type == VT_NUM ? num : v.type == VT_STR ? v.u.str :
			    v.type == VT_BOOL ? (v.u.b ? "TRUE" : "FALSE") : verr_code(v.err));
			jw_str(w, buf_str(&t));
			jw_arr_end(w);
		}
		free(name);
		free(fmt);
		p = nl + 1;
	}
	jw_obj_end(w);
	buf_free(&t);
}

/*
 * Evaluate the loaded image with the overrides in sets ("NAME=VALUE"
 * lines) and answer with the report as JSON (rs_result_len() bytes,
 * NUL-terminated): {"ok": true, ...} or {"ok": false, "errors": [...]}.
 */
const char *
rs_eval(const char *sets, size_t slen, const char *watch, size_t wlen)
{
	struct setopt *so = NULL;
	size_t nso = 0, i;
	const char *p = sets, *end = sets + slen;
	struct diags d = {0};
	struct model *m = NULL;
	struct report *r = NULL;
	struct jw w;

	result.len = 0;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p)), *eq;

		if (nl == NULL)
			nl = end;
		eq = memchr(p, '=', (size_t)(nl - p));
		if (eq && eq > p) {
			so = xreallocarray(so, nso + 1, sizeof(*so));
			so[nso].name = xasprintf("%.*s", (int)(eq - p), p);
			so[nso].value = xasprintf("%.*s", (int)(nl - eq - 1), eq + 1);
			nso++;
		}
		p = nl + 1;
	}
	jw_init(&w, &result);
	jw_obj(&w);
	if (cat == NULL) {
		diag_add(&d, DIAG_ERROR, "model image", 0, 0, NULL, NULL, "no model image loaded");
	} else {
		m = model_new(cat, NULL, so, nso, &d);
		if (m && model_eval(m, &d))
			r = report_new(m, &d);
	}
	jw_kbool(&w, "ok", r != NULL && d.nerrors == 0);
	put_errors(&w, &d, so, nso);
	if (r && d.nerrors == 0)
		put_report(&w, r, watch, wlen);
	jw_obj_end(&w);
	buf_putc(&result, '\0');
	result.len--;
	report_free(r);
	model_free(m);
	diags_free(&d);
	for (i = 0; i < nso; i++) {
		free(so[i].name);
		free(so[i].value);
	}
	free(so);
	return result.data;
}

/* A literal of a formula case's bindings: 4, "text", TRUE. */
static bool
case_literal(const char *s, struct value *v, char **owned)
{
	memset(v, 0, sizeof(*v));
	*owned = NULL;
	if (s[0] == '"') {
		struct buf b = {0};
		const char *p = s + 1;

		while (*p && *p != '"') {
			if (*p == '\\' && p[1])
				p++;
			buf_putc(&b, *p++);
		}
		if (*p != '"') {
			buf_free(&b);
			return false;
		}
		*owned = b.data ? buf_detach(&b) : xstrdup("");
		v->type = VT_STR;
		v->u.str = *owned;
		return true;
	}
	if (strcmp(s, "TRUE") == 0 || strcmp(s, "FALSE") == 0) {
		v->type = VT_BOOL;
		v->u.b = s[0] == 'T';
		return true;
	}
	v->type = VT_NUM;
	return num_parse(s, &v->u.num);
}

/*
 * Evaluate one formula of tests/formula/cases.txt with its bindings
 * ("name=literal" separated by ";") and answer with what it gives:
 * "error@COLUMN: message" if it does not parse, else the value as the
 * engine prints it, a tab and the error detail. The unit tests compare it
 * with the native engine's answer to the same case (tests/wasm.mjs).
 */
const char *
rs_formula(const char *expr, size_t elen, const char *bindings, size_t blen)
{
	char *e = xasprintf("%.*s", (int)elen, expr), *bs = xasprintf("%.*s", (int)blen, bindings);
	char *names[16], *owned[16], *save = NULL, *tok;
	struct value cells[16];
	size_t nb = 0, i;
	struct formula *f;
	int errpos;
	char *errmsg = NULL;

	result.len = 0;
	for (tok = strtok_r(bs, ";", &save); tok && nb < 16; tok = strtok_r(NULL, ";", &save)) {
		char *eq = strchr(tok, '='), *n, *v;

		if (eq == NULL)
			continue;
		*eq = '\0';
		n = tok;
		v = eq + 1;
		while (*n == ' ')
			n++;
		while (*v == ' ')
			v++;
		while (*n && n[strlen(n) - 1] == ' ')
			n[strlen(n) - 1] = '\0';
		while (*v && v[strlen(v) - 1] == ' ')
			v[strlen(v) - 1] = '\0';
		names[nb] = n;
		if (!case_literal(v, &cells[nb], &owned[nb])) {
			buf_printf(&result, "bad binding %s", n);
			goto out;
		}
		nb++;
	}
	f = formula_parse(e, &errpos, &errmsg);
	if (f == NULL) {
		buf_printf(&result, "error@%d: %s", errpos + 1, errmsg ? errmsg : "");
		free(errmsg);
		goto out;
	}
	for (i = 0; i < formula_nrefs(f); i++) {
		size_t k;

		for (k = 0; k < nb; k++)
			if (str_casecmp(names[k], formula_ref(f, i)) == 0)
				break;
		if (k == nb) {
			buf_printf(&result, "unbound %s", formula_ref(f, i));
			formula_free(f);
			goto out;
		}
		formula_bind(f, i, (int)k);
	}
	{
		struct evalctx ctx;
		struct value got;

		evalctx_init(&ctx);
		got = eval_formula(&ctx, f, cells);
		value_print(&result, &got);
		buf_printf(&result, "\t%s", got.type == VT_ERR ? ctx.detail : "");
		evalctx_free(&ctx);
	}
	formula_free(f);
out:
	for (i = 0; i < nb; i++)
		free(owned[i]);
	free(e);
	free(bs);
	buf_putc(&result, '\0');
	result.len--;
	return result.data;
}
