/*
 * focus.c -- runsheet import focus: a FOCUS billing export becomes the
 * actual.* cells of a scenario, the bill the model is checked against.
 *
 * The export is CSV with FOCUS 1.0 (and later) column names, plain or
 * gzip-compressed, read as a stream (a month of a real account is
 * millions of rows): RFC 4180 quoting with commas and newlines inside
 * quotes, CRLF or LF, UTF-8; NULL and empty fields are missing values.
 * Memory holds one row and the sums: per billing period, per component,
 * per other service and per charge category.
 *
 * Every cost is added as a whole number of billionths of the currency
 * (int64), so the components and "other" add up to the total exactly,
 * and the summary shows both. Each Usage row is given a component by the
 * first rule of models/focus-map.json that matches it for its provider
 * (compute, platform_fees, hidden); a row no rule matches is "other",
 * listed by ServiceName; rows of another ChargeCategory (Purchase, Tax,
 * Credit, Adjustment) are "other" too, each on its own line. Nothing is
 * dropped except by the period and --filter choices, which the summary
 * states.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <zlib.h>

#include "runsheet.h"
#include "jsonw.h"
#include "focus.h"

#define NANO 1000000000LL
#define MAX_COST 9e9          /* a row's cost, and a period's sum, in units */
#define CSV_MAX_FIELDS 1024
#define CSV_MAX_ROW (4u << 20)

/* --- CSV, streamed --------------------------------------------------------------- */

struct csv {
	gzFile gz;
	const char *path;
	unsigned char *blk;
	size_t blen, bpos;
	bool eof, readerr;
	long line;             /* physical line of the next byte */
	long row_line;         /* where the last row began */
	struct buf text;       /* the last row's fields, NUL-separated */
	size_t off[CSV_MAX_FIELDS];
	size_t nf;
	char err[200];
};

static bool
csv_open(struct csv *c, const char *path)
{
	memset(c, 0, sizeof(*c));
	c->gz = gzopen(path, "rb");
	if (c->gz == NULL)
		return false;
	gzbuffer(c->gz, 1 << 16);
	c->path = path;
	c->blk = xmalloc(1 << 16);
	c->line = 1;
	return true;
}

static void
csv_close(struct csv *c)
{
	if (c->gz)
		gzclose(c->gz);
	free(c->blk);
	buf_free(&c->text);
}

static int
csv_peek(struct csv *c)
{
	if (c->bpos < c->blen)
		return c->blk[c->bpos];
	if (c->eof)
		return -1;
	{
		int n = gzread(c->gz, c->blk, 1 << 16);

		if (n <= 0) {
			int zerr = Z_OK;

			gzerror(c->gz, &zerr);
			if (n < 0 || (zerr != Z_OK && zerr != Z_STREAM_END))
				c->readerr = true;
			c->eof = true;
			return -1;
		}
		c->blen = (size_t)n;
		c->bpos = 0;
	}
	return c->blk[0];
}

static int
csv_take(struct csv *c)
{
	int ch = csv_peek(c);

	if (ch >= 0) {
		c->bpos++;
		if (ch == '\n')
			c->line++;
	}
	return ch;
}

/*
 * Read the next row into c->off[]/c->nf. Returns 1 for a row, 0 at the
 * end, -1 on an error (c->err). Fields are checked for UTF-8.
 */
static int
csv_row(struct csv *c)
{
	int ch;
	bool quoted, any = false;

	c->text.len = 0;
	c->nf = 0;
	c->row_line = c->line;
	/* skip blank lines between rows */
	while ((ch = csv_peek(c)) == '\r' || ch == '\n')
		csv_take(c);
	c->row_line = c->line;
	if (ch < 0) {
		if (c->readerr) {
			snprintf(c->err, sizeof(c->err), "the file cannot be read to its end (a "
			    "truncated or corrupt gzip file?)");
			return -1;
		}
		return 0;
	}
	for (;;) {
		size_t start = c->text.len;

		if (c->nf >= CSV_MAX_FIELDS) {
			snprintf(c->err, sizeof(c->err), "more than %d fields in a row",
			    CSV_MAX_FIELDS);
			return -1;
		}
		c->off[c->nf++] = start;
		quoted = csv_peek(c) == '"';
		if (quoted)
			csv_take(c);
		for (;;) {
			/* a run of plain bytes in one go: to the next quote, comma or line end */
			if (csv_peek(c) >= 0) {
				const unsigned char *b = c->blk + c->bpos, *e = c->blk + c->blen, *q = b;

				if (quoted) {
					while (q < e && *q != '"') {
						if (*q == '\n')
							c->line++;
						q++;
					}
				} else {
					while (q < e && *q != ',' && *q != '\n' && *q != '\r' && *q != '"')
						q++;
				}
				if (q > b) {
					buf_put(&c->text, b, (size_t)(q - b));
					c->bpos += (size_t)(q - b);
					if (c->text.len > CSV_MAX_ROW) {
						snprintf(c->err, sizeof(c->err), "a row longer than %u bytes",
						    CSV_MAX_ROW);
						return -1;
					}
					continue;
				}
			}
			ch = csv_take(c);
			if (ch < 0) {
				if (c->readerr) {
					snprintf(c->err, sizeof(c->err), "the file cannot be read to its "
					    "end (a truncated or corrupt gzip file?)");
					return -1;
				}
				if (quoted) {
					snprintf(c->err, sizeof(c->err), "the file ends inside a quoted "
					    "field of the row that begins here: is it truncated?");
					return -1;
				}
				break;
			}
			if (quoted) {
				if (ch == '"') {
					if (csv_peek(c) == '"') {
						csv_take(c);
						buf_putc(&c->text, '"');
						continue;
					}
					quoted = false;
					continue;
				}
				buf_putc(&c->text, ch);
			} else {
				if (ch == ',' || ch == '\n')
					break;
				if (ch == '\r') {
					if (csv_peek(c) == '\n')
						csv_take(c);
					ch = '\n';
					break;
				}
				if (ch == '"') {
					snprintf(c->err, sizeof(c->err), "a quote inside an unquoted field "
					    "(field %zu)", c->nf);
					return -1;
				}
				buf_putc(&c->text, ch);
			}
			if (c->text.len > CSV_MAX_ROW) {
				snprintf(c->err, sizeof(c->err), "a row longer than %u bytes",
				    CSV_MAX_ROW);
				return -1;
			}
		}
		buf_putc(&c->text, '\0');
		any = true;
		if (ch != ',')
			break;
	}
	(void)any;
	/* UTF-8, and no NUL inside a field */
	{
		const unsigned char *p = (const unsigned char *)c->text.data;
		size_t i = 0, n = c->text.len, f = 1;

		for (; i < n; i++) {
			unsigned char b = p[i];
			int need = 0;

			if (b == 0) {
				if (f < c->nf && i + 1 != c->off[f]) {
					snprintf(c->err, sizeof(c->err), "a NUL byte in field %zu", f);
					return -1;
				}
				f++;
				continue;
			}
			if (b < 0x80)
				continue;
			if ((b & 0xE0) == 0xC0 && b >= 0xC2)
				need = 1;
			else if ((b & 0xF0) == 0xE0)
				need = 2;
			else if ((b & 0xF8) == 0xF0 && b <= 0xF4)
				need = 3;
			else
				need = -1;
			while (need > 0 && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
				i++;
				need--;
			}
			if (need != 0) {
				snprintf(c->err, sizeof(c->err), "invalid UTF-8 in field %zu", f);
				return -1;
			}
		}
	}
	return 1;
}

