/*
 * eval.c -- running compiled formulas with Excel's semantics.
 *
 * eval_formula() runs one formula's bytecode on an operand stack of
 * struct value and returns the result. The rules are the spreadsheet's,
 * because the same formulas are recalculated by Excel and LibreOffice from
 * the workbook and must agree to the last digit:
 *
 *  - text that reads as a number is a number in arithmetic ("3"+1 is 4),
 *    TRUE and FALSE are 1 and 0; other text gives #VALUE!;
 *  - + and - cancel to exactly 0 when the operands agree to about 15
 *    digits, = compares at that precision, and ROUND/ROUNDUP/ROUNDDOWN,
 *    INT, CEILING and FLOOR round the 15-digit value (num.c);
 *  - comparing different types orders numbers < text < logicals, text
 *    compares without regard to case;
 *  - SUM, MIN, MAX, AVERAGE, AND and OR skip text and logicals that come
 *    from a reference but coerce the ones written in the call;
 *  - errors are values (#DIV/0!, #VALUE!, #NUM!) that propagate, and
 *    IF and IFERROR only evaluate the branch they take.
 *
 * Errors remember where they arose (pos) and whether they came from
 * another cell (VF_PROPAGATED), so the model reports each problem once, at
 * its origin, with a column. The stack is owned by a struct evalctx, one
 * per thread; nothing here is global or allocates per instruction.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runsheet.h"
#include "formula.h"
#include "num.h"

static const char *const verr_codes[VE__MAX] = {
	[VE_NONE] = "", [VE_DIV0] = "#DIV/0!", [VE_VALUE] = "#VALUE!",
	[VE_NUM] = "#NUM!", [VE_NAME] = "#NAME?", [VE_NA] = "#N/A",
};

static const char *const verr_texts[VE__MAX] = {
	[VE_NONE] = "no error",
	[VE_DIV0] = "division by zero",
	[VE_VALUE] = "wrong type of value",
	[VE_NUM] = "invalid number",
	[VE_NAME] = "unknown name",
	[VE_NA] = "value not available",
};

static const char *const vtype_names[VT__MAX] = {
	[VT_NUM] = "number", [VT_STR] = "text", [VT_BOOL] = "logical", [VT_ERR] = "error",
};

const char *
verr_code(enum verr e)
{
	return verr_codes[e];
}

const char *
verr_text(enum verr e)
{
	return verr_texts[e];
}

const char *
vtype_name(enum vtype t)
{
	return vtype_names[t];
}

void
evalctx_init(struct evalctx *c)
{
	memset(c, 0, sizeof(*c));
}

/* Free the strings made by concatenation since the last reset. */
void
evalctx_reset(struct evalctx *c)
{
	size_t i;

	for (i = 0; i < c->nstrs; i++)
		free(c->strs[i]);
	c->nstrs = 0;
}

void
evalctx_free(struct evalctx *c)
{
	evalctx_reset(c);
	free(c->strs);
	free(c->stack);
	memset(c, 0, sizeof(*c));
}

static struct value
mknum(double v)
{
	struct value r;

	r.type = VT_NUM;
	r.err = VE_NONE;
	r.flags = 0;
	r.pos = 0;
	r.u.num = v;
	return r;
}

static struct value
mkbool(int b)
{
	struct value r = mknum(0);

	r.type = VT_BOOL;
	r.u.b = b != 0;
	return r;
}

/* A new error value arising at pos; the detail says why. */
static struct value
mkerr(struct evalctx *c, enum verr e, uint16_t pos, const char *fmt, ...)
    PRINTF_LIKE(4, 5);

static struct value
mkerr(struct evalctx *c, enum verr e, uint16_t pos, const char *fmt, ...)
{
	struct value r = mknum(0);
	va_list ap;

	r.type = VT_ERR;
	r.err = (uint8_t)e;
	r.pos = pos;
	va_start(ap, fmt);
	vsnprintf(c->detail, sizeof(c->detail), fmt, ap);
	va_end(ap);
	return r;
}

