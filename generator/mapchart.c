/*
 * mapchart.c -- the decision map drawn: charts/map, map-family, map-small.
 *
 * The map (map.c) gives the answer at every grid point and, on each grid
 * line where it changes, the place it changes (found by bisection). The
 * regions are drawn from both: each grid cell is split into four quads,
 * one per corner, meeting at the cell's centre (or, when the corners
 * disagree, at the mean of the crossings on its edges), and each quad
 * takes its corner's colour. The borders are the lines from each crossing
 * to that centre, so they pass through every crossing the model found.
 * A run of cells whose corners agree is one rectangle, which keeps the SVG
 * small; each colour is one path, filled once, so shared edges leave no
 * seam in either renderer.
 *
 * Colour is not the only cue: every region of some size carries its
 * platform's name, Kubernetes regions are hatched, and the legend shows
 * both, so the map reads in grey and for colour-blind readers. The seeds'
 * stage lines (the stage.* cells in an axis's unit) are dashed lines, and
 * the scenario is marked "this scenario". Every label is laid out before
 * anything is drawn, each clear of those placed before it (stage lines and
 * labels, the scenario, then the regions' names, each inside its region
 * on one, two or three lines): no text is printed over another or across
 * a line. A region with no room for its name is named by the legend.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>

#include "runsheet.h"
#include "chart.h"
#include "analysis.h"

#define PI 3.14159265358979323846

static const struct rgb ink = {0.13, 0.13, 0.15};
static const struct rgb muted = {0.38, 0.38, 0.42};
static const struct rgb none_fill = {0.86, 0.86, 0.86};

enum mapmode { MAP_PLATFORM, MAP_FAMILY, MAP_SMALL };

/* What a map chart is drawn from. */
struct mapview {
	const struct report *r;
	const struct decision_map *dm;
	enum mapmode mode;
	int nclass;            /* classes: platforms (or 2 families), then "none" last */
	int *cls;              /* [j * nx + i]: the class at each grid point */
	struct rgb *color;     /* per class: its colour (a platform's own, chart_platform_look) */
	bool *hatch;           /* per class: a Kubernetes class */
	bool *present;         /* per class: on the map */
	int *fxb, *fyb;        /* per grid edge: its first crossing (index into borders) or -1 */
	double left, top, pw, ph;
};

/*
 * The labels of a map and what they must not cover, laid out before any is
 * drawn: the stage lines and their labels, the scenario's marker and its
 * label, then each region's name, each placed where its box overlaps no
 * box placed before it (chart_map_marks hands the same boxes to the tests).
 */
struct marks {
	struct chart_mark *m;
	size_t n, cap;
};

/* The class of a platform (catalog index, -1 for none) in view v. */
static int
class_of(const struct mapview *v, int pi)
{
	if (pi < 0)
		return v->nclass - 1;
	if (v->mode == MAP_PLATFORM)
		return pi;
	return v->r->m->cat->platforms[pi].family == FAM_SERVERLESS ? 0 : 1;
}

static const char *
class_name(const struct mapview *v, int k)
{
	if (k == v->nclass - 1)
		return "none left";
	if (v->mode == MAP_PLATFORM)
		return v->r->m->cat->platforms[k].name;
	return k == 0 ? "Serverless" : "Kubernetes";
}

/* A class's colour lightened for a region's fill. */
static struct rgb
fill_of(const struct mapview *v, int k)
{
	struct rgb c;

	if (k == v->nclass - 1)
		return none_fill;
	c = v->color[k];
	c.r = 0.45 + 0.55 * c.r;
	c.g = 0.45 + 0.55 * c.g;
	c.b = 0.45 + 0.55 * c.b;
	return c;
}

static double
axis_pos(const struct map_axis *a, double v)
{
	double lo = a->values[0], hi = a->values[a->n - 1];

	if (hi <= lo)
		return 0;
	if (a->log)
		return (log10(v) - log10(lo)) / (log10(hi) - log10(lo));
	return (v - lo) / (hi - lo);
}

static double
px(const struct mapview *v, double x)
{
	return v->left + v->pw * axis_pos(&v->dm->x, x);
}

static double
py(const struct mapview *v, double y)
{
	return v->top + v->ph * (1 - axis_pos(&v->dm->y, y));
}

/* Set up the view: classes, colours, and the first crossing on each grid edge. */
static void
view_init(struct mapview *v, const struct report *r, enum mapmode mode)
{
	const struct decision_map *dm = r->an->map;
	const struct catalog *cat = r->m->cat;
	int nx = dm->x.n, ny = dm->y.n, i, k;
	size_t b;

	memset(v, 0, sizeof(*v));
	v->r = r;
	v->dm = dm;
	v->mode = mode;
	v->nclass = (mode == MAP_PLATFORM ? (int)cat->nplatforms : 2) + 1;
	v->cls = xcalloc((size_t)nx * (size_t)ny + 1, sizeof(*v->cls));
	v->color = xcalloc((size_t)v->nclass, sizeof(*v->color));
	v->hatch = xcalloc((size_t)v->nclass, sizeof(*v->hatch));
	v->present = xcalloc((size_t)v->nclass, sizeof(*v->present));
	for (i = 0; i < nx * ny; i++) {
		v->cls[i] = class_of(v, dm->platform[i]);
		v->present[v->cls[i]] = true;
	}
	v->present[class_of(v, dm->here)] = true;
	/* a platform in its own colour, as in every chart; the families blue and orange */
	for (k = 0; k < v->nclass - 1; k++) {
		v->hatch[k] = mode == MAP_PLATFORM ? cat->platforms[k].family != FAM_SERVERLESS : k == 1;
		v->color[k] = mode == MAP_PLATFORM ? chart_platform_look(cat, (size_t)k).color :
		    chart_palette[k];
	}
	v->color[v->nclass - 1] = none_fill;
	v->fxb = xcalloc((size_t)nx * (size_t)ny + 1, sizeof(*v->fxb));
	v->fyb = xcalloc((size_t)nx * (size_t)ny + 1, sizeof(*v->fyb));
	for (i = 0; i < nx * ny; i++)
		v->fxb[i] = v->fyb[i] = -1;
	for (b = 0; b < dm->nborders; b++) {
		const struct map_border *x = &dm->borders[b];
		int *slot = x->along == 'x' ? &v->fxb[x->j * nx + x->i] : &v->fyb[x->j * nx + x->i];

		/* the first crossing where the class changes */
		if (*slot < 0 && class_of(v, x->before) != class_of(v, x->after))
			*slot = (int)b;
	}
}

