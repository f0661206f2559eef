/* save: JSON through cJSON; atomic writes; never an overwrite of what is not ours. */
#include "save.h"
#include "atomic.h"
#include "paths.h"

#include <cJSON.h>
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

void save_data_free(SaveData *data)
{
    record_free(&data->record);
    memset(data, 0, sizeof *data);
}

void save_now(char out[32])
{
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int save_data_from(SaveData *data, const Session *s, const char *player)
{
    memset(data, 0, sizeof *data);
    const char *path = s->scenario->path;
    if (realpath(path, data->scenario_path) == NULL)
        snprintf(data->scenario_path, sizeof data->scenario_path, "%s", path);
    if (hash_file(path, data->sha256) != 0)
        data->sha256[0] = '\0';
    snprintf(data->framework, sizeof data->framework, "%s", s->scenario->framework->id);
    snprintf(data->player, sizeof data->player, "%s", player ? player : "");
    save_now(data->started);
    return record_copy(&data->record, &s->record);
}

/* ---- reading ---------------------------------------------------------------------------------- */

/* The whole file, NUL-terminated; NULL with status set when it cannot be had. */
static char *save_slurp(const char *path, SaveStatus *status, char *why, size_t size)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        *status = errno == ENOENT ? SAVE_NONE : SAVE_UNREADABLE;
        snprintf(why, size, "%s: cannot be read (%s)", path, strerror(errno));
        return NULL;
    }
    char *text = malloc(SAVE_MAX_BYTES + 1);
    size_t n = text ? fread(text, 1, SAVE_MAX_BYTES + 1, f) : 0;
    bool failed = text == NULL || ferror(f);
    fclose(f);
    if (failed || n > SAVE_MAX_BYTES) {
        *status = failed ? SAVE_UNREADABLE : SAVE_FOREIGN;
        snprintf(why, size, "%s: %s", path, failed ? "cannot be read" : "is far too large to be a leadsim save");
        free(text);
        return NULL;
    }
    text[n] = '\0';
    return text;
}

static bool json_copy(const cJSON *obj, const char *key, char *out, size_t size)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!cJSON_IsString(item))
        return false;
    snprintf(out, size, "%s", item->valuestring);
    return true;
}

bool save_steps_read(const cJSON *choices, PlayRecord *r)
{
    const cJSON *item;
    if (!cJSON_IsArray(choices))
        return false;
    int n = cJSON_GetArraySize(choices);
    RecordStep *steps = realloc(r->steps, (size_t)(r->count + n + 1) * sizeof *steps);
    if (steps == NULL)
        return false;
    r->steps = steps;
    r->capacity = r->count + n + 1;
    cJSON_ArrayForEach(item, choices) {
        const cJSON *scene = cJSON_GetObjectItemCaseSensitive(item, "scene");
        const cJSON *choice = cJSON_GetObjectItemCaseSensitive(item, "choice");
        const cJSON *number = cJSON_GetObjectItemCaseSensitive(item, "number");
        if (!cJSON_IsString(scene) || !cJSON_IsString(choice) || !cJSON_IsNumber(number))
            return false;
        RecordStep *step = &r->steps[r->count++];
        step->scene = strdup(scene->valuestring);
        step->choice = strdup(choice->valuestring);
        step->number = number->valueint;
        if (!step->scene || !step->choice)
            return false;
    }
    return true;
}

cJSON *save_steps_json(const PlayRecord *r)
{
    cJSON *choices = cJSON_CreateArray();
    for (int i = 0; choices && i < r->count; i++) {
        const RecordStep *step = &r->steps[i];
        cJSON *item = cJSON_CreateObject();
        cJSON_AddStringToObject(item, "scene", step->scene);
        cJSON_AddStringToObject(item, "choice", step->choice);
        cJSON_AddNumberToObject(item, "number", step->number);
        cJSON_AddItemToArray(choices, item);
    }
    return choices;
}

