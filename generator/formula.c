/*
 * formula.c -- parsing formulas into a tree and bytecode, and printing
 * them back.
 *
 * The language is the subset of Excel's that cost models need: numbers,
 * strings, TRUE and FALSE, names of cells, the operators
 * + - * / ^ & = <> < <= > >= and postfix %, and the functions in fninfo[].
 * Precedence and associativity are Excel's, which surprise people:
 * negation binds tighter than ^ (-2^2 is 4) and ^ associates to the left
 * (2^3^2 is 64). Because the same formulas are written into the workbook,
 * anything Excel would read differently must be rejected here, never
 * "fixed" silently.
 *
 * Design: a recursive-descent parser builds a tree of struct fnode (kept,
 * with the author's parentheses, so formula_print can write the formula
 * back as written, with names mapped by a callback); a post-order walk
 * turns the tree into a flat array of struct insn that eval.c runs on an
 * operand stack. IF and IFERROR compile to jumps so that, as in Excel,
 * the branch not taken is never evaluated (IF(x>0, y/x, 0) is safe).
 * Names are collected into refs[] and bound to cell indices later by the
 * model (formula_bind), which patches the OP_REF operands in place.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runsheet.h"
#include "formula.h"

const struct fninfo fninfo[FN__MAX] = {
	[FN_ABS] = {"ABS", 1, 1},
	[FN_AND] = {"AND", 1, 255},
	[FN_AVERAGE] = {"AVERAGE", 1, 255},
	[FN_CEILING] = {"CEILING", 2, 2},
	[FN_EXP] = {"EXP", 1, 1},
	[FN_FLOOR] = {"FLOOR", 2, 2},
	[FN_IF] = {"IF", 2, 3},
	[FN_IFERROR] = {"IFERROR", 2, 2},
	[FN_INT] = {"INT", 1, 1},
	[FN_LN] = {"LN", 1, 1},
	[FN_LOG10] = {"LOG10", 1, 1},
	[FN_MAX] = {"MAX", 1, 255},
	[FN_MIN] = {"MIN", 1, 255},
	[FN_MOD] = {"MOD", 2, 2},
	[FN_NOT] = {"NOT", 1, 1},
	[FN_OR] = {"OR", 1, 255},
	[FN_POWER] = {"POWER", 2, 2},
	[FN_ROUND] = {"ROUND", 2, 2},
	[FN_ROUNDDOWN] = {"ROUNDDOWN", 2, 2},
	[FN_ROUNDUP] = {"ROUNDUP", 2, 2},
	[FN_SIGN] = {"SIGN", 1, 1},
	[FN_SQRT] = {"SQRT", 1, 1},
	[FN_SUM] = {"SUM", 1, 255},
	[FN_TRUNC] = {"TRUNC", 1, 2},
};

/* Binary operators by precedence level, lowest first (Excel's order). */
enum prec {
	P_CMP = 1, /* = <> < <= > >= */
	P_CAT,     /* & */
	P_ADD,     /* + - */
	P_MUL,     /* * / */
	P_POW,     /* ^ (left-associative) */
	P_PCT,     /* postfix % */
	P_UNARY,   /* prefix - + */
	P_ATOM
};

enum tok {
	T_END,
	T_NUM,
	T_STR,
	T_NAME,
	T_FUNC, /* a name directly followed by "(" */
	T_OP,   /* operator: op holds enum op, or OP_PCT */
	T_LPAREN,
	T_RPAREN,
	T_COMMA,
	T_ERROR
};

struct parser {
	const char *text;   /* formula text */
	size_t len;
	size_t p;           /* cursor */
	enum tok tok;       /* current token */
	size_t tokpos;      /* its offset */
	size_t toklen;      /* its length */
	int op;             /* T_OP: the operator */
	double num;         /* T_NUM: the value */
	struct buf str;     /* T_STR: decoded text */
	int depth;          /* nesting, bounded by MAX_FORMULA_DEPTH */
	struct formula *f;  /* being built */
	intptr_t *kidi;     /* children as node indices while nodes can move */
	size_t nkidi;
	size_t nodecap, kidcap, numcap, strcap, refcap, codecap;
	int errpos;         /* first error: offset */
	char *errmsg;       /* first error: message (owned) */
};

static void
perror_at(struct parser *ps, size_t pos, const char *fmt, ...) PRINTF_LIKE(3, 4);

