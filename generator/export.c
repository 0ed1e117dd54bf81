/*
 * export.c -- the calc back-ends: the table, the JSON object of the
 * contract, and CSV.
 *
 * All three render a const struct report; none evaluates anything. The
 * JSON shape is part of the product's contract (SPEC.md): keys in this
 * order, plain numbers with no rounding.
 */
#include <stdlib.h>
#include <string.h>

#include "runsheet.h"
#include "jsonw.h"
#include "cli.h"
#include "document.h"
#include "analysis.h"

static void export_map_json(struct jw *, const struct report *);

/* "bill": the model beside the bill of the platform the team runs on. */
static void
export_bill_json(struct jw *w, const struct report *r)
{
	const struct model *m = r->m;
	const struct billview *bv = &r->bill;
	int k;

	jw_key(w, "bill");
	jw_obj(w);
	jw_kstr(w, "platform", bv->p->id);
	jw_kstr(w, "period", bv->period);
	jw_key(w, "components");
	jw_obj(w);
	for (k = 0; k < BILL__MAX; k++) {
		jw_key(w, bill_comp_ids[k]);
		jw_obj(w);
		jw_knum(w, "actual", model_num(m, bv->actual[k]));
		jw_knum(w, "model", model_num(m, bv->model[k]));
		jw_knum(w, "difference", model_num(m, bv->diff[k]));
		jw_knum(w, "fraction", model_num(m, bv->pct[k]));
		jw_obj_end(w);
	}
	jw_key(w, "total");
	jw_obj(w);
	jw_knum(w, "actual", model_num(m, bv->actual_total));
	jw_knum(w, "model", model_num(m, bv->model_total));
	jw_knum(w, "difference", model_num(m, bv->diff_total));
	jw_knum(w, "fraction", model_num(m, bv->pct_total));
	jw_obj_end(w);
	jw_obj_end(w);
	jw_knum(w, "other", model_num(m, bv->other));
	jw_knum(w, "miss", model_num(m, bv->miss));
	jw_knum(w, "threshold", model_num(m, bv->threshold));
	jw_kbool(w, "off", bv->warning != NULL);
	jw_kstr(w, "worst", bill_comp_ids[bv->worst_k]);
	jw_kstr(w, "summary", bv->sentence);
	if (bv->warning)
		jw_kstr(w, "warning", bv->warning);
	jw_obj_end(w);
}

