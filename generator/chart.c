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
 * distinguishable for the common forms of colour blindness, for the cost
 * components, and for the platforms a colour and line of their own
 * (chart_platform_look), the same in every chart; titles, axis
 * labels with units, tick labels in compact dollars ($12k), a legend, and
 * the value at the end of each bar so small bars stay readable.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>
#include <cairo-svg.h>
#include <png.h>
#include <fontconfig/fontconfig.h>

#include "runsheet.h"
#include "chart.h"
#include "analysis.h"

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

/*
 * Each platform's own colour, by its place in the catalog (the platforms'
 * "order"), the same in every chart of every scenario and in the
 * workbook: the six Okabe-Ito colours that read as lines on white (not
 * its yellow; not black, which is ink) and five darker ones from Paul
 * Tol's schemes and beyond, chosen so that every two differ by at least
 * 26 in CIELAB as lines and 14 as the decision map's lightened fills
 * (tests/unit.c measures both). Serverless platforms are solid and
 * Kubernetes ones dashed, so family reads without colour too.
 */
const unsigned chart_platform_hex[CHART_NPLATFORM_COLORS] = {
	0x0072B2, /* blue */
	0xE69F00, /* orange */
	0x009E73, /* bluish green */
	0xCC79A7, /* reddish purple */
	0x56B4E9, /* sky blue */
	0xD55E00, /* vermillion */
	0x332288, /* indigo */
	0x1F3A5F, /* navy */
	0x882255, /* wine */
	0x999933, /* olive */
	0x6F4E37, /* dark brown */
};

/*
 * The look of platform pi (a catalog index): its own colour and its
 * family's line, solid or dashed; past the palette's eleven colours the
 * colours come round again with dotted and dash-dot lines, so that every
 * colour and line pair stays one platform's up to 44 platforms.
 */
struct chart_look
chart_platform_look(const struct catalog *cat, size_t pi)
{
	struct chart_look l;
	size_t round = pi / CHART_NPLATFORM_COLORS;
	bool k8s = pi < cat->nplatforms && cat->platforms[pi].family != FAM_SERVERLESS;

	l.hex = chart_platform_hex[pi % CHART_NPLATFORM_COLORS];
	l.color.r = ((l.hex >> 16) & 0xff) / 255.0;
	l.color.g = ((l.hex >> 8) & 0xff) / 255.0;
	l.color.b = (l.hex & 0xff) / 255.0;
	l.dash = (enum chart_dash)(((k8s ? 1 : 0) + 2 * round) % DASH__MAX);
	return l;
}

/* Stroke with line style d from now on. */
void
chart_set_dash(cairo_t *cr, enum chart_dash d)
{
	static const double dashed[] = {6, 4}, dotted[] = {1.5, 3}, dashdot[] = {7, 3, 1.5, 3};

	switch (d) {
	case DASH_DASHED:
		cairo_set_dash(cr, dashed, 2, 0);
		break;
	case DASH_DOTTED:
		cairo_set_dash(cr, dotted, 2, 0);
		break;
	case DASH_DASHDOT:
		cairo_set_dash(cr, dashdot, 4, 0);
		break;
	default:
		cairo_set_dash(cr, NULL, 0, 0);
		break;
	}
}

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

/*
 * Draw a legend of n line keys (in line style dashes[i]) in one or more
 * rows; returns its height.
 */
