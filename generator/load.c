/*
 * load.c -- reading JSON files, and finding places inside them.
 *
 * Files are read whole (so their bytes can be hashed and rescanned) and
 * parsed with jansson, rejecting duplicate keys. jansson's values carry no
 * positions, so every later stage names a value by its JSON pointer
 * ("/workload/vcpu"); when a diagnostic needs a line and column,
 * jsonpos_locate() rescans the text along that pointer. The rescan only
 * has to handle text jansson already accepted.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "runsheet.h"

/*
 * Read and parse the JSON file at path; display is the name diagnostics
 * use (NULL: path). Returns a new src (caller frees with src_free), or NULL
 * after recording the error: unreadable file, bad UTF-8, syntax error with
 * line and column, duplicate key, or a top level that is not an object.
 */
struct src *
src_load(const char *path, const char *display, struct diags *d)
{
	return src_load_max(path, display, MAX_FILE_BYTES, d);
}

static struct src *parse_max(const char *, const char *, size_t, size_t, struct diags *);

/*
 * As src_load, for files of up to max bytes (the imports read exports
 * bigger than any model file). Returns a new src or NULL, reported.
 */
struct src *
src_load_max(const char *path, const char *display, size_t max, struct diags *d)
{
	struct buf b = {0};

	if (display == NULL)
		display = path;
	if (!file_read_max(path, &b, max)) {
		if (errno == EFBIG)
			diag_add(d, DIAG_ERROR, display, 0, 0, NULL, NULL,
			    "file is larger than %zu bytes", max);
		else
			diag_add(d, DIAG_ERROR, display, 0, 0, NULL, NULL, "cannot read: %s",
			    strerror(errno));
		buf_free(&b);
		return NULL;
	}
	{
		struct src *s = parse_max(display, b.data, b.len, max, d);

		buf_free(&b);
		return s;
	}
}

/*
 * Parse len bytes of JSON text named display (the fuzzers and src_load).
 * Copies the text. Returns a new src, or NULL after recording the error.
 */
struct src *
src_parse(const char *display, const char *text, size_t len, struct diags *d)
{
	return parse_max(display, text, len, MAX_FILE_BYTES, d);
}

/*
 * Whether text is UTF-16: a byte order mark (FF FE or FE FF), or a NUL
 * beside each of the first ASCII characters, as UTF-16 without one has.
 */
static bool
text_is_utf16(const char *text, size_t len)
{
	const unsigned char *u = (const unsigned char *)text;

	if (text == NULL || len < 2)
		return false;
	if ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))
		return true;
	return len >= 4 && ((u[0] && !u[1] && u[2] && !u[3]) || (!u[0] && u[1] && !u[2] && u[3]));
}

static struct src *
parse_max(const char *display, const char *text, size_t len, size_t max, struct diags *d)
{
	struct src *s;
	struct buf b = {0};
	json_error_t err;
	json_t *root;
	const char *nul;

	if (len > max) {
		diag_add(d, DIAG_ERROR, display, 0, 0, NULL, NULL, "file is larger than %zu bytes",
		    max);
		return NULL;
	}
	if (text_is_utf16(text, len)) {
		diag_add(d, DIAG_ERROR, display, 1, 1, NULL, NULL, "the file is UTF-16 (what "
		    "PowerShell's > writes); runsheet reads UTF-8: save it as UTF-8 (Out-File "
		    "-Encoding utf8, or iconv -f UTF-16 -t UTF-8)");
		return NULL;
	}
	/* a UTF-8 byte order mark: RFC 8259 lets a parser ignore it, and we do */
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
		text += 3;
		len -= 3;
	}
	buf_put(&b, text ? text : "", len);
	buf_str(&b);
	if ((nul = memchr(b.data, '\0', b.len)) != NULL) {
		int line = 1, col = 1;
		const char *p;

		for (p = b.data; p < nul; p++) {
			if (*p == '\n')
				line++, col = 1;
			else if (((unsigned char)*p & 0xC0) != 0x80)
				col++;
		}
		diag_add(d, DIAG_ERROR, display, line, col, NULL, NULL,
		    "file contains a NUL byte; is it a JSON text file?");
		buf_free(&b);
		return NULL;
	}
	root = json_loadb(b.data, b.len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &err);
	if (root == NULL) {
		const char *p = b.data;
		int line = 1, col = 1;

		/* what does not even start as JSON is not quoted back: it may be anything */
		for (; *p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'; p++)
			if (*p == '\n')
				line++, col = 1;
			else
				col++;
		if (*p == '\0')
			diag_add(d, DIAG_ERROR, display, line, col, NULL, NULL, "the file is empty: "
			    "a JSON file starts with \"{\"");
		else if (*p != '{' && *p != '[')
			diag_add(d, DIAG_ERROR, display, line, col, NULL, NULL, "not a JSON file: "
			    "JSON starts with \"{\", and this file does not");
		else
			diag_add(d, DIAG_ERROR, display, err.line > 0 ? err.line : 1,
			    err.column > 0 ? err.column : 1, NULL, NULL, "JSON syntax error: %s",
			    err.text);
		buf_free(&b);
		return NULL;
	}
	if (!json_is_object(root)) {
		diag_add(d, DIAG_ERROR, display, 1, 1, NULL, NULL,
		    "expected a JSON object at the top level");
		json_decref(root);
		buf_free(&b);
		return NULL;
	}
	s = xcalloc(1, sizeof(*s));
	s->path = xstrdup(display);
	s->len = b.len;
	s->text = buf_detach(&b);
	s->root = root;
	s->hash = hash_bytes(s->text, s->len, 0);
	return s;
}

void
src_free(struct src *s)
{
	if (s == NULL)
		return;
	if (s->root)
		json_decref((json_t *)s->root);
	free(s->path);
	free(s->text);
	free(s);
}