/* Write the contract's platform list and recommendation into w. */
void
export_json_body(struct jw *w, const struct report *r)
{
	const struct model *m = r->m;
	size_t i, k;

	jw_kstr(w, "scenario", r->scn ? r->scn->id : "defaults");
	jw_kstr(w, "currency", "USD");
	if (m->cat->regions && m->region >= 0) {
		const struct region *g = &m->cat->regions->list[m->region];

		jw_key(w, "region");
		jw_obj(w);
		jw_kstr(w, "id", g->id);
		jw_kstr(w, "name", g->name);
		jw_key(w, "providers");
		jw_obj(w);
		for (k = 0; k < g->nsites; k++) {
			jw_key(w, g->sites[k].provider);
			jw_obj(w);
			jw_kstr(w, "code", g->sites[k].code);
			jw_kstr(w, "place", g->sites[k].place);
			jw_obj_end(w);
		}
		jw_obj_end(w);
		jw_obj_end(w);
	}
	jw_key(w, "platforms");
	jw_arr(w);
	for (i = 0; i < r->nrows; i++) {
		const struct prow *row = &r->rows[i];

		jw_obj(w);
		jw_kstr(w, "id", row->p->id);
		jw_kstr(w, "name", row->p->name);
		jw_kstr(w, "family", family_ids[row->p->family]);
		jw_key(w, "monthly");
		jw_obj(w);
		for (k = 0; k < COMP__MAX; k++)
			jw_knum(w, component_ids[k], row->comp[k]);
		jw_knum(w, "total", row->total);
		jw_obj_end(w);
		jw_knum(w, "annual_total", row->annual);
		if (r->requests > 0)
			jw_knum(w, "cost_per_million_requests", row->per_million);
		jw_kbool(w, "excluded", row->excluded);
		if (row->excluded_why)
			jw_kstr(w, "excluded_because", row->excluded_why);
		if (row->p->cold_start >= 0)
			jw_knum(w, "cold_start_s", model_num(m, row->p->cold_start));
		if (row->p->scale_up >= 0)
			jw_knum(w, "scale_up_s", model_num(m, row->p->scale_up));
		if (r->an && r->an->unc) {
			const struct uncertainty *u = &r->an->unc[i];

			jw_key(w, "uncertainty");
			jw_obj(w);
			jw_knum(w, "p10", u->p10);
			jw_knum(w, "p50", u->p50);
			jw_knum(w, "p90", u->p90);
			jw_knum(w, "p_cheapest", u->p_cheapest);
			jw_knum(w, "mean", u->mean);
			jw_obj_end(w);
		}
		jw_obj_end(w);
	}
	jw_arr_end(w);
	jw_key(w, "recommendation");
	jw_obj(w);
	jw_key(w, "platform");
	if (r->rec >= 0)
		jw_str(w, r->rows[r->rec].p->id);
	else
		jw_null(w);
	jw_key(w, "reasons");
	jw_arr(w);
	for (i = 0; i < r->nreasons; i++)
		jw_str(w, r->reasons[i]);
	jw_arr_end(w);
	if (r->rec >= 0) {
		jw_kstr(w, "name", r->rows[r->rec].p->name);
		jw_knum(w, "monthly_total", r->rows[r->rec].total);
		jw_knum(w, "annual_total", r->rows[r->rec].annual);
	}
	jw_kbool(w, "near_tie", r->near_tie);
	jw_key(w, "tied_with");
	jw_arr(w);
	for (i = 0; i < r->ntied; i++)
		jw_str(w, r->rows[r->tied[i]].p->id);
	jw_arr_end(w);
	{
		int c = catalog_find(m->cat, "decision.tie_margin");

		if (c >= 0)
			jw_knum(w, "tie_margin", model_num(m, c));
	}
	jw_obj_end(w);
	if (r->bill.present)
		export_bill_json(w, r);
	if (r->an)
		export_analyses_json(w, r);
	if (r->an && r->an->map)
		export_map_json(w, r);
}

static void
num_or_null(struct jw *w, const char *key, bool have, double v)
{
	jw_key(w, key);
	if (have)
		jw_num(w, v);
	else
		jw_null(w);
}

/*
 * The analyses in JSON: "breakeven" (one entry per serverless/Kubernetes
 * pair; null where the totals do not cross in the sweep's range),
 * "sensitivity" (ranged inputs by swing) and "analysis" (the settings).
 */
