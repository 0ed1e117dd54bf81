/*
 * num.c -- the one place numbers become text, and spreadsheet rounding.
 *
 * Two families live here. The formatters (num_shortest, fmt_money, ...)
 * are used by every back-end so that a figure reads the same in Markdown,
 * HTML, CSV and the workbook's number format. The rounding helpers
 * (xl_round, xl_snap) implement the 15-significant-digit arithmetic that
 * spreadsheets apply before rounding and comparing, so that ROUNDUP of a
 * quotient that is 3 in decimal but 2.9999999999999996 in binary gives 3
 * in runsheet as it does in Excel and LibreOffice.
 *
 * runsheet never calls setlocale(), so printf and strtod always use the C
 * locale: a decimal point, whatever LC_ALL says.
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runsheet.h"
#include "num.h"

/*
 * Write the shortest decimal text that reads back as exactly v ("0.1",
 * "91.2384", "1e-05"). Negative zero prints as "0". v must be finite.
 */
void
num_shortest(char *out, size_t sz, double v)
{
	int prec;

	if (v == 0) {
		snprintf(out, sz, "0");
		return;
	}
	if (!isfinite(v)) {
		/* never "nan" or "inf" in an output: the model turns both into
		 * #NUM!, so this is a last line of defence */
		snprintf(out, sz, "n/a");
		return;
	}
	for (prec = 1; prec <= 17; prec++) {
		snprintf(out, sz, "%.*g", prec, v);
		if (strtod(out, NULL) == v)
			break;
	}
	/* %g switches to exponents early ("1e+03"); write plain digits for
	 * magnitudes people read that way */
	if (strchr(out, 'e') != NULL) {
		int e = (int)floor(log10(fabs(v)));

		if (e >= -5 && e < 17) {
			int dec = prec - 1 - e;

			snprintf(out, sz, "%.*f", dec < 0 ? 0 : dec, v);
		}
	}
}

/*
 * Round |v| to 15 significant digits, the precision spreadsheets show and
 * compare at. Values that are whole numbers, or too large or too small to
 * scale, are returned unchanged.
 */
double
xl_snap(double v)
{
	double a = fabs(v), scale, r;
	int e;

	if (v == 0 || !isfinite(v) || a >= 4503599627370496.0 || a == floor(a))
		return v;
	e = (int)floor(log10(a));
	if (e > 290 || e < -290)
		return v;
	scale = pow(10, 14 - e);
	r = round(a * scale) / scale;
	if (!isfinite(r))
		return v;
	return v < 0 ? -r : r;
}

/*
 * Round v to digits decimal places (negative digits round to tens,
 * hundreds...) as ROUND, ROUNDUP and ROUNDDOWN do: mode XL_HALF rounds
 * half away from zero, XL_UP away from zero, XL_DOWN toward zero.
 */
double
xl_round(double v, int digits, enum xl_mode mode)
{
	double a = fabs(v), fac, x;

	if (!isfinite(v) || v == 0)
		return v;
	if (digits >= 0 && (a >= 4503599627370496.0 || a == floor(a)))
		return v;
	if (digits > 308 || digits < -308)
		return digits > 0 ? v : 0;
	fac = pow(10, abs(digits));
	x = digits < 0 ? a / fac : a * fac;
	if (!isfinite(x))
		return v;
	switch (mode) {
	case XL_HALF:
		x = floor(xl_snap(x + 0.5));
		break;
	case XL_UP:
		x = ceil(xl_snap(x));
		break;
	case XL_DOWN:
		x = floor(xl_snap(x));
		break;
	}
	x = digits < 0 ? x * fac : x / fac;
	if (!isfinite(x))
		return v;
	return v < 0 ? -x : x;
}

/* Floor and ceiling at 15 significant digits (INT, CEILING, FLOOR). */
double
xl_floor(double v)
{
	return floor(xl_snap(v));
}

