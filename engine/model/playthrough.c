/* playthrough: the state s, scene entry, choices, effects and next.
 *
 * The state table s is the one truth about meters while scenario code runs; the
 * C copy in p->meters is refreshed (and clamped) after effects and whenever
 * scenario code may have changed it. Every access to s is raw, so a scenario's
 * metatables never run outside the sandbox's budget. */
#include "playthrough.h"
#include "sandbox.h"

#include <lauxlib.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static lua_State *play_lua(const Playthrough *p) { return sandbox_lua(p->scenario->sandbox); }

static int play_fail(Playthrough *p, int line, const char *fmt, ...)
{
    char message[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    const char *scene = p->scene >= 0 ? p->scenario->scenes[p->scene].id : "?";
    p->error_line = line;
    if (line > 0)
        snprintf(p->error, sizeof p->error, "%s:%d: in scene '%s', %s", p->scenario->path, line, scene, message);
    else
        snprintf(p->error, sizeof p->error, "%s: in scene '%s', %s", p->scenario->path, scene, message);
    p->status = PLAY_FAILED;
    return -1;
}

/* A step that the player asked for but that is not possible now. */
static int play_refuse(Playthrough *p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(p->error, sizeof p->error, fmt, ap);
    va_end(ap);
    return -1;
}

/* Which scenario function ran, for messages. Formatted only when something fails. */
typedef enum { PART_TEXT, PART_WHEN, PART_EFFECTS, PART_NEXT, PART_CODE, PART_CHOICE_TEXT } PlayPart;

static const char *play_part(PlayPart part, int choice, char *buf, size_t size)
{
    static const char *const names[] = {"the text function", "the when of choice %d",
                                        "the effects of choice %d", "the next of choice %d",
                                        "scenario code", "the text of choice %d"};
    if (part == PART_NEXT && choice == 0)
        return "next";
    snprintf(buf, size, names[part], choice);
    return buf;
}

/* Calls the function `ref` with s; leaves its one result on the stack. `line`
 * is the fallback when the error has none. */
static int play_call(Playthrough *p, int ref, PlayPart part, int choice, int line)
{
    lua_State *L = play_lua(p);
    p->dirty = true;
    lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
    lua_rawgeti(L, LUA_REGISTRYINDEX, p->refs.state);
    if (sandbox_call(p->scenario->sandbox, 1, 1) != 0) {
        Sandbox *sb = p->scenario->sandbox;
        char name[64];
        int where = sandbox_error_line(sb) ? sandbox_error_line(sb) : line;
        return play_fail(p, where, "%s failed: %s", play_part(part, choice, name, sizeof name),
                         sandbox_error_message(sb));
    }
    return 0;
}

/* Reads every meter from s, clamps it, writes it back when clamping changed it. */
static int play_sync_meters(Playthrough *p, int line, PlayPart part, int choice)
{
    const Scenario *sc = p->scenario;
    lua_State *L = play_lua(p);
    lua_rawgeti(L, LUA_REGISTRYINDEX, p->refs.state);
    lua_rawgeti(L, LUA_REGISTRYINDEX, sc->refs.meter_names);
    for (int m = 0; m < sc->meter_count; m++) {
        lua_rawgeti(L, -1, m + 1);           /* name */
        lua_pushvalue(L, -1);
        if (lua_rawget(L, -4) != LUA_TNUMBER) {
            const char *type = luaL_typename(L, -1);
            char name[64];
            lua_pop(L, 4);
            return play_fail(p, line, "%s left meter '%s' as %s; meters must stay numbers",
                             play_part(part, choice, name, sizeof name), sc->meters[m].id, type);
        }
        double value = (double)lua_tonumber(L, -1);
        if (value != value) {                /* NaN: no clamp can place it */
            char name[64];
            lua_pop(L, 4);
            return play_fail(p, line, "%s left meter '%s' as NaN (not a number); meters must stay numbers",
                             play_part(part, choice, name, sizeof name), sc->meters[m].id);
        }
        double clamped = value < sc->meters[m].min ? sc->meters[m].min
                       : value > sc->meters[m].max ? sc->meters[m].max : value;
        lua_pop(L, 1);                       /* value */
        if (clamped != value) {
            if (clamped == (double)(lua_Integer)clamped)
                lua_pushinteger(L, (lua_Integer)clamped); /* bounds are whole: keep integers */
            else
                lua_pushnumber(L, (lua_Number)clamped);
            lua_rawset(L, -4);               /* s[name] = clamped; pops name */
        } else {
            lua_pop(L, 1);                   /* name */
        }
        p->meters[m] = clamped;
    }
    lua_pop(L, 2);                           /* names, s */
    p->dirty = false;
    return 0;
}

/* Steps 3 and 4 of entering a scene: which choices are shown, and their texts. */
static int play_show_choices(Playthrough *p, const Scene *scene)
{
    lua_State *L = play_lua(p);
    /* 3. the choices on screen */
    p->shown_count = 0;
    for (int i = 0; i < scene->choice_count; i++) {
        const Choice *ch = &scene->choices[i];
        if (ch->when != SCRIPT_NONE) {
            if (play_call(p, ch->when, PART_WHEN, i + 1, ch->line) != 0)
                return -1;
            int show = lua_toboolean(L, -1);
            lua_pop(L, 1);
            if (!show)
                continue;
        }
        p->shown[p->shown_count++] = i;
    }
    if (scene->kind == SCENE_DECISION && p->shown_count == 0)
        return play_fail(p, scene->line, "every choice is hidden by its when; at least one must be shown");
    /* 4. the text of the choices shown, for those that compute it */
    for (int i = 0; i < p->shown_count; i++) {
        const Choice *ch = &scene->choices[p->shown[i]];
        p->shown_text[i] = ch->text;
        if (ch->text_fn == SCRIPT_NONE)
            continue;
        if (play_call(p, ch->text_fn, PART_CHOICE_TEXT, p->shown[i] + 1, ch->line) != 0)
            return -1;
        if (lua_type(L, -1) != LUA_TSTRING) {
            const char *type = luaL_typename(L, -1);
            lua_pop(L, 1);
            return play_fail(p, ch->line, "the text of choice %d returned %s, not a string", p->shown[i] + 1, type);
        }
        p->shown_text[i] = lua_tostring(L, -1);
        lua_rawgeti(L, LUA_REGISTRYINDEX, p->refs.choice_texts);
        lua_insert(L, -2);
        lua_rawseti(L, -2, i + 1);         /* keeps the string alive until the next screen */
        lua_pop(L, 1);
    }
    return 0;
}

/* s.visits[id] = count, protected: the scenario may have grown visits to its cap. */
static int play_count_visit(lua_State *L)
{
    Playthrough *p = lua_touserdata(L, 1);
    lua_rawgeti(L, LUA_REGISTRYINDEX, p->refs.visits);
    lua_rawgeti(L, LUA_REGISTRYINDEX, p->scenario->refs.scene_names);
    lua_rawgeti(L, -1, p->scene + 1);        /* the id, already a Lua string */
    lua_remove(L, -2);
    lua_pushinteger(L, p->visits[p->scene]);
    lua_rawset(L, -3);
    return 0;
}

static int play_enter(Playthrough *p, int index)
{
    const Scenario *sc = p->scenario;
    lua_State *L = play_lua(p);
    const Scene *scene = &sc->scenes[index];
    if (p->path_count >= PLAY_MAX_STEPS)
        return play_fail(p, scene->line, "%d scenes were entered without reaching an ending; "
                         "is there a loop with no way out?", PLAY_MAX_STEPS);
    if (p->path_count == p->path_capacity) {
        int capacity = p->path_capacity * 2;
        int *grown = realloc(p->path, (size_t)capacity * sizeof *grown);
        if (grown == NULL)
            return play_fail(p, 0, "out of memory");
        p->path = grown;
        p->path_capacity = capacity;
    }
    p->scene = index;
    p->path[p->path_count++] = index;

    /* 1. the visit */
    ++p->visits[index];
    if (sandbox_protect(sc->sandbox, play_count_visit, p) != 0)
        return play_fail(p, scene->line, "%s", sandbox_error_message(sc->sandbox));

    /* 2. the text */
    p->text = scene->text;
    if (scene->text_fn != SCRIPT_NONE) {
        if (play_call(p, scene->text_fn, PART_TEXT, 0, scene->line) != 0)
            return -1;
        if (lua_type(L, -1) != LUA_TSTRING) {
            const char *type = luaL_typename(L, -1);
            lua_pop(L, 1);
            return play_fail(p, scene->line, "the text function returned %s, not a string", type);
        }
        p->text = lua_tostring(L, -1);
        lua_rawseti(L, LUA_REGISTRYINDEX, p->refs.text); /* keeps the string alive */
    }

    if (play_show_choices(p, scene) != 0)
        return -1;
    if (p->dirty && play_sync_meters(p, scene->line, PART_CODE, 0) != 0)
        return -1;
    if (scene->kind == SCENE_ENDING)
        p->status = PLAY_ENDED;
    return 0;
}

/* Resolves a next given as a scene index or a function ref, then enters it.
 * `choice` is the position of the choice it belongs to, 0 for a narration. */
static int play_follow(Playthrough *p, int next, int next_fn, int line, int choice)
{
    if (next_fn != SCRIPT_NONE) {
        lua_State *L = play_lua(p);
        char part[64];
        if (play_call(p, next_fn, PART_NEXT, choice, line) != 0)
            return -1;
        if (lua_type(L, -1) != LUA_TSTRING) {
            const char *type = luaL_typename(L, -1);
            lua_pop(L, 1);
            return play_fail(p, line, "%s returned %s; it must return a scene id",
                             play_part(PART_NEXT, choice, part, sizeof part), type);
        }
        lua_rawgeti(L, LUA_REGISTRYINDEX, p->scenario->refs.scene_index);
        lua_pushvalue(L, -2);
        if (lua_rawget(L, -2) != LUA_TNUMBER) {
            const char *name = lua_tostring(L, -3);
            const char *close = diag_suggest(name, p->scenario->scene_ids, p->scenario->scene_count);
            play_fail(p, line, "%s returned '%s', which is not a scene%s%s%s",
                      play_part(PART_NEXT, choice, part, sizeof part), name,
                      close ? " (did you mean '" : "", close ? close : "", close ? "'?)" : "");
            lua_pop(L, 3);
            return -1;
        }
        next = (int)lua_tointeger(L, -1);
        lua_pop(L, 3);                       /* index, lookup table, name */
        /* The next scene's text and whens must see the meters in range. */
        if (p->dirty && play_sync_meters(p, line, PART_NEXT, choice) != 0)
            return -1;
    }
    if (choice > 0)                          /* what the choice did, its next included; the scene is next */
        memcpy(p->meters_chosen, p->meters, (size_t)p->scenario->meter_count * sizeof *p->meters);
    return play_enter(p, next);
}

/* The registry slots a playthrough keeps its values in (run protected: a full
 * scenario makes this fail with an error, not an abort). */
static int play_make_refs(lua_State *L)
{
    Playthrough *p = lua_touserdata(L, 1);
    lua_pushboolean(L, 0);
    p->refs.state = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_pushboolean(L, 0);
    p->refs.visits = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_pushboolean(L, 0);
    p->refs.text = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_createtable(L, SCENARIO_MAX_CHOICES, 0);
    p->refs.choice_texts = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

int play_init(Playthrough *p, const Scenario *sc)
{
    memset(p, 0, sizeof *p);
    p->scenario = sc;
    p->scene = -1;
    int n = sc->framework->competency_count;
    p->meters = calloc((size_t)sc->meter_count + 1, sizeof *p->meters);
    p->meters_before = calloc((size_t)sc->meter_count + 1, sizeof *p->meters_before);
    p->meters_chosen = calloc((size_t)sc->meter_count + 1, sizeof *p->meters_chosen);
    p->earned = calloc((size_t)n * 4 + 1, sizeof *p->earned);
    p->visits = calloc((size_t)sc->scene_count + 1, sizeof *p->visits);
    p->path_capacity = 64;
    p->path = malloc((size_t)p->path_capacity * sizeof *p->path);
    p->decision_capacity = 32;
    p->decisions = malloc((size_t)p->decision_capacity * sizeof *p->decisions);
    if (!p->meters || !p->meters_before || !p->meters_chosen || !p->earned || !p->visits || !p->path || !p->decisions) {
        play_free(p);
        return -1;
    }
    p->best = p->earned + n;
    p->worst = p->best + n;
    p->tested = p->worst + n;
    if (sandbox_protect(p->scenario->sandbox, play_make_refs, p) != 0) {
        play_free(p);
        return -1;
    }
    return 0;
}

/* Bytes of a decision's copies, which count against the scenario's memory cap. */
static size_t play_copies_size(const PlayDecision *d)
{
    return strlen(d->text) + strlen(d->strongest_text) + 2;
}

static void play_forget_decisions(Playthrough *p)
{
    for (int i = 0; i < p->decision_count; i++)
        if (p->decisions[i].owned) {
            sandbox_release(play_lua(p), play_copies_size(&p->decisions[i]));
            free((char *)p->decisions[i].text);
            free((char *)p->decisions[i].strongest_text);
        }
    p->decision_count = 0;
}

void play_free(Playthrough *p)
{
    if (p->scenario && p->refs.state) {
        lua_State *L = play_lua(p);
        luaL_unref(L, LUA_REGISTRYINDEX, p->refs.state);
        luaL_unref(L, LUA_REGISTRYINDEX, p->refs.visits);
        luaL_unref(L, LUA_REGISTRYINDEX, p->refs.text);
        luaL_unref(L, LUA_REGISTRYINDEX, p->refs.choice_texts);
    }
    if (p->decisions)
        play_forget_decisions(p);
    free(p->meters);
    free(p->meters_before);
    free(p->meters_chosen);
    free(p->earned);
    free(p->visits);
    free(p->path);
    free(p->decisions);
    memset(p, 0, sizeof *p);
}

static int play_build_state(lua_State *L);

int play_start(Playthrough *p, uint64_t seed)
{
    const Scenario *sc = p->scenario;
    int n = sc->framework->competency_count;
    memset(p->earned, 0, (size_t)n * 4 * sizeof *p->earned);
    memset(p->visits, 0, (size_t)sc->scene_count * sizeof *p->visits);
    p->status = PLAY_RUNNING;
    p->seed = seed;
    p->scene = -1;
    p->text = NULL;
    p->shown_count = 0;
    p->path_count = 0;
    play_forget_decisions(p);
    p->error[0] = '\0';
    p->error_line = 0;
    sandbox_seed(sc->sandbox, seed);
    sandbox_set_total_budget(sc->sandbox, SANDBOX_TOTAL_PLAYTHROUGH, SANDBOX_PLAYTHROUGH_BUDGET);
    /* Built protected: the last playthrough's s may still be held, and the
     * scenario may be at its memory cap. */
    if (sandbox_protect(sc->sandbox, play_build_state, p) != 0)
        return play_fail(p, 0, "%s", sandbox_error_message(sc->sandbox));
    p->dirty = false;
    return play_enter(p, sc->start);
}

/* s = { <meters>, visits = {}, random = <deterministic> }, in the registry. */
static int play_build_state(lua_State *L)
{
    Playthrough *p = lua_touserdata(L, 1);
    const Scenario *sc = p->scenario;
    lua_createtable(L, 0, sc->meter_count + 2);
    lua_rawgeti(L, LUA_REGISTRYINDEX, sc->refs.meter_names);
    for (int m = 0; m < sc->meter_count; m++) {
        lua_rawgeti(L, -1, m + 1);
        lua_pushnumber(L, (lua_Number)sc->meters[m].value);
        if (sc->meters[m].value == (double)(lua_Integer)sc->meters[m].value) {
            lua_pop(L, 1);
            lua_pushinteger(L, (lua_Integer)sc->meters[m].value); /* keep whole numbers integers */
        }
        lua_rawset(L, -4);
        p->meters[m] = p->meters_before[m] = p->meters_chosen[m] = sc->meters[m].value;
    }
    lua_pop(L, 1);                           /* names */
    lua_newtable(L);
    lua_pushvalue(L, -1);
    lua_rawseti(L, LUA_REGISTRYINDEX, p->refs.visits);
    lua_setfield(L, -2, "visits");
    sandbox_push_random(sc->sandbox);
    lua_setfield(L, -2, "random");
    lua_rawseti(L, LUA_REGISTRYINDEX, p->refs.state);
    return 0;
}

static int play_record_decision(Playthrough *p, const Scene *scene, int chosen, int number)
{
    if (p->decision_count == p->decision_capacity) {
        int capacity = p->decision_capacity * 2;
        PlayDecision *grown = realloc(p->decisions, (size_t)capacity * sizeof *grown);
        if (grown == NULL)
            return play_fail(p, 0, "out of memory");
        p->decisions = grown;
        p->decision_capacity = capacity;
    }
    int strongest = play_strongest(p) - 1;
    /* Texts a function gave live only until the next screen: keep copies. */
    const char *text = p->shown_text[number - 1], *strongest_text = p->shown_text[strongest];
    bool owned = scene->choices[chosen].text_fn != SCRIPT_NONE || scene->choices[p->shown[strongest]].text_fn != SCRIPT_NONE;
    if (owned) {
        if (sandbox_hold(play_lua(p), strlen(text) + strlen(strongest_text) + 2) != 0)
            return play_fail(p, scene->line, "out of memory: the texts of the choices made so far need more "
                             "than the %u MB a scenario may use", SANDBOX_MEMORY_LIMIT >> 20);
        text = strdup(text);
        strongest_text = strdup(strongest_text);
    }
    unsigned shown = 0;
    for (int i = 0; i < p->shown_count; i++)
        shown |= 1u << p->shown[i];
    p->decisions[p->decision_count++] = (PlayDecision){
        p->scene, chosen, number, p->shown[strongest], strongest + 1, text, strongest_text, owned, shown};

    /* Scoring counts only what this decision tested, among the choices on screen. */
    const signed char *picked = scene->choices[chosen].weights;
    for (int k = 0; k < scene->touched_count; k++) { /* other competencies weigh 0 throughout */
        int c = scene->touched[k];
        int high = -128, low = 127;
        for (int i = 0; i < p->shown_count; i++) {
            int w = scene->choices[p->shown[i]].weights[c];
            if (w > high) high = w;
            if (w < low) low = w;
        }
        p->earned[c] += picked[c];
        p->best[c] += high;
        p->worst[c] += low;
        p->tested[c] += high != low;
    }
    return 0;
}

int play_choose(Playthrough *p, int number)
{
    if (p->status != PLAY_RUNNING)
        return play_refuse(p, "the playthrough is over");
    const Scenario *sc = p->scenario;
    const Scene *scene = &sc->scenes[p->scene];
    if (scene->kind != SCENE_DECISION)
        return play_refuse(p, "scene '%s' is not a decision", scene->id);
    if (number < 1 || number > p->shown_count)
        return play_refuse(p, "scene '%s' shows choices 1-%d, not %d", scene->id, p->shown_count, number);
    int chosen = p->shown[number - 1];
    const Choice *ch = &scene->choices[chosen];
    if (play_record_decision(p, scene, chosen, number) != 0)
        return -1;
    memcpy(p->meters_before, p->meters, (size_t)sc->meter_count * sizeof *p->meters);
    memcpy(p->meters_chosen, p->meters, (size_t)sc->meter_count * sizeof *p->meters);  /* until it is done */

    if (ch->effects_fn != SCRIPT_NONE) {
        if (play_call(p, ch->effects_fn, PART_EFFECTS, chosen + 1, ch->line) != 0)
            return -1;
        lua_pop(play_lua(p), 1);
    } else if (ch->effect_count > 0) {
        /* Static deltas: only the meters they touch change, so only those are clamped. */
        lua_State *L = play_lua(p);
        lua_rawgeti(L, LUA_REGISTRYINDEX, p->refs.state);
        lua_rawgeti(L, LUA_REGISTRYINDEX, sc->refs.meter_names);
        for (int i = 0; i < ch->effect_count; i++) {
            const Meter *m = &sc->meters[ch->effects[i].meter];
            lua_rawgeti(L, -1, ch->effects[i].meter + 1);
            lua_pushvalue(L, -1);
            if (lua_rawget(L, -4) != LUA_TNUMBER) {
                lua_pop(L, 4);
                return play_fail(p, ch->line, "the effects of choice %d: meter '%s' is no longer a number",
                                 chosen + 1, m->id);
            }
            double value = (double)lua_tonumber(L, -1) + ch->effects[i].delta;
            if (value != value) {            /* NaN, set by earlier scenario code */
                lua_pop(L, 4);
                return play_fail(p, ch->line, "the effects of choice %d: meter '%s' is NaN (not a number); "
                                 "meters must stay numbers", chosen + 1, m->id);
            }
            value = value < m->min ? m->min : value > m->max ? m->max : value;
            lua_pop(L, 1);
            if (value == (double)(lua_Integer)value)
                lua_pushinteger(L, (lua_Integer)value); /* integers stay integers */
            else
                lua_pushnumber(L, (lua_Number)value);
            lua_rawset(L, -4);
            p->meters[ch->effects[i].meter] = value;
        }
        lua_pop(L, 2);                       /* names, s */
    }
    if (p->dirty && play_sync_meters(p, ch->line, PART_EFFECTS, chosen + 1) != 0)
        return -1;
    return play_follow(p, ch->next, ch->next_fn, ch->line, chosen + 1);
}

int play_continue(Playthrough *p)
{
    if (p->status != PLAY_RUNNING)
        return play_refuse(p, "the playthrough is over");
    const Scene *scene = &p->scenario->scenes[p->scene];
    if (scene->kind != SCENE_NARRATION)
        return play_refuse(p, "scene '%s' waits for a choice", scene->id);
    memcpy(p->meters_before, p->meters, (size_t)p->scenario->meter_count * sizeof *p->meters);
    return play_follow(p, scene->next, scene->next_fn, scene->line, 0);
}

const Scene *play_scene(const Playthrough *p)
{
    return p->scene >= 0 ? &p->scenario->scenes[p->scene] : NULL;
}

const char *play_shown_text(const Playthrough *p, int number)
{
    return p->scene >= 0 && number >= 1 && number <= p->shown_count ? p->shown_text[number - 1] : NULL;
}

const Choice *play_shown(const Playthrough *p, int number)
{
    if (p->scene < 0 || number < 1 || number > p->shown_count)
        return NULL;
    return &p->scenario->scenes[p->scene].choices[p->shown[number - 1]];
}

int play_strongest(const Playthrough *p)
{
    const Scene *scene = play_scene(p);
    int strongest = 0;
    for (int i = 1; i < p->shown_count; i++)
        if (scene->choices[p->shown[i]].weight_sum > scene->choices[p->shown[strongest]].weight_sum)
            strongest = i;
    return strongest + 1;
}

void play_run_budget(const Scenario *sc, long playthroughs)
{
    long long total = playthroughs * SANDBOX_RUN_PER_PLAYTHROUGH;
    if (playthroughs > 0 && total < SANDBOX_RUN_BUDGET)
        total = SANDBOX_RUN_BUDGET;
    sandbox_set_total_budget(sc->sandbox, SANDBOX_TOTAL_RUN, playthroughs > 0 ? total : 0);
}
