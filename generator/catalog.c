/*
 * catalog.c -- the model data: every cell a scenario can use.
 *
 * The catalog is loaded once per run from the data directory:
 *
 *   models/pricing/ (.json)    LAYER_PRICING     prices, each with source and as_of
 *   --pricing FILE ...         LAYER_PRICING     a user's sheet; may override prices
 *   models/assumptions/        LAYER_ASSUMPTION  defaults and scenario inputs
 *   models/platforms/          LAYER_PLATFORM    one platform's formulas each
 *   models/rules.json          LAYER_DECISION    the decision rules
 *
 * and then the decision cells are generated from the platforms and rules
 * (see gen_decision): for each platform whether it is compared, whether a
 * rule excludes it, its rule adjustment and its ranking score, and the
 * verdict cells that pick the best. They are ordinary formulas, so the
 * workbook's verdict recalculates like every other cell.
 *
 * Design: cells are numbered in load order and never renumbered. A
 * scenario can only override existing cells, so formulas are parsed and
 * bound to cell indices once, here, and every scenario's model shares
 * them. def[i] is cell i's effective definition, base[i] its first (the
 * one carrying unit and description); both point into specs[], which owns
 * them. The name index is a small open-addressing hash keyed by the
 * lower-cased name, because Excel's names are case-insensitive: two cells
 * that differ only in case would be one name in the workbook.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "runsheet.h"

/* A score no real platform reaches: "not in the running". */
#define NO_SCORE "1E+99"

static struct src *
keep_src(struct catalog *cat, struct src *s)
{
	GROW(cat->srcs, cat->nsrcs, cat->srccap);
	cat->srcs[cat->nsrcs++] = s;
	cat->hash = hash_bytes(&s->hash, sizeof(s->hash), cat->hash);
	return s;
}

static void
keep_spec(struct catalog *cat, struct cellspec *s)
{
	GROW(cat->specs, cat->nspecs, cat->speccap);
	cat->specs[cat->nspecs++] = s;
}

/*
 * Add a definition. A new name gets the next cell index. A known name is
 * an error unless override is set (a user's --pricing sheet), in which
 * case the new definition takes effect and the old one stays as base.
 */
static void
add_spec(struct catalog *cat, struct cellspec *s, bool override, struct diags *d)
{
	int i = idx_find(cat->idx, s->name);

	keep_spec(cat, s);
	if (i >= 0) {
		const struct cellspec *old = cat->base[i];
		int line = 0, col = 0;

		if (override) {
			/* a sheet's price is in the cell's unit, or it is not that price */
			if (s->unit && old->unit && strcmp(s->unit, old->unit) != 0) {
				char *up = jpath_append(s->jpath, "unit");

				if (old->src)
					jsonpos_locate(old->src->text, old->src->len, old->jpath, -1,
					    &line, &col);
				diag_at(d, DIAG_ERROR, s->src, up, -1, s->name,
				    "unit \"%s\", but %s is in %s (%s:%d:%d): give the price in %s "
				    "(runsheet does not convert units)", s->unit, s->name, old->unit,
				    old->src ? old->src->path : "?", line, col, old->unit);
				free(up);
			}
			cat->def[i] = s;
			return;
		}
		if (old->src)
			jsonpos_locate(old->src->text, old->src->len, old->jpath, -1, &line, &col);
		if (strcmp(old->name, s->name) != 0)
			diag_at(d, DIAG_ERROR, s->src, s->jpath, -1, s->name,
			    "cell \"%s\" differs only in case from \"%s\" (%s:%d:%d); Excel "
			    "names ignore case", s->name, old->name,
			    old->src ? old->src->path : "?", line, col);
		else
			diag_at(d, DIAG_ERROR, s->src, s->jpath, -1, s->name,
			    "cell \"%s\" is already defined at %s:%d:%d", s->name,
			    old->src ? old->src->path : "?", line, col);
		return;
	}
	if (cat->ncells >= MAX_CELLS) {
		/* One error says it; a message per further cell says nothing more. */
		if (!cat->full)
			diag_at(d, DIAG_ERROR, s->src, s->jpath, -1, s->name,
			    "more than %d cells in the model", MAX_CELLS);
		cat->full = true;
		return;
	}
	if (cat->ncells >= cat->cellcap) {
		cat->cellcap = cat->cellcap ? cat->cellcap * 2 : 512;
		cat->def = xreallocarray(cat->def, cat->cellcap, sizeof(*cat->def));
		cat->base = xreallocarray(cat->base, cat->cellcap, sizeof(*cat->base));
	}
	cat->def[cat->ncells] = s;
	cat->base[cat->ncells] = s;
	idx_put(cat->idx, s->name, (int)cat->ncells);
	cat->ncells++;
}

/* Check that obj has only the allowed top-level keys. */
static bool
check_keys(const struct src *src, json_t *obj, const char *const *allowed, struct diags *d)
{
	const char *k;
	json_t *v;
	bool ok = true;
	size_t i;

	json_object_foreach(obj, k, v) {
		for (i = 0; allowed[i]; i++)
			if (strcmp(allowed[i], k) == 0)
				break;
		if (allowed[i] == NULL) {
			char *p = jpath_append("", k);

			diag_at(d, DIAG_ERROR, src, p, -1, NULL, "unknown key \"%s\"", k);
			free(p);
			ok = false;
		}
	}
	return ok;
}

/* A required (or optional) top-level string; NULL if absent or wrong. */
static char *
top_str(const struct src *src, json_t *obj, const char *key, bool required, struct diags *d)
{
	json_t *v = json_object_get(obj, key);
	char *p;

	if (v == NULL) {
		if (required)
			diag_at(d, DIAG_ERROR, src, "", -1, NULL, "missing \"%s\"", key);
		return NULL;
	}
	if (!json_is_string(v) || json_string_length(v) > MAX_STRING ||
	    strlen(json_string_value(v)) != json_string_length(v)) {
		p = jpath_append("", key);
		diag_at(d, DIAG_ERROR, src, p, -1, NULL, "expected text");
		free(p);
		return NULL;
	}
	return xstrdup(json_string_value(v));
}

static const char *
file_kind(const struct src *src, struct diags *d)
{
	json_t *k = json_object_get(src->root, "kind");

	if (!json_is_string(k)) {
		diag_at(d, DIAG_ERROR, src, "", -1, NULL,
		    "missing \"kind\" (pricing, assumptions, platform or rules)");
		return NULL;
	}
	return json_string_value(k);
}

/*
 * Whether two bundled pricing sheets could both price one region: either
 * is global, they are different providers' or they share a region code.
 */
static bool
sheets_overlap(const struct sheet *a, const struct sheet *b)
{
	size_t i, j;

	if (a == NULL || b == NULL || a->ncodes == 0 || b->ncodes == 0 ||
	    strcmp(a->provider, b->provider) != 0)
		return true;
	for (i = 0; i < a->ncodes; i++)
		for (j = 0; j < b->ncodes; j++)
			if (strcmp(a->codes[i], b->codes[j]) == 0)
				return true;
	return false;
}

/*
 * Add a price from a pricing sheet. A price may be defined once per region
 * (one bundled sheet per region code of its provider); a bundled sheet that
 * defines it again where another already does is an error. A user's sheet
 * (--pricing) always may: its prices win in the regions it names.
 */
