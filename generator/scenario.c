/*
 * scenario.c -- a scenario file: a team, its workload, and overrides.
 *
 * A scenario is a JSON object with a few descriptive keys and, for the
 * rest, cells written as nested namespaces:
 *
 *   {
 *     "id": "seed-004-business-hours",
 *     "title": "...", "summary": "...", "description": "...",
 *     "sources": ["004_76779babffdde425.txt"],
 *     "assumptions": ["Cloud Run and Fargate bill only the active hours", ...],
 *     "platforms": ["cloud_run", "fargate", "gke_autopilot", "eks"],
 *     "analysis": {"sweep": {"min": 0.1, "max": 100, "points": 25},
 *                  "samples": 2000, "seed": 1},
 *     "workload": {"vcpu": 4, "memory_gib": 8},
 *     "team": {"k8s_expertise": "none"},
 *     "options": {"free_tiers": false}
 *   }
 *
 * Every cell a scenario names must already exist in the model data, so a
 * typo is an error with a suggestion, never a silent new cell; its value
 * must have the input's type and respect its bounds.
 */
#define _DEFAULT_SOURCE /* realpath */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "runsheet.h"

static const char *const meta_keys[] = {"$schema", "id", "title", "summary", "description",
	"sources", "assumptions", "platforms", "analysis", "include", "fill_in", NULL};

static bool
is_meta(const char *k)
{
	size_t i;

	for (i = 0; meta_keys[i]; i++)
		if (strcmp(meta_keys[i], k) == 0)
			return true;
	return false;
}

/*
 * Whether id is safe as a file name: 1 to 64 characters from a-z, 0-9,
 * "-", "_" and ".", starting with a letter or digit, no "..". This is the
 * only way a scenario's text becomes part of a path.
 */
bool
scenario_id_valid(const char *id, char **why)
{
	size_t n = strlen(id), i;

	*why = NULL;
	if (n == 0 || n > 64) {
		*why = xasprintf("a scenario id has 1 to 64 characters, not %zu", n);
		return false;
	}
	if (!(islower((unsigned char)id[0]) || isdigit((unsigned char)id[0]))) {
		*why = xstrdup("a scenario id starts with a lower-case letter or a digit");
		return false;
	}
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)id[i];

		if (!(islower(c) || isdigit(c) || c == '-' || c == '_' || c == '.')) {
			*why = xasprintf("a scenario id uses only a-z, 0-9, \"-\", \"_\" and "
			    "\".\" (it becomes a directory name)");
			return false;
		}
	}
	if (strstr(id, "..") != NULL) {
		*why = xstrdup("a scenario id cannot contain \"..\"");
		return false;
	}
	return true;
}

/*
 * The scenario's text key: a copy (caller frees), or NULL if it is absent
 * (an error if required) or not text. max > 0 bounds its bytes: text that
 * goes into one workbook cell; 0 leaves only the file's own bound.
 */
static char *
get_text(const struct scenario *sc, const char *key, bool required, size_t max,
    struct diags *d)
{
	json_t *v = json_object_get(sc->src->root, key);
	char *p;

	if (v == NULL) {
		if (required)
			diag_at(d, DIAG_ERROR, sc->src, "", -1, NULL,
			    "missing \"%s\" (text)", key);
		return NULL;
	}
	p = jpath_append("", key);
	if (!json_is_string(v)) {
		diag_at(d, DIAG_ERROR, sc->src, p, -1, NULL, "expected text");
		free(p);
		return NULL;
	}
	if (strlen(json_string_value(v)) != json_string_length(v)) {
		diag_at(d, DIAG_ERROR, sc->src, p, -1, NULL, "text contains a NUL character");
		free(p);
		return NULL;
	}
	/* the title heads the workbook's Summary sheet: one cell */
	if (max > 0 && json_string_length(v) > max) {
		diag_at(d, DIAG_ERROR, sc->src, p, -1, NULL, "text of %zu bytes; the %s has at "
		    "most %zu (what a workbook cell holds)", json_string_length(v), key, max);
		free(p);
		return NULL;
	}
	free(p);
	return xstrdup(json_string_value(v));
}

