/*
 * driver.c -- run a libFuzzer harness without libFuzzer.
 *
 *   fuzz-NAME-replay FILE...
 *
 * Feeds each file to LLVMFuzzerTestOneInput once. make check builds the
 * harnesses with this driver and replays fuzz/regressions/NAME/ (every
 * input a fuzzer ever crashed on, kept as a regression test) and the seed
 * corpus; under make check-asan the replay runs with the sanitizers.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerInitialize(int *, char ***) __attribute__((weak));
int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
main(int argc, char **argv)
{
	int i, n = 0;

	if (LLVMFuzzerInitialize)
		LLVMFuzzerInitialize(&argc, &argv);
	for (i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		uint8_t *buf = NULL;
		size_t len = 0, cap = 0, got;

		if (f == NULL) {
			perror(argv[i]);
			return 2;
		}
		do {
			if (len + 4096 > cap) {
				cap = (len + 4096) * 2;
				buf = realloc(buf, cap);
				if (buf == NULL)
					abort();
			}
			got = fread(buf + len, 1, 4096, f);
			len += got;
		} while (got > 0);
		fclose(f);
		LLVMFuzzerTestOneInput(buf, len);
		free(buf);
		n++;
	}
	printf("replayed %d inputs\n", n);
	return 0;
}
