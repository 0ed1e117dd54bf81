/*
 * sourceload.c -- reading models/sources.json: the documents the model data
 * cites by file name (the seed articles), each with the title a reader is
 * shown in its place, what it is and where to find it.
 *
 * The data keeps the file name as the key ("004_76779babffdde425.txt:
 * \"quote\"" in a cell's source, "source" of a rule); source_cite() (in
 * names.c, so the page's engine has it too) writes the title in its place
 * wherever a person reads a source. sources_check() makes every file name
 * the model data cites one that this file lists.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "runsheet.h"

static const char *const file_keys[] = {"$schema", "kind", "title", "note", "sources", NULL};
static const char *const source_keys[] = {"label", "title", "titled", "about", "url", NULL};

/* Whether every key of o is one of allowed; reports each other one. */
static bool
only_keys(const struct src *src, json_t *o, const char *jpath, const char *const *allowed,
    struct diags *d)
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

			diag_at(d, DIAG_ERROR, src, p, -1, NULL, "unknown key \"%s\"", k);
			free(p);
			ok = false;
		}
	}
	return ok;
}

/* Member key of o as text (NULL, reported when required, if absent or not text). */
static char *
text_of(const struct src *src, json_t *o, const char *jpath, const char *key, bool required,
    struct diags *d)
{
	json_t *v = json_object_get(o, key);
	char *p;

	if (v == NULL) {
		if (required)
			diag_at(d, DIAG_ERROR, src, jpath, -1, NULL, "missing \"%s\" (text)", key);
		return NULL;
	}
	if (!json_is_string(v) || json_string_length(v) == 0 || json_string_length(v) > MAX_STRING ||
	    strlen(json_string_value(v)) != json_string_length(v)) {
		p = jpath_append(jpath, key);
		diag_at(d, DIAG_ERROR, src, p, -1, NULL, "expected text");
		free(p);
		return NULL;
	}
	return xstrdup(json_string_value(v));
}

static void
source_clear(struct source *s)
{
	free(s->key);
	free(s->label);
	free(s->title);
	free(s->about);
	free(s->url);
	free(s->jpath);
}

/*
 * Read models/sources.json (src) into cat->sources. Returns false after
 * recording every problem; the sources that were fine are kept.
 */
bool
sources_load(struct catalog *cat, const struct src *src, struct diags *d)
{
	json_t *root = src->root, *all, *v;
	const char *key;
	size_t errs = d->nerrors;

	if (!json_is_object(root)) {
		diag_at(d, DIAG_ERROR, src, "", -1, NULL, "expected an object");
		return false;
	}
	only_keys(src, root, "", file_keys, d);
	v = json_object_get(root, "kind");
	if (!json_is_string(v) || strcmp(json_string_value(v), "sources") != 0)
		diag_at(d, DIAG_ERROR, src, "/kind", -1, NULL, "expected \"sources\"");
	all = json_object_get(root, "sources");
	if (!json_is_object(all)) {
		diag_at(d, DIAG_ERROR, src, "/sources", -1, NULL,
		    "expected an object of documents by file name");
		return false;
	}
	cat->sources = xcalloc(json_object_size(all) + 1, sizeof(*cat->sources));
	json_object_foreach(all, key, v) {
		struct source s = {0};
		char *p = jpath_append("/sources", key);
		json_t *t;
		bool ok = true;

		if (!json_is_object(v)) {
			diag_at(d, DIAG_ERROR, src, p, -1, NULL, "expected an object");
			free(p);
			continue;
		}
		ok = only_keys(src, v, p, source_keys, d);
		s.key = xstrdup(key);
		s.label = text_of(src, v, p, "label", true, d);
		s.title = text_of(src, v, p, "title", true, d);
		s.about = text_of(src, v, p, "about", true, d);
		s.url = text_of(src, v, p, "url", false, d);
		t = json_object_get(v, "titled");
		if (!json_is_boolean(t)) {
			char *q = jpath_append(p, "titled");

			diag_at(d, DIAG_ERROR, src, t ? q : p, -1, NULL, t ? "expected true or false" :
			    "missing \"titled\" (true: the title is the document's own; false: its "
			    "opening words)");
			free(q);
			ok = false;
		}
		s.titled = json_is_true(t);
		if (s.url && strncmp(s.url, "https://", 8) != 0 && strncmp(s.url, "http://", 7) != 0) {
			char *q = jpath_append(p, "url");

			diag_at(d, DIAG_ERROR, src, q, -1, NULL, "expected an http(s) address");
			free(q);
			ok = false;
		}
		if (!ok || s.label == NULL || s.title == NULL || s.about == NULL) {
			source_clear(&s);
			free(p);
			continue;
		}
		s.src = src;
		s.jpath = p;
		cat->sources[cat->nsources++] = s;
	}
	return d->nerrors == errs;
}

/*
 * The file name a source text cites ending at dot (which starts ".txt"):
 * the run of letters, digits, "_", "-" and "." before it. Caller frees.
 */
static char *
cited_name(const char *text, const char *dot)
{
	const char *p = dot;

	while (p > text && (strchr("_-.", p[-1]) || (p[-1] >= '0' && p[-1] <= '9') ||
	    (p[-1] >= 'a' && p[-1] <= 'z') || (p[-1] >= 'A' && p[-1] <= 'Z')))
		p--;
	return xasprintf("%.*s.txt", (int)(dot - p), p);
}

/* Report a file name text cites (for a cell or rule at src/jpath) that no source lists. */
static void
check_text(const struct catalog *cat, const struct src *src, const char *jpath,
    const char *name, const char *text, struct diags *d)
{
	const char *p = text;

	while (text && (p = strstr(p, ".txt")) != NULL) {
		char *f = cited_name(text, p);

		if (strlen(f) > 4 && source_find(cat, f) == NULL)
			diag_at(d, DIAG_ERROR, src, jpath, -1, name,
			    "cites %s, which models/sources.json does not list (give its title "
			    "there)", f);
		free(f);
		p += 4;
	}
}

/*
 * Every file name the model data cites (cells' and rules' sources) is a
 * document models/sources.json lists. Nothing is checked without that file.
 */
void
sources_check(const struct catalog *cat, struct diags *d)
{
	size_t i;

	if (cat->sources == NULL)
		return;
	for (i = 0; i < cat->nspecs; i++) {
		const struct cellspec *s = cat->specs[i];

		if (s->layer != LAYER_SCENARIO && s->layer != LAYER_CLI)
			check_text(cat, s->src, s->jpath, s->name, s->source, d);
	}
	for (i = 0; i < cat->nrules; i++)
		check_text(cat, cat->rules[i].src, cat->rules[i].jpath, NULL, cat->rules[i].source,
		    d);
}

/* Free cat's sources. */
void
sources_free(struct catalog *cat)
{
	size_t i;

	for (i = 0; i < cat->nsources; i++)
		source_clear(&cat->sources[i]);
	free(cat->sources);
	cat->sources = NULL;
	cat->nsources = 0;
}
