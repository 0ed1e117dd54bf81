/*
 * pages.h -- the site's pages around the reports (pages.c).
 */
#ifndef PAGES_H
#define PAGES_H

struct tmpl;
struct tval;

/* What the pages share: the data, the model defaults and the templates. */
struct pages {
	const struct catalog *cat;
	const struct model *m;      /* the model defaults, evaluated */
	const char *data_date;      /* newest as_of among the prices */
	const char *today;          /* staleness is judged against it, or NULL */
	struct tmpl *page;          /* templates/page.html: every page */
	struct tmpl *index;         /* the bodies of the pages */
	struct tmpl *platforms;
	struct tmpl *platform;
	struct tmpl *pricing;
	struct tmpl *methodology;   /* Markdown */
	struct tmpl *sources;
};

/* What the index and the platform pages need of a built scenario. */
struct site_summary {
	char *id;
	char *title;
	char *verdict;       /* platform name, or "none" */
	char *verdict_id;
	char *region;        /* workload.region it is priced in, or "" */
	char *bill;          /* "2026-10 bill, missed by 47.2%", or NULL: no bill */
	bool bill_off;       /* past bill.threshold */
	double monthly;      /* the verdict's monthly total */
	double *totals;      /* per catalog platform; < 0 when not compared */
	bool *excluded;      /* per catalog platform */
	int cheapest;        /* catalog index of the cheapest eligible, or -1 */
	char *tied;          /* the platforms in a near tie with the verdict, or NULL */
	char *map_alt;       /* the decision map by family in words, or NULL: no map */
	char *map_axes;      /* "workload.scale by team.engineers" */
};

char *site_bill_note(const char *, double);
void page_common(struct tval *, const struct pages *, const char *, const char *, const char *,
    const char *, const char *);
bool page_render(const struct pages *, const struct tmpl *, struct tval *, struct buf *,
    struct diags *);
bool page_write(const struct pages *, const struct tmpl *, struct tval *, const char *,
    const char *, struct diags *);
bool pages_index(const struct pages *, const struct site_summary *, size_t, const char *,
    struct diags *);
bool pages_platforms(const struct pages *, const struct site_summary *, size_t, const char *,
    struct diags *);
bool pages_pricing(const struct pages *, const char *, struct diags *);
bool pages_methodology(const struct pages *, const char *, struct diags *);
bool pages_sources(const struct pages *, const char *, struct diags *);

#endif
