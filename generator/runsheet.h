/*
 * runsheet.h -- the one internal header.
 *
 * The files, one stage each. A file calls functions only of the files
 * below it in this list, never of one above (tests/deps.mjs checks it from
 * the object files, and that this list names every file):
 *
 *   main.c       the command line: options, commands, diagnostics printed
 *   diff.c       runsheet diff: two built sites compared, changes attributed
 *   site.c       runsheet build: every scenario's documents, the site around
 *   document.c   one scenario's documents: report.md/.html, data.json, files
 *   xlsx.c       the workbook: the model as live Excel formulas (libxlsxwriter)
 *   pages.c      the site's pages around the reports (index, prices, ...)
 *   markdown.c   Markdown -> HTML (cmark-gfm)
 *   tmpl.c       the template engine, with context-aware escaping
 *   mapchart.c   the decision map drawn (Cairo)
 *   chart.c      the charts (Cairo), PNG and SVG from the same drawing
 *   image.c      a model image: an evaluated model as text, for the wasm
 *   export.c     calc's back-ends: the table, JSON, CSV
 *   dump.c       every cell: runsheet dump
 *   schema.c     JSON Schemas of the input files
 *   prices.c     runsheet prices import: vendors' price lists -> a sheet
 *   kube.c       runsheet import kubernetes: a cluster -> a scenario
 *   focus.c      runsheet import focus: a FOCUS bill -> actual spend
 *   jstream.c    JSON as a token stream, for files too big for a tree
 *   scenario.c   a scenario file -> struct scenario (overrides of cells)
 *   report.c     struct model -> struct report (rows, verdict, reasons)
 *   jsonw.c      writing JSON
 *   catalog.c    the model data (pricing, assumptions, platforms, rules)
 *   regionload.c models/regions.json
 *   sourceload.c models/sources.json: the documents the data cites
 *   cellspec.c   one cell definition from JSON
 *   load.c       JSON files (jansson) -> struct src, with places
 *   analysis.c   break-even, Monte Carlo, sensitivity, near ties
 *   map.c        the decision map: the verdict over two inputs
 *   model.c      catalog + scenario + --set -> evaluated struct model
 *   region.c     where a scenario runs, and whose prices it uses
 *   names.c      the catalog's names and shared checks, without JSON
 *   diag.c       diagnostics: recorded, printed only by main.c
 *   jsonpos.c    JSON pointers and their lines and columns
 *   cell.c       a cell definition without JSON: name, dates, formula cells
 *   eval.c       bytecode -> struct value, with Excel's semantics
 *   formula.c    formula text -> struct formula (AST for printing, bytecode)
 *   num.c        numbers as text, spreadsheet rounding and comparison
 *   util.c       memory, buffers, strings, files, hashing
 *
 * Conventions: a function that can fail returns bool (true on success) or a
 * pointer (NULL on failure) and says so in its comment; failures are
 * recorded as diagnostics in a struct diags, which only main.c prints.
 * Arrays are a pointer plus a count named n<plural> (cells, ncells).
 * Allocation failure aborts (xmalloc and friends); nothing checks it.
 */
#ifndef RUNSHEET_H
#define RUNSHEET_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define RUNSHEET_VERSION "1.0.0"
#define DATA_FORMAT 1 /* data.json's "data_format": what runsheet diff reads */

#if defined(__GNUC__)
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))
#define NORETURN __attribute__((noreturn))
#else
#define PRINTF_LIKE(f, a)
#define NORETURN
#endif

/* Bounds that keep hostile input from exhausting memory or the stack. */
#define MAX_CELLS 100000        /* cells in one model */
#define MAX_FORMULA_LEN 8192    /* bytes of one formula */
#define MAX_FORMULA_DEPTH 64    /* nesting of parentheses and calls */
#define MAX_CHAIN 10000         /* longest chain of references */
#define MAX_STRING 32767        /* bytes of a string value (Excel's limit) */
#define MAX_NAME 255            /* bytes of a cell name (Excel's limit) */
#define MAX_SCENARIOS 100000    /* scenarios in one build */
#define MAX_SWEEP_POINTS 1000   /* points of a break-even sweep */
#define MAX_MAP_POINTS 201      /* values on one axis of the decision map */
#define MAX_SAMPLES 1000000     /* Monte Carlo samples */
#define MAX_FILE_BYTES (16u << 20) /* bytes of one input file */

