/*
 * xlsx.c -- the workbook: the model as a live Excel spreadsheet.
 *
 * The FinOps reviewer's tool. Every cell of the model becomes an Excel
 * defined name of the same name (workload.vcpu, cloud_run.cpu_cost):
 *
 *   Inputs     every value cell: the value (styled as editable, with a
 *              data-validation list or bounds), then its unit, range,
 *              source, URL, as-of date, description and where it is set;
 *   Model      every formula cell, as a live formula re-printed from the
 *              parsed model, with runsheet's value as the cached result
 *              (so viewers that do not recalculate still show it), and its
 *              formula text beside it;
 *   Summary    the verdict and the per-platform totals, as formulas over
 *              the names, a native stacked bar chart and the chart PNG;
 *   Breakdown  one row per platform and component, monthly and annual.
 *
 * Change an input in Excel or LibreOffice and everything recalculates; the
 * tests prove it with LibreOffice. Formulas in the workbook come only from
 * parsed and re-printed model formulas (formula_print) or are built here
 * from cell names, never from raw text. Text is always written as text, so
 * a description starting with "=" is never a formula.
 *
 * Reproducible: the creation time is pinned by the caller and sheets, rows
 * and names are written in a fixed order.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "runsheet.h"
#include "num.h"
#include "xlsx.h"
#include "analysis.h"
#include "chart.h"

/* The first data row (0-based) of the Sweep and SweepCalc sheets. */
#define SWEEP_FIRST 4

/*
 * Whether cell c is one the model's region does not price: a price no
 * sheet of the region gives (#N/A), or a cell of a platform that needs
 * one. The scenario cannot compare such a platform (runsheet refuses it),
 * so the workbook shows text in its place, never an error value.
 */
static bool
unpriced(const struct model *m, int c)
{
	return m->values[c].type == VT_ERR && m->values[c].err == VE_NA;
}

/* The line styles of chart.c in libxlsxwriter's terms. */
static const uint8_t xlsx_dash[DASH__MAX] = {LXW_CHART_LINE_DASH_SOLID,
	LXW_CHART_LINE_DASH_DASH, LXW_CHART_LINE_DASH_ROUND_DOT, LXW_CHART_LINE_DASH_DASH_DOT};

enum fmtkind {
	F_GENERAL,
	F_MONEY,
	F_PERCENT,
	F_HOURS,
	F_FACTOR,
	F_BOOL,
	F__MAX
};

/*
 * The number format of a cached logical (see write_formula): the code
 * LibreOffice itself writes to .xlsx for its BOOLEAN format, and reads back
 * as a logical.
 */
#define XLSX_BOOL_FORMAT "\"TRUE\";\"TRUE\";\"FALSE\""

struct xw {
	lxw_workbook *wb;
	const struct report *r;
	const struct model *m;
	lxw_format *header, *title, *subtitle, *note, *bold, *wrap, *verdict, *verdict_money;
	lxw_format *val[F__MAX][2]; /* [kind][input] */
	lxw_format *bool_bold;      /* a logical in bold (the Map and Bill sheets' totals) */
	int *row_of;                /* sheet row of each cell's value */
	int *sheet_of;              /* 0 Inputs, 1 Model */
	struct diags *d;
	const char *path;
	bool failed;
	size_t calls;               /* libxlsxwriter calls made (make bench) */
	char *unpriced;             /* the text in place of a value the region does not price */
};

/* Record a libxlsxwriter error once, at the call that returned it. */
static void
check(struct xw *x, lxw_error e, const char *what)
{
	x->calls++;
	if (e == LXW_NO_ERROR || x->failed)
		return;
	diag_add(x->d, DIAG_ERROR, x->path, 0, 0, NULL, NULL, "writing the workbook (%s): %s",
	    what, lxw_strerror(e));
	x->failed = true;
}

static enum fmtkind
unit_format(const char *unit)
{
	if (unit == NULL)
		return F_GENERAL;
	if (strcmp(unit, "USD") == 0 || str_has_prefix(unit, "USD/month") ||
	    str_has_prefix(unit, "USD/year"))
		return F_MONEY;
	if (strcmp(unit, "fraction") == 0)
		return F_PERCENT;
	if (unit[0] == 'h' && (unit[1] == '\0' || unit[1] == '/'))
		return F_HOURS;
	if (strcmp(unit, "factor") == 0 || strcmp(unit, "FTE") == 0)
		return F_FACTOR;
	return F_GENERAL;
}

static void
make_formats(struct xw *x)
{
	static const char *const numfmt[F__MAX] = {
		[F_GENERAL] = NULL, [F_MONEY] = XLSX_MONEY_FORMAT, [F_PERCENT] = "0.0%",
		[F_HOURS] = "#,##0.0", [F_FACTOR] = "0.00", [F_BOOL] = XLSX_BOOL_FORMAT,
	};
	int k, in;

	x->header = workbook_add_format(x->wb);
	format_set_bold(x->header);
	format_set_bg_color(x->header, 0xE8EAED);
	format_set_bottom(x->header, LXW_BORDER_THIN);
	format_set_text_wrap(x->header);
	format_set_align(x->header, LXW_ALIGN_VERTICAL_TOP);
	x->title = workbook_add_format(x->wb);
	format_set_bold(x->title);
	format_set_font_size(x->title, 16);
	x->subtitle = workbook_add_format(x->wb);
	format_set_font_color(x->subtitle, 0x555555);
	x->note = workbook_add_format(x->wb);
	format_set_italic(x->note);
	format_set_font_color(x->note, 0x555555);
	x->bold = workbook_add_format(x->wb);
	format_set_bold(x->bold);
	x->wrap = workbook_add_format(x->wb);
	format_set_text_wrap(x->wrap);
	format_set_align(x->wrap, LXW_ALIGN_VERTICAL_TOP);
	x->verdict = workbook_add_format(x->wb);
	format_set_bold(x->verdict);
	format_set_font_size(x->verdict, 13);
	format_set_bg_color(x->verdict, 0xE3F2E8);
	x->bool_bold = workbook_add_format(x->wb);
	format_set_bold(x->bool_bold);
	format_set_num_format(x->bool_bold, XLSX_BOOL_FORMAT);
	x->verdict_money = workbook_add_format(x->wb);
	format_set_bold(x->verdict_money);
	format_set_font_size(x->verdict_money, 13);
	format_set_bg_color(x->verdict_money, 0xE3F2E8);
	format_set_num_format(x->verdict_money, XLSX_MONEY_FORMAT);
	for (k = 0; k < F__MAX; k++) {
		for (in = 0; in < 2; in++) {
			lxw_format *f = workbook_add_format(x->wb);

			if (numfmt[k])
				format_set_num_format(f, numfmt[k]);
			format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
			if (in) {
				/* the modeller's convention: inputs are blue on yellow */
				format_set_font_color(f, 0x1F4E9A);
				format_set_bg_color(f, 0xFFF7D6);
				format_set_border(f, LXW_BORDER_THIN);
				format_set_border_color(f, 0xD9C77A);
			}
			x->val[k][in] = f;
		}
	}
}

/* A1-style absolute reference to (row, col) of sheet; caller frees. */
static char *
abs_ref(const char *sheet, int row, int col)
{
	char cell[32];

	lxw_rowcol_to_cell_abs(cell, (lxw_row_t)row, (lxw_col_t)col, 1, 1);
	return xasprintf("=%s!%s", sheet, cell);
}

/*
 * The cells of one sheet (values or formulas), sorted by name; on the
 * Inputs sheet what the scenario and the command line set comes first.
 * Caller frees.
 */
static int *
sheet_cells(const struct model *m, bool formulas, size_t *n)
{
	int *out = xcalloc(m->ncells + 1, sizeof(*out));
	size_t i, k = 0, pass, a, b;

	for (pass = 0; pass < (formulas ? 1u : 2u); pass++) {
		size_t start = k;

		for (i = 0; i < m->ncells; i++) {
			const struct cellspec *s = m->def[i];
			bool set_here = s->layer == LAYER_SCENARIO || s->layer == LAYER_CLI;

			if ((s->kind == CK_FORMULA) != formulas)
				continue;
			if (!formulas && (pass == 0) != set_here)
				continue;
			out[k++] = (int)i;
		}
		for (a = start + 1; a < k; a++)
			for (b = a; b > start && strcmp(m->cat->base[out[b - 1]]->name,
			    m->cat->base[out[b]]->name) > 0; b--) {
				int t = out[b - 1];

				out[b - 1] = out[b];
				out[b] = t;
			}
	}
	*n = k;
	return out;
}

