/*
 * report.c -- from evaluated cells to rows, a verdict and its reasons.
 *
 * Every number here is read from a cell; nothing is computed in C except
 * the ordering of sentences. The verdict is the model's decision.platform
 * cell (itself a formula over the platforms' scores, so the workbook's
 * verdict recalculates), and each reason names the rule that produced it:
 * the cost comparison, then every decision rule that fired and touched the
 * ranking, with the seed sentence it rests on.
 *
 * report_new() also checks the invariants every back-end relies on: each
 * component of each compared platform is a finite, non-negative number and
 * the total is their sum. A model that breaks them is a data error,
 * reported with the cell's place in the data.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runsheet.h"
#include "analysis.h"

const char *const bill_comp_ids[BILL__MAX] = {"compute", "platform_fees", "hidden"};
const char *const bill_comp_names[BILL__MAX] = {"compute", "platform fees",
	"hidden infrastructure"};

static void
add_reason(struct report *r, char *text)
{
	r->reasons = xreallocarray(r->reasons, r->nreasons + 1, sizeof(*r->reasons));
	r->reasons[r->nreasons++] = text;
}

/* "Kubernetes platforms", "serverless platforms" or a list of names. */
static void
describe_targets(struct buf *b, const struct catalog *cat, const struct rule *ru)
{
	size_t i, n = 0;

	if (ru->family[FAM_MANAGED_K8S] && ru->family[FAM_SELF_MANAGED_K8S]) {
		buf_puts(b, "Kubernetes platforms");
		n++;
	} else if (ru->family[FAM_MANAGED_K8S]) {
		buf_puts(b, "managed Kubernetes");
		n++;
	} else if (ru->family[FAM_SELF_MANAGED_K8S]) {
		buf_puts(b, "self-managed Kubernetes");
		n++;
	}
	if (ru->family[FAM_SERVERLESS]) {
		buf_puts(b, n++ ? " and serverless platforms" : "serverless platforms");
	}
	for (i = 0; i < cat->nplatforms; i++) {
		if (!ru->platform[i])
			continue;
		buf_puts(b, n++ ? ", " : "");
		buf_puts(b, cat->platforms[i].name);
	}
}

/*
 * Whether rule ru works against the verdict: a favour rule that fired for
 * other platforms but not the recommended one, or a disfavour rule that
 * fired for the recommended one.
 */
static bool
rule_against(const struct report *r, const struct rule *ru)
{
	bool rec;

	if (r->rec < 0 || ru->effect == RE_EXCLUDE)
		return false;
	rec = rule_fires_for(r->m, ru, (size_t)r->rows[r->rec].pi);
	return ru->effect == RE_FAVOUR ? !rec : rec;
}

/*
 * The row rule ru would have the verdict go to instead: for a favour rule,
 * the best-ranked platform in the running it fired for; for a disfavour
 * rule on the recommended platform, the best-ranked other platform in the
 * running it did not fire for. Returns its row, or -1 when there is none.
 */
static int
rule_rival(const struct report *r, const struct rule *ru)
{
	int best = -1;
	size_t i;

	for (i = 0; i < r->nrows; i++) {
		const struct prow *row = &r->rows[i];

		if ((int)i == r->rec || row->excluded)
			continue;
		if (rule_fires_for(r->m, ru, (size_t)row->pi) != (ru->effect == RE_FAVOUR))
			continue;
		if (best < 0 || row->score < r->rows[best].score)
			best = (int)i;
	}
	return best;
}

/* a above b, beyond the rounding of a product of factors */
static bool
above(double a, double b)
{
	return a > b + 1e-12 * fmax(fabs(a), fabs(b));
}

/* Append the ids of rules v[0..n-1] as "a", "a and b" or "a, b and c". */
static void
rule_list(struct buf *b, const struct catalog *cat, const size_t *v, size_t n)
{
	size_t j;

	for (j = 0; j < n; j++) {
		buf_puts(b, j == 0 ? "" : j + 1 == n ? " and " : ", ");
		buf_puts(b, cat->rules[v[j]].id);
	}
}

/*
 * What outweighed rule ru, which works against the verdict (rule_against):
 * the cost difference between the recommended platform and the rule's
 * rival (rule_rival), the rules that favour the recommended platform over
 * it (read from the ranking factors: when the recommended one's is lower,
 * some rule separates the two in its favour), or both. Appends one
 * sentence, starting with a space.
 */
