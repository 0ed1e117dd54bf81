/*
 * cellspec.c -- one cell definition from JSON, and the rules for names.
 *
 * Every file kind (pricing sheet, assumptions, platform model, scenario)
 * writes cells the same way. A cell is a JSON number, true/false, a string
 * (a formula when it starts with "="), or an object:
 *
 *   {"value": 0.5, "unit": "USD/vCPU-h", "source": "...", "as_of": "2026-01-31"}
 *   {"value": 10, "low": 8, "high": 15, "dist": "pert", ...}
 *   {"formula": "workload.vcpu*3600", "unit": "vCPU-s", "description": "..."}
 *
 * Objects without any of those keys are namespaces: {"workload": {"vcpu":
 * 4}} defines workload.vcpu. Names must be valid Excel defined names,
 * because each cell becomes one in the workbook: see cell_name_valid().
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "runsheet.h"

/* Keys of a cell object; any of the first three makes an object a cell. */
static const char *const spec_keys[] = {
	"value", "formula", "base", "low", "high", "dist", "unit", "description", "source",
	"url", "as_of", "note", "price_region", "enum", "min", "max", "integer", "inert", "read",
	NULL,
};

static bool
is_spec_key(const char *k)
{
	size_t i;

	for (i = 0; spec_keys[i]; i++)
		if (strcmp(spec_keys[i], k) == 0)
			return true;
	return false;
}

static const char *
closest_key(const char *k)
{
	size_t i, best = 3;
	const char *r = NULL;

	for (i = 0; spec_keys[i]; i++) {
		size_t d = edit_distance(k, spec_keys[i]);

		if (d < best) {
			best = d;
			r = spec_keys[i];
		}
	}
	return r;
}

/* Whether a JSON object is a cell (has value, formula or base). */
static bool
is_cell_object(json_t *o)
{
	return json_object_get(o, "value") || json_object_get(o, "formula") ||
	    json_object_get(o, "base");
}

static bool
has_any_spec_key(json_t *o)
{
	const char *k;
	json_t *v;

	json_object_foreach(o, k, v)
		if (is_spec_key(k))
			return true;
	return false;
}

/* Fetch an optional string member into *out (owned). */
static bool
get_str(const struct src *src, const char *jpath, json_t *o, const char *key, char **out,
    struct diags *d)
{
	json_t *v = json_object_get(o, key);
	char *p;

	if (v == NULL)
		return true;
	p = jpath_append(jpath, key);
	if (!json_is_string(v)) {
		diag_at(d, DIAG_ERROR, src, p, -1, NULL, "expected text");
		free(p);
		return false;
	}
	if (json_string_length(v) > MAX_STRING) {
		diag_at(d, DIAG_ERROR, src, p, -1, NULL, "text longer than %d bytes, what a "
		    "workbook cell holds", MAX_STRING);
		free(p);
		return false;
	}
	if (strlen(json_string_value(v)) != json_string_length(v)) {
		diag_at(d, DIAG_ERROR, src, p, -1, NULL, "text contains a NUL character");
		free(p);
		return false;
	}
	free(p);
	*out = xstrdup(json_string_value(v));
	return true;
}

static bool
get_num(const struct src *src, const char *jpath, json_t *o, const char *key, double *out,
    bool *has, struct diags *d)
{
	json_t *v = json_object_get(o, key);
	char *p;

	if (v == NULL)
		return true;
	if (!json_is_number(v)) {
		p = jpath_append(jpath, key);
		diag_at(d, DIAG_ERROR, src, p, -1, NULL, "expected a number, got %s",
		    json_is_string(v) ? "text" : json_is_boolean(v) ? "a logical" :
		    json_is_null(v) ? "null" : "an object or array");
		free(p);
		return false;
	}
	*out = json_number_value(v);
	if (has)
		*has = true;
	return true;
}

