/* report_csv: rows straight from the history's scores; nothing is recomputed. */
#include "report_csv.h"

#include <inttypes.h>
#include <string.h>

/* A CSV field, quoted when it needs to be (RFC 4180). */
static void csv_field(FILE *out, const char *text)
{
    if (strpbrk(text, ",\"\r\n")) {
        fputc('"', out);
        for (const char *c = text; *c; c++) {
            if (*c == '"')
                fputc('"', out);
            fputc(*c, out);
        }
        fputc('"', out);
    } else {
        fputs(text, out);
    }
    fputc(',', out);
}

static const char *csv_score(int score10, char *buf, size_t size)
{
    return score10 < 0 ? "" : debrief_tenths(score10, buf, size);
}

void report_csv_header(FILE *out)
{
    fputs("attempt,finished,player,scenario,seed,ending,overall,kind,item,earned,best,worst,score,decisions,traded,"
          "missed\n", out);
}

void report_csv_attempt(FILE *out, const AttemptDetail *d)
{
    const Attempt *a = &d->attempt;
    char id[32], seed[32], overall[16], score[16];
    snprintf(id, sizeof id, "%" PRId64, a->id);
    snprintf(seed, sizeof seed, "%" PRIu64, a->seed);
    for (int k = 0; k < d->score_count; k++) {
        const AttemptScore *s = &d->scores[k];
        const char *fields[] = {id, a->finished, a->player, a->scenario, seed, a->ending,
                                csv_score(a->overall10, overall, sizeof overall), s->domain ? "domain" : "competency",
                                s->item};
        for (size_t f = 0; f < sizeof fields / sizeof *fields; f++)
            csv_field(out, fields[f]);
        /* numbers only: never quoted */
        fprintf(out, "%d,%d,%d,%s,%d,%d,%d\n", s->earned, s->best, s->worst, csv_score(s->score10, score, sizeof score),
                s->decisions, s->traded, s->missed);
    }
}