static void
add_price(struct catalog *cat, struct cellspec *s, bool user, struct diags *d)
{
	int i = idx_find(cat->idx, s->name);
	size_t k;

	if (i < 0 || user || cat->base[i]->layer != LAYER_PRICING) {
		add_spec(cat, s, user, d);
		return;
	}
	for (k = 0; k < cat->nspecs; k++) {
		const struct cellspec *o = cat->specs[k];
		int line = 0, col = 0;

		if (o->layer != LAYER_PRICING || o->sheet == NULL || o->sheet->user ||
		    str_casecmp(o->name, s->name) != 0 || !sheets_overlap(o->sheet, s->sheet))
			continue;
		if (o->src)
			jsonpos_locate(o->src->text, o->src->len, o->jpath, -1, &line, &col);
		diag_at(d, DIAG_ERROR, s->src, s->jpath, -1, s->name,
		    "price \"%s\" is already defined for %s at %s:%d:%d", s->name,
		    o->sheet->ncodes == 0 || s->sheet->ncodes == 0 ? "every region" :
		    "the same region", o->src ? o->src->path : "?", line, col);
		cellspec_free(s);
		return;
	}
	keep_spec(cat, s);
}

/* Load a file's "cells" object into the catalog (prices: from sheet sh). */
static bool
load_cells(struct catalog *cat, const struct src *src, enum layer layer, bool override,
    const struct sheet *sh, struct diags *d)
{
	json_t *cells = json_object_get(src->root, "cells");
	struct cellspec **v = NULL;
	size_t n = 0, cap = 0, i;
	bool ok;

	if (cells == NULL) {
		diag_at(d, DIAG_ERROR, src, "", -1, NULL, "missing \"cells\"");
		return false;
	}
	ok = cells_from_json(src, "/cells", NULL, cells, layer, &v, &n, &cap, d);
	for (i = 0; i < n; i++) {
		if (layer == LAYER_PRICING) {
			struct cellspec *s = v[i];

			if (s->source == NULL || (s->as_of == NULL && !s->unread) || s->unit == NULL) {
				diag_at(d, DIAG_ERROR, src, s->jpath, -1, s->name,
				    "a price needs \"unit\", \"source\" and \"as_of\" (the date its "
				    "source was read), or \"read\": false in place of the date");
				ok = false;
			} else if (s->unread && s->as_of) {
				diag_at(d, DIAG_ERROR, src, s->jpath, -1, s->name,
				    "a price not read from its source (\"read\": false) has no \"as_of\": "
				    "a price's date is the date its source was read");
				ok = false;
			}
			if (s->kind != CK_VALUE || s->value.type != VT_NUM) {
				diag_at(d, DIAG_ERROR, src, s->jpath, -1, s->name,
				    "a price is a number");
				ok = false;
			} else if (s->value.u.num < 0) {
				diag_at(d, DIAG_ERROR, src, s->jpath, -1, s->name,
				    "a price cannot be negative");
				ok = false;
			}
			s->sheet = sh;
			add_price(cat, s, override, d);
			continue;
		}
		if (layer == LAYER_ASSUMPTION && v[i]->kind == CK_VALUE &&
		    (v[i]->unit == NULL || v[i]->description == NULL)) {
			diag_at(d, DIAG_ERROR, src, v[i]->jpath, -1, v[i]->name,
			    "an input needs a \"unit\" and a \"description\"");
			ok = false;
		}
		add_spec(cat, v[i], override, d);
	}
	free(v);
	return ok;
}

static const char *const pricing_keys[] = {"$schema", "kind", "provider", "region", "title",
	"currency", "note", "cells", NULL};
static const char *const assumption_keys[] = {"$schema", "kind", "title", "note", "cells",
	NULL};
static const char *const platform_keys[] = {"$schema", "kind", "id", "name", "provider",
	"family", "vendor", "order", "summary", "billing", "url", "cells", NULL};
static const char *const rules_keys[] = {"$schema", "kind", "title", "rules", NULL};

/*
 * Record the sheet a pricing file is: its provider and the region codes
 * it prices ("region": a code, a list of codes sharing one list price, or
 * "global"; a user's sheet without "region" prices every region). Returns
 * the sheet (owned by the catalog), or NULL after recording problems.
 */
static const struct sheet *
load_sheet(struct catalog *cat, const struct src *src, bool user, struct diags *d)
{
	json_t *v = json_object_get(src->root, "region"), *e;
	struct sheet *sh = xcalloc(1, sizeof(*sh));
	const struct provider *pv;
	size_t i, k;
	bool ok = true;

	sh->src = src;
	sh->user = user;
	/* a user's sheet for every region may leave out whose prices it has */
	sh->provider = top_str(src, src->root, "provider", !user || v != NULL, d);
	sh->title = top_str(src, src->root, "title", false, d);
	if (sh->provider == NULL) {
		if (!user || v != NULL)
			ok = false;
		else
			sh->provider = xstrdup("");
	}
	if (v == NULL) {
		if (!user && cat->regions) {
			diag_at(d, DIAG_ERROR, src, "", -1, NULL, "missing \"region\": a region "
			    "code of the provider, a list of codes, or \"global\"");
			ok = false;
		}
	} else if (json_is_string(v) && strcmp(json_string_value(v), "global") == 0) {
		/* every region */
	} else if (json_is_string(v) || json_is_array(v)) {
		size_t n = json_is_array(v) ? json_array_size(v) : 1;

		sh->codes = xcalloc(n + 1, sizeof(*sh->codes));
		for (i = 0; i < n; i++) {
			e = json_is_array(v) ? json_array_get(v, i) : v;
			if (!json_is_string(e) || json_string_length(e) == 0 ||
			    json_string_length(e) > 64 ||
			    strlen(json_string_value(e)) != json_string_length(e)) {
				diag_at(d, DIAG_ERROR, src, "/region", -1, NULL,
				    "\"region\" is a region code, a list of codes, or \"global\"");
				ok = false;
				break;
			}
			sh->codes[sh->ncodes++] = xstrdup(json_string_value(e));
		}
		if (n == 0) {
			diag_at(d, DIAG_ERROR, src, "/region", -1, NULL,
			    "\"region\" lists no region code");
			ok = false;
		}
	} else {
		diag_at(d, DIAG_ERROR, src, "/region", -1, NULL,
		    "\"region\" is a region code, a list of codes, or \"global\"");
		ok = false;
	}
	if (ok && sh->ncodes > 0 && cat->regions) {
		if ((pv = region_provider(cat->regions, sh->provider)) == NULL) {
			struct buf l = {0};

			for (k = 0; k < cat->regions->nproviders; k++)
				buf_printf(&l, "%s%s", k ? ", " : "", cat->regions->providers[k].id);
			diag_at(d, DIAG_ERROR, src, "/provider", -1, NULL,
			    "\"%s\" prices are not regional (models/regions.json lists %s): make the "
			    "sheet \"region\": \"global\"", sh->provider, buf_str(&l));
			buf_free(&l);
			ok = false;
		} else {
			for (i = 0; i < sh->ncodes; i++) {
				for (k = 0; k < cat->regions->n; k++) {
					const struct region_site *rs =
					    region_site(&cat->regions->list[k], sh->provider);

					if (rs && strcmp(rs->code, sh->codes[i]) == 0)
						break;
				}
				if (k == cat->regions->n)
					diag_at(d, DIAG_WARNING, src, "/region", -1, NULL,
					    "no runsheet region uses %s's region \"%s\", so no "
					    "scenario can use these prices; add it to "
					    "models/regions.json", pv->name, sh->codes[i]);
			}
		}
	}
	if (!ok) {
		sheet_free(sh);
		return NULL;
	}
	GROW(cat->sheets, cat->nsheets, cat->sheetcap);
	cat->sheets[cat->nsheets++] = sh;
	return sh;
}

