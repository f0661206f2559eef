/* lrs: the statements waiting in the history, sent to a learning record store.
 *
 * xAPI 1.0.3 over HTTPS with libcurl: POST <endpoint>/statements, Basic
 * authentication, X-Experience-API-Version. Statements go in batches, oldest
 * first, and are marked sent only once the LRS has answered 2xx, so a crash or
 * a kill between the two sends them again, and as their ids were chosen when
 * they were queued the LRS keeps one of each. An LRS that answers 400 has
 * judged a statement invalid: it is kept, marked and reported, never retried.
 * An LRS that is down, slow or failing (timeouts, 5xx, 429) is retried a few
 * times with growing pauses, then the statements wait, each with the time its
 * next try is due. Credentials go to libcurl only: never into a message, a log
 * or the database.
 *
 * lrs_sync runs to the end where it is called (leadsim sync); lrs_sync_start
 * runs the same on a thread of its own, for a window that must never wait. */
#ifndef LEADSIM_LRS_H
#define LEADSIM_LRS_H

#include <stdbool.h>
#include "settings.h"

typedef struct {
    int sent;                   /* accepted by the LRS in this run */
    int already;                /* of those, ones it had from an earlier run that was cut short */
    int invalid;                /* refused as invalid in this run; kept, never retried */
    int waiting;                /* still waiting after the run */
    int invalid_total;          /* all refused ones in the history */
    char problem[512];          /* why sending stopped before the queue was empty; "" when it did not */
} LrsReport;

/* Sends what waits in the history in `dir` to the LRS of `settings`; `due_only` leaves the
 * statements whose next try is not due yet. 0 when nothing is left to send, 1 when some still wait
 * (report->problem says why), -1 when the history cannot be opened (problem says why). */
int lrs_sync(const char *dir, const Settings *settings, bool due_only, LrsReport *report);

typedef struct LrsSync LrsSync;
/* The same, with due_only, on a background thread. NULL when no thread can be started. */
LrsSync *lrs_sync_start(const char *dir, const Settings *settings);
bool     lrs_sync_done(LrsSync *sync, LrsReport *report);  /* never waits: true (and the report) once it ended */
void     lrs_sync_finish(LrsSync *sync);                    /* stops what is in flight, waits for the thread, frees */

#endif