static void
outweighed_sentence(struct buf *b, const struct report *r, const struct rule *ru)
{
	const struct catalog *cat = r->m->cat;
	const struct prow *w = &r->rows[r->rec], *p;
	size_t *fav, *dis, nfav = 0, ndis = 0, i;
	int rival = rule_rival(r, ru);
	bool cost, rules;

	if (rival < 0) {
		if (ru->effect == RE_FAVOUR)
			buf_puts(b, " It does not change the verdict: every platform it favours is "
			    "excluded.");
		else
			buf_puts(b, " It does not change the verdict: it counts against every "
			    "platform in the running alike.");
		return;
	}
	p = &r->rows[rival];
	cost = above(p->total, w->total);
	rules = above(p->adjust, w->adjust);
	if (!cost && !rules) {
		buf_printf(b, " It does not change the verdict: %s ranks level with %s, and the "
		    "verdict takes the first in list order.", p->p->name, w->p->name);
		return;
	}
	fav = xcalloc(cat->nrules + 1, sizeof(*fav));
	dis = xcalloc(cat->nrules + 1, sizeof(*dis));
	for (i = 0; rules && i < cat->nrules; i++) {
		const struct rule *x = &cat->rules[i];
		bool fw = rule_fires_for(r->m, x, (size_t)w->pi);
		bool fp = rule_fires_for(r->m, x, (size_t)p->pi);

		if (x->effect == RE_FAVOUR && fw && !fp)
			fav[nfav++] = i;
		else if (x->effect == RE_DISFAVOUR && fp && !fw)
			dis[ndis++] = i;
	}
	buf_printf(b, " Outweighed by %s%s", cost ? "the cost difference" : "",
	    cost && rules ? " and " : "");
	if (rules)
		buf_printf(b, "the rules favouring %s", w->p->name);
	buf_puts(b, ": ");
	if (ru->effect == RE_FAVOUR)
		buf_printf(b, "%s, the best placed of the platforms it favours, costs ",
		    p->p->name);
	else
		buf_printf(b, "%s, the best placed of the platforms it does not disfavour, costs ",
		    p->p->name);
	fmt_money(b, fabs(p->total - w->total));
	buf_printf(b, "/month %s than %s", cost ? "more" : "less", w->p->name);
	if (rules) {
		buf_puts(b, cost ? ", and " : ", but ");
		if (nfav) {
			rule_list(b, cat, fav, nfav);
			buf_printf(b, " favour%s %s", nfav > 1 ? "" : "s", w->p->name);
		}
		if (ndis) {
			buf_puts(b, nfav ? " and " : "");
			rule_list(b, cat, dis, ndis);
			buf_printf(b, " disfavour%s %s", ndis > 1 ? "" : "s", p->p->name);
		}
		buf_printf(b, " (ranking factors %g against %g)", w->adjust, p->adjust);
	}
	buf_puts(b, ".");
	free(fav);
	free(dis);
}

/*
 * The reason of rule ru in words: its effect, the platforms it touched,
 * its weight, its sentence and its source; when it works against the
 * verdict, what outweighed it.
 */
static void
rule_sentence(struct buf *b, const struct report *r, const struct rule *ru)
{
	const struct catalog *cat = r->m->cat;
	size_t i, n = 0;

	buf_printf(b, "Rule %s (%s ", ru->id, rule_effect_ids[ru->effect]);
	if (ru->per_platform) {
		/* name the compared platforms it fired for */
		for (i = 0; i < r->nrows; i++) {
			if (!rule_fires_for(r->m, ru, (size_t)r->rows[i].pi))
				continue;
			buf_puts(b, n++ ? ", " : "");
			buf_puts(b, r->rows[i].p->name);
		}
	} else {
		describe_targets(b, cat, ru);
	}
	if (ru->effect != RE_EXCLUDE) {
		buf_puts(b, ", weight ");
		fmt_percent(b, ru->weight);
	}
	if (rule_against(r, ru) && rule_rival(r, ru) >= 0)
		buf_puts(b, "; outweighed");
	buf_printf(b, "): %s Source: ", ru->reason);
	source_cite(b, cat, ru->source);
	buf_printf(b, ": \"%s\"", ru->quote);
	if (rule_against(r, ru))
		outweighed_sentence(b, r, ru);
}

/* Whether rule ru fired for any compared platform. */
static bool
rule_matters(const struct report *r, const struct rule *ru)
{
	size_t i;

	for (i = 0; i < r->nrows; i++)
		if (rule_fires_for(r->m, ru, (size_t)r->rows[i].pi))
			return true;
	return false;
}

/*
 * The near tie: read decision.near_tie and each platform's <id>.near_tie
 * (generated formulas over decision.tie_margin) and say it in words,
 * naming the platform in the running with the best score among those
 * within the margin, the difference in dollars and per cent, and the
 * decision rules that treat the two differently.
 */