static bool
load_pricing(struct catalog *cat, const struct src *src, bool user, struct diags *d)
{
	const char *kind = file_kind(src, d);
	const struct sheet *sh;

	if (kind == NULL)
		return false;
	if (strcmp(kind, "pricing") != 0) {
		diag_at(d, DIAG_ERROR, src, "/kind", -1, NULL,
		    "expected a pricing sheet (\"kind\": \"pricing\"), got \"%s\"", kind);
		return false;
	}
	if (!check_keys(src, src->root, pricing_keys, d))
		return false;
	if ((sh = load_sheet(cat, src, user, d)) == NULL)
		return false;
	return load_cells(cat, src, LAYER_PRICING, user, sh, d);
}

static bool
load_assumptions(struct catalog *cat, const struct src *src, struct diags *d)
{
	const char *kind = file_kind(src, d);

	if (kind == NULL)
		return false;
	if (strcmp(kind, "assumptions") != 0) {
		diag_at(d, DIAG_ERROR, src, "/kind", -1, NULL,
		    "expected \"kind\": \"assumptions\", got \"%s\"", kind);
		return false;
	}
	if (!check_keys(src, src->root, assumption_keys, d))
		return false;
	return load_cells(cat, src, LAYER_ASSUMPTION, false, NULL, d);
}

/* Load a platform model file: metadata, then its cells (all "<id>.*"). */
static bool
load_platform(struct catalog *cat, const struct src *src, struct diags *d, int *orders)
{
	const char *kind = file_kind(src, d);
	struct platform p;
	json_t *root = src->root, *v;
	char *fam = NULL, *why = NULL;
	size_t before, i, cap = 0;
	bool ok = true;
	int f;

	if (kind == NULL)
		return false;
	if (strcmp(kind, "platform") != 0) {
		diag_at(d, DIAG_ERROR, src, "/kind", -1, NULL,
		    "expected \"kind\": \"platform\", got \"%s\"", kind);
		return false;
	}
	if (!check_keys(src, root, platform_keys, d))
		return false;
	memset(&p, 0, sizeof(p));
	p.src = src;
	p.id = top_str(src, root, "id", true, d);
	p.name = top_str(src, root, "name", true, d);
	p.provider = top_str(src, root, "provider", true, d);
	p.vendor = top_str(src, root, "vendor", true, d);
	p.summary = top_str(src, root, "summary", true, d);
	p.url = top_str(src, root, "url", true, d);
	fam = top_str(src, root, "family", true, d);
	if (!p.id || !p.name || !p.provider || !p.vendor || !p.summary || !p.url || !fam) {
		ok = false;
		goto out;
	}
	if (!cell_name_valid(p.id, &why) || strchr(p.id, '.') != NULL) {
		diag_at(d, DIAG_ERROR, src, "/id", -1, NULL,
		    "platform id \"%s\" must be a valid cell name without \".\"%s%s", p.id,
		    why ? ": " : "", why ? why : "");
		ok = false;
		goto out;
	}
	if (catalog_platform(cat, p.id) >= 0) {
		diag_at(d, DIAG_ERROR, src, "/id", -1, NULL, "platform \"%s\" is defined twice",
		    p.id);
		ok = false;
		goto out;
	}
	for (f = 0; f < FAM__MAX; f++)
		if (strcmp(fam, family_ids[f]) == 0)
			break;
	if (f == FAM__MAX) {
		diag_at(d, DIAG_ERROR, src, "/family", -1, NULL,
		    "family is serverless, managed_kubernetes or self_managed_kubernetes, not "
		    "\"%s\"", fam);
		ok = false;
		goto out;
	}
	p.family = (enum family)f;
	v = json_object_get(root, "order");
	*orders = json_is_integer(v) ? (int)json_integer_value(v) : 1000;
	v = json_object_get(root, "billing");
	if (!json_is_array(v) || json_array_size(v) == 0) {
		diag_at(d, DIAG_ERROR, src, v ? "/billing" : "", -1, NULL,
		    "\"billing\" is a list of sentences saying how the platform bills");
		ok = false;
	} else {
		json_t *e;

		json_array_foreach(v, i, e) {
			if (!json_is_string(e)) {
				char *q = jpath_index("/billing", i);

				diag_at(d, DIAG_ERROR, src, q, -1, NULL, "expected text");
				free(q);
				ok = false;
				continue;
			}
			GROW(p.billing, p.nbilling, cap);
			p.billing[p.nbilling++] = xstrdup(json_string_value(e));
		}
	}
	before = cat->nspecs;
	if (!load_cells(cat, src, LAYER_PLATFORM, false, NULL, d))
		ok = false;
	for (i = before; i < cat->nspecs; i++) {
		const char *n = cat->specs[i]->name;

		if (!(str_has_prefix(n, p.id) && n[strlen(p.id)] == '.')) {
			diag_at(d, DIAG_ERROR, src, cat->specs[i]->jpath, -1, n,
			    "cells of platform \"%s\" are named \"%s.*\"", p.id, p.id);
			ok = false;
		}
	}
	for (f = 0; f < COMP__MAX; f++) {
		char *n = xasprintf("%s.%s", p.id, component_ids[f]);

		p.comp[f] = idx_find(cat->idx, n);
		if (p.comp[f] < 0) {
			diag_at(d, DIAG_ERROR, src, "/cells", -1, NULL,
			    "platform \"%s\" must define the cell %s", p.id, n);
			ok = false;
		}
		free(n);
	}
	{
		char *n = xasprintf("%s.total", p.id);

		p.total = idx_find(cat->idx, n);
		if (p.total < 0) {
			diag_at(d, DIAG_ERROR, src, "/cells", -1, NULL,
			    "platform \"%s\" must define the cell %s", p.id, n);
			ok = false;
		}
		free(n);
	}
	{
		char *n;

		n = xasprintf("%s.cold_start_s", p.id);
		p.cold_start = idx_find(cat->idx, n);
		free(n);
		n = xasprintf("%s.scale_up_s", p.id);
		p.scale_up = idx_find(cat->idx, n);
		free(n);
		n = xasprintf("%s.cold_start_over_tolerance", p.id);
		p.cold_over = idx_find(cat->idx, n);
		free(n);
		n = xasprintf("%s.gpu_supported", p.id);
		p.gpu = idx_find(cat->idx, n);
		free(n);
	}
out:
	free(fam);
	free(why);
	if (!ok) {
		free(p.id);
		free(p.name);
		free(p.provider);
		free(p.vendor);
		free(p.summary);
		free(p.url);
		strv_free(p.billing, p.nbilling);
		return false;
	}
	cat->platforms = xreallocarray(cat->platforms, cat->nplatforms + 1,
	    sizeof(*cat->platforms));
	cat->platforms[cat->nplatforms++] = p;
	return true;
}

static void
platform_free(struct platform *p)
{
	free(p->id);
	free(p->name);
	free(p->provider);
	free(p->vendor);
	free(p->summary);
	free(p->url);
	strv_free(p->billing, p->nbilling);
}

static void
rule_free(struct rule *r)
{
	free(r->pcell);
	free(r->id);
	free(r->title);
	free(r->when);
	free(r->reason);
	free(r->platform);
	free(r->source);
	free(r->quote);
	free(r->jpath);
}

