/*
 * jstream.c -- JSON as a stream of tokens, for files too big for a tree.
 *
 * A pull parser: js_next() returns the next token of the document and
 * checks the grammar as it goes (a stack of open containers and what may
 * come next in each), so a document that is not JSON is an error at its
 * line and column, exactly as jansson reports one for the small files.
 * Strings are unescaped into one buffer (\uXXXX and surrogate pairs to
 * UTF-8; invalid UTF-8 and control characters are errors); numbers keep
 * their text, checked against JSON's grammar. The file is read through
 * zlib's gzread, which reads plain files as they are and gzip files
 * decompressed, in 64 KiB blocks: memory is the block, the current token
 * and whatever subtrees the caller builds with js_tree().
 *
 * Design: the scanner holds one pending byte of look-ahead (peek/take);
 * positions count lines and UTF-8 characters. Depth is bounded, so a
 * hostile file cannot exhaust the stack of containers or of js_tree().
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <zlib.h>

#include "runsheet.h"
#include "jstream.h"

#define JS_MAX_DEPTH 512
#define JS_BLOCK (64 * 1024)

/* What may come next inside an open container. */
enum jwant {
	W_VALUE,       /* the top level: one value */
	W_FIRST_KEY,   /* just after {: a key or } */
	W_KEY,         /* after a comma in an object: a key */
	W_COLON,       /* after a key */
	W_OBJ_VALUE,   /* after the colon */
	W_OBJ_NEXT,    /* after a member: , or } */
	W_FIRST_ELEM,  /* just after [: a value or ] */
	W_ELEM,        /* after a comma in an array: a value */
	W_ARR_NEXT,    /* after an element: , or ] */
	W_DONE         /* the top-level value is complete */
};

struct jstream {
	gzFile gz;
	unsigned char *blk;     /* the current block of the file */
	size_t blen, bpos;
	bool eof, readerr;
	unsigned long long consumed; /* bytes taken so far */
	int line, col;          /* position of the next byte */
	int tline, tcol;        /* start of the last token */
	struct buf text;        /* the last key, string or number */
	enum jwant stack[JS_MAX_DEPTH + 1];
	int depth;              /* open containers; stack[depth] is the state */
	char err[200];
};

/* Open path for reading (plain or gzip). Returns NULL with errno set. */
struct jstream *
js_open(const char *path)
{
	struct jstream *js;
	gzFile gz = gzopen(path, "rb");

	if (gz == NULL) {
		if (errno == 0)
			errno = ENOMEM;
		return NULL;
	}
	gzbuffer(gz, JS_BLOCK);
	js = xcalloc(1, sizeof(*js));
	js->gz = gz;
	js->blk = xmalloc(JS_BLOCK);
	js->line = js->col = 1;
	js->stack[0] = W_VALUE;
	return js;
}

void
js_close(struct jstream *js)
{
	if (js == NULL)
		return;
	gzclose(js->gz);
	free(js->blk);
	buf_free(&js->text);
	free(js);
}

/* The next byte without taking it, or -1 at the end (or on a read error). */
static int
peek(struct jstream *js)
{
	if (js->bpos < js->blen)
		return js->blk[js->bpos];
	if (js->eof)
		return -1;
	{
		int n = gzread(js->gz, js->blk, JS_BLOCK);

		if (n <= 0) {
			int zerr = Z_OK;

			gzerror(js->gz, &zerr);
			if (n < 0 || (zerr != Z_OK && zerr != Z_STREAM_END))
				js->readerr = true;
			js->eof = true;
			return -1;
		}
		js->blen = (size_t)n;
		js->bpos = 0;
	}
	return js->blk[0];
}

static int
take(struct jstream *js)
{
	int c = peek(js);

	if (c < 0)
		return c;
	js->bpos++;
	js->consumed++;
	if (c == '\n') {
		js->line++;
		js->col = 1;
	} else if ((c & 0xC0) != 0x80) {
		js->col++;
	}
	return c;
}

static enum jtok
fail(struct jstream *js, const char *fmt, ...) PRINTF_LIKE(2, 3);

static enum jtok
fail(struct jstream *js, const char *fmt, ...)
{
	va_list ap;

	if (js->err[0] == '\0') {
		va_start(ap, fmt);
		vsnprintf(js->err, sizeof(js->err), fmt, ap);
		va_end(ap);
	}
	return JT_ERROR;
}

