/* cli_history: leadsim history [show N | compare N M] — the attempts kept in the save folder. */
#include "cli.h"
#include "visible.h"
#include "history.h"
#include "paths.h"
#include "text_play.h"
#include "report_csv.h"
#include "report_json.h"
#include "report_text.h"
#include "save.h"
#include "settings.h"

#include <cJSON.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char history_help[] =
    "usage: leadsim history [options]\n"
    "       leadsim history show N|last [options]\n"
    "       leadsim history compare N M [options]\n"
    "\n"
    "Every playthrough finished in the window or with --text is an attempt in the\n"
    "history (history.sqlite3 in the save folder). With no command, list them.\n"
    "\n"
    "  show N        the debrief of attempt N (or the last), with your answers\n"
    "  compare N M   two attempts side by side: where the paths parted, and how\n"
    "                each score moved\n"
    "\n"
    "options:\n"
    "  --scenario ID       only the attempts at this scenario\n"
    "  --player NAME       only this player's attempts\n"
    "  --json              as JSON\n"
    "  --csv               the list as CSV, one row per attempt and competency\n"
    "  --settings FILE     the settings file that names the save folder\n"
    "  --help              show this help\n"
    "\n"
    "exit status: 0 done, 1 no such attempt or an unreadable history, 2 usage error\n";

enum { OPT_SCENARIO, OPT_PLAYER, OPT_JSON, OPT_CSV, OPT_SETTINGS, OPT_HELP };
static const CliOption history_options[] = {
    {"--scenario", true}, {"--player", true}, {"--json", false}, {"--csv", false}, {"--settings", true},
    {"--help", false}, {NULL, false},
};

typedef struct {
    const char *operands[3];
    int operand_count;
    const char *scenario, *player, *settings;
    bool json, csv;
} HistoryArgs;

/* ---- the list ------------------------------------------------------------------------------------ */

static const char *history_score(int score10, char *buf, size_t size)
{
    return score10 < 0 ? "-" : debrief_tenths(score10, buf, size);
}

static void history_print_list(const Attempt *a, int count, const char *dir)
{
    if (count == 0) {
        printf("No attempts yet in %s. Finish a playthrough in the window or with --text.\n", dir);
        return;
    }
    printf("%4s  %-20s  %-16s  %-22s  %-28s  %7s\n", "#", "finished (UTC)", "player", "scenario", "ending", "overall");
    for (int i = 0; i < count; i++) {
        char score[16];
        printf("%4" PRId64 "  %-20s  %-16.16s  %-22.22s  %-28.28s  %7s\n", a[i].id, a[i].finished,
               a[i].player[0] ? a[i].player : "-", a[i].scenario, a[i].ending_title[0] ? a[i].ending_title : "(stopped)",
               history_score(a[i].overall10, score, sizeof score));
    }
}

static cJSON *history_attempt_json(const Attempt *a)
{
    cJSON *item = cJSON_CreateObject();
    char seed[32], score[16];
    cJSON_AddNumberToObject(item, "id", (double)a->id);
    cJSON_AddStringToObject(item, "finished", a->finished);
    cJSON_AddStringToObject(item, "player", a->player);
    cJSON_AddStringToObject(item, "scenario", a->scenario);
    cJSON_AddStringToObject(item, "title", a->title);
    cJSON_AddStringToObject(item, "sha256", a->sha256);
    cJSON_AddStringToObject(item, "framework", a->framework);
    snprintf(seed, sizeof seed, "%" PRIu64, a->seed);
    cJSON_AddRawToObject(item, "seed", seed);
    cJSON_AddItemToObject(item, "ending", a->ending[0] ? cJSON_CreateString(a->ending) : cJSON_CreateNull());
    cJSON_AddNumberToObject(item, "decisions", a->decisions);
    if (a->overall10 >= 0)
        cJSON_AddRawToObject(item, "overall", debrief_tenths(a->overall10, score, sizeof score));
    else
        cJSON_AddNullToObject(item, "overall");
    return item;
}