static double
legend_lines(cairo_t *cr, double x, double y, double maxw, const char *const *labels,
    const struct rgb *colors, const enum chart_dash *dashes, int n)
{
	double cx = x, cy = y, key = 26, gap = 18;
	int i;

	chart_font(cr, 13, false);
	for (i = 0; i < n; i++) {
		double w = key + 6 + chart_text_width(cr, labels[i]);

		if (cx > x && cx + w > x + maxw) {
			cx = x;
			cy += 20;
		}
		chart_color(cr, colors[i]);
		cairo_set_line_width(cr, 2.5);
		chart_set_dash(cr, dashes[i]);
		cairo_move_to(cr, cx, cy - 4);
		cairo_line_to(cr, cx + key, cy - 4);
		cairo_stroke(cr);
		cairo_set_dash(cr, NULL, 0, 0);
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

/*
 * The breakdown's scales. One axis for every platform when each total is
 * at least CHART_BAR_READABLE of it. Otherwise (serverless bars of a few
 * hundred dollars beside $20,000 to $40,000 of Kubernetes engineering) a
 * panel per family, serverless then Kubernetes; and within a family whose
 * totals still differ that much (a what-if of billions of requests), a
 * panel per band of totals, the dearer first. Each panel has its own
 * linear axis from $0, marked under it and named in its heading; a dotted
 * line on every other panel marks where the smallest scale ends, and a
 * line under the chart lists the scales. A log axis would make the
 * stacked components' lengths lie, and a broken axis would hide most of
 * the longer bars; panels keep every bar's length true within its panel.
 */

/* The axis end of a nice scale for totals up to max. */
static double
axis_end(double max, double *step)
{
	*step = chart_nice_step(max, 5);
	max = ceil(max / *step) * *step;
	return max > 0 ? max : 1;
}

/* The panels of a breakdown chart (breakdown_panels). */
struct bdpanels {
	size_t n;                  /* panels, in drawing order */
	int *of;                   /* per row: its panel */
	int *fam;                  /* per panel: 0 serverless, 1 Kubernetes, -1 all */
	int *band, *nbands;        /* per panel: its band in its family (from 0), and how many */
	double *max, *step;        /* per panel: its axis end and tick step */
	size_t smallest;           /* the panel with the smallest axis */
};

static int
row_family(const struct report *r, size_t i)
{
	return r->rows[i].p->family == FAM_SERVERLESS ? 0 : 1;
}

/* Whether every total in rows[0..n-1] (row indices) reads on one axis. */
static bool
one_axis_reads(const struct report *r, const size_t *rows, size_t n)
{
	double max = 0, min = 1e300, step;
	size_t i;

	for (i = 0; i < n; i++) {
		max = fmax(max, r->rows[rows[i]].total);
		if (r->rows[rows[i]].total > 0)
			min = fmin(min, r->rows[rows[i]].total);
	}
	return min >= 1e300 || min >= CHART_BAR_READABLE * axis_end(max, &step);
}

/* Sort row indices v[0..n-1] by total, the dearest first, then in listing order. */
static void
sort_by_total(const struct report *r, size_t *v, size_t n)
{
	size_t i, j;

	for (i = 1; i < n; i++) {
		size_t x = v[i];

		for (j = i; j > 0 && (r->rows[v[j - 1]].total < r->rows[x].total ||
		    (r->rows[v[j - 1]].total == r->rows[x].total && v[j - 1] > x)); j--)
			v[j] = v[j - 1];
		v[j] = x;
	}
}

/*
 * Lay out r's breakdown into panels (see above). Caller frees with
 * bdpanels_free.
 */
static void
breakdown_panels(const struct report *r, struct bdpanels *p)
{
	size_t n = r->nrows, i, k, *all = xcalloc(n + 1, sizeof(*all));
	int f;

	memset(p, 0, sizeof(*p));
	p->of = xcalloc(n + 1, sizeof(*p->of));
	p->fam = xcalloc(n + 1, sizeof(*p->fam));
	p->band = xcalloc(n + 1, sizeof(*p->band));
	p->nbands = xcalloc(n + 1, sizeof(*p->nbands));
	p->max = xcalloc(n + 1, sizeof(*p->max));
	p->step = xcalloc(n + 1, sizeof(*p->step));
	for (i = 0; i < n; i++)
		all[i] = i;
	if (one_axis_reads(r, all, n)) {
		p->n = 1;
		p->fam[0] = -1;
		p->nbands[0] = 1;
	} else {
		for (f = 0; f < 2; f++) {
			size_t m = 0, first = p->n;
			double top = 0;

			for (i = 0; i < n; i++)
				if (row_family(r, i) == f)
					all[m++] = i;
			if (m == 0)
				continue;
			/* bands, the dearest first: a row joins the band while it reads on its axis */
			sort_by_total(r, all, m);
			for (k = 0; k < m; k++) {
				double t = r->rows[all[k]].total, step;

				if (k == 0 || (t > 0 && t < CHART_BAR_READABLE * axis_end(top, &step))) {
					p->fam[p->n] = f;
					p->band[p->n] = (int)(p->n - first);
					p->n++;
					top = t;
				}
				p->of[all[k]] = (int)p->n - 1;
			}
			for (k = first; k < p->n; k++)
				p->nbands[k] = (int)(p->n - first);
		}
	}
	for (i = 0; i < n; i++)
		p->max[p->of[i]] = fmax(p->max[p->of[i]], r->rows[i].total);
	for (k = 0; k < p->n; k++) {
		p->max[k] = axis_end(p->max[k], &p->step[k]);
		if (p->max[k] < p->max[p->smallest])
			p->smallest = k;
	}
	free(all);
}

static void
bdpanels_free(struct bdpanels *p)
{
	free(p->of);
	free(p->fam);
	free(p->band);
	free(p->nbands);
	free(p->max);
	free(p->step);
}

/* A panel's name: "serverless", "Kubernetes", with "(1 of 2)" for a band. */
static void
panel_name(struct buf *b, const struct bdpanels *p, size_t k, bool heading)
{
	buf_puts(b, p->fam[k] == 0 ? (heading ? "Serverless platforms" : "serverless") :
	    heading ? "Kubernetes platforms" : "Kubernetes");
	if (p->nbands[k] > 1)
		buf_printf(b, " (%d of %d)", p->band[k] + 1, p->nbands[k]);
}

/* Draw the axis of a panel: grid lines from top to bottom, ticks under it. */
static void
breakdown_axis(cairo_t *cr, double left, double plot_w, double top, double bottom, double max,
    double step)
{
	char tmp[64];
	double t;

	cairo_set_line_width(cr, 1);
	chart_font(cr, 13, false);
	for (int ti = 0; (t = ti * step) <= max + step / 2; ti++) {
		double x = left + plot_w * t / max;

		chart_color(cr, grid);
		cairo_move_to(cr, floor(x) + 0.5, top);
		cairo_line_to(cr, floor(x) + 0.5, bottom);
		cairo_stroke(cr);
		chart_color(cr, muted);
		chart_money_short(tmp, sizeof(tmp), t);
		chart_text(cr, x, bottom + 18, 0.5, tmp);
	}
}

/* A panel's heading: its name, then its scale in grey. */
static void
panel_heading(cairo_t *cr, const struct bdpanels *p, size_t k, double y)
{
	struct buf h = {0}, t = {0};
	char a[32];
	double hw;

	panel_name(&h, p, k, true);
	chart_color(cr, ink);
	chart_font(cr, 13, true);
	chart_text(cr, 24, y, 0, buf_str(&h));
	hw = chart_text_width(cr, buf_str(&h));
	chart_money_short(a, sizeof(a), p->max[k]);
	buf_printf(&t, "on their own scale, to %s", a);
	if (k != p->smallest) {
		h.len = 0;
		panel_name(&h, p, p->smallest, false);
		chart_money_short(a, sizeof(a), p->max[p->smallest]);
		buf_printf(&t, "; dotted: %s, where the %s scale ends", a, buf_str(&h));
	}
	chart_color(cr, muted);
	chart_font(cr, 12, false);
	chart_text(cr, 24 + hw + 10, y, 0, buf_str(&t));
	buf_free(&h);
	buf_free(&t);
}

/*
 * The stacked horizontal bar chart of monthly cost by component, on one
 * scale or in panels; each bar drawn goes to bars when not NULL (at most
 * r->nrows).
 */
static void
draw_breakdown_bars(cairo_t *cr, double w, const struct report *r, struct chart_bar *bars)
{
	const char *labels[COMP__MAX];
	struct rgb colors[COMP__MAX];
	double y, left, right, plot_w, bar = 26, pitch = 40;
	struct bdpanels p;
	int k;
	size_t i, nb = 0, panel;

	breakdown_panels(r, &p);
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
	}
	left += 40;
	right = 110;
	plot_w = w - left - right;

	for (panel = 0; panel < p.n; panel++) {
		double top, bottom, max = p.max[panel];
		size_t n = 0;

		if (p.n > 1) {
			panel_heading(cr, &p, panel, y + 16);
			y += 24;
		}
		for (i = 0; i < r->nrows; i++)
			if (p.of[i] == (int)panel)
				n++;
		top = y;
		bottom = y + pitch * (double)n;
		breakdown_axis(cr, left, plot_w, top, bottom, max, p.step[panel]);
		if (panel != p.smallest) {
			/* where the smallest scale would end on this one */
			static const double dot[] = {2, 3};
			double x = floor(left + plot_w * p.max[p.smallest] / max) + 0.5;

			chart_color(cr, ink);
			cairo_set_line_width(cr, 1);
			cairo_set_dash(cr, dot, 2, 0);
			cairo_move_to(cr, x, top - 4);
			cairo_line_to(cr, x, bottom);
			cairo_stroke(cr);
			cairo_set_dash(cr, NULL, 0, 0);
		}
		/* bars, in listing order */
		for (i = 0; i < r->nrows; i++) {
			const struct prow *row = &r->rows[i];
			double by = y + (pitch - bar) / 2, x = left;
			struct buf lbl = {0};

			if (p.of[i] != (int)panel)
				continue;
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
			if (bars && nb < r->nrows) {
				bars[nb].row = (int)i;
				bars[nb].panel = (int)panel;
				bars[nb].family = p.fam[panel];
				bars[nb].x = left;
				bars[nb].w = x - left;
				bars[nb].plot_w = plot_w;
				bars[nb].axis_max = max;
				nb++;
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
			y += pitch;
		}
		y = bottom + (panel + 1 < p.n ? 34 : 0);
	}
	chart_color(cr, ink);
	chart_font(cr, 13, false);
	chart_text(cr, left + plot_w / 2, y + 42, 0.5,
	    "US dollars per month (cloud bill, engineering time and amortised one-time work)");
	if (p.n > 1) {
		struct buf t = {0};
		char a[32];

		buf_printf(&t, "%zu scales, so that every bar reads: ", p.n);
		for (panel = 0; panel < p.n; panel++) {
			chart_money_short(a, sizeof(a), p.max[panel]);
			buf_puts(&t, panel ? ", " : "");
			panel_name(&t, &p, panel, false);
			buf_printf(&t, " to %s", a);
		}
		chart_color(cr, muted);
		chart_font(cr, 12, false);
		chart_text(cr, left + plot_w / 2, y + 60, 0.5, buf_str(&t));
		buf_free(&t);
	}
	bdpanels_free(&p);
}

static void
draw_breakdown(cairo_t *cr, double w, double h, const void *arg)
{
	(void)h;
	draw_breakdown_bars(cr, w, arg, NULL);
}

/* Height the breakdown chart needs for its rows (and its panels' headings and axes). */
static double
breakdown_height(const struct report *r)
{
	struct bdpanels p;
	double h;

	breakdown_panels(r, &p);
	h = 190 + 40 * (double)r->nrows + (p.n > 1 ? 24 * (double)p.n + 34 * (double)(p.n - 1) +
	    18 : 0);
	bdpanels_free(&p);
	return h;
}

/*
 * The bars of r's breakdown chart as it draws them, on a recording surface
 * (for the tests). Returns how many, with the array in *out (caller frees).
 */
size_t
chart_breakdown_bars(const struct report *r, struct chart_bar **out)
{
	cairo_rectangle_t ext = {0, 0, 960, breakdown_height(r)};
	cairo_surface_t *s = cairo_recording_surface_create(CAIRO_CONTENT_COLOR, &ext);
	cairo_t *cr = cairo_create(s);
	size_t n = 0;

	*out = xcalloc(r->nrows + 1, sizeof(**out));
	draw_breakdown_bars(cr, 960, r, *out);
	cairo_destroy(cr);
	cairo_surface_destroy(s);
	while (n < r->nrows && (*out)[n].plot_w > 0)
		n++;
	return n;
}

/* A log-scale axis position: where v falls between lo and hi, 0 to 1. */
static double
logpos(double v, double lo, double hi)
{
	if (v <= lo)
		return 0;
	return (log10(v) - log10(lo)) / (log10(hi) - log10(lo));
}

/* Round lo down and hi up to powers of ten. */
static void
decades(double *lo, double *hi)
{
	*lo = pow(10, floor(log10(fmax(*lo, 1e-9))));
	*hi = pow(10, ceil(log10(fmax(*hi, *lo * 10))));
	if (*hi <= *lo)
		*hi = *lo * 10;
}

/* Monthly total against workload.scale, log-log, one line per platform. */
static void
draw_breakeven(cairo_t *cr, double w, double h, const void *arg)
{
	const struct report *r = arg;
	const struct analyses *an = r->an;
	const char *labels[32];
	struct rgb colors[32];
	enum chart_dash dashes[32];
	double left = 96, right = 28, top, bottom = h - 70, lo = 1e300, hi = 0, x0, x1, v;
	double pw, ph;
	size_t k, nl = 0;
	int i;
	char tmp[64];

	chart_color(cr, (struct rgb){1, 1, 1});
	cairo_paint(cr);
	top = chart_title(cr, w, "Monthly total as the workload grows",
	    "Everything included; workload.scale multiplies vCPU, memory and requests");
	for (k = 0; k < r->nrows && nl < 32; k++) {
		if (r->rows[k].excluded)
			continue;
		struct chart_look look = chart_platform_look(r->m->cat, (size_t)r->rows[k].pi);

		labels[nl] = r->rows[k].p->name;
		colors[nl] = look.color;
		dashes[nl] = look.dash;
		nl++;
	}
	top += legend_lines(cr, 24, top + 14, w - 48, labels, colors, dashes, (int)nl) + 14;
	for (i = 0; i < an->npoints; i++)
		for (k = 0; k < r->nrows; k++) {
			if (r->rows[k].excluded)
				continue;
			v = an->totals[(size_t)i * r->nrows + k];
			if (v > 0 && v < lo)
				lo = v;
			if (v > hi)
				hi = v;
		}
	if (hi <= 0)
		return;
	decades(&lo, &hi);
	x0 = an->scales[0];
	x1 = an->scales[an->npoints - 1];
	pw = w - left - right;
	ph = bottom - top;
	/* grid: decades on both axes */
	cairo_set_line_width(cr, 1);
	chart_font(cr, 12, false);
	for (int d = 0; (v = lo * pow(10, d)) <= hi * 1.0001; d++) {
		double y = bottom - ph * logpos(v, lo, hi);

		chart_color(cr, (struct rgb){0.87, 0.87, 0.89});
		cairo_move_to(cr, left, floor(y) + 0.5);
		cairo_line_to(cr, left + pw, floor(y) + 0.5);
		cairo_stroke(cr);
		chart_color(cr, (struct rgb){0.38, 0.38, 0.42});
		chart_money_short(tmp, sizeof(tmp), v);
		chart_text(cr, left - 8, y + 4, 1, tmp);
	}
	for (int d = (int)ceil(log10(x0) - 1e-9); (v = pow(10, d)) <= x1 * 1.0001; d++) {
		double x = left + pw * logpos(v, x0, x1);

		chart_color(cr, (struct rgb){0.87, 0.87, 0.89});
		cairo_move_to(cr, floor(x) + 0.5, top);
		cairo_line_to(cr, floor(x) + 0.5, bottom);
		cairo_stroke(cr);
		chart_color(cr, (struct rgb){0.38, 0.38, 0.42});
		snprintf(tmp, sizeof(tmp), "%gx", v);
		chart_text(cr, x, bottom + 18, 0.5, tmp);
	}
	/* the scenario as described */
	{
		double x = left + pw * logpos(1, x0, x1);
		static const double dot[] = {2, 3};

		chart_color(cr, (struct rgb){0.2, 0.2, 0.2});
		cairo_set_dash(cr, dot, 2, 0);
		cairo_move_to(cr, floor(x) + 0.5, top);
		cairo_line_to(cr, floor(x) + 0.5, bottom);
		cairo_stroke(cr);
		cairo_set_dash(cr, NULL, 0, 0);
		chart_font(cr, 12, false);
		chart_text(cr, x + 6, top + 14, 0, "this scenario (1x)");
	}
	cairo_set_line_width(cr, 2.25);
	for (k = 0; k < r->nrows; k++) {
		struct chart_look look;

		if (r->rows[k].excluded)
			continue;
		look = chart_platform_look(r->m->cat, (size_t)r->rows[k].pi);
		chart_color(cr, look.color);
		chart_set_dash(cr, look.dash);
		for (i = 0; i < an->npoints; i++) {
			double x = left + pw * logpos(an->scales[i], x0, x1);
			double y = bottom - ph * logpos(fmax(an->totals[(size_t)i * r->nrows + k], lo),
			    lo, hi);

			if (i == 0)
				cairo_move_to(cr, x, y);
			else
				cairo_line_to(cr, x, y);
		}
		cairo_stroke(cr);
	}
	cairo_set_dash(cr, NULL, 0, 0);
	chart_color(cr, (struct rgb){0.13, 0.13, 0.15});
	chart_font(cr, 13, false);
	chart_text(cr, left + pw / 2, bottom + 44, 0.5,
	    "Scale of the workload (log scale; 1x is the scenario)");
	chart_text_vertical(cr, 22, top + ph / 2, "US dollars per month (log scale)");
}

/* P10 to P90 of each platform's total, P50 marked, base total ticked. */
static void
draw_uncertainty(cairo_t *cr, double w, double h, const void *arg)
{
	const struct report *r = arg;
	const struct analyses *an = r->an;
	double left, right = 150, top, lo = 1e300, hi = 0, pw, pitch = 36, y;
	bool logx;
	size_t k;
	char tmp[96];
	struct buf sub = {0};

	chart_color(cr, (struct rgb){1, 1, 1});
	cairo_paint(cr);
	buf_printf(&sub, "P10 to P90 of %d Monte Carlo samples of every ranged input; "
	    "the dot is P50, the tick today's total", an->samples);
	top = chart_title(cr, w, "How sure the monthly totals are", buf_str(&sub)) + 20;
	buf_free(&sub);
	chart_font(cr, 14, false);
	left = 0;
	for (k = 0; k < r->nrows; k++) {
		double tw = chart_text_width(cr, r->rows[k].p->name);

		if (tw > left)
			left = tw;
		lo = fmin(lo, fmin(an->unc[k].p10, r->rows[k].total));
		hi = fmax(hi, fmax(an->unc[k].p90, r->rows[k].total));
	}
	left += 40;
	pw = w - left - right;
	logx = lo > 0 && hi / lo > 20;
	if (logx) {
		decades(&lo, &hi);
	} else {
		double step = chart_nice_step(hi - fmin(lo, 0), 5);

		lo = 0;
		hi = ceil(hi / step) * step;
	}
#define XPOS(v) (left + pw * (logx ? logpos((v), lo, hi) : ((v) - lo) / (hi - lo)))
	cairo_set_line_width(cr, 1);
	chart_font(cr, 12, false);
	{
		double v, step = logx ? 0 : chart_nice_step(hi - lo, 5);

		for (int i = 0; (v = logx ? lo * pow(10, i) : lo + i * step) <= hi * 1.0001; i++) {
			double x = XPOS(v);

			chart_color(cr, (struct rgb){0.87, 0.87, 0.89});
			cairo_move_to(cr, floor(x) + 0.5, top - 8);
			cairo_line_to(cr, floor(x) + 0.5, top + pitch * (double)r->nrows);
			cairo_stroke(cr);
			chart_color(cr, (struct rgb){0.38, 0.38, 0.42});
			chart_money_short(tmp, sizeof(tmp), v);
			chart_text(cr, x, top + pitch * (double)r->nrows + 16, 0.5, tmp);
		}
	}
	for (k = 0; k < r->nrows; k++) {
		const struct uncertainty *u = &an->unc[k];
		double x10 = XPOS(u->p10), x90 = XPOS(u->p90), x50 = XPOS(u->p50);
		double xb = XPOS(r->rows[k].total);
		struct buf lbl = {0};

		y = top + pitch * (double)k + pitch / 2;
		chart_color(cr, (struct rgb){0.13, 0.13, 0.15});
		chart_font(cr, 14, (int)k == r->rec);
		chart_text(cr, left - 12, y + 5, 1, r->rows[k].p->name);
		chart_color(cr, chart_palette[0]);
		cairo_set_line_width(cr, 8);
		cairo_move_to(cr, x10, y);
		cairo_line_to(cr, fmax(x90, x10 + 1), y);
		cairo_stroke(cr);
		chart_color(cr, chart_palette[5]);
		cairo_arc(cr, x50, y, 6, 0, 6.283185307179586);
		cairo_fill(cr);
		chart_color(cr, (struct rgb){0.13, 0.13, 0.15});
		cairo_set_line_width(cr, 2);
		cairo_move_to(cr, xb, y - 10);
		cairo_line_to(cr, xb, y + 10);
		cairo_stroke(cr);
		if (r->rows[k].excluded) {
			buf_puts(&lbl, "excluded");
		} else {
			fmt_percent(&lbl, u->p_cheapest);
			buf_puts(&lbl, " cheapest");
		}
		chart_font(cr, 12, false);
		chart_text(cr, left + pw + 12, y + 4, 0, buf_str(&lbl));
		buf_free(&lbl);
	}
	chart_color(cr, (struct rgb){0.13, 0.13, 0.15});
	chart_font(cr, 13, false);
	chart_text(cr, left + pw / 2, top + pitch * (double)r->nrows + 42, 0.5,
	    logx ? "US dollars per month (log scale)" : "US dollars per month");
#undef XPOS
	(void)h;
}

/* The sensitivity entries a tornado shows: those that move a total or flip. */
static size_t
tornado_rows(const struct analyses *an, const struct sens **out, size_t max)
{
	size_t i, n = 0;

	for (i = 0; i < an->nsens && n < max; i++)
		if (an->sens[i].swing != 0 || an->sens[i].flips)
			out[n++] = &an->sens[i];
	return n;
}

#define TORNADO_MAX 12
#define TORNADO_PITCH 48       /* a row: up to two lines of label and the cell's name */
#define TORNADO_LABEL_W 330    /* the widest a label's line may be, px */

/* Append s to b with its first letter lowercased, unless it starts an acronym ("ECS", "vCPU"). */
static void
put_lower_first(struct buf *b, const char *s)
{
	if (s[0] >= 'A' && s[0] <= 'Z' && !(s[1] >= 'A' && s[1] <= 'Z')) {
		buf_putc(b, (char)(s[0] - 'A' + 'a'));
		s++;
	}
	buf_puts(b, s);
}

/*
 * The label of input cell c in the tornado, from its description: the
 * first clause (up to ": ", "; ", " (" or ". "), without its full stop,
 * after "<platform name>: " when the cell is a platform's and the clause
 * does not name it ("Time to add capacity during a traffic spike." of
 * cloud_run.scale_up_s reads "Google Cloud Run: time to add capacity
 * during a traffic spike"); on one line of at most TORNADO_LABEL_W px in
 * the current font, else on two split where the longer is shortest, else
 * cut short with an ellipsis. The cell's own name is drawn under it in
 * grey (the report's sensitivity table lists the inputs by name).
 */
static void
tornado_label(cairo_t *cr, const struct catalog *cat, int c, char lines[2][CHART_LABEL_LEN])
{
	const struct cellspec *spec = cat->base[c];
	const char *d = spec->description && *spec->description ? spec->description : spec->name;
	const char *cut[] = {": ", "; ", " (", ". "}, *end = d + strlen(d), *q;
	struct buf clause = {0}, text = {0}, l[2] = {{0}};
	size_t i, len;
	int line = 0;
	char *words, *save = NULL, *wd;

	for (i = 0; i < sizeof(cut) / sizeof(cut[0]); i++)
		if ((q = strstr(d, cut[i])) != NULL && q < end)
			end = q;
	len = (size_t)(end - d);
	while (len > 0 && d[len - 1] == '.')
		len--;
	buf_put(&clause, d, len);
	for (i = 0; i < cat->nplatforms; i++) {
		const struct platform *p = &cat->platforms[i];
		size_t n = strlen(p->id);

		if (strncmp(spec->name, p->id, n) == 0 && spec->name[n] == '.' &&
		    strstr(buf_str(&clause), p->name) == NULL) {
			buf_printf(&text, "%s: ", p->name);
			put_lower_first(&text, buf_str(&clause));
			break;
		}
	}
	if (i == cat->nplatforms)
		buf_puts(&text, buf_str(&clause));
	/*
	 * one line if it fits; else two, split where the longer line is the
	 * shortest; else as much as fits on two, ending in an ellipsis
	 */
	words = xstrdup(buf_str(&text));
	if (chart_text_width(cr, words) <= TORNADO_LABEL_W) {
		buf_puts(&l[0], words);
	} else {
		double best = 1e300;
		char *sp;

		for (sp = strchr(words, ' '); sp; sp = strchr(sp + 1, ' ')) {
			double w0, w1;

			*sp = 0;
			w0 = chart_text_width(cr, words);
			w1 = chart_text_width(cr, sp + 1);
			if (w0 <= TORNADO_LABEL_W && w1 <= TORNADO_LABEL_W && fmax(w0, w1) < best) {
				best = fmax(w0, w1);
				l[0].len = l[1].len = 0;
				buf_puts(&l[0], words);
				buf_puts(&l[1], sp + 1);
			}
			*sp = ' ';
		}
		if (best >= 1e300) {
			/* the first line as full as it goes, the rest cut short */
			for (wd = strtok_r(words, " ", &save); wd; wd = strtok_r(NULL, " ", &save)) {
				size_t was = l[line].len;

				buf_printf(&l[line], "%s%s", was ? " " : "", wd);
				if (was == 0 || chart_text_width(cr, buf_str(&l[line])) <= TORNADO_LABEL_W)
					continue;
				l[line].len = was;
				if (line == 1)
					break;
				line = 1;
				buf_puts(&l[1], wd);
			}
			buf_puts(&l[1], "\xe2\x80\xa6");
			while (chart_text_width(cr, buf_str(&l[1])) > TORNADO_LABEL_W &&
			    (q = strrchr(buf_str(&l[1]), ' ')) != NULL) {
				l[1].len = (size_t)(q - l[1].data);
				buf_puts(&l[1], "\xe2\x80\xa6");
			}
		}
	}
	for (i = 0; i < 2; i++) {
		len = l[i].len < CHART_LABEL_LEN ? l[i].len : CHART_LABEL_LEN - 1;
		memcpy(lines[i], l[i].len ? l[i].data : "", len);
		lines[i][len] = 0;
		buf_free(&l[i]);
	}
	free(words);
	buf_free(&clause);
	buf_free(&text);
}

/*
 * The tornado: for each ranged input that moves them, the monthly totals of
 * the recommended platform and the runner-up as the input goes from its low
 * to its high, largest swing first. Each bar runs from the total at the
 * low to the total at the high, the low end marked; an input whose range
 * changes the verdict is named in bold and outlined. The two platforms are
 * in their own colours (chart_platform_look), as on every other chart;
 * each input is labelled by its description, shortened (tornado_label),
 * with its cell's name under it. Its labels go to labels_out when not NULL.
 */
static void
draw_tornado_labels(cairo_t *cr, double w, const struct report *r, struct chart_label *labels_out)
{
	const struct analyses *an = r->an;
	const struct sens *rows[TORNADO_MAX];
	size_t n = tornado_rows(an, rows, TORNADO_MAX), k;
	double left, right = 40, top, lo, hi, pw, pitch = TORNADO_PITCH, step, v, brec, bru;
	char (*lbl)[2][CHART_LABEL_LEN] = xcalloc(n + 1, sizeof(*lbl));
	char tmp[64];
	const char *labels[3];
	struct rgb colors[3];
	struct buf l0 = {0}, l1 = {0};

	chart_color(cr, (struct rgb){1, 1, 1});
	cairo_paint(cr);
	top = chart_title(cr, w, "Which assumptions move the decision",
	    "Monthly totals with each ranged input at its low (circle) and its high (bar end), "
	    "largest swing first");
	brec = r->rows[r->rec].total;
	bru = an->runner_up >= 0 ? r->rows[an->runner_up].total : brec;
	buf_printf(&l0, "%s (recommended)", r->rows[r->rec].p->name);
	buf_printf(&l1, "%s (runner-up)", an->runner_up >= 0 ?
	    r->rows[an->runner_up].p->name : "none");
	labels[0] = buf_str(&l0);
	labels[1] = buf_str(&l1);
	labels[2] = "Range changes the verdict";
	/* each platform in its own colour, as on the break-even chart and the map */
	colors[0] = chart_platform_look(r->m->cat, (size_t)r->rows[r->rec].pi).color;
	colors[1] = an->runner_up >= 0 ?
	    chart_platform_look(r->m->cat, (size_t)r->rows[an->runner_up].pi).color : muted;
	colors[2] = ink;
	for (k = 0; k < n && !rows[k]->flips; k++)
		;
	top += chart_legend(cr, 24, top + 14, w - 48, labels, colors, k < n ? 3 : 2) + 16;
	buf_free(&l0);
	buf_free(&l1);
	chart_font(cr, 13, false);
	left = 0;
	lo = fmin(brec, bru);
	hi = fmax(brec, bru);
	for (k = 0; k < n; k++) {
		const struct sens *x = rows[k];
		int ln;

		chart_font(cr, 13, x->flips);
		tornado_label(cr, r->m->cat, x->cell, lbl[k]);
		for (ln = 0; ln < 2; ln++)
			left = fmax(left, chart_text_width(cr, lbl[k][ln]));
		chart_font(cr, 11, false);
		left = fmax(left, chart_text_width(cr, r->m->cat->base[x->cell]->name));
		if (labels_out) {
			labels_out[k].cell = x->cell;
			memcpy(labels_out[k].line, lbl[k], sizeof(lbl[k]));
		}
		lo = fmin(lo, fmin(fmin(x->rec_low, x->rec_high), fmin(x->ru_low, x->ru_high)));
		hi = fmax(hi, fmax(fmax(x->rec_low, x->rec_high), fmax(x->ru_low, x->ru_high)));
	}
	left += 36;
	pw = w - left - right;
	step = chart_nice_step(hi - lo, 5);
	lo = floor(lo / step) * step;
	hi = ceil(hi / step) * step;
	if (hi <= lo)
		hi = lo + step;
#define XPOS(v) (left + pw * ((v) - lo) / (hi - lo))
	cairo_set_line_width(cr, 1);
	chart_font(cr, 12, false);
	for (int i = 0; (v = lo + i * step) <= hi + step / 2; i++) {
		double x = XPOS(v);

		chart_color(cr, grid);
		cairo_move_to(cr, floor(x) + 0.5, top - 6);
		cairo_line_to(cr, floor(x) + 0.5, top + pitch * (double)n);
		cairo_stroke(cr);
		chart_color(cr, muted);
		chart_money_short(tmp, sizeof(tmp), v);
		chart_text(cr, x, top + pitch * (double)n + 16, 0.5, tmp);
	}
	/* today's totals */
	{
		static const double dash[] = {4, 3};
		int s;

		cairo_set_dash(cr, dash, 2, 0);
		cairo_set_line_width(cr, 1.5);
		for (s = 0; s < 2; s++) {
			double x = floor(XPOS(s ? bru : brec)) + 0.5;

			chart_color(cr, colors[s]);
			cairo_move_to(cr, x, top - 6);
			cairo_line_to(cr, x, top + pitch * (double)n);
			cairo_stroke(cr);
		}
		cairo_set_dash(cr, NULL, 0, 0);
	}
	for (k = 0; k < n; k++) {
		const struct sens *x = rows[k];
		double y = top + pitch * (double)k + pitch / 2;
		int s;

		if (x->flips) {
			chart_color(cr, ink);
			cairo_set_line_width(cr, 2);
			cairo_rectangle(cr, left - 4, y - pitch / 2 + 2, pw + 8, pitch - 4);
			cairo_stroke(cr);
		}
		/* the label, one or two lines, and the cell's name under it in grey */
		chart_color(cr, ink);
		chart_font(cr, 13, x->flips);
		if (lbl[k][1][0]) {
			chart_text(cr, left - 12, y - 8, 1, lbl[k][0]);
			chart_text(cr, left - 12, y + 6, 1, lbl[k][1]);
		} else {
			chart_text(cr, left - 12, y - 1, 1, lbl[k][0]);
		}
		chart_color(cr, muted);
		chart_font(cr, 11, false);
		chart_text(cr, left - 12, lbl[k][1][0] ? y + 19 : y + 13, 1,
		    r->m->cat->base[x->cell]->name);
		for (s = 0; s < 2; s++) {
			double a = XPOS(s ? x->ru_low : x->rec_low);
			double b = XPOS(s ? x->ru_high : x->rec_high);
			double yy = y + (s ? 6 : -6);

			chart_color(cr, colors[s]);
			cairo_rectangle(cr, fmin(a, b), yy - 4, fmax(fabs(b - a), 2), 8);
			cairo_fill(cr);
			cairo_arc(cr, a, yy, 4.5, 0, 6.283185307179586);
			chart_color(cr, (struct rgb){1, 1, 1});
			cairo_fill_preserve(cr);
			chart_color(cr, colors[s]);
			cairo_set_line_width(cr, 2);
			cairo_stroke(cr);
		}
	}
	chart_color(cr, ink);
	chart_font(cr, 13, false);
	chart_text(cr, left + pw / 2, top + pitch * (double)n + 42, 0.5,
	    "Monthly total (US dollars); dashed lines: today's totals");
#undef XPOS
	free(lbl);
}

static void
draw_tornado(cairo_t *cr, double w, double h, const void *arg)
{
	(void)h;
	draw_tornado_labels(cr, w, arg, NULL);
}

/* The tornado's height for its rows. */
static double
tornado_height(size_t n)
{
	return 190 + TORNADO_PITCH * (double)n;
}

/*
 * The labels of r's tornado as it draws them, on a recording surface (for
 * the tests). Returns how many, with the array in *out (caller frees); 0
 * when r has no tornado.
 */
size_t
chart_tornado_labels(const struct report *r, struct chart_label **out)
{
	const struct sens *rows[TORNADO_MAX];
	cairo_rectangle_t ext = {0, 0, 960, 0};
	cairo_surface_t *s;
	cairo_t *cr;
	size_t n;

	*out = NULL;
	if (r->an == NULL || r->rec < 0 || (n = tornado_rows(r->an, rows, TORNADO_MAX)) == 0)
		return 0;
	ext.height = tornado_height(n);
	s = cairo_recording_surface_create(CAIRO_CONTENT_COLOR, &ext);
	cr = cairo_create(s);
	*out = xcalloc(n + 1, sizeof(**out));
	draw_tornado_labels(cr, 960, r, *out);
	cairo_destroy(cr);
	cairo_surface_destroy(s);
	return n;
}

static cairo_status_t
write_buf(void *closure, const unsigned char *data, unsigned int len)
{
	buf_put(closure, data, len);
	return CAIRO_STATUS_SUCCESS;
}

/*
 * Cairo numbers the surfaces of a process ("surface1042") in the ids of
 * its SVG, so the same chart drawn after a different number of others
 * would differ. Renumber every "surfaceN" from 1 in order of appearance:
 * the SVG then depends on the chart alone (and -j, shards and reused
 * scenarios give the same bytes).
 */
static void
svg_renumber(struct buf *svg)
{
	struct buf out = {0};
	const char *p = buf_str(svg), *q;
	unsigned long seen[64];
	size_t nseen = 0, i;

	while ((q = strstr(p, "surface")) != NULL) {
		const char *digits = q + 7;
		char *end;
		unsigned long n;

		buf_put(&out, p, (size_t)(digits - p));
		if (*digits < '0' || *digits > '9') {
			p = digits;
			continue;
		}
		n = strtoul(digits, &end, 10);
		for (i = 0; i < nseen && seen[i] != n; i++)
			;
		if (i == nseen && nseen < sizeof(seen) / sizeof(seen[0]))
			seen[nseen++] = n;
		buf_printf(&out, "%zu", i + 1);
		p = end;
	}
	buf_puts(&out, p);
	buf_free(svg);
	*svg = out;
}

/*
 * An RGB24 image surface of w x h over this thread's pixel buffer, kept
 * from chart to chart: a fresh surface for every chart costs more in page
 * faults on its new memory than drawing on it does. The buffer lives as
 * long as the thread (freed by chart_thread_done).
 */
static _Thread_local unsigned char *pixels;
static _Thread_local size_t npixels;

static cairo_surface_t *
image_surface(int w, int h)
{
	int stride = cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, w);
	size_t need = (size_t)stride * (size_t)(h > 0 ? h : 1);

	if (stride <= 0 || w <= 0 || h <= 0 || h > 32767)
		return cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h); /* its error */
	if (need > npixels) {
		free(pixels);
		pixels = xmalloc(need);
		npixels = need;
	}
	return cairo_image_surface_create_for_data(pixels, CAIRO_FORMAT_RGB24, w, h, stride);
}

