/* paths: locating data folders and scenario files. */
#include "paths.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef LEADSIM_DATADIR
#define LEADSIM_DATADIR "/usr/local/share/leadsim"
#endif

static char paths_data[PATH_MAX] = ".";
static char paths_scenarios[PATH_MAX] = "./scripts/scenarios";

bool paths_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool paths_is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* out = a + b; false when it does not fit, so a cut-off path is never used. */
static bool paths_join(char *out, size_t size, const char *a, const char *b)
{
    int n = snprintf(out, size, "%s%s", a, b);
    return n >= 0 && (size_t)n < size;
}

static bool paths_has_data(const char *dir)
{
    char probe[PATH_MAX];
    return dir && *dir && paths_join(probe, sizeof probe, dir, "/scripts/frameworks") && paths_is_dir(probe);
}

/* A source checkout has the engine's sources beside its data; an installed copy never does. */
bool paths_is_checkout(const char *dir)
{
    char probe[PATH_MAX];
    return paths_has_data(dir) && paths_join(probe, sizeof probe, dir, "/engine") && paths_is_dir(probe);
}

/* out = dir, resolved (build/.. -> the tree), when it holds leadsim's data. */
static bool paths_take(const char *dir, char *out, size_t size)
{
    char resolved[PATH_MAX];
    if (!paths_has_data(dir))
        return false;
    return paths_join(out, size, realpath(dir, resolved) ? resolved : dir, "");
}

bool paths_locate_data(const char *exe_dir, const char *env, char *out, size_t size)
{
    if (paths_take(env, out, size))
        return true;
    char candidate[PATH_MAX];
    if (exe_dir && *exe_dir) {
        /* build/leadsim, build/sanitize/leadsim, build/tests/x: the tree it was built in wins
         * over any installed copy, so a checkout always runs against its own files. */
        bool fits = paths_join(candidate, sizeof candidate, exe_dir, "");
        for (int up = 0; fits && up < 3; up++) {
            size_t len = strlen(candidate);
            fits = len + 4 <= sizeof candidate;
            if (fits)
                memcpy(candidate + len, "/..", 4);
            if (fits && paths_is_checkout(candidate))
                return paths_take(candidate, out, size);
        }
        if (paths_join(candidate, sizeof candidate, exe_dir, "/../share/leadsim") &&
            paths_take(candidate, out, size))
            return true;
    }
    return paths_take(LEADSIM_DATADIR, out, size) || paths_take(".", out, size);
}

void paths_init(const char *argv0)
{
    char exe[PATH_MAX] = "";
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0)
        exe[n] = '\0';
    else if (argv0 && strchr(argv0, '/') && realpath(argv0, exe) == NULL)
        exe[0] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash)
        *slash = '\0';               /* the binary's folder */
    if (!paths_locate_data(exe, getenv("LEADSIM_DATA"), paths_data, sizeof paths_data))
        snprintf(paths_data, sizeof paths_data, ".");
    if (!paths_join(paths_scenarios, sizeof paths_scenarios, paths_data, "/scripts/scenarios"))
        paths_scenarios[0] = '\0';
}

bool paths_default_save_dir(const char *data_dir, const char *xdg_data_home, const char *home, char *out,
                            size_t size)
{
    if (paths_is_checkout(data_dir))
        return paths_join(out, size, data_dir, "/saves");
    /* The XDG spec ignores a relative XDG_DATA_HOME. */
    if (xdg_data_home && xdg_data_home[0] == '/')
        return paths_join(out, size, xdg_data_home, "/leadsim");
    if (home && home[0] == '/')
        return paths_join(out, size, home, "/.local/share/leadsim");
    return false;
}

const char *paths_save_dir(void)
{
    static char dir[PATH_MAX];
    const char *home = getenv("HOME");
    if (home == NULL || home[0] != '/') {
        struct passwd *pw = getpwuid(getuid());
        home = pw ? pw->pw_dir : NULL;
    }
    return paths_default_save_dir(paths_data, getenv("XDG_DATA_HOME"), home, dir, sizeof dir) ? dir : NULL;
}

bool paths_doc_file(const char *name, char *out, size_t size)
{
    if (paths_is_checkout(paths_data)) {
        char docs[PATH_MAX];
        if (!paths_join(docs, sizeof docs, paths_data, "/docs/") || !paths_join(out, size, docs, name))
            return false;
    } else {
        /* PREFIX/share/leadsim -> PREFIX/share/doc/leadsim (make install puts docs/ there). */
        char share[PATH_MAX], docs[PATH_MAX];
        if (!paths_join(share, sizeof share, paths_data, ""))
            return false;
        char *slash = strrchr(share, '/');
        if (slash == NULL)
            return false;
        *slash = '\0';
        if (!paths_join(docs, sizeof docs, share, "/doc/leadsim/") || !paths_join(out, size, docs, name))
            return false;
    }
    return paths_is_file(out);
}

const char *paths_data_dir(void) { return paths_data; }
const char *paths_scenarios_dir(void) { return paths_scenarios; }

