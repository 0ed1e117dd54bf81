/*
 * chart.c -- charts drawn with Cairo, as PNG and SVG from the same code.
 *
 * Each chart is a draw function over a cairo_t and a size; chart_render()
 * runs it once on an image surface (written as PNG) and once on an SVG
 * surface, so the two files cannot disagree. Everything is read from the
 * const report: no chart computes a number.
 *
 * Look: DejaVu Sans (fonts-dejavu-core) with fixed font options so output
 * is the same on every machine; the Okabe-Ito palette, which stays
 * distinguishable for the common forms of colour blindness; titles, axis
 * labels with units, tick labels in compact dollars ($12k), a legend, and
 * the value at the end of each bar so small bars stay readable.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>
#include <cairo-svg.h>
#include <fontconfig/fontconfig.h>

#include "runsheet.h"
#include "chart.h"

#define FONT "DejaVu Sans"

/* Okabe-Ito, in component order. */
const struct rgb chart_palette[CHART_NCOLORS] = {
	{0x00 / 255.0, 0x72 / 255.0, 0xB2 / 255.0}, /* blue */
	{0xE6 / 255.0, 0x9F / 255.0, 0x00 / 255.0}, /* orange */
	{0x00 / 255.0, 0x9E / 255.0, 0x73 / 255.0}, /* bluish green */
	{0xCC / 255.0, 0x79 / 255.0, 0xA7 / 255.0}, /* reddish purple */
	{0x56 / 255.0, 0xB4 / 255.0, 0xE9 / 255.0}, /* sky blue */
	{0xD5 / 255.0, 0x5E / 255.0, 0x00 / 255.0}, /* vermillion */
	{0xF0 / 255.0, 0xE4 / 255.0, 0x42 / 255.0}, /* yellow */
	{0x00 / 255.0, 0x00 / 255.0, 0x00 / 255.0}, /* black */
};

static const struct rgb ink = {0.13, 0.13, 0.15};
static const struct rgb muted = {0.38, 0.38, 0.42};
static const struct rgb grid = {0.87, 0.87, 0.89};

void
chart_color(cairo_t *cr, struct rgb c)
{
	cairo_set_source_rgb(cr, c.r, c.g, c.b);
}

