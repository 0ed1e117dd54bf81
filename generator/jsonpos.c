/*
 * jsonpos.c -- places inside JSON text: JSON pointers and their lines and
 * columns. jansson's values carry no positions, so every stage names a
 * value by its JSON pointer ("/workload/vcpu"); when a diagnostic needs a
 * line and column, jsonpos_locate() rescans the text along that pointer.
 * The rescan only has to handle text a parser already accepted. No JSON
 * library here: the engine's diagnostics need it in the WebAssembly too.
 */
#include <stdlib.h>
#include <string.h>

#include "runsheet.h"

/* Append a key to a JSON pointer, escaping "~" and "/". Caller frees. */
char *
jpath_append(const char *base, const char *key)
{
	struct buf b = {0};
	const char *p;

	buf_puts(&b, base ? base : "");
	buf_putc(&b, '/');
	for (p = key; *p; p++) {
		if (*p == '~')
			buf_puts(&b, "~0");
		else if (*p == '/')
			buf_puts(&b, "~1");
		else
			buf_putc(&b, *p);
	}
	return buf_detach(&b);
}

/* Append an array index to a JSON pointer. Caller frees. */
char *
jpath_index(const char *base, size_t i)
{
	return xasprintf("%s/%zu", base ? base : "", i);
}

/* The rescanner: a cursor over text jansson has already accepted. */
struct scan {
	const char *p;   /* current byte */
	const char *end; /* one past the last byte */
};

static void
skip_ws(struct scan *s)
{
	while (s->p < s->end &&
	    (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
		s->p++;
}

/*
 * Skip a string starting at its opening quote; if out is non-NULL, append
 * its decoded bytes (escapes other than \uXXXX are decoded; \uXXXX is kept
 * as one '?' since only comparison with plain keys matters here).
 */
static void
skip_string(struct scan *s, struct buf *out)
{
	s->p++;
	while (s->p < s->end && *s->p != '"') {
		if (*s->p == '\\' && s->p + 1 < s->end) {
			char c = s->p[1];

			if (c == 'u') {
				if (out)
					buf_putc(out, '?');
				s->p += 6;
				continue;
			}
			if (out)
				buf_putc(out, c == 'n' ? '\n' : c == 't' ? '\t' : c);
			s->p += 2;
			continue;
		}
		if (out)
			buf_putc(out, *s->p);
		s->p++;
	}
	if (s->p < s->end)
		s->p++;
}

static void skip_value(struct scan *);

static void
skip_container(struct scan *s, char close)
{
	s->p++;
	for (;;) {
		skip_ws(s);
		if (s->p >= s->end)
			return;
		if (*s->p == close) {
			s->p++;
			return;
		}
		if (*s->p == ',' || *s->p == ':') {
			s->p++;
			continue;
		}
		skip_value(s);
	}
}

static void
skip_value(struct scan *s)
{
	skip_ws(s);
	if (s->p >= s->end)
		return;
	switch (*s->p) {
	case '"':
		skip_string(s, NULL);
		break;
	case '{':
		skip_container(s, '}');
		break;
	case '[':
		skip_container(s, ']');
		break;
	default:
		while (s->p < s->end && *s->p != ',' && *s->p != '}' && *s->p != ']' &&
		    *s->p != ' ' && *s->p != '\n' && *s->p != '\r' && *s->p != '\t')
			s->p++;
	}
}

/* Decode one JSON pointer segment starting at *pp; advances past it. */
static char *
next_segment(const char **pp)
{
	struct buf b = {0};
	const char *p = *pp;

	if (*p == '/')
		p++;
	while (*p && *p != '/') {
		if (p[0] == '~' && p[1] == '0')
			buf_putc(&b, '~'), p += 2;
		else if (p[0] == '~' && p[1] == '1')
			buf_putc(&b, '/'), p += 2;
		else
			buf_putc(&b, *p++);
	}
	*pp = p;
	return buf_detach(&b);
}

/*
 * Find the byte where the value at pointer starts. Our files flatten
 * nested objects into dotted cell names, so a segment "a.b.c" may also be
 * found as nested keys "a", "b", "c": when a key matches a dotted prefix
 * of the segment, the rest of the segment is looked up inside its value.
 */
static const char *
locate(struct scan *s, const char *pointer)
{
	char *seg;
	const char *rest = pointer;

	skip_ws(s);
	while (*rest) {
		seg = next_segment(&rest);
		skip_ws(s);
		if (s->p >= s->end) {
			free(seg);
			return NULL;
		}
		if (*s->p == '{') {
			bool found = false;
			char *want;
			const char *start = s->p + 1;
			int pass;

			/* first the key as written ("workload.vcpu"), anywhere in the
			 * object; only then a dotted name spelt as nested objects */
			for (pass = 0; pass < 2 && !found; pass++) {
				s->p = start;
				want = seg;
				for (;;) {
					struct buf key = {0};

					skip_ws(s);
					if (s->p >= s->end || *s->p == '}')
						break;
					if (*s->p == ',') {
						s->p++;
						continue;
					}
					skip_string(s, &key);
					skip_ws(s);
					if (s->p < s->end && *s->p == ':')
						s->p++;
					skip_ws(s);
					buf_str(&key);
					if (strcmp(key.data, want) == 0) {
						buf_free(&key);
						found = true;
						break;
					}
					if (pass == 1 && str_has_prefix(want, key.data) &&
					    want[key.len] == '.' && *s->p == '{') {
						want += key.len + 1;
						buf_free(&key);
						s->p++;
						continue;
					}
					buf_free(&key);
					skip_value(s);
				}
			}
			free(seg);
			if (!found)
				return NULL;
		} else if (*s->p == '[') {
			long want = strtol(seg, NULL, 10), i = 0;

			free(seg);
			s->p++;
			for (;;) {
				skip_ws(s);
				if (s->p >= s->end || *s->p == ']')
					return NULL;
				if (*s->p == ',') {
					s->p++;
					continue;
				}
				if (i == want)
					break;
				skip_value(s);
				i++;
			}
		} else {
			free(seg);
			return NULL;
		}
	}
	skip_ws(s);
	return s->p;
}

/*
 * Find the line and column (1-based, columns in characters) of the value
 * at JSON pointer inside text; with fcol >= 0 the value is a string and
 * the place is fcol decoded bytes into it. Returns false (and 0, 0) when
 * the pointer does not lead anywhere; the diagnostic then shows the path.
 */
bool
jsonpos_locate(const char *text, size_t len, const char *pointer, int fcol, int *line,
    int *col)
{
	struct scan s = {text, text + len};
	const char *at, *p;
	int l = 1, c = 1;

	*line = *col = 0;
	at = locate(&s, pointer);
	if (at == NULL)
		return false;
	if (fcol >= 0 && at < s.end && *at == '"') {
		int decoded = 0;

		p = at + 1;
		while (p < s.end && *p != '"' && decoded < fcol) {
			if (*p == '\\')
				p += p[1] == 'u' ? 6 : 2;
			else
				p++;
			decoded++;
		}
		at = p;
	}
	for (p = text; p < at; p++) {
		if (*p == '\n') {
			l++;
			c = 1;
		} else if (((unsigned char)*p & 0xC0) != 0x80) {
			c++;
		}
	}
	*line = l;
	*col = c;
	return true;
}
