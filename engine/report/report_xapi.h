/* report_xapi: an attempt as xAPI 1.0.3 statements, for a learning record store.
 *
 *   launched    the scenario (an activity of type simulation), at the start
 *   answered    one per decision: the scene as a cmi.interaction of type choice,
 *               the choice's id (or "#N") as result.response
 *   completed   the scenario, with result.score.scaled (overall / 100), success
 *               (overall in the strong band), completion, duration, and each
 *               assessed competency as a result extension
 * (terminated instead of completed when the attempt stopped before an ending.)
 * Every statement carries the registration (one per attempt), the platform, and
 * the actor and IRIs of the [xapi] settings. Statement ids are fresh UUIDs:
 * callers that queue them keep them, so a resend is the same statement. */
#ifndef LEADSIM_REPORT_XAPI_H
#define LEADSIM_REPORT_XAPI_H

#include "document.h"
#include "settings.h"

typedef struct {
    const char *started;        /* ISO 8601 UTC, or NULL/"" when unknown (then no duration) */
    const char *finished;       /* ISO 8601 UTC */
    const char *registration;   /* a UUID, the same for all of the attempt's statements */
} XapiAttempt;

/* The statements as a JSON array (newline-terminated; free with free()), or NULL with
 * `why` when there is no actor to name ([xapi] mbox or account_homepage) or no memory. */
char *report_xapi(const DebriefDoc *doc, const Settings *settings, const XapiAttempt *attempt, char *why,
                  size_t size);
/* The same for a recorder (RecorderStatements, with ctx the Settings): a fresh registration for the
 * attempt; NULL (said on stderr) when none can be made. */
char *report_xapi_for_attempt(void *settings, const DebriefDoc *doc, const char *started, const char *finished);

#endif
