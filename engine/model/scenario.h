/* scenario: one scenario file, run in its sandbox and compiled into plain C data.
 *
 * The file describes itself with the builders scenario { }, scene "id" { } and
 * choice { }, each of which records the line it was called from. Functions the
 * file gives (text, when, effects, next) stay in the sandbox, held by registry
 * references that the playthrough calls. */
#ifndef LEADSIM_SCENARIO_H
#define LEADSIM_SCENARIO_H

#include <stdbool.h>
#include "diag.h"
#include "framework.h"

/* Scenario code stays in the sandbox (script/). The model holds what it gave as
 * opaque references that only the model's .c files hand back to it; views never
 * see Lua. */
typedef struct Sandbox Sandbox;
typedef int ScriptFn;              /* a function the file gave, or SCRIPT_NONE */
#define SCRIPT_NONE (-2)           /* == LUA_NOREF (checked in scenario.c) */

#define SCENARIO_NO_SCENE (-1)
#define SCENARIO_WEIGHT_MIN (-3)
#define SCENARIO_WEIGHT_MAX 3
#define SCENARIO_MAX_CHOICES 9     /* keys 1-9 pick them */

typedef struct {
    int meter;                 /* index into Scenario.meters */
    double delta;
} Effect;

typedef struct {
    int line;
    char *id;                  /* NULL: named by its position in the scene */
    char *text;                /* static text, or NULL when text_fn gives it */
    ScriptFn text_fn;               /* function ref, or SCRIPT_NONE */
    char *feedback;
    ScriptFn when;                  /* function ref, or SCRIPT_NONE: always shown */
    ScriptFn effects_fn;            /* function ref, or SCRIPT_NONE */
    Effect *effects;           /* static deltas, when effects is a table */
    int effect_count;
    int next;                  /* scene index, or SCENARIO_NO_SCENE when next_fn decides */
    ScriptFn next_fn;               /* function ref, or SCRIPT_NONE */
    signed char *weights;      /* one per framework competency; 0 says nothing */
    int weight_sum;            /* the strongest choice on screen has the highest */
} Choice;

typedef enum { SCENE_DECISION, SCENE_NARRATION, SCENE_ENDING } SceneKind;

typedef struct {
    int line;
    SceneKind kind;
    char *id, *title, *speaker;
    char *notes;               /* for the facilitator; never shown to players */
    char *text;                /* static text, or NULL */
    ScriptFn text_fn;               /* function ref, or SCRIPT_NONE */
    Choice *choices;           /* a decision's */
    int choice_count;
    int *touched;              /* competencies some choice weighs, for scoring */
    int touched_count;
    int next;                  /* a narration's, as for choices */
    ScriptFn next_fn;
    char *ending;              /* an ending's title */
} Scene;

typedef struct {
    char *id, *label;
    double value, min, max;    /* starting value and bounds */
    long order;                /* HUD order; then by id */
    bool lower_is_better;      /* better = "lower": a fall is good news (a budget gap, a backlog) */
} Meter;

typedef struct {
    char *path;
    int line;                  /* of scenario { } */
    char *id, *title, *role, *summary, *closing;
    long minutes;
    Framework *framework;
    Meter *meters;
    int meter_count;
    char **reflection;
    int reflection_count;
    Scene *scenes;             /* in the order the file defines them */
    int scene_count;
    const char **scene_ids;    /* the scenes' ids, for suggestions */
    int start;
    Sandbox *sandbox;
    struct {                   /* tables the playthrough hands to scenario code */
        ScriptFn scene_index;  /* scene id -> index */
        ScriptFn meter_names;  /* meter index + 1 -> name */
        ScriptFn scene_names;  /* scene index + 1 -> id */
    } refs;
} Scenario;

/* Loads and validates a file. NULL when it has errors; diags say what and where. */
Scenario   *scenario_load(const char *path, DiagList *diags);
void        scenario_free(Scenario *sc);
int         scenario_scene(const Scenario *sc, const char *id);   /* index, or -1 */
int         scenario_meter(const Scenario *sc, const char *id);   /* index, or -1 */
const char *scenario_choice_name(const Choice *c, int position, char *buf, size_t size); /* id or "#2" */

/* The strongest of all a decision's choices (highest sum of weights, the first on ties), and
 * whether choice k is a close call beside it: within SCENARIO_CLOSE points of its sum and
 * stronger on some competency (a real trade-off, which the debrief shows). */
#define SCENARIO_CLOSE 2
int         scenario_strongest(const Scene *scene);
bool        scenario_close_call(const Scene *scene, int strongest, int k, int competency_count);

#endif