/* Where a definition comes from: "scenarios/x.json /workload/vcpu". */
static char *
origin(const struct cellspec *s)
{
	if (s->src == NULL)
		return xstrdup(s->jpath ? s->jpath : "command line");
	return xasprintf("%s %s", s->src->path, s->jpath ? s->jpath : "");
}

static void
write_value(struct xw *x, lxw_worksheet *ws, int row, int col, const struct value *v,
    lxw_format *f)
{
	switch (v->type) {
	case VT_NUM:
		check(x, worksheet_write_number(ws, (lxw_row_t)row, (lxw_col_t)col, v->u.num, f),
		    "a number");
		break;
	case VT_BOOL:
		check(x, worksheet_write_boolean(ws, (lxw_row_t)row, (lxw_col_t)col, v->u.b, f),
		    "a logical");
		break;
	case VT_STR:
		check(x, worksheet_write_string(ws, (lxw_row_t)row, (lxw_col_t)col, v->u.str, f),
		    "text");
		break;
	default:
		/* a price the region has no sheet for (only platforms the scenario
		 * does not compare use it): text that says so, never an error */
		if (v->err == VE_NA)
			check(x, worksheet_write_string(ws, (lxw_row_t)row, (lxw_col_t)col,
			    x->unpriced, NULL), "a missing price");
		break;
	}
}

/*
 * The format a logical result is cached with, in place of f: the same
 * look with the boolean number format.
 */
static lxw_format *
bool_format(struct xw *x, lxw_format *f)
{
	int k, in;

	if (f == NULL)
		return x->val[F_BOOL][0];
	if (f == x->bold)
		return x->bool_bold;
	for (k = 0; k < F__MAX; k++)
		for (in = 0; in < 2; in++)
			if (f == x->val[k][in])
				return x->val[F_BOOL][in];
	return x->val[F_BOOL][0];
}

/*
 * Write formula text (without "=") with the cell's value as the cached
 * result. libxlsxwriter (1.1.4) caches a formula's result as a number or
 * as text, not as a logical (t="b"), so a logical is cached as the number
 * 1 or 0 with the number format "TRUE";"TRUE";"FALSE": LibreOffice reads
 * that back as a logical without recalculating (it writes its own logicals
 * so), every viewer shows TRUE or FALSE, and a reader of raw values
 * (openpyxl, pandas) gets 1 or 0, which is what Excel's TRUE and FALSE are
 * in arithmetic. Excel recalculates on opening (libxlsxwriter sets
 * fullCalcOnLoad) and holds the logical itself. Before, the cache was the
 * text "TRUE" or "FALSE", which a reader that does not recalculate took
 * for text.
 */
static void
write_formula(struct xw *x, lxw_worksheet *ws, int row, int col, const char *formula,
    const struct value *v, lxw_format *f)
{
	char *text = xasprintf("=%s", formula);

	switch (v->type) {
	case VT_NUM:
		check(x, worksheet_write_formula_num(ws, (lxw_row_t)row, (lxw_col_t)col, text, f,
		    v->u.num), "a formula");
		break;
	case VT_STR:
		check(x, worksheet_write_formula_str(ws, (lxw_row_t)row, (lxw_col_t)col, text, f,
		    v->u.str), "a formula");
		break;
	case VT_BOOL:
		check(x, worksheet_write_formula_num(ws, (lxw_row_t)row, (lxw_col_t)col, text,
		    bool_format(x, f), v->u.b ? 1 : 0), "a formula");
		break;
	default:
		/* a cell of a platform the region does not price (#N/A: the
		 * scenario cannot compare it) is text saying so, not a formula that
		 * would recalculate to an error; other errors are in platforms the
		 * scenario does not compare */
		if (v->err == VE_NA)
			check(x, worksheet_write_string(ws, (lxw_row_t)row, (lxw_col_t)col,
			    x->unpriced, NULL), "a cell not priced");
		else
			check(x, worksheet_write_formula_str(ws, (lxw_row_t)row, (lxw_col_t)col, text,
			    f, verr_code(v->err)), "a formula");
	}
	free(text);
}

static void
print_name(struct buf *b, const char *ref, int cell, void *arg)
{
	const struct model *m = arg;

	buf_puts(b, cell >= 0 ? m->cat->base[cell]->name : ref);
}

static void
headers(struct xw *x, lxw_worksheet *ws, int row, const char *const *h, const double *widths)
{
	int i;

	for (i = 0; h[i]; i++) {
		check(x, worksheet_write_string(ws, (lxw_row_t)row, (lxw_col_t)i, h[i], x->header),
		    "a header");
		check(x, worksheet_set_column(ws, (lxw_col_t)i, (lxw_col_t)i, widths[i], NULL),
		    "a column width");
	}
	worksheet_freeze_panes(ws, (lxw_row_t)(row + 1), 0);
}

static void
sheet_inputs(struct xw *x, lxw_worksheet *ws)
{
	static const char *const h[] = {"Cell (defined name)", "Value", "Unit", "Low", "High",
		"Distribution", "Source", "URL", "As of", "Region", "Description", "Set by", NULL};
	static const double widths[] = {38, 14, 16, 10, 10, 12, 48, 30, 11, 16, 60, 40};
	const struct model *m = x->m;
	size_t n, i;
	int *cells = sheet_cells(m, false, &n);
	int row = 2;
	struct range rg;

	check(x, worksheet_write_string(ws, 0, 0, "Inputs: edit the values in the yellow "
	    "column; every result on the other sheets recalculates.", x->note), "a note");
	headers(x, ws, 1, h, widths);
	for (i = 0; i < n; i++, row++) {
		int c = cells[i];
		const struct cellspec *s = m->def[c], *b = m->cat->base[c];
		char *where = origin(s), *ref;
		enum fmtkind fk = unit_format(b->unit);
		const char *url = cellspec_url(s, b);
		const char *asof = cell_unread(s, b) ? NULL : cellspec_as_of(s, b);
		struct buf src = {0};

		check(x, worksheet_write_string(ws, (lxw_row_t)row, 0, b->name, NULL), "a name");
		write_value(x, ws, row, 1, &m->values[c], x->val[fk][1]);
		if (b->unit)
			check(x, worksheet_write_string(ws, (lxw_row_t)row, 2, b->unit, NULL), "a unit");
		if (s->ranged) {
			check(x, worksheet_write_number(ws, (lxw_row_t)row, 3, s->low, x->val[fk][0]),
			    "a range");
			check(x, worksheet_write_number(ws, (lxw_row_t)row, 4, s->high, x->val[fk][0]),
			    "a range");
			check(x, worksheet_write_string(ws, (lxw_row_t)row, 5, dist_names[s->dist],
			    NULL), "a range");
		} else if (model_range(m, c, &rg)) {
			/* a range from spread.<name>: live, so editing either moves it */
			const char *sp = m->cat->base[rg.spread]->name;
			struct value lo = {.type = VT_NUM}, hi = {.type = VT_NUM};
			char *f;

			lo.u.num = rg.low;
			hi.u.num = rg.high;
			f = b->has_min ? xasprintf("MAX(%.17g,MIN(%s*(1-%s),%s*(1+%s)))", b->min, b->name,
			    sp, b->name, sp) : xasprintf("MIN(%s*(1-%s),%s*(1+%s))", b->name, sp, b->name, sp);
			write_formula(x, ws, row, 3, f, &lo, x->val[fk][0]);
			free(f);
			f = b->has_max ? xasprintf("MIN(%.17g,MAX(%s*(1-%s),%s*(1+%s)))", b->max, b->name,
			    sp, b->name, sp) : xasprintf("MAX(%s*(1-%s),%s*(1+%s))", b->name, sp, b->name, sp);
			write_formula(x, ws, row, 4, f, &hi, x->val[fk][0]);
			free(f);
			check(x, worksheet_write_string(ws, (lxw_row_t)row, 5, "triangular (spread)",
			    NULL), "a range");
		}
		/* the layer that set the value, never the default's text; the
		 * documents cited by file name, named by their titles */
		cellspec_source(&src, s, b);
		if (src.len) {
			struct buf cb = {0};

			source_cite(&cb, m->cat, buf_str(&src));
			check(x, worksheet_write_string(ws, (lxw_row_t)row, 6, buf_str(&cb), NULL),
			    "a source");
			buf_free(&cb);
		}
		buf_free(&src);
		if (url)
			check(x, worksheet_write_string(ws, (lxw_row_t)row, 7, url, NULL), "a URL");
		if (asof)
			check(x, worksheet_write_string(ws, (lxw_row_t)row, 8, asof, NULL), "a date");
		else if (cell_unread(s, b))
			check(x, worksheet_write_string(ws, (lxw_row_t)row, 8, "not read from its source",
			    NULL), "a date");
		if (s->layer == LAYER_PRICING) {
			struct buf rb = {0};

			sheet_region_text(&rb, s);
			check(x, worksheet_write_string(ws, (lxw_row_t)row, 9, buf_str(&rb), NULL),
			    "a region");
			buf_free(&rb);
		}
		if (b->description)
			check(x, worksheet_write_string(ws, (lxw_row_t)row, 10, b->description, NULL),
			    "a description");
		check(x, worksheet_write_string(ws, (lxw_row_t)row, 11, where, NULL), "a place");
		free(where);
		/* data validation: allowed texts, or numeric bounds */
		if (c == m->cat->region_cell && m->values[c].type == VT_STR) {
			/* the region chose the price sheets when runsheet wrote this
			 * workbook: editing it here could not re-price anything */
			lxw_data_validation dv;
			char *list[2] = {(char *)m->values[c].u.str, NULL};

			memset(&dv, 0, sizeof(dv));
			dv.validate = LXW_VALIDATION_TYPE_LIST;
			dv.value_list = list;
			dv.input_title = "Region";
			dv.input_message = "runsheet picks each provider's pricing sheet for this "
			    "region when it builds the workbook. To price another region, run it "
			    "again with --set workload.region=ID.";
			dv.error_title = "Region is fixed";
			dv.error_message = "The prices on this sheet are this region's. Build the "
			    "workbook again with --set workload.region=ID to price another.";
			check(x, worksheet_data_validation_cell(ws, (lxw_row_t)row, 1, &dv),
			    "a validation list");
		} else if (b->nenumv > 0 && b->nenumv < 64) {
			lxw_data_validation dv;
			char *list[65];
			size_t k;

			memset(&dv, 0, sizeof(dv));
			for (k = 0; k < b->nenumv; k++)
				list[k] = b->enumv[k];
			list[k] = NULL;
			dv.validate = LXW_VALIDATION_TYPE_LIST;
			dv.value_list = list;
			check(x, worksheet_data_validation_cell(ws, (lxw_row_t)row, 1, &dv),
			    "a validation list");
		} else if (m->values[c].type == VT_NUM && b->has_min && b->has_max) {
			lxw_data_validation dv;

			memset(&dv, 0, sizeof(dv));
			dv.validate = b->integer ? LXW_VALIDATION_TYPE_INTEGER :
			    LXW_VALIDATION_TYPE_DECIMAL;
			dv.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
			dv.minimum_number = b->min;
			dv.maximum_number = b->max;
			check(x, worksheet_data_validation_cell(ws, (lxw_row_t)row, 1, &dv),
			    "a validation range");
		}
		ref = abs_ref("Inputs", row, 1);
		check(x, workbook_define_name(x->wb, b->name, ref), "a defined name");
		free(ref);
		x->row_of[c] = row;
		x->sheet_of[c] = 0;
	}
	worksheet_autofilter(ws, 1, 0, (lxw_row_t)(row - 1), 11);
	free(cells);
}

