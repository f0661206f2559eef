/* diag: errors and warnings about a file, each with its line and a hint.
 * The loader, the checker and the CLI share them; views decide the format. */
#ifndef LEADSIM_DIAG_H
#define LEADSIM_DIAG_H

#include <stdio.h>

typedef enum { DIAG_ERROR, DIAG_WARNING } DiagLevel;

typedef struct {
    DiagLevel level;
    char *path;
    int line;        /* 0 when no line is known */
    char *code;      /* stable short name, e.g. "unknown-competency" */
    char *message;
    char *hint;      /* "did you mean 'x'?", or NULL */
} Diag;

typedef struct {
    Diag *items;
    int count, capacity;
    int errors, warnings;
} DiagList;

void diag_add(DiagList *list, DiagLevel level, const char *path, int line, const char *code,
              const char *hint, const char *fmt, ...) __attribute__((format(printf, 7, 8)));
void diag_sort(DiagList *list);               /* by file, then line; stable */
/* Sorts the findings added since index `first` by message: those made while walking a Lua
 * table come in an order that changes from run to run (Lua seeds its string hashes). */
void diag_sort_since(DiagList *list, int first);
void diag_print(FILE *out, const Diag *d);    /* "path:line: error: message (hint)" */
void diag_print_all(FILE *out, const DiagList *list);
void diag_list_free(DiagList *list);

/* The candidate closest to `word` by edit distance, or NULL when none is close. */
const char *diag_suggest(const char *word, const char *const *candidates, int count);
/* Writes "did you mean 'x'?" into buf when there is a close candidate; returns buf or NULL. */
const char *diag_did_you_mean(char *buf, size_t size, const char *word,
                              const char *const *candidates, int count);

#endif
