/*
 * document.c -- one scenario's decision documents.
 *
 * doc_scenario() writes, into a scenario's directory, every file SPEC.md
 * lists: report.md and report.html, workbook.xlsx, the charts as PNG and
 * SVG, data.json and breakdown.csv. All of them render from the
 * same const report; none reads JSON or evaluates a formula.
 *
 * report.md is templates/report.md rendered against variables built here
 * (report_vars): every number is formatted once, by num.c, so the same
 * rounded figure appears in Markdown, HTML and the workbook's number
 * format. report.html is that Markdown through cmark-gfm (tables on, raw
 * HTML off, dangerous link schemes dropped) inside templates/report.html.
 * One AST pass replaces the report's own chart images with a <picture>
 * offering the SVG with the PNG as fallback; the HTML for it is built here
 * with escaping, and only for image paths matching charts/<name>.png.
 */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <jansson.h>

#include "runsheet.h"
#include "chart.h"
#include "analysis.h"
#include "document.h"
#include "pages.h"
#include "jsonw.h"
#include "num.h"
#include "tmpl.h"
#include "xlsx.h"
#include "cli.h"

/*
 * Set key to text; with marks, wrapped as "\1CELL\37FORMAT\37VALUE\2TEXT\3",
 * which md_to_html() makes a <span data-cell data-fmt data-value> that the
 * page's engine (assets/whatif.js) updates. report.md is rendered without.
 */
static void
mark_var(struct tval *t, const char *key, bool marks, const char *cell, const char *fmt,
    const char *value, const char *text)
{
	if (marks)
		tv_strf(t, key, "\001%s\037%s\037%s\002%s\003", cell, fmt, value, text);
	else
		tv_str(t, key, text);
}

/*
 * Set key to a source text as a reader reads it: the documents the data
 * cites by file name named by their titles (source_cite); "" for none.
 */
static void
tv_cite(struct tval *t, const char *key, const struct catalog *cat, const char *text)
{
	struct buf b = {0};

	source_cite(&b, cat, text);
	tv_str(t, key, buf_str(&b));
	buf_free(&b);
}

/* mark_var of a number shown as money (fmt "money" or "signed_money"). */
static void
mark_money(struct tval *t, const char *key, bool marks, const char *cell, const char *fmt,
    double v)
{
	struct buf b = {0};
	char num[64];

	if (strcmp(fmt, "signed_money") == 0 && v > 0)
		buf_putc(&b, '+');
	fmt_money(&b, v);
	num_shortest(num, sizeof(num), v);
	mark_var(t, key, marks, cell, fmt, num, buf_str(&b));
	buf_free(&b);
}

/*
 * The value cells the compared platforms' totals depend on, sorted by
 * name: the assumptions a reader needs to check the numbers. Caller frees.
 */
