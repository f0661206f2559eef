/* report_csv: libcsv's csv_fwrite for each field; the history's rows straight from its
 * scores, nothing recomputed. */
#include "report_csv.h"

#include <csv.h>
#include <inttypes.h>
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

static const char *csv_score(int score10, char *buf, size_t size)
{
    return score10 < 0 ? "" : debrief_tenths(score10, buf, size);
}

void report_csv_header(FILE *out)
{
    static const char *const head[] = {"attempt", "finished", "player", "scenario", "seed", "ending", "overall",
                                       "kind", "item", "earned", "best", "worst", "score", "decisions", "traded",
                                       "missed"};
    csv_row(out, head, 16);
}

void report_csv_attempt(FILE *out, const AttemptDetail *d)
{
    const Attempt *a = &d->attempt;
    char id[32], seed[32], overall[16];
    snprintf(id, sizeof id, "%" PRId64, a->id);
    snprintf(seed, sizeof seed, "%" PRIu64, a->seed);
    for (int k = 0; k < d->score_count; k++) {
        const AttemptScore *s = &d->scores[k];
        char n[6][16], score[16];
        snprintf(n[0], sizeof n[0], "%d", s->earned);
        snprintf(n[1], sizeof n[1], "%d", s->best);
        snprintf(n[2], sizeof n[2], "%d", s->worst);
        snprintf(n[3], sizeof n[3], "%d", s->decisions);
        snprintf(n[4], sizeof n[4], "%d", s->traded);
        snprintf(n[5], sizeof n[5], "%d", s->missed);
        const char *row[] = {id, a->finished, a->player, a->scenario, seed, a->ending,
                             csv_score(a->overall10, overall, sizeof overall), s->domain ? "domain" : "competency",
                             s->item, n[0], n[1], n[2], csv_score(s->score10, score, sizeof score), n[3], n[4], n[5]};
        csv_row(out, row, 16);
    }
}

bool report_csv_attempts(FILE *out, History *h, const Attempt *list, int count)
{
    report_csv_header(out);
    for (int i = 0; i < count; i++) {
        AttemptDetail d;
        if (history_get(h, list[i].id, &d) != 0)
            return false;
        report_csv_attempt(out, &d);
        history_detail_free(&d);
    }
    return true;
}
