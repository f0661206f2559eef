/* recorder: saves as the session steps (on the writer thread), the history at its end. */
#include "recorder.h"

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

void recorder_flush(Recorder *r)
{
    writer_flush(&r->writer);
}

/* Reports, once, a save the writer could not make (the game goes on either way). */
static void recorder_check(Recorder *r)
{
    char failed[4400];
    bool failing = writer_failed(&r->writer, failed, sizeof failed);
    if (failing && !r->warned)
        recorder_say(r, failed);
    r->warned = failing;
}

/* ---- saving and recording ----------------------------------------------------------------------- */

static void recorder_save(Recorder *r)
{
    if (r->save_path[0] == '\0' || !r->writer.started)
        return;
    PlayRecord fresh;
    if (record_copy(&fresh, &r->session->record) != 0)
        return;
    record_free(&r->data.record);
    r->data.record = fresh;
    char *text = save_text(&r->data);
    if (text == NULL)
        return;
    writer_put(&r->writer, text);
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
    } else if (save_slot(dir, s->scenario->id, player, r->save_path, sizeof r->save_path, notes, sizeof notes) != 0) {
        r->save_path[0] = '\0';
    }
    recorder_say(r, notes);              /* files passed over, or why nothing can be saved */
    if (r->save_path[0] && writer_start(&r->writer, r->save_path) != 0)
        recorder_say(r, "leadsim: saves cannot be written (no thread for them)");
    int listening = session_listen(s, (SessionListener){recorder_heard, r});
    /* A save replayed to its ending (its attempt could not be recorded then): record it now. */
    if (s->started && s->play.status == PLAY_ENDED && s->record.count > 0)
        recorder_finish(r);
    return listening;
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
    writer_flush(&r->writer);
    recorder_check(r);
    writer_stop(&r->writer);
    save_data_free(&r->data);
    memset(r, 0, sizeof *r);
    r->attempt = -1;
}
