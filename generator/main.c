/*
 * main.c -- the command line.
 *
 * The only file that prints diagnostics or decides the exit status:
 * 0 success, 1 a problem in the input (every one found is printed to
 * stderr as "file:line:column: error: ..."), 2 a usage error. Output goes
 * to stdout only once everything it depends on succeeded, so a failing run
 * never prints half a table.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "runsheet.h"
#include "cli.h"
#include "site.h"
#include "chart.h"
#include "analysis.h"
#include "xlsx.h"
#include "prices.h"
#include "kube.h"
#include "focus.h"
#include "diff.h"

#ifndef DATADIR
#define DATADIR "/usr/local/share/runsheet"
#endif

static const char usage_main[] =
"runsheet " RUNSHEET_VERSION " -- serverless containers or Kubernetes, with numbers you can "
"defend\n"
"\n"
"Usage:\n"
"  runsheet calc SCENARIO [--format table|json|csv]   cost of each platform, and the verdict\n"
"  runsheet dump [SCENARIO] [--format text|json] [CELL...]  every cell of the model\n"
"  runsheet check [FILE...]                     validate scenarios, pricing sheets and data\n"
"  runsheet build [-o DIR] [SCENARIO...]       decision documents and the site (site/)\n"
"  runsheet site -o DIR SHARD...                one site from runsheet build --shard parts\n"
"  runsheet prices import aws|azure|gcp|hetzner FILE... [--region CODE] -o SHEET.json\n"
"                                               a pricing sheet from a vendor's price list\n"
"  runsheet prices urls REGION                  the commands that download those lists\n"
"  runsheet import kubernetes FILE... [-o SCENARIO.json]\n"
"                                               a scenario from kubectl's export of a cluster\n"
"  runsheet import focus FILE... [-o ACTUAL.json]  the bill, from a FOCUS billing export\n"
"  runsheet schema scenario|pricing|model|regions  JSON Schema for editors\n"
"  runsheet diff OLD NEW [--format markdown|json] [--fail-above PCT%%|AMOUNT]\n"
"                                               what changed between two built sites, and why\n"
"  runsheet help [COMMAND]                      help on one command\n"
"  runsheet --version\n"
"\n"
"SCENARIO is a scenario file, or the id of a bundled one (runsheet calc\n"
"seed-004-business-hours). Options of several commands (runsheet COMMAND --help\n"
"lists the ones each takes):\n"
"\n"
"%s"
"\n"
"Exit status: 0 success, 1 a problem in the input, 2 a usage error; runsheet diff\n"
"also 3, over its --fail-above limit.\n"
"Documentation: README.md and man runsheet.\n";

/* The options shared by several commands, each with the commands that take it. */
static const struct {
	unsigned take;     /* TAKE_* */
	const char *help;
} common_help[] = {
	{TAKE_DATA,
"  --data DIR          model data, templates and assets (default: found beside the\n"
"                      program; also the RUNSHEET_DATA environment variable)\n"},
	{TAKE_PRICING,
"  --pricing FILE      add a pricing sheet on top of the bundled prices (repeatable)\n"},
	{TAKE_SET,
"  --set NAME=VALUE    override any cell (repeatable); VALUE is a number, TRUE or\n"
"                      FALSE, text, or a formula starting with \"=\"\n"},
	{TAKE_PLATFORMS,
"  --platforms LIST    compare only these platforms (ids, comma-separated), in\n"
"                      place of the scenario's \"platforms\"\n"},
	{TAKE_TODAY,
"  --today YYYY-MM-DD  date prices are judged stale against (default: the\n"
"                      SOURCE_DATE_EPOCH environment variable, or today)\n"},
	{TAKE_INCLUDE,
"  --allow-include DIR a scenario may include files under DIR too (repeatable);\n"
"                      by default only under the scenario's own directory\n"},
	{TAKE_ANALYSIS,
"  --samples N         Monte Carlo samples (default: the scenario's, or 2000)\n"
"  --seed N            Monte Carlo seed (default: the scenario's, or 1)\n"},
	{TAKE_MAP,
"  --map-x CELL[:MIN:MAX[:log|lin][:POINTS]]\n"
"  --map-y CELL[:MIN:MAX[:log|lin][:POINTS]]\n"
"                      the decision map's axes, in place of the scenario's\n"
"                      (default: workload.scale 0.1 to 1000, log, 61 points;\n"
"                      team.engineers 1 to 200, log, 41 whole values); without\n"
"                      MIN:MAX, a tenth to ten times the scenario's value\n"
"  --no-map            skip the decision map\n"},
	{~0u,
"  -h, --help          show help\n"},
};

static const char usage_calc[] =
"Usage: runsheet calc SCENARIO [--format table|json|csv] [options]\n"
"\n"
"Evaluate the scenario's cost model and print each compared platform's monthly\n"
"cost by component (compute, platform fees, hidden infrastructure, engineering\n"
"time, amortised one-time work), the totals, and the recommendation with its\n"
"reasons.\n"
"\n"
"  --format table      aligned table for a terminal (default)\n"
"  --format json       one JSON object (the shape is documented in README.md)\n"
"  --format csv        one row per platform\n"
"%s"
"\n"
"Example: runsheet calc seed-004-business-hours --set workload.vcpu=2 --format json\n";

static const char usage_dump[] =
"Usage: runsheet dump [SCENARIO] [--format text|json] [CELL...] [options]\n"
"\n"
"Print every cell of the model: its value and unit, the layer and file:line it\n"
"comes from (and what it overrides), its formula and the cells it uses, its\n"
"range and its source. Without SCENARIO, the model data's defaults. CELL names\n"
"select cells; a trailing \"*\" selects a prefix (\"cloud_run.*\").\n"
"\n"
"  --format text|json  output format (default text: each value written by its\n"
"                      unit, as the report writes it; json: every digit)\n"
"%s";

static const char usage_check[] =
"Usage: runsheet check [FILE...] [options]\n"
"\n"
"Validate without writing anything: the model data (every formula parsed and\n"
"every name bound, no cycles, the regions of models/regions.json and the SKU\n"
"maps of models/pricing/map/), each FILE (a scenario is loaded and evaluated; a\n"
"pricing sheet is checked as --pricing would use it), and the age of every\n"
"price. Without FILE, every bundled scenario. Prices older than --stale-days,\n"
"and prices not read from their source (\"read\": false), are warnings (errors\n"
"with --strict).\n"
"\n"
"  --stale-days N      a price is stale after N days (default 365)\n"
"  --strict            treat warnings as errors\n"
"%s";

static const char usage_build[] =
"Usage: runsheet build [-o DIR] [SCENARIO...] [options]\n"
"\n"
"Write, for each scenario (default: every bundled one), the decision documents\n"
"under DIR/scenarios/<id>/: report.md and report.html, workbook.xlsx (every\n"
"result a live formula), charts/*.png and charts/*.svg, data.json and\n"
"breakdown.csv; and the site around them: DIR/index.html (scenarios x\n"
"platforms), DIR/platforms/, DIR/methodology.html and DIR/pricing.html. The\n"
"build is written beside DIR and moved into place at the end: an error or an\n"
"interrupt leaves the previous DIR as it was. On a terminal a progress line\n"
"shows the scenario being built.\n"
"\n"
"DIR is replaced whole, so it must be new, empty, or a site runsheet built that\n"
"holds only what runsheet wrote there (DIR/.runsheet-manifest lists it). Any\n"
"other directory, one that holds a scenario or sheet of this build, or a file,\n"
"is an error that names what it holds, and nothing is touched (--force does\n"
"not change this): build elsewhere, such as -o DIR/site or -o a new directory.\n"
"\n"
"  -o, --output DIR    where to write the site (default site)\n"
"  --pdf               also print each report to report.pdf with headless\n"
"                      Chromium (the print stylesheet)\n"
"  --chromium PATH     the browser for --pdf (default: $CHROMIUM, else\n"
"                      chromium on PATH)\n"
"  --stale-days N      prices older than N days are flagged on pricing.html\n"
"                      (default 365)\n"
"  -q, --quiet         no progress line\n"
"  -j, --jobs N        build N scenarios at a time (default: the number of\n"
"                      cores); the output is the same for every N\n"
"  --shard K/N         build only the K-th of N slices of the scenarios (every\n"
"                      N-th from the K-th) into DIR, for runsheet site to merge\n"
"  --force             rebuild every scenario (by default a scenario whose\n"
"                      inputs, by content, are those of the previous build in\n"
"                      DIR is reused, and nothing is rewritten when nothing\n"
"                      changed)\n"
"  --stats FILE        write the time of each stage as JSON to FILE\n"
"%s";

