/*
 * unit.c -- the data-driven unit harness.
 *
 * Runs, from files under tests/:
 *   formula/cases.txt   expression => expected value or diagnostic
 *   names.txt           cell names and whether Excel accepts them
 *   numbers.txt         the number formatters
 *   expect/ (*.expect)  scenarios evaluated against hand calculations
 * and checks the analyses (break-even, Monte Carlo, sensitivity) on the
 * bundled scenarios,
 * and prints one TAP line per check ("ok N - ..." / "not ok N - ...");
 * tests/run.sh counts them. Run from the repository root.
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "runsheet.h"
#include "formula.h"
#include "num.h"
#include "tmpl.h"
#include "document.h"
#include "analysis.h"
#include "cli.h"
#include "kube.h"
#include "chart.h"

static int ntests, nfailed;

static void check(bool cond, const char *fmt, ...) PRINTF_LIKE(2, 3);

static void
check(bool cond, const char *fmt, ...)
{
	va_list ap;

	ntests++;
	if (!cond)
		nfailed++;
	printf("%s %d - ", cond ? "ok" : "not ok", ntests);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

static char *
trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' || e[-1] == '\r'))
		*--e = '\0';
	return s;
}

/* Parse a literal: number, "text" (with \" escapes), TRUE, FALSE. */
static bool
parse_literal(const char *s, struct value *v, char **owned)
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
		if (*p != '"')
			return false;
		*owned = buf_detach(&b);
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

static bool
close_enough(double a, double b, double rel)
{
	if (a == b)
		return true;
	return fabs(a - b) <= rel * fmax(fabs(a), fabs(b));
}

/* --- formula cases --------------------------------------------------- */

struct binding {
	char *name;
	struct value v;
	char *owned;
};

static FILE *formula_out; /* $UNIT_FORMULA_OUT: each case's answer, or NULL */

static void
run_formula_case(const char *file, int line, char *expr, char *expected, char *bindings)
{
	struct binding b[16];
	struct value cells[16];
	size_t nb = 0, i;
	struct formula *f;
	int errpos;
	char *errmsg = NULL;
	struct evalctx ctx;
	struct value got;
	struct buf shown = {0};
	bool ok = true, unbound = false;

	if (bindings) {
		char *save = NULL, *tok;

		for (tok = strtok_r(bindings, ";", &save); tok && nb < 16;
		    tok = strtok_r(NULL, ";", &save)) {
			char *eq = strchr(tok, '=');

			if (eq == NULL)
				continue;
			*eq = '\0';
			b[nb].name = trim(tok);
			if (!parse_literal(trim(eq + 1), &b[nb].v, &b[nb].owned)) {
				check(false, "%s:%d: bad binding %s", file, line, tok);
				return;
			}
			cells[nb] = b[nb].v;
			nb++;
		}
	}
	f = formula_parse(expr, &errpos, &errmsg);
	/* the engine's answer, for tests/wasm.mjs to compare the WebAssembly's with */
	if (formula_out) {
		if (f == NULL) {
			fprintf(formula_out, "%d\terror@%d: %s\n", line, errpos + 1,
			    errmsg ? errmsg : "");
		} else {
			char *msg2 = NULL;
			struct formula *g = formula_parse(expr, &errpos, &msg2);
			size_t k;
			bool bound = true;

			free(msg2);
			for (i = 0; g && i < formula_nrefs(g); i++) {
				for (k = 0; k < nb; k++)
					if (str_casecmp(b[k].name, formula_ref(g, i)) == 0)
						break;
				if (k == nb)
					bound = false;
				else
					formula_bind(g, i, (int)k);
			}
			if (g && bound) {
				struct evalctx c2;
				struct value v;

				evalctx_init(&c2);
				v = eval_formula(&c2, g, cells);
				value_print(&shown, &v);
				fprintf(formula_out, "%d\t%s\t%s\n", line, buf_str(&shown),
				    v.type == VT_ERR ? c2.detail : "");
				shown.len = 0;
				evalctx_free(&c2);
			}
			formula_free(g);
		}
	}
	if (strncmp(expected, "error@", 6) == 0) {
		int col = atoi(expected + 6);
		const char *msg = strchr(expected, ':');

		msg = msg ? trim((char *)msg + 1) : "";
		check(f == NULL && errpos + 1 == col && errmsg && strstr(errmsg, msg) != NULL,
		    "%s:%d: %s => error at column %d containing \"%s\" (got %s%d: %s)", file, line,
		    expr, col, msg, f ? "no error, " : "column ", f ? 0 : errpos + 1,
		    errmsg ? errmsg : "");
		free(errmsg);
		formula_free(f);
		goto out;
	}
	if (f == NULL) {
		check(false, "%s:%d: %s does not parse: column %d: %s", file, line, expr,
		    errpos + 1, errmsg);
		free(errmsg);
		goto out;
	}
	for (i = 0; i < formula_nrefs(f); i++) {
		size_t k;

		for (k = 0; k < nb; k++)
			if (str_casecmp(b[k].name, formula_ref(f, i)) == 0)
				break;
		if (k == nb) {
			unbound = true;
			break;
		}
		formula_bind(f, i, (int)k);
	}
	if (unbound) {
		check(false, "%s:%d: %s: unbound name %s", file, line, expr, formula_ref(f, i));
		formula_free(f);
		goto out;
	}
	evalctx_init(&ctx);
	got = eval_formula(&ctx, f, cells);
	value_print(&shown, &got);
	if (expected[0] == '#') {
		char *colon = strchr(expected, ':');
		const char *detail = colon ? trim(colon + 1) : NULL;

		if (colon)
			*colon = '\0';
		ok = got.type == VT_ERR && strcmp(verr_code(got.err), trim(expected)) == 0 &&
		    (detail == NULL || strstr(ctx.detail, detail) != NULL);
		check(ok, "%s:%d: %s => %s%s%s (got %s: %s)", file, line, expr, expected,
		    detail ? ": " : "", detail ? detail : "", buf_str(&shown), ctx.detail);
	} else {
		struct value want;
		char *owned;

		if (!parse_literal(expected, &want, &owned)) {
			check(false, "%s:%d: bad expected value %s", file, line, expected);
		} else {
			if (want.type == VT_NUM && got.type == VT_NUM)
				ok = close_enough(want.u.num, got.u.num, 1e-12);
			else
				ok = value_equal(&want, &got);
			check(ok, "%s:%d: %s => %s (got %s)", file, line, expr, expected,
			    buf_str(&shown));
			free(owned);
		}
	}
	evalctx_free(&ctx);
	formula_free(f);
out:
	for (i = 0; i < nb; i++)
		free(b[i].owned);
	buf_free(&shown);
}

static void
run_formula_cases(const char *path)
{
	FILE *fp = fopen(path, "r");
	char line[8192];
	int n = 0;

	if (fp == NULL) {
		check(false, "cannot open %s", path);
		return;
	}
	while (fgets(line, sizeof(line), fp)) {
		char *arrow, *expr, *rhs, *bar, *bindings = NULL, *flag;

		n++;
		if (line[0] == '#' || trim(line)[0] == '\0')
			continue;
		if ((arrow = strstr(line, " => ")) == NULL &&
		    strncmp(line, "=> ", 3) != 0 && strncmp(trim(line), "=>", 2) != 0) {
			check(false, "%s:%d: no \" => \"", path, n);
			continue;
		}
		if (arrow == NULL) {
			expr = (char *)"";
			rhs = strstr(line, "=>") + 2;
		} else {
			*arrow = '\0';
			expr = trim(line);
			rhs = arrow + 4;
		}
		if ((flag = strstr(rhs, " !lo")) != NULL)
			*flag = '\0';
		if ((bar = strstr(rhs, " | ")) != NULL) {
			*bar = '\0';
			bindings = bar + 3;
		}
		run_formula_case(path, n, expr, trim(rhs), bindings);
	}
	fclose(fp);
}

/* --- names ------------------------------------------------------------- */

static void
run_names(const char *path)
{
	FILE *fp = fopen(path, "r");
	char line[1024];
	int n = 0;

	if (fp == NULL) {
		check(false, "cannot open %s", path);
		return;
	}
	while (fgets(line, sizeof(line), fp)) {
		char *arrow, *name, *want, *why = NULL;
		bool valid;

		n++;
		if (line[0] == '#' || trim(line)[0] == '\0')
			continue;
		if ((arrow = strstr(line, " => ")) == NULL)
			continue;
		*arrow = '\0';
		name = trim(line);
		want = trim(arrow + 4);
		if (strcmp(name, "(empty)") == 0)
			name = (char *)"";
		valid = cell_name_valid(name, &why);
		if (strcmp(want, "ok") == 0)
			check(valid, "%s:%d: %s is a valid name (got: %s)", path, n, name,
			    why ? why : "valid");
		else
			check(!valid && why && strstr(why, trim(want + 6)) != NULL,
			    "%s:%d: %s rejected with \"%s\" (got: %s)", path, n, name,
			    trim(want + 6), why ? why : "accepted");
		free(why);
	}
	fclose(fp);
}

/* --- number formatting ------------------------------------------------ */

static void
run_numbers(const char *path)
{
	FILE *fp = fopen(path, "r");
	char line[1024];
	int n = 0;

	if (fp == NULL) {
		check(false, "cannot open %s", path);
		return;
	}
	while (fgets(line, sizeof(line), fp)) {
		char *arrow, *lhs, *want, *kind, *arg;
		struct buf got = {0};
		double v;

		n++;
		if (line[0] == '#' || trim(line)[0] == '\0')
			continue;
		if ((arrow = strstr(line, " => ")) == NULL)
			continue;
		*arrow = '\0';
		lhs = trim(line);
		want = trim(arrow + 4);
		kind = strtok(lhs, " ");
		if (kind != NULL && strcmp(kind, "amount") == 0) {
			/* "amount UNIT VALUE": the unit may hold spaces, the value none */
			char *rest = kind + strlen(kind) + 1, *sp = strrchr(rest, ' ');

			if (sp == NULL || !num_parse(sp + 1, &v)) {
				check(false, "%s:%d: bad case", path, n);
				continue;
			}
			*sp = '\0';
			arg = sp + 1;
			fmt_amount(&got, v, strcmp(rest, "-") == 0 ? NULL : rest);
			check(strcmp(buf_str(&got), want) == 0, "%s:%d: amount %s %s => %s (got %s)",
			    path, n, rest, arg, want, buf_str(&got));
			buf_free(&got);
			continue;
		}
		arg = strtok(NULL, " ");
		if (kind == NULL || arg == NULL || !num_parse(arg, &v)) {
			check(false, "%s:%d: bad case", path, n);
			continue;
		}
		if (strcmp(kind, "money") == 0) {
			fmt_money(&got, v);
		} else if (strcmp(kind, "shortest") == 0) {
			char tmp[64];

			num_shortest(tmp, sizeof(tmp), v);
			buf_puts(&got, tmp);
		} else if (strcmp(kind, "general") == 0) {
			num_general(&got, v);
		} else if (strcmp(kind, "percent") == 0) {
			fmt_percent(&got, v);
		} else if (strcmp(kind, "scale") == 0) {
			fmt_scale(&got, v);
		}
		check(strcmp(buf_str(&got), want) == 0, "%s:%d: %s %s => %s (got %s)", path, n,
		    kind, arg, want, buf_str(&got));
		buf_free(&got);
	}
	fclose(fp);
}

/* --- Kubernetes quantities and CronJob schedules (kube.c) ------------- */

/* Cases "TEXT => WANT" of a table; calls one(text, want, file, line). */
static void
run_table(const char *path, void (*one)(const char *, const char *, const char *, int))
{
	FILE *fp = fopen(path, "r");
	char line[1024];
	int n = 0;

	if (fp == NULL) {
		check(false, "cannot open %s", path);
		return;
	}
	while (fgets(line, sizeof(line), fp)) {
		char *arrow;

		n++;
		line[strcspn(line, "\n")] = '\0';
		if (line[0] == '#' || (arrow = strstr(line, " => ")) == NULL)
			continue;
		*arrow = '\0';
		one(line, arrow + 4, path, n);
	}
	fclose(fp);
}

static bool
close_to(double a, double b)
{
	return fabs(a - b) <= 1e-12 * fmax(1, fmax(fabs(a), fabs(b)));
}

static void
one_quantity(const char *text, const char *want, const char *path, int n)
{
	double got = 0;
	bool ok = kube_quantity(text, &got);

	if (strcmp(want, "error") == 0)
		check(!ok, "%s:%d: quantity \"%s\" is not a quantity (got %.17g)", path, n, text,
		    got);
	else
		check(ok && close_to(got, strtod(want, NULL)), "%s:%d: quantity \"%s\" => %s "
		    "(got %s %.17g)", path, n, text, want, ok ? "" : "an error,", got);
}

