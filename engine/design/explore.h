/* explore: many automatic playthroughs of one scenario, for designers.
 *
 * Plays a loaded scenario again and again (at random, favoring the least-used
 * choices, or every path when there are few enough) and gathers what a
 * designer needs to know before anyone plays it: which scenes and choices are
 * never reached, which endings are, which paths fail and how to reproduce
 * them, and how far scores can range. */
#ifndef LEADSIM_EXPLORE_H
#define LEADSIM_EXPLORE_H

#include <stdbool.h>
#include <stdint.h>
#include "debrief.h"

#define EXPLORE_MAX_ERRORS 16        /* distinct runtime errors kept */
#define EXPLORE_MAX_DEPTH 200        /* decisions in one path before --all calls it unbounded */
#define EXPLORE_ALL_LIMIT 1000000L   /* paths --all will visit */
#define EXPLORE_HISTOGRAM_BINS 10

typedef enum { STRATEGY_RANDOM, STRATEGY_LEAST_USED, STRATEGY_ALL } ExploreStrategy;

typedef struct {
    ExploreStrategy strategy;
    long runs;                  /* playthroughs (random and least-used) */
    uint64_t seed;              /* the first scenario seed; run i uses seed + i (--all: seed for all) */
    void (*progress)(void *ctx, long done, long total); /* called now and then; may be NULL */
    void *progress_ctx;
    void (*observe)(void *ctx, const Playthrough *p); /* at each decision on screen, before the choice;
                                                         may be NULL */
    void *observe_ctx;
    void (*entered)(void *ctx, const Playthrough *p); /* after each scene is entered (its text and choices
                                                         current), failures aside; may be NULL */
    void *entered_ctx;
} ExploreOptions;

typedef struct {
    char message[1400];         /* the first playthrough's error text */
    int line;                   /* its line, 0 when none is known */
    uint64_t seed;
    int *choices;               /* the numbers that reproduce it */
    int choice_count;
    long count;                 /* playthroughs that failed this way */
} ExploreError;

typedef struct {
    int min10, max10;           /* score x 10 */
    long long sum10;
    long assessed;              /* playthroughs that assessed it */
} ExploreRange;

typedef struct {
    const Scenario *scenario;
    ExploreOptions options;
    long playthroughs, choices, failures;
    double seconds;
    long *scene_visits;         /* per scene: playthroughs that reached it */
    long *choice_taken;         /* per choice, indexed by choice_base[scene] + k */
    int *choice_base;
    long *ending_counts;        /* per scene (nonzero for endings reached) */
    int min_decisions, max_decisions;
    ExploreError errors[EXPLORE_MAX_ERRORS];
    int error_count;
    ExploreRange *competencies; /* per framework competency */
    ExploreRange overall;
    long histogram[EXPLORE_HISTOGRAM_BINS];
    bool exhaustive;            /* --all visited every path */
    bool unbounded;             /* --all met a path longer than EXPLORE_MAX_DEPTH */
    bool truncated;             /* --all stopped at EXPLORE_ALL_LIMIT paths */
} ExploreReport;

int  explore_run(const Scenario *sc, const ExploreOptions *options, ExploreReport *report); /* 0, or -1 out of memory */
void explore_report_free(ExploreReport *report);

/* Player styles: always the strongest, always the weakest, random; the surface personas, which
 * never read the situation (always the longest, shortest, first or last option as shown); and
 * one per domain. Ties go to the first on screen, so every style but random plays one path. */
typedef enum {
    STYLE_STRONGEST, STYLE_WEAKEST, STYLE_RANDOM,
    STYLE_LONGEST, STYLE_SHORTEST, STYLE_FIRST, STYLE_LAST,
    STYLE_DOMAIN
} StyleKind;
#define EXPLORE_FIXED_STYLES STYLE_DOMAIN   /* the styles before the domain ones, in StyleKind order */
#define EXPLORE_RANDOM_PERCENTILE 90        /* a surface persona above this percentile of random play
                                               beats it by a clear margin */

typedef struct {
    StyleKind kind;
    int domain;                 /* for STYLE_DOMAIN */
    bool surface;               /* a persona that never reads the situation */
    bool beats_random;          /* surface, and above random play's EXPLORE_RANDOM_PERCENTILE */
    char name[96];
    bool failed;
    char error[1400];
    Score overall;              /* for a single playthrough */
    int ending;                 /* scene index, or -1 */
    int decisions;
    int *choices;               /* the numbers it chose */
    int choice_count;
    ExploreRange range;         /* for STYLE_RANDOM: over `runs` playthroughs */
    int percentile10;           /* for STYLE_RANDOM: its EXPLORE_RANDOM_PERCENTILE (nearest rank), x 10 */
    long runs;
} StyleResult;

/* Fills `out` (EXPLORE_FIXED_STYLES + domain count entries, in StyleKind order); returns how
 * many, or -1 out of memory. */
int  explore_styles(const Scenario *sc, uint64_t seed, long random_runs, StyleResult **out);
void explore_styles_free(StyleResult *styles, int count);

#endif
