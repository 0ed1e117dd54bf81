/*
 * xlsxcheck.c -- compare a workbook's formula cells with LibreOffice.
 *
 *   xlsxcheck BOOK.xlsx CSVDIR NAME
 *   xlsxcheck find BOOK.xlsx SHEETNUMBER TEXT     (prints the 1-based row whose
 *                                                 column A holds TEXT)
 *
 * Reads every worksheet of BOOK.xlsx (through "unzip -p"), finds each cell
 * holding a formula and its cached value (the value runsheet computed),
 * and compares it with the value LibreOffice recalculated, read from
 * CSVDIR/NAME-<Sheet>.csv (soffice --convert-to csv with all sheets).
 * Numbers must agree within 1e-9 relative (1e-9 absolute near zero); text
 * and logicals exactly; LibreOffice's Err:5xx codes are read as the Excel
 * errors they stand for. Prints one TAP line per sheet and every mismatch.
 *
 *   xlsxcheck bools BOOK.xlsx
 *
 * prints two counts over every worksheet: the formula cells whose cached
 * result is a logical (a number in a style whose number format is
 * "TRUE";"TRUE";"FALSE", or t="b"), and the formula cells whose cached
 * result is the text TRUE or FALSE (t="str"), which a reader that does not
 * recalculate takes for text.
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct sbuf {
	char *p;
	size_t n, cap;
};

static void
sput(struct sbuf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		b->cap = (b->n + n + 1) * 2;
		b->p = realloc(b->p, b->cap);
		if (b->p == NULL)
			abort();
	}
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
}

/* Read the output of a command (the member of a zip file). */
static char *
slurp_cmd(const char *cmd)
{
	FILE *f = popen(cmd, "r");
	struct sbuf b = {0};
	char chunk[65536];
	size_t n;

	if (f == NULL)
		return NULL;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		sput(&b, chunk, n);
	if (pclose(f) != 0) {
		free(b.p);
		return NULL;
	}
	if (b.p == NULL)
		sput(&b, "", 0);
	return b.p;
}

static char *
slurp_file(const char *path)
{
	FILE *f = fopen(path, "r");
	struct sbuf b = {0};
	char chunk[65536];
	size_t n;

	if (f == NULL)
		return NULL;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		sput(&b, chunk, n);
	fclose(f);
	if (b.p == NULL)
		sput(&b, "", 0);
	return b.p;
}

/* Decode the five XML entities in place. */
static void
xml_unescape(char *s)
{
	static const struct {
		const char *e;
		char c;
	} ents[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'},
		{"&apos;", '\''}};
	char *r = s, *w = s;
	size_t i;

	while (*r) {
		if (*r == '&') {
			for (i = 0; i < 5; i++) {
				size_t n = strlen(ents[i].e);

				if (strncmp(r, ents[i].e, n) == 0) {
					*w++ = ents[i].c;
					r += n;
					break;
				}
			}
			if (i < 5)
				continue;
		}
		*w++ = *r++;
	}
	*w = '\0';
}

/*
 * The styles (indexes into cellXfs) whose number format is the boolean one,
 * "TRUE";"TRUE";"FALSE", from xl/styles.xml: is_bool[s] for s < nstyles.
 */
struct boolstyles {
	bool *is_bool;
	size_t nstyles;
};

