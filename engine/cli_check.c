/* cli_check: leadsim check FILE|DIR... */
#include "cli.h"
#include "framework.h"
#include "paths.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char check_help[] =
    "usage: leadsim check FILE|DIR...\n"
    "\n"
    "Validate scenario and framework files and report every problem with its\n"
    "file and line. A folder is checked file by file; files whose names start\n"
    "with '_' (templates) are skipped. Files in a folder named 'frameworks' are\n"
    "checked as frameworks. With no argument, checks the library.\n"
    "\n"
    "options:\n"
    "  --help    show this help\n"
    "\n"
    "exit status: 0 no errors, 1 errors found, 2 usage error\n";

enum { OPT_HELP };
static const CliOption check_options[] = {{"--help", false}, {NULL, false}};

static bool check_in_frameworks_dir(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (slash == NULL)
        return false;
    size_t dir_len = (size_t)(slash - path);
    return dir_len >= 10 && strncmp(slash - 10, "frameworks", 10) == 0 &&
           (dir_len == 10 || slash[-11] == '/');
}

typedef struct {
    DiagList diags;
    int files, scenarios, frameworks;
} CheckRun;

static void check_file(CheckRun *run, const char *path)
{
    run->files++;
    if (check_in_frameworks_dir(path)) {
        run->frameworks++;
        framework_free(framework_load(path, &run->diags));
    } else {
        run->scenarios++;
        scenario_free(scenario_load(path, &run->diags));
    }
}

static void check_dir(CheckRun *run, const char *dir)
{
    char sub[4096];
    bool nested = false;
    static const char *const parts[] = {"frameworks", "scenarios"};
    for (int k = 0; k < 2; k++) {            /* a scripts/ folder: both halves */
        snprintf(sub, sizeof sub, "%s/%s", dir, parts[k]);
        if (paths_is_dir(sub)) {
            check_dir(run, sub);
            nested = true;
        }
    }
    if (nested)
        return;
    char **files = NULL;
    int count = paths_list_scenarios(dir, &files);
    for (int k = 0; k < count; k++) {
        check_file(run, files[k]);
        free(files[k]);
    }
    free(files);
}

int cli_check(int argc, char **argv)
{
    CheckRun run = {0};
    const char *value;
    int i = 0, k, targets = 0;
    int status = EXIT_OK;
    /* Options first, so --help never checks anything. */
    for (int j = 0; j < argc; j++)
        if (strcmp(argv[j], "--help") == 0) {
            fputs(check_help, stdout);
            return EXIT_OK;
        }
    while ((k = cli_next(argc, argv, &i, check_options, &value, "check")) != -2) {
        if (k == -3) {
            diag_list_free(&run.diags);
            return EXIT_USAGE;
        }
        if (k != -1)
            continue;
        targets++;
        if (paths_is_dir(value)) {
            check_dir(&run, value);
        } else if (paths_is_file(value)) {
            check_file(&run, value);
        } else {
            fprintf(stderr, "%s: no such file or folder\n", value);
            status = EXIT_INPUT;
        }
    }
    if (targets == 0)
        check_dir(&run, paths_scenarios_dir());
    diag_sort(&run.diags);
    diag_print_all(stderr, &run.diags);
    printf("checked %d file%s: %d error%s, %d warning%s\n", run.files, run.files == 1 ? "" : "s",
           run.diags.errors, run.diags.errors == 1 ? "" : "s", run.diags.warnings,
           run.diags.warnings == 1 ? "" : "s");
    if (run.diags.errors > 0)
        status = EXIT_INPUT;
    diag_list_free(&run.diags);
    return status;
}
