#ifndef RUNSHEET_FLOOR_H
#define RUNSHEET_FLOOR_H

#include <stddef.h>

/* Seconds per document that the libraries alone take (bench/floor.c). */
struct floor {
	double png, svg, workbook, markdown;
};

void floor_measure(size_t, size_t, size_t, size_t, const char *, const char *, struct floor *);

#endif