double
xl_ceil(double v)
{
	return ceil(xl_snap(v));
}

/*
 * Whether a and b are equal at spreadsheet precision: identical, or of
 * the same sign and within 2^-48 relative of each other.
 */
bool
xl_equal(double a, double b)
{
	const double e48 = 1.0 / 281474976710656.0;
	double d;

	if (a == b)
		return true;
	if (a == 0 || b == 0 || (a < 0) != (b < 0))
		return false;
	d = fabs(a - b);
	if (!isfinite(d))
		return false;
	return d < fabs(a) * e48 && d < fabs(b) * e48;
}

/* a + b, giving exactly 0 when they cancel at spreadsheet precision. */
double
xl_add(double a, double b)
{
	if (((a < 0 && b > 0) || (a > 0 && b < 0)) && xl_equal(a, -b))
		return 0;
	return a + b;
}

/* a - b, giving exactly 0 when they cancel at spreadsheet precision. */
double
xl_sub(double a, double b)
{
	if (((a < 0 && b < 0) || (a > 0 && b > 0)) && xl_equal(a, b))
		return 0;
	return a - b;
}

/*
 * Append v as a spreadsheet shows a number turned into text ("&"): whole
 * numbers in full, others with up to 15 significant digits and no
 * trailing zeros, and exponent notation (1E+20, 1E-16) beyond 15 digits.
 */
void
num_general(struct buf *b, double v)
{
	char tmp[64];
	int e, dec;
	char *p;

	if (v == 0) {
		buf_putc(b, '0');
		return;
	}
	if (fabs(v) < 9007199254740992.0 && v == floor(v) && fabs(v) < 1e15) {
		buf_printf(b, "%.0f", v);
		return;
	}
	e = (int)floor(log10(fabs(v)));
	if (e <= -15 || e >= 15) {
		snprintf(tmp, sizeof(tmp), "%.14E", v);
		/* trim the mantissa's trailing zeros: 1.00000000000000E+20 */
		p = strchr(tmp, 'E');
		{
			char mant[64], *q;
			size_t n = (size_t)(p - tmp);

			memcpy(mant, tmp, n);
			mant[n] = '\0';
			q = mant + n - 1;
			while (*q == '0')
				*q-- = '\0';
			if (*q == '.')
				*q = '\0';
			buf_puts(b, mant);
		}
		/* exponent with at least two digits, as Excel writes it */
		{
			int x = atoi(p + 1);

			buf_printf(b, "E%c%02d", x < 0 ? '-' : '+', abs(x));
		}
		return;
	}
	dec = 14 - e;
	if (dec < 0)
		dec = 0;
	snprintf(tmp, sizeof(tmp), "%.*f", dec, v);
	if (strchr(tmp, '.') != NULL) {
		p = tmp + strlen(tmp) - 1;
		while (*p == '0')
			*p-- = '\0';
		if (*p == '.')
			*p = '\0';
	}
	buf_puts(b, tmp);
}

/* Append the digits of a non-negative whole number with thousands commas. */
static void
put_grouped(struct buf *b, const char *digits)
{
	size_t n = strlen(digits), i;

	for (i = 0; i < n; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			buf_putc(b, ',');
		buf_putc(b, digits[i]);
	}
}

/*
 * Append v with the given decimals, rounded half away from zero at
 * spreadsheet precision (as a number format displays it), with thousands
 * separators when grouped is set.
 */
void
fmt_fixed(struct buf *b, double v, int decimals, bool grouped)
{
	char tmp[400], *dot;
	double r = xl_round(v, decimals, XL_HALF);

	if (!isfinite(r)) {
		buf_puts(b, "n/a"); /* never "nan" or "inf" in a document */
		return;
	}
	if (r == 0)
		r = 0; /* no "-0.00" */
	snprintf(tmp, sizeof(tmp), "%.*f", decimals, fabs(r));
	if (r < 0)
		buf_putc(b, '-');
	dot = strchr(tmp, '.');
	if (dot)
		*dot = '\0';
	if (grouped)
		put_grouped(b, tmp);
	else
		buf_puts(b, tmp);
	if (dot) {
		buf_putc(b, '.');
		buf_puts(b, dot + 1);
	}
}