/* ------------------------------------------------------------------ */
/* util.c: memory, growable buffers, files, hashing                   */

void *xmalloc(size_t);
void *xcalloc(size_t, size_t);
void xqsort(void *, size_t, size_t, int (*)(const void *, const void *));
void *xrealloc(void *, size_t);
void *xreallocarray(void *, size_t, size_t);
char *xstrdup(const char *);
char *xstrndup(const char *, size_t);
char *xasprintf(const char *, ...) PRINTF_LIKE(1, 2);
NORETURN void die(const char *, ...) PRINTF_LIKE(1, 2);

/* Grow array p (element count n, capacity cap) to hold one more. */
#define GROW(p, n, cap)                                                        \
	do {                                                                   \
		if ((n) >= (cap)) {                                            \
			(cap) = (cap) ? (cap)*2 : 8;                           \
			(p) = xreallocarray((p), (cap), sizeof(*(p)));        \
		}                                                              \
	} while (0)

struct buf {
	char *data; /* NUL-terminated once anything was put */
	size_t len; /* bytes used, excluding the NUL */
	size_t cap; /* bytes allocated */
};

void buf_reserve(struct buf *, size_t);
void buf_put(struct buf *, const void *, size_t);
void buf_puts(struct buf *, const char *);
void buf_putc(struct buf *, int);
void buf_printf(struct buf *, const char *, ...) PRINTF_LIKE(2, 3);
void buf_vprintf(struct buf *, const char *, va_list);
const char *buf_str(struct buf *);
double now_seconds(void);
char *buf_detach(struct buf *);
void buf_free(struct buf *);

bool file_read(const char *, struct buf *);
bool file_read_max(const char *, struct buf *, size_t);
bool file_write_atomic(const char *, const void *, size_t);
bool mkdir_p(const char *);
bool rm_rf(const char *);
bool path_is_dir(const char *);
bool file_exists(const char *);
char *path_join(const char *, const char *);
char **dir_list(const char *, const char *, size_t *);
void strv_free(char **, size_t);

uint64_t hash_bytes(const void *, size_t, uint64_t);
size_t edit_distance(const char *, const char *);
bool str_has_prefix(const char *, const char *);
bool str_has_suffix(const char *, const char *);
int str_casecmp(const char *, const char *);
int str_ncasecmp(const char *, const char *, size_t);

/* ------------------------------------------------------------------ */
/* num.c: the one place numbers become text                           */

struct value;

void num_shortest(char *, size_t, double);
void num_general(struct buf *, double);
void fmt_money(struct buf *, double);
void fmt_fixed(struct buf *, double, int, bool);
void fmt_scale(struct buf *, double);
void fmt_percent(struct buf *, double);
bool num_parse(const char *, double *);

/* How a number of a unit is written for people (fmt_number). */
enum num_kind {
	NUM_QUANTITY, /* vCPU, GiB, h, s, requests...: 4 significant digits */
	NUM_MONEY,    /* USD, USD/month, USD/year: $1,234.56 */
	NUM_PRICE,    /* USD/vCPU-h, EUR/month, USD/EUR: 6 significant digits */
	NUM_FRACTION, /* fraction: 37.5% */
	NUM__MAX
};
#define NUM_QUANTITY_DIGITS 4
#define NUM_PRICE_DIGITS 6

enum num_kind num_kind_of(const char *);
void fmt_sig(struct buf *, double, int);
void fmt_number(struct buf *, double, const char *);
void fmt_amount(struct buf *, double, const char *);