static SaveStatus save_parse(const cJSON *root, const char *expect_id, SaveData *out, const char **problem)
{
    char format[64] = "", id[256] = "", seed[32] = "", at[256] = "";
    const cJSON *version = cJSON_GetObjectItemCaseSensitive(root, "version");
    if (!cJSON_IsObject(root) || !json_copy(root, "format", format, sizeof format) || strcmp(format, SAVE_FORMAT) != 0)
        return *problem = "is not a leadsim save", SAVE_FOREIGN;
    if (!cJSON_IsNumber(version))
        return *problem = "has no format version", SAVE_DAMAGED;
    if (version->valueint > SAVE_VERSION)
        return *problem = "was written by a newer leadsim (format version too new)", SAVE_FUTURE;
    if (!json_copy(root, "scenario", id, sizeof id))
        return *problem = "names no scenario", SAVE_DAMAGED;
    if (expect_id && strcmp(id, expect_id) != 0)
        return *problem = "is a save of another scenario", SAVE_FOREIGN;
    char *end;
    bool ok = json_copy(root, "seed", seed, sizeof seed) && json_copy(root, "file", out->scenario_path,
              sizeof out->scenario_path) && json_copy(root, "sha256", out->sha256, sizeof out->sha256) &&
              json_copy(root, "framework", out->framework, sizeof out->framework) &&
              json_copy(root, "player", out->player, sizeof out->player) &&
              json_copy(root, "started", out->started, sizeof out->started);
    out->record.seed = ok ? strtoull(seed, &end, 10) : 0;
    if (!ok || *end || !save_steps_read(cJSON_GetObjectItemCaseSensitive(root, "choices"), &out->record))
        return *problem = "is damaged: a field is missing or has the wrong type", SAVE_DAMAGED;
    json_copy(root, "at", at, sizeof at);
    out->record.scenario = strdup(id);
    out->record.at = at[0] ? strdup(at) : NULL;
    return out->record.scenario ? SAVE_OK : (*problem = "could not be read: out of memory", SAVE_DAMAGED);
}

SaveStatus save_read(const char *path, const char *expect_id, SaveData *out, char *why, size_t size)
{
    memset(out, 0, sizeof *out);
    why[0] = '\0';
    SaveStatus status = SAVE_OK;
    char *text = save_slurp(path, &status, why, size);
    if (text == NULL)
        return status;
    cJSON *root = cJSON_Parse(text);
    const char *problem = "is damaged or cut short: it is not complete JSON";
    status = root ? save_parse(root, expect_id, out, &problem) : SAVE_DAMAGED;
    cJSON_Delete(root);
    free(text);
    if (status != SAVE_OK) {
        snprintf(why, size, "%s: %s; it was left as it is", path, problem);
        save_data_free(out);
    }
    return status;
}

/* ---- writing --------------------------------------------------------------------------------- */

char *save_text(const SaveData *data)
{
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "format", SAVE_FORMAT);
    cJSON_AddNumberToObject(root, "version", SAVE_VERSION);
    cJSON_AddStringToObject(root, "scenario", data->record.scenario ? data->record.scenario : "");
    cJSON_AddStringToObject(root, "file", data->scenario_path);
    cJSON_AddStringToObject(root, "sha256", data->sha256);
    cJSON_AddStringToObject(root, "framework", data->framework);
    char seed[32];
    snprintf(seed, sizeof seed, "%" PRIu64, data->record.seed);  /* a string: seeds may pass 2^53 */
    cJSON_AddStringToObject(root, "seed", seed);
    cJSON_AddStringToObject(root, "player", data->player);
    cJSON_AddStringToObject(root, "started", data->started);
    cJSON_AddItemToObject(root, "choices", save_steps_json(&data->record));
    if (data->record.at)
        cJSON_AddStringToObject(root, "at", data->record.at);
    char *text = cJSON_Print(root);
    cJSON_Delete(root);
    return text;
}

int save_write(const char *path, const SaveData *data, char *why, size_t size)
{
    char *text = save_text(data);
    int written = text ? atomic_write(path, text, strlen(text)) : -1;
    int error = text ? errno : ENOMEM;
    cJSON_free(text);
    if (written != 0) {
        snprintf(why, size, "%s: could not be saved (%s); the last good save is kept", path, strerror(error));
        return -1;
    }
    return 0;
}

/* ---- where ----------------------------------------------------------------------------------- */

bool save_dir(const char *configured, char *out, size_t size)
{
    const char *env = getenv("LEADSIM_SAVES");
    const char *dir = env && *env ? env : configured && *configured ? configured : paths_save_dir();
    if (dir == NULL)
        return false;
    snprintf(out, size, "%s", dir);
    return true;
}

