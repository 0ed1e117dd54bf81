/*
 * replay.c -- the workbook's like-for-like floor: runsheet's own
 * libxlsxwriter calls, recorded once and replayed with no model behind them.
 *
 * The benchmark is linked with -Wl,--wrap for every libxlsxwriter function
 * xlsx.c calls (REPLAY_WRAPPED in the Makefile). While recording
 * (replay_start to replay_stop), each wrapper stores the call, its numbers
 * and copies of its strings, buffers and option structs, and passes it on
 * to the library; otherwise it only passes it on. replay_run() then makes
 * the same calls in the same order on a new workbook: the same cells with
 * the same formula text and cached values, the same names, formats,
 * validations, native charts and image, and nothing else (no model, no
 * formula printing, no number formatting). So runsheet's workbook stage
 * over replay_run() is what runsheet adds to the library's own work.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xlsxwriter.h>

#include "runsheet.h"
#include "floor.h"

enum opk {
	OP_NEW, OP_PROPS, OP_ADD_SHEET, OP_ADD_FORMAT, OP_ADD_CHART, OP_CLOSE, OP_NAME,
	OP_F_ALIGN, OP_F_BG, OP_F_BOLD, OP_F_BORDER, OP_F_BORDER_COLOR, OP_F_BOTTOM,
	OP_F_FONT_COLOR, OP_F_FONT_SIZE, OP_F_ITALIC, OP_F_NUM, OP_F_WRAP,
	OP_W_ACTIVATE, OP_W_AUTOFILTER, OP_W_VALIDATION, OP_W_FREEZE, OP_W_CHART, OP_W_IMAGE,
	OP_W_COLUMN, OP_W_ROW, OP_W_TAB, OP_W_BOOL, OP_W_FORMULA_NUM, OP_W_FORMULA_STR,
	OP_W_NUM, OP_W_STR,
	OP_C_SERIES, OP_C_TITLE, OP_C_LEGEND, OP_A_CROSS_MAX, OP_A_LOG, OP_A_MAX, OP_A_MIN,
	OP_A_NAME, OP_A_NUM_FORMAT, OP_A_REVERSE, OP_S_FILL, OP_S_LINE, OP_S_MARKER, OP_S_NAME
};

/* One call: its object (a handle), a second object, numbers, strings, a copy. */
struct op {
	enum opk k;
	int h, h2, out; /* handles: the object called, a format or chart, the result */
	int axis;       /* 0 x_axis, 1 y_axis */
	long i[4];
	double d[2];
	char *s[2];
	void *blob;     /* an option struct or an image, copied */
	size_t len;
};

struct replay {
	struct op *ops;
	size_t nops, cap;
	void **objs;    /* recorded object of each handle */
	size_t nobjs, objcap;
};

static struct replay *rec; /* recording into, or NULL */

static int
handle(const void *p)
{
	size_t i;

	if (p == NULL)
		return -1;
	for (i = rec->nobjs; i-- > 0;)
		if (rec->objs[i] == p)
			return (int)i;
	return -1;
}

static int
new_handle(void *p)
{
	GROW(rec->objs, rec->nobjs, rec->objcap);
	rec->objs[rec->nobjs] = p;
	return (int)rec->nobjs++;
}

static struct op *
add(enum opk k, const void *obj)
{
	struct op *o;

	GROW(rec->ops, rec->nops, rec->cap);
	o = &rec->ops[rec->nops++];
	memset(o, 0, sizeof(*o));
	o->k = k;
	o->h = handle(obj);
	o->h2 = o->out = -1;
	return o;
}

