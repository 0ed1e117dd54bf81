/*
 * xlsx.h -- the workbook writer (xlsx.c).
 */
#ifndef XLSX_H
#define XLSX_H

#include <time.h>

extern const unsigned xlsx_palette[COMP__MAX];

const char *xlsx_tmpdir(void);
bool xlsx_write(const char *, const struct report *, const struct buf *, time_t, const char *,
    size_t *, struct diags *);

#endif