static void
sheet_model(struct xw *x, lxw_worksheet *ws)
{
	static const char *const h[] = {"Cell (defined name)", "Value", "Unit", "Formula",
		"Description", "Defined in", NULL};
	static const double widths[] = {38, 16, 16, 70, 60, 44};
	const struct model *m = x->m;
	size_t n, i;
	int *cells = sheet_cells(m, true, &n);
	int row = 2;
	struct buf f = {0};

	check(x, worksheet_write_string(ws, 0, 0, "Model: every formula of the cost model, "
	    "live. Each cell is a defined name; formulas refer to other cells by name.",
	    x->note), "a note");
	headers(x, ws, 1, h, widths);
	for (i = 0; i < n; i++, row++) {
		int c = cells[i];
		const struct cellspec *s = m->def[c], *b = m->cat->base[c];
		char *where = origin(s), *ref;

		f.len = 0;
		formula_print(s->formula, &f, print_name, (void *)m);
		check(x, worksheet_write_string(ws, (lxw_row_t)row, 0, b->name, NULL), "a name");
		write_formula(x, ws, row, 1, buf_str(&f), &m->values[c],
		    x->val[unit_format(b->unit)][0]);
		if (b->unit)
			check(x, worksheet_write_string(ws, (lxw_row_t)row, 2, b->unit, NULL), "a unit");
		/* the formula shown as text: write_string never makes a formula */
		{
			char *shown = xasprintf("=%s", buf_str(&f));

			check(x, worksheet_write_string(ws, (lxw_row_t)row, 3, shown, NULL),
			    "formula text");
			free(shown);
		}
		if (b->description)
			check(x, worksheet_write_string(ws, (lxw_row_t)row, 4, b->description, NULL),
			    "a description");
		check(x, worksheet_write_string(ws, (lxw_row_t)row, 5, where, NULL), "a place");
		free(where);
		ref = abs_ref("Model", row, 1);
		check(x, workbook_define_name(x->wb, b->name, ref), "a defined name");
		free(ref);
		x->row_of[c] = row;
		x->sheet_of[c] = 1;
	}
	worksheet_autofilter(ws, 1, 0, (lxw_row_t)(row - 1), 5);
	buf_free(&f);
	free(cells);
}

/* Write =name (a reference to one model cell) with its cached value. */
static void
ref_cell(struct xw *x, lxw_worksheet *ws, int row, int col, int cell, lxw_format *f)
{
	write_formula(x, ws, row, col, x->m->cat->base[cell]->name, &x->m->values[cell], f);
}