void
export_analyses_json(struct jw *w, const struct report *r)
{
	const struct analyses *an = r->an;
	const struct model *m = r->m;
	size_t i;

	jw_key(w, "breakeven");
	jw_arr(w);
	for (i = 0; i < an->ncross; i++) {
		const struct crossover *x = &an->cross[i];

		jw_obj(w);
		jw_kstr(w, "serverless", r->rows[x->s].p->id);
		jw_kstr(w, "kubernetes", r->rows[x->k].p->id);
		num_or_null(w, "scale_with_engineering", x->with_found, x->with_scale);
		num_or_null(w, "scale_without_engineering", x->without_found, x->without_scale);
		num_or_null(w, "monthly_compute_at_crossover", x->without_found, x->compute_without);
		num_or_null(w, "monthly_compute_at_crossover_with_engineering", x->with_found,
		    x->compute_with);
		jw_kbool(w, "kubernetes_cheaper_above", x->k_cheaper_above);
		jw_kbool(w, "at_node_step", (x->with_found && x->with_step) ||
		    (x->without_found && x->without_step));
		jw_obj_end(w);
	}
	jw_arr_end(w);
	jw_key(w, "sensitivity");
	jw_arr(w);
	for (i = 0; i < an->nsens; i++) {
		const struct sens *x = &an->sens[i];

		jw_obj(w);
		jw_kstr(w, "cell", m->cat->base[x->cell]->name);
		jw_knum(w, "low", x->rec_low);
		jw_knum(w, "high", x->rec_high);
		jw_kbool(w, "flips", x->flips);
		jw_knum(w, "input_low", x->in_low);
		jw_knum(w, "input_base", x->in_base);
		jw_knum(w, "input_high", x->in_high);
		jw_knum(w, "runner_up_low", x->ru_low);
		jw_knum(w, "runner_up_high", x->ru_high);
		jw_kstr(w, "verdict_low", x->verdict_low);
		jw_kstr(w, "verdict_high", x->verdict_high);
		jw_knum(w, "swing", x->swing);
		jw_obj_end(w);
	}
	jw_arr_end(w);
	jw_key(w, "analysis");
	jw_obj(w);
	jw_knum(w, "samples", an->samples);
	jw_knum(w, "seed", (double)an->seed);
	jw_knum(w, "ranged_inputs", (double)an->nranged);
	if (an->npoints > 0) {
		jw_knum(w, "sweep_min", an->scales[0]);
		jw_knum(w, "sweep_max", an->scales[an->npoints - 1]);
		jw_knum(w, "sweep_points", an->npoints);
	}
	jw_kstr(w, "runner_up", an->runner_up >= 0 ? r->rows[an->runner_up].p->id : "none");
	jw_knum(w, "spread_inputs", (double)an->nspread);
	if (an->diff) {
		jw_key(w, "runner_up_difference");
		jw_obj(w);
		jw_knum(w, "p10", an->diff->p10);
		jw_knum(w, "p50", an->diff->p50);
		jw_knum(w, "p90", an->diff->p90);
		jw_knum(w, "mean", an->diff->mean);
		jw_knum(w, "p_recommended_cheaper", an->diff->p_rec_cheaper);
		jw_obj_end(w);
	}
	jw_obj_end(w);
}

static void
map_id(struct jw *w, const struct catalog *cat, int pi)
{
	if (pi >= 0)
		jw_str(w, cat->platforms[pi].id);
	else
		jw_null(w);
}

static void
map_border_json(struct jw *w, const struct report *r, const struct map_border *b)
{
	const struct catalog *cat = r->m->cat;
	const struct decision_map *dm = r->an->map;

	jw_obj(w);
	jw_kstr(w, "along", b->along == 'x' ? "x" : "y");
	jw_knum(w, b->along == 'x' ? "y" : "x", b->fixed);
	jw_knum(w, "low", b->low);
	jw_knum(w, "high", b->high);
	jw_knum(w, "at", b->at);
	jw_key(w, "before");
	map_id(w, cat, b->before);
	jw_key(w, "after");
	map_id(w, cat, b->after);
	if (b->i < 0) {
		struct buf t = {0};

		map_border_sentence(&t, r, b);
		jw_kstr(w, "sentence", buf_str(&t));
		buf_free(&t);
	}
	(void)dm;
	jw_obj_end(w);
}

static void
map_axis_json(struct jw *w, const char *key, const struct report *r, const struct map_axis *a)
{
	int i;

	jw_key(w, key);
	jw_obj(w);
	jw_kstr(w, "cell", r->m->cat->base[a->cell]->name);
	jw_kbool(w, "log", a->log);
	jw_knum(w, "base", a->base);
	jw_key(w, "values");
	jw_arr(w);
	for (i = 0; i < a->n; i++)
		jw_num(w, a->values[i]);
	jw_arr_end(w);
	jw_obj_end(w);
}