static void
bool_styles(const char *book, struct boolstyles *bs)
{
	char *cmd, *xml, *p, *xfs;
	long ids[64];
	size_t nids = 0, n = 0;

	memset(bs, 0, sizeof(*bs));
	if (asprintf(&cmd, "unzip -p '%s' xl/styles.xml", book) < 0)
		return;
	xml = slurp_cmd(cmd);
	free(cmd);
	if (xml == NULL)
		return;
	for (p = strstr(xml, "<numFmt "); p && nids < 64; p = strstr(p + 1, "<numFmt ")) {
		char *code = strstr(p, "formatCode=\""), *id = strstr(p, "numFmtId=\""),
		    *end = strchr(p, '>');

		if (code && id && code < end && id < end && strncmp(code + 12,
		    "&quot;TRUE&quot;;&quot;TRUE&quot;;&quot;FALSE&quot;\"", 52) == 0)
			ids[nids++] = strtol(id + 10, NULL, 10);
	}
	xfs = strstr(xml, "<cellXfs");
	bs->is_bool = calloc(4096, sizeof(bool));
	for (p = xfs ? strstr(xfs, "<xf ") : NULL; p && n < 4096; p = strstr(p + 1, "<xf ")) {
		char *id = strstr(p, "numFmtId=\""), *end = strchr(p, '>');
		size_t i;

		if (strstr(xfs, "</cellXfs>") < p)
			break;
		for (i = 0; id && id < end && i < nids; i++)
			if (strtol(id + 10, NULL, 10) == ids[i])
				bs->is_bool[n] = true;
		n++;
	}
	bs->nstyles = n;
	free(xml);
}

/* Whether the <c ...> element at q (ending at end) caches a logical. */
static bool
cached_bool(const struct boolstyles *bs, const char *q, const char *end)
{
	const char *t = strstr(q, " t=\"b\""), *st = strstr(q, " s=\""), *gt = strchr(q, '>');
	long k;

	if (t && t < gt)
		return true;
	if (st == NULL || st > gt || st > end || ((t = strstr(q, " t=\"")) != NULL && t < gt))
		return false;
	k = strtol(st + 4, NULL, 10);
	return k >= 0 && (size_t)k < bs->nstyles && bs->is_bool[k];
}

/* xlsxcheck bools BOOK.xlsx: see the top of the file. */
static int
count_bools(const char *book)
{
	char *cmd = NULL, *xml, *q;
	struct boolstyles bs;
	size_t nbool = 0, ntext = 0;
	int sheet;

	bool_styles(book, &bs);
	for (sheet = 1;; sheet++) {
		if (asprintf(&cmd, "unzip -p '%s' xl/worksheets/sheet%d.xml 2>/dev/null", book,
		    sheet) < 0)
			return 2;
		xml = slurp_cmd(cmd);
		free(cmd);
		if (xml == NULL)
			break;
		for (q = strstr(xml, "<c "); q; q = strstr(q + 1, "<c ")) {
			char *end = strstr(q, "</c>"), *f = strstr(q, "<f>"), *gt = strchr(q, '>');

			if (end == NULL || f == NULL || f > end || gt[-1] == '/')
				continue;
			if (cached_bool(&bs, q, end))
				nbool++;
			else if (strstr(q, " t=\"str\"") && strstr(q, " t=\"str\"") < gt &&
			    (strstr(q, "<v>TRUE</v>") == strstr(q, "<v>") ||
			    strstr(q, "<v>FALSE</v>") == strstr(q, "<v>")) && strstr(q, "<v>") < end)
				ntext++;
		}
		free(xml);
	}
	free(bs.is_bool);
	printf("%zu %zu\n", nbool, ntext);
	return sheet > 1 ? 0 : 1;
}

/* A parsed CSV: rows of fields. */
struct csv {
	char ***rows;
	size_t *ncols;
	size_t nrows;
};

static void
csv_parse(struct csv *c, const char *text)
{
	const char *p = text;
	size_t cap = 0;

	memset(c, 0, sizeof(*c));
	while (*p) {
		char **fields = NULL;
		size_t nf = 0, fcap = 0;

		for (;;) {
			struct sbuf f = {0};

			sput(&f, "", 0);
			if (*p == '"') {
				p++;
				while (*p) {
					if (*p == '"' && p[1] == '"') {
						sput(&f, "\"", 1);
						p += 2;
					} else if (*p == '"') {
						p++;
						break;
					} else {
						sput(&f, p++, 1);
					}
				}
			} else {
				while (*p && *p != ',' && *p != '\n' && *p != '\r')
					sput(&f, p++, 1);
			}
			if (nf >= fcap) {
				char **grown;

				fcap = fcap ? fcap * 2 : 16;
				grown = realloc(fields, fcap * sizeof(*fields));
				if (grown == NULL)
					abort();
				fields = grown;
			}
			fields[nf++] = f.p;
			if (*p == ',') {
				p++;
				continue;
			}
			break;
		}
		if (*p == '\r')
			p++;
		if (*p == '\n')
			p++;
		if (c->nrows >= cap) {
			cap = cap ? cap * 2 : 64;
			c->rows = realloc(c->rows, cap * sizeof(*c->rows));
			c->ncols = realloc(c->ncols, cap * sizeof(*c->ncols));
		}
		c->rows[c->nrows] = fields;
		c->ncols[c->nrows++] = nf;
	}
}