/* ------------------------------------------------------------------ */
/* markdown.c: Markdown to HTML (cmark-gfm)                           */

char *md_to_html(const char *, size_t);

/* ------------------------------------------------------------------ */
/* diag.c: diagnostics                                                 */

enum diag_level {
	DIAG_ERROR,
	DIAG_WARNING,
	DIAG__MAX
};

struct src; /* load.c */

struct diag {
	enum diag_level level;
	char *file; /* as given on the command line or found in data */
	int line;   /* 1-based; 0 when unknown */
	int col;    /* 1-based; 0 when unknown */
	char *path; /* JSON pointer, or NULL */
	char *cell; /* cell name, or NULL */
	char *msg;  /* the message */
};

struct diags {
	struct diag *list; /* in the order found */
	size_t nlist;
	size_t cap;
	size_t nerrors;
	size_t nwarnings;
};

void diag_add(struct diags *, enum diag_level, const char *, int, int, const char *,
    const char *, const char *, ...) PRINTF_LIKE(8, 9);
void diag_at(struct diags *, enum diag_level, const struct src *, const char *, int,
    const char *, const char *, ...) PRINTF_LIKE(7, 8);
void diag_format(struct buf *, const struct diag *);
void diags_print(const struct diags *, FILE *);
void diags_append(struct diags *, const struct diags *);
void diags_free(struct diags *);

/* ------------------------------------------------------------------ */
/* load.c: JSON sources                                                */

struct src {
	char *path;    /* file name as displayed in diagnostics */
	char *text;    /* the file's bytes, NUL-terminated */
	size_t len;    /* bytes in text */
	void *root;    /* json_t * of the parsed document, or NULL */
	uint64_t hash; /* content hash of text */
};

struct src *src_load(const char *, const char *, struct diags *);
struct src *src_parse(const char *, const char *, size_t, struct diags *);
struct src *src_load_max(const char *, const char *, size_t, struct diags *);
void src_free(struct src *);
bool jsonpos_locate(const char *, size_t, const char *, int, int *, int *);
char *jpath_append(const char *, const char *);
char *jpath_index(const char *, size_t);

/* ------------------------------------------------------------------ */
/* formula.c and eval.c: formulas and values                           */

enum vtype {
	VT_NUM,
	VT_STR,
	VT_BOOL,
	VT_ERR,
	VT__MAX
};

enum verr {
	VE_NONE,
	VE_DIV0,  /* #DIV/0! */
	VE_VALUE, /* #VALUE! */
	VE_NUM,   /* #NUM! */
	VE_NAME,  /* #NAME? */
	VE_NA,    /* #N/A: only a price the model's region has no sheet for */
	VE__MAX
};

#define VF_REF 0x01        /* value came straight from a cell reference */
#define VF_PROPAGATED 0x02 /* error value arose in another cell */

struct value {
	uint8_t type;  /* enum vtype */
	uint8_t err;   /* enum verr, when type is VT_ERR */
	uint8_t flags; /* VF_* */
	uint16_t pos;  /* errors: offset in the formula where it arose */
	union {
		double num;      /* VT_NUM */
		const char *str; /* VT_STR: borrowed, NUL-terminated */
		int b;           /* VT_BOOL */
	} u;
};

struct formula; /* opaque: formula.c */

struct formula *formula_parse(const char *, int *, char **);
void formula_free(struct formula *);
size_t formula_nrefs(const struct formula *);
const char *formula_ref(const struct formula *, size_t);
int formula_ref_pos(const struct formula *, size_t);
int formula_ref_cell(const struct formula *, size_t);
void formula_bind(struct formula *, size_t, int);
const char *formula_text(const struct formula *);
size_t formula_ncode(const struct formula *);
bool formula_is_function(const char *);
bool formula_is_constant(const struct formula *, double *);

/* Callback for formula_print: write the reference ref (bound to cell). */
typedef void (*formula_name_fn)(struct buf *, const char *, int, void *);
void formula_print(const struct formula *, struct buf *, formula_name_fn, void *);

