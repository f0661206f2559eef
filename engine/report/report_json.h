/* report_json: the debrief as SPEC's JSON object (play --json). */
#ifndef LEADSIM_REPORT_JSON_H
#define LEADSIM_REPORT_JSON_H

#include "document.h"

/* The JSON text, newline-terminated; the caller frees it with free(). NULL when out of memory. */
char *report_json(const DebriefDoc *doc);
/* The same object plus an attempt's player, date, reactions, self-estimate and commitments. */
char *report_json_attempt(const DebriefDoc *doc, const char *finished);

#endif