/* Field i of the last row; NULL when missing (absent, empty or NULL). */
static const char *
csv_field_at(const struct csv *c, int i)
{
	const char *s;

	if (i < 0 || (size_t)i >= c->nf)
		return NULL;
	s = c->text.data + c->off[i];
	if (*s == '\0' || strcmp(s, "NULL") == 0)
		return NULL;
	return s;
}

/* --- the map ------------------------------------------------------------------------ */

struct frule {
	json_t *match;         /* borrowed from the map */
	const char *component; /* compute, platform_fees, hidden */
	const char *platform;  /* platform hints: the platform */
	int *cols;             /* the column of each match key in this file's header */
	size_t ncols;
};

struct fprovider {
	const char *name;      /* ProviderName */
	struct frule *rules, *hints;
	size_t nrules, nhints;
};

/* Columns runsheet reads, and their index in the header (or -1). */
enum fcol {
	C_BILLED, C_EFFECTIVE, C_CURRENCY, C_BP_START, C_BP_END, C_CATEGORY, C_CP_START,
	C_CP_END, C_SERVICE, C_SERVICE_CATEGORY, C_PROVIDER, C_DESCRIPTION, C_SKU,
	C_RESOURCE_TYPE, C_REGION, C_SUBACCOUNT, C_TAGS, C_CLASS, C__MAX
};

static const char *const fcol_names[C__MAX] = {
	"BilledCost", "EffectiveCost", "BillingCurrency", "BillingPeriodStart", "BillingPeriodEnd",
	"ChargeCategory", "ChargePeriodStart", "ChargePeriodEnd", "ServiceName", "ServiceCategory",
	"ProviderName", "ChargeDescription", "SkuId", "ResourceType", "RegionId", "SubAccountId",
	"Tags", "ChargeClass"};

/* The columns without which the export cannot be read. */
static const bool fcol_required[C__MAX] = {
	[C_BILLED] = true, [C_CURRENCY] = true, [C_BP_START] = true, [C_BP_END] = true,
	[C_CATEGORY] = true, [C_CP_END] = true, [C_SERVICE] = true, [C_PROVIDER] = true};

/* A line of "other": a service, or a charge category that is not usage. */
struct other {
	char *what;
	long long nanos;
	long long nanos_usd;   /* each row at its currency's rate, if known */
	long rows;
};

/* The sums of one billing period. */
struct period {
	char *start, *end;     /* BillingPeriodStart/End as written */
	char month[8];         /* YYYY-MM of the start */
	long long comp[3];     /* compute, platform_fees, hidden */
	long long total;
	long long comp_usd[3]; /* the same, each row converted to US dollars */
	long long total_usd;
	char unrated[64];      /* currencies without a rate, "EUR GBP" */
	long rows;
	struct other *other;
	size_t nother, ocap;
	char *currency;
	bool mixed;            /* more than one currency */
	const char *mixed_file;/* where the second one appears */
	long mixed_line;
	char mixed_cur[16];
	long long hint[64];    /* per catalog platform: the cost of its hinted rows */
	double abs_sum, abs_sum_usd; /* of the rows' |cost|, in billionths: bounds every sum */
};

struct focus {
	const struct catalog *cat;
	const struct focus_opts *o;
	struct diags *d;
	struct src *map;
	struct fprovider *prov;
	size_t nprov;
	struct period *per;
	size_t nper, pcap;
	char *max_charge_end;  /* the latest ChargePeriodEnd read */
	long rows, kept;
	double secs;
	char **files;
	char rate_cur[16];     /* the last currency row_rate() looked up */
	double rate_val;
};

static double usd_rate(const struct focus *, const char *, char *, size_t);

/* US dollars per unit of a row's currency (0: no rate known), cached. */
static double
row_rate(struct focus *f, const char *cur)
{
	char why[200];

	if (strcmp(f->rate_cur, cur) != 0) {
		snprintf(f->rate_cur, sizeof(f->rate_cur), "%.15s", cur);
		f->rate_val = usd_rate(f, cur, why, sizeof(why));
	}
	return f->rate_val;
}

static const char *const comp_keys[3] = {"compute", "platform_fees", "hidden"};

