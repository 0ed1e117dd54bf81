/*
 * pages.c -- the site's pages around the scenarios' reports.
 *
 *   index.html             the matrix: scenarios x platforms, monthly totals,
 *                          the cheapest of each row and the recommendation
 *   platforms/index.html   every platform, how it bills, where it wins
 *   platforms/<id>.html    one platform: what it is, its billing rules in
 *                          words and as the model's formulas, the prices it
 *                          uses with their sources, latency, its scenarios
 *   methodology.html       templates/methodology.md rendered by cmark-gfm
 *   pricing.html           every price with its source and date, stale ones
 *                          flagged
 *   sources.html           every document the data cites (the seeds, by
 *                          title), the cells and rules it supports, and
 *                          every vendor address the cells cite
 *
 * Every page goes through templates/page.html (navigation, footer) with a
 * relative root ("", "../", "../../"), so the site works from file:// and
 * from any sub-path of a web server. Numbers come from evaluated models
 * (each scenario's, summarised by site.c, and the model defaults for
 * prices and formulas) and are formatted by num.c as everywhere else.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "runsheet.h"
#include "num.h"
#include "tmpl.h"
#include "document.h"
#include "pages.h"

/* Set what every page shares: title, root, which navigation entry is current. */
void
page_common(struct tval *v, const struct pages *pg, const char *title, const char *desc,
    const char *root, const char *nav, const char *cls)
{
	static const char *const navs[] = {"index", "platforms", "methodology", "pricing",
		"sources", NULL};
	int i;

	tv_str(v, "title", title);
	tv_str(v, "description", desc);
	tv_str(v, "root", root);
	tv_str(v, "version", RUNSHEET_VERSION);
	tv_str(v, "data_date", pg->data_date);
	tv_str(v, "page_class", cls);
	{
		/* the oldest date a price's source was read, and the prices never read */
		const char *oldest = pg->data_date;
		size_t q, nunread = 0;

		for (q = 0; q < pg->cat->nspecs; q++) {
			const struct cellspec *s = pg->cat->specs[q];

			if (s->layer != LAYER_PRICING)
				continue;
			if (s->unread)
				nunread++;
			else if (s->as_of && strcmp(s->as_of, oldest) < 0)
				oldest = s->as_of;
		}
		tv_str(v, "prices_oldest", oldest);
		tv_strf(v, "nunread_prices", "%zu", nunread);
		tv_bool(v, "has_unread_prices", nunread > 0);
	}
	for (i = 0; navs[i]; i++) {
		char key[32];

		snprintf(key, sizeof(key), "nav_%s", navs[i]);
		tv_bool(v, key, nav && strcmp(nav, navs[i]) == 0);
	}
}

/*
 * Render body with v into content (NULL: v has it already), then
 * templates/page.html around it into out.
 */
bool
page_render(const struct pages *pg, const struct tmpl *body, struct tval *v, struct buf *out,
    struct diags *d)
{
	struct buf content = {0};
	bool ok = false;

	if (body && !tmpl_render(body, v, &content, d))
		goto out;
	if (body)
		tv_str(v, "content", buf_str(&content));
	ok = tmpl_render(pg->page, v, out, d);
out:
	buf_free(&content);
	return ok;
}

/* page_render() into the file dir/name. */
bool
page_write(const struct pages *pg, const struct tmpl *body, struct tval *v, const char *dir,
    const char *name, struct diags *d)
{
	struct buf html = {0};
	char *path = NULL;
	bool ok = false;

	if (!page_render(pg, body, v, &html, d))
		goto out;
	path = path_join(dir, name);
	ok = file_write_atomic(path, html.data ? html.data : "", html.len);
	if (!ok)
		diag_add(d, DIAG_ERROR, path, 0, 0, NULL, NULL, "cannot write: %s",
		    strerror(errno));
out:
	free(path);
	buf_free(&html);
	return ok;
}

