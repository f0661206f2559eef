/* cli_explore: leadsim explore FILE|ID [options] */
#include "cli.h"
#include "explore.h"
#include "paths.h"
#include "visible.h"

#include <cJSON.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char explore_help[] =
    "usage: leadsim explore FILE|ID [options]\n"
    "\n"
    "Play a scenario many times automatically and report what a designer needs\n"
    "to know: scenes and choices never reached, the endings and how often,\n"
    "runtime errors with the choices that reproduce them, the range of every\n"
    "competency's score, and the spread of overall scores.\n"
    "\n"
    "options:\n"
    "  --runs N            playthroughs (default 10000)\n"
    "  --seed N            first seed; playthrough i uses N + i (default 1)\n"
    "  --strategy S        random (default), or least-used: prefer the choices\n"
    "                      taken least so far, to reach everything sooner\n"
    "  --all               every path, once each, when there are few enough\n"
    "                      (up to 1,000,000); says so when there are more\n"
    "  --styles            play as personas: always the strongest choice, always\n"
    "                      the weakest, at random, favoring each domain, and the\n"
    "                      surface personas that never read the situation (always\n"
    "                      the longest, shortest, first or last option); flags a\n"
    "                      surface persona that scores above the 90th percentile\n"
    "                      of random play: the wording or order gives answers away\n"
    "  --json              print the report as JSON\n"
    "  --help              show this help\n"
    "\n"
    "exit status: 0 no runtime errors, 1 a runtime error was found (or the\n"
    "scenario does not load), 2 usage error\n";

enum { OPT_RUNS, OPT_SEED, OPT_STRATEGY, OPT_ALL, OPT_STYLES, OPT_JSON, OPT_HELP };
static const CliOption explore_options[] = {
    {"--runs", true}, {"--seed", true}, {"--strategy", true}, {"--all", false},
    {"--styles", false}, {"--json", false}, {"--help", false}, {NULL, false},
};

/* ---- progress ----------------------------------------------------------------- */

static void explore_progress(void *ctx, long done, long total)
{
    (void)ctx;
    if (total > 0) {
        int width = 30, filled = (int)(width * done / total);
        fprintf(stderr, "\r  exploring [%.*s%*s] %3ld%%", filled, "##############################",
                width - filled, "", 100 * done / total);
    } else {
        fprintf(stderr, "\r  exploring: %ld paths so far", done);
    }
    fflush(stderr);
}

static bool explore_unicode(void)
{
    const char *vars[] = {"LC_ALL", "LC_CTYPE", "LANG"};
    for (int i = 0; i < 3; i++) {
        const char *v = getenv(vars[i]);
        if (v && *v)
            return strstr(v, "UTF-8") || strstr(v, "utf8") || strstr(v, "UTF8");
    }
    return false;
}

static const char *explore_score(int score10, char *buf, size_t size)
{
    debrief_tenths(score10, buf, size);
    return buf;
}

static const char *explore_mean(const ExploreRange *r, char *buf, size_t size)
{
    long long mean10 = r->assessed ? (2 * r->sum10 + r->assessed) / (2 * r->assessed) : 0;
    return explore_score((int)mean10, buf, size);
}

static void explore_print_choices(FILE *out, const int *choices, int count)
{
    for (int i = 0; i < count; i++)
        fprintf(out, "%s%d", i ? "," : "", choices[i]);
}

/* ---- the text report ------------------------------------------------------------ */