static char **
get_texts(const struct scenario *sc, const char *key, size_t *n, struct diags *d)
{
	json_t *v = json_object_get(sc->src->root, key), *e;
	char **out, *p;
	size_t i;

	*n = 0;
	if (v == NULL)
		return NULL;
	p = jpath_append("", key);
	if (!json_is_array(v)) {
		diag_at(d, DIAG_ERROR, sc->src, p, -1, NULL, "expected a list of texts");
		free(p);
		return NULL;
	}
	out = xcalloc(json_array_size(v) + 1, sizeof(*out));
	json_array_foreach(v, i, e) {
		if (!json_is_string(e) || strlen(json_string_value(e)) != json_string_length(e)) {
			char *q = jpath_index(p, i);

			diag_at(d, DIAG_ERROR, sc->src, q, -1, NULL, "expected text");
			free(q);
			continue;
		}
		out[(*n)++] = xstrdup(json_string_value(e));
	}
	free(p);
	return out;
}

/*
 * Read one axis of "analysis"/"map" (jpath p) into o: {"cell", "min",
 * "max", "log", "points"}, each optional.
 */
static void
get_map_axis(struct scenario *sc, json_t *ax, const char *p, struct map_axis_opts *o,
    struct diags *d)
{
	const char *k;
	json_t *v;
	bool have_min = false, have_max = false;

	if (!json_is_object(ax)) {
		diag_at(d, DIAG_ERROR, sc->src, p, -1, NULL, "expected an object");
		return;
	}
	json_object_foreach(ax, k, v) {
		char *q = jpath_append(p, k);

		if (strcmp(k, "cell") == 0) {
			if (!json_is_string(v)) {
				diag_at(d, DIAG_ERROR, sc->src, q, -1, NULL, "cell is a cell name");
			} else {
				free(o->own);
				o->own = xstrdup(json_string_value(v));
				o->cell = o->own;
			}
		} else if (strcmp(k, "min") == 0 || strcmp(k, "max") == 0) {
			if (!json_is_number(v))
				diag_at(d, DIAG_ERROR, sc->src, q, -1, NULL, "%s is a number", k);
			else if (k[1] == 'i')
				o->min = json_number_value(v), have_min = true;
			else
				o->max = json_number_value(v), have_max = true;
		} else if (strcmp(k, "log") == 0) {
			if (!json_is_boolean(v))
				diag_at(d, DIAG_ERROR, sc->src, q, -1, NULL,
				    "log is true (log-spaced) or false (evenly spaced)");
			else
				o->log = json_is_true(v);
		} else if (strcmp(k, "points") == 0) {
			if (!json_is_integer(v) || json_integer_value(v) < 2 ||
			    json_integer_value(v) > MAX_MAP_POINTS)
				diag_at(d, DIAG_ERROR, sc->src, q, -1, NULL,
				    "points is a whole number from 2 to %d", MAX_MAP_POINTS);
			else
				o->points = (int)json_integer_value(v);
		} else {
			diag_at(d, DIAG_ERROR, sc->src, q, -1, NULL,
			    "unknown key \"%s\" (cell, min, max, log, points)", k);
		}
		free(q);
	}
	if (have_min != have_max)
		diag_at(d, DIAG_ERROR, sc->src, p, -1, NULL, "give both min and max, or neither");
	o->have_range = have_min && have_max;
}

/*
 * Read "analysis"/"map": false, or {"x": axis, "y": axis}; then check both
 * axes against the catalog (which fills the defaults).
 */