static char *
dup(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

static void *
copy(const void *p, size_t n)
{
	void *c;

	if (p == NULL)
		return NULL;
	c = xmalloc(n);
	memcpy(c, p, n);
	return c;
}

/* An axis of a recorded chart: its chart's handle, and which axis in o->axis. */
static int
axis_handle(const lxw_chart_axis *a, struct op *o)
{
	size_t k;

	for (k = 0; k < rec->nops; k++) {
		const lxw_chart *c;

		if (rec->ops[k].k != OP_ADD_CHART)
			continue;
		c = rec->objs[rec->ops[k].out];
		if (c->x_axis == a || c->y_axis == a) {
			o->axis = c->y_axis == a;
			return rec->ops[k].out;
		}
	}
	return -1;
}

/* --- the wrappers ------------------------------------------------------------ */

/* Each wrapper and the real function have the library's own type (checked). */
__typeof__(workbook_new_opt) __real_workbook_new_opt, __wrap_workbook_new_opt;
__typeof__(workbook_set_properties) __real_workbook_set_properties, __wrap_workbook_set_properties;
__typeof__(workbook_add_worksheet) __real_workbook_add_worksheet, __wrap_workbook_add_worksheet;
__typeof__(workbook_add_format) __real_workbook_add_format, __wrap_workbook_add_format;
__typeof__(workbook_add_chart) __real_workbook_add_chart, __wrap_workbook_add_chart;
__typeof__(workbook_close) __real_workbook_close, __wrap_workbook_close;
__typeof__(workbook_define_name) __real_workbook_define_name, __wrap_workbook_define_name;
__typeof__(format_set_align) __real_format_set_align, __wrap_format_set_align;
__typeof__(format_set_bg_color) __real_format_set_bg_color, __wrap_format_set_bg_color;
__typeof__(format_set_bold) __real_format_set_bold, __wrap_format_set_bold;
__typeof__(format_set_border) __real_format_set_border, __wrap_format_set_border;
__typeof__(format_set_border_color) __real_format_set_border_color, __wrap_format_set_border_color;
__typeof__(format_set_bottom) __real_format_set_bottom, __wrap_format_set_bottom;
__typeof__(format_set_font_color) __real_format_set_font_color, __wrap_format_set_font_color;
__typeof__(format_set_font_size) __real_format_set_font_size, __wrap_format_set_font_size;
__typeof__(format_set_italic) __real_format_set_italic, __wrap_format_set_italic;
__typeof__(format_set_num_format) __real_format_set_num_format, __wrap_format_set_num_format;
__typeof__(format_set_text_wrap) __real_format_set_text_wrap, __wrap_format_set_text_wrap;
__typeof__(worksheet_activate) __real_worksheet_activate, __wrap_worksheet_activate;
__typeof__(worksheet_autofilter) __real_worksheet_autofilter, __wrap_worksheet_autofilter;
__typeof__(worksheet_data_validation_cell) __real_worksheet_data_validation_cell, __wrap_worksheet_data_validation_cell;
__typeof__(worksheet_freeze_panes) __real_worksheet_freeze_panes, __wrap_worksheet_freeze_panes;
__typeof__(worksheet_insert_chart_opt) __real_worksheet_insert_chart_opt, __wrap_worksheet_insert_chart_opt;
__typeof__(worksheet_insert_image_buffer_opt) __real_worksheet_insert_image_buffer_opt, __wrap_worksheet_insert_image_buffer_opt;
__typeof__(worksheet_set_column) __real_worksheet_set_column, __wrap_worksheet_set_column;
__typeof__(worksheet_set_row) __real_worksheet_set_row, __wrap_worksheet_set_row;
__typeof__(worksheet_set_tab_color) __real_worksheet_set_tab_color, __wrap_worksheet_set_tab_color;
__typeof__(worksheet_write_boolean) __real_worksheet_write_boolean, __wrap_worksheet_write_boolean;
__typeof__(worksheet_write_formula_num) __real_worksheet_write_formula_num, __wrap_worksheet_write_formula_num;
__typeof__(worksheet_write_formula_str) __real_worksheet_write_formula_str, __wrap_worksheet_write_formula_str;
__typeof__(worksheet_write_number) __real_worksheet_write_number, __wrap_worksheet_write_number;
__typeof__(worksheet_write_string) __real_worksheet_write_string, __wrap_worksheet_write_string;
__typeof__(chart_add_series) __real_chart_add_series, __wrap_chart_add_series;
__typeof__(chart_title_set_name) __real_chart_title_set_name, __wrap_chart_title_set_name;
__typeof__(chart_legend_set_position) __real_chart_legend_set_position, __wrap_chart_legend_set_position;
__typeof__(chart_axis_set_crossing_max) __real_chart_axis_set_crossing_max, __wrap_chart_axis_set_crossing_max;
__typeof__(chart_axis_set_log_base) __real_chart_axis_set_log_base, __wrap_chart_axis_set_log_base;
__typeof__(chart_axis_set_max) __real_chart_axis_set_max, __wrap_chart_axis_set_max;
__typeof__(chart_axis_set_min) __real_chart_axis_set_min, __wrap_chart_axis_set_min;
__typeof__(chart_axis_set_name) __real_chart_axis_set_name, __wrap_chart_axis_set_name;
__typeof__(chart_axis_set_num_format) __real_chart_axis_set_num_format, __wrap_chart_axis_set_num_format;
__typeof__(chart_axis_set_reverse) __real_chart_axis_set_reverse, __wrap_chart_axis_set_reverse;
__typeof__(chart_series_set_fill) __real_chart_series_set_fill, __wrap_chart_series_set_fill;
__typeof__(chart_series_set_line) __real_chart_series_set_line, __wrap_chart_series_set_line;
__typeof__(chart_series_set_marker_type) __real_chart_series_set_marker_type, __wrap_chart_series_set_marker_type;
__typeof__(chart_series_set_name) __real_chart_series_set_name, __wrap_chart_series_set_name;

#define REAL(f) __real_##f
#define WRAP(f) __wrap_##f

lxw_workbook *
WRAP(workbook_new_opt)(const char *path, lxw_workbook_options *wo)
{
	lxw_workbook *wb = REAL(workbook_new_opt)(path, wo);

	if (rec) {
		struct op *o = add(OP_NEW, NULL);

		o->blob = copy(wo, sizeof(*wo));
		o->out = new_handle(wb);
	}
	return wb;
}

lxw_error
WRAP(workbook_set_properties)(lxw_workbook *wb, lxw_doc_properties *p)
{
	if (rec) {
		struct op *o = add(OP_PROPS, wb);
		lxw_doc_properties *c = copy(p, sizeof(*p));

		c->title = dup(p->title);
		c->subject = dup(p->subject);
		c->author = dup(p->author);
		c->manager = dup(p->manager);
		c->company = dup(p->company);
		c->category = dup(p->category);
		c->keywords = dup(p->keywords);
		c->comments = dup(p->comments);
		c->status = dup(p->status);
		c->hyperlink_base = dup(p->hyperlink_base);
		o->blob = c;
	}
	return REAL(workbook_set_properties)(wb, p);
}

lxw_worksheet *
WRAP(workbook_add_worksheet)(lxw_workbook *wb, const char *name)
{
	lxw_worksheet *ws = REAL(workbook_add_worksheet)(wb, name);

	if (rec) {
		struct op *o = add(OP_ADD_SHEET, wb);

		o->s[0] = dup(name);
		o->out = new_handle(ws);
	}
	return ws;
}

lxw_format *
WRAP(workbook_add_format)(lxw_workbook *wb)
{
	lxw_format *f = REAL(workbook_add_format)(wb);

	if (rec)
		add(OP_ADD_FORMAT, wb)->out = new_handle(f);
	return f;
}

lxw_chart *
WRAP(workbook_add_chart)(lxw_workbook *wb, uint8_t type)
{
	lxw_chart *c = REAL(workbook_add_chart)(wb, type);

	if (rec) {
		struct op *o = add(OP_ADD_CHART, wb);

		o->i[0] = type;
		o->out = new_handle(c);
	}
	return c;
}

lxw_error
WRAP(workbook_close)(lxw_workbook *wb)
{
	if (rec)
		add(OP_CLOSE, wb);
	return REAL(workbook_close)(wb);
}

lxw_error
WRAP(workbook_define_name)(lxw_workbook *wb, const char *name, const char *formula)
{
	if (rec) {
		struct op *o = add(OP_NAME, wb);

		o->s[0] = dup(name);
		o->s[1] = dup(formula);
	}
	return REAL(workbook_define_name)(wb, name, formula);
}

/* format_set_X(format, one integer or colour) */
#define FORMAT_INT(fn, kind, type)                                                    \
	void WRAP(fn)(lxw_format *f, type v)                                          \
	{                                                                              \
		if (rec)                                                               \
			add(kind, f)->i[0] = (long)v;                                  \
		REAL(fn)(f, v);                                                        \
	}
#define FORMAT_NONE(fn, kind)                                                         \
	void WRAP(fn)(lxw_format *f)                                                  \
	{                                                                              \
		if (rec)                                                               \
			add(kind, f);                                                  \
		REAL(fn)(f);                                                           \
	}

FORMAT_INT(format_set_align, OP_F_ALIGN, uint8_t)
FORMAT_INT(format_set_bg_color, OP_F_BG, lxw_color_t)
FORMAT_INT(format_set_border, OP_F_BORDER, uint8_t)
FORMAT_INT(format_set_border_color, OP_F_BORDER_COLOR, lxw_color_t)
FORMAT_INT(format_set_bottom, OP_F_BOTTOM, uint8_t)
FORMAT_INT(format_set_font_color, OP_F_FONT_COLOR, lxw_color_t)
FORMAT_NONE(format_set_bold, OP_F_BOLD)
FORMAT_NONE(format_set_italic, OP_F_ITALIC)
FORMAT_NONE(format_set_text_wrap, OP_F_WRAP)

void
WRAP(format_set_font_size)(lxw_format *f, double size)
{
	if (rec)
		add(OP_F_FONT_SIZE, f)->d[0] = size;
	REAL(format_set_font_size)(f, size);
}

void
WRAP(format_set_num_format)(lxw_format *f, const char *s)
{
	if (rec)
		add(OP_F_NUM, f)->s[0] = dup(s);
	REAL(format_set_num_format)(f, s);
}

void
WRAP(worksheet_activate)(lxw_worksheet *ws)
{
	if (rec)
		add(OP_W_ACTIVATE, ws);
	REAL(worksheet_activate)(ws);
}

lxw_error
WRAP(worksheet_autofilter)(lxw_worksheet *ws, lxw_row_t r1, lxw_col_t c1, lxw_row_t r2,
    lxw_col_t c2)
{
	if (rec) {
		struct op *o = add(OP_W_AUTOFILTER, ws);

		o->i[0] = r1, o->i[1] = c1, o->i[2] = r2, o->i[3] = c2;
	}
	return REAL(worksheet_autofilter)(ws, r1, c1, r2, c2);
}

lxw_error
WRAP(worksheet_data_validation_cell)(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
    lxw_data_validation *v)
{
	if (rec) {
		struct op *o = add(OP_W_VALIDATION, ws);
		lxw_data_validation *c = copy(v, sizeof(*v));

		o->i[0] = row, o->i[1] = col;
		c->value_formula = dup(v->value_formula);
		c->minimum_formula = dup(v->minimum_formula);
		c->maximum_formula = dup(v->maximum_formula);
		c->input_title = dup(v->input_title);
		c->input_message = dup(v->input_message);
		c->error_title = dup(v->error_title);
		c->error_message = dup(v->error_message);
		if (v->value_list) {
			size_t n = 0, k;

			while (v->value_list[n])
				n++;
			c->value_list = xcalloc(n + 1, sizeof(char *));
			for (k = 0; k < n; k++)
				c->value_list[k] = xstrdup(v->value_list[k]);
		}
		o->blob = c;
	}
	return REAL(worksheet_data_validation_cell)(ws, row, col, v);
}

void
WRAP(worksheet_freeze_panes)(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col)
{
	if (rec) {
		struct op *o = add(OP_W_FREEZE, ws);

		o->i[0] = row, o->i[1] = col;
	}
	REAL(worksheet_freeze_panes)(ws, row, col);
}

lxw_error
WRAP(worksheet_insert_chart_opt)(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
    lxw_chart *ch, lxw_chart_options *opt)
{
	if (rec) {
		struct op *o = add(OP_W_CHART, ws);
		lxw_chart_options *c = copy(opt, sizeof(*opt));

		o->i[0] = row, o->i[1] = col;
		o->h2 = handle(ch);
		if (c)
			c->description = dup(opt->description);
		o->blob = c;
	}
	return REAL(worksheet_insert_chart_opt)(ws, row, col, ch, opt);
}

lxw_error
WRAP(worksheet_insert_image_buffer_opt)(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
    const unsigned char *img, size_t len, lxw_image_options *opt)
{
	if (rec) {
		struct op *o = add(OP_W_IMAGE, ws);
		lxw_image_options *c = copy(opt, sizeof(*opt));

		o->i[0] = row, o->i[1] = col;
		o->s[0] = copy(img, len);
		o->len = len;
		if (c) {
			c->description = dup(opt->description);
			c->url = dup(opt->url);
			c->tip = dup(opt->tip);
		}
		o->blob = c;
	}
	return REAL(worksheet_insert_image_buffer_opt)(ws, row, col, img, len, opt);
}

lxw_error
WRAP(worksheet_set_column)(lxw_worksheet *ws, lxw_col_t c1, lxw_col_t c2, double w,
    lxw_format *f)
{
	if (rec) {
		struct op *o = add(OP_W_COLUMN, ws);

		o->i[0] = c1, o->i[1] = c2, o->d[0] = w, o->h2 = handle(f);
	}
	return REAL(worksheet_set_column)(ws, c1, c2, w, f);
}

lxw_error
WRAP(worksheet_set_row)(lxw_worksheet *ws, lxw_row_t row, double h, lxw_format *f)
{
	if (rec) {
		struct op *o = add(OP_W_ROW, ws);

		o->i[0] = row, o->d[0] = h, o->h2 = handle(f);
	}
	return REAL(worksheet_set_row)(ws, row, h, f);
}

void
WRAP(worksheet_set_tab_color)(lxw_worksheet *ws, lxw_color_t c)
{
	if (rec)
		add(OP_W_TAB, ws)->i[0] = (long)c;
	REAL(worksheet_set_tab_color)(ws, c);
}

lxw_error
WRAP(worksheet_write_boolean)(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, int v,
    lxw_format *f)
{
	if (rec) {
		struct op *o = add(OP_W_BOOL, ws);

		o->i[0] = row, o->i[1] = col, o->i[2] = v, o->h2 = handle(f);
	}
	return REAL(worksheet_write_boolean)(ws, row, col, v, f);
}

lxw_error
WRAP(worksheet_write_formula_num)(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
    const char *fx, lxw_format *f, double v)
{
	if (rec) {
		struct op *o = add(OP_W_FORMULA_NUM, ws);

		o->i[0] = row, o->i[1] = col, o->s[0] = dup(fx), o->d[0] = v, o->h2 = handle(f);
	}
	return REAL(worksheet_write_formula_num)(ws, row, col, fx, f, v);
}

lxw_error
WRAP(worksheet_write_formula_str)(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
    const char *fx, lxw_format *f, const char *v)
{
	if (rec) {
		struct op *o = add(OP_W_FORMULA_STR, ws);

		o->i[0] = row, o->i[1] = col, o->s[0] = dup(fx), o->s[1] = dup(v);
		o->h2 = handle(f);
	}
	return REAL(worksheet_write_formula_str)(ws, row, col, fx, f, v);
}

lxw_error
WRAP(worksheet_write_number)(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, double v,
    lxw_format *f)
{
	if (rec) {
		struct op *o = add(OP_W_NUM, ws);

		o->i[0] = row, o->i[1] = col, o->d[0] = v, o->h2 = handle(f);
	}
	return REAL(worksheet_write_number)(ws, row, col, v, f);
}

lxw_error
WRAP(worksheet_write_string)(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *s,
    lxw_format *f)
{
	if (rec) {
		struct op *o = add(OP_W_STR, ws);

		o->i[0] = row, o->i[1] = col, o->s[0] = dup(s), o->h2 = handle(f);
	}
	return REAL(worksheet_write_string)(ws, row, col, s, f);
}

lxw_chart_series *
WRAP(chart_add_series)(lxw_chart *c, const char *cats, const char *vals)
{
	lxw_chart_series *se = REAL(chart_add_series)(c, cats, vals);

	if (rec) {
		struct op *o = add(OP_C_SERIES, c);

		o->s[0] = dup(cats), o->s[1] = dup(vals);
		o->out = new_handle(se);
	}
	return se;
}

void
WRAP(chart_title_set_name)(lxw_chart *c, const char *s)
{
	if (rec)
		add(OP_C_TITLE, c)->s[0] = dup(s);
	REAL(chart_title_set_name)(c, s);
}

void
WRAP(chart_legend_set_position)(lxw_chart *c, uint8_t pos)
{
	if (rec)
		add(OP_C_LEGEND, c)->i[0] = pos;
	REAL(chart_legend_set_position)(c, pos);
}

/* the axis calls: the axis is found through its chart */
static struct op *
add_axis(enum opk k, const lxw_chart_axis *a)
{
	struct op *o = add(k, NULL);

	o->h = axis_handle(a, o);
	return o;
}

void
WRAP(chart_axis_set_crossing_max)(lxw_chart_axis *a)
{
	if (rec)
		add_axis(OP_A_CROSS_MAX, a);
	REAL(chart_axis_set_crossing_max)(a);
}

void
WRAP(chart_axis_set_reverse)(lxw_chart_axis *a)
{
	if (rec)
		add_axis(OP_A_REVERSE, a);
	REAL(chart_axis_set_reverse)(a);
}

void
WRAP(chart_axis_set_log_base)(lxw_chart_axis *a, uint16_t b)
{
	if (rec)
		add_axis(OP_A_LOG, a)->i[0] = b;
	REAL(chart_axis_set_log_base)(a, b);
}

void
WRAP(chart_axis_set_max)(lxw_chart_axis *a, double v)
{
	if (rec)
		add_axis(OP_A_MAX, a)->d[0] = v;
	REAL(chart_axis_set_max)(a, v);
}

void
WRAP(chart_axis_set_min)(lxw_chart_axis *a, double v)
{
	if (rec)
		add_axis(OP_A_MIN, a)->d[0] = v;
	REAL(chart_axis_set_min)(a, v);
}

void
WRAP(chart_axis_set_name)(lxw_chart_axis *a, const char *s)
{
	if (rec)
		add_axis(OP_A_NAME, a)->s[0] = dup(s);
	REAL(chart_axis_set_name)(a, s);
}

void
WRAP(chart_axis_set_num_format)(lxw_chart_axis *a, const char *s)
{
	if (rec)
		add_axis(OP_A_NUM_FORMAT, a)->s[0] = dup(s);
	REAL(chart_axis_set_num_format)(a, s);
}

void
WRAP(chart_series_set_fill)(lxw_chart_series *se, lxw_chart_fill *fill)
{
	if (rec)
		add(OP_S_FILL, se)->blob = copy(fill, sizeof(*fill));
	REAL(chart_series_set_fill)(se, fill);
}

void
WRAP(chart_series_set_line)(lxw_chart_series *se, lxw_chart_line *line)
{
	if (rec)
		add(OP_S_LINE, se)->blob = copy(line, sizeof(*line));
	REAL(chart_series_set_line)(se, line);
}

void
WRAP(chart_series_set_marker_type)(lxw_chart_series *se, uint8_t t)
{
	if (rec)
		add(OP_S_MARKER, se)->i[0] = t;
	REAL(chart_series_set_marker_type)(se, t);
}

void
WRAP(chart_series_set_name)(lxw_chart_series *se, const char *s)
{
	if (rec)
		add(OP_S_NAME, se)->s[0] = dup(s);
	REAL(chart_series_set_name)(se, s);
}

/* --- recording and replaying ------------------------------------------------- */

/* Record every libxlsxwriter call from now on (one thread only). */
void
replay_start(void)
{
	rec = xcalloc(1, sizeof(*rec));
}

/* Stop recording; the calls made since replay_start. */
struct replay *
replay_stop(size_t *ncalls)
{
	struct replay *r = rec;

	rec = NULL;
	if (ncalls)
		*ncalls = r ? r->nops : 0;
	return r;
}

/*
 * Make the recorded calls again, on a new workbook at path with
 * libxlsxwriter's temporary files in tmpdir. Returns false if the library
 * reported an error.
 */
bool
replay_run(const struct replay *r, const char *path, const char *tmpdir)
{
	void **obj = xcalloc(r->nobjs + 1, sizeof(*obj));
	bool ok = true;
	size_t i;

#define O(h) (obj[(h)])
#define FMT(h) ((h) < 0 ? NULL : (lxw_format *)obj[(h)])
#define AXIS(o) ((o)->axis ? ((lxw_chart *)obj[(o)->h])->y_axis : \
	((lxw_chart *)obj[(o)->h])->x_axis)
	for (i = 0; i < r->nops; i++) {
		const struct op *o = &r->ops[i];
		lxw_error e = LXW_NO_ERROR;

		switch (o->k) {
		case OP_NEW: {
			lxw_workbook_options wo;

			memcpy(&wo, o->blob, sizeof(wo));
			wo.tmpdir = (char *)tmpdir;
			O(o->out) = REAL(workbook_new_opt)(path, &wo);
			if (O(o->out) == NULL)
				ok = false;
			break;
		}
		case OP_PROPS:
			e = REAL(workbook_set_properties)(O(o->h), o->blob);
			break;
		case OP_ADD_SHEET:
			O(o->out) = REAL(workbook_add_worksheet)(O(o->h), o->s[0]);
			break;
		case OP_ADD_FORMAT:
			O(o->out) = REAL(workbook_add_format)(O(o->h));
			break;
		case OP_ADD_CHART:
			O(o->out) = REAL(workbook_add_chart)(O(o->h), (uint8_t)o->i[0]);
			break;
		case OP_CLOSE:
			e = REAL(workbook_close)(O(o->h));
			break;
		case OP_NAME:
			e = REAL(workbook_define_name)(O(o->h), o->s[0], o->s[1]);
			break;
		case OP_F_ALIGN:
			REAL(format_set_align)(O(o->h), (uint8_t)o->i[0]);
			break;
		case OP_F_BG:
			REAL(format_set_bg_color)(O(o->h), (lxw_color_t)o->i[0]);
			break;
		case OP_F_BOLD:
			REAL(format_set_bold)(O(o->h));
			break;
		case OP_F_BORDER:
			REAL(format_set_border)(O(o->h), (uint8_t)o->i[0]);
			break;
		case OP_F_BORDER_COLOR:
			REAL(format_set_border_color)(O(o->h), (lxw_color_t)o->i[0]);
			break;
		case OP_F_BOTTOM:
			REAL(format_set_bottom)(O(o->h), (uint8_t)o->i[0]);
			break;
		case OP_F_FONT_COLOR:
			REAL(format_set_font_color)(O(o->h), (lxw_color_t)o->i[0]);
			break;
		case OP_F_FONT_SIZE:
			REAL(format_set_font_size)(O(o->h), o->d[0]);
			break;
		case OP_F_ITALIC:
			REAL(format_set_italic)(O(o->h));
			break;
		case OP_F_NUM:
			REAL(format_set_num_format)(O(o->h), o->s[0]);
			break;
		case OP_F_WRAP:
			REAL(format_set_text_wrap)(O(o->h));
			break;
		case OP_W_ACTIVATE:
			REAL(worksheet_activate)(O(o->h));
			break;
		case OP_W_AUTOFILTER:
			e = REAL(worksheet_autofilter)(O(o->h), (lxw_row_t)o->i[0], (lxw_col_t)o->i[1],
			    (lxw_row_t)o->i[2], (lxw_col_t)o->i[3]);
			break;
		case OP_W_VALIDATION:
			e = REAL(worksheet_data_validation_cell)(O(o->h), (lxw_row_t)o->i[0],
			    (lxw_col_t)o->i[1], o->blob);
			break;
		case OP_W_FREEZE:
			REAL(worksheet_freeze_panes)(O(o->h), (lxw_row_t)o->i[0], (lxw_col_t)o->i[1]);
			break;
		case OP_W_CHART:
			e = REAL(worksheet_insert_chart_opt)(O(o->h), (lxw_row_t)o->i[0],
			    (lxw_col_t)o->i[1], O(o->h2), o->blob);
			break;
		case OP_W_IMAGE:
			e = REAL(worksheet_insert_image_buffer_opt)(O(o->h), (lxw_row_t)o->i[0],
			    (lxw_col_t)o->i[1], (const unsigned char *)o->s[0], o->len, o->blob);
			break;
		case OP_W_COLUMN:
			e = REAL(worksheet_set_column)(O(o->h), (lxw_col_t)o->i[0], (lxw_col_t)o->i[1],
			    o->d[0], FMT(o->h2));
			break;
		case OP_W_ROW:
			e = REAL(worksheet_set_row)(O(o->h), (lxw_row_t)o->i[0], o->d[0], FMT(o->h2));
			break;
		case OP_W_TAB:
			REAL(worksheet_set_tab_color)(O(o->h), (lxw_color_t)o->i[0]);
			break;
		case OP_W_BOOL:
			e = REAL(worksheet_write_boolean)(O(o->h), (lxw_row_t)o->i[0],
			    (lxw_col_t)o->i[1], (int)o->i[2], FMT(o->h2));
			break;
		case OP_W_FORMULA_NUM:
			e = REAL(worksheet_write_formula_num)(O(o->h), (lxw_row_t)o->i[0],
			    (lxw_col_t)o->i[1], o->s[0], FMT(o->h2), o->d[0]);
			break;
		case OP_W_FORMULA_STR:
			e = REAL(worksheet_write_formula_str)(O(o->h), (lxw_row_t)o->i[0],
			    (lxw_col_t)o->i[1], o->s[0], FMT(o->h2), o->s[1]);
			break;
		case OP_W_NUM:
			e = REAL(worksheet_write_number)(O(o->h), (lxw_row_t)o->i[0],
			    (lxw_col_t)o->i[1], o->d[0], FMT(o->h2));
			break;
		case OP_W_STR:
			e = REAL(worksheet_write_string)(O(o->h), (lxw_row_t)o->i[0],
			    (lxw_col_t)o->i[1], o->s[0], FMT(o->h2));
			break;
		case OP_C_SERIES:
			O(o->out) = REAL(chart_add_series)(O(o->h), o->s[0], o->s[1]);
			break;
		case OP_C_TITLE:
			REAL(chart_title_set_name)(O(o->h), o->s[0]);
			break;
		case OP_C_LEGEND:
			REAL(chart_legend_set_position)(O(o->h), (uint8_t)o->i[0]);
			break;
		case OP_A_CROSS_MAX:
			REAL(chart_axis_set_crossing_max)(AXIS(o));
			break;
		case OP_A_LOG:
			REAL(chart_axis_set_log_base)(AXIS(o), (uint16_t)o->i[0]);
			break;
		case OP_A_MAX:
			REAL(chart_axis_set_max)(AXIS(o), o->d[0]);
			break;
		case OP_A_MIN:
			REAL(chart_axis_set_min)(AXIS(o), o->d[0]);
			break;
		case OP_A_NAME:
			REAL(chart_axis_set_name)(AXIS(o), o->s[0]);
			break;
		case OP_A_NUM_FORMAT:
			REAL(chart_axis_set_num_format)(AXIS(o), o->s[0]);
			break;
		case OP_A_REVERSE:
			REAL(chart_axis_set_reverse)(AXIS(o));
			break;
		case OP_S_FILL:
			REAL(chart_series_set_fill)(O(o->h), o->blob);
			break;
		case OP_S_LINE:
			REAL(chart_series_set_line)(O(o->h), o->blob);
			break;
		case OP_S_MARKER:
			REAL(chart_series_set_marker_type)(O(o->h), (uint8_t)o->i[0]);
			break;
		case OP_S_NAME:
			REAL(chart_series_set_name)(O(o->h), o->s[0]);
			break;
		}
		if (e != LXW_NO_ERROR) {
			fprintf(stderr, "bench: replaying call %zu of %zu (kind %d): %s\n", i, r->nops,
			    (int)o->k, lxw_strerror(e));
			ok = false;
		}
	}
#undef O
#undef FMT
#undef AXIS
	free(obj);
	return ok;
}

