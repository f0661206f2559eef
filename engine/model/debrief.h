/* debrief: scores from a finished (or stopped) playthrough, by SPEC's formula.
 *
 * For each competency, over the decisions on the path, with the choices on screen:
 *   earned = chosen weight, best = highest weight, worst = lowest weight (summed);
 *   decisions = how many had highest != lowest;
 *   score = 100 * (earned - worst) / (best - worst), one decimal; not assessed when best = worst.
 * Domains and the overall score sum earned, best and worst, then apply the same formula. */
#ifndef LEADSIM_DEBRIEF_H
#define LEADSIM_DEBRIEF_H

#include <stdbool.h>
#include <stddef.h>
#include "playthrough.h"

#define DEBRIEF_HIGHLIGHTS 3      /* strongest and weakest competencies shown */

typedef enum { BAND_NONE, BAND_EMERGING, BAND_DEVELOPING, BAND_STRONG } Band;

typedef struct {
    int earned, best, worst;
    int decisions;               /* decisions that tested it (competencies only) */
    bool assessed;               /* best != worst */
    int score10;                 /* 10 x score, rounded half up; meaningful when assessed */
} Score;

typedef struct {
    Score *competencies;         /* one per framework competency */
    Score *domains;              /* one per framework domain */
    Score overall;
    int strengths[DEBRIEF_HIGHLIGHTS], strength_count; /* competency indexes, strongest first */
    int growth[DEBRIEF_HIGHLIGHTS], growth_count;       /* weakest first */
    int *order;                  /* scratch for ranking */
} Debrief;

/* 0, or -1 when out of memory. Start from Debrief d = {0}; computing again reuses its arrays. */
int         debrief_compute(Debrief *d, const Playthrough *p);
void        debrief_free(Debrief *d);
Score       debrief_score(int earned, int best, int worst);
Band        debrief_band(const Score *s);
const char *debrief_band_name(Band band);               /* "strong", "developing", "emerging" */
const char *debrief_format(const Score *s, char *buf, size_t size); /* "33.3", or "not assessed" */
const char *debrief_tenths(int tenths, char *buf, size_t size);     /* 333 -> "33.3", -35 -> "-3.5" */
bool        debrief_thin(const Score *s);               /* assessed by only one decision */

#endif