/*
 * "map": the decision map. platform[j][i] is decision.platform at
 * x.values[i] and y.values[j] (null where every platform is excluded);
 * family the same by family; borders where the answer changes along the
 * grid lines, neighbourhood along the two lines through the scenario.
 */
static void
export_map_json(struct jw *w, const struct report *r)
{
	const struct decision_map *dm = r->an->map;
	const struct catalog *cat = r->m->cat;
	struct buf b = {0};
	size_t k;
	int i, j;

	jw_key(w, "map");
	jw_obj(w);
	map_axis_json(w, "x", r, &dm->x);
	map_axis_json(w, "y", r, &dm->y);
	jw_key(w, "platform");
	jw_arr(w);
	for (j = 0; j < dm->y.n; j++) {
		jw_arr(w);
		for (i = 0; i < dm->x.n; i++)
			map_id(w, cat, dm->platform[j * dm->x.n + i]);
		jw_arr_end(w);
	}
	jw_arr_end(w);
	jw_key(w, "family");
	jw_arr(w);
	for (j = 0; j < dm->y.n; j++) {
		jw_arr(w);
		for (i = 0; i < dm->x.n; i++) {
			const char *f = map_family(cat, dm->platform[j * dm->x.n + i]);

			if (f)
				jw_str(w, f);
			else
				jw_null(w);
		}
		jw_arr_end(w);
	}
	jw_arr_end(w);
	jw_key(w, "here");
	map_id(w, cat, dm->here);
	jw_key(w, "compute");
	jw_arr(w);
	for (i = 0; i < dm->x.n; i++)
		jw_num(w, dm->compute[i]);
	jw_arr_end(w);
	jw_key(w, "borders");
	jw_arr(w);
	for (k = 0; k < dm->nborders; k++)
		map_border_json(w, r, &dm->borders[k]);
	jw_arr_end(w);
	jw_key(w, "neighbourhood");
	jw_arr(w);
	for (k = 0; k < dm->nnear; k++)
		map_border_json(w, r, &dm->near[k]);
	jw_arr_end(w);
	{
		char *sum = map_summary(r, false);

		jw_kstr(w, "summary", sum);
		free(sum);
		sum = map_summary(r, true);
		jw_kstr(w, "family_summary", sum);
		free(sum);
	}
	(void)b;
	jw_obj_end(w);
}

/* runsheet calc --format json */
void
export_calc_json(struct buf *out, const struct report *r)
{
	struct jw w;

	jw_init(&w, out);
	jw_obj(&w);
	export_json_body(&w, r);
	jw_obj_end(&w);
}

/* Append a CSV field, quoted when it must be (RFC 4180). */
void
csv_field(struct buf *b, const char *s)
{
	const char *p;

	if (strpbrk(s, ",\"\r\n") == NULL) {
		buf_puts(b, s);
		return;
	}
	buf_putc(b, '"');
	for (p = s; *p; p++) {
		if (*p == '"')
			buf_putc(b, '"');
		buf_putc(b, *p);
	}
	buf_putc(b, '"');
}

/* Append a CSV text field a spreadsheet will not execute as a formula. */
void
csv_text(struct buf *b, const char *s)
{
	if (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' ||
	    s[0] == '\r') {
		char *t = xasprintf("'%s", s);

		csv_field(b, t);
		free(t);
		return;
	}
	csv_field(b, s);
}

static void
csv_num(struct buf *b, double v)
{
	char tmp[64];

	num_shortest(tmp, sizeof(tmp), v);
	buf_puts(b, tmp);
}

