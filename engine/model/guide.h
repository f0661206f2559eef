/* guide: the facilitator's teaching note on one scenario, as data every view renders.
 *
 * Built from a loaded scenario and what playing it showed (GuideSeen: which scenes
 * follow which, since a `next` may be a function, and one version of each text a
 * function writes; design/scene_map.c gathers it). Every sentence is worded here, as
 * the debrief's are in document.c; the views (report/report_guide_*.c) choose layout
 * and never read the scenario. Written for a facilitator who has never played it. */
#ifndef LEADSIM_GUIDE_H
#define LEADSIM_GUIDE_H

#include <stdbool.h>
#include "scenario.h"

/* ---- what playing showed: plain data, gathered outside the model ---- */

typedef struct {
    int from, to;               /* scene indexes */
    int choice;                 /* the choice of `from` taken, or -1 after a narration */
} GuideStep;

typedef struct {
    const Scenario *scenario;
    GuideStep *steps;           /* each distinct step once */
    int step_count, step_capacity;
    char **scene_text;          /* per scene: a text its function wrote, or NULL */
    char **choice_text;         /* per choice, at choice_base[scene] + k: the same */
    int *choice_base;
    long *ending_count;         /* per scene: playthroughs that ended there */
    double *ending_low, *ending_high; /* per scene x meter: the meters' range when it ended there */
    int strongest_ending, weakest_ending; /* where always the strongest (weakest) option leads; -1 unknown */
    int min_decisions, max_decisions; /* per finished playthrough */
    long playthroughs;          /* that finished */
    long failures;              /* that ended in a runtime error: the guide may miss what lies beyond */
} GuideSeen;

int  guide_seen_init(GuideSeen *seen, const Scenario *sc);            /* 0, or -1 out of memory */
int  guide_seen_step(GuideSeen *seen, int from, int to, int choice);  /* adds it once; -1 out of memory */
/* Keeps the first text seen of a scene (choice -1) or of one of its choices. */
void guide_seen_text(GuideSeen *seen, int scene, int choice, const char *text);
void guide_seen_ending(GuideSeen *seen, int scene, const double *meters);       /* a playthrough ended there */
void guide_seen_free(GuideSeen *seen);

/* ---- the guide ---- */

typedef enum {
    GUIDE_OVERVIEW, GUIDE_OBJECTIVES, GUIDE_MAP, GUIDE_SCENES, GUIDE_QUESTIONS, GUIDE_ENDINGS,
    GUIDE_SECTION_COUNT
} GuideSection;

typedef struct {
    char letter[4];             /* "A", "B": its place in the file, which the map's arrows name */
    char *text;                 /* as written, prose normalized */
    char *shows;                /* "strong on Engaging Stakeholders (+3); costs Self-Awareness (-1)" */
    char *feedback;             /* "" when it has none */
    char *leads_to;             /* "Leads to: 3. Week 2, Thursday" */
    char *note;                 /* when it is shown, how its wording varies; or NULL */
    int sum;                    /* its sum of weights */
    bool strongest, close;      /* the strongest of all; a close call beside it */
} GuideOption;

typedef struct {
    int scene;                  /* index in the scenario */
    SceneKind kind;
    int number;                 /* a decision's, from 1 in play order; 0 for the rest */
    bool start, reached;        /* reached: some playthrough entered it */
    char *kind_name;            /* "Decision 3", "Narration", "Ending" */
    char *name;                 /* the title (an ending's), or the id */
    char *speaker;              /* or NULL */
    char *text;                 /* as written or as a function wrote it once; "" when none */
    char *text_note;            /* why the text may differ in play, or NULL */
    char *notes;                /* the facilitator notes, or NULL */
    GuideOption *options;
    int option_count;
    char *verdict;              /* a decision's: the strongest, and the close calls */
    char *leads_to;             /* a narration's next, an ending's "Reached from ..." */
} GuideScene;

typedef struct {
    int from, to;               /* positions in Guide.scenes */
    char label[64];             /* the options that take it ("A, C"), "" after a narration */
    bool varies;                /* depends on the path: an option (or narration) taking it led elsewhere too */
} GuideLink;

typedef struct {
    char *title;                /* the competency */
    char *where;                /* "Decisions 1 (Week 1, Monday) and 4 (...)" */
} GuideObjective;

typedef struct {
    char *title;                /* the domain */
    GuideObjective *objectives;
    int count;
} GuideDomain;

typedef struct {
    char *title, *role, *summary;
    char *facts;                /* "About 22 minutes alone; 13 decisions on a path, 5 endings." */
    char *setting;              /* what the players see on screen: the meters */
    char *framework;            /* its title */
    char *use;                  /* how to use this guide */
    GuideScene *scenes;         /* in play order: from the start, each scene after those that lead to it */
    int scene_count;
    GuideLink *links;
    int link_count;
    char *map_note;             /* how to read the map */
    GuideDomain *domains;       /* only domains with an assessed competency */
    int domain_count;
    char *objectives_note, *unassessed;  /* unassessed: NULL when every competency is */
    char **questions;           /* the reflection questions, for discussion */
    int question_count;
    char *closing;
} Guide;

/* Builds the guide of `sc` with what `seen` showed (its scenario must be sc). 0, or -1 out of
 * memory (then the guide is empty). Free with guide_free. */
int         guide_build(Guide *g, const Scenario *sc, const GuideSeen *seen);
void        guide_free(Guide *g);
const char *guide_heading(GuideSection section);    /* "Learning objectives" */

#endif