static void
perror_at(struct parser *ps, size_t pos, const char *fmt, ...)
{
	struct buf b = {0};
	va_list ap;

	if (ps->errmsg != NULL)
		return;
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	ps->errmsg = buf_detach(&b);
	ps->errpos = (int)pos;
}

static bool
is_name_start(int c)
{
	return isalpha(c) || c == '_' || c == '\\';
}

static bool
is_name_char(int c)
{
	return isalnum(c) || c == '_' || c == '.' || c == '\\';
}

/* Look a function up by name, case-insensitively; -1 if unknown. */
static int
fn_lookup(const char *name, size_t n)
{
	int i;

	for (i = 0; i < FN__MAX; i++)
		if (strlen(fninfo[i].name) == n && str_ncasecmp(fninfo[i].name, name, n) == 0)
			return i;
	return -1;
}

/* Whether name is one of our functions or a boolean literal. */
bool
formula_is_function(const char *name)
{
	return fn_lookup(name, strlen(name)) >= 0 || str_casecmp(name, "TRUE") == 0 ||
	    str_casecmp(name, "FALSE") == 0;
}

/* Read the next token into ps. */
static void
next(struct parser *ps)
{
	const char *s = ps->text;
	size_t p = ps->p;
	int c;

	while (p < ps->len && (s[p] == ' ' || s[p] == '\t' || s[p] == '\n' || s[p] == '\r'))
		p++;
	ps->tokpos = p;
	if (p >= ps->len) {
		ps->tok = T_END;
		ps->toklen = 0;
		ps->p = p;
		return;
	}
	c = (unsigned char)s[p];
	if (isdigit(c) || (c == '.' && p + 1 < ps->len && isdigit((unsigned char)s[p + 1]))) {
		size_t q = p;
		char *tmp;

		while (q < ps->len && isdigit((unsigned char)s[q]))
			q++;
		if (q < ps->len && s[q] == '.') {
			q++;
			while (q < ps->len && isdigit((unsigned char)s[q]))
				q++;
		}
		if (q < ps->len && (s[q] == 'e' || s[q] == 'E')) {
			size_t r = q + 1;

			if (r < ps->len && (s[r] == '+' || s[r] == '-'))
				r++;
			if (r < ps->len && isdigit((unsigned char)s[r])) {
				while (r < ps->len && isdigit((unsigned char)s[r]))
					r++;
				q = r;
			} else {
				ps->tok = T_ERROR;
				perror_at(ps, q, "malformed exponent in number");
				ps->p = q;
				return;
			}
		}
		if (q < ps->len && is_name_start((unsigned char)s[q])) {
			ps->tok = T_ERROR;
			perror_at(ps, p,
			    "\"%.*s\" is not a number or a name (names start with a letter)",
			    (int)(q - p + 1), s + p);
			ps->p = q;
			return;
		}
		tmp = xstrndup(s + p, q - p);
		ps->num = strtod(tmp, NULL);
		free(tmp);
		if (!isfinite(ps->num)) {
			ps->tok = T_ERROR;
			perror_at(ps, p, "number is too large");
		} else {
			ps->tok = T_NUM;
		}
		ps->toklen = q - p;
		ps->p = q;
		return;
	}
	if (c == '"') {
		size_t q = p + 1;

		ps->str.len = 0;
		buf_str(&ps->str);
		for (;;) {
			if (q >= ps->len) {
				ps->tok = T_ERROR;
				perror_at(ps, p, "unterminated string (a string ends with \")");
				ps->p = q;
				return;
			}
			if (s[q] == '"') {
				if (q + 1 < ps->len && s[q + 1] == '"') {
					buf_putc(&ps->str, '"');
					q += 2;
					continue;
				}
				q++;
				break;
			}
			buf_putc(&ps->str, s[q++]);
		}
		if (ps->str.len > MAX_STRING) {
			ps->tok = T_ERROR;
			perror_at(ps, p, "string constant longer than %d bytes", MAX_STRING);
			ps->p = q;
			return;
		}
		ps->tok = T_STR;
		ps->toklen = q - p;
		ps->p = q;
		return;
	}
	if (is_name_start(c)) {
		size_t q = p;

		while (q < ps->len && is_name_char((unsigned char)s[q]))
			q++;
		ps->toklen = q - p;
		ps->p = q;
		ps->tok = (q < ps->len && s[q] == '(') ? T_FUNC : T_NAME;
		return;
	}
	ps->toklen = 1;
	ps->p = p + 1;
	ps->tok = T_OP;
	switch (c) {
	case '+':
		ps->op = OP_ADD;
		return;
	case '-':
		ps->op = OP_SUB;
		return;
	case '*':
		ps->op = OP_MUL;
		return;
	case '/':
		ps->op = OP_DIV;
		return;
	case '^':
		ps->op = OP_POW;
		return;
	case '&':
		ps->op = OP_CAT;
		return;
	case '%':
		ps->op = OP_PCT;
		return;
	case '=':
		ps->op = OP_EQ;
		return;
	case '<':
		if (p + 1 < ps->len && s[p + 1] == '=') {
			ps->op = OP_LE, ps->p++, ps->toklen++;
		} else if (p + 1 < ps->len && s[p + 1] == '>') {
			ps->op = OP_NE, ps->p++, ps->toklen++;
		} else {
			ps->op = OP_LT;
		}
		return;
	case '>':
		if (p + 1 < ps->len && s[p + 1] == '=')
			ps->op = OP_GE, ps->p++, ps->toklen++;
		else
			ps->op = OP_GT;
		return;
	case '(':
		ps->tok = T_LPAREN;
		return;
	case ')':
		ps->tok = T_RPAREN;
		return;
	case ',':
		ps->tok = T_COMMA;
		return;
	}
	ps->tok = T_ERROR;
	if (c == ';')
		perror_at(ps, p, "unexpected \";\": separate function arguments with \",\"");
	else if (c == '!' || c == '$' || c == ':' || c == '[' || c == '{')
		perror_at(ps, p, "unexpected \"%c\": formulas refer to cells by name, not by "
		    "sheet, range or array", c);
	else if (c < 0x20 || c >= 0x7f)
		perror_at(ps, p, "unexpected character (byte 0x%02x)", c);
	else
		perror_at(ps, p, "unexpected character \"%c\"", c);
}