static void
one_cron(const char *text, const char *want, const char *path, int n)
{
	double got = kube_cron_runs_per_month(text);

	if (strcmp(want, "error") == 0) {
		check(got < 0, "%s:%d: schedule \"%s\" cannot be read (got %g)", path, n, text, got);
	} else {
		const char *slash = strchr(want, '/');
		double w = strtod(want, NULL) / (slash ? strtod(slash + 1, NULL) : 1);

		check(close_to(got, w), "%s:%d: schedule \"%s\" => %s = %.10g runs a month (got "
		    "%.10g)", path, n, text, want, w, got);
	}
}

/* --- JSON positions ----------------------------------------------------- */

static void
run_jsonpos(void)
{
	static const char text[] = "{\n  \"a\": 1,\n  \"workload\": {\n    \"vcpu\": \"four\",\n"
	    "    \"x.y\": [10, 20]\n  },\n  \"f\": \"=1+\\\"q\\\"+zz\"\n}\n";
	static const struct {
		const char *ptr;
		int fcol, line, col;
	} cases[] = {
		{"/a", -1, 2, 8},
		{"/workload/vcpu", -1, 4, 13},
		{"/workload.vcpu", -1, 4, 13},
		{"/workload/x.y/1", -1, 5, 17},
		{"/f", 7, 7, 18},
		{"/nope", -1, 0, 0},
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		int line, col;

		jsonpos_locate(text, sizeof(text) - 1, cases[i].ptr, cases[i].fcol, &line, &col);
		check(line == cases[i].line && col == cases[i].col,
		    "jsonpos %s (formula offset %d) at %d:%d (got %d:%d)", cases[i].ptr,
		    cases[i].fcol, cases[i].line, cases[i].col, line, col);
	}
}

/* --- templates and escaping ----------------------------------------------- */

static void
run_templates(void)
{
	static const struct {
		const char *tmpl;   /* template text */
		int esc;            /* default context */
		const char *want;   /* output, or "error: ..." */
	} cases[] = {
		{"a {{x}} b", ESC_TEXT, "a &lt;b class=&quot;x&quot;&gt;&amp;&#39;&lt;/b&gt; b"},
		{"{{text:x}}", ESC_MD, "&lt;b class=&quot;x&quot;&gt;&amp;&#39;&lt;/b&gt;"},
		{"{{attr:x}}", ESC_MD, "&lt;b class=&quot;x&quot;&gt;&amp;&#39;&lt;/b&gt;"},
		{"{{html:x}}", ESC_TEXT, "<b class=\"x\">&'</b>"},
		{"{{url:js}}", ESC_TEXT, "#"},
		{"{{url:js2}}", ESC_TEXT, "#"},
		{"{{url:link}}", ESC_TEXT, "https://example.com/a%20b?q=1&amp;r=2"},
		{"{{url:rel}}", ESC_TEXT, "scenarios/x/report.html"},
		{"{{md:m}}", ESC_MD, "\\*bold\\* \\[x\\](y) \\<script\\> a\\|b snake_case \\_x\\_"},
		{"{{mdcell:lead}}", ESC_MD, "\\# not a heading"},
		{"{{m}}", ESC_MD, "\\*bold\\* \\[x\\](y) \\<script\\> a\\|b snake_case \\_x\\_"},
		{"<p>{{plain:x}}</p>", ESC_TEXT,
		    "error: t:1:4: \"plain:\" would insert text without HTML escaping"},
		{"{{mdblock:x}}", ESC_TEXT,
		    "error: t:1:1: \"mdblock:\" would insert text without HTML escaping"},
		{"{{md:x}}", ESC_TEXT, "error: t:1:1: \"md:\" would insert text without HTML escaping"},
		{"{{#l}}[{{.}}]{{/l}}", ESC_TEXT, "[a][&lt;b&gt;]"},
		{"{{#flag}}yes{{/flag}}{{^flag}}no{{/flag}}", ESC_TEXT, "yes"},
		{"{{#off}}yes{{/off}}{{^off}}no{{/off}}", ESC_TEXT, "no"},
		{"{{#rows}}{{name}}={{v}};{{/rows}}", ESC_TEXT, "r1=1;r2=2;"},
		{"{{sub.k}}", ESC_TEXT, "deep"},
		{"| a |\n{{#l}}\n| {{.}} |\n{{/l}}\n| end |\n", ESC_TEXT,
		    "| a |\n| a |\n| &lt;b&gt; |\n| end |\n"},
		{"{{! a comment }}x", ESC_TEXT, "x"},
		{"x\n{{nosuch}}", ESC_TEXT, "error: t:2:1: unknown template variable \"nosuch\""},
		{"{{#l}}", ESC_TEXT, "error: t:1:1: \"{{#l}}\" is never closed"},
		{"{{#l}}{{/m}}", ESC_TEXT, "error: t:1:7: \"{{/m}}\" closes \"{{#l}}\""},
		{"{{bogus:x}}", ESC_TEXT, "error: t:1:1: unknown escaping context \"bogus\""},
		{"{{l}}", ESC_TEXT, "error: t:1:1: \"l\" is a list, not text"},
		{"a {{x", ESC_TEXT, "error: t:1:3: \"{{\" without a closing \"}}\""},
	};
	struct tval *v = tv_map(), *l, *it;
	size_t i;

	tv_str(v, "x", "<b class=\"x\">&'</b>");
	tv_str(v, "js", "javascript:alert(1)");
	tv_str(v, "js2", " JavaScript:alert(1)");
	tv_str(v, "link", "https://example.com/a b?q=1&r=2");
	tv_str(v, "rel", "scenarios/x/report.html");
	tv_str(v, "m", "*bold* [x](y) <script> a|b snake_case _x_");
	tv_str(v, "lead", "# not a heading");
	tv_bool(v, "flag", true);
	tv_bool(v, "off", false);
	l = tv_list(v, "l");
	tv_item_str(l, "a");
	tv_item_str(l, "<b>");
	l = tv_list(v, "rows");
	it = tv_item(l);
	tv_str(it, "name", "r1");
	tv_str(it, "v", "1");
	it = tv_item(l);
	tv_str(it, "name", "r2");
	tv_str(it, "v", "2");
	tv_str(tv_submap(v, "sub"), "k", "deep");
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct diags d = {0};
		struct tmpl *t = tmpl_parse(cases[i].tmpl, "t", (enum esc)cases[i].esc, &d);
		struct buf out = {0};
		bool ok = t && tmpl_render(t, v, &out, &d);
		struct buf got = {0};

		if (ok)
			buf_puts(&got, buf_str(&out));
		else if (d.nlist)
			buf_printf(&got, "error: %s:%d:%d: %s", d.list[0].file, d.list[0].line,
			    d.list[0].col, d.list[0].msg);
		if (str_has_prefix(cases[i].want, "error: "))
			check(!ok && strncmp(buf_str(&got), cases[i].want, strlen(cases[i].want)) == 0,
			    "template %zu: %s => %s (got %s)", i, cases[i].tmpl, cases[i].want,
			    buf_str(&got));
		else
			check(ok && strcmp(buf_str(&got), cases[i].want) == 0,
			    "template %zu => %s (got %s)", i, cases[i].want, buf_str(&got));
		buf_free(&out);
		buf_free(&got);
		tmpl_free(t);
		diags_free(&d);
	}
	tv_free(v);
	/* CSV text that a spreadsheet would run as a formula is neutralised */
	{
		static const char *const in[] = {"=1+2", "+cmd", "-2", "@SUM(A1)", "\tx", "\rx",
			"plain", "a,b", "say \"hi\""};
		static const char *const want[] = {"'=1+2", "'+cmd", "'-2", "'@SUM(A1)", "'\tx",
			"\"'\rx\"", "plain", "\"a,b\"", "\"say \"\"hi\"\"\""};

		for (i = 0; i < sizeof(in) / sizeof(in[0]); i++) {
			struct buf b = {0};

			csv_text(&b, in[i]);
			check(strcmp(buf_str(&b), want[i]) == 0, "csv_text(%s) => %s (got %s)", in[i],
			    want[i], buf_str(&b));
			buf_free(&b);
		}
	}
}

/* --- model expectations ---------------------------------------------------- */

struct expect {
	struct catalog *cat;
	struct scenario *sc;
	struct setopt sets[32];
	size_t nsets;
	const char *file;
};

static struct model *
expect_model(struct expect *e, struct diags *d)
{
	struct model *m = model_new(e->cat, e->sc, e->sets, e->nsets, d);

	if (m && !model_eval(m, d)) {
		model_free(m);
		return NULL;
	}
	return m;
}

static void
print_diags(const struct diags *d)
{
	size_t i;

	for (i = 0; i < d->nlist; i++)
		printf("# %s: %s\n", d->list[i].file ? d->list[i].file : "", d->list[i].msg);
}

/* "only NAME=VALUE": setting NAME changes nothing but what depends on it. */
static void
expect_only(struct expect *e, int line, char *arg)
{
	struct diags d = {0};
	struct model *base, *changed;
	char *eq = strchr(arg, '=');
	int cell, *deps;
	size_t ndeps, i, nchanged = 0, outside = 0;
	unsigned char *isdep;

	if (eq == NULL) {
		check(false, "%s:%d: only NAME=VALUE", e->file, line);
		return;
	}
	base = expect_model(e, &d);
	e->sets[e->nsets].name = xstrndup(arg, (size_t)(eq - arg));
	e->sets[e->nsets].value = xstrdup(eq + 1);
	e->nsets++;
	changed = expect_model(e, &d);
	e->nsets--;
	cell = catalog_find(e->cat, e->sets[e->nsets].name);
	if (!base || !changed || cell < 0) {
		print_diags(&d);
		check(false, "%s:%d: only %s: model failed", e->file, line, arg);
		goto out;
	}
	ndeps = model_dependents(changed, &cell, 1, &deps);
	isdep = xcalloc(changed->ncells + 1, 1);
	for (i = 0; i < ndeps; i++)
		isdep[deps[i]] = 1;
	isdep[cell] = 1;
	for (i = 0; i < changed->ncells; i++) {
		if (value_equal(&base->values[i], &changed->values[i]))
			continue;
		nchanged++;
		if (!isdep[i]) {
			outside++;
			printf("# %s changed but does not depend on %s\n", changed->def[i]->name,
			    e->sets[e->nsets].name);
		}
	}
	check(nchanged > 1 && outside == 0,
	    "%s:%d: setting %s changes %zu cells, all of them its dependents", e->file, line,
	    arg, nchanged);
	free(isdep);
	free(deps);
out:
	free(e->sets[e->nsets].name);
	free(e->sets[e->nsets].value);
	model_free(base);
	model_free(changed);
	diags_free(&d);
}

static void
expect_value(struct expect *e, int line, char *text)
{
	struct diags d = {0};
	struct model *m;
	char *op = strpbrk(text, "=~"), *name, *rhs, *tolp, *in = strstr(text, " in ");
	double tol = 1e-9;
	struct value want;
	char *owned = NULL;
	int cell;
	struct buf shown = {0};

	if (in != NULL && (op == NULL || in < op)) {
		/* NAME in LOW..HIGH */
		char *nm = xstrndup(text, (size_t)(in - text)), *dots = strstr(in + 4, "..");
		double lo = atof(in + 4), hi = dots ? atof(dots + 2) : 0;
		int c = catalog_find(e->cat, trim(nm));

		m = expect_model(e, &d);
		if (m == NULL || c < 0 || dots == NULL) {
			print_diags(&d);
			check(false, "%s:%d: %s: %s", e->file, line, trim(nm),
			    c < 0 ? "no such cell" : "bad range or model");
		} else {
			double v = model_num(m, c);

			check(m->values[c].type == VT_NUM && v >= lo && v <= hi,
			    "%s:%d: %s %s in %g..%g (got %.10g)", e->file, line,
			    e->sc ? e->sc->id : "defaults", trim(nm), lo, hi, v);
		}
		free(nm);
		model_free(m);
		diags_free(&d);
		return;
	}
	if (op == NULL) {
		check(false, "%s:%d: expected NAME = VALUE or NAME ~ VALUE TOL%%", e->file, line);
		return;
	}
	name = xstrndup(text, (size_t)(op - text));
	rhs = trim(op + 1);
	if (*op == '~' && (tolp = strrchr(rhs, ' ')) != NULL) {
		*tolp = '\0';
		tol = atof(tolp + 1) / 100;
	}
	{
		char *t = trim(name);

		memmove(name, t, strlen(t) + 1);
	}
	m = expect_model(e, &d);
	cell = catalog_find(e->cat, name);
	if (m == NULL || cell < 0 || !parse_literal(rhs, &want, &owned)) {
		print_diags(&d);
		check(false, "%s:%d: %s: %s", e->file, line, name,
		    cell < 0 ? "no such cell" : m == NULL ? "model failed" : "bad value");
	} else {
		bool ok;

		value_print(&shown, &m->values[cell]);
		if (want.type == VT_NUM && m->values[cell].type == VT_NUM)
			ok = close_enough(want.u.num, m->values[cell].u.num, tol);
		else
			ok = value_equal(&want, &m->values[cell]);
		check(ok, "%s:%d: %s%s%s%s = %s (got %s)", e->file, line,
		    e->sc ? e->sc->id : "defaults", e->nsets ? " with " : "",
		    e->nsets ? e->sets[e->nsets - 1].name : "", "", rhs, buf_str(&shown));
		if (!ok)
			printf("#   cell %s\n", name);
	}
	free(owned);
	free(name);
	buf_free(&shown);
	model_free(m);
	diags_free(&d);
}

