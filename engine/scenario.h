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
#include "sandbox.h"

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
    int text_fn;               /* function ref, or LUA_NOREF */
    char *feedback;
    int when;                  /* function ref, or LUA_NOREF: always shown */
    int effects_fn;            /* function ref, or LUA_NOREF */
    Effect *effects;           /* static deltas, when effects is a table */
    int effect_count;
    int next;                  /* scene index, or SCENARIO_NO_SCENE when next_fn decides */
    int next_fn;               /* function ref, or LUA_NOREF */
    signed char *weights;      /* one per framework competency; 0 says nothing */
    int weight_sum;            /* the strongest choice on screen has the highest */
} Choice;

typedef enum { SCENE_DECISION, SCENE_NARRATION, SCENE_ENDING } SceneKind;

typedef struct {
    int line;
    SceneKind kind;
    char *id, *title, *speaker;
    char *text;                /* static text, or NULL */
    int text_fn;               /* function ref, or LUA_NOREF */
    Choice *choices;           /* a decision's */
    int choice_count;
    int *touched;              /* competencies some choice weighs, for scoring */
    int touched_count;
    int next, next_fn;         /* a narration's, as for choices */
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
    int scene_index_ref;       /* Lua table: scene id -> index */
    int meter_names_ref;       /* Lua array: meter index + 1 -> name */
    int scene_names_ref;       /* Lua array: scene index + 1 -> id */
} Scenario;

/* Loads and validates a file. NULL when it has errors; diags say what and where. */
Scenario   *scenario_load(const char *path, DiagList *diags);
void        scenario_free(Scenario *sc);
int         scenario_scene(const Scenario *sc, const char *id);   /* index, or -1 */
int         scenario_meter(const Scenario *sc, const char *id);   /* index, or -1 */
const char *scenario_choice_name(const Choice *c, int position, char *buf, size_t size); /* id or "#2" */

#endif
