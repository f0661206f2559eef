/* history: SQLite, prepared statements only, migrations in order. */
#include "history.h"
#include "save.h"
#include "paths.h"

#include <cJSON.h>
#include <errno.h>
#include <inttypes.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <limits.h>

#define HISTORY_BUSY_MS 5000   /* how long a writer waits for another process to finish */

struct History {
    sqlite3 *db;
    char path[4096];
};

/* Each step takes the schema from version i to i + 1; append, never edit. */
static const char *const migrations[HISTORY_SCHEMA] = {
    "CREATE TABLE attempts ("
    "  id INTEGER PRIMARY KEY,"
    "  finished_at TEXT NOT NULL,"
    "  started_at TEXT,"
    "  player TEXT NOT NULL DEFAULT '',"
    "  scenario TEXT NOT NULL,"
    "  scenario_file TEXT NOT NULL,"      /* where it was played from, to replay it */
    "  title TEXT NOT NULL,"
    "  file_sha256 TEXT NOT NULL,"
    "  framework TEXT NOT NULL,"
    "  seed TEXT NOT NULL,"
    "  choices TEXT NOT NULL,"            /* JSON: [{"scene", "choice", "number"}] */
    "  ending TEXT,"
    "  ending_title TEXT,"
    "  decisions INTEGER NOT NULL,"
    "  overall_earned INTEGER NOT NULL,"
    "  overall_best INTEGER NOT NULL,"
    "  overall_worst INTEGER NOT NULL,"
    "  overall_score REAL,"               /* NULL: not assessed */
    "  asked INTEGER NOT NULL DEFAULT 0,"  /* the reactions and commitments were asked */
    "  feeling TEXT,"
    "  mattered TEXT,"
    "  self_estimate TEXT,"               /* JSON: {"domain_id": 1..5} */
    "  commitment1 TEXT,"
    "  commitment2 TEXT);"
    "CREATE INDEX attempts_by_scenario ON attempts(scenario, id);"
    "CREATE TABLE scores ("
    "  attempt INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,"
    "  kind TEXT NOT NULL CHECK (kind IN ('competency', 'domain')),"
    "  item TEXT NOT NULL,"
    "  earned INTEGER NOT NULL, best INTEGER NOT NULL, worst INTEGER NOT NULL,"
    "  score REAL,"
    "  decisions INTEGER, traded INTEGER, missed INTEGER,"
    "  PRIMARY KEY (attempt, kind, item));",
    /* 2: xAPI statements waiting for the LRS, kept after they are sent (what was sent, and when) */
    "CREATE TABLE statements ("
    "  id TEXT PRIMARY KEY,"                /* the statement's UUID: a resend is the same statement */
    "  attempt INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,"
    "  seq INTEGER NOT NULL,"
    "  body TEXT NOT NULL,"
    "  state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'sent', 'invalid')),"
    "  tries INTEGER NOT NULL DEFAULT 0,"
    "  next_try INTEGER NOT NULL DEFAULT 0,"  /* Unix time the next try is due */
    "  error TEXT,"
    "  done_at TEXT);"
    "CREATE INDEX statements_by_state ON statements(state, attempt, seq);",
};

/* ---- opening ------------------------------------------------------------------------------------ */

static bool history_damage(int rc)
{
    rc &= 0xff;
    return rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB;
}

/* Brings the schema up to date in one transaction. SQLite result code. */
static int history_migrate(sqlite3 *db)
{
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL);
    if (rc != SQLITE_OK)
        return rc;
    rc = sqlite3_step(st);
    int version = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW)
        return rc;
    if (version >= HISTORY_SCHEMA)
        return version > HISTORY_SCHEMA ? SQLITE_MISMATCH : SQLITE_OK;
    if ((rc = sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL)) != SQLITE_OK)
        return rc;
    /* Another process may have upgraded it while this one waited for the lock: read it again. */
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW)
            version = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    for (int v = version; v < HISTORY_SCHEMA && rc == SQLITE_OK; v++)
        rc = sqlite3_exec(db, migrations[v], NULL, NULL, NULL);
    char set[64];
    snprintf(set, sizeof set, "PRAGMA user_version = %d", HISTORY_SCHEMA);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, set, NULL, NULL, NULL);
    sqlite3_exec(db, rc == SQLITE_OK ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL);
    return rc;
}