static void
make_near_tie(struct report *r)
{
	const struct model *m = r->m;
	const struct catalog *cat = m->cat;
	int nt = catalog_find(cat, "decision.near_tie"), c;
	const struct prow *rec, *b;
	struct buf s = {0}, rules = {0};
	size_t i, nrules = 0;
	double diff;

	r->tie_with = -1;
	if (nt < 0 || r->rec < 0 || !model_bool(m, nt))
		return;
	c = catalog_find(cat, "decision.tie_margin");
	r->tie_margin = c >= 0 ? model_num(m, c) : 0;
	r->tied = xcalloc(r->nrows + 1, sizeof(*r->tied));
	for (i = 0; i < r->nrows; i++) {
		char name[96];

		snprintf(name, sizeof(name), "%s.near_tie", r->rows[i].p->id);
		c = catalog_find(cat, name);
		if (c < 0 || !model_bool(m, c))
			continue;
		r->tied[r->ntied++] = (int)i;
		if (r->tie_with < 0 || r->rows[i].score < r->rows[r->tie_with].score)
			r->tie_with = (int)i;
	}
	if (r->tie_with < 0)
		return;
	r->near_tie = true;
	rec = &r->rows[r->rec];
	b = &r->rows[r->tie_with];
	diff = b->total - rec->total;
	buf_printf(&s, "Near tie: %s and %s cost within ", rec->p->name, b->p->name);
	fmt_percent(&s, r->tie_margin);
	buf_printf(&s, " of each other (decision.tie_margin), closer than the model can tell "
	    "apart: %s costs ", b->p->name);
	fmt_money(&s, fabs(diff));
	buf_puts(&s, "/month (");
	fmt_percent(&s, rec->total > 0 ? fabs(diff) / rec->total : 0);
	buf_printf(&s, ") %s than %s.", diff >= 0 ? "more" : "less", rec->p->name);
	if (r->ntied > 1) {
		size_t n = 0;

		buf_puts(&s, " Also within the margin: ");
		for (i = 0; i < r->ntied; i++) {
			const struct prow *t = &r->rows[r->tied[i]];

			if (r->tied[i] == r->tie_with)
				continue;
			buf_printf(&s, "%s%s (", n++ ? ", " : "", t->p->name);
			if (t->total >= rec->total)
				buf_putc(&s, '+');
			else
				buf_putc(&s, '-');
			fmt_money(&s, fabs(t->total - rec->total));
			buf_puts(&s, ")");
		}
		buf_puts(&s, ".");
	}
	/* the rules that fire for one of the two and not the other */
	for (i = 0; i < cat->nrules; i++) {
		const struct rule *ru = &cat->rules[i];
		bool fa = rule_fires_for(m, ru, (size_t)rec->pi);
		bool fb = rule_fires_for(m, ru, (size_t)b->pi);

		if (ru->effect == RE_EXCLUDE || fa == fb)
			continue;
		buf_printf(&rules, "%s%s %s %s", nrules++ ? "; " : "", ru->id,
		    ru->effect == RE_FAVOUR ? "favours" : "disfavours", fa ? rec->p->name :
		    b->p->name);
	}
	if (nrules > 0) {
		buf_printf(&s, " What separates them is not cost but the decision rule%s: %s "
		    "(ranking factors ", nrules > 1 ? "s" : "", buf_str(&rules));
		fmt_sig(&s, rec->adjust, NUM_QUANTITY_DIGITS);
		buf_puts(&s, " and ");
		fmt_sig(&s, b->adjust, NUM_QUANTITY_DIGITS);
		buf_puts(&s, ").");
	} else
		buf_printf(&s, " No decision rule treats the two differently, so the "
		    "recommendation rests on that difference alone; weigh what the model does not "
		    "price before choosing.");
	r->tie_sentence = buf_detach(&s);
	buf_printf(&s, "Near tie with %s, ", b->p->name);
	fmt_money(&s, fabs(diff));
	buf_puts(&s, " a month (");
	fmt_percent(&s, rec->total > 0 ? fabs(diff) / rec->total : 0);
	buf_printf(&s, ") %s: inside the ", diff >= 0 ? "dearer" : "cheaper");
	fmt_percent(&s, r->tie_margin);
	buf_puts(&s, " tie margin, so the cost alone does not decide between them (see why "
	    "below).");
	r->tie_line = buf_detach(&s);
	buf_free(&rules);
}

