/*
 * schema.c -- JSON Schemas (draft 2020-12) for scenario files, pricing
 * sheets and model files, generated from the catalog.
 *
 * The scenario schema lists every cell of the model as nested properties,
 * each with its description, unit, type, allowed values and bounds, so an
 * editor can validate a scenario and complete cell names. Generating it
 * from the same data runsheet check uses keeps the two from drifting; the
 * committed files under schema/ are checked against this output by the
 * tests. runsheet check enforces the same rules with its own messages.
 */
#include <stdlib.h>
#include <string.h>

#include "runsheet.h"
#include "jsonw.h"
#include "cli.h"

#define SCHEMA_BASE "https://runsheet.invalid/schema/"
#define NAME_PATTERN "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$"

/* The definitions every schema shares: a cell, a namespace of cells. */
static void
common_defs(struct jw *w)
{
	static const char *const strkeys[] = {"unit", "description", "source", "note",
		"price_region", NULL};
	size_t i;

	jw_key(w, "cellObject");
	jw_obj(w);
	jw_kstr(w, "description", "A cell written as an object: a value (optionally with a "
	    "low/high range) or a formula, with its unit and source.");
	jw_kstr(w, "type", "object");
	jw_key(w, "properties");
	jw_obj(w);
	jw_key(w, "value");
	jw_obj(w);
	jw_key(w, "type");
	jw_arr(w);
	jw_str(w, "number");
	jw_str(w, "string");
	jw_str(w, "boolean");
	jw_arr_end(w);
	jw_obj_end(w);
	jw_key(w, "base");
	jw_obj(w);
	jw_kstr(w, "type", "number");
	jw_obj_end(w);
	jw_key(w, "formula");
	jw_obj(w);
	jw_kstr(w, "type", "string");
	jw_kstr(w, "description", "A formula in Excel's syntax, with or without the leading =.");
	jw_obj_end(w);
	jw_key(w, "low");
	jw_obj(w);
	jw_kstr(w, "type", "number");
	jw_obj_end(w);
	jw_key(w, "high");
	jw_obj(w);
	jw_kstr(w, "type", "number");
	jw_obj_end(w);
	jw_key(w, "dist");
	jw_obj(w);
	jw_key(w, "enum");
	jw_arr(w);
	jw_str(w, "triangular");
	jw_str(w, "pert");
	jw_arr_end(w);
	jw_obj_end(w);
	for (i = 0; strkeys[i]; i++) {
		jw_key(w, strkeys[i]);
		jw_obj(w);
		jw_kstr(w, "type", "string");
		jw_obj_end(w);
	}
	jw_key(w, "url");
	jw_obj(w);
	jw_kstr(w, "type", "string");
	jw_kstr(w, "format", "uri");
	jw_obj_end(w);
	jw_key(w, "as_of");
	jw_obj(w);
	jw_kstr(w, "type", "string");
	jw_kstr(w, "pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
	jw_obj_end(w);
	jw_key(w, "enum");
	jw_obj(w);
	jw_kstr(w, "type", "array");
	jw_key(w, "items");
	jw_obj(w);
	jw_kstr(w, "type", "string");
	jw_obj_end(w);
	jw_obj_end(w);
	jw_key(w, "min");
	jw_obj(w);
	jw_kstr(w, "type", "number");
	jw_obj_end(w);
	jw_key(w, "max");
	jw_obj(w);
	jw_kstr(w, "type", "number");
	jw_obj_end(w);
	jw_key(w, "integer");
	jw_obj(w);
	jw_kstr(w, "type", "boolean");
	jw_obj_end(w);
	jw_key(w, "read");
	jw_obj(w);
	jw_kstr(w, "description", "On a price: false when the figure was not read from its source "
	    "(then it has no as_of); check --strict fails on it.");
	jw_kstr(w, "type", "boolean");
	jw_obj_end(w);
	jw_key(w, "inert");
	jw_obj(w);
	jw_kstr(w, "description", "On a logical cell of a platform: the inputs that change nothing "
	    "on the platform when the cell is TRUE; its description says why, and the report says "
	    "so.");
	jw_kstr(w, "type", "array");
	jw_key(w, "items");
	jw_obj(w);
	jw_kstr(w, "type", "string");
	jw_kstr(w, "pattern", NAME_PATTERN);
	jw_obj_end(w);
	jw_obj_end(w);
	jw_obj_end(w);
	jw_kbool(w, "additionalProperties", false);
	jw_key(w, "oneOf");
	jw_arr(w);
	jw_obj(w);
	jw_key(w, "required");
	jw_arr(w);
	jw_str(w, "value");
	jw_arr_end(w);
	jw_obj_end(w);
	jw_obj(w);
	jw_key(w, "required");
	jw_arr(w);
	jw_str(w, "base");
	jw_arr_end(w);
	jw_obj_end(w);
	jw_obj(w);
	jw_key(w, "required");
	jw_arr(w);
	jw_str(w, "formula");
	jw_arr_end(w);
	jw_obj_end(w);
	jw_arr_end(w);
	jw_obj_end(w);

	jw_key(w, "cell");
	jw_obj(w);
	jw_kstr(w, "description", "A cell: a number, true/false, text, a formula (text "
	    "starting with =), or a cell object.");
	jw_key(w, "anyOf");
	jw_arr(w);
	jw_obj(w);
	jw_key(w, "type");
	jw_arr(w);
	jw_str(w, "number");
	jw_str(w, "boolean");
	jw_str(w, "string");
	jw_arr_end(w);
	jw_obj_end(w);
	jw_obj(w);
	jw_kstr(w, "$ref", "#/$defs/cellObject");
	jw_obj_end(w);
	jw_arr_end(w);
	jw_obj_end(w);

	jw_key(w, "cells");
	jw_obj(w);
	jw_kstr(w, "description", "Cells by name; nested objects are namespaces "
	    "({\"workload\": {\"vcpu\": 4}} is workload.vcpu).");
	jw_kstr(w, "type", "object");
	jw_key(w, "propertyNames");
	jw_obj(w);
	jw_kstr(w, "pattern", NAME_PATTERN);
	jw_obj_end(w);
	jw_key(w, "additionalProperties");
	jw_obj(w);
	jw_key(w, "anyOf");
	jw_arr(w);
	jw_obj(w);
	jw_kstr(w, "$ref", "#/$defs/cell");
	jw_obj_end(w);
	jw_obj(w);
	jw_kstr(w, "$ref", "#/$defs/cells");
	jw_obj_end(w);
	jw_arr_end(w);
	jw_obj_end(w);
	jw_obj_end(w);
}

/* Sort helper: cells by name. */
static const struct catalog *sort_cat;

static int
cmp_cell(const void *a, const void *b)
{
	return strcmp(sort_cat->base[*(const int *)a]->name, sort_cat->base[*(const int *)b]->name);
}

/* The schema of one cell's scenario value, from its first definition. */
static void
leaf(struct jw *w, const struct cellspec *s)
{
	struct buf d = {0};
	size_t i;

	jw_obj(w);
	buf_puts(&d, s->description ? s->description : s->name);
	if (s->unit)
		buf_printf(&d, " [%s]", s->unit);
	jw_kstr(w, "description", buf_str(&d));
	buf_free(&d);
	jw_key(w, "anyOf");
	jw_arr(w);
	jw_obj(w);
	if (s->kind == CK_VALUE && s->value.type == VT_NUM) {
		jw_kstr(w, "type", s->integer ? "integer" : "number");
		if (s->has_min)
			jw_knum(w, "minimum", s->min);
		if (s->has_max)
			jw_knum(w, "maximum", s->max);
	} else if (s->kind == CK_VALUE && s->value.type == VT_BOOL) {
		jw_kstr(w, "type", "boolean");
	} else if (s->kind == CK_VALUE && s->nenumv > 0) {
		jw_key(w, "enum");
		jw_arr(w);
		for (i = 0; i < s->nenumv; i++)
			jw_str(w, s->enumv[i]);
		jw_arr_end(w);
	} else if (s->kind == CK_VALUE) {
		jw_kstr(w, "type", "string");
	} else {
		jw_key(w, "type");
		jw_arr(w);
		jw_str(w, "number");
		jw_str(w, "boolean");
		jw_str(w, "string");
		jw_arr_end(w);
	}
	jw_obj_end(w);
	jw_obj(w);
	jw_kstr(w, "type", "string");
	jw_kstr(w, "pattern", "^=");
	jw_kstr(w, "description", "A formula replacing the value.");
	jw_obj_end(w);
	jw_obj(w);
	jw_kstr(w, "$ref", "#/$defs/cellObject");
	jw_obj_end(w);
	jw_arr_end(w);
	jw_obj_end(w);
}

/*
 * Write the properties for the cells in idx[lo..hi) whose names share the
 * first depth dot-separated parts, as nested namespace objects.
 */
static void
namespace(struct jw *w, const struct catalog *cat, const int *idx, size_t lo, size_t hi,
    size_t depth)
{
	size_t i = lo;

	while (i < hi) {
		const char *name = cat->base[idx[i]]->name, *part = name;
		size_t d, plen, j;
		char *key;

		for (d = 0; d < depth; d++)
			part = strchr(part, '.') + 1;
		plen = strcspn(part, ".");
		key = xstrndup(part, plen);
		/* the run of cells sharing this part */
		for (j = i + 1; j < hi; j++) {
			const char *other = cat->base[idx[j]]->name, *op = other;

			for (d = 0; d < depth; d++)
				op = strchr(op, '.') + 1;
			if (strncmp(op, part, plen) != 0 || (op[plen] != '.' && op[plen] != '\0'))
				break;
		}
		jw_key(w, key);
		if (part[plen] == '\0' && j == i + 1) {
			leaf(w, cat->base[idx[i]]);
		} else {
			size_t k = i;

			jw_obj(w);
			jw_kstr(w, "type", "object");
			jw_key(w, "properties");
			jw_obj(w);
			/* a cell that is also a namespace prefix is listed as a leaf */
			if (part[plen] == '\0')
				k++;
			namespace(w, cat, idx, k, j, depth + 1);
			jw_obj_end(w);
			jw_kbool(w, "additionalProperties", false);
			jw_obj_end(w);
		}
		free(key);
		i = j;
	}
}

/* One axis of "analysis"/"map": its input (a number input) and its range. */
static void
map_axis_schema(struct jw *w, const struct catalog *cat, const char *key, const char *desc)
{
	size_t i;

	jw_key(w, key);
	jw_obj(w);
	jw_kstr(w, "description", desc);
	jw_kstr(w, "type", "object");
	jw_key(w, "properties");
	jw_obj(w);
	jw_key(w, "cell");
	jw_obj(w);
	jw_kstr(w, "description", "The number input varied along the axis.");
	jw_key(w, "enum");
	jw_arr(w);
	for (i = 0; i < cat->ncells; i++) {
		const struct cellspec *b = cat->base[i];

		if (b->kind == CK_VALUE && b->value.type == VT_NUM && b->layer != LAYER_DECISION)
			jw_str(w, b->name);
	}
	jw_arr_end(w);
	jw_obj_end(w);
	jw_key(w, "min");
	jw_obj(w);
	jw_kstr(w, "description", "The axis's first value (give max too); default: the default "
	    "axis's, or a tenth of the scenario's value.");
	jw_kstr(w, "type", "number");
	jw_obj_end(w);
	jw_key(w, "max");
	jw_obj(w);
	jw_kstr(w, "description", "The axis's last value; default: the default axis's, or ten "
	    "times the scenario's value.");
	jw_kstr(w, "type", "number");
	jw_obj_end(w);
	jw_key(w, "log");
	jw_obj(w);
	jw_kstr(w, "description", "Log-spaced values (true, the default) or evenly spaced.");
	jw_kstr(w, "type", "boolean");
	jw_obj_end(w);
	jw_key(w, "points");
	jw_obj(w);
	jw_kstr(w, "description", "Values on the axis (whole-number inputs take each whole "
	    "value at most once).");
	jw_kstr(w, "type", "integer");
	jw_knum(w, "minimum", 2);
	jw_knum(w, "maximum", MAX_MAP_POINTS);
	jw_obj_end(w);
	jw_obj_end(w);
	jw_kbool(w, "additionalProperties", false);
	jw_obj_end(w);
}

static void
scenario_schema(struct jw *w, const struct catalog *cat)
{
	int *idx = xcalloc(cat->ncells + 1, sizeof(*idx));
	size_t i, n = 0;

	for (i = 0; i < cat->ncells; i++)
		idx[n++] = (int)i;
	sort_cat = cat;
	xqsort(idx, n, sizeof(*idx), cmp_cell);
	sort_cat = NULL;
	jw_kstr(w, "$schema", "https://json-schema.org/draft/2020-12/schema");
	jw_kstr(w, "$id", SCHEMA_BASE "scenario.schema.json");
	jw_kstr(w, "title", "runsheet scenario");
	jw_kstr(w, "description", "A team and its workload, and overrides of any cell of the "
	    "model. Generated by 'runsheet schema scenario' from the model data.");
	jw_kstr(w, "type", "object");
	jw_key(w, "required");
	jw_arr(w);
	jw_str(w, "id");
	jw_str(w, "title");
	jw_arr_end(w);
	jw_key(w, "properties");
	jw_obj(w);
	jw_key(w, "$schema");
	jw_obj(w);
	jw_kstr(w, "type", "string");
	jw_obj_end(w);
	jw_key(w, "id");
	jw_obj(w);
	jw_kstr(w, "description", "File-name safe id: the scenario's directory in the site.");
	jw_kstr(w, "type", "string");
	jw_kstr(w, "pattern", "^[a-z0-9][a-z0-9._-]{0,63}$");
	jw_obj_end(w);
	jw_key(w, "title");
	jw_obj(w);
	jw_kstr(w, "type", "string");
	jw_obj_end(w);
	jw_key(w, "summary");
	jw_obj(w);
	jw_kstr(w, "description", "One paragraph, Markdown.");
	jw_kstr(w, "type", "string");
	jw_obj_end(w);
	jw_key(w, "description");
	jw_obj(w);
	jw_kstr(w, "description", "The scenario in words, Markdown (raw HTML is not rendered).");
	jw_kstr(w, "type", "string");
	jw_obj_end(w);
	jw_key(w, "sources");
	jw_obj(w);
	jw_kstr(w, "description", "What the scenario rests on: seed files, pages.");
	jw_kstr(w, "type", "array");
	jw_key(w, "items");
	jw_obj(w);
	jw_kstr(w, "type", "string");
	jw_obj_end(w);
	jw_obj_end(w);
	jw_key(w, "assumptions");
	jw_obj(w);
	jw_kstr(w, "description", "Which assumptions of its sources the scenario reproduces.");
	jw_kstr(w, "type", "array");
	jw_key(w, "items");
	jw_obj(w);
	jw_kstr(w, "type", "string");
	jw_obj_end(w);
	jw_obj_end(w);
	jw_key(w, "fill_in");
	jw_obj(w);
	jw_kstr(w, "description", "What an import could not say: the cells to fill in, each "
	    "\"CELL and CELL: why\" (runsheet import kubernetes writes it; the report shows "
	    "which are set).");
	jw_kstr(w, "type", "array");
	jw_key(w, "items");
	jw_obj(w);
	jw_kstr(w, "type", "string");
	jw_obj_end(w);
	jw_obj_end(w);
	jw_key(w, "include");
	jw_obj(w);
	jw_kstr(w, "description", "Bills to include: files of kind \"actual\" (runsheet import "
	    "focus -o), relative to the scenario, whose actual.* cells join the scenario's.");
	jw_kstr(w, "type", "array");
	jw_key(w, "items");
	jw_obj(w);
	jw_kstr(w, "type", "string");
	jw_knum(w, "minLength", 1);
	jw_obj_end(w);
	jw_obj_end(w);
	jw_key(w, "platforms");
	jw_obj(w);
	jw_kstr(w, "description", "The platforms to compare (default: all).");
	jw_kstr(w, "type", "array");
	jw_kbool(w, "uniqueItems", true);
	jw_knum(w, "minItems", 1);
	jw_key(w, "items");
	jw_obj(w);
	jw_key(w, "enum");
	jw_arr(w);
	for (i = 0; i < cat->nplatforms; i++)
		jw_str(w, cat->platforms[i].id);
	jw_arr_end(w);
	jw_obj_end(w);
	jw_obj_end(w);
	jw_key(w, "analysis");
	jw_obj(w);
	jw_kstr(w, "description", "Settings of the analyses.");
	jw_kstr(w, "type", "object");
	jw_key(w, "properties");
	jw_obj(w);
	jw_key(w, "samples");
	jw_obj(w);
	jw_kstr(w, "description", "Monte Carlo samples.");
	jw_kstr(w, "type", "integer");
	jw_knum(w, "minimum", 1);
	jw_knum(w, "maximum", MAX_SAMPLES);
	jw_obj_end(w);
	jw_key(w, "seed");
	jw_obj(w);
	jw_kstr(w, "description", "Monte Carlo seed: the same seed gives the same numbers.");
	jw_kstr(w, "type", "integer");
	jw_knum(w, "minimum", 0);
	jw_obj_end(w);
	jw_key(w, "sweep");
	jw_obj(w);
	jw_kstr(w, "description", "The break-even sweep over workload.scale (log-spaced).");
	jw_kstr(w, "type", "object");
	jw_key(w, "properties");
	jw_obj(w);
	jw_key(w, "min");
	jw_obj(w);
	jw_kstr(w, "type", "number");
	jw_knum(w, "exclusiveMinimum", 0);
	jw_obj_end(w);
	jw_key(w, "max");
	jw_obj(w);
	jw_kstr(w, "type", "number");
	jw_knum(w, "maximum", 1e6);
	jw_obj_end(w);
	jw_key(w, "points");
	jw_obj(w);
	jw_kstr(w, "type", "integer");
	jw_knum(w, "minimum", 2);
	jw_knum(w, "maximum", MAX_SWEEP_POINTS);
	jw_obj_end(w);
	jw_obj_end(w);
	jw_kbool(w, "additionalProperties", false);
	jw_obj_end(w);
	jw_key(w, "map");
	jw_obj(w);
	jw_kstr(w, "description", "The decision map: decision.platform over two number inputs "
	    "(default x workload.scale 0.1 to 1000, log, 61 points; y team.engineers 1 to 200, "
	    "log, 41 whole values), or false for none.");
	jw_key(w, "anyOf");
	jw_arr(w);
	jw_obj(w);
	jw_kbool(w, "const", false);
	jw_obj_end(w);
	jw_obj(w);
	jw_kstr(w, "type", "object");
	jw_key(w, "properties");
	jw_obj(w);
	map_axis_schema(w, cat, "x", "The horizontal axis.");
	map_axis_schema(w, cat, "y", "The vertical axis.");
	jw_obj_end(w);
	jw_kbool(w, "additionalProperties", false);
	jw_obj_end(w);
	jw_arr_end(w);
	jw_obj_end(w);
	jw_obj_end(w);
	jw_kbool(w, "additionalProperties", false);
	jw_obj_end(w);
	namespace(w, cat, idx, 0, n, 0);
	jw_obj_end(w);
	jw_kbool(w, "additionalProperties", false);
	jw_key(w, "$defs");
	jw_obj(w);
	common_defs(w);
	jw_obj_end(w);
	free(idx);
}

static void
pricing_schema(struct jw *w)
{
	jw_kstr(w, "$schema", "https://json-schema.org/draft/2020-12/schema");
	jw_kstr(w, "$id", SCHEMA_BASE "pricing.schema.json");
	jw_kstr(w, "title", "runsheet pricing sheet");
	jw_kstr(w, "description", "List prices, each with its unit, source and the date it was "
	    "read. Bundled under models/pricing/, or passed with --pricing to override.");
	jw_kstr(w, "type", "object");
	jw_key(w, "required");
	jw_arr(w);
	jw_str(w, "kind");
	jw_str(w, "cells");
	jw_arr_end(w);
	jw_key(w, "properties");
	jw_obj(w);
	jw_key(w, "$schema");
	jw_obj(w);
	jw_kstr(w, "type", "string");
	jw_obj_end(w);
	jw_key(w, "kind");
	jw_obj(w);
	jw_kstr(w, "const", "pricing");
	jw_obj_end(w);
	jw_key(w, "provider");
	jw_obj(w);
	jw_kstr(w, "type", "string");
	jw_kstr(w, "description", "Whose prices: gcp, aws, azure, fly, hetzner (the providers of "
	    "models/regions.json), or another for global terms such as exchange rates.");
	jw_obj_end(w);
	jw_key(w, "region");
	jw_obj(w);
	jw_kstr(w, "description", "Where these prices apply: the provider's region code "
	    "(us-east-1, europe-west3, fsn1), a list of codes that share one list price, or "
	    "\"global\" for terms that do not vary by region. Required in bundled sheets; a "
	    "--pricing sheet without it applies in every region.");
	jw_key(w, "anyOf");
	jw_arr(w);
	jw_obj(w);
	jw_kstr(w, "type", "string");
	jw_kstr(w, "pattern", "^[a-z][a-z0-9-]*$");
	jw_obj_end(w);
	jw_obj(w);
	jw_kstr(w, "type", "array");
	jw_knum(w, "minItems", 1);
	jw_key(w, "items");
	jw_obj(w);
	jw_kstr(w, "type", "string");
	jw_kstr(w, "pattern", "^[a-z][a-z0-9-]*$");
	jw_obj_end(w);
	jw_obj_end(w);
	jw_arr_end(w);
	jw_obj_end(w);
	jw_key(w, "title");
	jw_obj(w);
	jw_kstr(w, "type", "string");
	jw_obj_end(w);
	jw_key(w, "currency");
	jw_obj(w);
	jw_kstr(w, "type", "string");
	jw_kstr(w, "pattern", "^[A-Z]{3}$");
	jw_obj_end(w);
	jw_key(w, "note");
	jw_obj(w);
	jw_kstr(w, "type", "string");
	jw_obj_end(w);
	jw_key(w, "cells");
	jw_obj(w);
	jw_kstr(w, "$ref", "#/$defs/prices");
	jw_obj_end(w);
	jw_obj_end(w);
	jw_kbool(w, "additionalProperties", false);
	jw_key(w, "$defs");
	jw_obj(w);
	jw_key(w, "price");
	jw_obj(w);
	jw_kstr(w, "description", "One price: a non-negative number with its unit, source and "
	    "as_of date (and optionally a low/high range).");
	jw_key(w, "allOf");
	jw_arr(w);
	jw_obj(w);
	jw_kstr(w, "$ref", "#/$defs/cellObject");
	jw_obj_end(w);
	jw_obj(w);
	jw_key(w, "required");
	jw_arr(w);
	jw_str(w, "value");
	jw_str(w, "unit");
	jw_str(w, "source");
	jw_str(w, "as_of");
	jw_arr_end(w);
	jw_key(w, "properties");
	jw_obj(w);
	jw_key(w, "value");
	jw_obj(w);
	jw_kstr(w, "type", "number");
	jw_knum(w, "minimum", 0);
	jw_obj_end(w);
	jw_obj_end(w);
	jw_obj_end(w);
	jw_arr_end(w);
	jw_obj_end(w);
	jw_key(w, "prices");
	jw_obj(w);
	jw_kstr(w, "type", "object");
	jw_key(w, "propertyNames");
	jw_obj(w);
	jw_kstr(w, "pattern", NAME_PATTERN);
	jw_obj_end(w);
	jw_key(w, "additionalProperties");
	jw_obj(w);
	jw_key(w, "anyOf");
	jw_arr(w);
	jw_obj(w);
	jw_kstr(w, "$ref", "#/$defs/price");
	jw_obj_end(w);
	jw_obj(w);
	jw_key(w, "allOf");
	jw_arr(w);
	jw_obj(w);
	jw_kstr(w, "$ref", "#/$defs/prices");
	jw_obj_end(w);
	jw_obj(w);
	jw_key(w, "not");
	jw_obj(w);
	jw_key(w, "required");
	jw_arr(w);
	jw_str(w, "value");
	jw_arr_end(w);
	jw_obj_end(w);
	jw_obj_end(w);
	jw_arr_end(w);
	jw_obj_end(w);
	jw_arr_end(w);
	jw_obj_end(w);
	jw_obj_end(w);
	common_defs(w);
	jw_obj_end(w);
}

static void
model_schema(struct jw *w)
{
	static const char *const kinds[] = {"assumptions", "platform", "rules", NULL};
	size_t i;

	jw_kstr(w, "$schema", "https://json-schema.org/draft/2020-12/schema");
	jw_kstr(w, "$id", SCHEMA_BASE "model.schema.json");
	jw_kstr(w, "title", "runsheet model file");
	jw_kstr(w, "description", "An assumptions file, a platform model or the decision rules, "
	    "under models/.");
	jw_kstr(w, "type", "object");
	jw_key(w, "required");
	jw_arr(w);
	jw_str(w, "kind");
	jw_arr_end(w);
	jw_key(w, "properties");
	jw_obj(w);
	jw_key(w, "$schema");
	jw_obj(w);
	jw_kstr(w, "type", "string");
	jw_obj_end(w);
	jw_key(w, "kind");
	jw_obj(w);
	jw_key(w, "enum");
	jw_arr(w);
	for (i = 0; kinds[i]; i++)
		jw_str(w, kinds[i]);
	jw_arr_end(w);
	jw_obj_end(w);
	jw_key(w, "id");
	jw_obj(w);
	jw_kstr(w, "type", "string");
	jw_kstr(w, "pattern", "^[a-z_][a-z0-9_]*$");
	jw_obj_end(w);
	jw_key(w, "family");
	jw_obj(w);
	jw_key(w, "enum");
	jw_arr(w);
	for (i = 0; i < FAM__MAX; i++)
		jw_str(w, family_ids[i]);
	jw_arr_end(w);
	jw_obj_end(w);
	jw_key(w, "vendor");
	jw_obj(w);
	jw_kstr(w, "type", "string");
	jw_obj_end(w);
	jw_key(w, "order");
	jw_obj(w);
	jw_kstr(w, "type", "integer");
	jw_obj_end(w);
	jw_key(w, "billing");
	jw_obj(w);
	jw_kstr(w, "type", "array");
	jw_key(w, "items");
	jw_obj(w);
	jw_kstr(w, "type", "string");
	jw_obj_end(w);
	jw_obj_end(w);
	jw_key(w, "rules");
	jw_obj(w);
	jw_kstr(w, "type", "array");
	jw_obj_end(w);
	jw_key(w, "cells");
	jw_obj(w);
	jw_kstr(w, "$ref", "#/$defs/cells");
	jw_obj_end(w);
	jw_obj_end(w);
	jw_key(w, "$defs");
	jw_obj(w);
	common_defs(w);
	jw_obj_end(w);
}

/* A JSON Schema object {"type": "string"} with an optional description. */
static void
text_prop(struct jw *w, const char *key, const char *desc)
{
	jw_key(w, key);
	jw_obj(w);
	jw_kstr(w, "type", "string");
	if (desc)
		jw_kstr(w, "description", desc);
	jw_obj_end(w);
}

/* models/regions.json: runsheet regions and each provider's region in them. */
static void
regions_schema(struct jw *w)
{
	jw_kstr(w, "$schema", "https://json-schema.org/draft/2020-12/schema");
	jw_kstr(w, "$id", SCHEMA_BASE "regions.schema.json");
	jw_kstr(w, "title", "runsheet regions");
	jw_kstr(w, "description", "The values of workload.region: each runsheet region names one "
	    "region of every provider, whose pricing sheets price the model there.");
	jw_kstr(w, "type", "object");
	jw_key(w, "required");
	jw_arr(w);
	jw_str(w, "kind");
	jw_str(w, "default");
	jw_str(w, "providers");
	jw_str(w, "regions");
	jw_arr_end(w);
	jw_key(w, "properties");
	jw_obj(w);
	text_prop(w, "$schema", NULL);
	jw_key(w, "kind");
	jw_obj(w);
	jw_kstr(w, "const", "regions");
	jw_obj_end(w);
	text_prop(w, "title", NULL);
	text_prop(w, "note", NULL);
	text_prop(w, "default", "The region of a scenario that names none.");
	jw_key(w, "providers");
	jw_obj(w);
	jw_kstr(w, "type", "object");
	jw_key(w, "additionalProperties");
	jw_obj(w);
	jw_kstr(w, "type", "object");
	jw_key(w, "required");
	jw_arr(w);
	jw_str(w, "name");
	jw_str(w, "url");
	jw_arr_end(w);
	jw_key(w, "properties");
	jw_obj(w);
	text_prop(w, "name", NULL);
	jw_key(w, "import");
	jw_obj(w);
	jw_kstr(w, "description", "The runsheet prices import format of its price list.");
	jw_key(w, "enum");
	jw_arr(w);
	jw_str(w, "aws");
	jw_str(w, "azure");
	jw_str(w, "gcp");
	jw_str(w, "hetzner");
	jw_arr_end(w);
	jw_obj_end(w);
	jw_key(w, "url");
	jw_obj(w);
	jw_kstr(w, "type", "string");
	jw_kstr(w, "format", "uri");
	jw_obj_end(w);
	jw_obj_end(w);
	jw_kbool(w, "additionalProperties", false);
	jw_obj_end(w);
	jw_obj_end(w);
	jw_key(w, "regions");
	jw_obj(w);
	jw_kstr(w, "type", "object");
	jw_key(w, "propertyNames");
	jw_obj(w);
	jw_kstr(w, "pattern", "^[a-z][a-z0-9-]*$");
	jw_obj_end(w);
	jw_key(w, "additionalProperties");
	jw_obj(w);
	jw_kstr(w, "type", "object");
	jw_key(w, "required");
	jw_arr(w);
	jw_str(w, "name");
	jw_arr_end(w);
	jw_key(w, "properties");
	jw_obj(w);
	text_prop(w, "name", NULL);
	text_prop(w, "note", NULL);
	jw_obj_end(w);
	jw_key(w, "additionalProperties");
	jw_obj(w);
	jw_kstr(w, "description", "One provider's region: its code and where it is.");
	jw_kstr(w, "type", "object");
	jw_key(w, "required");
	jw_arr(w);
	jw_str(w, "code");
	jw_str(w, "place");
	jw_arr_end(w);
	jw_key(w, "properties");
	jw_obj(w);
	jw_key(w, "code");
	jw_obj(w);
	jw_kstr(w, "type", "string");
	jw_kstr(w, "pattern", "^[a-z][a-z0-9-]*$");
	jw_obj_end(w);
	text_prop(w, "place", NULL);
	text_prop(w, "note", "Why this one, when it is not in the region's city or country.");
	jw_obj_end(w);
	jw_kbool(w, "additionalProperties", false);
	jw_obj_end(w);
	jw_obj_end(w);
	jw_obj_end(w);
	jw_obj_end(w);
	jw_kbool(w, "additionalProperties", false);
}

/*
 * Write the schema of one file kind ("scenario", "pricing", "model");
 * returns false for an unknown kind.
 */
bool
schema_write(struct buf *out, const struct catalog *cat, const char *kind)
{
	struct jw w;

	jw_init(&w, out);
	jw_obj(&w);
	if (strcmp(kind, "scenario") == 0)
		scenario_schema(&w, cat);
	else if (strcmp(kind, "pricing") == 0)
		pricing_schema(&w);
	else if (strcmp(kind, "model") == 0)
		model_schema(&w);
	else if (strcmp(kind, "regions") == 0)
		regions_schema(&w);
	else
		return false;
	jw_obj_end(&w);
	return true;
}
