/*
 * site.c -- runsheet build: the scenarios' documents and the site around
 * them, written atomically.
 *
 * A build writes everything into a temporary directory beside the target
 * (".site.tmp-PID-XXXXXX" next to "site") and only at the end swaps it
 * into place with one renameat2(RENAME_EXCHANGE) (or rename when there is
 * no previous site), then removes the old tree. So an error, an interrupt
 * or a kill at any moment leaves the previous output untouched, and no
 * reader ever sees half a site. Temporary directories left by a build that
 * was killed are removed by the next build (their process is gone).
 *
 * A scenario's id becomes a directory name only here, through
 * scenario_id_valid() (a-z, 0-9, "-", "_", "."; no ".."), so nothing is
 * written outside the output directory.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "runsheet.h"
#include "document.h"
#include "site.h"
#include "tmpl.h"
#include "analysis.h"
#include "pages.h"

static void
summary_free(struct site_summary *s)
{
	free(s->id);
	free(s->title);
	free(s->verdict);
	free(s->verdict_id);
	free(s->totals);
	free(s->excluded);
}

/*
 * A SCENARIO argument: a file if one exists at that path, else a bundled
 * scenario's id (datadir/scenarios/<id>.json). Caller frees.
 */
char *
resolve_scenario_path(const char *datadir, const char *arg)
{
	char *p;

	if (file_exists(arg) || strchr(arg, '/') != NULL || str_has_suffix(arg, ".json"))
		return xstrdup(arg);
	p = xasprintf("%s/scenarios/%s.json", datadir, arg);
	if (file_exists(p))
		return p;
	free(p);
	return xstrdup(arg);
}

/* The newest as_of date among the prices: the date the data speaks for. */
static char *
data_date(const struct catalog *cat)
{
	const char *best = "2000-01-01";
	size_t i;

	for (i = 0; i < cat->nspecs; i++) {
		const struct cellspec *s = cat->specs[i];

		if (s->layer == LAYER_PRICING && s->as_of && strcmp(s->as_of, best) > 0)
			best = s->as_of;
	}
	return xstrdup(best);
}

/*
 * The pinned document time: SOURCE_DATE_EPOCH when set (reproducible
 * builds), otherwise midnight UTC of the data date, so the same inputs
 * always give the same bytes.
 */
static time_t
pinned_time(const char *date)
{
	const char *sde = getenv("SOURCE_DATE_EPOCH");

	if (sde && *sde) {
		char *end;
		long long v = strtoll(sde, &end, 10);

		if (*end == '\0' && v >= 0)
			return (time_t)v;
	}
	return (time_t)date_days(date) * 86400;
}

/* Remove temporary directories of builds whose process is gone. */
static void
clean_stale(const char *parent, const char *base)
{
	DIR *d = opendir(parent);
	struct dirent *e;
	char *prefix = xasprintf(".%s.tmp-", base);

	if (d == NULL) {
		free(prefix);
		return;
	}
	while ((e = readdir(d)) != NULL) {
		long pid;
		char *path;

		if (!str_has_prefix(e->d_name, prefix))
			continue;
		pid = strtol(e->d_name + strlen(prefix), NULL, 10);
		if (pid > 0 && pid != (long)getpid() && (kill((pid_t)pid, 0) == 0 ||
		    errno != ESRCH))
			continue; /* another build is running */
		path = path_join(parent, e->d_name);
		rm_rf(path);
		free(path);
	}
	closedir(d);
	free(prefix);
}

static bool
copy_file(const char *from, const char *to, struct diags *d)
{
	struct buf b = {0};
	bool ok;

	if (!file_read(from, &b)) {
		diag_add(d, DIAG_ERROR, from, 0, 0, NULL, NULL, "cannot read: %s", strerror(errno));
		buf_free(&b);
		return false;
	}
	ok = file_write_atomic(to, b.data ? b.data : "", b.len);
	if (!ok)
		diag_add(d, DIAG_ERROR, to, 0, 0, NULL, NULL, "cannot write: %s", strerror(errno));
	buf_free(&b);
	return ok;
}