struct evalctx {
	struct value *stack; /* operand stack */
	size_t cap;          /* its capacity */
	char **strs;         /* strings made while evaluating (concatenation) */
	size_t nstrs;
	size_t strcap;
	char detail[160]; /* why the last error value arose */
};

void evalctx_init(struct evalctx *);
void evalctx_reset(struct evalctx *);
void evalctx_free(struct evalctx *);
struct value eval_formula(struct evalctx *, const struct formula *, const struct value *);
const char *verr_code(enum verr);
const char *verr_text(enum verr);
const char *vtype_name(enum vtype);
bool value_equal(const struct value *, const struct value *);
void value_print(struct buf *, const struct value *);

/* ------------------------------------------------------------------ */
/* catalog.c: the model data                                           */

enum layer {
	LAYER_PRICING,
	LAYER_ASSUMPTION,
	LAYER_PLATFORM,
	LAYER_DECISION,
	LAYER_SCENARIO,
	LAYER_CLI,
	LAYER__MAX
};

enum cell_kind {
	CK_VALUE,
	CK_FORMULA
};

enum dist {
	DIST_NONE,
	DIST_TRIANGULAR,
	DIST_PERT,
	DIST__MAX
};

/* One definition of a cell, from one file (or the command line). */
struct cellspec {
	char *name;                /* as written */
	enum layer layer;          /* where it was defined */
	const struct src *src;     /* file it came from; NULL for --set */
	char *jpath;               /* JSON pointer inside src */
	enum cell_kind kind;       /* value or formula */
	struct value value;        /* CK_VALUE: the value (strings in strval) */
	char *strval;              /* CK_VALUE strings: owned text */
	char *formula_text;        /* CK_FORMULA: the text without "=" */
	int fcol_base;             /* offset of formula_text in the JSON string */
	struct formula *formula;   /* CK_FORMULA: owned, bound to catalog indices */
	bool ranged;               /* has low/high */
	double low, high;          /* range around value.u.num */
	enum dist dist;            /* distribution when sampled */
	char *unit;                /* "USD/vCPU-s", "h", ... */
	char *description;         /* one sentence */
	char *source;              /* seed file name or vendor page title */
	char *url;                 /* vendor page address, or NULL */
	char *as_of;               /* YYYY-MM-DD */
	char *note;                /* why this number, caveats */
	char *region;              /* prices: the region it was published for, when
	                              not its sheet's (shown beside it), or NULL */
	const struct sheet *sheet; /* prices: the pricing sheet it comes from */
	bool missing;              /* a placeholder: no price for the model's region */
	char **enumv;              /* allowed string values, or NULL */
	size_t nenumv;
	bool has_min, has_max;     /* bounds for numeric inputs */
	double min, max;
	bool integer;              /* whole numbers only */
	bool unread;               /* prices: "read": false, the figure was not read
	                              from its source (no as_of) */
	char **inert;              /* inputs that change nothing on this cell's
	                              platform when it is TRUE (its description
	                              says why), or NULL */
	size_t ninert;
};

void cellspec_free(struct cellspec *);
void cellspec_source(struct buf *, const struct cellspec *, const struct cellspec *);
const char *cellspec_url(const struct cellspec *, const struct cellspec *);
const char *cellspec_as_of(const struct cellspec *, const struct cellspec *);

/* image.c: a scenario's model as text, for the engine in the page */
struct model;
struct catalog;
void image_write(struct buf *, const struct model *);
struct catalog *image_read(const char *, size_t, struct diags *);
void image_free(struct catalog *);

enum family {
	FAM_SERVERLESS,
	FAM_MANAGED_K8S,
	FAM_SELF_MANAGED_K8S,
	FAM__MAX
};

enum component {
	COMP_COMPUTE,
	COMP_PLATFORM_FEES,
	COMP_HIDDEN,
	COMP_ENGINEERING,
	COMP_ONE_TIME,
	COMP__MAX
};