/* Free the calling thread's chart buffer. */
void
chart_thread_done(void)
{
	free(pixels);
	pixels = NULL;
	npixels = 0;
}

/* make bench: the one who records every chart's drawing (chart_record). */
static chart_record_fn recorder;
static void *recorder_arg;

/*
 * From now on, also draw every chart onto a cairo recording surface and
 * hand it to fn (NULL: stop), before and outside the timed drawing. For
 * the benchmark's floor (bench/floor.c), which replays the same drawing
 * operations onto bare PNG and SVG surfaces. Not thread-safe: set it
 * before building, on one thread.
 */
void
chart_record(chart_record_fn fn, void *arg)
{
	recorder = fn;
	recorder_arg = arg;
}

/*
 * Draw with fn onto a w x h PNG (into png) and SVG (into svg). secs, if
 * not NULL, gains the seconds spent on each ([0] PNG, [1] SVG). Returns
 * false after recording Cairo's error.
 */
bool
chart_render(chart_draw_fn fn, const void *arg, double w, double h, struct buf *png,
    struct buf *svg, const char *name, double *secs, struct diags *d)
{
	cairo_surface_t *s;
	cairo_t *cr;
	cairo_status_t st;
	double t;

	if (recorder) {
		cairo_rectangle_t ext = {0, 0, w, h};

		s = cairo_recording_surface_create(CAIRO_CONTENT_COLOR, &ext);
		cr = cairo_create(s);
		fn(cr, w, h, arg);
		cairo_destroy(cr);
		recorder(s, w, h, recorder_arg);
		cairo_surface_destroy(s);
	}
	t = now_seconds();