static bool
map_load(struct focus *f)
{
	char *path = xasprintf("%s/models/focus-map.json", f->cat->datadir);
	json_t *provs, *pv, *arr, *r;
	const char *name;
	size_t i;
	bool ok = true;

	f->map = src_load(path, "models/focus-map.json", f->d);
	free(path);
	if (f->map == NULL)
		return false;
	provs = json_object_get(f->map->root, "providers");
	if (!json_is_object(provs)) {
		diag_at(f->d, DIAG_ERROR, f->map, "", -1, NULL, "missing \"providers\"");
		return false;
	}
	f->prov = xcalloc(json_object_size(provs) + 1, sizeof(*f->prov));
	json_object_foreach(provs, name, pv) {
		struct fprovider *p = &f->prov[f->nprov++];
		char *pp = jpath_append("/providers", name);

		p->name = name;
		arr = json_object_get(pv, "rules");
		p->rules = xcalloc(json_array_size(arr) + 1, sizeof(*p->rules));
		json_array_foreach(arr, i, r) {
			const char *c = json_string_value(json_object_get(r, "component"));
			size_t k;

			for (k = 0; c && k < 3; k++)
				if (strcmp(c, comp_keys[k]) == 0)
					break;
			if (!json_is_object(json_object_get(r, "match")) || c == NULL || k == 3) {
				char *q = xasprintf("%s/rules/%zu", pp, i);

				diag_at(f->d, DIAG_ERROR, f->map, q, -1, NULL, "a rule is {\"match\": "
				    "{COLUMN: PATTERN}, \"component\": compute, platform_fees or hidden}");
				free(q);
				ok = false;
				continue;
			}
			p->rules[p->nrules].match = json_object_get(r, "match");
			p->rules[p->nrules].component = comp_keys[k];
			p->nrules++;
		}
		arr = json_object_get(pv, "platform_hints");
		p->hints = xcalloc(json_array_size(arr) + 1, sizeof(*p->hints));
		json_array_foreach(arr, i, r) {
			const char *pl = json_string_value(json_object_get(r, "platform"));

			if (!json_is_object(json_object_get(r, "match")) || pl == NULL ||
			    catalog_platform(f->cat, pl) < 0) {
				char *q = xasprintf("%s/platform_hints/%zu", pp, i);

				diag_at(f->d, DIAG_ERROR, f->map, q, -1, NULL, "a hint is {\"match\": "
				    "{COLUMN: PATTERN}, \"platform\": a platform id}");
				free(q);
				ok = false;
				continue;
			}
			p->hints[p->nhints].match = json_object_get(r, "match");
			p->hints[p->nhints].platform = pl;
			p->nhints++;
		}
		free(pp);
	}
	return ok;
}

/* Whether s matches glob p ("*" any run). */
static bool
fglob(const char *p, const char *s)
{
	if (*p == '\0')
		return *s == '\0';
	if (*p == '*')
		return fglob(p + 1, s) || (*s && fglob(p, s + 1));
	return *s == *p && fglob(p + 1, s + 1);
}

static bool
pat_ok(const char *pat, const char *v)
{
	if (pat[0] == '!')
		return v == NULL || !fglob(pat + 1, v);
	return v != NULL && fglob(pat, v);
}

/* Column indices of the header, by name. */
struct header {
	char **names;
	size_t n;
	int col[C__MAX];
};

static int
header_find(const struct header *h, const char *name)
{
	size_t i;

	for (i = 0; i < h->n; i++)
		if (strcmp(h->names[i], name) == 0)
			return (int)i;
	return -1;
}

/* Resolve a rule's columns against a file's header (-1: not in it). */
static void
rule_resolve(struct frule *r, const struct header *h)
{
	const char *k;
	json_t *pats;
	size_t i = 0;

	free(r->cols);
	r->cols = xcalloc(json_object_size(r->match) + 1, sizeof(*r->cols));
	json_object_foreach(r->match, k, pats) {
		(void)pats;
		r->cols[i++] = header_find(h, k);
	}
	r->ncols = i;
}

static bool
rule_matches(const struct frule *r, const struct csv *c)
{
	const char *k;
	json_t *pats, *p;
	size_t i, n = 0;

	json_object_foreach(r->match, k, pats) {
		const char *v = csv_field_at(c, r->cols[n++]);

		if (json_is_string(pats)) {
			if (!pat_ok(json_string_value(pats), v))
				return false;
			continue;
		}
		json_array_foreach(pats, i, p)
			if (!json_is_string(p) || !pat_ok(json_string_value(p), v))
				return false;
	}
	return true;
}

/*
 * A cost text as billionths: 1 and *out set, 0 if it is not a number,
 * -1 if it is one beyond MAX_COST (billionths of it must fit 64 bits).
 */
static int
parse_cost(const char *s, long long *out)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(s, &end);
	if (end == s || *end != '\0' || isnan(v))
		return 0;
	if (errno == ERANGE && fabs(v) < 1) {
		*out = 0; /* 1e-400: below a billionth, as any tiny cost */
		return 1;
	}
	if (errno == ERANGE || !isfinite(v) || fabs(v) > MAX_COST)
		return -1;
	*out = llround(v * (double)NANO);
	return 1;
}

/* n billionths as whole cents, rounded half away from zero. */
static long long
to_cents(long long n)
{
	return n >= 0 ? (n + NANO / 200) / (NANO / 100) : -((-n + NANO / 200) / (NANO / 100));
}

/* Whole cents as text: "-1234.56". */
static void
put_cents(struct buf *b, long long c)
{
	buf_printf(b, "%s%lld.%02lld", c < 0 ? "-" : "", llabs(c) / 100, llabs(c) % 100);
}

/*
 * n billionths as a number of units (dollars, euros) to the millionth: exact
 * enough that parts written this way still add up to their total to the
 * cent, and short enough to read.
 */