static const char usage_site[] =
"Usage: runsheet site -o DIR SHARD... [options]\n"
"\n"
"Assemble one site from the directories written by runsheet build --shard K/N\n"
"(every shard of one N): their scenarios, and the index, platform, methodology\n"
"and pricing pages around them. The result equals a single runsheet build of the\n"
"same scenarios byte for byte; give the same --set, --today and --stale-days\n"
"as the shards. Atomic, as a build, and DIR is replaced only as runsheet build\n"
"replaces it: new, empty, or a site that holds only what runsheet wrote; never\n"
"one of the SHARD directories.\n"
"\n"
"  -o, --output DIR    where to write the site (default site)\n"
"  --stale-days N      prices older than N days are flagged (default 365)\n"
"%s";

static const char usage_prices[] =
"Usage: runsheet prices import aws|azure|gcp|hetzner FILE... [--region CODE] -o SHEET.json\n"
"       runsheet prices urls REGION\n"
"\n"
"Read a vendor's own price list and write a pricing sheet for one region, which\n"
"--pricing SHEET.json then uses wherever a scenario's workload.region maps that\n"
"vendor to CODE (models/regions.json). FILE is, as the vendor publishes it:\n"
"\n"
"  aws      Price List bulk offer files (JSON), one per offer: AmazonECS,\n"
"           AmazonEC2, AmazonEKS, AWSDataTransfer (.../offers/v1.0/aws/OFFER/\n"
"           current/REGION/index.json); read as a stream, any size\n"
"  azure    Retail Prices API responses, each page saved as a file\n"
"           (https://prices.azure.com/api/retail/prices?$filter=...)\n"
"  gcp      Cloud Billing Catalog SKU lists (services/SERVICE/skus pages)\n"
"  hetzner  the Cloud API's /v1/pricing response (net prices are used)\n"
"\n"
"Files may be gzip-compressed. Which SKU feeds which price cell, in which unit\n"
"and tier, is models/pricing/map/VENDOR.json: data you can extend with --map.\n"
"Every price keeps its source (the list, the file, the SKU or meter), its URL\n"
"and its date. A price the files do not have is left out and listed; two SKUs\n"
"for one price, a unit the map does not expect, a price of zero or less, or a\n"
"file that is not the vendor's format is an error, and nothing is written.\n"
"\n"
"runsheet prices urls REGION prints, as a shell script, the curl commands that\n"
"download exactly the files the maps need for a runsheet region (REGION of\n"
"models/regions.json) and the import commands after them;\n"
"scripts/fetch-prices.sh REGION [--run] prints or runs it.\n"
"\n"
"  --region CODE       the vendor's region code (us-east-1, europe-west3,\n"
"                      germanywestcentral, fsn1); default: the one region the\n"
"                      files hold\n"
"  -o, --output FILE   the sheet to write (default: standard output)\n"
"  --map FILE          more SKU-to-cell mappings (repeatable); an entry replaces\n"
"                      the bundled map's for the same cell\n"
"  --as-of YYYY-MM-DD  the date of the prices when the files carry none\n"
"                      (Hetzner's API response does not; default: the file's date)\n"
"  -q, --quiet         no summary on standard error\n"
"%s"
"\n"
"Example: runsheet prices import aws AmazonECS.json AmazonEC2.json --region eu-central-1\n"
"           -o aws-eu-central-1.json\n"
"         runsheet calc my-scenario --set workload.region=eu-central --pricing\n"
"           aws-eu-central-1.json\n";

static const char usage_import[] =
"Usage: runsheet import kubernetes FILE... [-o SCENARIO.json] [--id ID]\n"
"                                 [--exclude-namespaces LIST]\n"
"       runsheet import focus FILE... [--period YYYY-MM] [--filter COLUMN=VALUE]...\n"
"                                 [--cost billed|effective] [--platform ID]\n"
"                                 [--rate CUR=USD]... [-o ACTUAL.json]\n"
"                                 [--format table|json]\n"
"\n"
"import kubernetes reads what these print (each a file; give them all):\n"
"\n"
"  kubectl get deployments,statefulsets,daemonsets,cronjobs,jobs,hpa,pvc,nodes \\\n"
"      -A -o json > cluster.json\n"
"  kubectl get --raw /apis/metrics.k8s.io/v1beta1/pods > metrics.json   (optional)\n"
"\n"
"and writes a scenario: vCPU and memory from the pods' requests times their\n"
"replicas (kept within each HorizontalPodAutoscaler's range), services,\n"
"instance size, min_instances from the HPAs, storage from the\n"
"PersistentVolumeClaims, StatefulSets, sidecars and mesh proxies, GPUs,\n"
"CronJobs as jobs, and from the nodes' labels the platform the team is on\n"
"(plan.current_platform), its node type and workload.region. Every value\n"
"cites the object it came from. What a cluster cannot say (traffic, latency\n"
"tolerance, the team) is listed under \"fill_in\" and on standard error. The\n"
"system namespaces and the rules are data: models/import/kubernetes.json.\n"
"\n"
"  -o, --output FILE        the scenario to write (default: standard output)\n"
"  --id ID                  the scenario's id (default: from FILE's name)\n"
"  --exclude-namespaces LIST  namespaces to leave out, comma-separated\n"
"                           (default: kube-system and the other system ones)\n"
"  -q, --quiet              no summary on standard error\n"
"\n"
"import focus reads a FOCUS billing export (FOCUS 1.0 or later column names;\n"
"CSV, plain or gzip) as a stream, keeps one billing period and the rows the\n"
"filters pass, and gives each row a component of the model by the rules of\n"
"models/focus-map.json: compute, platform_fees or hidden. What no rule maps,\n"
"and every Purchase, Tax, Credit or Adjustment row, is \"other\", listed by\n"
"ServiceName; the components and other add up to the period's total to the\n"
"cent, and the summary shows both. -o writes the actual.* cells, which a\n"
"scenario takes with \"include\": [\"ACTUAL.json\"] to show model vs bill.\n"
"\n"
"  --period YYYY-MM         the billing period (default: the latest one the\n"
"                           export covers to its end)\n"
"  --filter COLUMN=VALUE    keep only rows where COLUMN is VALUE (* matches any\n"
"                           run); Tags.KEY=VALUE looks inside Tags (repeatable,\n"
"                           all must hold): SubAccountId, RegionId, ProviderName\n"
"  --cost billed|effective  BilledCost, as invoiced (default), or EffectiveCost,\n"
"                           with commitments amortised over the usage\n"
"  --platform ID            the platform the bill is for (default: inferred from\n"
"                           the services billed, such as EKS)\n"
"  --rate CUR=USD           US dollars per unit of a billing currency\n"
"                           (EUR defaults to fx.eur_usd)\n"
"  -o, --output FILE        write the actual.* cells to FILE\n"
"  --format table|json      the summary on standard output (default table)\n"
"%s"
"\n"
"Example: runsheet import kubernetes cluster.json metrics.json -o shop.json\n"
"         runsheet import focus focus-2026-10.csv.gz --filter Tags.cluster=prod\n"
"           -o actual.json\n"
"         (then \"include\": [\"actual.json\"] in shop.json; runsheet calc shop.json)\n";

static const char usage_schema[] =
"Usage: runsheet schema scenario|pricing|model|regions [options]\n"
"\n"
"Print a JSON Schema (draft 2020-12) for scenario files, pricing sheets or model\n"
"files, generated from the model data: every cell a scenario can set, with its\n"
"description, unit, type, allowed values and bounds. Editors use it to validate\n"
"and complete; runsheet check enforces the same rules. The committed copies are\n"
"schema/scenario.schema.json, schema/pricing.schema.json, schema/model.schema.json\n"
"and schema/regions.schema.json (models/regions.json).\n"
"\n"
"%s";

static const char usage_diff[] =
"Usage: runsheet diff OLD NEW [--format markdown|json] [--fail-above PCT%|AMOUNT]\n"
"                     [--ignore-flips] [-o FILE]\n"
"\n"
"Compare two sites written by runsheet build (OLD before a change, NEW after\n"
"it): which scenarios changed, whose verdict flipped, by how much, and which\n"
"cells caused it. A scenario changed when its recommendation or a compared\n"
"platform's monthly total did; a scenario only one site has is listed as added\n"
"or removed.\n"
"\n"
"The causes are the cells whose definition (a value, or a formula) differs\n"
"between the two builds' models (each data.json's model_image), each with its\n"
"value before and after and its effect on the recommended platform's monthly\n"
"total: OLD's recommendation's total before, NEW's after, so when the verdict\n"
"flips the change is the new platform's total minus the old one's. runsheet's\n"
"engine re-evaluates the model with some changed cells taking NEW's definition\n"
"and the others OLD's. With up to 10 changed cells, an effect is the cell's\n"
"Shapley value: its change to the total averaged over every order of applying\n"
"the changes. With more, the changes are applied one at a time in the order of\n"
"the cells' names, and an effect is what its step changed. Either way the\n"
"effects add up to the change. A cell only one build has has no effect of its\n"
"own: the formulas that use it carry it. What the models do not explain (sites\n"
"built by runsheet versions whose engines differ), or a change that cannot be\n"
"split (a mixture of the two models with a cycle), is one more cause, the\n"
"residual.\n"
"\n"
"  --format markdown   a comment for a pull or merge request (default)\n"
"  --format json       one JSON object (its names are documented in README.md)\n"
"  -o, --output FILE   write to FILE (atomically) instead of standard output\n"
"  --fail-above LIMIT  exit 3 when a scenario's recommended total changes by\n"
"                      more than LIMIT either way, or its verdict flips: PCT%\n"
"                      of the total before (10%), or an amount in the sites'\n"
"                      currency (50); give both to fail on either\n"
"  --ignore-flips      with --fail-above: a flipped verdict alone does not fail\n"
"  --data DIR          where templates/diff.md is (default: found beside the\n"
"                      program; also the RUNSHEET_DATA environment variable)\n"
"  -h, --help          show help\n"
"\n"
"Exit status: 0 compared (and within the limit), 1 a problem with OLD or NEW\n"
"(each printed as file:line:column: error: ...), 2 a usage error, 3 compared\n"
"and over the --fail-above limit (the comparison is written first).\n"
"\n"
"Example: runsheet diff base-site site --fail-above 10% -o comment.md\n";

