/*
 * floor.c -- the library floor of the benchmark.
 *
 * What cairo, libxlsxwriter and cmark-gfm cost for the same amount of
 * output as a runsheet build, with no model behind it: charts of the same
 * size and about the same drawing (stacked bars, grid, labels), encoded
 * as PNG with the same libpng settings and as SVG; workbooks with the same
 * number of cells, a third each numbers, text and formulas with a cached
 * result, in the same temporary directory; and the same number of bytes of
 * table-heavy Markdown rendered to HTML with the table extension. So
 * runsheet / floor says how far the build is from what the libraries
 * allow.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cairo.h>
#include <cairo-svg.h>
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <xlsxwriter.h>

#include "runsheet.h"
#include "chart.h"
#include "floor.h"

static cairo_status_t
svg_sink(void *closure, const unsigned char *data, unsigned int len)
{
	buf_put(closure, data, len);
	return CAIRO_STATUS_SUCCESS;
}

/* A stacked bar chart of 11 bars of 5 parts with a grid and ~40 labels. */
static void
floor_draw(cairo_t *cr, double w, double h)
{
	static const double colour[5][3] = {{0, .45, .70}, {.90, .62, 0}, {0, .62, .45},
		{.80, .47, .65}, {.34, .71, .91}};
	char label[32];
	int i, k;

	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_paint(cr);
	cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
	    CAIRO_FONT_WEIGHT_NORMAL);
	cairo_set_font_size(cr, 13);
	cairo_set_source_rgb(cr, .2, .2, .2);
	cairo_move_to(cr, 20, 28);
	cairo_show_text(cr, "Monthly cost by platform and component");
	cairo_set_line_width(cr, 1);
	for (i = 0; i <= 8; i++) {
		double x = 220 + (w - 260) * i / 8;

		cairo_set_source_rgb(cr, .85, .85, .85);
		cairo_move_to(cr, x, 50);
		cairo_line_to(cr, x, h - 40);
		cairo_stroke(cr);
		snprintf(label, sizeof(label), "$%d", i * 250);
		cairo_set_source_rgb(cr, .3, .3, .3);
		cairo_move_to(cr, x - 12, h - 22);
		cairo_show_text(cr, label);
	}
	for (i = 0; i < 11; i++) {
		double y = 55 + (h - 110) * i / 11, x = 220, bh = (h - 110) / 11 * 0.7;

		snprintf(label, sizeof(label), "Platform %d", i + 1);
		cairo_set_source_rgb(cr, .1, .1, .1);
		cairo_move_to(cr, 20, y + bh * 0.7);
		cairo_show_text(cr, label);
		for (k = 0; k < 5; k++) {
			double bw = (w - 260) * (0.02 + 0.03 * ((i * 7 + k * 3) % 5));

			cairo_set_source_rgb(cr, colour[k][0], colour[k][1], colour[k][2]);
			cairo_rectangle(cr, x, y, bw, bh);
			cairo_fill(cr);
			x += bw;
		}
		snprintf(label, sizeof(label), "$%d", 300 + i * 97);
		cairo_set_source_rgb(cr, .1, .1, .1);
		cairo_move_to(cr, x + 6, y + bh * 0.7);
		cairo_show_text(cr, label);
	}
}

/* n charts of 960 x 450 as PNG and as SVG; seconds into png and svg. */
static void
floor_charts(size_t n, double *png_secs, double *svg_secs)
{
	size_t i;

	for (i = 0; i < n; i++) {
		struct buf png = {0}, svg = {0};
		double t = now_seconds();
		cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 960, 450);
		cairo_t *cr = cairo_create(s);

		floor_draw(cr, 960, 450);
		cairo_destroy(cr);
		cairo_surface_flush(s);
		chart_write_png(s, &png);
		cairo_surface_destroy(s);
		*png_secs += now_seconds() - t;
		t = now_seconds();
		s = cairo_svg_surface_create_for_stream(svg_sink, &svg, 960, 450);
		cr = cairo_create(s);
		floor_draw(cr, 960, 450);
		cairo_destroy(cr);
		cairo_surface_finish(s);
		cairo_surface_destroy(s);
		*svg_secs += now_seconds() - t;
		buf_free(&png);
		buf_free(&svg);
	}
}

