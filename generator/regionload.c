/*
 * regionload.c -- reading models/regions.json (see region.c for what the
 * regions mean and how sheets apply to them).
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "runsheet.h"

static const char *const regions_keys[] = {"$schema", "kind", "title", "note", "default",
	"providers", "regions", NULL};

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