static void
make_reasons(struct report *r)
{
	const struct catalog *cat = r->m->cat;
	struct buf b = {0};
	size_t i;

	if (r->nrows == 0)
		return;
	if (r->rec < 0) {
		add_reason(r, xstrdup("Every compared platform is excluded by a decision rule; "
		    "see the excluded platforms below."));
	} else {
		const struct prow *rec = &r->rows[r->rec];
		const struct prow *ch = NULL;
		size_t neligible = 0;

		/* compare with the cheapest platform still in the running */
		for (i = 0; i < r->nrows; i++) {
			if (r->rows[i].excluded)
				continue;
			neligible++;
			if (ch == NULL || r->rows[i].total < ch->total)
				ch = &r->rows[i];
		}

		buf_printf(&b, "Cost: ");
		if (r->nrows == 1) {
			buf_printf(&b, "%s is the only platform compared, at ", rec->p->name);
			fmt_money(&b, rec->total);
			buf_puts(&b, "/month (");
			fmt_money(&b, rec->annual);
			buf_puts(&b, "/year).");
		} else if (ch == rec) {
			if (neligible == r->nrows)
				buf_printf(&b, "%s has the lowest monthly total of the %zu compared "
				    "platforms: ", rec->p->name, r->nrows);
			else
				buf_printf(&b, "%s has the lowest monthly total of the %zu platforms "
				    "the rules leave in the running (of %zu compared): ", rec->p->name,
				    neligible, r->nrows);
			fmt_money(&b, rec->total);
			buf_puts(&b, "/month (");
			fmt_money(&b, rec->annual);
			buf_puts(&b, "/year).");
			{
				int second = -1;

				for (i = 0; i < r->nrows; i++)
					if ((int)i != r->rec && !r->rows[i].excluded && (second < 0 ||
					    r->rows[i].total < r->rows[second].total))
						second = (int)i;
				if (second >= 0) {
					buf_printf(&b, " The next cheapest, %s, costs ",
					    r->rows[second].p->name);
					fmt_money(&b, r->rows[second].total);
					buf_puts(&b, "/month.");
				}
			}
		} else {
			buf_printf(&b, "%s costs ", rec->p->name);
			fmt_money(&b, rec->total);
			buf_puts(&b, "/month, ");
			fmt_money(&b, rec->total - ch->total);
			buf_printf(&b, " more than the cheapest platform in the running, %s (",
			    ch->p->name);
			fmt_money(&b, ch->total);
			buf_puts(&b, "/month), and ranks first once the decision rules below are "
			    "applied.");
		}
		add_reason(r, buf_detach(&b));
		if (r->tie_sentence)
			add_reason(r, xstrdup(r->tie_sentence));
	}
	for (i = 0; i < cat->nrules; i++) {
		const struct rule *ru = &cat->rules[i];

		if (ru->cell < 0 || !rule_matters(r, ru))
			continue;
		rule_sentence(&b, r, ru);
		add_reason(r, buf_detach(&b));
	}
	buf_free(&b);
}

/* Sort cell indices by name (insertion sort: a handful of cells). */
static void
sort_by_name(int *v, size_t n, const struct model *m)
{
	size_t a, b;

	for (a = 1; a < n; a++)
		for (b = a; b > 0 && strcmp(m->cat->base[v[b - 1]]->name,
		    m->cat->base[v[b]]->name) > 0; b--) {
			int t = v[b - 1];

			v[b - 1] = v[b];
			v[b] = t;
		}
}