/* The error for running out of input in the middle of something. */
static enum jtok
fail_end(struct jstream *js, const char *what)
{
	js->tline = js->line;
	js->tcol = js->col;
	if (js->readerr)
		return fail(js, "the file cannot be read to its end (a truncated or corrupt "
		    "gzip file?)");
	return fail(js, "the file ends inside %s: is it truncated?", what);
}

static void
put_utf8(struct buf *b, unsigned long cp)
{
	if (cp < 0x80) {
		buf_putc(b, (int)cp);
	} else if (cp < 0x800) {
		buf_putc(b, (int)(0xC0 | (cp >> 6)));
		buf_putc(b, (int)(0x80 | (cp & 0x3F)));
	} else if (cp < 0x10000) {
		buf_putc(b, (int)(0xE0 | (cp >> 12)));
		buf_putc(b, (int)(0x80 | ((cp >> 6) & 0x3F)));
		buf_putc(b, (int)(0x80 | (cp & 0x3F)));
	} else {
		buf_putc(b, (int)(0xF0 | (cp >> 18)));
		buf_putc(b, (int)(0x80 | ((cp >> 12) & 0x3F)));
		buf_putc(b, (int)(0x80 | ((cp >> 6) & 0x3F)));
		buf_putc(b, (int)(0x80 | (cp & 0x3F)));
	}
}

