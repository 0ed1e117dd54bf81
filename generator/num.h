/*
 * num.h -- spreadsheet-precision arithmetic shared by eval.c and the
 * formatters in num.c.
 */
#ifndef NUM_H
#define NUM_H

#include <stdbool.h>

enum xl_mode {
	XL_HALF, /* ROUND: half away from zero */
	XL_UP,   /* ROUNDUP: away from zero */
	XL_DOWN  /* ROUNDDOWN: toward zero */
};

/* The workbook's currency format; displays as fmt_money() writes. */
#define XLSX_MONEY_FORMAT "\"$\"#,##0.00"

double xl_snap(double);
double xl_round(double, int, enum xl_mode);
double xl_floor(double);
double xl_ceil(double);
bool xl_equal(double, double);
double xl_add(double, double);
double xl_sub(double, double);

#endif