/* The input cells (values, prices left out) a cell depends on: "a, b, c". */
static char *
inputs_behind(const struct model *m, int cell, size_t max)
{
	unsigned char *mark = xcalloc(m->ncells + 1, 1);
	int *stack = xcalloc(m->ncells + 1, sizeof(*stack));
	size_t sp = 0, i, nd, n = 0;
	const int *deps;
	struct buf b = {0};

	mark[cell] = 1;
	stack[sp++] = cell;
	while (sp > 0) {
		int c = stack[--sp];

		deps = cellspec_deps(m->def[c], &nd);
		for (i = 0; i < nd; i++)
			if (!mark[deps[i]]) {
				mark[deps[i]] = 1;
				stack[sp++] = deps[i];
			}
	}
	for (i = 0; i < m->ncells; i++) {
		const struct cellspec *s = m->def[i];

		if (!mark[i] || (int)i == cell || s->kind != CK_VALUE ||
		    s->layer == LAYER_DECISION || s->layer == LAYER_PRICING ||
		    str_has_prefix(s->name, "price.") || str_has_prefix(s->name, "calendar.") ||
		    strcmp(s->name, "workload.scale") == 0 || m->values[i].type != VT_NUM)
			continue;
		stack[n++] = (int)i; /* the stack is empty: reuse it */
	}
	sort_by_name(stack, n, m);
	for (i = 0; i < n && i < max; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", m->cat->base[stack[i]]->name);
	if (n > max)
		buf_printf(&b, " and %zu more", n - max);
	free(mark);
	free(stack);
	return b.data ? buf_detach(&b) : xstrdup("");
}

/*
 * Model vs the bill: read the actual.* and bill.* cells (the arithmetic is
 * theirs, in models/assumptions/bill.json) and say how far apart they are.
 */
static void
make_bill(struct report *r)
{
	const struct model *m = r->m;
	const struct catalog *cat = m->cat;
	struct billview *bv = &r->bill;
	struct buf b = {0};
	const char *pid, *worst;
	int k, pi;
	static const char *const acells[BILL__MAX] = {"actual.compute", "actual.platform_fees",
		"actual.hidden"};

	memset(bv, 0, sizeof(*bv));
	if (catalog_find(cat, "bill.present") < 0 || catalog_find(cat, "bill.off") < 0 ||
	    !model_bool(m, catalog_find(cat, "bill.present")))
		return;
	pid = model_str(m, catalog_find(cat, "actual.platform"));
	pi = pid ? catalog_platform(cat, pid) : -1;
	if (pi < 0)
		return;
	for (k = 0; k < BILL__MAX; k++) {
		char name[64];

		bv->actual[k] = catalog_find(cat, acells[k]);
		snprintf(name, sizeof(name), "bill.model_%s", bill_comp_ids[k]);
		bv->model[k] = catalog_find(cat, name);
		snprintf(name, sizeof(name), "bill.diff_%s", bill_comp_ids[k]);
		bv->diff[k] = catalog_find(cat, name);
		snprintf(name, sizeof(name), "bill.pct_%s", bill_comp_ids[k]);
		bv->pct[k] = catalog_find(cat, name);
		if (bv->actual[k] < 0 || bv->model[k] < 0 || bv->diff[k] < 0 || bv->pct[k] < 0)
			return;
	}
	bv->actual_total = catalog_find(cat, "bill.actual_total");
	bv->model_total = catalog_find(cat, "bill.model_total");
	bv->diff_total = catalog_find(cat, "bill.diff_total");
	bv->pct_total = catalog_find(cat, "bill.pct_total");
	bv->other = catalog_find(cat, "actual.other");
	bv->miss = catalog_find(cat, "bill.miss");
	bv->threshold = catalog_find(cat, "bill.threshold");
	bv->off = catalog_find(cat, "bill.off");
	bv->worst = catalog_find(cat, "bill.worst");
	if (bv->actual_total < 0 || bv->model_total < 0 || bv->diff_total < 0 ||
	    bv->pct_total < 0 || bv->other < 0 || bv->miss < 0 || bv->threshold < 0 ||
	    bv->worst < 0)
		return;
	bv->present = true;
	bv->p = &cat->platforms[pi];
	bv->period = model_str(m, catalog_find(cat, "actual.period"));
	worst = model_str(m, bv->worst);
	bv->worst_k = BILL_COMPUTE;
	for (k = 0; k < BILL__MAX; k++)
		if (worst && strcmp(worst, bill_comp_ids[k]) == 0)
			bv->worst_k = k;
	{
		char name[80];

		snprintf(name, sizeof(name), "%s.%s", bv->p->id, bill_comp_ids[bv->worst_k]);
		bv->inputs = catalog_find(cat, name) >= 0 ? inputs_behind(m, catalog_find(cat, name),
		    8) : xstrdup("");
	}

	buf_printf(&b, "Model vs your bill for %s: on %s, ", bv->period, bv->p->name);
	buf_puts(&b, "the platform billed, the model's compute, platform fees and hidden "
	    "infrastructure come to ");
	fmt_money(&b, model_num(m, bv->model_total));
	buf_puts(&b, " a month; the bill says ");
	fmt_money(&b, model_num(m, bv->actual_total));
	buf_puts(&b, " (");
	if (model_num(m, bv->diff_total) >= 0)
		buf_putc(&b, '+');
	fmt_percent(&b, model_num(m, bv->pct_total));
	buf_puts(&b, "). Counted component by component, the model misses ");
	fmt_percent(&b, model_num(m, bv->miss));
	buf_puts(&b, " of the bill (the threshold is ");
	fmt_percent(&b, model_num(m, bv->threshold));
	buf_printf(&b, "), most in %s: model ", bill_comp_names[bv->worst_k]);
	fmt_money(&b, model_num(m, bv->model[bv->worst_k]));
	buf_puts(&b, ", bill ");
	fmt_money(&b, model_num(m, bv->actual[bv->worst_k]));
	buf_puts(&b, ".");
	if (model_num(m, bv->other) != 0) {
		buf_puts(&b, " The rest of the bill, ");
		fmt_money(&b, model_num(m, bv->other));
		buf_puts(&b, ", is what the model does not price (other services, tax, credits).");
	}
	bv->sentence = buf_detach(&b);
	if (bv->off >= 0 && model_bool(m, bv->off)) {
		buf_printf(&b, "Against the %s bill of %s the model misses ", bv->period,
		    bv->p->name);
		fmt_percent(&b, model_num(m, bv->miss));
		buf_puts(&b, " of it, component by component, past the threshold of ");
		fmt_percent(&b, model_num(m, bv->threshold));
		buf_printf(&b, " (bill.threshold). It misses most in %s: the model says ",
		    bill_comp_names[bv->worst_k]);
		fmt_money(&b, model_num(m, bv->model[bv->worst_k]));
		buf_puts(&b, " a month, the bill ");
		fmt_money(&b, model_num(m, bv->actual[bv->worst_k]));
		buf_puts(&b, ".");
		if (bv->inputs[0])
			buf_printf(&b, " Set the inputs behind it (%s) to what the team runs before "
			    "relying on the comparison below.", bv->inputs);
		bv->warning = buf_detach(&b);
	}
	buf_free(&b);
}

/*
 * Build the report of an evaluated model. Returns it (caller frees with
 * report_free), or NULL after recording a broken invariant.
 */
struct report *
report_new(struct model *m, struct diags *d)
{
	const struct catalog *cat = m->cat;
	struct report *r = xcalloc(1, sizeof(*r));
	size_t i, errs = d->nerrors;
	int c, k;
	const char *recid;

	r->m = m;
	r->scn = m->scn;
	r->rec = r->cheapest = -1;
	r->rows = xcalloc(cat->nplatforms + 1, sizeof(*r->rows));
	c = catalog_find(cat, "load.requests_per_month");
	r->requests = c >= 0 ? model_num(m, c) : 0;
	recid = model_str(m, catalog_find(cat, "decision.platform"));
	for (i = 0; i < cat->nplatforms; i++) {
		const struct platform *p = &cat->platforms[i];
		struct prow *row;
		double sum = 0;

		if (!model_bool(m, p->compared))
			continue;
		row = &r->rows[r->nrows];
		row->pi = (int)i;
		row->p = p;
		for (k = 0; k < COMP__MAX; k++) {
			const struct value *v = &m->values[p->comp[k]];
			const struct cellspec *s = m->def[p->comp[k]];

			if (v->type != VT_NUM || !isfinite(v->u.num) || v->u.num < 0) {
				if (v->type != VT_ERR)
					diag_at(d, DIAG_ERROR, s->src, s->jpath, -1, s->name,
					    "a cost component must be a number of 0 or more, "
					    "got %s", v->type == VT_NUM ? "a negative "
					    "number" : vtype_name(v->type));
				continue;
			}
			row->comp[k] = v->u.num;
			sum += v->u.num;
		}
		row->total = model_num(m, p->total);
		if (m->values[p->total].type != VT_NUM ||
		    fabs(row->total - sum) > 1e-9 * (fabs(sum) + 1)) {
			const struct cellspec *s = m->def[p->total];

			if (m->values[p->total].type != VT_ERR)
				diag_at(d, DIAG_ERROR, s->src, s->jpath, -1, s->name,
				    "%s must be the sum of the five components (%s)", s->name,
				    "compute, platform_fees, hidden, engineering, one_time");
		}
		row->annual = row->total * 12;
		row->per_million = r->requests > 0 ? row->total / r->requests * 1e6 : 0;
		row->excluded = model_bool(m, p->excluded);
		row->adjust = model_num(m, p->adjust);
		row->score = model_num(m, p->score);
		if (row->excluded) {
			struct buf b = {0};
			size_t j;

			for (j = 0; j < cat->nrules; j++) {
				const struct rule *ru = &cat->rules[j];

				if (ru->effect != RE_EXCLUDE || !rule_fires_for(m, ru, i))
					continue;
				if (b.len)
					buf_puts(&b, " ");
				buf_printf(&b, "Rule %s: %s", ru->id, ru->reason);
			}
			row->excluded_why = buf_detach(&b);
		}
		if (strcmp(recid, p->id) == 0)
			r->rec = (int)r->nrows;
		if (r->cheapest < 0 || row->total < r->rows[r->cheapest].total)
			r->cheapest = (int)r->nrows;
		r->nrows++;
	}
	if (d->nerrors != errs) {
		report_free(r);
		return NULL;
	}
	make_near_tie(r);
	make_reasons(r);
	make_bill(r);
	{
		bool *used = xcalloc(cat->nplatforms + 1, sizeof(*used));
		struct buf b = {0};

		for (i = 0; i < r->nrows; i++)
			used[r->rows[i].pi] = true;
		region_describe(&b, m, used);
		r->where = b.data ? buf_detach(&b) : xstrdup("");
		free(used);
	}
	return r;
}

void
report_free(struct report *r)
{
	size_t i;

	if (r == NULL)
		return;
	for (i = 0; i < r->nrows; i++)
		free(r->rows[i].excluded_why);
	for (i = 0; i < r->nreasons; i++)
		free(r->reasons[i]);
	free(r->reasons);
	free(r->where);
	free(r->bill.sentence);
	free(r->bill.warning);
	free(r->bill.inputs);
	free(r->tied);
	free(r->tie_sentence);
	free(r->tie_line);
	free(r->rows);
	analyses_free(r->an);
	free(r);
}

/* The row of platform id, or NULL if it is not compared. */
const struct prow *
report_row(const struct report *r, const char *id)
{
	size_t i;

	for (i = 0; i < r->nrows; i++)
		if (strcmp(r->rows[i].p->id, id) == 0)
			return &r->rows[i];
	return NULL;
}

/*
 * The Monte Carlo's answer to "how sure is the verdict": the runner-up's
 * total minus the recommended platform's, P10 to P90, and the share of
 * samples in which the recommended one is the cheaper of the two. Appends
 * nothing when there is no runner-up.
 */
void
report_diff_sentence(struct buf *b, const struct report *r)
{
	const struct analyses *an = r->an;
	const struct rundiff *d;

	if (an == NULL || an->diff == NULL || r->rec < 0 || an->runner_up < 0)
		return;
	d = an->diff;
	buf_printf(b, "%s minus %s, sample by sample: P10 ", r->rows[an->runner_up].p->name,
	    r->rows[r->rec].p->name);
	fmt_money(b, d->p10);
	buf_puts(b, ", P50 ");
	fmt_money(b, d->p50);
	buf_puts(b, ", P90 ");
	fmt_money(b, d->p90);
	buf_printf(b, " a month; %s costs less than %s in ", r->rows[r->rec].p->name,
	    r->rows[an->runner_up].p->name);
	fmt_percent(b, d->p_rec_cheaper);
	buf_puts(b, " of the samples.");
}

/* --- the decision map in words ----------------------------------------------- */

/* A number of a map axis: "15", "0.5", "60,000,000". */
static void
map_number(struct buf *b, const struct map_axis *a, double v)
{
	if (a->integer || (fabs(v) >= 1000 && v == floor(v))) {
		fmt_fixed(b, v, 0, true);
		return;
	}
	fmt_sig(b, v, 3); /* the map's resolution: three digits */
}

/* Whether the axis is workload.scale, which reads as "2.5x this workload". */
static bool
map_is_scale(const struct model *m, const struct map_axis *a)
{
	return strcmp(m->cat->base[a->cell]->name, "workload.scale") == 0;
}

/* The unit after a number of the axis, "" for none. */
static const char *
map_unit(const struct model *m, const struct map_axis *a)
{
	const char *u = m->cat->base[a->cell]->unit;

	return u && strcmp(u, "factor") != 0 ? u : "";
}

/* A value of a map axis as a reader says it: "1.17x this workload", "15 engineers". */
void
map_axis_value(struct buf *b, const struct model *m, const struct map_axis *a, double v)
{
	if (map_is_scale(m, a)) {
		if (v == 1) {
			buf_puts(b, "this workload");
		} else {
			fmt_scale(b, v);
			buf_puts(b, " this workload");
		}
		return;
	}
	if (!*map_unit(m, a))
		buf_printf(b, "%s ", m->cat->base[a->cell]->name);
	map_number(b, a, v);
	if (*map_unit(m, a))
		buf_printf(b, " %s", map_unit(m, a));
}

/* A range of a map axis: "0.10x to 1.17x this workload", "1 to 200 engineers". */
void
map_range_text(struct buf *b, const struct model *m, const struct map_axis *a, double lo,
    double hi)
{
	if (map_is_scale(m, a)) {
		fmt_scale(b, lo);
		buf_puts(b, " to ");
		fmt_scale(b, hi);
		buf_puts(b, " this workload");
		return;
	}
	if (!*map_unit(m, a))
		buf_printf(b, "%s ", m->cat->base[a->cell]->name);
	map_number(b, a, lo);
	buf_puts(b, " to ");
	map_number(b, a, hi);
	if (*map_unit(m, a))
		buf_printf(b, " %s", map_unit(m, a));
}

static const char *
map_family_text(enum family f)
{
	return f == FAM_SERVERLESS ? "serverless" : f == FAM_MANAGED_K8S ? "managed Kubernetes" :
	    "self-managed Kubernetes";
}

static const char *
map_name(const struct model *m, int pi)
{
	return pi >= 0 ? m->cat->platforms[pi].name : "no platform (every one excluded)";
}

/*
 * The sentence of a crossing on a line through the scenario: where along
 * the line, moving away from the scenario, the answer changes, to what.
 */
void
map_border_sentence(struct buf *b, const struct report *r, const struct map_border *x)
{
	const struct model *m = r->m;
	const struct decision_map *dm = r->an->map;
	const struct map_axis *a = x->along == 'x' ? &dm->x : &dm->y;
	const struct map_axis *o = x->along == 'x' ? &dm->y : &dm->x;
	bool up = x->low >= a->base;
	int to = up ? x->after : x->before, from = up ? x->before : x->after;
	struct buf q = {0};

	if (a->integer) {
		map_axis_value(&q, m, a, up ? x->high : x->low);
		buf_printf(b, "%s %s", up ? "From" : "Down to", buf_str(&q));
	} else {
		map_axis_value(&q, m, a, x->at);
		buf_printf(b, "%s %s", up ? "Above" : "Below", buf_str(&q));
	}
	q.len = 0;
	map_axis_value(&q, m, o, o->base);
	buf_printf(b, " (at %s, as now): %s", buf_str(&q), map_name(m, to));
	if (to >= 0)
		buf_printf(b, " (%s)", map_family_text(m->cat->platforms[to].family));
	buf_printf(b, " instead of %s.", map_name(m, from));
	buf_free(&q);
}

/*
 * The map in words, for alt text and the index: each platform's share of
 * the grid and where it lies, and the scenario's place.
 */
/* The class of a map answer: the platform, or by family 0 serverless, 1 Kubernetes. */
static int
map_class(const struct catalog *cat, int pi, bool family)
{
	if (pi < 0 || !family)
		return pi;
	return cat->platforms[pi].family == FAM_SERVERLESS ? 0 : 1;
}

char *
map_summary(const struct report *r, bool family)
{
	const struct model *m = r->m;
	const struct decision_map *dm = r->an ? r->an->map : NULL;
	const struct catalog *cat = m->cat;
	struct buf b = {0}, q = {0};
	int n, i, j, k, np = family ? 2 : (int)cat->nplatforms, shown = 0;

	if (dm == NULL)
		return xstrdup("");
	n = dm->x.n * dm->y.n;
	buf_printf(&b, "Decision map: the recommended platform at %d values of %s (", dm->x.n,
	    cat->base[dm->x.cell]->name);
	map_range_text(&b, m, &dm->x, dm->x.values[0], dm->x.values[dm->x.n - 1]);
	buf_printf(&b, ") by %d of %s (", dm->y.n, cat->base[dm->y.cell]->name);
	map_range_text(&b, m, &dm->y, dm->y.values[0], dm->y.values[dm->y.n - 1]);
	buf_puts(&b, "). ");
	for (k = -1; k < np; k++) {
		int cnt = 0, x0 = dm->x.n, x1 = -1, y0 = dm->y.n, y1 = -1;

		for (j = 0; j < dm->y.n; j++)
			for (i = 0; i < dm->x.n; i++)
				if (map_class(cat, dm->platform[j * dm->x.n + i], family) == k) {
					cnt++;
					x0 = i < x0 ? i : x0;
					x1 = i > x1 ? i : x1;
					y0 = j < y0 ? j : y0;
					y1 = j > y1 ? j : y1;
				}
		if (cnt == 0)
			continue;
		buf_printf(&b, "%s%s covers %.0f%% of it", shown++ ? "; " : "", !family ?
		    map_name(m, k) : k == 0 ? "Serverless" : k == 1 ? "Kubernetes" :
		    "no platform (every one excluded)", 100.0 * cnt / n);
		if (cnt < n) {
			q.len = 0;
			map_range_text(&q, m, &dm->x, dm->x.values[x0], dm->x.values[x1]);
			buf_printf(&b, " (within %s, ", buf_str(&q));
			q.len = 0;
			map_range_text(&q, m, &dm->y, dm->y.values[y0], dm->y.values[y1]);
			buf_printf(&b, "%s)", buf_str(&q));
		}
	}
	buf_puts(&b, ". ");
	q.len = 0;
	map_axis_value(&q, m, &dm->x, dm->x.base);
	buf_printf(&b, "The scenario (%s, ", buf_str(&q));
	q.len = 0;
	map_axis_value(&q, m, &dm->y, dm->y.base);
	if (family)
		buf_printf(&b, "%s) is in the %s region (%s)", buf_str(&q), dm->here < 0 ? "empty" :
		    cat->platforms[dm->here].family == FAM_SERVERLESS ? "serverless" : "Kubernetes",
		    map_name(m, dm->here));
	else
		buf_printf(&b, "%s) is in the region of %s", buf_str(&q), map_name(m, dm->here));
	if (dm->nnear == 0)
		buf_puts(&b, ", and the answer does not change along either line through it.");
	else
		buf_printf(&b, "; along the two lines through it the answer changes %zu time%s.",
		    dm->nnear, dm->nnear == 1 ? "" : "s");
	buf_free(&q);
	return buf_detach(&b);
}