static void history_print_json(const Attempt *a, int count)
{
    cJSON *array = cJSON_CreateArray();
    for (int i = 0; i < count; i++)
        cJSON_AddItemToArray(array, history_attempt_json(&a[i]));
    char *text = cJSON_Print(array);
    if (text)
        printf("%s\n", text);
    cJSON_free(text);
    cJSON_Delete(array);
}

static int history_print_csv(History *h, const Attempt *a, int count)
{
    return report_csv_attempts(stdout, h, a, count) ? EXIT_OK : EXIT_INPUT;
}

/* ---- one attempt ------------------------------------------------------------------------------------ */

/* Opens the scenario an attempt was played on (its file, else its id in the library) and
 * replays the attempt into it. 0, or -1 after saying why. `note` says where a changed
 * scenario stopped the replay. */
static int history_replay(const AttemptDetail *d, Session *s, char *note, size_t size)
{
    DiagList diags = {0};
    bool found = d->file[0] && paths_is_file(d->file);
    int opened = found ? session_open(s, d->file, &diags) : cli_open_session(s, d->attempt.scenario, &diags);
    if (found && opened != 0)
        diag_print_all(stderr, &diags);
    diag_list_free(&diags);
    if (opened != 0) {
        fprintf(stderr, "leadsim: attempt %" PRId64 " was played on '%s', which cannot be opened now\n", d->attempt.id,
                d->file[0] ? d->file : d->attempt.scenario);
        return -1;
    }
    char hash[HASH_HEX];
    bool changed = hash_file(s->scenario->path, hash) != 0 || strcmp(hash, d->attempt.sha256) != 0;
    note[0] = '\0';
    int replayed = session_replay(s, &d->record, note, size);
    if (replayed < 0) {
        visible_line(stderr, "%s", s->play.error);
        return -1;
    }
    if (changed && note[0] == '\0')
        snprintf(note, size, "the scenario changed since this attempt; its choices replayed in full");
    return 0;
}

int cli_attempt_open(History *h, int64_t id, CliAttempt *a)
{
    memset(a, 0, sizeof *a);
    if (history_get(h, id, &a->detail) != 0) {
        fprintf(stderr, "leadsim: there is no attempt %" PRId64 " in %s\n", id, history_path(h));
        return EXIT_INPUT;
    }
    char note[1024];
    int status = history_replay(&a->detail, &a->session, note, sizeof note) == 0 ? EXIT_OK : EXIT_INPUT;
    if (status == EXIT_OK && debrief_doc_build(&a->doc, &a->session, a->detail.answered, a->detail.attempt.player) != 0)
        status = EXIT_INPUT;
    if (status != EXIT_OK) {
        cli_attempt_close(a);
        return status;
    }
    a->built = true;
    history_detail_answers(&a->detail, &a->doc);
    if (note[0])
        fprintf(stderr, "leadsim: attempt %" PRId64 ": %s\n", id, note);
    return EXIT_OK;
}

void cli_attempt_close(CliAttempt *a)
{
    if (a->built)
        debrief_doc_free(&a->doc);
    if (a->session.scenario)
        session_close(&a->session);
    history_detail_free(&a->detail);
    memset(a, 0, sizeof *a);
}

static int history_show(History *h, int64_t id, bool json)
{
    CliAttempt a;
    int status = cli_attempt_open(h, id, &a);
    if (status != EXIT_OK)
        return status;
    char *text = json ? report_json_attempt(&a.doc, a.detail.attempt.finished) : NULL;
    if (json && text)
        fputs(text, stdout);
    else if (!json)
        report_text(stdout, &a.doc, text_width(stdout));
    free(text);
    cli_attempt_close(&a);
    return status;
}

/* ---- two attempts ------------------------------------------------------------------------------------ */