static double
units(long long n)
{
	char t[64];

	snprintf(t, sizeof(t), "%.6f", (double)n / (double)NANO);
	return strtod(t, NULL);
}


static struct period *
period_of(struct focus *f, const char *start, const char *end)
{
	size_t i;
	struct period *p;

	for (i = 0; i < f->nper; i++)
		if (strcmp(f->per[i].start, start) == 0)
			return &f->per[i];
	GROW(f->per, f->nper, f->pcap);
	p = &f->per[f->nper++];
	memset(p, 0, sizeof(*p));
	p->start = xstrdup(start);
	p->end = xstrdup(end ? end : "");
	snprintf(p->month, sizeof(p->month), "%.7s", start);
	return p;
}

static void
add_other(struct period *p, const char *what, long long n, long long nu)
{
	size_t i;

	for (i = 0; i < p->nother; i++)
		if (strcmp(p->other[i].what, what) == 0) {
			p->other[i].nanos += n;
			p->other[i].nanos_usd += nu;
			p->other[i].rows++;
			return;
		}
	GROW(p->other, p->nother, p->ocap);
	p->other[p->nother].what = xstrdup(what);
	p->other[p->nother].nanos = n;
	p->other[p->nother].nanos_usd = nu;
	p->other[p->nother].rows = 1;
	p->nother++;
}

/* Whether the row passes every --filter (COLUMN=VALUE, Tags.KEY=VALUE). */
static bool
row_passes(const struct focus *f, const struct header *h, const struct csv *c)
{
	size_t i;

	for (i = 0; i < f->o->nfilters; i++) {
		const char *flt = f->o->filters[i], *eq = strchr(flt, '=');
		char col[256];
		const char *v;

		snprintf(col, sizeof(col), "%.*s", (int)(eq - flt), flt);
		if (strncmp(col, "Tags.", 5) == 0) {
			const char *tags = csv_field_at(c, h->col[C_TAGS]);
			json_t *t = tags ? json_loads(tags, 0, NULL) : NULL;
			json_t *tv = t ? json_object_get(t, col + 5) : NULL;
			bool ok = json_is_string(tv) && fglob(eq + 1, json_string_value(tv));

			json_decref(t);
			if (!ok)
				return false;
			continue;
		}
		v = csv_field_at(c, header_find(h, col));
		if (v == NULL || !fglob(eq + 1, v))
			return false;
	}
	return true;
}

