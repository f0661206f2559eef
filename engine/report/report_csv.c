/* report_csv: libcsv's csv_fwrite for each field. */
#include "report_csv.h"

#include <csv.h>
#include <string.h>

void csv_row(FILE *out, const char *const *fields, int count)
{
    for (int i = 0; i < count; i++) {
        if (i > 0)
            fputc(',', out);
        if (fields[i] && fields[i][0])
            csv_fwrite(out, fields[i], strlen(fields[i]));
    }
    fputs("\r\n", out);   /* RFC 4180's line ending */
}
