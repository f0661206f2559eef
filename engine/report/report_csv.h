/* report_csv: CSV through libcsv, which quotes what needs quoting (RFC 4180); and the
 * history as CSV, one row per attempt and competency (or domain).
 *
 * For a spreadsheet or a training manager's own analysis: `history --csv` and
 * `export --format csv` print the same rows. Scores are one-decimal numbers, empty
 * when not assessed. */
#ifndef LEADSIM_REPORT_CSV_H
#define LEADSIM_REPORT_CSV_H

#include <stdbool.h>
#include <stdio.h>
#include "history.h"

/* One row: every field quoted (by libcsv); a NULL or empty field is left empty. */
void csv_row(FILE *out, const char *const *fields, int count);

void report_csv_header(FILE *out);
void report_csv_attempt(FILE *out, const AttemptDetail *d);   /* its rows, in the order they were kept */
/* The header, then each attempt of `list` read from `h` and its rows; false when one could not be
 * read (the rows stop there). */
bool report_csv_attempts(FILE *out, History *h, const Attempt *list, int count);

#endif
