/*
 * xlsxcases.c -- the formula cases as a workbook, for LibreOffice.
 *
 *   xlsxcases tests/formula/cases.txt OUT.xlsx
 *
 * Writes every case of the formula file that parses and is not marked !lo
 * as a live formula on the sheet Cases, with runsheet's own result as the
 * cached value; each case's bindings become cells on the sheet Bindings
 * and its names are re-printed as references to them. LibreOffice then
 * recalculates, and xlsxcheck compares: LibreOffice, an independent
 * implementation of the same language, must agree with runsheet's engine
 * on every case.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xlsxwriter.h>

#include "runsheet.h"
#include "formula.h"

struct bind {
	char name[128];
	struct value v;
	char *owned;
	int row; /* on the Bindings sheet */
};

static struct bind binds[16];
static size_t nbinds;

static char *
trim(char *s)
{
	char *e;

	while (*s == ' ')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\n' || e[-1] == '\r'))
		*--e = '\0';
	return s;
}

static bool
literal(const char *s, struct value *v, char **owned)
{
	memset(v, 0, sizeof(*v));
	*owned = NULL;
	if (s[0] == '"') {
		struct buf b = {0};
		const char *p = s + 1;

		while (*p && *p != '"') {
			if (*p == '\\' && p[1])
				p++;
			buf_putc(&b, *p++);
		}
		*owned = buf_detach(&b);
		v->type = VT_STR;
		v->u.str = *owned;
		return true;
	}
	if (strcmp(s, "TRUE") == 0 || strcmp(s, "FALSE") == 0) {
		v->type = VT_BOOL;
		v->u.b = s[0] == 'T';
		return true;
	}
	v->type = VT_NUM;
	return num_parse(s, &v->u.num);
}

static void
print_ref(struct buf *b, const char *ref, int cell, void *arg)
{
	(void)ref;
	(void)arg;
	buf_printf(b, "Bindings!$B$%d", binds[cell].row + 1);
}

int
main(int argc, char **argv)
{
	FILE *fp;
	char line[8192];
	lxw_workbook *wb;
	lxw_worksheet *cases, *bsheet;
	int row = 0, brow = 0;

	if (argc != 3) {
		fprintf(stderr, "usage: xlsxcases CASES OUT.xlsx\n");
		return 2;
	}
	if ((fp = fopen(argv[1], "r")) == NULL) {
		perror(argv[1]);
		return 2;
	}
	wb = workbook_new(argv[2]);
	cases = workbook_add_worksheet(wb, "Cases");
	bsheet = workbook_add_worksheet(wb, "Bindings");
	while (fgets(line, sizeof(line), fp)) {
		char *arrow = strstr(line, " => "), *expr, *rhs, *bar, *errmsg = NULL;
		struct formula *f;
		struct value cells[16], got;
		struct evalctx ctx;
		struct buf out = {0};
		int errpos;
		size_t i;

		if (line[0] == '#' || arrow == NULL || strstr(line, " !lo") != NULL)
			continue;
		*arrow = '\0';
		expr = trim(line);
		rhs = arrow + 4;
		if (strncmp(trim(rhs), "error@", 6) == 0)
			continue;
		nbinds = 0;
		if ((bar = strstr(rhs, " | ")) != NULL) {
			char *save = NULL, *tok;

			for (tok = strtok_r(bar + 3, ";", &save); tok && nbinds < 16;
			    tok = strtok_r(NULL, ";", &save)) {
				char *eq = strchr(tok, '=');

				if (eq == NULL)
					continue;
				*eq = '\0';
				snprintf(binds[nbinds].name, sizeof(binds[nbinds].name), "%s", trim(tok));
				literal(trim(eq + 1), &binds[nbinds].v, &binds[nbinds].owned);
				binds[nbinds].row = brow++;
				cells[nbinds] = binds[nbinds].v;
				worksheet_write_string(bsheet, (lxw_row_t)binds[nbinds].row, 0,
				    binds[nbinds].name, NULL);
				switch (binds[nbinds].v.type) {
				case VT_NUM:
					worksheet_write_number(bsheet, (lxw_row_t)binds[nbinds].row, 1,
					    binds[nbinds].v.u.num, NULL);
					break;
				case VT_BOOL:
					worksheet_write_boolean(bsheet, (lxw_row_t)binds[nbinds].row, 1,
					    binds[nbinds].v.u.b, NULL);
					break;
				default:
					worksheet_write_string(bsheet, (lxw_row_t)binds[nbinds].row, 1,
					    binds[nbinds].v.u.str, NULL);
				}
				nbinds++;
			}
		}
		f = formula_parse(expr, &errpos, &errmsg);
		if (f == NULL) {
			free(errmsg);
			continue;
		}
		for (i = 0; i < formula_nrefs(f); i++) {
			size_t k;

			for (k = 0; k < nbinds; k++)
				if (str_casecmp(binds[k].name, formula_ref(f, i)) == 0)
					break;
			formula_bind(f, i, (int)k);
		}
		evalctx_init(&ctx);
		got = eval_formula(&ctx, f, cells);
		buf_putc(&out, '=');
		formula_print(f, &out, print_ref, NULL);
		worksheet_write_string(cases, (lxw_row_t)row, 0, expr, NULL);
		switch (got.type) {
		case VT_NUM:
			worksheet_write_formula_num(cases, (lxw_row_t)row, 1, buf_str(&out), NULL,
			    got.u.num);
			break;
		case VT_STR:
			worksheet_write_formula_str(cases, (lxw_row_t)row, 1, buf_str(&out), NULL,
			    got.u.str);
			break;
		case VT_BOOL:
			worksheet_write_formula_str(cases, (lxw_row_t)row, 1, buf_str(&out), NULL,
			    got.u.b ? "TRUE" : "FALSE");
			break;
		default:
			worksheet_write_formula_str(cases, (lxw_row_t)row, 1, buf_str(&out), NULL,
			    verr_code(got.err));
		}
		row++;
		evalctx_free(&ctx);
		formula_free(f);
		buf_free(&out);
		for (i = 0; i < nbinds; i++)
			free(binds[i].owned);
	}
	fclose(fp);
	if (workbook_close(wb) != LXW_NO_ERROR)
		return 1;
	printf("%d cases\n", row);
	return 0;
}
