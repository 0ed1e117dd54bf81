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

static void
rule_sentence(struct buf *b, const struct report *r, const struct rule *ru)
{
	const struct catalog *cat = r->m->cat;
	char w[32];
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
		snprintf(w, sizeof(w), "%g", ru->weight * 100);
		buf_printf(b, ", weight %s%%", w);
	}
	buf_printf(b, "): %s Source: %s: \"%s\"", ru->reason, ru->source, ru->quote);
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
	make_reasons(r);
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
