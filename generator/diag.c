/*
 * diag.c -- diagnostics: records, never printed where they arise.
 *
 * Every stage appends records (file, line, column, JSON path, cell,
 * message) to a struct diags and carries on, so one run reports every bad
 * cell it can find. Only main.c prints them and decides the exit status.
 * A record made with diag_at() knows only its JSON pointer; the line and
 * column are found by rescanning the file's text (jsonpos_locate), which
 * costs nothing on the success path.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runsheet.h"

static void
diag_vadd(struct diags *d, enum diag_level level, const char *file, int line, int col,
    const char *path, const char *cell, const char *fmt, va_list ap)
{
	struct diag *g;
	struct buf msg = {0};

	GROW(d->list, d->nlist, d->cap);
	g = &d->list[d->nlist++];
	g->level = level;
	g->file = file ? xstrdup(file) : NULL;
	g->line = line;
	g->col = col;
	g->path = path ? xstrdup(path) : NULL;
	g->cell = cell ? xstrdup(cell) : NULL;
	buf_vprintf(&msg, fmt, ap);
	g->msg = buf_detach(&msg);
	if (level == DIAG_ERROR)
		d->nerrors++;
	else
		d->nwarnings++;
}

/*
 * Record a diagnostic at an explicit place. Any of file, path and cell may
 * be NULL; line and col are 0 when unknown.
 */
void
diag_add(struct diags *d, enum diag_level level, const char *file, int line, int col,
    const char *path, const char *cell, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diag_vadd(d, level, file, line, col, path, cell, fmt, ap);
	va_end(ap);
}

/*
 * Record a diagnostic about the value at JSON pointer path inside src. If
 * fcol >= 0 the value is a string (a formula) and the place is fcol bytes
 * into it. The line and column are worked out from the file's text.
 */
void
diag_at(struct diags *d, enum diag_level level, const struct src *src, const char *path, int fcol,
    const char *cell, const char *fmt, ...)
{
	va_list ap;
	int line = 0, col = 0;

	if (src != NULL && path != NULL)
		jsonpos_locate(src->text, src->len, path, fcol, &line, &col);
	va_start(ap, fmt);
	diag_vadd(d, level, src ? src->path : NULL, line, col, path, cell, fmt, ap);
	va_end(ap);
}

/*
 * One record as "file:line:column: error: where: message", the shape
 * compilers use, so editors can jump to the place (no line end).
 */
void
diag_format(struct buf *b, const struct diag *g)
{
	if (g->file) {
		buf_puts(b, g->file);
		if (g->line > 0)
			buf_printf(b, ":%d:%d", g->line, g->col);
		buf_puts(b, ": ");
	} else {
		buf_puts(b, "runsheet: ");
	}
	buf_puts(b, g->level == DIAG_ERROR ? "error: " : "warning: ");
	if (g->path && g->path[0])
		buf_printf(b, "%s: ", g->path);
	else if (g->cell)
		buf_printf(b, "%s: ", g->cell);
	buf_puts(b, g->msg);
}

/* Print every record, one a line (diag_format). */
void
diags_print(const struct diags *d, FILE *f)
{
	struct buf b = {0};
	size_t i;

	for (i = 0; i < d->nlist; i++) {
		b.len = 0;
		diag_format(&b, &d->list[i]);
		buf_putc(&b, '\n');
		fwrite(b.data, 1, b.len, f);
	}
	buf_free(&b);
}

void
diags_free(struct diags *d)
{
	size_t i;

	for (i = 0; i < d->nlist; i++) {
		free(d->list[i].file);
		free(d->list[i].path);
		free(d->list[i].cell);
		free(d->list[i].msg);
	}
	free(d->list);
	memset(d, 0, sizeof(*d));
}

/* Append copies of every record of from to d, in order. */
void
diags_append(struct diags *d, const struct diags *from)
{
	size_t i;

	for (i = 0; i < from->nlist; i++) {
		const struct diag *g = &from->list[i];

		diag_add(d, g->level, g->file, g->line, g->col, g->path, g->cell, "%s", g->msg);
	}
}
