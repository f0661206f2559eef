/* scenario: builders, then a compile pass from Lua tables to C data.
 *
 * Running the file only records what the builders were given; all checking
 * happens afterwards, so a designer sees every error at once. */
#include "scenario.h"
#include "fields.h"
#include "paths.h"
#include "sandbox.h"

#include <lauxlib.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

_Static_assert(SCRIPT_NONE == LUA_NOREF, "SCRIPT_NONE must be Lua's own no-reference");

/* ---- the builders --------------------------------------------------------------- */

typedef struct {
    char *id;
    int line;
    int ref;                   /* its table, or LUA_NOREF until scene "id" is given one */
} SceneRecord;

typedef struct {
    bool loading;
    int scenario_ref, scenario_line;
    SceneRecord *scenes;
    int scene_count, scene_capacity;
} ScenarioLoad;

static ScenarioLoad *scenario_load_state(lua_State *L)
{
    return lua_touserdata(L, lua_upvalueindex(1));
}

static void scenario_check_loading(lua_State *L, ScenarioLoad *load, const char *builder)
{
    if (!load->loading)
        luaL_error(L, "%s can only be used while the file loads, not inside a function", builder);
}

static int scenario_builder(lua_State *L)
{
    ScenarioLoad *load = scenario_load_state(L);
    scenario_check_loading(L, load, "scenario { }");
    if (lua_type(L, 1) != LUA_TTABLE)
        return luaL_error(L, "scenario needs a table: scenario { id = \"...\", start = \"...\" }");
    if (load->scenario_ref != LUA_NOREF)
        return luaL_error(L, "a second scenario { } (the first is at line %d); one file holds one scenario",
                          load->scenario_line);
    load->scenario_line = sandbox_caller_line(L);
    lua_settop(L, 1);
    load->scenario_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

static int scenario_scene_body(lua_State *L)
{
    ScenarioLoad *load = scenario_load_state(L);
    scenario_check_loading(L, load, "scene");
    SceneRecord *record = &load->scenes[lua_tointeger(L, lua_upvalueindex(2))];
    if (lua_type(L, 1) != LUA_TTABLE)
        return luaL_error(L, "scene '%s' needs a table: scene \"%s\" { text = ..., choice { ... } }",
                          record->id, record->id);
    if (record->ref != LUA_NOREF)
        return luaL_error(L, "scene '%s' was given two tables", record->id);
    lua_settop(L, 1);
    record->ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

static int scenario_scene_builder(lua_State *L)
{
    ScenarioLoad *load = scenario_load_state(L);
    scenario_check_loading(L, load, "scene");
    if (lua_type(L, 1) != LUA_TSTRING)
        return luaL_error(L, lua_type(L, 1) == LUA_TTABLE
                                 ? "scene needs its id before the table: scene \"name\" { ... }"
                                 : "scene needs an id: scene \"name\" { ... }");
    if (load->scene_count == load->scene_capacity) {
        int capacity = load->scene_capacity ? load->scene_capacity * 2 : 32;
        SceneRecord *grown = realloc(load->scenes, (size_t)capacity * sizeof *grown);
        if (grown == NULL)
            return luaL_error(L, "out of memory");
        load->scenes = grown;
        load->scene_capacity = capacity;
    }
    int index = load->scene_count++;
    load->scenes[index] = (SceneRecord){strdup(lua_tostring(L, 1)), sandbox_caller_line(L), LUA_NOREF};
    lua_pushvalue(L, lua_upvalueindex(1));   /* the shared state */
    lua_pushinteger(L, index);
    lua_pushcclosure(L, scenario_scene_body, 2);
    if (lua_gettop(L) >= 3 && !lua_isnil(L, 2)) { /* scene("id", { ... }) */
        lua_pushvalue(L, 2);
        lua_call(L, 1, 0);
        return 0;
    }
    return 1;
}

static int scenario_choice_builder(lua_State *L)
{
    scenario_check_loading(L, scenario_load_state(L), "choice { }");
    if (lua_type(L, 1) != LUA_TTABLE)
        return luaL_error(L, "choice needs a table: choice { text = \"...\", next = \"...\" }");
    builder_mark(L, 1, sandbox_caller_line(L));
    lua_settop(L, 1);
    return 1;
}

/* ---- compiling --------------------------------------------------------------------- */

typedef struct {
    Scenario *sc;
    FieldReader r;
    lua_State *L;
    const char **scene_ids;    /* for suggestions */
    const char **meter_ids;
    struct IdIndex *scene_order; /* the scenes sorted by id, for lookups in log time */
} Compile;

/* An id and where it is, sortable by id (then position), so that finding an id
 * or every duplicate among 100,000 scenes takes n log n, not n squared. */
typedef struct IdIndex {
    const char *id;
    int index;
} IdIndex;

static int compile_id_order(const void *a, const void *b)
{
    const IdIndex *x = a, *y = b;
    int order = strcmp(x->id, y->id);
    return order ? order : (x->index > y->index) - (x->index < y->index);
}

/* For each scene record, the index of the first record with the same id, or -1. */
static int *compile_first_of(const ScenarioLoad *load)
{
    int n = load->scene_count;
    IdIndex *sorted = malloc(((size_t)n + 1) * sizeof *sorted);
    int *first = malloc(((size_t)n + 1) * sizeof *first);
    if (sorted == NULL || first == NULL) {
        free(sorted);
        free(first);
        return NULL;
    }
    for (int i = 0; i < n; i++)
        sorted[i] = (IdIndex){load->scenes[i].id, i};
    qsort(sorted, (size_t)n, sizeof *sorted, compile_id_order);
    for (int i = 0; i < n; i++)
        first[sorted[i].index] = i > 0 && strcmp(sorted[i].id, sorted[i - 1].id) == 0
                                     ? (first[sorted[i - 1].index] >= 0 ? first[sorted[i - 1].index]
                                                                         : sorted[i - 1].index)
                                     : -1;
    free(sorted);
    return first;
}

static const char *const scenario_keys[] = {
    "id", "title", "role", "summary", "minutes", "framework", "start", "meters", "reflection",
    "closing", NULL};
static const char *const meter_keys[] = {"label", "value", "min", "max", "order", "better", NULL};
static const char *const scene_keys[] = {"title", "speaker", "text", "next", "ending", "notes", NULL};
static const char *const choice_keys[] = {
    "id", "text", "when", "score", "effects", "feedback", "next", NULL};

static int compile_ref(lua_State *L) { return luaL_ref(L, LUA_REGISTRYINDEX); } /* pops the value */

static bool scenario_valid_id(const char *id)
{
    if (id == NULL || !*id)
        return false;
    for (const char *p = id; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-'))
            return false;
    return true;
}

static bool scenario_identifier(const char *s)
{
    if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || *s == '_'))
        return false;
    for (s++; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '_'))
            return false;
    return true;
}

