/*
 * util.c -- memory, growable buffers, files, hashing.
 *
 * Everything here is plain infrastructure the rest of the pipeline leans
 * on. Out of memory is not a recoverable condition for a batch tool, so
 * the x* allocators abort with a message and nobody checks their result.
 * Files are written through file_write_atomic so that no reader ever sees
 * half a file.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runsheet.h"

/*
 * Print a message and abort: used only for conditions that cannot be
 * handled, such as running out of memory.
 */
void
die(const char *fmt, ...)
{
	va_list ap;

	fputs("runsheet: fatal: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		die("out of memory allocating %zu bytes", n);
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		die("out of memory allocating %zu x %zu bytes", n, size);
	return p;
}

/*
 * qsort for lists that may be empty: qsort's base must not be NULL even
 * for no elements (C11 7.22.5), and an empty list is often NULL here.
 */
void
xqsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
	if (n > 1)
		qsort(base, n, size, cmp);
}

void *
xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (q == NULL)
		die("out of memory reallocating %zu bytes", n);
	return q;
}

void *
xreallocarray(void *p, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size)
		die("allocation of %zu x %zu bytes overflows", n, size);
	return xrealloc(p, n * size);
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/* Format into a new string; caller frees. */
char *
xasprintf(const char *fmt, ...)
{
	struct buf b = {0};
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	return buf_detach(&b);
}

/* Make room for n more bytes plus the terminating NUL. */
void
buf_reserve(struct buf *b, size_t n)
{
	size_t need;

	if (n > SIZE_MAX - b->len - 1)
		die("buffer size overflows");
	need = b->len + n + 1;
	if (need <= b->cap)
		return;
	if (b->cap == 0)
		b->cap = 64;
	while (b->cap < need)
		b->cap = b->cap > SIZE_MAX / 2 ? need : b->cap * 2;
	b->data = xrealloc(b->data, b->cap);
}

void
buf_put(struct buf *b, const void *p, size_t n)
{
	buf_reserve(b, n);
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
buf_puts(struct buf *b, const char *s)
{
	buf_put(b, s, strlen(s));
}

void
buf_putc(struct buf *b, int c)
{
	buf_reserve(b, 1);
	b->data[b->len++] = (char)c;
	b->data[b->len] = '\0';
}

void
buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
	va_list aq;
	int n;

	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n < 0)
		die("vsnprintf failed");
	buf_reserve(b, (size_t)n);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(b, fmt, ap);
	va_end(ap);
}

/* The contents as a C string; valid until the next change. Never NULL. */
const char *
buf_str(struct buf *b)
{
	if (b->data == NULL) {
		b->cap = 64;
		b->data = xmalloc(b->cap);
	}
	/* terminate at len: callers empty a buffer by setting len to 0 */
	b->data[b->len] = '\0';
	return b->data;
}

/* Hand the contents to the caller (who frees) and empty the buffer. */
char *
buf_detach(struct buf *b)
{
	char *p;

	buf_str(b);
	p = b->data;
	b->data = NULL;
	b->len = b->cap = 0;
	return p;
}

void
buf_free(struct buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

/*
 * Read a whole file into out (appending). Returns false with errno set on
 * failure, or with errno EFBIG when the file exceeds MAX_FILE_BYTES.
 */
bool
file_read(const char *path, struct buf *out)
{
	return file_read_max(path, out, MAX_FILE_BYTES);
}

/* As file_read, with a limit of max bytes (EFBIG past it). */
bool
file_read_max(const char *path, struct buf *out, size_t max)
{
	char chunk[65536];
	size_t total = 0;
	ssize_t n;
	int fd, saved;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return false;
	for (;;) {
		n = read(fd, chunk, sizeof(chunk));
		if (n == 0)
			break;
		if (n < 0) {
			if (errno == EINTR)
				continue;
			saved = errno;
			close(fd);
			errno = saved;
			return false;
		}
		total += (size_t)n;
		if (total > max) {
			close(fd);
			errno = EFBIG;
			return false;
		}
		buf_put(out, chunk, (size_t)n);
	}
	close(fd);
	buf_str(out);
	return true;
}

/*
 * Write data to path through a temporary file in the same directory and
 * rename it into place, so readers see the old file or the new one and
 * never a part. Returns false with errno set on failure, leaving no
 * temporary file behind.
 */
bool
file_write_atomic(const char *path, const void *data, size_t len)
{
	char *tmp = xasprintf("%s.tmp.%ld", path, (long)getpid());
	const char *p = data;
	int fd, saved;
	ssize_t n;

	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd == -1)
		goto fail;
	while (len > 0) {
		n = write(fd, p, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			saved = errno;
			close(fd);
			errno = saved;
			goto fail;
		}
		p += n;
		len -= (size_t)n;
	}
	if (close(fd) == -1)
		goto fail;
	if (rename(tmp, path) == -1)
		goto fail;
	free(tmp);
	return true;
fail:
	saved = errno;
	unlink(tmp);
	free(tmp);
	errno = saved;
	return false;
}