/* One workbook of ncells cells in 8 columns: numbers, text and formulas. */
static void
floor_workbook(const char *path, size_t ncells, const char *tmpdir)
{
	lxw_workbook_options wo = {.tmpdir = (char *)tmpdir};
	lxw_workbook *wb = workbook_new_opt(path, &wo);
	lxw_worksheet *ws = workbook_add_worksheet(wb, "Model");
	lxw_format *money = workbook_add_format(wb);
	size_t i;

	format_set_num_format(money, "$#,##0.00");
	workbook_define_name(wb, "first_value", "=Model!$A$1");
	for (i = 0; i < ncells; i++) {
		lxw_row_t row = (lxw_row_t)(i / 8);
		lxw_col_t col = (lxw_col_t)(i % 8);

		switch (i % 3) {
		case 0:
			worksheet_write_number(ws, row, col, (double)i * 1.25, money);
			break;
		case 1:
			worksheet_write_string(ws, row, col, "a unit, a source or a description",
			    NULL);
			break;
		default:
			worksheet_write_formula_num(ws, row, col, "=first_value*2+1", money,
			    (double)i);
			break;
		}
	}
	workbook_close(wb);
}

/* About nbytes of Markdown like a report: headings, prose and tables. */
static void
floor_markdown_text(struct buf *md, size_t nbytes)
{
	int i = 0;

	while (md->len < nbytes) {
		buf_printf(md, "## Section %d\n\nThe **monthly** cost of platform %d is "
		    "[$1,234.56](#cost), of which compute is *most*.\n\n", i, i);
		buf_puts(md, "| Platform | Compute | Fees | Engineering | Total |\n"
		    "|---|--:|--:|--:|--:|\n");
		for (int k = 0; k < 8; k++)
			buf_printf(md, "| Platform %d | $%d.00 | $73.00 | $%d.50 | $%d.25 |\n", k,
			    100 + k * 37, 2000 + k * 11, 2400 + k * 53);
		buf_puts(md, "\n- an assumption with a source (seed 004)\n- another one\n\n");
		i++;
	}
}

static void
floor_markdown(const struct buf *md, double *secs)
{
	double t = now_seconds();
	cmark_parser *p = cmark_parser_new(CMARK_OPT_DEFAULT);
	cmark_syntax_extension *table = cmark_find_syntax_extension("table");
	cmark_node *doc;
	char *html;

	cmark_parser_attach_syntax_extension(p, table);
	cmark_parser_feed(p, md->data, md->len);
	doc = cmark_parser_finish(p);
	html = cmark_render_html(doc, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(p));
	free(html);
	cmark_node_free(doc);
	cmark_parser_free(p);
	*secs += now_seconds() - t;
}

/*
 * The floor of ndocs documents of charts charts, cells workbook cells and
 * md_bytes bytes of Markdown each (all per document), workbooks written
 * under dir with libxlsxwriter's temporary files in tmpdir (NULL: the
 * system's). Seconds per document go into f.
 */
void
floor_measure(size_t ndocs, size_t charts, size_t cells, size_t md_bytes, const char *dir,
    const char *tmpdir, struct floor *f)
{
	struct buf md = {0};
	size_t i;

	memset(f, 0, sizeof(*f));
	cmark_gfm_core_extensions_ensure_registered();
	chart_init();
	floor_markdown_text(&md, md_bytes);
	for (i = 0; i < ndocs; i++) {
		char *path = xasprintf("%s/floor-%zu.xlsx", dir, i);
		double t;

		floor_charts(charts, &f->png, &f->svg);
		t = now_seconds();
		floor_workbook(path, cells, tmpdir);
		f->workbook += now_seconds() - t;
		unlink(path);
		free(path);
		floor_markdown(&md, &f->markdown);
	}
	f->png /= (double)ndocs;
	f->svg /= (double)ndocs;
	f->workbook /= (double)ndocs;
	f->markdown /= (double)ndocs;
	buf_free(&md);
}