	s = image_surface((int)w, (int)h);
	cr = cairo_create(s);
	fn(cr, w, h, arg);
	st = cairo_status(cr);
	cairo_destroy(cr);
	cairo_surface_flush(s);
	if (st == CAIRO_STATUS_SUCCESS && !chart_write_png(s, png))
		st = CAIRO_STATUS_WRITE_ERROR;
	cairo_surface_destroy(s);
	if (st != CAIRO_STATUS_SUCCESS) {
		diag_add(d, DIAG_ERROR, name, 0, 0, NULL, NULL, "drawing the PNG chart: %s",
		    cairo_status_to_string(st));
		return false;
	}
	if (secs)
		secs[0] += now_seconds() - t;
	t = now_seconds();
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
	if (st == CAIRO_STATUS_SUCCESS)
		svg_renumber(svg);
	if (secs)
		secs[1] += now_seconds() - t;
	if (st != CAIRO_STATUS_SUCCESS) {
		diag_add(d, DIAG_ERROR, name, 0, 0, NULL, NULL, "drawing the SVG chart: %s",
		    cairo_status_to_string(st));
		return false;
	}
	return true;
}

static void
png_to_buf(png_structp png, png_bytep data, png_size_t len)
{
	buf_put(png_get_io_ptr(png), data, len);
}

