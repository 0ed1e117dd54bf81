/*
 * formula.h -- the compiled form of a formula, shared by formula.c (which
 * builds and prints it) and eval.c (which runs it). Nothing else looks
 * inside a struct formula.
 */
#ifndef FORMULA_H
#define FORMULA_H

#include <stdbool.h>
#include <stdint.h>

enum fn {
	FN_ABS,
	FN_AND,
	FN_AVERAGE,
	FN_CEILING,
	FN_EXP,
	FN_FLOOR,
	FN_IF,
	FN_IFERROR,
	FN_INT,
	FN_LN,
	FN_LOG10,
	FN_MAX,
	FN_MIN,
	FN_MOD,
	FN_NOT,
	FN_OR,
	FN_POWER,
	FN_ROUND,
	FN_ROUNDDOWN,
	FN_ROUNDUP,
	FN_SIGN,
	FN_SQRT,
	FN_SUM,
	FN_TRUNC,
	FN__MAX
};

struct fninfo {
	const char *name; /* upper case, as Excel spells it */
	int minargs;      /* fewest arguments */
	int maxargs;      /* most arguments (255: any number) */
};

extern const struct fninfo fninfo[FN__MAX];

enum op {
	OP_NUM,   /* push nums[arg] */
	OP_STR,   /* push strs[arg] */
	OP_BOOL,  /* push arg != 0 */
	OP_REF,   /* push the value of cell arg (after binding) */
	OP_NEG,   /* unary minus */
	OP_PLUS,  /* unary plus: no change */
	OP_PCT,   /* postfix %: divide by 100 */
	OP_ADD,
	OP_SUB,
	OP_MUL,
	OP_DIV,
	OP_POW,
	OP_CAT,   /* & */
	OP_EQ,
	OP_NE,
	OP_LT,
	OP_LE,
	OP_GT,
	OP_GE,
	OP_CALL,  /* call fn arg with argc values */
	OP_IFJ,   /* IF: pop condition; false: jump to arg; error: to arg-1 */
	OP_JMP,   /* jump to arg */
	OP_IFERR, /* IFERROR: not an error: jump to arg; else pop */
	OP__MAX
};

struct insn {
	uint8_t op;    /* enum op */
	uint8_t argc;  /* OP_CALL: number of arguments */
	uint16_t pos;  /* offset in the formula text, for diagnostics */
	int32_t arg;   /* operand: index, target or function */
};

enum nkind {
	N_NUM,
	N_STR,
	N_BOOL,
	N_REF,
	N_UNARY,  /* op is OP_NEG or OP_PLUS */
	N_PCT,
	N_BINARY, /* op is OP_ADD ... OP_GE */
	N_CALL,   /* fn */
	N_PAREN   /* parentheses the author wrote, kept for printing */
};

struct fnode {
	uint8_t kind;          /* enum nkind */
	uint8_t op;            /* enum op, for unary and binary nodes */
	uint16_t pos;          /* offset in the text */
	int fn;                /* N_CALL: enum fn */
	int idx;               /* N_NUM: nums index; N_STR: strs; N_REF: refs */
	int b;                 /* N_BOOL */
	struct fnode **kids;   /* operands or arguments */
	int nkids;
};

struct formula {
	char *text;            /* the text parsed, without a leading "=" */
	struct fnode *root;    /* syntax tree, for printing */
	struct fnode *nodes;   /* node storage */
	size_t nnodes;
	struct fnode **kidv;   /* child pointer storage */
	size_t nkidv;
	struct insn *code;     /* bytecode */
	size_t ncode;
	int maxstack;          /* operand stack the bytecode needs */
	double *nums;          /* numeric constants */
	size_t nnums;
	char **strs;           /* string constants */
	size_t nstrs;
	char **refs;           /* distinct names referenced, as first written */
	int *refpos;           /* offset of each name's first use */
	int *refcell;          /* cell each name is bound to, -1 if not yet */
	size_t nrefs;
	int *deps;             /* distinct bound cells, once all are bound */
	bool bound;            /* every name bound and OP_REF patched */
	size_t ndeps;
};

#endif