/* Allocate a node; children are attached by the caller. */
static struct fnode *
node(struct parser *ps, enum nkind kind, size_t pos)
{
	struct fnode *n;

	/* Nodes live in one array that may move, so they are linked by
	 * index until the parse is done (see fix_links). */
	GROW(ps->f->nodes, ps->f->nnodes, ps->nodecap);
	n = &ps->f->nodes[ps->f->nnodes++];
	memset(n, 0, sizeof(*n));
	n->kind = (uint8_t)kind;
	n->pos = (uint16_t)(pos > UINT16_MAX ? UINT16_MAX : pos);
	return n;
}

/* Nodes are addressed by index while the array can still grow. */
#define NIDX(ps, n) ((intptr_t)((n) - (ps)->f->nodes))

static intptr_t parse_expr(struct parser *);

/* Record children (as node indices) for node at index at. */
static void
set_kids(struct parser *ps, intptr_t at, const intptr_t *kids, int n)
{
	struct formula *f = ps->f;
	int i;

	f->nodes[at].nkids = n;
	f->nodes[at].idx = (int)ps->nkidi;
	for (i = 0; i < n; i++) {
		GROW(ps->kidi, ps->nkidi, ps->kidcap);
		ps->kidi[ps->nkidi++] = kids[i];
	}
}

static int
add_num(struct parser *ps, double v)
{
	GROW(ps->f->nums, ps->f->nnums, ps->numcap);
	ps->f->nums[ps->f->nnums] = v;
	return (int)ps->f->nnums++;
}

static int
add_ref(struct parser *ps, const char *name, size_t n, size_t pos)
{
	struct formula *f = ps->f;
	size_t i;

	for (i = 0; i < f->nrefs; i++)
		if (strlen(f->refs[i]) == n && strncmp(f->refs[i], name, n) == 0)
			return (int)i;
	if (f->nrefs >= ps->refcap) {
		ps->refcap = ps->refcap ? ps->refcap * 2 : 8;
		f->refs = xreallocarray(f->refs, ps->refcap, sizeof(*f->refs));
		f->refpos = xreallocarray(f->refpos, ps->refcap, sizeof(*f->refpos));
		f->refcell = xreallocarray(f->refcell, ps->refcap, sizeof(*f->refcell));
	}
	f->refs[f->nrefs] = xstrndup(name, n);
	f->refpos[f->nrefs] = (int)pos;
	f->refcell[f->nrefs] = -1;
	return (int)f->nrefs++;
}

