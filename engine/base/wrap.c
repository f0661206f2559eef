/* wrap: normalizing prose and greedy line breaking. */
#include "wrap.h"

#include <stdlib.h>
#include <string.h>

/* Bytes of one word read per unit of width before it counts as too long for a
 * line: a bound, so that wrapping is linear in the text however long its words. */
#define WRAP_SCAN_PER_UNIT 16

static bool wrap_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

size_t wrap_list_marker(const char *line, size_t length)
{
    if (length >= 2 && (line[0] == '-' || line[0] == '*') && line[1] == ' ')
        return 2;
    if (length >= 4 && memcmp(line, "\xE2\x80\xA2 ", 4) == 0) /* "• " */
        return 4;
    size_t i = 0;
    while (i < length && i < 3 && line[i] >= '0' && line[i] <= '9')
        i++;
    if (i > 0 && i + 1 < length && (line[i] == '.' || line[i] == ')') && line[i + 1] == ' ')
        return i + 2;
    return 0;
}

char *wrap_normalize(const char *raw)
{
    size_t n = strlen(raw);
    char *out = malloc(n + 1);
    if (out == NULL)
        return NULL;
    size_t o = 0;
    bool in_paragraph = false, blank_pending = false;
    const char *p = raw, *end = raw + n;
    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        if (eol == NULL)
            eol = end;
        const char *a = p, *b = eol;
        while (a < b && wrap_space(*a)) a++;
        while (b > a && wrap_space(b[-1])) b--;
        if (a == b) {
            blank_pending = in_paragraph;
        } else {
            if (in_paragraph) {
                if (blank_pending) {
                    out[o++] = '\n';
                    out[o++] = '\n';
                } else {
                    out[o++] = wrap_list_marker(a, (size_t)(b - a)) ? '\n' : ' ';
                }
            }
            blank_pending = false;
            in_paragraph = true;
            bool last_space = false;
            for (const char *q = a; q < b; q++) { /* runs of spaces become one */
                if (wrap_space(*q)) {
                    if (!last_space)
                        out[o++] = ' ';
                    last_space = true;
                } else {
                    out[o++] = *q;
                    last_space = false;
                }
            }
        }
        p = eol + (eol < end);
    }
    out[o] = '\0';
    return out;
}

int wrap_columns(void *ctx, const char *text, size_t length)
{
    (void)ctx;
    int columns = 0;
    for (size_t i = 0; i < length; i++)
        columns += ((unsigned char)text[i] & 0xC0) != 0x80;
    return columns;
}

/* The first character boundary at or after i. */
static size_t wrap_boundary(const char *s, size_t length, size_t i)
{
    while (i < length && ((unsigned char)s[i] & 0xC0) == 0x80)
        i++;
    return i < length ? i : length;
}

/* Bytes of the longest prefix of s that fits in `width`, at a character boundary;
 * at least one character. Gallops then bisects, so a 4 MB word costs about what
 * fits on a line, not its whole length, for every line it fills. */
static size_t wrap_fit(const char *s, size_t length, int width, WrapMeasure measure, void *ctx)
{
    size_t good = wrap_boundary(s, length, 1), bad = length + 1, step = 1;
    while (good < length) {
        size_t probe = wrap_boundary(s, length, good + step);
        if (measure(ctx, s, probe) > width) {
            bad = probe;
            break;
        }
        good = probe;
        step *= 2;
    }
    while (bad <= length) {
        size_t mid = wrap_boundary(s, length, good + (bad - good) / 2);
        if (mid <= good)
            mid = wrap_boundary(s, length, good + 1);
        if (mid >= bad)
            break;
        if (measure(ctx, s, mid) > width)
            bad = mid;
        else
            good = mid;
    }
    return good;
}

/* Whether s fits in `width`, measuring about twice what fits at most. */
static bool wrap_fits(const char *s, size_t length, int width, WrapMeasure measure, void *ctx)
{
    for (size_t probe = 256; probe < length; probe *= 2)
        if (measure(ctx, s, wrap_boundary(s, length, probe)) > width)
            return false;
    return measure(ctx, s, length) <= width;
}

/* Wraps one hard line (no '\n'); `indent` applies to its continuation lines. */
static void wrap_line(const char *s, size_t length, int width, bool paragraph_start,
                      WrapMeasure measure, void *ctx, WrapEmit emit, void *emit_ctx)
{
    size_t marker = wrap_list_marker(s, length);
    int indent = marker ? measure(ctx, s, marker) : 0;
    if (indent > width / 2)
        indent = 0;
    WrapLine line = {s, 0, 0, paragraph_start};
    size_t pos = 0;
    bool first = true;
    while (pos < length) {
        int available = first ? width : width - indent;
        size_t start = pos, end = pos, best = 0;
        /* Take whole words while they fit. */
        size_t scan_limit = start + WRAP_SCAN_PER_UNIT * ((size_t)(available > 0 ? available : 0) + 16);
        while (end < length) {
            size_t word_end = end;
            while (word_end < length && s[word_end] == ' ') word_end++;
            while (word_end < length && s[word_end] != ' ' && word_end < scan_limit) word_end++;
            if (word_end == scan_limit && word_end < length && s[word_end] != ' ')
                break;                         /* far longer than a line: never read to its end */
            if (!wrap_fits(s + start, word_end - start, available, measure, ctx))
                break;
            best = word_end;
            end = word_end;
        }
        if (best == 0) /* one word wider than the line: break inside it */
            best = start + wrap_fit(s + start, length - start, available, measure, ctx);
        line.text = s + start;
        line.length = best - start;
        line.indent = first ? 0 : indent;
        emit(emit_ctx, &line);
        line.paragraph_start = false;
        first = false;
        pos = best;
        while (pos < length && s[pos] == ' ')
            pos++;
    }
}

void wrap_text(const char *normalized, int width, WrapMeasure measure, void *measure_ctx,
               WrapEmit emit, void *emit_ctx)
{
    const char *p = normalized;
    bool paragraph_start = false;
    while (*p) {
        const char *eol = strchr(p, '\n');
        size_t length = eol ? (size_t)(eol - p) : strlen(p);
        if (length > 0)
            wrap_line(p, length, width, paragraph_start, measure, measure_ctx, emit, emit_ctx);
        paragraph_start = false;
        if (eol == NULL)
            break;
        p = eol + 1;
        if (*p == '\n') {
            paragraph_start = true;
            p++;
        }
    }
}