/* runsheet calc --format csv: one row per platform, plain numbers. */
void
export_calc_csv(struct buf *out, const struct report *r)
{
	size_t i, k;

	buf_puts(out, "scenario,platform,name,compute,platform_fees,hidden,engineering,"
	    "one_time,total,annual_total,excluded,recommended\n");
	for (i = 0; i < r->nrows; i++) {
		const struct prow *row = &r->rows[i];

		csv_text(out, r->scn ? r->scn->id : "defaults");
		buf_putc(out, ',');
		csv_text(out, row->p->id);
		buf_putc(out, ',');
		csv_text(out, row->p->name); /* model data may come from --data */
		for (k = 0; k < COMP__MAX; k++) {
			buf_putc(out, ',');
			csv_num(out, row->comp[k]);
		}
		buf_putc(out, ',');
		csv_num(out, row->total);
		buf_putc(out, ',');
		csv_num(out, row->annual);
		buf_printf(out, ",%s,%s\n", row->excluded ? "true" : "false",
		    (int)i == r->rec ? "true" : "false");
	}
}

/* Pad s with spaces to width (in bytes; our names are ASCII). */
static void
pad(struct buf *b, const char *s, size_t width, bool right)
{
	size_t n = strlen(s);

	if (right)
		while (n++ < width)
			buf_putc(b, ' ');
	buf_puts(b, s);
	if (!right)
		while (n++ < width)
			buf_putc(b, ' ');
}

