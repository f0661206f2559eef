/* session: load, play, record, replay, reload, and tell the listeners. */
#include "session.h"
#include "paths.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* ---- the record ---------------------------------------------------------------------------- */

void record_free(PlayRecord *r)
{
    for (int i = 0; i < r->count; i++) {
        free(r->steps[i].scene);
        free(r->steps[i].choice);
    }
    free(r->steps);
    free(r->scenario);
    free(r->at);
    memset(r, 0, sizeof *r);
}

static int record_add(PlayRecord *r, const char *scene, const char *choice, int number)
{
    if (r->count == r->capacity) {
        int capacity = r->capacity ? r->capacity * 2 : 16;
        RecordStep *grown = realloc(r->steps, (size_t)capacity * sizeof *grown);
        if (grown == NULL)
            return -1;
        r->steps = grown;
        r->capacity = capacity;
    }
    RecordStep step = {strdup(scene), strdup(choice), number};
    if (!step.scene || !step.choice) {
        free(step.scene);
        free(step.choice);
        return -1;
    }
    r->steps[r->count++] = step;
    return 0;
}

static int record_set_at(PlayRecord *r, const char *scene)
{
    char *at = scene ? strdup(scene) : NULL;
    if (scene && !at)
        return -1;
    free(r->at);
    r->at = at;
    return 0;
}

int record_copy(PlayRecord *to, const PlayRecord *from)
{
    memset(to, 0, sizeof *to);
    to->seed = from->seed;
    to->scenario = from->scenario ? strdup(from->scenario) : NULL;
    bool ok = !from->scenario || to->scenario;
    for (int i = 0; ok && i < from->count; i++)
        ok = record_add(to, from->steps[i].scene, from->steps[i].choice, from->steps[i].number) == 0;
    if (ok)
        ok = record_set_at(to, from->at) == 0;
    if (!ok)
        record_free(to);
    return ok ? 0 : -1;
}

const char *record_numbers(const PlayRecord *r, char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    for (int i = 0; i < r->count && used < size; i++)
        used += (size_t)snprintf(buf + used, size - used, "%s%d", i ? "," : "", r->steps[i].number);
    return buf;
}

/* ---- life ---------------------------------------------------------------------------------- */

static void session_tell(Session *s, SessionEvent event)
{
    for (int i = 0; i < s->listener_count; i++)
        s->listeners[i].heard(s->listeners[i].ctx, s, event);
}

/* After any step: tell what happened, and keep the record's position. */
static int session_stepped(Session *s, int result, SessionEvent event)
{
    const Scene *at = play_scene(&s->play);
    if (record_set_at(&s->record, at ? at->id : NULL) != 0)
        return -1;
    if (result != 0) {
        if (s->play.status == PLAY_FAILED)
            session_tell(s, SESSION_FAILED);
        return -1;
    }
    session_tell(s, s->play.status == PLAY_ENDED ? SESSION_ENDED : event);
    return 0;
}

int session_open(Session *s, const char *path, DiagList *diags)
{
    memset(s, 0, sizeof *s);
    s->path = strdup(path);
    s->scenario = s->path ? scenario_load(path, diags) : NULL;
    if (s->scenario == NULL || play_init(&s->play, s->scenario) != 0) {
        if (s->scenario && diags)
            diag_add(diags, DIAG_ERROR, path, 0, "memory", NULL, "out of memory starting this scenario");
        session_close(s);
        return -1;
    }
    s->started = true;
    s->record.scenario = strdup(s->scenario->id);
    return s->record.scenario ? 0 : -1;
}

void session_close(Session *s)
{
    if (s->started)
        play_free(&s->play);
    scenario_free(s->scenario);
    record_free(&s->record);
    free(s->moves);
    free(s->followed);
    free(s->path);
    memset(s, 0, sizeof *s);
}

int session_listen(Session *s, SessionListener listener)
{
    if (s->listener_count == SESSION_MAX_LISTENERS)
        return -1;
    s->listeners[s->listener_count++] = listener;
    return 0;
}

