/*
 * document.h -- one scenario's decision documents (document.c).
 */
#ifndef DOCUMENT_H
#define DOCUMENT_H

#include <time.h>

struct tmpl;
struct tval;
struct pages;

/* The stages of building a scenario, timed for runsheet build --stats and make bench. */
enum stage {
	ST_LOAD,      /* reading and checking the scenario */
	ST_EVAL,      /* the model and the report */
	ST_ANALYSES,  /* break-even, Monte Carlo, sensitivity */
	ST_MARKDOWN,  /* report.md and report.html */
	ST_WORKBOOK,  /* workbook.xlsx */
	ST_PNG,       /* charts as PNG */
	ST_SVG,       /* charts as SVG */
	ST_WRITE,     /* the other files: JSON, CSV, charts on disk */
	ST__MAX
};

extern const char *const stage_names[ST__MAX];

/* Per scenario: seconds per stage and what was made (for the library floor). */
struct doc_stats {
	double secs[ST__MAX];
	size_t charts;    /* charts drawn (each as PNG and SVG) */
	size_t cells;     /* workbook cells written */
	size_t md_bytes;  /* Markdown rendered to HTML */
};

/* What every scenario of a build shares; read-only while building. */
struct docenv {
	struct tmpl *report_md;   /* templates/report.md */
	struct tmpl *report_html; /* templates/report.html */
	char *data_date;          /* newest as_of among the prices, YYYY-MM-DD */
	char *period_start;       /* FOCUS charge period of that month */
	char *period_end;
	time_t created;           /* pinned document time */
	const char *tmpdir;       /* libxlsxwriter temporary files, or NULL */
	const struct pages *pg;   /* the site's page layout */
	bool pdf;                 /* the page links report.pdf */
	bool whatif;              /* the site has the engine: pages recalculate */
};

int *doc_inputs(const struct report *, size_t *);
struct tval *report_vars(const struct report *, const struct docenv *);
struct tval *report_vars_marked(const struct report *, const struct docenv *, bool);
void analysis_vars(struct tval *, const struct report *);
void export_breakdown_csv(struct buf *, const struct report *, const char *, const char *);
void export_data_json(struct buf *, const struct report *);
bool doc_scenario(const struct docenv *, const struct report *, const char *, struct doc_stats *,
    struct diags *);

#endif
