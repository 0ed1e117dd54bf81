/*
 * tmpl.h -- the template engine (tmpl.c) and its values.
 */
#ifndef TMPL_H
#define TMPL_H

#include <stdbool.h>
#include <stddef.h>

enum esc {
	ESC_TEXT,    /* HTML text */
	ESC_ATTR,    /* HTML attribute value */
	ESC_URL,     /* link target, checked and attribute-escaped */
	ESC_HTML,    /* trusted HTML rendered by runsheet */
	ESC_MD,      /* Markdown inline text */
	ESC_MDCELL,  /* Markdown table cell */
	ESC_MDBLOCK, /* Markdown from a scenario, verbatim */
	ESC_PLAIN,   /* no escaping (plain-text templates) */
	ESC__MAX
};

enum tvkind {
	TV_STR,
	TV_BOOL,
	TV_LIST,
	TV_MAP
};

/* A template value: text, a flag, a list, or a map of named values. */
struct tval {
	enum tvkind kind;
	char *str;          /* TV_STR */
	bool b;             /* TV_BOOL */
	char **keys;        /* TV_MAP: names */
	struct tval **vals; /* TV_MAP: values; TV_LIST: items */
	size_t n;
	size_t cap;
};

struct tmpl;

struct tval *tv_map(void);
void tv_str(struct tval *, const char *, const char *);
void tv_strf(struct tval *, const char *, const char *, ...) PRINTF_LIKE(3, 4);
void tv_bool(struct tval *, const char *, bool);
struct tval *tv_list(struct tval *, const char *);
struct tval *tv_submap(struct tval *, const char *);
struct tval *tv_item(struct tval *);
void tv_item_str(struct tval *, const char *);
void tv_free(struct tval *);

struct tmpl *tmpl_load(const char *, const char *, struct diags *);
struct tmpl *tmpl_parse(const char *, const char *, enum esc, struct diags *);
bool tmpl_render(const struct tmpl *, const struct tval *, struct buf *, struct diags *);
void tmpl_free(struct tmpl *);

void esc_html(struct buf *, const char *);
void esc_md(struct buf *, const char *, bool);
bool url_safe(const char *);

#endif
