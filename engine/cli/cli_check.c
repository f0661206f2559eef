/* cli_check: leadsim check [options] FILE|DIR... */
#include "cli.h"
#include "framework.h"
#include "lint.h"
#include "paths.h"

#include <cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char check_help[] =
    "usage: leadsim check [options] FILE|DIR...\n"
    "\n"
    "Validate scenario and framework files and report every problem with its\n"
    "file, line and, where it can, a hint for the fix. Errors stop a scenario\n"
    "from loading. Warnings find what would still go wrong: scenes never\n"
    "reached, dead ends, runtime errors found by playing the scenario a thousand\n"
    "times, choices without a score or feedback, ties for the strongest choice,\n"
    "debrief traps (a competency only ever penalized, or one a player who\n"
    "always takes the strongest choice would be told to improve), and answer-key\n"
    "cues that let a player find the strongest choice without reading: it is by\n"
    "far the longest on screen (cue-longest), it sits mostly at one position\n"
    "(cue-position), or no alternative beats it on any competency\n"
    "(cue-no-trade-off). Checking a folder also warns about competencies no\n"
    "scenario in it assesses.\n"
    "\n"
    "A folder is checked file by file; names starting with '_' (templates) are\n"
    "skipped; files in a folder named 'frameworks' are checked as frameworks.\n"
    "With no FILE or DIR, checks the library.\n"
    "\n"
    "options:\n"
    "  --json        print the findings as JSON (for editors)\n"
    "  --coverage    print how many decisions of each scenario assess each\n"
    "                competency, as a Markdown table\n"
    "  --min N       with --coverage: an error for any competency assessed by\n"
    "                fewer than N decisions across the files checked\n"
    "  --strict      warnings count as errors\n"
    "  --help        show this help\n"
    "\n"
    "exit status: 0 no errors, 1 errors found (or warnings, with --strict), 2 usage error\n";

enum { OPT_JSON, OPT_COVERAGE, OPT_MIN, OPT_STRICT, OPT_HELP };
static const CliOption check_options[] = {
    {"--json", false}, {"--coverage", false}, {"--min", true}, {"--strict", false}, {"--help", false},
    {NULL, false},
};

static bool check_in_frameworks_dir(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (slash == NULL)
        return false;
    size_t dir_len = (size_t)(slash - path);
    return dir_len >= 10 && strncmp(slash - 10, "frameworks", 10) == 0 && (dir_len == 10 || slash[-11] == '/');
}

typedef struct {
    DiagList diags;
    int files;
    Scenario **scenarios;       /* those that loaded, for the library's coverage */
    int scenario_count, scenario_capacity;
} CheckRun;