static void
money_str(struct tval *it, const char *key, double v)
{
	struct buf b = {0};

	fmt_money(&b, v);
	tv_str(it, key, buf_str(&b));
	buf_free(&b);
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

/* A rule's weight as a percentage ("15%"), empty for an exclusion. */
static void
rule_weight(struct tval *it, const struct rule *ru)
{
	struct buf b = {0};

	if (ru->effect != RE_EXCLUDE)
		fmt_percent(&b, ru->weight);
	tv_str(it, "weight", buf_str(&b));
	buf_free(&b);
}

static void
num_str(struct tval *it, const char *key, double v)
{
	char tmp[64];

	num_shortest(tmp, sizeof(tmp), v);
	tv_str(it, key, tmp);
}

/* Markdown of the model data (summaries, billing sentences) as HTML. */
static void
md_str(struct tval *it, const char *key, const char *md)
{
	char *html = md_to_html(md, strlen(md));

	tv_str(it, key, html);
	free(html);
}

/* The platforms in catalog order, grouped by family, as the index's columns. */
static void
platform_columns(struct tval *v, const struct catalog *cat)
{
	struct tval *l = tv_list(v, "platforms"), *g = tv_list(v, "families"), *it;
	size_t i;
	int f;

	for (f = 0; f < FAM__MAX; f++) {
		size_t n = 0;

		for (i = 0; i < cat->nplatforms; i++)
			if ((int)cat->platforms[i].family == f)
				n++;
		if (n == 0)
			continue;
		it = tv_item(g);
		tv_str(it, "name", family_names[f]);
		tv_strf(it, "span", "%zu", n);
	}
	for (f = 0; f < FAM__MAX; f++)
		for (i = 0; i < cat->nplatforms; i++) {
			const struct platform *p = &cat->platforms[i];

			if ((int)p->family != f)
				continue;
			it = tv_item(l);
			tv_str(it, "id", p->id);
			tv_str(it, "name", p->name);
			tv_str(it, "family", family_names[p->family]);
		}
}

/* Catalog platform indexes in the order of the index's columns. */
static size_t *
column_order(const struct catalog *cat)
{
	size_t *o = xcalloc(cat->nplatforms + 1, sizeof(*o)), n = 0, i;
	int f;

	for (f = 0; f < FAM__MAX; f++)
		for (i = 0; i < cat->nplatforms; i++)
			if ((int)cat->platforms[i].family == f)
				o[n++] = i;
	return o;
}

/* The index's line on a scenario's bill: "the 2026-10 bill: the model misses 47.2%". */
char *
site_bill_note(const char *period, double miss)
{
	struct buf b = {0};

	buf_printf(&b, "checked against its %s bill: the model misses ", period);
	fmt_percent(&b, miss);
	return buf_detach(&b);
}

/* index.html: the matrix of scenarios and platforms. */
bool
pages_index(const struct pages *pg, const struct site_summary *sums, size_t n, const char *out,
    struct diags *d)
{
	const struct catalog *cat = pg->cat;
	struct tval *v = tv_map(), *rows, *it, *cells, *cell, *maps;
	size_t *cols = column_order(cat), i, k;
	bool ok;

	page_common(v, pg, "Serverless containers or Kubernetes",
	    "What each team would pay to run its containers on serverless platforms and on "
	    "Kubernetes, everything included, scenario by scenario.", "", "index", "index");
	platform_columns(v, cat);
	tv_strf(v, "nscenarios", "%zu scenario%s", n, n == 1 ? "" : "s");
	tv_strf(v, "nplatforms", "%zu platform%s", cat->nplatforms, cat->nplatforms == 1 ? "" : "s");
	rows = tv_list(v, "rows");
	for (i = 0; i < n; i++) {
		const struct site_summary *s = &sums[i];

		it = tv_item(rows);
		tv_str(it, "id", s->id);
		tv_str(it, "title", s->title);
		tv_strf(it, "href", "scenarios/%s/report.html", s->id);
		tv_str(it, "region", s->region ? s->region : "");
		tv_bool(it, "has_region", s->region && s->region[0]);
		tv_bool(it, "has_bill", s->bill != NULL);
		tv_str(it, "bill", s->bill ? s->bill : "");
		tv_bool(it, "bill_off", s->bill_off);
		tv_str(it, "verdict", s->verdict);
		tv_str(it, "verdict_id", s->verdict_id);
		tv_bool(it, "has_verdict", strcmp(s->verdict_id, "none") != 0);
		money_str(it, "monthly", s->monthly);
		tv_bool(it, "near_tie", s->tied != NULL);
		tv_str(it, "tied", s->tied ? s->tied : "");
		cells = tv_list(it, "cells");
		for (k = 0; k < cat->nplatforms; k++) {
			size_t pi = cols[k];
			bool compared = s->totals[pi] >= 0;

			cell = tv_item(cells);
			tv_str(cell, "platform", cat->platforms[pi].id);
			tv_str(cell, "platform_name", cat->platforms[pi].name);
			tv_bool(cell, "compared", compared);
			tv_bool(cell, "cheapest", compared && s->cheapest == (int)pi);
			tv_bool(cell, "recommended", compared &&
			    strcmp(s->verdict_id, cat->platforms[pi].id) == 0);
			tv_bool(cell, "excluded", compared && s->excluded[pi]);
			if (compared) {
				money_str(cell, "text", s->totals[pi]);
				num_str(cell, "total", s->totals[pi]);
			} else {
				tv_str(cell, "text", "");
				tv_str(cell, "total", "");
			}
		}
	}
	maps = tv_list(v, "maps");
	for (i = 0; i < n; i++) {
		const struct site_summary *s = &sums[i];

		if (s->map_alt == NULL)
			continue;
		it = tv_item(maps);
		tv_str(it, "id", s->id);
		tv_str(it, "title", s->title);
		tv_strf(it, "href", "scenarios/%s/report.html", s->id);
		tv_strf(it, "src", "scenarios/%s/charts/map-small.svg", s->id);
		tv_str(it, "alt", s->map_alt);
		tv_str(it, "verdict", s->verdict);
		tv_str(it, "axes", s->map_axes);
		tv_bool(it, "other_axes", strcmp(s->map_axes, "workload.scale by team.engineers") != 0);
	}
	tv_bool(v, "has_maps", maps->n > 0);
	ok = page_write(pg, pg->index, v, out, "index.html", d);
	free(cols);
	tv_free(v);
	return ok;
}

/* The age in days of a price, and whether it is stale, for the pricing tables. */
static void
price_age(struct tval *it, const struct pages *pg, const char *as_of)
{
	long age;

	if (as_of == NULL || pg->today == NULL || !date_valid(pg->today) || !date_valid(as_of)) {
		tv_bool(it, "stale", false);
		tv_str(it, "age", "");
		return;
	}
	age = date_days(pg->today) - date_days(as_of);
	tv_bool(it, "stale", age > pg->cat->stale_days);
	tv_strf(it, "age", "%ld", age);
}

/* One price definition s (of cell c) as a row of a pricing table. */
static void
price_item(struct tval *it, const struct pages *pg, int c, const struct cellspec *s)
{
	const struct cellspec *b = pg->cat->base[c];
	const char *src = s->source ? s->source : b->source;
	const char *url = s->url ? s->url : b->url;
	const char *asof = cell_as_of(s, b);
	struct buf val = {0};

	tv_str(it, "name", b->name);
	tv_bool(it, "unread", cell_unread(s, b));
	/* the unit has its own column: the number alone, written for its unit */
	if (s->value.type == VT_NUM)
		fmt_number(&val, s->value.u.num, b->unit);
	else
		fmt_value(&val, &s->value, NULL);
	tv_str(it, "value", buf_str(&val));
	tv_str(it, "unit", b->unit ? b->unit : "");
	tv_str(it, "description", b->description ? b->description : "");
	tv_cite(it, "source", pg->cat, src);
	tv_str(it, "url", url ? url : "");
	tv_bool(it, "has_url", url != NULL && url_safe(url));
	tv_str(it, "as_of", asof ? asof : "");
	tv_str(it, "note", s->note ? s->note : b->note ? b->note : "");
	tv_bool(it, "has_note", s->note != NULL || b->note != NULL);
	val.len = 0;
	sheet_region_text(&val, s);
	tv_str(it, "region", buf_str(&val));
	price_age(it, pg, asof);
	buf_free(&val);
}

/* Whether cell c is a price (its effective definition is a pricing sheet's). */
static bool
is_price(const struct catalog *cat, size_t c)
{
	return cat->def[c]->layer == LAYER_PRICING;
}

/*
 * pricing.html: every price of every sheet, grouped by provider and
 * region in the order the sheets were read, each group saying which
 * runsheet regions use it.
 */
bool
pages_pricing(const struct pages *pg, const char *out, struct diags *d)
{
	const struct catalog *cat = pg->cat;
	const struct regions *rg = cat->regions;
	struct tval *v = tv_map(), *groups, *g, *l, *it;
	size_t nstale = 0, nprices = 0, nunread = 0, k, j, q;
	struct buf b = {0};
	bool ok;

	page_common(v, pg, "Prices", "Every price runsheet uses, with its region, source and the "
	    "date it was read.", "", "pricing", "pricing");
	groups = tv_list(v, "sheets");
	for (k = 0; k < cat->nsheets; k++) {
		const struct sheet *sh = cat->sheets[k];
		const struct provider *pv = region_provider(rg, sh->provider);
		size_t nused = 0;

		g = tv_item(groups);
		tv_str(g, "file", sh->src->path);
		tv_str(g, "title", sh->title ? sh->title : sh->src->path);
		tv_str(g, "provider", pv ? pv->name : sh->provider);
		b.len = 0;
		if (sh->ncodes == 0)
			buf_puts(&b, "every region");
		for (j = 0; j < sh->ncodes; j++)
			buf_printf(&b, "%s%s", j ? ", " : "", sh->codes[j]);
		tv_str(g, "codes", buf_str(&b));
		/* the runsheet regions that price with this sheet */
		b.len = 0;
		for (j = 0; rg && sh->ncodes && j < rg->n; j++)
			if (sheet_applies(sh, &rg->list[j]))
				buf_printf(&b, "%s%s", nused++ ? ", " : "", rg->list[j].id);
		tv_str(g, "used_by", buf_str(&b));
		tv_bool(g, "has_used_by", nused > 0);
		tv_bool(g, "regional", sh->ncodes > 0);
		tv_str(g, "anchor", "");
		l = tv_list(g, "prices");
		for (q = 0; q < cat->nspecs; q++) {
			const struct cellspec *s = cat->specs[q];
			int c;

			if (s->sheet != sh || (c = catalog_find(cat, s->name)) < 0)
				continue;
			it = tv_item(l);
			price_item(it, pg, c, s);
			nprices++;
			if (s->unread)
				nunread++;
			if (s->as_of && pg->today && date_valid(pg->today) &&
			    date_days(pg->today) - date_days(s->as_of) > cat->stale_days)
				nstale++;
		}
	}
	groups = tv_list(v, "providers");
	for (j = 0; rg && j < rg->nproviders; j++)
		tv_str(tv_item(groups), "name", rg->providers[j].name);
	groups = tv_list(v, "regions");
	for (j = 0; rg && j < rg->n; j++) {
		const struct region *r = &rg->list[j];
		size_t pv;

		it = tv_item(groups);
		tv_str(it, "id", r->id);
		tv_str(it, "name", r->name);
		tv_bool(it, "default", (int)j == rg->dflt);
		tv_str(it, "note", r->note ? r->note : "");
		tv_bool(it, "has_note", r->note != NULL);
		l = tv_list(it, "sites");
		/* one cell per provider, in the providers' order */
		for (pv = 0; pv < rg->nproviders; pv++) {
			const struct region_site *st = region_site(r, rg->providers[pv].id);
			size_t ns = 0;

			g = tv_item(l);
			tv_str(g, "code", st ? st->code : "");
			tv_str(g, "place", st ? st->place : "");
			tv_str(g, "note", st && st->note ? st->note : "");
			tv_bool(g, "has_note", st && st->note);
			for (k = 0; st && k < cat->nsheets; k++)
				if (cat->sheets[k]->ncodes > 0 &&
				    strcmp(cat->sheets[k]->provider, st->provider) == 0 &&
				    sheet_applies(cat->sheets[k], r))
					ns++;
			tv_bool(g, "priced", ns > 0);
		}
	}
	tv_bool(v, "has_regions", rg != NULL);
	tv_strf(v, "nprices", "%zu", nprices);
	tv_strf(v, "nstale", "%zu price%s", nstale, nstale == 1 ? " is" : "s are");
	tv_bool(v, "has_stale", nstale > 0);
	tv_strf(v, "nunread", "%zu", nunread);
	tv_bool(v, "has_unread", nunread > 0);
	tv_strf(v, "stale_days", "%d", cat->stale_days);
	tv_str(v, "today", pg->today ? pg->today : "");
	ok = page_write(pg, pg->pricing, v, out, "pricing.html", d);
	buf_free(&b);
	tv_free(v);
	return ok;
}

/* Print a formula with the names of the cells it uses. */
static void
print_cell_name(struct buf *b, const char *ref, int cell, void *arg)
{
	const struct catalog *cat = arg;

	buf_puts(b, cell >= 0 ? cat->base[cell]->name : ref);
}

/*
 * The cells a platform's cells use, directly or through others: mark[c]
 * is set for every precedent of the cells of platform pi.
 */
static unsigned char *
platform_precedents(const struct catalog *cat, size_t pi)
{
	unsigned char *mark = xcalloc(cat->ncells + 1, 1);
	int *stack = xcalloc(cat->ncells + 1, sizeof(*stack));
	size_t n = 0, c, nd, j;

	for (c = 0; c < cat->ncells; c++)
		if (cat->cell_platform[c] == (int)pi) {
			mark[c] = 1;
			stack[n++] = (int)c;
		}
	while (n > 0) {
		int x = stack[--n];
		const int *deps;

		if (cat->def[x]->kind != CK_FORMULA || cat->def[x]->formula == NULL)
			continue;
		deps = cellspec_deps(cat->def[x], &nd);
		for (j = 0; j < nd; j++)
			if (!mark[deps[j]]) {
				mark[deps[j]] = 1;
				stack[n++] = deps[j];
			}
	}
	free(stack);
	return mark;
}

/* A latency figure with its range: "0.8 s (0.3 to 8 s)". */
static void
latency_str(struct tval *it, const char *key, const struct model *m, int c)
{
	struct buf b = {0};

	if (c >= 0) {
		const struct cellspec *s = m->def[c];

		if (model_num(m, c) == 0) {
			buf_puts(&b, "none (stays warm)");
		} else {
			fmt_value(&b, &m->values[c], "s");
			if (s->ranged) {
				buf_puts(&b, " (");
				fmt_number(&b, s->low, "s");
				buf_puts(&b, " to ");
				fmt_amount(&b, s->high, "s");
				buf_putc(&b, ')');
			}
		}
	}
	tv_str(it, key, buf_str(&b));
	buf_free(&b);
}

static const char *
cell_source(const struct catalog *cat, int c)
{
	const struct cellspec *s = cat->def[c], *b = cat->base[c];

	return s->source ? s->source : b->source ? b->source : "";
}

/* The scenarios as seen from one platform: its total and rank in each. */
static void
platform_scenarios(struct tval *v, const struct pages *pg, const struct site_summary *sums,
    size_t n, size_t pi)
{
	struct tval *l = tv_list(v, "scenarios"), *wins = tv_list(v, "wins"), *it;
	size_t i, k, compared = 0;

	for (i = 0; i < n; i++) {
		const struct site_summary *s = &sums[i];
		size_t rank = 1, of = 0;

		if (s->totals[pi] < 0)
			continue;
		compared++;
		for (k = 0; k < pg->cat->nplatforms; k++) {
			if (s->totals[k] < 0)
				continue;
			of++;
			if (s->totals[k] < s->totals[pi])
				rank++;
		}
		it = tv_item(l);
		tv_str(it, "title", s->title);
		tv_strf(it, "href", "../scenarios/%s/report.html", s->id);
		money_str(it, "total", s->totals[pi]);
		tv_strf(it, "rank", "%zu of %zu", rank, of);
		tv_bool(it, "recommended", strcmp(s->verdict_id, pg->cat->platforms[pi].id) == 0);
		tv_bool(it, "excluded", s->excluded[pi]);
		tv_str(it, "verdict", s->verdict);
		if (strcmp(s->verdict_id, pg->cat->platforms[pi].id) == 0) {
			it = tv_item(wins);
			tv_str(it, "title", s->title);
			tv_strf(it, "href", "../scenarios/%s/report.html", s->id);
		}
	}
	tv_bool(v, "has_scenarios", compared > 0);
	tv_bool(v, "has_wins", wins->n > 0);
	tv_strf(v, "nwins", "%zu", wins->n);
}

/* platforms/<id>.html */
static bool
platform_page(const struct pages *pg, const struct site_summary *sums, size_t n, size_t pi,
    const char *dir, struct diags *d)
{
	const struct catalog *cat = pg->cat;
	const struct platform *p = &cat->platforms[pi];
	const struct model *m = pg->m;
	struct tval *v = tv_map(), *l, *it;
	unsigned char *prec = platform_precedents(cat, pi);
	struct buf b = {0};
	char *desc, *name;
	size_t c, i;
	int k;
	bool ok;

	desc = xasprintf("%s: how it bills, the prices and formulas runsheet uses for it, and "
	    "where it wins.", p->name);
	page_common(v, pg, p->name, desc, "../", "platforms", "platform");
	free(desc);
	tv_str(v, "id", p->id);
	tv_str(v, "name", p->name);
	tv_str(v, "vendor", p->vendor);
	tv_str(v, "family", family_names[p->family]);
	tv_str(v, "url", p->url);
	md_str(v, "summary", p->summary);
	l = tv_list(v, "billing");
	for (i = 0; i < p->nbilling; i++) {
		char *h = md_to_html(p->billing[i], strlen(p->billing[i]));

		/* one sentence: drop cmark's paragraph around it */
		if (str_has_prefix(h, "<p>") && str_has_suffix(h, "</p>\n")) {
			h[strlen(h) - 5] = '\0';
			memmove(h, h + 3, strlen(h + 3) + 1);
		}
		it = tv_item(l);
		tv_str(it, "html", h);
		free(h);
	}
	/* the components as formulas, then every other cell of the platform */
	l = tv_list(v, "components");
	for (k = 0; k < COMP__MAX; k++) {
		int cc = p->comp[k];

		it = tv_item(l);
		tv_str(it, "component", component_names[k]);
		tv_str(it, "name", cat->base[cc]->name);
		b.len = 0;
		if (cat->def[cc]->formula) {
			buf_putc(&b, '=');
			formula_print(cat->def[cc]->formula, &b, print_cell_name, (void *)cat);
		}
		tv_str(it, "formula", buf_str(&b));
		tv_str(it, "description", cat->base[cc]->description ?
		    cat->base[cc]->description : "");
	}
	l = tv_list(v, "cells");
	for (c = 0; c < cat->ncells; c++) {
		const struct cellspec *s = cat->def[c], *bs = cat->base[c];

		if (cat->cell_platform[c] != (int)pi)
			continue;
		it = tv_item(l);
		tv_str(it, "name", bs->name);
		b.len = 0;
		if (s->kind == CK_FORMULA && s->formula) {
			buf_putc(&b, '=');
			formula_print(s->formula, &b, print_cell_name, (void *)cat);
		} else {
			fmt_value(&b, &m->values[c], bs->unit);
		}
		tv_str(it, "definition", buf_str(&b));
		tv_bool(it, "is_formula", s->kind == CK_FORMULA);
		tv_str(it, "unit", bs->unit ? bs->unit : "");
		tv_str(it, "description", bs->description ? bs->description : "");
		tv_cite(it, "source", cat, cell_source(cat, (int)c));
	}
	/* the prices it uses, in the default region */
	tv_str(v, "default_region", cat->regions && cat->regions->dflt >= 0 ?
	    cat->regions->list[cat->regions->dflt].id : "");
	l = tv_list(v, "prices");
	for (c = 0; c < cat->ncells; c++)
		if (prec[c] && is_price(cat, c))
			price_item(tv_item(l), pg, (int)c, cat->def[c]);
	tv_strf(v, "nprices", "%zu price%s", l->n, l->n == 1 ? "" : "s");
	/* latency */
	latency_str(v, "cold_start", m, p->cold_start);
	latency_str(v, "scale_up", m, p->scale_up);
	tv_cite(v, "cold_start_source", cat, p->cold_start >= 0 ? cell_source(cat, p->cold_start) :
	    "");
	tv_cite(v, "scale_up_source", cat, p->scale_up >= 0 ? cell_source(cat, p->scale_up) : "");
	/* rules that target it */
	l = tv_list(v, "rules");
	for (i = 0; i < cat->nrules; i++) {
		const struct rule *ru = &cat->rules[i];

		if (!ru->family[p->family] && !(ru->platform && ru->platform[pi]))
			continue;
		it = tv_item(l);
		tv_str(it, "id", ru->id);
		tv_str(it, "effect", rule_effect_ids[ru->effect]);
		rule_weight(it, ru);
		tv_str(it, "reason", ru->reason);
		tv_str(it, "when", ru->when);
		tv_cite(it, "source", cat, ru->source);
	}
	platform_scenarios(v, pg, sums, n, pi);
	name = xasprintf("%s.html", p->id);
	ok = page_write(pg, pg->platform, v, dir, name, d);
	free(name);
	buf_free(&b);
	free(prec);
	tv_free(v);
	return ok;
}

/* platforms/index.html and one page per platform. */
bool
pages_platforms(const struct pages *pg, const struct site_summary *sums, size_t n,
    const char *out, struct diags *d)
{
	const struct catalog *cat = pg->cat;
	char *dir = path_join(out, "platforms");
	struct tval *v = tv_map(), *l, *it;
	size_t *cols = column_order(cat), i, k;
	bool ok = mkdir_p(dir);

	if (!ok)
		diag_add(d, DIAG_ERROR, dir, 0, 0, NULL, NULL, "cannot create: %s",
		    strerror(errno));
	page_common(v, pg, "Platforms", "The eleven container platforms runsheet compares and "
	    "how each bills.", "../", "platforms", "platforms");
	l = tv_list(v, "platforms");
	for (k = 0; ok && k < cat->nplatforms; k++) {
		const struct platform *p = &cat->platforms[cols[k]];
		size_t wins = 0, compared = 0;

		for (i = 0; i < n; i++) {
			if (sums[i].totals[cols[k]] >= 0)
				compared++;
			if (strcmp(sums[i].verdict_id, p->id) == 0)
				wins++;
		}
		it = tv_item(l);
		tv_str(it, "id", p->id);
		tv_str(it, "name", p->name);
		tv_str(it, "vendor", p->vendor);
		tv_str(it, "family", family_names[p->family]);
		tv_strf(it, "wins", "%zu of %zu", wins, compared);
		md_str(it, "summary", p->summary);
		ok = platform_page(pg, sums, n, cols[k], dir, d);
	}
	if (ok)
		ok = page_write(pg, pg->platforms, v, dir, "index.html", d);
	free(cols);
	free(dir);
	tv_free(v);
	return ok;
}

/* methodology.html: templates/methodology.md with the model's figures. */
bool
pages_methodology(const struct pages *pg, const char *out, struct diags *d)
{
	const struct catalog *cat = pg->cat;
	const struct model *m = pg->m;
	struct tval *v = tv_map(), *l, *it;
	struct buf md = {0};
	char *html = NULL;
	size_t i, nprices = 0, nranged = 0;
	bool ok = false;
	static const char *const shown[] = {
		"team.loaded_cost_per_year", "team.hours_per_year", "eng.k8s.base_hours",
		"eng.k8s.upgrade_hours", "eng.k8s.upgrades_per_year", "eng.k8s.addon_hours",
		"eng.k8s.hours_per_service", "eng.serverless.base_hours",
		"eng.serverless.hours_per_service", "eng.serverless.coordination_threshold",
		"eng.serverless.coordination_hours_per_service", "plan.horizon_months",
		"k8s.target_utilisation", NULL};

	page_common(v, pg, "Methodology", "How runsheet computes what each platform costs, "
	    "where every number comes from, and the limits of the model.", "", "methodology",
	    "methodology");
	tv_strf(v, "nplatforms", "%zu", cat->nplatforms);
	tv_strf(v, "nrules", "%zu", cat->nrules);
	tv_strf(v, "ncells", "%zu", cat->ncells);
	for (i = 0; i < cat->ncells; i++) {
		if (is_price(cat, i))
			nprices++;
		if (cat->def[i]->kind == CK_VALUE && cat->def[i]->ranged)
			nranged++;
	}
	tv_strf(v, "nprices", "%zu", nprices);
	tv_strf(v, "nranged", "%zu", nranged);
	tv_strf(v, "stale_days", "%d", cat->stale_days);
	l = tv_list(v, "assumptions");
	for (i = 0; shown[i]; i++) {
		int c = catalog_find(cat, shown[i]);
		struct buf b = {0};
		const struct cellspec *s;

		if (c < 0)
			continue;
		s = cat->def[c];
		it = tv_item(l);
		tv_str(it, "name", shown[i]);
		fmt_value(&b, &m->values[c], cat->base[c]->unit);
		if (s->ranged) {
			struct value lo = m->values[c], hi = lo;

			lo.u.num = s->low;
			hi.u.num = s->high;
			buf_puts(&b, " (");
			fmt_value(&b, &lo, cat->base[c]->unit);
			buf_puts(&b, " to ");
			fmt_value(&b, &hi, cat->base[c]->unit);
			buf_puts(&b, ")");
		}
		tv_str(it, "value", buf_str(&b));
		tv_cite(it, "source", cat, cell_source(cat, c));
		buf_free(&b);
	}
	l = tv_list(v, "rules");
	for (i = 0; i < cat->nrules; i++) {
		const struct rule *ru = &cat->rules[i];

		it = tv_item(l);
		tv_str(it, "id", ru->id);
		tv_str(it, "title", ru->title);
		tv_str(it, "effect", rule_effect_ids[ru->effect]);
		rule_weight(it, ru);
		tv_cite(it, "source", cat, ru->source);
	}
	if (!tmpl_render(pg->methodology, v, &md, d))
		goto out;
	html = md_to_html(md.data ? md.data : "", md.len);
	tv_str(v, "content", html);
	ok = page_write(pg, NULL, v, out, "methodology.html", d);
out:
	free(html);
	buf_free(&md);
	tv_free(v);
	return ok;
}

/* The anchor of source s on sources.html: its file name without ".txt". */
static char *
source_anchor(const struct source *s)
{
	size_t n = strlen(s->key);

	if (str_has_suffix(s->key, ".txt"))
		n -= 4;
	return xasprintf("s-%.*s", (int)n, s->key);
}

/* Whether the cell named name is already an item of list l (its "name"). */
static bool
listed(const char *const *names, size_t n, const char *name)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(names[i], name) == 0)
			return true;
	return false;
}