static void
usage_error(const char *cmd, const char *fmt, ...) PRINTF_LIKE(2, 3);

/* Print a one-line usage error with a hint; the caller exits 2. */
static void
usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;

	fputs("runsheet: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	if (cmd)
		fprintf(stderr, "\nTry 'runsheet %s --help'.\n", cmd);
	else
		fputs("\nTry 'runsheet --help'.\n", stderr);
}

/* The shared options each command takes (TAKE_*); 0 for an unknown command. */
static unsigned
cmd_takes(const char *cmd)
{
	static const struct {
		const char *cmd;
		unsigned take;
	} t[] = {
		{"calc", TAKE_DATA | TAKE_PRICING | TAKE_SET | TAKE_PLATFORMS | TAKE_TODAY |
		    TAKE_INCLUDE | TAKE_ANALYSIS | TAKE_MAP},
		{"dump", TAKE_DATA | TAKE_PRICING | TAKE_SET | TAKE_PLATFORMS | TAKE_TODAY |
		    TAKE_INCLUDE},
		{"check", TAKE_DATA | TAKE_PRICING | TAKE_SET | TAKE_PLATFORMS | TAKE_TODAY |
		    TAKE_INCLUDE},
		{"schema", TAKE_DATA},
		{"build", TAKE_DATA | TAKE_PRICING | TAKE_SET | TAKE_PLATFORMS | TAKE_TODAY |
		    TAKE_INCLUDE | TAKE_ANALYSIS | TAKE_MAP},
		{"site", TAKE_DATA | TAKE_PRICING | TAKE_SET | TAKE_PLATFORMS | TAKE_TODAY |
		    TAKE_ANALYSIS},
		{"prices", TAKE_DATA},
		{"import", TAKE_DATA},
		{"diff", TAKE_DATA},
	};
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (strcmp(t[i].cmd, cmd) == 0)
			return t[i].take;
	return 0;
}

/* The help of the shared options in take (TAKE_*), into b. */
static void
common_opts(struct buf *b, unsigned take)
{
	size_t i;

	for (i = 0; i < sizeof(common_help) / sizeof(common_help[0]); i++)
		if (common_help[i].take & take)
			buf_puts(b, common_help[i].help);
}

/* Print the help of cmd (NULL: the program's) to f. */
static void
print_usage(FILE *f, const char *cmd)
{
	static const struct {
		const char *cmd;
		const char *text;
	} u[] = {
		{"calc", usage_calc}, {"dump", usage_dump}, {"check", usage_check},
		{"schema", usage_schema}, {"build", usage_build}, {"site", usage_site},
		{"prices", usage_prices}, {"import", usage_import},
	};
	struct buf b = {0};
	size_t i;

	common_opts(&b, cmd ? cmd_takes(cmd) : ~0u);
	if (cmd == NULL)
		fprintf(f, usage_main, buf_str(&b));
	else if (strcmp(cmd, "diff") == 0)
		fputs(usage_diff, f); /* diff takes none of the shared options but --data */
	for (i = 0; cmd && i < sizeof(u) / sizeof(u[0]); i++)
		if (strcmp(cmd, u[i].cmd) == 0)
			fprintf(f, u[i].text, buf_str(&b));
	buf_free(&b);
}

/* Whether dir holds model data. */
static bool
is_datadir(const char *dir)
{
	char *p = xasprintf("%s/models/platforms", dir);
	bool ok = path_is_dir(p);

	free(p);
	return ok;
}

/*
 * Find the data directory: --data, then $RUNSHEET_DATA, then beside the
 * program (PREFIX/share/runsheet for an installed binary, the source tree
 * for build/runsheet and build/<variant>/runsheet), then the compiled-in
 * DATADIR. Caller frees.
 */
static char *
find_datadir(const char *flag)
{
	char exe[PATH_MAX], *slash, *cand;
	const char *env = getenv("RUNSHEET_DATA");
	ssize_t n;

	if (flag)
		return xstrdup(flag);
	if (env && *env)
		return xstrdup(env);
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL) {
			*slash = '\0';
			cand = xasprintf("%s/../share/runsheet", exe);
			if (is_datadir(cand)) {
				char *real = realpath(cand, NULL);

				free(cand);
				return real ? real : xstrdup(DATADIR);
			}
			free(cand);
			cand = xasprintf("%s/..", exe);
			if (!is_datadir(cand)) {
				/* build/asan/runsheet and other variant builds */
				free(cand);
				cand = xasprintf("%s/../..", exe);
			}
			if (is_datadir(cand)) {
				char *real = realpath(cand, NULL);

				free(cand);
				if (real) {
					/* show paths relative to the working directory if we can */
					char cwd[PATH_MAX];

					if (getcwd(cwd, sizeof(cwd)) && strcmp(cwd, real) == 0) {
						free(real);
						return xstrdup(".");
					}
					return real;
				}
				return xstrdup(DATADIR);
			}
			free(cand);
		}
	}
	return xstrdup(DATADIR);
}

/* The date staleness is judged against: --today, SOURCE_DATE_EPOCH, now. */
static char *
find_today(const char *flag)
{
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	time_t t = time(NULL);
	struct tm tm;
	char buf[32];

	if (flag)
		return xstrdup(flag);
	if (sde && *sde) {
		char *end;
		long long v = strtoll(sde, &end, 10);

		if (*end == '\0' && v >= 0)
			t = (time_t)v;
	}
	gmtime_r(&t, &tm);
	strftime(buf, sizeof(buf), "%Y-%m-%d", &tm);
	return xstrdup(buf);
}

/* Parse the options every command takes; returns false on a usage error. */
static bool
cli_common_opt(struct cli *c, int opt, const char *arg)
{
	char *eq;

	switch (opt) {
	case OPT_DATA:
		c->datadir_flag = arg;
		return true;
	case OPT_PRICING:
		c->pricing = xreallocarray(c->pricing, c->npricing + 1, sizeof(*c->pricing));
		c->pricing[c->npricing++] = (char *)arg;
		return true;
	case OPT_SET:
		eq = strchr(arg, '=');
		if (eq == NULL || eq == arg) {
			usage_error(c->cmd, "--set %s: expected NAME=VALUE", arg);
			return false;
		}
		c->sets = xreallocarray(c->sets, c->nsets + 1, sizeof(*c->sets));
		c->sets[c->nsets].name = xstrndup(arg, (size_t)(eq - arg));
		c->sets[c->nsets].value = xstrdup(eq + 1);
		c->nsets++;
		return true;
	case OPT_PLATFORMS:
		c->platforms = arg;
		return true;
	case OPT_ALLOW_INCLUDE:
		c->include_dirs = xreallocarray(c->include_dirs, c->ninclude_dirs + 1,
		    sizeof(*c->include_dirs));
		c->include_dirs[c->ninclude_dirs++] = (char *)arg;
		return true;
	case OPT_TODAY:
		if (!date_valid(arg)) {
			usage_error(c->cmd, "--today %s: expected a date YYYY-MM-DD", arg);
			return false;
		}
		c->today_flag = arg;
		return true;
	}
	return false;
}

static void
cli_free(struct cli *c)
{
	size_t i;

	for (i = 0; i < c->nsets; i++) {
		free(c->sets[i].name);
		free(c->sets[i].value);
	}
	free(c->sets);
	free(c->pricing);
	free(c->include_dirs);
	free(c->map[0].own);
	free(c->map[1].own);
	free(c->datadir);
	free(c->today);
	catalog_free(c->cat);
	diags_free(&c->diags);
}

/*
 * Parse argv for command cmd with the extra long options given. Returns
 * -1 on success (positional arguments at argv[optind...]), or an exit
 * status to return now.
 */