static void
png_flush_none(png_structp png)
{
	(void)png;
}

/*
 * Encode an RGB24 image surface as PNG into out with libpng directly:
 * 8-bit RGB, the "sub" filter and zlib level 3, which is several times
 * faster than cairo's own writer for the flat-coloured charts at a few
 * percent more bytes. Deterministic: no time, no text chunks.
 */
bool
chart_write_png(cairo_surface_t *s, struct buf *out)
{
	int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s);
	int stride = cairo_image_surface_get_stride(s), y, x;
	const unsigned char *data = cairo_image_surface_get_data(s);
	png_structp png;
	png_infop info;
	unsigned char *row;

	if (data == NULL || w <= 0 || h <= 0)
		return false;
	png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
	info = png ? png_create_info_struct(png) : NULL;
	if (info == NULL) {
		png_destroy_write_struct(&png, NULL);
		return false;
	}
	row = xcalloc((size_t)w * 3 + 1, 1);
	if (setjmp(png_jmpbuf(png))) {
		png_destroy_write_struct(&png, &info);
		free(row);
		return false;
	}
	png_set_write_fn(png, out, png_to_buf, png_flush_none);
	png_set_IHDR(png, info, (png_uint_32)w, (png_uint_32)h, 8, PNG_COLOR_TYPE_RGB,
	    PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
	png_set_compression_level(png, 3);
	png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
	png_write_info(png, info);
	for (y = 0; y < h; y++) {
		const uint32_t *px = (const uint32_t *)(const void *)(data + (size_t)y * (size_t)stride);

		for (x = 0; x < w; x++) {
			unsigned char *o = row + (size_t)x * 3;

			o[0] = (unsigned char)(px[x] >> 16);
			o[1] = (unsigned char)(px[x] >> 8);
			o[2] = (unsigned char)px[x];
		}
		png_write_row(png, row);
	}
	png_write_end(png, NULL);
	png_destroy_write_struct(&png, &info);
	free(row);
	return true;
}

