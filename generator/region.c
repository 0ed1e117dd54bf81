/*
 * region.c -- where a scenario runs, and whose prices it uses.
 *
 * models/regions.json names runsheet regions (us, eu-central, ...) and,
 * in each, one region of every provider whose prices vary by region
 * (gcp europe-west3, aws eu-central-1, ...). Pricing sheets say which
 * provider they price and where: "region" is a code, a list of codes
 * that share one list price, or "global" for terms that do not vary by
 * region (free allowances, billing granularity, minimums, discounts).
 *
 * A price cell can be defined by several sheets, one per region. The
 * catalog keeps every definition (prices[c], in load order) and the model
 * picks, per cell, the last definition whose sheet applies to the
 * scenario's workload.region: a global sheet, or one that names the
 * region's code for its provider. A cell no applicable sheet defines gets
 * a placeholder whose value is #N/A; if a compared platform's total comes
 * to depend on one, region_check_missing() says which provider, which
 * region code and the command that imports its prices. There is no
 * fallback to another region: that is the point.
 *
 * Everything here is data: the ids, the codes and the sheets. C only
 * matches them.
 */
#include <stdlib.h>
#include <string.h>

#include "runsheet.h"

static void
site_free(struct region_site *s)
{
	free(s->provider);
	free(s->code);
	free(s->place);
	free(s->note);
}

void
regions_free(struct regions *r)
{
	size_t i, j;

	if (r == NULL)
		return;
	for (i = 0; i < r->n; i++) {
		for (j = 0; j < r->list[i].nsites; j++)
			site_free(&r->list[i].sites[j]);
		free(r->list[i].sites);
		free(r->list[i].id);
		free(r->list[i].name);
		free(r->list[i].note);
		free(r->list[i].jpath);
	}
	for (i = 0; i < r->nproviders; i++) {
		free(r->providers[i].id);
		free(r->providers[i].name);
		free(r->providers[i].importer);
		free(r->providers[i].url);
	}
	free(r->providers);
	free(r->list);
	free(r);
}

void
sheet_free(struct sheet *s)
{
	if (s == NULL)
		return;
	free(s->provider);
	strv_free(s->codes, s->ncodes);
	free(s->title);
	free(s);
}

/* The index of region id in r, or -1. */
int
region_find(const struct regions *r, const char *id)
{
	size_t i;

	for (i = 0; r && i < r->n; i++)
		if (strcmp(r->list[i].id, id) == 0)
			return (int)i;
	return -1;
}

/* Provider p's region inside runsheet region g, or NULL. Borrowed. */
const struct region_site *
region_site(const struct region *g, const char *provider)
{
	size_t i;

	for (i = 0; g && i < g->nsites; i++)
		if (strcmp(g->sites[i].provider, provider) == 0)
			return &g->sites[i];
	return NULL;
}

/* The provider called id, or NULL. Borrowed. */
const struct provider *
region_provider(const struct regions *r, const char *id)
{
	size_t i;

	for (i = 0; r && i < r->nproviders; i++)
		if (strcmp(r->providers[i].id, id) == 0)
			return &r->providers[i];
	return NULL;
}

/* Whether sheet s prices region g: a global sheet, or g's code for its provider. */
bool
sheet_applies(const struct sheet *s, const struct region *g)
{
	const struct region_site *site;
	size_t i;

	if (s->ncodes == 0)
		return true;
	if ((site = region_site(g, s->provider)) == NULL)
		return false;
	for (i = 0; i < s->ncodes; i++)
		if (strcmp(s->codes[i], site->code) == 0)
			return true;
	return false;
}

/*
 * The region a price is for, as a reader should see it: the region the
 * cell says it was published for, else its sheet's codes, else "all
 * regions".
 */
void
sheet_region_text(struct buf *b, const struct cellspec *s)
{
	size_t i;

	if (s->missing) {
		buf_puts(b, "none: no pricing sheet for the region");
		return;
	}
	if (s->region) {
		buf_puts(b, s->region);
		return;
	}
	if (s->sheet == NULL || s->sheet->ncodes == 0) {
		buf_puts(b, "all regions");
		return;
	}
	for (i = 0; i < s->sheet->ncodes; i++)
		buf_printf(b, "%s%s", i ? ", " : "", s->sheet->codes[i]);
}