static bool
enter(struct parser *ps)
{
	if (++ps->depth > MAX_FORMULA_DEPTH) {
		perror_at(ps, ps->tokpos, "formula nests deeper than %d levels",
		    MAX_FORMULA_DEPTH);
		return false;
	}
	return true;
}

/* primary := number | string | TRUE | FALSE | name | call | "(" expr ")" */
static intptr_t
parse_primary(struct parser *ps)
{
	struct fnode *n;
	intptr_t at, kid;

	switch (ps->tok) {
	case T_NUM:
		n = node(ps, N_NUM, ps->tokpos);
		n->idx = add_num(ps, ps->num);
		next(ps);
		return NIDX(ps, n);
	case T_STR: {
		struct formula *f = ps->f;

		n = node(ps, N_STR, ps->tokpos);
		GROW(f->strs, f->nstrs, ps->strcap);
		f->strs[f->nstrs] = xstrndup(ps->str.data, ps->str.len);
		n->idx = (int)f->nstrs++;
		next(ps);
		return NIDX(ps, n);
	}
	case T_NAME: {
		const char *name = ps->text + ps->tokpos;
		size_t len = ps->toklen;

		if ((len == 4 && str_ncasecmp(name, "TRUE", 4) == 0) ||
		    (len == 5 && str_ncasecmp(name, "FALSE", 5) == 0)) {
			n = node(ps, N_BOOL, ps->tokpos);
			n->b = len == 4;
			next(ps);
			return NIDX(ps, n);
		}
		if (len > MAX_NAME) {
			perror_at(ps, ps->tokpos, "name longer than %d characters", MAX_NAME);
			return -1;
		}
		n = node(ps, N_REF, ps->tokpos);
		n->idx = add_ref(ps, name, len, ps->tokpos);
		next(ps);
		return NIDX(ps, n);
	}
	case T_FUNC: {
		const char *name = ps->text + ps->tokpos;
		size_t len = ps->toklen, pos = ps->tokpos;
		int fn = fn_lookup(name, len), nargs = 0;
		intptr_t args[256];

		if ((len == 4 && str_ncasecmp(name, "TRUE", 4) == 0) ||
		    (len == 5 && str_ncasecmp(name, "FALSE", 5) == 0)) {
			/* TRUE() and FALSE() are the function forms of the literals */
			bool b = len == 4;

			next(ps); /* ( */
			next(ps);
			if (ps->tok != T_RPAREN) {
				perror_at(ps, ps->tokpos, "%s() takes no arguments",
				    b ? "TRUE" : "FALSE");
				return -1;
			}
			next(ps);
			n = node(ps, N_BOOL, pos);
			n->b = b;
			return NIDX(ps, n);
		}
		if (fn < 0) {
			perror_at(ps, pos, "unknown function \"%.*s\"", (int)len, name);
			return -1;
		}
		if (!enter(ps))
			return -1;
		next(ps); /* ( */
		next(ps);
		if (ps->tok != T_RPAREN) {
			for (;;) {
				if (nargs >= 255) {
					perror_at(ps, ps->tokpos,
					    "%s has more than 255 arguments", fninfo[fn].name);
					return -1;
				}
				if (ps->tok == T_COMMA || ps->tok == T_RPAREN) {
					perror_at(ps, ps->tokpos,
					    "empty argument in %s(...)", fninfo[fn].name);
					return -1;
				}
				if ((args[nargs++] = parse_expr(ps)) < 0)
					return -1;
				if (ps->tok == T_COMMA) {
					next(ps);
					continue;
				}
				if (ps->tok == T_RPAREN)
					break;
				if (ps->tok == T_END)
					perror_at(ps, pos,
					    "missing \")\" to close %s(", fninfo[fn].name);
				else if (ps->tok != T_ERROR)
					perror_at(ps, ps->tokpos,
					    "expected \",\" or \")\" in %s(...)",
					    fninfo[fn].name);
				return -1;
			}
		}
		next(ps);
		ps->depth--;
		if (nargs < fninfo[fn].minargs || nargs > fninfo[fn].maxargs) {
			if (fninfo[fn].minargs == fninfo[fn].maxargs)
				perror_at(ps, pos, "%s takes %d argument%s, not %d",
				    fninfo[fn].name, fninfo[fn].minargs,
				    fninfo[fn].minargs == 1 ? "" : "s", nargs);
			else if (fninfo[fn].maxargs == 255)
				perror_at(ps, pos, "%s takes at least %d argument%s",
				    fninfo[fn].name, fninfo[fn].minargs,
				    fninfo[fn].minargs == 1 ? "" : "s");
			else
				perror_at(ps, pos, "%s takes %d to %d arguments, not %d",
				    fninfo[fn].name, fninfo[fn].minargs, fninfo[fn].maxargs,
				    nargs);
			return -1;
		}
		n = node(ps, N_CALL, pos);
		n->fn = fn;
		at = NIDX(ps, n);
		set_kids(ps, at, args, nargs);
		return at;
	}
	case T_LPAREN: {
		size_t pos = ps->tokpos;

		if (!enter(ps))
			return -1;
		next(ps);
		if (ps->tok == T_RPAREN) {
			perror_at(ps, ps->tokpos, "empty parentheses");
			return -1;
		}
		if ((kid = parse_expr(ps)) < 0)
			return -1;
		if (ps->tok != T_RPAREN) {
			if (ps->tok == T_END)
				perror_at(ps, pos, "missing \")\" to close this \"(\"");
			else if (ps->tok != T_ERROR)
				perror_at(ps, ps->tokpos, "expected \")\"");
			return -1;
		}
		next(ps);
		ps->depth--;
		n = node(ps, N_PAREN, pos);
		at = NIDX(ps, n);
		set_kids(ps, at, &kid, 1);
		return at;
	}
	case T_END:
		perror_at(ps, ps->tokpos, ps->tokpos == 0 ? "empty formula" :
		    "formula ends where a value was expected");
		return -1;
	case T_RPAREN:
		perror_at(ps, ps->tokpos, "unexpected \")\"");
		return -1;
	case T_COMMA:
		perror_at(ps, ps->tokpos, "unexpected \",\" outside a function's arguments");
		return -1;
	case T_OP:
		perror_at(ps, ps->tokpos, "expected a value before \"%.*s\"", (int)ps->toklen,
		    ps->text + ps->tokpos);
		return -1;
	default:
		return -1; /* T_ERROR: already reported */
	}
}

