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
#include <pthread.h>
#include <stdint.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "runsheet.h"
#include "document.h"
#include "site.h"
#include "tmpl.h"
#include "analysis.h"
#include "pages.h"
#include "chart.h"

static void
summary_free(struct site_summary *s)
{
	free(s->id);
	free(s->title);
	free(s->verdict);
	free(s->verdict_id);
	free(s->region);
	free(s->bill);
	free(s->totals);
	free(s->excluded);
	free(s->tied);
	free(s->map_alt);
	free(s->map_axes);
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

/*
 * When arg (resolved to path) is neither a file nor a bundled scenario's
 * id: record an error that lists the bundled ids (and the closest one)
 * and return true; else false. A path that names a file (with "/" or
 * ".json") is left to the loader's "cannot read".
 */
bool
scenario_missing(const char *datadir, const char *arg, const char *path, struct diags *d)
{
	char *dir, **ids;
	size_t n, i, dist, best = 4;
	const char *near = NULL;
	struct buf l = {0};

	if (file_exists(path) || strchr(arg, '/') != NULL || str_has_suffix(arg, ".json"))
		return false;
	dir = xasprintf("%s/scenarios", datadir);
	ids = dir_list(dir, ".json", &n);
	for (i = 0; ids && i < n; i++) {
		char *id = strrchr(ids[i], '/') + 1;

		id[strlen(id) - 5] = '\0'; /* without .json */
		buf_printf(&l, "%s%s", i ? ", " : "", id);
		if ((dist = edit_distance(arg, id)) < best)
			best = dist, near = id;
	}
	diag_add(d, DIAG_ERROR, arg, 0, 0, NULL, NULL, "no scenario file or bundled scenario "
	    "\"%s\"%s%s%s; the bundled ones are %s", arg, near ? " (did you mean \"" : "",
	    near ? near : "", near ? "\"?)" : "", n ? buf_str(&l) : "none");
	buf_free(&l);
	strv_free(ids, n);
	free(dir);
	return true;
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

/*
 * Remove temporary directories of builds whose process is gone: only
 * directories named as site_tmp() names them (".BASE.tmp-PID-XXXXXX").
 */
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
		char *path, *end;
		struct stat st;

		if (!str_has_prefix(e->d_name, prefix))
			continue;
		pid = strtol(e->d_name + strlen(prefix), &end, 10);
		if (*end != '-' || strlen(end + 1) != 6)
			continue; /* not a name site_tmp() makes */
		if (pid > 0 && pid != (long)getpid() && (kill((pid_t)pid, 0) == 0 ||
		    errno != ESRCH))
			continue; /* another build is running */
		path = path_join(parent, e->d_name);
		if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode))
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

/*
 * The page's engine, which make builds from the same sources
 * (build/runsheet-wasm.js in a source tree, wasm/runsheet-wasm.js where
 * installed); NULL if there is none: the pages then do not recalculate.
 * Caller frees.
 */
static char *
wasm_js(const char *datadir)
{
	static const char *const where[] = {"build/runsheet-wasm.js", "wasm/runsheet-wasm.js",
		NULL};
	size_t i;

	for (i = 0; where[i]; i++) {
		char *p = path_join(datadir, where[i]);

		if (file_exists(p))
			return p;
		free(p);
	}
	return NULL;
}

