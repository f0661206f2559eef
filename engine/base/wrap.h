/* wrap: scenario prose into lines, for the terminal (columns) and the window (pixels).
 *
 * Prose is written in Lua long strings, indented and broken wherever the author's
 * editor broke it. wrap_normalize turns it into what the author meant: blank lines
 * separate paragraphs, a line starting "- ", "* ", "• " or "1. " starts a list item,
 * any other line break is a space. */
#ifndef LEADSIM_WRAP_H
#define LEADSIM_WRAP_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    const char *text;          /* points into the normalized text */
    size_t length;
    int indent;                /* continuation of a list item, in measure units */
    bool paragraph_start;      /* a new paragraph begins here (not the first) */
} WrapLine;

typedef int  (*WrapMeasure)(void *ctx, const char *text, size_t length);
typedef void (*WrapEmit)(void *ctx, const WrapLine *line);

char *wrap_normalize(const char *raw);  /* '\n' breaks a line, "\n\n" a paragraph; caller frees */
void  wrap_text(const char *normalized, int width, WrapMeasure measure, void *measure_ctx,
                WrapEmit emit, void *emit_ctx);
int   wrap_columns(void *ctx, const char *text, size_t length); /* a measure: UTF-8 code points */
size_t wrap_list_marker(const char *line, size_t length);       /* bytes of "- ", "1. ", ... or 0 */

#endif