/* Pass an error value on, keeping where it arose. */
static struct value
passerr(const struct value *v)
{
	struct value r = *v;

	r.flags &= VF_PROPAGATED;
	return r;
}

/* Describe a value briefly for an error detail. */
static void
describe(char *out, size_t sz, const struct value *v)
{
	switch (v->type) {
	case VT_STR:
		snprintf(out, sz, "text \"%.40s%s\"", v->u.str, strlen(v->u.str) > 40 ? "..." : "");
		break;
	case VT_BOOL:
		snprintf(out, sz, "%s", v->u.b ? "TRUE" : "FALSE");
		break;
	default:
		snprintf(out, sz, "a value");
	}
}

/*
 * Coerce v to a number as arithmetic does. Returns true with *out set, or
 * false with *err set to the error value to return.
 */
static bool
to_num(struct evalctx *c, const struct value *v, uint16_t pos, double *out, struct value *err)
{
	char what[80];

	switch (v->type) {
	case VT_NUM:
		*out = v->u.num;
		return true;
	case VT_BOOL:
		*out = v->u.b;
		return true;
	case VT_STR:
		if (num_parse(v->u.str, out))
			return true;
		describe(what, sizeof(what), v);
		*err = mkerr(c, VE_VALUE, pos, "%s is not a number", what);
		return false;
	default:
		*err = passerr(v);
		return false;
	}
}

/* Coerce v to a logical as IF, NOT, AND and OR do. */
static bool
to_bool(struct evalctx *c, const struct value *v, uint16_t pos, int *out, struct value *err)
{
	char what[80];

	switch (v->type) {
	case VT_NUM:
		*out = v->u.num != 0;
		return true;
	case VT_BOOL:
		*out = v->u.b;
		return true;
	case VT_STR:
		if (str_casecmp(v->u.str, "TRUE") == 0) {
			*out = 1;
			return true;
		}
		if (str_casecmp(v->u.str, "FALSE") == 0) {
			*out = 0;
			return true;
		}
		describe(what, sizeof(what), v);
		*err = mkerr(c, VE_VALUE, pos, "%s is not TRUE or FALSE", what);
		return false;
	default:
		*err = passerr(v);
		return false;
	}
}

/* A new string owned by the context until the next reset. */
static const char *
keep(struct evalctx *c, char *s)
{
	GROW(c->strs, c->nstrs, c->strcap);
	c->strs[c->nstrs++] = s;
	return s;
}

static void
append_text(struct buf *b, const struct value *v)
{
	switch (v->type) {
	case VT_NUM:
		num_general(b, v->u.num);
		break;
	case VT_STR:
		buf_puts(b, v->u.str);
		break;
	case VT_BOOL:
		buf_puts(b, v->u.b ? "TRUE" : "FALSE");
		break;
	default:
		break;
	}
}

/* The result of a number, or #NUM! if it is not finite. */
static struct value
numres(struct evalctx *c, double v, uint16_t pos)
{
	if (!isfinite(v))
		return mkerr(c, VE_NUM, pos, "result is too large or not a number");
	return mknum(v);
}

static int
type_rank(int t)
{
	return t == VT_NUM ? 0 : t == VT_STR ? 1 : 2;
}

/* Compare as Excel does: -1, 0 or 1. Errors are handled by the caller. */
static int
compare(const struct value *a, const struct value *b)
{
	int ra = type_rank(a->type), rb = type_rank(b->type), r;

	if (ra != rb)
		return ra < rb ? -1 : 1;
	switch (a->type) {
	case VT_NUM:
		if (xl_equal(a->u.num, b->u.num))
			return 0;
		return a->u.num < b->u.num ? -1 : 1;
	case VT_STR:
		r = str_casecmp(a->u.str, b->u.str);
		return r < 0 ? -1 : r > 0;
	default:
		return a->u.b == b->u.b ? 0 : a->u.b < b->u.b ? -1 : 1;
	}
}

