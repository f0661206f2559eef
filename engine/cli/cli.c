/* cli: option parsing and loading shared by the commands. */
#include "cli.h"
#include "paths.h"
#include "save.h"
#include "settings.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cli_usage_error(const char *command, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "leadsim%s%s: ", command ? " " : "", command ? command : "");
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry 'leadsim%s%s --help'.\n", command ? " " : "", command ? command : "");
    return EXIT_USAGE;
}

int cli_next(int argc, char **argv, int *i, const CliOption *options, const char **value,
             const char *command)
{
    if (*i >= argc)
        return -2;
    const char *arg = argv[(*i)++];
    *value = arg;
    if (arg[0] != '-' || arg[1] == '\0')
        return -1;                              /* an operand ("-" included) */
    if (strcmp(arg, "--") == 0) {
        if (*i >= argc)
            return -2;
        *value = argv[(*i)++];
        return -1;
    }
    const char *eq = strchr(arg, '=');
    size_t name_len = eq ? (size_t)(eq - arg) : strlen(arg);
    for (int k = 0; options[k].name; k++) {
        if (strlen(options[k].name) != name_len || strncmp(options[k].name, arg, name_len) != 0)
            continue;
        if (!options[k].takes_value) {
            if (eq) {
                cli_usage_error(command, "%s takes no value", options[k].name);
                return -3;
            }
            *value = NULL;
        } else if (eq) {
            *value = eq + 1;
        } else if (*i < argc) {
            *value = argv[(*i)++];
        } else {
            cli_usage_error(command, "%s needs a value", options[k].name);
            return -3;
        }
        return k;
    }
    cli_usage_error(command, "unknown option '%s'", arg);
    return -3;
}

bool cli_parse_seed(const char *text, uint64_t *seed)
{
    if (text == NULL || *text < '0' || *text > '9')
        return false;
    errno = 0;
    char *end;
    unsigned long long n = strtoull(text, &end, 10);
    if (errno != 0 || *end != '\0')
        return false;
    *seed = (uint64_t)n;
    return true;
}

int cli_parse_choices(const char *text, int **numbers)
{
    if (*text == '\0') {                    /* --choices "": none, still not interactive */
        *numbers = malloc(sizeof **numbers);
        return *numbers ? 0 : -1;
    }
    int count = 1;
    for (const char *p = text; *p; p++)
        count += *p == ',';
    int *list = malloc((size_t)count * sizeof *list);
    if (list == NULL)
        return -1;
    const char *p = text;
    for (int k = 0; k < count; k++) {
        char *end;
        if (*p < '0' || *p > '9') {
            free(list);
            return -1;
        }
        long n = strtol(p, &end, 10);
        if (n > INT_MAX || (*end != ',' && *end != '\0')) {
            free(list);
            return -1;
        }
        list[k] = (int)n;
        p = end + (*end == ',');
    }
    *numbers = list;
    return count;
}

/* FILE|ID to a path; false after saying what is missing and what is close. */
static bool cli_resolve(const char *file_or_id, char *path, size_t size)
{
    if (!paths_resolve_scenario(file_or_id, path, size)) {
        bool looks_like_path = strchr(file_or_id, '/') || strstr(file_or_id, ".lua");
        if (looks_like_path) {
            fprintf(stderr, "%s: no such file\n", file_or_id);
            return false;
        }
        /* Suggest the closest id in the library. */
        char **files = NULL;
        int count = paths_list_scenarios(paths_scenarios_dir(), &files);
        const char **ids = calloc((size_t)(count > 0 ? count : 0) + 1, sizeof *ids);
        char *names = calloc((size_t)(count > 0 ? count : 0) + 1, 256);
        for (int k = 0; k < count && ids && names; k++) {
            const char *base = strrchr(files[k], '/');
            base = base ? base + 1 : files[k];
            snprintf(names + 256 * k, 256, "%.*s", (int)(strlen(base) - 4), base);
            ids[k] = names + 256 * k;
        }
        const char *close = ids ? diag_suggest(file_or_id, ids, count > 0 ? count : 0) : NULL;
        fprintf(stderr, "leadsim: no scenario '%s' in %s", file_or_id, paths_display(paths_scenarios_dir()));
        if (close)
            fprintf(stderr, " (did you mean '%s'?)", close);
        fputc('\n', stderr);
        if (count > 0 && !close) {
            fprintf(stderr, "The library has:");
            for (int k = 0; k < count; k++)
                fprintf(stderr, " %s", ids[k]);
            fputc('\n', stderr);
        }
        for (int k = 0; k < count; k++)
            free(files[k]);
        free(files);
        free(ids);
        free(names);
        return false;
    }
    return true;
}

Scenario *cli_load_scenario(const char *file_or_id)
{
    char path[4096];
    if (!cli_resolve(file_or_id, path, sizeof path))
        return NULL;
    DiagList diags = {0};
    Scenario *sc = scenario_load(path, &diags);
    diag_sort(&diags);
    diag_print_all(stderr, &diags);
    diag_list_free(&diags);
    return sc;
}

int cli_open_session(Session *s, const char *file_or_id, DiagList *diags)
{
    char path[4096];
    if (!cli_resolve(file_or_id, path, sizeof path)) {
        memset(s, 0, sizeof *s);
        return -1;
    }
    int opened = session_open(s, path, diags);
    diag_sort(diags);
    diag_print_all(stderr, diags);
    return opened;
}

bool cli_save_folder(const char *settings_flag, char *out, size_t size)
{
    Settings settings;
    char file[4096];
    DiagList diags = {0};
    settings_defaults(&settings);
    settings_load(&settings, settings_path(settings_flag, file, sizeof file), &diags);
    diag_print_all(stderr, &diags);
    diag_list_free(&diags);
    return save_dir(settings.saves, out, size);
}

History *cli_history_open(const char *settings_flag, Settings *settings, char *dir, size_t size)
{
    char file[4096], notice[4400], why[4400];
    DiagList diags = {0};
    settings_defaults(settings);
    settings_load(settings, settings_path(settings_flag, file, sizeof file), &diags);
    diag_print_all(stderr, &diags);
    diag_list_free(&diags);
    if (!save_dir(settings->saves, dir, size)) {
        fprintf(stderr, "leadsim: no save folder: set [folders] saves in settings.ini\n");
        return NULL;
    }
    History *h = history_open(dir, notice, sizeof notice, why, sizeof why);
    if (notice[0])
        fprintf(stderr, "leadsim: %s\n", notice);
    if (h == NULL)
        fprintf(stderr, "leadsim: %s\n", why);
    return h;
}