static void
get_map(struct scenario *sc, json_t *mp, const struct catalog *cat, struct diags *d)
{
	static const char *const names[2] = {"x", "y"};
	struct map_axis_opts *ax[2] = {&sc->map.x, &sc->map.y};
	const struct map_axis_opts *dflt[2] = {&map_default_x, &map_default_y};
	const char *k;
	json_t *v;
	int i;

	if (mp != NULL && json_is_false(mp)) {
		sc->map.off = true;
		return;
	}
	if (mp != NULL && !json_is_object(mp)) {
		diag_at(d, DIAG_ERROR, sc->src, "/analysis/map", -1, NULL,
		    "expected an object ({\"x\": ..., \"y\": ...}) or false");
		return;
	}
	json_object_foreach(mp, k, v) {
		char *p = jpath_append("/analysis/map", k);

		if (strcmp(k, "x") == 0)
			get_map_axis(sc, v, p, &sc->map.x, d);
		else if (strcmp(k, "y") == 0)
			get_map_axis(sc, v, p, &sc->map.y, d);
		else
			diag_at(d, DIAG_ERROR, sc->src, p, -1, NULL, "unknown key \"%s\" (x, y)", k);
		free(p);
	}
	for (i = 0; i < 2; i++) {
		char *why = map_axis_check(cat, ax[i], dflt[i]);

		if (why) {
			char *p = xasprintf("/analysis/map/%s", names[i]);

			diag_at(d, DIAG_ERROR, sc->src, json_object_get(mp, names[i]) ? p : "/analysis",
			    -1, NULL, "map %s: %s", names[i], why);
			free(p);
			free(why);
		}
	}
	if (sc->map.x.cell && sc->map.y.cell && strcmp(sc->map.x.cell, sc->map.y.cell) == 0)
		diag_at(d, DIAG_ERROR, sc->src, "/analysis/map", -1, NULL,
		    "the map's x and y are both %s", sc->map.x.cell);
}

/* Read "analysis": sweep range, Monte Carlo settings and the map's axes. */
static void
get_analysis(struct scenario *sc, const struct catalog *cat, struct diags *d)
{
	json_t *a = json_object_get(sc->src->root, "analysis"), *v, *sw;
	json_t *mp = json_is_object(a) ? json_object_get(a, "map") : NULL;
	const char *k;

	sc->map.x.log = sc->map.y.log = -1;
	get_map(sc, mp, cat, d);
	sc->sweep.min = 0.1;
	sc->sweep.max = 1000;
	sc->sweep.points = 41;
	sc->samples = 2000;
	sc->seed = 1;
	if (a == NULL)
		return;
	if (!json_is_object(a)) {
		diag_at(d, DIAG_ERROR, sc->src, "/analysis", -1, NULL, "expected an object");
		return;
	}
	json_object_foreach(a, k, v) {
		char *p = jpath_append("/analysis", k);

		if (strcmp(k, "samples") == 0) {
			if (!json_is_integer(v) || json_integer_value(v) < 1 ||
			    json_integer_value(v) > MAX_SAMPLES)
				diag_at(d, DIAG_ERROR, sc->src, p, -1, NULL,
				    "samples is a whole number from 1 to %d", MAX_SAMPLES);
			else
				sc->samples = (int)json_integer_value(v);
		} else if (strcmp(k, "seed") == 0) {
			if (!json_is_integer(v) || json_integer_value(v) < 0)
				diag_at(d, DIAG_ERROR, sc->src, p, -1, NULL,
				    "seed is a whole number, 0 or more");
			else
				sc->seed = (unsigned long)json_integer_value(v);
		} else if (strcmp(k, "sweep") == 0) {
			const char *sk;

			if (!json_is_object(v)) {
				diag_at(d, DIAG_ERROR, sc->src, p, -1, NULL, "expected an object");
				free(p);
				continue;
			}
			sw = v;
			json_object_foreach(sw, sk, v) {
				char *q = jpath_append(p, sk);

				if (strcmp(sk, "min") == 0 || strcmp(sk, "max") == 0) {
					if (!json_is_number(v) || json_number_value(v) <= 0 ||
					    json_number_value(v) > 1e6)
						diag_at(d, DIAG_ERROR, sc->src, q, -1, NULL,
						    "%s is a scale factor above 0 and at most "
						    "1000000", sk);
					else if (sk[1] == 'i')
						sc->sweep.min = json_number_value(v);
					else
						sc->sweep.max = json_number_value(v);
				} else if (strcmp(sk, "points") == 0) {
					if (!json_is_integer(v) || json_integer_value(v) < 2 ||
					    json_integer_value(v) > MAX_SWEEP_POINTS)
						diag_at(d, DIAG_ERROR, sc->src, q, -1, NULL,
						    "points is a whole number from 2 to %d",
						    MAX_SWEEP_POINTS);
					else
						sc->sweep.points = (int)json_integer_value(v);
				} else {
					diag_at(d, DIAG_ERROR, sc->src, q, -1, NULL,
					    "unknown key \"%s\" (min, max, points)", sk);
				}
				free(q);
			}
			if (sc->sweep.min >= sc->sweep.max)
				diag_at(d, DIAG_ERROR, sc->src, p, -1, NULL,
				    "sweep min must be below max");
		} else if (strcmp(k, "map") != 0) {
			diag_at(d, DIAG_ERROR, sc->src, p, -1, NULL,
			    "unknown key \"%s\" (sweep, map, samples, seed)", k);
		}
		free(p);
	}
}