static const char *
csv_get(const struct csv *c, size_t row, size_t col)
{
	if (row >= c->nrows || col >= c->ncols[row])
		return "";
	return c->rows[row][col];
}

/* "AB12" -> row 11, col 27 (0-based). */
static void
cell_ref(const char *r, size_t *row, size_t *col)
{
	size_t c = 0;

	while (*r >= 'A' && *r <= 'Z')
		c = c * 26 + (size_t)(*r++ - 'A' + 1);
	*col = c - 1;
	*row = (size_t)atol(r) - 1;
}

/* LibreOffice's error codes as the Excel error values they stand for. */
static const char *
lo_error(const char *s)
{
	if (strcmp(s, "Err:502") == 0 || strcmp(s, "Err:503") == 0)
		return "#NUM!";
	if (strcmp(s, "Err:504") == 0)
		return "#VALUE!";
	return s;
}

static int
compare(const char *want, bool is_str, const char *got)
{
	char *end;
	double w, g;

	got = lo_error(got);
	if (is_str)
		return strcmp(want, got) == 0;
	w = strtod(want, &end);
	if (*end != '\0')
		return strcmp(want, got) == 0;
	g = strtod(got, &end);
	if (*end == '%' && end[1] == '\0' && end != got)
		g /= 100; /* LibreOffice writes percent-formatted results as shown */
	else if (*end != '\0' || got[0] == '\0')
		return 0;
	if (w == g)
		return 1;
	/* 1e-9 relative, and 1e-9 absolute for values below 1 */
	return fabs(w - g) <= 1e-9 * fmax(fmax(fabs(w), fabs(g)), 1.0);
}

/* The row (1-based) whose column A holds text, via the shared strings. */
static int
find_row(const char *book, const char *sheetno, const char *text)
{
	char *cmd, *sst, *xml, *p, key[64];
	long idx = -1, i = 0;

	if (asprintf(&cmd, "unzip -p '%s' xl/sharedStrings.xml", book) < 0)
		return 2;
	sst = slurp_cmd(cmd);
	free(cmd);
	if (asprintf(&cmd, "unzip -p '%s' xl/worksheets/sheet%s.xml", book, sheetno) < 0)
		return 2;
	xml = slurp_cmd(cmd);
	free(cmd);
	if (sst == NULL || xml == NULL)
		return 1;
	for (p = strstr(sst, "<si>"); p; p = strstr(p + 1, "<si>"), i++) {
		char *t, *e;

		t = strstr(p, "<t");
		t = t ? strchr(t, '>') + 1 : NULL;
		e = t ? strstr(t, "</t>") : NULL;
		if (e && (size_t)(e - t) == strlen(text) && strncmp(t, text, strlen(text)) == 0) {
			idx = i;
			break;
		}
	}
	if (idx < 0)
		return 1;
	snprintf(key, sizeof(key), " t=\"s\"><v>%ld</v>", idx);
	for (p = strstr(xml, key); p; p = strstr(p + 1, key)) {
		char *c = p;

		while (c > xml && strncmp(c, "<c r=\"", 6) != 0)
			c--;
		if (c[6] == 'A' && c[7] >= '0' && c[7] <= '9') {
			printf("%ld\n", atol(c + 7));
			return 0;
		}
	}
	return 1;
}