static struct value
power(struct evalctx *c, double a, double b, uint16_t pos)
{
	if (a == 0 && b == 0)
		return mkerr(c, VE_NUM, pos, "0^0 is undefined");
	if (a == 0 && b < 0)
		return mkerr(c, VE_DIV0, pos, "0 raised to a negative power");
	if (a < 0 && b != floor(b))
		return mkerr(c, VE_NUM, pos, "negative number raised to a fractional power");
	return numres(c, pow(a, b), pos);
}

/*
 * Aggregate the n values at v for SUM, AVERAGE, MIN and MAX: numbers
 * count; logicals and numeric text count when written in the call and
 * are skipped when they come from a reference.
 */
static struct value
aggregate(struct evalctx *c, int fn, const struct value *v, int n, uint16_t pos)
{
	double acc = 0, x;
	size_t count = 0;
	struct value err;
	int i;

	for (i = 0; i < n; i++) {
		if (v[i].type == VT_ERR)
			return passerr(&v[i]);
		if ((v[i].flags & VF_REF) && v[i].type != VT_NUM)
			continue;
		if (!to_num(c, &v[i], pos, &x, &err))
			return err;
		switch (fn) {
		case FN_SUM:
		case FN_AVERAGE:
			acc = count ? xl_add(acc, x) : x;
			break;
		case FN_MIN:
			if (count == 0 || x < acc)
				acc = x;
			break;
		case FN_MAX:
			if (count == 0 || x > acc)
				acc = x;
			break;
		}
		count++;
	}
	if (fn == FN_AVERAGE) {
		if (count == 0)
			return mkerr(c, VE_DIV0, pos, "AVERAGE of no numbers");
		acc /= (double)count;
	}
	return numres(c, acc, pos);
}

/* AND and OR: logicals and numbers count, text from references is skipped. */
static struct value
logical(struct evalctx *c, int fn, const struct value *v, int n, uint16_t pos)
{
	int acc = fn == FN_AND, count = 0, i, b;
	struct value err;

	for (i = 0; i < n; i++) {
		if (v[i].type == VT_ERR)
			return passerr(&v[i]);
		if (v[i].type == VT_STR) {
			if (v[i].flags & VF_REF)
				continue;
			return mkerr(c, VE_VALUE, pos, "%s takes logical values, not text",
			    fninfo[fn].name);
		}
		if (!to_bool(c, &v[i], pos, &b, &err))
			return err;
		acc = fn == FN_AND ? (acc && b) : (acc || b);
		count++;
	}
	if (count == 0)
		return mkerr(c, VE_VALUE, pos, "%s found no logical values", fninfo[fn].name);
	return mkbool(acc);
}

static struct value
call(struct evalctx *c, int fn, struct value *v, int n, uint16_t pos)
{
	double x = 0, y = 0;
	struct value err;
	int b;

	switch (fn) {
	case FN_SUM:
	case FN_AVERAGE:
	case FN_MIN:
	case FN_MAX:
		return aggregate(c, fn, v, n, pos);
	case FN_AND:
	case FN_OR:
		return logical(c, fn, v, n, pos);
	case FN_NOT:
		if (!to_bool(c, &v[0], pos, &b, &err))
			return err;
		return mkbool(!b);
	default:
		break;
	}
	if (!to_num(c, &v[0], pos, &x, &err))
		return err;
	if (n > 1 && !to_num(c, &v[1], pos, &y, &err))
		return err;
	switch (fn) {
	case FN_ABS:
		return mknum(fabs(x));
	case FN_SIGN:
		return mknum(x > 0 ? 1 : x < 0 ? -1 : 0);
	case FN_INT:
		return numres(c, xl_floor(x), pos);
	case FN_SQRT:
		if (x < 0)
			return mkerr(c, VE_NUM, pos, "square root of a negative number");
		return mknum(sqrt(x));
	case FN_EXP:
		return numres(c, exp(x), pos);
	case FN_LN:
	case FN_LOG10:
		if (x <= 0)
			return mkerr(c, VE_NUM, pos, "logarithm of a number that is not positive");
		return mknum(fn == FN_LN ? log(x) : log10(x));
	case FN_POWER:
		return power(c, x, y, pos);
	case FN_MOD:
		if (y == 0)
			return mkerr(c, VE_DIV0, pos, "MOD by zero");
		return numres(c, x - y * xl_floor(x / y), pos);
	case FN_ROUND:
	case FN_ROUNDUP:
	case FN_ROUNDDOWN:
	case FN_TRUNC:
		if (n < 2)
			y = 0;
		y = trunc(y);
		if (y > 400 || y < -400)
			y = y > 0 ? 400 : -400;
		return numres(c, xl_round(x, (int)y,
		    fn == FN_ROUND ? XL_HALF : fn == FN_ROUNDUP ? XL_UP : XL_DOWN), pos);
	case FN_CEILING:
		if (x == 0 || y == 0)
			return mknum(0);
		if (x > 0 && y < 0)
			return mkerr(c, VE_NUM, pos,
			    "CEILING of a positive number with a negative significance");
		return numres(c, xl_ceil(x / y) * y, pos);
	case FN_FLOOR:
		if (y == 0)
			return x == 0 ? mknum(0) : mkerr(c, VE_DIV0, pos,
			    "FLOOR with a significance of zero");
		if (x > 0 && y < 0)
			return mkerr(c, VE_NUM, pos,
			    "FLOOR of a positive number with a negative significance");
		return numres(c, xl_floor(x / y) * y, pos);
	}
	return mkerr(c, VE_NAME, pos, "unknown function");
}

