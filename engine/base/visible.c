/* visible: control characters made visible before text reaches a terminal. */
#include "visible.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* Bytes of the control character at s (C0, DEL, or C1 as raw byte or UTF-8), or 0. */
static size_t visible_control(const unsigned char *s, size_t left, bool keep_newlines)
{
    if (s[0] == '\n')
        return keep_newlines ? 0 : 1;
    if (s[0] == '\t')
        return 0;
    if (s[0] < 0x20 || s[0] == 0x7f)
        return 1;
    if (s[0] == 0xc2 && left > 1 && s[1] >= 0x80 && s[1] <= 0x9f)
        return 2;                      /* U+0080..U+009F, the C1 controls */
    if (s[0] >= 0x80 && s[0] <= 0x9f) {
        /* A lone continuation byte: a C1 control to an 8-bit terminal. */
        return 1;
    }
    return 0;
}

/* Whether s[0] is a continuation byte of a valid sequence that began before it. */
static bool visible_continues(const unsigned char *start, const unsigned char *s)
{
    size_t back = 0;
    while (s - back > start && back < 3 && (s[-1 - (long)back] & 0xc0) == 0x80)
        back++;
    if (s - back == start)
        return false;
    unsigned char lead = s[-1 - (long)back];
    size_t need = lead >= 0xf0 && lead < 0xf8 ? 3 : lead >= 0xe0 ? 2 : lead >= 0xc0 ? 1 : 0;
    return back < need;
}

static size_t visible_control_at(const unsigned char *start, const unsigned char *s, size_t left,
                                 bool keep_newlines)
{
    size_t n = visible_control(s, left, keep_newlines);
    if (n == 1 && s[0] >= 0x80 && visible_continues(start, s))
        return 0;
    return n;
}

bool visible_needed(const char *text, size_t length, bool keep_newlines)
{
    const unsigned char *s = (const unsigned char *)text;
    for (size_t i = 0; i < length; i++)
        if (visible_control_at(s, s + i, length - i, keep_newlines))
            return true;
    return false;
}

char *visible_copy(const char *text, size_t length, bool keep_newlines)
{
    const unsigned char *s = (const unsigned char *)text;
    char *out = malloc(length * 4 + 1), *o = out;
    if (out == NULL)
        return NULL;
    for (size_t i = 0; i < length;) {
        size_t n = visible_control_at(s, s + i, length - i, keep_newlines);
        if (n == 0) {
            *o++ = (char)s[i++];
            continue;
        }
        for (size_t k = 0; k < n; k++, i++) {
            static const char hex[] = "0123456789ABCDEF";
            *o++ = '\\';
            *o++ = 'x';
            *o++ = hex[s[i] >> 4];
            *o++ = hex[s[i] & 15];
        }
    }
    *o = '\0';
    return out;
}

void visible_write(FILE *out, const char *text, bool keep_newlines)
{
    size_t length = strlen(text);
    if (!visible_needed(text, length, keep_newlines)) {
        fputs(text, out);
        return;
    }
    char *shown = visible_copy(text, length, keep_newlines);
    fputs(shown ? shown : "(text with control characters)", out);
    free(shown);
}

void visible_line(FILE *out, const char *fmt, ...)
{
    char small[1024], *text = small;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n >= (int)sizeof small && (text = malloc((size_t)n + 1)) != NULL) {
        va_start(ap, fmt);
        vsnprintf(text, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    visible_write(out, text ? text : small, false);
    fputc('\n', out);
    if (text != small)
        free(text);
}