static void explore_print_header(const ExploreReport *r, bool at_terminal)
{
    const Scenario *sc = r->scenario;
    const char *how = r->options.strategy == STRATEGY_ALL ? "every path"
                    : r->options.strategy == STRATEGY_LEAST_USED ? "least-used choices" : "random choices";
    printf("Explored %s: %ld playthroughs (%s, seed %" PRIu64 "), %ld choices", sc->path,
           r->playthroughs, how, r->options.seed, r->choices);
    if (at_terminal && r->seconds > 0)
        printf(", %.2f s (%.0f choices/s)", r->seconds, (double)r->choices / r->seconds);
    putchar('\n');
    if (r->options.strategy == STRATEGY_ALL) {
        if (r->exhaustive)
            printf("Every path was played: the scenario has %ld paths with seed %" PRIu64 ".\n", r->playthroughs,
                   r->options.seed);
        else if (r->unbounded)
            printf("Not every path: some go on for more than %d decisions, so the number of paths is not "
                   "bounded (a loop). Paths that long were cut.\n", EXPLORE_MAX_DEPTH);
        else if (r->truncated)
            printf("Not every path: stopped after %ld; there are more. Use random runs instead.\n",
                   EXPLORE_ALL_LIMIT);
    }
    printf("\nEndings\n");
    for (int i = 0; i < sc->scene_count; i++) {
        const Scene *scene = &sc->scenes[i];
        if (scene->kind != SCENE_ENDING)
            continue;
        long n = r->ending_counts[i];
        double share = r->playthroughs ? 100.0 * (double)n / (double)r->playthroughs : 0;
        visible_line(stdout, "  %-24s %5.1f%%  %8ld  \"%s\"%s", scene->id, share, n, scene->ending,
                     n == 0 ? "  never reached" : "");
    }
    if (r->playthroughs > r->failures)
        printf("Decisions per playthrough: %d to %d\n", r->min_decisions, r->max_decisions);
}

static void explore_print_coverage(const ExploreReport *r)
{
    const Scenario *sc = r->scenario;
    int scenes_reached = 0, choice_total = 0, choices_taken = 0;
    for (int i = 0; i < sc->scene_count; i++) {
        scenes_reached += r->scene_visits[i] > 0;
        for (int k = 0; k < sc->scenes[i].choice_count; k++) {
            choice_total++;
            choices_taken += r->choice_taken[r->choice_base[i] + k] > 0;
        }
    }
    printf("\nCoverage\n  scenes reached: %d of %d\n  choices taken:  %d of %d\n", scenes_reached,
           sc->scene_count, choices_taken, choice_total);
    for (int i = 0; i < sc->scene_count; i++) {
        const Scene *scene = &sc->scenes[i];
        if (r->scene_visits[i] == 0) {
            visible_line(stdout, "  %s:%d: scene '%s' was never reached", sc->path, scene->line, scene->id);
            continue;
        }
        for (int k = 0; k < scene->choice_count; k++)
            if (r->choice_taken[r->choice_base[i] + k] == 0) {
                const char *text = scene->choices[k].text ? scene->choices[k].text : "(its text comes from a function)";
                visible_line(stdout, "  %s:%d: scene '%s', choice %d was never taken: %.60s%s", sc->path,
                             scene->choices[k].line, scene->id, k + 1, text, strlen(text) > 60 ? "..." : "");
            }
    }
    printf("\nRuntime errors%s\n", r->error_count ? ":" : ": none");
    for (int e = 0; e < r->error_count; e++) {
        const ExploreError *err = &r->errors[e];
        fputs("  ", stdout);
        visible_line(stdout, "%s", err->message);
        printf("    in %ld playthrough%s; reproduce with: leadsim play ", err->count, err->count == 1 ? "" : "s");
        visible_write(stdout, paths_shell_quote(sc->path), false);
        printf(" --text --seed %" PRIu64 " --choices ", err->seed);
        explore_print_choices(stdout, err->choices, err->choice_count);
        if (err->choice_count == 0)
            printf("\"\"");
        printf("\n");
    }
}