/* Turn "platforms" into overrides of <id>.compared. */
static void
get_platforms(struct scenario *sc, const struct catalog *cat, struct diags *d)
{
	json_t *v = json_object_get(sc->src->root, "platforms"), *e;
	bool *listed;
	size_t i;

	if (v == NULL)
		return;
	if (!json_is_array(v) || json_array_size(v) == 0) {
		diag_at(d, DIAG_ERROR, sc->src, "/platforms", -1, NULL,
		    "expected a list of platform ids");
		return;
	}
	listed = xcalloc(cat->nplatforms + 1, sizeof(*listed));
	json_array_foreach(v, i, e) {
		char *p = jpath_index("/platforms", i);
		const char *id = json_is_string(e) ? json_string_value(e) : NULL;
		int pi = id ? catalog_platform(cat, id) : -1;

		if (id == NULL) {
			diag_at(d, DIAG_ERROR, sc->src, p, -1, NULL, "expected a platform id");
		} else if (pi < 0) {
			struct buf b = {0};
			size_t k, best = 4;
			const char *near = NULL;

			for (k = 0; k < cat->nplatforms; k++) {
				size_t dist = edit_distance(id, cat->platforms[k].id);

				if (dist < best) {
					best = dist;
					near = cat->platforms[k].id;
				}
			}
			if (near)
				buf_printf(&b, " (did you mean \"%s\"?)", near);
			diag_at(d, DIAG_ERROR, sc->src, p, -1, NULL, "unknown platform \"%.64s\"%s",
			    id, buf_str(&b));
			buf_free(&b);
		} else if (listed[pi]) {
			diag_at(d, DIAG_ERROR, sc->src, p, -1, NULL,
			    "platform \"%s\" is listed twice", id);
		} else {
			listed[pi] = true;
		}
		free(p);
	}
	for (i = 0; i < cat->nplatforms; i++) {
		struct cellspec *s;

		if (listed[i])
			continue;
		s = xcalloc(1, sizeof(*s));
		s->name = xasprintf("%s.compared", cat->platforms[i].id);
		s->layer = LAYER_SCENARIO;
		s->src = sc->src;
		s->jpath = xstrdup("/platforms");
		s->kind = CK_VALUE;
		s->value.type = VT_BOOL;
		s->value.u.b = 0;
		GROW(sc->specs, sc->nspecs, sc->speccap);
		sc->specs[sc->nspecs++] = s;
	}
	free(listed);
}