/* unary := ("-" | "+") unary | primary ; then postfix "%"* */
static intptr_t
parse_unary(struct parser *ps)
{
	intptr_t kid, at;
	struct fnode *n;

	if (ps->tok == T_OP && (ps->op == OP_SUB || ps->op == OP_ADD)) {
		int op = ps->op == OP_SUB ? OP_NEG : OP_PLUS;
		size_t pos = ps->tokpos;

		if (!enter(ps))
			return -1;
		next(ps);
		if ((kid = parse_unary(ps)) < 0)
			return -1;
		ps->depth--;
		n = node(ps, N_UNARY, pos);
		n->op = (uint8_t)op;
		at = NIDX(ps, n);
		set_kids(ps, at, &kid, 1);
		return at;
	}
	return parse_primary(ps);
}

static intptr_t
parse_percent(struct parser *ps)
{
	intptr_t kid = parse_unary(ps), at;
	struct fnode *n;

	while (kid >= 0 && ps->tok == T_OP && ps->op == OP_PCT) {
		n = node(ps, N_PCT, ps->tokpos);
		at = NIDX(ps, n);
		set_kids(ps, at, &kid, 1);
		kid = at;
		next(ps);
	}
	return kid;
}

static int
binary_prec(int op)
{
	switch (op) {
	case OP_EQ:
	case OP_NE:
	case OP_LT:
	case OP_LE:
	case OP_GT:
	case OP_GE:
		return P_CMP;
	case OP_CAT:
		return P_CAT;
	case OP_ADD:
	case OP_SUB:
		return P_ADD;
	case OP_MUL:
	case OP_DIV:
		return P_MUL;
	case OP_POW:
		return P_POW;
	}
	return 0;
}

