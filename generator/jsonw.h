/*
 * jsonw.h -- the JSON writer (jsonw.c).
 */
#ifndef JSONW_H
#define JSONW_H

#include <stdbool.h>

#define JW_MAXDEPTH 32

struct jw {
	struct buf *out;          /* appended to */
	int depth;                /* open containers */
	int count[JW_MAXDEPTH];   /* values written at each depth */
	bool after_key;           /* a key was just written */
};

void jw_init(struct jw *, struct buf *);
void jw_obj(struct jw *);
void jw_obj_end(struct jw *);
void jw_arr(struct jw *);
void jw_arr_end(struct jw *);
void jw_key(struct jw *, const char *);
void jw_str(struct jw *, const char *);
void jw_num(struct jw *, double);
void jw_bool(struct jw *, bool);
void jw_null(struct jw *);
void jw_value(struct jw *, const struct value *);
void jw_kstr(struct jw *, const char *, const char *);
void jw_knum(struct jw *, const char *, double);
void jw_kbool(struct jw *, const char *, bool);

#endif
