/* history: every finished playthrough, as an attempt in an SQLite database.
 *
 * <save folder>/history.sqlite3, through the system's SQLite. The schema carries
 * its version (PRAGMA user_version) and upgrades itself; WAL and a busy timeout
 * let two leadsim processes finish attempts at once; every statement is
 * prepared. A damaged database is moved aside (never deleted) and reported, and
 * a new one is started. */
#ifndef LEADSIM_HISTORY_H
#define LEADSIM_HISTORY_H

#include <stdbool.h>
#include <stdint.h>
#include "document.h"
#include "hash.h"

#define HISTORY_FILE "history.sqlite3"
#define HISTORY_SCHEMA 2             /* the version this leadsim writes */

typedef struct History History;

/* One attempt, as listed. Scores are x10 (333 is 33.3); -1 when not assessed. */
typedef struct {
    int64_t id;
    char finished[32];               /* ISO 8601, UTC */
    char player[128];
    char scenario[128], title[256];
    char sha256[HASH_HEX];
    char framework[128];
    uint64_t seed;
    char ending[128], ending_title[256];   /* "" when it stopped before an ending */
    int decisions;
    int overall10;
    char started[32];                /* ISO 8601, UTC; "" when not kept */
} Attempt;

/* A score of one competency or domain in an attempt. */
typedef struct {
    char item[128];
    bool domain;
    int earned, best, worst, decisions, traded, missed;
    int score10;                     /* -1 when not assessed */
} AttemptScore;

/* Everything kept of one attempt. */
typedef struct {
    Attempt attempt;
    PlayRecord record;               /* the choices, to replay it */
    AttemptScore *scores;
    int score_count;
    DocAnswers answers;              /* reactions, self-estimate (by domain index of the framework), commitments */
    char estimates[1024];            /* the self-estimate as stored: {"domain_id": 4, ...} */
    char file[4096];                 /* the scenario file it was played from */
    bool answered;                   /* the reactions and commitments were asked */
} AttemptDetail;

/* Opens (creating) the history in `dir`. NULL with `why` when it cannot; `notice` is set
 * (and the history is still opened, new) when a damaged file had to be moved aside. */
History *history_open(const char *dir, char *notice, size_t notice_size, char *why, size_t why_size);
void     history_close(History *h);
const char *history_path(const History *h);

/* Records a finished (or stopped) attempt from its debrief; returns its id, or -1 (why). */
int64_t history_add(History *h, const DebriefDoc *doc, const char *sha256, char *why, size_t size);
/* The same, with when it started (ISO 8601, or NULL) and the xAPI statements to queue for the LRS
 * (a JSON array, or NULL), all in one transaction: an attempt is never kept without its statements. */
int64_t history_add_queued(History *h, const DebriefDoc *doc, const char *sha256, const char *started,
                           const char *statements, char *why, size_t size);
/* Keeps the answers given after the scores (reactions, self-estimate, commitments). 0 or -1. */
int history_set_answers(History *h, int64_t id, const DebriefDoc *doc, char *why, size_t size);

/* Attempts, oldest first, optionally of one scenario and/or one player (NULL: all). The
 * caller frees *out. Returns the count, or -1. */
int history_list(History *h, const char *scenario, const char *player, Attempt **out);
/* A player's own attempts, oldest first: those under their name (ignoring case and surrounding
 * spaces) and those with no name (NULL or "": everyone's). *others gets how many are other
 * players', and `names` the most recent few of them ("Cy, Dee"). Count, or -1. */
int history_list_own(History *h, const char *player, Attempt **out, int *others, char *names, size_t size);
int history_get(History *h, int64_t id, AttemptDetail *out);     /* 0, or -1 when there is no such attempt */
void history_detail_free(AttemptDetail *d);
void history_detail_answers(const AttemptDetail *d, DebriefDoc *doc); /* its answers into its rebuilt debrief */
/* Per scenario, of a player's own attempts (as history_list_own): how many, and the last and best
 * overall (x10; -1 when none). */
int history_summary(History *h, const char *scenario, const char *player, int *attempts, int *last10, int *best10);

/* ---- statements waiting for the learning record store ---------------------------------------------- */

typedef enum { STATEMENT_WAITING, STATEMENT_SENT, STATEMENT_INVALID } StatementState;

typedef struct {
    char id[40];                     /* the statement's UUID, chosen when it was queued */
    int64_t attempt;
    char *body;                      /* the statement, as JSON */
    int tries;
    char error[512];                 /* why the LRS refused it, or the last failure */
} QueuedStatement;

/* Statements in one state, oldest first, at most `limit`; `due_only` leaves out those waiting for
 * a retry's time to come. Count, or -1. Free with history_statements_free. */
int  history_statements(History *h, StatementState state, bool due_only, int limit, QueuedStatement **out);
void history_statements_free(QueuedStatement *list, int count);
/* The queued statements of one attempt as a JSON array (the caller frees it), or NULL when none. */
char *history_attempt_statements(History *h, int64_t attempt);
/* Marks a statement sent or invalid (with the LRS's reason), or, as WAITING, counts a failed try
 * and sets when the next one is due (Unix time). 0 or -1. */
int  history_statement_mark(History *h, const char *id, StatementState state, const char *error, long next_try);
int  history_statement_counts(History *h, int counts[3]);     /* per StatementState; 0 or -1 */

#endif