/* Binary operators of precedence >= min, all left-associative as in Excel. */
static intptr_t
parse_binary(struct parser *ps, int min)
{
	intptr_t lhs, rhs, at, kids[2];
	struct fnode *n;
	int op, prec;
	size_t pos;

	if (min > P_POW)
		return parse_percent(ps);
	if ((lhs = parse_binary(ps, min + 1)) < 0)
		return -1;
	while (ps->tok == T_OP && ps->op != OP_PCT && binary_prec(ps->op) == min) {
		op = ps->op;
		pos = ps->tokpos;
		prec = binary_prec(op);
		next(ps);
		if ((rhs = parse_binary(ps, prec + 1)) < 0)
			return -1;
		n = node(ps, N_BINARY, pos);
		n->op = (uint8_t)op;
		at = NIDX(ps, n);
		kids[0] = lhs;
		kids[1] = rhs;
		set_kids(ps, at, kids, 2);
		lhs = at;
	}
	return lhs;
}

static intptr_t
parse_expr(struct parser *ps)
{
	return parse_binary(ps, P_CMP);
}

/* Turn child indices into pointers once the node array stops moving. */
static void
fix_links(struct parser *ps, intptr_t root)
{
	struct formula *f = ps->f;
	size_t i;

	f->nkidv = ps->nkidi;
	f->kidv = xcalloc(ps->nkidi + 1, sizeof(*f->kidv));
	for (i = 0; i < ps->nkidi; i++)
		f->kidv[i] = &f->nodes[ps->kidi[i]];
	for (i = 0; i < f->nnodes; i++) {
		struct fnode *n = &f->nodes[i];

		if (n->kind == N_CALL || n->kind == N_BINARY || n->kind == N_UNARY ||
		    n->kind == N_PCT || n->kind == N_PAREN) {
			n->kids = &f->kidv[n->idx];
			n->idx = 0;
		}
	}
	f->root = &f->nodes[root];
}

static void
emit(struct parser *ps, int op, int arg, int argc, size_t pos)
{
	struct formula *f = ps->f;
	struct insn *in;

	GROW(f->code, f->ncode, ps->codecap);
	in = &f->code[f->ncode++];
	in->op = (uint8_t)op;
	in->argc = (uint8_t)argc;
	in->pos = (uint16_t)(pos > UINT16_MAX ? UINT16_MAX : pos);
	in->arg = arg;
}

/*
 * Emit bytecode for n; depth is the stack height before it, and the
 * highest height reached is kept in f->maxstack.
 */
static void
compile(struct parser *ps, const struct fnode *n, int depth)
{
	struct formula *f = ps->f;
	int i;

	if (depth + 1 > f->maxstack)
		f->maxstack = depth + 1;
	switch (n->kind) {
	case N_NUM:
		emit(ps, OP_NUM, n->idx, 0, n->pos);
		break;
	case N_STR:
		emit(ps, OP_STR, n->idx, 0, n->pos);
		break;
	case N_BOOL:
		emit(ps, OP_BOOL, n->b, 0, n->pos);
		break;
	case N_REF:
		emit(ps, OP_REF, n->idx, 0, n->pos);
		break;
	case N_PAREN:
		compile(ps, n->kids[0], depth);
		break;
	case N_UNARY:
		compile(ps, n->kids[0], depth);
		emit(ps, n->op, 0, 0, n->pos);
		break;
	case N_PCT:
		compile(ps, n->kids[0], depth);
		emit(ps, OP_PCT, 0, 0, n->pos);
		break;
	case N_BINARY:
		compile(ps, n->kids[0], depth);
		compile(ps, n->kids[1], depth + 1);
		emit(ps, n->op, 0, 0, n->pos);
		break;
	case N_CALL:
		if (n->fn == FN_IF) {
			size_t jf, jend;

			compile(ps, n->kids[0], depth);
			jf = f->ncode;
			emit(ps, OP_IFJ, 0, 0, n->pos);
			compile(ps, n->kids[1], depth);
			jend = f->ncode;
			emit(ps, OP_JMP, 0, 0, n->pos);
			f->code[jf].arg = (int32_t)f->ncode;
			if (n->nkids == 3)
				compile(ps, n->kids[2], depth);
			else
				emit(ps, OP_BOOL, 0, 0, n->pos);
			f->code[jend].arg = (int32_t)f->ncode;
			break;
		}
		if (n->fn == FN_IFERROR) {
			size_t j;

			compile(ps, n->kids[0], depth);
			j = f->ncode;
			emit(ps, OP_IFERR, 0, 0, n->pos);
			compile(ps, n->kids[1], depth);
			f->code[j].arg = (int32_t)f->ncode;
			break;
		}
		for (i = 0; i < n->nkids; i++)
			compile(ps, n->kids[i], depth + i);
		emit(ps, OP_CALL, n->fn, n->nkids, n->pos);
		break;
	}
}