/* `bars`: draw the histogram with block characters. */
static void explore_print_scores(const ExploreReport *r, bool bars)
{
    const Framework *fw = r->scenario->framework;
    long ended = r->playthroughs - r->failures;
    char a[16], b[16], c[16];
    printf("\nScores by competency (lowest, mean and highest over the playthroughs that assessed it)\n");
    for (int i = 0; i < fw->competency_count; i++) {
        const ExploreRange *x = &r->competencies[i];
        if (x->assessed == 0) {
            printf("  %-52s never assessed\n", fw->competencies[i].id);
            continue;
        }
        printf("  %-52s %5s %5s %5s  in %3.0f%%\n", fw->competencies[i].id, explore_score(x->min10, a, sizeof a),
               explore_mean(x, b, sizeof b), explore_score(x->max10, c, sizeof c),
               ended ? 100.0 * (double)x->assessed / (double)ended : 0);
    }
    printf("\nOverall score");
    if (r->overall.assessed)
        printf(": lowest %s, mean %s, highest %s\n", explore_score(r->overall.min10, a, sizeof a),
               explore_mean(&r->overall, b, sizeof b), explore_score(r->overall.max10, c, sizeof c));
    else
        printf(": never assessed\n");
    long peak = 0;
    for (int i = 0; i < EXPLORE_HISTOGRAM_BINS; i++)
        peak = r->histogram[i] > peak ? r->histogram[i] : peak;
    for (int i = 0; peak > 0 && i < EXPLORE_HISTOGRAM_BINS; i++) {
        int step = 100 / EXPLORE_HISTOGRAM_BINS;
        int width = (int)((40 * r->histogram[i] + peak - 1) / peak);
        printf("  %3d-%-3d %7ld  ", i * step, i == EXPLORE_HISTOGRAM_BINS - 1 ? 100 : (i + 1) * step,
               r->histogram[i]);
        for (int k = 0; k < width; k++)
            fputs(bars ? "\xE2\x96\x88" : "#", stdout);
        putchar('\n');
    }
}

/* `at_terminal`: show timings (which would make saved reports differ from run to run). */
static void explore_print(const ExploreReport *r, bool at_terminal, bool bars)
{
    explore_print_header(r, at_terminal);
    explore_print_coverage(r);
    explore_print_scores(r, bars);
}

/* ---- JSON ---------------------------------------------------------------------- */

static void json_range(cJSON *obj, const ExploreRange *x)
{
    if (x->assessed == 0) {
        cJSON_AddNullToObject(obj, "min");
        cJSON_AddNullToObject(obj, "mean");
        cJSON_AddNullToObject(obj, "max");
    } else {
        cJSON_AddNumberToObject(obj, "min", x->min10 / 10.0);
        cJSON_AddNumberToObject(obj, "mean", (double)x->sum10 / (double)x->assessed / 10.0);
        cJSON_AddNumberToObject(obj, "max", x->max10 / 10.0);
    }
    cJSON_AddNumberToObject(obj, "assessed", (double)x->assessed);
}

static cJSON *json_choices(const int *choices, int count)
{
    cJSON *list = cJSON_CreateArray();
    for (int i = 0; i < count; i++)
        cJSON_AddItemToArray(list, cJSON_CreateNumber(choices[i]));
    return list;
}

static void json_styles(cJSON *root, const Scenario *sc, const StyleResult *styles, int style_count)
{
    static const char *const kinds[] = {"strongest", "weakest", "random", "longest", "shortest", "first", "last",
                                        "domain"};
    char rule[160];
    snprintf(rule, sizeof rule, "a surface persona beats random play when its overall score is above the %dth "
             "percentile of the random playthroughs", EXPLORE_RANDOM_PERCENTILE);
    cJSON_AddStringToObject(root, "surface_rule", rule);
    cJSON *list = cJSON_AddArrayToObject(root, "styles");
    for (int i = 0; i < style_count; i++) {
        const StyleResult *s = &styles[i];
        cJSON *item = cJSON_CreateObject();
        cJSON_AddStringToObject(item, "style", s->name);
        cJSON_AddStringToObject(item, "kind", kinds[s->kind]);
        if (s->kind == STYLE_RANDOM) {
            json_range(item, &s->range);
            if (s->range.assessed)
                cJSON_AddNumberToObject(item, "percentile", s->percentile10 / 10.0);
            else
                cJSON_AddNullToObject(item, "percentile");
        } else {
                if (s->failed)
                    cJSON_AddStringToObject(item, "error", s->error);
                if (s->overall.assessed)
                    cJSON_AddNumberToObject(item, "overall", s->overall.score10 / 10.0);
                else
                    cJSON_AddNullToObject(item, "overall");
                cJSON_AddItemToObject(item, "ending", s->ending >= 0 ? cJSON_CreateString(sc->scenes[s->ending].id)
                                                                      : cJSON_CreateNull());
            cJSON_AddItemToObject(item, "choices", json_choices(s->choices, s->choice_count));
            if (s->surface)
                cJSON_AddBoolToObject(item, "beats_random", s->beats_random);
        }
        cJSON_AddItemToArray(list, item);
    }
}