/*
 * Append an amount of US dollars: "$1,234.56", "-$12.00". The workbook's
 * number format XLSX_MONEY_FORMAT displays the same text.
 */
void
fmt_money(struct buf *b, double v)
{
	double r = xl_round(v, 2, XL_HALF);

	if (r < 0)
		buf_putc(b, '-');
	buf_putc(b, '$');
	if (fabs(r) >= 1e15) {
		/* beyond a spreadsheet's whole digits: "$1E+99", a sentinel */
		fmt_sig(b, fabs(r), NUM_QUANTITY_DIGITS);
		return;
	}
	fmt_fixed(b, fabs(r), 2, true);
}

/* Append a scale factor: "2.35x". */
void
fmt_scale(struct buf *b, double v)
{
	fmt_fixed(b, v, v < 10 ? 2 : v < 100 ? 1 : 0, true);
	buf_putc(b, 'x');
}

/*
 * Append a fraction as a percentage with at most one decimal: "37.5%",
 * "15%", "100%".
 */
void
fmt_percent(struct buf *b, double v)
{
	size_t n = b->len;

	fmt_fixed(b, v * 100, 1, true);
	if (b->len >= n + 2 && memcmp(b->data + b->len - 2, ".0", 2) == 0) {
		b->len -= 2;
		b->data[b->len] = '\0';
	}
	buf_putc(b, '%');
}

/*
 * The rule every number a person reads follows (report, site pages, calc's
 * table, dump's text, charts), by the kind of its unit; the workbook, the
 * JSON and the CSV keep full precision:
 *
 *   money     (a currency alone, or per month or year: USD, USD/month,
 *             USD/year, USD/month/cluster): "$1,234.56", two decimals;
 *   price     (a currency per anything else: USD/vCPU-h, USD/GB, EUR/month,
 *             USD/EUR): at most 6 significant digits, which keeps every
 *             figure a vendor publishes (0.0000008465, 0.134012);
 *   fraction  a percentage with at most one decimal: "37.5%", "15%";
 *   quantity  everything else (vCPU, GiB, h, s, requests, nodes, factors):
 *             at most 4 significant digits (16.1, 0.7756, 30.42).
 *
 * A price or a quantity never loses whole digits: from 1,000 on it is a
 * whole number with thousands grouped (2,950 runs/month, 10,000,000
 * requests/month), and a whole number is always written in full. Trailing
 * zeros after the point are dropped. Beyond 1E+15 and below 1E-9 the
 * number is in exponent form with the same significant digits (1E+99).
 */

/* The kind of number a unit holds (NUM_QUANTITY for none). */
enum num_kind
num_kind_of(const char *unit)
{
	const char *rest;

	if (unit == NULL)
		return NUM_QUANTITY;
	if (strcmp(unit, "fraction") == 0)
		return NUM_FRACTION;
	/* a currency code: three capitals, then the end, "/" or " " */
	if (!(unit[0] >= 'A' && unit[0] <= 'Z' && unit[1] >= 'A' && unit[1] <= 'Z' &&
	    unit[2] >= 'A' && unit[2] <= 'Z') || (unit[3] != '\0' && unit[3] != '/' &&
	    unit[3] != ' '))
		return NUM_QUANTITY;
	rest = unit + 3;
	if (strncmp(unit, "USD", 3) == 0 && (*rest == '\0' || strcmp(rest, "/month") == 0 ||
	    strcmp(rest, "/year") == 0 || str_has_prefix(rest, "/month/")))
		return NUM_MONEY;
	return NUM_PRICE;
}