static const char *history_title(const Framework *fw, const AttemptScore *s)
{
    if (fw && s->domain && framework_domain(fw, s->item) >= 0)
        return fw->domains[framework_domain(fw, s->item)].title;
    if (fw && !s->domain && framework_competency(fw, s->item) >= 0)
        return fw->competencies[framework_competency(fw, s->item)].title;
    return s->item;
}

static void history_parted(const AttemptDetail *a, const AttemptDetail *b)
{
    int same = 0;
    while (same < a->record.count && same < b->record.count &&
           strcmp(a->record.steps[same].scene, b->record.steps[same].scene) == 0 &&
           strcmp(a->record.steps[same].choice, b->record.steps[same].choice) == 0)
        same++;
    if (same == a->record.count && same == b->record.count) {
        printf("The same path: all %d decisions alike.\n", same);
        return;
    }
    if (same > 0)
        printf("The paths were the same for %d decision%s.\n", same, same == 1 ? "" : "s");
    const RecordStep *x = same < a->record.count ? &a->record.steps[same] : NULL;
    const RecordStep *y = same < b->record.count ? &b->record.steps[same] : NULL;
    if (x && y && strcmp(x->scene, y->scene) == 0)
        printf("They parted at decision %d, scene '%s': #%" PRId64 " chose '%s', #%" PRId64 " chose '%s'.\n",
               same + 1, x->scene, a->attempt.id, x->choice, b->attempt.id, y->choice);
    else
        printf("They parted at decision %d: #%" PRId64 " was at '%s', #%" PRId64 " at '%s'.\n", same + 1,
               a->attempt.id, x ? x->scene : "its ending", b->attempt.id, y ? y->scene : "its ending");
}

/* Score changes, the largest first; competencies assessed in only one attempt say so. */
static void history_moves(const AttemptDetail *a, const AttemptDetail *b, const Framework *fw)
{
    char from[16], to[16], by[16];
    printf("\nOverall: %s -> %s\n", history_score(a->attempt.overall10, from, sizeof from),
           history_score(b->attempt.overall10, to, sizeof to));
    int order[256], n = 0;
    for (int i = 0; i < b->score_count && n < 256; i++)
        order[n++] = i;
    for (int i = 1; i < n; i++)             /* by how far each moved, largest first */
        for (int j = i; j > 0; j--) {
            const AttemptScore *p = &b->scores[order[j - 1]], *q = &b->scores[order[j]];
            int dp = p->domain ? 0 : abs(p->score10 - (j - 1 < a->score_count ? a->scores[order[j - 1]].score10 : 0));
            int dq = q->domain ? 0 : abs(q->score10 - (j < a->score_count ? a->scores[order[j]].score10 : 0));
            if (dq <= dp)
                break;
            int t = order[j]; order[j] = order[j - 1]; order[j - 1] = t;
        }
    printf("\n%-52s %8s %8s %8s\n", "", "before", "after", "change");
    for (int k = 0; k < n; k++) {
        const AttemptScore *y = &b->scores[order[k]];
        const AttemptScore *x = order[k] < a->score_count && strcmp(a->scores[order[k]].item, y->item) == 0
            ? &a->scores[order[k]] : NULL;
        bool both = x && x->score10 >= 0 && y->score10 >= 0;
        by[0] = '+';
        if (both)
            debrief_tenths(y->score10 - x->score10, by + (y->score10 > x->score10), sizeof by - 1);
        printf("%-52.52s %8s %8s %8s\n", history_title(fw, y), x ? history_score(x->score10, from, sizeof from) : "-",
               history_score(y->score10, to, sizeof to), both ? by : "");
    }
}