static int history_setup(sqlite3 *db)
{
    sqlite3_busy_timeout(db, HISTORY_BUSY_MS);
    int rc = sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON",
                          NULL, NULL, NULL);
    if (rc == SQLITE_OK)
        rc = history_migrate(db);
    if (rc == SQLITE_OK) {               /* a cheap look at the pages the library reads */
        sqlite3_stmt *st;
        rc = sqlite3_prepare_v2(db, "SELECT count(*) FROM attempts", -1, &st, NULL);
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(st) == SQLITE_ROW ? SQLITE_OK : sqlite3_errcode(db);
            sqlite3_finalize(st);
        }
    }
    return rc;
}

/* Moves the damaged file (and its WAL and shared-memory files) aside; never deletes it. */
static bool history_move_aside(const char *path, char *aside, size_t size)
{
    char stamp[32];
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    snprintf(aside, size, "%s.damaged-%s", path, stamp);
    if (rename(path, aside) != 0)
        return false;
    const char *suffixes[] = {"-wal", "-shm"};
    for (int i = 0; i < 2; i++) {
        char from[4200], to[4300];
        snprintf(from, sizeof from, "%s%s", path, suffixes[i]);
        snprintf(to, sizeof to, "%s%s", aside, suffixes[i]);
        rename(from, to);                /* absent is fine */
    }
    return true;
}