static void
expect_reset(struct expect *e)
{
	size_t i;

	for (i = 0; i < e->nsets; i++) {
		free(e->sets[i].name);
		free(e->sets[i].value);
	}
	e->nsets = 0;
}

static void
run_expect(struct catalog *cat, const char *path)
{
	FILE *fp = fopen(path, "r");
	struct expect e = {.cat = cat, .file = path};
	char line[4096];
	int n = 0;

	if (fp == NULL) {
		check(false, "cannot open %s", path);
		return;
	}
	while (fgets(line, sizeof(line), fp)) {
		char *t;

		n++;
		t = trim(line);
		if (t[0] == '#' || t[0] == '\0')
			continue;
		if (strncmp(t, "scenario ", 9) == 0) {
			struct diags d = {0};
			char *p = xasprintf("scenarios/%s.json", trim(t + 9));

			scenario_free(e.sc);
			expect_reset(&e);
			e.sc = scenario_load(p, cat, &d);
			if (e.sc == NULL || d.nerrors) {
				print_diags(&d);
				check(false, "%s:%d: scenario %s loads", path, n, p);
			}
			free(p);
			diags_free(&d);
		} else if (strncmp(t, "set ", 4) == 0) {
			char *eq = strchr(t + 4, '=');

			if (eq == NULL || e.nsets >= 31) {
				check(false, "%s:%d: set NAME=VALUE", path, n);
				continue;
			}
			e.sets[e.nsets].name = xstrndup(t + 4, (size_t)(eq - t - 4));
			e.sets[e.nsets].value = xstrdup(eq + 1);
			e.nsets++;
		} else if (strcmp(t, "reset") == 0) {
			expect_reset(&e);
		} else if (strncmp(t, "only ", 5) == 0) {
			expect_only(&e, n, trim(t + 5));
		} else {
			expect_value(&e, n, t);
		}
	}
	expect_reset(&e);
	scenario_free(e.sc);
	fclose(fp);
}

/* --- the model image (image.c): what the page's engine reads --------- */

/* Whether two evaluated values are the same: type, bits, text, error. */
static bool
same_value(const struct value *a, const struct value *b)
{
	if (a->type != b->type)
		return false;
	switch (a->type) {
	case VT_NUM:
		return memcmp(&a->u.num, &b->u.num, sizeof(double)) == 0;
	case VT_BOOL:
		return a->u.b == b->u.b;
	case VT_STR:
		return strcmp(a->u.str, b->u.str) == 0;
	case VT_ERR:
		return a->err == b->err;
	default:
		return true;
	}
}

/*
 * Every bundled scenario, written as an image and read back, evaluates to
 * the same value in every cell, bit for bit, and reports the same verdict
 * and reasons, as published and with --set overrides (some refused, with
 * the same message).
 */
static void
run_image(struct catalog *cat)
{
	static const char *const sets[][2] = {
		{"team.engineers", "12"}, {"workload.vcpu", "6"}, {"team.k8s_expertise", "strong"},
		{"workload.scale", "3"}, {"workload.min_instances", "=workload.services*2"},
	};
	static const char *const bad[][2] = {
		{"team.engineers", "0"}, {"team.k8s_expertise", "expert"}, {"workload.vcpu", "six"},
		{"workload.nope", "1"}, {"workload.vcpu", "=workload.vcpu+1"},
	};
	char **files;
	size_t n, i, k, c;

	files = dir_list("scenarios", ".json", &n);
	for (i = 0; files && i < n; i++) {
		struct diags d = {0};
		struct scenario *sc = scenario_load(files[i], cat, &d);
		struct model *m = sc && !d.nerrors ? model_new(cat, sc, NULL, 0, &d) : NULL;
		struct buf img = {0};
		struct catalog *ic;

		if (m == NULL) {
			check(false, "%s: no model to write", files[i]);
			goto next;
		}
		image_write(&img, m);
		ic = image_read(img.data, img.len, &d);
		print_diags(&d);
		check(ic != NULL && ic->ncells == cat->ncells, "%s: its image (%zu bytes) reads back",
		    files[i], img.len);
		for (k = 0; ic && k <= sizeof(sets) / sizeof(sets[0]); k++) {
			struct setopt so[8];
			size_t ns = 0;
			struct diags d1 = {0}, d2 = {0};
			struct model *a, *b;
			struct report *ra = NULL, *rb = NULL;
			bool same = true;

			if (k > 0) {
				so[ns].name = (char *)sets[k - 1][0];
				so[ns++].value = (char *)sets[k - 1][1];
			}
			a = model_new(cat, sc, so, ns, &d1);
			b = model_new(ic, NULL, so, ns, &d2);
			if (a && b && model_eval(a, &d1) && model_eval(b, &d2)) {
				for (c = 0; c < cat->ncells; c++)
					if (!same_value(&a->values[c], &b->values[c])) {
						check(false, "%s%s%s: cell %s differs in the image's model",
						    files[i], ns ? " --set " : "", ns ? so[0].name : "",
						    cat->base[c]->name);
						same = false;
						break;
					}
				ra = report_new(a, &d1);
				rb = report_new(b, &d2);
			}
			if (ra && rb) {
				same = same && ra->rec == rb->rec && ra->nreasons == rb->nreasons &&
				    ra->nrows == rb->nrows;
				for (c = 0; same && c < ra->nreasons; c++)
					same = strcmp(ra->reasons[c], rb->reasons[c]) == 0;
				same = same && (ra->bill.warning == NULL) == (rb->bill.warning == NULL);
			} else {
				same = false;
			}
			check(same, "%s%s%s=%s: the image's model gives every cell, the verdict and "
			    "the reasons", files[i], ns ? " --set " : "", ns ? so[0].name : "",
			    ns ? so[0].value : "");
			report_free(ra);
			report_free(rb);
			model_free(a);
			model_free(b);
			diags_free(&d1);
			diags_free(&d2);
		}
		for (k = 0; ic && i == 0 && k < sizeof(bad) / sizeof(bad[0]); k++) {
			struct setopt so = {(char *)bad[k][0], (char *)bad[k][1]};
			struct diags d1 = {0}, d2 = {0};
			struct model *a = model_new(cat, sc, &so, 1, &d1);
			struct model *b = model_new(ic, NULL, &so, 1, &d2);
			struct buf ma = {0}, mb = {0};

			if (a && !model_eval(a, &d1)) {
				model_free(a);
				a = NULL;
			}
			if (b && !model_eval(b, &d2)) {
				model_free(b);
				b = NULL;
			}
			if (d1.nlist)
				diag_format(&ma, &d1.list[0]);
			if (d2.nlist)
				diag_format(&mb, &d2.list[0]);
			check(a == NULL && b == NULL && ma.len && strcmp(buf_str(&ma), buf_str(&mb)) == 0,
			    "--set %s=%s is refused with the same message: %s", bad[k][0], bad[k][1],
			    buf_str(&mb));
			model_free(a);
			model_free(b);
			buf_free(&ma);
			buf_free(&mb);
			diags_free(&d1);
			diags_free(&d2);
		}
		if (ic && i == 0) {
			/* the order reversed: a cell before the cells it refers to */
			char *o = strstr(img.data, "\no\t"), *e = o ? strchr(o + 1, '\n') : NULL;
			struct buf bad2 = {0}, rev = {0};
			struct diags d3 = {0};
			struct catalog *ic2;
			char *line, *tok, *save = NULL;
			char **toks = NULL;
			size_t nt = 0, cap = 0, j;

			if (o && e) {
				line = xstrndup(o + 3, (size_t)(e - o - 3));
				for (tok = strtok_r(line, "\t", &save); tok; tok = strtok_r(NULL, "\t",
				    &save)) {
					GROW(toks, nt, cap);
					toks[nt++] = tok;
				}
				for (j = nt; j-- > 0;)
					buf_printf(&rev, "\t%s", toks[j]);
				buf_put(&bad2, img.data, (size_t)(o - img.data));
				buf_printf(&bad2, "\no%s", buf_str(&rev));
				buf_puts(&bad2, e);
				ic2 = image_read(bad2.data, bad2.len, &d3);
				check(ic2 == NULL && d3.nerrors > 0, "an image whose order evaluates a cell "
				    "before its inputs is refused");
				image_free(ic2);
				free(line);
				free(toks);
			} else {
				check(false, "the image has an order line");
			}
			buf_free(&bad2);
			buf_free(&rev);
			diags_free(&d3);
		}
		image_free(ic);
next:
		buf_free(&img);
		model_free(m);
		scenario_free(sc);
		diags_free(&d);
	}
	strv_free(files, n);
	/* a malformed image is refused, not crashed on */
	{
		static const char *const broken[] = {"", "runsheet-image\t2\n", "runsheet-image\t1\n"
			"cells\t1\nc\tx\n", "runsheet-image\t1\ncells\t1\nc\ta.b\t\\0\t0\t0\t0\t0\t0\n"
			"d\t1\t0\t0\t0\t5\t\\0\t0\n"};
		struct diags d = {0};

		for (i = 0; i < sizeof(broken) / sizeof(broken[0]); i++) {
			struct catalog *ic = image_read(broken[i], strlen(broken[i]), &d);

			check(ic == NULL && d.nerrors > 0, "a malformed image (case %zu) is refused", i);
			image_free(ic);
			diags_free(&d);
			memset(&d, 0, sizeof(d));
		}
	}
}

/*
 * Every bundled scenario: every compared platform has every component a
 * number of 0 or more, engineering above 0 on Kubernetes, and a total
 * equal to the sum of its components.
 */
static void
run_scenario_invariants(struct catalog *cat)
{
	char **files;
	size_t n, i, k;

	files = dir_list("scenarios", ".json", &n);
	check(files && n >= 6, "at least six bundled scenarios (found %zu)", n);
	for (i = 0; files && i < n; i++) {
		struct diags d = {0};
		struct scenario *sc = scenario_load(files[i], cat, &d);
		struct model *m = sc && !d.nerrors ? model_new(cat, sc, NULL, 0, &d) : NULL;
		struct report *r = m && model_eval(m, &d) ? report_new(m, &d) : NULL;
		bool comps = true, eng = true, sums = true;
		size_t compared = 0;

		print_diags(&d);
		check(r != NULL, "%s loads, evaluates and reports", files[i]);
		if (r == NULL)
			goto next;
		for (k = 0; k < cat->nplatforms; k++)
			if (model_bool(m, cat->platforms[k].compared))
				compared++;
		check(r->nrows == compared && compared > 0,
		    "%s lists all %zu compared platforms (got %zu)", files[i], compared, r->nrows);
		for (k = 0; k < r->nrows; k++) {
			const struct prow *row = &r->rows[k];
			double sum = 0;
			int c;

			for (c = 0; c < COMP__MAX; c++) {
				if (!(row->comp[c] >= 0))
					comps = false;
				sum += row->comp[c];
			}
			if (row->p->family != FAM_SERVERLESS && !(row->comp[COMP_ENGINEERING] > 0))
				eng = false;
			if (fabs(sum - row->total) > 1e-9 * fmax(1, fabs(sum)))
				sums = false;
		}
		check(comps, "%s: every component is 0 or more", files[i]);
		check(eng, "%s: engineering is above 0 on every Kubernetes platform", files[i]);
		check(sums, "%s: every total is the sum of its components", files[i]);
next:
		report_free(r);
		model_free(m);
		scenario_free(sc);
		diags_free(&d);
	}
	strv_free(files, n);
}