/* runsheet calc (--format table): an aligned table for a terminal. */
void
export_calc_table(struct buf *out, const struct report *r)
{
	static const char *const heads[] = {"Platform", "Compute", "Fees", "Hidden",
		"Engineering", "One-time", "Total/month", "Total/year"};
	enum { NCOL = 8 };
	size_t width[NCOL], i, k;
	struct buf cell = {0};
	char ***grid = xcalloc(r->nrows + 1, sizeof(*grid));

	for (k = 0; k < NCOL; k++)
		width[k] = strlen(heads[k]);
	for (i = 0; i < r->nrows; i++) {
		const struct prow *row = &r->rows[i];

		grid[i] = xcalloc(NCOL, sizeof(char *));
		grid[i][0] = xasprintf("%s%s", row->p->name,
		    (int)i == r->rec ? " *" : row->excluded ? " (excluded)" : "");
		for (k = 0; k < COMP__MAX + 2; k++) {
			cell.len = 0;
			fmt_money(&cell, k < COMP__MAX ? row->comp[k] :
			    k == COMP__MAX ? row->total : row->annual);
			grid[i][k + 1] = xstrdup(buf_str(&cell));
		}
		for (k = 0; k < NCOL; k++)
			if (strlen(grid[i][k]) > width[k])
				width[k] = strlen(grid[i][k]);
	}
	if (r->scn)
		buf_printf(out, "%s: %s\n", r->scn->id, r->scn->title);
	if (r->where[0])
		buf_printf(out, "Region %s\n", r->where);
	buf_putc(out, '\n');
	for (k = 0; k < NCOL; k++) {
		if (k)
			buf_puts(out, "  ");
		pad(out, heads[k], width[k], k > 0);
	}
	buf_putc(out, '\n');
	for (i = 0; i < r->nrows; i++) {
		for (k = 0; k < NCOL; k++) {
			if (k)
				buf_puts(out, "  ");
			pad(out, grid[i][k], width[k], k > 0);
			free(grid[i][k]);
		}
		buf_putc(out, '\n');
		free(grid[i]);
	}
	free(grid);
	buf_putc(out, '\n');
	if (r->bill.present) {
		const struct billview *bv = &r->bill;
		const struct model *m = r->m;

		if (bv->warning)
			buf_printf(out, "WARNING: the model does not describe this system yet. %s\n\n",
			    bv->warning);
		buf_printf(out, "Model vs your bill: %s, %s\n", bv->p->name, bv->period);
		buf_printf(out, "  %-22s  %10s  %10s  %12s\n", "", "Bill", "Model", "Model - bill");
		for (k = 0; k <= BILL__MAX; k++) {
			int a = k < BILL__MAX ? bv->actual[k] : bv->actual_total;
			int mo = k < BILL__MAX ? bv->model[k] : bv->model_total;
			int df = k < BILL__MAX ? bv->diff[k] : bv->diff_total;

			buf_printf(out, "  %-22s", k < BILL__MAX ? bill_comp_names[k] : "together");
			cell.len = 0;
			fmt_money(&cell, model_num(m, a));
			buf_printf(out, "  %10s", buf_str(&cell));
			cell.len = 0;
			fmt_money(&cell, model_num(m, mo));
			buf_printf(out, "  %10s", buf_str(&cell));
			cell.len = 0;
			if (model_num(m, df) > 0)
				buf_putc(&cell, '+');
			fmt_money(&cell, model_num(m, df));
			buf_printf(out, "  %12s\n", buf_str(&cell));
		}
		buf_printf(out, "  %s\n\n", bv->sentence);
	}
	buf_free(&cell);
	if (r->rec >= 0)
		buf_printf(out, "Recommendation (*): %s\n", r->rows[r->rec].p->name);
	else
		buf_puts(out, "Recommendation: none (every compared platform is excluded)\n");
	for (i = 0; i < r->nreasons; i++)
		buf_printf(out, "  - %s\n", r->reasons[i]);
	if (r->an == NULL)
		return;
	{
		const struct analyses *an = r->an;
		struct buf a = {0};

		buf_printf(out, "\nUncertainty (%d samples, seed %lu): monthly total P10 / P50 / P90, "
		    "chance of being the cheapest\n", an->samples, an->seed);
		for (i = 0; i < r->nrows; i++) {
			a.len = 0;
			buf_printf(&a, "  %-36s ", r->rows[i].p->name);
			fmt_money(&a, an->unc[i].p10);
			buf_puts(&a, " / ");
			fmt_money(&a, an->unc[i].p50);
			buf_puts(&a, " / ");
			fmt_money(&a, an->unc[i].p90);
			buf_puts(&a, "  ");
			fmt_percent(&a, an->unc[i].p_cheapest);
			buf_printf(out, "%s\n", buf_str(&a));
		}
		a.len = 0;
		report_diff_sentence(&a, r);
		if (a.len)
			buf_printf(out, "  Runner-up minus recommended: %s\n", buf_str(&a));
		if (an->map) {
			const struct decision_map *dm = an->map;
			char *sum = map_summary(r, false);

			buf_printf(out, "\nDecision map (%s by %s, %d x %d; %zu border%s)\n  %s\n",
			    r->m->cat->base[dm->x.cell]->name, r->m->cat->base[dm->y.cell]->name,
			    dm->x.n, dm->y.n, dm->nborders, dm->nborders == 1 ? "" : "s", sum);
			free(sum);
			for (i = 0; i < dm->nnear; i++) {
				a.len = 0;
				map_border_sentence(&a, r, &dm->near[i]);
				buf_printf(out, "  - %s\n", buf_str(&a));
			}
		}
		if (an->ncross)
			buf_puts(out, "\nBreak-even (workload.scale where Kubernetes and serverless "
			    "totals meet; with / without engineering time)\n");
		for (i = 0; i < an->ncross; i++) {
			const struct crossover *x = &an->cross[i];

			a.len = 0;
			buf_printf(&a, "  %s vs %s: ", r->rows[x->s].p->name, r->rows[x->k].p->name);
			if (x->with_found)
				fmt_scale(&a, x->with_scale);
			else
				buf_puts(&a, "none in range");
			buf_puts(&a, " / ");
			if (x->without_found) {
				fmt_scale(&a, x->without_scale);
				buf_puts(&a, " (serverless compute ");
				fmt_money(&a, x->compute_without);
				buf_puts(&a, "/month)");
			} else {
				buf_puts(&a, "none in range");
			}
			buf_printf(out, "%s\n", buf_str(&a));
		}
		buf_free(&a);
	}
}