/* Four hex digits of a \u escape; -1 if they are not. */
static long
hex4(struct jstream *js)
{
	long v = 0;
	int i, c;

	for (i = 0; i < 4; i++) {
		c = take(js);
		if (c >= '0' && c <= '9')
			v = v * 16 + (c - '0');
		else if (c >= 'a' && c <= 'f')
			v = v * 16 + (c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			v = v * 16 + (c - 'A' + 10);
		else
			return -1;
	}
	return v;
}

/* A string after its opening quote, into js->text. */
static bool
scan_string(struct jstream *js)
{
	int c, need = 0;

	js->text.len = 0;
	buf_reserve(&js->text, 64);
	for (;;) {
		c = take(js);
		if (c < 0) {
			fail_end(js, "a string");
			return false;
		}
		if (need > 0) {
			if ((c & 0xC0) != 0x80) {
				fail(js, "invalid UTF-8 in a string");
				return false;
			}
			need--;
			buf_putc(&js->text, c);
			continue;
		}
		if (c == '"')
			break;
		if (c < 0x20) {
			fail(js, "a control character (0x%02x) in a string must be escaped", c);
			return false;
		}
		if (c == '\\') {
			long cp;

			c = take(js);
			switch (c) {
			case '"': case '\\': case '/':
				buf_putc(&js->text, c);
				break;
			case 'b': buf_putc(&js->text, '\b'); break;
			case 'f': buf_putc(&js->text, '\f'); break;
			case 'n': buf_putc(&js->text, '\n'); break;
			case 'r': buf_putc(&js->text, '\r'); break;
			case 't': buf_putc(&js->text, '\t'); break;
			case 'u':
				if ((cp = hex4(js)) < 0) {
					fail(js, "\\u is followed by four hex digits");
					return false;
				}
				if (cp >= 0xD800 && cp <= 0xDBFF) {
					long lo;

					if (take(js) != '\\' || take(js) != 'u' || (lo = hex4(js)) < 0 ||
					    lo < 0xDC00 || lo > 0xDFFF) {
						fail(js, "a \\u surrogate without its pair");
						return false;
					}
					cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
				} else if (cp >= 0xDC00 && cp <= 0xDFFF) {
					fail(js, "a \\u surrogate without its pair");
					return false;
				}
				if (cp == 0) {
					fail(js, "\\u0000 is not allowed in a string");
					return false;
				}
				put_utf8(&js->text, (unsigned long)cp);
				break;
			default:
				if (c < 0)
					fail_end(js, "a string");
				else
					fail(js, "invalid escape \\%c in a string", c);
				return false;
			}
			continue;
		}
		if (c >= 0x80) {
			if ((c & 0xE0) == 0xC0 && c >= 0xC2)
				need = 1;
			else if ((c & 0xF0) == 0xE0)
				need = 2;
			else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
				need = 3;
			else {
				fail(js, "invalid UTF-8 in a string");
				return false;
			}
		}
		buf_putc(&js->text, c);
		if (js->text.len > MAX_STRING * 32) {
			fail(js, "a string longer than %d bytes", MAX_STRING * 32);
			return false;
		}
	}
	buf_str(&js->text);
	return true;
}

static bool
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/* A number starting with c (taken), by JSON's grammar, into js->text. */
static bool
scan_number(struct jstream *js, int c)
{
	js->text.len = 0;
	buf_putc(&js->text, c);
	if (c == '-') {
		c = take(js);
		if (!is_digit(c)) {
			fail(js, "a number needs digits after \"-\"");
			return false;
		}
		buf_putc(&js->text, c);
	}
	if (c != '0')
		while (is_digit(peek(js)))
			buf_putc(&js->text, take(js));
	else if (is_digit(peek(js))) {
		fail(js, "a number cannot start with 0 followed by digits");
		return false;
	}
	if (peek(js) == '.') {
		buf_putc(&js->text, take(js));
		if (!is_digit(peek(js))) {
			fail(js, "a number needs digits after \".\"");
			return false;
		}
		while (is_digit(peek(js)))
			buf_putc(&js->text, take(js));
	}
	if (peek(js) == 'e' || peek(js) == 'E') {
		buf_putc(&js->text, take(js));
		if (peek(js) == '+' || peek(js) == '-')
			buf_putc(&js->text, take(js));
		if (!is_digit(peek(js))) {
			fail(js, "a number needs digits in its exponent");
			return false;
		}
		while (is_digit(peek(js)))
			buf_putc(&js->text, take(js));
	}
	if (js->text.len > 64) {
		fail(js, "a number longer than 64 characters");
		return false;
	}
	buf_str(&js->text);
	return true;
}

static bool
literal(struct jstream *js, const char *rest)
{
	for (; *rest; rest++)
		if (take(js) != *rest)
			return false;
	return true;
}

/* Mark one value complete in the current container. */
static void
value_done(struct jstream *js)
{
	enum jwant *w = &js->stack[js->depth];

	if (*w == W_VALUE)
		*w = W_DONE;
	else if (*w == W_OBJ_VALUE)
		*w = W_OBJ_NEXT;
	else
		*w = W_ARR_NEXT;
}

/*
 * The next token. After JT_KEY, JT_STR and JT_NUM, js_text() holds its
 * text. JT_ERROR (with js_error()) on anything that is not JSON, and on
 * anything after the top-level value.
 */
enum jtok
js_next(struct jstream *js)
{
	enum jwant *w;
	int c;

	if (js->err[0])
		return JT_ERROR;
	for (;;) {
		c = peek(js);
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
			take(js);
		else
			break;
	}
	js->tline = js->line;
	js->tcol = js->col;
	w = &js->stack[js->depth];
	if (c < 0) {
		if (js->readerr)
			return fail_end(js, "the document");
		if (*w == W_DONE)
			return JT_EOF;
		return fail_end(js, js->depth ? "an object or array" : "the document");
	}
	switch (*w) {
	case W_DONE:
		return fail(js, "text after the end of the document");
	case W_COLON:
		if (take(js) != ':')
			return fail(js, "expected \":\" after an object key");
		*w = W_OBJ_VALUE;
		return js_next(js);
	case W_OBJ_NEXT:
	case W_ARR_NEXT:
		take(js);
		if (c == ',') {
			*w = *w == W_OBJ_NEXT ? W_KEY : W_ELEM;
			return js_next(js);
		}
		if (c == (*w == W_OBJ_NEXT ? '}' : ']')) {
			js->depth--;
			value_done(js);
			return c == '}' ? JT_OBJ_END : JT_ARR_END;
		}
		return fail(js, *w == W_OBJ_NEXT ? "expected \",\" or \"}\" in an object" :
		    "expected \",\" or \"]\" in an array");
	case W_FIRST_KEY:
	case W_KEY:
		take(js);
		if (c == '}' && *w == W_FIRST_KEY) {
			js->depth--;
			value_done(js);
			return JT_OBJ_END;
		}
		if (c != '"')
			return fail(js, "expected a key (a string in double quotes)");
		if (!scan_string(js))
			return JT_ERROR;
		*w = W_COLON;
		return JT_KEY;
	default:
		break;
	}
	/* a value: at the top, after a colon, or an array element */
	if (c == ']' && *w == W_FIRST_ELEM) {
		take(js);
		js->depth--;
		value_done(js);
		return JT_ARR_END;
	}
	take(js);
	switch (c) {
	case '{':
	case '[':
		if (js->depth >= JS_MAX_DEPTH)
			return fail(js, "nested more than %d deep", JS_MAX_DEPTH);
		js->stack[++js->depth] = c == '{' ? W_FIRST_KEY : W_FIRST_ELEM;
		return c == '{' ? JT_OBJ : JT_ARR;
	case '"':
		if (!scan_string(js))
			return JT_ERROR;
		value_done(js);
		return JT_STR;
	case 't':
		if (!literal(js, "rue"))
			return fail(js, "expected true");
		value_done(js);
		return JT_TRUE;
	case 'f':
		if (!literal(js, "alse"))
			return fail(js, "expected false");
		value_done(js);
		return JT_FALSE;
	case 'n':
		if (!literal(js, "ull"))
			return fail(js, "expected null");
		value_done(js);
		return JT_NULL;
	default:
		if (c == '-' || is_digit(c)) {
			if (!scan_number(js, c))
				return JT_ERROR;
			value_done(js);
			return JT_NUM;
		}
		if (c >= 0x20 && c < 0x7f)
			return fail(js, "unexpected \"%c\"", c);
		return fail(js, "unexpected byte 0x%02x", (unsigned)c);
	}
}

const char *
js_text(const struct jstream *js)
{
	return js->text.data ? js->text.data : "";
}

size_t
js_textlen(const struct jstream *js)
{
	return js->text.len;
}

int
js_line(const struct jstream *js)
{
	return js->tline;
}

int
js_col(const struct jstream *js)
{
	return js->tcol;
}

/* Containers open after the last token. */
int
js_depth(const struct jstream *js)
{
	return js->depth;
}

const char *
js_error(const struct jstream *js)
{
	return js->err;
}

/* Bytes of the file (decompressed) read so far. */
unsigned long long
js_bytes(const struct jstream *js)
{
	return js->consumed;
}

/*
 * Skip the value whose first token t was just returned (the whole object
 * or array for JT_OBJ/JT_ARR). Returns false on a syntax error.
 */
bool
js_skip(struct jstream *js, enum jtok t)
{
	int depth;

	if (t == JT_ERROR)
		return false;
	if (t != JT_OBJ && t != JT_ARR)
		return true;
	depth = js->depth - 1;
	while (js->depth > depth) {
		t = js_next(js);
		if (t == JT_ERROR || t == JT_EOF)
			return false;
	}
	return true;
}

/*
 * The value whose first token t was just returned, as a jansson value
 * (caller frees with json_decref), or NULL on a syntax error. Numbers are
 * reals (jansson's integers would overflow on long digit strings).
 */
void *
js_tree(struct jstream *js, enum jtok t)
{
	json_t *stack[JS_MAX_DEPTH + 2], *v, *root = NULL;
	char *keys[JS_MAX_DEPTH + 2];
	int sp = 0;

	for (;;) {
		v = NULL;
		switch (t) {
		case JT_OBJ:
			v = json_object();
			break;
		case JT_ARR:
			v = json_array();
			break;
		case JT_STR:
			v = json_stringn(js_text(js), js_textlen(js));
			break;
		case JT_NUM:
			v = json_real(strtod(js_text(js), NULL));
			break;
		case JT_TRUE:
			v = json_true();
			break;
		case JT_FALSE:
			v = json_false();
			break;
		case JT_NULL:
			v = json_null();
			break;
		case JT_OBJ_END:
		case JT_ARR_END:
			sp--;
			free(keys[sp]);
			if (sp == 0)
				return root;
			t = js_next(js);
			continue;
		case JT_KEY:
			keys[sp - 1] = xstrdup(js_text(js));
			t = js_next(js);
			continue;
		default:
			goto bad;
		}
		if (v == NULL)
			die("out of memory");
		if (sp == 0)
			root = v;
		else if (json_is_object(stack[sp - 1])) {
			json_object_set_new(stack[sp - 1], keys[sp - 1], v);
			free(keys[sp - 1]);
			keys[sp - 1] = NULL;
		} else {
			json_array_append_new(stack[sp - 1], v);
		}
		if (json_is_object(v) || json_is_array(v)) {
			keys[sp] = NULL;
			stack[sp++] = v;
		} else if (sp == 0) {
			return root;
		}
		t = js_next(js);
	}
bad:
	while (sp > 0)
		free(keys[--sp]);
	json_decref(root);
	return NULL;
}