/*
 * "eu-central (Central Europe (Frankfurt)): Google Cloud europe-west3
 * (Frankfurt, Germany), ..." for model m's region, naming the providers of
 * the platforms for which used[] is set (NULL: every provider). Nothing
 * when the data has no regions.
 */
void
region_describe(struct buf *b, const struct model *m, const bool *used)
{
	const struct catalog *cat = m->cat;
	const struct region *g;
	size_t i, k, n = 0;

	if (cat->regions == NULL || m->region < 0)
		return;
	g = &cat->regions->list[m->region];
	buf_printf(b, "%s (%s): ", g->id, g->name);
	for (k = 0; k < g->nsites; k++) {
		const struct region_site *s = &g->sites[k];
		const struct provider *pv = region_provider(cat->regions, s->provider);
		bool want = used == NULL;

		for (i = 0; !want && i < cat->nplatforms; i++)
			want = used[i] && strcmp(cat->platforms[i].provider, s->provider) == 0;
		if (!want)
			continue;
		buf_printf(b, "%s%s %s (%s)", n++ ? ", " : "", pv ? pv->name : s->provider, s->code,
		    s->place);
	}
}

/*
 * Fill def[] for every price cell with the definition region g's sheets
 * give it: the last one (in load order) whose sheet applies, else the
 * cell's placeholder. Cells def[] already takes from a scenario or --set
 * are left alone (the caller applies them after), as are all other cells.
 */
void
region_defs(const struct catalog *cat, int gi, const struct cellspec **def)
{
	const struct region *g = cat->regions && gi >= 0 ? &cat->regions->list[gi] : NULL;
	size_t c, k;

	if (cat->prices == NULL)
		return;
	for (c = 0; c < cat->ncells; c++) {
		const struct cellspec *const *v = cat->prices[c], *best = NULL;

		if (v == NULL)
			continue;
		for (k = 0; v[k]; k++)
			if (v[k]->sheet == NULL || g == NULL || sheet_applies(v[k]->sheet, g))
				best = v[k];
		def[c] = best ? best : cat->missing[c];
	}
}

static int
cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The providers whose placeholders compared platforms' totals reach. */
struct miss {
	const char *provider;
	char **cells;              /* borrowed names */
	size_t ncells, cap;
	bool *platform;            /* by catalog index */
};

/*
 * After evaluating model m: if a compared platform's total depends on a
 * price its region's sheets do not give, record one error per provider
 * naming the region code, the cells, the platforms and the command that
 * imports the prices, at the place workload.region was set. Returns true
 * if nothing is missing.
 */