static int history_compare(History *h, int64_t first, int64_t second)
{
    AttemptDetail a, b;
    int64_t missing = history_get(h, first, &a) != 0 ? first : 0;
    if (!missing && history_get(h, second, &b) != 0) {
        missing = second;
        history_detail_free(&a);
    }
    if (missing) {
        fprintf(stderr, "leadsim: there is no attempt %" PRId64 " in %s\n", missing, history_path(h));
        return EXIT_INPUT;
    }
    char path[4096];
    DiagList diags = {0};
    Framework *fw = paths_framework_file(b.file, b.attempt.framework, path, sizeof path)
        ? framework_load(path, &diags) : NULL;
    diag_list_free(&diags);
    printf("#%" PRId64 " (%s, %s) and #%" PRId64 " (%s, %s)\n", first, a.attempt.title, a.attempt.finished, second,
           b.attempt.title, b.attempt.finished);
    if (strcmp(a.attempt.scenario, b.attempt.scenario) != 0)
        printf("They are attempts at different scenarios; their scores compare only loosely.\n");
    else
        history_parted(&a, &b);
    history_moves(&a, &b, fw);
    framework_free(fw);
    history_detail_free(&a);
    history_detail_free(&b);
    return EXIT_OK;
}

/* ---- the command ------------------------------------------------------------------------------------- */

int64_t cli_attempt_id(History *h, const char *text, const char *scenario, const char *player)
{
    if (strcmp(text, "last") == 0) {
        Attempt *list;
        int count = history_list(h, scenario, player, &list);
        int64_t id = count > 0 ? list[count - 1].id : -1;
        free(list);
        return id;
    }
    char *end;
    long long id = strtoll(text, &end, 10);
    return *end || id < 1 ? -1 : id;
}

static int history_run(History *h, const HistoryArgs *args, const char *dir)
{
    const char *verb = args->operand_count ? args->operands[0] : NULL;
    if (verb == NULL) {
        Attempt *list;
        int count = history_list(h, args->scenario, args->player, &list);
        if (count < 0)
            return EXIT_INPUT;
        int status = EXIT_OK;
        if (args->csv)
            status = history_print_csv(h, list, count);
        else if (args->json)
            history_print_json(list, count);
        else
            history_print_list(list, count, dir);
        free(list);
        return status;
    }
    bool show = strcmp(verb, "show") == 0, compare = strcmp(verb, "compare") == 0;
    if ((!show && !compare) || args->operand_count != (show ? 2 : 3))
        return cli_usage_error("history", show || compare ? "%s needs %s" : "unknown command '%s'%s", verb,
                               show ? "one attempt: show N, or show last" : compare ? "two attempts: compare N M" : "");
    int64_t first = cli_attempt_id(h, args->operands[1], args->scenario, args->player);
    int64_t second = compare ? cli_attempt_id(h, args->operands[2], args->scenario, args->player) : 0;
    if (first < 0 || second < 0) {
        fprintf(stderr, "leadsim: no such attempt '%s'; leadsim history lists them\n",
                first < 0 ? args->operands[1] : args->operands[2]);
        return EXIT_INPUT;
    }
    return show ? history_show(h, first, args->json) : history_compare(h, first, second);
}

int cli_history(int argc, char **argv)
{
    HistoryArgs args = {0};
    const char *value;
    int i = 0, k;
    while ((k = cli_next(argc, argv, &i, history_options, &value, "history")) != -2) {
        switch (k) {
        case -3: return EXIT_USAGE;
        case -1:
            if (args.operand_count == 3)
                return cli_usage_error("history", "too many operands ('%s')", value);
            args.operands[args.operand_count++] = value;
            break;
        case OPT_SCENARIO: args.scenario = value; break;
        case OPT_PLAYER: args.player = value; break;
        case OPT_JSON: args.json = true; break;
        case OPT_CSV: args.csv = true; break;
        case OPT_SETTINGS: args.settings = value; break;
        case OPT_HELP: fputs(history_help, stdout); return EXIT_OK;
        }
    }
    if (args.json && args.csv)
        return cli_usage_error("history", "choose --json or --csv, not both");
    char dir[4096];
    Settings settings;
    History *h = cli_history_open(args.settings, &settings, dir, sizeof dir);
    if (h == NULL)
        return EXIT_INPUT;
    int status = history_run(h, &args, dir);
    history_close(h);
    return status;
}