extern const char *const component_ids[COMP__MAX];
extern const char *const component_names[COMP__MAX];
extern const char *const family_ids[FAM__MAX];
extern const char *const family_names[FAM__MAX];
extern const char *const layer_names[LAYER__MAX];
extern const char *const dist_names[DIST__MAX];

struct platform {
	char *id;          /* contract id: cloud_run, eks, ... */
	char *name;        /* display name */
	char *provider;    /* gcp, aws, azure, fly, hetzner */
	char *vendor;      /* the provider's name: "Google Cloud" */
	char *summary;     /* one paragraph, Markdown */
	char **billing;    /* billing rules in words, Markdown */
	size_t nbilling;
	char *url;         /* vendor page */
	enum family family;
	int order;         /* position in every listing */
	const struct src *src;
	int comp[COMP__MAX]; /* cell index of each component */
	int total;         /* cell index of <id>.total */
	int compared;      /* <id>.compared */
	int excluded;      /* <id>.excluded */
	int score;         /* <id>.score */
	int adjust;        /* <id>.rule_adjust */
	int cold_start;    /* <id>.cold_start_s, or -1 */
	int cold_over;     /* <id>.cold_start_over_tolerance, or -1 */
	int scale_up;      /* <id>.scale_up_s, or -1 */
	int gpu;           /* <id>.gpu_supported, or -1 */
};

enum rule_effect {
	RE_FAVOUR,
	RE_DISFAVOUR,
	RE_EXCLUDE,
	RE__MAX
};

extern const char *const rule_effect_ids[RE__MAX];

struct rule {
	char *id;          /* rule.<id> names its cell */
	char *title;       /* short statement */
	char *when;        /* condition formula text */
	char *reason;      /* sentence shown when it fires */
	enum rule_effect effect;
	double weight;     /* fraction: 0.25 ranks as if 25% cheaper/dearer */
	bool family[FAM__MAX]; /* targeted families */
	bool *platform;    /* targeted platforms, by catalog index */
	char *source;      /* seed file name */
	char *quote;       /* the sentence the rule rests on */
	const struct src *src;
	char *jpath;
	int cell;          /* index of rule.<id>: fired for any platform */
	bool per_platform; /* the condition uses {p}: one cell per platform */
	int *pcell;        /* per catalog platform: rule.<id>.<p>, or -1 */
};

struct model;
struct catalog;
bool rule_fires_for(const struct model *, const struct rule *, size_t);
bool rule_targets(const struct catalog *, const struct rule *, size_t);
const char *rule_cell_name(const struct catalog *, const struct rule *, size_t);

/* ------------------------------------------------------------------ */
/* region.c: where a scenario runs, and whose prices it uses           */

/* One provider's region inside a runsheet region. */
struct region_site {
	char *provider;  /* gcp, aws, azure, fly, hetzner */
	char *code;      /* the provider's region code: europe-west3, fsn1 */
	char *place;     /* where it is: "Frankfurt, Germany" */
	char *note;      /* why this one when it is not the obvious one, or NULL */
};

/* A runsheet region: one of each provider's regions. */
struct region {
	char *id;        /* workload.region: eu-central */
	char *name;      /* "Frankfurt" */
	char *note;      /* or NULL */
	char *jpath;     /* in models/regions.json */
	struct region_site *sites;
	size_t nsites;
};

/* A provider whose prices are regional. */
struct provider {
	char *id;        /* gcp */
	char *name;      /* "Google Cloud" */
	char *importer;  /* argument of runsheet prices import, or NULL if none */
	char *url;       /* the provider's list of its regions */
};

/* A pricing sheet: one provider's prices in some of its regions, or in all. */
struct sheet {
	const struct src *src;
	char *provider;  /* its "provider" */
	char **codes;    /* the region codes it prices; none: every region */
	size_t ncodes;
	char *title;
	bool user;       /* given with --pricing */
};

