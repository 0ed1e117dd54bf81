/*
 * cell.c -- a cell definition, its name and its dates, without JSON: what
 * the engine needs of cellspec.c once the definitions exist (cellspec.c
 * reads them from JSON; image.c from a model image).
 *
 * Names must be valid Excel defined names, because each cell becomes one
 * in the workbook: see cell_name_valid().
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runsheet.h"
#include "formula.h"

const char *const layer_names[LAYER__MAX] = {
	[LAYER_PRICING] = "pricing",
	[LAYER_ASSUMPTION] = "assumption",
	[LAYER_PLATFORM] = "platform",
	[LAYER_DECISION] = "decision",
	[LAYER_SCENARIO] = "scenario",
	[LAYER_CLI] = "command line",
};

const char *const dist_names[DIST__MAX] = {
	[DIST_NONE] = "none",
	[DIST_TRIANGULAR] = "triangular",
	[DIST_PERT] = "pert",
};

void
cellspec_free(struct cellspec *s)
{
	size_t i;

	if (s == NULL)
		return;
	free(s->name);
	free(s->jpath);
	free(s->strval);
	formula_free(s->formula);
	free(s->formula_text);
	free(s->unit);
	free(s->description);
	free(s->source);
	free(s->url);
	free(s->as_of);
	free(s->note);
	free(s->region);
	for (i = 0; i < s->nenumv; i++)
		free(s->enumv[i]);
	free(s->enumv);
	for (i = 0; i < s->ninert; i++)
		free(s->inert[i]);
	free(s->inert);
	free(s);
}

static bool
looks_like_a1(const char *s, size_t n)
{
	size_t i = 0, letters, digits;

	while (i < n && isalpha((unsigned char)s[i]))
		i++;
	letters = i;
	while (i < n && isdigit((unsigned char)s[i]))
		i++;
	digits = i - letters;
	return i == n && letters >= 1 && letters <= 3 && digits >= 1;
}

static bool
looks_like_r1c1(const char *s, size_t n)
{
	size_t i = 0;

	if (i < n && (s[i] == 'r' || s[i] == 'R')) {
		i++;
		while (i < n && isdigit((unsigned char)s[i]))
			i++;
	}
	if (i < n && (s[i] == 'c' || s[i] == 'C')) {
		i++;
		while (i < n && isdigit((unsigned char)s[i]))
			i++;
	}
	return i == n && n > 0;
}

/*
 * Whether name can be a cell: an Excel defined name that LibreOffice
 * reads the same way. Rules: 1 to 255 characters; letters, digits, "_"
 * and "."; dot-separated segments each starting with a letter or "_";
 * no segment that looks like a cell reference (A1, XFD1048576, R1C1, R,
 * C); not a function name or TRUE/FALSE. On failure sets *why (static
 * text or caller-freed; always caller-freed here) and returns false.
 */
bool
cell_name_valid(const char *name, char **why)
{
	size_t n = strlen(name), i, start;

	*why = NULL;
	if (n == 0) {
		*why = xstrdup("a cell name cannot be empty");
		return false;
	}
	if (n > MAX_NAME) {
		*why = xasprintf("a cell name is at most %d characters, this one has %zu",
		    MAX_NAME, n);
		return false;
	}
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)name[i];

		if (!(isalnum(c) || c == '_' || c == '.')) {
			if (c >= 0x20 && c < 0x7f)
				*why = xasprintf("\"%c\" is not allowed in a cell name (use letters, "
				    "digits, \"_\" and \".\")", c);
			else
				*why = xasprintf("byte 0x%02x is not allowed in a cell name (use "
				    "letters, digits, \"_\" and \".\")", c);
			return false;
		}
	}
	for (start = 0; start <= n; ) {
		size_t end = start;

		while (end < n && name[end] != '.')
			end++;
		if (end == start) {
			*why = xstrdup("a cell name cannot start or end with \".\" or contain \"..\"");
			return false;
		}
		if (!(isalpha((unsigned char)name[start]) || name[start] == '_')) {
			*why = xasprintf("each part of a cell name must start with a letter or "
			    "\"_\"; \"%.*s\" does not", (int)(end - start), name + start);
			return false;
		}
		if (looks_like_a1(name + start, end - start) ||
		    looks_like_r1c1(name + start, end - start)) {
			*why = xasprintf("\"%.*s\" looks like a cell reference, which Excel would "
			    "read instead of the name", (int)(end - start), name + start);
			return false;
		}
		start = end + 1;
	}
	if (formula_is_function(name)) {
		*why = xasprintf("\"%s\" is the name of a function", name);
		return false;
	}
	return true;
}

/* Whether s is a real calendar date written YYYY-MM-DD. */
bool
date_valid(const char *s)
{
	int y, m, dd, mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	size_t i;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
			return false;
	y = atoi(s);
	m = atoi(s + 5);
	dd = atoi(s + 8);
	if ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)
		mdays[1] = 29;
	return y >= 1990 && y <= 2200 && m >= 1 && m <= 12 && dd >= 1 && dd <= mdays[m - 1];
}

/*
 * Whether definition s (over base definition b) is a figure not read from
 * its source: s says "read": false, or s dates nothing and b is unread.
 */
bool
cell_unread(const struct cellspec *s, const struct cellspec *b)
{
	return s->unread || (s->as_of == NULL && b != NULL && b->unread);
}

/* The date s's figure was read from its source (else b's); NULL if never read. */
const char *
cell_as_of(const struct cellspec *s, const struct cellspec *b)
{
	if (cell_unread(s, b))
		return NULL;
	return s->as_of ? s->as_of : b ? b->as_of : NULL;
}

/* Days since 1970-01-01 of a valid YYYY-MM-DD date (civil calendar). */
long
date_days(const char *s)
{
	long y = atoi(s), m = atoi(s + 5), d = atoi(s + 8), era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/*
 * Append v in its unit, written for people (fmt_amount in num.c: money as
 * $1,234.56, prices to 6 significant digits, fractions as percentages,
 * other numbers to 4); text as it is, a logical as yes or no.
 */
void
fmt_value(struct buf *b, const struct value *v, const char *unit)
{
	switch (v->type) {
	case VT_NUM:
		fmt_amount(b, v->u.num, unit);
		return;
	case VT_STR:
		buf_puts(b, v->u.str);
		break;
	case VT_BOOL:
		buf_puts(b, v->u.b ? "yes" : "no");
		return;
	default:
		buf_puts(b, verr_code(v->err));
		return;
	}
	if (unit && strcmp(unit, "logical") != 0)
		buf_printf(b, " %s", unit);
}

static const int no_deps[1] = {0};

/* The cells a definition's formula refers to (none for a value). */
const int *
cellspec_deps(const struct cellspec *s, size_t *n)
{
	if (s->kind != CK_FORMULA || s->formula == NULL) {
		*n = 0;
		return no_deps;
	}
	*n = s->formula->ndeps;
	return s->formula->deps;
}

/* A value as a condition: a logical as itself, a number when not 0; text and errors false. */
bool
value_true(const struct value *v)
{
	if (v->type == VT_BOOL)
		return v->u.b;
	if (v->type == VT_NUM)
		return v->u.num != 0;
	return false;
}
