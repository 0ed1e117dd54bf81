/*
 * chart.h -- charts (chart.c) and their drawing helpers.
 */
#ifndef CHART_H
#define CHART_H

#include <cairo.h>

struct rgb {
	double r, g, b;
};

#define CHART_NCOLORS 8
extern const struct rgb chart_palette[CHART_NCOLORS];

/* Line styles: a platform's is its family's, then the next pair past the palette. */
enum chart_dash {
	DASH_SOLID,
	DASH_DASHED,
	DASH_DOTTED,
	DASH_DASHDOT,
	DASH__MAX
};

/* How one platform is drawn in every chart, and in the workbook's charts. */
struct chart_look {
	struct rgb color;           /* its own colour */
	unsigned hex;               /* the same as 0xRRGGBB */
	enum chart_dash dash;       /* solid for serverless, dashed for Kubernetes */
};

#define CHART_NPLATFORM_COLORS 11
extern const unsigned chart_platform_hex[CHART_NPLATFORM_COLORS];

struct catalog;
struct chart_look chart_platform_look(const struct catalog *, size_t);
void chart_set_dash(cairo_t *, enum chart_dash);

typedef void (*chart_draw_fn)(cairo_t *, double, double, const void *);
typedef void (*chart_record_fn)(cairo_surface_t *, double, double, void *);

bool chart_render(chart_draw_fn, const void *, double, double, struct buf *, struct buf *,
    const char *, double *, struct diags *);
bool chart_write_png(cairo_surface_t *, struct buf *);
void chart_init(void);
void chart_record(chart_record_fn, void *);
void chart_shutdown(void);
void chart_thread_done(void);
bool chart_analyses(const struct report *, struct buf[3], struct buf[3], double *,
    struct diags *);
bool chart_maps(const struct report *, struct buf[3], struct buf[3], double *, struct diags *);

/* What a box on the decision map is (chart_map_marks). */
enum chart_mark_kind {
	CHART_MARK_STAGE_LINE,      /* a stage.* line across the plot */
	CHART_MARK_STAGE_LABEL,     /* its label */
	CHART_MARK_HERE,            /* the scenario's marker */
	CHART_MARK_HERE_LABEL,      /* "this scenario" */
	CHART_MARK_REGION,          /* a region's name */
	CHART_MARK__MAX
};

/* A box the decision map draws, in pixels, and its text. */
#define CHART_MARK_LINES 3
struct chart_mark {
	enum chart_mark_kind kind;
	double x0, y0, x1, y1;      /* the box, labels with their plates */
	char line[CHART_MARK_LINES][96]; /* the text, one to three lines ("" after the last) */
	double x, y[CHART_MARK_LINES]; /* the text's anchor and baselines; a marker's centre */
	double align;               /* 0 left edge at x, 0.5 centred, 1 right edge */
	double size;                /* font size (a marker's radius) */
	bool bold;
};

size_t chart_map_marks(const struct report *, int, struct chart_mark **);
bool chart_breakdown(const struct report *, struct buf *, struct buf *, double *,
    struct diags *);

/* The shortest a breakdown bar may be, as a share of its axis (chart.c). */
#define CHART_BAR_READABLE 0.1

/* One bar of the breakdown chart as drawn (chart_breakdown_bars). */
struct chart_bar {
	int row;                    /* the report's row */
	int panel;                  /* its panel, from 0 (one for all when the chart has one) */
	int family;                 /* its panel's family: 0 serverless, 1 Kubernetes, -1 all */
	double x, w;                /* where it starts and its length, px */
	double plot_w;              /* the length of its axis, px */
	double axis_max;            /* the dollars at the axis's end */
};

size_t chart_breakdown_bars(const struct report *, struct chart_bar **);

/* A tornado row's label as drawn (chart_tornado_labels): the shortened description. */
#define CHART_LABEL_LEN 160
struct chart_label {
	int cell;                   /* the input */
	char line[2][CHART_LABEL_LEN]; /* one or two lines ("" for none) */
};

size_t chart_tornado_labels(const struct report *, struct chart_label **);

void chart_color(cairo_t *, struct rgb);
void chart_font(cairo_t *, double, bool);
double chart_text_width(cairo_t *, const char *);
void chart_text(cairo_t *, double, double, double, const char *);
void chart_text_vertical(cairo_t *, double, double, const char *);
double chart_nice_step(double, int);
void chart_money_short(char *, size_t, double);
double chart_legend(cairo_t *, double, double, double, const char *const *,
    const struct rgb *, int);
double chart_title(cairo_t *, double, const char *, const char *);

#endif