/*
 * Every "inert" cell tells the truth, in every bundled scenario: where it
 * is TRUE, setting any input it names to other values within the month
 * (1, 12 and 24 h/day; 1, 15 and 30 days) leaves its platform's total as
 * it was; where it is FALSE, one of them moves the total (so the report
 * never hides an input that matters, nor misses one that does not).
 */
static void
run_inert(struct catalog *cat)
{
	static const char *const tries[][3] = {
		{"workload.active_hours_per_day", "1", "12"},
		{"workload.active_hours_per_day", "24", NULL},
		{"workload.active_days_per_month", "1", "15"},
		{"workload.active_days_per_month", "30", NULL},
	};
	char **files;
	size_t n, i, c, j, t, claims = 0;

	files = dir_list("scenarios", ".json", &n);
	for (i = 0; files && i < n; i++) {
		struct diags d = {0};
		struct scenario *sc = scenario_load(files[i], cat, &d);
		struct model *m = sc && !d.nerrors ? model_new(cat, sc, NULL, 0, &d) : NULL;

		if (m == NULL || !model_eval(m, &d)) {
			check(false, "%s evaluates for the inert check", files[i]);
			goto next;
		}
		for (c = 0; c < cat->ncells; c++) {
			const struct cellspec *s = cat->base[c];
			int pi = cat->cell_platform[c], tot;
			bool inert, moved = false;
			char *name;

			if (s->ninert == 0 || pi < 0 || !model_bool(m, cat->platforms[pi].compared))
				continue;
			inert = model_bool(m, (int)c);
			name = xasprintf("%s.total", cat->platforms[pi].id);
			tot = catalog_find(cat, name);
			free(name);
			for (j = 0; j < s->ninert; j++) {
				for (t = 0; t < sizeof(tries) / sizeof(tries[0]); t++) {
					size_t v;

					if (strcmp(tries[t][0], s->inert[j]) != 0)
						continue;
					for (v = 1; v < 3 && tries[t][v]; v++) {
						struct setopt set = {(char *)tries[t][0],
							(char *)tries[t][v]};
						struct diags d2 = {0};
						struct model *m2 = model_new(cat, sc, &set, 1, &d2);
						bool ok = m2 && model_eval(m2, &d2);
						double a = model_num(m, tot), b2 = ok ? model_num(m2, tot) : NAN;
						bool same = ok && fabs(a - b2) <= 1e-9 * fmax(1, fabs(a));

						if (inert)
							check(same, "%s: %s is TRUE, and %s=%s leaves %s "
							    "at %.17g (got %.17g)", files[i], s->name,
							    tries[t][0], tries[t][v], cat->base[tot]->name, a,
							    b2);
						if (!same)
							moved = true;
						model_free(m2);
						diags_free(&d2);
					}
				}
			}
			if (!inert)
				check(moved, "%s: %s is FALSE, and some active time moves %s",
				    files[i], s->name, cat->base[tot]->name);
			claims++;
		}
next:
		model_free(m);
		scenario_free(sc);
		diags_free(&d);
	}
	check(claims >= 40, "inert cells checked in the bundled scenarios: %zu", claims);
	strv_free(files, n);
}

/* --- analyses ------------------------------------------------------------------ */

/* A report of scenario file path with --set options, evaluated; NULL on error. */
static struct report *
load_report(struct catalog *cat, const char *path, const struct setopt *sets, size_t nsets,
    struct scenario **scp, struct model **mp)
{
	struct diags d = {0};
	struct scenario *sc = scenario_load(path, cat, &d);
	struct model *m = sc && !d.nerrors ? model_new(cat, sc, sets, nsets, &d) : NULL;
	struct report *r = m && model_eval(m, &d) ? report_new(m, &d) : NULL;

	print_diags(&d);
	diags_free(&d);
	*scp = sc;
	*mp = m;
	return r;
}

static void
unload_report(struct report *r, struct model *m, struct scenario *sc)
{
	report_free(r);
	model_free(m);
	scenario_free(sc);
}

/* --- reasons ------------------------------------------------------------------- */

/*
 * A rule quotes what it tests. Seed 004's stages pair a team size with a
 * monthly cloud spend; the stage rules test the team size (the cost model
 * prices the spend), so a quote that names a cloud spend must belong to a
 * rule whose condition reads a spend cell.
 */
static void
run_rule_quotes(const struct catalog *cat)
{
	size_t i, n = 0;
	const char *bad = "";

	for (i = 0; i < cat->nrules; i++) {
		const struct rule *ru = &cat->rules[i];

		if ((strstr(ru->quote, "cloud spend") || strstr(ru->quote, "/month")) &&
		    !strstr(ru->when, "spend")) {
			n++;
			bad = ru->id;
		}
	}
	check(n == 0, "no rule quotes a cloud spend its condition does not test (%zu do%s%s)", n,
	    n ? ", e.g. " : "", bad);
}

/* The reason of rule id in r, or NULL. */
static const char *
reason_of(const struct report *r, const char *id)
{
	size_t i, n = strlen(id);

	for (i = 0; i < r->nreasons; i++)
		if (strncmp(r->reasons[i], "Rule ", 5) == 0 &&
		    strncmp(r->reasons[i] + 5, id, n) == 0 && r->reasons[i][5 + n] == ' ')
			return r->reasons[i];
	return NULL;
}

/*
 * A rule that works against the verdict says what outweighed it: in every
 * bundled scenario, each favour rule that fired for a compared platform
 * but not the recommended one, and each disfavour rule that fired for the
 * recommended one, has "outweighed" in its reason (or says why it changes
 * nothing); and two cases by hand.
 */
static void
run_reasons(struct catalog *cat)
{
	char **files;
	size_t n, i, k, j, nagainst = 0;

	files = dir_list("scenarios", ".json", &n);
	for (i = 0; files && i < n; i++) {
		struct scenario *sc;
		struct model *m;
		struct report *r = load_report(cat, files[i], NULL, 0, &sc, &m);
		bool said = true;
		const char *bad = "";

		if (r == NULL || r->rec < 0) {
			unload_report(r, m, sc);
			continue;
		}
		for (k = 0; k < cat->nrules; k++) {
			const struct rule *ru = &cat->rules[k];
			bool others = false, rec = rule_fires_for(m, ru, (size_t)r->rows[r->rec].pi);
			const char *why;

			if (ru->effect == RE_EXCLUDE)
				continue;
			for (j = 0; j < r->nrows; j++)
				if ((int)j != r->rec && rule_fires_for(m, ru, (size_t)r->rows[j].pi))
					others = true;
			if (ru->effect == RE_FAVOUR ? rec || !others : !rec)
				continue;
			nagainst++;
			why = reason_of(r, ru->id);
			if (why == NULL || ((strstr(why, "; outweighed)") == NULL ||
			    strstr(why, " Outweighed by ") == NULL) &&
			    strstr(why, " It does not change the verdict: ") == NULL)) {
				said = false;
				bad = ru->id;
			}
		}
		check(said, "%s: every rule against the verdict says what outweighed it%s%s",
		    files[i], *bad ? ": not " : "", bad);
		unload_report(r, m, sc);
	}
	strv_free(files, n);
	check(nagainst >= 5, "the bundled scenarios have rules against their verdicts (%zu)",
	    nagainst);

	{
		struct scenario *sc;
		struct model *m;
		struct report *r = load_report(cat, "scenarios/seed-001-10m-requests.json", NULL, 0,
		    &sc, &m);
		const char *why = r ? reason_of(r, "steady_traffic") : NULL;

		/*
		 * seed 001: steady traffic favours Kubernetes, Cloud Run wins. EKS
		 * $16,160.76 - Cloud Run $314.15 = $15,846.61; Cloud Run's factor
		 * series_a 0.85 x no_platform_engineer 0.9 x few_services 0.9 =
		 * 0.6885, EKS's steady_traffic 0.9
		 */
		check(why && strstr(why, "(favour Kubernetes platforms, weight 10%; outweighed): ") &&
		    strstr(why, " Outweighed by the cost difference and the rules favouring Google "
		    "Cloud Run: Amazon EKS on EC2, the best placed of the platforms it favours, costs "
		    "$15,846.61/month more than Google Cloud Run, and series_a, no_platform_engineer "
		    "and few_services favour Google Cloud Run (ranking factors 0.6885 against 0.9)."),
		    "seed-001-10m-requests: steady_traffic is outweighed by the cost and three rules: %s",
		    why ? why : "(no reason)");
		unload_report(r, m, sc);
		r = load_report(cat, "scenarios/platform-team-60.json", NULL, 0, &sc, &m);
		why = r ? reason_of(r, "multi_region") : NULL;
		/*
		 * platform-team-60: three regions favour serverless, GKE Autopilot
		 * wins though Fly Machines is cheaper: $45,163.22 - $27,614.62 =
		 * $17,548.61 less; GKE Autopilot's factor series_b 0.85 x
		 * k8s_expertise 0.9 x stateful 0.8 x many_services 0.8 x
		 * steady_traffic 0.9 = 0.44064, Fly's multi_region 0.9 x
		 * fly_longevity 1.1 = 0.99
		 */
		check(why && strstr(why, " Outweighed by the rules favouring GKE Autopilot: Fly "
		    "Machines, the best placed of the platforms it favours, costs $17,548.61/month "
		    "less than GKE Autopilot, but series_b, k8s_expertise, stateful, many_services and "
		    "steady_traffic favour GKE Autopilot and fly_longevity disfavours Fly Machines "
		    "(ranking factors 0.44064 against 0.99)."),
		    "platform-team-60: multi_region is outweighed by the rules alone: %s",
		    why ? why : "(no reason)");
		unload_report(r, m, sc);
	}
	{
		/*
		 * A disfavour rule on the recommended platform: seed 001 made
		 * stateful disfavours Cloud Run by 30%; its factor 0.6885 x 1.3 =
		 * 0.89505 is now above EKS's 0.9 x 0.8 (stateful) = 0.72, so the
		 * cost alone ($15,846.61 as above) outweighs it
		 */
		struct setopt set = {(char *)"workload.stateful", (char *)"TRUE"};
		struct scenario *sc;
		struct model *m;
		struct report *r = load_report(cat, "scenarios/seed-001-10m-requests.json", &set, 1,
		    &sc, &m);
		const char *why = r ? reason_of(r, "stateful_request_platforms") : NULL;

		check(why && strstr(why, "weight 30%; outweighed): ") && strstr(why,
		    " Outweighed by the cost difference: Amazon EKS on EC2, the best placed of the "
		    "platforms it does not disfavour, costs $15,846.61/month more than Google Cloud "
		    "Run."), "seed-001 stateful: a disfavour rule on the verdict, outweighed by the "
		    "cost: %s", why ? why : "(no reason)");
		unload_report(r, m, sc);
	}
	{
		/*
		 * Fargate Spot recommended for a service of one task (seed 004
		 * compared on Spot, GKE Autopilot and EKS): the interruption risk
		 * is in the verdict's reasons, outweighed by GKE Autopilot's
		 * $11,451.95 - Spot's $549.85 = $10,902.10
		 */
		struct setopt sets[3] = {{(char *)"cloud_run.compared", (char *)"FALSE"},
			{(char *)"fargate.compared", (char *)"FALSE"},
			{(char *)"fargate_spot.compared", (char *)"TRUE"}};
		struct scenario *sc;
		struct model *m;
		struct report *r = load_report(cat, "scenarios/seed-004-business-hours.json", sets, 3,
		    &sc, &m);
		const char *why = r ? reason_of(r, "spot_one_task") : NULL;

		check(r && r->rec >= 0 && strcmp(r->rows[r->rec].p->id, "fargate_spot") == 0 && why &&
		    strstr(why, "two-minute warning") && strstr(why, " Outweighed by the cost "
		    "difference: GKE Autopilot, the best placed of the platforms it does not disfavour, "
		    "costs $10,902.10/month more than AWS ECS Fargate Spot."),
		    "seed-004 on Fargate Spot: one task per service, the interruption risk is in the "
		    "verdict: %s", why ? why : "(no reason)");
		unload_report(r, m, sc);
	}
}