static int
cli_parse(struct cli *c, int argc, char **argv, const struct option *extra,
    bool (*handle)(struct cli *, int, const char *))
{
	struct option opts[32];
	size_t n = 0, i;
	int opt;
	unsigned take = cmd_takes(c->cmd);

	/* only the shared options this command takes: --help lists the same */
	if (take & TAKE_DATA)
		opts[n++] = (struct option){"data", required_argument, NULL, OPT_DATA};
	if (take & TAKE_PRICING)
		opts[n++] = (struct option){"pricing", required_argument, NULL, OPT_PRICING};
	if (take & TAKE_SET)
		opts[n++] = (struct option){"set", required_argument, NULL, OPT_SET};
	if (take & TAKE_TODAY)
		opts[n++] = (struct option){"today", required_argument, NULL, OPT_TODAY};
	if (take & TAKE_PLATFORMS)
		opts[n++] = (struct option){"platforms", required_argument, NULL, OPT_PLATFORMS};
	if (take & TAKE_INCLUDE)
		opts[n++] = (struct option){"allow-include", required_argument, NULL,
		    OPT_ALLOW_INCLUDE};
	if (take & TAKE_ANALYSIS) {
		opts[n++] = (struct option){"samples", required_argument, NULL, OPT_SAMPLES};
		opts[n++] = (struct option){"seed", required_argument, NULL, OPT_SEED};
	}
	if (take & TAKE_MAP) {
		opts[n++] = (struct option){"map-x", required_argument, NULL, OPT_MAP_X};
		opts[n++] = (struct option){"map-y", required_argument, NULL, OPT_MAP_Y};
		opts[n++] = (struct option){"no-map", no_argument, NULL, OPT_NO_MAP};
	}
	opts[n++] = (struct option){"help", no_argument, NULL, 'h'};
	for (i = 0; extra && extra[i].name && n < 30; i++)
		opts[n++] = extra[i];
	opts[n] = (struct option){NULL, 0, NULL, 0};
	opterr = 0;
	optind = 1;
	while ((opt = getopt_long(argc, argv, c->shortopts ? c->shortopts : ":h", opts,
	    NULL)) != -1) {
		if (opt == 'h') {
			print_usage(stdout, c->cmd);
			return 0;
		}
		if (opt == '?') {
			if (optopt)
				usage_error(c->cmd, "unknown option -%c", optopt);
			else
				usage_error(c->cmd, "unknown option %s", argv[optind - 1]);
			return 2;
		}
		if (opt == ':') {
			usage_error(c->cmd, "option %s needs a value", argv[optind - 1]);
			return 2;
		}
		if (opt == OPT_SAMPLES || opt == OPT_SEED) {
			char *end;
			long long v = strtoll(optarg, &end, 10);

			if (*end || v < (opt == OPT_SAMPLES ? 1 : 0) ||
			    (opt == OPT_SAMPLES && v > MAX_SAMPLES)) {
				usage_error(c->cmd, "%s %s: expected a whole number%s",
				    opt == OPT_SAMPLES ? "--samples" : "--seed", optarg,
				    opt == OPT_SAMPLES ? " from 1 to 1000000" : "");
				return 2;
			}
			if (opt == OPT_SAMPLES)
				c->samples = (int)v;
			else
				c->seed = (unsigned long)v, c->have_seed = true;
			continue;
		}
		if (opt == OPT_MAP_X || opt == OPT_MAP_Y) {
			int k = opt == OPT_MAP_Y;
			char *why;

			free(c->map[k].own);
			why = map_axis_parse(optarg, &c->map[k]);
			if (why) {
				usage_error(c->cmd, "--map-%c %s: %s", k ? 'y' : 'x', optarg, why);
				free(why);
				return 2;
			}
			c->map_arg[k] = optarg;
			continue;
		}
		if (opt == OPT_NO_MAP) {
			c->no_map = true;
			continue;
		}
		if ((opt >= OPT_DATA && opt <= OPT_TODAY) || opt == OPT_PLATFORMS ||
		    opt == OPT_ALLOW_INCLUDE) {
			if (!cli_common_opt(c, opt, optarg))
				return 2;
			continue;
		}
		if (handle == NULL || !handle(c, opt, optarg))
			return 2;
	}
	return -1;
}

/*
 * --platforms a,b,c: compare exactly these, as if the scenario's
 * "platforms" said so; becomes --set <id>.compared for every platform.
 * Returns false (with a diagnostic) for an id that is not a platform.
 */
static bool
cli_platforms(struct cli *c)
{
	const struct catalog *cat = c->cat;
	char *list = xstrdup(c->platforms), *p, *save = NULL;
	bool *want = xcalloc(cat->nplatforms + 1, sizeof(*want)), ok = true;
	size_t i, n = 0;

	for (p = strtok_r(list, ",", &save); p; p = strtok_r(NULL, ",", &save)) {
		int pi = catalog_platform(cat, p);

		if (pi < 0) {
			char *where = xasprintf("--platforms %s", c->platforms);
			struct buf l = {0};

			for (i = 0; i < cat->nplatforms; i++)
				buf_printf(&l, "%s%s", i ? ", " : "", cat->platforms[i].id);
			diag_add(&c->diags, DIAG_ERROR, where, 0, 0, NULL, NULL,
			    "no platform \"%s\" (the ids are %s)", p, buf_str(&l));
			buf_free(&l);
			free(where);
			ok = false;
			continue;
		}
		want[pi] = true;
		n++;
	}
	if (ok && n == 0) {
		diag_add(&c->diags, DIAG_ERROR, "--platforms", 0, 0, NULL, NULL,
		    "lists no platform");
		ok = false;
	}
	for (i = 0; ok && i < cat->nplatforms; i++) {
		c->sets = xreallocarray(c->sets, c->nsets + 1, sizeof(*c->sets));
		c->sets[c->nsets].name = xasprintf("%s.compared", cat->platforms[i].id);
		c->sets[c->nsets].value = xstrdup(want[i] ? "TRUE" : "FALSE");
		c->nsets++;
	}
	free(want);
	free(list);
	return ok;
}

/*
 * Load the catalog for a command. Returns true, or prints the problems and
 * returns false.
 */
/* Check --map-x and --map-y against the model data. */
static void
cli_map(struct cli *c)
{
	const struct map_axis_opts *dflt[2] = {&map_default_x, &map_default_y};
	int k;

	for (k = 0; k < 2; k++) {
		char *why, *where;

		if (c->map_arg[k] == NULL)
			continue;
		why = map_axis_check(c->cat, &c->map[k], dflt[k]);
		if (why == NULL)
			continue;
		where = xasprintf("--map-%c %s", k ? 'y' : 'x', c->map_arg[k]);
		diag_add(&c->diags, DIAG_ERROR, where, 0, 0, NULL, NULL, "%s", why);
		free(where);
		free(why);
	}
	if (c->map_arg[0] && c->map_arg[1] && c->map[0].cell && c->map[1].cell &&
	    strcmp(c->map[0].cell, c->map[1].cell) == 0)
		diag_add(&c->diags, DIAG_ERROR, "--map-y", 0, 0, NULL, NULL,
		    "the map's x and y are both %s", c->map[0].cell);
}

/* The analysis settings of the command line. */
static void
cli_analysis_opts(const struct cli *c, struct analysis_opts *ao)
{
	memset(ao, 0, sizeof(*ao));
	ao->samples = c->samples;
	ao->have_seed = c->have_seed;
	ao->seed = c->seed;
	ao->map_x = c->map_arg[0] ? &c->map[0] : NULL;
	ao->map_y = c->map_arg[1] ? &c->map[1] : NULL;
	ao->no_map = c->no_map;
}

static bool
cli_load(struct cli *c)
{
	c->datadir = find_datadir(c->datadir_flag);
	c->today = find_today(c->today_flag);
	if (!is_datadir(c->datadir)) {
		fprintf(stderr, "runsheet: error: no model data in %s (expected %s/models/); "
		    "use --data DIR or set RUNSHEET_DATA\n", c->datadir, c->datadir);
		return false;
	}
	c->cat = catalog_load(c->datadir, c->pricing, c->npricing, &c->diags);
	if (c->cat) {
		c->cat->today = xstrdup(c->today);
		c->cat->include_dirs = c->include_dirs;
		c->cat->ninclude_dirs = c->ninclude_dirs;
	}
	if (c->diags.nerrors == 0 && c->platforms && !cli_platforms(c))
		return false;
	if (c->cat)
		cli_map(c);
	return c->diags.nerrors == 0;
}

/* Print the diagnostics and return the exit status they imply. */
static int
cli_finish(struct cli *c, bool ok)
{
	diags_print(&c->diags, stderr);
	if (c->diags.nerrors > 0) {
		fprintf(stderr, "runsheet: %zu error%s\n", c->diags.nerrors,
		    c->diags.nerrors == 1 ? "" : "s");
		return 1;
	}
	return ok ? 0 : 1;
}