/*
 * Parse a formula (without its leading "="). Returns a new formula
 * (caller frees with formula_free), or NULL with *errpos set to the byte
 * offset of the problem and *errmsg to a message the caller frees.
 */
struct formula *
formula_parse(const char *text, int *errpos, char **errmsg)
{
	struct parser ps;
	struct formula *f;
	intptr_t root;
	size_t len = strlen(text);

	*errpos = 0;
	*errmsg = NULL;
	if (len > MAX_FORMULA_LEN) {
		*errmsg = xasprintf("formula is %zu bytes long; the limit is %d", len,
		    MAX_FORMULA_LEN);
		return NULL;
	}
	memset(&ps, 0, sizeof(ps));
	f = xcalloc(1, sizeof(*f));
	f->text = xstrdup(text);
	ps.text = f->text;
	ps.len = len;
	ps.f = f;
	next(&ps);
	root = parse_expr(&ps);
	if (root >= 0 && ps.tok != T_END && ps.errmsg == NULL) {
		if (ps.tok == T_RPAREN)
			perror_at(&ps, ps.tokpos, "unexpected \")\" (no matching \"(\")");
		else if (ps.tok == T_NAME || ps.tok == T_NUM || ps.tok == T_STR ||
		    ps.tok == T_FUNC || ps.tok == T_LPAREN)
			perror_at(&ps, ps.tokpos,
			    "expected an operator before \"%.*s\"", (int)ps.toklen,
			    ps.text + ps.tokpos);
		else if (ps.tok != T_ERROR)
			perror_at(&ps, ps.tokpos, "unexpected \"%.*s\"", (int)ps.toklen,
			    ps.text + ps.tokpos);
	}
	buf_free(&ps.str);
	if (root < 0 || ps.errmsg != NULL) {
		free(ps.kidi);
		if (ps.errmsg == NULL)
			perror_at(&ps, ps.tokpos, "syntax error");
		*errpos = ps.errpos;
		*errmsg = ps.errmsg;
		formula_free(f);
		return NULL;
	}
	fix_links(&ps, root);
	free(ps.kidi);
	compile(&ps, f->root, 0);
	return f;
}

void
formula_free(struct formula *f)
{
	size_t i;

	if (f == NULL)
		return;
	for (i = 0; i < f->nstrs; i++)
		free(f->strs[i]);
	for (i = 0; i < f->nrefs; i++)
		free(f->refs[i]);
	free(f->strs);
	free(f->refs);
	free(f->refpos);
	free(f->refcell);
	free(f->deps);
	free(f->nums);
	free(f->code);
	free(f->nodes);
	free(f->kidv);
	free(f->text);
	free(f);
}

size_t
formula_nrefs(const struct formula *f)
{
	return f->nrefs;
}

/* The i-th distinct name, as first written. Borrowed. */
const char *
formula_ref(const struct formula *f, size_t i)
{
	return f->refs[i];
}

int
formula_ref_pos(const struct formula *f, size_t i)
{
	return f->refpos[i];
}

int
formula_ref_cell(const struct formula *f, size_t i)
{
	return f->refcell[i];
}

const char *
formula_text(const struct formula *f)
{
	return f->text;
}

size_t
formula_ncode(const struct formula *f)
{
	return f->ncode;
}

/*
 * Bind name i to cell index cell: OP_REF instructions naming it are
 * patched to load that cell. When every name is bound, the distinct cells
 * become the formula's dependencies.
 */
void
formula_bind(struct formula *f, size_t i, int cell)
{
	size_t k, j;

	f->refcell[i] = cell;
	for (k = 0; k < f->nrefs; k++)
		if (f->refcell[k] < 0)
			return;
	/* all bound: OP_REF operands become cell indices */
	if (!f->bound) {
		for (k = 0; k < f->ncode; k++)
			if (f->code[k].op == OP_REF)
				f->code[k].arg = f->refcell[f->code[k].arg];
		f->bound = true;
	}
	free(f->deps);
	f->deps = xcalloc(f->nrefs, sizeof(*f->deps));
	f->ndeps = 0;
	for (k = 0; k < f->nrefs; k++) {
		for (j = 0; j < f->ndeps; j++)
			if (f->deps[j] == f->refcell[k])
				break;
		if (j == f->ndeps)
			f->deps[f->ndeps++] = f->refcell[k];
	}
}