bool
region_check_missing(const struct model *m, struct diags *d)
{
	const struct catalog *cat = m->cat;
	const struct region *g;
	unsigned char *seen;
	int *stack;
	struct miss *ms = NULL;
	size_t nms = 0, i, j, k, sp, nd;
	const int *deps;
	bool ok = true;

	if (cat->missing == NULL || m->region < 0 || cat->regions == NULL)
		return true;
	g = &cat->regions->list[m->region];
	seen = xcalloc(m->ncells + 1, 1);
	stack = xcalloc(m->ncells + 1, sizeof(*stack));
	for (i = 0; i < cat->nplatforms; i++) {
		const struct platform *p = &cat->platforms[i];

		if (!value_true(&m->values[p->compared]) || m->values[p->total].type != VT_ERR)
			continue;
		memset(seen, 0, m->ncells + 1);
		sp = 0;
		stack[sp++] = p->total;
		seen[p->total] = 1;
		while (sp > 0) {
			int c = stack[--sp];
			const struct cellspec *s = m->def[c];

			if (s->missing && s->sheet) {
				struct miss *x = NULL;

				for (k = 0; k < nms; k++)
					if (strcmp(ms[k].provider, s->sheet->provider) == 0)
						x = &ms[k];
				if (x == NULL) {
					ms = xreallocarray(ms, nms + 1, sizeof(*ms));
					x = &ms[nms++];
					memset(x, 0, sizeof(*x));
					x->provider = s->sheet->provider;
					x->platform = xcalloc(cat->nplatforms + 1, sizeof(bool));
				}
				x->platform[i] = true;
				for (k = 0; k < x->ncells; k++)
					if (x->cells[k] == s->name)
						break;
				if (k == x->ncells) {
					GROW(x->cells, x->ncells, x->cap);
					x->cells[x->ncells++] = s->name;
				}
				continue;
			}
			deps = cellspec_deps(s, &nd);
			for (j = 0; j < nd; j++)
				if (!seen[deps[j]] && m->values[deps[j]].type == VT_ERR) {
					seen[deps[j]] = 1;
					stack[sp++] = deps[j];
				}
		}
	}
	for (k = 0; k < nms; k++) {
		const struct miss *x = &ms[k];
		const struct region_site *site = region_site(g, x->provider);
		const struct provider *pv = region_provider(cat->regions, x->provider);
		const struct cellspec *rs = m->def[cat->region_cell];
		struct buf b = {0};
		size_t np = 0, shown;

		ok = false;
		xqsort(x->cells, x->ncells, sizeof(*x->cells), cmp_name);
		buf_printf(&b, "region \"%s\" has no %s prices for %s (%s), which ", g->id,
		    pv ? pv->name : x->provider, site ? site->code : "?",
		    site ? site->place : "?");
		for (i = 0; i < cat->nplatforms; i++)
			if (x->platform[i])
				buf_printf(&b, "%s%s", np++ ? ", " : "", cat->platforms[i].name);
		buf_printf(&b, " need%s (", np == 1 ? "s" : "");
		shown = x->ncells < 3 ? x->ncells : 2;
		for (j = 0; j < shown; j++)
			buf_printf(&b, "%s%s", j ? ", " : "", x->cells[j]);
		if (x->ncells > shown)
			buf_printf(&b, " and %zu more", x->ncells - shown);
		buf_puts(&b, "). ");
		{
			/* a sheet for the region that lacks them, or none at all */
			struct buf have = {0};
			size_t nhave = 0;

			for (j = 0; j < cat->nsheets; j++) {
				const struct sheet *sh = cat->sheets[j];

				if (sh->ncodes && strcmp(sh->provider, x->provider) == 0 &&
				    sheet_applies(sh, g))
					buf_printf(&have, "%s%s", nhave++ ? ", " : "", sh->src->path);
			}
			if (nhave)
				buf_printf(&b, "The sheets for %s (%s) do not have them: add them to a "
				    "sheet%s", site ? site->code : "?", buf_str(&have), pv &&
				    pv->importer ? ", or map them in models/pricing/map/" : "");
			if (nhave && pv && pv->importer)
				buf_printf(&b, "%s.json and import again", pv->importer);
			else if (pv && pv->importer)
				buf_printf(&b, "Import them with: runsheet prices import %s FILE... "
				    "--region %s -o %s-%s.json, then add --pricing %s-%s.json "
				    "(scripts/fetch-prices.sh %s prints the download commands)",
				    pv->importer, site ? site->code : "CODE", x->provider,
				    site ? site->code : "CODE", x->provider,
				    site ? site->code : "CODE", g->id);
			else if (!nhave)
				buf_printf(&b, "%s publishes no machine-readable price list: write a "
				    "pricing sheet with \"provider\": \"%s\" and \"region\": \"%s\" "
				    "(as models/pricing/%s-*.json) and add it with --pricing",
				    pv ? pv->name : x->provider, x->provider,
				    site ? site->code : "CODE", x->provider);
			buf_free(&have);
		}
		{
			/* the platforms the region's sheets do price */
			size_t ok_n = 0;
			struct buf l = {0};

			for (i = 0; i < cat->nplatforms; i++)
				if (value_true(&m->values[cat->platforms[i].compared]) &&
				    m->values[cat->platforms[i].total].type != VT_ERR)
					buf_printf(&l, "%s%s", ok_n++ ? "," : "", cat->platforms[i].id);
			if (ok_n)
				buf_printf(&b, ", or compare only the platforms priced there: "
				    "--platforms %s", buf_str(&l));
			else
				buf_puts(&b, ", or leave these platforms out of the comparison "
				    "(--platforms, or the scenario's \"platforms\")");
			buf_free(&l);
		}
		if (rs->src)
			diag_at(d, DIAG_ERROR, rs->src, rs->jpath, -1, rs->name, "%s", buf_str(&b));
		else
			diag_add(d, DIAG_ERROR, rs->jpath, 0, 0, NULL, NULL, "%s", buf_str(&b));
		buf_free(&b);
	}
	for (k = 0; k < nms; k++) {
		free(ms[k].cells);
		free(ms[k].platform);
	}
	free(ms);
	free(seen);
	free(stack);
	return ok;
}