/* Load the rules file: each rule becomes cell rule.<id> and feeds scores. */
static bool
load_rules(struct catalog *cat, const struct src *src, struct diags *d)
{
	const char *kind = file_kind(src, d);
	static const char *const rule_keys[] = {"id", "title", "when", "effect", "weight",
		"targets", "source", "quote", "reason", NULL};
	json_t *rules, *r;
	size_t i;
	bool ok = true;

	if (kind == NULL)
		return false;
	if (strcmp(kind, "rules") != 0) {
		diag_at(d, DIAG_ERROR, src, "/kind", -1, NULL,
		    "expected \"kind\": \"rules\", got \"%s\"", kind);
		return false;
	}
	if (!check_keys(src, src->root, rules_keys, d))
		return false;
	rules = json_object_get(src->root, "rules");
	if (!json_is_array(rules)) {
		diag_at(d, DIAG_ERROR, src, "", -1, NULL, "\"rules\" is a list of rules");
		return false;
	}
	cat->rules = xcalloc(json_array_size(rules) + 1, sizeof(*cat->rules));
	json_array_foreach(rules, i, r) {
		struct rule ru;
		char *base = jpath_index("/rules", i), *p, *why = NULL;
		const char *k, *eff;
		json_t *v, *t;
		size_t j;
		int e;
		bool rok = true;

		memset(&ru, 0, sizeof(ru));
		ru.src = src;
		ru.jpath = base;
		ru.cell = -1;
		if (!json_is_object(r)) {
			diag_at(d, DIAG_ERROR, src, base, -1, NULL, "a rule is an object");
			free(base);
			ok = false;
			continue;
		}
		json_object_foreach(r, k, v) {
			for (j = 0; rule_keys[j]; j++)
				if (strcmp(k, rule_keys[j]) == 0)
					break;
			if (rule_keys[j] == NULL) {
				p = jpath_append(base, k);
				diag_at(d, DIAG_ERROR, src, p, -1, NULL,
				    "unknown key \"%s\" in a rule", k);
				free(p);
				rok = false;
			}
		}
#define RSTR(field, key)                                                               \
	do {                                                                           \
		v = json_object_get(r, key);                                           \
		if (!json_is_string(v)) {                                              \
			diag_at(d, DIAG_ERROR, src, base, -1, NULL,                    \
			    "a rule needs \"%s\" (text)", key);                        \
			rok = false;                                                   \
		} else {                                                               \
			ru.field = xstrdup(json_string_value(v));                      \
		}                                                                      \
	} while (0)
		RSTR(id, "id");
		RSTR(title, "title");
		RSTR(when, "when");
		RSTR(reason, "reason");
		RSTR(source, "source");
		RSTR(quote, "quote");
#undef RSTR
		if (ru.id) {
			char *n = xasprintf("rule.%s", ru.id);

			if (!cell_name_valid(n, &why)) {
				p = jpath_append(base, "id");
				diag_at(d, DIAG_ERROR, src, p, -1, NULL,
				    "rule id \"%s\" does not make a valid cell name: %s", ru.id,
				    why);
				free(p);
				rok = false;
			}
			free(why);
			free(n);
		}
		v = json_object_get(r, "effect");
		eff = json_is_string(v) ? json_string_value(v) : "";
		for (e = 0; e < RE__MAX; e++)
			if (strcmp(eff, rule_effect_ids[e]) == 0)
				break;
		if (e == RE__MAX) {
			p = jpath_append(base, "effect");
			diag_at(d, DIAG_ERROR, src, p, -1, NULL,
			    "effect is favour, disfavour or exclude");
			free(p);
			rok = false;
		}
		ru.effect = (enum rule_effect)e;
		v = json_object_get(r, "weight");
		if (ru.effect != RE_EXCLUDE) {
			if (!json_is_number(v) || json_number_value(v) <= 0 ||
			    json_number_value(v) >= 1) {
				p = jpath_append(base, "weight");
				diag_at(d, DIAG_ERROR, src, v ? p : base, -1, NULL,
				    "a favour or disfavour rule needs a \"weight\" between 0 and 1");
				free(p);
				rok = false;
			} else {
				ru.weight = json_number_value(v);
			}
		} else if (v != NULL) {
			p = jpath_append(base, "weight");
			diag_at(d, DIAG_ERROR, src, p, -1, NULL, "an exclude rule has no weight");
			free(p);
			rok = false;
		}
		ru.platform = xcalloc(cat->nplatforms + 1, sizeof(*ru.platform));
		t = json_object_get(r, "targets");
		if (!json_is_array(t) || json_array_size(t) == 0) {
			diag_at(d, DIAG_ERROR, src, base, -1, NULL,
			    "a rule needs \"targets\": families or platform ids");
			rok = false;
		} else {
			json_array_foreach(t, j, v) {
				const char *tn = json_is_string(v) ? json_string_value(v) : "";
				int f, pi;

				for (f = 0; f < FAM__MAX; f++)
					if (strcmp(tn, family_ids[f]) == 0)
						ru.family[f] = true;
				if (strcmp(tn, "kubernetes") == 0)
					ru.family[FAM_MANAGED_K8S] =
					    ru.family[FAM_SELF_MANAGED_K8S] = true;
				for (f = 0; f < FAM__MAX; f++)
					if (strcmp(tn, family_ids[f]) == 0)
						break;
				pi = catalog_platform(cat, tn);
				if (pi >= 0)
					ru.platform[pi] = true;
				if (f == FAM__MAX && pi < 0 && strcmp(tn, "kubernetes") != 0) {
					p = jpath_append(base, "targets");
					char *q = jpath_index(p, j);

					diag_at(d, DIAG_ERROR, src, q, -1, NULL,
					    "unknown target \"%s\": a family (serverless, "
					    "kubernetes, managed_kubernetes, "
					    "self_managed_kubernetes) or a platform id", tn);
					free(q);
					free(p);
					rok = false;
				}
			}
		}
		for (j = 0; j < cat->nrules && ru.id; j++)
			if (strcmp(cat->rules[j].id, ru.id) == 0) {
				diag_at(d, DIAG_ERROR, src, base, -1, NULL,
				    "rule \"%s\" is defined twice", ru.id);
				rok = false;
			}
		if (!rok) {
			rule_free(&ru);
			ok = false;
			continue;
		}
		cat->rules[cat->nrules++] = ru;
	}
	return ok;
}

/* Add one generated formula cell. */
static int
gen_cell(struct catalog *cat, const struct src *src, const char *jpath, const char *name,
    char *formula, const char *unit, const char *desc, struct diags *d)
{
	struct cellspec *s = xcalloc(1, sizeof(*s));

	s->name = xstrdup(name);
	s->layer = LAYER_DECISION;
	s->src = src;
	s->jpath = xstrdup(jpath);
	s->kind = CK_FORMULA;
	s->formula_text = formula;
	s->unit = unit ? xstrdup(unit) : NULL;
	s->description = xstrdup(desc);
	add_spec(cat, s, false, d);
	return idx_find(cat->idx, name);
}

/*
 * The enum of a cell that names a platform (plan.current_platform,
 * actual.platform): none and every platform id, unless the data lists
 * them itself.
 */
static void
platform_cell_setup(struct catalog *cat, const char *name, struct diags *d)
{
	int c = catalog_find(cat, name);
	struct cellspec *b;
	size_t i;

	if (c < 0)
		return;
	b = (struct cellspec *)cat->base[c];
	if (b->kind != CK_VALUE || b->value.type != VT_STR) {
		diag_at(d, DIAG_ERROR, b->src, b->jpath, -1, b->name,
		    "%s is text: none or a platform id", name);
		return;
	}
	if (b->nenumv > 0)
		return;
	b->enumv = xcalloc(cat->nplatforms + 2, sizeof(*b->enumv));
	b->enumv[b->nenumv++] = xstrdup("none");
	for (i = 0; i < cat->nplatforms; i++)
		b->enumv[b->nenumv++] = xstrdup(cat->platforms[i].id);
	if (strcmp(b->value.u.str, "none") != 0 && catalog_platform(cat, b->value.u.str) < 0)
		diag_at(d, DIAG_ERROR, b->src, b->jpath, -1, b->name,
		    "\"%s\" is neither none nor a platform id", b->value.u.str);
}