/* Read one export into f. Returns false (reported) on anything malformed. */
static bool
read_export(struct focus *f, const char *path)
{
	struct csv c;
	struct header h = {0};
	size_t i;
	int r, k;
	bool ok = false;
	int costcol;

	if (!csv_open(&c, path)) {
		diag_add(f->d, DIAG_ERROR, path, 0, 0, NULL, NULL, "cannot read: %s", strerror(errno));
		return false;
	}
	r = csv_row(&c);
	if (r <= 0) {
		diag_add(f->d, DIAG_ERROR, path, (int)c.row_line, 1, NULL, NULL, "%s",
		    r < 0 ? c.err : "the file is empty: expected a FOCUS header row");
		goto out;
	}
	h.n = c.nf;
	h.names = xcalloc(h.n + 1, sizeof(*h.names));
	for (i = 0; i < h.n; i++) {
		const char *name = c.text.data + c.off[i];

		/* a UTF-8 byte order mark before the first name */
		if (i == 0 && (unsigned char)name[0] == 0xEF && (unsigned char)name[1] == 0xBB &&
		    (unsigned char)name[2] == 0xBF)
			name += 3;
		h.names[i] = xstrdup(name);
	}
	for (k = 0; k < C__MAX; k++) {
		h.col[k] = header_find(&h, fcol_names[k]);
		if (k == C_PROVIDER && h.col[k] < 0)
			h.col[k] = header_find(&h, "ServiceProviderName"); /* FOCUS 1.3 */
	}
	{
		struct buf miss = {0};

		for (k = 0; k < C__MAX; k++)
			if ((fcol_required[k] || (k == C_EFFECTIVE && f->o->effective) ||
			    (k == C_TAGS && f->o->nfilters > 0 && strstr(f->o->filters[0], "Tags.")))
			    && h.col[k] < 0)
				buf_printf(&miss, "%s%s", miss.len ? ", " : "", fcol_names[k]);
		if (miss.len) {
			diag_add(f->d, DIAG_ERROR, path, 1, 1, NULL, NULL, "not a FOCUS export: the "
			    "header has no %s column%s (FOCUS 1.0 names)", buf_str(&miss),
			    strchr(buf_str(&miss), ',') ? "s" : "");
			buf_free(&miss);
			goto out;
		}
	}
	for (i = 0; i < f->o->nfilters; i++) {
		const char *flt = f->o->filters[i], *eq = strchr(flt, '=');
		char col[256];

		snprintf(col, sizeof(col), "%.*s", (int)(eq - flt), flt);
		if (strncmp(col, "Tags.", 5) != 0 && header_find(&h, col) < 0) {
			diag_add(f->d, DIAG_ERROR, "--filter", 0, 0, NULL, NULL, "%s: the export has "
			    "no column %s", flt, col);
			goto out;
		}
	}
	for (i = 0; i < f->nprov; i++) {
		size_t q;

		for (q = 0; q < f->prov[i].nrules; q++)
			rule_resolve(&f->prov[i].rules[q], &h);
		for (q = 0; q < f->prov[i].nhints; q++)
			rule_resolve(&f->prov[i].hints[q], &h);
	}
	costcol = f->o->effective ? h.col[C_EFFECTIVE] : h.col[C_BILLED];
	while ((r = csv_row(&c)) > 0) {
		const char *cost, *bps, *cat, *prov, *svc, *cur, *cpe;
		struct period *p;
		long long n, nu;
		size_t q;

		f->rows++;
		if (c.nf > h.n) {
			diag_add(f->d, DIAG_ERROR, path, (int)c.row_line, 1, NULL, NULL,
			    "a row with %zu fields; the header has %zu", c.nf, h.n);
			goto out;
		}
		if (c.nf < h.n && !(c.nf == 1 && c.text.data[0] == '\0')) {
			diag_add(f->d, DIAG_ERROR, path, (int)c.row_line, 1, NULL, NULL,
			    "a row with %zu fields; the header has %zu", c.nf, h.n);
			goto out;
		}
		cost = csv_field_at(&c, costcol);
		if (cost == NULL)
			cost = "0";
		switch (parse_cost(cost, &n)) {
		case 0:
			diag_add(f->d, DIAG_ERROR, path, (int)c.row_line, costcol + 1, NULL, NULL,
			    "%s \"%.40s\" is not a number", fcol_names[f->o->effective ? C_EFFECTIVE :
			    C_BILLED], cost);
			goto out;
		case -1:
			diag_add(f->d, DIAG_ERROR, path, (int)c.row_line, costcol + 1, NULL, NULL,
			    "%s \"%.40s\" is out of range: a row's cost is at most 9,000,000,000 "
			    "(in its billing currency)", fcol_names[f->o->effective ? C_EFFECTIVE :
			    C_BILLED], cost);
			goto out;
		}
		bps = csv_field_at(&c, h.col[C_BP_START]);
		cat = csv_field_at(&c, h.col[C_CATEGORY]);
		prov = csv_field_at(&c, h.col[C_PROVIDER]);
		svc = csv_field_at(&c, h.col[C_SERVICE]);
		cur = csv_field_at(&c, h.col[C_CURRENCY]);
		cpe = csv_field_at(&c, h.col[C_CP_END]);
		if (bps == NULL || strlen(bps) < 7 || bps[4] != '-' || cat == NULL || cur == NULL) {
			diag_add(f->d, DIAG_ERROR, path, (int)c.row_line, 1, NULL, NULL,
			    "a row without %s", bps == NULL || strlen(bps) < 7 || bps[4] != '-' ?
			    "a BillingPeriodStart date" : cat == NULL ? "a ChargeCategory" :
			    "a BillingCurrency");
			goto out;
		}
		if (cpe && (f->max_charge_end == NULL || strcmp(cpe, f->max_charge_end) > 0)) {
			free(f->max_charge_end);
			f->max_charge_end = xstrdup(cpe);
		}
		if (!row_passes(f, &h, &c))
			continue;
		f->kept++;
		p = period_of(f, bps, csv_field_at(&c, h.col[C_BP_END]));
		p->rows++;
		if (p->currency == NULL) {
			p->currency = xstrdup(cur);
		} else if (strcmp(p->currency, cur) != 0 && !p->mixed) {
			p->mixed = true;
			p->mixed_file = path;
			p->mixed_line = c.row_line;
			snprintf(p->mixed_cur, sizeof(p->mixed_cur), "%.15s", cur);
		}
		{
			double rate = row_rate(f, cur);

			/* every sum of the period stays within what 64 bits count exactly */
			p->abs_sum += fabs((double)n);
			p->abs_sum_usd += fabs((double)n * (rate > 0 ? rate : 0));
			if (p->abs_sum > MAX_COST * (double)NANO || p->abs_sum_usd > MAX_COST *
			    (double)NANO) {
				diag_add(f->d, DIAG_ERROR, path, (int)c.row_line, costcol + 1, NULL, NULL,
				    "%s \"%.40s\": the costs of billing period %.7s are out of range "
				    "from this row on: their sum%s is at most 9,000,000,000",
				    fcol_names[f->o->effective ? C_EFFECTIVE : C_BILLED], cost, bps,
				    p->abs_sum > MAX_COST * (double)NANO ? "" : " in US dollars");
				goto out;
			}
			p->total += n;
			if (rate > 0) {
				nu = llround((double)n * rate);
			} else {
				nu = 0;
				if (strstr(p->unrated, cur) == NULL && strlen(p->unrated) + strlen(cur) + 2 <
				    sizeof(p->unrated))
					snprintf(p->unrated + strlen(p->unrated), sizeof(p->unrated) -
					    strlen(p->unrated), "%s%s", p->unrated[0] ? " " : "", cur);
			}
			p->total_usd += nu;
		}
		if (csv_field_at(&c, h.col[C_CLASS]) &&
		    strcmp(csv_field_at(&c, h.col[C_CLASS]), "Correction") == 0) {
			add_other(p, "corrections (ChargeClass Correction)", n, nu);
			continue;
		}
		if (strcmp(cat, "Usage") != 0) {
			char what[96];

			snprintf(what, sizeof(what), "%s (ChargeCategory %s)", strcmp(cat, "Tax") == 0 ?
			    "tax" : strcmp(cat, "Purchase") == 0 ? "purchases" :
			    strcmp(cat, "Credit") == 0 ? "credits" : strcmp(cat, "Adjustment") == 0 ?
			    "adjustments" : "other charges", cat);
			add_other(p, what, n, nu);
			continue;
		}
		{
			const struct fprovider *fp = NULL;
			const char *comp = NULL;

			for (q = 0; prov && q < f->nprov; q++)
				if (strcmp(f->prov[q].name, prov) == 0)
					fp = &f->prov[q];
			for (q = 0; fp && q < fp->nrules && comp == NULL; q++)
				if (rule_matches(&fp->rules[q], &c))
					comp = fp->rules[q].component;
			for (q = 0; fp && q < fp->nhints; q++)
				if (rule_matches(&fp->hints[q], &c)) {
					int pi = catalog_platform(f->cat, fp->hints[q].platform);

					if (pi >= 0 && pi < 64)
						p->hint[pi] += n;
					break;
				}
			if (comp == NULL) {
				char what[160];

				snprintf(what, sizeof(what), "%s%s%s", svc ? svc : "(no ServiceName)",
				    prov ? ", " : "", prov ? prov : "");
				add_other(p, what, n, nu);
				continue;
			}
			for (q = 0; q < 3; q++)
				if (strcmp(comp, comp_keys[q]) == 0) {
					p->comp[q] += n;
					p->comp_usd[q] += nu;
				}
		}
	}
	if (r < 0) {
		diag_add(f->d, DIAG_ERROR, path, (int)c.row_line, 1, NULL, NULL, "%s", c.err);
		goto out;
	}
	ok = true;
out:
	strv_free(h.names, h.n);
	csv_close(&c);
	return ok;
}