static void
sheet_summary(struct xw *x, lxw_worksheet *ws, const struct buf *png, int *table_row)
{
	static const char *const h[] = {"Platform", "Compute", "Platform fees", "Hidden",
		"Engineering", "One-time (amortised)", "Total / month", "Total / year",
		"Rule adjustment", "Excluded", NULL};
	static const double widths[] = {28, 13, 13, 13, 13, 13, 15, 15, 11, 10};
	const struct report *r = x->r;
	const struct model *m = x->m;
	const struct catalog *cat = m->cat;
	lxw_format *money = x->val[F_MONEY][0];
	int row, k;
	size_t i;

	check(x, worksheet_write_string(ws, 0, 0, r->scn ? r->scn->title : "Model defaults",
	    x->title), "the title");
	{
		char *sub = xasprintf("Scenario %s. Every number on this sheet is a live formula "
		    "over the named cells of the Inputs and Model sheets.",
		    r->scn ? r->scn->id : "defaults");

		check(x, worksheet_write_string(ws, 1, 0, sub, x->subtitle), "a subtitle");
		free(sub);
	}
	if (r->where[0]) {
		char *where = xasprintf("Priced in region %s. Each price's region, source and date "
		    "are on the Inputs sheet.", r->where);

		check(x, worksheet_write_string(ws, 2, 0, where, x->note), "the region");
		free(where);
	}
	check(x, worksheet_write_string(ws, 3, 0, "Recommended platform", x->verdict), "a label");
	ref_cell(x, ws, 3, 1, catalog_find(cat, "decision.platform_name"), x->verdict);
	check(x, worksheet_write_string(ws, 4, 0, "Its monthly total", x->bold), "a label");
	ref_cell(x, ws, 4, 1, catalog_find(cat, "decision.monthly_total"), x->verdict_money);
	check(x, worksheet_write_string(ws, 5, 0, "Its annual total", x->bold), "a label");
	ref_cell(x, ws, 5, 1, catalog_find(cat, "decision.annual_total"), x->verdict_money);
	check(x, worksheet_write_string(ws, 6, 0, "Cheapest before rules", x->bold), "a label");
	ref_cell(x, ws, 6, 1, catalog_find(cat, "decision.cheapest_name"), NULL);
	if (r->bill.present) {
		check(x, worksheet_write_string(ws, 7, 0, "Model vs your bill: missed (Bill sheet)",
		    x->bold), "a label");
		ref_cell(x, ws, 7, 1, r->bill.miss, x->val[F_PERCENT][0]);
		check(x, worksheet_write_string(ws, 7, 2, "Past the threshold", x->bold), "a label");
		ref_cell(x, ws, 7, 3, r->bill.off, NULL);
	}

	row = 8;
	for (k = 0; h[k]; k++) {
		check(x, worksheet_write_string(ws, (lxw_row_t)row, (lxw_col_t)k, h[k], x->header),
		    "a header");
		check(x, worksheet_set_column(ws, (lxw_col_t)k, (lxw_col_t)k, widths[k], NULL),
		    "a column width");
	}
	*table_row = row + 1;
	for (i = 0; i < r->nrows; i++) {
		const struct prow *pr = &r->rows[i];
		struct value annual;
		char *fa;

		row++;
		check(x, worksheet_write_string(ws, (lxw_row_t)row, 0, pr->p->name,
		    (int)i == r->rec ? x->bold : NULL), "a platform");
		for (k = 0; k < COMP__MAX; k++)
			ref_cell(x, ws, row, 1 + k, pr->p->comp[k], money);
		ref_cell(x, ws, row, 6, pr->p->total, money);
		memset(&annual, 0, sizeof(annual));
		annual.type = VT_NUM;
		annual.u.num = pr->annual;
		fa = xasprintf("%s*12", cat->base[pr->p->total]->name);
		write_formula(x, ws, row, 7, fa, &annual, money);
		free(fa);
		ref_cell(x, ws, row, 8, pr->p->adjust, x->val[F_FACTOR][0]);
		ref_cell(x, ws, row, 9, pr->p->excluded, NULL);
	}
	row += 2;
	check(x, worksheet_write_string(ws, (lxw_row_t)row, 0, "Change any yellow cell on the "
	    "Inputs sheet (workload, team, prices) and every total, the verdict and the chart "
	    "recalculate.", x->note), "a note");

	/* a native chart of the table */
	if (r->nrows > 0) {
		lxw_chart *ch = workbook_add_chart(x->wb, LXW_CHART_BAR_STACKED);
		lxw_chart_options opt;
		int first = *table_row, last = *table_row + (int)r->nrows - 1;

		for (k = 0; k < COMP__MAX; k++) {
			char cats[64], vals[64], col[8];
			lxw_chart_series *se;
			lxw_chart_fill fill;

			lxw_col_to_name(col, (lxw_col_t)(1 + k), 0);
			snprintf(cats, sizeof(cats), "=Summary!$A$%d:$A$%d", first + 1, last + 1);
			snprintf(vals, sizeof(vals), "=Summary!$%s$%d:$%s$%d", col, first + 1, col,
			    last + 1);
			se = chart_add_series(ch, cats, vals);
			chart_series_set_name(se, component_names[k]);
			memset(&fill, 0, sizeof(fill));
			fill.color = xlsx_palette[k];
			chart_series_set_fill(se, &fill);
		}
		chart_title_set_name(ch, "Monthly cost by component");
		/* in a bar chart x_axis is the horizontal value axis */
		chart_axis_set_name(ch->x_axis, "US dollars per month");
		chart_axis_set_num_format(ch->x_axis, "\"$\"#,##0");
		chart_axis_set_reverse(ch->y_axis); /* first platform on top */
		chart_axis_set_crossing_max(ch->y_axis); /* values along the bottom */
		chart_legend_set_position(ch, LXW_CHART_LEGEND_BOTTOM);
		memset(&opt, 0, sizeof(opt));
		opt.x_scale = 1.6;
		opt.y_scale = 1.3;
		check(x, worksheet_insert_chart_opt(ws, (lxw_row_t)(row + 2), 0, ch, &opt),
		    "the chart");
		row += 24;
	}
	if (png && png->len) {
		lxw_image_options io;

		memset(&io, 0, sizeof(io));
		io.x_scale = 0.75;
		io.y_scale = 0.75;
		io.description = "Monthly cost by component (the report's chart)";
		check(x, worksheet_insert_image_buffer_opt(ws, (lxw_row_t)(row + 2), 0,
		    (const unsigned char *)png->data, png->len, &io), "the chart image");
	}
}

static void
sheet_breakdown(struct xw *x, lxw_worksheet *ws)
{
	static const char *const h[] = {"Platform", "Platform id", "Component", "Monthly (USD)",
		"Annual (USD)", "Cell", NULL};
	static const double widths[] = {28, 16, 26, 15, 15, 32};
	const struct report *r = x->r;
	const struct catalog *cat = x->m->cat;
	lxw_format *money = x->val[F_MONEY][0];
	int row = 0, k;
	size_t i;

	headers(x, ws, row, h, widths);
	for (i = 0; i < r->nrows; i++) {
		const struct prow *pr = &r->rows[i];

		for (k = 0; k <= COMP__MAX; k++) {
			int cell = k < COMP__MAX ? pr->p->comp[k] : pr->p->total;
			const char *name = cat->base[cell]->name;
			struct value annual;
			char *fa;

			row++;
			check(x, worksheet_write_string(ws, (lxw_row_t)row, 0, pr->p->name,
			    k == COMP__MAX ? x->bold : NULL), "a platform");
			check(x, worksheet_write_string(ws, (lxw_row_t)row, 1, pr->p->id, NULL),
			    "an id");
			check(x, worksheet_write_string(ws, (lxw_row_t)row, 2,
			    k < COMP__MAX ? component_names[k] : "Total", k == COMP__MAX ? x->bold :
			    NULL), "a component");
			ref_cell(x, ws, row, 3, cell, money);
			memset(&annual, 0, sizeof(annual));
			annual.type = VT_NUM;
			annual.u.num = (k < COMP__MAX ? pr->comp[k] : pr->total) * 12;
			fa = xasprintf("%s*12", name);
			write_formula(x, ws, row, 4, fa, &annual, money);
			free(fa);
			check(x, worksheet_write_string(ws, (lxw_row_t)row, 5, name, NULL), "a name");
		}
	}
}

/* --- the analyses ----------------------------------------------------------- */

/* Printing a model formula into one row of the SweepCalc sheet. */
struct sweep_print {
	const struct model *m;
	int scale_cell;
	const int *col_of;  /* SweepCalc column of each cell that varies, or -1 */
	int row;            /* 1-based sheet row */
};

static void
print_sweep_ref(struct buf *b, const char *ref, int cell, void *arg)
{
	const struct sweep_print *sp = arg;
	char col[8];

	if (cell < 0) {
		buf_puts(b, ref);
		return;
	}
	if (cell == sp->scale_cell) {
		buf_printf(b, "$A%d", sp->row);
		return;
	}
	if (sp->col_of[cell] < 0) {
		buf_puts(b, sp->m->cat->base[cell]->name);
		return;
	}
	lxw_col_to_name(col, (lxw_col_t)sp->col_of[cell], 0);
	buf_printf(b, "$%s%d", col, sp->row);
}

/*
 * A reference from another sheet to cell c at sweep point i: its SweepCalc
 * column if it varies with the scale, its defined name if not. Appends to
 * b and returns the value to cache.
 */
static const struct value *
sweep_ref(struct xw *x, const int *col_of, int c, int i, struct buf *b)
{
	const struct analyses *an = x->r->an;
	char col[8];
	size_t k;

	if (col_of[c] < 0) {
		buf_puts(b, x->m->cat->base[c]->name);
		return &x->m->values[c];
	}
	lxw_col_to_name(col, (lxw_col_t)col_of[c], 0);
	buf_printf(b, "SweepCalc!$%s$%d", col, SWEEP_FIRST + i + 1);
	for (k = 0; k < an->nsweep_cells && an->sweep_cells[k] != c; k++)
		;
	return &an->sweep_vals[(size_t)i * an->nsweep_cells + k];
}

/*
 * SweepCalc: one row per point of the sweep, one column per formula cell
 * that depends on workload.scale, each the model's own formula with the
 * scale read from column A of its row and the other varying cells from
 * the same row; cells that do not vary are read by their names. The
 * cached values are the ones the analysis computed at each point.
 */