static void check_file(CheckRun *run, const char *path)
{
    run->files++;
    if (check_in_frameworks_dir(path)) {
        framework_free(framework_load(path, &run->diags));
        return;
    }
    Scenario *sc = scenario_load(path, &run->diags);
    if (sc == NULL)
        return;
    lint_scenario(sc, &run->diags);
    if (run->scenario_count == run->scenario_capacity) {
        int capacity = run->scenario_capacity ? run->scenario_capacity * 2 : 16;
        Scenario **grown = realloc(run->scenarios, (size_t)capacity * sizeof *grown);
        if (grown == NULL) {
            scenario_free(sc);
            return;
        }
        run->scenarios = grown;
        run->scenario_capacity = capacity;
    }
    run->scenarios[run->scenario_count++] = sc;
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

/* Close calls per scenario: the share of decisions that are real trade-offs near the top. */
static void check_close_calls(const CheckRun *run)
{
    int all = 0, all_decisions = 0;
    printf("\nClose calls: decisions where another choice comes within %d points of the strongest and is "
           "stronger on some competency (a trade-off the debrief shows).\n\n| scenario | close calls | decisions "
           "| share |\n|---|---:|---:|---:|\n", LINT_CLOSE);
    for (int s = 0; s < run->scenario_count; s++) {
        int decisions, close = lint_close_calls(run->scenarios[s], &decisions);
        all += close;
        all_decisions += decisions;
        printf("| %s | %d | %d | %.0f%% |\n", run->scenarios[s]->id, close, decisions,
               decisions ? 100.0 * close / decisions : 0.0);
    }
    printf("| all | %d | %d | %.0f%% |\n", all, all_decisions, all_decisions ? 100.0 * all / all_decisions : 0.0);
}

/* The coverage table, as Markdown: one row per competency, one column per scenario. */
static void check_coverage(CheckRun *run, int min, const char *where)
{
    if (run->scenario_count == 0)
        return;
    const Framework *fw = run->scenarios[0]->framework;
    int n = fw->competency_count;
    int *counts = calloc((size_t)run->scenario_count * (size_t)n + 1, sizeof *counts);
    if (counts == NULL)
        return;
    for (int s = 0; s < run->scenario_count; s++)
        lint_coverage(run->scenarios[s], counts + (size_t)s * (size_t)n);
    printf("Decisions that assess each competency (the choices on offer weigh it differently), "
           "by scenario.\n\n| competency |");
    for (int s = 0; s < run->scenario_count; s++)
        printf(" %s |", run->scenarios[s]->id);
    printf(" all |\n|---|");
    for (int s = 0; s <= run->scenario_count; s++)
        printf("---:|");
    putchar('\n');
    for (int d = 0; d < fw->domain_count; d++) {
        printf("| **%s** |", fw->domains[d].title);
        for (int s = 0; s <= run->scenario_count; s++)
            printf(" |");
        putchar('\n');
        for (int c = fw->domains[d].first; c < fw->domains[d].first + fw->domains[d].count; c++) {
            int total = 0;
            printf("| %s |", fw->competencies[c].id);
            for (int s = 0; s < run->scenario_count; s++) {
                int v = counts[(size_t)s * (size_t)n + (size_t)c];
                total += v;
                printf(" %d |", v);
            }
            printf(" %d |\n", total);
            if (total < min)
                diag_add(&run->diags, DIAG_ERROR, where, 0, "coverage", NULL,
                         "'%s' is assessed by %d decision%s; at least %d wanted", fw->competencies[c].id, total,
                         total == 1 ? "" : "s", min);
        }
    }
    free(counts);
    check_close_calls(run);
}

static void check_json(const CheckRun *run)
{
    cJSON *root = cJSON_CreateObject();
    cJSON_AddNumberToObject(root, "files", run->files);
    cJSON_AddNumberToObject(root, "errors", run->diags.errors);
    cJSON_AddNumberToObject(root, "warnings", run->diags.warnings);
    cJSON *list = cJSON_AddArrayToObject(root, "diagnostics");
    for (int i = 0; i < run->diags.count; i++) {
        const Diag *d = &run->diags.items[i];
        cJSON *item = cJSON_CreateObject();
        cJSON_AddStringToObject(item, "file", d->path ? d->path : "");
        cJSON_AddNumberToObject(item, "line", d->line);
        cJSON_AddStringToObject(item, "severity", d->level == DIAG_ERROR ? "error" : "warning");
        cJSON_AddStringToObject(item, "code", d->code ? d->code : "");
        cJSON_AddStringToObject(item, "message", d->message);
        if (d->hint)
            cJSON_AddStringToObject(item, "hint", d->hint);
        else
            cJSON_AddNullToObject(item, "hint");
        cJSON_AddItemToArray(list, item);
    }
    char *text = cJSON_Print(root);
    if (text)
        puts(text);
    cJSON_free(text);
    cJSON_Delete(root);
}

int cli_check(int argc, char **argv)
{
    CheckRun run = {0};
    const char *value, *where = NULL;
    int i = 0, k, targets = 0, min = 0, status = EXIT_OK;
    bool json = false, coverage = false, strict = false;
    /* Options first, so --help never checks anything. */
    for (int j = 0; j < argc; j++)
        if (strcmp(argv[j], "--help") == 0) {
            fputs(check_help, stdout);
            return EXIT_OK;
        }
    const char **paths = calloc((size_t)argc + 1, sizeof *paths);
    if (paths == NULL)
        return EXIT_INPUT;
    while ((k = cli_next(argc, argv, &i, check_options, &value, "check")) != -2) {
        switch (k) {
        case -3:
            free(paths);
            return EXIT_USAGE;
        case -1: paths[targets++] = value; break;
        case OPT_JSON: json = true; break;
        case OPT_COVERAGE: coverage = true; break;
        case OPT_STRICT: strict = true; break;
        case OPT_MIN: {
            char *end;
            min = (int)strtol(value, &end, 10);
            if (*end || min < 0) {
                free(paths);
                return cli_usage_error("check", "--min needs a whole number, not '%s'", value);
            }
            break;
        }
        }
    }
    bool library = targets == 0;
    for (int t = 0; t < targets; t++) {
        if (paths_is_dir(paths[t])) {
            check_dir(&run, paths[t]);
            library = true;
            where = where ? where : paths[t];
        } else if (paths_is_file(paths[t])) {
            check_file(&run, paths[t]);
        } else {
            fprintf(stderr, "%s: no such file or folder\n", paths[t]);
            status = EXIT_INPUT;
        }
    }
    if (targets == 0) {
        where = paths_display(paths_scenarios_dir());
        check_dir(&run, paths_scenarios_dir());
    }
    if (where == NULL)
        where = targets == 1 ? paths[0] : "the files checked";
    if (library)
        lint_library_ids((const Scenario *const *)run.scenarios, run.scenario_count, &run.diags);
    if (library || run.scenario_count > 1)
        lint_library((const Scenario *const *)run.scenarios, run.scenario_count, where, &run.diags);
    if (coverage)
        check_coverage(&run, min, where);
    diag_sort(&run.diags);
    if (json) {
        check_json(&run);
    } else {
        diag_print_all(stderr, &run.diags);
        if (!coverage)
            printf("checked %d file%s: %d error%s, %d warning%s\n", run.files, run.files == 1 ? "" : "s",
                   run.diags.errors, run.diags.errors == 1 ? "" : "s", run.diags.warnings,
                   run.diags.warnings == 1 ? "" : "s");
    }
    if (run.diags.errors > 0 || (strict && run.diags.warnings > 0))
        status = EXIT_INPUT;
    for (int s = 0; s < run.scenario_count; s++)
        scenario_free(run.scenarios[s]);
    free(run.scenarios);
    diag_list_free(&run.diags);
    free(paths);
    return status;
}
