/*
 * prices.c -- runsheet prices import: a vendor's own price list becomes a
 * pricing sheet for one region.
 *
 * Four formats, read as the vendors publish them:
 *
 *   aws      Price List bulk offer files (JSON): "products" (sku ->
 *            productFamily and attributes) joined with "terms"."OnDemand"
 *            (sku -> offer terms -> priceDimensions with unit, beginRange,
 *            endRange, pricePerUnit.USD). Streamed (jstream.c): only the
 *            products a map term matches and their terms are kept, so an
 *            offer file of hundreds of megabytes is read in bounded memory.
 *   azure    Retail Prices API responses ("Items", page by page): one item
 *            per meter and tier (tierMinimumUnits, retailPrice).
 *   gcp      Cloud Billing Catalog SKU lists ("skus": description,
 *            category, serviceRegions, pricingInfo[0].pricingExpression with
 *            usageUnit and tieredRates of unitPrice {units, nanos}).
 *   hetzner  the Cloud API's /v1/pricing response (server types and load
 *            balancer types per location, volumes; net and gross).
 *
 * Which SKU feeds which cell is data, models/pricing/map/<vendor>.json
 * (plus any --map file): for each price cell one or more terms, each a
 * match on the vendor's identifiers, the unit the vendor bills in and the
 * factor to the model's unit, and which tier to take. The sum over terms
 * of price x factor is the cell's value (an e2-standard-4 is 4 cores and
 * 16 GiB). Every vendor unit is compared with the term's; a different one
 * is an error naming the SKU and both units. Two SKUs for one term are an
 * error listing them; none is a cell left out of the sheet and listed at
 * the end, so under --pricing the bundled value shows through.
 *
 * The reader of each format turns what it reads into records (one SKU,
 * meter or price with its fields, unit, tiers, date, URL and place in the
 * file); matching and the sheet are shared.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <jansson.h>
#include <zlib.h>

#include "runsheet.h"
#include "jsonw.h"
#include "jstream.h"
#include "prices.h"

enum vendor {
	V_AWS,
	V_AZURE,
	V_GCP,
	V_HETZNER,
	V__MAX
};

static const char *const vendor_ids[V__MAX] = {"aws", "azure", "gcp", "hetzner"};
/* What a file of each format is, with its article. */
static const char *const vendor_files[V__MAX] = {
	"an AWS Price List offer file", "an Azure Retail Prices API response",
	"a Google Cloud Billing Catalog SKU list", "a Hetzner Cloud API /v1/pricing response"};
static const char *const vendor_lists[V__MAX] = {
	"AWS Price List", "Azure Retail Prices API", "Google Cloud Billing Catalog",
	"Hetzner Cloud API /v1/pricing"};

enum tier_rule {
	TIER_ONLY,  /* the SKU must have one tier */
	TIER_PAID,  /* the first tier with a price above zero */
	TIER_AT     /* the tier a quantity falls in */
};

/* One tier of a SKU: usage from start (inclusive) to end (exclusive). */
struct tier {
	double start, end;
	double price;          /* per vendor unit */
};

/* A SKU, meter or price one term of the map matched. */
struct hit {
	char *id;              /* SKU / meter id / "cax31@fsn1" */
	char *what;            /* its usagetype, meter or description, for people */
	char *unit;            /* the vendor's unit */
	char *currency;
	char *region;          /* the region code it is for, "" if every region */
	char *as_of;           /* YYYY-MM-DD, or NULL */
	char *url;
	char *file;            /* where it was found, and its source text */
	char *source;
	int line, col;
	struct tier *tiers;
	size_t ntiers, tcap;
};

struct term {
	json_t *match;         /* field -> pattern(s); borrowed from the map */
	char **offers;         /* aws: offer codes; gcp: service names; NULL: any */
	size_t noffers;
	char *region_attr;     /* aws: the attribute with the region code */
	bool any_region;       /* match SKUs of any region (global SKUs) */
	char *unit;            /* the unit the vendor must bill in */
	double factor;         /* vendor price x factor = the model's price */
	enum tier_rule tier;
	double at;             /* TIER_AT: the quantity, in vendor units */
	bool free;             /* take the free allowance, not a price */
	struct hit *hits;
	size_t nhits, cap;
};

struct entry {
	char *cell;            /* the price cell */
	const struct cellspec *base; /* its bundled definition (unit, description) */
	char *why;             /* the map's reasoning, or NULL */
	const struct src *src; /* the map file */
	char *jpath;
	struct term *terms;
	size_t nterms;
};

struct import {
	enum vendor v;
	const struct catalog *cat;
	struct entry *e;
	size_t ne, ecap;
	char **unmapped;       /* cells the map says it cannot import, and why */
	size_t nunmapped;
	const char *region;    /* --region, or NULL until inferred */
	char *as_of_flag;      /* --as-of */
	char **files;          /* read, for the note */
	size_t nfiles;
	char **described;      /* one line per file read */
	size_t ndescribed;
	struct diags *d;
	/* the file being read */
	const char *file;
	char *offer;           /* aws: offerCode */
	char *pubdate;         /* aws: publicationDate */
	char *file_date;       /* hetzner: the file's date */
	char *currency;        /* hetzner: the response's currency */
	size_t nrecords;       /* records read from the file */
	struct src **srcs;     /* the maps read, owned */
	size_t nsrcs;
};

/* --- small helpers ----------------------------------------------------------- */

/* Whether s matches glob p ("*" any run, anything else literally). */
static bool
glob_match(const char *p, const char *s)
{
	const char *star = NULL, *ss = NULL;

	while (*s) {
		if (*p == '*') {
			star = p++;
			ss = s;
		} else if (*p == *s) {
			p++;
			s++;
		} else if (star) {
			p = star + 1;
			s = ++ss;
		} else {
			return false;
		}
	}
	while (*p == '*')
		p++;
	return *p == '\0';
}

/* Whether s meets one pattern: a glob, or "!glob" for "does not match". */
static bool
pattern_ok(const char *pat, const char *s)
{
	if (pat[0] == '!')
		return s == NULL || !glob_match(pat + 1, s);
	return s != NULL && glob_match(pat, s);
}