/* Write a buffer to stdout; false (with a message) if that fails. */
static bool
cli_write_stdout(const struct buf *b)
{
	if (b->len && fwrite(b->data, 1, b->len, stdout) != b->len) {
		fprintf(stderr, "runsheet: error: writing the output: %s\n", strerror(errno));
		return false;
	}
	if (fflush(stdout) != 0) {
		fprintf(stderr, "runsheet: error: writing the output: %s\n", strerror(errno));
		return false;
	}
	return true;
}

/*
 * Load, evaluate and report one scenario. Returns the report (with
 * *mp set to its model; caller frees both), or NULL with the problems in
 * c->diags.
 */
static struct report *
cli_report(struct cli *c, const char *arg, struct scenario **scp, struct model **mp)
{
	char *path = resolve_scenario_path(c->datadir, arg);
	struct scenario *sc = NULL;
	struct model *m = NULL;
	struct report *r = NULL;

	if (!scenario_missing(c->datadir, arg, path, &c->diags))
		sc = scenario_load(path, c->cat, &c->diags);
	free(path);
	*scp = sc;
	*mp = NULL;
	if (sc == NULL || c->diags.nerrors > 0)
		return NULL;
	m = model_new(c->cat, sc, c->sets, c->nsets, &c->diags);
	if (m == NULL)
		return NULL;
	*mp = m;
	if (!model_eval(m, &c->diags))
		return NULL;
	r = report_new(m, &c->diags);
	if (r && c->analyses) {
		struct analysis_opts ao;

		cli_analysis_opts(c, &ao);
		analyses_run(r, &ao);
		if (r->an->map_why)
			diag_add(&c->diags, DIAG_WARNING, sc->src->path, 0, 0, NULL, NULL,
			    "no decision map: %s", r->an->map_why);
	}
	return r;
}

static const char *calc_format = "table";

static bool
calc_opt(struct cli *c, int opt, const char *arg)
{
	if (opt == OPT_FORMAT) {
		if (strcmp(arg, "table") != 0 && strcmp(arg, "json") != 0 && strcmp(arg, "csv") != 0) {
			usage_error(c->cmd, "--format %s: expected table, json or csv", arg);
			return false;
		}
		calc_format = arg;
		return true;
	}
	usage_error(c->cmd, "unexpected option");
	return false;
}

static int
cmd_calc(int argc, char **argv)
{
	static const struct option extra[] = {
		{"format", required_argument, NULL, OPT_FORMAT}, {NULL, 0, NULL, 0}};
	struct cli c = {.cmd = "calc", .analyses = true};
	struct scenario *sc = NULL;
	struct model *m = NULL;
	struct report *r = NULL;
	struct buf out = {0};
	int rc;

	if ((rc = cli_parse(&c, argc, argv, extra, calc_opt)) >= 0)
		goto done;
	if (argc - optind != 1) {
		usage_error("calc", argc - optind == 0 ? "calc needs a SCENARIO" :
		    "calc takes one SCENARIO");
		rc = 2;
		goto done;
	}
	if (!cli_load(&c)) {
		rc = cli_finish(&c, false);
		goto done;
	}
	r = cli_report(&c, argv[optind], &sc, &m);
	if (r == NULL) {
		rc = cli_finish(&c, false);
		goto done;
	}
	if (strcmp(calc_format, "json") == 0)
		export_calc_json(&out, r);
	else if (strcmp(calc_format, "csv") == 0)
		export_calc_csv(&out, r);
	else
		export_calc_table(&out, r);
	rc = cli_finish(&c, true);
	if (rc == 0 && !cli_write_stdout(&out))
		rc = 1;
done:
	buf_free(&out);
	report_free(r);
	model_free(m);
	scenario_free(sc);
	cli_free(&c);
	return rc;
}

static const char *dump_format = "text";

static bool
dump_opt(struct cli *c, int opt, const char *arg)
{
	if (opt == OPT_FORMAT) {
		if (strcmp(arg, "text") != 0 && strcmp(arg, "json") != 0) {
			usage_error(c->cmd, "--format %s: expected text or json", arg);
			return false;
		}
		dump_format = arg;
		return true;
	}
	return false;
}

static int
cmd_dump(int argc, char **argv)
{
	static const struct option extra[] = {
		{"format", required_argument, NULL, OPT_FORMAT}, {NULL, 0, NULL, 0}};
	struct cli c = {.cmd = "dump"};
	struct scenario *sc = NULL;
	struct model *m = NULL;
	struct buf out = {0};
	char **filters = NULL;
	size_t nfilters = 0;
	int rc, i;
	bool ok;

	if ((rc = cli_parse(&c, argc, argv, extra, dump_opt)) >= 0)
		goto done;
	if (!cli_load(&c)) {
		rc = cli_finish(&c, false);
		goto done;
	}
	i = optind;
	/* the first argument is a scenario unless it names cells */
	if (i < argc && (file_exists(argv[i]) || str_has_suffix(argv[i], ".json") ||
	    strchr(argv[i], '/') != NULL || catalog_find(c.cat, argv[i]) < 0) &&
	    strchr(argv[i], '*') == NULL) {
		char *path = resolve_scenario_path(c.datadir, argv[i]);

		if (!scenario_missing(c.datadir, argv[i], path, &c.diags))
			sc = scenario_load(path, c.cat, &c.diags);
		free(path);
		i++;
		if (sc == NULL || c.diags.nerrors) {
			rc = cli_finish(&c, false);
			goto done;
		}
	}
	filters = argv + i;
	nfilters = (size_t)(argc - i);
	for (; i < argc; i++) {
		size_t n = strlen(argv[i]);

		if (n && argv[i][n - 1] == '*')
			continue;
		if (catalog_find(c.cat, argv[i]) < 0) {
			const char *near = catalog_suggest(c.cat, argv[i]);

			char *where = xasprintf("dump %s", argv[i]);

			diag_add(&c.diags, DIAG_ERROR, where, 0, 0, NULL, NULL,
			    "no cell named \"%s\"%s%s%s", argv[i], near ? " (did you mean \"" : "",
			    near ? near : "", near ? "\"?)" : "");
			free(where);
		}
	}
	if (c.diags.nerrors) {
		rc = cli_finish(&c, false);
		goto done;
	}
	m = model_new(c.cat, sc, c.sets, c.nsets, &c.diags);
	if (m == NULL) {
		rc = cli_finish(&c, false);
		goto done;
	}
	ok = model_eval(m, &c.diags);
	if (strcmp(dump_format, "json") == 0)
		dump_json(&out, m, filters, nfilters);
	else
		dump_text(&out, m, filters, nfilters);
	/* the dump is the debugging view: print it even if cells failed */
	if (!cli_write_stdout(&out))
		ok = false;
	rc = cli_finish(&c, ok);
done:
	buf_free(&out);
	model_free(m);
	scenario_free(sc);
	cli_free(&c);
	return rc;
}

static int check_stale = -1;
static bool check_strict;

static bool
check_opt(struct cli *c, int opt, const char *arg)
{
	char *end;
	long v;

	if (opt == OPT_STALE) {
		v = strtol(arg, &end, 10);
		if (*end || v < 0 || v > 100000) {
			usage_error(c->cmd, "--stale-days %s: expected a number of days", arg);
			return false;
		}
		check_stale = (int)v;
		return true;
	}
	if (opt == OPT_STRICT) {
		check_strict = true;
		return true;
	}
	return false;
}

/* Whether a JSON file declares a "kind" (model data) or not (scenario). */
static const char *
peek_kind(const char *path, char *kind, size_t sz)
{
	json_t *root = json_load_file(path, 0, NULL), *k;

	kind[0] = '\0';
	if (root == NULL)
		return NULL;
	k = json_object_get(root, "kind");
	if (json_is_string(k))
		snprintf(kind, sz, "%s", json_string_value(k));
	json_decref(root);
	return kind;
}