/* Set a spec's value from a scalar JSON value; false if it is not one. */
static bool
scalar_value(struct cellspec *s, const struct src *src, const char *jpath, json_t *v,
    int fcol_base, struct diags *d)
{
	(void)fcol_base;
	memset(&s->value, 0, sizeof(s->value));
	if (json_is_number(v)) {
		s->kind = CK_VALUE;
		s->value.type = VT_NUM;
		s->value.u.num = json_number_value(v);
		if (!isfinite(s->value.u.num)) {
			diag_at(d, DIAG_ERROR, src, jpath, -1, s->name, "number is not finite");
			return false;
		}
		return true;
	}
	if (json_is_boolean(v)) {
		s->kind = CK_VALUE;
		s->value.type = VT_BOOL;
		s->value.u.b = json_is_true(v);
		return true;
	}
	if (json_is_string(v)) {
		const char *t = json_string_value(v);

		if (strlen(t) != json_string_length(v)) {
			diag_at(d, DIAG_ERROR, src, jpath, -1, s->name,
			    "text contains a NUL character");
			return false;
		}
		if (json_string_length(v) > MAX_STRING) {
			diag_at(d, DIAG_ERROR, src, jpath, -1, s->name,
			    "text longer than %d bytes, what a workbook cell holds", MAX_STRING);
			return false;
		}
		if (t[0] == '=') {
			s->kind = CK_FORMULA;
			s->formula_text = xstrdup(t + 1);
			s->fcol_base = 1;
			return true;
		}
		s->kind = CK_VALUE;
		s->strval = xstrdup(t);
		s->value.type = VT_STR;
		s->value.u.str = s->strval;
		return true;
	}
	diag_at(d, DIAG_ERROR, src, jpath, -1, s->name,
	    "expected a number, text, true/false, a formula (\"=...\") or a cell object, got %s",
	    json_is_null(v) ? "null" : json_is_array(v) ? "an array" : "an object");
	return false;
}

/*
 * Fill s (already holding name and layer) from the JSON value v found at
 * jpath in src. Returns false after recording every problem found.
 */