static int
cmp_other(const void *a, const void *b)
{
	const struct other *x = a, *y = b;

	if (llabs(x->nanos) != llabs(y->nanos))
		return llabs(x->nanos) > llabs(y->nanos) ? -1 : 1;
	return strcmp(x->what, y->what);
}

static int
cmp_period(const void *a, const void *b)
{
	return strcmp(((const struct period *)a)->start, ((const struct period *)b)->start);
}

/* The chosen period: --period, else the latest whose end the data reaches. */
static struct period *
choose_period(struct focus *f, bool *complete)
{
	size_t i;

	if (f->nper > 1)
		xqsort(f->per, f->nper, sizeof(*f->per), cmp_period);
	*complete = true;
	if (f->o->period) {
		for (i = 0; i < f->nper; i++)
			if (strcmp(f->per[i].month, f->o->period) == 0)
				return &f->per[i];
		return NULL;
	}
	if (f->nper == 0)
		return NULL;
	for (i = f->nper; i-- > 0;) {
		const struct period *p = &f->per[i];

		if (f->max_charge_end && p->end[0] && strncmp(f->max_charge_end, p->end, 10) >= 0)
			return &f->per[i];
	}
	*complete = false;
	return &f->per[f->nper - 1];
}

/* The rate that turns currency cur into US dollars; 0 if none is known. */
static double
usd_rate(const struct focus *f, const char *cur, char *why, size_t n)
{
	size_t i;

	if (strcmp(cur, "USD") == 0) {
		snprintf(why, n, "in US dollars");
		return 1;
	}
	for (i = 0; i < f->o->nrates; i++) {
		const char *r = f->o->rates[i], *eq = strchr(r, '=');

		if (eq && (size_t)(eq - r) == strlen(cur) && strncmp(r, cur, strlen(cur)) == 0) {
			snprintf(why, n, "billed in %s, converted at %s USD per %s (--rate)", cur, eq + 1,
			    cur);
			return strtod(eq + 1, NULL);
		}
	}
	if (strcmp(cur, "EUR") == 0) {
		int c = catalog_find(f->cat, "fx.eur_usd");

		if (c >= 0 && f->cat->def[c]->kind == CK_VALUE) {
			snprintf(why, n, "billed in EUR, converted at fx.eur_usd = %g USD per EUR (%s; "
			    "--rate EUR=N for another)", f->cat->def[c]->value.u.num,
			    f->cat->def[c]->unread ? "not read from its source" : f->cat->def[c]->as_of ?
			    f->cat->def[c]->as_of : "undated");
			return f->cat->def[c]->value.u.num;
		}
	}
	return 0;
}

/*
 * Whether a scenario that includes the bill text made for display reads
 * (its actual.* cells as "include" takes them: names, types, allowed
 * values, lengths); if not, the error is recorded and nothing is written.
 */
static bool
bill_reads_back(const struct catalog *cat, const char *display, const struct buf *text,
    struct diags *d)
{
	json_t *root = json_loadb(text->data, text->len, 0, NULL), *sc = json_object();
	struct buf b = {0};
	char *dump;
	bool ok;

	json_object_set_new(sc, "id", json_string("bill-check"));
	json_object_set_new(sc, "title", json_string("the bill, as a scenario includes it"));
	json_object_set(sc, "actual", json_object_get(json_object_get(root, "cells"), "actual"));
	dump = json_dumps(sc, JSON_INDENT(2));
	buf_puts(&b, dump ? dump : "");
	ok = import_reads_back(cat, display, &b, "focus", d);
	free(dump);
	buf_free(&b);
	json_decref(sc);
	json_decref(root);
	return ok;
}

/*
 * runsheet import focus: read the exports, print the summary and write the
 * actual.* cells. Returns true after writing; false with problems in d.
 */
bool
focus_import(const struct catalog *cat, const struct focus_opts *o, struct diags *d,
    struct buf *summary)
{
	struct focus f;
	struct period *p;
	struct buf out = {0}, src = {0}, flt = {0};
	size_t i, k;
	bool ok = false, complete;
	const char *platform = o->platform;
	char why[400], mixed_why[400];
	long long exact[4], uexact[4], cents[4], ucents[4], printed = 0;
	double rate, secs = now_seconds();
	long long other = 0, sum = 0;

