/*
 * fuzz_kube.c -- libFuzzer harness: a kubectl export of a cluster.
 *
 * The input is the text of what kubectl get ... -o json prints (or a
 * PodMetricsList). It goes through runsheet import kubernetes as the
 * command line drives it, with the scenario written to /dev/null: the
 * JSON loader, every kind of object the importer reads, the quantity and
 * cron parsers and the scenario writer. The bytes reach the importer
 * through a memory file, as a path. The bundled model data is loaded once
 * ($RUNSHEET_DATA, default the working directory).
 */
#define _GNU_SOURCE /* memfd_create */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "runsheet.h"
#include "kube.h"

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
	struct diags d = {0};
	struct kube_opts o = {0};
	char path[64], *files[1];
	int fd = memfd_create("kube", 0);

	if (fd < 0)
		abort();
	if (size > 0 && write(fd, data, size) != (ssize_t)size)
		abort();
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	files[0] = path;
	o.files = files;
	o.nfiles = 1;
	o.out = "/dev/null";
	o.id = "fuzz";
	o.quiet = true;
	kube_import(cat, &o, &d);
	diags_free(&d);
	close(fd);
	return 0;
}