/* --- like for like: the same drawing, the same Markdown -------------------- */

/* chart_record's callback: keep a reference to the recording of one chart. */
void
floor_record_chart(cairo_surface_t *s, double w, double h, void *arg)
{
	struct recorded *r = arg;

	if (r->n == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 8;
		r->s = xreallocarray(r->s, r->cap, sizeof(*r->s));
		r->w = xreallocarray(r->w, r->cap, sizeof(*r->w));
		r->h = xreallocarray(r->h, r->cap, sizeof(*r->h));
	}
	r->s[r->n] = cairo_surface_reference(s);
	r->w[r->n] = w;
	r->h[r->n] = h;
	r->n++;
}

void
floor_recorded_free(struct recorded *r)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		cairo_surface_destroy(r->s[i]);
	free(r->s);
	free(r->w);
	free(r->h);
	memset(r, 0, sizeof(*r));
}

/*
 * Replay every recorded chart onto a PNG (an RGB24 image surface encoded by
 * the same libpng writer as runsheet, chart_write_png) and onto an SVG 1.1
 * surface: the same drawing operations with no model behind them. Seconds
 * for all of them into *png and *svg.
 */
void
floor_replay_charts(const struct recorded *r, double *png, double *svg)
{
	unsigned char *pixels = NULL;
	size_t npixels = 0, i;

	*png = *svg = 0;
	for (i = 0; i < r->n; i++) {
		struct buf p = {0}, v = {0};
		double t = now_seconds();
		int stride = cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, (int)r->w[i]);
		size_t need = (size_t)stride * (size_t)r->h[i];
		cairo_surface_t *s;
		cairo_t *cr;

		/* one pixel buffer from chart to chart, as runsheet keeps one per thread */
		if (need > npixels) {
			free(pixels);
			pixels = xmalloc(need);
			npixels = need;
		}
		s = cairo_image_surface_create_for_data(pixels, CAIRO_FORMAT_RGB24, (int)r->w[i],
		    (int)r->h[i], stride);
		cr = cairo_create(s);

		cairo_set_source_surface(cr, r->s[i], 0, 0);
		cairo_paint(cr);
		cairo_destroy(cr);
		cairo_surface_flush(s);
		chart_write_png(s, &p);
		cairo_surface_destroy(s);
		*png += now_seconds() - t;
		t = now_seconds();
		s = cairo_svg_surface_create_for_stream(svg_sink, &v, r->w[i], r->h[i]);
		cairo_svg_surface_restrict_to_version(s, CAIRO_SVG_VERSION_1_1);
		cr = cairo_create(s);
		cairo_set_source_surface(cr, r->s[i], 0, 0);
		cairo_paint(cr);
		cairo_destroy(cr);
		cairo_surface_finish(s);
		cairo_surface_destroy(s);
		*svg += now_seconds() - t;
		buf_free(&p);
		buf_free(&v);
	}
	free(pixels);
}

/*
 * The same Markdown bytes through cmark-gfm with the options runsheet uses
 * (the table extension, style attributes for alignment): seconds.
 */
double
floor_markdown_same(const char *md, size_t len)
{
	int opts = CMARK_OPT_DEFAULT | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES;
	double t = now_seconds();
	cmark_parser *p;
	cmark_node *doc;
	char *html;

	cmark_gfm_core_extensions_ensure_registered();
	t = now_seconds();
	p = cmark_parser_new(opts);
	cmark_parser_attach_syntax_extension(p, cmark_find_syntax_extension("table"));
	cmark_parser_feed(p, md, len);
	doc = cmark_parser_finish(p);
	html = cmark_render_html(doc, opts, cmark_parser_get_syntax_extensions(p));
	free(html);
	cmark_node_free(doc);
	cmark_parser_free(p);
	return now_seconds() - t;
}