static void
view_free(struct mapview *v)
{
	free(v->cls);
	free(v->color);
	free(v->hatch);
	free(v->present);
	free(v->fxb);
	free(v->fyb);
}

/* Add polygon p (n points) to the path, always in the same turning sense. */
static void
add_poly(cairo_t *cr, const double (*p)[2], int n)
{
	double area = 0;
	int k;

	for (k = 0; k < n; k++)
		area += p[k][0] * p[(k + 1) % n][1] - p[(k + 1) % n][0] * p[k][1];
	if (fabs(area) < 1e-9)
		return;
	for (k = 0; k < n; k++) {
		int q = area > 0 ? k : n - 1 - k;

		if (k == 0)
			cairo_move_to(cr, p[q][0], p[q][1]);
		else
			cairo_line_to(cr, p[q][0], p[q][1]);
	}
	cairo_close_path(cr);
}

/*
 * The geometry of grid cell (i, j): its corners' classes and points, the
 * point on each edge (the crossing where the classes differ, the middle
 * else), its centre, and which edges cross. Edges: 0 bottom (row j), 1
 * right (column i+1), 2 top (row j+1), 3 left (column i); corners: 0
 * (i, j), 1 (i+1, j), 2 (i+1, j+1), 3 (i, j+1).
 */
struct cellgeo {
	int c[4];
	double p[4][2];
	double e[4][2];
	bool cross[4];
	double mid[2];
};

static void
cell_geo(const struct mapview *v, int i, int j, struct cellgeo *g)
{
	const struct decision_map *dm = v->dm;
	int nx = dm->x.n, k, nc = 0;
	double x0 = px(v, dm->x.values[i]), x1 = px(v, dm->x.values[i + 1]);
	double y0 = py(v, dm->y.values[j]), y1 = py(v, dm->y.values[j + 1]);
	int slot[4];

	g->c[0] = v->cls[j * nx + i];
	g->c[1] = v->cls[j * nx + i + 1];
	g->c[2] = v->cls[(j + 1) * nx + i + 1];
	g->c[3] = v->cls[(j + 1) * nx + i];
	g->p[0][0] = x0, g->p[0][1] = y0;
	g->p[1][0] = x1, g->p[1][1] = y0;
	g->p[2][0] = x1, g->p[2][1] = y1;
	g->p[3][0] = x0, g->p[3][1] = y1;
	slot[0] = v->fxb[j * nx + i];
	slot[1] = v->fyb[j * nx + i + 1];
	slot[2] = v->fxb[(j + 1) * nx + i];
	slot[3] = v->fyb[j * nx + i];
	g->mid[0] = g->mid[1] = 0;
	for (k = 0; k < 4; k++) {
		const double *a = g->p[k], *b = g->p[(k + 1) % 4];

		g->cross[k] = g->c[k] != g->c[(k + 1) % 4] && slot[k] >= 0;
		if (g->cross[k]) {
			double at = dm->borders[slot[k]].at;

			if (k % 2 == 0) {
				g->e[k][0] = px(v, at);
				g->e[k][1] = a[1];
			} else {
				g->e[k][0] = a[0];
				g->e[k][1] = py(v, at);
			}
			g->mid[0] += g->e[k][0];
			g->mid[1] += g->e[k][1];
			nc++;
		} else {
			g->e[k][0] = (a[0] + b[0]) / 2;
			g->e[k][1] = (a[1] + b[1]) / 2;
		}
	}
	if (nc > 0) {
		g->mid[0] /= nc;
		g->mid[1] /= nc;
	} else {
		g->mid[0] = (x0 + x1) / 2;
		g->mid[1] = (y0 + y1) / 2;
	}
}

/* Whether the four corners of cell (i, j) are all class k. */
static bool
cell_all(const struct mapview *v, int i, int j, int k)
{
	int nx = v->dm->x.n;

	return v->cls[j * nx + i] == k && v->cls[j * nx + i + 1] == k &&
	    v->cls[(j + 1) * nx + i] == k && v->cls[(j + 1) * nx + i + 1] == k;
}