/*
 * Run f against the cell values and return its result. Strings in the
 * result may be owned by the context (until evalctx_reset) or by a cell;
 * a caller keeping the value copies the string.
 */
struct value
eval_formula(struct evalctx *c, const struct formula *f, const struct value *cells)
{
	const struct insn *code = f->code, *in;
	struct value *sp, *st, err, r;
	size_t pc = 0, n = f->ncode;
	double a, b;
	int cmp, tb;

	if ((size_t)f->maxstack + 1 > c->cap) {
		c->cap = (size_t)f->maxstack + 16;
		c->stack = xreallocarray(c->stack, c->cap, sizeof(*c->stack));
	}
	st = sp = c->stack;
	while (pc < n) {
		in = &code[pc++];
		switch (in->op) {
		case OP_NUM:
			*sp++ = mknum(f->nums[in->arg]);
			break;
		case OP_STR:
			r = mknum(0);
			r.type = VT_STR;
			r.u.str = f->strs[in->arg];
			*sp++ = r;
			break;
		case OP_BOOL:
			*sp++ = mkbool(in->arg);
			break;
		case OP_REF:
			*sp = cells[in->arg];
			sp->flags = VF_REF | (sp->type == VT_ERR ? VF_PROPAGATED : 0);
			sp++;
			break;
		case OP_NEG:
			if (!to_num(c, &sp[-1], in->pos, &a, &err))
				sp[-1] = err;
			else
				sp[-1] = mknum(a == 0 ? 0 : -a);
			break;
		case OP_PLUS:
			sp[-1].flags &= (uint8_t)~VF_REF;
			break;
		case OP_PCT:
			if (!to_num(c, &sp[-1], in->pos, &a, &err))
				sp[-1] = err;
			else
				sp[-1] = mknum(a / 100);
			break;
		case OP_ADD:
		case OP_SUB:
		case OP_MUL:
		case OP_DIV:
		case OP_POW:
			sp--;
			if (sp[-1].type == VT_NUM && sp[0].type == VT_NUM) {
				/* the common case, without the coercions */
				a = sp[-1].u.num;
				b = sp[0].u.num;
			} else if (!to_num(c, &sp[-1], in->pos, &a, &err) ||
			    !to_num(c, &sp[0], in->pos, &b, &err)) {
				sp[-1] = err;
				break;
			}
			switch (in->op) {
			case OP_ADD:
				sp[-1] = numres(c, xl_add(a, b), in->pos);
				break;
			case OP_SUB:
				sp[-1] = numres(c, xl_sub(a, b), in->pos);
				break;
			case OP_MUL:
				sp[-1] = numres(c, a * b, in->pos);
				break;
			case OP_DIV:
				if (b == 0)
					sp[-1] = mkerr(c, VE_DIV0, in->pos, "division by zero");
				else
					sp[-1] = numres(c, a / b, in->pos);
				break;
			default:
				sp[-1] = power(c, a, b, in->pos);
			}
			break;
		case OP_CAT: {
			struct buf t = {0};

			sp--;
			if (sp[-1].type == VT_ERR) {
				sp[-1] = passerr(&sp[-1]);
				break;
			}
			if (sp[0].type == VT_ERR) {
				sp[-1] = passerr(&sp[0]);
				break;
			}
			append_text(&t, &sp[-1]);
			append_text(&t, &sp[0]);
			if (t.len > MAX_STRING) {
				buf_free(&t);
				sp[-1] = mkerr(c, VE_VALUE, in->pos,
				    "text longer than %d characters", MAX_STRING);
				break;
			}
			r = mknum(0);
			r.type = VT_STR;
			r.u.str = keep(c, buf_detach(&t));
			sp[-1] = r;
			break;
		}
		case OP_EQ:
		case OP_NE:
		case OP_LT:
		case OP_LE:
		case OP_GT:
		case OP_GE:
			sp--;
			if (sp[-1].type == VT_ERR) {
				sp[-1] = passerr(&sp[-1]);
				break;
			}
			if (sp[0].type == VT_ERR) {
				sp[-1] = passerr(&sp[0]);
				break;
			}
			cmp = compare(&sp[-1], &sp[0]);
			switch (in->op) {
			case OP_EQ:
				sp[-1] = mkbool(cmp == 0);
				break;
			case OP_NE:
				sp[-1] = mkbool(cmp != 0);
				break;
			case OP_LT:
				sp[-1] = mkbool(cmp < 0);
				break;
			case OP_LE:
				sp[-1] = mkbool(cmp <= 0);
				break;
			case OP_GT:
				sp[-1] = mkbool(cmp > 0);
				break;
			default:
				sp[-1] = mkbool(cmp >= 0);
			}
			break;
		case OP_CALL:
			sp -= in->argc;
			sp[0] = call(c, in->arg, sp, in->argc, in->pos);
			sp++;
			break;
		case OP_IFJ:
			sp--;
			if (sp->type == VT_BOOL) {
				if (!sp->u.b)
					pc = (size_t)in->arg;
			} else if (!to_bool(c, sp, in->pos, &tb, &err)) {
				*sp++ = err;
				pc = (size_t)in->arg - 1;
			} else if (!tb) {
				pc = (size_t)in->arg;
			}
			break;
		case OP_JMP:
			pc = (size_t)in->arg;
			break;
		case OP_IFERR:
			if (sp[-1].type == VT_ERR)
				sp--;
			else
				pc = (size_t)in->arg;
			break;
		}
	}
	r = st[0];
	r.flags &= VF_PROPAGATED;
	return r;
}

