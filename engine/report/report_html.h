/* report_html: the debrief document as one self-contained HTML file.
 *
 * Nothing is loaded from anywhere: the style is inline, there is no script, and
 * a Content-Security-Policy meta says so to the browser. The domain chart is
 * inline SVG with labels and values (Okabe-Ito colours, never the only cue).
 * It reads on a phone (one column, the chart scales) and prints on A4 or
 * Letter. Every text from a scenario or a player is HTML-escaped. */
#ifndef LEADSIM_REPORT_HTML_H
#define LEADSIM_REPORT_HTML_H

#include <stdio.h>
#include "document.h"

/* `finished` (ISO 8601) may be NULL; the player comes from the document. */
void report_html(FILE *out, const DebriefDoc *doc, const char *finished);

#endif
