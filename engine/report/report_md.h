/* report_md: the debrief document as Markdown, for keeping and sharing.
 *
 * The whole debrief in its order (PEARLS), answers included: sections and
 * headings as Markdown headings, the domain chart and the competency scores as
 * tables, feedback as block quotes. Scenario text is escaped, so a `*` or a `|`
 * in a story stays a character and never becomes formatting. */
#ifndef LEADSIM_REPORT_MD_H
#define LEADSIM_REPORT_MD_H

#include <stdio.h>
#include "document.h"

/* `finished` (ISO 8601) may be NULL; the player comes from the document. */
void report_md(FILE *out, const DebriefDoc *doc, const char *finished);

#endif
