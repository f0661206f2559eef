/* unit.h: helpers shared by the cmocka unit tests.
 * Tests run from the repository root (make unit does this), so the bundled
 * framework is found at scripts/frameworks/. */
#ifndef LEADSIM_UNIT_H
#define LEADSIM_UNIT_H

#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700   /* nftw, to clean up the temp folder */
#endif

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "paths.h"
#include "scenario.h"

static char unit_dir[64] = "";

static inline int unit_remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

/* Empties and removes the private temp folder (and folders made in it) when the suite exits. */
static inline void unit_remove_dir(void)
{
    if (unit_dir[0])
        nftw(unit_dir, unit_remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

/* Writes `source` to a fresh file under a private temp folder; returns its path (static buffer). */
static inline const char *unit_write(const char *name, const char *source)
{
    char *dir = unit_dir;
    static char path[256];
    if (dir[0] == '\0') {
        snprintf(unit_dir, sizeof unit_dir, "/tmp/leadsim-unit-XXXXXX");
        if (mkdtemp(unit_dir) == NULL)
            abort();
        atexit(unit_remove_dir);
    }
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (f == NULL)
        abort();
    fputs(source, f);
    fclose(f);
    return path;
}

/* Loads a scenario from source; diags receives the findings. */
static inline Scenario *unit_load(const char *source, DiagList *diags)
{
    return scenario_load(unit_write("scenario.lua", source), diags);
}

/* Loads a scenario that must load; prints its diagnostics when it does not. */
static inline Scenario *unit_load_ok(const char *source)
{
    DiagList diags = {0};
    Scenario *sc = unit_load(source, &diags);
    diag_print_all(stderr, &diags);
    diag_list_free(&diags);
    assert_non_null(sc);
    return sc;
}

/* The first diagnostic with `code`, or NULL. */
static inline const Diag *unit_find(const DiagList *diags, const char *code)
{
    for (int i = 0; i < diags->count; i++)
        if (diags->items[i].code && strcmp(diags->items[i].code, code) == 0)
            return &diags->items[i];
    return NULL;
}

/* Calls each(path) for every scenario of the library (the .lua files of scripts/scenarios, not
 * _template.lua); returns how many. */
static inline int unit_each_library_scenario(void (*each)(const char *path))
{
    DIR *dir = opendir("scripts/scenarios");
    assert_non_null(dir);
    int count = 0;
    for (struct dirent *e; (e = readdir(dir)) != NULL;) {
        size_t n = strlen(e->d_name);
        if (e->d_name[0] == '_' || e->d_name[0] == '.' || n < 5 || strcmp(e->d_name + n - 4, ".lua") != 0)
            continue;
        char path[512];
        snprintf(path, sizeof path, "scripts/scenarios/%s", e->d_name);
        each(path);
        count++;
    }
    closedir(dir);
    return count;
}

/* A scenario header most tests share: start "a", meters trust (50) and money (10 in 0..20). */
#define UNIT_HEADER                                                                       \
    "scenario { id = 't', title = 'T', start = 'a',\n"                                    \
    "  meters = { trust = { value = 50 }, money = { value = 10, min = 0, max = 20 } } }\n"

static inline void unit_init(void)
{
    paths_init(NULL);
}

#endif