int
main(int argc, char **argv)
{
	char *book, *dir, *name, *wbxml, *cmd, *p;
	int sheet = 0, failed = 0;

	struct boolstyles bs;

	if (argc == 5 && strcmp(argv[1], "find") == 0)
		return find_row(argv[2], argv[3], argv[4]);
	if (argc == 3 && strcmp(argv[1], "bools") == 0)
		return count_bools(argv[2]);
	if (argc != 4) {
		fprintf(stderr, "usage: xlsxcheck BOOK.xlsx CSVDIR NAME\n");
		return 2;
	}
	book = argv[1];
	dir = argv[2];
	name = argv[3];
	bool_styles(book, &bs);
	if (asprintf(&cmd, "unzip -p '%s' xl/workbook.xml", book) < 0)
		return 2;
	wbxml = slurp_cmd(cmd);
	free(cmd);
	if (wbxml == NULL) {
		printf("not ok - %s: cannot read the workbook\n", name);
		return 1;
	}
	for (p = strstr(wbxml, "<sheet "); p; p = strstr(p + 1, "<sheet ")) {
		char sname[256], *q, *xml, *csvtext, *path;
		struct csv csv;
		size_t nformulas = 0, nbad = 0;

		sheet++;
		q = strstr(p, "name=\"");
		if (q == NULL)
			break;
		q += 6;
		snprintf(sname, sizeof(sname), "%.*s", (int)strcspn(q, "\""), q);
		xml_unescape(sname);
		if (asprintf(&cmd, "unzip -p '%s' xl/worksheets/sheet%d.xml", book, sheet) < 0)
			return 2;
		xml = slurp_cmd(cmd);
		free(cmd);
		if (asprintf(&path, "%s/%s-%s.csv", dir, name, sname) < 0)
			return 2;
		csvtext = slurp_file(path);
		if (xml == NULL || csvtext == NULL) {
			printf("not ok - %s %s: cannot read %s\n", name, sname,
			    xml ? path : "the sheet");
			failed = 1;
			free(path);
			free(xml);
			free(csvtext);
			continue;
		}
		free(path);
		csv_parse(&csv, csvtext);
		/* every <c r="REF" ...><f>...</f><v>...</v></c> */
		for (q = strstr(xml, "<c "); q; q = strstr(q + 1, "<c ")) {
			char *end = strstr(q, "</c>"), *self = strstr(q, "/>"), *f, *v, ref[16];
			char want[4096];
			bool is_str;
			size_t row, col;

			if (end == NULL || (self && self < end && self < strchr(q, '>') + 1))
				continue;
			f = strstr(q, "<f>");
			if (f == NULL || f > end)
				continue;
			v = strstr(q, "<v>");
			snprintf(ref, sizeof(ref), "%.*s", (int)strcspn(strstr(q, "r=\"") + 3, "\""),
			    strstr(q, "r=\"") + 3);
			is_str = strstr(q, "t=\"str\"") && strstr(q, "t=\"str\"") < end;
			if (v && v < end)
				snprintf(want, sizeof(want), "%.*s", (int)(strstr(v, "</v>") - v - 3),
				    v + 3);
			else
				want[0] = '\0';
			xml_unescape(want);
			/* a logical cached as 1 or 0 in the boolean format */
			if (!is_str && cached_bool(&bs, q, end)) {
				snprintf(want, sizeof(want), "%s", strtod(want, NULL) != 0 ? "TRUE" :
				    "FALSE");
				is_str = true;
			}
			cell_ref(ref, &row, &col);
			nformulas++;
			if (!compare(want, is_str, csv_get(&csv, row, col))) {
				char fx[200];

				snprintf(fx, sizeof(fx), "%.*s", (int)(strstr(f, "</f>") - f - 3) > 150 ?
				    150 : (int)(strstr(f, "</f>") - f - 3), f + 3);
				xml_unescape(fx);
				if (nbad < 10)
					printf("#   %s!%s: runsheet %s, LibreOffice %s  [=%s]\n", sname,
					    ref, want, csv_get(&csv, row, col), fx);
				nbad++;
			}
		}
		if (nbad)
			failed = 1;
		printf("%s - %s %s: %zu formula cells, %zu differ from LibreOffice\n",
		    nbad ? "not ok" : "ok", name, sname, nformulas, nbad);
		free(xml);
		free(csvtext);
	}
	free(wbxml);
	free(bs.is_bool);
	return failed;
}