History *history_open(const char *dir, char *notice, size_t notice_size, char *why, size_t why_size)
{
    notice[0] = why[0] = '\0';
    History *h = calloc(1, sizeof *h);
    if (h == NULL || !paths_make_dirs(dir)) {
        snprintf(why, why_size, "%s: the save folder cannot be made (%s)", dir, strerror(h ? errno : ENOMEM));
        free(h);
        return NULL;
    }
    snprintf(h->path, sizeof h->path, "%s/%s", dir, HISTORY_FILE);
    for (int attempt = 0; attempt < 2; attempt++) {
        int rc = sqlite3_open_v2(h->path, &h->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
        if (rc == SQLITE_OK)
            rc = history_setup(h->db);
        if (rc == SQLITE_OK)
            return h;
        snprintf(why, why_size, "%s: %s", h->path, rc == SQLITE_MISMATCH
                 ? "was written by a newer leadsim; it was left as it is" : sqlite3_errstr(rc));
        sqlite3_close(h->db);
        h->db = NULL;
        char aside[4200];
        if (!history_damage(rc) || attempt > 0 || !history_move_aside(h->path, aside, sizeof aside))
            break;
        snprintf(notice, notice_size, "%s was damaged (%s); it was kept as %s and a new history was started",
                 h->path, sqlite3_errstr(rc), aside);
    }
    free(h);
    return NULL;
}

void history_close(History *h)
{
    if (h == NULL)
        return;
    sqlite3_close(h->db);
    free(h);
}

const char *history_path(const History *h) { return h->path; }

/* ---- writing ------------------------------------------------------------------------------------ */

static void bind_text(sqlite3_stmt *st, int i, const char *text)
{
    if (text)
        sqlite3_bind_text(st, i, text, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(st, i);
}

static void bind_score(sqlite3_stmt *st, int i, const Score *s)
{
    if (s->assessed)
        sqlite3_bind_double(st, i, s->score10 / 10.0);
    else
        sqlite3_bind_null(st, i);
}

static char *history_choices_json(const PlayRecord *r)
{
    cJSON *array = save_steps_json(r);
    char *text = array ? cJSON_PrintUnformatted(array) : NULL;
    cJSON_Delete(array);
    return text;
}

static int history_insert_attempt(History *h, const DebriefDoc *doc, const char *sha256, const char *started)
{
    static const char sql[] =
        "INSERT INTO attempts (finished_at, player, scenario, title, file_sha256, framework, seed, choices,"
        " ending, ending_title, decisions, overall_earned, overall_best, overall_worst, overall_score, scenario_file,"
        " started_at) VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(h->db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK)
        return rc;
    char seed[32];
    snprintf(seed, sizeof seed, "%" PRIu64, doc->seed);
    char *choices = history_choices_json(&doc->session->record);
    const Score *all = &doc->scores.overall;
    bind_text(st, 1, doc->player);
    bind_text(st, 2, doc->scenario->id);
    bind_text(st, 3, doc->scenario->title);
    bind_text(st, 4, sha256 ? sha256 : "");
    bind_text(st, 5, doc->framework->id);
    bind_text(st, 6, seed);
    bind_text(st, 7, choices ? choices : "[]");
    bind_text(st, 8, doc->ended ? doc->last->id : NULL);
    bind_text(st, 9, doc->ended ? doc->last->ending : NULL);
    sqlite3_bind_int(st, 10, doc->decision_count);
    sqlite3_bind_int(st, 11, all->earned);
    sqlite3_bind_int(st, 12, all->best);
    sqlite3_bind_int(st, 13, all->worst);
    bind_score(st, 14, all);
    char file[4096];
    bind_text(st, 15, realpath(doc->scenario->path, file) ? file : doc->scenario->path);
    bind_text(st, 16, started && started[0] ? started : NULL);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    cJSON_free(choices);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static int history_insert_scores(History *h, int64_t id, const DebriefDoc *doc)
{
    static const char sql[] = "INSERT INTO scores (attempt, kind, item, earned, best, worst, score, decisions,"
                              " traded, missed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(h->db, sql, -1, &st, NULL);
    const Framework *fw = doc->framework;
    for (int i = 0; rc == SQLITE_OK && i < fw->competency_count + fw->domain_count; i++) {
        bool domain = i >= fw->competency_count;
        int k = domain ? i - fw->competency_count : i;
        const Score *s = domain ? &doc->scores.domains[k] : &doc->scores.competencies[k];
        sqlite3_reset(st);
        sqlite3_bind_int64(st, 1, id);
        bind_text(st, 2, domain ? "domain" : "competency");
        bind_text(st, 3, domain ? fw->domains[k].id : fw->competencies[k].id);
        sqlite3_bind_int(st, 4, s->earned);
        sqlite3_bind_int(st, 5, s->best);
        sqlite3_bind_int(st, 6, s->worst);
        bind_score(st, 7, s);
        sqlite3_bind_int(st, 8, domain ? 0 : s->decisions);
        sqlite3_bind_int(st, 9, domain ? 0 : doc->traded[k]);
        sqlite3_bind_int(st, 10, domain ? 0 : doc->missed[k]);
        rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(h->db);
    }
    sqlite3_finalize(st);
    return rc;
}

/* Each statement of the array under its own id, in order. */
static int history_insert_statements(History *h, int64_t id, const char *statements)
{
    cJSON *array = cJSON_Parse(statements);
    if (!cJSON_IsArray(array)) {
        cJSON_Delete(array);
        return SQLITE_MISUSE;
    }
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(h->db, "INSERT INTO statements (id, attempt, seq, body) VALUES (?, ?, ?, ?)", -1,
                                &st, NULL);
    int seq = 0;
    const cJSON *item;
    cJSON_ArrayForEach(item, array) {
        if (rc != SQLITE_OK)
            break;
        char *body = cJSON_PrintUnformatted(item);
        sqlite3_reset(st);
        bind_text(st, 1, cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(item, "id")));
        sqlite3_bind_int64(st, 2, id);
        sqlite3_bind_int(st, 3, seq++);
        bind_text(st, 4, body);
        rc = body && sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(h->db);
        cJSON_free(body);
    }
    sqlite3_finalize(st);
    cJSON_Delete(array);
    return rc;
}

int64_t history_add(History *h, const DebriefDoc *doc, const char *sha256, char *why, size_t size)
{
    return history_add_queued(h, doc, sha256, NULL, NULL, why, size);
}

int64_t history_add_queued(History *h, const DebriefDoc *doc, const char *sha256, const char *started,
                           const char *statements, char *why, size_t size)
{
    int rc = sqlite3_exec(h->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
    int64_t id = -1;
    if (rc == SQLITE_OK && (rc = history_insert_attempt(h, doc, sha256, started)) == SQLITE_OK) {
        id = sqlite3_last_insert_rowid(h->db);
        rc = history_insert_scores(h, id, doc);
    }
    if (rc == SQLITE_OK && statements)
        rc = history_insert_statements(h, id, statements);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(h->db, "COMMIT", NULL, NULL, NULL);
    if (rc != SQLITE_OK) {
        snprintf(why, size, "%s: the attempt could not be recorded (%s)", h->path, sqlite3_errmsg(h->db));
        sqlite3_exec(h->db, "ROLLBACK", NULL, NULL, NULL);
        return -1;
    }
    return id;
}

static char *history_estimates_json(const DebriefDoc *doc)
{
    cJSON *obj = cJSON_CreateObject();
    for (int i = 0; i < doc->framework->domain_count && i < DOC_MAX_DOMAINS; i++)
        if (doc->answers.estimate[i] > 0)
            cJSON_AddNumberToObject(obj, doc->framework->domains[i].id, doc->answers.estimate[i]);
    char *text = cJSON_PrintUnformatted(obj);
    cJSON_Delete(obj);
    return text;
}

int history_set_answers(History *h, int64_t id, const DebriefDoc *doc, char *why, size_t size)
{
    static const char sql[] = "UPDATE attempts SET asked = 1, feeling = ?, mattered = ?, self_estimate = ?,"
                              " commitment1 = ?, commitment2 = ? WHERE id = ?";
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(h->db, sql, -1, &st, NULL);
    char *estimates = history_estimates_json(doc);
    if (rc == SQLITE_OK) {
        const DocAnswers *a = &doc->answers;
        bind_text(st, 1, a->feeling);
        bind_text(st, 2, a->mattered);
        bind_text(st, 3, estimates ? estimates : "{}");
        bind_text(st, 4, a->commitments[0]);
        bind_text(st, 5, a->commitments[1]);
        sqlite3_bind_int64(st, 6, id);
        rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(h->db);
        if (rc == SQLITE_OK && sqlite3_changes(h->db) != 1)
            rc = SQLITE_NOTFOUND;        /* the attempt is not in this history (moved aside?) */
        sqlite3_finalize(st);
    }
    cJSON_free(estimates);
    if (rc != SQLITE_OK)
        snprintf(why, size, "%s: the answers could not be kept (%s)", h->path,
                 rc == SQLITE_NOTFOUND ? "the attempt is no longer there" : sqlite3_errmsg(h->db));
    return rc == SQLITE_OK ? 0 : -1;
}

/* ---- reading ------------------------------------------------------------------------------------ */

static void column_copy(sqlite3_stmt *st, int i, char *out, size_t size)
{
    const unsigned char *text = sqlite3_column_text(st, i);
    snprintf(out, size, "%s", text ? (const char *)text : "");
}

static int column_score10(sqlite3_stmt *st, int i)
{
    if (sqlite3_column_type(st, i) == SQLITE_NULL)
        return -1;
    double v = sqlite3_column_double(st, i);
    return (int)(v * 10 + (v >= 0 ? 0.5 : -0.5));
}

#define ATTEMPT_COLUMNS "id, finished_at, player, scenario, title, file_sha256, framework, seed, ending," \
                        " ending_title, decisions, overall_score, started_at"

static void history_row(sqlite3_stmt *st, Attempt *a)
{
    char seed[32];
    memset(a, 0, sizeof *a);
    a->id = sqlite3_column_int64(st, 0);
    column_copy(st, 1, a->finished, sizeof a->finished);
    column_copy(st, 2, a->player, sizeof a->player);
    column_copy(st, 3, a->scenario, sizeof a->scenario);
    column_copy(st, 4, a->title, sizeof a->title);
    column_copy(st, 5, a->sha256, sizeof a->sha256);
    column_copy(st, 6, a->framework, sizeof a->framework);
    column_copy(st, 7, seed, sizeof seed);
    a->seed = strtoull(seed, NULL, 10);
    column_copy(st, 8, a->ending, sizeof a->ending);
    column_copy(st, 9, a->ending_title, sizeof a->ending_title);
    a->decisions = sqlite3_column_int(st, 10);
    a->overall10 = column_score10(st, 11);
    column_copy(st, 12, a->started, sizeof a->started);
}

/* A player's own: under their name (whatever its case or surrounding spaces), or with no name at
 * all; ?2 NULL or '': everyone's. */
#define OWN_ATTEMPT "(?2 IS NULL OR trim(?2) = '' OR trim(player) = trim(?2) COLLATE NOCASE OR trim(player) = '')"

static int history_query(History *h, const char *sql, const char *scenario, const char *player, Attempt **out)
{
    sqlite3_stmt *st;
    *out = NULL;
    if (sqlite3_prepare_v2(h->db, sql, -1, &st, NULL) != SQLITE_OK)
        return -1;
    bind_text(st, 1, scenario);
    bind_text(st, 2, player);
    int count = 0, capacity = 0, rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (count == capacity) {
            capacity = capacity ? capacity * 2 : 32;
            Attempt *grown = realloc(*out, (size_t)capacity * sizeof *grown);
            if (grown == NULL)
                break;
            *out = grown;
        }
        history_row(st, &(*out)[count++]);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        free(*out);
        *out = NULL;
        return -1;
    }
    return count;
}

int history_list(History *h, const char *scenario, const char *player, Attempt **out)
{
    static const char sql[] = "SELECT " ATTEMPT_COLUMNS " FROM attempts WHERE (?1 IS NULL OR scenario = ?1)"
                              " AND (?2 IS NULL OR player = ?2) ORDER BY id";
    return history_query(h, sql, scenario, player, out);
}

int history_list_own(History *h, const char *player, Attempt **out, int *others, char *names, size_t size)
{
    static const char sql[] = "SELECT " ATTEMPT_COLUMNS " FROM attempts WHERE (?1 IS NULL OR scenario = ?1) AND "
                              OWN_ATTEMPT " ORDER BY id";
    /* One row per other player (a name in any case is one); the bare column comes from max(id)'s row. */
    static const char others_sql[] = "SELECT trim(player), count(*), max(id) FROM attempts WHERE NOT " OWN_ATTEMPT
                                     " GROUP BY trim(player) COLLATE NOCASE ORDER BY max(id) DESC";
    int count = history_query(h, sql, NULL, player, out);
    sqlite3_stmt *st;
    size_t used = 0;
    *others = 0;
    names[0] = '\0';
    if (count >= 0 && sqlite3_prepare_v2(h->db, others_sql, -1, &st, NULL) == SQLITE_OK) {
        bind_text(st, 2, player);
        for (int n = 0; sqlite3_step(st) == SQLITE_ROW; n++) {
            *others += sqlite3_column_int(st, 1);
            const char *name = (const char *)sqlite3_column_text(st, 0);
            if (n < 3 && used < size)    /* the most recent few, so a renamed player can find theirs */
                used += (size_t)snprintf(names + used, size - used, "%s%s", n ? ", " : "", name ? name : "");
            else if (n == 3 && used < size)
                used += (size_t)snprintf(names + used, size - used, ", ...");
        }
        sqlite3_finalize(st);
    }
    return count;
}

int history_summary(History *h, const char *scenario, const char *player, int *attempts, int *last10, int *best10)
{
    static const char sql[] = "SELECT count(*), (SELECT overall_score FROM attempts WHERE scenario = ?1 AND "
                              OWN_ATTEMPT " ORDER BY id DESC LIMIT 1), max(overall_score) FROM attempts"
                              " WHERE scenario = ?1 AND " OWN_ATTEMPT;
    sqlite3_stmt *st;
    *attempts = 0;
    *last10 = *best10 = -1;
    if (sqlite3_prepare_v2(h->db, sql, -1, &st, NULL) != SQLITE_OK)
        return -1;
    bind_text(st, 1, scenario);
    bind_text(st, 2, player);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *attempts = sqlite3_column_int(st, 0);
        *last10 = column_score10(st, 1);
        *best10 = column_score10(st, 2);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? 0 : -1;
}

/* The answers kept with the attempt, into the document. */
void history_detail_answers(const AttemptDetail *d, DebriefDoc *doc)
{
    DocAnswers *a = &doc->answers;
    memcpy(a->feeling, d->answers.feeling, sizeof a->feeling);
    memcpy(a->mattered, d->answers.mattered, sizeof a->mattered);
    memcpy(a->commitments, d->answers.commitments, sizeof a->commitments);
    cJSON *estimates = cJSON_Parse(d->estimates);
    for (int i = 0; i < doc->framework->domain_count && i < DOC_MAX_DOMAINS; i++) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(estimates, doc->framework->domains[i].id);
        a->estimate[i] = cJSON_IsNumber(v) && v->valueint >= 1 && v->valueint <= DOC_ESTIMATE_MAX ? v->valueint : 0;
    }
    cJSON_Delete(estimates);
}

/* The record from the stored choices; false when they are malformed. */
static bool history_record(const char *json, PlayRecord *r)
{
    cJSON *array = cJSON_Parse(json);
    bool ok = save_steps_read(array, r);
    cJSON_Delete(array);
    return ok;
}

static int history_get_scores(History *h, AttemptDetail *d)
{
    static const char sql[] = "SELECT item, kind, earned, best, worst, score, decisions, traded, missed"
                              " FROM scores WHERE attempt = ? ORDER BY rowid";
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(h->db, sql, -1, &st, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_int64(st, 1, d->attempt.id);
    int capacity = 0, rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (d->score_count == capacity) {
            capacity = capacity ? capacity * 2 : 32;
            AttemptScore *grown = realloc(d->scores, (size_t)capacity * sizeof *grown);
            if (grown == NULL)
                break;
            d->scores = grown;
        }
        AttemptScore *s = &d->scores[d->score_count++];
        column_copy(st, 0, s->item, sizeof s->item);
        s->domain = strcmp((const char *)sqlite3_column_text(st, 1), "domain") == 0;
        s->earned = sqlite3_column_int(st, 2);
        s->best = sqlite3_column_int(st, 3);
        s->worst = sqlite3_column_int(st, 4);
        s->score10 = column_score10(st, 5);
        s->decisions = sqlite3_column_int(st, 6);
        s->traded = sqlite3_column_int(st, 7);
        s->missed = sqlite3_column_int(st, 8);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : -1;
}

int history_get(History *h, int64_t id, AttemptDetail *d)
{
    static const char sql[] = "SELECT " ATTEMPT_COLUMNS ", choices, feeling, mattered, self_estimate,"
                              " commitment1, commitment2, scenario_file, asked FROM attempts WHERE id = ?";
    sqlite3_stmt *st;
    memset(d, 0, sizeof *d);
    if (sqlite3_prepare_v2(h->db, sql, -1, &st, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_int64(st, 1, id);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        history_row(st, &d->attempt);
        const unsigned char *choices = sqlite3_column_text(st, 13);
        found = history_record(choices ? (const char *)choices : "[]", &d->record);
        d->record.seed = d->attempt.seed;
        d->record.scenario = strdup(d->attempt.scenario);
        column_copy(st, 14, d->answers.feeling, sizeof d->answers.feeling);
        column_copy(st, 15, d->answers.mattered, sizeof d->answers.mattered);
        column_copy(st, 16, d->estimates, sizeof d->estimates);
        column_copy(st, 17, d->answers.commitments[0], sizeof d->answers.commitments[0]);
        column_copy(st, 18, d->answers.commitments[1], sizeof d->answers.commitments[1]);
        column_copy(st, 19, d->file, sizeof d->file);
        d->answered = sqlite3_column_int(st, 20) != 0;
    }
    sqlite3_finalize(st);
    if (!found || history_get_scores(h, d) != 0) {
        history_detail_free(d);
        return -1;
    }
    return 0;
}

void history_detail_free(AttemptDetail *d)
{
    record_free(&d->record);
    free(d->scores);
    memset(d, 0, sizeof *d);
}

/* ---- statements for the LRS ---------------------------------------------------------------------- */

static const char *const statement_states[] = {"waiting", "sent", "invalid"};

int history_statements(History *h, StatementState state, bool due_only, int limit, QueuedStatement **out)
{
    static const char sql[] = "SELECT id, attempt, body, tries, error FROM statements WHERE state = ?1"
                              " AND (?2 = 0 OR next_try <= ?3) ORDER BY attempt, seq LIMIT ?4";
    sqlite3_stmt *st;
    *out = NULL;
    if (sqlite3_prepare_v2(h->db, sql, -1, &st, NULL) != SQLITE_OK)
        return -1;
    bind_text(st, 1, statement_states[state]);
    sqlite3_bind_int(st, 2, due_only);
    sqlite3_bind_int64(st, 3, (sqlite3_int64)time(NULL));
    sqlite3_bind_int(st, 4, limit);
    int count = 0, rc = SQLITE_DONE;
    QueuedStatement *list = calloc((size_t)(limit > 0 ? limit : 1), sizeof *list);
    while (list && count < limit && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        QueuedStatement *q = &list[count];
        column_copy(st, 0, q->id, sizeof q->id);
        q->attempt = sqlite3_column_int64(st, 1);
        q->body = strdup((const char *)sqlite3_column_text(st, 2));
        q->tries = sqlite3_column_int(st, 3);
        column_copy(st, 4, q->error, sizeof q->error);
        if (q->body == NULL)
            break;
        count++;
    }
    bool failed = list == NULL || (count < limit && rc != SQLITE_DONE);
    sqlite3_finalize(st);
    if (failed || count == 0) {
        history_statements_free(list, count);
        return failed ? -1 : 0;
    }
    *out = list;
    return count;
}

void history_statements_free(QueuedStatement *list, int count)
{
    for (int i = 0; list && i < count; i++)
        free(list[i].body);
    free(list);
}

char *history_attempt_statements(History *h, int64_t attempt)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(h->db, "SELECT body FROM statements WHERE attempt = ? ORDER BY seq", -1, &st, NULL) !=
        SQLITE_OK)
        return NULL;
    sqlite3_bind_int64(st, 1, attempt);
    cJSON *array = cJSON_CreateArray();
    while (sqlite3_step(st) == SQLITE_ROW)
        cJSON_AddItemToArray(array, cJSON_Parse((const char *)sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    char *printed = cJSON_GetArraySize(array) > 0 ? cJSON_Print(array) : NULL;
    cJSON_Delete(array);
    char *text = printed ? malloc(strlen(printed) + 2) : NULL;
    if (text)
        sprintf(text, "%s\n", printed);
    cJSON_free(printed);
    return text;
}

int history_statement_mark(History *h, const char *id, StatementState state, const char *error, long next_try)
{
    static const char sql[] =
        "UPDATE statements SET state = ?2, error = ?3, tries = tries + (?2 = 'waiting'), next_try = ?4,"
        " done_at = CASE WHEN ?2 = 'waiting' THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%SZ', 'now') END"
        " WHERE id = ?1";
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(h->db, sql, -1, &st, NULL) != SQLITE_OK)
        return -1;
    bind_text(st, 1, id);
    bind_text(st, 2, statement_states[state]);
    bind_text(st, 3, error && error[0] ? error : NULL);
    sqlite3_bind_int64(st, 4, next_try);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : -1;
}

int history_statement_counts(History *h, int counts[3])
{
    sqlite3_stmt *st;
    counts[0] = counts[1] = counts[2] = 0;
    if (sqlite3_prepare_v2(h->db, "SELECT state, count(*) FROM statements GROUP BY state", -1, &st, NULL) != SQLITE_OK)
        return -1;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        for (int i = 0; i < 3; i++)
            if (strcmp((const char *)sqlite3_column_text(st, 0), statement_states[i]) == 0)
                counts[i] = sqlite3_column_int(st, 1);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : -1;
}