/*
 * Generate bill.model_<component> for the components a bill is compared
 * on: the component of the platform actual.platform names, 0 for none.
 * Only when the data has actual.platform (models/assumptions/bill.json).
 */
static void
gen_bill(struct catalog *cat, struct diags *d)
{
	static const char *const comps[] = {"compute", "platform_fees", "hidden"};
	int c = catalog_find(cat, "actual.platform");
	const struct cellspec *ap;
	struct buf b = {0};
	size_t i, k;

	if (c < 0)
		return;
	ap = cat->base[c];
	for (k = 0; k < sizeof(comps) / sizeof(comps[0]); k++) {
		char *name = xasprintf("bill.model_%s", comps[k]);
		char *desc = xasprintf("The model's %s of the platform the bill is for "
		    "(actual.platform); 0 without a bill.", strcmp(comps[k], "platform_fees") == 0 ?
		    "platform fees" : strcmp(comps[k], "hidden") == 0 ? "hidden infrastructure" :
		    "compute");

		b.len = 0;
		for (i = 0; i < cat->nplatforms; i++)
			buf_printf(&b, "IF(actual.platform=\"%s\",%s.%s,", cat->platforms[i].id,
			    cat->platforms[i].id, comps[k]);
		buf_puts(&b, "0");
		for (i = 0; i < cat->nplatforms; i++)
			buf_putc(&b, ')');
		gen_cell(cat, ap->src, ap->jpath, name, xstrdup(buf_str(&b)), "USD/month", desc, d);
		free(name);
		free(desc);
	}
	buf_free(&b);
}

/*
 * Generate the decision layer: rule.<id> for every rule; for every
 * platform <id>.compared (an input, TRUE unless the scenario narrows the
 * list), <id>.excluded, <id>.rule_adjust and <id>.score; and the verdict:
 * decision.best_score, decision.platform, decision.platform_name,
 * decision.monthly_total, decision.annual_total, decision.cheapest,
 * decision.cheapest_name and decision.cheapest_total. Structure only: every cost stays in the data.
 */
