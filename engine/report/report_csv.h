/* report_csv: the history as CSV, one row per attempt and competency (or domain).
 *
 * For a spreadsheet or a training manager's own analysis: `history --csv` and
 * `export --format csv` print the same rows. Fields are quoted as RFC 4180 says;
 * scores are one-decimal numbers, empty when not assessed. */
#ifndef LEADSIM_REPORT_CSV_H
#define LEADSIM_REPORT_CSV_H

#include <stdio.h>
#include "history.h"

void report_csv_header(FILE *out);
void report_csv_attempt(FILE *out, const AttemptDetail *d);   /* its rows, in the order they were kept */

#endif