/* The path of class k's region: rectangles for runs of whole cells, quads else. */
static void
class_path(cairo_t *cr, const struct mapview *v, int k)
{
	const struct decision_map *dm = v->dm;
	int i, j, c;

	cairo_new_path(cr);
	for (j = 0; j + 1 < dm->y.n; j++) {
		for (i = 0; i + 1 < dm->x.n;) {
			if (cell_all(v, i, j, k)) {
				int e = i;
				double q[4][2];

				while (e + 1 < dm->x.n - 1 && cell_all(v, e + 1, j, k))
					e++;
				q[0][0] = px(v, dm->x.values[i]), q[0][1] = py(v, dm->y.values[j]);
				q[1][0] = px(v, dm->x.values[e + 1]), q[1][1] = q[0][1];
				q[2][0] = q[1][0], q[2][1] = py(v, dm->y.values[j + 1]);
				q[3][0] = q[0][0], q[3][1] = q[2][1];
				add_poly(cr, (const double (*)[2])q, 4);
				i = e + 1;
				continue;
			}
			{
				struct cellgeo g;

				cell_geo(v, i, j, &g);
				for (c = 0; c < 4; c++) {
					double q[4][2];

					if (g.c[c] != k)
						continue;
					q[0][0] = g.p[c][0], q[0][1] = g.p[c][1];
					q[1][0] = g.e[c][0], q[1][1] = g.e[c][1];
					q[2][0] = g.mid[0], q[2][1] = g.mid[1];
					q[3][0] = g.e[(c + 3) % 4][0], q[3][1] = g.e[(c + 3) % 4][1];
					add_poly(cr, (const double (*)[2])q, 4);
				}
			}
			i++;
		}
	}
}

/* Diagonal hatching over the current clip. */
static void
hatch_area(cairo_t *cr, const struct mapview *v, double gap)
{
	double d;

	cairo_set_source_rgba(cr, 0.1, 0.1, 0.12, 0.32);
	cairo_set_line_width(cr, 1);
	for (d = -v->ph; d < v->pw; d += gap) {
		cairo_move_to(cr, v->left + d, v->top + v->ph);
		cairo_line_to(cr, v->left + d + v->ph, v->top);
	}
	cairo_stroke(cr);
}

static void
draw_regions(cairo_t *cr, const struct mapview *v, double gap)
{
	int k;

	for (k = 0; k < v->nclass; k++) {
		if (!v->present[k])
			continue;
		class_path(cr, v, k);
		chart_color(cr, fill_of(v, k));
		if (v->hatch[k]) {
			cairo_fill_preserve(cr);
			cairo_save(cr);
			cairo_clip(cr);
			hatch_area(cr, v, gap);
			cairo_restore(cr);
		} else {
			cairo_fill(cr);
		}
	}
}

/* The borders: from each crossing on a cell's edges to the cell's centre. */
static void
draw_borders(cairo_t *cr, const struct mapview *v, double width)
{
	const struct decision_map *dm = v->dm;
	int i, j, k;

	cairo_new_path(cr);
	for (j = 0; j + 1 < dm->y.n; j++)
		for (i = 0; i + 1 < dm->x.n; i++) {
			struct cellgeo g;

			if (cell_all(v, i, j, v->cls[j * dm->x.n + i]))
				continue;
			cell_geo(v, i, j, &g);
			for (k = 0; k < 4; k++) {
				if (g.c[k] == g.c[(k + 1) % 4])
					continue;
				cairo_move_to(cr, g.e[k][0], g.e[k][1]);
				cairo_line_to(cr, g.mid[0], g.mid[1]);
			}
		}
	chart_color(cr, ink);
	cairo_set_line_width(cr, width);
	cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
	cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
	cairo_stroke(cr);
	cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
}

/*
 * Text on a white, slightly see-through label so it reads over any fill
 * (a plate rather than an outlined halo: outlines would put every glyph's
 * path into the SVG).
 */
static void
halo_text(cairo_t *cr, double x, double y, double align, const char *s)
{
	cairo_font_extents_t fe;
	double w = chart_text_width(cr, s), x0 = x - w * align, r = 3;
	double top, bot;

	cairo_font_extents(cr, &fe);
	top = y - fe.ascent + 1;
	bot = y + fe.descent - 1;
	cairo_new_path(cr);
	cairo_arc(cr, x0 - 3 + r, top - 1 + r, r, PI, 1.5 * PI);
	cairo_arc(cr, x0 + w + 3 - r, top - 1 + r, r, 1.5 * PI, 2 * PI);
	cairo_arc(cr, x0 + w + 3 - r, bot + 1 - r, r, 0, 0.5 * PI);
	cairo_arc(cr, x0 - 3 + r, bot + 1 - r, r, 0.5 * PI, PI);
	cairo_close_path(cr);
	cairo_set_source_rgba(cr, 1, 1, 1, 0.82);
	cairo_fill(cr);
	chart_color(cr, ink);
	cairo_move_to(cr, x0, y);
	cairo_show_text(cr, s);
	cairo_new_path(cr);
}