	memset(&f, 0, sizeof(f));
	f.cat = cat;
	f.o = o;
	f.d = d;
	if (!map_load(&f))
		goto out;
	for (i = 0; i < o->nfiles; i++)
		if (!read_export(&f, o->files[i]))
			goto out;
	f.secs = now_seconds() - secs;
	p = choose_period(&f, &complete);
	if (p == NULL) {
		struct buf l = {0};

		for (i = 0; i < f.nper; i++)
			buf_printf(&l, "%s%s", i ? ", " : "", f.per[i].month);
		diag_add(d, DIAG_ERROR, o->period ? "--period" : o->files[0], 0, 0, NULL, NULL,
		    "%s%s%s%s", o->period ? "no billing period " : "no row passes the filters",
		    o->period ? o->period : "", l.len ? "; the export has " : "", buf_str(&l));
		buf_free(&l);
		goto out;
	}
	if (p->mixed && p->unrated[0]) {
		diag_add(d, DIAG_ERROR, p->mixed_file, (int)p->mixed_line, 1, NULL, NULL, "billing "
		    "period %s is billed in %s and, from this row, %s, and %s has no rate: give it "
		    "with --rate CODE=USD (or import each currency's rows with --filter "
		    "BillingCurrency=CODE)", p->month, p->currency, p->mixed_cur, p->unrated);
		goto out;
	}
	if (p->mixed) {
		/* every row at its own currency's rate: the sums in US dollars */
		size_t q;

		for (q = 0; q < 3; q++)
			p->comp[q] = p->comp_usd[q];
		p->total = p->total_usd;
		for (q = 0; q < p->nother; q++)
			p->other[q].nanos = p->other[q].nanos_usd;
		{
			char w1[200];
			const char *cur2 = strcmp(p->currency, "USD") == 0 ? p->mixed_cur : p->currency;
			const char *comma;

			usd_rate(&f, cur2, w1, sizeof(w1));
			comma = strstr(w1, ", ");
			snprintf(mixed_why, sizeof(mixed_why), "billed in %s and %s; each row converted "
			    "to US dollars at its currency's rate: %s %s", p->currency, p->mixed_cur, cur2,
			    comma ? comma + 2 : w1);
		}
		free(p->currency);
		p->currency = xstrdup("USD");
	}
	rate = usd_rate(&f, p->currency, why, sizeof(why));
	if (p->mixed)
		snprintf(why, sizeof(why), "%s", mixed_why);
	if (rate <= 0) {
		diag_add(d, DIAG_ERROR, o->files[0], 0, 0, NULL, NULL, "the bill is in %s: give its "
		    "rate with --rate %s=USD_PER_%s", p->currency, p->currency, p->currency);
		goto out;
	}
	if (platform == NULL) {
		int best = -1;

		for (i = 0; i < cat->nplatforms && i < 64; i++)
			if (p->hint[i] != 0 && (best < 0 || p->hint[i] > p->hint[best]))
				best = (int)i;
		if (best < 0) {
			diag_add(d, DIAG_ERROR, "--platform", 0, 0, NULL, NULL, "no row of %s says "
			    "which platform the bill is for (models/focus-map.json platform_hints); "
			    "give it with --platform ID", p->month);
			goto out;
		}
		platform = cat->platforms[best].id;
	} else if (catalog_platform(cat, platform) < 0) {
		diag_add(d, DIAG_ERROR, "--platform", 0, 0, NULL, NULL, "no platform \"%s\"",
		    platform);
		goto out;
	}
	if (p->nother > 1)
		xqsort(p->other, p->nother, sizeof(*p->other), cmp_other);
	for (i = 0; i < p->nother; i++)
		other += p->other[i].nanos;
	sum = p->comp[0] + p->comp[1] + p->comp[2] + other;
	for (i = 0; i < o->nfilters; i++)
		buf_printf(&flt, "%s%s", i ? ", " : "", o->filters[i]);
	/* the parts in billionths, in the bill's currency and in US dollars */
	{
		long long parts[4] = {p->comp[0], p->comp[1], p->comp[2], other};

		for (i = 0; i < 4; i++) {
			exact[i] = parts[i];
			uexact[i] = llround((double)parts[i] * rate);
			cents[i] = to_cents(exact[i]);
			ucents[i] = to_cents(uexact[i]);
			printed += cents[i];
		}
	}

	/* the summary */
	if (o->json) {
		struct jw w;

		jw_init(&w, summary);
		jw_obj(&w);
		jw_kstr(&w, "platform", platform);
		jw_kstr(&w, "period", p->month);
		jw_kbool(&w, "complete", complete);
		jw_kstr(&w, "currency", p->currency);
		jw_knum(&w, "usd_rate", rate);
		jw_kstr(&w, "cost", o->effective ? "EffectiveCost" : "BilledCost");
		jw_knum(&w, "rows", (double)f.rows);
		jw_knum(&w, "rows_in_period", (double)p->rows);
		for (k = 0; k < 2; k++) {
			const long long *c = k ? uexact : exact;

			jw_key(&w, k ? "components_usd" : "components");
			jw_obj(&w);
			for (i = 0; i < 3; i++)
				jw_knum(&w, comp_keys[i], units(c[i]));
			jw_knum(&w, "other", units(c[3]));
			jw_obj_end(&w);
		}
		jw_key(&w, "other");
		jw_arr(&w);
		for (i = 0; i < p->nother; i++) {
			jw_obj(&w);
			jw_kstr(&w, "what", p->other[i].what);
			jw_knum(&w, "cost", units(p->other[i].nanos));
			jw_knum(&w, "rows", (double)p->other[i].rows);
			jw_obj_end(&w);
		}
		jw_arr_end(&w);
		jw_knum(&w, "sum", units(sum));
		jw_knum(&w, "file_total", units(p->total));
		jw_kbool(&w, "equal", sum == p->total);
		jw_key(&w, "other_periods");
		jw_arr(&w);
		for (i = 0; i < f.nper; i++)
			if (&f.per[i] != p)
				jw_str(&w, f.per[i].month);
		jw_arr_end(&w);
		jw_obj_end(&w);
		buf_putc(summary, '\n');
	} else {
		const struct platform *pl = &cat->platforms[catalog_platform(cat, platform)];
		bool usd = strcmp(p->currency, "USD") == 0;

		buf_printf(summary, "%s (%s) bill for %s%s, from %ld of the export's %ld rows%s%s\n",
		    pl->name, platform, p->month, complete ? "" : " (incomplete: the export ends "
		    "before the period does)", p->rows, f.rows, flt.len ? "; filters " : "",
		    buf_str(&flt));
		buf_printf(summary, "  %s\n", o->effective ? "EffectiveCost: commitments (savings "
		    "plans, reservations) spread over the usage they cover; their purchases count 0" :
		    "BilledCost, as invoiced: commitments count when they are bought (--cost "
		    "effective spreads them over the usage)");
		buf_printf(summary, "  %s\n", why);
		if (f.nper > 1) {
			buf_puts(summary, "  other billing periods in the export, left out:");
			for (i = 0; i < f.nper; i++)
				if (&f.per[i] != p)
					buf_printf(summary, " %s", f.per[i].month);
			buf_putc(summary, '\n');
		}
		for (i = 0; i < 4; i++) {
			struct buf t = {0};

			put_cents(&t, cents[i]);
			buf_printf(summary, "  %-14s %12s %s", i < 3 ? comp_keys[i] : "other",
			    buf_str(&t), p->currency);
			if (!usd) {
				t.len = 0;
				put_cents(&t, ucents[i]);
				buf_printf(summary, "  %12s USD", buf_str(&t));
			}
			buf_putc(summary, '\n');
			buf_free(&t);
		}
		for (i = 0; i < p->nother; i++) {
			buf_printf(summary, "    %-44s ", p->other[i].what);
			put_cents(summary, to_cents(p->other[i].nanos));
			buf_printf(summary, " (%ld row%s)\n", p->other[i].rows,
			    p->other[i].rows == 1 ? "" : "s");
		}
		buf_puts(summary, "  components and other: ");
		put_cents(summary, to_cents(sum));
		buf_puts(summary, "; the export's total for the period and filters: ");
		put_cents(summary, to_cents(p->total));
		buf_printf(summary, " %s%s\n", p->currency, sum == p->total ? ", equal to the "
		    "billionth" : ", DIFFERENT");
		if (printed != to_cents(sum)) {
			buf_puts(summary, "  (each part above is rounded to the cent; as printed they add "
			    "up to ");
			put_cents(summary, printed);
			buf_puts(summary, ")\n");
		}
	}