/* Create a directory and its parents. Returns false with errno set. */
bool
mkdir_p(const char *path)
{
	char *p = xstrdup(path), *s;
	bool ok = true;

	for (s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0755) == -1 && errno != EEXIST) {
			ok = false;
			break;
		}
		*s = '/';
	}
	if (ok && mkdir(p, 0755) == -1 && errno != EEXIST)
		ok = false;
	if (ok && !path_is_dir(p)) {
		errno = ENOTDIR;
		ok = false;
	}
	free(p);
	return ok;
}

/* Remove a file or a directory tree. Returns false with errno set. */
bool
rm_rf(const char *path)
{
	struct stat st;
	DIR *d;
	struct dirent *e;
	bool ok = true;

	if (lstat(path, &st) == -1)
		return errno == ENOENT;
	if (!S_ISDIR(st.st_mode))
		return unlink(path) == 0;
	if ((d = opendir(path)) == NULL)
		return false;
	while ((e = readdir(d)) != NULL) {
		char *sub;

		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		sub = path_join(path, e->d_name);
		if (!rm_rf(sub))
			ok = false;
		free(sub);
	}
	closedir(d);
	if (rmdir(path) == -1)
		ok = false;
	return ok;
}

bool
path_is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool
file_exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Join two path parts with one slash; caller frees. */
char *
path_join(const char *a, const char *b)
{
	size_t n = strlen(a);

	if (n == 0)
		return xstrdup(b);
	if (a[n - 1] == '/')
		return xasprintf("%s%s", a, b);
	return xasprintf("%s/%s", a, b);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * List the regular files in dir whose names end in suffix, sorted
 * bytewise so the order never depends on the file system. Returns full
 * paths (caller frees with strv_free), or NULL with errno set; an empty
 * directory gives a non-NULL empty list.
 */
char **
dir_list(const char *dir, const char *suffix, size_t *np)
{
	DIR *d;
	struct dirent *e;
	char **v = NULL;
	size_t n = 0, cap = 0;

	*np = 0;
	if ((d = opendir(dir)) == NULL)
		return NULL;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.' || !str_has_suffix(e->d_name, suffix))
			continue;
		GROW(v, n, cap);
		v[n++] = path_join(dir, e->d_name);
	}
	closedir(d);
	if (v == NULL)
		v = xcalloc(1, sizeof(*v));
	xqsort(v, n, sizeof(*v), cmp_str);
	*np = n;
	return v;
}

void
strv_free(char **v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/*
 * 64-bit FNV-1a over the bytes, continuing from seed (pass 0 to start).
 * Used for content hashes (rebuild detection), never for security.
 */
uint64_t
hash_bytes(const void *p, size_t n, uint64_t seed)
{
	const unsigned char *s = p;
	uint64_t h = seed ? seed : 1469598103934665603ULL;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

/* Levenshtein distance, case-insensitive; used for "did you mean". */
size_t
edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j, *row, prev, tmp, d;

	if (la > 512 || lb > 512)
		return SIZE_MAX;
	row = xcalloc(lb + 1, sizeof(*row));
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		prev = row[0];
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			tmp = row[j];
			d = tolower((unsigned char)a[i - 1]) ==
			        tolower((unsigned char)b[j - 1])
			    ? 0 : 1;
			row[j] = prev + d;
			if (row[j - 1] + 1 < row[j])
				row[j] = row[j - 1] + 1;
			if (tmp + 1 < row[j])
				row[j] = tmp + 1;
			prev = tmp;
		}
	}
	d = row[lb];
	free(row);
	return d;
}

bool
str_has_prefix(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

bool
str_has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* ASCII case-insensitive comparison, independent of the locale. */
int
str_casecmp(const char *a, const char *b)
{
	int ca, cb;

	for (;; a++, b++) {
		ca = (unsigned char)*a;
		cb = (unsigned char)*b;
		if (ca >= 'A' && ca <= 'Z')
			ca += 'a' - 'A';
		if (cb >= 'A' && cb <= 'Z')
			cb += 'a' - 'A';
		if (ca != cb || ca == 0)
			return ca - cb;
	}
}

/* ASCII case-insensitive comparison of at most n bytes. */
int
str_ncasecmp(const char *a, const char *b, size_t n)
{
	int ca = 0, cb = 0;

	for (; n > 0; a++, b++, n--) {
		ca = (unsigned char)*a;
		cb = (unsigned char)*b;
		if (ca >= 'A' && ca <= 'Z')
			ca += 'a' - 'A';
		if (cb >= 'A' && cb <= 'Z')
			cb += 'a' - 'A';
		if (ca != cb || ca == 0)
			return ca - cb;
	}
	return 0;
}

/* Seconds on the monotonic clock, for measuring (never for output). */
double
now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}