static void
gen_decision(struct catalog *cat, const struct src *rsrc, struct diags *d)
{
	struct buf b = {0};
	size_t i, j, np = cat->nplatforms;
	char *name, *jp;

	for (i = 0; i < cat->nrules; i++) {
		struct rule *r = &cat->rules[i];
		const char *when = r->when + (r->when[0] == '=' ? 1 : 0);
		struct cellspec *s;

		r->pcell = xcalloc(np + 1, sizeof(*r->pcell));
		for (j = 0; j < np; j++)
			r->pcell[j] = -1;
		r->per_platform = strstr(when, "{p}") != NULL;
		if (r->per_platform) {
			/* one condition per targeted platform, {p} replaced by its id */
			struct buf any = {0};
			size_t nany = 0;

			for (j = 0; j < np; j++) {
				struct buf f = {0};
				const char *q;

				if (!rule_targets(cat, r, j))
					continue;
				for (q = when; *q; q++) {
					if (strncmp(q, "{p}", 3) == 0) {
						buf_puts(&f, cat->platforms[j].id);
						q += 2;
					} else {
						buf_putc(&f, *q);
					}
				}
				s = xcalloc(1, sizeof(*s));
				s->name = xasprintf("rule.%s.%s", r->id, cat->platforms[j].id);
				s->layer = LAYER_DECISION;
				s->src = r->src;
				s->jpath = xasprintf("%s/when", r->jpath);
				s->kind = CK_FORMULA;
				/* only a compared platform's cells are read: one the region
				 * does not price must not reach rule.<id> (IF takes one branch) */
				s->formula_text = xasprintf("IF(%s.compared,%s,FALSE)",
				    cat->platforms[j].id, buf_str(&f));
				s->fcol_base = (r->when[0] == '=' ? 1 : 0) -
				    (int)strlen("IF(.compared,") - (int)strlen(cat->platforms[j].id);
				buf_free(&f);
				s->unit = xstrdup("logical");
				s->description = xasprintf("%s (%s)", r->title, cat->platforms[j].name);
				s->source = xstrdup(r->source);
				add_spec(cat, s, false, d);
				r->pcell[j] = idx_find(cat->idx, s->name);
				buf_printf(&any, "%srule.%s.%s", nany++ ? "," : "", r->id,
				    cat->platforms[j].id);
			}
			name = xasprintf("rule.%s", r->id);
			r->cell = gen_cell(cat, r->src, r->jpath, name,
			    nany ? xasprintf("OR(%s)", buf_str(&any)) : xstrdup("FALSE"), "logical",
			    r->title, d);
			free(name);
			buf_free(&any);
			continue;
		}
		s = xcalloc(1, sizeof(*s));
		s->name = xasprintf("rule.%s", r->id);
		s->layer = LAYER_DECISION;
		s->src = r->src;
		s->jpath = xasprintf("%s/when", r->jpath);
		s->kind = CK_FORMULA;
		s->fcol_base = r->when[0] == '=' ? 1 : 0;
		s->formula_text = xstrdup(when);
		s->unit = xstrdup("logical");
		s->description = xstrdup(r->title);
		s->source = xstrdup(r->source);
		add_spec(cat, s, false, d);
		r->cell = idx_find(cat->idx, s->name);
		for (j = 0; j < np; j++)
			if (rule_targets(cat, r, j))
				r->pcell[j] = r->cell;
	}
	if (np > 60) {
		diag_add(d, DIAG_ERROR, NULL, 0, 0, NULL, NULL,
		    "%zu platforms: the verdict formulas support at most 60", np);
		return;
	}
	for (i = 0; i < np; i++) {
		struct platform *p = &cat->platforms[i];
		struct cellspec *s = xcalloc(1, sizeof(*s));
		int nex = 0, nadj = 0;

		s->name = xasprintf("%s.compared", p->id);
		s->layer = LAYER_DECISION;
		s->src = p->src;
		s->jpath = xstrdup("/id");
		s->kind = CK_VALUE;
		s->value.type = VT_BOOL;
		s->value.u.b = 1;
		s->unit = xstrdup("logical");
		s->description = xasprintf("Whether the scenario compares %s "
		    "(its \"platforms\" list).", p->name);
		add_spec(cat, s, false, d);
		p->compared = idx_find(cat->idx, s->name);

		b.len = 0;
		buf_puts(&b, "OR(");
		for (j = 0; j < cat->nrules; j++) {
			const struct rule *r = &cat->rules[j];

			if (r->effect != RE_EXCLUDE || !rule_targets(cat, r, i))
				continue;
			buf_printf(&b, "%s%s", nex++ ? "," : "", rule_cell_name(cat, r, i));
		}
		buf_puts(&b, ")");
		name = xasprintf("%s.excluded", p->id);
		p->excluded = gen_cell(cat, p->src, "/id", name,
		    nex ? xstrdup(buf_str(&b)) : xstrdup("FALSE"), "logical",
		    "Whether an exclusion rule rules this platform out.", d);
		free(name);

		/* rules compound: favour w multiplies by (1 - w), disfavour by (1 + w) */
		b.len = 0;
		for (j = 0; j < cat->nrules; j++) {
			const struct rule *r = &cat->rules[j];
			char w[64];

			if (r->effect == RE_EXCLUDE || !rule_targets(cat, r, i))
				continue;
			num_shortest(w, sizeof(w), r->effect == RE_FAVOUR ? 1 - r->weight :
			    1 + r->weight);
			buf_printf(&b, "%sIF(%s,%s,1)", nadj ? "*" : "", rule_cell_name(cat, r, i), w);
			nadj++;
		}
		name = xasprintf("%s.rule_adjust", p->id);
		p->adjust = gen_cell(cat, p->src, "/id", name,
		    nadj ? xstrdup(buf_str(&b)) : xstrdup("1"), "factor",
		    "Ranking factor from the favour and disfavour rules that fired: each favour "
		    "rule of weight w multiplies it by 1-w, each disfavour rule by 1+w; below 1 "
		    "ranks the platform as if cheaper.", d);
		free(name);

		name = xasprintf("%s.score", p->id);
		p->score = gen_cell(cat, p->src, "/id", name,
		    xasprintf("IF(%s.compared,IF(%s.excluded," NO_SCORE ",%s.total*%s.rule_adjust),"
		    NO_SCORE ")", p->id, p->id, p->id, p->id), "USD/month",
		    "Ranking score: the monthly total times the rule adjustment; 1E+99 when "
		    "not compared or excluded.", d);
		free(name);
	}
	jp = xstrdup(rsrc ? "/rules" : "");
	b.len = 0;
	buf_puts(&b, "MIN(");
	for (i = 0; i < np; i++)
		buf_printf(&b, "%s%s.score", i ? "," : "", cat->platforms[i].id);
	buf_puts(&b, ")");
	gen_cell(cat, rsrc, jp, "decision.best_score", xstrdup(buf_str(&b)), "USD/month",
	    "The lowest ranking score among the compared platforms.", d);

	b.len = 0;
	buf_puts(&b, "IF(decision.best_score>=" NO_SCORE ",\"none\",");
	for (i = 0; i < np; i++)
		buf_printf(&b, "IF(%s.score=decision.best_score,\"%s\",", cat->platforms[i].id,
		    cat->platforms[i].id);
	buf_puts(&b, "\"none\"");
	for (i = 0; i <= np; i++)
		buf_putc(&b, ')');
	gen_cell(cat, rsrc, jp, "decision.platform", xstrdup(buf_str(&b)), "platform id",
	    "The recommended platform: the best ranking score (first in list order on a tie).",
	    d);

	b.len = 0;
	for (i = 0; i < np; i++) {
		struct buf q = {0};
		const char *s;

		for (s = cat->platforms[i].name; *s; s++) {
			if (*s == '"')
				buf_putc(&q, '"');
			buf_putc(&q, *s);
		}
		buf_printf(&b, "IF(decision.platform=\"%s\",\"%s\",", cat->platforms[i].id,
		    buf_str(&q));
		buf_free(&q);
	}
	buf_puts(&b, "\"none\"");
	for (i = 0; i < np; i++)
		buf_putc(&b, ')');
	gen_cell(cat, rsrc, jp, "decision.platform_name", xstrdup(buf_str(&b)), "name",
	    "The recommended platform's name.", d);

	b.len = 0;
	for (i = 0; i < np; i++)
		buf_printf(&b, "IF(decision.platform=\"%s\",%s.total,", cat->platforms[i].id,
		    cat->platforms[i].id);
	buf_puts(&b, "0");
	for (i = 0; i < np; i++)
		buf_putc(&b, ')');
	gen_cell(cat, rsrc, jp, "decision.monthly_total", xstrdup(buf_str(&b)), "USD/month",
	    "Monthly total of the recommended platform.", d);
	gen_cell(cat, rsrc, jp, "decision.annual_total", xstrdup("decision.monthly_total*12"),
	    "USD/year", "Annual total of the recommended platform.", d);

	/* the runner-up: the best score once the recommendation is set aside */
	b.len = 0;
	buf_puts(&b, "MIN(");
	for (i = 0; i < np; i++)
		buf_printf(&b, "%sIF(decision.platform=\"%s\"," NO_SCORE ",%s.score)", i ? "," : "",
		    cat->platforms[i].id, cat->platforms[i].id);
	buf_puts(&b, ")");
	gen_cell(cat, rsrc, jp, "decision.runner_up_score", xstrdup(buf_str(&b)), "USD/month",
	    "The best ranking score after the recommended platform's.", d);
	b.len = 0;
	buf_puts(&b, "IF(decision.runner_up_score>=" NO_SCORE ",\"none\",");
	for (i = 0; i < np; i++)
		buf_printf(&b, "IF(AND(decision.platform<>\"%s\",%s.score=decision.runner_up_score),"
		    "\"%s\",", cat->platforms[i].id, cat->platforms[i].id, cat->platforms[i].id);
	buf_puts(&b, "\"none\"");
	for (i = 0; i <= np; i++)
		buf_putc(&b, ')');
	gen_cell(cat, rsrc, jp, "decision.runner_up", xstrdup(buf_str(&b)), "platform id",
	    "The runner-up: the platform with the best ranking score after the recommended one "
	    "(first in list order on a tie).", d);

	/* near ties: within decision.tie_margin of the recommended total (data) */
	if (idx_find(cat->idx, "decision.tie_margin") >= 0) {
		struct buf any = {0};

		for (i = 0; i < np; i++) {
			const struct platform *p = &cat->platforms[i];

			name = xasprintf("%s.near_tie", p->id);
			gen_cell(cat, p->src, "/id", name, xasprintf("IF(%s.compared,"
			    "AND(decision.platform<>\"none\",decision.platform<>\"%s\","
			    "NOT(%s.excluded),ABS(%s.total-decision.monthly_total)<="
			    "decision.tie_margin*decision.monthly_total),FALSE)", p->id, p->id, p->id,
			    p->id), "logical",
			    "Whether this platform, still in the running, costs within "
			    "decision.tie_margin of the recommended platform's monthly total.", d);
			free(name);
			buf_printf(&any, "%s%s.near_tie", i ? "," : "", p->id);
		}
		gen_cell(cat, rsrc, jp, "decision.near_tie", np ? xasprintf("OR(%s)", buf_str(&any)) :
		    xstrdup("FALSE"), "logical", "Whether another platform still in the running "
		    "costs within decision.tie_margin of the recommended one: a near tie.", d);
		buf_free(&any);
	}

	b.len = 0;
	buf_puts(&b, "MIN(");
	for (i = 0; i < np; i++)
		buf_printf(&b, "%sIF(%s.compared,%s.total," NO_SCORE ")", i ? "," : "",
		    cat->platforms[i].id, cat->platforms[i].id);
	buf_puts(&b, ")");
	gen_cell(cat, rsrc, jp, "decision.cheapest_total", xstrdup(buf_str(&b)), "USD/month",
	    "The lowest monthly total among the compared platforms, before rules.", d);

	b.len = 0;
	for (i = 0; i < np; i++)
		buf_printf(&b, "IF(IF(%s.compared,%s.total=decision.cheapest_total,FALSE),\"%s\",",
		    cat->platforms[i].id, cat->platforms[i].id, cat->platforms[i].id);
	buf_puts(&b, "\"none\"");
	for (i = 0; i < np; i++)
		buf_putc(&b, ')');
	gen_cell(cat, rsrc, jp, "decision.cheapest", xstrdup(buf_str(&b)), "platform id",
	    "The compared platform with the lowest monthly total, before rules.", d);

	/* its name, for the workbook's Summary, beside the recommended one's */
	b.len = 0;
	for (i = 0; i < np; i++) {
		const char *s;

		buf_printf(&b, "IF(decision.cheapest=\"%s\",\"", cat->platforms[i].id);
		for (s = cat->platforms[i].name; *s; s++) {
			if (*s == '"')
				buf_putc(&b, '"');
			buf_putc(&b, *s);
		}
		buf_puts(&b, "\",");
	}
	buf_puts(&b, "\"none\"");
	for (i = 0; i < np; i++)
		buf_putc(&b, ')');
	gen_cell(cat, rsrc, jp, "decision.cheapest_name", xstrdup(buf_str(&b)), "name",
	    "The name of the compared platform with the lowest monthly total, before rules.", d);
	free(jp);
	buf_free(&b);
}