/* Whether the formula is one numeric constant, e.g. "=42"; sets *v. */
bool
formula_is_constant(const struct formula *f, double *v)
{
	if (f->ncode == 1 && f->code[0].op == OP_NUM) {
		*v = f->nums[f->code[0].arg];
		return true;
	}
	return false;
}

static const char *
op_text(int op)
{
	switch (op) {
	case OP_ADD:
		return "+";
	case OP_SUB:
		return "-";
	case OP_MUL:
		return "*";
	case OP_DIV:
		return "/";
	case OP_POW:
		return "^";
	case OP_CAT:
		return "&";
	case OP_EQ:
		return "=";
	case OP_NE:
		return "<>";
	case OP_LT:
		return "<";
	case OP_LE:
		return "<=";
	case OP_GT:
		return ">";
	case OP_GE:
		return ">=";
	case OP_NEG:
		return "-";
	case OP_PLUS:
		return "+";
	}
	return "?";
}

static int
node_prec(const struct fnode *n)
{
	switch (n->kind) {
	case N_BINARY:
		return binary_prec(n->op);
	case N_PCT:
		return P_PCT;
	case N_UNARY:
		return P_UNARY;
	default:
		return P_ATOM;
	}
}

static void print_node(const struct formula *, const struct fnode *, struct buf *,
    formula_name_fn, void *);

/* Print n, adding parentheses if its precedence is below min. */
static void
print_operand(const struct formula *f, const struct fnode *n, int min, struct buf *out,
    formula_name_fn cb, void *arg)
{
	bool paren = node_prec(n) < min;

	if (paren)
		buf_putc(out, '(');
	print_node(f, n, out, cb, arg);
	if (paren)
		buf_putc(out, ')');
}

static void
print_node(const struct formula *f, const struct fnode *n, struct buf *out, formula_name_fn cb,
    void *arg)
{
	char num[64];
	const char *s;
	int i, p;

	switch (n->kind) {
	case N_NUM:
		num_shortest(num, sizeof(num), f->nums[n->idx]);
		for (i = 0; num[i]; i++)
			if (num[i] == 'e')
				num[i] = 'E';
		buf_puts(out, num);
		break;
	case N_STR:
		buf_putc(out, '"');
		for (s = f->strs[n->idx]; *s; s++) {
			if (*s == '"')
				buf_putc(out, '"');
			buf_putc(out, *s);
		}
		buf_putc(out, '"');
		break;
	case N_BOOL:
		buf_puts(out, n->b ? "TRUE" : "FALSE");
		break;
	case N_REF:
		if (cb)
			cb(out, f->refs[n->idx], f->refcell[n->idx], arg);
		else
			buf_puts(out, f->refs[n->idx]);
		break;
	case N_PAREN:
		buf_putc(out, '(');
		print_node(f, n->kids[0], out, cb, arg);
		buf_putc(out, ')');
		break;
	case N_UNARY:
		buf_puts(out, op_text(n->op));
		print_operand(f, n->kids[0], P_UNARY, out, cb, arg);
		break;
	case N_PCT:
		print_operand(f, n->kids[0], P_PCT, out, cb, arg);
		buf_putc(out, '%');
		break;
	case N_BINARY:
		p = binary_prec(n->op);
		/* left-associative: the right operand needs a higher level */
		print_operand(f, n->kids[0], p, out, cb, arg);
		buf_puts(out, op_text(n->op));
		print_operand(f, n->kids[1], p + 1, out, cb, arg);
		break;
	case N_CALL:
		buf_puts(out, fninfo[n->fn].name);
		buf_putc(out, '(');
		for (i = 0; i < n->nkids; i++) {
			if (i)
				buf_putc(out, ',');
			print_node(f, n->kids[i], out, cb, arg);
		}
		buf_putc(out, ')');
		break;
	}
}

/*
 * Write the formula in Excel syntax (no leading "="), with the author's
 * parentheses, no spaces, upper-case function names, and each name
 * written by cb (NULL: as written). Used for the workbook and the dump.
 */
void
formula_print(const struct formula *f, struct buf *out, formula_name_fn cb, void *arg)
{
	print_node(f, f->root, out, cb, arg);
}
