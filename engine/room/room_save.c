/* room_save: the room as JSON (cJSON), and resuming from it. */
#include "room_save.h"
#include "atomic.h"
#include "save.h"

#include <cJSON.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

void room_save_path(const char *dir, const char *id, char *out, size_t size)
{
    snprintf(out, size, "%s/%s.room.json", dir, id);
}

static const char *room_choice_id(const Room *r, int scene, int index, char *buf, size_t size)
{
    return scenario_choice_name(&r->session.scenario->scenes[scene].choices[index], index + 1, buf, size);
}

/* The ids of a decision's shown choices, and a vote list as ids (null for no vote). */
static cJSON *room_votes_json(const Room *r, int scene, const int *shown, const int *votes)
{
    cJSON *array = cJSON_CreateArray();
    char id[32];
    for (int t = 0; t < r->team_count; t++)
        cJSON_AddItemToArray(array, votes[t] > 0
            ? cJSON_CreateString(room_choice_id(r, scene, shown[votes[t] - 1], id, sizeof id)) : cJSON_CreateNull());
    return array;
}

static cJSON *room_decision_json(const Room *r, const RoomDecision *d)
{
    cJSON *item = cJSON_CreateObject(), *shown = cJSON_CreateArray();
    char id[32];
    cJSON_AddStringToObject(item, "scene", r->session.scenario->scenes[d->scene].id);
    for (int k = 0; k < d->shown_count; k++)
        cJSON_AddItemToArray(shown, cJSON_CreateString(room_choice_id(r, d->scene, d->shown[k], id, sizeof id)));
    cJSON_AddItemToObject(item, "shown", shown);
    cJSON_AddItemToObject(item, "counts", cJSON_CreateIntArray(d->counts, d->shown_count));
    cJSON_AddItemToObject(item, "team_votes", room_votes_json(r, d->scene, d->shown, d->team_votes));
    cJSON_AddStringToObject(item, "taken", room_choice_id(r, d->scene, d->shown[d->taken - 1], id, sizeof id));
    cJSON_AddBoolToObject(item, "tie", d->tie);
    cJSON_AddBoolToObject(item, "override", d->override);
    return item;
}

char *room_save_json(const Room *r)
{
    cJSON *root = cJSON_CreateObject(), *teams = cJSON_CreateArray(), *decisions = cJSON_CreateArray();
    const Scenario *sc = r->session.scenario;
    char seed[32];
    cJSON_AddStringToObject(root, "format", ROOM_FORMAT);
    cJSON_AddNumberToObject(root, "version", ROOM_VERSION);
    cJSON_AddStringToObject(root, "scenario", sc->id);
    char file[4096];
    cJSON_AddStringToObject(root, "file", realpath(sc->path, file) ? file : sc->path);  /* --resume from anywhere */
    cJSON_AddStringToObject(root, "sha256", r->sha256);
    snprintf(seed, sizeof seed, "%" PRIu64, r->session.record.seed);
    cJSON_AddStringToObject(root, "seed", seed);
    for (int t = 0; t < r->team_count; t++)
        cJSON_AddItemToArray(teams, cJSON_CreateString(r->teams[t]));
    cJSON_AddItemToObject(root, "teams", teams);
    cJSON_AddNumberToObject(root, "timer", r->timer);
    cJSON_AddBoolToObject(root, "leaderboard", r->leaderboard);
    for (int i = 0; i < r->decision_count; i++)
        cJSON_AddItemToArray(decisions, room_decision_json(r, &r->decisions[i]));
    cJSON_AddItemToObject(root, "decisions", decisions);
    cJSON_AddItemToObject(root, "path", save_steps_json(&r->session.record));
    if (r->session.record.at)
        cJSON_AddStringToObject(root, "at", r->session.record.at);
    cJSON *now = cJSON_AddObjectToObject(root, "current");
    cJSON_AddStringToObject(now, "phase", r->phase == ROOM_REVEALED ? "revealed" : r->phase == ROOM_VOTING
                            ? "voting" : "reading");
    cJSON_AddItemToObject(now, "counts", cJSON_CreateIntArray(r->counts, SCENARIO_MAX_CHOICES));
    cJSON_AddItemToObject(now, "phone_counts", cJSON_CreateIntArray(r->phone_counts, SCENARIO_MAX_CHOICES));
    cJSON_AddItemToObject(now, "team_votes", cJSON_CreateIntArray(r->team_votes, r->team_count));
    char *text = cJSON_Print(root);
    cJSON_Delete(root);
    return text;
}