struct regions {
	const struct src *src;     /* models/regions.json */
	struct provider *providers;
	size_t nproviders;
	struct region *list;
	size_t n;
	int dflt;                  /* the default region, index into list */
};

/* A document the model data cites by its file name (models/sources.json). */
struct source {
	char *key;              /* the file name the data cites: "004_76779babffdde425.txt" */
	char *label;            /* "seed 004" */
	char *title;            /* its own title, or its opening words */
	bool titled;            /* false: title holds the opening words */
	char *about;            /* what it is, a sentence */
	char *url;              /* where a reader finds it, or NULL */
	const struct src *src;  /* models/sources.json */
	char *jpath;            /* its place there */
};

struct catalog;
struct model;
bool sources_load(struct catalog *, const struct src *, struct diags *);
void sources_check(const struct catalog *, struct diags *);
void sources_free(struct catalog *);
const struct source *source_find(const struct catalog *, const char *);
void source_name(struct buf *, const struct source *);
void source_cite(struct buf *, const struct catalog *, const char *);
bool regions_load(struct catalog *, const struct src *, struct diags *);
void regions_free(struct regions *);
int region_find(const struct regions *, const char *);
const struct region_site *region_site(const struct region *, const char *);
const struct provider *region_provider(const struct regions *, const char *);
bool sheet_applies(const struct sheet *, const struct region *);
void sheet_free(struct sheet *);
void sheet_region_text(struct buf *, const struct cellspec *);
void region_defs(const struct catalog *, int, const struct cellspec **);
bool region_check_missing(const struct model *, struct diags *);
void region_describe(struct buf *, const struct model *, const bool *);

struct catalog {
	char *datadir;            /* root of models/, templates/, assets/ */
	struct src **srcs;        /* every file read, owned */
	size_t nsrcs;
	size_t srccap;
	struct cellspec **specs;  /* every definition, owned, in load order */
	size_t nspecs;
	size_t speccap;
	const struct cellspec **def; /* effective definition per cell index */
	const struct cellspec **base;/* first definition per cell index */
	size_t ncells;
	size_t cellcap;
	bool full;		/* MAX_CELLS reached and reported */
	struct nameidx *idx;      /* name -> cell index */
	struct platform *platforms;
	size_t nplatforms;
	struct rule *rules;
	size_t nrules;
	int *cell_platform;       /* platform index of each cell (<id>.*), or -1 */
	int *order;               /* topological order of the catalog cells */
	size_t norder;
	uint64_t hash;            /* content hash of every data file */
	struct regions *regions;  /* models/regions.json, or NULL */
	struct source *sources;   /* models/sources.json, by key; NULL if none */
	size_t nsources;
	struct sheet **sheets;    /* every pricing sheet, in load order */
	size_t nsheets;
	size_t sheetcap;
	const struct cellspec ***prices; /* per cell: its pricing definitions in
	                                    load order, NULL-terminated; or NULL */
	struct cellspec **missing;/* per price cell: the placeholder for a region
	                             without its price (owned), or NULL */
	int region_cell;          /* workload.region, or -1 */
	int stale_days;           /* prices older than this are stale */
	char *today;              /* YYYY-MM-DD the staleness check uses */
	char **include_dirs;      /* --allow-include: where else a scenario may include
	                             from (borrowed), besides its own directory */
	size_t ninclude_dirs;
};

/* names.c: the name index (lower-cased, as Excel compares names) */
struct nameidx;
int idx_find(const struct nameidx *, const char *);
void idx_put(struct nameidx *, const char *, int);
void idx_free(struct nameidx *);
struct nameidx *idx_new(void);

struct catalog *catalog_load(const char *, char **, size_t, struct diags *);
struct catalog *catalog_load_sheet(const char *, char **, size_t, struct src *,
    struct diags *);