static void
sheet_sweepcalc(struct xw *x, lxw_worksheet *ws, int *col_of)
{
	const struct analyses *an = x->r->an;
	const struct model *m = x->m;
	struct sweep_print sp;
	struct buf f = {0};
	size_t k;
	int i, ncol = 0;

	check(x, worksheet_write_string(ws, 0, 0, "SweepCalc: the model re-evaluated at each "
	    "scale of the Sweep sheet. Column A is workload.scale; every other column is one "
	    "cell of the model, with the same formula as on the Model sheet.", x->note), "a note");
	check(x, worksheet_write_string(ws, SWEEP_FIRST - 1, 0, "workload.scale", x->header),
	    "a header");
	check(x, worksheet_set_column(ws, 0, 0, 14, NULL), "a column width");
	/* a cell the region does not price gets no column: what reads it
	 * (only behind IF(<id>.compared,...)) reads the Model sheet's text */
	for (k = 0; k < an->nsweep_cells; k++)
		if (!unpriced(m, an->sweep_cells[k]))
			col_of[an->sweep_cells[k]] = ncol++ + 1;
	for (k = 0; k < an->nsweep_cells; k++)
		if (col_of[an->sweep_cells[k]] >= 0)
			check(x, worksheet_write_string(ws, SWEEP_FIRST - 1,
			    (lxw_col_t)col_of[an->sweep_cells[k]], m->cat->base[an->sweep_cells[k]]->name,
			    x->header), "a header");
	if (ncol > 0)
		check(x, worksheet_set_column(ws, 1, (lxw_col_t)ncol, 18, NULL), "a column width");
	worksheet_freeze_panes(ws, SWEEP_FIRST, 1);
	sp.m = m;
	sp.scale_cell = an->scale_cell;
	sp.col_of = col_of;
	for (i = 0; i < an->npoints; i++) {
		int row = SWEEP_FIRST + i;

		check(x, worksheet_write_number(ws, (lxw_row_t)row, 0, an->scales[i], NULL),
		    "a scale");
		sp.row = row + 1;
		for (k = 0; k < an->nsweep_cells; k++) {
			int c = an->sweep_cells[k];

			if (col_of[c] < 0)
				continue;
			f.len = 0;
			formula_print(m->def[c]->formula, &f, print_sweep_ref, &sp);
			write_formula(x, ws, row, col_of[c], buf_str(&f),
			    &an->sweep_vals[(size_t)i * an->nsweep_cells + k],
			    x->val[unit_format(m->cat->base[c]->unit)][0]);
		}
	}
	buf_free(&f);
}

/* A value written as a plain number (a result of an analysis, not a formula). */
static void
put_num(struct xw *x, lxw_worksheet *ws, int row, int col, double v, lxw_format *f)
{
	check(x, worksheet_write_number(ws, (lxw_row_t)row, (lxw_col_t)col, v, f), "a number");
}

static void
put_str(struct xw *x, lxw_worksheet *ws, int row, int col, const char *s, lxw_format *f)
{
	if (s && *s)
		check(x, worksheet_write_string(ws, (lxw_row_t)row, (lxw_col_t)col, s, f), "text");
}

/* Write "none in range" or a number. */
static void
number_or_none(struct xw *x, lxw_worksheet *ws, int row, int col, bool found, double v,
    lxw_format *f)
{
	if (found)
		check(x, worksheet_write_number(ws, (lxw_row_t)row, (lxw_col_t)col, v, f),
		    "a number");
	else
		check(x, worksheet_write_string(ws, (lxw_row_t)row, (lxw_col_t)col,
		    "none in range", NULL), "a text");
}

/*
 * Sweep: each platform's monthly total, and its cloud bill alone (compute,
 * platform fees, hidden), at every scale, as formulas over SweepCalc; a
 * native log-log line chart of the totals; the crossovers runsheet found.
 */
static void
sheet_sweep(struct xw *x, lxw_worksheet *ws, const int *col_of)
{
	const struct report *r = x->r;
	const struct analyses *an = r->an;
	lxw_format *money = x->val[F_MONEY][0];
	size_t k, nr = r->nrows;
	int i, row, last;
	struct buf f = {0};

	check(x, worksheet_write_string(ws, 0, 0, "Break-even: each platform's monthly cost as "
	    "the workload grows", x->title), "the title");
	check(x, worksheet_write_string(ws, 1, 0, "workload.scale multiplies the workload's "
	    "vCPU, memory and requests. Every cost below is a live formula over the SweepCalc "
	    "sheet, which re-evaluates the model at each scale: edit the scales in column A or "
	    "any input and the sheet recalculates.", x->subtitle), "a subtitle");
	check(x, worksheet_write_string(ws, SWEEP_FIRST - 2, 1, "Total per month, everything "
	    "included", x->bold), "a label");
	check(x, worksheet_write_string(ws, SWEEP_FIRST - 2, (lxw_col_t)(2 + nr), "Cloud bill "
	    "per month (compute, platform fees, hidden; no engineering)", x->bold), "a label");
	check(x, worksheet_write_string(ws, SWEEP_FIRST - 1, 0, "Scale", x->header), "a header");
	check(x, worksheet_set_column(ws, 0, 0, 10, NULL), "a column width");
	check(x, worksheet_set_column(ws, 1, (lxw_col_t)(2 * nr + 1), 15, NULL), "a width");
	for (k = 0; k < nr; k++) {
		check(x, worksheet_write_string(ws, SWEEP_FIRST - 1, (lxw_col_t)(1 + k),
		    r->rows[k].p->name, x->header), "a header");
		check(x, worksheet_write_string(ws, SWEEP_FIRST - 1, (lxw_col_t)(2 + nr + k),
		    r->rows[k].p->name, x->header), "a header");
	}
	check(x, worksheet_set_row(ws, SWEEP_FIRST - 1, 32, NULL), "a row height");
	worksheet_freeze_panes(ws, SWEEP_FIRST, 1);
	for (i = 0; i < an->npoints; i++) {
		struct value sv;

		row = SWEEP_FIRST + i;
		memset(&sv, 0, sizeof(sv));
		sv.type = VT_NUM;
		sv.u.num = an->scales[i];
		f.len = 0;
		buf_printf(&f, "SweepCalc!$A$%d", row + 1);
		write_formula(x, ws, row, 0, buf_str(&f), &sv, x->val[F_FACTOR][0]);
		for (k = 0; k < nr; k++) {
			const struct platform *p = r->rows[k].p;
			struct value v;
			int c;

			f.len = 0;
			write_formula(x, ws, row, 1 + (int)k, buf_str(&f),
			    sweep_ref(x, col_of, p->total, i, &f), money);
			f.len = 0;
			for (c = COMP_COMPUTE; c <= COMP_HIDDEN; c++) {
				if (c > COMP_COMPUTE)
					buf_putc(&f, '+');
				sweep_ref(x, col_of, p->comp[c], i, &f);
			}
			memset(&v, 0, sizeof(v));
			v.type = VT_NUM;
			v.u.num = an->infra[(size_t)i * nr + k];
			write_formula(x, ws, row, 2 + (int)(nr + k), buf_str(&f), &v, money);
		}
	}
	last = SWEEP_FIRST + an->npoints - 1;
	buf_free(&f);

	/* the native chart: totals against the scale, both axes logarithmic */
	{
		lxw_chart *ch = workbook_add_chart(x->wb, LXW_CHART_SCATTER_STRAIGHT);
		lxw_chart_options opt;
		for (k = 0; k < nr; k++) {
			char cats[64], vals[64], col[8];
			lxw_chart_series *se;
			lxw_chart_line line;
			struct chart_look look = chart_platform_look(x->m->cat, (size_t)r->rows[k].pi);

			if (r->rows[k].excluded)
				continue;
			lxw_col_to_name(col, (lxw_col_t)(1 + k), 0);
			snprintf(cats, sizeof(cats), "=Sweep!$A$%d:$A$%d", SWEEP_FIRST + 1, last + 1);
			snprintf(vals, sizeof(vals), "=Sweep!$%s$%d:$%s$%d", col, SWEEP_FIRST + 1, col,
			    last + 1);
			se = chart_add_series(ch, cats, vals);
			chart_series_set_name(se, r->rows[k].p->name);
			memset(&line, 0, sizeof(line));
			line.color = look.hex;
			line.width = 2.25;
			line.dash_type = xlsx_dash[look.dash];
			chart_series_set_line(se, &line);
			chart_series_set_marker_type(se, LXW_CHART_MARKER_NONE);
		}
		chart_title_set_name(ch, "Monthly total as the workload grows");
		chart_axis_set_name(ch->x_axis, "Scale of the workload (1 = the scenario)");
		chart_axis_set_name(ch->y_axis, "US dollars per month");
		chart_axis_set_log_base(ch->x_axis, 10);
		chart_axis_set_log_base(ch->y_axis, 10);
		chart_axis_set_num_format(ch->y_axis, "\"$\"#,##0");
		chart_axis_set_min(ch->x_axis, an->scales[0]);
		chart_axis_set_max(ch->x_axis, an->scales[an->npoints - 1]);
		chart_legend_set_position(ch, LXW_CHART_LEGEND_BOTTOM);
		memset(&opt, 0, sizeof(opt));
		opt.x_scale = 2.0;
		opt.y_scale = 1.6;
		check(x, worksheet_insert_chart_opt(ws, (lxw_row_t)(last + 3), 0, ch, &opt),
		    "the chart");
	}

}

