/* session: one scenario being played, whatever drives it.
 *
 * A session owns a loaded scenario, its playthrough and the playthrough's
 * record: the seed and every decision as scene id + choice name, enough to
 * play the same path again on this file or a later version of it. Choices come
 * from any source (keys, --choices, a replay, a save, a room's vote) through
 * the same calls, and listeners hear what happened (the window, an autosave, a
 * history writer, a room). --watch, replays and reproduce commands all go
 * through here. */
#ifndef LEADSIM_SESSION_H
#define LEADSIM_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "playthrough.h"

#define SESSION_MAX_LISTENERS 4

/* ---- the record ---------------------------------------------------------------------------- */

typedef struct {
    char *scene;               /* the decision's scene id */
    char *choice;              /* the choice's id, or "#N" (its position in the scene) when it has none */
    int number;                /* the number it had on screen */
} RecordStep;

typedef struct {
    char *scenario;            /* the scenario's id */
    uint64_t seed;
    RecordStep *steps;
    int count, capacity;
    char *at;                  /* the scene the playthrough stands at (narration is replayed up to it) */
} PlayRecord;

void record_free(PlayRecord *r);
int  record_copy(PlayRecord *to, const PlayRecord *from);       /* 0, or -1 out of memory */
/* "1,3,2": the numbers as shown, for --choices; written into buf. */
const char *record_numbers(const PlayRecord *r, char *buf, size_t size);

/* ---- the session ------------------------------------------------------------------------------ */

typedef enum {
    SESSION_STARTED,           /* at the start scene (or where a replay left it) */
    SESSION_STEPPED,           /* a choice was made or a narration continued */
    SESSION_ENDED,             /* an ending was reached */
    SESSION_FAILED,            /* the scenario failed: play.error */
    SESSION_RELOADED,          /* a new version of the file took over (--watch) */
} SessionEvent;

typedef struct Session Session;
typedef struct {
    void (*heard)(void *ctx, Session *s, SessionEvent event);
    void *ctx;
} SessionListener;

struct Session {
    char *path;
    Scenario *scenario;
    Playthrough play;
    bool started;              /* play is initialised */
    PlayRecord record;
    double *moves;             /* decision i's meters: before it at [i * 2 * meter_count + m], after its
                                * choice (effects and next) at [(i * 2 + 1) * meter_count + m] */
    int *followed;             /* decision i led to scene followed[i] */
    int moves_capacity;        /* of both, in decisions */
    SessionListener listeners[SESSION_MAX_LISTENERS];
    int listener_count;
};

/* Meter m around decision i: before it, after its choice (effects and next), and when the next
 * decision (or the end) came: what the choice did, and what happened before the player chose again. */
typedef struct { double before, chosen, later; } SessionMove;

/* Loads the file. 0, or -1 with diags saying why (s stays closed). */
int  session_open(Session *s, const char *path, DiagList *diags);
void session_close(Session *s);
int  session_listen(Session *s, SessionListener listener);       /* 0, or -1 when full */

/* Each returns 0, or -1 when the step failed or was not possible (play.error says why). */
int  session_start(Session *s, uint64_t seed);
int  session_choose(Session *s, int number);                     /* at a decision: choice `number`, from 1 */
int  session_continue(Session *s);                               /* at a narration */
SessionMove session_move(const Session *s, int i, int m);        /* decision i (from 0), meter m */

/* Starts again with the record's seed and makes its decisions, each found by scene id and
 * choice name; narration is followed on its own. Where the story no longer matches, it
 * stops and says where and why in `note` (empty when everything replayed). Returns the
 * decisions replayed, or -1 when the scenario fails on the way (play.error). */
int  session_replay(Session *s, const PlayRecord *record, char *note, size_t size);

/* --watch: loads the file again and replays this session's record into it. On success
 * the new version takes over (listeners included) and the count replayed is returned;
 * on failure (-1) s is unchanged and `diags` (load errors) or `error` (a replay failure)
 * says why. */
int  session_reload(Session *s, DiagList *diags, char *error, size_t error_size, char *note, size_t note_size);

uint64_t session_fresh_seed(void);  /* for a new playthrough: short enough to type back in */
const char *session_play_name(const Session *s); /* what `leadsim play` takes to find this file again */

/* ---- following a list of numbers (--choices) ------------------------------------------------- */

typedef struct {
    const int *numbers;
    int count;
    int used;                  /* out: how many were taken */
    int bad;                   /* out: the number that was not on screen */
} ChoiceList;

typedef enum {
    FOLLOW_STEPPED,            /* one step made; the playthrough may go on */
    FOLLOW_OVER,               /* the playthrough is not running (ended, or failed before) */
    FOLLOW_RAN_OUT,            /* a decision, and no numbers left */
    FOLLOW_BAD,                /* the next number is not on screen */
    FOLLOW_FAILED,             /* the scenario failed: play.error */
} FollowResult;

FollowResult session_follow_step(Session *s, ChoiceList *list);  /* one choice or narration */
FollowResult session_follow(Session *s, ChoiceList *list);       /* steps until the list stops it */
/* "FILE:LINE: scene 'x' needs a choice, but --choices ran out after 3" and its kin. */
void session_follow_error(const Session *s, const ChoiceList *list, FollowResult result, char *buf, size_t size);

#endif
