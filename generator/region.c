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

#include <jansson.h>

#include "runsheet.h"

static const char *const regions_keys[] = {"$schema", "kind", "title", "note", "default",
	"providers", "regions", NULL};

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

/* A required text member of object o at jpath; NULL (reported) if not text. */
static char *
member_text(const struct src *src, json_t *o, const char *jpath, const char *key,
    bool required, struct diags *d)
{
	json_t *v = json_object_get(o, key);
	char *p;

	if (v == NULL) {
		if (required)
			diag_at(d, DIAG_ERROR, src, jpath, -1, NULL, "missing \"%s\" (text)", key);
		return NULL;
	}
	if (!json_is_string(v) || json_string_length(v) == 0 ||
	    strlen(json_string_value(v)) != json_string_length(v)) {
		p = jpath_append(jpath, key);
		diag_at(d, DIAG_ERROR, src, p, -1, NULL, "expected text");
		free(p);
		return NULL;
	}
	return xstrdup(json_string_value(v));
}

/* Whether every key of o is one of allowed (NULL-terminated); reports others. */
static bool
known_keys(const struct src *src, json_t *o, const char *jpath, const char *const *allowed,
    const char *what, struct diags *d)
{
	const char *k;
	json_t *v;
	size_t i;
	bool ok = true;

	json_object_foreach(o, k, v) {
		for (i = 0; allowed[i]; i++)
			if (strcmp(allowed[i], k) == 0)
				break;
		if (allowed[i] == NULL) {
			char *p = jpath_append(jpath, k);

			diag_at(d, DIAG_ERROR, src, p, -1, NULL, "unknown key \"%s\" %s", k, what);
			free(p);
			ok = false;
		}
	}
	return ok;
}

/*
 * A region id or provider region code: lower-case letters, digits and "-",
 * starting with a letter, at most 64 characters.
 */
