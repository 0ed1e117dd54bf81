/*
 * jsonw.c -- writing JSON.
 *
 * jansson reads our inputs, but output is written here so that it is
 * byte-for-byte deterministic and numbers are the shortest text that reads
 * back exactly (91.2384, not 91.238399999999999). Keys come out in the
 * order the caller writes them. Pretty-printed with two-space indents.
 */
#include <math.h>
#include <string.h>

#include "runsheet.h"
#include "jsonw.h"

void
jw_init(struct jw *w, struct buf *out)
{
	memset(w, 0, sizeof(*w));
	w->out = out;
}

static void
indent(struct jw *w)
{
	int i;

	buf_putc(w->out, '\n');
	for (i = 0; i < w->depth; i++)
		buf_puts(w->out, "  ");
}

/* Separate from the previous value and place the next one. */
static void
pre(struct jw *w)
{
	if (w->after_key) {
		w->after_key = false;
		return;
	}
	if (w->depth > 0) {
		if (w->count[w->depth] > 0)
			buf_putc(w->out, ',');
		indent(w);
		w->count[w->depth]++;
	}
}

static void
jw_open(struct jw *w, char c)
{
	pre(w);
	buf_putc(w->out, c);
	if (w->depth < JW_MAXDEPTH - 1)
		w->depth++;
	w->count[w->depth] = 0;
}

static void
jw_close(struct jw *w, char c)
{
	bool empty = w->count[w->depth] == 0;

	if (w->depth > 0)
		w->depth--;
	if (!empty)
		indent(w);
	buf_putc(w->out, c);
	if (w->depth == 0)
		buf_putc(w->out, '\n');
}

void
jw_obj(struct jw *w)
{
	jw_open(w, '{');
}

void
jw_obj_end(struct jw *w)
{
	jw_close(w, '}');
}

void
jw_arr(struct jw *w)
{
	jw_open(w, '[');
}

void
jw_arr_end(struct jw *w)
{
	jw_close(w, ']');
}

static void
put_string(struct buf *b, const char *s)
{
	const unsigned char *p;

	buf_putc(b, '"');
	for (p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"':
			buf_puts(b, "\\\"");
			break;
		case '\\':
			buf_puts(b, "\\\\");
			break;
		case '\n':
			buf_puts(b, "\\n");
			break;
		case '\r':
			buf_puts(b, "\\r");
			break;
		case '\t':
			buf_puts(b, "\\t");
			break;
		default:
			if (*p < 0x20)
				buf_printf(b, "\\u%04x", *p);
			else
				buf_putc(b, *p);
		}
	}
	buf_putc(b, '"');
}

void
jw_key(struct jw *w, const char *k)
{
	pre(w);
	put_string(w->out, k);
	buf_puts(w->out, ": ");
	w->after_key = true;
}

void
jw_str(struct jw *w, const char *s)
{
	pre(w);
	if (s == NULL)
		buf_puts(w->out, "null");
	else
		put_string(w->out, s);
}

/* A number; not finite numbers (never expected) are written as null. */
void
jw_num(struct jw *w, double v)
{
	char tmp[64];

	pre(w);
	if (!isfinite(v)) {
		buf_puts(w->out, "null");
		return;
	}
	num_shortest(tmp, sizeof(tmp), v);
	buf_puts(w->out, tmp);
}

void
jw_bool(struct jw *w, bool b)
{
	pre(w);
	buf_puts(w->out, b ? "true" : "false");
}

void
jw_null(struct jw *w)
{
	pre(w);
	buf_puts(w->out, "null");
}

/* Write a cell value as JSON (errors as their code text). */
void
jw_value(struct jw *w, const struct value *v)
{
	switch (v->type) {
	case VT_NUM:
		jw_num(w, v->u.num);
		break;
	case VT_STR:
		jw_str(w, v->u.str);
		break;
	case VT_BOOL:
		jw_bool(w, v->u.b);
		break;
	default:
		jw_str(w, verr_code(v->err));
	}
}

/* Convenience: key and value in one call. */
void
jw_kstr(struct jw *w, const char *k, const char *s)
{
	jw_key(w, k);
	jw_str(w, s);
}

void
jw_knum(struct jw *w, const char *k, double v)
{
	jw_key(w, k);
	jw_num(w, v);
}

void
jw_kbool(struct jw *w, const char *k, bool b)
{
	jw_key(w, k);
	jw_bool(w, b);
}
