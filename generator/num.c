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
	fmt_fixed(b, fabs(r), 2, true);
}

/* Append a scale factor: "2.35x". */
void
fmt_scale(struct buf *b, double v)
{
	fmt_fixed(b, v, v < 10 ? 2 : v < 100 ? 1 : 0, true);
	buf_putc(b, 'x');
}

/* Append a fraction as a percentage with one decimal: "37.5%". */
void
fmt_percent(struct buf *b, double v)
{
	fmt_fixed(b, v * 100, 1, true);
	buf_putc(b, '%');
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