static void save_name(const char *dir, const char *id, int k, char *path, size_t size)
{
    if (k == 1)
        snprintf(path, size, "%s/%s.save.json", dir, id);
    else
        snprintf(path, size, "%s/%s-%d.save.json", dir, id, k);
}

static void save_note(char *notes, size_t size, const char *why)
{
    size_t used = strlen(notes);
    snprintf(notes + used, size - used, "%s%s", used ? "\n" : "", why);
}

/* The name without surrounding spaces: where it starts, and its length. */
static size_t save_name_span(const char **name)
{
    const char *n = *name ? *name + strspn(*name, " \t") : "";
    size_t length = strlen(n);
    while (length > 0 && isspace((unsigned char)n[length - 1]))
        length--;
    *name = n;
    return length;
}

bool save_players_match(const char *saved_by, const char *player)
{
    size_t a = save_name_span(&saved_by), b = save_name_span(&player);
    return a == b && strncasecmp(saved_by, player, a) == 0;
}

/* A good save at slot k is `player`'s own (theirs to replace). */
static bool save_owned(const char *dir, const char *id, int k, const char *player, char *path, size_t size,
                       SaveStatus *status, char *why, size_t why_size)
{
    SaveData data;
    save_name(dir, id, k, path, size);
    *status = save_read(path, id, &data, why, why_size);
    bool owned = *status == SAVE_OK && save_players_match(data.player, player);
    if (*status == SAVE_OK && !owned)    /* say whose it is, in case no name is left */
        snprintf(why, why_size, "%s: a playthrough in progress of %s", path, data.player[0] ? data.player
                                                                                     : "a player with no name");
    save_data_free(&data);
    return owned;
}

int save_slot(const char *dir, const char *id, const char *player, char *path, size_t size, char *notes,
              size_t notes_size)
{
    notes[0] = '\0';
    if (!paths_make_dirs(dir)) {
        snprintf(notes, notes_size, "%s: the save folder cannot be made (%s)", dir, strerror(errno));
        return -1;
    }
    /* The player's own save, wherever it is (one playthrough in progress each), else the first free
     * name; never another player's good save. One pass: each file is read once, and `cut` keeps
     * how much of `damaged` (why each bad file was passed over) comes before each name; `held`
     * says whose saves hold the names, for when none is free. */
    SaveStatus status;
    char why[1024], damaged[8192] = "", held[8192] = "";
    size_t cut[SAVE_SLOTS + 1] = {0};
    int own = 0, free_slot = 0;
    for (int k = 1; k <= SAVE_SLOTS && own == 0; k++) {
        cut[k - 1] = strlen(damaged);
        if (save_owned(dir, id, k, player, path, size, &status, why, sizeof why))
            own = k;
        else if (status == SAVE_NONE)
            free_slot = free_slot ? free_slot : k;
        else
            save_note(status == SAVE_OK ? held : damaged, status == SAVE_OK ? sizeof held : sizeof damaged, why);
    }
    int chosen = own ? own : free_slot;
    if (chosen > 0) {
        damaged[cut[chosen - 1]] = '\0';  /* what stood before it */
        snprintf(notes, notes_size, "%s", damaged);
        save_name(dir, id, chosen, path, size);
        return 0;
    }
    snprintf(notes, notes_size, "%s", damaged);
    if (held[0])
        save_note(notes, notes_size, held);
    save_note(notes, notes_size, "no free name for a new save: move the files above aside");
    return -1;
}

SaveStatus save_find(const char *dir, const char *id, const char *player, char *path, size_t size, SaveData *out,
                     char *notes, size_t notes_size)
{
    notes[0] = '\0';
    for (int k = 1; k <= SAVE_SLOTS; k++) {
        char why[1024];
        save_name(dir, id, k, path, size);
        SaveStatus status = save_read(path, id, out, why, sizeof why);
        if (status == SAVE_OK && (save_players_match(out->player, player) || !out->player[0]))
            return SAVE_OK;              /* theirs, or from before anyone set a name */
        if (status == SAVE_OK) {
            save_data_free(out);
            continue;
        }
        if (status != SAVE_NONE)
            save_note(notes, notes_size, why);
    }
    return SAVE_NONE;
}
