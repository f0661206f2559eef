/* paths: locating data folders and scenario files. */
#include "paths.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
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

static bool paths_try(const char *dir)
{
    char probe[PATH_MAX];
    if (dir == NULL || !*dir || !paths_join(probe, sizeof probe, dir, "/scripts/frameworks") ||
        !paths_is_dir(probe))
        return false;
    return paths_join(paths_data, sizeof paths_data, dir, "");
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
    char candidate[PATH_MAX];
    bool found = paths_try(getenv("LEADSIM_DATA"));
    if (!found && exe[0])
        found = (paths_join(candidate, sizeof candidate, exe, "/..") && paths_try(candidate)) ||
                (paths_join(candidate, sizeof candidate, exe, "/../share/leadsim") && paths_try(candidate));
    if (!found)
        found = paths_try(LEADSIM_DATADIR);
    if (!found)
        paths_try(".");
    char resolved[PATH_MAX];
    if (realpath(paths_data, resolved) && !paths_join(paths_data, sizeof paths_data, resolved, ""))
        paths_data[0] = '\0';
    if (!paths_join(paths_scenarios, sizeof paths_scenarios, paths_data, "/scripts/scenarios"))
        paths_scenarios[0] = '\0';
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