void catalog_free(struct catalog *);
int catalog_find(const struct catalog *, const char *);
const char *catalog_suggest(const struct catalog *, const char *);
int catalog_platform(const struct catalog *, const char *);
bool cell_name_valid(const char *, char **);
void fmt_value(struct buf *, const struct value *, const char *);
bool value_true(const struct value *);
bool cellspec_from_json(struct cellspec *, const struct src *, const char *, const char *,
    void *, enum layer, struct diags *);
bool cells_from_json(const struct src *, const char *, const char *, void *, enum layer,
    struct cellspec ***, size_t *, size_t *, struct diags *);
bool formula_compile_spec(struct cellspec *, const struct catalog *, struct diags *);
bool catalog_check_override(const struct catalog *, struct cellspec *, int,
    struct diags *);
void catalog_check_stale(const struct catalog *, struct diags *);
bool date_valid(const char *);
long date_days(const char *);
bool cell_unread(const struct cellspec *, const struct cellspec *);
const char *cell_as_of(const struct cellspec *, const struct cellspec *);

/* ------------------------------------------------------------------ */
/* scenario.c                                                          */

struct sweep_opts {
	double min, max; /* scale range */
	int points;      /* log-spaced points */
};

/* One axis of the decision map (map.c): unset fields take the defaults. */
struct map_axis_opts {
	const char *cell;    /* the input, or NULL: the default axis's */
	double min, max;     /* its range, when have_range */
	bool have_range;
	int log;             /* 1 log-spaced, 0 evenly spaced, -1 the default */
	int points;          /* values on the axis; 0 the default */
	char *own;           /* cell, when it is ours to free */
};

struct map_opts {
	struct map_axis_opts x, y;
	bool off;            /* "map": false */
};

extern const struct map_axis_opts map_default_x, map_default_y;
char *map_axis_check(const struct catalog *, struct map_axis_opts *,
    const struct map_axis_opts *);
char *map_axis_parse(const char *, struct map_axis_opts *);

struct scenario {
	struct src *src;        /* owned */
	char *id;               /* file-name safe id */
	char *title;            /* display title */
	char *summary;          /* one paragraph, Markdown */
	char *description;      /* Markdown */
	char **sources;         /* what the scenario rests on */
	size_t nsources;
	char **assumptions;     /* which seed assumptions it reproduces */
	size_t nassumptions;
	char **fill_in;         /* what an import could not say ("fill_in") */
	size_t nfill_in;
	struct src **includes;  /* the files of "include", owned */
	size_t nincludes;
	struct cellspec **specs;/* overrides, owned */
	size_t nspecs;
	size_t speccap;
	struct sweep_opts sweep;
	struct map_opts map;    /* the decision map's axes, checked */
	int samples;            /* Monte Carlo samples */
	unsigned long seed;     /* Monte Carlo seed */
};

struct scenario *scenario_load(const char *, const struct catalog *, struct diags *);
struct scenario *scenario_from_src(struct src *, const struct catalog *, struct diags *);
bool import_reads_back(const struct catalog *, const char *, const struct buf *, const char *,
    struct diags *);
void scenario_free(struct scenario *);
bool scenario_id_valid(const char *, char **);
char *scenario_include_path(const char *, const char *);
uint64_t scenario_include_hash(const char *, const char *, size_t, uint64_t);

/* ------------------------------------------------------------------ */
/* model.c: one scenario's evaluated cells                             */

struct model {
	const struct catalog *cat;
	const struct scenario *scn;   /* borrowed, may be NULL */
	size_t ncells;
	const struct cellspec **def;  /* effective definition per cell */
	struct cellspec **own;        /* definitions from --set, owned */
	size_t nown;
	struct value *values;         /* evaluated value per cell */
	char **strs;                  /* owned string storage per cell */
	char **errs;                  /* why a cell's own error arose, or NULL */
	int *order;                   /* evaluation order */
	size_t norder;
	bool own_order;               /* order is ours, not the catalog's */
	int region;                   /* index of workload.region in cat->regions, or -1 */
	struct evalctx ctx;
	size_t nevals;                /* formula evaluations performed */
};