/* The two sides of a pair at workload.scale = s, from a fresh model (as calc --set). */
static bool
pair_at(struct catalog *cat, const char *path, const struct crossover *x,
    const struct report *orig, double s, bool with, double *sv, double *kv)
{
	struct setopt set;
	struct scenario *sc;
	struct model *m;
	struct report *r;
	char num[64];
	const struct platform *ps = orig->rows[x->s].p, *pk = orig->rows[x->k].p;

	snprintf(num, sizeof(num), "%.17g", s);
	set.name = (char *)"workload.scale";
	set.value = num;
	r = load_report(cat, path, &set, 1, &sc, &m);
	if (r == NULL) {
		unload_report(r, m, sc);
		return false;
	}
	if (with) {
		*sv = model_num(m, ps->total);
		*kv = model_num(m, pk->total);
	} else {
		*sv = model_num(m, ps->comp[COMP_COMPUTE]) + model_num(m, ps->comp[COMP_PLATFORM_FEES]) +
		    model_num(m, ps->comp[COMP_HIDDEN]);
		*kv = model_num(m, pk->comp[COMP_COMPUTE]) + model_num(m, pk->comp[COMP_PLATFORM_FEES]) +
		    model_num(m, pk->comp[COMP_HIDDEN]);
	}
	unload_report(r, m, sc);
	return true;
}

/*
 * Every crossover of every bundled scenario, re-evaluated: at the reported
 * scale the two totals agree within 0.5%; a crossover flagged as a node
 * step (a jump, where no exact tie exists) must at least change sides
 * there: the other platform is the cheaper one just below the scale.
 */
static void
check_crossovers(struct catalog *cat, const char *path, const struct report *r,
    size_t *nexact)
{
	const struct analyses *an = r->an;
	size_t i;
	int w;

	for (i = 0; i < an->ncross; i++) {
		const struct crossover *x = &an->cross[i];

		for (w = 0; w < 2; w++) {
			bool found = w ? x->with_found : x->without_found;
			bool step = w ? x->with_step : x->without_step;
			double s = w ? x->with_scale : x->without_scale, a, b, a2, b2;
			bool above;

			if (!found)
				continue;
			if (!pair_at(cat, path, x, r, s, w, &a, &b)) {
				check(false, "%s: model at scale %g", path, s);
				continue;
			}
			if (!step) {
				(*nexact)++;
				check(fabs(a - b) <= 0.005 * fmax(fabs(a), fabs(b)),
				    "%s: %s and %s %s engineering: equal within 0.5%% at the reported "
				    "scale %.6g (%.2f and %.2f)", path, r->rows[x->s].p->id,
				    r->rows[x->k].p->id, w ? "with" : "without", s, a, b);
				continue;
			}
			/* the reported end is the side where Kubernetes is the cheaper one */
			above = w ? x->k_above_with : x->k_above_without;
			pair_at(cat, path, x, r, s * (above ? 1 - 1e-9 : 1 + 1e-9), w, &a2, &b2);
			check(b <= a && a2 < b2,
			    "%s: %s and %s %s engineering change sides at the node step at %.6g "
			    "(%.2f/%.2f there, %.2f/%.2f just %s)", path, r->rows[x->s].p->id,
			    r->rows[x->k].p->id, w ? "with" : "without", s, a, b, a2, b2,
			    above ? "below" : "above");
		}
	}
}

/* The Monte Carlo summary holds together: quantiles ordered, shares sum to 1. */
static void
check_uncertainty(const char *path, const struct report *r)
{
	const struct analyses *an = r->an;
	double sum = 0;
	bool ordered = true, eligible = false;
	size_t k;

	for (k = 0; k < r->nrows; k++) {
		const struct uncertainty *u = &an->unc[k];

		if (!(u->p10 <= u->p50 && u->p50 <= u->p90))
			ordered = false;
		sum += u->p_cheapest;
		if (!r->rows[k].excluded)
			eligible = true;
		else if (u->p_cheapest != 0)
			ordered = false;
	}
	check(ordered, "%s: P10 <= P50 <= P90 on every platform, excluded ones never cheapest",
	    path);
	check(!eligible || fabs(sum - 1) < 1e-12, "%s: the p_cheapest shares sum to 1 (%.15g)",
	    path, sum);
}

/* The analyses of one file with the given Monte Carlo settings, as JSON text. */
static char *
analyses_json(struct catalog *cat, const char *path, int samples, unsigned long seed)
{
	struct scenario *sc;
	struct model *m;
	struct report *r = load_report(cat, path, NULL, 0, &sc, &m);
	struct analysis_opts o = {.samples = samples, .have_seed = true, .seed = seed};
	struct buf out = {0};

	if (r == NULL) {
		unload_report(r, m, sc);
		return xstrdup("");
	}
	analyses_run(r, &o);
	export_calc_json(&out, r);
	analyses_free(r->an);
	r->an = NULL;
	unload_report(r, m, sc);
	return buf_detach(&out);
}

/*
 * Monte Carlo against a hand calculation. With every range collapsed to
 * its base value, every sample is the deterministic model: P10 = P50 =
 * P90 = today's total. With only team.loaded_cost_per_year left ranged
 * (triangular, 150,000 to 200,000, mode 180,000), every total is linear in
 * it, so the total's quantiles are the totals at the distribution's
 * quantiles: for F(c) = (180 - 150) / (200 - 150) = 0.6,
 *   q = 0.1 < 0.6:  150 + sqrt(0.1 x 50 x 30) = 162.247 (thousand)
 *   q = 0.5 < 0.6:  150 + sqrt(0.5 x 50 x 30) = 177.386
 *   q = 0.9 > 0.6:  200 - sqrt(0.1 x 50 x 20) = 190.000
 * A sample quantile of 4,000 draws has a standard error of
 * sqrt(q (1 - q)) / (f(x) sqrt(n)), at most 0.3 (thousand) here (f, the
 * density, is 0.0163 at the P10), so the check allows 1,000 either side.
 */
static void
check_collapsed(struct catalog *cat)
{
	const char *path = "scenarios/series-a-saas.json";
	static const double q[3] = {162247.44871391589, 177386.12787525831, 190000};
	struct scenario *sc;
	struct model *m;
	struct report *r = load_report(cat, path, NULL, 0, &sc, &m);
	struct analysis_opts o = {.samples = 4000, .have_seed = true, .seed = 99};
	struct cellspec **saved;
	double (*range)[2];
	int lc = catalog_find(cat, "team.loaded_cost_per_year");
	size_t i, k, n = 0;
	bool equal = true;
	int dist;

	if (r == NULL || lc < 0 || !m->def[lc]->ranged) {
		check(false, "collapsed ranges: %s loads with team.loaded_cost_per_year ranged", path);
		unload_report(r, m, sc);
		return;
	}
	saved = xcalloc(m->ncells + 1, sizeof(*saved));
	range = xcalloc(m->ncells + 1, sizeof(*range));
	/*
	 * collapse every range to its base value (the specs belong to this
	 * test's catalog), and set every default spread (spread.*) to 0, which
	 * leaves the inputs without a range of their own unranged
	 */
	for (i = 0; i < m->ncells; i++) {
		struct cellspec *s = (struct cellspec *)m->def[i];

		if (s->kind == CK_VALUE && s->value.type == VT_NUM &&
		    str_has_prefix(cat->base[i]->name, "spread.")) {
			s->value.u.num = 0;
			m->values[i] = s->value;
			continue;
		}
		if (s->kind != CK_VALUE || !s->ranged)
			continue;
		saved[i] = s;
		range[i][0] = s->low;
		range[i][1] = s->high;
		s->low = s->high = s->value.u.num;
		n++;
	}
	analyses_run(r, &o);
	for (k = 0; k < r->nrows; k++) {
		const struct uncertainty *u = &r->an->unc[k];

		if (!(u->p10 == r->rows[k].total && u->p50 == r->rows[k].total &&
		    u->p90 == r->rows[k].total)) {
			equal = false;
			printf("# %s: %.17g %.17g %.17g, total %.17g\n", r->rows[k].p->id, u->p10,
			    u->p50, u->p90, r->rows[k].total);
		}
	}
	check(n > 10 && r->an->nranged == n && equal,
	    "collapsed ranges (%zu inputs): P10 = P50 = P90 = the deterministic total on "
	    "every platform", n);
	analyses_free(r->an);
	r->an = NULL;

	/* only the engineer's loaded cost varies, triangular for the hand calculation */
	saved[lc]->low = range[lc][0];
	saved[lc]->high = range[lc][1];
	dist = saved[lc]->dist;
	saved[lc]->dist = DIST_TRIANGULAR;
	analyses_run(r, &o);
	{
		int rec = r->rec >= 0 ? r->rec : 0;
		const struct uncertainty *u = &r->an->unc[rec];
		const double got[3] = {u->p10, u->p50, u->p90};
		const char *names[3] = {"P10", "P50", "P90"};
		int j;

		int *deps = NULL;
		size_t nd = model_dependents(m, &lc, 1, &deps);

		for (j = 0; j < 3; j++) {
			double lo, hi;

			model_set_num(m, lc, q[j] - 1000);
			model_eval_subset(m, deps, nd);
			lo = model_num(m, r->rows[rec].p->total);
			model_set_num(m, lc, q[j] + 1000);
			model_eval_subset(m, deps, nd);
			hi = model_num(m, r->rows[rec].p->total);
			check(got[j] >= lo && got[j] <= hi,
			    "%s: %s of %s's total with only the loaded cost ranged is the total at "
			    "the triangular quantile %.0f (%.2f in %.2f..%.2f)", path, names[j],
			    r->rows[rec].p->id, q[j], got[j], lo, hi);
		}
		analyses_free(r->an);
		r->an = NULL;

		/*
		 * PERT, as bundled: the mean is (low + 4 mode + high) / 6 =
		 * (150 + 720 + 200) / 6 = 178.333 thousand; the Beta(3.4, 2.6)
		 * scaled to the range has a standard deviation of 50 x
		 * sqrt(3.4 x 2.6 / (6^2 x 7)) = 9.36 thousand, so the mean of
		 * 4,000 draws is within 0.6 thousand (4 standard errors).
		 */
		saved[lc]->dist = DIST_PERT;
		analyses_run(r, &o);
		{
			double lo, hi, mean = r->an->unc[rec].mean;

			model_set_num(m, lc, 178333.33333333334 - 600);
			model_eval_subset(m, deps, nd);
			lo = model_num(m, r->rows[rec].p->total);
			model_set_num(m, lc, 178333.33333333334 + 600);
			model_eval_subset(m, deps, nd);
			hi = model_num(m, r->rows[rec].p->total);
			check(mean >= lo && mean <= hi, "%s: PERT: the mean of %s's total is the total "
			    "at the PERT mean of the loaded cost, 178,333 (%.2f in %.2f..%.2f)", path,
			    r->rows[rec].p->id, mean, lo, hi);
		}
		m->values[lc] = m->def[lc]->value;
		model_eval_subset(m, deps, nd);
		free(deps);
	}
	saved[lc]->dist = dist;
	analyses_free(r->an);
	r->an = NULL;
	for (i = 0; i < m->ncells; i++)
		if (saved[i]) {
			saved[i]->low = range[i][0];
			saved[i]->high = range[i][1];
		}
	free(saved);
	free(range);
	unload_report(r, m, sc);
}

static void
run_analyses(struct catalog *cat)
{
	char **files;
	size_t n, i, nexact = 0;

	files = dir_list("scenarios", ".json", &n);
	for (i = 0; files && i < n; i++) {
		struct scenario *sc;
		struct model *m;
		struct report *r = load_report(cat, files[i], NULL, 0, &sc, &m);
		struct analysis_opts o = {.samples = 1000};

		if (r == NULL) {
			check(false, "%s: loads for the analyses", files[i]);
			unload_report(r, m, sc);
			continue;
		}
		analyses_run(r, &o);
		check_crossovers(cat, files[i], r, &nexact);
		check_uncertainty(files[i], r);
		{
			/* the model is back at its base after the analyses */
			struct scenario *sc2;
			struct model *m2;
			struct report *r2 = load_report(cat, files[i], NULL, 0, &sc2, &m2);
			bool same = r2 != NULL;
			size_t c;

			for (c = 0; same && c < m->ncells; c++)
				if (!value_equal(&m->values[c], &m2->values[c]))
					same = false;
			check(same, "%s: the analyses leave the model as they found it", files[i]);
			unload_report(r2, m2, sc2);
		}
		analyses_free(r->an);
		r->an = NULL;
		unload_report(r, m, sc);
	}
	strv_free(files, n);
	check(nexact >= 4, "crossovers with an exact tie were re-evaluated (%zu)", nexact);

	/* a scenario built to have none reports none */
	{
		struct scenario *sc;
		struct model *m;
		struct report *r = load_report(cat, "tests/data/no-crossover.json", NULL, 0, &sc, &m);

		if (r != NULL) {
			analyses_run(r, NULL);
			check(r->an->ncross == 1 && !r->an->cross[0].with_found &&
			    !r->an->cross[0].without_found && r->an->npoints == 21,
			    "no-crossover: one pair, no crossover with or without engineering");
			analyses_free(r->an);
			r->an = NULL;
		} else {
			check(false, "no-crossover loads");
		}
		unload_report(r, m, sc);
	}
	/* Monte Carlo is reproducible: the same seed gives the same bytes */
	{
		char *a = analyses_json(cat, "scenarios/series-a-saas.json", 500, 42);
		char *b = analyses_json(cat, "scenarios/series-a-saas.json", 500, 42);
		char *c = analyses_json(cat, "scenarios/series-a-saas.json", 500, 43);

		check(*a && strcmp(a, b) == 0, "same seed, byte-identical analyses JSON");
		check(*a && strcmp(a, c) != 0, "another seed, other samples");
		free(a);
		free(b);
		free(c);
	}
	check_collapsed(cat);
}

