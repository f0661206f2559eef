/* recorder: a session listener that keeps a trainee's work.
 *
 * After every decision it writes the save, on a thread of its own so the game
 * never waits on the disk (writes are atomic, so a crash at any moment leaves the
 * last good save); at an ending it records the attempt in the history and then
 * removes the save (the attempt holds everything). The
 * answers given after the scores (reactions, self-estimate, commitments) are
 * added when the view has them. Problems never stop the game: they go to the
 * report callback once, naming the file, and what can still be kept is kept. */
#ifndef LEADSIM_RECORDER_H
#define LEADSIM_RECORDER_H

#include "history.h"
#include "save.h"
#include "writer.h"

typedef void (*RecorderReport)(void *ctx, const char *message);
/* The xAPI statements of a finished attempt (a JSON array, freed with free()), to queue for the LRS
 * with the attempt; NULL queues none. The records layer cannot render them itself, so the command
 * or the window that keeps the attempt gives this (cli/cli_play.c passes report_xapi's). */
typedef char *(*RecorderStatements)(void *ctx, const DebriefDoc *doc, const char *started, const char *finished);

typedef struct {
    Session *session;
    char dir[4096];               /* the save folder */
    char save_path[4200];         /* "" when saves cannot be written */
    SaveData data;
    bool warned;                  /* a failed save was reported (once) */
    int saved_decisions;          /* the record's length at the last save */
    int64_t attempt;              /* the attempt recorded at the ending, or -1 */
    RecorderReport report;
    void *report_ctx;
    Writer writer;                /* writes the saves, off the game thread */
    RecorderStatements statements;
    void *statements_ctx;
} Recorder;

/* Starts keeping `s` (already opened, not yet started) in `dir`. `resume_path`, when not
 * NULL, is the save being continued (`resume` its contents): it goes on being written,
 * with its start time. */
int  recorder_start(Recorder *r, Session *s, const char *dir, const char *player, const char *resume_path,
                    const SaveData *resume, RecorderReport report, void *ctx);
/* Queue xAPI statements with the attempt at its ending (set after recorder_start). */
void recorder_statements(Recorder *r, RecorderStatements statements, void *ctx);
/* The answers of the finished debrief, for the attempt. */
void recorder_answers(Recorder *r, const DebriefDoc *doc);
void recorder_flush(Recorder *r);        /* waits until the last save is on disk */
void recorder_stop(Recorder *r);         /* flushes, then stops the writer */

#endif