/* The last part of a path. Borrowed. */
static const char *
base_name(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

/* The text of a JSON scalar (numbers shortest, booleans true/false); NULL otherwise. */
static const char *
scalar_text(json_t *v, char *tmp, size_t n)
{
	if (json_is_string(v))
		return json_string_value(v);
	if (json_is_number(v)) {
		num_shortest(tmp, n, json_number_value(v));
		return tmp;
	}
	if (json_is_boolean(v))
		return json_is_true(v) ? "true" : "false";
	return NULL;
}

/* A YYYY-MM-DD prefix of an RFC 3339 time, or NULL. Caller frees. */
static char *
date_of(const char *t)
{
	char d[11];

	if (t == NULL || strlen(t) < 10)
		return NULL;
	memcpy(d, t, 10);
	d[10] = '\0';
	return date_valid(d) ? xstrdup(d) : NULL;
}

static void
hit_free(struct hit *h)
{
	free(h->id);
	free(h->what);
	free(h->unit);
	free(h->currency);
	free(h->region);
	free(h->as_of);
	free(h->url);
	free(h->file);
	free(h->source);
	free(h->tiers);
}

/* --- the map ------------------------------------------------------------------ */

/* The line and column of entry e in its map file. */
static int
map_line(const struct entry *e)
{
	int line = 0, col = 0;

	jsonpos_locate(e->src->text, e->src->len, e->jpath, -1, &line, &col);
	return line;
}

static int
map_col(const struct entry *e)
{
	int line = 0, col = 0;

	jsonpos_locate(e->src->text, e->src->len, e->jpath, -1, &line, &col);
	return col;
}

static bool
map_texts(const struct src *src, const char *jp, json_t *v, char ***out, size_t *n,
    struct diags *d)
{
	size_t i;
	json_t *e;

	if (v == NULL)
		return true;
	if (json_is_string(v)) {
		*out = xcalloc(2, sizeof(**out));
		(*out)[(*n)++] = xstrdup(json_string_value(v));
		return true;
	}
	if (!json_is_array(v) || json_array_size(v) == 0) {
		diag_at(d, DIAG_ERROR, src, jp, -1, NULL, "expected text or a list of texts");
		return false;
	}
	*out = xcalloc(json_array_size(v) + 1, sizeof(**out));
	json_array_foreach(v, i, e) {
		if (!json_is_string(e)) {
			diag_at(d, DIAG_ERROR, src, jp, -1, NULL, "expected a list of texts");
			return false;
		}
		(*out)[(*n)++] = xstrdup(json_string_value(e));
	}
	return true;
}

/* Read one term of a map entry (an object at jp). */
static bool
map_term(const struct src *src, const char *jp, json_t *o, struct term *t, struct diags *d)
{
	static const char *const keys[] = {"offer", "service", "match", "unit", "factor", "tier",
		"take", "region_attribute", "any_region", "terms", "why", NULL};
	const char *k;
	json_t *v;
	char *p;
	bool ok = true;
	size_t i;

	memset(t, 0, sizeof(*t));
	t->factor = 1;
	json_object_foreach(o, k, v) {
		for (i = 0; keys[i]; i++)
			if (strcmp(keys[i], k) == 0)
				break;
		if (keys[i] == NULL) {
			p = jpath_append(jp, k);
			diag_at(d, DIAG_ERROR, src, p, -1, NULL, "unknown key \"%s\" (offer, service, "
			    "match, unit, factor, tier, take, region_attribute, any_region, terms, why)",
			    k);
			free(p);
			ok = false;
		}
	}
	p = jpath_append(jp, json_object_get(o, "offer") ? "offer" : "service");
	if (!map_texts(src, p, json_object_get(o, "offer") ? json_object_get(o, "offer") :
	    json_object_get(o, "service"), &t->offers, &t->noffers, d))
		ok = false;
	free(p);
	t->match = json_object_get(o, "match");
	if (!json_is_object(t->match) || json_object_size(t->match) == 0) {
		diag_at(d, DIAG_ERROR, src, jp, -1, NULL, "a term needs \"match\": the vendor's "
		    "identifiers (field -> pattern, or a list of patterns; \"*\" matches any "
		    "text, a leading \"!\" negates)");
		ok = false;
	} else {
		json_object_foreach(t->match, k, v) {
			size_t j;
			json_t *e;

			if (json_is_string(v))
				continue;
			if (json_is_array(v) && json_array_size(v) > 0) {
				json_array_foreach(v, j, e)
					if (!json_is_string(e))
						break;
				if (j == json_array_size(v))
					continue;
			}
			p = jpath_append(jp, "match");
			diag_at(d, DIAG_ERROR, src, p, -1, NULL,
			    "\"%s\": a pattern is text, or a list of patterns that must all hold", k);
			free(p);
			ok = false;
		}
	}
	v = json_object_get(o, "unit");
	if (!json_is_string(v)) {
		diag_at(d, DIAG_ERROR, src, jp, -1, NULL, "a term needs \"unit\": the unit the vendor "
		    "bills the SKU in, exactly as the price list writes it");
		ok = false;
	} else {
		t->unit = xstrdup(json_string_value(v));
	}
	v = json_object_get(o, "factor");
	if (v && (!json_is_number(v) || !(json_number_value(v) > 0) ||
	    !isfinite(json_number_value(v)))) {
		p = jpath_append(jp, "factor");
		diag_at(d, DIAG_ERROR, src, p, -1, NULL, "\"factor\" is a number above 0: vendor "
		    "price x factor = the model's price");
		free(p);
		ok = false;
	} else if (v) {
		t->factor = json_number_value(v);
	}
	v = json_object_get(o, "tier");
	t->tier = TIER_ONLY;
	if (json_is_string(v) && strcmp(json_string_value(v), "paid") == 0)
		t->tier = TIER_PAID;
	else if (json_is_string(v) && strcmp(json_string_value(v), "only") == 0)
		t->tier = TIER_ONLY;
	else if (json_is_object(v) && json_is_number(json_object_get(v, "at")) &&
	    json_object_size(v) == 1) {
		t->tier = TIER_AT;
		t->at = json_number_value(json_object_get(v, "at"));
	} else if (v) {
		p = jpath_append(jp, "tier");
		diag_at(d, DIAG_ERROR, src, p, -1, NULL, "\"tier\" is \"only\" (one tier), \"paid\" "
		    "(the first tier above zero) or {\"at\": QUANTITY} (the tier it falls in)");
		free(p);
		ok = false;
	}
	v = json_object_get(o, "take");
	if (json_is_string(v) && strcmp(json_string_value(v), "free_allowance") == 0)
		t->free = true;
	else if (v && !(json_is_string(v) && strcmp(json_string_value(v), "price") == 0)) {
		p = jpath_append(jp, "take");
		diag_at(d, DIAG_ERROR, src, p, -1, NULL, "\"take\" is \"price\" or "
		    "\"free_allowance\" (where the first paid tier starts)");
		free(p);
		ok = false;
	}
	v = json_object_get(o, "region_attribute");
	t->region_attr = xstrdup(json_is_string(v) ? json_string_value(v) : "regionCode");
	t->any_region = json_is_true(json_object_get(o, "any_region"));
	return ok;
}

static void
term_free(struct term *t)
{
	size_t i;

	strv_free(t->offers, t->noffers);
	free(t->region_attr);
	free(t->unit);
	for (i = 0; i < t->nhits; i++)
		hit_free(&t->hits[i]);
	free(t->hits);
}

/* Read a map file into im (its entries replace earlier ones for the same cell). */
static bool
map_load(struct import *im, const char *path, const char *display)
{
	static const char *const top[] = {"$schema", "kind", "provider", "title", "note", "prices",
		"not_mapped", "service_ids", NULL};
	struct src *src = src_load(path, display, im->d);
	struct diags *d = im->d;
	json_t *root, *prices, *v, *nm;
	const char *k;
	bool ok = true;
	size_t i;

	if (src == NULL)
		return false;
	/* the entries point into the map: it lives as long as the import */
	im->srcs = xreallocarray(im->srcs, im->nsrcs + 1, sizeof(*im->srcs));
	im->srcs[im->nsrcs++] = src;
	root = src->root;
	v = json_object_get(root, "kind");
	if (!json_is_string(v) || strcmp(json_string_value(v), "price-map") != 0) {
		diag_at(d, DIAG_ERROR, src, v ? "/kind" : "", -1, NULL,
		    "expected \"kind\": \"price-map\"");
		return false;
	}
	v = json_object_get(root, "provider");
	if (!json_is_string(v) || strcmp(json_string_value(v), vendor_ids[im->v]) != 0) {
		diag_at(d, DIAG_ERROR, src, v ? "/provider" : "", -1, NULL,
		    "this map is for \"%s\", not for %s", json_is_string(v) ? json_string_value(v) :
		    "?", vendor_ids[im->v]);
		return false;
	}
	json_object_foreach(root, k, v) {
		for (i = 0; top[i]; i++)
			if (strcmp(top[i], k) == 0)
				break;
		if (top[i] == NULL) {
			char *p = jpath_append("", k);

			diag_at(d, DIAG_ERROR, src, p, -1, NULL, "unknown key \"%s\" (provider, title, "
			    "note, prices, not_mapped, service_ids)", k);
			free(p);
			ok = false;
		}
	}
	prices = json_object_get(root, "prices");
	if (!json_is_object(prices)) {
		diag_at(d, DIAG_ERROR, src, "", -1, NULL, "a map needs \"prices\": cell -> the "
		    "vendor's SKU");
		return false;
	}
	json_object_foreach(prices, k, v) {
		char *jp = jpath_append("/prices", k);
		int c = catalog_find(im->cat, k);
		struct entry e;
		json_t *terms = json_object_get(v, "terms"), *tv;
		size_t j, n;

		memset(&e, 0, sizeof(e));
		e.src = src;
		e.jpath = jp;
		if (c < 0 || im->cat->base[c]->layer != LAYER_PRICING) {
			const char *near = catalog_suggest(im->cat, k);

			diag_at(d, DIAG_ERROR, src, jp, -1, NULL, "\"%s\" is not a price cell of the "
			    "model%s%s%s", k, near ? " (did you mean \"" : "", near ? near : "",
			    near ? "\"?)" : "");
			free(jp);
			ok = false;
			continue;
		}
		e.cell = xstrdup(im->cat->base[c]->name);
		e.base = im->cat->base[c];
		if (!json_is_object(v)) {
			diag_at(d, DIAG_ERROR, src, jp, -1, NULL, "a map entry is an object");
			ok = false;
			free(e.cell);
			free(jp);
			continue;
		}
		e.why = json_is_string(json_object_get(v, "why")) ?
		    xstrdup(json_string_value(json_object_get(v, "why"))) : NULL;
		n = terms ? (json_is_array(terms) ? json_array_size(terms) : 0) : 1;
		if (terms && n == 0) {
			diag_at(d, DIAG_ERROR, src, jp, -1, NULL, "\"terms\" is a list of terms");
			ok = false;
		}
		e.terms = xcalloc(n + 1, sizeof(*e.terms));
		for (j = 0; j < n; j++) {
			char *tp = terms ? jpath_index(jp, j) : xstrdup(jp);

			tv = terms ? json_array_get(terms, j) : v;
			if (!json_is_object(tv) || !map_term(src, tp, tv, &e.terms[e.nterms++], d))
				ok = false;
			free(tp);
		}
		/* a later map's entry replaces an earlier one for the same cell */
		for (j = 0; j < im->ne; j++)
			if (strcmp(im->e[j].cell, e.cell) == 0)
				break;
		if (j < im->ne) {
			size_t q;

			for (q = 0; q < im->e[j].nterms; q++)
				term_free(&im->e[j].terms[q]);
			free(im->e[j].terms);
			free(im->e[j].cell);
			free(im->e[j].why);
			free(im->e[j].jpath);
			im->e[j] = e;
		} else {
			GROW(im->e, im->ne, im->ecap);
			im->e[im->ne++] = e;
		}
	}
	nm = json_object_get(root, "not_mapped");
	json_object_foreach(nm, k, v) {
		im->unmapped = xreallocarray(im->unmapped, im->nunmapped + 1, sizeof(char *));
		im->unmapped[im->nunmapped++] = xasprintf("%s: %s", k, json_is_string(v) ?
		    json_string_value(v) : "");
	}
	return ok;
}

/* --- records, and matching them -------------------------------------------------- */

/* A record of the file being read: one SKU, meter or price. */
struct record {
	json_t *obj;           /* the vendor's object for it */
	json_t *attrs;         /* aws: product attributes; NULL elsewhere */
	const char *id;
	const char *what;
	const char *unit;
	const char *currency;
	const char *offer;     /* aws: offer code; gcp: service; azure: serviceName */
	const char *region;    /* the region it prices, or "" for every region */
	json_t *regions;       /* gcp: serviceRegions (an array), else NULL */
	char *as_of;           /* owned */
	const char *url;
	int line, col;
	struct tier *tiers;    /* owned */
	size_t ntiers;
	/* hetzner: synthetic fields */
	const char *kind, *name, *which;
};

/* The value of field key of record r, as text, or NULL. */
static const char *
record_field(const struct import *im, const struct record *r, const char *key, char *tmp,
    size_t n)
{
	json_t *v;

	switch (im->v) {
	case V_AWS:
		if (strcmp(key, "sku") == 0)
			return r->id;
		if (strcmp(key, "productFamily") == 0)
			return scalar_text(json_object_get(r->obj, "productFamily"), tmp, n);
		return scalar_text(json_object_get(r->attrs, key), tmp, n);
	case V_AZURE:
		return scalar_text(json_object_get(r->obj, key), tmp, n);
	case V_GCP: {
		const char *dot;

		/* dotted keys reach inside: category.usageType */
		v = r->obj;
		while ((dot = strchr(key, '.')) != NULL && v) {
			char part[64];

			snprintf(part, sizeof(part), "%.*s", (int)(dot - key), key);
			v = json_object_get(v, part);
			key = dot + 1;
		}
		return v ? scalar_text(json_object_get(v, key), tmp, n) : NULL;
	}
	case V_HETZNER:
		if (strcmp(key, "kind") == 0)
			return r->kind;
		if (strcmp(key, "name") == 0)
			return r->name;
		if (strcmp(key, "price") == 0)
			return r->which;
		if (strcmp(key, "location") == 0)
			return r->region;
		return NULL;
	default:
		return NULL;
	}
}

/* Whether record r is for region code (or --region is not known yet). */
static bool
record_in_region(const struct import *im, const struct record *r, const struct term *t)
{
	const char *want = im->region;
	size_t i;
	json_t *e;

	if (want == NULL || t->any_region || r->region == NULL || r->region[0] == '\0')
		return true;
	if (im->v == V_GCP && r->regions) {
		json_array_foreach(r->regions, i, e)
			if (json_is_string(e) && strcmp(json_string_value(e), want) == 0)
				return true;
		return false;
	}
	return strcmp(r->region, want) == 0;
}

static bool
term_matches(const struct import *im, const struct term *t, const struct record *r)
{
	const char *k;
	json_t *pats, *p;
	char tmp[64];
	size_t i;

	if (t->noffers) {
		for (i = 0; i < t->noffers; i++)
			if (r->offer && strcmp(t->offers[i], r->offer) == 0)
				break;
		if (i == t->noffers)
			return false;
	}
	json_object_foreach(t->match, k, pats) {
		const char *val = record_field(im, r, k, tmp, sizeof(tmp));

		if (json_is_string(pats)) {
			if (!pattern_ok(json_string_value(pats), val))
				return false;
			continue;
		}
		json_array_foreach(pats, i, p)
			if (!pattern_ok(json_string_value(p), val))
				return false;
	}
	return record_in_region(im, r, t);
}

static int
cmp_tier(const void *a, const void *b)
{
	const struct tier *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

/* The region a record is for, as the hit keeps it (GCP: the one asked for). */
static const char *
record_region(const struct import *im, const struct record *r)
{
	if (im->v == V_GCP && r->regions) {
		size_t i;
		json_t *e;

		if (im->region) {
			json_array_foreach(r->regions, i, e)
				if (json_is_string(e) && strcmp(json_string_value(e), im->region) == 0)
					return im->region;
		}
		e = json_array_get(r->regions, 0);
		return json_is_string(e) && json_array_size(r->regions) == 1 ?
		    json_string_value(e) : "";
	}
	return r->region ? r->region : "";
}

/* Offer record r to every term; keep what matches. Returns whether any did. */
static bool
offer_record(struct import *im, const struct record *r, const char *source)
{
	size_t i, j, k;
	bool any = false;

	for (i = 0; i < im->ne; i++)
		for (j = 0; j < im->e[i].nterms; j++) {
			struct term *t = &im->e[i].terms[j];
			struct hit *h = NULL;
			const char *reg;

			if (!term_matches(im, t, r))
				continue;
			any = true;
			reg = record_region(im, r);
			/* Azure gives one item per tier of a meter: gather them */
			for (k = 0; k < t->nhits; k++)
				if (strcmp(t->hits[k].id, r->id) == 0 &&
				    strcmp(t->hits[k].region, reg) == 0)
					h = &t->hits[k];
			if (h == NULL) {
				GROW(t->hits, t->nhits, t->cap);
				h = &t->hits[t->nhits++];
				memset(h, 0, sizeof(*h));
				h->id = xstrdup(r->id);
				h->what = xstrdup(r->what ? r->what : "");
				h->unit = xstrdup(r->unit ? r->unit : "");
				h->currency = xstrdup(r->currency ? r->currency : "");
				h->region = xstrdup(reg);
				h->as_of = r->as_of ? xstrdup(r->as_of) : NULL;
				h->url = xstrdup(r->url ? r->url : "");
				h->file = xstrdup(im->file);
				h->source = xstrdup(source);
				h->line = r->line;
				h->col = r->col;
			} else if (h->unit[0] == '\0' && r->unit) {
				free(h->unit);
				h->unit = xstrdup(r->unit);
			}
			for (k = 0; k < r->ntiers; k++) {
				size_t q;

				/* the same tier read twice (a page saved twice) is one tier */
				for (q = 0; q < h->ntiers; q++)
					if (h->tiers[q].start == r->tiers[k].start &&
					    h->tiers[q].price == r->tiers[k].price)
						break;
				if (q < h->ntiers)
					continue;
				GROW(h->tiers, h->ntiers, h->tcap);
				h->tiers[h->ntiers++] = r->tiers[k];
			}
			xqsort(h->tiers, h->ntiers, sizeof(*h->tiers), cmp_tier);
		}
	return any;
}

/* --- the vendors' formats ---------------------------------------------------------- */

/* Record the one-line description of a file read. */
static void
describe_file(struct import *im, const char *fmt, ...) PRINTF_LIKE(2, 3);

static void
describe_file(struct import *im, const char *fmt, ...)
{
	va_list ap;
	struct buf b = {0};

	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	im->described = xreallocarray(im->described, im->ndescribed + 1, sizeof(char *));
	im->described[im->ndescribed++] = buf_detach(&b);
}

/*
 * Whether the file at path (plain or gzip) starts as JSON. If not, records
 * what it looks like instead, naming neither its bytes nor its words: a
 * FOCUS billing export, the CSV form of an AWS offer, other CSV or text,
 * UTF-16. A JSON file of another vendor is told apart later, by its keys
 * (wrong_format).
 */
static bool
starts_as_json(struct import *im)
{
	gzFile gz = gzopen(im->file, "rb");
	char head[4096];
	int n = gz ? gzread(gz, head, sizeof(head) - 1) : -1, i = 0;
	const char *what = NULL, *nl;

	if (gz)
		gzclose(gz);
	if (n <= 0)
		return true; /* unreadable or empty: the reader says so */
	head[n] = '\0';
	if (n >= 3 && memcmp(head, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < n && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
		i++;
	if (head[i] == '{' || head[i] == '[')
		return true;
	nl = strchr(head + i, '\n');
	if (nl == NULL)
		nl = head + n;
	if (n >= 2 && (((unsigned char)head[0] == 0xFF && (unsigned char)head[1] == 0xFE) ||
	    ((unsigned char)head[0] == 0xFE && (unsigned char)head[1] == 0xFF) ||
	    (n >= 4 && head[1] == '\0' && head[3] == '\0')))
		what = "a UTF-16 text file (what PowerShell's > writes), not UTF-8 JSON: save it as "
		    "UTF-8";
	else if (strstr(head + i, "BilledCost") && strstr(head + i, "BillingPeriodStart") &&
	    strstr(head + i, "BilledCost") < nl)
		what = "a FOCUS billing export (CSV), not a price list: runsheet import focus reads "
		    "it";
	else if (str_has_prefix(head + i, "\"FormatVersion\"") ||
	    str_has_prefix(head + i, "FormatVersion"))
		what = "the CSV form of an AWS Price List offer: download the JSON one "
		    "(.../offers/v1.0/aws/OFFER/current/REGION/index.json)";
	else if (memchr(head + i, ',', (size_t)(nl - (head + i))))
		what = "CSV, not a vendor's JSON price list";
	else
		what = "not JSON, so not a vendor's price list";
	diag_add(im->d, DIAG_ERROR, im->file, 1, 1, NULL, NULL, "not %s: the file is %s",
	    vendor_files[im->v], what);
	return false;
}

/* "not an X file" with a guess at what it is instead, at line:col. */
static void
wrong_format(struct import *im, int line, int col, const char *key)
{
	static const struct {
		const char *key;
		enum vendor v;
	} sig[] = {{"products", V_AWS}, {"offerCode", V_AWS}, {"terms", V_AWS}, {"Items", V_AZURE},
		{"BillingCurrency", V_AZURE}, {"skus", V_GCP}, {"pricing", V_HETZNER}};
	size_t i;

	for (i = 0; key && i < sizeof(sig) / sizeof(sig[0]); i++)
		if (strcmp(sig[i].key, key) == 0 && sig[i].v != im->v) {
			diag_add(im->d, DIAG_ERROR, im->file, line, col, NULL, NULL,
			    "not %s: \"%s\" is a key of %s; use runsheet prices import %s",
			    vendor_files[im->v], key, vendor_files[sig[i].v], vendor_ids[sig[i].v]);
			return;
		}
	diag_add(im->d, DIAG_ERROR, im->file, line, col, NULL, NULL, "not %s%s%s%s",
	    vendor_files[im->v], key ? ": unexpected \"" : "", key ? key : "", key ? "\"" : "");
}

static void
stream_error(struct import *im, struct jstream *js)
{
	diag_add(im->d, DIAG_ERROR, im->file, js_line(js), js_col(js), NULL, NULL, "%s",
	    js_error(js)[0] ? js_error(js) : "unexpected end of file");
}

/* A string member of o, or NULL. */
static const char *
str_of(json_t *o, const char *k)
{
	json_t *v = json_object_get(o, k);

	return json_is_string(v) ? json_string_value(v) : NULL;
}

/*
 * AWS: one product kept per SKU a term matched (with the terms it
 * matched, re-offered once its prices are read).
 */
struct awsprod {
	char *sku;
	json_t *product;
	int line, col;
};

/* The price dimensions of an OnDemand term object of sku: its tiers in USD. */
static bool
aws_tiers(struct import *im, json_t *terms, const char *sku, struct record *r, int line,
    int col)
{
	const char *otc;
	json_t *term, *dims, *dim;

	json_object_foreach(terms, otc, term) {
		const char *rc;

		dims = json_object_get(term, "priceDimensions");
		if (!json_is_object(dims)) {
			diag_add(im->d, DIAG_ERROR, im->file, line, col, NULL, NULL,
			    "SKU %s: an OnDemand term without \"priceDimensions\"", sku);
			return false;
		}
		if (r->as_of == NULL)
			r->as_of = date_of(str_of(term, "effectiveDate"));
		json_object_foreach(dims, rc, dim) {
			json_t *ppu = json_object_get(dim, "pricePerUnit");
			const char *usd = str_of(ppu, "USD"), *b = str_of(dim, "beginRange");
			const char *e = str_of(dim, "endRange");
			struct tier t;
			char *end;

			if (usd == NULL) {
				diag_add(im->d, DIAG_ERROR, im->file, line, col, NULL, NULL,
				    "SKU %s: rate %s has no pricePerUnit.USD", sku, rc);
				return false;
			}
			t.price = strtod(usd, &end);
			if (*end != '\0' || end == usd) {
				diag_add(im->d, DIAG_ERROR, im->file, line, col, NULL, NULL,
				    "SKU %s: rate %s: pricePerUnit.USD \"%s\" is not a number", sku, rc,
				    usd);
				return false;
			}
			t.start = b ? strtod(b, NULL) : 0;
			t.end = e == NULL || strcmp(e, "Inf") == 0 ? INFINITY : strtod(e, NULL);
			r->tiers = xreallocarray(r->tiers, r->ntiers + 1, sizeof(*r->tiers));
			r->tiers[r->ntiers++] = t;
			if (r->unit == NULL)
				r->unit = str_of(dim, "unit");
		}
	}
	return true;
}

static bool
read_aws(struct import *im)
{
	struct jstream *js = js_open(im->file);
	struct awsprod *kept = NULL;
	size_t nkept = 0, cap = 0, i, nproducts = 0;
	enum jtok t;
	bool ok = false, seen_products = false, seen_terms = false;
	int first_line = 1, first_col = 1;
	char *first_key = NULL, *key = NULL;

	if (js == NULL) {
		diag_add(im->d, DIAG_ERROR, im->file, 0, 0, NULL, NULL, "cannot read: %s",
		    strerror(errno));
		return false;
	}
	if ((t = js_next(js)) != JT_OBJ) {
		if (t == JT_ERROR)
			stream_error(im, js);
		else
			wrong_format(im, js_line(js), js_col(js), NULL);
		goto out;
	}
	while ((t = js_next(js)) == JT_KEY) {
		int kl = js_line(js), kc = js_col(js);

		free(key);
		key = xstrdup(js_text(js));

		t = js_next(js);
		if (first_key == NULL) {
			first_key = xstrdup(key);
			first_line = kl;
			first_col = kc;
		}
		if ((strcmp(key, "offerCode") == 0 || strcmp(key, "publicationDate") == 0) &&
		    t == JT_STR) {
			char **dst = key[0] == 'o' ? &im->offer : &im->pubdate;

			free(*dst);
			*dst = xstrdup(js_text(js));
		} else if (strcmp(key, "products") == 0 && t == JT_OBJ) {
			seen_products = true;
			while ((t = js_next(js)) == JT_KEY) {
				char *sku = xstrdup(js_text(js));
				int pl = js_line(js), pc = js_col(js);
				json_t *prod;
				struct record r;

				t = js_next(js);
				if (t != JT_OBJ || (prod = js_tree(js, t)) == NULL) {
					if (t == JT_ERROR || js_error(js)[0])
						stream_error(im, js);
					else
						diag_add(im->d, DIAG_ERROR, im->file, pl, pc, NULL, NULL,
						    "product %s is not an object", sku);
					free(sku);
					goto out;
				}
				nproducts++;
				memset(&r, 0, sizeof(r));
				r.obj = prod;
				r.attrs = json_object_get(prod, "attributes");
				r.id = sku;
				r.offer = im->offer;
				r.region = NULL;
				{
					/* keep it if some term could match it, prices to come */
					size_t a, b;
					bool want = false;

					for (a = 0; a < im->ne && !want; a++)
						for (b = 0; b < im->e[a].nterms && !want; b++) {
							const struct term *tm = &im->e[a].terms[b];

							r.region = str_of(r.attrs, tm->region_attr);
							want = term_matches(im, tm, &r);
						}
					if (want) {
						GROW(kept, nkept, cap);
						kept[nkept].sku = sku;
						kept[nkept].product = prod;
						kept[nkept].line = pl;
						kept[nkept].col = pc;
						nkept++;
						continue;
					}
				}
				json_decref(prod);
				free(sku);
			}
			if (t != JT_OBJ_END) {
				stream_error(im, js);
				goto out;
			}
		} else if (strcmp(key, "terms") == 0 && t == JT_OBJ) {
			seen_terms = true;
			while ((t = js_next(js)) == JT_KEY) {
				bool ondemand = strcmp(js_text(js), "OnDemand") == 0;

				t = js_next(js);
				if (!ondemand || t != JT_OBJ) {
					if (!js_skip(js, t)) {
						stream_error(im, js);
						goto out;
					}
					continue;
				}
				while ((t = js_next(js)) == JT_KEY) {
					const char *sku = js_text(js);
					int tl = js_line(js), tc = js_col(js);
					size_t k;

					for (k = 0; k < nkept; k++)
						if (strcmp(kept[k].sku, sku) == 0)
							break;
					t = js_next(js);
					if (k == nkept) {
						if (!js_skip(js, t)) {
							stream_error(im, js);
							goto out;
						}
						continue;
					}
					{
						json_t *terms = t == JT_OBJ ? js_tree(js, t) : NULL;
						struct record r;
						struct buf src = {0};
						char *url = NULL;
						bool good;

						if (terms == NULL) {
							if (js_error(js)[0])
								stream_error(im, js);
							else
								diag_add(im->d, DIAG_ERROR, im->file, tl, tc,
								    NULL, NULL, "the terms of SKU %s are not "
								    "an object", kept[k].sku);
							goto out;
						}
						memset(&r, 0, sizeof(r));
						r.obj = kept[k].product;
						r.attrs = json_object_get(r.obj, "attributes");
						r.id = kept[k].sku;
						r.offer = im->offer;
						r.line = kept[k].line;
						r.col = kept[k].col;
						r.currency = "USD";
						r.what = str_of(r.attrs, "usagetype");
						if (r.what == NULL)
							r.what = str_of(r.obj, "productFamily");
						good = aws_tiers(im, terms, r.id, &r, tl, tc);
						free(r.as_of);
						r.as_of = date_of(im->pubdate);
						if (r.as_of == NULL)
							aws_tiers(im, terms, r.id, &r, tl, tc);
						buf_printf(&src, "%s, %s offer (%s), SKU %s%s%s",
						    vendor_lists[V_AWS], im->offer ? im->offer : "?",
						    base_name(im->file), r.id, r.what ? ", " : "",
						    r.what ? r.what : "");
						if (good) {
							/* the region as each term reads it */
							size_t a, b;

							for (a = 0; a < im->ne; a++)
								for (b = 0; b < im->e[a].nterms; b++) {
									struct term *tm = &im->e[a].terms[b];
									struct entry one = im->e[a];
									struct import sub = *im;

									r.region = str_of(r.attrs,
									    tm->region_attr);
									free(url);
									url = xasprintf("https://pricing.us-east-1."
									    "amazonaws.com/offers/v1.0/aws/%s/"
									    "current/%s/index.json", im->offer ?
									    im->offer : "?", im->region ?
									    im->region : r.region ? r.region :
									    "REGION");
									r.url = url;
									one.terms = tm;
									one.nterms = 1;
									sub.e = &one;
									sub.ne = 1;
									offer_record(&sub, &r, buf_str(&src));
								}
						}
						buf_free(&src);
						free(url);
						free(r.tiers);
						free(r.as_of);
						json_decref(terms);
						if (!good) {
							goto out;
						}
					}
				}
				if (t != JT_OBJ_END) {
					stream_error(im, js);
					goto out;
				}
			}
			if (t != JT_OBJ_END) {
				stream_error(im, js);
				goto out;
			}
		} else if (!js_skip(js, t)) {
			stream_error(im, js);
			goto out;
		}
	}
	if (t != JT_OBJ_END) {
		stream_error(im, js);
		goto out;
	}
	if ((t = js_next(js)) != JT_EOF) {
		stream_error(im, js);
		goto out;
	}
	if (!seen_products || !seen_terms || im->offer == NULL) {
		wrong_format(im, first_line, first_col, first_key);
		goto out;
	}
	im->nrecords = nproducts;
	describe_file(im, "%s: %s offer, published %s, %zu products (%zu kept), %llu bytes",
	    base_name(im->file), im->offer, im->pubdate ? im->pubdate : "?", nproducts, nkept,
	    js_bytes(js));
	ok = true;
out:
	for (i = 0; i < nkept; i++) {
		free(kept[i].sku);
		json_decref(kept[i].product);
	}
	free(kept);
	free(first_key);
	free(key);
	js_close(js);
	return ok;
}

/*
 * Read a document whose top level is an object with one array of records
 * (Azure "Items", GCP "skus"), offering each element to fn; other members
 * are kept in *top (caller frees) for the file's own fields.
 */
static bool
read_items(struct import *im, const char *arrkey, bool (*fn)(struct import *, json_t *, int, int),
    json_t **top)
{
	struct jstream *js = js_open(im->file);
	enum jtok t;
	bool ok = false, seen = false;
	int first_line = 1, first_col = 1;
	char *first_key = NULL;

	*top = json_object();
	if (js == NULL) {
		diag_add(im->d, DIAG_ERROR, im->file, 0, 0, NULL, NULL, "cannot read: %s",
		    strerror(errno));
		return false;
	}
	if ((t = js_next(js)) != JT_OBJ) {
		if (t == JT_ERROR)
			stream_error(im, js);
		else
			wrong_format(im, js_line(js), js_col(js), NULL);
		goto out;
	}
	while ((t = js_next(js)) == JT_KEY) {
		char *key = xstrdup(js_text(js));
		int kl = js_line(js), kc = js_col(js);

		if (first_key == NULL) {
			first_key = xstrdup(key);
			first_line = kl;
			first_col = kc;
		}
		t = js_next(js);
		if (strcmp(key, arrkey) == 0 && t == JT_ARR) {
			seen = true;
			while ((t = js_next(js)) != JT_ARR_END) {
				int il = js_line(js), ic = js_col(js);
				json_t *item;

				if (t != JT_OBJ || (item = js_tree(js, t)) == NULL) {
					if (js_error(js)[0] || t == JT_ERROR)
						stream_error(im, js);
					else
						diag_add(im->d, DIAG_ERROR, im->file, il, ic, NULL, NULL,
						    "an element of \"%s\" is not an object", arrkey);
					free(key);
					goto out;
				}
				im->nrecords++;
				if (!fn(im, item, il, ic)) {
					json_decref(item);
					free(key);
					goto out;
				}
				json_decref(item);
			}
		} else if (t == JT_STR || t == JT_NUM || t == JT_NULL || t == JT_TRUE ||
		    t == JT_FALSE) {
			json_object_set_new(*top, key, js_tree(js, t));
		} else if (!js_skip(js, t)) {
			stream_error(im, js);
			free(key);
			goto out;
		}
		free(key);
	}
	if (t != JT_OBJ_END || js_next(js) != JT_EOF) {
		stream_error(im, js);
		goto out;
	}
	if (!seen) {
		wrong_format(im, first_line, first_col, first_key);
		goto out;
	}
	ok = true;
out:
	free(first_key);
	js_close(js);
	return ok;
}

/* One Azure Retail Prices item: one tier of one meter. */
static bool
azure_item(struct import *im, json_t *it, int line, int col)
{
	struct record r;
	struct tier t;
	struct buf src = {0};
	char *url;
	json_t *price = json_object_get(it, "retailPrice");
	json_t *tmin = json_object_get(it, "tierMinimumUnits");
	const char *mid = str_of(it, "meterId");

	if (mid == NULL || !json_is_number(price)) {
		diag_add(im->d, DIAG_ERROR, im->file, line, col, NULL, NULL,
		    "an item without \"meterId\" or a numeric \"retailPrice\": not an Azure Retail "
		    "Prices item");
		return false;
	}
	/* the meter's duplicates for other regions are not its prices there */
	if (json_is_false(json_object_get(it, "isPrimaryMeterRegion")))
		return true;
	memset(&r, 0, sizeof(r));
	r.obj = it;
	r.id = mid;
	r.what = str_of(it, "meterName");
	r.unit = str_of(it, "unitOfMeasure");
	r.currency = str_of(it, "currencyCode");
	r.offer = str_of(it, "serviceName");
	r.region = str_of(it, "armRegionName");
	r.as_of = date_of(str_of(it, "effectiveStartDate"));
	r.line = line;
	r.col = col;
	t.price = json_number_value(price);
	t.start = json_is_number(tmin) ? json_number_value(tmin) : 0;
	t.end = INFINITY;
	r.tiers = &t;
	r.ntiers = 1;
	url = xasprintf("https://prices.azure.com/api/retail/prices?$filter=meterId%%20eq%%20'%s'",
	    mid);
	r.url = url;
	buf_printf(&src, "%s (%s), meterId %s, %s%s%s, %s", vendor_lists[V_AZURE],
	    base_name(im->file), mid,
	    r.offer ? r.offer : "", r.offer ? ": " : "", r.what ? r.what : "",
	    str_of(it, "productName") ? str_of(it, "productName") : "");
	offer_record(im, &r, buf_str(&src));
	buf_free(&src);
	free(url);
	free(r.as_of);
	return true;
}

/* A GCP Money {units, nanos} as a number. */
static double
gcp_money(json_t *m)
{
	json_t *u = json_object_get(m, "units"), *n = json_object_get(m, "nanos");
	double units = json_is_string(u) ? strtod(json_string_value(u), NULL) :
	    json_is_number(u) ? json_number_value(u) : 0;

	return units + (json_is_number(n) ? json_number_value(n) : 0) / 1e9;
}

/* One Cloud Billing Catalog SKU. */
static bool
gcp_sku(struct import *im, json_t *sku, int line, int col)
{
	json_t *pi = json_array_get(json_object_get(sku, "pricingInfo"), 0);
	json_t *px = json_object_get(pi, "pricingExpression"), *rates, *rate;
	const char *id = str_of(sku, "skuId"), *name = str_of(sku, "name");
	struct record r;
	struct buf src = {0};
	char *url, svc[64] = "";
	size_t i;

	if (id == NULL || !json_is_object(px)) {
		diag_add(im->d, DIAG_ERROR, im->file, line, col, NULL, NULL,
		    "a SKU without \"skuId\" or \"pricingInfo[0].pricingExpression\": not a Cloud "
		    "Billing Catalog SKU");
		return false;
	}
	memset(&r, 0, sizeof(r));
	r.obj = sku;
	r.id = id;
	r.what = str_of(sku, "description");
	r.unit = str_of(px, "usageUnit");
	r.offer = str_of(json_object_get(sku, "category"), "serviceDisplayName");
	r.regions = json_object_get(sku, "serviceRegions");
	r.region = json_is_array(r.regions) ? "?" : "";
	if (!json_is_array(r.regions))
		r.regions = NULL;
	r.as_of = date_of(str_of(pi, "effectiveTime"));
	r.line = line;
	r.col = col;
	rates = json_object_get(px, "tieredRates");
	if (!json_is_array(rates) || json_array_size(rates) == 0) {
		diag_add(im->d, DIAG_ERROR, im->file, line, col, NULL, NULL,
		    "SKU %s has no \"tieredRates\"", id);
		free(r.as_of);
		return false;
	}
	r.tiers = xcalloc(json_array_size(rates) + 1, sizeof(*r.tiers));
	json_array_foreach(rates, i, rate) {
		json_t *up = json_object_get(rate, "unitPrice");
		const char *cur = str_of(up, "currencyCode");

		if (cur && r.currency && strcmp(cur, r.currency) != 0) {
			diag_add(im->d, DIAG_ERROR, im->file, line, col, NULL, NULL,
			    "SKU %s mixes currencies (%s, %s)", id, r.currency, cur);
			free(r.tiers);
			free(r.as_of);
			return false;
		}
		r.currency = cur;
		r.tiers[r.ntiers].start = json_number_value(json_object_get(rate,
		    "startUsageAmount"));
		r.tiers[r.ntiers].end = INFINITY;
		r.tiers[r.ntiers].price = gcp_money(up);
		if (r.ntiers > 0)
			r.tiers[r.ntiers - 1].end = r.tiers[r.ntiers].start;
		r.ntiers++;
	}
	if (name && sscanf(name, "services/%63[^/]/", svc) != 1)
		svc[0] = '\0';
	url = xasprintf("https://cloudbilling.googleapis.com/v1/services/%s/skus?currencyCode=%s",
	    svc[0] ? svc : "SERVICE", r.currency ? r.currency : "USD");
	r.url = url;
	buf_printf(&src, "%s (%s), SKU %s, %s%s%s", vendor_lists[V_GCP], base_name(im->file), id,
	    r.offer ? r.offer : "", r.offer ? ": " : "", r.what ? r.what : "");
	offer_record(im, &r, buf_str(&src));
	buf_free(&src);
	free(url);
	free(r.tiers);
	free(r.as_of);
	return true;
}

/* A Hetzner price {"net": "...", "gross": "..."}: the net figure; NAN if absent. */
static double
hetzner_net(json_t *p)
{
	const char *net = str_of(p, "net");
	char *end;
	double v;

	if (net == NULL)
		return NAN;
	v = strtod(net, &end);
	return *end == '\0' && end != net ? v : NAN;
}

/* Offer one Hetzner price as a record. */
static bool
hetzner_price(struct import *im, const char *kind, const char *name, const char *which,
    const char *location, json_t *price, const char *unit)
{
	struct record r;
	struct tier t;
	struct buf src = {0}, id = {0};

	memset(&r, 0, sizeof(r));
	t.price = hetzner_net(price);
	if (isnan(t.price)) {
		diag_add(im->d, DIAG_ERROR, im->file, 0, 0, NULL, NULL,
		    "%s %s%s%s: the %s price has no numeric \"net\"", kind, name,
		    location[0] ? " at " : "", location, which);
		return false;
	}
	t.start = 0;
	t.end = INFINITY;
	buf_printf(&id, "%s%s%s%s/%s", kind, name[0] ? "/" : "", name,
	    location[0] ? "@" : "", location);
	buf_puts(&id, which);
	r.id = buf_str(&id);
	r.what = name[0] ? name : kind;
	r.kind = kind;
	r.name = name;
	r.which = which;
	r.region = location;
	r.unit = unit;
	r.currency = im->currency;
	r.as_of = im->file_date ? xstrdup(im->file_date) : NULL;
	r.url = "https://api.hetzner.cloud/v1/pricing";
	r.tiers = &t;
	r.ntiers = 1;
	buf_printf(&src, "%s (%s), %s %s%s%s, %s price net of VAT", vendor_lists[V_HETZNER],
	    base_name(im->file), kind, name, location[0] ? " at " : "", location, which);
	offer_record(im, &r, buf_str(&src));
	buf_free(&src);
	buf_free(&id);
	free(r.as_of);
	return true;
}

static bool
read_hetzner(struct import *im)
{
	struct jstream *js = js_open(im->file);
	json_t *root = NULL, *pr, *types, *ty, *p;
	const char *lists[2] = {"server_types", "load_balancer_types"};
	const char *kinds[2] = {"server_type", "load_balancer_type"};
	enum jtok t;
	size_t i, j, k;
	bool ok = false;
	struct stat st;

	if (js == NULL) {
		diag_add(im->d, DIAG_ERROR, im->file, 0, 0, NULL, NULL, "cannot read: %s",
		    strerror(errno));
		return false;
	}
	t = js_next(js);
	if (t != JT_OBJ || (root = js_tree(js, t)) == NULL) {
		if (t == JT_ERROR || js_error(js)[0])
			stream_error(im, js);
		else
			wrong_format(im, js_line(js), js_col(js), NULL);
		goto out;
	}
	if (js_next(js) != JT_EOF) {
		stream_error(im, js);
		goto out;
	}
	pr = json_object_get(root, "pricing");
	if (!json_is_object(pr)) {
		const char *k0;
		json_t *v0;
		const char *first = NULL;

		json_object_foreach(root, k0, v0) {
			(void)v0;
			first = k0;
			break;
		}
		wrong_format(im, 1, 1, first);
		goto out;
	}
	free(im->currency);
	im->currency = xstrdup(str_of(pr, "currency") ? str_of(pr, "currency") : "");
	if (im->as_of_flag)
		im->file_date = xstrdup(im->as_of_flag);
	else if (stat(im->file, &st) == 0) {
		struct tm tm;
		char d[16];

		gmtime_r(&st.st_mtime, &tm);
		strftime(d, sizeof(d), "%Y-%m-%d", &tm);
		im->file_date = xstrdup(d);
	}
	for (k = 0; k < 2; k++) {
		types = json_object_get(pr, lists[k]);
		json_array_foreach(types, i, ty) {
			const char *name = str_of(ty, "name");

			im->nrecords++;
			json_array_foreach(json_object_get(ty, "prices"), j, p) {
				const char *loc = str_of(p, "location");

				if (name == NULL || loc == NULL)
					continue;
				if (!hetzner_price(im, kinds[k], name, "monthly", loc,
				    json_object_get(p, "price_monthly"), "month") ||
				    !hetzner_price(im, kinds[k], name, "hourly", loc,
				    json_object_get(p, "price_hourly"), "hour"))
					goto out;
			}
		}
	}
	p = json_object_get(json_object_get(pr, "volume"), "price_per_gb_month");
	if (p && !hetzner_price(im, "volume", "", "monthly", "", p, "GB-month"))
		goto out;
	describe_file(im, "%s: Hetzner Cloud price list in %s, %zu server and load balancer "
	    "types, dated %s (%s)", base_name(im->file), im->currency, im->nrecords,
	    im->file_date ? im->file_date : "?", im->as_of_flag ? "--as-of" :
	    "the file's date: the response carries none");
	(void)0;
	ok = true;
out:
	json_decref(root);
	js_close(js);
	return ok;
}

/* --- choosing the price ------------------------------------------------------------- */

/* The tier of hit h term t asks for; NULL (reported) if there is none. */
static const struct tier *
pick_tier(struct import *im, const struct entry *e, const struct term *t, const struct hit *h)
{
	size_t i;

	if (h->ntiers == 0) {
		diag_add(im->d, DIAG_ERROR, h->file, h->line, h->col, NULL, NULL,
		    "%s: SKU %s (%s) has no price", e->cell, h->id, h->what);
		return NULL;
	}
	if (t->free || t->tier == TIER_PAID) {
		for (i = 0; i < h->ntiers; i++)
			if (h->tiers[i].price > 0)
				return &h->tiers[i];
		diag_add(im->d, DIAG_ERROR, h->file, h->line, h->col, NULL, NULL,
		    "%s: SKU %s (%s) has no tier above zero", e->cell, h->id, h->what);
		return NULL;
	}
	if (t->tier == TIER_AT) {
		for (i = 0; i < h->ntiers; i++) {
			double end = i + 1 < h->ntiers ? h->tiers[i + 1].start : h->tiers[i].end;

			if (t->at >= h->tiers[i].start && t->at < end)
				return &h->tiers[i];
		}
		diag_add(im->d, DIAG_ERROR, h->file, h->line, h->col, NULL, NULL,
		    "%s: no tier of SKU %s (%s) holds the quantity %g", e->cell, h->id, h->what,
		    t->at);
		return NULL;
	}
	if (h->ntiers > 1) {
		diag_add(im->d, DIAG_ERROR, h->file, h->line, h->col, NULL, NULL,
		    "%s: SKU %s (%s) has %zu price tiers; the map must say which (\"tier\": "
		    "\"paid\" or {\"at\": QUANTITY})", e->cell, h->id, h->what, h->ntiers);
		return NULL;
	}
	return &h->tiers[0];
}

/* The currency a price cell is in: the part of its unit before "/". */
static void
cell_currency(const struct cellspec *b, char *out, size_t n)
{
	const char *u = b->unit ? b->unit : "", *slash = strchr(u, '/');

	snprintf(out, n, "%.*s", slash ? (int)(slash - u) : 0, u);
	/* a currency is three capitals: USD, EUR */
	if (strlen(out) != 3 || out[0] < 'A' || out[0] > 'Z' || out[1] < 'A' || out[1] > 'Z' ||
	    out[2] < 'A' || out[2] > 'Z')
		out[0] = '\0';
}

/* A finished cell of the sheet. */
struct made {
	const struct entry *e;
	double value;
	char *source, *url, *as_of, *note;
};

static int
cmp_made(const void *a, const void *b)
{
	return strcmp(((const struct made *)a)->e->cell, ((const struct made *)b)->e->cell);
}

/* Work out every entry's value. Returns false after recording errors. */
static bool
resolve(struct import *im, struct made **outp, size_t *nout, char ***missing, size_t *nmiss)
{
	struct made *out = xcalloc(im->ne + 1, sizeof(*out));
	size_t i, j, k, n = 0;
	bool ok = true;

	*missing = xcalloc(im->ne + 1, sizeof(char *));
	*nmiss = 0;
	for (i = 0; i < im->ne; i++) {
		const struct entry *e = &im->e[i];
		struct buf src = {0}, note = {0};
		double value = 0;
		const char *url = NULL, *as_of = NULL;
		bool eok = true, absent = false;
		char cur[16];

		cell_currency(e->base, cur, sizeof(cur));
		for (j = 0; j < e->nterms; j++) {
			const struct term *t = &e->terms[j];
			const struct hit *h = NULL;
			const struct tier *tr;
			size_t nin = 0;
			double v;

			/* the hits in the chosen region, one per SKU */
			for (k = 0; k < t->nhits; k++) {
				if (im->region && !t->any_region && t->hits[k].region[0] &&
				    strcmp(t->hits[k].region, im->region) != 0)
					continue;
				if (h && strcmp(h->id, t->hits[k].id) == 0)
					continue;
				if (nin++ == 0)
					h = &t->hits[k];
			}
			if (nin == 0) {
				absent = true;
				continue;
			}
			if (nin > 1) {
				struct buf l = {0};
				size_t shown = 0;

				for (k = 0; k < t->nhits && shown < 6; k++) {
					if (im->region && !t->any_region && t->hits[k].region[0] &&
					    strcmp(t->hits[k].region, im->region) != 0)
						continue;
					buf_printf(&l, "%s%s (%s, %s:%d:%d)", shown++ ? "; " : "",
					    t->hits[k].id, t->hits[k].what, t->hits[k].file,
					    t->hits[k].line, t->hits[k].col);
				}
				diag_at(im->d, DIAG_ERROR, e->src, e->jpath, -1, NULL,
				    "%zu SKUs match one price: %s%s; make the map's \"match\" narrower",
				    nin, buf_str(&l), nin > shown ? "; ..." : "");
				buf_free(&l);
				eok = false;
				continue;
			}
			if (strcmp(h->unit, t->unit) != 0) {
				diag_add(im->d, DIAG_ERROR, h->file, h->line, h->col, NULL, NULL,
				    "%s: SKU %s (%s) is billed per \"%s\", but the map expects \"%s\" "
				    "(%s:%d:%d): check the SKU, or the map's unit and factor",
				    e->cell, h->id, h->what, h->unit, t->unit, e->src->path,
				    map_line(e), map_col(e));
				eok = false;
				continue;
			}
			if (!t->free && cur[0] && strcmp(cur, h->currency) != 0) {
				diag_add(im->d, DIAG_ERROR, h->file, h->line, h->col, NULL, NULL,
				    "%s: SKU %s is priced in %s, but the cell is in %s (%s)", e->cell,
				    h->id, h->currency, cur, e->base->unit);
				eok = false;
				continue;
			}
			if ((tr = pick_tier(im, e, t, h)) == NULL) {
				eok = false;
				continue;
			}
			v = t->free ? tr->start : tr->price;
			if (!isfinite(v) || v < 0 || (v == 0 && !t->free)) {
				diag_add(im->d, DIAG_ERROR, h->file, h->line, h->col, NULL, NULL,
				    "%s: SKU %s (%s) has the price %g: runsheet refuses prices that are "
				    "zero, negative or not finite", e->cell, h->id, h->what, v);
				eok = false;
				continue;
			}
			value += v * t->factor;
			if (src.len)
				buf_puts(&src, " + ");
			if (t->factor != 1) {
				char f[32];

				num_shortest(f, sizeof(f), t->factor);
				buf_printf(&src, "%s x ", f);
			}
			if (t->free)
				buf_puts(&src, "the free allowance of ");
			buf_puts(&src, h->source);
			if (h->ntiers > 1) {
				char s1[32];

				num_shortest(s1, sizeof(s1), tr->start);
				buf_printf(&note, "%sSKU %s: the tier from %s %s", note.len ? "; " : "",
				    h->id, s1, h->unit);
			}
			if (url == NULL)
				url = h->url;
			if (h->as_of && (as_of == NULL || strcmp(h->as_of, as_of) > 0))
				as_of = h->as_of;
		}
		if (!eok) {
			ok = false;
		} else if (absent) {
			(*missing)[(*nmiss)++] = e->cell;
		} else if (as_of == NULL) {
			diag_at(im->d, DIAG_ERROR, e->src, e->jpath, -1, NULL,
			    "%s: the price list gives no date for SKU %s; give one with --as-of",
			    e->cell, e->terms[0].nhits ? e->terms[0].hits[0].id : "?");
			ok = false;
		} else {
			struct made *m = &out[n++];

			m->e = e;
			/* 15 significant digits, as a spreadsheet keeps: 0.00006 x 1000 is
			 * 0.06, not 0.060000000000000005 */
			{
				char t15[40];

				snprintf(t15, sizeof(t15), "%.15g", value);
				m->value = strtod(t15, NULL);
			}
			m->source = buf_detach(&src);
			m->url = xstrdup(url ? url : "");
			m->as_of = xstrdup(im->as_of_flag ? im->as_of_flag : as_of);
			if (note.len || e->why) {
				struct buf nb = {0};

				if (e->why)
					buf_puts(&nb, e->why);
				if (note.len)
					buf_printf(&nb, "%s%s.", nb.len ? " " : "", buf_str(&note));
				m->note = buf_detach(&nb);
			}
		}
		buf_free(&src);
		buf_free(&note);
	}
	xqsort(out, n, sizeof(*out), cmp_made);
	*outp = out;
	*nout = n;
	return ok;
}

/* The sheet, with cells nested by the dots of their names. */
static void
write_sheet(struct buf *b, const struct import *im, const struct made *m, size_t n,
    char **missing, size_t nmiss)
{
	struct jw w;
	char *open[16];
	size_t nopen = 0, i, k;
	struct buf note = {0};
	const struct provider *pv = region_provider(im->cat->regions, vendor_ids[im->v]);

	jw_init(&w, b);
	jw_obj(&w);
	jw_kstr(&w, "$schema", "https://runsheet.invalid/schema/pricing.schema.json");
	jw_kstr(&w, "kind", "pricing");
	jw_kstr(&w, "provider", vendor_ids[im->v]);
	jw_kstr(&w, "region", im->region);
	{
		char *title = xasprintf("%s list prices (%s), imported from the %s",
		    pv ? pv->name : vendor_ids[im->v], im->region, vendor_lists[im->v]);

		jw_kstr(&w, "title", title);
		free(title);
	}
	jw_kstr(&w, "currency", im->v == V_HETZNER && im->currency ? im->currency : "USD");
	buf_printf(&note, "Written by runsheet prices import %s from:", vendor_ids[im->v]);
	for (i = 0; i < im->ndescribed; i++)
		buf_printf(&note, " %s%s", im->described[i], i + 1 < im->ndescribed ? ";" : ".");
	if (nmiss) {
		buf_puts(&note, " Not in these files, so not in this sheet (a bundled sheet for the "
		    "same region shows through under --pricing):");
		for (i = 0; i < nmiss; i++)
			buf_printf(&note, " %s%s", missing[i], i + 1 < nmiss ? "," : ".");
	}
	jw_kstr(&w, "note", buf_str(&note));
	buf_free(&note);
	jw_key(&w, "cells");
	jw_obj(&w);
	for (i = 0; i < n; i++) {
		char *name = xstrdup(m[i].e->cell), *parts[16], *p;
		size_t np = 0, common = 0;

		for (p = strtok(name, "."); p && np < 16; p = strtok(NULL, "."))
			parts[np++] = p;
		while (common < nopen && common + 1 < np && strcmp(open[common], parts[common]) == 0)
			common++;
		while (nopen > common) {
			jw_obj_end(&w);
			free(open[--nopen]);
		}
		for (k = common; k + 1 < np; k++) {
			jw_key(&w, parts[k]);
			jw_obj(&w);
			open[nopen++] = xstrdup(parts[k]);
		}
		jw_key(&w, parts[np - 1]);
		jw_obj(&w);
		jw_knum(&w, "value", m[i].value);
		jw_kstr(&w, "unit", m[i].e->base->unit ? m[i].e->base->unit : "");
		jw_kstr(&w, "source", m[i].source);
		jw_kstr(&w, "url", m[i].url);
		jw_kstr(&w, "as_of", m[i].as_of);
		if (m[i].e->base->description)
			jw_kstr(&w, "description", m[i].e->base->description);
		if (m[i].note)
			jw_kstr(&w, "note", m[i].note);
		jw_obj_end(&w);
		free(name);
	}
	while (nopen > 0) {
		jw_obj_end(&w);
		free(open[--nopen]);
	}
	jw_obj_end(&w);
	jw_obj_end(&w);
	buf_putc(b, '\n');
}

/* --- the command ---------------------------------------------------------------------- */

/* The distinct regions of the hits, for --region when it was not given. */
static char *
infer_region(struct import *im, struct buf *all)
{
	char **seen = NULL;
	size_t n = 0, i, j, k, q;
	char *r = NULL;

	for (i = 0; i < im->ne; i++)
		for (j = 0; j < im->e[i].nterms; j++)
			for (k = 0; k < im->e[i].terms[j].nhits; k++) {
				const char *reg = im->e[i].terms[j].hits[k].region;

				if (reg[0] == '\0' || strcmp(reg, "?") == 0)
					continue;
				for (q = 0; q < n; q++)
					if (strcmp(seen[q], reg) == 0)
						break;
				if (q == n) {
					seen = xreallocarray(seen, n + 1, sizeof(*seen));
					seen[n++] = (char *)reg;
				}
			}
	for (q = 0; q < n && q < 12; q++)
		buf_printf(all, "%s%s", q ? ", " : "", seen[q]);
	if (n > 12)
		buf_puts(all, ", ...");
	if (n == 1)
		r = xstrdup(seen[0]);
	free(seen);
	return r;
}

/*
 * runsheet prices import VENDOR FILE... : read the files, price every
 * mapped cell for the region and write the sheet to out ("-": stdout).
 * Returns true after writing; false with the problems in d.
 */
bool
prices_import(const struct catalog *cat, const struct import_opts *o, struct diags *d)
{
	struct import im;
	struct made *made = NULL;
	char **missing = NULL, *region = NULL, *mapfile;
	size_t nmade = 0, nmiss = 0, i, j;
	struct buf out = {0};
	bool ok = false;
	int v;

	memset(&im, 0, sizeof(im));
	for (v = 0; v < V__MAX; v++)
		if (strcmp(o->vendor, vendor_ids[v]) == 0)
			break;
	im.v = (enum vendor)v;
	im.cat = cat;
	im.d = d;
	im.region = o->region;
	im.as_of_flag = o->as_of ? xstrdup(o->as_of) : NULL;
	mapfile = xasprintf("%s/models/pricing/map/%s.json", cat->datadir, vendor_ids[im.v]);
	{
		char *disp = xasprintf("models/pricing/map/%s.json", vendor_ids[im.v]);

		if (!map_load(&im, mapfile, disp)) {
			free(disp);
			goto out;
		}
		free(disp);
	}
	for (i = 0; i < o->nmaps; i++)
		if (!map_load(&im, o->maps[i], NULL))
			goto out;
	if (d->nerrors)
		goto out;
	for (i = 0; i < o->nfiles; i++) {
		bool fok;
		json_t *top = NULL;

		im.file = o->files[i];
		im.nrecords = 0;
		free(im.offer);
		im.offer = NULL;
		if (!starts_as_json(&im))
			goto out;
		switch (im.v) {
		case V_AWS:
			fok = read_aws(&im);
			break;
		case V_AZURE:
			fok = read_items(&im, "Items", azure_item, &top);
			if (fok)
				describe_file(&im, "%s: Retail Prices page, %zu items", base_name(im.file),
				    im.nrecords);
			break;
		case V_GCP:
			fok = read_items(&im, "skus", gcp_sku, &top);
			if (fok)
				describe_file(&im, "%s: SKU list, %zu SKUs", base_name(im.file),
				    im.nrecords);
			break;
		default:
			fok = read_hetzner(&im);
			break;
		}
		json_decref(top);
		if (!fok)
			goto out;
	}
	if (im.region == NULL) {
		struct buf all = {0};

		region = infer_region(&im, &all);
		if (region == NULL) {
			if (all.len)
				diag_add(d, DIAG_ERROR, "--region", 0, 0, NULL, NULL,
				    "the files price several regions (%s): choose one with --region "
				    "CODE", buf_str(&all));
			else
				diag_add(d, DIAG_ERROR, "--region", 0, 0, NULL, NULL,
				    "no price of the map was found, so the files do not say which region "
				    "they price: give it with --region CODE");
			buf_free(&all);
			goto out;
		}
		buf_free(&all);
		im.region = region;
	}
	if (!resolve(&im, &made, &nmade, &missing, &nmiss))
		goto out;
	if (nmade == 0) {
		diag_add(d, DIAG_ERROR, "prices import", 0, 0, NULL, NULL,
		    "none of the map's %zu prices is in the files for region %s: nothing to write",
		    im.ne, im.region);
		goto out;
	}
	write_sheet(&out, &im, made, nmade, missing, nmiss);
	{
		/* never write a sheet that --pricing would refuse */
		struct diags check = {0};
		const char *disp = o->out && strcmp(o->out, "-") ? o->out : "the sheet";
		struct src *src = src_parse(disp, out.data ? out.data : "", out.len, &check);

		if (src)
			catalog_free(catalog_load_sheet(cat->datadir, NULL, 0, src, &check));
		if (check.nerrors) {
			diag_add(d, DIAG_ERROR, disp, 0, 0, NULL, NULL, "runsheet prices import made "
			    "a sheet that --pricing would refuse, so nothing was written (a bug of the "
			    "import: please report it with the problem below)");
			diags_append(d, &check);
		}
		diags_free(&check);
		if (d->nerrors)
			goto out;
	}
	if (o->out == NULL || strcmp(o->out, "-") == 0) {
		if (fwrite(out.data, 1, out.len, stdout) != out.len || fflush(stdout) != 0) {
			diag_add(d, DIAG_ERROR, "prices import", 0, 0, NULL, NULL,
			    "writing the sheet: %s", strerror(errno));
			goto out;
		}
	} else if (!file_write_atomic(o->out, out.data, out.len)) {
		diag_add(d, DIAG_ERROR, o->out, 0, 0, NULL, NULL, "cannot write: %s",
		    strerror(errno));
		goto out;
	}
	if (!o->quiet) {
		fprintf(stderr, "runsheet prices import: %s: %zu of the map's %zu prices for %s "
		    "region %s\n", o->out && strcmp(o->out, "-") ? o->out : "standard output",
		    nmade, im.ne, vendor_ids[im.v], im.region);
		for (i = 0; i < im.ndescribed; i++)
			fprintf(stderr, "  read %s\n", im.described[i]);
		if (nmiss) {
			fprintf(stderr, "not in the files (%zu), so not in the sheet; under --pricing "
			    "a bundled sheet for %s shows through if there is one:\n", nmiss,
			    im.region);
			for (i = 0; i < nmiss; i++)
				fprintf(stderr, "  %s\n", missing[i]);
		}
		for (i = 0; i < im.nunmapped; i++)
			fprintf(stderr, "not mapped: %s\n", im.unmapped[i]);
	}
	ok = true;
out:
	for (i = 0; i < nmade; i++) {
		free(made[i].source);
		free(made[i].url);
		free(made[i].as_of);
		free(made[i].note);
	}
	free(made);
	free(missing);
	for (i = 0; i < im.ne; i++) {
		for (j = 0; j < im.e[i].nterms; j++)
			term_free(&im.e[i].terms[j]);
		free(im.e[i].terms);
		free(im.e[i].cell);
		free(im.e[i].why);
		free(im.e[i].jpath);
	}
	free(im.e);
	for (i = 0; i < im.nsrcs; i++)
		src_free(im.srcs[i]);
	free(im.srcs);
	strv_free(im.unmapped, im.nunmapped);
	strv_free(im.described, im.ndescribed);
	free(im.offer);
	free(im.pubdate);
	free(im.file_date);
	free(im.currency);
	free(im.as_of_flag);
	free(region);
	free(mapfile);
	buf_free(&out);
	return ok;
}

/* Whether s names a vendor runsheet prices import reads. */
bool
prices_vendor_known(const char *s)
{
	int v;

	for (v = 0; v < V__MAX; v++)
		if (strcmp(s, vendor_ids[v]) == 0)
			return true;
	return false;
}

/* --- the download commands ---------------------------------------------------- */

/* Append s to b quoted for a POSIX shell. */
static void
sh_quote(struct buf *b, const char *s)
{
	buf_putc(b, '\'');
	for (; *s; s++) {
		if (*s == '\'')
			buf_puts(b, "'\\''");
		else
			buf_putc(b, *s);
	}
	buf_putc(b, '\'');
}

/* Append s to b with an OData string's quotes doubled and URL-encoded. */
static void
odata_text(struct buf *b, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '\'')
			buf_puts(b, "%27%27");
		else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    c == '-' || c == '_' || c == '.' || c == '~')
			buf_putc(b, c);
		else
			buf_printf(b, "%%%02X", c);
	}
}

/*
 * The shell commands that download the files runsheet prices import
 * needs for runsheet region id, written to b: one curl per file, each
 * provider's import line after them. Returns false (reported) for an
 * unknown region.
 */
bool
prices_urls(const struct catalog *cat, const char *id, struct buf *b, struct diags *d)
{
	const struct regions *rg = cat->regions;
	int gi = rg ? region_find(rg, id) : -1;
	const struct region *g;
	size_t k, i, j, q;
	bool ok = true;

	if (gi < 0) {
		struct buf l = {0};

		for (i = 0; rg && i < rg->n; i++)
			buf_printf(&l, "%s%s", i ? ", " : "", rg->list[i].id);
		diag_add(d, DIAG_ERROR, id, 0, 0, NULL, NULL, "no runsheet region \"%s\" (%s)", id,
		    buf_str(&l));
		buf_free(&l);
		return false;
	}
	g = &rg->list[gi];
	buf_printf(b, "#!/bin/sh\n# The price lists runsheet prices import reads for region %s (%s).\n"
	    "# Written by runsheet prices urls %s; run it where the internet is reachable.\n"
	    "set -eu\n", g->id, g->name, g->id);
	for (k = 0; k < g->nsites; k++) {
		const struct region_site *st = &g->sites[k];
		const struct provider *pv = region_provider(rg, st->provider);
		struct import im;
		char *mapfile, *disp;
		struct buf files = {0};

		if (pv == NULL || pv->importer == NULL) {
			buf_printf(b, "\n# %s (%s, %s): no machine-readable price list; write a pricing "
			    "sheet by hand\n# with \"provider\": \"%s\" and \"region\": \"%s\", as "
			    "models/pricing/%s-*.json, from the vendor's price page\n",
			    pv ? pv->name : st->provider, st->code, st->place, st->provider, st->code,
			    st->provider);
			continue;
		}
		memset(&im, 0, sizeof(im));
		for (i = 0; i < V__MAX; i++)
			if (strcmp(pv->importer, vendor_ids[i]) == 0)
				im.v = (enum vendor)i;
		im.cat = cat;
		im.d = d;
		mapfile = xasprintf("%s/models/pricing/map/%s.json", cat->datadir, vendor_ids[im.v]);
		disp = xasprintf("models/pricing/map/%s.json", vendor_ids[im.v]);
		if (!map_load(&im, mapfile, disp)) {
			ok = false;
			goto next;
		}
		buf_printf(b, "\n# %s, %s (%s)\n", pv->name, st->code, st->place);
		switch (im.v) {
		case V_AWS: {
			char **offers = NULL;
			size_t no = 0;

			for (i = 0; i < im.ne; i++)
				for (j = 0; j < im.e[i].nterms; j++)
					for (q = 0; q < im.e[i].terms[j].noffers; q++) {
						const char *o = im.e[i].terms[j].offers[q];
						size_t r;

						for (r = 0; r < no; r++)
							if (strcmp(offers[r], o) == 0)
								break;
						if (r == no) {
							offers = xreallocarray(offers, no + 1,
							    sizeof(*offers));
							offers[no++] = (char *)o;
						}
					}
			for (i = 0; i < no; i++) {
				buf_printf(b, "curl -fsSL -o aws-%s-%s.json https://pricing.us-east-1."
				    "amazonaws.com/offers/v1.0/aws/%s/current/%s/index.json\n", offers[i],
				    st->code, offers[i], st->code);
				buf_printf(&files, " aws-%s-%s.json", offers[i], st->code);
			}
			free(offers);
			break;
		}
		case V_AZURE: {
			char **urls = NULL;
			size_t nurls = 0;

			/* one filtered query per meter, page by page */
			buf_puts(b, "azure_pages() { # NAME URL: each page of the response as "
			    "NAME-1.json, NAME-2.json, ...\n  n=1; url=$2\n  while [ -n \"$url\" ]; do\n"
			    "    curl -fsS -o \"$1-$n.json\" \"$url\"\n"
			    "    url=$(sed -n 's/.*\"NextPageLink\": *\"\\([^\"]*\\)\".*/\\1/p' \"$1-$n.json\")\n"
			    "    n=$((n + 1))\n  done\n}\n");
			for (i = 0; i < im.ne; i++) {
				const struct term *t = &im.e[i].terms[0];
				struct buf url = {0}, name = {0};
				const char *k2;
				json_t *pat;

				buf_puts(&url, "https://prices.azure.com/api/retail/prices?$filter="
				    "armRegionName%20eq%20%27");
				odata_text(&url, st->code);
				buf_puts(&url, "%27");
				json_object_foreach(t->match, k2, pat) {
					const char *v2 = json_is_string(pat) ? json_string_value(pat) : NULL;

					if (v2 == NULL || strchr(v2, '*') || v2[0] == '!')
						continue;
					buf_printf(&url, "%%20and%%20%s%%20eq%%20%%27", k2);
					odata_text(&url, v2);
					buf_puts(&url, "%27");
				}
				for (q = 0; q < nurls; q++)
					if (strcmp(urls[q], buf_str(&url)) == 0)
						break;
				if (q < nurls) {
					buf_free(&url);
					continue;
				}
				urls = xreallocarray(urls, nurls + 1, sizeof(*urls));
				urls[nurls++] = xstrdup(buf_str(&url));
				buf_printf(&name, "azure-%s-%s", st->code, strchr(im.e[i].cell, '.') + 1);
				for (q = 0; q < name.len; q++)
					if (name.data[q] == '.' || name.data[q] == '_')
						name.data[q] = '-';
				buf_puts(b, "azure_pages ");
				sh_quote(b, buf_str(&name));
				buf_putc(b, ' ');
				sh_quote(b, buf_str(&url));
				buf_putc(b, '\n');
				buf_printf(&files, " %s-*.json", buf_str(&name));
				buf_free(&url);
				buf_free(&name);
			}
			strv_free(urls, nurls);
			break;
		}
		case V_GCP: {
			json_t *ids = json_object_get(im.srcs[0]->root, "service_ids"), *sid;
			const char *svc;

			buf_puts(b, ": \"${GCP_API_KEY:?set GCP_API_KEY to a Google Cloud API key "
			    "(the Cloud Billing Catalog API needs one)}\"\n"
			    "gcp_pages() { # NAME SERVICE_ID: each page of the SKU list as NAME-1.json, ...\n"
			    "  n=1; token=\n  while :; do\n"
			    "    curl -fsS -o \"$1-$n.json\" \"https://cloudbilling.googleapis.com/v1/"
			    "services/$2/skus?currencyCode=USD&pageSize=5000&key=$GCP_API_KEY"
			    "${token:+&pageToken=$token}\"\n"
			    "    token=$(sed -n 's/.*\"nextPageToken\": *\"\\([^\"]*\\)\".*/\\1/p' "
			    "\"$1-$n.json\")\n    [ -n \"$token\" ] || break\n    n=$((n + 1))\n"
			    "  done\n}\n");
			json_object_foreach(ids, svc, sid) {
				struct buf name = {0};

				buf_puts(&name, "gcp-");
				for (q = 0; svc[q]; q++)
					buf_putc(&name, svc[q] == ' ' ? '-' : svc[q] >= 'A' &&
					    svc[q] <= 'Z' ? svc[q] - 'A' + 'a' : svc[q]);
				buf_puts(b, "gcp_pages ");
				sh_quote(b, buf_str(&name));
				buf_putc(b, ' ');
				sh_quote(b, json_is_string(sid) ? json_string_value(sid) : "?");
				buf_putc(b, '\n');
				buf_printf(&files, " %s-*.json", buf_str(&name));
				buf_free(&name);
			}
			break;
		}
		default:
			buf_printf(b, ": \"${HCLOUD_TOKEN:?set HCLOUD_TOKEN to a Hetzner Cloud API "
			    "token}\"\ncurl -fsS -H \"Authorization: Bearer $HCLOUD_TOKEN\" -o "
			    "hetzner-pricing.json https://api.hetzner.cloud/v1/pricing\n");
			buf_puts(&files, " hetzner-pricing.json");
			break;
		}
		buf_printf(b, "runsheet prices import %s%s --region %s -o %s-%s.json\n",
		    vendor_ids[im.v], buf_str(&files), st->code, st->provider, st->code);
next:
		for (i = 0; i < im.ne; i++) {
			for (j = 0; j < im.e[i].nterms; j++)
				term_free(&im.e[i].terms[j]);
			free(im.e[i].terms);
			free(im.e[i].cell);
			free(im.e[i].why);
			free(im.e[i].jpath);
		}
		free(im.e);
		for (i = 0; i < im.nsrcs; i++)
			src_free(im.srcs[i]);
		free(im.srcs);
		strv_free(im.unmapped, im.nunmapped);
		buf_free(&files);
		free(mapfile);
		free(disp);
	}
	buf_printf(b, "\n# then: runsheet calc SCENARIO --set workload.region=%s", g->id);
	for (k = 0; k < g->nsites; k++) {
		const struct provider *pv = region_provider(rg, g->sites[k].provider);

		if (pv && pv->importer)
			buf_printf(b, " --pricing %s-%s.json", g->sites[k].provider, g->sites[k].code);
	}
	buf_putc(b, '\n');
	return ok;
}

/*
 * runsheet check: read every bundled map (models/pricing/map/VENDOR.json)
 * as an import would, so a map naming a cell the model lacks or with a
 * malformed entry is found before anyone imports. Returns false after
 * recording problems.
 */
bool
prices_check_maps(const struct catalog *cat, struct diags *d)
{
	bool ok = true;
	int v;
	size_t i, j;

	for (v = 0; v < V__MAX; v++) {
		struct import im;
		char *path = xasprintf("%s/models/pricing/map/%s.json", cat->datadir, vendor_ids[v]);
		char *disp = xasprintf("models/pricing/map/%s.json", vendor_ids[v]);

		memset(&im, 0, sizeof(im));
		im.v = (enum vendor)v;
		im.cat = cat;
		im.d = d;
		if (file_exists(path) && !map_load(&im, path, disp))
			ok = false;
		for (i = 0; i < im.ne; i++) {
			for (j = 0; j < im.e[i].nterms; j++)
				term_free(&im.e[i].terms[j]);
			free(im.e[i].terms);
			free(im.e[i].cell);
			free(im.e[i].why);
			free(im.e[i].jpath);
		}
		free(im.e);
		for (i = 0; i < im.nsrcs; i++)
			src_free(im.srcs[i]);
		free(im.srcs);
		strv_free(im.unmapped, im.nunmapped);
		free(path);
		free(disp);
	}
	return ok;
}
