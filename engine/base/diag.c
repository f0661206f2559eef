/* diag: errors and warnings with file, line and hint. */
#include "diag.h"
#include "visible.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static char *diag_strdup(const char *s) { return s ? strdup(s) : NULL; }

void diag_add(DiagList *list, DiagLevel level, const char *path, int line, const char *code,
              const char *hint, const char *fmt, ...)
{
    if (list == NULL)
        return;
    if (list->count == list->capacity) {
        int capacity = list->capacity ? list->capacity * 2 : 16;
        Diag *items = realloc(list->items, (size_t)capacity * sizeof *items);
        if (items == NULL)
            return;
        list->items = items;
        list->capacity = capacity;
    }
    char message[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    Diag *d = &list->items[list->count++];
    *d = (Diag){level, diag_strdup(path), line, diag_strdup(code), strdup(message), diag_strdup(hint)};
    if (level == DIAG_ERROR)
        list->errors++;
    else
        list->warnings++;
}

static bool diag_before(const Diag *x, const Diag *y)
{
    int by_path = strcmp(x->path ? x->path : "", y->path ? y->path : "");
    return by_path < 0 || (by_path == 0 && x->line < y->line);
}

void diag_sort(DiagList *list)
{
    /* Merge sort: stable, and n log n however many findings a file has. */
    Diag *from = list->items, *to = malloc(((size_t)list->count + 1) * sizeof *to);
    if (to == NULL)
        return;
    for (int width = 1; width < list->count; width *= 2) {
        for (int lo = 0; lo < list->count; lo += 2 * width) {
            int mid = lo + width < list->count ? lo + width : list->count;
            int hi = lo + 2 * width < list->count ? lo + 2 * width : list->count;
            int a = lo, b = mid, k = lo;
            while (a < mid || b < hi)
                to[k++] = b >= hi || (a < mid && !diag_before(&from[b], &from[a])) ? from[a++] : from[b++];
        }
        Diag *swap = from;
        from = to;
        to = swap;
    }
    if (from != list->items) {
        memcpy(list->items, from, (size_t)list->count * sizeof *from);
        to = from;
    }
    free(to);
}

static int diag_compare_messages(const void *a, const void *b)
{
    const Diag *x = a, *y = b;
    int order = strcmp(x->message, y->message);
    return order ? order : (x->line > y->line) - (x->line < y->line);
}

void diag_sort_since(DiagList *list, int first)
{
    if (first >= 0 && first < list->count)
        qsort(list->items + first, (size_t)(list->count - first), sizeof *list->items, diag_compare_messages);
}

void diag_print(FILE *out, const Diag *d)
{
    const char *level = d->level == DIAG_ERROR ? "error" : "warning";
    char line[16] = "";
    if (d->line > 0)
        snprintf(line, sizeof line, ":%d", d->line);
    /* Paths, ids and messages may come from a scenario: none may drive the terminal. */
    visible_line(out, "%s%s: %s: %s%s%s%s", d->path, line, level, d->message,
                 d->hint ? " (" : "", d->hint ? d->hint : "", d->hint ? ")" : "");
}

void diag_print_all(FILE *out, const DiagList *list)
{
    for (int i = 0; i < list->count; i++)
        diag_print(out, &list->items[i]);
}

void diag_list_free(DiagList *list)
{
    for (int i = 0; i < list->count; i++) {
        free(list->items[i].path);
        free(list->items[i].code);
        free(list->items[i].message);
        free(list->items[i].hint);
    }
    free(list->items);
    *list = (DiagList){0};
}

/* Optimal string alignment distance: insertions, deletions, substitutions and
 * swaps of neighbors, the usual typos. */
static int diag_distance(const char *a, const char *b)
{
    size_t n = strlen(a), m = strlen(b);
    if (n > 64 || m > 64)
        return 1000;
    int d[65][65];
    for (size_t i = 0; i <= n; i++) d[i][0] = (int)i;
    for (size_t j = 0; j <= m; j++) d[0][j] = (int)j;
    for (size_t i = 1; i <= n; i++) {
        for (size_t j = 1; j <= m; j++) {
            int cost = a[i - 1] != b[j - 1];
            int best = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < best) best = d[i][j - 1] + 1;
            if (d[i - 1][j - 1] + cost < best) best = d[i - 1][j - 1] + cost;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < best)
                best = d[i - 2][j - 2] + 1;
            d[i][j] = best;
        }
    }
    return d[n][m];
}

const char *diag_suggest(const char *word, const char *const *candidates, int count)
{
    const char *best = NULL;
    int best_distance = 1000;
    size_t len = strlen(word);
    for (int i = 0; i < count; i++) {
        int distance = diag_distance(word, candidates[i]);
        /* A word that starts another ("engaging" for "engaging_stakeholders") is close too. */
        if (len >= 4 && strncmp(candidates[i], word, len) == 0 && distance > 2)
            distance = 2;
        if (distance < best_distance) {
            best = candidates[i];
            best_distance = distance;
        }
    }
    int allowed = len < 4 ? 1 : len < 8 ? 2 : 3;
    return best_distance <= allowed ? best : NULL;
}

const char *diag_did_you_mean(char *buf, size_t size, const char *word,
                              const char *const *candidates, int count)
{
    const char *close = diag_suggest(word, candidates, count);
    if (close == NULL)
        return NULL;
    snprintf(buf, size, "did you mean '%s'?", close);
    return buf;
}
