/* report_text: the debrief document as plain text, for the terminal and screen readers.
 *
 * No cursor movement or color: it reads well through a screen reader and in a
 * transcript. An interactive terminal asks the prompt blocks itself
 * (cli/text_play.c) and renders every other block through report_text_block. */
#ifndef LEADSIM_REPORT_TEXT_H
#define LEADSIM_REPORT_TEXT_H

#include <stdio.h>
#include "document.h"

void report_text(FILE *out, const DebriefDoc *doc, int width);       /* the whole debrief, answers included */
void report_text_start(FILE *out, const DebriefDoc *doc, int width); /* its title line */
void report_text_block(FILE *out, const DebriefDoc *doc, const DocBlock *b, int width);
void report_text_wrapped(FILE *out, const char *text, int width, int indent); /* prose wrapped at width */

#endif