bool
cellspec_from_json(struct cellspec *s, const struct src *src, const char *jpath,
    const char *name, void *jv, enum layer layer, struct diags *d)
{
	json_t *v = jv, *x;
	const char *k;
	bool ok = true;
	size_t errs = d->nerrors;

	s->name = xstrdup(name);
	s->layer = layer;
	s->src = src;
	s->jpath = xstrdup(jpath);
	if (!json_is_object(v))
		return scalar_value(s, src, jpath, v, 0, d);

	json_object_foreach(v, k, x) {
		if (!is_spec_key(k)) {
			char *p = jpath_append(jpath, k);
			const char *near = closest_key(k);

			if (near)
				diag_at(d, DIAG_ERROR, src, p, -1, name,
				    "unknown key \"%s\" in a cell (did you mean \"%s\"?)", k,
				    near);
			else
				diag_at(d, DIAG_ERROR, src, p, -1, name,
				    "unknown key \"%s\" in a cell", k);
			free(p);
			ok = false;
		}
	}
	{
		int n = (json_object_get(v, "value") != NULL) +
		    (json_object_get(v, "formula") != NULL) + (json_object_get(v, "base") != NULL);

		if (n != 1) {
			diag_at(d, DIAG_ERROR, src, jpath, -1, name, n == 0 ?
			    "a cell needs a \"value\" or a \"formula\"" :
			    "a cell has exactly one of \"value\", \"base\" and \"formula\"");
			return false;
		}
	}
	if ((x = json_object_get(v, "formula")) != NULL) {
		char *p = jpath_append(jpath, "formula");

		if (!json_is_string(x)) {
			diag_at(d, DIAG_ERROR, src, p, -1, name, "a formula is text");
			ok = false;
		} else {
			const char *t = json_string_value(x);

			s->kind = CK_FORMULA;
			s->fcol_base = t[0] == '=' ? 1 : 0;
			s->formula_text = xstrdup(t + s->fcol_base);
			free(s->jpath);
			s->jpath = xstrdup(p);
		}
		free(p);
		if (json_object_get(v, "low") || json_object_get(v, "high")) {
			diag_at(d, DIAG_ERROR, src, jpath, -1, name,
			    "a formula cell cannot have a range (low/high)");
			ok = false;
		}
	} else {
		char *p;

		x = json_object_get(v, "value");
		p = jpath_append(jpath, x ? "value" : "base");
		if (x == NULL)
			x = json_object_get(v, "base");
		if (json_is_object(x) || json_is_array(x) || json_is_null(x)) {
			diag_at(d, DIAG_ERROR, src, p, -1, name,
			    "a value is a number, text or true/false");
			ok = false;
		} else if (!scalar_value(s, src, p, x, 0, d)) {
			ok = false;
		} else if (s->kind == CK_FORMULA) {
			free(s->jpath);
			s->jpath = xstrdup(p);
		}
		free(p);
	}
	if (!get_str(src, jpath, v, "unit", &s->unit, d) ||
	    !get_str(src, jpath, v, "description", &s->description, d) ||
	    !get_str(src, jpath, v, "source", &s->source, d) ||
	    !get_str(src, jpath, v, "url", &s->url, d) ||
	    !get_str(src, jpath, v, "as_of", &s->as_of, d) ||
	    !get_str(src, jpath, v, "note", &s->note, d) ||
	    !get_str(src, jpath, v, "price_region", &s->region, d))
		ok = false;
	if (s->as_of && !date_valid(s->as_of)) {
		char *p = jpath_append(jpath, "as_of");

		diag_at(d, DIAG_ERROR, src, p, -1, name,
		    "\"%s\" is not a date written YYYY-MM-DD", s->as_of);
		free(p);
		ok = false;
	}
	if (!get_num(src, jpath, v, "min", &s->min, &s->has_min, d) ||
	    !get_num(src, jpath, v, "max", &s->max, &s->has_max, d))
		ok = false;
	if ((x = json_object_get(v, "integer")) != NULL) {
		if (!json_is_boolean(x)) {
			char *p = jpath_append(jpath, "integer");

			diag_at(d, DIAG_ERROR, src, p, -1, name, "expected true or false");
			free(p);
			ok = false;
		} else {
			s->integer = json_is_true(x);
		}
	}
	if ((x = json_object_get(v, "enum")) != NULL) {
		char *p = jpath_append(jpath, "enum");
		size_t i;
		json_t *e;

		if (!json_is_array(x) || json_array_size(x) == 0) {
			diag_at(d, DIAG_ERROR, src, p, -1, name, "expected a list of texts");
			ok = false;
		} else {
			s->enumv = xcalloc(json_array_size(x), sizeof(*s->enumv));
			json_array_foreach(x, i, e) {
				if (!json_is_string(e)) {
					char *q = jpath_index(p, i);

					diag_at(d, DIAG_ERROR, src, q, -1, name, "expected text");
					free(q);
					ok = false;
					continue;
				}
				s->enumv[s->nenumv++] = xstrdup(json_string_value(e));
			}
		}
		free(p);
	}
	if ((x = json_object_get(v, "read")) != NULL) {
		/* "read": false -- a price not read from its source; catalog.c
		 * checks it goes without an as_of */
		if (!json_is_boolean(x)) {
			char *p = jpath_append(jpath, "read");

			diag_at(d, DIAG_ERROR, src, p, -1, name, "expected true or false");
			free(p);
			ok = false;
		} else {
			s->unread = json_is_false(x);
		}
	}
	if ((x = json_object_get(v, "inert")) != NULL) {
		/* the inputs this logical cell, when TRUE, says change nothing on
		 * its platform; catalog_load checks that each names a cell */
		char *p = jpath_append(jpath, "inert");
		size_t i;
		json_t *e;

		if (!json_is_array(x) || json_array_size(x) == 0) {
			diag_at(d, DIAG_ERROR, src, p, -1, name, "expected a list of cell names");
			ok = false;
		} else {
			s->inert = xcalloc(json_array_size(x), sizeof(*s->inert));
			json_array_foreach(x, i, e) {
				if (!json_is_string(e)) {
					char *q = jpath_index(p, i);

					diag_at(d, DIAG_ERROR, src, q, -1, name, "expected a cell name");
					free(q);
					ok = false;
					continue;
				}
				s->inert[s->ninert++] = xstrdup(json_string_value(e));
			}
		}
		free(p);
	}
	if (json_object_get(v, "low") || json_object_get(v, "high") ||
	    json_object_get(v, "dist")) {
		bool hl = false, hh = false;

		if (!get_num(src, jpath, v, "low", &s->low, &hl, d) ||
		    !get_num(src, jpath, v, "high", &s->high, &hh, d)) {
			ok = false;
		} else if (!hl || !hh) {
			diag_at(d, DIAG_ERROR, src, jpath, -1, name,
			    "a range needs both \"low\" and \"high\"");
			ok = false;
		} else if (s->kind != CK_VALUE || s->value.type != VT_NUM) {
			diag_at(d, DIAG_ERROR, src, jpath, -1, name,
			    "only a number can have a range");
			ok = false;
		} else if (!(s->low <= s->value.u.num && s->value.u.num <= s->high)) {
			diag_at(d, DIAG_ERROR, src, jpath, -1, name,
			    "the range must satisfy low <= value <= high (%g <= %g <= %g)", s->low,
			    s->value.u.num, s->high);
			ok = false;
		} else {
			s->ranged = true;
			s->dist = DIST_TRIANGULAR;
		}
		if ((x = json_object_get(v, "dist")) != NULL) {
			char *p = jpath_append(jpath, "dist");
			const char *t = json_is_string(x) ? json_string_value(x) : "";

			if (strcmp(t, "triangular") == 0)
				s->dist = DIST_TRIANGULAR;
			else if (strcmp(t, "pert") == 0)
				s->dist = DIST_PERT;
			else {
				diag_at(d, DIAG_ERROR, src, p, -1, name,
				    "dist is \"triangular\" or \"pert\"");
				ok = false;
			}
			free(p);
		}
	}
	return ok && d->nerrors == errs;
}

