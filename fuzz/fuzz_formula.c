/*
 * fuzz_formula.c -- libFuzzer harness: the formula parser, evaluator and
 * printer.
 *
 * The input is formula text. If it parses, each name is bound to one of a
 * few cells (a number, zero, a negative number, text, a number as text, a
 * logical, an error) chosen by the name, and the formula is evaluated.
 * Then the property the workbook relies on: the printed formula (what goes
 * into Excel) parses again, prints the same, and evaluates to the same
 * value. A difference aborts, so libFuzzer reports it.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runsheet.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* The cells a name can bind to: a, zero, neg, txt, numtxt, flag, err. */
#define NCELLS 7

static void
print_ref(struct buf *b, const char *ref, int cell, void *arg)
{
	(void)arg;
	(void)cell;
	buf_puts(b, ref);
}

/* Bind every name of f to a cell picked from the name's bytes. */
static void
bind_all(struct formula *f)
{
	size_t i;

	for (i = 0; i < formula_nrefs(f); i++) {
		const unsigned char *p = (const unsigned char *)formula_ref(f, i);
		unsigned h = 0;

		while (*p)
			h = h * 31 + (unsigned)(*p++ | 0x20);
		formula_bind(f, i, (int)(h % NCELLS));
	}
}

static bool
same(const struct value *a, const struct value *b)
{
	if (a->type != b->type)
		return false;
	if (a->type == VT_ERR)
		return a->err == b->err;
	return value_equal(a, b);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text;
	struct formula *f, *g;
	int errpos;
	char *errmsg = NULL;
	struct value cells[NCELLS], v1, v2;
	struct evalctx c1, c2;
	struct buf p1 = {0}, p2 = {0};

	if (size > MAX_FORMULA_LEN + 16)
		return 0;
	text = xstrndup((const char *)data, size);
	f = formula_parse(text, &errpos, &errmsg);
	free(errmsg);
	errmsg = NULL;
	if (f == NULL) {
		free(text);
		return 0;
	}
	memset(cells, 0, sizeof(cells));
	cells[0].type = VT_NUM, cells[0].u.num = 2.5;
	cells[1].type = VT_NUM, cells[1].u.num = 0;
	cells[2].type = VT_NUM, cells[2].u.num = -3;
	cells[3].type = VT_STR, cells[3].u.str = "text";
	cells[4].type = VT_STR, cells[4].u.str = "12.5";
	cells[5].type = VT_BOOL, cells[5].u.b = 1;
	cells[6].type = VT_ERR, cells[6].err = VE_DIV0;
	bind_all(f);
	evalctx_init(&c1);
	v1 = eval_formula(&c1, f, cells);
	if (v1.type == VT_NUM && !isfinite(v1.u.num))
		abort(); /* a number is always finite: overflow is #NUM! */

	formula_print(f, &p1, print_ref, NULL);
	g = formula_parse(buf_str(&p1), &errpos, &errmsg);
	if (g == NULL) {
		fprintf(stderr, "printed formula does not parse: %s -> %s: %s\n", text,
		    buf_str(&p1), errmsg);
		abort();
	}
	formula_print(g, &p2, print_ref, NULL);
	if (strcmp(buf_str(&p1), buf_str(&p2)) != 0) {
		fprintf(stderr, "printing is not stable: %s -> %s -> %s\n", text, buf_str(&p1),
		    buf_str(&p2));
		abort();
	}
	bind_all(g);
	evalctx_init(&c2);
	v2 = eval_formula(&c2, g, cells);
	if (!same(&v1, &v2)) {
		fprintf(stderr, "printed formula evaluates differently: %s -> %s\n", text,
		    buf_str(&p1));
		abort();
	}
	evalctx_free(&c1);
	evalctx_free(&c2);
	formula_free(f);
	formula_free(g);
	buf_free(&p1);
	buf_free(&p2);
	free(text);
	return 0;
}