struct setopt {
	char *name;
	char *value;
};

struct model *model_new(const struct catalog *, const struct scenario *, const struct setopt *,
    size_t, struct diags *);
void model_free(struct model *);
bool model_eval(struct model *, struct diags *);
void model_eval_quiet(struct model *);
void model_eval_subset(struct model *, const int *, size_t);
bool model_order(const struct catalog *, const struct cellspec *const *, size_t, int **,
    size_t *, struct diags *);
double model_num(const struct model *, int);
const char *model_str(const struct model *, int);
bool model_bool(const struct model *, int);
void model_set_num(struct model *, int, double);
int model_find(const struct model *, const char *);
size_t model_dependents(const struct model *, const int *, size_t, int **);

/* The range an analysis varies an input over (model_range). */
struct range {
	double low, mode, high;
	enum dist dist;
	int spread;        /* the spread.<name> cell it comes from, or -1 */
};

bool model_range(const struct model *, int, struct range *);
const int *cellspec_deps(const struct cellspec *, size_t *);

/* ------------------------------------------------------------------ */
/* report.c: the evaluated model as rows, a verdict and reasons        */

struct prow {
	int pi;                     /* catalog platform index */
	const struct platform *p;   /* borrowed */
	double comp[COMP__MAX];     /* monthly cost per component, USD */
	double total;               /* monthly total, USD */
	double annual;              /* annual total, USD */
	double per_million;         /* USD per million requests; 0 if none */
	bool excluded;              /* ruled out by an exclusion rule */
	double adjust;              /* rule adjustment factor */
	double score;               /* ranking score */
	char *excluded_why;         /* the rules that exclude it, or NULL */
};

/* Model vs the bill of the platform the team runs on (actual.*, bill.*). */
enum { BILL_COMPUTE, BILL_FEES, BILL_HIDDEN, BILL__MAX };

struct billview {
	bool present;               /* the scenario has a bill */
	const struct platform *p;   /* the platform it is for */
	const char *period;         /* its billing period, borrowed */
	int actual[BILL__MAX], model[BILL__MAX], diff[BILL__MAX], pct[BILL__MAX];
	int actual_total, model_total, diff_total, pct_total, other, miss, threshold;
	int off, worst;             /* the cells, each an index */
	int worst_k;                /* BILL_* of bill.worst */
	char *sentence;             /* how far apart, for the verdict */
	char *warning;              /* past the threshold, or NULL */
	char *inputs;               /* the inputs behind the worst component */
};

extern const char *const bill_comp_ids[BILL__MAX];
extern const char *const bill_comp_names[BILL__MAX];

struct report {
	struct model *m;            /* the evaluated model, borrowed */
	const struct scenario *scn; /* borrowed, may be NULL */
	struct prow *rows;          /* compared platforms, listing order */
	size_t nrows;
	int rec;                    /* row recommended, -1 if none */
	int cheapest;               /* row with the lowest total, -1 if none */
	char **reasons;             /* why, each naming its rule */
	size_t nreasons;
	double requests;            /* requests per month (scaled) */
	char *where;                /* the region and the compared platforms'
	                               providers' regions in it, or "" */
	struct analyses *an;        /* analyses (analysis.c), or NULL */
	struct billview bill;       /* model vs the bill */
	bool near_tie;              /* decision.near_tie */
	int *tied;                  /* rows within decision.tie_margin, listing order */
	size_t ntied;
	int tie_with;               /* the one the verdict names (best score), or -1 */
	double tie_margin;          /* decision.tie_margin */
	char *tie_sentence;         /* the near tie in words, or NULL */
	char *tie_line;             /* ... in one line, for the verdict, or NULL */
};

struct report *report_new(struct model *, struct diags *);
void report_free(struct report *);
const struct prow *report_row(const struct report *, const char *);
void report_diff_sentence(struct buf *, const struct report *);

#endif