/* --- units: every formula's unit, derived through the formula ------------ */

/*
 * A unit as exponents of base symbols. Counts (nodes, instances, services,
 * engineers, requests, ...) are dimensionless: "h/service/month" is h/month
 * and "USD/month/cluster" USD/month, so a count multiplies freely. Time
 * and data sizes keep their own symbols (h is not month, GB is not GiB),
 * which is the point; a numeric literal in a product is taken for a
 * conversion between symbols of one kind (ms/1000 to s, GiB*1.073741824 to
 * GB), nothing else.
 */
enum usym { U_USD, U_EUR, U_H, U_S, U_MS, U_MONTH, U_DAY, U_YEAR, U_D30, U_GB, U_GIB, U_VCPU,
	U__MAX };
static const char *const usym_names[U__MAX] = {"USD", "EUR", "h", "s", "ms", "month", "day",
	"year", "30 days", "GB", "GiB", "vCPU"};
/* the kind a literal may convert within: 1 time, 2 data size, 0 none */
static const int usym_kind[U__MAX] = {0, 0, 1, 1, 1, 1, 1, 1, 1, 2, 2, 0};

enum ustate {
	US_NUM,      /* a quantity with exponents */
	US_WILD,     /* a bare literal: any unit */
	US_LOGICAL,
	US_TEXT,
	US_UNKNOWN,  /* the derivation cannot decide */
	US_MISMATCH  /* the formula itself combines two units */
};

struct unit {
	enum ustate st;
	int e[U__MAX];
	bool conv;            /* a literal took part in a product */
	bool gib;             /* a size in GiB was taken for a vendor's GB */
	char why[200];        /* US_MISMATCH, US_UNKNOWN: what */
};

/* Whether word is a count, in the singular or the plural. */
static bool
unit_count(const char *w)
{
	static const char *const counts[] = {"node", "instance", "service", "engineer",
		"cluster", "GPU", "region", "run", "request", "add-on", "upgrade", "Machine", "VM",
		"FTE", "million requests", NULL};
	size_t i, n = strlen(w);

	for (i = 0; counts[i]; i++) {
		size_t k = strlen(counts[i]);

		if (strcmp(w, counts[i]) == 0 || (n == k + 1 && w[k] == 's' &&
		    strncmp(w, counts[i], k) == 0))
			return true;
	}
	return false;
}

/* One term of a unit ("vCPU", "h", "months") into u with sign; false if unknown. */
static bool
unit_term(struct unit *u, const char *w, int sign)
{
	static const struct { const char *w; int sym; } alias[] = {{"hour", U_H},
		{"hours", U_H}, {"months", U_MONTH}, {"days", U_DAY}, {"years", U_YEAR},
		{"shared vCPU", U_VCPU}, {"30 days", U_D30}, {"cores", U_VCPU}, {NULL, 0}};
	int k;

	if (*w == '\0' || unit_count(w))
		return true;
	for (k = 0; k < U__MAX; k++)
		if (strcmp(w, usym_names[k]) == 0) {
			u->e[k] += sign;
			return true;
		}
	for (k = 0; alias[k].w; k++)
		if (strcmp(w, alias[k].w) == 0) {
			u->e[alias[k].sym] += sign;
			return true;
		}
	return false;
}

/*
 * Parse a cell's declared unit: "USD/vCPU-s", "h/service/month", "USD per
 * 30 days", "factor", "logical", "platform id".
 */
static struct unit
unit_parse(const char *text)
{
	static const char *const texts[] = {"platform id", "instance type", "name", "tier",
		"mode", "architecture", "regime", "level", "shape", "region id", "component", NULL};
	struct unit u;
	char *s, *part, *save = NULL, *p;
	int sign = 1;
	size_t i;

	memset(&u, 0, sizeof(u));
	if (text == NULL) {
		u.st = US_UNKNOWN;
		snprintf(u.why, sizeof(u.why), "no unit");
		return u;
	}
	if (strcmp(text, "logical") == 0) {
		u.st = US_LOGICAL;
		return u;
	}
	for (i = 0; texts[i]; i++)
		if (strcmp(text, texts[i]) == 0) {
			u.st = US_TEXT;
			return u;
		}
	if (strcmp(text, "factor") == 0 || strcmp(text, "fraction") == 0)
		return u;
	s = xstrdup(text);
	while ((p = strstr(s, " per ")) != NULL) {
		*p = '/';
		memmove(p + 1, p + 5, strlen(p + 5) + 1);
	}
	for (part = strtok_r(s, "/", &save); part; part = strtok_r(NULL, "/", &save), sign = -1) {
		char *t, *save2 = NULL, *whole = trim(part);

		if (unit_term(&u, whole, sign))
			continue;
		for (t = strtok_r(whole, "-", &save2); t; t = strtok_r(NULL, "-", &save2))
			if (!unit_term(&u, trim(t), sign)) {
				u.st = US_UNKNOWN;
				snprintf(u.why, sizeof(u.why), "unit \"%s\": no symbol \"%s\"", text, t);
				free(s);
				return u;
			}
	}
	free(s);
	return u;
}

/* A unit as text: "USD/h", "vCPU-s/month", "1". */
static void
unit_text(char *out, size_t n, const struct unit *u)
{
	struct buf b = {0};
	int k, sign, any = 0;

	if (u->st == US_LOGICAL || u->st == US_TEXT || u->st == US_WILD) {
		snprintf(out, n, "%s", u->st == US_LOGICAL ? "logical" : u->st == US_TEXT ? "text" :
		    "a constant");
		return;
	}
	for (sign = 1; sign >= -1; sign -= 2) {
		int first = 1;

		if (sign < 0)
			buf_puts(&b, any ? "" : "1");
		for (k = 0; k < U__MAX; k++) {
			int e = u->e[k] * sign;

			if (e <= 0)
				continue;
			buf_printf(&b, "%s%s", sign < 0 && first ? "/" : first ? "" : "-", usym_names[k]);
			if (e > 1)
				buf_printf(&b, "^%d", e);
			first = 0;
			any = 1;
		}
	}
	snprintf(out, n, "%s", b.len ? buf_str(&b) : "1");
	buf_free(&b);
}

static bool
unit_same(const struct unit *a, const struct unit *b)
{
	return memcmp(a->e, b->e, sizeof(a->e)) == 0;
}

/* Whether a and b differ only within kinds a literal may convert (h and month). */
static bool
unit_convertible(const struct unit *a, const struct unit *b)
{
	int k, kind[3] = {0, 0, 0};

	for (k = 0; k < U__MAX; k++) {
		if (usym_kind[k] == 0 && a->e[k] != b->e[k])
			return false;
		kind[usym_kind[k]] += a->e[k] - b->e[k];
	}
	return kind[1] == 0 && kind[2] == 0;
}

/*
 * Whether a and b differ only in GB against GiB. The model reads the
 * scenario's memory and disk sizes (GiB) as the "GB" vendors bill memory and
 * disks in, without converting; the check lets that pass and counts it.
 */
static bool
unit_gib(const struct unit *a, const struct unit *b)
{
	int k;

	for (k = 0; k < U__MAX; k++)
		if (k != U_GB && k != U_GIB && a->e[k] != b->e[k])
			return false;
	return a->e[U_GB] + a->e[U_GIB] == b->e[U_GB] + b->e[U_GIB];
}

/* The unit of a + b, IF's branches, MIN's arguments: the same unit. */
static struct unit
unit_join(struct unit a, struct unit b, const char *what)
{
	char ta[64], tb[64];

	if (a.st == US_MISMATCH || b.st == US_MISMATCH)
		return a.st == US_MISMATCH ? a : b;
	if (a.st == US_WILD)
		return b;
	if (b.st == US_WILD)
		return a;
	if (a.st == US_UNKNOWN || b.st == US_UNKNOWN)
		return a.st == US_UNKNOWN ? a : b;
	if (a.st == b.st && a.st != US_NUM)
		return a;
	if (a.st == US_NUM && b.st == US_NUM) {
		if (unit_same(&a, &b) || ((a.conv || b.conv) && unit_convertible(&a, &b)) ||
		    unit_gib(&a, &b)) {
			a.gib = a.gib || b.gib || !unit_same(&a, &b);
			a.conv = a.conv || b.conv;
			return a;
		}
	}
	unit_text(ta, sizeof(ta), &a);
	unit_text(tb, sizeof(tb), &b);
	if (a.st == US_NUM && b.st == US_NUM && (a.conv || b.conv)) {
		/* a literal may carry a unit of its own (2 GB per vCPU) */
		a.st = US_UNKNOWN;
		snprintf(a.why, sizeof(a.why), "%s %s and %s through a literal", what, ta, tb);
		return a;
	}
	a.st = US_MISMATCH;
	snprintf(a.why, sizeof(a.why), "%s %s and %s", what, ta, tb);
	return a;
}

/* A logical in arithmetic counts as a number without unit (TRUE*x). */
static struct unit
unit_arith(struct unit u)
{
	if (u.st == US_LOGICAL) {
		memset(&u, 0, sizeof(u));
		u.st = US_NUM;
	} else if (u.st == US_TEXT) {
		u.st = US_UNKNOWN;
		snprintf(u.why, sizeof(u.why), "arithmetic on text");
	}
	return u;
}