int session_start(Session *s, uint64_t seed)
{
    char *id = s->record.scenario;
    s->record.scenario = NULL;
    record_free(&s->record);
    s->record.scenario = id;
    s->record.seed = seed;
    return session_stepped(s, play_start(&s->play, seed), SESSION_STARTED);
}

/* What decision i changed and where it led, kept for the debrief's "what followed". */
static int session_keep_moves(Session *s)
{
    const Playthrough *p = &s->play;
    int meters = s->scenario->meter_count, i = p->decision_count - 1;
    if (i >= s->moves_capacity) {
        int capacity = s->moves_capacity ? s->moves_capacity * 2 : 16;
        double *grown = realloc(s->moves, (size_t)capacity * (size_t)(2 * meters + 1) * sizeof *grown);
        if (grown)
            s->moves = grown;
        int *next = realloc(s->followed, (size_t)capacity * sizeof *next);
        if (next)
            s->followed = next;
        if (!grown || !next)
            return -1;
        s->moves_capacity = capacity;
    }
    s->followed[i] = p->scene;
    memcpy(&s->moves[(size_t)i * 2 * (size_t)meters], p->meters_before, (size_t)meters * sizeof *s->moves);
    memcpy(&s->moves[((size_t)i * 2 + 1) * (size_t)meters], p->meters_chosen, (size_t)meters * sizeof *s->moves);
    return 0;
}

SessionMove session_move(const Session *s, int i, int m)
{
    int meters = s->scenario->meter_count;
    const double *at = &s->moves[(size_t)i * 2 * (size_t)meters];
    double later = i + 1 < s->play.decision_count ? at[2 * meters + m] : s->play.meters[m];
    return (SessionMove){at[m], at[meters + m], later};
}

int session_choose(Session *s, int number)
{
    const Scene *scene = play_scene(&s->play);
    const Choice *choice = play_shown(&s->play, number);
    int position = choice && scene ? (int)(choice - scene->choices) + 1 : 0;
    int before = s->play.decision_count;
    int result = play_choose(&s->play, number);
    if (s->play.decision_count > before) {     /* it was made, even if its next then failed */
        char name[32];
        if (record_add(&s->record, scene->id, scenario_choice_name(choice, position, name, sizeof name), number) != 0 ||
            session_keep_moves(s) != 0)
            return -1;
    }
    return session_stepped(s, result, SESSION_STEPPED);
}

int session_continue(Session *s)
{
    return session_stepped(s, play_continue(&s->play), SESSION_STEPPED);
}

uint64_t session_fresh_seed(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint64_t mix = (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 20) ^ ((uint64_t)getpid() << 8);
    return 1 + mix % 999999999u;
}

const char *session_play_name(const Session *s)
{
    return paths_play_name(s->scenario->path, s->scenario->id);
}

/* ---- replay ----------------------------------------------------------------------------------- */

/* The number on screen of the choice named `name` ("id" or "#N"); 0 when it is not shown,
 * and *exists says whether the scene has it at all. */
static int session_find_shown(const Playthrough *p, const char *name, bool *exists)
{
    const Scene *scene = play_scene(p);
    int k = -1;
    for (int i = 0; i < scene->choice_count && k < 0; i++) {
        char own[32];
        if (strcmp(scenario_choice_name(&scene->choices[i], i + 1, own, sizeof own), name) == 0)
            k = i;
    }
    *exists = k >= 0;
    for (int j = 0; k >= 0 && j < p->shown_count; j++)
        if (p->shown[j] == k)
            return j + 1;
    return 0;
}

/* Continues through narration until `scene` (or a decision, or the end; NULL: as far as
 * narration goes). -1 when it fails. */
static int session_narrate_to(Session *s, const char *scene)
{
    while (s->play.status == PLAY_RUNNING && play_scene(&s->play)->kind == SCENE_NARRATION &&
           (scene == NULL || strcmp(play_scene(&s->play)->id, scene) != 0))
        if (session_continue(s) != 0)
            return -1;
    return 0;
}