/* Add parsed cells to the scenario: each a known cell, set once. */
static void
add_specs(struct scenario *sc, const struct catalog *cat, struct cellspec **specs, size_t n,
    struct diags *d)
{
	size_t i;

	for (i = 0; i < n; i++) {
		struct cellspec *s = specs[i];
		int c = catalog_find(cat, s->name);
		size_t j;

		if (c < 0) {
			const char *near = catalog_suggest(cat, s->name);

			if (near)
				diag_at(d, DIAG_ERROR, s->src, s->jpath, -1, s->name,
				    "no cell named \"%s\" in the model (did you mean "
				    "\"%s\"?)", s->name, near);
			else
				diag_at(d, DIAG_ERROR, s->src, s->jpath, -1, s->name,
				    "no cell named \"%s\" in the model; runsheet dump lists "
				    "them", s->name);
			cellspec_free(s);
			continue;
		}
		for (j = 0; j < sc->nspecs; j++)
			if (str_casecmp(sc->specs[j]->name, s->name) == 0)
				break;
		if (j < sc->nspecs) {
			diag_at(d, DIAG_ERROR, s->src, s->jpath, -1, s->name,
			    "cell \"%s\" is set twice in this scenario", s->name);
			cellspec_free(s);
			continue;
		}
		catalog_check_override(cat, s, c, d);
		formula_compile_spec(s, cat, d);
		GROW(sc->specs, sc->nspecs, sc->speccap);
		sc->specs[sc->nspecs++] = s;
	}
}

/*
 * The path of an included file: name as written, relative to the
 * directory of the scenario at path (unless absolute). Caller frees.
 */
char *
scenario_include_path(const char *path, const char *name)
{
	const char *slash = path ? strrchr(path, '/') : NULL;

	if (name[0] == '/' || slash == NULL || strcmp(path, "-") == 0)
		return xstrdup(name);
	return xasprintf("%.*s/%s", (int)(slash - path), path, name);
}

/*
 * Mix the files a scenario's "include" names (its text, as read from path)
 * into hash h: the build's key of a scenario covers its bill too.
 */
uint64_t
scenario_include_hash(const char *path, const char *text, size_t len, uint64_t h)
{
	json_t *root = json_loadb(text, len, 0, NULL), *v = json_object_get(root, "include"), *e;
	size_t i;

	json_array_foreach(v, i, e) {
		char *p;
		struct buf b = {0};

		if (!json_is_string(e))
			continue;
		p = scenario_include_path(path, json_string_value(e));
		h = hash_bytes(p, strlen(p) + 1, h);
		if (file_read(p, &b))
			h = hash_bytes(b.data ? b.data : "", b.len, h);
		buf_free(&b);
		free(p);
	}
	json_decref(root);
	return h;
}

/* Whether the real path of path is dir's or lies under it. */
static bool
path_under(const char *path, const char *dir)
{
	char *rp = realpath(path, NULL), *rd = realpath(dir, NULL);
	size_t n = rd ? strlen(rd) : 0;
	bool ok = rp && rd && strncmp(rp, rd, n) == 0 && (rp[n] == '/' || rp[n] == '\0' ||
	    strcmp(rd, "/") == 0);

	free(rp);
	free(rd);
	return ok;
}

/*
 * Whether the scenario at scen may include the file at path: one under the
 * scenario's own directory (links followed), or under a directory of
 * --allow-include. So a scenario from elsewhere cannot make runsheet read
 * /etc/passwd or ~/.ssh and quote it in an error.
 */
static bool
include_allowed(const char *scen, const char *path, const struct catalog *cat)
{
	const char *slash = strrchr(scen, '/');
	char *dir = slash ? xstrndup(scen, slash == scen ? 1 : (size_t)(slash - scen)) :
	    xstrdup(".");
	bool ok = strcmp(scen, "-") != 0 && path_under(path, dir);
	size_t i;

	for (i = 0; !ok && cat && i < cat->ninclude_dirs; i++)
		ok = path_under(path, cat->include_dirs[i]);
	free(dir);
	return ok;
}