/* The unit formula node n of f derives, from the declared units of the cells it reads. */
static struct unit
unit_derive(const struct catalog *cat, const struct formula *f, const struct fnode *n)
{
	struct unit u, v;
	int k;

	memset(&u, 0, sizeof(u));
	switch (n->kind) {
	case N_NUM:
		u.st = US_WILD;
		return u;
	case N_STR:
		u.st = US_TEXT;
		return u;
	case N_BOOL:
		u.st = US_LOGICAL;
		return u;
	case N_REF:
		return unit_parse(cat->base[f->refcell[n->idx]]->unit);
	case N_PAREN:
	case N_UNARY:
		return unit_derive(cat, f, n->kids[0]);
	case N_PCT:
		u = unit_arith(unit_derive(cat, f, n->kids[0]));
		if (u.st == US_NUM)
			u.conv = true;
		return u;
	case N_BINARY:
		u = unit_derive(cat, f, n->kids[0]);
		v = unit_derive(cat, f, n->kids[1]);
		switch (n->op) {
		case OP_ADD:
		case OP_SUB:
			return unit_join(unit_arith(u), unit_arith(v), n->op == OP_ADD ? "adds" :
			    "subtracts");
		case OP_MUL:
		case OP_DIV:
			u = unit_arith(u);
			v = unit_arith(v);
			if (u.st == US_MISMATCH || u.st == US_UNKNOWN)
				return u;
			if (v.st == US_MISMATCH || v.st == US_UNKNOWN)
				return v;
			if (u.st == US_WILD && v.st == US_WILD)
				return u;
			if (u.st == US_WILD || v.st == US_WILD) {
				/* a literal factor: a conversion, or a count */
				struct unit w = u.st == US_WILD ? v : u;

				if (n->op == OP_DIV && u.st == US_WILD)
					for (k = 0; k < U__MAX; k++)
						w.e[k] = -w.e[k];
				w.conv = true;
				return w;
			}
			for (k = 0; k < U__MAX; k++)
				u.e[k] += n->op == OP_MUL ? v.e[k] : -v.e[k];
			u.conv = u.conv || v.conv;
			u.gib = u.gib || v.gib;
			return u;
		case OP_POW:
			u = unit_arith(u);
			if (u.st != US_NUM)
				return u;
			if (n->kids[1]->kind == N_NUM && f->nums[n->kids[1]->idx] ==
			    floor(f->nums[n->kids[1]->idx])) {
				for (k = 0; k < U__MAX; k++)
					u.e[k] *= (int)f->nums[n->kids[1]->idx];
				return u;
			}
			for (k = 0; k < U__MAX && u.e[k] == 0; k++)
				;
			if (k == U__MAX)
				return u;
			u.st = US_UNKNOWN;
			snprintf(u.why, sizeof(u.why), "a power of a unit");
			return u;
		case OP_CAT:
			u.st = US_TEXT;
			return u;
		default:
			/* comparisons: logical, and the two sides must agree */
			v = unit_join(unit_arith(u), unit_arith(v), "compares");
			if (v.st == US_MISMATCH)
				return v;
			memset(&u, 0, sizeof(u));
			u.st = US_LOGICAL;
			return u;
		}
	case N_CALL:
		switch (n->fn) {
		case FN_AND:
		case FN_OR:
		case FN_NOT:
			u.st = US_LOGICAL;
			return u;
		case FN_IF:
			if (n->nkids < 3) {
				u = unit_derive(cat, f, n->kids[1]);
				return u;
			}
			return unit_join(unit_derive(cat, f, n->kids[1]),
			    unit_derive(cat, f, n->kids[2]), "IF's branches give");
		case FN_IFERROR:
		case FN_MIN:
		case FN_MAX:
		case FN_SUM:
		case FN_AVERAGE:
			u = unit_derive(cat, f, n->kids[0]);
			for (k = 1; k < n->nkids; k++)
				u = unit_join(u, unit_derive(cat, f, n->kids[k]),
				    n->fn == FN_IFERROR ? "IFERROR gives" : "takes both");
			return u;
		case FN_ROUND:
		case FN_ROUNDUP:
		case FN_ROUNDDOWN:
		case FN_CEILING:
		case FN_FLOOR:
		case FN_INT:
		case FN_TRUNC:
		case FN_ABS:
		case FN_MOD:
			return unit_arith(unit_derive(cat, f, n->kids[0]));
		case FN_SIGN:
			u.st = US_NUM;
			return u;
		default:
			/* EXP, LN, SQRT, POWER: only of a number without unit */
			for (k = 0; k < n->nkids; k++) {
				int j;

				v = unit_arith(unit_derive(cat, f, n->kids[k]));
				for (j = 0; v.st == US_NUM && j < U__MAX && v.e[j] == 0; j++)
					;
				if (v.st != US_WILD && !(v.st == US_NUM && j == U__MAX)) {
					u.st = US_UNKNOWN;
					snprintf(u.why, sizeof(u.why), "%s of a unit", fninfo[n->fn].name);
					return u;
				}
			}
			u.st = US_NUM;
			return u;
		}
	}
	u.st = US_UNKNOWN;
	snprintf(u.why, sizeof(u.why), "a node of kind %d", n->kind);
	return u;
}

/*
 * Every formula cell of the bundled model: the unit derived through its
 * formula from the declared units of the cells it reads must be its
 * declared unit. Cells whose unit is not a quantity (text), and cells the
 * derivation cannot decide, are counted and skipped.
 */
static void
run_units(const struct catalog *cat)
{
	size_t i, nok = 0, nskip = 0, ntext = 0, nbad = 0, ngib = 0;
	struct buf skipped = {0}, gib = {0};

	for (i = 0; i < cat->ncells; i++) {
		const struct cellspec *s = cat->def[i], *b = cat->base[i];
		struct unit want, got;
		char tw[64], tg[64];

		if (s->kind != CK_FORMULA || s->formula == NULL)
			continue;
		want = unit_parse(b->unit);
		if (want.st == US_TEXT) {
			ntext++;
			continue;
		}
		got = unit_derive(cat, s->formula, s->formula->root);
		if (want.st == US_UNKNOWN || got.st == US_UNKNOWN) {
			nskip++;
			buf_printf(&skipped, "%s%s (%s)", nskip > 1 ? "; " : "", b->name,
			    want.st == US_UNKNOWN ? want.why : got.why);
			continue;
		}
		if (got.st == US_MISMATCH) {
			check(false, "units: %s: the formula %s", b->name, got.why);
			nbad++;
			continue;
		}
		if (got.st == US_WILD || (want.st == got.st && want.st != US_NUM) ||
		    (want.st == US_NUM && got.st == US_NUM && (unit_same(&want, &got) ||
		    (got.conv && unit_convertible(&want, &got)) || unit_gib(&want, &got)))) {
			nok++;
			if (got.st == US_NUM && (got.gib || !unit_same(&want, &got)) &&
			    unit_gib(&want, &got))
				buf_printf(&gib, "%s%s", ngib++ ? ", " : "", b->name);
			else if (got.gib)
				buf_printf(&gib, "%s%s", ngib++ ? ", " : "", b->name);
			continue;
		}
		unit_text(tw, sizeof(tw), &want);
		unit_text(tg, sizeof(tg), &got);
		if (want.st == US_NUM && got.st == US_NUM && got.conv) {
			nskip++;
			buf_printf(&skipped, "%s%s (labelled %s, %s through a literal)", nskip > 1 ?
			    "; " : "", b->name, tw, tg);
			continue;
		}
		check(false, "units: %s is labelled %s (%s) and its formula gives %s", b->name,
		    b->unit ? b->unit : "nothing", tw, tg);
		nbad++;
	}
	check(nbad == 0 && nok > 300, "units: %zu formula cells derive their declared unit (%zu "
	    "of them reading GiB as a vendor's GB), %zu mismatch, %zu are text (not quantities), "
	    "%zu skipped (undecidable)", nok, ngib, nbad, ntext, nskip);
	if (nskip)
		printf("# units: skipped: %s\n", buf_str(&skipped));
	if (ngib)
		printf("# units: GiB read as GB: %s\n", buf_str(&gib));
	buf_free(&skipped);
	buf_free(&gib);
}

/* --- charts -------------------------------------------------------------------- */

/* A colour in an SVG style, 0 to 1 each; a line's dash pattern ("" for solid). */
struct svgpaint {
	double c[3];
	char dash[32];
};

/* Parse "rgb(A%,B%,C%)" at p into c; false if it is not one. */
static bool
svg_rgb(const char *p, double c[3])
{
	return sscanf(p, "rgb(%lf%%,%lf%%,%lf%%)", &c[0], &c[1], &c[2]) == 3 &&
	    (c[0] /= 100, c[1] /= 100, c[2] /= 100, true);
}

static bool
same_rgb(const double a[3], const double b[3])
{
	return fabs(a[0] - b[0]) < 5e-4 && fabs(a[1] - b[1]) < 5e-4 && fabs(a[2] - b[2]) < 5e-4;
}

/*
 * The strokes of width w in svg (cairo writes each path's style inline),
 * in drawing order, into out (at most max); returns how many.
 */
static size_t
svg_strokes(const char *svg, const char *w, struct svgpaint *out, size_t max)
{
	const char *p = svg;
	size_t n = 0;
	char want[48];

	snprintf(want, sizeof(want), "stroke-width:%s;", w);
	while (n < max && (p = strstr(p, "style=\"")) != NULL) {
		const char *end = strchr(p + 7, '"'), *q;
		size_t len = end ? (size_t)(end - p) : strlen(p);
		char *st = xstrndup(p, len);

		p += len;
		if (strstr(st, want) == NULL || (q = strstr(st, ";stroke:")) == NULL ||
		    !svg_rgb(q + 8, out[n].c)) {
			free(st);
			continue;
		}
		out[n].dash[0] = 0;
		if ((q = strstr(st, "stroke-dasharray:")) != NULL)
			snprintf(out[n].dash, sizeof(out[n].dash), "%.*s", (int)strcspn(q + 17, ";"),
			    q + 17);
		n++;
		free(st);
	}
	return n;
}

/* The opaque fill colours of svg, each once, into out (at most max); returns how many. */
static size_t
svg_fills(const char *svg, double (*out)[3], size_t max)
{
	const char *p = svg;
	size_t n = 0, i;

	while ((p = strstr(p, "fill:rgb(")) != NULL) {
		double c[3];
		const char *e = strchr(p, ')');

		p += 5;
		if (e == NULL || !svg_rgb(p, c) || strncmp(e + 1, ";fill-opacity:0.", 16) == 0)
			continue;
		for (i = 0; i < n && !same_rgb(out[i], c); i++)
			;
		if (i == n && n < max) {
			memcpy(out[n], c, sizeof(c));
			n++;
		}
	}
	return n;
}