/*
 * Set up what every chart shares before any thread draws one: fontconfig's
 * configuration and cairo's font cache for DejaVu Sans.
 */
void
chart_init(void)
{
	cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 8, 8);
	cairo_t *cr = cairo_create(s);

	FcInit();
	chart_font(cr, 12, false);
	chart_text_width(cr, "0");
	chart_font(cr, 12, true);
	chart_text_width(cr, "0");
	cairo_destroy(cr);
	cairo_surface_destroy(s);
}

/* The breakdown chart of a report as PNG and SVG. */
bool
chart_breakdown(const struct report *r, struct buf *png, struct buf *svg, double *secs,
    struct diags *d)
{
	return chart_render(draw_breakdown, r, 960, breakdown_height(r), png, svg,
	    "charts/breakdown", secs, d);
}

/*
 * Release Cairo's and fontconfig's process-wide caches, so that memory
 * checkers report only our own leaks. Call once, at exit.
 */
void
chart_shutdown(void)
{
	chart_thread_done();
	cairo_debug_reset_static_data();
	FcFini();
}

/* The analysis charts of a report that has analyses: breakeven,
 * uncertainty and tornado, each as PNG and SVG into the buffers given
 * (index 0 breakeven, 1 uncertainty, 2 tornado). A chart with nothing to
 * show is skipped (its buffers stay empty). */
bool
chart_analyses(const struct report *r, struct buf png[3], struct buf svg[3], double *secs,
    struct diags *d)
{
	const struct analyses *an = r->an;
	size_t n;

	if (an == NULL)
		return true;
	if (an->npoints > 1 && r->nrows > 0 &&
	    !chart_render(draw_breakeven, r, 960, 600, &png[0], &svg[0], "charts/breakeven", secs, d))
		return false;
	if (an->unc && r->nrows > 0 &&
	    !chart_render(draw_uncertainty, r, 960, 150 + 36 * (double)r->nrows, &png[1],
	    &svg[1], "charts/uncertainty", secs, d))
		return false;
	{
		const struct sens *rows[TORNADO_MAX];

		n = tornado_rows(an, rows, TORNADO_MAX);
	}
	if (n > 0 && r->rec >= 0 &&
	    !chart_render(draw_tornado, r, 960, tornado_height(n), &png[2], &svg[2],
	    "charts/tornado", secs, d))
		return false;
	return true;
}
