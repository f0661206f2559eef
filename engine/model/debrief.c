/* debrief: the scoring formula, bands and highlights. */
#include "debrief.h"

#include <stdio.h>
#include <stdlib.h>

Score debrief_score(int earned, int best, int worst)
{
    Score s = {earned, best, worst, 0, best != worst, 0};
    if (s.assessed) {
        /* Integer arithmetic, rounding half up: 100 * 1/16 = 6.25 gives 6.3 every time. */
        long numerator = 1000L * (earned - worst), denominator = best - worst;
        s.score10 = (int)((2 * numerator + denominator) / (2 * denominator));
    }
    return s;
}

Band debrief_band(const Score *s)
{
    if (!s->assessed)
        return BAND_NONE;
    return s->score10 >= 750 ? BAND_STRONG : s->score10 >= 400 ? BAND_DEVELOPING : BAND_EMERGING;
}

const char *debrief_band_name(Band band)
{
    switch (band) {
    case BAND_STRONG:     return "strong";
    case BAND_DEVELOPING: return "developing";
    case BAND_EMERGING:   return "emerging";
    default:              return "not assessed";
    }
}

const char *debrief_tenths(int tenths, char *buf, size_t size)
{
    unsigned magnitude = tenths < 0 ? 0u - (unsigned)tenths : (unsigned)tenths;
    snprintf(buf, size, "%s%u.%u", tenths < 0 ? "-" : "", magnitude / 10, magnitude % 10);
    return buf;
}

const char *debrief_format(const Score *s, char *buf, size_t size)
{
    if (!s->assessed)
        snprintf(buf, size, "not assessed");
    else
        debrief_tenths(s->score10, buf, size);
    return buf;
}

bool debrief_thin(const Score *s) { return s->assessed && s->decisions == 1; }

/* True when competency x ranks above y: higher score, then more evidence, then framework order. */
static bool debrief_ranks_above(const Score *scores, int x, int y)
{
    if (scores[x].score10 != scores[y].score10)
        return scores[x].score10 > scores[y].score10;
    if (scores[x].decisions != scores[y].decisions)
        return scores[x].decisions > scores[y].decisions;
    return x < y;
}

int debrief_compute(Debrief *d, const Playthrough *p)
{
    const Framework *fw = p->scenario->framework;
    if (d->competencies == NULL) {
        d->competencies = calloc((size_t)fw->competency_count + 1, sizeof *d->competencies);
        d->domains = calloc((size_t)fw->domain_count + 1, sizeof *d->domains);
        d->order = calloc((size_t)fw->competency_count + 1, sizeof *d->order);
        if (!d->competencies || !d->domains || !d->order) {
            debrief_free(d);
            return -1;
        }
    }
    int *order = d->order;
    int total[3] = {0, 0, 0}, assessed = 0;
    for (int i = 0; i < fw->domain_count; i++) {
        const Domain *dom = &fw->domains[i];
        int sum[3] = {0, 0, 0};
        for (int c = dom->first; c < dom->first + dom->count; c++) {
            Score *s = &d->competencies[c];
            *s = debrief_score(p->earned[c], p->best[c], p->worst[c]);
            s->decisions = p->tested[c];
            sum[0] += s->earned;
            sum[1] += s->best;
            sum[2] += s->worst;
            if (s->assessed)
                order[assessed++] = c;
        }
        d->domains[i] = debrief_score(sum[0], sum[1], sum[2]);
        for (int k = 0; k < 3; k++)
            total[k] += sum[k];
    }
    d->overall = debrief_score(total[0], total[1], total[2]);

    /* The strongest and the weakest, never the same competency in both. */
    for (int i = 1; i < assessed; i++) {
        int c = order[i], j = i;
        for (; j > 0 && debrief_ranks_above(d->competencies, c, order[j - 1]); j--)
            order[j] = order[j - 1];
        order[j] = c;
    }
    d->strength_count = (assessed + 1) / 2 < DEBRIEF_HIGHLIGHTS ? (assessed + 1) / 2 : DEBRIEF_HIGHLIGHTS;
    for (int i = 0; i < d->strength_count; i++)
        d->strengths[i] = order[i];
    int rest = assessed - d->strength_count;
    d->growth_count = rest < DEBRIEF_HIGHLIGHTS ? rest : DEBRIEF_HIGHLIGHTS;
    for (int i = 0; i < d->growth_count; i++)
        d->growth[i] = order[assessed - 1 - i];
    return 0;
}

void debrief_free(Debrief *d)
{
    free(d->competencies);
    free(d->domains);
    free(d->order);
    d->competencies = d->domains = NULL;
    d->order = NULL;
}
