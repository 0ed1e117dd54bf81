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
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "runsheet.h"
#include "document.h"
#include "site.h"
#include "tmpl.h"
#include "analysis.h"

/* What the index needs of a built scenario. */
struct summary {
	char *id;
	char *title;
	char *verdict;       /* platform name, or "none" */
	char *verdict_id;
	double monthly;      /* the verdict's monthly total */
	double *totals;      /* per catalog platform; < 0 when not compared */
	int cheapest;        /* catalog index of the cheapest, or -1 */
};

static void
summary_free(struct summary *s)
{
	free(s->id);
	free(s->title);
	free(s->verdict);
	free(s->verdict_id);
	free(s->totals);
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

/* The minimal index: every scenario with its verdict. */
static bool
write_index(const struct catalog *cat, struct tmpl *t, struct summary *sums, size_t n,
    const char *out, const char *date, struct diags *d)
{
	struct tval *v = tv_map(), *l, *it;
	struct buf html = {0}, money = {0};
	char *path;
	size_t i;
	bool ok;

	tv_str(v, "version", RUNSHEET_VERSION);
	tv_str(v, "data_date", date);
	tv_str(v, "root", "");
	l = tv_list(v, "scenarios");
	for (i = 0; i < n; i++) {
		it = tv_item(l);
		tv_str(it, "id", sums[i].id);
		tv_str(it, "title", sums[i].title);
		tv_str(it, "verdict", sums[i].verdict);
		tv_str(it, "verdict_id", sums[i].verdict_id);
		money.len = 0;
		fmt_money(&money, sums[i].monthly);
		tv_str(it, "monthly", buf_str(&money));
		tv_strf(it, "href", "scenarios/%s/report.html", sums[i].id);
	}
	(void)cat;
	ok = tmpl_render(t, v, &html, d);
	if (ok) {
		path = path_join(out, "index.html");
		ok = file_write_atomic(path, html.data, html.len);
		if (!ok)
			diag_add(d, DIAG_ERROR, path, 0, 0, NULL, NULL, "cannot write: %s",
			    strerror(errno));
		free(path);
	}
	buf_free(&html);
	buf_free(&money);
	tv_free(v);
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
    const char *path, const char *tmp, struct summary *sum, char ***ids, size_t *nids,
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
	for (i = 0; i < cat->nplatforms; i++)
		sum->totals[i] = -1;
	for (i = 0; i < r->nrows; i++)
		sum->totals[r->rows[i].pi] = r->rows[i].total;
	sum->cheapest = r->cheapest >= 0 ? r->rows[r->cheapest].pi : -1;
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
	struct summary *sums = NULL;
	struct tmpl *index = NULL;
	bool ok = false;

	memset(&env, 0, sizeof(env));
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
	index = load_template(cat->datadir, "index.html", d);
	if (!env.report_md || !env.report_html || !index)
		goto out;
	env.data_date = data_date(cat);
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
	if (!write_index(cat, index, sums, nsum, tmp, env.data_date, d) ||
	    !copy_assets(cat->datadir, tmp, d))
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
	tmpl_free(index);
	free(env.data_date);
	free(env.period_start);
	free(env.period_end);
	free(parent);
	free(base);
	free(outdir);
	return ok;
}