/* Whether two values are the same (numbers exactly, text case-sensitively). */
bool
value_equal(const struct value *a, const struct value *b)
{
	if (a->type != b->type)
		return false;
	switch (a->type) {
	case VT_NUM:
		return a->u.num == b->u.num;
	case VT_STR:
		return strcmp(a->u.str, b->u.str) == 0;
	case VT_BOOL:
		return a->u.b == b->u.b;
	default:
		return a->err == b->err;
	}
}

/* Append a value as the dump shows it: 91.2384, "none", TRUE, #DIV/0!. */
void
value_print(struct buf *b, const struct value *v)
{
	char num[64];
	const char *s;

	switch (v->type) {
	case VT_NUM:
		num_shortest(num, sizeof(num), v->u.num);
		buf_puts(b, num);
		break;
	case VT_STR:
		buf_putc(b, '"');
		for (s = v->u.str; *s; s++) {
			if (*s == '"' || *s == '\\')
				buf_putc(b, '\\');
			if (*s == '\n')
				buf_puts(b, "\\n");
			else
				buf_putc(b, *s);
		}
		buf_putc(b, '"');
		break;
	case VT_BOOL:
		buf_puts(b, v->u.b ? "TRUE" : "FALSE");
		break;
	default:
		buf_puts(b, verr_code(v->err));
	}
}