/* Break-even: the crossovers the analysis found, pair by pair. */
static void
sheet_breakeven(struct xw *x, lxw_worksheet *ws)
{
	static const char *const h[] = {"Serverless", "Kubernetes",
		"Scale, with engineering", "Scale, cloud bill alone",
		"Serverless compute there, with engineering (USD/month)",
		"Serverless compute there, cloud bill alone (USD/month)",
		"Kubernetes cheaper above", NULL};
	static const double widths[] = {30, 34, 14, 14, 20, 20, 12};
	const struct report *r = x->r;
	const struct analyses *an = r->an;
	lxw_format *money = x->val[F_MONEY][0];
	size_t k;
	int row = 1;

	put_str(x, ws, 0, 0, "Where each serverless platform's and each Kubernetes platform's "
	    "monthly costs meet as workload.scale grows, found by runsheet by bisection on the "
	    "model itself (not read off the Sweep sheet's rows). These are values, not formulas: "
	    "after changing an input, run runsheet again to move them.", x->note);
	headers(x, ws, row, h, widths);
	check(x, worksheet_set_row(ws, (lxw_row_t)row, 45, NULL), "a row height");
	for (k = 0; k < an->ncross; k++) {
		const struct crossover *xo = &an->cross[k];

		row++;
		check(x, worksheet_write_string(ws, (lxw_row_t)row, 0, r->rows[xo->s].p->name, NULL),
		    "a platform");
		check(x, worksheet_write_string(ws, (lxw_row_t)row, 1, r->rows[xo->k].p->name, NULL),
		    "a platform");
		number_or_none(x, ws, row, 2, xo->with_found, xo->with_scale, x->val[F_FACTOR][0]);
		number_or_none(x, ws, row, 3, xo->without_found, xo->without_scale,
		    x->val[F_FACTOR][0]);
		number_or_none(x, ws, row, 4, xo->with_found, xo->compute_with, money);
		number_or_none(x, ws, row, 5, xo->without_found, xo->compute_without, money);
		if (xo->with_found || xo->without_found)
			check(x, worksheet_write_boolean(ws, (lxw_row_t)row, 6, xo->k_cheaper_above,
			    NULL), "a logical");
	}
}

/* How far value i of axis a is from the scenario's value, as the axis measures. */
static double
map_gap(const struct map_axis *a, int i)
{
	if (a->log && a->base > 0)
		return fabs(log(a->values[i] / a->base));
	return fabs(a->values[i] - a->base);
}

/*
 * Map: the decision map's grid, as values computed by runsheet (a sheet
 * cannot re-run the decision per cell): the platform id at each value of
 * the map's x (columns) and y (rows, the largest on top, as the chart), each
 * platform's cells in its chart colour, the scenario's point outlined; then
 * the legend, the borders and the sentences of the report.
 */
static void
sheet_map(struct xw *x, lxw_worksheet *ws)
{
	const struct report *r = x->r;
	const struct decision_map *dm = r->an->map;
	const struct catalog *cat = x->m->cat;
	lxw_format **fill = xcalloc(cat->nplatforms + 2, sizeof(*fill)), *here, *axis;
	bool *present = xcalloc(cat->nplatforms + 2, sizeof(*present));
	int nx = dm->x.n, ny = dm->y.n, i, j, row, hi = -1, hj = -1;
	char *note;
	size_t k;

	for (i = 0; i < nx * ny; i++)
		if (dm->platform[i] >= 0)
			present[dm->platform[i]] = true;
	if (dm->here >= 0)
		present[dm->here] = true; /* the legend lists it, as the chart does */
	for (k = 0; k < cat->nplatforms + 1; k++) {
		unsigned c = k < cat->nplatforms ? chart_platform_look(cat, k).hex : 0xDBDBDB;
		unsigned rr = (c >> 16) & 0xff, gg = (c >> 8) & 0xff, bb = c & 0xff;

		/* the chart's lightened fill: 45% white */
		rr = (unsigned)(0.45 * 255 + 0.55 * rr + 0.5);
		gg = (unsigned)(0.45 * 255 + 0.55 * gg + 0.5);
		bb = (unsigned)(0.45 * 255 + 0.55 * bb + 0.5);
		fill[k] = workbook_add_format(x->wb);
		format_set_bg_color(fill[k], (rr << 16) | (gg << 8) | bb);
		format_set_font_size(fill[k], 8);
	}
	here = workbook_add_format(x->wb);
	format_set_bold(here);
	format_set_border(here, LXW_BORDER_MEDIUM);
	format_set_font_size(here, 8);
	axis = workbook_add_format(x->wb);
	format_set_bold(axis);
	format_set_bg_color(axis, 0xE8EAED);
	format_set_font_size(axis, 8);
	format_set_num_format(axis, "0.###");
	note = xasprintf("The decision map, computed by runsheet: decision.platform (a platform "
	    "id) at each value of %s (columns) and %s (rows), the whole decision re-run on this "
	    "model at each point. These are values, not formulas (a spreadsheet cannot re-run a "
	    "decision per cell): after changing an input, run runsheet again. The cell nearest "
	    "the scenario (%s = %g, %s = %g) is outlined; the borders, found by bisection, and "
	    "the legend are below the grid.", cat->base[dm->x.cell]->name,
	    cat->base[dm->y.cell]->name, cat->base[dm->x.cell]->name, dm->x.base,
	    cat->base[dm->y.cell]->name, dm->y.base);
	put_str(x, ws, 0, 0, note, x->note);
	free(note);
	put_str(x, ws, 2, 0, cat->base[dm->y.cell]->name, x->header);
	check(x, worksheet_set_column(ws, 0, 0, 16, NULL), "a column width");
	check(x, worksheet_set_column(ws, 1, (lxw_col_t)nx, 6.5, NULL), "a column width");
	/* the grid point nearest the scenario, to outline */
	for (i = 0; i < nx; i++)
		if (hi < 0 || map_gap(&dm->x, i) < map_gap(&dm->x, hi))
			hi = i;
	for (j = 0; j < ny; j++)
		if (hj < 0 || map_gap(&dm->y, j) < map_gap(&dm->y, hj))
			hj = j;
	for (i = 0; i < nx; i++)
		put_num(x, ws, 2, 1 + i, dm->x.values[i], axis);
	for (j = ny - 1, row = 3; j >= 0; j--, row++) {
		put_num(x, ws, row, 0, dm->y.values[j], axis);
		for (i = 0; i < nx; i++) {
			int p = dm->platform[j * nx + i];

			put_str(x, ws, row, 1 + i, p >= 0 ? cat->platforms[p].id : "none",
			    i == hi && j == hj ? here : fill[p >= 0 ? p : (int)cat->nplatforms]);
		}
	}
	put_str(x, ws, row++, 0, cat->base[dm->x.cell]->name, x->header);
	row++;
	put_str(x, ws, row++, 0, "Legend", x->bold);
	for (k = 0; k < cat->nplatforms; k++) {
		if (!present[k])
			continue;
		put_str(x, ws, row, 0, cat->platforms[k].id, fill[k]);
		put_str(x, ws, row++, 1, cat->platforms[k].name, NULL);
	}
	row++;
	{
		static const char *const h[] = {"Along", "At", "Low", "High", "Other input at",
			"Before", "After", NULL};
		static const double widths[] = {16, 6.5, 6.5, 6.5, 6.5, 6.5, 6.5};

		put_str(x, ws, row++, 0, "Where the answer changes, along the two lines through "
		    "the scenario (the report's sentences) and then along every grid line: the "
		    "answer is Before at Low and After at High.", x->note);
		headers(x, ws, row, h, widths);
		check(x, worksheet_set_column(ws, 0, 0, 16, NULL), "a column width");
		check(x, worksheet_set_column(ws, 1, (lxw_col_t)nx, 6.5, NULL), "a column width");
		row++;
		for (k = 0; k < dm->nnear + dm->nborders; k++) {
			const struct map_border *b = k < dm->nnear ? &dm->near[k] :
			    &dm->borders[k - dm->nnear];

			put_str(x, ws, row, 0, cat->base[b->along == 'x' ? dm->x.cell :
			    dm->y.cell]->name, k < dm->nnear ? x->bold : NULL);
			put_num(x, ws, row, 1, b->at, NULL);
			put_num(x, ws, row, 2, b->low, NULL);
			put_num(x, ws, row, 3, b->high, NULL);
			put_num(x, ws, row, 4, b->fixed, NULL);
			put_str(x, ws, row, 5, b->before >= 0 ? cat->platforms[b->before].id : "none",
			    NULL);
			put_str(x, ws, row, 6, b->after >= 0 ? cat->platforms[b->after].id : "none",
			    NULL);
			if (k < dm->nnear) {
				struct buf t = {0};

				map_border_sentence(&t, r, b);
				put_str(x, ws, row, 7, buf_str(&t), NULL);
				buf_free(&t);
			}
			row++;
		}
	}
	free(fill);
	free(present);
}