/* Copy the files of datadir/assets, and the page's engine, into out/assets. */
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
	if (ok) {
		char *wasm = wasm_js(datadir);

		if (wasm) {
			char *to = path_join(dst, "runsheet-wasm.js");

			ok = copy_file(wasm, to, d);
			free(to);
		}
		free(wasm);
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

static bool outdir_replaceable(const char *, const char *, struct diags *);

/*
 * Swap the finished temporary tree tmp into place at out, atomically, and
 * remove the old tree, if out is still one a build may replace (cmd names
 * the command, for the message). Returns false with the error recorded.
 */
static bool
swap_into_place(const char *tmp, const char *out, const char *cmd, struct diags *d)
{
	/* again, at the last moment: what was added to it during the build stays */
	if (!outdir_replaceable(out, cmd, d))
		return false;
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

/* --- what a build's outputs depend on ------------------------------------------ */

/* Mix a string into a hash. */
static uint64_t
mix_str(uint64_t h, const char *s)
{
	return hash_bytes(s ? s : "", s ? strlen(s) + 1 : 1, h);
}

/* The content of every file of datadir/sub (names and bytes), sorted. */
static uint64_t
tree_hash(const char *datadir, const char *sub, uint64_t h)
{
	char *dir = path_join(datadir, sub);
	char **files;
	size_t n, i;

	files = dir_list(dir, "", &n);
	for (i = 0; files && i < n; i++) {
		struct buf b = {0};

		h = mix_str(h, strrchr(files[i], '/') + 1);
		if (file_read(files[i], &b))
			h = hash_bytes(b.data ? b.data : "", b.len, h);
		buf_free(&b);
	}
	strv_free(files, n);
	free(dir);
	return h;
}

/*
 * The key of everything a scenario's outputs depend on besides the
 * scenario itself: the program, every model data file, the templates and
 * assets, the --set overrides, the analysis settings, --pdf and the
 * pinned document time. Content hashes, never timestamps.
 */
static uint64_t
global_key(const struct catalog *cat, const struct build_opts *o, time_t created)
{
	uint64_t h = mix_str(0x72756e7368656574ull, RUNSHEET_VERSION);
	char tmp[64];
	size_t i;

	h = hash_bytes(&cat->hash, sizeof(cat->hash), h);
	h = tree_hash(cat->datadir, "templates", h);
	h = tree_hash(cat->datadir, "assets", h);
	{
		char *wasm = wasm_js(cat->datadir);
		struct buf b = {0};

		if (wasm && file_read(wasm, &b))
			h = hash_bytes(b.data ? b.data : "", b.len, h);
		h = mix_str(h, wasm ? "whatif" : "static");
		buf_free(&b);
		free(wasm);
	}
	for (i = 0; i < o->nsets; i++) {
		h = mix_str(h, o->sets[i].name);
		h = mix_str(h, o->sets[i].value);
	}
	snprintf(tmp, sizeof(tmp), "%d/%d/%lu/%d/%lld", o->analysis.samples,
	    o->analysis.have_seed, o->analysis.seed, o->pdf, (long long)created);
	return mix_str(h, tmp);
}

/* --- the manifest: which inputs each scenario directory was built from --------- */

#define MANIFEST ".runsheet-manifest"

struct manifest {
	char **ids;
	uint64_t *keys;
	size_t n;
	uint64_t pages;    /* key of the pages around the scenarios, 0 if none */
	int shard, nshards; /* a shard's place, 0/0 for a site */
	char **entries;    /* every file and directory ("dir/") the build wrote, sorted */
	size_t nentries;
};

static void
manifest_free(struct manifest *mf)
{
	strv_free(mf->ids, mf->n);
	free(mf->keys);
	strv_free(mf->entries, mf->nentries);
	memset(mf, 0, sizeof(*mf));
}

static void
manifest_add(struct manifest *mf, const char *id, uint64_t key)
{
	mf->ids = xreallocarray(mf->ids, mf->n + 1, sizeof(*mf->ids));
	mf->keys = xreallocarray(mf->keys, mf->n + 1, sizeof(*mf->keys));
	mf->ids[mf->n] = xstrdup(id);
	mf->keys[mf->n++] = key;
}

static int
cmp_strp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
cmp_dirent(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

/*
 * Append "entry REL" for every file and directory ("REL/") under root/rel,
 * in a fixed order, leaving out the manifest itself: what the build wrote,
 * so the next build can tell it from what someone added.
 */
static void
tree_entries(const char *root, const char *rel, struct buf *b)
{
	char *dir = *rel ? path_join(root, rel) : xstrdup(root);
	struct dirent **list = NULL;
	int n, i;

	n = scandir(dir, &list, NULL, cmp_dirent);
	for (i = 0; i < n; i++) {
		const char *name = list[i]->d_name;
		char *sub, *path;
		struct stat st;

		if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0 ||
		    (*rel == '\0' && strcmp(name, MANIFEST) == 0)) {
			free(list[i]);
			continue;
		}
		sub = *rel ? xasprintf("%s/%s", rel, name) : xstrdup(name);
		path = path_join(dir, name);
		if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
			buf_printf(b, "entry %s/\n", sub);
			tree_entries(root, sub, b);
		} else {
			buf_printf(b, "entry %s\n", sub);
		}
		free(path);
		free(sub);
		free(list[i]);
	}
	free(list);
	free(dir);
}

/* Read dir's manifest; false if there is none or it is not one. */
static bool
manifest_read(const char *dir, struct manifest *mf)
{
	char *path = path_join(dir, MANIFEST);
	struct buf b = {0};
	char *line, *save = NULL;
	bool ok;

	memset(mf, 0, sizeof(*mf));
	ok = file_read(path, &b) && b.len > 0;
	free(path);
	if (!ok) {
		buf_free(&b);
		return false;
	}
	buf_str(&b);
	for (line = strtok_r(b.data, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char word[80], id[80];
		unsigned long long k;
		int a, n;

		if (str_has_prefix(line, "entry ") && line[6] != '\0') {
			mf->entries = xreallocarray(mf->entries, mf->nentries + 1,
			    sizeof(*mf->entries));
			mf->entries[mf->nentries++] = xstrdup(line + 6);
		} else if (sscanf(line, "pages %llx", &k) == 1)
			mf->pages = k;
		else if (sscanf(line, "shard %d/%d", &a, &n) == 2)
			mf->shard = a, mf->nshards = n;
		else if (sscanf(line, "%79s %64s %llx", word, id, &k) == 3 &&
		    strcmp(word, "scenario") == 0)
			manifest_add(mf, id, k);
	}
	buf_free(&b);
	if (mf->nentries > 1)
		xqsort(mf->entries, mf->nentries, sizeof(*mf->entries), cmp_strp);
	return true;
}

static int
cmp_entry(const void *a, const void *b)
{
	return strcmp(**(char *const *const *)a, **(char *const *const *)b);
}

/* Sort the entries by id, so a manifest never depends on the order of work. */
static void
manifest_sort(struct manifest *mf)
{
	char ***order = xcalloc(mf->n + 1, sizeof(*order));
	char **ids = xcalloc(mf->n + 1, sizeof(*ids));
	uint64_t *keys = xcalloc(mf->n + 1, sizeof(*keys));
	size_t i;

	for (i = 0; i < mf->n; i++)
		order[i] = &mf->ids[i];
	xqsort(order, mf->n, sizeof(*order), cmp_entry);
	for (i = 0; i < mf->n; i++) {
		size_t k = (size_t)(order[i] - mf->ids);

		ids[i] = mf->ids[k];
		keys[i] = mf->keys[k];
	}
	free(mf->ids);
	free(mf->keys);
	mf->ids = ids;
	mf->keys = keys;
	free(order);
}

/* Write the manifest into dir, entries sorted by id. */
static bool
manifest_write(const char *dir, const struct manifest *mf, struct diags *d)
{
	struct buf b = {0};
	char *path = path_join(dir, MANIFEST);
	char ***order = xcalloc(mf->n + 1, sizeof(*order));
	size_t i;
	bool ok;

	for (i = 0; i < mf->n; i++)
		order[i] = &mf->ids[i];
	xqsort(order, mf->n, sizeof(*order), cmp_entry);
	buf_printf(&b, "runsheet-manifest 1\n");
	if (mf->nshards > 0)
		buf_printf(&b, "shard %d/%d\n", mf->shard, mf->nshards);
	else
		buf_printf(&b, "pages %016llx\n", (unsigned long long)mf->pages);
	for (i = 0; i < mf->n; i++) {
		size_t k = (size_t)(order[i] - mf->ids);

		buf_printf(&b, "scenario %s %016llx\n", mf->ids[k], (unsigned long long)mf->keys[k]);
	}
	tree_entries(dir, "", &b);
	ok = file_write_atomic(path, b.data, b.len);
	if (!ok)
		diag_add(d, DIAG_ERROR, path, 0, 0, NULL, NULL, "cannot write: %s", strerror(errno));
	free(order);
	free(path);
	buf_free(&b);
	return ok;
}

/* --- what a build may replace ------------------------------------------------------ */

/* The first names of a list, for a message: "a, b/, c and 4 more". */
struct names {
	struct buf b;
	size_t n;
};

static void
names_add(struct names *nm, const char *name)
{
	if (nm->n < 3)
		buf_printf(&nm->b, "%s%s", nm->n ? ", " : "", name);
	nm->n++;
}

/* The text of the list; valid while nm lives. */
static const char *
names_text(struct names *nm)
{
	if (nm->n > 3)
		buf_printf(&nm->b, " and %zu more", nm->n - 3);
	return buf_str(&nm->b);
}

/*
 * Add to nm what lies under out/rel that the manifest mf does not list (a
 * directory it does not list counts once, as "name/"). Every entry counts,
 * hidden ones too.
 */
static void
foreign_entries(const char *out, const char *rel, const struct manifest *mf, struct names *nm)
{
	char *dir = *rel ? path_join(out, rel) : xstrdup(out);
	struct dirent **list = NULL;
	int n, i;

	n = scandir(dir, &list, NULL, cmp_dirent);
	for (i = 0; i < n; i++) {
		const char *name = list[i]->d_name;
		char *sub, *path, *key;
		struct stat st;
		bool isdir;

		if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0 ||
		    (*rel == '\0' && strcmp(name, MANIFEST) == 0)) {
			free(list[i]);
			continue;
		}
		sub = *rel ? xasprintf("%s/%s", rel, name) : xstrdup(name);
		path = path_join(dir, name);
		isdir = lstat(path, &st) == 0 && S_ISDIR(st.st_mode);
		key = xasprintf("%s%s", sub, isdir ? "/" : "");
		if (mf == NULL || bsearch(&key, mf->entries, mf->nentries, sizeof(*mf->entries),
		    cmp_strp) == NULL)
			names_add(nm, key);
		else if (isdir)
			foreign_entries(out, sub, mf, nm);
		free(key);
		free(path);
		free(sub);
		free(list[i]);
	}
	free(list);
	free(dir);
}

/*
 * Whether a build may replace out: it does not exist, or it is an empty
 * directory, or a runsheet site holding only what its manifest lists (a
 * manifest from before manifests listed their files stands for itself).
 * Otherwise records an error that names the directory and what it holds,
 * and returns false: a build deletes nothing it did not write.
 */
static bool
outdir_replaceable(const char *out, const char *cmd, struct diags *d)
{
	struct stat st;
	struct manifest mf;
	struct names nm = {{0}, 0};
	bool ok = true, site;

	if (stat(out, &st) == -1) {
		if (errno == ENOENT)
			return true;
		diag_add(d, DIAG_ERROR, out, 0, 0, NULL, NULL, "the output \"%s\": %s", out,
		    strerror(errno));
		return false;
	}
	if (!S_ISDIR(st.st_mode)) {
		diag_add(d, DIAG_ERROR, out, 0, 0, NULL, NULL, "the output \"%s\" is a file, not a "
		    "directory; runsheet %s writes a site into a directory of its own: give -o a "
		    "new directory", out, cmd);
		return false;
	}
	site = manifest_read(out, &mf);
	if (!site || mf.nentries > 0)
		foreign_entries(out, "", site ? &mf : NULL, &nm);
	if (nm.n > 0 && site) {
		diag_add(d, DIAG_ERROR, out, 0, 0, NULL, NULL, "the directory \"%s\" is a runsheet "
		    "site, but holds what runsheet did not write: %s; a build replaces the whole "
		    "directory: move %s out of it, or give -o another directory", out,
		    names_text(&nm), nm.n == 1 ? "that" : "those");
		ok = false;
	} else if (nm.n > 0) {
		diag_add(d, DIAG_ERROR, out, 0, 0, NULL, NULL, "the directory \"%s\" is not a "
		    "runsheet site (it has no %s) and holds %zu entr%s: %s; runsheet %s replaces "
		    "only a site it wrote, an empty directory or a new one, and deletes nothing "
		    "else: give -o a new directory, such as -o %s/site", out, MANIFEST, nm.n,
		    nm.n == 1 ? "y" : "ies", names_text(&nm), cmd, out);
		ok = false;
	}
	buf_free(&nm.b);
	manifest_free(&mf);
	return ok;
}

/*
 * Whether no input (a file or a directory the build reads) lies in out,
 * which the build replaces whole; otherwise records an error for each and
 * returns false.
 */
static bool
inputs_outside(const char *out, char *const *inputs, size_t n, struct diags *d)
{
	char *rout = realpath(out, NULL);
	size_t i, len;
	bool ok = true;

	if (rout == NULL)
		return true; /* not there yet: nothing is in it */
	len = strlen(rout);
	for (i = 0; i < n; i++) {
		char *rin = inputs[i] ? realpath(inputs[i], NULL) : NULL;

		if (rin && strncmp(rin, rout, len) == 0 && (rin[len] == '\0' ||
		    rin[len] == '/' || len == 1)) {
			diag_add(d, DIAG_ERROR, out, 0, 0, NULL, NULL, "the directory \"%s\" holds "
			    "%s, an input of this build, and a build replaces the whole directory: "
			    "give -o another directory, or move the input out of it", out,
			    inputs[i]);
			ok = false;
		}
		free(rin);
	}
	free(rout);
	return ok;
}

/*
 * The files a scenario's "include" names (its text, as read from path),
 * added to *v: inputs of the build too.
 */
static void
include_inputs(const char *path, const char *text, size_t len, char ***v, size_t *n,
    size_t *cap)
{
	json_t *root = json_loadb(text, len, 0, NULL), *e;
	size_t i;

	json_array_foreach(json_object_get(root, "include"), i, e) {
		if (!json_is_string(e))
			continue;
		GROW(*v, *n, *cap);
		(*v)[(*n)++] = scenario_include_path(path, json_string_value(e));
	}
	json_decref(root);
}

/* --- reusing a scenario's directory ------------------------------------------------ */

/* Link (or, across file systems, copy) the tree from into to. */
static bool
link_tree(const char *from, const char *to, struct diags *d)
{
	DIR *dir = opendir(from);
	struct dirent *e;
	bool ok = true;

	if (dir == NULL || !mkdir_p(to)) {
		diag_add(d, DIAG_ERROR, dir ? to : from, 0, 0, NULL, NULL, "cannot copy: %s",
		    strerror(errno));
		if (dir)
			closedir(dir);
		return false;
	}
	while (ok && (e = readdir(dir)) != NULL) {
		char *a, *b;

		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		a = path_join(from, e->d_name);
		b = path_join(to, e->d_name);
		if (path_is_dir(a))
			ok = link_tree(a, b, d);
		else if (link(a, b) != 0)
			ok = copy_file(a, b, d);
		free(a);
		free(b);
	}
	closedir(dir);
	return ok;
}

/*
 * The summary of a built scenario read back from its data.json (a reused
 * or merged directory). The numbers are written in their shortest exact
 * form, so they read back to the same doubles.
 */
static bool
summary_from_json(const struct catalog *cat, const char *dir, struct site_summary *sum,
    struct diags *d)
{
	char *path = path_join(dir, "data.json");
	struct src *src = src_load(path, NULL, d);
	json_t *root, *plats, *p, *rec;
	const char *recid;
	size_t i, k;
	int best = -1;
	bool ok = false;

	memset(sum, 0, sizeof(*sum));
	if (src == NULL)
		goto out;
	root = src->root;
	plats = json_object_get(root, "platforms");
	rec = json_object_get(json_object_get(root, "recommendation"), "platform");
	if (!json_is_string(json_object_get(root, "scenario")) || !json_is_array(plats) ||
	    !json_is_string(rec)) {
		diag_add(d, DIAG_ERROR, path, 0, 0, NULL, NULL,
		    "not the data.json of a runsheet build");
		goto out;
	}
	sum->id = xstrdup(json_string_value(json_object_get(root, "scenario")));
	sum->title = xstrdup(json_is_string(json_object_get(root, "title")) ?
	    json_string_value(json_object_get(root, "title")) : sum->id);
	sum->totals = xcalloc(cat->nplatforms + 1, sizeof(*sum->totals));
	sum->excluded = xcalloc(cat->nplatforms + 1, sizeof(*sum->excluded));
	for (k = 0; k < cat->nplatforms; k++)
		sum->totals[k] = -1;
	recid = json_string_value(rec);
	sum->verdict_id = xstrdup(recid);
	{
		json_t *rid = json_object_get(json_object_get(root, "region"), "id");

		sum->region = xstrdup(json_is_string(rid) ? json_string_value(rid) : "");
	}
	{
		json_t *b = json_object_get(root, "bill");
		json_t *per = json_object_get(b, "period"), *miss = json_object_get(b, "miss");

		if (json_is_string(per) && json_is_number(miss)) {
			sum->bill = site_bill_note(json_string_value(per), json_number_value(miss));
			sum->bill_off = json_is_true(json_object_get(b, "off"));
		}
	}
	sum->verdict = xstrdup("none");
	json_array_foreach(plats, i, p) {
		const char *id = json_string_value(json_object_get(p, "id"));
		int pi = id ? catalog_platform(cat, id) : -1;
		double total = json_number_value(json_object_get(json_object_get(p, "monthly"),
		    "total"));

		if (pi < 0)
			continue;
		sum->totals[pi] = total;
		sum->excluded[pi] = json_is_true(json_object_get(p, "excluded"));
		if (strcmp(id, recid) == 0) {
			free(sum->verdict);
			sum->verdict = xstrdup(cat->platforms[pi].name);
			sum->monthly = total;
		}
		if (!sum->excluded[pi] && (best < 0 || total < sum->totals[best]))
			best = pi;
	}
	sum->cheapest = best;
	{
		json_t *tw = json_object_get(json_object_get(root, "recommendation"), "tied_with");
		json_t *mp = json_object_get(root, "map"), *e;
		struct buf t = {0};
		size_t q;

		json_array_foreach(tw, q, e) {
			int pi = json_is_string(e) ? catalog_platform(cat, json_string_value(e)) : -1;

			if (pi >= 0)
				buf_printf(&t, "%s%s", t.len ? ", " : "", cat->platforms[pi].name);
		}
		sum->tied = t.len ? buf_detach(&t) : NULL;
		buf_free(&t);
		if (json_is_string(json_object_get(mp, "family_summary"))) {
			sum->map_alt = xstrdup(json_string_value(json_object_get(mp, "family_summary")));
			sum->map_axes = xasprintf("%s by %s", json_string_value(json_object_get(
			    json_object_get(mp, "x"), "cell")), json_string_value(json_object_get(
			    json_object_get(mp, "y"), "cell")));
		}
	}
	ok = true;
out:
	src_free(src);
	free(path);
	return ok;
}

/* --- one scenario ------------------------------------------------------------------ */

/* A scenario of the build: its inputs, its result, its diagnostics. */
struct job {
	const char *arg;      /* as given (a file or a bundled id) */
	char *path;           /* the file */
	uint64_t key;         /* scenario bytes + the global key */
	char *id;             /* the scenario's id, once known */
	bool readable;        /* its bytes could be read for the key */
	bool reuse;           /* the previous build's directory is still right */
	bool ok;
	struct diags diags;   /* this scenario's problems, merged in order */
	struct site_summary sum;
	struct doc_stats st;
};

/* Load, evaluate and document one scenario into tmp/scenarios/<id>. */
static bool
build_one(const struct catalog *cat, const struct build_opts *o, const struct docenv *env,
    struct job *j, const char *tmp)
{
	struct diags *d = &j->diags;
	struct scenario *sc;
	struct model *m = NULL;
	struct report *r = NULL;
	char *dir = NULL;
	size_t i;
	bool ok = false;
	double t = now_seconds();

	sc = scenario_missing(cat->datadir, j->arg, j->path, d) ? NULL :
	    scenario_load(j->path, cat, d);
	j->st.secs[ST_LOAD] += now_seconds() - t;
	if (sc == NULL || d->nerrors || sc->id == NULL)
		goto out;
	j->id = xstrdup(sc->id);
	t = now_seconds();
	m = model_new(cat, sc, o->sets, o->nsets, d);
	if (m == NULL || !model_eval(m, d))
		goto out;
	if ((r = report_new(m, d)) == NULL)
		goto out;
	j->st.secs[ST_EVAL] += now_seconds() - t;
	t = now_seconds();
	analyses_run(r, &o->analysis);
	if (r->an->map_why)
		diag_add(d, DIAG_WARNING, sc->src->path, 0, 0, NULL, NULL, "no decision map: %s",
		    r->an->map_why);
	j->st.secs[ST_ANALYSES] += now_seconds() - t;
	dir = xasprintf("%s/scenarios/%s", tmp, sc->id);
	if (mkdir(dir, 0755) != 0) {
		/* EEXIST: another scenario of this build has the id (reported in order
		 * once every job is done) */
		if (errno != EEXIST)
			diag_add(d, DIAG_ERROR, dir, 0, 0, NULL, NULL, "cannot create: %s",
			    strerror(errno));
		goto out;
	}
	if (!doc_scenario(env, r, dir, &j->st, d))
		goto out;
	j->sum.id = xstrdup(sc->id);
	j->sum.title = xstrdup(sc->title);
	j->sum.verdict = xstrdup(r->rec >= 0 ? r->rows[r->rec].p->name : "none");
	j->sum.verdict_id = xstrdup(r->rec >= 0 ? r->rows[r->rec].p->id : "none");
	j->sum.monthly = r->rec >= 0 ? r->rows[r->rec].total : 0;
	j->sum.region = xstrdup(cat->regions && m->region >= 0 ?
	    cat->regions->list[m->region].id : "");
	if (r->bill.present) {
		j->sum.bill = site_bill_note(r->bill.period, model_num(m, r->bill.miss));
		j->sum.bill_off = r->bill.warning != NULL;
	}
	j->sum.totals = xcalloc(cat->nplatforms + 1, sizeof(*j->sum.totals));
	j->sum.excluded = xcalloc(cat->nplatforms + 1, sizeof(*j->sum.excluded));
	for (i = 0; i < cat->nplatforms; i++)
		j->sum.totals[i] = -1;
	for (i = 0; i < r->nrows; i++) {
		j->sum.totals[r->rows[i].pi] = r->rows[i].total;
		j->sum.excluded[r->rows[i].pi] = r->rows[i].excluded;
	}
	/* the cheapest of the platforms the rules leave in the running */
	j->sum.cheapest = -1;
	{
		int best = -1;

		for (i = 0; i < r->nrows; i++)
			if (!r->rows[i].excluded && (best < 0 || r->rows[i].total <
			    r->rows[best].total))
				best = (int)i;
		if (best >= 0)
			j->sum.cheapest = (int)r->rows[best].pi;
	}
	if (r->near_tie) {
		struct buf names = {0};

		for (i = 0; i < r->ntied; i++)
			buf_printf(&names, "%s%s", i ? ", " : "", r->rows[r->tied[i]].p->name);
		j->sum.tied = buf_detach(&names);
	}
	if (r->an && r->an->map) {
		j->sum.map_alt = map_summary(r, true);
		j->sum.map_axes = xasprintf("%s by %s", cat->base[r->an->map->x.cell]->name,
		    cat->base[r->an->map->y.cell]->name);
	}
	ok = true;
out:
	free(dir);
	report_free(r);
	model_free(m);
	scenario_free(sc);
	return ok;
}

/* --- the workers -------------------------------------------------------------------- */

struct pool {
	const struct catalog *cat;
	const struct build_opts *o;
	const struct docenv *env;
	const char *tmp;
	const char *olddir;   /* the previous build, for reused directories */
	struct job *jobs;
	size_t njobs;
	size_t next;          /* the next job to take */
	size_t started;       /* for the progress line */
	pthread_mutex_t lock;
};

static void
run_job(struct pool *pl, struct job *j)
{
	if (j->reuse) {
		char *from = xasprintf("%s/scenarios/%s", pl->olddir, j->id);
		char *to = xasprintf("%s/scenarios/%s", pl->tmp, j->id);

		j->ok = link_tree(from, to, &j->diags) &&
		    summary_from_json(pl->cat, to, &j->sum, &j->diags);
		free(from);
		free(to);
		return;
	}
	j->ok = build_one(pl->cat, pl->o, pl->env, j, pl->tmp);
}

static void *
worker(void *arg)
{
	struct pool *pl = arg;

	for (;;) {
		struct job *j;

		pthread_mutex_lock(&pl->lock);
		if (pl->next >= pl->njobs) {
			pthread_mutex_unlock(&pl->lock);
			chart_thread_done();
			return NULL;
		}
		j = &pl->jobs[pl->next++];
		if (pl->o->progress)
			pl->o->progress(++pl->started, pl->njobs, j->arg, pl->o->progress_arg);
		pthread_mutex_unlock(&pl->lock);
		run_job(pl, j);
	}
}

/* Run every job on n threads (the calling one among them). */
static void
run_jobs(struct pool *pl, int n)
{
	pthread_t *th;
	int i, made = 0;

	if (n < 1)
		n = 1;
	if ((size_t)n > pl->njobs)
		n = pl->njobs > 0 ? (int)pl->njobs : 1;
	pthread_mutex_init(&pl->lock, NULL);
	th = xcalloc((size_t)n, sizeof(*th));
	for (i = 1; i < n; i++)
		if (pthread_create(&th[made], NULL, worker, pl) == 0)
			made++;
	worker(pl);
	for (i = 0; i < made; i++)
		pthread_join(th[i], NULL);
	free(th);
	pthread_mutex_destroy(&pl->lock);
}

static int
cmp_summary(const void *a, const void *b)
{
	return strcmp(((const struct site_summary *)a)->id, ((const struct site_summary *)b)->id);
}

/* The key of the pages around the scenarios. */
static uint64_t
pages_key(const struct catalog *cat, const struct build_opts *o, const struct manifest *mf)
{
	uint64_t h = global_key(cat, o, 0);
	char tmp[64];
	size_t i;

	snprintf(tmp, sizeof(tmp), "%d", cat->stale_days);
	h = mix_str(h, tmp);
	h = mix_str(h, cat->today);
	for (i = 0; i < mf->n; i++) {
		h = mix_str(h, mf->ids[i]);
		h = hash_bytes(&mf->keys[i], sizeof(mf->keys[i]), h);
	}
	return h;
}

/* --- the build ------------------------------------------------------------------------ */

/* What every way of making a site shares: the templates, the defaults, the temp tree. */
struct site {
	struct docenv env;
	struct pages pg;
	struct model *defaults;
	char *outdir, *parent, *base, *tmp;
	const char *cmd;   /* "build" or "site", for messages */
};

static void
site_free(struct site *s)
{
	if (s->tmp) {
		rm_rf(s->tmp);
		free(s->tmp);
	}
	tmpl_free(s->env.report_md);
	tmpl_free(s->env.report_html);
	tmpl_free(s->pg.page);
	tmpl_free(s->pg.index);
	tmpl_free(s->pg.platforms);
	tmpl_free(s->pg.platform);
	tmpl_free(s->pg.pricing);
	tmpl_free(s->pg.methodology);
	tmpl_free(s->pg.sources);
	model_free(s->defaults);
	free(s->env.data_date);
	free(s->env.period_start);
	free(s->env.period_end);
	free(s->outdir);
	free(s->parent);
	free(s->base);
}

/* Check the output directory, load the templates and the model defaults. */
static bool
site_open(struct site *s, const struct catalog *cat, const struct build_opts *o, bool pages,
    struct diags *d)
{
	char *slash;

	memset(s, 0, sizeof(*s));
	s->outdir = xstrdup(o->outdir);
	while (strlen(s->outdir) > 1 && s->outdir[strlen(s->outdir) - 1] == '/')
		s->outdir[strlen(s->outdir) - 1] = '\0';
	slash = strrchr(s->outdir, '/');
	s->parent = slash ? xstrndup(s->outdir, slash == s->outdir ? 1 :
	    (size_t)(slash - s->outdir)) : xstrdup(".");
	s->base = xstrdup(slash ? slash + 1 : s->outdir);
	if (*s->base == '\0' || strcmp(s->base, ".") == 0 || strcmp(s->base, "..") == 0) {
		diag_add(d, DIAG_ERROR, o->outdir, 0, 0, NULL, NULL,
		    "the output must be a directory name, not \"%s\"", o->outdir);
		return false;
	}
	if (!path_is_dir(s->parent)) {
		diag_add(d, DIAG_ERROR, o->outdir, 0, 0, NULL, NULL,
		    "the directory %s does not exist", s->parent);
		return false;
	}
	if (access(s->parent, W_OK) != 0) {
		diag_add(d, DIAG_ERROR, o->outdir, 0, 0, NULL, NULL, "cannot write in %s: %s",
		    s->parent, strerror(errno));
		return false;
	}
	/* a killed build's tree goes on every path, the unchanged build's too */
	clean_stale(s->parent, s->base);
	s->env.report_md = load_template(cat->datadir, "report.md", d);
	s->env.report_html = load_template(cat->datadir, "report.html", d);
	s->pg.page = load_template(cat->datadir, "page.html", d);
	if (pages) {
		s->pg.index = load_template(cat->datadir, "index.html", d);
		s->pg.platforms = load_template(cat->datadir, "platforms.html", d);
		s->pg.platform = load_template(cat->datadir, "platform.html", d);
		s->pg.pricing = load_template(cat->datadir, "pricing.html", d);
		s->pg.methodology = load_template(cat->datadir, "methodology.md", d);
		s->pg.sources = load_template(cat->datadir, "sources.html", d);
	}
	if (!s->env.report_md || !s->env.report_html || !s->pg.page || (pages &&
	    (!s->pg.index || !s->pg.platforms || !s->pg.platform || !s->pg.pricing ||
	    !s->pg.methodology || !s->pg.sources)))
		return false;
	/* the model defaults (with --set), for the prices and formulas pages */
	s->defaults = model_new(cat, NULL, o->sets, o->nsets, d);
	if (s->defaults == NULL || !model_eval(s->defaults, d))
		return false;
	s->env.data_date = data_date(cat);
	s->pg.cat = cat;
	s->pg.m = s->defaults;
	s->pg.data_date = s->env.data_date;
	s->pg.today = cat->today;
	s->env.pg = &s->pg;
	s->env.pdf = o->pdf;
	{
		char *wasm = wasm_js(cat->datadir);

		s->env.whatif = wasm != NULL;
		free(wasm);
	}
	s->env.created = pinned_time(s->env.data_date);
	s->env.period_start = xasprintf("%.7s-01T00:00:00Z", s->env.data_date);
	{
		int y = atoi(s->env.data_date), mo = atoi(s->env.data_date + 5) + 1;

		if (mo > 12)
			mo = 1, y++;
		s->env.period_end = xasprintf("%04d-%02d-01T00:00:00Z", y, mo);
	}
	s->env.tmpdir = o->tmpdir;
	return true;
}

/* Make the temporary tree beside the output. */
static bool
site_tmp(struct site *s, const struct build_opts *o, struct diags *d)
{
	s->tmp = xasprintf("%s/.%s.tmp-%ld-XXXXXX", s->parent, s->base, (long)getpid());
	if (mkdtemp(s->tmp) == NULL) {
		diag_add(d, DIAG_ERROR, o->outdir, 0, 0, NULL, NULL,
		    "cannot create a temporary directory beside it: %s", strerror(errno));
		free(s->tmp);
		s->tmp = NULL;
		return false;
	}
	chmod(s->tmp, 0755);
	return true;
}

/* The pages around the scenarios, the assets and the manifest, then the swap. */
static bool
site_finish(struct site *s, const struct catalog *cat, const struct build_opts *o,
    struct site_summary *sums, size_t n, struct manifest *mf, char **pdf_ids, size_t npdf,
    struct diags *d)
{
	if (n > 1)
		xqsort(sums, n, sizeof(*sums), cmp_summary);
	if (!pages_index(&s->pg, sums, n, s->tmp, d) ||
	    !pages_platforms(&s->pg, sums, n, s->tmp, d) || !pages_pricing(&s->pg, s->tmp, d) ||
	    !pages_methodology(&s->pg, s->tmp, d) || !pages_sources(&s->pg, s->tmp, d) ||
	    !copy_assets(cat->datadir, s->tmp, d))
		return false;
	if (o->pdf && npdf > 0 && !site_pdf(s->tmp, pdf_ids, npdf, o, d))
		return false;
	manifest_sort(mf);
	mf->pages = pages_key(cat, o, mf);
	if (!manifest_write(s->tmp, mf, d) || !swap_into_place(s->tmp, s->outdir, s->cmd, d))
		return false;
	free(s->tmp);
	s->tmp = NULL;
	return true;
}

/*
 * Build the site: every scenario's documents, the pages around them and the
 * assets, into o->outdir, atomically, on o->jobs threads. A scenario whose
 * inputs (by content hash) are those of the previous build's directory is
 * reused as it is; when nothing changed the output is left untouched. With
 * o->nshards, only the o->shard-th slice of the scenarios is built, without
 * the pages (runsheet site merges the slices). Returns false after
 * recording every problem found; the previous output is then untouched.
 */
bool
site_build(const struct catalog *cat, const struct build_opts *o, struct diags *d)
{
	struct site s;
	struct pool pl;
	struct manifest old, mf;
	char **files = NULL, **pdf_ids = NULL;
	size_t nfiles = 0, i, k, nsum = 0, npdf = 0;
	struct site_summary *sums = NULL;
	char **inputs = NULL;
	size_t ninputs = 0, capinputs = 0;
	uint64_t gkey;
	bool ok = false, have_old = false, sharded = o->nshards > 0;
	double t0 = now_seconds();

	memset(&pl, 0, sizeof(pl));
	memset(&mf, 0, sizeof(mf));
	memset(&old, 0, sizeof(old));
	if (!site_open(&s, cat, o, !sharded, d))
		goto out;
	s.cmd = "build";

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

	/* the jobs: this shard's slice, each with the key of its inputs */
	gkey = global_key(cat, o, s.env.created);
	pl.jobs = xcalloc(nfiles + 1, sizeof(*pl.jobs));
	for (i = 0; i < nfiles; i++) {
		struct job *j;
		struct buf b = {0};

		if (sharded && (int)(i % (size_t)o->nshards) != o->shard - 1)
			continue;
		j = &pl.jobs[pl.njobs++];
		j->arg = files[i];
		j->path = resolve_scenario_path(cat->datadir, files[i]);
		j->readable = file_read(j->path, &b);
		j->key = hash_bytes(b.data ? b.data : "", b.len, gkey);
		GROW(inputs, ninputs, capinputs);
		inputs[ninputs++] = xstrdup(j->path);
		if (j->readable) {
			j->key = scenario_include_hash(j->path, b.data ? b.data : "", b.len, j->key);
			include_inputs(j->path, b.data ? b.data : "", b.len, &inputs, &ninputs,
			    &capinputs);
		}
		buf_free(&b);
	}
	/* the output may be replaced, and holds none of the inputs */
	for (i = 0; i < cat->nsheets; i++)
		if (cat->sheets[i]->user) {
			GROW(inputs, ninputs, capinputs);
			inputs[ninputs++] = xstrdup(cat->sheets[i]->src->path);
		}
	GROW(inputs, ninputs, capinputs);
	inputs[ninputs++] = xstrdup(cat->datadir);
	if (!inputs_outside(s.outdir, inputs, ninputs, d) ||
	    !outdir_replaceable(s.outdir, s.cmd, d))
		goto out;
	/* what the previous build made, and from what */
	have_old = !o->force && path_is_dir(s.outdir) && manifest_read(s.outdir, &old) &&
	    old.nshards == o->nshards && old.shard == o->shard;
	if (have_old) {
		for (i = 0; i < pl.njobs; i++) {
			struct job *j = &pl.jobs[i];

			for (k = 0; j->readable && k < old.n; k++)
				if (old.keys[k] == j->key) {
					char *dir = xasprintf("%s/scenarios/%s", s.outdir, old.ids[k]);

					if (path_is_dir(dir)) {
						j->reuse = true;
						j->id = xstrdup(old.ids[k]);
					}
					free(dir);
					break;
				}
		}
		/* nothing changed at all: leave the output as it is */
		for (i = 0; i < pl.njobs && pl.jobs[i].reuse; i++)
			manifest_add(&mf, pl.jobs[i].id, pl.jobs[i].key);
		if (i == pl.njobs && pl.njobs == old.n && !o->pdf) {
			mf.nshards = o->nshards;
			mf.shard = o->shard;
			manifest_sort(&mf);
			if (sharded || pages_key(cat, o, &mf) == old.pages) {
				if (o->stats) {
					o->stats->reused = pl.njobs;
					o->stats->wall = now_seconds() - t0;
				}
				ok = true;
				goto out;
			}
		}
		manifest_free(&mf);
	}

	if (!site_tmp(&s, o, d))
		goto out;
	{
		char *dir = path_join(s.tmp, "scenarios");

		if (!mkdir_p(dir)) {
			diag_add(d, DIAG_ERROR, dir, 0, 0, NULL, NULL, "cannot create: %s",
			    strerror(errno));
			free(dir);
			goto out;
		}
		free(dir);
	}
	chart_init();
	pl.cat = cat;
	pl.o = o;
	pl.env = &s.env;
	pl.tmp = s.tmp;
	pl.olddir = s.outdir;
	run_jobs(&pl, o->jobs);

	/* the diagnostics in the order of the scenarios, whatever the threads did */
	sums = xcalloc(pl.njobs + 1, sizeof(*sums));
	pdf_ids = xcalloc(pl.njobs + 1, sizeof(*pdf_ids));
	for (i = 0; i < pl.njobs; i++) {
		struct job *j = &pl.jobs[i];

		diags_append(d, &j->diags);
		if (j->id != NULL && !j->ok && j->diags.nerrors == 0) {
			/* its directory existed already: a duplicate id, reported below */
		}
		if (j->id != NULL) {
			for (k = 0; k < i; k++)
				if (pl.jobs[k].id && strcmp(pl.jobs[k].id, j->id) == 0)
					break;
			if (k < i) {
				diag_add(d, DIAG_ERROR, j->path, 0, 0, NULL, NULL,
				    "scenario id \"%s\" is used by another scenario of this build (%s)",
				    j->id, pl.jobs[k].path);
				continue;
			}
		}
		if (!j->ok)
			continue;
		sums[nsum++] = j->sum;
		memset(&j->sum, 0, sizeof(j->sum));
		manifest_add(&mf, j->id, j->key);
		if (!j->reuse)
			pdf_ids[npdf++] = j->id;
		if (o->stats) {
			int st;

			for (st = 0; st < ST__MAX; st++)
				o->stats->secs[st] += j->st.secs[st];
			o->stats->charts += j->st.charts;
			o->stats->cells += j->st.cells;
			o->stats->md_bytes += j->st.md_bytes;
			if (j->reuse)
				o->stats->reused++;
			else
				o->stats->built++;
		}
	}
	if (d->nerrors > 0)
		goto out;
	if (sharded) {
		mf.nshards = o->nshards;
		mf.shard = o->shard;
		if ((o->pdf && npdf > 0 && !site_pdf(s.tmp, pdf_ids, npdf, o, d)) ||
		    !manifest_write(s.tmp, &mf, d) || !swap_into_place(s.tmp, s.outdir, s.cmd, d))
			goto out;
		free(s.tmp);
		s.tmp = NULL;
		ok = true;
		goto out;
	}
	ok = site_finish(&s, cat, o, sums, nsum, &mf, pdf_ids, npdf, d);
out:
	if (o->stats)
		o->stats->wall = now_seconds() - t0;
	for (i = 0; i < nsum; i++)
		summary_free(&sums[i]);
	free(sums);
	free(pdf_ids);
	for (i = 0; i < pl.njobs; i++) {
		free(pl.jobs[i].path);
		free(pl.jobs[i].id);
		summary_free(&pl.jobs[i].sum);
		diags_free(&pl.jobs[i].diags);
	}
	free(pl.jobs);
	strv_free(files, nfiles);
	strv_free(inputs, ninputs);
	manifest_free(&old);
	manifest_free(&mf);
	site_free(&s);
	return ok;
}

/*
 * runsheet site OUT SHARD...: assemble the site from the outputs of
 * runsheet build --shard K/N: their scenario directories, and the pages
 * around them made here, exactly as one build would. Atomic, as a build.
 */
bool
site_merge(const struct catalog *cat, const struct build_opts *o, char **shards, size_t nshards,
    struct diags *d)
{
	struct site s;
	struct manifest mf, part;
	struct site_summary *sums = NULL;
	size_t nsum = 0, cap = 0, i, k;
	bool ok = false, *seen = NULL;
	int nparts = 0;

	memset(&mf, 0, sizeof(mf));
	if (!site_open(&s, cat, o, true, d))
		goto out;
	s.cmd = "site";
	/* the shards are inputs: none may be the output or lie in it */
	if (!inputs_outside(s.outdir, shards, nshards, d) ||
	    !outdir_replaceable(s.outdir, s.cmd, d))
		goto out;
	if (!site_tmp(&s, o, d))
		goto out;
	for (i = 0; i < nshards; i++) {
		if (!manifest_read(shards[i], &part) || part.nshards == 0) {
			diag_add(d, DIAG_ERROR, shards[i], 0, 0, NULL, NULL,
			    "not the output of runsheet build --shard K/N (no %s)", MANIFEST);
			manifest_free(&part);
			continue;
		}
		if (nparts == 0) {
			nparts = part.nshards;
			seen = xcalloc((size_t)nparts + 1, sizeof(*seen));
		}
		if (part.nshards != nparts || part.shard < 1 || part.shard > nparts ||
		    seen[part.shard - 1]) {
			diag_add(d, DIAG_ERROR, shards[i], 0, 0, NULL, NULL,
			    "shard %d/%d does not fit with the others (%d shards)", part.shard,
			    part.nshards, nparts);
			manifest_free(&part);
			continue;
		}
		seen[part.shard - 1] = true;
		for (k = 0; k < part.n; k++) {
			char *from = xasprintf("%s/scenarios/%s", shards[i], part.ids[k]);
			char *to = xasprintf("%s/scenarios/%s", s.tmp, part.ids[k]);

			if (path_is_dir(to)) {
				diag_add(d, DIAG_ERROR, from, 0, 0, NULL, NULL,
				    "scenario \"%s\" is in more than one shard", part.ids[k]);
			} else if (link_tree(from, to, d)) {
				GROW(sums, nsum, cap);
				if (summary_from_json(cat, to, &sums[nsum], d))
					nsum++;
				manifest_add(&mf, part.ids[k], part.keys[k]);
			}
			free(from);
			free(to);
		}
		manifest_free(&part);
	}
	for (i = 0; i < (size_t)nparts && d->nerrors == 0; i++)
		if (!seen[i])
			diag_add(d, DIAG_ERROR, NULL, 0, 0, NULL, NULL, "shard %zu/%d is missing",
			    i + 1, nparts);
	if (d->nerrors > 0)
		goto out;
	ok = site_finish(&s, cat, o, sums, nsum, &mf, NULL, 0, d);
out:
	for (i = 0; i < nsum; i++)
		summary_free(&sums[i]);
	free(sums);
	free(seen);
	manifest_free(&mf);
	site_free(&s);
	return ok;
}
