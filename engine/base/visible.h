/* visible: text a scenario wrote, safe to send to a terminal.
 *
 * Scenario prose, ids, feedback and error messages reach stdout and stderr.
 * Control characters in them (ESC sequences that retitle the window or clear
 * the screen, 8-bit C1 controls, backspaces, carriage returns) are shown as
 * \xHH instead of being sent; JSON output escapes them itself and stays exact. */
#ifndef LEADSIM_VISIBLE_H
#define LEADSIM_VISIBLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

bool  visible_needed(const char *text, size_t length, bool keep_newlines); /* has a control character */
char *visible_copy(const char *text, size_t length, bool keep_newlines);   /* malloc'd; NULL if out of memory */
void  visible_write(FILE *out, const char *text, bool keep_newlines);      /* fputs, made visible */
/* One line: formatted, every control character (newlines too, so none can forge another
 * line) made visible, then '\n'. */
void  visible_line(FILE *out, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
