/*
 * fuzz_focus.c -- libFuzzer harness: a FOCUS billing export.
 *
 * The input is the bytes of an export file (CSV, or gzip of CSV). It goes
 * through runsheet import focus as the command line drives it: the
 * streaming CSV reader, the map of models/focus-map.json, the period and
 * currency choices and the summary, with the first byte choosing options
 * (--cost effective, --format json, a Tags filter, --rate GBP). The bytes
 * reach the importer through a memory file, as a path. The bundled model
 * data is loaded once ($RUNSHEET_DATA, default the working directory).
 */
#define _GNU_SOURCE /* memfd_create */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "runsheet.h"
#include "focus.h"

int LLVMFuzzerInitialize(int *, char ***);
int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct catalog *cat;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct diags d = {0};
	const char *dir = getenv("RUNSHEET_DATA");

	(void)argc;
	(void)argv;
	if (dir == NULL || *dir == '\0')
		dir = ".";
	cat = catalog_load(dir, NULL, 0, &d);
	if (cat == NULL || d.nerrors) {
		diags_print(&d, stderr);
		abort();
	}
	diags_free(&d);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char *filters[] = {"Tags.cluster=prod"}, *rates[] = {"GBP=1.25"};
	struct diags d = {0};
	struct focus_opts o = {0};
	struct buf out = {0};
	char path[64], *files[1];
	int fd = memfd_create("focus", 0);
	unsigned flags = size ? data[0] : 0;

	if (fd < 0)
		abort();
	if (size > 1 && write(fd, data + 1, size - 1) != (ssize_t)(size - 1))
		abort();
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	files[0] = path;
	o.files = files;
	o.nfiles = 1;
	o.effective = flags & 1;
	o.json = flags & 2;
	if (flags & 4) {
		o.filters = filters;
		o.nfilters = 1;
	}
	if (flags & 8) {
		o.rates = rates;
		o.nrates = 1;
	}
	focus_import(cat, &o, &d, &out);
	buf_free(&out);
	diags_free(&d);
	close(fd);
	return 0;
}
