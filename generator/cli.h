/*
 * cli.h -- command-line plumbing shared by the commands (main.c).
 */
#ifndef CLI_H
#define CLI_H

#include <getopt.h>

enum {
	OPT_DATA = 1000, /* --data */
	OPT_PRICING,     /* --pricing */
	OPT_SET,         /* --set */
	OPT_TODAY,       /* --today */
	OPT_FORMAT,      /* --format */
	OPT_STALE,       /* --stale-days */
	OPT_STRICT,      /* --strict */
	OPT_OUTPUT,      /* --output */
	OPT_SAMPLES,     /* --samples */
	OPT_SEED,        /* --seed */
	OPT_PDF,         /* --pdf */
	OPT_CHROMIUM,    /* --chromium */
	OPT_QUIET,       /* --quiet */
	OPT_JOBS,        /* --jobs */
	OPT_SHARD,       /* --shard */
	OPT_FORCE,       /* --force */
	OPT_STATS,       /* --stats */
	OPT_REGION,      /* --region */
	OPT_MAP,         /* --map */
	OPT_ASOF,        /* --as-of */
	OPT_PLATFORMS,   /* --platforms */
	OPT_ID,          /* --id */
	OPT_EXCLUDE_NS,  /* --exclude-namespaces */
	OPT_PERIOD,      /* --period */
	OPT_FILTER,      /* --filter */
	OPT_COST,        /* --cost */
	OPT_PLATFORM,    /* --platform */
	OPT_RATE,        /* --rate */
	OPT_MAP_X,       /* --map-x */
	OPT_MAP_Y,       /* --map-y */
	OPT_NO_MAP,      /* --no-map */
	OPT_ALLOW_INCLUDE /* --allow-include */
};

/* The shared options a command takes (main.c: cmd_takes). */
enum {
	TAKE_DATA = 1 << 0,      /* --data */
	TAKE_PRICING = 1 << 1,   /* --pricing */
	TAKE_SET = 1 << 2,       /* --set */
	TAKE_PLATFORMS = 1 << 3, /* --platforms */
	TAKE_TODAY = 1 << 4,     /* --today */
	TAKE_INCLUDE = 1 << 5,   /* --allow-include */
	TAKE_ANALYSIS = 1 << 6,  /* --samples, --seed */
	TAKE_MAP = 1 << 7        /* --map-x, --map-y, --no-map */
};

struct cli {
	const char *cmd;          /* the command, for hints */
	const char *shortopts;    /* getopt's short options, or NULL: ":h" */
	char **include_dirs;      /* --allow-include directories (borrowed from argv) */
	size_t ninclude_dirs;
	const char *datadir_flag; /* --data, or NULL */
	const char *today_flag;   /* --today, or NULL */
	const char *platforms;    /* --platforms, or NULL */
	char **pricing;           /* --pricing files (borrowed from argv) */
	size_t npricing;
	struct setopt *sets;      /* --set overrides, owned */
	size_t nsets;
	char *datadir;            /* resolved data directory */
	char *today;              /* resolved YYYY-MM-DD */
	struct catalog *cat;      /* loaded model data */
	bool analyses;            /* run the analyses after evaluating */
	int samples;              /* --samples, or 0 */
	bool have_seed;           /* --seed given */
	unsigned long seed;       /* --seed */
	const char *map_arg[2];   /* --map-x, --map-y as given, or NULL */
	struct map_axis_opts map[2]; /* ... parsed, then checked by cli_load */
	bool no_map;              /* --no-map */
	struct diags diags;       /* every problem found */
};

/* export.c and dump.c */
struct jw;
void export_json_body(struct jw *, const struct report *);
void export_analyses_json(struct jw *, const struct report *);
void export_calc_json(struct buf *, const struct report *);
void export_calc_csv(struct buf *, const struct report *);
void export_calc_table(struct buf *, const struct report *);
void csv_field(struct buf *, const char *);
void csv_text(struct buf *, const char *);
void dump_text(struct buf *, const struct model *, char **, size_t);
void dump_json(struct buf *, const struct model *, char **, size_t);
bool schema_write(struct buf *, const struct catalog *, const char *);

#endif