static int compile_meter_order(const void *a, const void *b)
{
    const Meter *x = a, *y = b;
    if (x->order != y->order)
        return x->order < y->order ? -1 : 1;
    return strcmp(x->id, y->id);
}

static void compile_meters(Compile *c, int t)
{
    Scenario *sc = c->sc;
    lua_State *L = c->L;
    if (field_push(&c->r, t, "meters", sc->line, "scenario", 1 << LUA_TTABLE, "a table of meters") != LUA_TTABLE)
        return;
    int meters = lua_gettop(L);
    int count = 0;
    lua_pushnil(L);
    while (lua_next(L, meters)) {
        count++;
        lua_pop(L, 1);
    }
    sc->meters = calloc((size_t)count + 1, sizeof *sc->meters);
    int first_finding = c->r.diags->count;
    lua_pushnil(L);
    while (lua_next(L, meters)) {
        if (lua_type(L, -2) != LUA_TSTRING || !scenario_identifier(lua_tostring(L, -2))) {
            lua_pushvalue(L, -2);
            diag_add(c->r.diags, DIAG_ERROR, c->r.path, sc->line, "bad-meter", NULL,
                     "scenario: meter name '%s' must be a name like budget or staff_morale",
                     lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : luaL_typename(L, -1));
            lua_pop(L, 2);
            continue;
        }
        const char *id = lua_tostring(L, -2);
        char what[128];
        snprintf(what, sizeof what, "meter '%s'", id);
        if (strcmp(id, "visits") == 0 || strcmp(id, "random") == 0) {
            diag_add(c->r.diags, DIAG_ERROR, c->r.path, sc->line, "reserved-meter", NULL,
                     "scenario: '%s' is part of the state s and cannot be a meter's name", id);
        } else if (lua_type(L, -1) != LUA_TTABLE) {
            diag_add(c->r.diags, DIAG_ERROR, c->r.path, sc->line, "wrong-type", NULL,
                     "%s must be a table like { label = \"...\", value = 50 }", what);
        } else {
            Meter *m = &sc->meters[sc->meter_count++];
            m->id = strdup(id);
            field_check_keys(&c->r, -1, meter_keys, NULL, sc->line, what, "field");
            m->label = field_string(&c->r, -1, "label", sc->line, what, false);
            if (m->label == NULL)
                m->label = strdup(id);
            m->min = 0;
            m->max = 100;
            field_number(&c->r, -1, "min", sc->line, what, &m->min);
            field_number(&c->r, -1, "max", sc->line, what, &m->max);
            m->value = m->min;
            field_number(&c->r, -1, "value", sc->line, what, &m->value);
            m->order = LONG_MAX;
            field_integer(&c->r, -1, "order", sc->line, what, &m->order);
            char *better = field_string(&c->r, -1, "better", sc->line, what, false);
            if (better && strcmp(better, "lower") != 0 && strcmp(better, "higher") != 0)
                diag_add(c->r.diags, DIAG_ERROR, c->r.path, sc->line, "bad-meter", NULL,
                         "%s: better must be \"higher\" or \"lower\", not \"%s\"", what, better);
            m->lower_is_better = better && strcmp(better, "lower") == 0;
            free(better);
            if (!(m->min < m->max))
                diag_add(c->r.diags, DIAG_ERROR, c->r.path, sc->line, "bad-meter", NULL,
                         "%s: min (%g) must be less than max (%g)", what, m->min, m->max);
            else if (m->value < m->min || m->value > m->max)
                diag_add(c->r.diags, DIAG_ERROR, c->r.path, sc->line, "bad-meter", NULL,
                         "%s: value %g is outside [%g, %g]", what, m->value, m->min, m->max);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);                   /* meters */
    diag_sort_since(c->r.diags, first_finding);
    qsort(sc->meters, (size_t)sc->meter_count, sizeof *sc->meters, compile_meter_order);
    c->meter_ids = calloc((size_t)sc->meter_count + 1, sizeof *c->meter_ids);
    for (int i = 0; i < sc->meter_count; i++)
        c->meter_ids[i] = sc->meters[i].id;
}

/* Reads `key` as a string or a function: a string is copied to *text, a function
 * becomes a registry ref in *fn. */
/* Returns the field's type as field_push does: LUA_TNIL when absent. */
static int compile_text_or_function(Compile *c, int t, const char *key, int line, const char *what,
                                    char **text, int *fn)
{
    *text = NULL;
    *fn = LUA_NOREF;
    int type = field_push(&c->r, t, key, line, what, 1 << LUA_TSTRING | 1 << LUA_TFUNCTION,
                          "a string or a function(s)");
    if (type == LUA_TSTRING) {
        *text = field_copy(&c->r, -1, line, what);
        lua_pop(c->L, 1);
    } else if (type == LUA_TFUNCTION) {
        *fn = compile_ref(c->L);
    }
    return type;
}

static void compile_weights(Compile *c, Choice *ch, int t, const char *what)
{
    const Framework *fw = c->sc->framework;
    lua_State *L = c->L;
    ch->weights = calloc((size_t)fw->competency_count + 1, 1);
    if (field_push(&c->r, t, "score", ch->line, what, 1 << LUA_TTABLE,
                   "a table of competency = weight") != LUA_TTABLE)
        return;
    field_check_keys(&c->r, -1, (const char *const *)framework_competency_ids(fw), NULL, ch->line, what,
                     "competency");
    for (int i = 0; i < fw->competency_count; i++) {
        lua_pushstring(L, fw->competencies[i].id);
        if (lua_rawget(L, -2) != LUA_TNIL) {
            int ok;
            lua_Integer w = lua_tointegerx(L, -1, &ok);
            if (!ok || lua_type(L, -1) != LUA_TNUMBER || w < SCENARIO_WEIGHT_MIN || w > SCENARIO_WEIGHT_MAX) {
                const char *quote = lua_type(L, -1) == LUA_TSTRING ? "\"" : "";
                lua_pushvalue(L, -1); /* lua_tostring converts in place: use a copy */
                const char *shown = lua_type(L, -1) == LUA_TNUMBER || lua_type(L, -1) == LUA_TSTRING
                                        ? lua_tostring(L, -1) : luaL_typename(L, -1);
                diag_add(c->r.diags, DIAG_ERROR, c->r.path, ch->line, "bad-weight", NULL,
                         "%s: the weight for '%s' must be a whole number from -3 to 3, not %s%s%s", what,
                         fw->competencies[i].id, quote, shown, quote);
                lua_pop(L, 1);
            } else {
                ch->weights[i] = (signed char)w;
                ch->weight_sum += (int)w;
            }
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);                   /* score */
}

static void compile_effects(Compile *c, Choice *ch, int t, const char *what)
{
    Scenario *sc = c->sc;
    lua_State *L = c->L;
    int type = field_push(&c->r, t, "effects", ch->line, what, 1 << LUA_TTABLE | 1 << LUA_TFUNCTION,
                          "a table of meter = change, or a function(s)");
    if (type == LUA_TFUNCTION) {
        ch->effects_fn = compile_ref(L);
        return;
    }
    if (type != LUA_TTABLE)
        return;
    field_check_keys(&c->r, -1, c->meter_ids, NULL, ch->line, what, "meter");
    ch->effects = calloc((size_t)sc->meter_count + 1, sizeof *ch->effects);
    for (int i = 0; i < sc->meter_count; i++) {
        lua_pushstring(L, sc->meters[i].id);
        int vtype = lua_rawget(L, -2);
        if (vtype == LUA_TNUMBER) {
            double delta = (double)lua_tonumber(L, -1);
            char shown[32];
            if (!field_number_in_range(delta))
                diag_add(c->r.diags, DIAG_ERROR, c->r.path, ch->line, "bad-number", NULL,
                         "%s: the effect on '%s' must be a number between -%g and %g, not %s", what,
                         sc->meters[i].id, FIELD_NUMBER_LIMIT, FIELD_NUMBER_LIMIT,
                         field_number_text(delta, shown, sizeof shown));
            else if (delta != 0)
                ch->effects[ch->effect_count++] = (Effect){i, delta};
        } else if (vtype != LUA_TNIL) {
            diag_add(c->r.diags, DIAG_ERROR, c->r.path, ch->line, "wrong-type", NULL,
                     "%s: the effect on '%s' must be a number (a change to add), not %s", what,
                     sc->meters[i].id, luaL_typename(L, -1));
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);                   /* effects */
}

/* A static next is kept as a name until every scene is known. */
static void compile_next(Compile *c, int t, int line, const char *what, int *next, int *next_fn,
                         char **next_name)
{
    *next = SCENARIO_NO_SCENE;
    *next_fn = LUA_NOREF;
    *next_name = NULL;
    int type = field_push(&c->r, t, "next", line, what, 1 << LUA_TSTRING | 1 << LUA_TFUNCTION,
                          "a scene id or a function(s) returning one");
    if (type == LUA_TSTRING) {
        *next_name = field_copy(&c->r, -1, line, what);
        lua_pop(c->L, 1);
    } else if (type == LUA_TFUNCTION) {
        *next_fn = compile_ref(c->L);
    }
}

static void compile_choice(Compile *c, Scene *scene, int position, char **next_name)
{
    lua_State *L = c->L;
    Choice *ch = &scene->choices[scene->choice_count++];
    ch->line = builder_line(L, -1);
    ch->when = ch->effects_fn = ch->next_fn = ch->text_fn = LUA_NOREF;
    char what[160];
    snprintf(what, sizeof what, "scene '%s', choice %d", scene->id, position);
    field_check_keys(&c->r, -1, choice_keys, NULL, ch->line, what, "field");
    ch->id = field_string(&c->r, -1, "id", ch->line, what, false);
    if (ch->id)
        snprintf(what, sizeof what, "scene '%s', choice '%s'", scene->id, ch->id);
    if (compile_text_or_function(c, -1, "text", ch->line, what, &ch->text, &ch->text_fn) == LUA_TNIL)
        diag_add(c->r.diags, DIAG_ERROR, c->r.path, ch->line, "missing-field", NULL, "%s: 'text' is missing", what);
    ch->feedback = field_string(&c->r, -1, "feedback", ch->line, what, false);
    if (field_push(&c->r, -1, "when", ch->line, what, 1 << LUA_TFUNCTION, "a function(s)") == LUA_TFUNCTION)
        ch->when = compile_ref(L);
    compile_weights(c, ch, -1, what);
    compile_effects(c, ch, -1, what);
    compile_next(c, -1, ch->line, what, &ch->next, &ch->next_fn, next_name);
    if (*next_name == NULL && ch->next_fn == LUA_NOREF)
        diag_add(c->r.diags, DIAG_ERROR, c->r.path, ch->line, "missing-field", NULL,
                 "%s: 'next' is missing; say which scene follows", what);
    for (int i = 0; ch->id && i < scene->choice_count - 1; i++)
        if (scene->choices[i].id && strcmp(scene->choices[i].id, ch->id) == 0)
            diag_add(c->r.diags, DIAG_ERROR, c->r.path, ch->line, "duplicate-choice", NULL,
                     "scene '%s': two choices have the id '%s' (the first is at line %d)",
                     scene->id, ch->id, scene->choices[i].line);
}

/* Names of static nexts, in the order compile_scene found them: [scene][0] is a
 * narration's, [scene][1 + i] choice i's. */
typedef struct {
    char **names;
    int count;
} NextNames;

static void compile_scene(Compile *c, Scene *scene, const SceneRecord *record, NextNames *nexts)
{
    lua_State *L = c->L;
    scene->line = record->line;
    scene->id = strdup(record->id);
    scene->next = SCENARIO_NO_SCENE;
    scene->next_fn = scene->text_fn = LUA_NOREF;
    char what[160];
    snprintf(what, sizeof what, "scene '%s'", scene->id);
    if (record->ref == LUA_NOREF) {
        diag_add(c->r.diags, DIAG_ERROR, c->r.path, scene->line, "empty-scene", NULL,
                 "%s has no table: write scene \"%s\" { text = ..., choice { ... } }", what, scene->id);
        return;
    }
    lua_rawgeti(L, LUA_REGISTRYINDEX, record->ref);
    int t = lua_gettop(L);
    field_check_keys(&c->r, t, scene_keys, "choice { }", scene->line, what, "field");
    scene->title = field_string(&c->r, t, "title", scene->line, what, false);
    scene->speaker = field_string(&c->r, t, "speaker", scene->line, what, false);
    scene->notes = field_string(&c->r, t, "notes", scene->line, what, false);
    scene->ending = field_string(&c->r, t, "ending", scene->line, what, false);
    compile_text_or_function(c, t, "text", scene->line, what, &scene->text, &scene->text_fn);
    nexts->names = calloc((size_t)lua_rawlen(L, t) + 2, sizeof *nexts->names);
    nexts->count = 1;
    compile_next(c, t, scene->line, what, &scene->next, &scene->next_fn, &nexts->names[0]);

    int n = (int)lua_rawlen(L, t);
    scene->choices = calloc((size_t)n + 1, sizeof *scene->choices);
    for (int i = 1; i <= n; i++) {
        lua_rawgeti(L, t, i);
        if (lua_type(L, -1) != LUA_TTABLE || builder_line(L, -1) == 0)
            diag_add(c->r.diags, DIAG_ERROR, c->r.path, scene->line, "not-a-choice", NULL,
                     "%s: item %d is not a choice { } (write choice { text = ..., next = ... })", what, i);
        else
            compile_choice(c, scene, i, &nexts->names[nexts->count++]);
        lua_pop(L, 1);
    }
    if (n > SCENARIO_MAX_CHOICES)
        diag_add(c->r.diags, DIAG_ERROR, c->r.path, scene->line, "too-many-choices", NULL,
                 "%s has %d choices; at most %d fit on screen", what, n, SCENARIO_MAX_CHOICES);

    bool has_next = nexts->names[0] != NULL || scene->next_fn != LUA_NOREF;
    int kinds = (n > 0) + has_next + (scene->ending != NULL);
    if (kinds == 0)
        diag_add(c->r.diags, DIAG_ERROR, c->r.path, scene->line, "dead-end", NULL,
                 "%s has no choices, no next and no ending; a player would be stuck here", what);
    else if (kinds > 1)
        diag_add(c->r.diags, DIAG_ERROR, c->r.path, scene->line, "mixed-scene", NULL,
                 "%s has %s; a scene is either a decision (choices), a narration (next) or an ending",
                 what, n > 0 && has_next ? "both choices and next"
                       : n > 0 ? "both choices and an ending" : "both next and an ending");
    scene->kind = n > 0 ? SCENE_DECISION : scene->ending ? SCENE_ENDING : SCENE_NARRATION;
    lua_pop(L, 1);                   /* scene table */
}

/* Sorts the compiled scenes by id for compile_find_scene. */
static void compile_index_scenes(Compile *c)
{
    int n = c->sc->scene_count;
    c->scene_order = malloc(((size_t)n + 1) * sizeof *c->scene_order);
    if (c->scene_order == NULL)
        return;                      /* compile_find_scene searches in order instead */
    for (int i = 0; i < n; i++)
        c->scene_order[i] = (IdIndex){c->sc->scenes[i].id, i};
    qsort(c->scene_order, (size_t)n, sizeof *c->scene_order, compile_id_order);
}

/* The scene with this id, by binary search once the scenes are sorted; -1 when none. */
static int compile_find_scene(const Compile *c, const char *name)
{
    if (c->scene_order == NULL)
        return scenario_scene(c->sc, name);
    size_t lo = 0, hi = (size_t)c->sc->scene_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(c->scene_order[mid].id, name) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < (size_t)c->sc->scene_count && strcmp(c->scene_order[lo].id, name) == 0
               ? c->scene_order[lo].index : -1;
}

static int compile_resolve(Compile *c, const char *name, int line, const char *what)
{
    int index = compile_find_scene(c, name);
    if (index < 0) {
        char hint[160];
        diag_add(c->r.diags, DIAG_ERROR, c->r.path, line, "unknown-scene",
                 diag_did_you_mean(hint, sizeof hint, name, c->scene_ids, c->sc->scene_count),
                 "%s: next names '%s', which is not a scene", what, name);
    }
    return index;
}

static void compile_framework(Compile *c, int t)
{
    Scenario *sc = c->sc;
    char *id = field_string(&c->r, t, "framework", sc->line, "scenario", false);
    if (id == NULL)
        id = strdup("public_sector_leadership");
    char path[4096];
    if (!paths_is_id(id)) {
        diag_add(c->r.diags, DIAG_ERROR, c->r.path, sc->line, "bad-framework", NULL,
                 "scenario: framework '%.*s%s' is not a framework id; ids use only a-z, 0-9, '_' and '-' "
                 "(at most %d), like \"public_sector_leadership\"", PATHS_ID_MAX, id,
                 strlen(id) > PATHS_ID_MAX ? "..." : "", PATHS_ID_MAX);
    } else if (!paths_framework_file(sc->path, id, path, sizeof path)) {
        diag_add(c->r.diags, DIAG_ERROR, c->r.path, sc->line, "unknown-framework", NULL,
                 "scenario: framework '%s' not found (looked for scripts/frameworks/%s.lua)", id, id);
    } else {
        sc->framework = framework_load(path, c->r.diags);
        if (sc->framework == NULL)
            diag_add(c->r.diags, DIAG_ERROR, c->r.path, sc->line, "bad-framework", NULL,
                     "scenario: framework '%s' (%s) has errors", id, path);
    }
    free(id);
}

/* Resolves every next given by name, once all the scenes are known. */
static void compile_nexts(Compile *c, NextNames *nexts)
{
    Scenario *sc = c->sc;
    for (int i = 0; i < sc->scene_count; i++) {
        Scene *scene = &sc->scenes[i];
        char what[160];
        snprintf(what, sizeof what, "scene '%s'", scene->id);
        if (nexts[i].names && nexts[i].names[0])
            scene->next = compile_resolve(c, nexts[i].names[0], scene->line, what);
        for (int k = 0; k < scene->choice_count; k++) {
            Choice *ch = &scene->choices[k];
            char *name = nexts[i].names[k + 1];
            if (name == NULL)
                continue;
            snprintf(what, sizeof what, "scene '%s', choice %d", scene->id, k + 1);
            ch->next = compile_resolve(c, name, ch->line, what);
        }
        for (int k = 0; nexts[i].names && k < nexts[i].count; k++)
            free(nexts[i].names[k]);
        free(nexts[i].names);
    }
}

static void compile_scenario(Compile *c, ScenarioLoad *load)
{
    Scenario *sc = c->sc;
    lua_State *L = c->L;
    lua_rawgeti(L, LUA_REGISTRYINDEX, load->scenario_ref);
    int t = lua_gettop(L);
    field_check_keys(&c->r, t, scenario_keys, NULL, sc->line, "scenario", "field");
    sc->id = field_string(&c->r, t, "id", sc->line, "scenario", true);
    if (sc->id && !scenario_valid_id(sc->id))
        diag_add(c->r.diags, DIAG_ERROR, c->r.path, sc->line, "bad-id", NULL,
                 "scenario: id '%s' may use only a-z, 0-9 and -", sc->id);
    sc->title = field_string(&c->r, t, "title", sc->line, "scenario", true);
    sc->role = field_string(&c->r, t, "role", sc->line, "scenario", false);
    sc->summary = field_string(&c->r, t, "summary", sc->line, "scenario", false);
    sc->closing = field_string(&c->r, t, "closing", sc->line, "scenario", false);
    if (field_integer(&c->r, t, "minutes", sc->line, "scenario", &sc->minutes) && sc->minutes <= 0)
        diag_add(c->r.diags, DIAG_ERROR, c->r.path, sc->line, "bad-minutes", NULL,
                 "scenario: minutes must be more than 0");
    sc->reflection_count = field_string_list(&c->r, t, "reflection", sc->line, "scenario", &sc->reflection);
    char *start = field_string(&c->r, t, "start", sc->line, "scenario", true);
    compile_framework(c, t);
    compile_meters(c, t);
    lua_pop(L, 1);                   /* scenario table */
    if (sc->framework == NULL) {
        free(start);
        return;                      /* scores cannot be checked without it */
    }

    sc->scenes = calloc((size_t)load->scene_count + 1, sizeof *sc->scenes);
    NextNames *nexts = calloc((size_t)load->scene_count + 1, sizeof *nexts);
    c->scene_ids = calloc((size_t)load->scene_count + 1, sizeof *c->scene_ids);
    int *first_of = compile_first_of(load);
    for (int i = 0; i < load->scene_count; i++) {
        const SceneRecord *record = &load->scenes[i];
        if (first_of && first_of[i] >= 0) {
            diag_add(c->r.diags, DIAG_ERROR, c->r.path, record->line, "duplicate-scene", NULL,
                     "scene '%s' is defined twice (first at line %d)", record->id,
                     load->scenes[first_of[i]].line);
            continue;
        }
        Scene *scene = &sc->scenes[sc->scene_count];
        compile_scene(c, scene, record, &nexts[sc->scene_count]);
        c->scene_ids[sc->scene_count] = scene->id;
        sc->scene_count++;
    }
    free(first_of);
    compile_index_scenes(c);
    if (sc->scene_count == 0)
        diag_add(c->r.diags, DIAG_ERROR, c->r.path, sc->line, "no-scenes", NULL,
                 "the scenario has no scenes; add scene \"%s\" { ... }", start ? start : "start");

    compile_nexts(c, nexts);
    free(nexts);

    if (start) {
        sc->start = scenario_scene(sc, start);
        if (sc->start < 0 && sc->scene_count > 0) {
            char hint[160];
            diag_add(c->r.diags, DIAG_ERROR, c->r.path, sc->line, "unknown-start",
                     diag_did_you_mean(hint, sizeof hint, start, c->scene_ids, sc->scene_count),
                     "scenario: start names '%s', which is not a scene", start);
        }
    }
    free(start);
}

typedef struct {
    Compile *c;
    ScenarioLoad *load;
} CompileJob;

/* compile_scenario under sandbox_protect: reading a full scenario can run out of memory. */
static int compile_protected(lua_State *L)
{
    CompileJob *job = lua_touserdata(L, 1);
    compile_scenario(job->c, job->load);
    return 0;
}

/* Tables the playthrough uses to go from names to indexes quickly. */
static int compile_lookup_tables(lua_State *L)
{
    Scenario *sc = lua_touserdata(L, 1);
    lua_createtable(L, 0, sc->scene_count);
    for (int i = 0; i < sc->scene_count; i++) {
        lua_pushinteger(L, i);
        lua_setfield(L, -2, sc->scenes[i].id);
    }
    sc->refs.scene_index = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_createtable(L, sc->scene_count, 0);
    for (int i = 0; i < sc->scene_count; i++) {
        lua_pushstring(L, sc->scenes[i].id);
        lua_rawseti(L, -2, i + 1);
    }
    sc->refs.scene_names = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_createtable(L, sc->meter_count, 0);
    for (int i = 0; i < sc->meter_count; i++) {
        lua_pushstring(L, sc->meters[i].id);
        lua_rawseti(L, -2, i + 1);
    }
    sc->refs.meter_names = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

/* Lookups from names to indexes, for the playthrough; 0, or -1 out of memory. */
static int compile_lookups(Scenario *sc)
{
    if (sandbox_protect(sc->sandbox, compile_lookup_tables, sc) != 0)
        return -1;
    sc->scene_ids = calloc((size_t)sc->scene_count + 1, sizeof *sc->scene_ids);
    if (sc->scene_ids == NULL)
        return -1;
    for (int i = 0; i < sc->scene_count; i++)
        sc->scene_ids[i] = sc->scenes[i].id;
    int n = sc->framework->competency_count;
    for (int i = 0; i < sc->scene_count; i++) {
        Scene *scene = &sc->scenes[i];
        scene->touched = calloc((size_t)n + 1, sizeof *scene->touched);
        if (scene->touched == NULL)
            return -1;
        for (int c = 0; c < n; c++)
            for (int k = 0; k < scene->choice_count; k++)
                if (scene->choices[k].weights[c] != 0) {
                    scene->touched[scene->touched_count++] = c;
                    break;
                }
    }
    return 0;
}

/* ---- loading ----------------------------------------------------------------------- */

/* The builders share their state as a userdata upvalue, so it lives exactly as
 * long as they do: a scenario calling scene() from a callback later finds
 * loading == false, never a dangling pointer. */
static int scenario_register_builders(lua_State *L)
{
    ScenarioLoad **out = lua_touserdata(L, 1);
    static const luaL_Reg builders[] = {
        {"scenario", scenario_builder},
        {"scene", scenario_scene_builder},
        {"choice", scenario_choice_builder},
        {NULL, NULL},
    };
    lua_pushglobaltable(L);
    ScenarioLoad *load = lua_newuserdatauv(L, sizeof *load, 0);
    *load = (ScenarioLoad){true, LUA_NOREF, 0, NULL, 0, 0};
    luaL_setfuncs(L, builders, 1);       /* pops the userdata */
    lua_pop(L, 1);                       /* globals */
    *out = load;
    return 0;
}

Scenario *scenario_load(const char *path, DiagList *diags)
{
    DiagList local = {0};
    DiagList *out = diags ? diags : &local;
    int errors_before = out->errors;
    Scenario *sc = calloc(1, sizeof *sc);
    if (sc == NULL)
        return NULL;
    sc->path = strdup(path);
    sc->start = -1;
    sc->refs.scene_index = sc->refs.meter_names = sc->refs.scene_names = LUA_NOREF;
    sc->sandbox = sandbox_new(path);
    if (sc->sandbox == NULL) {
        diag_add(out, DIAG_ERROR, path, 0, "out-of-memory", NULL, "out of memory");
        scenario_free(sc);
        return NULL;
    }
    lua_State *L = sandbox_lua(sc->sandbox);
    ScenarioLoad *load = NULL;
    if (sandbox_protect(sc->sandbox, scenario_register_builders, &load) != 0) {
        diag_add(out, DIAG_ERROR, path, 0, "out-of-memory", NULL, "out of memory");
        diag_list_free(&local);
        scenario_free(sc);
        return NULL;
    }

    if (sandbox_run_file(sc->sandbox) != 0) {
        diag_add(out, DIAG_ERROR, path, sandbox_error_line(sc->sandbox), "lua-error", NULL, "%s",
                 sandbox_error_message(sc->sandbox));
    } else if (load->scenario_ref == LUA_NOREF) {
        diag_add(out, DIAG_ERROR, path, 0, "no-scenario", NULL,
                 "no scenario { } found; a scenario file starts with scenario { id = ..., start = ... }");
    } else {
        load->loading = false;
        sc->line = load->scenario_line;
        Compile c = {sc, {L, path, out}, L, NULL, NULL, NULL};
        CompileJob job = {&c, load};
        if (sandbox_protect(sc->sandbox, compile_protected, &job) != 0)
            diag_add(out, DIAG_ERROR, path, sc->line, "out-of-memory", NULL, "%s",
                     sandbox_error_message(sc->sandbox));
        free(c.scene_order);
        free(c.scene_ids);
        free(c.meter_ids);
    }
    load->loading = false;
    for (int i = 0; i < load->scene_count; i++)
        free(load->scenes[i].id);
    free(load->scenes);
    load->scenes = NULL;
    load->scene_count = 0;

    if (out->errors == errors_before && compile_lookups(sc) != 0)
        diag_add(out, DIAG_ERROR, path, sc->line, "out-of-memory", NULL,
                 "out of memory: leadsim cannot index this scenario's scenes within the %u MB a scenario may "
                 "use; make it smaller", SANDBOX_MEMORY_LIMIT >> 20);
    bool failed = out->errors > errors_before;
    diag_list_free(&local);
    if (failed) {
        scenario_free(sc);
        return NULL;
    }
    return sc;
}

void scenario_free(Scenario *sc)
{
    if (sc == NULL)
        return;
    for (int i = 0; i < sc->scene_count; i++) {
        Scene *s = &sc->scenes[i];
        for (int k = 0; k < s->choice_count; k++) {
            Choice *ch = &s->choices[k];
            free(ch->id);
            free(ch->text);
            free(ch->feedback);
            free(ch->effects);
            free(ch->weights);
        }
        free(s->choices);
        free(s->touched);
        free(s->id);
        free(s->title);
        free(s->speaker);
        free(s->notes);
        free(s->text);
        free(s->ending);
    }
    free(sc->scenes);
    free(sc->scene_ids);
    for (int i = 0; i < sc->meter_count; i++) {
        free(sc->meters[i].id);
        free(sc->meters[i].label);
    }
    free(sc->meters);
    for (int i = 0; i < sc->reflection_count; i++)
        free(sc->reflection[i]);
    free(sc->reflection);
    framework_free(sc->framework);
    sandbox_free(sc->sandbox);
    free(sc->path);
    free(sc->id);
    free(sc->title);
    free(sc->role);
    free(sc->summary);
    free(sc->closing);
    free(sc);
}

int scenario_scene(const Scenario *sc, const char *id)
{
    for (int i = 0; i < sc->scene_count; i++)
        if (strcmp(sc->scenes[i].id, id) == 0)
            return i;
    return -1;
}

int scenario_meter(const Scenario *sc, const char *id)
{
    for (int i = 0; i < sc->meter_count; i++)
        if (strcmp(sc->meters[i].id, id) == 0)
            return i;
    return -1;
}

const char *scenario_choice_name(const Choice *c, int position, char *buf, size_t size)
{
    if (c->id)
        return c->id;
    snprintf(buf, size, "#%d", position);
    return buf;
}

int scenario_strongest(const Scene *scene)
{
    int strongest = 0;
    for (int k = 1; k < scene->choice_count; k++)
        if (scene->choices[k].weight_sum > scene->choices[strongest].weight_sum)
            strongest = k;
    return strongest;
}

bool scenario_close_call(const Scene *scene, int strongest, int k, int competency_count)
{
    const Choice *a = &scene->choices[k], *b = &scene->choices[strongest];
    if (k == strongest || a->weight_sum < b->weight_sum - SCENARIO_CLOSE)
        return false;
    for (int c = 0; c < competency_count; c++)
        if (a->weights[c] > b->weights[c])
            return true;
    return false;
}
