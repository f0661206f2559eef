/* save: a playthrough in progress, as a small JSON file that survives edits,
 * crashes and damage.
 *
 * A save holds the record (seed, and each decision as scene id + choice id),
 * the scenario's file and SHA-256, the framework, the player and the start
 * time. Loading replays the record, so a save of an edited scenario goes as far
 * as the story still matches. Writing goes through a temporary file in the
 * same folder, flushed and synced, then renamed (and the folder synced), so a
 * crash or power loss never destroys the last good save. A file that is not a
 * good save of this scenario is never overwritten: saves for it go to the next
 * free name (<id>-2.save.json, ...). */
#ifndef LEADSIM_SAVE_H
#define LEADSIM_SAVE_H

#include <stdbool.h>
#include <stddef.h>
#include <cJSON.h>
#include "hash.h"
#include "session.h"

#define SAVE_FORMAT "leadsim-save"
#define SAVE_VERSION 1
#define SAVE_MAX_BYTES (4u << 20)  /* larger is not a save of ours */
#define SAVE_SLOTS 99              /* <id>.save.json, <id>-2.save.json ... <id>-99.save.json */

typedef struct {
    char scenario_path[4096];      /* the file it was played from */
    char sha256[HASH_HEX];         /* of that file, when the save was written */
    char framework[128];
    char player[128];
    char started[32];              /* ISO 8601, UTC */
    PlayRecord record;             /* the scenario id, seed, decisions, where it stands */
} SaveData;

typedef enum {
    SAVE_OK,
    SAVE_NONE,                     /* no such file */
    SAVE_UNREADABLE,               /* it exists but cannot be read */
    SAVE_DAMAGED,                  /* not JSON, truncated, or fields missing or wrong */
    SAVE_FOREIGN,                  /* a save of another scenario, or not a leadsim save */
    SAVE_FUTURE,                   /* a newer format than this leadsim reads */
} SaveStatus;

/* Reads `path`; expect_id, when given, is the scenario it must belong to. On anything
 * but SAVE_OK, `why` says what is wrong in words a player can act on. */
SaveStatus save_read(const char *path, const char *expect_id, SaveData *out, char *why, size_t size);
char *save_text(const SaveData *data);     /* the JSON a save holds; free with cJSON_free */
/* Writes atomically; 0, or -1 with `why` (the file at `path` is then as it was). */
int  save_write(const char *path, const SaveData *data, char *why, size_t size);
void save_data_free(SaveData *data);
void save_now(char out[32]);                                                  /* ISO 8601 UTC, to the second */
int  save_data_from(SaveData *data, const Session *s, const char *player); /* a fresh save of s; 0 or -1 */
/* A record's decisions as JSON, [{"scene", "choice", "number"}, ...], and back (appended to r;
 * false when malformed). The history stores them the same way. */
cJSON *save_steps_json(const PlayRecord *r);
bool   save_steps_read(const cJSON *choices, PlayRecord *r);

/* The save folder: $LEADSIM_SAVES when set (the tests use it), else `configured` ([folders]
 * saves in settings.ini) when not empty, else paths_save_dir(). False when there is none. */
bool save_dir(const char *configured, char *out, size_t size);

/* Where `player`'s save of scenario `id` goes in `dir` (created if needed): the name of
 * their own good save of `id`, else the first free name; another player's good save is
 * never replaced. Each damaged file passed over is named in `notes`, with why. 0, or -1
 * when no name is usable (`notes` says why, and whose playthroughs hold the names). */
int save_slot(const char *dir, const char *id, const char *player, char *path, size_t size, char *notes,
              size_t notes_size);
/* `player`'s playthrough of `id` in progress in `dir`, to resume: the first good save of
 * theirs, or of no one's name (saved before a name was set), among the names save_slot
 * uses. SAVE_NONE when there is none; problems with others go to `notes`. */
SaveStatus save_find(const char *dir, const char *id, const char *player, char *path, size_t size, SaveData *out,
                     char *notes, size_t notes_size);
/* A save by `saved_by` is `player`'s to replace: the same name in any case and spacing
 * (both may be empty). */
bool save_players_match(const char *saved_by, const char *player);

#endif