/*
 * sources.html: every document of models/sources.json with the cells
 * (every definition of the model data whose source cites its file name)
 * and the rules that rest on it, then every address the cells cite.
 */
bool
pages_sources(const struct pages *pg, const char *out, struct diags *d)
{
	const struct catalog *cat = pg->cat;
	struct tval *v = tv_map(), *l, *it, *cl, *ci;
	const char **seen = xcalloc(cat->nspecs + 1, sizeof(*seen));
	size_t i, q, nseen, npages = 0;
	struct buf b = {0};
	bool ok;

	page_common(v, pg, "Sources", "Every document runsheet's defaults cite, and what each "
	    "supports.", "", "sources", "sources");
	tv_strf(v, "nseeds", "%zu", cat->nsources);
	l = tv_list(v, "seeds");
	for (i = 0; i < cat->nsources; i++) {
		const struct source *s = &cat->sources[i];
		char *anchor = source_anchor(s);
		size_t nrules = 0;

		it = tv_item(l);
		tv_str(it, "anchor", anchor);
		free(anchor);
		tv_str(it, "key", s->key);
		tv_str(it, "label", s->label);
		tv_str(it, "title", s->title);
		tv_bool(it, "titled", s->titled);
		tv_str(it, "about", s->about);
		tv_str(it, "url", s->url ? s->url : "");
		tv_bool(it, "has_url", s->url != NULL && url_safe(s->url));
		cl = tv_list(it, "cells");
		nseen = 0;
		for (q = 0; q < cat->nspecs; q++) {
			const struct cellspec *c = cat->specs[q];
			int k;

			/* the rules' own cells are listed as rules, below */
			if (c->layer == LAYER_SCENARIO || c->layer == LAYER_CLI ||
			    c->layer == LAYER_DECISION || c->source == NULL ||
			    strstr(c->source, s->key) == NULL || listed(seen, nseen, c->name))
				continue;
			seen[nseen++] = c->name;
			k = catalog_find(cat, c->name);
			ci = tv_item(cl);
			tv_str(ci, "name", c->name);
			tv_str(ci, "description", k >= 0 && cat->base[k]->description ?
			    cat->base[k]->description : "");
			/* the citation in brief: this document by its label */
			b.len = 0;
			{
				const char *p = c->source, *at;

				while ((at = strstr(p, s->key)) != NULL) {
					buf_printf(&b, "%.*s%s", (int)(at - p), p, s->label);
					p = at + strlen(s->key);
				}
				buf_puts(&b, p);
			}
			tv_str(ci, "source", buf_str(&b));
		}
		tv_strf(it, "ncells", "%zu", nseen);
		tv_bool(it, "has_cells", nseen > 0);
		cl = tv_list(it, "rules");
		for (q = 0; q < cat->nrules; q++) {
			const struct rule *ru = &cat->rules[q];

			if (ru->source == NULL || strstr(ru->source, s->key) == NULL)
				continue;
			ci = tv_item(cl);
			tv_str(ci, "id", ru->id);
			tv_str(ci, "title", ru->title);
			tv_str(ci, "quote", ru->quote);
			nrules++;
		}
		tv_strf(it, "nrules", "%zu", nrules);
		tv_bool(it, "has_rules", nrules > 0);
	}
	/* every address the model data's cells cite, in the order first cited */
	l = tv_list(v, "pages");
	for (q = 0; q < cat->nspecs; q++) {
		const struct cellspec *c = cat->specs[q];
		size_t r;

		if (c->layer == LAYER_SCENARIO || c->layer == LAYER_CLI || c->url == NULL ||
		    !url_safe(c->url))
			continue;
		for (r = 0; r < q; r++) {
			const struct cellspec *e = cat->specs[r];

			if (e->layer != LAYER_SCENARIO && e->layer != LAYER_CLI && e->url &&
			    strcmp(e->url, c->url) == 0)
				break;
		}
		if (r < q)
			continue; /* listed with its first cell */
		b.len = 0;
		nseen = 0;
		for (r = q; r < cat->nspecs; r++) {
			const struct cellspec *e = cat->specs[r];

			if (e->layer == LAYER_SCENARIO || e->layer == LAYER_CLI || e->url == NULL ||
			    strcmp(e->url, c->url) != 0 || listed(seen, nseen, e->name))
				continue;
			seen[nseen++] = e->name;
			buf_printf(&b, "%s%s", b.len ? ", " : "", e->name);
		}
		it = tv_item(l);
		tv_str(it, "url", c->url);
		tv_str(it, "cells", buf_str(&b));
		npages++;
	}
	tv_strf(v, "npages", "%zu", npages);
	ok = page_write(pg, pg->sources, v, out, "sources.html", d);
	free(seen);
	buf_free(&b);
	tv_free(v);
	return ok;
}
