/* recorder: saves as the session steps (on the writer thread), the history at its end. */
#include "recorder.h"
#include "atomic.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void recorder_say(Recorder *r, const char *message)
{
    if (r->report && message[0])
        r->report(r->report_ctx, message);
}

/* ---- the writer thread ------------------------------------------------------------------------ */

static void *recorder_writer(void *arg)
{
    Recorder *r = arg;
    pthread_mutex_lock(&r->lock);
    for (;;) {
        while (!r->pending && !r->quit)
            pthread_cond_wait(&r->wake, &r->lock);
        if (!r->pending)
            break;                       /* quit, with nothing left to write */
        char *text = r->pending;
        r->pending = NULL;
        r->writing = true;
        pthread_mutex_unlock(&r->lock);
        int failed = atomic_write(r->save_path, text, strlen(text)) != 0 ? errno : 0;
        cJSON_free(text);
        pthread_mutex_lock(&r->lock);
        r->writing = false;
        if (failed)
            snprintf(r->failed, sizeof r->failed, "%s: could not be saved (%s); the last good save is kept",
                     r->save_path, strerror(failed));
        else
            r->failed[0] = '\0';
        pthread_cond_broadcast(&r->idle);
    }
    pthread_mutex_unlock(&r->lock);
    return NULL;
}

void recorder_flush(Recorder *r)
{
    if (!r->started)
        return;
    pthread_mutex_lock(&r->lock);
    while (r->pending || r->writing)
        pthread_cond_wait(&r->idle, &r->lock);
    pthread_mutex_unlock(&r->lock);
}

/* Reports, once, a save the writer could not make (the game goes on either way). */
static void recorder_check(Recorder *r)
{
    char failed[4400] = "";
    pthread_mutex_lock(&r->lock);
    snprintf(failed, sizeof failed, "%s", r->failed);
    pthread_mutex_unlock(&r->lock);
    if (failed[0] && !r->warned)
        recorder_say(r, failed);
    r->warned = failed[0] != '\0';
}

/* ---- saving and recording ----------------------------------------------------------------------- */

static void recorder_save(Recorder *r)
{
    if (r->save_path[0] == '\0' || !r->started)
        return;
    PlayRecord fresh;
    if (record_copy(&fresh, &r->session->record) != 0)
        return;
    record_free(&r->data.record);
    r->data.record = fresh;
    char *text = save_text(&r->data);
    if (text == NULL)
        return;
    pthread_mutex_lock(&r->lock);
    if (r->pending)
        cJSON_free(r->pending);          /* a newer save replaces one not yet written */
    r->pending = text;
    pthread_cond_signal(&r->wake);
    pthread_mutex_unlock(&r->lock);
    recorder_check(r);
}

/* The ending: the attempt goes to the history, then the save is no longer needed. */
static void recorder_finish(Recorder *r)
{
    char notice[4400], why[4400];
    recorder_flush(r);                   /* so no save lands after it is removed */
    History *h = history_open(r->dir, notice, sizeof notice, why, sizeof why);
    recorder_say(r, notice);
    DebriefDoc doc;
    if (h == NULL || debrief_doc_build(&doc, r->session, false, r->data.player) != 0) {
        recorder_say(r, h ? "leadsim: out of memory recording the attempt" : why);
        history_close(h);
        return;                          /* the save stays: nothing is lost */
    }
    char finished[32];
    save_now(finished);
    char *statements = r->statements ? r->statements(r->statements_ctx, &doc, r->data.started, finished) : NULL;
    r->attempt = history_add_queued(h, &doc, r->data.sha256, r->data.started, statements, why, sizeof why);
    free(statements);
    if (r->attempt < 0)
        recorder_say(r, why);
    else if (r->save_path[0] && unlink(r->save_path) == 0)
        r->save_path[0] = '\0';
    debrief_doc_free(&doc);
    history_close(h);
}

static void recorder_heard(void *ctx, Session *s, SessionEvent event)
{
    Recorder *r = ctx;
    (void)s;
    if (event == SESSION_RELOADED && hash_file(r->session->scenario->path, r->data.sha256) != 0)
        r->data.sha256[0] = '\0';
    if (event == SESSION_FAILED)
        return;                          /* the save before the failure is the good one */
    /* After every decision (narration changes nothing a replay needs), and on (re)starting. */
    if (event != SESSION_STEPPED || r->session->record.count != r->saved_decisions)
        recorder_save(r);
    r->saved_decisions = r->session->record.count;
    if (event == SESSION_ENDED && r->attempt < 0)
        recorder_finish(r);
}

int recorder_start(Recorder *r, Session *s, const char *dir, const char *player, const char *resume_path,
                   const SaveData *resume, RecorderReport report, void *ctx)
{
    memset(r, 0, sizeof *r);
    r->session = s;
    r->attempt = -1;
    r->report = report;
    r->report_ctx = ctx;
    snprintf(r->dir, sizeof r->dir, "%s", dir);
    if (save_data_from(&r->data, s, player) != 0)
        return -1;
    char notes[8192] = "";
    if (resume_path) {
        snprintf(r->data.started, sizeof r->data.started, "%s", resume->started);
        snprintf(r->save_path, sizeof r->save_path, "%s", resume_path);
    } else if (save_slot(dir, s->scenario->id, r->save_path, sizeof r->save_path, notes, sizeof notes) != 0) {
        r->save_path[0] = '\0';
    }
    recorder_say(r, notes);              /* files passed over, or why nothing can be saved */
    pthread_mutex_init(&r->lock, NULL);
    pthread_cond_init(&r->wake, NULL);
    pthread_cond_init(&r->idle, NULL);
    r->started = pthread_create(&r->writer, NULL, recorder_writer, r) == 0;
    if (!r->started)
        recorder_say(r, "leadsim: saves cannot be written (no thread for them)");
    return session_listen(s, (SessionListener){recorder_heard, r});
}

void recorder_statements(Recorder *r, RecorderStatements statements, void *ctx)
{
    r->statements = statements;
    r->statements_ctx = ctx;
}

void recorder_answers(Recorder *r, const DebriefDoc *doc)
{
    if (r->attempt < 0 || !doc->answers.asked)
        return;
    char notice[4400], why[4400];
    History *h = history_open(r->dir, notice, sizeof notice, why, sizeof why);
    recorder_say(r, notice);
    if (h == NULL || history_set_answers(h, r->attempt, doc, why, sizeof why) != 0)
        recorder_say(r, why);
    history_close(h);
}

void recorder_stop(Recorder *r)
{
    if (r->started) {
        recorder_flush(r);
        recorder_check(r);
        pthread_mutex_lock(&r->lock);
        r->quit = true;
        pthread_cond_signal(&r->wake);
        pthread_mutex_unlock(&r->lock);
        pthread_join(r->writer, NULL);
        pthread_mutex_destroy(&r->lock);
        pthread_cond_destroy(&r->wake);
        pthread_cond_destroy(&r->idle);
    }
    save_data_free(&r->data);
    memset(r, 0, sizeof *r);
    r->attempt = -1;
}