static void
load_dir(struct catalog *cat, const char *dir, bool required, int which, struct diags *d,
    const struct src **last)
{
	size_t n, i;
	char **files = dir_list(dir, ".json", &n);
	int *orders = NULL;

	if (files == NULL) {
		if (required)
			diag_add(d, DIAG_ERROR, dir, 0, 0, NULL, NULL,
			    "cannot read model data directory");
		return;
	}
	orders = xcalloc(n + 1, sizeof(*orders));
	for (i = 0; i < n; i++) {
		const char *disp = files[i];
		struct src *s;
		size_t dl = strlen(cat->datadir);

		if (cat->full)
			break;

		/* Diagnostics name data files relative to the data directory. */
		if (strncmp(disp, cat->datadir, dl) == 0 && disp[dl] == '/')
			disp += dl + 1;
		if ((s = src_load(files[i], disp, d)) == NULL)
			continue;
		keep_src(cat, s);
		if (last)
			*last = s;
		switch (which) {
		case LAYER_PRICING:
			load_pricing(cat, s, false, d);
			break;
		case LAYER_ASSUMPTION:
			load_assumptions(cat, s, d);
			break;
		case LAYER_PLATFORM: {
			size_t before = cat->nplatforms;

			if (load_platform(cat, s, d, &orders[i]) && cat->nplatforms > before)
				cat->platforms[cat->nplatforms - 1].order = orders[i];
			break;
		}
		}
	}
	free(orders);
	strv_free(files, n);
}

static int
cmp_platform(const void *a, const void *b)
{
	const struct platform *x = a, *y = b;

	if (x->order != y->order)
		return x->order < y->order ? -1 : 1;
	return strcmp(x->id, y->id);
}

/*
 * workload.region: its allowed values are models/regions.json's ids (an
 * "enum" in the assumption must list the same), its default one of them.
 */
static void
region_cell_setup(struct catalog *cat, struct diags *d)
{
	struct cellspec *b;
	const struct regions *r = cat->regions;
	size_t i;

	cat->region_cell = catalog_find(cat, "workload.region");
	if (cat->region_cell < 0 || r == NULL) {
		if (r && d->nerrors == 0)
			diag_at(d, DIAG_ERROR, r->src, "", -1, NULL, "regions need the input cell "
			    "workload.region (models/assumptions/)");
		return;
	}
	b = (struct cellspec *)cat->base[cat->region_cell];
	if (b->kind != CK_VALUE || b->value.type != VT_STR) {
		diag_at(d, DIAG_ERROR, b->src, b->jpath, -1, b->name,
		    "workload.region is text: a region id of models/regions.json");
		return;
	}
	if (b->nenumv > 0) {
		for (i = 0; i < b->nenumv; i++)
			if (region_find(r, b->enumv[i]) < 0)
				diag_at(d, DIAG_ERROR, b->src, b->jpath, -1, b->name,
				    "\"%s\" is not a region of models/regions.json", b->enumv[i]);
		if (b->nenumv != r->n)
			diag_at(d, DIAG_ERROR, b->src, b->jpath, -1, b->name,
			    "the allowed regions must be those of models/regions.json (%zu), or "
			    "left out", r->n);
	} else {
		b->enumv = xcalloc(r->n + 1, sizeof(*b->enumv));
		for (i = 0; i < r->n; i++)
			b->enumv[b->nenumv++] = xstrdup(r->list[i].id);
	}
	if (region_find(r, b->value.u.str) < 0)
		diag_at(d, DIAG_ERROR, b->src, b->jpath, -1, b->name,
		    "the default region \"%s\" is not in models/regions.json", b->value.u.str);
}

/*
 * Index every price cell's definitions (prices[c], load order), make
 * each price cell's placeholder for a region without it, and give the
 * catalog's own definitions (no scenario) the default region's prices.
 */
static void
price_alternatives(struct catalog *cat)
{
	size_t *count = xcalloc(cat->ncells + 1, sizeof(*count)), i;

	for (i = 0; i < cat->nspecs; i++) {
		int c;

		if (cat->specs[i]->layer != LAYER_PRICING)
			continue;
		if ((c = idx_find(cat->idx, cat->specs[i]->name)) >= 0)
			count[c]++;
	}
	cat->prices = xcalloc(cat->ncells + 1, sizeof(*cat->prices));
	cat->missing = xcalloc(cat->ncells + 1, sizeof(*cat->missing));
	for (i = 0; i < cat->ncells; i++) {
		if (count[i] == 0)
			continue;
		cat->prices[i] = xcalloc(count[i] + 1, sizeof(**cat->prices));
		count[i] = 0;
	}
	for (i = 0; i < cat->nspecs; i++) {
		const struct cellspec *s = cat->specs[i];
		struct cellspec *ph;
		int c;

		if (s->layer != LAYER_PRICING || (c = idx_find(cat->idx, s->name)) < 0)
			continue;
		cat->prices[c][count[c]++] = s;
		if (cat->missing[c])
			continue;
		/* the placeholder: #N/A, which only region_check_missing() reports */
		ph = xcalloc(1, sizeof(*ph));
		ph->name = xstrdup(cat->base[c]->name);
		ph->layer = LAYER_PRICING;
		ph->jpath = xstrdup("(no pricing sheet for the region)");
		ph->kind = CK_VALUE;
		ph->value.type = VT_ERR;
		ph->value.err = VE_NA;
		ph->value.flags = VF_PROPAGATED;
		ph->unit = s->unit ? xstrdup(s->unit) : NULL;
		ph->missing = true;
		ph->sheet = s->sheet;
		cat->missing[c] = ph;
	}
	free(count);
	region_defs(cat, cat->regions ? cat->regions->dflt : -1, cat->def);
}

/*
 * The JSON path of s's "inert" list (its k-th name when k >= 0): beside the
 * formula or value the cell's path points at. Caller frees.
 */
static char *
inert_path(const struct cellspec *s, int k)
{
	const char *slash = strrchr(s->jpath, '/');
	size_t n = slash && (strcmp(slash, "/formula") == 0 || strcmp(slash, "/value") == 0 ||
	    strcmp(slash, "/base") == 0) ? (size_t)(slash - s->jpath) : strlen(s->jpath);
	char *obj = xasprintf("%.*s", (int)n, s->jpath), *p = jpath_append(obj, "inert");

	free(obj);
	if (k >= 0) {
		char *q = jpath_index(p, (size_t)k);

		free(p);
		p = q;
	}
	return p;
}

/*
 * Check every cell's "inert" list: a logical cell of a platform, naming
 * cells that exist. Records an error, placed at the name, for each that
 * does not.
 */