/*
 * Collect the cells in object jv (at jpath in src), flattening nested
 * namespaces into dotted names prefixed by prefix (NULL: none). New specs
 * are appended to *specs. Returns false after recording problems; specs
 * that were fine are still appended.
 */
bool
cells_from_json(const struct src *src, const char *jpath, const char *prefix, void *jv,
    enum layer layer, struct cellspec ***specs, size_t *nspecs, size_t *cap, struct diags *d)
{
	json_t *obj = jv, *v;
	const char *k;
	bool ok = true;

	if (!json_is_object(obj)) {
		diag_at(d, DIAG_ERROR, src, jpath, -1, NULL, "expected an object of cells");
		return false;
	}
	json_object_foreach(obj, k, v) {
		char *name = prefix ? xasprintf("%s.%s", prefix, k) : xstrdup(k);
		char *p = jpath_append(jpath, k);
		char *why;

		if (json_is_object(v) && !is_cell_object(v) && !has_any_spec_key(v)) {
			if (json_object_size(v) == 0) {
				diag_at(d, DIAG_ERROR, src, p, -1, NULL,
				    "empty object: expected cells or a cell's \"value\"");
				ok = false;
			} else if (!cells_from_json(src, p, name, v, layer, specs, nspecs, cap,
			    d)) {
				ok = false;
			}
		} else if (!cell_name_valid(name, &why)) {
			diag_at(d, DIAG_ERROR, src, p, -1, NULL, "bad cell name \"%s\": %s", name,
			    why);
			free(why);
			ok = false;
		} else {
			struct cellspec *s = xcalloc(1, sizeof(*s));

			if (cellspec_from_json(s, src, p, name, v, layer, d)) {
				GROW(*specs, *nspecs, *cap);
				(*specs)[(*nspecs)++] = s;
			} else {
				cellspec_free(s);
				ok = false;
			}
		}
		free(p);
		free(name);
	}
	return ok;
}

/*
 * The source a reader is shown for s, the definition in effect of a cell
 * whose first definition is base: s's own source; for the first definition
 * itself, its source; for an override that gives none (a scenario's value,
 * a --set), the place that set it, "set in scenarios/x.json:19:20" or "set
 * on the command line: --set NAME=VALUE". The default's text describes the
 * default's value, so it is never shown for another. Appends to b; nothing
 * when there is no source to show.
 */
void
cellspec_source(struct buf *b, const struct cellspec *s, const struct cellspec *base)
{
	int line = 0, col = 0;

	if (s->source) {
		buf_puts(b, s->source);
	} else if (s == base) {
		if (base->source)
			buf_puts(b, base->source);
	} else if (s->src) {
		jsonpos_locate(s->src->text, s->src->len, s->jpath, -1, &line, &col);
		buf_printf(b, "set in %s:%d:%d", s->src->path, line, col);
	} else {
		buf_printf(b, "set on the command line: %s", s->jpath ? s->jpath : "--set");
	}
}

/* The URL shown for s (as cellspec_source): its own, or its base's when s is the base. */
const char *
cellspec_url(const struct cellspec *s, const struct cellspec *base)
{
	return s->url ? s->url : s == base ? base->url : NULL;
}

/* The as-of date shown for s (as cellspec_source). */
const char *
cellspec_as_of(const struct cellspec *s, const struct cellspec *base)
{
	return s->as_of ? s->as_of : s == base ? base->as_of : NULL;
}
