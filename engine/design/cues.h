/* cues: answer-key cues, the ways a player can find the strongest choice without
 * reading the situation: it is by far the longest, it sits mostly at one position,
 * or every alternative only loses points (no trade-off).
 *
 * A decision is judged as players see it: the choices on screen (after `when`) and
 * their texts as shown (a text may be a function), gathered from automatic
 * playthroughs by an explore observer. */
#ifndef LEADSIM_CUES_H
#define LEADSIM_CUES_H

#include <stdbool.h>
#include "diag.h"
#include "playthrough.h"

#define CUES_FAR_PERCENT 130     /* "by far the longest": at least 1.3 times the next longest ... */
#define CUES_FAR_CHARS 20        /* ... and at least 20 characters longer */
#define CUES_POSITION_PERCENT 50 /* "mostly at one position": at half the decisions or more ... */
#define CUES_POSITION_MIN 6      /* ... once a scenario has at least six */

int  cues_length(const char *text);              /* characters (UTF-8 code points); 0 for NULL */
bool cues_by_far(int longest, int next_longest); /* the thresholds above */

/* At the decision on screen: whether the choice shown as `number` is by far the longest
 * (its length and the next longest go to *length and *next), and whether no other choice
 * on screen outweighs it on any competency. */
bool cues_longest_by_far(const Playthrough *p, int number, int *length, int *next);
bool cues_no_trade_off(const Playthrough *p, int number);

typedef struct CueTally CueTally;
CueTally *cues_tally_new(const Scenario *sc);           /* NULL when out of memory */
void      cues_observe(void *tally, const Playthrough *p); /* an explore observer: counts one screen */
void      cues_warn(const CueTally *t, DiagList *diags);   /* cue-longest, cue-position, cue-no-trade-off */
void      cues_tally_free(CueTally *t);

#endif