/* Whether boxes a and b overlap (touching is not overlapping). */
static bool
boxes_overlap(const struct chart_mark *a, const struct chart_mark *b)
{
	return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

/* Whether box c overlaps any mark placed so far. */
static bool
marks_hit(const struct marks *ms, const struct chart_mark *c)
{
	size_t i;

	for (i = 0; i < ms->n; i++)
		if (boxes_overlap(&ms->m[i], c))
			return true;
	return false;
}

static void
marks_add(struct marks *ms, const struct chart_mark *c)
{
	if (ms->n == ms->cap) {
		ms->cap = ms->cap ? 2 * ms->cap : 16;
		ms->m = xreallocarray(ms->m, ms->cap, sizeof(*ms->m));
	}
	ms->m[ms->n++] = *c;
}

/*
 * The box of a label of n lines (1 to CHART_MARK_LINES) in the current
 * font, its first baseline at y and the next each size + 4 below, aligned
 * at x (0 left edge, 0.5 centre, 1 right edge), with the plate halo_text
 * draws around each line.
 */
static struct chart_mark
text_box(cairo_t *cr, enum chart_mark_kind kind, double x, double y, double align,
    double size, const char *const *lines, int n)
{
	struct chart_mark c;
	cairo_font_extents_t fe;
	double w = 0;
	int i;

	memset(&c, 0, sizeof(c));
	cairo_font_extents(cr, &fe);
	for (i = 0; i < n && i < CHART_MARK_LINES; i++) {
		w = fmax(w, chart_text_width(cr, lines[i]));
		snprintf(c.line[i], sizeof(c.line[i]), "%s", lines[i]);
		c.y[i] = y + i * (size + 4);
	}
	c.kind = kind;
	c.x0 = x - w * align - 3;
	c.x1 = c.x0 + w + 6;
	c.y0 = y - fe.ascent;
	c.y1 = c.y[i - 1] + fe.descent;
	c.x = x;
	c.align = align;
	c.size = size;
	return c;
}

/* A label of one line. */
static struct chart_mark
text_box1(cairo_t *cr, enum chart_mark_kind kind, double x, double y, double align,
    double size, const char *s)
{
	return text_box(cr, kind, x, y, align, size, &s, 1);
}

/*
 * Split s at the space nearest its middle into a (the words before) and b
 * (after), each at most sz bytes; false when s has no space.
 */
static bool
split_middle(const char *s, char *a, char *b, size_t sz)
{
	const char *q, *sp = NULL;
	double mid = strlen(s) / 2.0;

	for (q = s; *q; q++)
		if (*q == ' ' && (sp == NULL || fabs((double)(q - s) - mid) < fabs((double)(sp - s) -
		    mid)))
			sp = q;
	if (sp == NULL)
		return false;
	snprintf(a, sz, "%.*s", (int)(sp - s), s);
	snprintf(b, sz, "%s", sp + 1);
	return true;
}

/* Whether box c lies inside the plot, 2 px clear of its frame. */
static bool
in_plot(const struct mapview *v, const struct chart_mark *c)
{
	return c->x0 >= v->left + 2 && c->x1 <= v->left + v->pw - 2 && c->y0 >= v->top + 2 &&
	    c->y1 <= v->top + v->ph - 2;
}

/* The grid index nearest to pixel p along axis a (pixels from pos). */
static int
nearest(const struct mapview *v, const struct map_axis *a, double p, bool horizontal)
{
	int i, best = 0;
	double bd = 1e300;

	for (i = 0; i < a->n; i++) {
		double q = horizontal ? px(v, a->values[i]) : py(v, a->values[i]);

		if (fabs(q - p) < bd) {
			bd = fabs(q - p);
			best = i;
		}
	}
	return best;
}

/*
 * Whether box c lies inside the region of class k: the grid points nearest
 * to its corners, the middles of its edges and its centre, each 2 px out,
 * are all of class k.
 */
static bool
in_region(const struct mapview *v, const struct chart_mark *c, int k)
{
	const struct decision_map *dm = v->dm;
	double xs[3] = {c->x0 - 2, (c->x0 + c->x1) / 2, c->x1 + 2};
	double ys[3] = {c->y0 - 2, (c->y0 + c->y1) / 2, c->y1 + 2};
	int a, b;

	for (a = 0; a < 3; a++)
		for (b = 0; b < 3; b++) {
			int i = nearest(v, &dm->x, xs[a], true), j = nearest(v, &dm->y, ys[b], false);

			if (v->cls[j * dm->x.n + i] != k)
				return false;
		}
	return true;
}

/*
 * Place the stage lines of axis a (the stage.* cells in its unit) and
 * their labels: a line is a box across the plot, 3 px clear of the line
 * either side (a label is not to touch it), its label at
 * the line's far end (right, or top) unless that covers the scenario's
 * marker or another label, then at the near end.
 */
static void
layout_stages(cairo_t *cr, const struct mapview *v, const struct map_axis *a, bool horizontal,
    struct marks *ms)
{
	const struct model *m = v->r->m;
	const char *unit = m->cat->base[a->cell]->unit;
	cairo_font_extents_t fe;
	size_t c;

	if (unit == NULL)
		return;
	chart_font(cr, 12, false);
	cairo_font_extents(cr, &fe);
	for (c = 0; c < m->ncells; c++) {
		const struct cellspec *s = m->cat->base[c];
		struct chart_mark line, lbl[2];
		double val, pos;
		char label[128];
		const char *colon;
		int t;

		if (!str_has_prefix(s->name, "stage.") || s->unit == NULL ||
		    strcmp(s->unit, unit) != 0 || m->values[c].type != VT_NUM)
			continue;
		val = m->values[c].u.num;
		if (val <= a->values[0] || val >= a->values[a->n - 1])
			continue;
		colon = s->description ? strchr(s->description, ':') : NULL;
		snprintf(label, sizeof(label), "%.*s (%g %s)", colon ? (int)(colon - s->description) :
		    (int)strlen(s->name), colon ? s->description : s->name, val, unit);
		memset(&line, 0, sizeof(line));
		line.kind = CHART_MARK_STAGE_LINE;
		if (horizontal) {
			pos = py(v, val);
			line.x0 = v->left, line.x1 = v->left + v->pw;
			line.y0 = pos - 3, line.y1 = pos + 3;
			/* on the line, its plate just clear of the line's box */
			lbl[0] = text_box1(cr, CHART_MARK_STAGE_LABEL, v->left + v->pw - 6,
			    pos - 3 - fe.descent, 1, 12, label);
			lbl[1] = text_box1(cr, CHART_MARK_STAGE_LABEL, v->left + 6, pos - 3 - fe.descent, 0,
			    12, label);
		} else {
			pos = px(v, val);
			line.x0 = pos - 3, line.x1 = pos + 3;
			line.y0 = v->top, line.y1 = v->top + v->ph;
			lbl[0] = text_box1(cr, CHART_MARK_STAGE_LABEL, pos + 6, v->top + 14, 0, 12, label);
			lbl[1] = text_box1(cr, CHART_MARK_STAGE_LABEL, pos + 6, v->top + v->ph - 8, 0, 12,
			    label);
		}
		line.x = pos;
		line.align = horizontal ? 1 : 0;
		marks_add(ms, &line);
		for (t = 0; t < 2 && marks_hit(ms, &lbl[t]); t++)
			;
		marks_add(ms, &lbl[t < 2 ? t : 0]);
	}
}

/*
 * Place the scenario's marker and, on the big charts, its label: above to
 * the right, above to the left, below to the right or below to the left,
 * the first clear of the stage lines and labels and inside the plot.
 */
static void
layout_here(cairo_t *cr, const struct mapview *v, bool label, struct marks *ms)
{
	const struct decision_map *dm = v->dm;
	double x = px(v, dm->x.base), y = py(v, dm->y.base), rad = label ? 7 : 5;
	struct chart_mark c;
	int t;

	if (axis_pos(&dm->x, dm->x.base) < -1e-9 || axis_pos(&dm->x, dm->x.base) > 1 + 1e-9 ||
	    axis_pos(&dm->y, dm->y.base) < -1e-9 || axis_pos(&dm->y, dm->y.base) > 1 + 1e-9)
		return;
	memset(&c, 0, sizeof(c));
	c.kind = CHART_MARK_HERE;
	c.x0 = x - rad - 1, c.x1 = x + rad + 1, c.y0 = y - rad - 1, c.y1 = y + rad + 1;
	c.x = x, c.y[0] = y, c.size = rad;
	marks_add(ms, &c);
	if (!label)
		return;
	chart_font(cr, 13, true);
	for (t = 0; t < 4; t++) {
		bool left = t % 2 == 1, below = t >= 2;

		c = text_box1(cr, CHART_MARK_HERE_LABEL, left ? x - 12 : x + 12,
		    below ? y + 20 : y - 10, left ? 1 : 0, 13, "this scenario");
		c.bold = true;
		if (in_plot(v, &c) && !marks_hit(ms, &c))
			break;
	}
	if (t == 4)
		c = text_box1(cr, CHART_MARK_HERE_LABEL, x > v->left + v->pw - 140 ? x - 12 : x + 12,
		    y - 10, x > v->left + v->pw - 140 ? 1 : 0, 13, "this scenario");
	c.bold = true;
	marks_add(ms, &c);
}

/* One grid point of a region, as a candidate place for its name. */
struct spot {
	int p;       /* grid index */
	int depth;   /* grid steps to the nearest point of another class */
	double off;  /* pixels from the region's deepest point */
};

static int
spot_cmp(const void *a, const void *b)
{
	const struct spot *x = a, *y = b;

	if (x->depth != y->depth)
		return x->depth > y->depth ? -1 : 1;
	if (x->off != y->off)
		return x->off < y->off ? -1 : 1;
	return x->p < y->p ? -1 : x->p > y->p;
}

/*
 * Name each region that is big enough, inside it and clear of every mark
 * placed before (the stage lines and labels, the scenario, the names of
 * the regions before it): from its deepest grid point (farthest, in grid
 * steps, from any other class) outwards, on one line, or on two where the
 * region is narrower than the name. A region with no such place is left
 * to the legend.
 */
static void
layout_regions(cairo_t *cr, const struct mapview *v, double size, struct marks *ms)
{
	const struct decision_map *dm = v->dm;
	int nx = dm->x.n, ny = dm->y.n, n = nx * ny, i, j, k;
	int *comp = xcalloc((size_t)n + 1, sizeof(*comp)), *queue = xcalloc((size_t)n + 1,
	    sizeof(*queue));
	int *dist = xcalloc((size_t)n + 1, sizeof(*dist)), ncomp = 0;
	struct spot *spots = xcalloc((size_t)n + 1, sizeof(*spots));

	/* the distance of each point to the nearest point of another class */
	for (i = 0; i < n; i++)
		dist[i] = -1;
	{
		int qh = 0, qt = 0;

		for (j = 0; j < ny; j++)
			for (i = 0; i < nx; i++) {
				int c = v->cls[j * nx + i];
				bool edge = (i > 0 && v->cls[j * nx + i - 1] != c) ||
				    (i + 1 < nx && v->cls[j * nx + i + 1] != c) ||
				    (j > 0 && v->cls[(j - 1) * nx + i] != c) ||
				    (j + 1 < ny && v->cls[(j + 1) * nx + i] != c);

				if (edge || i == 0 || j == 0 || i == nx - 1 || j == ny - 1) {
					dist[j * nx + i] = edge ? 0 : 1;
					queue[qt++] = j * nx + i;
				}
			}
		while (qh < qt) {
			int p = queue[qh++], pi = p % nx, pj = p / nx;
			int nb[4][2] = {{pi - 1, pj}, {pi + 1, pj}, {pi, pj - 1}, {pi, pj + 1}};

			for (k = 0; k < 4; k++) {
				int q;

				if (nb[k][0] < 0 || nb[k][0] >= nx || nb[k][1] < 0 || nb[k][1] >= ny)
					continue;
				q = nb[k][1] * nx + nb[k][0];
				if (dist[q] >= 0 || v->cls[q] != v->cls[p])
					continue;
				dist[q] = dist[p] + 1;
				queue[qt++] = q;
			}
		}
	}
	/* connected regions, each named at its best free place */
	for (i = 0; i < n; i++)
		comp[i] = -1;
	chart_font(cr, size, true);
	for (i = 0; i < n; i++) {
		int qh = 0, qt = 0, best = i, size_n, c = v->cls[i], t, nform = 1, f;
		const char *s = class_name(v, c);
		char two[2][96], three[3][96];
		const char *form[CHART_MARK_LINES][CHART_MARK_LINES];
		double bx, by;
		bool placed = false;

		if (comp[i] >= 0)
			continue;
		comp[i] = ncomp;
		queue[qt++] = i;
		while (qh < qt) {
			int p = queue[qh++], pi = p % nx, pj = p / nx;
			int nb[4][2] = {{pi - 1, pj}, {pi + 1, pj}, {pi, pj - 1}, {pi, pj + 1}};

			if (dist[p] > dist[best])
				best = p;
			for (k = 0; k < 4; k++) {
				int r;

				if (nb[k][0] < 0 || nb[k][0] >= nx || nb[k][1] < 0 || nb[k][1] >= ny)
					continue;
				r = nb[k][1] * nx + nb[k][0];
				if (comp[r] >= 0 || v->cls[r] != v->cls[p])
					continue;
				comp[r] = ncomp;
				queue[qt++] = r;
			}
		}
		ncomp++;
		size_n = qt;
		if (size_n * 60 < n && size_n < 40)
			continue; /* too small to name inside: the legend names it */
		/*
		 * the name on one line; on two, split at the space nearest the
		 * middle; on three, the longer of those split again
		 */
		form[0][0] = s;
		if (split_middle(s, two[0], two[1], sizeof(two[0]))) {
			int lg = strlen(two[0]) >= strlen(two[1]) ? 0 : 1;

			form[1][0] = two[0];
			form[1][1] = two[1];
			nform = 2;
			/* three lines: the longer of the two split again, in place */
			if (split_middle(two[lg], three[lg], three[lg + 1], sizeof(three[0]))) {
				snprintf(three[lg ? 0 : 2], sizeof(three[0]), "%s", two[lg ? 0 : 1]);
				form[2][0] = three[0];
				form[2][1] = three[1];
				form[2][2] = three[2];
				nform = 3;
			}
		}
		bx = px(v, dm->x.values[best % nx]);
		by = py(v, dm->y.values[best / nx]);
		for (k = 0; k < qt; k++) {
			int p = queue[k];
			double x = px(v, dm->x.values[p % nx]), y = py(v, dm->y.values[p / nx]);

			spots[k].p = p;
			spots[k].depth = dist[p];
			spots[k].off = hypot(x - bx, y - by);
		}
		xqsort(spots, (size_t)qt, sizeof(*spots), spot_cmp);
		/*
		 * the inner half of the region (by depth) on one line, then two,
		 * then three; then the outer half the same way
		 */
		for (t = 0; t < 2 * nform && !placed; t++) {
			bool inner = t < nform;

			f = t % nform;
			for (k = 0; k < qt && !placed; k++) {
				int p = spots[k].p;
				double x = px(v, dm->x.values[p % nx]), y = py(v, dm->y.values[p / nx]);
				struct chart_mark m;

				if ((2 * spots[k].depth >= spots[0].depth) != inner)
					continue;
				/* the lines centred on the grid point */
				m = text_box(cr, CHART_MARK_REGION, x, y + size / 3 - f * (size + 4) / 2.0,
				    0.5, size, form[f], f + 1);
				m.bold = true;
				if (in_plot(v, &m) && in_region(v, &m, c) && !marks_hit(ms, &m)) {
					marks_add(ms, &m);
					placed = true;
				}
			}
		}
	}
	free(spots);
	free(comp);
	free(queue);
	free(dist);
}

/* Draw the stage lines of the layout, dashed. */
static void
draw_stage_lines(cairo_t *cr, const struct marks *ms)
{
	static const double dash[] = {5, 4};
	size_t i;

	for (i = 0; i < ms->n; i++) {
		const struct chart_mark *c = &ms->m[i];

		if (c->kind != CHART_MARK_STAGE_LINE)
			continue;
		cairo_set_dash(cr, dash, 2, 0);
		cairo_set_line_width(cr, 1.4);
		chart_color(cr, ink);
		if (c->x1 - c->x0 > c->y1 - c->y0) {
			cairo_move_to(cr, c->x0, (c->y0 + c->y1) / 2);
			cairo_line_to(cr, c->x1, (c->y0 + c->y1) / 2);
		} else {
			cairo_move_to(cr, (c->x0 + c->x1) / 2, c->y0);
			cairo_line_to(cr, (c->x0 + c->x1) / 2, c->y1);
		}
		cairo_stroke(cr);
		cairo_set_dash(cr, NULL, 0, 0);
	}
}

/* Draw the scenario's marker: a ringed dot. */
static void
draw_here(cairo_t *cr, const struct chart_mark *c)
{
	cairo_new_path(cr);
	cairo_arc(cr, c->x, c->y[0], c->size, 0, 6.283185307179586);
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_fill_preserve(cr);
	chart_color(cr, ink);
	cairo_set_line_width(cr, 2);
	cairo_stroke(cr);
	cairo_arc(cr, c->x, c->y[0], c->size / 2, 0, 6.283185307179586);
	cairo_fill(cr);
}

/* Draw the labels of the layout and the scenario's marker. */
static void
draw_marks(cairo_t *cr, const struct marks *ms)
{
	size_t i;
	int k;

	for (i = 0; i < ms->n; i++) {
		const struct chart_mark *c = &ms->m[i];

		if (c->kind == CHART_MARK_HERE) {
			draw_here(cr, c);
			continue;
		}
		if (c->kind == CHART_MARK_STAGE_LINE)
			continue;
		chart_font(cr, c->size, c->bold);
		for (k = 0; k < CHART_MARK_LINES && c->line[k][0]; k++)
			halo_text(cr, c->x, c->y[k], c->align, c->line[k]);
	}
}

/* Ticks of an axis: 1-2-5 on a log axis (decades when that is too many), nice steps else. */
static int
axis_ticks(const struct map_axis *a, double *out, int max)
{
	double lo = a->values[0], hi = a->values[a->n - 1], t;
	int n = 0, d;

	if (a->log) {
		static const double m125[3] = {1, 2, 5};
		int pass;

		for (pass = 0; pass < 2; pass++) {
			n = 0;
			for (d = (int)floor(log10(lo)) - 1; d <= (int)ceil(log10(hi)) + 1; d++)
				for (int q = 0; q < (pass ? 1 : 3); q++) {
					t = m125[q] * pow(10, d);
					if (t >= lo * (1 - 1e-9) && t <= hi * (1 + 1e-9) && n < max)
						out[n++] = t;
				}
			if (n <= 9)
				break;
		}
		return n;
	}
	{
		double step = chart_nice_step(hi - lo, 6);

		for (t = ceil(lo / step) * step; t <= hi + step * 1e-9 && n < max; t += step)
			out[n++] = fabs(t) < step * 1e-9 ? 0 : t;
	}
	return n;
}

static void
tick_label(char *s, size_t sz, const struct mapview *v, const struct map_axis *a, double t)
{
	if (strcmp(v->r->m->cat->base[a->cell]->name, "workload.scale") == 0)
		snprintf(s, sz, "%gx", t);
	else
		snprintf(s, sz, "%g", t);
}

/* A legend of the classes on the map: a swatch (hatched for Kubernetes) and a name. */
static double
map_legend(cairo_t *cr, const struct mapview *v, double x, double y, double maxw)
{
	double cx = x, cy = y, key = 16, gap = 18;
	int k;

	chart_font(cr, 13, false);
	for (k = 0; k < v->nclass; k++) {
		const char *s;
		double w;
		char buf[160];

		if (!v->present[k])
			continue;
		s = class_name(v, k);
		if (v->mode == MAP_PLATFORM && v->hatch[k]) {
			snprintf(buf, sizeof(buf), "%s (Kubernetes)", s);
			s = buf;
		}
		w = key + 6 + chart_text_width(cr, s);
		if (cx > x && cx + w > x + maxw) {
			cx = x;
			cy += 22;
		}
		cairo_rectangle(cr, cx, cy - key + 3, key, key);
		chart_color(cr, fill_of(v, k));
		cairo_fill_preserve(cr);
		if (v->hatch[k]) {
			cairo_save(cr);
			cairo_clip_preserve(cr);
			cairo_set_source_rgba(cr, 0.1, 0.1, 0.12, 0.32);
			cairo_set_line_width(cr, 1);
			for (double d = -key; d < key; d += 5) {
				cairo_move_to(cr, cx + d, cy + 3);
				cairo_line_to(cr, cx + d + key, cy + 3 - key);
			}
			cairo_stroke(cr);
			cairo_restore(cr);
		}
		chart_color(cr, ink);
		cairo_set_line_width(cr, 1);
		cairo_stroke(cr);
		chart_text(cr, cx + key + 6, cy, 0, s);
		cx += w + gap;
	}
	return cy - y + 22;
}

static void
draw_axes(cairo_t *cr, const struct mapview *v)
{
	const struct decision_map *dm = v->dm;
	const struct model *m = v->r->m;
	double ticks[32], bottom = v->top + v->ph;
	char s[64];
	int n, k;
	bool compute = false;

	cairo_set_line_width(cr, 1);
	chart_font(cr, 12, false);
	n = axis_ticks(&dm->y, ticks, 32);
	for (k = 0; k < n; k++) {
		double y = py(v, ticks[k]);

		chart_color(cr, muted);
		cairo_move_to(cr, v->left - 5, floor(y) + 0.5);
		cairo_line_to(cr, v->left, floor(y) + 0.5);
		cairo_stroke(cr);
		tick_label(s, sizeof(s), v, &dm->y, ticks[k]);
		chart_text(cr, v->left - 8, y + 4, 1, s);
	}
	n = axis_ticks(&dm->x, ticks, 32);
	for (k = 0; k < n; k++) {
		double x = px(v, ticks[k]);
		int i;

		chart_color(cr, muted);
		cairo_move_to(cr, floor(x) + 0.5, bottom);
		cairo_line_to(cr, floor(x) + 0.5, bottom + 5);
		cairo_stroke(cr);
		tick_label(s, sizeof(s), v, &dm->x, ticks[k]);
		chart_color(cr, ink);
		chart_text(cr, x, bottom + 18, 0.5, s);
		/* the recommended platform's monthly compute there, at the scenario's y */
		for (i = 0; i < dm->x.n; i++)
			if (fabs(dm->x.values[i] - ticks[k]) <= 1e-9 * fabs(ticks[k]))
				break;
		if (i < dm->x.n && dm->row[i] >= 0) {
			if (dm->compute[i] < 999.5)
				snprintf(s, sizeof(s), "$%.0f", dm->compute[i]);
			else
				chart_money_short(s, sizeof(s), dm->compute[i]);
			chart_color(cr, muted);
			chart_text(cr, x, bottom + 33, 0.5, s);
			compute = true;
		}
	}
	chart_color(cr, ink);
	chart_font(cr, 13, false);
	{
		struct buf t = {0};
		const struct cellspec *xs = m->cat->base[dm->x.cell], *ys = m->cat->base[dm->y.cell];

		buf_printf(&t, "%s (%s%s)", xs->name, strcmp(xs->name, "workload.scale") == 0 ?
		    "times the scenario's workload" : xs->unit ? xs->unit : "", dm->x.log ?
		    ", log scale" : "");
		chart_text(cr, v->left + v->pw / 2, bottom + 54, 0.5, buf_str(&t));
		if (compute) {
			t.len = 0;
			buf_puts(&t, "grey: the recommended platform's compute per month there, at ");
			map_axis_value(&t, m, &dm->y, dm->y.base);
			chart_font(cr, 12, false);
			chart_color(cr, muted);
			chart_text(cr, v->left + v->pw / 2, bottom + 72, 0.5, buf_str(&t));
		}
		t.len = 0;
		buf_printf(&t, "%s (%s%s)", ys->name, ys->unit ? ys->unit : "", dm->y.log ?
		    ", log scale" : "");
		chart_color(cr, ink);
		chart_font(cr, 13, false);
		chart_text_vertical(cr, 20, v->top + v->ph / 2, buf_str(&t));
		buf_free(&t);
	}
}

struct maparg {
	const struct report *r;
	enum mapmode mode;
};

/*
 * Draw the map a->r in mode a->mode on cr, w x h; the marks it placed go
 * to out when not NULL (the caller frees out->m).
 */
static void
draw_map_marks(cairo_t *cr, double w, double h, const struct maparg *a, struct marks *out)
{
	struct mapview v;
	struct marks ms = {0};
	double top;

	view_init(&v, a->r, a->mode);
	chart_color(cr, (struct rgb){1, 1, 1});
	cairo_paint(cr);
	if (a->mode == MAP_SMALL) {
		v.left = 4;
		v.top = 4;
		v.pw = w - 8;
		v.ph = h - 8;
		draw_regions(cr, &v, 5);
		draw_borders(cr, &v, 1.2);
		chart_color(cr, ink);
		cairo_set_line_width(cr, 1);
		cairo_rectangle(cr, v.left + 0.5, v.top + 0.5, v.pw - 1, v.ph - 1);
		cairo_stroke(cr);
		layout_here(cr, &v, false, &ms);
		draw_marks(cr, &ms);
		goto done;
	}
	{
		struct buf sub = {0};

		buf_printf(&sub, "decision.platform at %d x %d points, the whole decision at each "
		    "(costs, rules, exclusions); borders found by bisection", v.dm->x.n, v.dm->y.n);
		top = chart_title(cr, w, a->mode == MAP_FAMILY ?
		    "Serverless or Kubernetes: the seeds' question" :
		    "Where the answer changes: the decision map", buf_str(&sub));
		buf_free(&sub);
	}
	top += map_legend(cr, &v, 24, top + 16, w - 48) + 8;
	v.left = 86;
	v.top = top;
	v.pw = w - v.left - 28;
	v.ph = h - top - 96;
	/* the labels first, each clear of those before it */
	layout_stages(cr, &v, &v.dm->y, true, &ms);
	layout_stages(cr, &v, &v.dm->x, false, &ms);
	layout_here(cr, &v, true, &ms);
	layout_regions(cr, &v, 13, &ms);
	draw_regions(cr, &v, 7);
	draw_borders(cr, &v, 1.8);
	draw_stage_lines(cr, &ms);
	chart_color(cr, ink);
	cairo_set_line_width(cr, 1);
	cairo_rectangle(cr, v.left + 0.5, v.top + 0.5, v.pw - 1, v.ph - 1);
	cairo_stroke(cr);
	draw_marks(cr, &ms);
	draw_axes(cr, &v);
done:
	view_free(&v);
	if (out)
		*out = ms;
	else
		free(ms.m);
}

static void
draw_map(cairo_t *cr, double w, double h, const void *arg)
{
	draw_map_marks(cr, w, h, arg, NULL);
}

/*
 * The decision map charts of a report with a map, as PNG and SVG into the
 * buffers (index 0 map, 1 map-family, 2 map-small: the index's thumbnail).
 */
static const double map_size[3][2] = {{960, 720}, {960, 640}, {320, 220}};

bool
chart_maps(const struct report *r, struct buf png[3], struct buf svg[3], double *secs,
    struct diags *d)
{
	static const char *const names[3] = {"charts/map", "charts/map-family", "charts/map-small"};
	const double (*size)[2] = map_size;
	struct maparg a;
	int k;

	if (r->an == NULL || r->an->map == NULL)
		return true;
	a.r = r;
	for (k = 0; k < 3; k++) {
		a.mode = k == 0 ? MAP_PLATFORM : k == 1 ? MAP_FAMILY : MAP_SMALL;
		if (!chart_render(draw_map, &a, size[k][0], size[k][1], &png[k], &svg[k], names[k],
		    secs, d))
			return false;
	}
	return true;
}

/*
 * The marks of map chart k of r (0 map, 1 map-family, 2 map-small) as the
 * chart places them: the boxes of its stage lines, its labels and the
 * scenario's marker, drawn on a recording surface. Returns how many, with
 * the array in *out (caller frees); 0 when r has no map.
 */
size_t
chart_map_marks(const struct report *r, int k, struct chart_mark **out)
{
	cairo_rectangle_t ext;
	cairo_surface_t *s;
	cairo_t *cr;
	struct maparg a;
	struct marks ms = {0};

	*out = NULL;
	if (r->an == NULL || r->an->map == NULL || k < 0 || k > 2)
		return 0;
	ext.x = ext.y = 0;
	ext.width = map_size[k][0];
	ext.height = map_size[k][1];
	s = cairo_recording_surface_create(CAIRO_CONTENT_COLOR, &ext);
	cr = cairo_create(s);
	a.r = r;
	a.mode = k == 0 ? MAP_PLATFORM : k == 1 ? MAP_FAMILY : MAP_SMALL;
	draw_map_marks(cr, ext.width, ext.height, &a, &ms);
	cairo_destroy(cr);
	cairo_surface_destroy(s);
	*out = ms.m;
	return ms.n;
}