static bool
code_valid(const char *s)
{
	size_t n = strlen(s), i;

	if (n == 0 || n > 64 || !(s[0] >= 'a' && s[0] <= 'z'))
		return false;
	for (i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
			return false;
	return true;
}

static bool
load_providers(struct regions *r, const struct src *src, json_t *obj, struct diags *d)
{
	static const char *const keys[] = {"name", "import", "url", NULL};
	const char *k;
	json_t *v;
	bool ok = true;

	if (!json_is_object(obj) || json_object_size(obj) == 0) {
		diag_at(d, DIAG_ERROR, src, obj ? "/providers" : "", -1, NULL,
		    "\"providers\" is an object: provider id -> {\"name\", \"import\", \"url\"}");
		return false;
	}
	r->providers = xcalloc(json_object_size(obj) + 1, sizeof(*r->providers));
	json_object_foreach(obj, k, v) {
		char *p = jpath_append("/providers", k);
		struct provider *pv;

		if (!json_is_object(v) || !code_valid(k)) {
			diag_at(d, DIAG_ERROR, src, p, -1, NULL, json_is_object(v) ?
			    "a provider id is lower-case letters, digits and \"-\"" :
			    "a provider is an object with \"name\", \"import\" and \"url\"");
			free(p);
			ok = false;
			continue;
		}
		if (!known_keys(src, v, p, keys, "in a provider (name, import, url)", d))
			ok = false;
		pv = &r->providers[r->nproviders++];
		pv->id = xstrdup(k);
		pv->name = member_text(src, v, p, "name", true, d);
		pv->importer = member_text(src, v, p, "import", false, d);
		pv->url = member_text(src, v, p, "url", true, d);
		if (pv->name == NULL || pv->url == NULL)
			ok = false;
		if (pv->importer && strcmp(pv->importer, "aws") != 0 &&
		    strcmp(pv->importer, "azure") != 0 && strcmp(pv->importer, "gcp") != 0 &&
		    strcmp(pv->importer, "hetzner") != 0) {
			char *q = jpath_append(p, "import");

			diag_at(d, DIAG_ERROR, src, q, -1, NULL,
			    "runsheet prices import reads aws, azure, gcp or hetzner, not \"%s\"",
			    pv->importer);
			free(q);
			ok = false;
		}
		free(p);
	}
	return ok;
}

static bool
load_region(struct regions *r, const struct src *src, const char *id, json_t *obj,
    struct diags *d)
{
	static const char *const site_keys[] = {"code", "place", "note", NULL};
	char *p = jpath_append("/regions", id);
	struct region *g = &r->list[r->n];
	const char *k;
	json_t *v;
	size_t i;
	bool ok = true;

	if (!code_valid(id)) {
		diag_at(d, DIAG_ERROR, src, p, -1, NULL, "region id \"%s\": lower-case letters, "
		    "digits and \"-\", starting with a letter", id);
		free(p);
		return false;
	}
	if (!json_is_object(obj)) {
		diag_at(d, DIAG_ERROR, src, p, -1, NULL, "a region is an object: \"name\", "
		    "\"note\" and one {\"code\", \"place\"} per provider");
		free(p);
		return false;
	}
	memset(g, 0, sizeof(*g));
	g->id = xstrdup(id);
	g->jpath = p;
	g->sites = xcalloc(json_object_size(obj) + 1, sizeof(*g->sites));
	r->n++;
	json_object_foreach(obj, k, v) {
		char *q;
		struct region_site *s;

		if (strcmp(k, "name") == 0 || strcmp(k, "note") == 0)
			continue;
		q = jpath_append(p, k);
		if (region_provider(r, k) == NULL) {
			diag_at(d, DIAG_ERROR, src, q, -1, NULL,
			    "\"%s\" is not a provider listed in \"providers\" (nor \"name\" or "
			    "\"note\")", k);
			free(q);
			ok = false;
			continue;
		}
		if (!json_is_object(v)) {
			diag_at(d, DIAG_ERROR, src, q, -1, NULL,
			    "expected {\"code\": ..., \"place\": ...}");
			free(q);
			ok = false;
			continue;
		}
		if (!known_keys(src, v, q, site_keys, "in a provider's region (code, place, note)",
		    d))
			ok = false;
		s = &g->sites[g->nsites++];
		s->provider = xstrdup(k);
		s->code = member_text(src, v, q, "code", true, d);
		s->place = member_text(src, v, q, "place", true, d);
		s->note = member_text(src, v, q, "note", false, d);
		if (s->code == NULL || s->place == NULL)
			ok = false;
		else if (!code_valid(s->code)) {
			char *c = jpath_append(q, "code");

			diag_at(d, DIAG_ERROR, src, c, -1, NULL, "region code \"%s\": lower-case "
			    "letters, digits and \"-\"", s->code);
			free(c);
			ok = false;
		}
		free(q);
	}
	g->name = member_text(src, obj, p, "name", true, d);
	g->note = member_text(src, obj, p, "note", false, d);
	if (g->name == NULL)
		ok = false;
	for (i = 0; i < r->nproviders; i++)
		if (region_site(g, r->providers[i].id) == NULL) {
			diag_at(d, DIAG_ERROR, src, p, -1, NULL, "region \"%s\" does not say which "
			    "region of %s (\"%s\") it uses", id, r->providers[i].name,
			    r->providers[i].id);
			ok = false;
		}
	return ok;
}

/*
 * Read models/regions.json (src, kept by the catalog) into cat->regions.
 * Returns false after recording problems.
 */
bool
regions_load(struct catalog *cat, const struct src *src, struct diags *d)
{
	struct regions *r;
	json_t *root, *v;
	const char *k;
	bool ok = true;

	root = src->root;
	v = json_object_get(root, "kind");
	if (!json_is_string(v) || strcmp(json_string_value(v), "regions") != 0) {
		diag_at(d, DIAG_ERROR, src, v ? "/kind" : "", -1, NULL,
		    "expected \"kind\": \"regions\"");
		return false;
	}
	if (!known_keys(src, root, "", regions_keys, "(default, providers, regions, title, note)",
	    d))
		return false;
	r = xcalloc(1, sizeof(*r));
	r->src = src;
	r->dflt = -1;
	cat->regions = r;
	if (!load_providers(r, src, json_object_get(root, "providers"), d))
		return false;
	v = json_object_get(root, "regions");
	if (!json_is_object(v) || json_object_size(v) == 0) {
		diag_at(d, DIAG_ERROR, src, v ? "/regions" : "", -1, NULL,
		    "\"regions\" is an object: region id -> the providers' regions");
		return false;
	}
	r->list = xcalloc(json_object_size(v) + 1, sizeof(*r->list));
	{
		json_t *g;

		json_object_foreach(v, k, g)
			if (!load_region(r, src, k, g, d))
				ok = false;
	}
	v = json_object_get(root, "default");
	if (!json_is_string(v) || (r->dflt = region_find(r, json_string_value(v))) < 0) {
		diag_at(d, DIAG_ERROR, src, v ? "/default" : "", -1, NULL,
		    "\"default\" names the default region, one of the ids in \"regions\"");
		ok = false;
	}
	return ok;
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

		if (!model_bool(m, p->compared) || m->values[p->total].type != VT_ERR)
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
		qsort(x->cells, x->ncells, sizeof(*x->cells), cmp_name);
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
				if (model_bool(m, cat->platforms[i].compared) &&
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
