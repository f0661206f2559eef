/* report_json: the debrief as SPEC's JSON object (play --json). */
#ifndef LEADSIM_REPORT_JSON_H
#define LEADSIM_REPORT_JSON_H

#include "debrief.h"

/* The JSON text, newline-terminated; the caller frees it with free(). NULL when out of memory. */
char *report_json(const Playthrough *p, const Debrief *d);

#endif