/*
 * Read "include": files of kind "actual" (runsheet import focus) whose
 * actual.* cells join the scenario's own, as if pasted, each keeping the
 * file it came from for its errors and its source.
 */
static void
get_includes(struct scenario *sc, const struct catalog *cat, struct diags *d)
{
	json_t *v = json_object_get(sc->src->root, "include"), *e, *cells, *ns;
	const char *k;
	size_t i;

	if (v == NULL)
		return;
	if (!json_is_array(v)) {
		diag_at(d, DIAG_ERROR, sc->src, "/include", -1, NULL,
		    "expected a list of files (such as the actual.json of runsheet import focus)");
		return;
	}
	json_array_foreach(v, i, e) {
		char *p = jpath_index("/include", i), *path;
		struct src *isrc;
		const char *kind;

		if (!json_is_string(e) || json_string_length(e) == 0 ||
		    strlen(json_string_value(e)) != json_string_length(e)) {
			diag_at(d, DIAG_ERROR, sc->src, p, -1, NULL, "expected a file name");
			free(p);
			continue;
		}
		path = scenario_include_path(sc->src->path, json_string_value(e));
		if (file_exists(path) && !include_allowed(sc->src->path, path, cat)) {
			diag_at(d, DIAG_ERROR, sc->src, p, -1, NULL, "%s is outside the scenario's "
			    "directory, so it is not read: move it beside the scenario, or allow its "
			    "directory with --allow-include DIR", path);
			free(path);
			free(p);
			continue;
		}
		if (!file_exists(path)) {
			diag_at(d, DIAG_ERROR, sc->src, p, -1, NULL, "cannot read %s: %s", path,
			    strerror(ENOENT));
			free(path);
			free(p);
			continue;
		}
		isrc = src_load(path, NULL, d);
		free(path);
		if (isrc == NULL) {
			free(p);
			continue;
		}
		sc->includes = xreallocarray(sc->includes, sc->nincludes + 1, sizeof(*sc->includes));
		sc->includes[sc->nincludes++] = isrc;
		kind = json_string_value(json_object_get(isrc->root, "kind"));
		cells = json_object_get(isrc->root, "cells");
		if (kind == NULL || strcmp(kind, "actual") != 0 || !json_is_object(cells)) {
			diag_at(d, DIAG_ERROR, isrc, "", -1, NULL, "an included file is a bill: "
			    "{\"kind\": \"actual\", \"cells\": {\"actual\": {...}}}, as runsheet import "
			    "focus writes it");
			free(p);
			continue;
		}
		json_object_foreach(cells, k, ns) {
			struct cellspec **specs = NULL;
			size_t n = 0, cap = 0;
			char *q = jpath_append("/cells", k);

			if (strcmp(k, "actual") != 0 || !json_is_object(ns)) {
				diag_at(d, DIAG_ERROR, isrc, q, -1, NULL, "an included bill sets only "
				    "actual.* cells, not \"%s\"", k);
				free(q);
				continue;
			}
			cells_from_json(isrc, q, k, ns, LAYER_SCENARIO, &specs, &n, &cap, d);
			add_specs(sc, cat, specs, n, d);
			free(specs);
			free(q);
		}
		free(p);
	}
}

/*
 * Load the scenario at path against the catalog. Returns the scenario
 * (caller frees with scenario_free) or NULL; either way every problem
 * found is recorded, and a non-NULL result may still carry errors: the
 * caller checks d->nerrors.
 */
struct scenario *
scenario_load(const char *path, const struct catalog *cat, struct diags *d)
{
	struct src *src = src_load(path, NULL, d);

	return src ? scenario_from_src(src, cat, d) : NULL;
}