static int
cmd_check(int argc, char **argv)
{
	static const struct option extra[] = {
		{"stale-days", required_argument, NULL, OPT_STALE},
		{"strict", no_argument, NULL, OPT_STRICT}, {NULL, 0, NULL, 0}};
	struct cli c = {.cmd = "check"};
	char **files = NULL, **owned = NULL, kind[64];
	size_t nfiles = 0, nowned = 0, i, nscen = 0;
	int rc;

	if ((rc = cli_parse(&c, argc, argv, extra, check_opt)) >= 0)
		goto done;
	/* pricing sheets among the files are checked as --pricing would use them */
	for (i = (size_t)optind; i < (size_t)argc; i++) {
		if (peek_kind(argv[i], kind, sizeof(kind)) && strcmp(kind, "pricing") == 0) {
			c.pricing = xreallocarray(c.pricing, c.npricing + 1, sizeof(*c.pricing));
			c.pricing[c.npricing++] = argv[i];
		} else if (kind[0] != '\0') {
			fprintf(stderr, "runsheet: note: %s is %s model data; it is checked with "
			    "the data directory it belongs to (--data)\n", argv[i], kind);
		} else {
			files = xreallocarray(files, nfiles + 1, sizeof(*files));
			files[nfiles++] = argv[i];
		}
	}
	if (!cli_load(&c)) {
		rc = cli_finish(&c, false);
		goto done;
	}
	if (check_stale >= 0)
		c.cat->stale_days = check_stale;
	catalog_check_stale(c.cat, &c.diags);
	prices_check_maps(c.cat, &c.diags);
	kube_check_rules(c.cat, &c.diags);
	focus_check_map(c.cat, &c.diags);
	if (optind >= argc) {
		char *dir = xasprintf("%s/scenarios", c.datadir);

		owned = dir_list(dir, ".json", &nowned);
		free(dir);
		files = xreallocarray(files, nfiles + nowned + 1, sizeof(*files));
		for (i = 0; i < nowned; i++)
			files[nfiles++] = owned[i];
	}
	for (i = 0; i < nfiles; i++) {
		struct scenario *sc = NULL;
		struct model *m = NULL;
		struct report *r = cli_report(&c, files[i], &sc, &m);

		nscen++;
		report_free(r);
		model_free(m);
		scenario_free(sc);
	}
	if (check_strict && c.diags.nwarnings > 0) {
		for (i = 0; i < c.diags.nlist; i++)
			if (c.diags.list[i].level == DIAG_WARNING) {
				c.diags.list[i].level = DIAG_ERROR;
				c.diags.nerrors++;
			}
	}
	rc = cli_finish(&c, true);
	/* the pricing sheets: those given as FILE and as --pricing alike */
	if (rc == 0)
		printf("runsheet check: model data (%zu cells, %zu platforms, %zu rules), %zu "
		    "scenario%s, %zu pricing sheet%s: no errors, %zu warning%s\n",
		    c.cat->ncells, c.cat->nplatforms, c.cat->nrules, nscen, nscen == 1 ? "" : "s",
		    c.npricing, c.npricing == 1 ? "" : "s", c.diags.nwarnings,
		    c.diags.nwarnings == 1 ? "" : "s");
done:
	free(files);
	strv_free(owned, nowned);
	cli_free(&c);
	return rc;
}

static int
cmd_schema(int argc, char **argv)
{
	struct cli c = {.cmd = "schema"};
	struct buf out = {0};
	int rc;

	if ((rc = cli_parse(&c, argc, argv, NULL, NULL)) >= 0)
		goto done;
	if (argc - optind != 1) {
		usage_error("schema", "schema takes one of scenario, pricing, model, regions");
		rc = 2;
		goto done;
	}
	if (!cli_load(&c)) {
		rc = cli_finish(&c, false);
		goto done;
	}
	if (!schema_write(&out, c.cat, argv[optind])) {
		usage_error("schema", "no schema \"%s\" (scenario, pricing, model, regions)",
		    argv[optind]);
		rc = 2;
		goto done;
	}
	rc = cli_finish(&c, true);
	if (rc == 0 && !cli_write_stdout(&out))
		rc = 1;
done:
	buf_free(&out);
	cli_free(&c);
	return rc;
}

static const char *build_out = "site";
static bool build_pdf, build_quiet, build_force;
static const char *build_chromium, *build_stats_file;
static int build_jobs, build_shard, build_nshards;

static bool
build_opt(struct cli *c, int opt, const char *arg)
{
	if (opt == 'o' || opt == OPT_OUTPUT) {
		if (arg[0] == '\0') {
			usage_error(c->cmd, "-o needs a directory");
			return false;
		}
		build_out = arg;
		return true;
	}
	if (opt == OPT_PDF) {
		build_pdf = true;
		return true;
	}
	if (opt == OPT_CHROMIUM) {
		build_chromium = arg;
		return true;
	}
	if (opt == 'q' || opt == OPT_QUIET) {
		build_quiet = true;
		return true;
	}
	if (opt == OPT_STALE)
		return check_opt(c, opt, arg);
	if (opt == 'j' || opt == OPT_JOBS) {
		char *end;
		long v = strtol(arg, &end, 10);

		if (*end || v < 1 || v > 1024) {
			usage_error(c->cmd, "-j %s: expected a number of jobs from 1 to 1024", arg);
			return false;
		}
		build_jobs = (int)v;
		return true;
	}
	if (opt == OPT_SHARD) {
		int k, n;
		char tail;

		if (sscanf(arg, "%d/%d%c", &k, &n, &tail) != 2 || n < 1 || n > 100000 || k < 1 ||
		    k > n) {
			usage_error(c->cmd, "--shard %s: expected K/N with 1 <= K <= N", arg);
			return false;
		}
		build_shard = k;
		build_nshards = n;
		return true;
	}
	if (opt == OPT_FORCE) {
		build_force = true;
		return true;
	}
	if (opt == OPT_STATS) {
		build_stats_file = arg;
		return true;
	}
	usage_error(c->cmd, "unexpected option");
	return false;
}

/* The number of cores this process may use. */
static int
cores(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n > 64 ? 64 : (int)n;
}

/* runsheet build --stats FILE: the stage times as JSON. */
static bool
write_stats(const char *path, const struct build_stats *st, int jobs, struct diags *d)
{
	struct buf b = {0};
	int k;
	bool ok;

	buf_printf(&b, "{\n  \"jobs\": %d,\n  \"built\": %zu,\n  \"reused\": %zu,\n", jobs,
	    st->built, st->reused);
	buf_printf(&b, "  \"wall_seconds\": %.6f,\n  \"charts\": %zu,\n  \"workbook_calls\": %zu,\n",
	    st->wall, st->charts, st->cells);
	buf_printf(&b, "  \"markdown_bytes\": %zu,\n  \"stage_seconds\": {", st->md_bytes);
	for (k = 0; k < ST__MAX; k++)
		buf_printf(&b, "%s\n    \"%s\": %.6f", k ? "," : "", stage_names[k], st->secs[k]);
	buf_puts(&b, "\n  }\n}\n");
	ok = file_write_atomic(path, b.data, b.len);
	if (!ok)
		diag_add(d, DIAG_ERROR, path, 0, 0, NULL, NULL, "cannot write: %s",
		    strerror(errno));
	buf_free(&b);
	return ok;
}

/*
 * The progress line on a terminal: "runsheet: [3/8] series-a-saas", redrawn
 * in place on stderr and erased at the end. Only when stderr is a terminal
 * and CI is not set, so logs and pipes stay clean.
 */
static void
progress_line(size_t n, size_t total, const char *what, void *arg)
{
	const char *base = strrchr(what, '/');

	(void)arg;
	base = base ? base + 1 : what;
	if (n > total) {
		fputs("\r\033[K", stderr);
		fflush(stderr);
		return;
	}
	fprintf(stderr, "\r\033[Krunsheet: [%zu/%zu] %.60s", n, total, base);
	fflush(stderr);
}

static bool
want_progress(void)
{
	const char *ci = getenv("CI");

	return !build_quiet && isatty(STDERR_FILENO) && (ci == NULL || *ci == '\0' ||
	    strcmp(ci, "false") == 0);
}

static int
cmd_build(int argc, char **argv)
{
	static const struct option extra[] = {
		{"output", required_argument, NULL, OPT_OUTPUT},
		{"pdf", no_argument, NULL, OPT_PDF},
		{"chromium", required_argument, NULL, OPT_CHROMIUM},
		{"stale-days", required_argument, NULL, OPT_STALE},
		{"quiet", no_argument, NULL, OPT_QUIET},
		{"jobs", required_argument, NULL, OPT_JOBS},
		{"shard", required_argument, NULL, OPT_SHARD},
		{"force", no_argument, NULL, OPT_FORCE},
		{"stats", required_argument, NULL, OPT_STATS}, {NULL, 0, NULL, 0}};
	struct cli c = {.cmd = "build", .shortopts = ":ho:j:q"};
	struct build_opts o;
	struct build_stats stats;
	int rc;
	bool ok;

	if ((rc = cli_parse(&c, argc, argv, extra, build_opt)) >= 0)
		goto done;
	if (!cli_load(&c)) {
		rc = cli_finish(&c, false);
		goto done;
	}
	memset(&o, 0, sizeof(o));
	o.outdir = build_out;
	o.scenarios = argv + optind;
	o.nscenarios = (size_t)(argc - optind);
	o.sets = c.sets;
	o.nsets = c.nsets;
	cli_analysis_opts(&c, &o.analysis);
	o.pdf = build_pdf;
	o.chromium = build_chromium;
	o.jobs = build_jobs > 0 ? build_jobs : cores();
	o.force = build_force;
	o.tmpdir = xlsx_tmpdir();
	o.shard = build_shard;
	o.nshards = build_nshards;
	memset(&stats, 0, sizeof(stats));
	o.stats = &stats;
	if (check_stale >= 0)
		c.cat->stale_days = check_stale;
	if (want_progress())
		o.progress = progress_line;
	ok = site_build(c.cat, &o, &c.diags);
	if (o.progress)
		progress_line(1, 0, "", NULL);
	if (ok && build_stats_file)
		ok = write_stats(build_stats_file, &stats, o.jobs, &c.diags);
	rc = cli_finish(&c, ok);
done:
	cli_free(&c);
	chart_shutdown();
	return rc;
}