/* sRGB 0xRRGGBB channel k (0 red) to linear light. */
static double
srgb_linear(unsigned hex, int k)
{
	double c = ((hex >> (16 - 8 * k)) & 0xff) / 255.0;

	return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

/* The CIE 1976 distance of two sRGB colours (D65). */
static double
delta_e(unsigned a, unsigned b)
{
	double lab[2][3];
	unsigned h[2] = {a, b};
	int i;

	for (i = 0; i < 2; i++) {
		double r = srgb_linear(h[i], 0), g = srgb_linear(h[i], 1), bl = srgb_linear(h[i], 2);
		double xyz[3] = {(0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047,
			0.2126 * r + 0.7152 * g + 0.0722 * bl,
			(0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883};
		double f[3];
		int k;

		for (k = 0; k < 3; k++)
			f[k] = xyz[k] > 0.008856 ? cbrt(xyz[k]) : 7.787 * xyz[k] + 16.0 / 116;
		lab[i][0] = 116 * f[1] - 16;
		lab[i][1] = 500 * (f[0] - f[1]);
		lab[i][2] = 200 * (f[1] - f[2]);
	}
	return sqrt(pow(lab[0][0] - lab[1][0], 2) + pow(lab[0][1] - lab[1][1], 2) +
	    pow(lab[0][2] - lab[1][2], 2));
}

/* WCAG contrast of an sRGB colour against white. */
static double
contrast_white(unsigned hex)
{
	double y = 0.2126 * srgb_linear(hex, 0) + 0.7152 * srgb_linear(hex, 1) +
	    0.0722 * srgb_linear(hex, 2);

	return 1.05 / (y + 0.05);
}

/* A colour as the decision map fills a region with it: 45% white. */
static unsigned
lighten(unsigned hex)
{
	unsigned out = 0;
	int k;

	for (k = 0; k < 3; k++)
		out |= (unsigned)(0.45 * 255 + 0.55 * ((hex >> (16 - 8 * k)) & 0xff) + 0.5) <<
		    (16 - 8 * k);
	return out;
}

/* A chart's SVG as text (borrowed from b). */
static const char *
svg_text(struct buf *b)
{
	buf_putc(b, 0);
	b->len--;
	return b->data ? b->data : "";
}

/*
 * The labels of r's two big decision maps as the chart places them (what
 * chart_map_marks reads from the drawing code): no two boxes overlap, not
 * a region's name and a stage line, not "this scenario" and a region's
 * name, not two stage labels.
 */
static void
check_map_marks(const struct report *r, const char *what)
{
	static const char *const kinds[] = {"stage line", "stage label", "scenario",
		"\"this scenario\"", "region name"};
	int k;

	for (k = 0; k < 2; k++) {
		struct chart_mark *mk = NULL;
		size_t nm = chart_map_marks(r, k, &mk), a, b, nregion = 0, nover = 0;
		char why[256] = "";

		for (a = 0; a < nm; a++) {
			nregion += mk[a].kind == CHART_MARK_REGION;
			for (b = a + 1; b < nm; b++) {
				const struct chart_mark *p = &mk[a], *q = &mk[b];

				if (p->kind == CHART_MARK_STAGE_LINE && (q->kind == CHART_MARK_STAGE_LINE ||
				    q->kind == CHART_MARK_HERE))
					continue; /* lines may cross, and the scenario can sit on one */
				if (p->x0 < q->x1 && q->x0 < p->x1 && p->y0 < q->y1 && q->y0 < p->y1 &&
				    nover++ == 0)
					snprintf(why, sizeof(why), ": %s \"%s\" over %s \"%s\"",
					    kinds[q->kind], q->line[0], kinds[p->kind], p->line[0]);
			}
		}
		check(nm > 0 && nregion > 0 && nover == 0, "%s: %s: %zu labels and marks (%zu region "
		    "names), none overlapping another%s", what, k ? "map-family" : "map", nm, nregion,
		    why);
		free(mk);
	}
}

/*
 * The bars of r's breakdown chart as it draws them: each (of a platform
 * that costs anything) at least a tenth of its axis, so that it reads;
 * with two panels, the serverless platforms in the first and the
 * Kubernetes ones in the second.
 */
static void
check_breakdown_bars(const struct report *r, const char *what)
{
	struct chart_bar *b = NULL;
	size_t n = chart_breakdown_bars(r, &b), i, npanel[2] = {0, 0};
	double worst = 1e9;
	const char *who = "", *wrong = "";

	for (i = 0; i < n; i++)
		npanel[b[i].panel > 0]++;
	for (i = 0; i < n; i++) {
		const struct prow *row = &r->rows[b[i].row];
		double share = b[i].w / b[i].plot_w;

		if (b[i].family >= 0 && b[i].family != (row->p->family != FAM_SERVERLESS))
			wrong = row->p->id;
		if (row->total > 0 && share < worst) {
			worst = share;
			who = row->p->id;
		}
	}
	check(n == r->nrows && worst >= CHART_BAR_READABLE - 1e-9 && !*wrong, "%s: breakdown: %zu "
	    "bars on %s, the shortest %.1f%% of its axis (%s)%s%s", what, n, npanel[1] ?
	    "panels" : "one scale", worst * 100, who, *wrong ? ", in the wrong family's panel: " :
	    "", wrong);
	free(b);
}

/*
 * The tornado's labels as drawn: each the input's description, shortened
 * (its first words, not the cell's name), on one or two lines that fit
 * the label column.
 */
static void
check_tornado_labels(const struct report *r, const char *what)
{
	struct chart_label *l = NULL;
	size_t n = chart_tornado_labels(r, &l), i;
	cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 8, 8);
	cairo_t *cr = cairo_create(s);
	const char *bad = "";
	double widest = 0;

	for (i = 0; i < n; i++) {
		const struct cellspec *c = r->m->cat->base[l[i].cell];
		char first[64], joined[2 * CHART_LABEL_LEN + 2], *p;
		int ln;

		/* the description's first word, in lower case, is in the label */
		snprintf(first, sizeof(first), "%.*s", (int)strcspn(c->description ? c->description :
		    "", " :;.("), c->description ? c->description : "");
		snprintf(joined, sizeof(joined), "%s %s", l[i].line[0], l[i].line[1]);
		for (p = first; *p; p++)
			*p = (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
		for (p = joined; *p; p++)
			*p = (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
		{
			/* in the font it is drawn in: bold where the input flips the verdict */
			bool flips = false;
			size_t k;

			for (k = 0; k < r->an->nsens; k++)
				if (r->an->sens[k].cell == l[i].cell)
					flips = r->an->sens[k].flips;
			chart_font(cr, 13, flips);
			for (ln = 0; ln < 2; ln++)
				widest = fmax(widest, chart_text_width(cr, l[i].line[ln]));
		}
		if (!l[i].line[0][0] || strcmp(l[i].line[0], c->name) == 0 || strstr(l[i].line[0],
		    c->name) || !*first || !strstr(joined, first))
			bad = c->name;
		/* a platform's cell says whose ("Google Cloud Run: time to add capacity ...") */
		for (ln = 0; ln < (int)r->m->cat->nplatforms; ln++) {
			const struct platform *pl = &r->m->cat->platforms[ln];
			size_t m = strlen(pl->id);

			if (strncmp(c->name, pl->id, m) == 0 && c->name[m] == '.' &&
			    !(c->description && strstr(c->description, pl->name)) &&
			    (strncmp(l[i].line[0], pl->name, strlen(pl->name)) != 0 ||
			    l[i].line[0][strlen(pl->name)] != ':'))
				bad = c->name;
		}
	}
	check(n > 0 && !*bad && widest <= 330 + 1e-9, "%s: tornado: %zu labels, each the input's "
	    "description shortened, not its name, at most %.0f px wide%s%s", what, n, widest,
	    *bad ? ": not " : "", bad);
	cairo_destroy(cr);
	cairo_surface_destroy(s);
	free(l);
}

/*
 * The charts of every bundled scenario, drawn as runsheet draws them and
 * read back from their SVG: every platform has one look (colour and line)
 * in every break-even chart, no two platforms share a colour, and the
 * decision map fills each platform's region with its colour lightened.
 */
static void
run_charts(struct catalog *cat)
{
	char **files;
	size_t n, i, k, np = cat->nplatforms;
	struct svgpaint *look = xcalloc(np + 1, sizeof(*look));
	bool *seen = xcalloc(np + 1, sizeof(*seen)), consistent = true, maps_ok = true;
	const char *why = "";

	files = dir_list("scenarios", ".json", &n);
	for (i = 0; files && i < n; i++) {
		struct scenario *sc;
		struct model *m;
		struct report *r = load_report(cat, files[i], NULL, 0, &sc, &m);
		struct analysis_opts o = {.samples = 200};
		struct buf apng[3] = {{0}}, asvg[3] = {{0}}, mpng[3] = {{0}}, msvg[3] = {{0}};
		struct diags d = {0};
		struct svgpaint lines[64];
		size_t nl, j, row;

		if (r == NULL) {
			unload_report(r, m, sc);
			continue;
		}
		r->an = analyses_run(r, &o);
		check(chart_analyses(r, apng, asvg, NULL, &d) && chart_maps(r, mpng, msvg, NULL, &d),
		    "%s: the charts draw", files[i]);
		/* the break-even lines, one per platform in the running, in listing order */
		nl = svg_strokes(svg_text(&asvg[0]), "2.25", lines, 64);
		for (row = 0, j = 0; row < r->nrows; row++) {
			size_t pi = (size_t)r->rows[row].pi;

			if (r->rows[row].excluded)
				continue;
			if (j >= nl) {
				consistent = false;
				why = "a line missing";
				break;
			}
			if (!seen[pi]) {
				look[pi] = lines[j];
				seen[pi] = true;
			} else if (!same_rgb(look[pi].c, lines[j].c) ||
			    strcmp(look[pi].dash, lines[j].dash) != 0) {
				consistent = false;
				why = cat->platforms[pi].id;
			}
			j++;
		}
		/* the map: the regions' fills are the lightened colours of its platforms */
		{
			const struct decision_map *dm = r->an->map;
			double fills[64][3];
			size_t nf = svg_fills(svg_text(&msvg[0]), fills, 64), f;
			bool *on = xcalloc(np + 1, sizeof(*on));

			for (j = 0; dm && j < (size_t)dm->x.n * (size_t)dm->y.n; j++)
				if (dm->platform[j] >= 0)
					on[dm->platform[j]] = true;
			for (k = 0; dm && k < np; k++) {
				double want[3];
				int c;

				if (!on[k] || !seen[k])
					continue;
				for (c = 0; c < 3; c++)
					want[c] = 0.45 + 0.55 * look[k].c[c];
				for (f = 0; f < nf && !same_rgb(fills[f], want); f++)
					;
				if (f == nf) {
					maps_ok = false;
					fprintf(stderr, "# %s: no region in %s's colour\n", files[i],
					    cat->platforms[k].id);
				}
			}
			free(on);
		}
		check_map_marks(r, files[i]);
		check_breakdown_bars(r, files[i]);
		check_tornado_labels(r, files[i]);
		for (k = 0; k < 3; k++) {
			buf_free(&apng[k]);
			buf_free(&asvg[k]);
			buf_free(&mpng[k]);
			buf_free(&msvg[k]);
		}
		diags_free(&d);
		analyses_free(r->an);
		r->an = NULL;
		unload_report(r, m, sc);
	}
	strv_free(files, n);
	{
		/*
		 * the scenario moved onto a stage line, beside a region's name
		 * and into a corner: its label and the names still clear
		 */
		static const char *const cases[][3] = {
			{"scenarios/steady-api.json", "team.engineers", "15"},
			{"scenarios/steady-api.json", "team.engineers", "22"},
			{"scenarios/platform-team-60.json", "team.engineers", "30"},
			{"scenarios/platform-team-60.json", "workload.scale", "40"},
			{"scenarios/series-a-saas.json", "team.engineers", "200"},
			{"scenarios/series-a-saas.json", "team.engineers", "5"},
			{"scenarios/startup-bursty.json", "team.engineers", "40"},
			/* what-ifs the browser tests drew: a family's own totals far apart */
			{"scenarios/seed-004-business-hours.json", "workload.requests_per_month",
			    "6371000000000"},
			{"scenarios/gpu-inference.json", "workload.avg_request_ms", "13550"},
		};

		for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
			struct setopt set = {(char *)cases[i][1], (char *)cases[i][2]};
			struct scenario *sc;
			struct model *m;
			struct report *r = load_report(cat, cases[i][0], &set, 1, &sc, &m);
			struct analysis_opts o = {.samples = 50};
			char what[256];

			if (r == NULL) {
				check(false, "%s --set %s=%s loads", cases[i][0], cases[i][1], cases[i][2]);
				unload_report(r, m, sc);
				continue;
			}
			r->an = analyses_run(r, &o);
			snprintf(what, sizeof(what), "%s --set %s=%s", cases[i][0], cases[i][1],
			    cases[i][2]);
			check_map_marks(r, what);
			check_breakdown_bars(r, what);
			analyses_free(r->an);
			r->an = NULL;
			unload_report(r, m, sc);
		}
	}
	check(consistent, "every platform has one colour and line in every break-even chart%s%s",
	    *why ? ": not " : "", why);
	{
		size_t a, b, nseen = 0, shared = 0;

		for (a = 0; a < np; a++) {
			nseen += seen[a];
			for (b = a + 1; b < np; b++)
				if (seen[a] && seen[b] && same_rgb(look[a].c, look[b].c)) {
					shared++;
					fprintf(stderr, "# %s and %s share a colour\n", cat->platforms[a].id,
					    cat->platforms[b].id);
				}
		}
		/* App Runner, closed to new customers, is excluded from every bundled one */
		check(nseen + 1 >= np && shared == 0, "the %zu platforms on the break-even charts "
		    "have a colour each (%zu pairs share one)", nseen, shared);
	}
	{
		/*
		 * Every platform of the catalog, drawn or not: a colour and line
		 * pair of its own; colours apart by CIELAB distance 20 or more as
		 * lines and 12 as the map's fills (45% white; from the "none
		 * left" grey too), and lines at a contrast of 2:1 or more on white
		 */
		double dmin = 1e9, fmin_ = 1e9, cmin = 1e9;
		size_t a, b, dup = 0;

		for (a = 0; a < np; a++) {
			struct chart_look la = chart_platform_look(cat, a);

			cmin = fmin(cmin, contrast_white(la.hex));
			fmin_ = fmin(fmin_, delta_e(lighten(la.hex), 0xDBDBDB));
			for (b = a + 1; b < np; b++) {
				struct chart_look lb = chart_platform_look(cat, b);

				if (la.hex == lb.hex && la.dash == lb.dash)
					dup++;
				dmin = fmin(dmin, delta_e(la.hex, lb.hex));
				fmin_ = fmin(fmin_, delta_e(lighten(la.hex), lighten(lb.hex)));
			}
		}
		check(dup == 0 && dmin >= 20 && fmin_ >= 12 && cmin >= 2, "every platform's colour "
		    "and line is its own: %zu shared pairs, colours %.1f apart at least as lines and "
		    "%.1f as fills, contrast %.2f:1 at least", dup, dmin, fmin_, cmin);
	}
	check(maps_ok, "the decision maps fill each platform's region with its break-even colour, "
	    "lightened");
	free(look);
	free(seen);
}

int
main(int argc, char **argv)
{
	struct diags d = {0};
	struct catalog *cat;
	char **files;
	size_t n, i;

	(void)argc;
	(void)argv;
	json_object_seed(1);
	if (getenv("UNIT_FORMULA_OUT"))
		formula_out = fopen(getenv("UNIT_FORMULA_OUT"), "w");
	run_formula_cases("tests/formula/cases.txt");
	if (formula_out)
		fclose(formula_out);
	formula_out = NULL;
	run_names("tests/names.txt");
	run_numbers("tests/numbers.txt");
	run_table("tests/quantities.txt", one_quantity);
	run_table("tests/cron.txt", one_cron);
	run_jsonpos();
	run_templates();
	cat = catalog_load(".", NULL, 0, &d);
	check(d.nerrors == 0, "the bundled model data loads without errors");
	print_diags(&d);
	if (d.nerrors == 0) {
		files = dir_list("tests/expect", ".expect", &n);
		for (i = 0; files && i < n; i++)
			run_expect(cat, files[i]);
		strv_free(files, n);
		run_scenario_invariants(cat);
		run_inert(cat);
		run_image(cat);
		run_analyses(cat);
		run_units(cat);
		run_reasons(cat);
		run_rule_quotes(cat);
		chart_init();
		run_charts(cat);
	}
	catalog_free(cat);
	diags_free(&d);
	chart_shutdown();
	printf("# unit: %d checks, %d failed\n", ntests, nfailed);
	return nfailed ? 1 : 0;
}