/* A scenario from a parsed file, which it takes over; as scenario_load. */
struct scenario *
scenario_from_src(struct src *src, const struct catalog *cat, struct diags *d)
{
	struct scenario *sc;
	const char *k;
	json_t *v;
	char *why = NULL;
	size_t errs = d->nerrors;

	sc = xcalloc(1, sizeof(*sc));
	sc->src = src;
	sc->id = get_text(sc, "id", true, MAX_STRING, d);
	sc->title = get_text(sc, "title", true, MAX_STRING, d);
	sc->summary = get_text(sc, "summary", false, 0, d);
	sc->description = get_text(sc, "description", false, 0, d);
	sc->sources = get_texts(sc, "sources", &sc->nsources, d);
	sc->assumptions = get_texts(sc, "assumptions", &sc->nassumptions, d);
	if (sc->id && !scenario_id_valid(sc->id, &why)) {
		diag_at(d, DIAG_ERROR, src, "/id", -1, NULL, "bad id \"%.80s\": %s", sc->id, why);
		free(why);
	}
	sc->fill_in = get_texts(sc, "fill_in", &sc->nfill_in, d);
	get_analysis(sc, cat, d);
	get_platforms(sc, cat, d);
	json_object_foreach((json_t *)src->root, k, v) {
		struct cellspec **specs = NULL;
		size_t n = 0, cap = 0;
		char *p;

		if (is_meta(k))
			continue;
		p = jpath_append("", k);
		if (json_is_object(v)) {
			cells_from_json(src, p, k, v, LAYER_SCENARIO, &specs, &n, &cap, d);
		} else {
			/* a top-level cell such as "workload.vcpu": 4 */
			char *w;

			if (!cell_name_valid(k, &w)) {
				diag_at(d, DIAG_ERROR, src, p, -1, NULL,
				    "unknown key \"%s\" (not a cell name: %s)", k, w);
				free(w);
			} else {
				struct cellspec *s = xcalloc(1, sizeof(*s));

				if (cellspec_from_json(s, src, p, k, v, LAYER_SCENARIO, d)) {
					specs = xcalloc(1, sizeof(*specs));
					specs[n++] = s;
				} else {
					cellspec_free(s);
				}
			}
		}
		add_specs(sc, cat, specs, n, d);
		free(specs);
		free(p);
	}
	get_includes(sc, cat, d);
	(void)errs;
	return sc;
}

void
scenario_free(struct scenario *sc)
{
	size_t i;

	if (sc == NULL)
		return;
	free(sc->map.x.own);
	free(sc->map.y.own);
	for (i = 0; i < sc->nspecs; i++)
		cellspec_free(sc->specs[i]);
	free(sc->specs);
	strv_free(sc->sources, sc->nsources);
	strv_free(sc->assumptions, sc->nassumptions);
	strv_free(sc->fill_in, sc->nfill_in);
	for (i = 0; i < sc->nincludes; i++)
		src_free(sc->includes[i]);
	free(sc->includes);
	free(sc->id);
	free(sc->title);
	free(sc->summary);
	free(sc->description);
	src_free(sc->src);
	free(sc);
}

/*
 * Whether runsheet reads the scenario text an import made (as calc loads
 * it: every key, type, bound and text's length); if not, records an error
 * on display followed by the reader's own, and returns false. An importer
 * never writes a file its own reader refuses.
 */
bool
import_reads_back(const struct catalog *cat, const char *display, const struct buf *text,
    const char *what, struct diags *d)
{
	struct diags check = {0};
	struct src *src = src_parse(display, text->data ? text->data : "", text->len, &check);
	struct scenario *sc = src ? scenario_from_src(src, cat, &check) : NULL;
	bool ok = check.nerrors == 0;

	if (!ok) {
		diag_add(d, DIAG_ERROR, display, 0, 0, NULL, NULL, "runsheet import %s made a "
		    "file that runsheet would refuse, so nothing was written (a bug of the "
		    "import: please report it with the problem below)", what);
		diags_append(d, &check);
	}
	scenario_free(sc);
	diags_free(&check);
	return ok;
}