/* Set the font: size in px, bold or not; options fixed for reproducibility. */
void
chart_font(cairo_t *cr, double size, bool bold)
{
	cairo_font_options_t *o = cairo_font_options_create();

	cairo_select_font_face(cr, FONT, CAIRO_FONT_SLANT_NORMAL,
	    bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
	cairo_set_font_size(cr, size);
	cairo_font_options_set_antialias(o, CAIRO_ANTIALIAS_GRAY);
	cairo_font_options_set_hint_style(o, CAIRO_HINT_STYLE_NONE);
	cairo_font_options_set_hint_metrics(o, CAIRO_HINT_METRICS_OFF);
	cairo_set_font_options(cr, o);
	cairo_font_options_destroy(o);
}

double
chart_text_width(cairo_t *cr, const char *s)
{
	cairo_text_extents_t e;

	cairo_text_extents(cr, s, &e);
	return e.x_advance;
}

/*
 * Draw s with its baseline at y; align is 0 (left edge at x), 0.5 (centred)
 * or 1 (right edge at x).
 */
void
chart_text(cairo_t *cr, double x, double y, double align, const char *s)
{
	double w = chart_text_width(cr, s);

	cairo_move_to(cr, x - w * align, y);
	cairo_show_text(cr, s);
}

/* Draw s rotated a quarter turn anticlockwise, centred on (x, y). */
void
chart_text_vertical(cairo_t *cr, double x, double y, const char *s)
{
	double w = chart_text_width(cr, s);

	cairo_save(cr);
	cairo_translate(cr, x, y);
	cairo_rotate(cr, -1.5707963267948966);
	cairo_move_to(cr, -w / 2, 0);
	cairo_show_text(cr, s);
	cairo_restore(cr);
}

/*
 * A "nice" tick step for a range of size span and about n ticks: 1, 2,
 * 2.5 or 5 times a power of ten.
 */
double
chart_nice_step(double span, int n)
{
	double raw, mag, f;

	if (span <= 0 || !isfinite(span))
		return 1;
	raw = span / n;
	mag = pow(10, floor(log10(raw)));
	f = raw / mag;
	if (f <= 1)
		f = 1;
	else if (f <= 2)
		f = 2;
	else if (f <= 2.5)
		f = 2.5;
	else if (f <= 5)
		f = 5;
	else
		f = 10;
	return f * mag;
}

/* A compact dollar label for an axis: $0, $950, $12k, $2.5k, $1.2M. */
void
chart_money_short(char *out, size_t sz, double v)
{
	double a = fabs(v);
	const char *sign = v < 0 ? "-" : "";

	if (a < 1000)
		snprintf(out, sz, "%s$%g", sign, round(a * 100) / 100);
	else if (a < 1e6)
		snprintf(out, sz, "%s$%gk", sign, round(a / 100) / 10);
	else
		snprintf(out, sz, "%s$%gM", sign, round(a / 1e5) / 10);
}

/* Draw a legend of n coloured keys in one or more rows; returns its height. */
double
chart_legend(cairo_t *cr, double x, double y, double maxw, const char *const *labels,
    const struct rgb *colors, int n)
{
	double cx = x, cy = y, key = 12, gap = 18;
	int i;

	chart_font(cr, 13, false);
	for (i = 0; i < n; i++) {
		double w = key + 6 + chart_text_width(cr, labels[i]);

		if (cx > x && cx + w > x + maxw) {
			cx = x;
			cy += 20;
		}
		chart_color(cr, colors[i]);
		cairo_rectangle(cr, cx, cy - key + 2, key, key);
		cairo_fill(cr);
		chart_color(cr, ink);
		chart_text(cr, cx + key + 6, cy, 0, labels[i]);
		cx += w + gap;
	}
	return cy - y + 20;
}

/* Title and subtitle at the top; returns the y below them. */
double
chart_title(cairo_t *cr, double w, const char *title, const char *subtitle)
{
	(void)w;
	chart_color(cr, ink);
	chart_font(cr, 19, true);
	chart_text(cr, 24, 34, 0, title);
	if (subtitle && *subtitle) {
		chart_color(cr, muted);
		chart_font(cr, 13, false);
		chart_text(cr, 24, 56, 0, subtitle);
		return 72;
	}
	return 50;
}

/* The stacked horizontal bar chart of monthly cost by component. */
static void
draw_breakdown(cairo_t *cr, double w, double h, const void *arg)
{
	const struct report *r = arg;
	const char *labels[COMP__MAX];
	struct rgb colors[COMP__MAX];
	double y, left, right, plot_w, max = 0, step, t, bar = 26, pitch = 40;
	char tmp[64];
	size_t i;
	int k;

	chart_color(cr, (struct rgb){1, 1, 1});
	cairo_paint(cr);
	y = chart_title(cr, w, "Monthly cost by component",
	    r->scn ? r->scn->title : "Model defaults");
	for (k = 0; k < COMP__MAX; k++) {
		labels[k] = component_names[k];
		colors[k] = chart_palette[k];
	}
	y += chart_legend(cr, 24, y + 14, w - 48, labels, colors, COMP__MAX) + 10;

	/* left margin: the longest platform name */
	chart_font(cr, 14, true);
	left = 0;
	for (i = 0; i < r->nrows; i++) {
		double tw = chart_text_width(cr, r->rows[i].p->name);

		if (tw > left)
			left = tw;
		if (r->rows[i].total > max)
			max = r->rows[i].total;
	}
	left += 40;
	chart_font(cr, 13, false);
	right = 110;
	plot_w = w - left - right;
	step = chart_nice_step(max, 5);
	max = ceil(max / step) * step;
	if (max <= 0)
		max = 1;

	/* grid and ticks */
	{
		double top = y, bottom = y + pitch * (double)r->nrows;

		cairo_set_line_width(cr, 1);
		for (t = 0; t <= max + step / 2; t += step) {
			double x = left + plot_w * t / max;

			chart_color(cr, grid);
			cairo_move_to(cr, floor(x) + 0.5, top);
			cairo_line_to(cr, floor(x) + 0.5, bottom);
			cairo_stroke(cr);
			chart_color(cr, muted);
			chart_money_short(tmp, sizeof(tmp), t);
			chart_text(cr, x, bottom + 18, 0.5, tmp);
		}
		chart_color(cr, ink);
		chart_font(cr, 13, false);
		chart_text(cr, left + plot_w / 2, bottom + 42, 0.5,
		    "US dollars per month (cloud bill, engineering time and amortised one-time work)");
	}

	/* bars */
	for (i = 0; i < r->nrows; i++) {
		const struct prow *row = &r->rows[i];
		double by = y + pitch * (double)i + (pitch - bar) / 2, x = left;
		struct buf lbl = {0};

		chart_color(cr, row->excluded ? muted : ink);
		chart_font(cr, 14, (int)i == r->rec);
		chart_text(cr, left - 12, by + bar / 2 + 5, 1, row->p->name);
		for (k = 0; k < COMP__MAX; k++) {
			double segw = plot_w * row->comp[k] / max;

			if (segw <= 0)
				continue;
			chart_color(cr, colors[k]);
			cairo_rectangle(cr, x, by, segw, bar);
			cairo_fill(cr);
			x += segw;
		}
		fmt_money(&lbl, row->total);
		if ((int)i == r->rec)
			buf_puts(&lbl, "  recommended");
		else if (row->excluded)
			buf_puts(&lbl, "  excluded");
		chart_color(cr, ink);
		chart_font(cr, 13, (int)i == r->rec);
		chart_text(cr, x + 8, by + bar / 2 + 5, 0, buf_str(&lbl));
		buf_free(&lbl);
	}
	(void)h;
}

/* Height the breakdown chart needs for its rows. */
static double
breakdown_height(const struct report *r)
{
	return 190 + 40 * (double)r->nrows;
}

static cairo_status_t
write_buf(void *closure, const unsigned char *data, unsigned int len)
{
	buf_put(closure, data, len);
	return CAIRO_STATUS_SUCCESS;
}

/*
 * Draw with fn onto a w x h PNG (into png) and SVG (into svg). Returns
 * false after recording Cairo's error.
 */
bool
chart_render(chart_draw_fn fn, const void *arg, double w, double h, struct buf *png,
    struct buf *svg, const char *name, struct diags *d)
{
	cairo_surface_t *s;
	cairo_t *cr;
	cairo_status_t st;

	s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, (int)w, (int)h);
	cr = cairo_create(s);
	fn(cr, w, h, arg);
	st = cairo_status(cr);
	cairo_destroy(cr);
	if (st == CAIRO_STATUS_SUCCESS)
		st = chart_write_png(s, png);
	cairo_surface_destroy(s);
	if (st != CAIRO_STATUS_SUCCESS) {
		diag_add(d, DIAG_ERROR, name, 0, 0, NULL, NULL, "drawing the PNG chart: %s",
		    cairo_status_to_string(st));
		return false;
	}
	s = cairo_svg_surface_create_for_stream(write_buf, svg, w, h);
	cairo_svg_surface_restrict_to_version(s, CAIRO_SVG_VERSION_1_1);
	cr = cairo_create(s);
	fn(cr, w, h, arg);
	st = cairo_status(cr);
	cairo_destroy(cr);
	cairo_surface_finish(s);
	if (st == CAIRO_STATUS_SUCCESS)
		st = cairo_surface_status(s);
	cairo_surface_destroy(s);
	if (st != CAIRO_STATUS_SUCCESS) {
		diag_add(d, DIAG_ERROR, name, 0, 0, NULL, NULL, "drawing the SVG chart: %s",
		    cairo_status_to_string(st));
		return false;
	}
	return true;
}

/* Encode an image surface as PNG into out. */
cairo_status_t
chart_write_png(cairo_surface_t *s, struct buf *out)
{
	return cairo_surface_write_to_png_stream(s, write_buf, out);
}

/* The breakdown chart of a report as PNG and SVG. */
bool
chart_breakdown(const struct report *r, struct buf *png, struct buf *svg, struct diags *d)
{
	return chart_render(draw_breakdown, r, 960, breakdown_height(r), png, svg,
	    "charts/breakdown", d);
}

/*
 * Release Cairo's and fontconfig's process-wide caches, so that memory
 * checkers report only our own leaks. Call once, at exit.
 */
void
chart_shutdown(void)
{
	cairo_debug_reset_static_data();
	FcFini();
}