/* Copy the files of datadir/assets into out/assets. */
static bool
copy_assets(const char *datadir, const char *out, struct diags *d)
{
	char *src = path_join(datadir, "assets"), *dst = path_join(out, "assets");
	char **files;
	size_t n, i;
	bool ok = true;

	files = dir_list(src, "", &n);
	if (files == NULL) {
		diag_add(d, DIAG_ERROR, src, 0, 0, NULL, NULL, "cannot read the assets: %s",
		    strerror(errno));
		ok = false;
	} else if (!mkdir_p(dst)) {
		diag_add(d, DIAG_ERROR, dst, 0, 0, NULL, NULL, "cannot create: %s",
		    strerror(errno));
		ok = false;
	}
	for (i = 0; ok && i < n; i++) {
		char *to = path_join(dst, strrchr(files[i], '/') + 1);

		ok = copy_file(files[i], to, d);
		free(to);
	}
	strv_free(files, n);
	free(src);
	free(dst);
	return ok;
}

static struct tmpl *
load_template(const char *datadir, const char *name, struct diags *d)
{
	char *path = xasprintf("%s/templates/%s", datadir, name);
	char *disp = xasprintf("templates/%s", name);
	struct tmpl *t = tmpl_load(path, disp, d);

	free(path);
	free(disp);
	return t;
}

/* The Chromium to print with: o->chromium, $CHROMIUM, or the first on PATH. */
static char *
find_chromium(const struct build_opts *o)
{
	static const char *const names[] = {"chromium", "chromium-browser", "google-chrome",
		NULL};
	const char *env = getenv("CHROMIUM"), *path = getenv("PATH");
	int i;

	if (o->chromium && *o->chromium)
		return xstrdup(o->chromium);
	if (env && *env)
		return xstrdup(env);
	for (i = 0; names[i] && path; i++) {
		const char *p = path;

		while (*p) {
			const char *colon = strchr(p, ':');
			size_t n = colon ? (size_t)(colon - p) : strlen(p);
			char *dir = xstrndup(p, n), *cand = path_join(*dir ? dir : ".", names[i]);

			free(dir);
			if (access(cand, X_OK) == 0)
				return cand;
			free(cand);
			p += n + (colon != NULL);
		}
	}
	return NULL;
}

