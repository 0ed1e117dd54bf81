/*
 * xlsx.h -- the workbook writer (xlsx.c).
 */
#ifndef XLSX_H
#define XLSX_H

#include <time.h>

typedef struct lxw_workbook lxw_workbook;

/* A hook that adds sheets (the analyses) before the workbook is closed. */
struct xlsx_extra {
	void (*fn)(lxw_workbook *, const struct report *, void *, struct diags *);
	void *arg;
};

extern const unsigned xlsx_palette[COMP__MAX];

bool xlsx_write(const char *, const struct report *, const struct buf *, time_t, const char *,
    const struct xlsx_extra *, struct diags *);

#endif