static char *explore_json(const ExploreReport *r, const StyleResult *styles, int style_count)
{
    const Scenario *sc = r->scenario;
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "scenario", sc->id);
    cJSON_AddStringToObject(root, "file", sc->path);
    static const char *const strategies[] = {"random", "least-used", "all"};
    cJSON_AddStringToObject(root, "strategy", strategies[r->options.strategy]);
    cJSON_AddNumberToObject(root, "seed", (double)r->options.seed);
    cJSON_AddNumberToObject(root, "playthroughs", (double)r->playthroughs);
    cJSON_AddNumberToObject(root, "choices", (double)r->choices);
    cJSON_AddNumberToObject(root, "seconds", r->seconds);
    if (r->options.strategy == STRATEGY_ALL) {
        cJSON_AddBoolToObject(root, "exhaustive", r->exhaustive);
        cJSON_AddBoolToObject(root, "unbounded", r->unbounded);
    }
    cJSON *endings = cJSON_AddObjectToObject(root, "endings");
    cJSON *unreached = cJSON_AddArrayToObject(root, "scenes_never_reached");
    cJSON *untaken = cJSON_AddArrayToObject(root, "choices_never_taken");
    for (int i = 0; i < sc->scene_count; i++) {
        const Scene *scene = &sc->scenes[i];
        if (scene->kind == SCENE_ENDING)
            cJSON_AddNumberToObject(endings, scene->id, (double)r->ending_counts[i]);
        if (r->scene_visits[i] == 0) {
            cJSON *item = cJSON_CreateObject();
            cJSON_AddStringToObject(item, "scene", scene->id);
            cJSON_AddNumberToObject(item, "line", scene->line);
            cJSON_AddItemToArray(unreached, item);
            continue;
        }
        for (int k = 0; k < scene->choice_count; k++)
            if (r->choice_taken[r->choice_base[i] + k] == 0) {
                cJSON *item = cJSON_CreateObject();
                cJSON_AddStringToObject(item, "scene", scene->id);
                cJSON_AddNumberToObject(item, "choice", k + 1);
                cJSON_AddNumberToObject(item, "line", scene->choices[k].line);
                cJSON_AddItemToArray(untaken, item);
            }
    }
    cJSON *decisions = cJSON_AddObjectToObject(root, "decisions_per_playthrough");
    cJSON_AddNumberToObject(decisions, "min", r->min_decisions);
    cJSON_AddNumberToObject(decisions, "max", r->max_decisions);
    cJSON *errors = cJSON_AddArrayToObject(root, "errors");
    for (int e = 0; e < r->error_count; e++) {
        cJSON *item = cJSON_CreateObject();
        cJSON_AddStringToObject(item, "message", r->errors[e].message);
        cJSON_AddNumberToObject(item, "count", (double)r->errors[e].count);
        cJSON_AddNumberToObject(item, "seed", (double)r->errors[e].seed);
        cJSON_AddItemToObject(item, "choices", json_choices(r->errors[e].choices, r->errors[e].choice_count));
        cJSON_AddItemToArray(errors, item);
    }
    cJSON *competencies = cJSON_AddObjectToObject(root, "competencies");
    for (int i = 0; i < sc->framework->competency_count; i++)
        json_range(cJSON_AddObjectToObject(competencies, sc->framework->competencies[i].id), &r->competencies[i]);
    cJSON *overall = cJSON_AddObjectToObject(root, "overall");
    json_range(overall, &r->overall);
    cJSON *histogram = cJSON_AddArrayToObject(overall, "histogram");
    for (int i = 0; i < EXPLORE_HISTOGRAM_BINS; i++)
        cJSON_AddItemToArray(histogram, cJSON_CreateNumber((double)r->histogram[i]));
    if (styles)
        json_styles(root, sc, styles, style_count);
    char *text = cJSON_Print(root);
    cJSON_Delete(root);
    return text;
}