/* Run argv, its output discarded; true if it exits with status 0. */
static bool
run_quiet(char *const argv[])
{
	posix_spawn_file_actions_t fa;
	pid_t pid;
	int st, err;

	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
	err = posix_spawn(&pid, argv[0], &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (err != 0)
		return false;
	while (waitpid(pid, &st, 0) == -1)
		if (errno != EINTR)
			return false;
	return WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

/*
 * Print every scenario's report.html to report.pdf with headless Chromium
 * (the print stylesheet makes it a clean document). Runs on the temporary
 * tree before it is swapped into place.
 */
static bool
site_pdf(const char *tmp, char **ids, size_t n, const struct build_opts *o, struct diags *d)
{
	char *chromium = find_chromium(o), *abs = realpath(tmp, NULL), *profile = NULL;
	char tmpl[] = "/tmp/runsheet-chromium-XXXXXX";
	size_t i;
	bool ok = true;

	if (chromium == NULL) {
		diag_add(d, DIAG_ERROR, NULL, 0, 0, NULL, NULL, "--pdf needs Chromium: install it "
		    "(apt-get install chromium) or name it with --chromium PATH or $CHROMIUM");
		free(abs);
		return false;
	}
	if (abs == NULL || (profile = mkdtemp(tmpl)) == NULL) {
		diag_add(d, DIAG_ERROR, tmp, 0, 0, NULL, NULL, "cannot prepare printing: %s",
		    strerror(errno));
		free(chromium);
		free(abs);
		return false;
	}
	for (i = 0; ok && i < n; i++) {
		char *url = xasprintf("file://%s/scenarios/%s/report.html", abs, ids[i]);
		char *pdf = xasprintf("%s/scenarios/%s/report.pdf", abs, ids[i]);
		char *out = xasprintf("--print-to-pdf=%s", pdf);
		char *prof = xasprintf("--user-data-dir=%s", profile);
		char *argv[16];
		int k = 0;
		struct stat st;

		argv[k++] = chromium;
		argv[k++] = (char *)"--headless";
		if (geteuid() == 0)
			argv[k++] = (char *)"--no-sandbox"; /* Chromium refuses root otherwise */
		argv[k++] = (char *)"--disable-gpu";
		argv[k++] = (char *)"--no-first-run";
		argv[k++] = (char *)"--disable-background-networking";
		argv[k++] = (char *)"--disable-component-update";
		argv[k++] = (char *)"--disable-sync";
		argv[k++] = (char *)"--no-pdf-header-footer";
		argv[k++] = prof;
		argv[k++] = out;
		argv[k++] = url;
		argv[k] = NULL;
		if (!run_quiet(argv) || stat(pdf, &st) != 0 || st.st_size == 0) {
			diag_add(d, DIAG_ERROR, pdf, 0, 0, NULL, NULL,
			    "Chromium (%s) did not print the report", chromium);
			ok = false;
		}
		free(url);
		free(pdf);
		free(out);
		free(prof);
	}
	rm_rf(profile);
	free(chromium);
	free(abs);
	return ok;
}

/*
 * Swap the finished temporary tree tmp into place at out, atomically, and
 * remove the old tree. Returns false with the error recorded.
 */
static bool
swap_into_place(const char *tmp, const char *out, struct diags *d)
{
	if (path_is_dir(out)) {
		if (renameat2(AT_FDCWD, tmp, AT_FDCWD, out, RENAME_EXCHANGE) == -1) {
			diag_add(d, DIAG_ERROR, out, 0, 0, NULL, NULL,
			    "cannot replace the output directory: %s", strerror(errno));
			return false;
		}
		rm_rf(tmp); /* now the previous site */
		return true;
	}
	if (rename(tmp, out) == -1) {
		diag_add(d, DIAG_ERROR, out, 0, 0, NULL, NULL,
		    "cannot move the build into place: %s", strerror(errno));
		return false;
	}
	return true;
}

/* Load, evaluate and document one scenario into tmp/scenarios/<id>. */
static bool
build_one(const struct catalog *cat, const struct build_opts *o, const struct docenv *env,
    const char *path, const char *tmp, struct site_summary *sum, char ***ids, size_t *nids,
    struct diags *d)
{
	struct scenario *sc = scenario_load(path, cat, d);
	struct model *m = NULL;
	struct report *r = NULL;
	char *dir = NULL;
	size_t errs = d->nerrors, i;
	bool ok = false;

	if (sc == NULL || d->nerrors != errs || sc->id == NULL)
		goto out;
	for (i = 0; i < *nids; i++)
		if (strcmp((*ids)[i], sc->id) == 0) {
			diag_at(d, DIAG_ERROR, sc->src, "/id", -1, NULL,
			    "scenario id \"%s\" is used by another scenario of this build", sc->id);
			goto out;
		}
	*ids = xreallocarray(*ids, *nids + 1, sizeof(**ids));
	(*ids)[(*nids)++] = xstrdup(sc->id);
	m = model_new(cat, sc, o->sets, o->nsets, d);
	if (m == NULL || !model_eval(m, d))
		goto out;
	if ((r = report_new(m, d)) == NULL)
		goto out;
	analyses_run(r, &o->analysis);
	dir = xasprintf("%s/scenarios/%s", tmp, sc->id);
	if (!mkdir_p(dir)) {
		diag_add(d, DIAG_ERROR, dir, 0, 0, NULL, NULL, "cannot create: %s",
		    strerror(errno));
		goto out;
	}
	if (!doc_scenario(env, r, dir, d))
		goto out;
	sum->id = xstrdup(sc->id);
	sum->title = xstrdup(sc->title);
	sum->verdict = xstrdup(r->rec >= 0 ? r->rows[r->rec].p->name : "none");
	sum->verdict_id = xstrdup(r->rec >= 0 ? r->rows[r->rec].p->id : "none");
	sum->monthly = r->rec >= 0 ? r->rows[r->rec].total : 0;
	sum->totals = xcalloc(cat->nplatforms + 1, sizeof(*sum->totals));
	sum->excluded = xcalloc(cat->nplatforms + 1, sizeof(*sum->excluded));
	for (i = 0; i < cat->nplatforms; i++)
		sum->totals[i] = -1;
	for (i = 0; i < r->nrows; i++) {
		sum->totals[r->rows[i].pi] = r->rows[i].total;
		sum->excluded[r->rows[i].pi] = r->rows[i].excluded;
	}
	/* the cheapest of the platforms the rules leave in the running */
	sum->cheapest = -1;
	{
		int best = -1;

		for (i = 0; i < r->nrows; i++)
			if (!r->rows[i].excluded && (best < 0 || r->rows[i].total <
			    r->rows[best].total))
				best = (int)i;
		if (best >= 0)
			sum->cheapest = (int)r->rows[best].pi;
	}
	ok = true;
out:
	free(dir);
	report_free(r);
	model_free(m);
	scenario_free(sc);
	return ok;
}

/*
 * Build the site: every scenario's documents, the index and the assets,
 * into o->outdir, atomically. Returns false after recording every problem
 * found; the previous output is then untouched.
 */
bool
site_build(const struct catalog *cat, const struct build_opts *o, struct diags *d)
{
	struct docenv env;
	char *outdir = xstrdup(o->outdir), *parent, *base, *slash, *tmp = NULL;
	char **files = NULL, **ids = NULL;
	size_t nfiles = 0, nids = 0, i, nsum = 0;
	struct site_summary *sums = NULL;
	struct pages pg;
	struct model *defaults = NULL;
	bool ok = false;

	memset(&env, 0, sizeof(env));
	memset(&pg, 0, sizeof(pg));
	/* the target's parent and name, for the temporary sibling */
	while (strlen(outdir) > 1 && outdir[strlen(outdir) - 1] == '/')
		outdir[strlen(outdir) - 1] = '\0';
	slash = strrchr(outdir, '/');
	parent = slash ? xstrndup(outdir, slash == outdir ? 1 : (size_t)(slash - outdir)) :
	    xstrdup(".");
	base = xstrdup(slash ? slash + 1 : outdir);
	if (*base == '\0' || strcmp(base, ".") == 0 || strcmp(base, "..") == 0) {
		diag_add(d, DIAG_ERROR, o->outdir, 0, 0, NULL, NULL,
		    "the output must be a directory name, not \"%s\"", o->outdir);
		goto out;
	}
	if (!path_is_dir(parent)) {
		diag_add(d, DIAG_ERROR, o->outdir, 0, 0, NULL, NULL,
		    "the directory %s does not exist", parent);
		goto out;
	}
	if (access(parent, W_OK) != 0) {
		diag_add(d, DIAG_ERROR, o->outdir, 0, 0, NULL, NULL,
		    "cannot write in %s: %s", parent, strerror(errno));
		goto out;
	}

	if (o->nscenarios > 0) {
		files = xcalloc(o->nscenarios + 1, sizeof(*files));
		for (i = 0; i < o->nscenarios; i++)
			files[nfiles++] = xstrdup(o->scenarios[i]);
	} else {
		char *dir = xasprintf("%s/scenarios", cat->datadir);

		files = dir_list(dir, ".json", &nfiles);
		free(dir);
		if (files == NULL || nfiles == 0) {
			diag_add(d, DIAG_ERROR, cat->datadir, 0, 0, NULL, NULL,
			    "no bundled scenarios to build");
			goto out;
		}
	}
	if (nfiles > MAX_SCENARIOS) {
		diag_add(d, DIAG_ERROR, NULL, 0, 0, NULL, NULL,
		    "%zu scenarios; one build takes at most %d", nfiles, MAX_SCENARIOS);
		goto out;
	}

	env.report_md = load_template(cat->datadir, "report.md", d);
	env.report_html = load_template(cat->datadir, "report.html", d);
	pg.page = load_template(cat->datadir, "page.html", d);
	pg.index = load_template(cat->datadir, "index.html", d);
	pg.platforms = load_template(cat->datadir, "platforms.html", d);
	pg.platform = load_template(cat->datadir, "platform.html", d);
	pg.pricing = load_template(cat->datadir, "pricing.html", d);
	pg.methodology = load_template(cat->datadir, "methodology.md", d);
	if (!env.report_md || !env.report_html || !pg.page || !pg.index || !pg.platforms ||
	    !pg.platform || !pg.pricing || !pg.methodology)
		goto out;
	/* the model defaults (with --set), for the prices and formulas pages */
	defaults = model_new(cat, NULL, o->sets, o->nsets, d);
	if (defaults == NULL || !model_eval(defaults, d))
		goto out;
	env.data_date = data_date(cat);
	pg.cat = cat;
	pg.m = defaults;
	pg.data_date = env.data_date;
	pg.today = cat->today;
	env.pg = &pg;
	env.pdf = o->pdf;
	env.created = pinned_time(env.data_date);
	env.period_start = xasprintf("%.7s-01T00:00:00Z", env.data_date);
	{
		int y = atoi(env.data_date), mo = atoi(env.data_date + 5) + 1;

		if (mo > 12)
			mo = 1, y++;
		env.period_end = xasprintf("%04d-%02d-01T00:00:00Z", y, mo);
	}
	env.tmpdir = o->tmpdir;

	clean_stale(parent, base);
	tmp = xasprintf("%s/.%s.tmp-%ld-XXXXXX", parent, base, (long)getpid());
	if (mkdtemp(tmp) == NULL) {
		diag_add(d, DIAG_ERROR, o->outdir, 0, 0, NULL, NULL,
		    "cannot create a temporary directory beside it: %s", strerror(errno));
		free(tmp);
		tmp = NULL;
		goto out;
	}
	chmod(tmp, 0755);
	sums = xcalloc(nfiles + 1, sizeof(*sums));
	for (i = 0; i < nfiles; i++) {
		char *path = resolve_scenario_path(cat->datadir, files[i]);

		if (o->progress)
			o->progress(i + 1, nfiles, files[i], o->progress_arg);
		if (build_one(cat, o, &env, path, tmp, &sums[nsum], &ids, &nids, d))
			nsum++;
		free(path);
	}
	if (d->nerrors > 0)
		goto out;
	if (!pages_index(&pg, sums, nsum, tmp, d) || !pages_platforms(&pg, sums, nsum, tmp, d) ||
	    !pages_pricing(&pg, tmp, d) || !pages_methodology(&pg, tmp, d) ||
	    !copy_assets(cat->datadir, tmp, d))
		goto out;
	if (o->pdf && !site_pdf(tmp, ids, nids, o, d))
		goto out;
	if (!swap_into_place(tmp, outdir, d))
		goto out;
	free(tmp);
	tmp = NULL;
	ok = true;
out:
	if (tmp) {
		rm_rf(tmp);
		free(tmp);
	}
	for (i = 0; i < nsum; i++)
		summary_free(&sums[i]);
	free(sums);
	strv_free(files, nfiles);
	strv_free(ids, nids);
	tmpl_free(env.report_md);
	tmpl_free(env.report_html);
	tmpl_free(pg.page);
	tmpl_free(pg.index);
	tmpl_free(pg.platforms);
	tmpl_free(pg.platform);
	tmpl_free(pg.pricing);
	tmpl_free(pg.methodology);
	model_free(defaults);
	free(env.data_date);
	free(env.period_start);
	free(env.period_end);
	free(parent);
	free(base);
	free(outdir);
	return ok;
}