/* Uncertainty: the Monte Carlo summary per platform, beside today's total. */
static void
sheet_uncertainty(struct xw *x, lxw_worksheet *ws)
{
	static const char *const h[] = {"Platform", "P10 (USD/month)", "P50 (USD/month)",
		"P90 (USD/month)", "Mean (USD/month)", "Cheapest in", "Today (live)", NULL};
	static const double widths[] = {34, 15, 15, 15, 15, 12, 15};
	const struct report *r = x->r;
	const struct analyses *an = r->an;
	lxw_format *money = x->val[F_MONEY][0];
	char *note;
	size_t k;

	note = xasprintf("Monte Carlo: %d samples (seed %lu) of the %zu inputs with a low and "
	    "a high on the Inputs sheet, each drawn from its distribution, the model re-evaluated "
	    "each time. P10 to P90 and the share of samples in which a platform is the cheapest "
	    "of those not excluded are values computed by runsheet: run it again (--samples, "
	    "--seed) to change them. Today's total is live.", an->samples, an->seed, an->nranged);
	put_str(x, ws, 0, 0, note, x->note);
	free(note);
	headers(x, ws, 1, h, widths);
	for (k = 0; k < r->nrows; k++) {
		const struct uncertainty *u = &an->unc[k];
		int row = 2 + (int)k;

		put_str(x, ws, row, 0, r->rows[k].p->name, (int)k == r->rec ? x->bold : NULL);
		put_num(x, ws, row, 1, u->p10, money);
		put_num(x, ws, row, 2, u->p50, money);
		put_num(x, ws, row, 3, u->p90, money);
		put_num(x, ws, row, 4, u->mean, money);
		put_num(x, ws, row, 5, u->p_cheapest, x->val[F_PERCENT][0]);
		ref_cell(x, ws, row, 6, r->rows[k].p->total, money);
	}
}

/* Sensitivity: each ranged input at its low and its high. */
static void
sheet_sensitivity(struct xw *x, lxw_worksheet *ws)
{
	static const char *const h[] = {"Input (defined name)", "Low", "Today (live)", "High",
		"Recommended at low", "Recommended at high", "Runner-up at low",
		"Runner-up at high", "Verdict at low", "Verdict at high", "Changes the verdict",
		NULL};
	static const double widths[] = {44, 12, 12, 12, 15, 15, 15, 15, 16, 16, 12};
	const struct report *r = x->r;
	const struct analyses *an = r->an;
	lxw_format *money = x->val[F_MONEY][0];
	char *note;
	size_t i;

	note = xasprintf("Each ranged input at its low and its high, the others as they are: "
	    "the monthly totals of the recommended platform (%s) and the runner-up (%s), largest "
	    "swing first. Values computed by runsheet; the inputs' current values are live.",
	    r->rec >= 0 ? r->rows[r->rec].p->name : "none",
	    an->runner_up >= 0 ? r->rows[an->runner_up].p->name : "none");
	put_str(x, ws, 0, 0, note, x->note);
	free(note);
	headers(x, ws, 1, h, widths);
	for (i = 0; i < an->nsens; i++) {
		const struct sens *se = &an->sens[i];
		lxw_format *vf = x->val[unit_format(x->m->cat->base[se->cell]->unit)][0];
		int row = 2 + (int)i;

		put_str(x, ws, row, 0, x->m->cat->base[se->cell]->name, se->flips ? x->bold : NULL);
		put_num(x, ws, row, 1, se->in_low, vf);
		ref_cell(x, ws, row, 2, se->cell, vf);
		put_num(x, ws, row, 3, se->in_high, vf);
		put_num(x, ws, row, 4, se->rec_low, money);
		put_num(x, ws, row, 5, se->rec_high, money);
		put_num(x, ws, row, 6, se->ru_low, money);
		put_num(x, ws, row, 7, se->ru_high, money);
		put_str(x, ws, row, 8, se->verdict_low, NULL);
		put_str(x, ws, row, 9, se->verdict_high, NULL);
		check(x, worksheet_write_boolean(ws, (lxw_row_t)row, 10, se->flips, NULL),
		    "a logical");
	}
}

/* Rules: every decision rule, its condition and whether it fires now (live). */
static void
sheet_rules(struct xw *x, lxw_worksheet *ws)
{
	static const char *const h[] = {"Rule", "Fires (live)", "Effect", "Weight", "On",
		"Condition", "Reason", "Source", "The sentence it rests on", NULL};
	static const double widths[] = {26, 10, 10, 9, 30, 50, 60, 30, 80};
	const struct catalog *cat = x->m->cat;
	struct buf on = {0};
	size_t i;
	int f;

	put_str(x, ws, 0, 0, "The decision rules of models/rules.json. \"Fires\" is the live "
	    "cell rule.<id>: change an input and it updates, and so do the rule adjustments and "
	    "the verdict on the Summary sheet.", x->note);
	headers(x, ws, 1, h, widths);
	for (i = 0; i < cat->nrules; i++) {
		const struct rule *ru = &cat->rules[i];
		int row = 2 + (int)i;
		size_t pi;

		put_str(x, ws, row, 0, ru->id, NULL);
		if (ru->cell >= 0)
			ref_cell(x, ws, row, 1, ru->cell, NULL);
		put_str(x, ws, row, 2, rule_effect_ids[ru->effect], NULL);
		if (ru->effect != RE_EXCLUDE)
			put_num(x, ws, row, 3, ru->weight, x->val[F_PERCENT][0]);
		on.len = 0;
		for (f = 0; f < FAM__MAX; f++)
			if (ru->family[f])
				buf_printf(&on, "%s%s", on.len ? ", " : "", family_names[f]);
		for (pi = 0; pi < cat->nplatforms; pi++)
			if (ru->platform && ru->platform[pi])
				buf_printf(&on, "%s%s", on.len ? ", " : "", cat->platforms[pi].name);
		put_str(x, ws, row, 4, buf_str(&on), x->wrap);
		put_str(x, ws, row, 5, ru->when, x->wrap);
		put_str(x, ws, row, 6, ru->reason, x->wrap);
		on.len = 0;
		source_cite(&on, cat, ru->source);
		put_str(x, ws, row, 7, buf_str(&on), x->wrap);
		put_str(x, ws, row, 8, ru->quote, x->wrap);
	}
	buf_free(&on);
}

/* Latency: cold start and scale-up per platform beside the tolerance, live. */
static void
sheet_latency(struct xw *x, lxw_worksheet *ws)
{
	static const char *const h[] = {"Platform", "Cold start (s)", "Scale-up (s)",
		"Cold start over the tolerance", NULL};
	static const double widths[] = {34, 14, 14, 16};
	const struct report *r = x->r;
	int tol = catalog_find(x->m->cat, "workload.latency_tolerance_ms");
	size_t k;

	put_str(x, ws, 0, 0, "Latency tolerance for a first response (ms)", x->bold);
	if (tol >= 0)
		ref_cell(x, ws, 0, 1, tol, NULL);
	headers(x, ws, 2, h, widths);
	for (k = 0; k < r->nrows; k++) {
		const struct platform *p = r->rows[k].p;
		int row = 3 + (int)k;

		put_str(x, ws, row, 0, p->name, NULL);
		if (p->cold_start >= 0)
			ref_cell(x, ws, row, 1, p->cold_start, NULL);
		if (p->scale_up >= 0)
			ref_cell(x, ws, row, 2, p->scale_up, NULL);
		if (p->cold_over >= 0)
			ref_cell(x, ws, row, 3, p->cold_over, NULL);
	}
}

/*
 * The Bill sheet: the bill of the platform the team runs on beside the
 * model's cost of it, every figure a reference to its named cell, so an
 * edit on the Inputs sheet (or to an actual.* cell) moves it.
 */
