/* playthrough: one path through a loaded scenario.
 *
 * Order of events (SPEC): entering a scene counts the visit, then its text and
 * the `when` of its choices are evaluated; after a choice its effects are
 * applied and meters clamped, then its next is resolved. A playthrough can be
 * restarted on the same scenario without reloading it. */
#ifndef LEADSIM_PLAYTHROUGH_H
#define LEADSIM_PLAYTHROUGH_H

#include <stdint.h>
#include "scenario.h"

#define PLAY_MAX_STEPS 10000   /* scenes entered in one playthrough before it counts as a loop */

typedef enum { PLAY_RUNNING, PLAY_ENDED, PLAY_FAILED } PlayStatus;

typedef struct {
    int scene, choice;         /* indexes into the scenario */
    int number;                /* as shown, from 1 */
    int strongest;             /* choice index of the strongest on screen */
    int strongest_number;
    const char *text, *strongest_text; /* as they were shown (a choice's text may be a function) */
    bool owned;                /* the texts are copies this playthrough frees */
    unsigned shown;            /* bit k: the scene's choice k was on screen */
} PlayDecision;

typedef struct {
    const Scenario *scenario;
    PlayStatus status;
    uint64_t seed;
    int scene;                 /* the current scene */
    const char *text;          /* its text, valid until the next step; NULL when it has none */
    int shown[SCENARIO_MAX_CHOICES]; /* choice indexes on screen, in order */
    const char *shown_text[SCENARIO_MAX_CHOICES]; /* their text, valid until the next step */
    int shown_count;
    double *meters;            /* current values */
    double *meters_before;     /* values before the last step, to show what changed */
    double *meters_chosen;     /* after the last choice's effects and next, before the scene it led to */
    int *path;                 /* scenes entered, in order */
    int path_count, path_capacity;
    PlayDecision *decisions;
    int decision_count, decision_capacity;
    int *earned, *best, *worst, *tested; /* running sums per competency, for the debrief */
    int *visits;               /* per scene */
    char error[1400];          /* "FILE:LINE: in scene 'x', ...: message" when PLAY_FAILED */
    int error_line;
    struct {                   /* scenario-side values, held for playthrough.c */
        ScriptFn state, visits;/* s and s.visits */
        ScriptFn text;         /* the current text, kept alive */
        ScriptFn choice_texts; /* the texts function choices gave on this screen */
    } refs;
    bool dirty;                /* scenario code ran since meters were last read */
} Playthrough;

int  play_init(Playthrough *p, const Scenario *sc);    /* 0, or -1 when out of memory */
void play_free(Playthrough *p);
int  play_start(Playthrough *p, uint64_t seed);        /* reset and enter the start scene */
int  play_choose(Playthrough *p, int number);          /* at a decision: pick choice `number` (from 1) */
int  play_continue(Playthrough *p);                    /* at a narration: go on */
/* All return 0 on success, -1 when the step failed (p->status is PLAY_FAILED, p->error says why)
 * or was not possible (status unchanged, p->error says why). */


const Scene  *play_scene(const Playthrough *p);
const Choice *play_shown(const Playthrough *p, int number); /* choice on screen by number, or NULL */
const char   *play_shown_text(const Playthrough *p, int number); /* its text as shown, or NULL */
int           play_strongest(const Playthrough *p); /* at a decision: the number of the strongest choice on
                                                      screen (highest sum of weights, the first on ties) */

/* A check or explore run of about `playthroughs`: together they draw from one total budget,
 * which grows with them, until it is lifted (0). A playthrough always has its own. */
void play_run_budget(const Scenario *sc, long playthroughs);

#endif