/*
 * Append v with at most digits significant digits (1 to 12: rounding at
 * more would meet the 15 digits a double holds), as the rule above writes
 * a price or a quantity: "16.1", "0.00495", "2,950", "10,000,000",
 * "1.5E-10".
 */
void
fmt_sig(struct buf *b, double v, int digits)
{
	char tmp[64];
	double a = fabs(v), r;
	int e, dec;
	size_t n;

	if (digits < 1)
		digits = 1;
	if (digits > 12)
		digits = 12;
	if (!isfinite(v)) {
		buf_puts(b, "n/a"); /* never "nan" or "inf" in a document */
		return;
	}
	if (v == 0) {
		buf_putc(b, '0');
		return;
	}
	if (a >= 1e15 || a < 1e-9) {
		char *p, *q;

		snprintf(tmp, sizeof(tmp), "%.*E", digits - 1, v);
		p = strchr(tmp, 'E');
		q = p - 1;
		while (*q == '0')
			q--;
		if (*q == '.')
			q--;
		buf_printf(b, "%.*sE%c%02d", (int)(q - tmp + 1), tmp, atoi(p + 1) < 0 ? '-' : '+',
		    abs(atoi(p + 1)));
		return;
	}
	e = (int)floor(log10(xl_snap(a)));
	dec = digits - 1 - e;
	if (dec < 0 || a >= 1000)
		dec = 0; /* whole digits are never rounded off */
	r = xl_round(v, dec, XL_HALF);
	if (fabs(r) >= 1000)
		dec = 0;
	n = b->len;
	fmt_fixed(b, r, dec, true);
	if (dec > 0) {
		/* drop the zeros after the point, and the point */
		while (b->len > n && b->data[b->len - 1] == '0')
			b->len--;
		if (b->len > n && b->data[b->len - 1] == '.')
			b->len--;
		b->data[b->len] = '\0';
	}
}

/* Append v written for people by the kind of its unit, without the unit. */
void
fmt_number(struct buf *b, double v, const char *unit)
{
	switch (num_kind_of(unit)) {
	case NUM_MONEY:
		fmt_money(b, v);
		break;
	case NUM_FRACTION:
		fmt_percent(b, v);
		break;
	case NUM_PRICE:
		fmt_sig(b, v, NUM_PRICE_DIGITS);
		break;
	default:
		fmt_sig(b, v, NUM_QUANTITY_DIGITS);
		break;
	}
}

/*
 * Append v and its unit: "$12.00/month", "0.0405 USD/vCPU-h", "37.5%",
 * "16.1 vCPU", "3" (no unit).
 */
void
fmt_amount(struct buf *b, double v, const char *unit)
{
	enum num_kind k = num_kind_of(unit);

	fmt_number(b, v, unit);
	if (unit == NULL || *unit == '\0' || k == NUM_FRACTION || strcmp(unit, "logical") == 0)
		return;
	if (k == NUM_MONEY)
		buf_puts(b, unit + 3); /* "/month" after "$12.00" */
	else
		buf_printf(b, " %s", unit);
}

/*
 * Parse a whole string as a finite number (optional sign, digits,
 * decimal point, exponent; surrounding spaces allowed). Returns false if
 * anything else is present.
 */
bool
num_parse(const char *s, double *out)
{
	const char *p = s;
	char *end;
	double v;

	while (*p == ' ')
		p++;
	if (*p == '\0')
		return false;
	/* strtod also takes hex, "inf" and "nan"; spreadsheets do not. */
	{
		const char *q = p;

		if (*q == '+' || *q == '-')
			q++;
		if (!((*q >= '0' && *q <= '9') || *q == '.'))
			return false;
		for (; *q; q++)
			if (*q == 'x' || *q == 'X')
				return false;
	}
	v = strtod(p, &end);
	if (end == p)
		return false;
	while (*end == ' ')
		end++;
	if (*end != '\0' || !isfinite(v))
		return false;
	*out = v;
	return true;
}