int session_replay(Session *s, const PlayRecord *record, char *note, size_t size)
{
    note[0] = '\0';
    if (session_start(s, record->seed) != 0)
        return -1;
    int replayed = 0;
    for (int i = 0; i < record->count; i++) {
        const RecordStep *step = &record->steps[i];
        if (session_narrate_to(s, step->scene) != 0)
            return -1;
        const Scene *scene = play_scene(&s->play);
        if (s->play.status != PLAY_RUNNING || strcmp(scene->id, step->scene) != 0) {
            snprintf(note, size, "the story no longer reaches scene '%s' (it is at '%s'): replayed %d of %d "
                     "decisions", step->scene, scene->id, replayed, record->count);
            return replayed;
        }
        bool exists;
        int number = session_find_shown(&s->play, step->choice, &exists);
        if (number == 0) {
            snprintf(note, size, "scene '%s' %s the choice '%s': replayed %d of %d decisions", scene->id,
                     exists ? "now hides (by its when)" : "no longer has", step->choice, replayed, record->count);
            return replayed;
        }
        if (session_choose(s, number) != 0)
            return -1;
        replayed++;
    }
    if (session_narrate_to(s, record->at) != 0)
        return -1;
    const Scene *at = play_scene(&s->play);
    if (record->at && at && strcmp(at->id, record->at) != 0)
        snprintf(note, size, "the story no longer reaches scene '%s' (it is at '%s'): replayed %d of %d decisions",
                 record->at, at->id, replayed, record->count);
    return replayed;
}

int session_reload(Session *s, DiagList *diags, char *error, size_t error_size, char *note, size_t note_size)
{
    Session fresh;
    error[0] = note[0] = '\0';
    if (session_open(&fresh, s->path, diags) != 0)
        return -1;
    int replayed = session_replay(&fresh, &s->record, note, note_size);
    if (replayed < 0) {
        snprintf(error, error_size, "%s", fresh.play.error);
        session_close(&fresh);
        return -1;
    }
    memcpy(fresh.listeners, s->listeners, sizeof s->listeners);
    fresh.listener_count = s->listener_count;
    session_close(s);
    *s = fresh;
    session_tell(s, SESSION_RELOADED);
    return replayed;
}

/* ---- --choices ------------------------------------------------------------------------------------ */

FollowResult session_follow_step(Session *s, ChoiceList *list)
{
    if (s->play.status != PLAY_RUNNING)
        return FOLLOW_OVER;
    if (play_scene(&s->play)->kind != SCENE_DECISION)
        return session_continue(s) == 0 ? FOLLOW_STEPPED : FOLLOW_FAILED;
    if (list->used == list->count)
        return FOLLOW_RAN_OUT;
    int number = list->numbers[list->used++];
    if (number < 1 || number > s->play.shown_count) {
        list->bad = number;
        return FOLLOW_BAD;
    }
    return session_choose(s, number) == 0 ? FOLLOW_STEPPED : FOLLOW_FAILED;
}

FollowResult session_follow(Session *s, ChoiceList *list)
{
    FollowResult result;
    while ((result = session_follow_step(s, list)) == FOLLOW_STEPPED)
        ;
    return result;
}

void session_follow_error(const Session *s, const ChoiceList *list, FollowResult result, char *buf, size_t size)
{
    const Scene *scene = play_scene(&s->play);
    if (result == FOLLOW_BAD)
        snprintf(buf, size, "%s:%d: scene '%s' shows choices 1-%d, but number %d in --choices is %d",
                 s->scenario->path, scene->line, scene->id, s->play.shown_count, list->used, list->bad);
    else if (result == FOLLOW_RAN_OUT)
        snprintf(buf, size, "%s:%d: scene '%s' needs a choice, but --choices ran out after %d",
                 s->scenario->path, scene->line, scene->id, list->used);
    else
        snprintf(buf, size, "%s", s->play.error);
}