static int
cmd_site(int argc, char **argv)
{
	static const struct option extra[] = {
		{"output", required_argument, NULL, OPT_OUTPUT},
		{"stale-days", required_argument, NULL, OPT_STALE},
		{"quiet", no_argument, NULL, OPT_QUIET}, {NULL, 0, NULL, 0}};
	struct cli c = {.cmd = "site", .shortopts = ":ho:q"};
	struct build_opts o;
	int rc;
	bool ok;

	if ((rc = cli_parse(&c, argc, argv, extra, build_opt)) >= 0)
		goto done;
	if (optind >= argc) {
		usage_error(c.cmd, "no shard directories (the -o DIR of runsheet build --shard)");
		rc = 2;
		goto done;
	}
	if (!cli_load(&c)) {
		rc = cli_finish(&c, false);
		goto done;
	}
	memset(&o, 0, sizeof(o));
	o.outdir = build_out;
	o.sets = c.sets;
	o.nsets = c.nsets;
	cli_analysis_opts(&c, &o.analysis);
	if (check_stale >= 0)
		c.cat->stale_days = check_stale;
	ok = site_merge(c.cat, &o, argv + optind, (size_t)(argc - optind), &c.diags);
	rc = cli_finish(&c, ok);
done:
	cli_free(&c);
	chart_shutdown();
	return rc;
}

static struct import_opts import_o;
static char **import_maps;
static size_t import_nmaps;

static bool
prices_opt(struct cli *c, int opt, const char *arg)
{
	if (opt == 'o' || opt == OPT_OUTPUT) {
		import_o.out = arg;
		return true;
	}
	if (opt == 'q' || opt == OPT_QUIET) {
		import_o.quiet = true;
		return true;
	}
	if (opt == OPT_REGION) {
		import_o.region = arg;
		return true;
	}
	if (opt == OPT_MAP) {
		import_maps = xreallocarray(import_maps, import_nmaps + 1, sizeof(*import_maps));
		import_maps[import_nmaps++] = (char *)arg;
		return true;
	}
	if (opt == OPT_ASOF) {
		if (!date_valid(arg)) {
			usage_error(c->cmd, "--as-of %s: expected a date YYYY-MM-DD", arg);
			return false;
		}
		import_o.as_of = arg;
		return true;
	}
	usage_error(c->cmd, "unexpected option");
	return false;
}

static int
cmd_prices(int argc, char **argv)
{
	static const struct option extra[] = {
		{"output", required_argument, NULL, OPT_OUTPUT},
		{"region", required_argument, NULL, OPT_REGION},
		{"map", required_argument, NULL, OPT_MAP},
		{"as-of", required_argument, NULL, OPT_ASOF},
		{"quiet", no_argument, NULL, OPT_QUIET}, {NULL, 0, NULL, 0}};
	struct cli c = {.cmd = "prices", .shortopts = ":ho:q"};
	int rc;

	if ((rc = cli_parse(&c, argc, argv, extra, prices_opt)) >= 0)
		goto done;
	if (optind < argc && strcmp(argv[optind], "urls") == 0) {
		struct buf out = {0};

		if (argc - optind != 2) {
			usage_error("prices", "prices urls takes one runsheet region (us, eu-central, "
			    "...)");
			rc = 2;
			goto done;
		}
		if (!cli_load(&c)) {
			rc = cli_finish(&c, false);
			goto done;
		}
		rc = cli_finish(&c, prices_urls(c.cat, argv[optind + 1], &out, &c.diags));
		if (rc == 0 && !cli_write_stdout(&out))
			rc = 1;
		buf_free(&out);
		goto done;
	}
	if (optind >= argc || strcmp(argv[optind], "import") != 0) {
		usage_error("prices", optind >= argc ? "prices needs a subcommand: import or urls" :
		    "unknown prices subcommand \"%s\" (import, urls)", argv[optind]);
		rc = 2;
		goto done;
	}
	if (optind + 1 >= argc || !prices_vendor_known(argv[optind + 1])) {
		usage_error("prices", optind + 1 >= argc ? "prices import needs a vendor: aws, "
		    "azure, gcp or hetzner" : "prices import reads aws, azure, gcp or hetzner, not "
		    "\"%s\"", argv[optind + 1]);
		rc = 2;
		goto done;
	}
	if (optind + 2 >= argc) {
		usage_error("prices", "prices import %s needs the price list files",
		    argv[optind + 1]);
		rc = 2;
		goto done;
	}
	if (!cli_load(&c)) {
		rc = cli_finish(&c, false);
		goto done;
	}
	import_o.vendor = argv[optind + 1];
	import_o.files = argv + optind + 2;
	import_o.nfiles = (size_t)(argc - optind - 2);
	import_o.maps = import_maps;
	import_o.nmaps = import_nmaps;
	rc = cli_finish(&c, prices_import(c.cat, &import_o, &c.diags));
done:
	free(import_maps);
	cli_free(&c);
	return rc;
}

static struct kube_opts kube_o;
static struct focus_opts focus_o;

static bool
import_opt(struct cli *c, int opt, const char *arg)
{
	switch (opt) {
	case 'o':
	case OPT_OUTPUT:
		kube_o.out = focus_o.out = arg;
		return true;
	case 'q':
	case OPT_QUIET:
		kube_o.quiet = true;
		return true;
	case OPT_ID:
		kube_o.id = arg;
		return true;
	case OPT_EXCLUDE_NS:
		kube_o.exclude = arg;
		return true;
	case OPT_PERIOD: {
		char day[16];

		snprintf(day, sizeof(day), "%.7s-01", arg);
		if (strlen(arg) != 7 || !date_valid(day)) {
			usage_error(c->cmd, "--period %s: expected a month YYYY-MM", arg);
			return false;
		}
		focus_o.period = arg;
		return true;
	}
	case OPT_FILTER:
		if (strchr(arg, '=') == NULL || arg[0] == '=' || strlen(arg) > 250) {
			usage_error(c->cmd, "--filter %s: expected COLUMN=VALUE or Tags.KEY=VALUE", arg);
			return false;
		}
		focus_o.filters = xreallocarray(focus_o.filters, focus_o.nfilters + 1,
		    sizeof(*focus_o.filters));
		focus_o.filters[focus_o.nfilters++] = (char *)arg;
		return true;
	case OPT_COST:
		if (strcmp(arg, "billed") != 0 && strcmp(arg, "effective") != 0) {
			usage_error(c->cmd, "--cost %s: expected billed or effective", arg);
			return false;
		}
		focus_o.effective = strcmp(arg, "effective") == 0;
		return true;
	case OPT_FORMAT:
		if (strcmp(arg, "table") != 0 && strcmp(arg, "json") != 0) {
			usage_error(c->cmd, "--format %s: expected table or json", arg);
			return false;
		}
		focus_o.json = strcmp(arg, "json") == 0;
		return true;
	case OPT_PLATFORM:
		focus_o.platform = arg;
		return true;
	case OPT_RATE: {
		const char *eq = strchr(arg, '=');
		char *end = NULL;
		double v = eq ? strtod(eq + 1, &end) : 0;

		if (eq == NULL || eq - arg != 3 || end == eq + 1 || *end || !(v > 0) || v > 1e6) {
			usage_error(c->cmd, "--rate %s: expected CUR=USD, such as EUR=1.08 (US "
			    "dollars per unit)", arg);
			return false;
		}
		focus_o.rates = xreallocarray(focus_o.rates, focus_o.nrates + 1,
		    sizeof(*focus_o.rates));
		focus_o.rates[focus_o.nrates++] = (char *)arg;
		return true;
	}
	default:
		usage_error(c->cmd, "unexpected option");
		return false;
	}
}