void room_save(Room *r)
{
    if (r->save_path[0] == '\0' || !r->writer.started)
        return;
    char *text = room_save_json(r);
    if (text == NULL) {
        snprintf(r->problem, sizeof r->problem, "%s: the room could not be saved (out of memory)", r->save_path);
        return;
    }
    writer_put(&r->writer, text);        /* written off the game thread; the newest wins */
    writer_failed(&r->writer, r->problem, sizeof r->problem);
}

/* ---- resuming --------------------------------------------------------------------------------------- */

static int room_json_int(const cJSON *array, int i)
{
    const cJSON *item = cJSON_GetArrayItem(array, i);
    return cJSON_IsNumber(item) ? item->valueint : 0;
}

/* A vote count from the file, kept within what room_count allows. */
static int room_json_count(const cJSON *array, int i)
{
    int n = room_json_int(array, i);
    return n < 0 ? 0 : n > 9999 ? 9999 : n;
}

/* The number on screen of the choice with this id, or 0. */
static int room_number(const Room *r, const char *id)
{
    const Playthrough *p = &r->session.play;
    char own[32];
    for (int k = 0; id && k < p->shown_count; k++)
        if (strcmp(room_choice_id(r, p->scene, p->shown[k], own, sizeof own), id) == 0)
            return k + 1;
    return 0;
}

/* Replays one saved decision: the votes as they were, then the room's choice. */
static int room_replay_decision(Room *r, const cJSON *d, char *why, size_t size)
{
    const cJSON *scene = cJSON_GetObjectItemCaseSensitive(d, "scene");
    const cJSON *votes = cJSON_GetObjectItemCaseSensitive(d, "team_votes");
    const cJSON *counts = cJSON_GetObjectItemCaseSensitive(d, "counts");
    const cJSON *taken = cJSON_GetObjectItemCaseSensitive(d, "taken");
    while (r->session.play.status == PLAY_RUNNING && play_scene(&r->session.play)->kind == SCENE_NARRATION)
        if (room_continue(r) != 0)
            return -1;
    const Scene *at = play_scene(&r->session.play);
    int number = cJSON_IsString(taken) ? room_number(r, taken->valuestring) : 0;
    if (!cJSON_IsString(scene) || r->phase == ROOM_READING || strcmp(at->id, scene->valuestring) != 0 || !number) {
        snprintf(why, size, "the scenario no longer matches this room at scene '%s'",
                 cJSON_IsString(scene) ? scene->valuestring : "?");
        return -1;
    }
    for (int t = 0; t < r->team_count; t++) {
        const cJSON *v = cJSON_GetArrayItem(votes, t);
        r->team_votes[t] = cJSON_IsString(v) ? room_number(r, v->valuestring) : 0;
    }
    for (int k = 0; r->team_count == 0 && k < r->session.play.shown_count; k++)
        r->counts[k] = room_json_count(counts, k);
    r->phase = ROOM_REVEALED;
    return room_decide(r, number);
}

static int room_replay(Room *r, const cJSON *root, char *why, size_t size)
{
    const cJSON *seed = cJSON_GetObjectItemCaseSensitive(root, "seed"), *d;
    const cJSON *now = cJSON_GetObjectItemCaseSensitive(root, "current");
    char path[4200];
    snprintf(path, sizeof path, "%s", r->save_path);
    r->save_path[0] = '\0';                  /* no saving while it replays */
    if (!cJSON_IsString(seed) || room_start(r, strtoull(seed->valuestring, NULL, 10)) != 0) {
        snprintf(why, size, "it could not be started again");
        return -1;
    }
    cJSON_ArrayForEach(d, cJSON_GetObjectItemCaseSensitive(root, "decisions"))
        if (room_replay_decision(r, d, why, size) != 0)
            return -1;
    const cJSON *at = cJSON_GetObjectItemCaseSensitive(root, "at");
    while (cJSON_IsString(at) && r->session.play.status == PLAY_RUNNING &&
           play_scene(&r->session.play)->kind == SCENE_NARRATION &&
           strcmp(play_scene(&r->session.play)->id, at->valuestring) != 0)
        if (room_continue(r) != 0)
            return -1;
    const cJSON *phase = cJSON_GetObjectItemCaseSensitive(now, "phase");
    const cJSON *votes = cJSON_GetObjectItemCaseSensitive(now, "team_votes");
    const cJSON *counts = cJSON_GetObjectItemCaseSensitive(now, "counts");
    /* Phone votes come back as hand counts: no phone's ballot survives the process, so a phone that
     * votes again is new, and the facilitator's keys must be able to take the old vote back. */
    const cJSON *phones = cJSON_GetObjectItemCaseSensitive(now, "phone_counts");   /* none before phones */
    int shown = r->session.play.shown_count;    /* a damaged or edited file may hold any number */
    for (int t = 0; r->phase != ROOM_READING && t < r->team_count; t++) {
        int v = room_json_int(votes, t);
        r->team_votes[t] = v >= 0 && v <= shown ? v : 0;
    }
    int kept = 0;
    for (int k = 0; r->phase != ROOM_READING && k < shown; k++) {
        int hands = room_json_count(counts, k), sum = hands + room_json_count(phones, k);
        r->counts[k] = sum > 9999 ? 9999 : sum;
        kept += r->counts[k] - hands;
    }
    if (r->phase == ROOM_VOTING && cJSON_IsString(phase) && strcmp(phase->valuestring, "revealed") == 0)
        r->phase = ROOM_REVEALED;
    r->resumed_phone_votes = r->phase == ROOM_VOTING ? kept : 0;   /* revealed: counted, nothing to correct */
    room_save_to(r, path);
    return 0;
}

