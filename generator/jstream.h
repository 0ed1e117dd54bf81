/*
 * jstream.h -- reading JSON as a stream of tokens (jstream.c).
 *
 * For files too big to hold as a tree (an AWS Price List offer file for
 * one region is hundreds of megabytes): the caller pulls tokens, keeps
 * the few subtrees it wants as jansson values and skips the rest, so
 * memory stays bounded by the largest kept subtree. Positions are
 * 1-based line and column (in characters) for file:line:column errors.
 */
#ifndef JSTREAM_H
#define JSTREAM_H

#include <stdbool.h>
#include <stddef.h>

enum jtok {
	JT_EOF,      /* end of the document */
	JT_OBJ,      /* { */
	JT_OBJ_END,  /* } */
	JT_ARR,      /* [ */
	JT_ARR_END,  /* ] */
	JT_KEY,      /* an object member's name: js_text() */
	JT_STR,      /* a string value: js_text() */
	JT_NUM,      /* a number: js_text() is its text */
	JT_TRUE,
	JT_FALSE,
	JT_NULL,
	JT_ERROR     /* js_error() says what, at js_line():js_col() */
};

struct jstream;

struct jstream *js_open(const char *);
void js_close(struct jstream *);
enum jtok js_next(struct jstream *);
const char *js_text(const struct jstream *);
size_t js_textlen(const struct jstream *);
int js_line(const struct jstream *);
int js_col(const struct jstream *);
int js_depth(const struct jstream *);
const char *js_error(const struct jstream *);
bool js_skip(struct jstream *, enum jtok);
void *js_tree(struct jstream *, enum jtok);
unsigned long long js_bytes(const struct jstream *);

#endif