static int
cmd_import(int argc, char **argv)
{
	static const struct option extra[] = {
		{"output", required_argument, NULL, OPT_OUTPUT},
		{"quiet", no_argument, NULL, OPT_QUIET},
		{"id", required_argument, NULL, OPT_ID},
		{"exclude-namespaces", required_argument, NULL, OPT_EXCLUDE_NS},
		{"period", required_argument, NULL, OPT_PERIOD},
		{"filter", required_argument, NULL, OPT_FILTER},
		{"cost", required_argument, NULL, OPT_COST},
		{"format", required_argument, NULL, OPT_FORMAT},
		{"platform", required_argument, NULL, OPT_PLATFORM},
		{"rate", required_argument, NULL, OPT_RATE}, {NULL, 0, NULL, 0}};
	struct cli c = {.cmd = "import", .shortopts = ":ho:q"};
	const char *what;
	int rc;
	bool kube;

	if ((rc = cli_parse(&c, argc, argv, extra, import_opt)) >= 0)
		goto done;
	if (optind >= argc) {
		usage_error(c.cmd, "import needs what to import: kubernetes or focus");
		rc = 2;
		goto done;
	}
	what = argv[optind];
	kube = strcmp(what, "kubernetes") == 0 || strcmp(what, "k8s") == 0;
	if (!kube && strcmp(what, "focus") != 0) {
		usage_error(c.cmd, "import reads kubernetes or focus, not \"%s\"", what);
		rc = 2;
		goto done;
	}
	if (optind + 1 >= argc) {
		usage_error(c.cmd, kube ? "import kubernetes needs the kubectl export files" :
		    "import focus needs the FOCUS export files");
		rc = 2;
		goto done;
	}
	if (kube && (focus_o.period || focus_o.nfilters || focus_o.effective || focus_o.json ||
	    focus_o.platform || focus_o.nrates)) {
		usage_error(c.cmd, "--period, --filter, --cost, --format, --platform and --rate "
		    "are options of import focus");
		rc = 2;
		goto done;
	}
	if (!kube && (kube_o.id || kube_o.exclude)) {
		usage_error(c.cmd, "--id and --exclude-namespaces are options of import kubernetes");
		rc = 2;
		goto done;
	}
	if (!cli_load(&c)) {
		rc = cli_finish(&c, false);
		goto done;
	}
	if (kube) {
		kube_o.files = argv + optind + 1;
		kube_o.nfiles = (size_t)(argc - optind - 1);
		rc = cli_finish(&c, kube_import(c.cat, &kube_o, &c.diags));
	} else {
		struct buf out = {0};

		focus_o.files = argv + optind + 1;
		focus_o.nfiles = (size_t)(argc - optind - 1);
		rc = cli_finish(&c, focus_import(c.cat, &focus_o, &c.diags, &out));
		if (rc == 0 && !cli_write_stdout(&out))
			rc = 1;
		buf_free(&out);
	}
done:
	free(focus_o.filters);
	free(focus_o.rates);
	cli_free(&c);
	return rc;
}

static const char *const commands[] = {"calc", "dump", "check", "schema", "build", "site",
	"prices", "import", "diff", "help", NULL};

/*
 * runsheet diff OLD NEW: its own options (it reads two sites, not the
 * model data, so the options of the other commands do not apply). Exit
 * status 3 when the comparison goes over --fail-above, after writing it.
 */
enum { OPT_FAIL_ABOVE = 2000, OPT_IGNORE_FLIPS }; /* diff's own options */

static int
cmd_diff(int argc, char **argv)
{
	static const struct option opts[] = {
		{"format", required_argument, NULL, OPT_FORMAT},
		{"output", required_argument, NULL, OPT_OUTPUT},
		{"fail-above", required_argument, NULL, OPT_FAIL_ABOVE},
		{"ignore-flips", no_argument, NULL, OPT_IGNORE_FLIPS},
		{"data", required_argument, NULL, OPT_DATA},
		{"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
	struct diff_opts o;
	struct diags d = {0};
	struct buf out = {0};
	const char *output = NULL, *data = NULL;
	char *datadir = NULL;
	bool exceeded = false;
	int opt, rc = 2;

	memset(&o, 0, sizeof(o));
	opterr = 0;
	optind = 1;
	while ((opt = getopt_long(argc, argv, ":ho:", opts, NULL)) != -1) {
		switch (opt) {
		case 'h':
			print_usage(stdout, "diff");
			rc = 0;
			goto done;
		case OPT_FORMAT:
			if (strcmp(optarg, "markdown") != 0 && strcmp(optarg, "json") != 0) {
				usage_error("diff", "--format %s: expected markdown or json", optarg);
				goto done;
			}
			o.json = strcmp(optarg, "json") == 0;
			break;
		case 'o':
		case OPT_OUTPUT:
			output = optarg;
			break;
		case OPT_FAIL_ABOVE:
			if (!diff_limit_parse(optarg, &o)) {
				usage_error("diff", "--fail-above %s: expected a percentage (10%%) or "
				    "an amount (50), 0 or more", optarg);
				goto done;
			}
			break;
		case OPT_IGNORE_FLIPS:
			o.ignore_flips = true;
			break;
		case OPT_DATA:
			data = optarg;
			break;
		case ':':
			usage_error("diff", "option %s needs a value", argv[optind - 1]);
			goto done;
		default:
			if (optopt)
				usage_error("diff", "unknown option -%c", optopt);
			else
				usage_error("diff", "unknown option %s", argv[optind - 1]);
			goto done;
		}
	}
	if (argc - optind != 2) {
		usage_error("diff", "diff takes two sites, OLD and NEW (each the -o DIR of "
		    "runsheet build)");
		goto done;
	}
	if (o.ignore_flips && !o.have_fraction && !o.have_usd) {
		usage_error("diff", "--ignore-flips goes with --fail-above");
		goto done;
	}
	o.old_dir = argv[optind];
	o.new_dir = argv[optind + 1];
	datadir = find_datadir(data);
	o.datadir = datadir;
	rc = 1;
	if (!o.json && !is_datadir(datadir)) {
		fprintf(stderr, "runsheet: error: no model data in %s (expected %s/models/, "
		    "and the comment's template in %s/templates/); use --data DIR or set "
		    "RUNSHEET_DATA\n", datadir, datadir, datadir);
		goto done;
	}
	if (diff_sites(&o, &out, &exceeded, &d)) {
		if (output && !file_write_atomic(output, out.data ? out.data : "", out.len))
			diag_add(&d, DIAG_ERROR, output, 0, 0, NULL, NULL, "cannot write: %s",
			    strerror(errno));
		else if (output || cli_write_stdout(&out))
			rc = exceeded ? 3 : 0;
	}
	diags_print(&d, stderr);
	if (d.nerrors > 0)
		fprintf(stderr, "runsheet: %zu error%s\n", d.nerrors, d.nerrors == 1 ? "" : "s");
done:
	buf_free(&out);
	diags_free(&d);
	free(datadir);
	return rc;
}

static bool
cli_is_command(const char *cmd)
{
	return cmd_takes(cmd) != 0;
}

/* The command closest to cmd in spelling ("calcc": calc), or NULL. */
static const char *
command_suggest(const char *cmd)
{
	size_t i, d, best = 3;
	const char *r = NULL;

	for (i = 0; commands[i]; i++)
		if ((d = edit_distance(cmd, commands[i])) < best)
			best = d, r = commands[i];
	return r;
}

int
main(int argc, char **argv)
{
	const char *cmd;

	/* Never setlocale(): numbers are always written with a decimal point. */
	json_object_seed(1);
	if (argc < 2) {
		print_usage(stderr, NULL);
		return 2;
	}
	cmd = argv[1];
	if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
		printf("runsheet %s\n", RUNSHEET_VERSION);
		return 0;
	}
	if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
		print_usage(stdout, NULL);
		return 0;
	}
	if (strcmp(cmd, "help") == 0) {
		if (argc > 2 && !cli_is_command(argv[2])) {
			const char *near = command_suggest(argv[2]);

			usage_error(NULL, "no command \"%s\"%s%s%s", argv[2], near ? " (did you mean "
			    "\"" : "", near ? near : "", near ? "\"?)" : "");
			return 2;
		}
		print_usage(stdout, argc > 2 ? argv[2] : NULL);
		return 0;
	}
	if (strcmp(cmd, "calc") == 0)
		return cmd_calc(argc - 1, argv + 1);
	if (strcmp(cmd, "dump") == 0)
		return cmd_dump(argc - 1, argv + 1);
	if (strcmp(cmd, "check") == 0)
		return cmd_check(argc - 1, argv + 1);
	if (strcmp(cmd, "schema") == 0)
		return cmd_schema(argc - 1, argv + 1);
	if (strcmp(cmd, "build") == 0)
		return cmd_build(argc - 1, argv + 1);
	if (strcmp(cmd, "site") == 0)
		return cmd_site(argc - 1, argv + 1);
	if (strcmp(cmd, "prices") == 0)
		return cmd_prices(argc - 1, argv + 1);
	if (strcmp(cmd, "import") == 0)
		return cmd_import(argc - 1, argv + 1);
	if (strcmp(cmd, "diff") == 0)
		return cmd_diff(argc - 1, argv + 1);
	if (cmd[0] == '-')
		usage_error(NULL, "expected a command before %s", cmd);
	else {
		const char *near = command_suggest(cmd);

		usage_error(NULL, "unknown command \"%s\"%s%s%s", cmd, near ? " (did you mean \"" :
		    "", near ? near : "", near ? "\"?)" : "");
	}
	return 2;
}