void paths_reset_scenarios_dir(void)
{
    if (!paths_join(paths_scenarios, sizeof paths_scenarios, paths_data, "/scripts/scenarios"))
        paths_scenarios[0] = '\0';
}

void paths_set_scenarios_dir(const char *dir)
{
    if (!paths_join(paths_scenarios, sizeof paths_scenarios, dir, ""))
        paths_scenarios[0] = '\0';
}

bool paths_resolve_scenario(const char *file_or_id, char *out, size_t size)
{
    if (paths_is_file(file_or_id)) {
        snprintf(out, size, "%s", file_or_id);
        return true;
    }
    if (strchr(file_or_id, '/') || strstr(file_or_id, ".lua"))
        return false;                /* a path that does not exist */
    snprintf(out, size, "%s/%s.lua", paths_scenarios, file_or_id);
    if (!paths_is_file(out))
        return false;
    memmove(out, paths_display(out), strlen(paths_display(out)) + 1);
    return true;
}

const char *paths_play_name(const char *path, const char *id)
{
    char by_id[PATH_MAX], a[PATH_MAX], b[PATH_MAX];
    if (id && paths_resolve_scenario(id, by_id, sizeof by_id) && realpath(by_id, a) && realpath(path, b) &&
        strcmp(a, b) == 0)
        return id;
    return paths_shell_quote(path);
}

const char *paths_shell_quote(const char *path)
{
    static char quoted[PATH_MAX * 4 + 3];
    if (path[0] && path[strspn(path, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./+,:=@%-")] == '\0')
        return path;
    char *q = quoted, *end = quoted + sizeof quoted - 5;
    *q++ = '\'';
    for (const char *p = path; *p && q < end; p++) {
        if (*p == '\'') {
            memcpy(q, "'\\''", 4);        /* close, an escaped quote, reopen */
            q += 4;
        } else {
            *q++ = *p;
        }
    }
    *q++ = '\'';
    *q = '\0';
    return quoted;
}

bool paths_make_dirs(const char *dir)
{
    char path[PATH_MAX];
    if (snprintf(path, sizeof path, "%s", dir) >= (int)sizeof path)
        return false;
    for (char *p = path + 1; *p; p++)
        if (*p == '/') {
            *p = '\0';
            if (mkdir(path, 0755) != 0 && errno != EEXIST)
                return false;
            *p = '/';
        }
    return mkdir(path, 0755) == 0 || errno == EEXIST;
}

/* Inside the working folder, a path is shown relative to it: messages stay short and portable. */
const char *paths_display(const char *path)
{
    char cwd[PATH_MAX];
    size_t n = getcwd(cwd, sizeof cwd) ? strlen(cwd) : 0;
    if (n > 0 && strncmp(path, cwd, n) == 0 && path[n] == '/')
        return path + n + 1;
    return path;
}

bool paths_is_id(const char *id)
{
    size_t n = strspn(id, "abcdefghijklmnopqrstuvwxyz0123456789_-");
    return n > 0 && n <= PATHS_ID_MAX && id[n] == '\0';
}

/* snprintf into out, false when it did not fit (a cut path could name another file). */
static bool paths_format(char *out, size_t size, const char *fmt, const char *a, const char *b)
{
    int n = snprintf(out, size, fmt, a, b);
    return n >= 0 && (size_t)n < size;
}

bool paths_framework_file(const char *scenario_path, const char *framework_id, char *out, size_t size)
{
    if (!paths_is_id(framework_id))
        return false;
    char dir[PATH_MAX];
    if (!paths_format(dir, sizeof dir, "%s%s", scenario_path, ""))
        return false;
    char *slash = strrchr(dir, '/');
    if (slash)
        *slash = '\0';
    else
        snprintf(dir, sizeof dir, ".");
    if (paths_format(out, size, "%s/../frameworks/%s.lua", dir, framework_id) && paths_is_file(out))
        return true;
    return paths_format(out, size, "%s/scripts/frameworks/%s.lua", paths_data, framework_id) && paths_is_file(out);
}

static int paths_compare(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int paths_list_scenarios(const char *dir, char ***out)
{
    *out = NULL;
    DIR *d = opendir(dir);
    if (d == NULL)
        return -1;
    int count = 0, capacity = 0;
    char **list = NULL;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.' || e->d_name[0] == '_' || len < 5 || strcmp(e->d_name + len - 4, ".lua") != 0)
            continue;
        if (count == capacity) {
            capacity = capacity ? capacity * 2 : 16;
            char **grown = realloc(list, (size_t)capacity * sizeof *list);
            if (grown == NULL)
                break;
            list = grown;
        }
        size_t need = strlen(dir) + len + 2;
        list[count] = malloc(need);
        if (list[count] == NULL)
            break;
        snprintf(list[count], need, "%s/%s", dir, e->d_name);
        count++;
    }
    closedir(d);
    qsort(list, (size_t)count, sizeof *list, paths_compare);
    *out = list;
    return count;
}
