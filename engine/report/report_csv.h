/* report_csv: rows of CSV through libcsv, which quotes what needs quoting. */
#ifndef LEADSIM_REPORT_CSV_H
#define LEADSIM_REPORT_CSV_H

#include <stdio.h>

/* One row: text fields are quoted (RFC 4180, by libcsv), a NULL field is empty. */
void csv_row(FILE *out, const char *const *fields, int count);

#endif