/* ---- styles ---------------------------------------------------------------------- */

static void explore_print_style(const Scenario *sc, const StyleResult *s)
{
    char a[16], b[16], c[16], d[16];
    if (s->kind == STYLE_RANDOM) {
        if (s->range.assessed)
            printf("  %-52s %5s  mean of %ld (lowest %s, %dth percentile %s, highest %s)\n", s->name,
                   explore_mean(&s->range, b, sizeof b), s->runs, explore_score(s->range.min10, a, sizeof a),
                   EXPLORE_RANDOM_PERCENTILE, explore_score(s->percentile10, c, sizeof c),
                   explore_score(s->range.max10, d, sizeof d));
        else
            printf("  %-52s never assessed\n", s->name);
        return;
    }
    if (s->failed) {
        visible_line(stdout, "  %-52s failed: %s", s->name, s->error);
        return;
    }
    printf("  %-52s %5s  %-20s choices ", s->name, s->overall.assessed ? explore_score(s->overall.score10, a, sizeof a) : "-",
           s->ending >= 0 ? sc->scenes[s->ending].id : "-");
    explore_print_choices(stdout, s->choices, s->choice_count);
    puts(s->beats_random ? "  << beats random" : "");
}

/* The surface personas never read the situation; one that beats random play by a clear margin
 * has found a cue in the wording or the order. */
static void explore_print_surface(const StyleResult *styles, int count)
{
    const StyleResult *random = &styles[STYLE_RANDOM];
    char a[16], b[16];
    if (!random->range.assessed)
        return;
    printf("  Surface personas (longest, shortest, first, last option) never read the situation; one that\n"
           "  scores above random play's %dth percentile (%s) beats random by a clear margin:\n",
           EXPLORE_RANDOM_PERCENTILE, explore_score(random->percentile10, a, sizeof a));
    static const char *const why[] = {
        [STYLE_LONGEST] = "the strongest choices tend to be the longest (leadsim check names the decisions)",
        [STYLE_SHORTEST] = "the strongest choices tend to be the shortest",
        [STYLE_FIRST] = "the strongest choices tend to come first (leadsim check counts where they sit)",
        [STYLE_LAST] = "the strongest choices tend to come last (leadsim check counts where they sit)",
    };
    int flagged = 0;
    for (int i = 0; i < count; i++)
        if (styles[i].beats_random) {
            flagged++;
            printf("    %s scores %s: %s\n", styles[i].name, explore_score(styles[i].overall.score10, b, sizeof b),
                   why[styles[i].kind]);
        }
    if (flagged == 0)
        printf("    none does.\n");
}

static void explore_print_styles(const Scenario *sc, const StyleResult *styles, int count, uint64_t seed)
{
    char a[16];
    printf("Player styles (seed %" PRIu64 "): does the scoring separate good play from poor?\n", seed);
    for (int i = 0; i < count; i++)
        explore_print_style(sc, &styles[i]);
    const StyleResult *strongest = &styles[STYLE_STRONGEST], *weakest = &styles[STYLE_WEAKEST];
    if (!strongest->failed && !weakest->failed && strongest->overall.assessed && weakest->overall.assessed) {
        int gap = strongest->overall.score10 - weakest->overall.score10;
        printf("  The strongest style scores %s points above the weakest%s\n", explore_score(gap, a, sizeof a),
               gap < 300 ? ": little separation; check the weights against the rubric." : ".");
    }
    explore_print_surface(styles, count);
}