/* Free what replay_stop returned (the copies of structs are shallow but for their strings). */
void
replay_free(struct replay *r)
{
	size_t i;

	if (r == NULL)
		return;
	for (i = 0; i < r->nops; i++) {
		struct op *o = &r->ops[i];

		free(o->s[0]);
		free(o->s[1]);
		if (o->k == OP_PROPS) {
			lxw_doc_properties *p = o->blob;

			free(p->title), free(p->subject), free(p->author), free(p->manager);
			free(p->company), free(p->category), free(p->keywords), free(p->comments);
			free(p->status), free(p->hyperlink_base);
		} else if (o->k == OP_W_VALIDATION) {
			lxw_data_validation *v = o->blob;

			free(v->value_formula), free(v->minimum_formula), free(v->maximum_formula);
			free(v->input_title), free(v->input_message), free(v->error_title);
			free(v->error_message);
			if (v->value_list) {
				char **p;

				for (p = v->value_list; *p; p++)
					free(*p);
				free(v->value_list);
			}
		} else if (o->k == OP_W_CHART && o->blob) {
			free(((lxw_chart_options *)o->blob)->description);
		} else if (o->k == OP_W_IMAGE && o->blob) {
			lxw_image_options *io = o->blob;

			free(io->description), free(io->url), free(io->tip);
		}
		free(o->blob);
	}
	free(r->ops);
	free(r->objs);
	free(r);
}