	/* the cells */
	if (o->out) {
		struct jw w;
		char *base = xstrdup(strrchr(o->files[0], '/') ? strrchr(o->files[0], '/') + 1 :
		    o->files[0]);

		buf_printf(&src, "FOCUS export %s%s, billing period %s (%s to %s), %s, %s, %ld rows%s%s",
		    base, o->nfiles > 1 ? " and more" : "", p->month, p->start, p->end,
		    o->effective ? "EffectiveCost" : "BilledCost", why, p->rows,
		    flt.len ? ", filters " : "", buf_str(&flt));
		jw_init(&w, &out);
		jw_obj(&w);
		jw_kstr(&w, "kind", "actual");
		{
			char *title = xasprintf("The %s bill of %s, from a FOCUS export",
			    cat->platforms[catalog_platform(cat, platform)].name, p->month);

			jw_kstr(&w, "title", title);
			free(title);
		}
		{
			struct buf note = {0};

			buf_printf(&note, "Written by runsheet import focus. Other is what the model "
			    "does not price: ");
			for (i = 0; i < p->nother; i++) {
				buf_printf(&note, "%s%s ", i ? "; " : "", p->other[i].what);
				put_cents(&note, to_cents(p->other[i].nanos));
				buf_printf(&note, " %s", p->currency);
			}
			if (p->nother == 0)
				buf_puts(&note, "nothing");
			buf_puts(&note, ".");
			jw_kstr(&w, "note", buf_str(&note));
			buf_free(&note);
		}
		jw_key(&w, "cells");
		jw_obj(&w);
		jw_key(&w, "actual");
		jw_obj(&w);
		jw_key(&w, "platform");
		jw_obj(&w);
		jw_kstr(&w, "value", platform);
		jw_kstr(&w, "source", buf_str(&src));
		jw_obj_end(&w);
		jw_key(&w, "period");
		jw_obj(&w);
		jw_kstr(&w, "value", p->month);
		jw_kstr(&w, "source", buf_str(&src));
		jw_obj_end(&w);
		for (i = 0; i < 4; i++) {
			jw_key(&w, i < 3 ? comp_keys[i] : "other");
			jw_obj(&w);
			jw_knum(&w, "value", units(uexact[i]));
			jw_kstr(&w, "source", buf_str(&src));
			jw_obj_end(&w);
		}
		jw_obj_end(&w);
		jw_obj_end(&w);
		jw_obj_end(&w);
		buf_putc(&out, '\n');
		free(base);
		if (!bill_reads_back(cat, o->out, &out, d))
			goto out;
		if (!file_write_atomic(o->out, out.data, out.len)) {
			diag_add(d, DIAG_ERROR, o->out, 0, 0, NULL, NULL, "cannot write: %s",
			    strerror(errno));
			goto out;
		}
	}
	ok = true;
out:
	for (i = 0; i < f.nper; i++) {
		size_t q;

		for (q = 0; q < f.per[i].nother; q++)
			free(f.per[i].other[q].what);
		free(f.per[i].other);
		free(f.per[i].start);
		free(f.per[i].end);
		free(f.per[i].currency);
	}
	free(f.per);
	for (i = 0; i < f.nprov; i++) {
		size_t q;

		for (q = 0; q < f.prov[i].nrules; q++)
			free(f.prov[i].rules[q].cols);
		for (q = 0; q < f.prov[i].nhints; q++)
			free(f.prov[i].hints[q].cols);
		free(f.prov[i].rules);
		free(f.prov[i].hints);
	}
	free(f.prov);
	free(f.max_charge_end);
	src_free(f.map);
	buf_free(&out);
	buf_free(&src);
	buf_free(&flt);
	return ok;
}

/* runsheet check: whether models/focus-map.json reads (problems into d). */
bool
focus_check_map(const struct catalog *cat, struct diags *d)
{
	struct focus f;
	size_t i;
	bool ok;

	memset(&f, 0, sizeof(f));
	f.cat = cat;
	f.d = d;
	ok = map_load(&f);
	for (i = 0; i < f.nprov; i++) {
		free(f.prov[i].rules);
		free(f.prov[i].hints);
	}
	free(f.prov);
	src_free(f.map);
	return ok;
}