static void
sheet_bill(struct xw *x, lxw_worksheet *ws)
{
	static const char *const h[] = {"Component", "Bill", "Model", "Model - bill",
		"Model - bill, % of the bill's", "Cells (bill, model)", NULL};
	static const double widths[] = {26, 14, 14, 14, 16, 52};
	const struct billview *bv = &x->r->bill;
	const struct catalog *cat = x->m->cat;
	lxw_format *money = x->val[F_MONEY][0], *pct = x->val[F_PERCENT][0];
	char *t;
	int k, row;

	t = xasprintf("Model vs your bill: %s, %s", bv->p->name, bv->period);
	put_str(x, ws, 0, 0, t, x->title);
	free(t);
	put_str(x, ws, 1, 0, "The bill is the actual.* cells (runsheet import focus); the model "
	    "is the billed platform's cost (bill.model_*). Change either and every figure here "
	    "follows.", x->note);
	headers(x, ws, 3, h, widths);
	for (k = 0; k <= BILL__MAX; k++) {
		lxw_format *b = k == BILL__MAX ? x->bold : NULL;

		row = 4 + k;
		put_str(x, ws, row, 0, k < BILL__MAX ? bill_comp_names[k] : "Together", b);
		ref_cell(x, ws, row, 1, k < BILL__MAX ? bv->actual[k] : bv->actual_total, money);
		ref_cell(x, ws, row, 2, k < BILL__MAX ? bv->model[k] : bv->model_total, money);
		ref_cell(x, ws, row, 3, k < BILL__MAX ? bv->diff[k] : bv->diff_total, money);
		ref_cell(x, ws, row, 4, k < BILL__MAX ? bv->pct[k] : bv->pct_total, pct);
		t = xasprintf("%s, %s", cat->base[k < BILL__MAX ? bv->actual[k] :
		    bv->actual_total]->name, cat->base[k < BILL__MAX ? bv->model[k] :
		    bv->model_total]->name);
		put_str(x, ws, row, 5, t, NULL);
		free(t);
	}
	row = 4 + BILL__MAX + 2;
	put_str(x, ws, row, 0, "Rest of the bill, not modelled", NULL);
	ref_cell(x, ws, row, 1, bv->other, money);
	put_str(x, ws, row, 5, cat->base[bv->other]->name, NULL);
	put_str(x, ws, ++row, 0, "Missed, component by component", NULL);
	ref_cell(x, ws, row, 1, bv->miss, pct);
	put_str(x, ws, row, 5, cat->base[bv->miss]->name, NULL);
	put_str(x, ws, ++row, 0, "Threshold", NULL);
	ref_cell(x, ws, row, 1, bv->threshold, pct);
	put_str(x, ws, row, 5, cat->base[bv->threshold]->name, NULL);
	put_str(x, ws, ++row, 0, "Past it: the model does not describe the system yet", NULL);
	ref_cell(x, ws, row, 1, bv->off, NULL);
	put_str(x, ws, row, 5, cat->base[bv->off]->name, NULL);
	put_str(x, ws, ++row, 0, "Component that misses most", NULL);
	ref_cell(x, ws, row, 1, bv->worst, NULL);
	put_str(x, ws, row, 5, cat->base[bv->worst]->name, NULL);
}

/* The palette of chart.c as RGB integers for libxlsxwriter. */
const unsigned xlsx_palette[COMP__MAX] = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9};

/*
 * Where libxlsxwriter keeps its temporary files while it writes a workbook:
 * $RUNSHEET_TMPDIR if set, else /dev/shm when it is a writable directory
 * (RAM: a few milliseconds less per workbook), else NULL for the system's
 * default. The build and the benchmark's floor both use it.
 */
const char *
xlsx_tmpdir(void)
{
	const char *t = getenv("RUNSHEET_TMPDIR");
	struct stat sb;

	if (t && *t)
		return t;
	if (stat("/dev/shm", &sb) == 0 && S_ISDIR(sb.st_mode) && access("/dev/shm", W_OK) == 0)
		return "/dev/shm";
	return NULL;
}

/*
 * Write the workbook of report r to path, with the chart PNG embedded and
 * the document dated created. tmpdir holds libxlsxwriter's temporary
 * files (NULL: the system's). Returns false after recording the error.
 */
bool
xlsx_write(const char *path, const struct report *r, const struct buf *png, time_t created,
    const char *tmpdir, size_t *ncells, struct diags *d)
{
	lxw_workbook_options wo;
	lxw_doc_properties props;
	lxw_worksheet *summary, *breakdown, *inputs, *model, *rules, *latency;
	lxw_worksheet *sweep = NULL, *sweepcalc = NULL, *unc = NULL, *sens = NULL;
	lxw_worksheet *breakeven = NULL, *bill = NULL, *map = NULL;
	const struct analyses *an;
	struct xw x;
	char *title;
	int table_row = 0;
	lxw_error e;

	memset(&x, 0, sizeof(x));
	memset(&wo, 0, sizeof(wo));
	wo.tmpdir = (char *)tmpdir;
	x.r = r;
	x.m = r->m;
	x.d = d;
	x.path = path;
	x.wb = workbook_new_opt(path, &wo);
	if (x.wb == NULL) {
		diag_add(d, DIAG_ERROR, path, 0, 0, NULL, NULL, "cannot create the workbook");
		return false;
	}
	x.row_of = xcalloc(r->m->ncells + 1, sizeof(*x.row_of));
	x.unpriced = r->m->region >= 0 && r->m->cat->regions ?
	    xasprintf("not priced in region %s: no pricing sheet for it",
	    r->m->cat->regions->list[r->m->region].id) :
	    xstrdup("not priced: no pricing sheet for it");
	x.sheet_of = xcalloc(r->m->ncells + 1, sizeof(*x.sheet_of));
	make_formats(&x);
	memset(&props, 0, sizeof(props));
	title = xasprintf("runsheet: %s", r->scn ? r->scn->title : "model defaults");
	props.title = title;
	props.subject = "Serverless containers or Kubernetes: cost model";
	props.author = "runsheet " RUNSHEET_VERSION;
	props.comments = "Every result is a live formula over named cells.";
	props.created = created;
	check(&x, workbook_set_properties(x.wb, &props), "the properties");

	an = r->an;
	summary = workbook_add_worksheet(x.wb, "Summary");
	breakdown = workbook_add_worksheet(x.wb, "Breakdown");
	if (r->bill.present)
		bill = workbook_add_worksheet(x.wb, "Bill");
	if (an && an->npoints > 1) {
		sweep = workbook_add_worksheet(x.wb, "Sweep");
		breakeven = workbook_add_worksheet(x.wb, "Break-even");
	}
	if (an && an->unc) {
		unc = workbook_add_worksheet(x.wb, "Uncertainty");
		sens = workbook_add_worksheet(x.wb, "Sensitivity");
	}
	if (an && an->map)
		map = workbook_add_worksheet(x.wb, "Map");
	rules = workbook_add_worksheet(x.wb, "Rules");
	latency = workbook_add_worksheet(x.wb, "Latency");
	inputs = workbook_add_worksheet(x.wb, "Inputs");
	model = workbook_add_worksheet(x.wb, "Model");
	if (sweep)
		sweepcalc = workbook_add_worksheet(x.wb, "SweepCalc");
	worksheet_set_tab_color(inputs, 0xF2C94C);
	sheet_inputs(&x, inputs);
	sheet_model(&x, model);
	sheet_summary(&x, summary, png, &table_row);
	sheet_breakdown(&x, breakdown);
	if (bill)
		sheet_bill(&x, bill);
	if (sweep) {
		int *col_of = xcalloc(r->m->ncells + 1, sizeof(*col_of));
		size_t i;

		for (i = 0; i < r->m->ncells; i++)
			col_of[i] = -1;
		sheet_sweepcalc(&x, sweepcalc, col_of);
		sheet_sweep(&x, sweep, col_of);
		sheet_breakeven(&x, breakeven);
		free(col_of);
	}
	if (unc) {
		sheet_uncertainty(&x, unc);
		sheet_sensitivity(&x, sens);
	}
	if (map)
		sheet_map(&x, map);
	sheet_rules(&x, rules);
	sheet_latency(&x, latency);
	worksheet_activate(summary);
	e = workbook_close(x.wb);
	if (e != LXW_NO_ERROR && !x.failed)
		diag_add(d, DIAG_ERROR, path, 0, 0, NULL, NULL, "writing the workbook: %s",
		    lxw_strerror(e));
	free(title);
	free(x.row_of);
	free(x.sheet_of);
	free(x.unpriced);
	if (ncells)
		*ncells += x.calls;
	return e == LXW_NO_ERROR && !x.failed;
}
