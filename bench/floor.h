#ifndef RUNSHEET_FLOOR_H
#define RUNSHEET_FLOOR_H

#include <stdbool.h>
#include <stddef.h>

/* Seconds per document that the libraries alone take (bench/floor.c). */
struct floor {
	double png, svg, workbook, markdown;
};

void floor_measure(size_t, size_t, size_t, size_t, const char *, const char *, struct floor *);

/* The charts' and the Markdown's like-for-like floors (floor.c). */
typedef struct _cairo_surface cairo_surface_t;
struct recorded {
	cairo_surface_t **s; /* each chart's drawing, recorded */
	double *w, *h;
	size_t n, cap;
};
void floor_record_chart(cairo_surface_t *, double, double, void *);
void floor_recorded_free(struct recorded *);
void floor_replay_charts(const struct recorded *, double *, double *);
double floor_markdown_same(const char *, size_t);

/* The workbook's like-for-like floor: runsheet's libxlsxwriter calls replayed (replay.c). */
struct replay;
void replay_start(void);
struct replay *replay_stop(size_t *);
bool replay_run(const struct replay *, const char *, const char *);
void replay_free(struct replay *);

#endif