int *
doc_inputs(const struct report *r, size_t *n)
{
	const struct model *m = r->m;
	unsigned char *mark = xcalloc(m->ncells + 1, 1);
	int *stack = xcalloc(m->ncells + 1, sizeof(*stack)), *out;
	size_t sp = 0, i, k = 0, nd;
	const int *deps;

	for (i = 0; i < r->nrows; i++) {
		int t = r->rows[i].p->total;

		if (!mark[t]) {
			mark[t] = 1;
			stack[sp++] = t;
		}
	}
	/* with a bill, its cells and their sources too */
	if (r->bill.present) {
		int roots[2] = {r->bill.off, r->bill.other};

		for (i = 0; i < 2; i++)
			if (roots[i] >= 0 && !mark[roots[i]]) {
				mark[roots[i]] = 1;
				stack[sp++] = roots[i];
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
	out = stack; /* reuse: at most ncells */
	for (i = 0; i < m->ncells; i++)
		if (mark[i] && m->def[i]->kind == CK_VALUE && m->def[i]->layer != LAYER_DECISION)
			out[k++] = (int)i;
	/* sort by name (insertion sort keeps this dependency-free and stable) */
	{
		size_t a, b;

		for (a = 1; a < k; a++)
			for (b = a; b > 0 && strcmp(m->cat->base[out[b - 1]]->name,
			    m->cat->base[out[b]]->name) > 0; b--) {
				int t = out[b - 1];

				out[b - 1] = out[b];
				out[b] = t;
			}
	}
	free(mark);
	*n = k;
	return out;
}

static const char *
group_of(const struct cellspec *s)
{
	switch (s->layer) {
	case LAYER_SCENARIO:
	case LAYER_CLI:
		return "set";
	case LAYER_PRICING:
		return "price";
	default:
		return "assumption";
	}
}

/*
 * The scenario's "fill_in" list (what an import could not say), each with
 * whether the scenario now sets the cells it names before its ":".
 */
static void
fill_in_vars(struct tval *v, const struct report *r)
{
	const struct model *m = r->m;
	struct tval *l = tv_list(v, "fill_in"), *it;
	size_t i;

	tv_bool(v, "has_fill_in", r->scn && r->scn->nfill_in > 0);
	for (i = 0; r->scn && i < r->scn->nfill_in; i++) {
		const char *t = r->scn->fill_in[i], *colon = strchr(t, ':');
		char *names = xasprintf("%.*s", colon ? (int)(colon - t) : 0, t);
		char *p, *save = NULL;
		struct buf defs = {0};
		bool set = true;
		int any = 0;

		for (p = strtok_r(names, " ,", &save); p; p = strtok_r(NULL, " ,", &save)) {
			int c = catalog_find(m->cat, p);

			if (c < 0)
				continue; /* "and" */
			any++;
			if (m->def[c]->layer == LAYER_SCENARIO || m->def[c]->layer == LAYER_CLI)
				continue;
			set = false;
			buf_printf(&defs, "%s%s = ", defs.len ? ", " : "", m->cat->base[c]->name);
			fmt_value(&defs, &m->values[c], m->cat->base[c]->unit);
		}
		it = tv_item(l);
		tv_str(it, "text", t);
		tv_bool(it, "set", set && any > 0);
		tv_str(it, "defaults", any ? buf_str(&defs) : "no cell named");
		buf_free(&defs);
		free(names);
	}
}

/* Whether cellspecs a and b name the same inputs in their "inert" lists. */
static bool
same_inert(const struct cellspec *a, const struct cellspec *b)
{
	size_t j;

	if (a->ninert != b->ninert)
		return false;
	for (j = 0; j < a->ninert; j++)
		if (strcmp(a->inert[j], b->inert[j]) != 0)
			return false;
	return true;
}

/* The reason of an "inert" cell: its note, else its description. */
static const char *
inert_why(const struct cellspec *s)
{
	return s->note ? s->note : s->description ? s->description : "";
}

/*
 * The inputs that change nothing on a compared platform (has_inert,
 * inert): each cell with an "inert" list that is TRUE here. An item per
 * list of inputs (inputs: name, value, sep; many), each with the platforms
 * it changes nothing on (on: platforms, why), grouped where platforms give
 * the same reason (the cell's note, else its description).
 */
static void
inert_vars(struct tval *v, const struct report *r)
{
	const struct model *m = r->m;
	const struct catalog *cat = m->cat;
	struct tval *l = tv_list(v, "inert"), *it, *il, *ol;
	size_t n = cat->ncells, ngroups = 0, i, k, j, g;
	int *cell = xcalloc(n + 1, sizeof(*cell));          /* a group's first cell */
	struct buf *names = xcalloc(n + 1, sizeof(*names)); /* its platforms */
	size_t *count = xcalloc(n + 1, sizeof(*count));
	bool *done = xcalloc(n + 1, sizeof(*done));
	struct buf b = {0};

	for (i = 0; i < r->nrows; i++) {
		for (k = 0; k < n; k++) {
			const struct cellspec *s = cat->base[k];

			if (s->ninert == 0 || cat->cell_platform[k] != r->rows[i].pi ||
			    !model_bool(m, (int)k))
				continue;
			for (g = 0; g < ngroups; g++) {
				const struct cellspec *t = cat->base[cell[g]];

				if (same_inert(s, t) && strcmp(inert_why(s), inert_why(t)) == 0)
					break;
			}
			if (g == ngroups)
				cell[ngroups++] = (int)k;
			buf_printf(&names[g], "%s%s", count[g]++ ? "\037" : "", r->rows[i].p->name);
		}
	}
	for (k = 0; k < ngroups; k++) {
		const struct cellspec *s = cat->base[cell[k]];

		if (done[k])
			continue;
		it = tv_item(l);
		il = tv_list(it, "inputs");
		for (j = 0; j < s->ninert; j++) {
			struct tval *in = tv_item(il);
			int c = catalog_find(cat, s->inert[j]);

			tv_str(in, "name", s->inert[j]);
			tv_str(in, "sep", j == 0 ? "" : j + 1 == s->ninert ? " and " : ", ");
			b.len = 0;
			if (c >= 0)
				fmt_value(&b, &m->values[c], cat->base[c]->unit);
			tv_str(in, "value", buf_str(&b));
		}
		tv_bool(it, "many", s->ninert > 1);
		ol = tv_list(it, "on");
		for (g = k; g < ngroups; g++) {
			char *list, *p, *save = NULL;
			size_t np = 0;
			struct tval *on;

			if (done[g] || !same_inert(s, cat->base[cell[g]]))
				continue;
			done[g] = true;
			on = tv_item(ol);
			/* the platforms as a reader lists them: "A", "A and B", "A, B and C" */
			list = xstrdup(buf_str(&names[g]));
			b.len = 0;
			for (p = strtok_r(list, "\037", &save); p; p = strtok_r(NULL, "\037", &save)) {
				np++;
				buf_printf(&b, "%s%s", np == 1 ? "" : np == count[g] ? " and " : ", ", p);
			}
			free(list);
			tv_str(on, "platforms", buf_str(&b));
			tv_str(on, "why", inert_why(cat->base[cell[g]]));
		}
	}
	tv_bool(v, "has_inert", ngroups > 0);
	for (k = 0; k < n; k++)
		buf_free(&names[k]);
	free(names);
	free(cell);
	free(count);
	free(done);
	buf_free(&b);
}

/*
 * The dates of the prices the report rests on (the inputs of doc_inputs
 * that a pricing sheet gives): prices_oldest and prices_newest (the dates
 * their sources were read) with the oldest's cell; the stale ones (read
 * more than cat->stale_days before cat->today) and the ones not read from
 * their source, each a list of name, as_of and sep; has_price_flags when
 * either list has any.
 */
static void
price_date_vars(struct tval *v, const struct report *r, const int *cells, size_t n)
{
	const struct model *m = r->m;
	const struct catalog *cat = m->cat;
	struct tval *stale = tv_list(v, "stale_prices"), *unread = tv_list(v, "unread_prices"), *it;
	const char *oldest = NULL, *newest = NULL, *oldest_cell = "";
	bool dated = cat->today != NULL && date_valid(cat->today);
	size_t i, nstale = 0, nunread = 0;

	for (i = 0; i < n; i++) {
		const struct cellspec *s = m->def[cells[i]], *b = cat->base[cells[i]];
		const char *d;

		if (s->layer != LAYER_PRICING)
			continue;
		d = cell_as_of(s, b);
		if (d == NULL) {
			if (cell_unread(s, b)) {
				it = tv_item(unread);
				tv_str(it, "name", b->name);
				nunread++;
			}
			continue;
		}
		if (oldest == NULL || strcmp(d, oldest) < 0) {
			oldest = d;
			oldest_cell = b->name;
		}
		if (newest == NULL || strcmp(d, newest) > 0)
			newest = d;
		if (dated && date_valid(d) && date_days(cat->today) - date_days(d) > cat->stale_days) {
			it = tv_item(stale);
			tv_str(it, "name", b->name);
			tv_str(it, "as_of", d);
			nstale++;
		}
	}
	/* separators for the lists as a reader reads them: "a, b and c" */
	for (i = 0; i < stale->n; i++)
		tv_str(stale->vals[i], "sep", i + 1 == stale->n ? "" : i + 2 == stale->n ?
		    " and " : ", ");
	for (i = 0; i < unread->n; i++)
		tv_str(unread->vals[i], "sep", i + 1 == unread->n ? "" : i + 2 == unread->n ?
		    " and " : ", ");
	tv_bool(v, "has_price_dates", oldest != NULL);
	tv_str(v, "prices_oldest", oldest ? oldest : "");
	tv_str(v, "prices_oldest_cell", oldest_cell);
	tv_str(v, "prices_newest", newest ? newest : "");
	tv_bool(v, "prices_one_date", oldest && newest && strcmp(oldest, newest) == 0);
	tv_strf(v, "nstale_prices", "%zu", nstale);
	tv_bool(v, "has_stale_prices", nstale > 0);
	tv_bool(v, "one_stale_price", nstale == 1);
	tv_strf(v, "nunread_prices", "%zu", nunread);
	tv_bool(v, "has_unread_prices", nunread > 0);
	tv_bool(v, "one_unread_price", nunread == 1);
	tv_bool(v, "has_price_flags", nstale + nunread > 0);
	tv_str(v, "stale_today", dated ? cat->today : "");
	tv_strf(v, "stale_days", "%d", cat->stale_days);
}

/* The model beside the bill: has_bill, bill_off, bill_warning, bill_rows... */
static void
bill_vars(struct tval *v, const struct report *r, bool marks)
{
	const struct billview *bv = &r->bill;
	const struct model *m = r->m;
	const struct catalog *cat = m->cat;
	struct tval *l, *it;
	struct buf b = {0};
	char num[64];
	int k;

	tv_bool(v, "has_bill", bv->present);
	tv_bool(v, "bill_off", bv->present && bv->warning);
	mark_var(v, "bill_warning", marks, "bill.warning", "text", "", bv->warning ?
	    bv->warning : "");
	mark_var(v, "bill_sentence", marks, "bill.sentence", "text", "", bv->sentence ?
	    bv->sentence : "");
	tv_str(v, "bill_platform", bv->present ? bv->p->name : "");
	tv_str(v, "bill_period", bv->present ? bv->period : "");
	l = tv_list(v, "bill_rows");
	if (!bv->present)
		return;
	for (k = 0; k <= BILL__MAX; k++) {
		int a = k < BILL__MAX ? bv->actual[k] : bv->actual_total;
		int mo = k < BILL__MAX ? bv->model[k] : bv->model_total;
		int df = k < BILL__MAX ? bv->diff[k] : bv->diff_total;
		int pc = k < BILL__MAX ? bv->pct[k] : bv->pct_total;

		it = tv_item(l);
		tv_str(it, "name", k < BILL__MAX ? bill_comp_names[k] : "together");
		tv_bool(it, "total", k == BILL__MAX);
		tv_bool(it, "worst", k == bv->worst_k);
		mark_money(it, "actual", marks, cat->base[a]->name, "money", model_num(m, a));
		mark_money(it, "model", marks, cat->base[mo]->name, "money", model_num(m, mo));
		mark_money(it, "difference", marks, cat->base[df]->name, "signed_money",
		    model_num(m, df));
		b.len = 0;
		if (model_num(m, a) == 0) {
			buf_puts(&b, "n/a");
		} else {
			if (model_num(m, pc) > 0)
				buf_putc(&b, '+');
			fmt_percent(&b, model_num(m, pc));
		}
		num_shortest(num, sizeof(num), model_num(m, pc));
		mark_var(it, "percent", marks, cat->base[pc]->name, "bill_percent", num,
		    buf_str(&b));
	}
	mark_money(v, "bill_other", marks, cat->base[bv->other]->name, "money",
	    model_num(m, bv->other));
	b.len = 0;
	fmt_percent(&b, model_num(m, bv->miss));
	num_shortest(num, sizeof(num), model_num(m, bv->miss));
	mark_var(v, "bill_miss", marks, cat->base[bv->miss]->name, "percent", num, buf_str(&b));
	b.len = 0;
	fmt_percent(&b, model_num(m, bv->threshold));
	num_shortest(num, sizeof(num), model_num(m, bv->threshold));
	mark_var(v, "bill_threshold", marks, cat->base[bv->threshold]->name, "percent", num,
	    buf_str(&b));
	buf_free(&b);
}

/*
 * The template variables of a report. Every figure is a preformatted
 * string; lists are the platforms, the reasons, the assumptions and the
 * inputs. Caller frees with tv_free.
 */
struct tval *
report_vars(const struct report *r, const struct docenv *env)
{
	return report_vars_marked(r, env, false);
}

/* report_vars(), with the figures the page recalculates marked (mark_var). */
struct tval *
report_vars_marked(const struct report *r, const struct docenv *env, bool marks)
{
	const struct model *m = r->m;
	const struct catalog *cat = m->cat;
	struct tval *v = tv_map(), *l, *it;
	struct buf b = {0};
	struct range rg;
	size_t i, n;
	int *cells, k;

	tv_str(v, "title", r->scn ? r->scn->title : "Model defaults");
	tv_str(v, "id", r->scn ? r->scn->id : "defaults");
	tv_str(v, "summary", r->scn && r->scn->summary ? r->scn->summary : "");
	tv_str(v, "description", r->scn && r->scn->description ? r->scn->description : "");
	/* "The scenario" only when it has something to show under it */
	tv_bool(v, "has_scenario_section", r->scn && ((r->scn->description &&
	    r->scn->description[strspn(r->scn->description, " \t\r\n")]) ||
	    r->scn->nassumptions > 0 || r->scn->nfill_in > 0));
	tv_str(v, "version", RUNSHEET_VERSION);
	tv_str(v, "data_date", env->data_date);
	tv_str(v, "root", "../../");
	tv_str(v, "where", r->where);
	tv_bool(v, "has_where", r->where[0] != '\0');
	tv_bool(v, "has_verdict", r->rec >= 0);
	bill_vars(v, r, marks);
	if (r->rec >= 0) {
		const struct prow *rec = &r->rows[r->rec];

		tv_str(v, "verdict_name", rec->p->name);
		mark_var(v, "verdict_mark", marks, "decision.platform", "verdict", rec->p->id,
		    rec->p->name);
		tv_str(v, "verdict_id", rec->p->id);
		mark_var(v, "verdict_family", marks, "decision.platform", "family", rec->p->id,
		    family_names[rec->p->family]);
		mark_money(v, "verdict_monthly", marks, "decision.monthly_total", "money",
		    rec->total);
		mark_money(v, "verdict_annual", marks, "decision.annual_total", "money",
		    rec->annual);
		mark_var(v, "tie_line", marks, "decision.near_tie", "near_tie", r->near_tie ?
		    "TRUE" : "FALSE", r->tie_line ? r->tie_line : "");
	} else {
		tv_str(v, "verdict_name", "none");
		mark_var(v, "verdict_mark", marks, "decision.platform", "verdict", "none", "none");
		tv_str(v, "verdict_id", "none");
		tv_str(v, "verdict_family", "");
		tv_str(v, "verdict_monthly", "");
		tv_str(v, "verdict_annual", "");
	}
	l = tv_list(v, "reasons");
	for (i = 0; i < r->nreasons; i++) {
		char idx[32];

		snprintf(idx, sizeof(idx), "%zu", i);
		b.len = 0;
		if (marks)
			buf_printf(&b, "\001reason\037text\037%s\002%s\003", idx, r->reasons[i]);
		else
			buf_puts(&b, r->reasons[i]);
		tv_item_str(l, buf_str(&b));
	}

	l = tv_list(v, "platforms");
	for (i = 0; i < r->nrows; i++) {
		const struct prow *row = &r->rows[i];

		it = tv_item(l);
		tv_str(it, "name", row->p->name);
		tv_str(it, "id", row->p->id);
		tv_str(it, "family", family_names[row->p->family]);
		b.len = 0;
		buf_printf(&b, "%s.row", row->p->id);
		mark_var(it, "name_mark", marks, buf_str(&b), "row", row->p->id, row->p->name);
		for (k = 0; k < COMP__MAX; k++) {
			b.len = 0;
			buf_printf(&b, "%s.%s", row->p->id, component_ids[k]);
			mark_money(it, component_ids[k], marks, buf_str(&b), "money", row->comp[k]);
		}
		b.len = 0;
		buf_printf(&b, "%s.total", row->p->id);
		mark_money(it, "total", marks, buf_str(&b), "money", row->total);
		b.len = 0;
		buf_printf(&b, "%s.annual_total", row->p->id);
		mark_money(it, "annual", marks, buf_str(&b), "money", row->annual);
		b.len = 0;
		buf_printf(&b, "%s.per_million", row->p->id);
		mark_money(it, "per_million", marks, buf_str(&b), "money", row->per_million);
		tv_bool(it, "recommended", (int)i == r->rec);
		tv_bool(it, "cheapest", (int)i == r->cheapest);
		tv_bool(it, "excluded", row->excluded);
		tv_str(it, "excluded_why", row->excluded_why ? row->excluded_why : "");
	}
	tv_bool(v, "has_requests", r->requests > 0);
	b.len = 0;
	fmt_fixed(&b, r->requests, 0, true);
	tv_str(v, "requests", buf_str(&b));

	l = tv_list(v, "assumptions");
	for (i = 0; r->scn && i < r->scn->nassumptions; i++)
		tv_item_str(l, r->scn->assumptions[i]);
	tv_bool(v, "has_assumptions", r->scn && r->scn->nassumptions > 0);
	fill_in_vars(v, r);
	inert_vars(v, r);
	l = tv_list(v, "sources");
	b.len = 0;
	for (i = 0; r->scn && i < r->scn->nsources; i++) {
		tv_item_str(l, r->scn->sources[i]);
		if (i)
			buf_puts(&b, "; ");
		source_cite(&b, cat, r->scn->sources[i]);
	}
	tv_str(v, "scenario_sources", buf_str(&b));
	tv_bool(v, "has_sources", r->scn && r->scn->nsources > 0);

	cells = doc_inputs(r, &n);
	price_date_vars(v, r, cells, n);
	{
		struct tval *groups[3];
		static const char *const gk[3] = {"inputs_set", "inputs_prices",
			"inputs_assumptions"};

		for (k = 0; k < 3; k++)
			groups[k] = tv_list(v, gk[k]);
		for (i = 0; i < n; i++) {
			const struct cellspec *s = m->def[cells[i]], *bs = cat->base[cells[i]];
			const char *g = group_of(s);
			const char *src = s->source ? s->source : bs->source;
			char *set_by = NULL;

			if (s->layer == LAYER_SCENARIO || s->layer == LAYER_CLI) {
				/* what the scenario sets is sourced by the scenario */
				const char *file = s->src ? strrchr(s->src->path, '/') : NULL;

				file = file ? file + 1 : s->src ? s->src->path : NULL;
				set_by = s->source ? xstrdup(s->source) : file ?
				    xasprintf("the scenario (%s)", file) :
				    xasprintf("%s", s->jpath ? s->jpath : "--set");
				src = set_by;
			}

			it = tv_item(groups[strcmp(g, "set") == 0 ? 0 : strcmp(g, "price") == 0 ?
			    1 : 2]);
			tv_str(it, "name", bs->name);
			b.len = 0;
			fmt_value(&b, &m->values[cells[i]], bs->unit);
			if (model_range(m, cells[i], &rg)) {
				struct buf rb = {0};

				fmt_number(&rb, rg.low, bs->unit);
				buf_puts(&rb, " to ");
				fmt_number(&rb, rg.high, bs->unit);
				if (rg.spread >= 0) {
					buf_puts(&rb, ", ±");
					fmt_percent(&rb, model_num(m, rg.spread));
					buf_printf(&rb, " by %s", m->cat->base[rg.spread]->name);
				}
				buf_printf(&b, " (range %s)", buf_str(&rb));
				buf_free(&rb);
			}
			tv_str(it, "value", buf_str(&b));
			tv_str(it, "description", bs->description ? bs->description : "");
			tv_cite(it, "source", cat, src);
			free(set_by);
			tv_str(it, "url", s->url ? s->url : bs->url ? bs->url : "");
			tv_str(it, "as_of", cell_unread(s, bs) ? "not read from its source" :
			    s->as_of ? s->as_of : bs->as_of ? bs->as_of : "");
			b.len = 0;
			if (s->layer == LAYER_PRICING)
				sheet_region_text(&b, s);
			tv_str(it, "region", buf_str(&b));
		}
	}
	free(cells);
	buf_free(&b);
	analysis_vars(v, r);
	return v;
}

static void
scale_text(struct buf *b, bool found, double scale)
{
	if (found)
		fmt_scale(b, scale);
	else
		buf_puts(b, "none in range");
}

/* The pair the report explains in words: Cloud Run against EKS, the
 * seeds' own pair, when both are compared; else the first pair with a
 * crossover of the infrastructure; else the first pair. -1 if none. */
static int
headline_pair(const struct analyses *an, const struct report *r)
{
	size_t i;

	for (i = 0; i < an->ncross; i++)
		if (strcmp(r->rows[an->cross[i].s].p->id, "cloud_run") == 0 &&
		    strcmp(r->rows[an->cross[i].k].p->id, "eks") == 0)
			return (int)i;
	for (i = 0; i < an->ncross; i++)
		if (an->cross[i].without_found)
			return (int)i;
	return an->ncross ? 0 : -1;
}

/* The decision map: has_map, its axes, its alt texts and its sentences. */
static void
map_vars(struct tval *v, const struct report *r)
{
	const struct decision_map *dm = r->an ? r->an->map : NULL;
	const struct catalog *cat = r->m->cat;
	struct tval *l;
	struct buf b = {0};
	char *sum;
	size_t i;

	tv_bool(v, "has_map", dm != NULL);
	tv_str(v, "map_why", r->an && r->an->map_why ? r->an->map_why : "");
	if (dm == NULL) {
		tv_list(v, "map_sentences");
		tv_bool(v, "has_near", false);
		return;
	}
	tv_str(v, "map_x", cat->base[dm->x.cell]->name);
	tv_str(v, "map_y", cat->base[dm->y.cell]->name);
	tv_strf(v, "map_nx", "%d", dm->x.n);
	tv_strf(v, "map_ny", "%d", dm->y.n);
	tv_strf(v, "map_points", "%d", dm->x.n * dm->y.n);
	tv_strf(v, "map_borders", "%zu", dm->nborders);
	map_range_text(&b, r->m, &dm->x, dm->x.values[0], dm->x.values[dm->x.n - 1]);
	tv_str(v, "map_x_range", buf_str(&b));
	b.len = 0;
	map_range_text(&b, r->m, &dm->y, dm->y.values[0], dm->y.values[dm->y.n - 1]);
	tv_str(v, "map_y_range", buf_str(&b));
	sum = map_summary(r, false);
	tv_str(v, "map_alt", sum);
	free(sum);
	sum = map_summary(r, true);
	tv_str(v, "map_family_alt", sum);
	free(sum);
	l = tv_list(v, "map_sentences");
	for (i = 0; i < dm->nnear; i++) {
		b.len = 0;
		map_border_sentence(&b, r, &dm->near[i]);
		tv_item_str(l, buf_str(&b));
	}
	tv_bool(v, "has_near", dm->nnear > 0);
	tv_str(v, "map_here", dm->here >= 0 ? cat->platforms[dm->here].name : "no platform");
	buf_free(&b);
}

/* Template variables for the analyses, the rules and latency. */
void
analysis_vars(struct tval *v, const struct report *r)
{
	const struct analyses *an = r->an;
	const struct model *m = r->m;
	const struct catalog *cat = m->cat;
	struct tval *l, *it;
	struct buf b = {0};
	size_t i, k;
	int tol = catalog_find(cat, "workload.latency_tolerance_ms");

	tv_bool(v, "has_analyses", an != NULL);
	map_vars(v, r);
	/* rules: those that fired, and what they did */
	l = tv_list(v, "rules_fired");
	for (i = 0; i < cat->nrules; i++) {
		const struct rule *ru = &cat->rules[i];
		size_t n = 0;

		b.len = 0;
		for (k = 0; k < r->nrows; k++) {
			if (!rule_fires_for(m, ru, (size_t)r->rows[k].pi))
				continue;
			buf_puts(&b, n++ ? ", " : "");
			buf_puts(&b, r->rows[k].p->name);
		}
		if (n == 0)
			continue;
		it = tv_item(l);
		tv_str(it, "id", ru->id);
		tv_str(it, "title", ru->title);
		tv_str(it, "effect", rule_effect_ids[ru->effect]);
		tv_str(it, "platforms", buf_str(&b));
		b.len = 0;
		if (ru->effect != RE_EXCLUDE)
			fmt_percent(&b, ru->weight);
		tv_str(it, "weight", buf_str(&b));
		tv_str(it, "reason", ru->reason);
		tv_cite(it, "source", cat, ru->source);
		tv_str(it, "quote", ru->quote);
	}
	tv_strf(v, "rules_total", "%zu", cat->nrules);
	l = tv_list(v, "excluded");
	for (k = 0; k < r->nrows; k++) {
		if (!r->rows[k].excluded)
			continue;
		it = tv_item(l);
		tv_str(it, "name", r->rows[k].p->name);
		tv_str(it, "why", r->rows[k].excluded_why ? r->rows[k].excluded_why : "");
	}
	tv_bool(v, "has_excluded", l->n > 0);

	/* latency beside the tolerance */
	l = tv_list(v, "latency");
	for (k = 0; k < r->nrows; k++) {
		const struct platform *p = r->rows[k].p;

		it = tv_item(l);
		tv_str(it, "name", p->name);
		b.len = 0;
		if (p->cold_start >= 0) {
			const struct cellspec *s = m->def[p->cold_start];

			if (model_num(m, p->cold_start) == 0)
				buf_puts(&b, "none (stays warm)");
			else {
				fmt_value(&b, &m->values[p->cold_start], "s");
				if (s->ranged) {
					buf_puts(&b, " (");
					fmt_number(&b, s->low, "s");
					buf_puts(&b, " to ");
					fmt_amount(&b, s->high, "s");
					buf_putc(&b, ')');
				}
			}
		}
		tv_str(it, "cold_start", buf_str(&b));
		b.len = 0;
		if (p->scale_up >= 0) {
			const struct cellspec *s = m->def[p->scale_up];

			fmt_value(&b, &m->values[p->scale_up], "s");
			if (s->ranged) {
				buf_puts(&b, " (");
				fmt_number(&b, s->low, "s");
				buf_puts(&b, " to ");
				fmt_amount(&b, s->high, "s");
				buf_putc(&b, ')');
			}
		}
		tv_str(it, "scale_up", buf_str(&b));
		tv_bool(it, "too_slow", p->cold_over >= 0 && model_bool(m, p->cold_over));
	}
	b.len = 0;
	if (tol >= 0)
		fmt_value(&b, &m->values[tol], "ms");
	tv_str(v, "latency_tolerance", buf_str(&b));

	if (an == NULL) {
		buf_free(&b);
		return;
	}
	tv_strf(v, "samples", "%d", an->samples);
	tv_strf(v, "seed", "%lu", an->seed);
	tv_strf(v, "ranged_inputs", "%zu", an->nranged);
	tv_strf(v, "spread_inputs", "%zu", an->nspread);
	tv_bool(v, "has_spread", an->nspread > 0);
	b.len = 0;
	for (i = 0; i < an->nranged; i++) {
		const struct range *rg = &an->ranges[i];

		if (rg->spread < 0)
			continue;
		buf_printf(&b, "%s`%s` ±", b.len ? ", " : "", m->cat->base[an->ranged[i]]->name);
		fmt_percent(&b, model_num(m, rg->spread));
	}
	tv_str(v, "spreads", buf_str(&b));
	b.len = 0;
	report_diff_sentence(&b, r);
	tv_str(v, "runner_up_difference", buf_str(&b));
	tv_bool(v, "has_difference", b.len > 0);
	b.len = 0;
	l = tv_list(v, "uncertainty");
	for (k = 0; k < r->nrows; k++) {
		const struct uncertainty *u = &an->unc[k];

		it = tv_item(l);
		tv_str(it, "name", r->rows[k].p->name);
		b.len = 0;
		fmt_money(&b, u->p10);
		tv_str(it, "p10", buf_str(&b));
		b.len = 0;
		fmt_money(&b, u->p50);
		tv_str(it, "p50", buf_str(&b));
		b.len = 0;
		fmt_money(&b, u->p90);
		tv_str(it, "p90", buf_str(&b));
		b.len = 0;
		fmt_money(&b, r->rows[k].total);
		tv_str(it, "base", buf_str(&b));
		b.len = 0;
		if (r->rows[k].excluded)
			buf_puts(&b, "excluded");
		else
			fmt_percent(&b, u->p_cheapest);
		tv_str(it, "p_cheapest", buf_str(&b));
	}
	/* break-even */
	tv_bool(v, "has_sweep", an->npoints > 1);
	if (an->npoints > 1) {
		b.len = 0;
		fmt_scale(&b, an->scales[0]);
		buf_puts(&b, " to ");
		fmt_scale(&b, an->scales[an->npoints - 1]);
		tv_str(v, "sweep_range", buf_str(&b));
	} else {
		tv_str(v, "sweep_range", "");
	}
	l = tv_list(v, "breakeven");
	for (i = 0; i < an->ncross; i++) {
		const struct crossover *x = &an->cross[i];

		if (!x->with_found && !x->without_found)
			continue;
		it = tv_item(l);
		tv_str(it, "serverless", r->rows[x->s].p->name);
		tv_str(it, "kubernetes", r->rows[x->k].p->name);
		b.len = 0;
		scale_text(&b, x->with_found, x->with_scale);
		if (x->with_found && x->with_step)
			buf_puts(&b, " (at a node step)");
		tv_str(it, "with", buf_str(&b));
		b.len = 0;
		scale_text(&b, x->without_found, x->without_scale);
		if (x->without_found && x->without_step)
			buf_puts(&b, " (at a node step)");
		tv_str(it, "without", buf_str(&b));
		b.len = 0;
		if (x->with_found)
			fmt_money(&b, x->compute_with);
		tv_str(it, "compute_with", buf_str(&b));
		b.len = 0;
		if (x->without_found)
			fmt_money(&b, x->compute_without);
		tv_str(it, "compute_without", buf_str(&b));
	}
	tv_bool(v, "has_breakeven", an->ncross > 0);
	tv_bool(v, "has_crossings", l->n > 0);
	b.len = 0;
	if (l->n == 0)
		buf_printf(&b, "None of the %zu pairs of a serverless and a Kubernetes platform "
		    "crosses in that range.", an->ncross);
	else if (l->n < an->ncross)
		buf_printf(&b, "The other %zu of the %zu pairs do not cross in that range: one of "
		    "the two stays cheaper throughout (see the chart).", an->ncross - l->n,
		    an->ncross);
	tv_str(v, "uncrossed", buf_str(&b));
	{
		int h = headline_pair(an, r);
		struct buf t = {0};

		if (h >= 0) {
			const struct crossover *x = &an->cross[h];
			const char *sn = r->rows[x->s].p->name, *kn = r->rows[x->k].p->name;

			if (x->without_found) {
				buf_printf(&t, "Counting the cloud bill alone (compute, platform fees "
				    "and hidden infrastructure), %s becomes cheaper than %s at ", kn, sn);
				fmt_scale(&t, x->without_scale);
				buf_printf(&t, " this workload, when %s's compute is about ", sn);
				fmt_money(&t, x->compute_without);
				buf_puts(&t, " a month: that is what seed 004's \"crossover point ... "
				    "around $2,000 to $3,000/month in compute spend\" measures. ");
			} else {
				buf_printf(&t, "Counting the cloud bill alone, %s and %s do not cross "
				    "between ", kn, sn);
				fmt_scale(&t, an->scales[0]);
				buf_puts(&t, " and ");
				fmt_scale(&t, an->scales[an->npoints - 1]);
				buf_puts(&t, " this workload, so seed 004's \"$2,000 to $3,000/month "
				    "in compute spend\" crossover does not apply to this shape of "
				    "workload. ");
			}
			if (x->with_found) {
				buf_printf(&t, "With engineering time counted, the crossover moves to ");
				fmt_scale(&t, x->with_scale);
				buf_printf(&t, ", when %s's compute is about ", sn);
				fmt_money(&t, x->compute_with);
				buf_puts(&t, " a month (");
				fmt_money(&t, x->compute_with * 12);
				buf_puts(&t, " a year). That is the quantity behind seed 001's break-even "
				    "of \"roughly $2.5M in annual compute spend\": the seed's figure "
				    "assumes a 30% saving from running your own cluster has to pay for "
				    "the engineers, while this one comes from this scenario's prices and "
				    "engineering hours.");
			} else {
				buf_printf(&t, "With engineering time counted, %s stays cheaper over the "
				    "whole range: the operations cost never pays for itself here, which is "
				    "seed 001's point that the break-even sits at millions a year of "
				    "compute.", sn);
			}
		}
		tv_str(v, "reconciliation", buf_str(&t));
		buf_free(&t);
	}
	/* sensitivity */
	l = tv_list(v, "sensitivity");
	for (i = 0; i < an->nsens; i++) {
		const struct sens *x = &an->sens[i];
		const struct cellspec *bs = cat->base[x->cell];
		struct value lo = m->def[x->cell]->value, hi = lo;

		if (x->swing == 0 && !x->flips)
			continue;
		it = tv_item(l);
		tv_str(it, "cell", bs->name);
		lo.u.num = x->in_low;
		hi.u.num = x->in_high;
		b.len = 0;
		fmt_value(&b, &lo, bs->unit);
		buf_puts(&b, " to ");
		fmt_value(&b, &hi, bs->unit);
		tv_str(it, "range", buf_str(&b));
		b.len = 0;
		fmt_money(&b, x->rec_low);
		tv_str(it, "at_low", buf_str(&b));
		b.len = 0;
		fmt_money(&b, x->rec_high);
		tv_str(it, "at_high", buf_str(&b));
		b.len = 0;
		fmt_money(&b, x->ru_low);
		tv_str(it, "ru_at_low", buf_str(&b));
		b.len = 0;
		fmt_money(&b, x->ru_high);
		tv_str(it, "ru_at_high", buf_str(&b));
		tv_bool(it, "flips", x->flips);
		b.len = 0;
		if (x->flips) {
			const char *to = strcmp(x->verdict_low, r->rec >= 0 ?
			    r->rows[r->rec].p->id : "") != 0 ? x->verdict_low : x->verdict_high;
			int pi = catalog_platform(cat, to);

			buf_printf(&b, "the verdict becomes %s", pi >= 0 ? cat->platforms[pi].name : to);
		}
		tv_str(it, "verdict", buf_str(&b));
	}
	{
		size_t nflip = 0, nmove = 0;
		struct buf t = {0};

		for (i = 0; i < an->nsens; i++) {
			nflip += an->sens[i].flips;
			nmove += an->sens[i].swing != 0 || an->sens[i].flips;
		}
		tv_bool(v, "has_sensitivity", nmove > 0);
		tv_strf(v, "moving_inputs", "%zu", nmove);
		tv_strf(v, "still_inputs", "%zu", an->nranged - nmove);
		if (nflip == 0) {
			buf_printf(&t, "None of them changes the verdict within its range");
		} else {
			buf_printf(&t, "%zu of them can change the verdict within %s range: ", nflip,
			    nflip == 1 ? "its" : "their");
			size_t shown = 0;

			for (i = 0; i < an->nsens; i++)
				if (an->sens[i].flips)
					buf_printf(&t, "%s`%s`", shown++ ? ", " : "",
					    cat->base[an->sens[i].cell]->name);
		}
		buf_putc(&t, '.');
		tv_str(v, "flip_summary", buf_str(&t));
		buf_free(&t);
	}
	tv_str(v, "runner_up", an->runner_up >= 0 ? r->rows[an->runner_up].p->name : "none");
	buf_free(&b);
}

/* --- what if: the page recalculates (assets/whatif.js) ------------------------ */

/*
 * The marks of mark_var() in rendered HTML become spans:
 * "\1CELL\37FORMAT\37VALUE\2TEXT\3" -> <span data-cell=CELL data-fmt=FORMAT
 * data-value=VALUE>TEXT</span>. Caller frees.
 */
static char *
apply_marks(const char *html)
{
	struct buf b = {0};
	const char *p = html;

	while (*p) {
		const char *m = strchr(p, '\001'), *f1, *f2, *t, *e;

		if (m == NULL) {
			buf_puts(&b, p);
			break;
		}
		buf_put(&b, p, (size_t)(m - p));
		f1 = strchr(m, '\037');
		f2 = f1 ? strchr(f1 + 1, '\037') : NULL;
		t = f2 ? strchr(f2 + 1, '\002') : NULL;
		e = t ? strchr(t + 1, '\003') : NULL;
		if (e == NULL) {
			p = m + 1; /* not a whole mark: drop the stray byte */
			continue;
		}
		buf_printf(&b, "<span data-cell=\"%.*s\" data-fmt=\"%.*s\" data-value=\"%.*s\">%.*s"
		    "</span>", (int)(f1 - m - 1), m + 1, (int)(f2 - f1 - 1), f1 + 1,
		    (int)(t - f2 - 1), f2 + 1, (int)(e - t - 1), t + 1);
		p = e + 1;
	}
	return buf_detach(&b);
}

/* The inputs a reader would move, before the others the scenario sets. */
static const char *const whatif_inputs[] = {
	"team.engineers", "team.k8s_expertise", "team.loaded_cost_per_year", "workload.vcpu",
	"workload.memory_gib", "workload.requests_per_month", "workload.avg_request_ms",
	"workload.concurrency", "workload.active_hours_per_day", "workload.active_days_per_month",
	"workload.min_instances", "workload.services", "workload.regions", "workload.scale", NULL,
};

/*
 * A bound as a reader types it into the field: 10,000,000, 0.05 (in the
 * cell's own notation, a fraction as a fraction; up to 12 significant
 * digits, more than any bound of the data has).
 */
static void
bound_text(struct buf *b, double v)
{
	fmt_sig(b, v, 12);
}

/*
 * Whether the panel leaves cell c out: a price the region does not have
 * (#N/A), or a cell of a platform whose total needs one (its compared
 * flag included): the page can only offer what the region prices.
 */
static bool
whatif_unpriced(const struct model *m, int c)
{
	int pi = m->cat->cell_platform ? m->cat->cell_platform[c] : -1;
	const struct value *t;

	if (m->values[c].type == VT_ERR && m->values[c].err == VE_NA)
		return true;
	if (pi < 0)
		return false;
	t = &m->values[m->cat->platforms[pi].total];
	return t->type == VT_ERR && t->err == VE_NA;
}

/* One form field of the what-if panel, for cell c. */
static void
whatif_field(struct buf *h, const struct model *m, int c, int n)
{
	const struct cellspec *b = m->cat->base[c], *d = m->def[c];
	struct buf val = {0};
	char num[64];
	size_t k;

	if (d->kind == CK_FORMULA) {
		buf_printf(&val, "=%s", d->formula_text);
	} else if (m->values[c].type == VT_NUM) {
		num_shortest(num, sizeof(num), m->values[c].u.num);
		buf_puts(&val, num);
	} else if (m->values[c].type == VT_BOOL) {
		buf_puts(&val, m->values[c].u.b ? "TRUE" : "FALSE");
	} else if (m->values[c].type == VT_STR) {
		buf_puts(&val, m->values[c].u.str);
	}
	buf_printf(h, "<div class=\"wi-field\"><label for=\"wi-%d\"><code>", n);
	esc_html(h, b->name);
	buf_puts(h, "</code>");
	if (b->unit) {
		buf_puts(h, " <span class=\"wi-unit\">");
		esc_html(h, b->unit);
		buf_puts(h, "</span>");
	}
	buf_puts(h, "</label>");
	if (b->kind == CK_VALUE && (b->nenumv > 0 || b->value.type == VT_BOOL) &&
	    d->kind == CK_VALUE) {
		buf_printf(h, "<select id=\"wi-%d\" data-cell=\"", n);
		esc_html(h, b->name);
		buf_printf(h, "\" data-published=\"");
		esc_html(h, buf_str(&val));
		buf_printf(h, "\" aria-describedby=\"wi-%d-d wi-%d-e\">", n, n);
		for (k = 0; k < (b->nenumv ? b->nenumv : 2); k++) {
			const char *o = b->nenumv ? b->enumv[k] : k ? "FALSE" : "TRUE";

			buf_puts(h, "<option");
			if (strcmp(o, buf_str(&val)) == 0)
				buf_puts(h, " selected");
			buf_puts(h, ">");
			esc_html(h, o);
			buf_puts(h, "</option>");
		}
		buf_puts(h, "</select>");
	} else {
		buf_printf(h, "<input id=\"wi-%d\" type=\"text\" inputmode=\"decimal\" "
		    "autocomplete=\"off\" spellcheck=\"false\" data-cell=\"", n);
		esc_html(h, b->name);
		buf_puts(h, "\" value=\"");
		esc_html(h, buf_str(&val));
		buf_puts(h, "\" data-published=\"");
		esc_html(h, buf_str(&val));
		buf_puts(h, "\"");
		if (b->has_min)
			buf_printf(h, " data-min=\"%.17g\"", b->min);
		if (b->has_max)
			buf_printf(h, " data-max=\"%.17g\"", b->max);
		if (b->integer)
			buf_puts(h, " data-integer=\"true\"");
		buf_printf(h, " aria-describedby=\"wi-%d-d wi-%d-e\">", n, n);
	}
	buf_printf(h, "<small id=\"wi-%d-d\" class=\"wi-desc\">", n);
	esc_html(h, b->description ? b->description : "");
	if (b->has_min || b->has_max) {
		buf_puts(h, " (");
		if (b->has_min && b->has_max) {
			bound_text(h, b->min);
			buf_puts(h, " to ");
			bound_text(h, b->max);
		} else if (b->has_min) {
			buf_puts(h, "at least ");
			bound_text(h, b->min);
		} else {
			buf_puts(h, "at most ");
			bound_text(h, b->max);
		}
		buf_puts(h, b->integer ? ", whole" : "");
		buf_puts(h, ")");
	}
	buf_printf(h, "</small><small id=\"wi-%d-e\" class=\"wi-error\" role=\"status\">"
	    "</small></div>\n", n);
	buf_free(&val);
}

/*
 * The scenario as a file that reproduces the page with runsheet calc: its
 * own JSON, with the cells it includes pasted in (so it stands alone).
 * Caller frees; NULL for the model defaults.
 */
static char *
whatif_scenario_json(const struct report *r)
{
	const struct scenario *sc = r->scn;
	json_t *root;
	char *out;
	size_t i;

	if (sc == NULL || sc->src == NULL || sc->src->root == NULL)
		return NULL;
	root = json_deep_copy(sc->src->root);
	json_object_del(root, "include");
	for (i = 0; i < sc->nspecs; i++) {
		const struct cellspec *s = sc->specs[i];
		json_t *node = root, *cell;
		char *name, *p, *save = NULL, *last = NULL;

		if (s->src == sc->src || s->kind != CK_VALUE)
			continue;
		/* an included cell: actual.compute -> {"actual": {"compute": ...}} */
		name = xstrdup(s->name);
		for (p = strtok_r(name, ".", &save); p; p = strtok_r(NULL, ".", &save)) {
			if (last) {
				json_t *next = json_object_get(node, last);

				if (!json_is_object(next)) {
					next = json_object();
					json_object_set_new(node, last, next);
				}
				node = next;
			}
			last = p;
		}
		cell = json_object();
		if (s->value.type == VT_NUM)
			json_object_set_new(cell, "value", json_real(s->value.u.num));
		else if (s->value.type == VT_BOOL)
			json_object_set_new(cell, "value", json_boolean(s->value.u.b));
		else
			json_object_set_new(cell, "value", json_string(s->value.type == VT_STR ?
			    s->value.u.str : ""));
		if (s->source)
			json_object_set_new(cell, "source", json_string(s->source));
		json_object_set_new(node, last, cell);
		free(name);
	}
	out = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(17));
	json_decref(root);
	return out;
}

/* Append text for a <script> data block: "<" never appears raw. */
static void
script_text(struct buf *b, const char *s)
{
	for (; *s; s++) {
		if (*s == '<')
			buf_puts(b, "\\u003c");
		else
			buf_putc(b, *s);
	}
}

/*
 * The what-if panel and what the page's engine reads: the panel's fields in
 * a <template> (nothing shows without JavaScript), the model image and the
 * scenario as data blocks, and the two scripts. "" when the site has no
 * engine (no build/runsheet-wasm.js).
 */
static char *
whatif_html(const struct report *r, const struct docenv *env)
{
	const struct model *m = r->m;
	const struct catalog *cat = m->cat;
	struct buf h = {0}, img = {0};
	bool *shown;
	char *scen;
	size_t i;
	int n = 0, c;

	if (!env->whatif)
		return xstrdup("");
	shown = xcalloc(cat->ncells + 1, sizeof(*shown));
	buf_puts(&h, "<template id=\"whatif-template\">\n<details class=\"whatif\">\n<summary>"
	    "<span class=\"wi-title\">What if</span> <span class=\"wi-hint\">change the team, the "
	    "workload or the platforms compared, and this page recalculates</span></summary>\n<p "
	    "class=\"note\">Change an input and the page recalculates with runsheet's own engine: "
	    "the cost table, the totals, the verdict and its reasons, and the chart (the analyses "
	    "further down stay as published). The link keeps the changes; <em>Download as "
	    "scenario</em> saves a file that gives the same numbers with <code>runsheet "
	    "calc</code>.</p>\n<form class=\"wi-form\" novalidate>\n");
	for (i = 0; whatif_inputs[i]; i++) {
		c = catalog_find(cat, whatif_inputs[i]);
		if (c < 0 || shown[c] || cat->base[c]->kind != CK_VALUE)
			continue;
		shown[c] = true;
		whatif_field(&h, m, c, n++);
	}
	/* and every other input cell the scenario sets (not the region: it picks
	 * the price lists, which the page does not carry; not an included bill) */
	for (i = 0; r->scn && i < r->scn->nspecs; i++) {
		const struct cellspec *s = r->scn->specs[i];

		c = catalog_find(cat, s->name);
		if (c < 0 || shown[c] || s->src != r->scn->src || c == cat->region_cell ||
		    cat->base[c]->kind != CK_VALUE || whatif_unpriced(m, c))
			continue;
		shown[c] = true;
		whatif_field(&h, m, c, n++);
	}
	buf_puts(&h, "<p class=\"wi-actions\"><button type=\"submit\">Recalculate</button> "
	    "<button type=\"button\" class=\"wi-reset\">Reset to the published decision</button> "
	    "<button type=\"button\" class=\"wi-download\">Download as scenario</button></p>\n"
	    "</form>\n<p class=\"wi-status\" role=\"status\" aria-live=\"polite\"></p>\n"
	    "</details>\n</template>\n");
	image_write(&img, m);
	buf_puts(&h, "<script type=\"text/plain\" id=\"whatif-image\">");
	buf_put(&h, img.data, img.len); /* the image escapes "<" itself */
	buf_puts(&h, "</script>\n");
	scen = whatif_scenario_json(r);
	if (scen) {
		buf_puts(&h, "<script type=\"application/json\" id=\"whatif-scenario\">");
		script_text(&h, scen);
		buf_puts(&h, "</script>\n");
		free(scen);
	}
	buf_puts(&h, "<script src=\"../../assets/runsheet-wasm.js\"></script>\n"
	    "<script src=\"../../assets/whatif.js\"></script>\n");
	buf_free(&img);
	free(shown);
	return buf_detach(&h);
}

/* --- data.json and breakdown.csv ---------------------------------------------- */

static void
csv_num(struct buf *b, double v)
{
	char tmp[64];

	num_shortest(tmp, sizeof(tmp), v);
	buf_puts(b, tmp);
}

static const char *const focus_service_category[COMP__MAX] = {
	[COMP_COMPUTE] = "Compute",
	[COMP_PLATFORM_FEES] = "Management and Governance",
	[COMP_HIDDEN] = "Networking",
	[COMP_ENGINEERING] = "Other",
	[COMP_ONE_TIME] = "Other",
};

static const char *const component_desc[COMP__MAX] = {
	[COMP_COMPUTE] = "vCPU, memory, requests and instances or nodes",
	[COMP_PLATFORM_FEES] = "control-plane and cluster fees",
	[COMP_HIDDEN] = "load balancers, NAT, observability, staging, egress, volumes",
	[COMP_ENGINEERING] = "operations hours at the team's fully loaded cost",
	[COMP_ONE_TIME] = "setup and migration, amortised over the horizon",
};

/*
 * breakdown.csv: one row per platform and component with FOCUS column
 * names where one fits (BilledCost, BillingCurrency, ChargeCategory,
 * ChargePeriodStart/End, ProviderName, ServiceName, ServiceCategory) and
 * x_ columns for the rest, as the FOCUS specification asks of custom
 * columns. Engineering time and one-time work are internal costs, so their
 * ProviderName is "Internal".
 */
void
export_breakdown_csv(struct buf *out, const struct report *r, const char *period_start,
    const char *period_end)
{
	size_t i;
	int k;

	buf_puts(out, "BillingCurrency,BilledCost,ChargeCategory,ChargeDescription,"
	    "ChargePeriodStart,ChargePeriodEnd,ProviderName,ServiceName,ServiceCategory,"
	    "x_ScenarioId,x_PlatformId,x_Family,x_Component,x_MonthlyCost,x_AnnualCost,"
	    "x_Recommended,x_Excluded\n");
	for (i = 0; i < r->nrows; i++) {
		const struct prow *row = &r->rows[i];

		for (k = 0; k < COMP__MAX; k++) {
			bool internal = k == COMP_ENGINEERING || k == COMP_ONE_TIME;
			char *desc = xasprintf("%s: %s", component_names[k], component_desc[k]);

			buf_puts(out, "USD,");
			csv_num(out, row->comp[k]);
			buf_puts(out, ",Usage,");
			csv_text(out, desc);
			buf_printf(out, ",%s,%s,", period_start, period_end);
			csv_text(out, internal ? "Internal" : row->p->vendor);
			buf_putc(out, ',');
			csv_text(out, row->p->name);
			buf_putc(out, ',');
			csv_text(out, focus_service_category[k]);
			buf_putc(out, ',');
			csv_text(out, r->scn ? r->scn->id : "defaults");
			buf_putc(out, ',');
			csv_text(out, row->p->id);
			buf_putc(out, ',');
			csv_text(out, family_ids[row->p->family]);
			buf_putc(out, ',');
			csv_text(out, component_ids[k]);
			buf_putc(out, ',');
			csv_num(out, row->comp[k]);
			buf_putc(out, ',');
			csv_num(out, row->comp[k] * 12);
			buf_printf(out, ",%s,%s\n", (int)i == r->rec ? "true" : "false",
			    row->excluded ? "true" : "false");
			free(desc);
		}
	}
}

/*
 * data.json: the calc --format json object plus the inputs and their
 * sources, then data_format, the version, and the model image (image.c)
 * that runsheet diff re-evaluates to attribute a change to its causes.
 */
void
export_data_json(struct buf *out, const struct report *r)
{
	const struct model *m = r->m;
	struct jw w;
	struct buf img = {0};
	size_t n, i;
	int *cells = doc_inputs(r, &n);
	struct range rg;

	jw_init(&w, out);
	jw_obj(&w);
	export_json_body(&w, r);
	if (r->scn)
		jw_kstr(&w, "title", r->scn->title);
	jw_key(&w, "inputs");
	jw_arr(&w);
	for (i = 0; i < n; i++) {
		const struct cellspec *s = m->def[cells[i]], *b = m->cat->base[cells[i]];

		jw_obj(&w);
		jw_kstr(&w, "name", b->name);
		jw_key(&w, "value");
		jw_value(&w, &m->values[cells[i]]);
		if (b->unit)
			jw_kstr(&w, "unit", b->unit);
		jw_kstr(&w, "layer", layer_names[s->layer]);
		if (model_range(m, cells[i], &rg)) {
			jw_knum(&w, "low", rg.low);
			jw_knum(&w, "high", rg.high);
			jw_kstr(&w, "dist", dist_names[rg.dist]);
			if (rg.spread >= 0)
				jw_kstr(&w, "spread", m->cat->base[rg.spread]->name);
		}
		{
			/* the layer that set the value, never the default's text */
			struct buf sb = {0};

			cellspec_source(&sb, s, b);
			if (sb.len)
				jw_kstr(&w, "source", buf_str(&sb));
			buf_free(&sb);
		}
		if (cellspec_url(s, b))
			jw_kstr(&w, "url", cellspec_url(s, b));
		if (cell_unread(s, b))
			jw_kbool(&w, "read", false);
		else if (cellspec_as_of(s, b))
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
	/* what runsheet diff re-evaluates: the published model as an image */
	jw_knum(&w, "data_format", DATA_FORMAT);
	jw_kstr(&w, "runsheet_version", RUNSHEET_VERSION);
	image_write(&img, m);
	jw_kstr(&w, "model_image", buf_str(&img));
	buf_free(&img);
	jw_obj_end(&w);
	free(cells);
}

/* --- writing one scenario's directory ------------------------------------------- */

const char *const stage_names[ST__MAX] = {
	[ST_LOAD] = "load", [ST_EVAL] = "evaluate", [ST_ANALYSES] = "analyses",
	[ST_MARKDOWN] = "markdown+html", [ST_WORKBOOK] = "workbook", [ST_PNG] = "charts png",
	[ST_SVG] = "charts svg", [ST_WRITE] = "write",
};

static bool
write_file(const char *dir, const char *name, const struct buf *b, struct doc_stats *st,
    struct diags *d)
{
	char *path = path_join(dir, name);
	double t = now_seconds();
	bool ok = file_write_atomic(path, b->data ? b->data : "", b->len);

	st->secs[ST_WRITE] += now_seconds() - t;
	if (!ok)
		diag_add(d, DIAG_ERROR, path, 0, 0, NULL, NULL, "cannot write: %s",
		    strerror(errno));
	free(path);
	return ok;
}

/*
 * Write every document of report r into dir (which exists). Returns false
 * after recording the first problem; dir may then hold some files, which
 * the caller discards with the whole temporary build. st gains the time
 * of each stage.
 */
bool
doc_scenario(const struct docenv *env, const struct report *r, const char *dir,
    struct doc_stats *st, struct diags *d)
{
	struct buf md = {0}, html = {0}, png = {0}, svg = {0}, out = {0};
	struct tval *vars = NULL;
	char *charts = path_join(dir, "charts"), *body = NULL, *xpath = NULL, *whatif = NULL;
	bool ok = false;
	double t;

	if (!mkdir_p(charts)) {
		diag_add(d, DIAG_ERROR, charts, 0, 0, NULL, NULL, "cannot create: %s",
		    strerror(errno));
		goto out;
	}
	if (!chart_breakdown(r, &png, &svg, &st->secs[ST_PNG], d) ||
	    !write_file(charts, "breakdown.png", &png, st, d) ||
	    !write_file(charts, "breakdown.svg", &svg, st, d))
		goto out;
	st->charts++;

	{
		static const char *const names[3] = {"breakeven", "uncertainty", "tornado"};
		struct buf apng[3] = {{0}}, asvg[3] = {{0}};
		bool aok = chart_analyses(r, apng, asvg, &st->secs[ST_PNG], d);
		int k;

		for (k = 0; k < 3 && aok; k++) {
			char *pn = xasprintf("%s.png", names[k]), *sn = xasprintf("%s.svg", names[k]);

			if (apng[k].len) {
				st->charts++;
				if (!write_file(charts, pn, &apng[k], st, d) ||
				    !write_file(charts, sn, &asvg[k], st, d))
					aok = false;
			}
			free(pn);
			free(sn);
		}
		for (k = 0; k < 3; k++) {
			buf_free(&apng[k]);
			buf_free(&asvg[k]);
		}
		if (!aok)
			goto out;
	}
	{
		static const char *const names[3] = {"map", "map-family", "map-small"};
		struct buf mpng[3] = {{0}}, msvg[3] = {{0}};
		bool mok = chart_maps(r, mpng, msvg, &st->secs[ST_PNG], d);
		int k;

		for (k = 0; k < 3 && mok; k++) {
			char *pn = xasprintf("%s.png", names[k]), *sn = xasprintf("%s.svg", names[k]);

			if (mpng[k].len) {
				st->charts++;
				if (!write_file(charts, pn, &mpng[k], st, d) ||
				    !write_file(charts, sn, &msvg[k], st, d))
					mok = false;
			}
			free(pn);
			free(sn);
		}
		for (k = 0; k < 3; k++) {
			buf_free(&mpng[k]);
			buf_free(&msvg[k]);
		}
		if (!mok)
			goto out;
	}
	t = now_seconds();
	vars = report_vars(r, env);
	if (!tmpl_render(env->report_md, vars, &md, d))
		goto out;
	st->md_bytes += md.len;
	if (env->whatif) {
		/* the HTML's figures marked for the page's engine (report.md has none) */
		struct tval *mv = report_vars_marked(r, env, true);
		struct buf mmd = {0};
		char *raw;

		if (!tmpl_render(env->report_md, mv, &mmd, d)) {
			tv_free(mv);
			buf_free(&mmd);
			goto out;
		}
		raw = md_to_html(mmd.data, mmd.len);
		body = apply_marks(raw);
		free(raw);
		tv_free(mv);
		buf_free(&mmd);
	} else {
		body = md_to_html(md.data, md.len);
	}
	tv_str(vars, "body", body);
	whatif = whatif_html(r, env);
	tv_str(vars, "whatif", whatif);
	tv_bool(vars, "has_pdf", env->pdf);
	{
		const char *title = r->scn ? r->scn->title : "Model defaults";
		const char *desc = r->scn && r->scn->summary ? r->scn->summary : title;

		page_common(vars, env->pg, title, desc, "../../", "index", "scenario");
	}
	if (!page_render(env->pg, env->report_html, vars, &html, d))
		goto out;
	st->secs[ST_MARKDOWN] += now_seconds() - t;
	if (!write_file(dir, "report.md", &md, st, d) || !write_file(dir, "report.html", &html, st, d))
		goto out;

	export_data_json(&out, r);
	if (!write_file(dir, "data.json", &out, st, d))
		goto out;
	out.len = 0;
	export_breakdown_csv(&out, r, env->period_start, env->period_end);
	if (!write_file(dir, "breakdown.csv", &out, st, d))
		goto out;

	t = now_seconds();
	xpath = path_join(dir, "workbook.xlsx");
	if (!xlsx_write(xpath, r, &png, env->created, env->tmpdir, &st->cells, d))
		goto out;
	st->secs[ST_WORKBOOK] += now_seconds() - t;
	ok = true;
out:
	free(xpath);
	free(body);
	free(whatif);
	free(charts);
	tv_free(vars);
	buf_free(&md);
	buf_free(&html);
	buf_free(&png);
	buf_free(&svg);
	buf_free(&out);
	return ok;
}