static int room_json_number(const cJSON *obj, const char *key)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(obj, key);
    return cJSON_IsNumber(item) ? item->valueint : 0;
}

static char *room_teams_text(const cJSON *teams)
{
    static char list[ROOM_MAX_TEAMS * (ROOM_TEAM_NAME + 1) + 1];
    const cJSON *t;
    list[0] = '\0';
    cJSON_ArrayForEach(t, teams)
        if (cJSON_IsString(t) && strlen(list) + strlen(t->valuestring) + 2 < sizeof list) {
            strcat(list, list[0] ? "," : "");
            strcat(list, t->valuestring);
        }
    return list;
}

int room_resume(Room *r, const char *save, DiagList *diags, char *why, size_t size)
{
    FILE *f = fopen(save, "rb");
    char *text = f ? calloc(1, SAVE_MAX_BYTES + 1) : NULL;
    size_t n = text ? fread(text, 1, SAVE_MAX_BYTES, f) : 0;
    if (f)
        fclose(f);
    cJSON *root = n ? cJSON_Parse(text) : NULL;
    free(text);
    const cJSON *format = cJSON_GetObjectItemCaseSensitive(root, "format");
    const cJSON *version = cJSON_GetObjectItemCaseSensitive(root, "version");
    const cJSON *file = cJSON_GetObjectItemCaseSensitive(root, "file");
    int result = -1;
    if (f == NULL)
        snprintf(why, size, "%s: cannot be read (%s)", save, strerror(errno));
    else if (!cJSON_IsString(format) || strcmp(format->valuestring, ROOM_FORMAT) != 0 || !cJSON_IsString(file))
        snprintf(why, size, "%s: is not a leadsim room, or is damaged; it was left as it is", save);
    else if (!cJSON_IsNumber(version) || version->valueint > ROOM_VERSION)
        snprintf(why, size, "%s: was written by a newer leadsim; it was left as it is", save);
    else if (room_open(r, file->valuestring, room_teams_text(cJSON_GetObjectItemCaseSensitive(root, "teams")),
                       room_json_number(root, "timer"),
                       cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(root, "leaderboard")), diags, why, size) == 0) {
        snprintf(r->save_path, sizeof r->save_path, "%s", save);   /* room_replay takes it over */
        result = room_replay(r, root, why, size);
        if (result != 0) {
            char detail[1024];
            snprintf(detail, sizeof detail, "%s", why);
            snprintf(why, size, "%s: %s; it was left as it is", save, detail);
            room_close(r);
        }
    }
    cJSON_Delete(root);
    return result;
}

int room_set_aside(const char *path, char *note, size_t size)
{
    note[0] = '\0';
    if (access(path, F_OK) != 0)
        return 0;                        /* nothing there: nothing to keep */
    char aside[4300], stamp[32];
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    snprintf(aside, sizeof aside, "%s.%s", path, stamp);
    if (rename(path, aside) != 0) {
        snprintf(note, size, "%s: the room saved before cannot be kept aside (%s); start it with --resume, or move "
                 "it yourself", path, strerror(errno));
        return -1;
    }
    snprintf(note, size, "the room saved before was kept as %s (leadsim facilitate --resume continues a room)", aside);
    return 0;
}