/* ---- the command ------------------------------------------------------------------- */

typedef struct {
    ExploreOptions options;
    bool json, styles, all;
    const char *target;
} ExploreArgs;

/* One option into `a`; EXIT_OK to go on, or the status to stop with (-1 after --help). */
static int explore_option(ExploreArgs *a, int k, const char *value)
{
    char *end;
    switch (k) {
    case -3: return EXIT_USAGE;
    case -1:
        if (a->target)
            return cli_usage_error("explore", "one scenario at a time ('%s' and '%s')", a->target, value);
        a->target = value;
        return EXIT_OK;
    case OPT_RUNS:
        a->options.runs = strtol(value, &end, 10);
        return !*end && a->options.runs > 0 ? EXIT_OK
            : cli_usage_error("explore", "--runs needs a whole number above 0, not '%s'", value);
    case OPT_SEED:
        return cli_parse_seed(value, &a->options.seed) ? EXIT_OK
            : cli_usage_error("explore", "--seed needs a whole number from 0 up, not '%s'", value);
    case OPT_STRATEGY:
        if (strcmp(value, "random") == 0 || strcmp(value, "least-used") == 0) {
            a->options.strategy = value[0] == 'r' ? STRATEGY_RANDOM : STRATEGY_LEAST_USED;
            return EXIT_OK;
        }
        return cli_usage_error("explore", "--strategy is random or least-used, not '%s'", value);
    case OPT_ALL: a->all = true; return EXIT_OK;
    case OPT_STYLES: a->styles = true; return EXIT_OK;
    case OPT_JSON: a->json = true; return EXIT_OK;
    case OPT_HELP: fputs(explore_help, stdout); return -1;
    }
    return EXIT_OK;
}

static int explore_report(Scenario *sc, ExploreArgs *a)
{
    bool progress = isatty(fileno(stderr)) && !a->json;
    if (progress)
        a->options.progress = explore_progress;
    ExploreReport report;
    StyleResult *style_results = NULL;
    int style_count = 0;
    if (explore_run(sc, &a->options, &report) != 0) {
        fprintf(stderr, "leadsim: out of memory\n");
        return EXIT_INPUT;
    }
    if (progress)
        fprintf(stderr, "\r%*s\r", 60, "");
    if (a->styles)
        style_count = explore_styles(sc, a->options.seed, 1000, &style_results);
    if (a->json) {
        char *text = explore_json(&report, style_results, style_count > 0 ? style_count : 0);
        if (text)
            puts(text);
        cJSON_free(text);
    } else {
        bool terminal = isatty(fileno(stdout));
        explore_print(&report, terminal, terminal && explore_unicode());
        if (style_count > 0) {
            putchar('\n');
            explore_print_styles(sc, style_results, style_count, a->options.seed);
        }
    }
    int status = report.error_count > 0 ? EXIT_INPUT : EXIT_OK;
    explore_styles_free(style_results, style_count);
    explore_report_free(&report);
    return status;
}

int cli_explore(int argc, char **argv)
{
    ExploreArgs a = {.options = {.strategy = STRATEGY_RANDOM, .runs = 10000, .seed = 1}};
    const char *value;
    int i = 0, k, status = EXIT_OK;
    while (status == EXIT_OK && (k = cli_next(argc, argv, &i, explore_options, &value, "explore")) != -2)
        status = explore_option(&a, k, value);
    if (status != EXIT_OK)
        return status < 0 ? EXIT_OK : status;
    if (a.target == NULL)
        return cli_usage_error("explore", "which scenario? give a file or an id");
    if (a.all)
        a.options.strategy = STRATEGY_ALL;
    Scenario *sc = cli_load_scenario(a.target);
    if (sc == NULL)
        return EXIT_INPUT;
    status = explore_report(sc, &a);
    scenario_free(sc);
    return status;
}