static void
inert_check(struct catalog *cat, struct diags *d)
{
	size_t i, k;

	for (i = 0; i < cat->ncells; i++) {
		const struct cellspec *s = cat->base[i];

		if (s->ninert == 0)
			continue;
		if (cat->cell_platform[i] < 0 || s->unit == NULL || strcmp(s->unit, "logical") != 0) {
			char *p = inert_path(s, -1);

			diag_at(d, DIAG_ERROR, s->src, p, -1, s->name,
			    "\"inert\" belongs on a logical cell of a platform (unit \"logical\", "
			    "named <platform>.<name>)");
			free(p);
			continue;
		}
		for (k = 0; k < s->ninert; k++) {
			if (catalog_find(cat, s->inert[k]) >= 0)
				continue;
			{
				const char *near = catalog_suggest(cat, s->inert[k]);
				char *p = inert_path(s, (int)k);

				diag_at(d, DIAG_ERROR, s->src, p, -1, s->name,
				    "unknown name \"%s\"%s%s%s", s->inert[k], near ?
				    " (did you mean \"" : "", near ? near : "", near ? "\"?)" : "");
				free(p);
			}
		}
	}
}

/*
 * Load the catalog from datadir plus the user's pricing sheets. Returns
 * the catalog (caller frees with catalog_free) even when diagnostics were
 * recorded, so one run can report every problem; callers check
 * d->nerrors before using it.
 */
struct catalog *
catalog_load(const char *datadir, char **pricing, size_t npricing, struct diags *d)
{
	return catalog_load_sheet(datadir, pricing, npricing, NULL, d);
}

/*
 * As catalog_load, with one more user pricing sheet after them, already
 * parsed (taken over; NULL: none): what runsheet prices import checks its
 * sheet with before writing it.
 */
struct catalog *
catalog_load_sheet(const char *datadir, char **pricing, size_t npricing, struct src *more,
    struct diags *d)
{
	struct catalog *cat = xcalloc(1, sizeof(*cat));
	const struct src *rsrc = NULL;
	char *dir;
	size_t i;

	cat->datadir = xstrdup(datadir);
	cat->idx = idx_new();
	cat->stale_days = 365;
	cat->region_cell = -1;

	dir = xasprintf("%s/models/regions.json", datadir);
	if (file_exists(dir)) {
		struct src *s = src_load(dir, "models/regions.json", d);

		if (s)
			regions_load(cat, keep_src(cat, s), d);
	}
	free(dir);
	dir = xasprintf("%s/models/sources.json", datadir);
	if (file_exists(dir)) {
		struct src *s = src_load(dir, "models/sources.json", d);

		if (s)
			sources_load(cat, keep_src(cat, s), d);
	}
	free(dir);
	dir = xasprintf("%s/models/pricing", datadir);
	load_dir(cat, dir, true, LAYER_PRICING, d, NULL);
	free(dir);
	for (i = 0; i < npricing; i++) {
		struct src *s = src_load(pricing[i], NULL, d);

		if (s == NULL)
			continue;
		keep_src(cat, s);
		load_pricing(cat, s, true, d);
	}
	if (more) {
		keep_src(cat, more);
		load_pricing(cat, more, true, d);
	}
	dir = xasprintf("%s/models/assumptions", datadir);
	load_dir(cat, dir, true, LAYER_ASSUMPTION, d, NULL);
	free(dir);
	dir = xasprintf("%s/models/platforms", datadir);
	load_dir(cat, dir, true, LAYER_PLATFORM, d, NULL);
	free(dir);
	if (cat->full)
		return cat;	/* the rest would only report the missing cells */
	region_cell_setup(cat, d);
	if (cat->nplatforms == 0 && d->nerrors == 0)
		diag_add(d, DIAG_ERROR, "models/platforms", 0, 0, NULL, NULL,
		    "no platform models found");
	if (cat->nplatforms > 1)
		xqsort(cat->platforms, cat->nplatforms, sizeof(*cat->platforms), cmp_platform);

	dir = xasprintf("%s/models/rules.json", datadir);
	if (file_exists(dir)) {
		struct src *s = src_load(dir, "models/rules.json", d);

		if (s) {
			keep_src(cat, s);
			rsrc = s;
			load_rules(cat, s, d);
		}
	}
	free(dir);
	gen_decision(cat, rsrc, d);
	platform_cell_setup(cat, "plan.current_platform", d);
	platform_cell_setup(cat, "actual.platform", d);
	gen_bill(cat, d);
	price_alternatives(cat);

	/* which platform each cell belongs to, by its "<id>." prefix */
	cat->cell_platform = xcalloc(cat->ncells + 1, sizeof(*cat->cell_platform));
	for (i = 0; i < cat->ncells; i++) {
		size_t k;

		cat->cell_platform[i] = -1;
		for (k = 0; k < cat->nplatforms; k++) {
			const char *id = cat->platforms[k].id;

			if (str_has_prefix(cat->base[i]->name, id) &&
			    cat->base[i]->name[strlen(id)] == '.') {
				cat->cell_platform[i] = (int)k;
				break;
			}
		}
	}
	inert_check(cat, d);
	sources_check(cat, d);
	for (i = 0; i < cat->nspecs; i++)
		formula_compile_spec(cat->specs[i], cat, d);
	if (d->nerrors == 0)
		model_order(cat, cat->def, cat->ncells, &cat->order, &cat->norder, d);
	return cat;
}

void
catalog_free(struct catalog *cat)
{
	size_t i;

	if (cat == NULL)
		return;
	for (i = 0; i < cat->nspecs; i++)
		cellspec_free(cat->specs[i]);
	for (i = 0; i < cat->nsrcs; i++)
		src_free(cat->srcs[i]);
	for (i = 0; i < cat->nplatforms; i++)
		platform_free(&cat->platforms[i]);
	for (i = 0; i < cat->nrules; i++)
		rule_free(&cat->rules[i]);
	free(cat->rules);
	free(cat->platforms);
	free(cat->specs);
	free(cat->srcs);
	free(cat->def);
	free(cat->base);
	free(cat->order);
	free(cat->cell_platform);
	for (i = 0; cat->prices && i < cat->ncells; i++) {
		free(cat->prices[i]);
		cellspec_free(cat->missing[i]);
	}
	free(cat->prices);
	free(cat->missing);
	for (i = 0; i < cat->nsheets; i++)
		sheet_free(cat->sheets[i]);
	free(cat->sheets);
	regions_free(cat->regions);
	sources_free(cat);
	free(cat->datadir);
	free(cat->today);
	idx_free(cat->idx);
	free(cat);
}

/*
 * Warn about every price not read from its source ("read": false), and
 * every price whose as_of date is more than stale_days before today
 * (cat->today, YYYY-MM-DD). check --strict makes them errors.
 */
void
catalog_check_stale(const struct catalog *cat, struct diags *d)
{
	size_t i;
	long today;

	for (i = 0; i < cat->nspecs; i++) {
		const struct cellspec *s = cat->specs[i];

		if (s->layer == LAYER_PRICING && s->unread)
			diag_at(d, DIAG_WARNING, s->src, s->jpath, -1, s->name,
			    "price was not read from its source (\"read\": false): confirm it %s%s%s, "
			    "then give the date read as \"as_of\"", s->url ? "at " : "against its source (",
			    s->url ? s->url : s->source ? s->source : "none given", s->url ? "" : ")");
	}
	if (cat->today == NULL || !date_valid(cat->today))
		return;
	today = date_days(cat->today);
	for (i = 0; i < cat->nspecs; i++) {
		const struct cellspec *s = cat->specs[i];
		long age;

		if (s->layer != LAYER_PRICING || s->as_of == NULL)
			continue;
		age = today - date_days(s->as_of);
		if (age > cat->stale_days)
			diag_at(d, DIAG_WARNING, s->src, s->jpath, -1, s->name,
			    "price is %ld days old (as of %s; stale after %d days): re-check %s",
			    age, s->as_of, cat->stale_days,
			    s->url ? s->url : s->source ? s->source : "its source");
	}
}
