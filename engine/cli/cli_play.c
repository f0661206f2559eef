/* cli_play: leadsim play FILE|ID [options] */
#include "cli.h"
#include "debrief.h"
#include "lrs.h"
#include "recorder.h"
#include "session.h"
#include "settings.h"
#include "paths.h"
#include "report_json.h"
#include "report_xapi.h"
#include "uuid.h"
#include "text_play.h"
#include "watch.h"
#include "visible.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char play_help[] =
    "usage: leadsim play FILE|ID [options]\n"
    "\n"
    "Play one scenario, in a window unless --text or --json is given. FILE is a\n"
    "scenario file; ID names one in the library (scripts/scenarios/ID.lua).\n"
    "\n"
    "options:\n"
    "  --text              play in the terminal: plain text, screen-reader friendly\n"
    "  --choices 1,3,2     take these choice numbers in order instead of asking;\n"
    "                      narration scenes continue on their own\n"
    "  --seed N            seed for the scenario's random events (default: 1 with\n"
    "                      --choices, a fresh one otherwise; the debrief shows it)\n"
    "  --json              print the debrief as JSON (see SPEC.md)\n"
    "  --screenshot F.bmp  draw the screen reached after --choices without a display,\n"
    "                      save it as a BMP and exit (running out of choices is fine)\n"
    "  --size WxH          the screenshot's size in pixels (default 1280x720)\n"
    "  --page N            with --screenshot: page N of the screen reached: of the\n"
    "                      scene's text, or, after an ending, of the debrief\n"
    "  --screen NAME       with --screenshot after an ending: one of the debrief's\n"
    "                      steps, unanswered: reactions, estimate, debrief or commitments\n"
    "  --layout FILE       with --screenshot: write the box of every text drawn, as JSON lines\n"
    "  --settings FILE     the settings file for the window\n"
    "  --resume            continue the playthrough of this scenario saved in progress,\n"
    "                      in the window or with --text (the library offers Continue)\n"
    "  --watch             reload the file whenever it is saved, replaying your choices\n"
    "                      so far; a version with errors is reported and the one\n"
    "                      before keeps running (window and --text)\n"
    "  --help              show this help\n"
    "\n"
    "In the terminal, type a choice's number and press Enter; h shows the other keys.\n"
    "\n"
    "exit status: 0 done, 1 scenario or input error, 2 usage error\n";

enum { OPT_TEXT, OPT_CHOICES, OPT_SEED, OPT_JSON, OPT_HELP, OPT_SCREENSHOT, OPT_SIZE, OPT_PAGE, OPT_LAYOUT,
       OPT_SETTINGS, OPT_WATCH, OPT_RESUME, OPT_SCREEN };
static const CliOption play_options[] = {
    {"--text", false}, {"--choices", true}, {"--seed", true}, {"--json", false}, {"--help", false},
    {"--screenshot", true}, {"--size", true}, {"--page", true}, {"--layout", true}, {"--settings", true},
    {"--watch", false}, {"--resume", false}, {"--screen", true}, {NULL, false},
};

/* --watch in the terminal: the session takes the new version when it loads and replays. */
typedef struct {
    Watch watch;
    Session *session;
    FILE *out;
} TextWatch;

static uint32_t play_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint32_t)(ts.tv_sec * 1000 + ts.tv_nsec / 1000000);
}

static int play_reload(void *ctx)
{
    TextWatch *tw = ctx;
    if (!watch_poll(&tw->watch, play_now_ms()))
        return 0;
    DiagList diags = {0};
    char error[1400], note[512];
    int replayed = session_reload(tw->session, &diags, error, sizeof error, note, sizeof note);
    if (replayed < 0 && diags.count > 0) {
        diag_sort(&diags);
        fprintf(tw->out, "\n[The new version has errors; still playing the one before. Save again to retry.]\n");
        fflush(tw->out);
        diag_print_all(stderr, &diags);
    } else if (replayed < 0) {
        fprintf(tw->out, "\n[The new version fails when your choices are replayed; still playing the one before.]\n");
        fflush(tw->out);
        visible_line(stderr, "%s", error);
    } else {
        fprintf(tw->out, "\n[Reloaded %s: %s]\n", tw->session->path, note[0] ? note : "your choices were replayed");
    }
    diag_list_free(&diags);
    return replayed >= 0;
}

/* --choices, or --json: the session follows the numbers, the terminal shows it unless quiet. */
static int play_text(Session *s, bool json, bool watch, const int *choices, int choice_count, Recorder *rec)
{
    /* With --json, the conversation goes to stderr so stdout holds only JSON. */
    FILE *out = json ? stderr : stdout;
    ChoiceList list = {choices, choice_count, 0, 0};
    TextOptions opt = {stdin, out, text_width(out), !isatty(fileno(stdin)) && !choices,
                       choices ? &list : NULL, NULL, NULL, FOLLOW_STEPPED, rec && rec->save_path[0]};
    TextWatch tw = {.session = s, .out = out};
    if (watch && !choices) {
        watch_init(&tw.watch, s->path);
        setvbuf(stdin, NULL, _IONBF, 0); /* so poll sees what is typed */
        opt.reload = play_reload;
        opt.reload_ctx = &tw;
    }
    char message[1600];
    switch (text_play(s, &opt)) {
    case TEXT_ENDED:
        break;
    case TEXT_QUIT:
        return EXIT_OK;
    case TEXT_FAILED:
        fflush(out);
        visible_line(stderr, "%s", s->play.error);
        return EXIT_INPUT;
    case TEXT_STOPPED:
        fflush(out);
        session_follow_error(s, &list, opt.stopped, message, sizeof message);
        visible_line(stderr, "%s", message);
        return EXIT_INPUT;
    case TEXT_NO_INPUT:
        fflush(out);
        visible_line(stderr, "%s:%d: input ended at scene '%s', before an ending", s->scenario->path,
                play_scene(&s->play)->line, play_scene(&s->play)->id);
        return EXIT_INPUT;
    }
    /* The attempt's statements go to the LRS while the player reads the debrief; whatever is not
     * sent when the program ends waits in the history for the next time. */
    LrsSync *sync = rec && rec->attempt >= 0 && rec->statements ? lrs_sync_start(rec->dir, rec->statements_ctx) : NULL;
    if (!json) {
        DebriefDoc doc;
        if (debrief_doc_build(&doc, s, choices == NULL, NULL) != 0) {
            fprintf(stderr, "leadsim: out of memory\n");
            return EXIT_INPUT;
        }
        text_debrief(&doc, &opt);
        if (rec)
            recorder_answers(rec, &doc);
        debrief_doc_free(&doc);
    }
    lrs_sync_finish(sync);
    return EXIT_OK;
}

static int play_json(const Session *s)
{
    DebriefDoc doc;
    char *printed = debrief_doc_build(&doc, s, false, NULL) == 0 ? report_json(&doc) : NULL;
    if (printed)
        fputs(printed, stdout);
    free(printed);
    debrief_doc_free(&doc);
    return printed ? EXIT_OK : EXIT_INPUT;
}

/* What the command line asked for. */
typedef struct {
    const char *target, *screenshot;
    AppStart start;
    int w, h;
    bool text, json, seeded, watch, resume;
    uint64_t seed;
    int *choices, choice_count;
} PlayArgs;

/* One option into `a`; EXIT_OK to go on, or the status to stop with (help, a usage error). */
static int play_option(PlayArgs *a, int k, const char *value)
{
    char *end;
    switch (k) {
    case -3: return EXIT_USAGE;
    case -1:
        if (a->target)
            return cli_usage_error("play", "one scenario at a time ('%s' and '%s')", a->target, value);
        a->target = value;
        return EXIT_OK;
    case OPT_TEXT: a->text = true; return EXIT_OK;
    case OPT_JSON: a->json = true; return EXIT_OK;
    case OPT_WATCH: a->watch = true; return EXIT_OK;
    case OPT_RESUME: a->resume = true; return EXIT_OK;
    case OPT_SCREENSHOT: a->screenshot = value; return EXIT_OK;
    case OPT_LAYOUT: a->start.layout_log = value; return EXIT_OK;
    case OPT_SCREEN: a->start.screen = value; return EXIT_OK;
    case OPT_SETTINGS: a->start.settings_path = value; return EXIT_OK;
    case OPT_HELP: fputs(play_help, stdout); return -1;
    case OPT_SIZE:
        return cli_parse_size(value, &a->w, &a->h) ? EXIT_OK
            : cli_usage_error("play", "--size needs WIDTHxHEIGHT, like 1920x1080; not '%s'", value);
    case OPT_PAGE:
        a->start.page = (int)strtol(value, &end, 10);
        return !*end && a->start.page >= 1 ? EXIT_OK
            : cli_usage_error("play", "--page needs a page number from 1, not '%s'", value);
    case OPT_SEED:
        a->seeded = true;
        return cli_parse_seed(value, &a->seed) ? EXIT_OK
            : cli_usage_error("play", "--seed needs a whole number from 0 up, not '%s'", value);
    case OPT_CHOICES:
        free(a->choices);
        a->choices = NULL;
        a->choice_count = cli_parse_choices(value, &a->choices);
        return a->choice_count >= 0 ? EXIT_OK
            : cli_usage_error("play", "--choices needs numbers separated by commas, like 1,3,2; not '%s'", value);
    }
    return EXIT_OK;
}

/* --json with --choices: follow them silently, then print the debrief. */
static int play_follow_json(Session *s, const PlayArgs *a)
{
    ChoiceList list = {a->choices, a->choice_count, 0, 0};
    FollowResult result = session_follow(s, &list);
    if (s->play.status != PLAY_ENDED) {
        char message[1600];
        session_follow_error(s, &list, result, message, sizeof message);
        visible_line(stderr, "%s", message);
        return EXIT_INPUT;
    }
    return play_json(s);
}

static void play_report(void *ctx, const char *message)
{
    (void)ctx;
    fflush(stdout);
    fputs("leadsim: ", stderr);
    visible_write(stderr, message, true);   /* file names and scenario ids, never raw */
    fputc('\n', stderr);
}

/* --resume: the save in progress, replayed into s; says how far it went. */
static int play_resume(Session *s, const char *dir, const char *player, SaveData *save, char *path, size_t size,
                       FILE *out)
{
    char notes[8192], note[1024], hash[HASH_HEX];
    SaveStatus found = save_find(dir, s->scenario->id, player, path, size, save, notes, sizeof notes);
    if (notes[0])
        play_report(NULL, notes);
    if (found != SAVE_OK) {
        fprintf(stderr, "leadsim: no playthrough of '%s' in progress in %s; start one with: leadsim play %s --text\n",
                s->scenario->id, paths_display(dir), session_play_name(s));
        return EXIT_INPUT;
    }
    bool changed = hash_file(s->scenario->path, hash) != 0 || strcmp(hash, save->sha256) != 0;
    int replayed = session_replay(s, &save->record, note, sizeof note);
    if (replayed < 0) {
        visible_line(stderr, "%s", s->play.error);
        return EXIT_INPUT;
    }
    if (note[0])
        fprintf(out, "[Resumed %s: %s%s]\n", paths_display(path), changed ? "the scenario changed since it was "
                "saved; " : "", note);
    else
        fprintf(out, "[Resumed %s: replayed %d decision%s]\n", paths_display(path), replayed, replayed == 1 ? "" : "s");
    return EXIT_OK;
}

/* --text (and --json with a conversation): saved as it goes, recorded at the end. */
static int play_terminal(Session *s, PlayArgs *a)
{
    Settings settings;
    char settings_file[4096], dir[4096], resumed[4200];
    DiagList diags = {0};
    settings_defaults(&settings);
    settings_load(&settings, settings_path(a->start.settings_path, settings_file, sizeof settings_file), &diags);
    diag_print_all(stderr, &diags);
    diag_list_free(&diags);
    Recorder rec;
    SaveData save = {0};
    bool recording = a->text && save_dir(settings.saves, dir, sizeof dir);
    int status = EXIT_OK;
    if (a->resume && !recording) {
        fprintf(stderr, "leadsim: --resume needs --text and a save folder\n");
        return EXIT_INPUT;
    }
    if (recording && a->resume)
        status = play_resume(s, dir, settings.player, &save, resumed, sizeof resumed, a->json ? stderr : stdout);
    if (status == EXIT_OK && recording &&
        recorder_start(&rec, s, dir, settings.player, a->resume ? resumed : NULL, &save, play_report, NULL) != 0)
        recording = false;
    if (recording && settings.lrs_endpoint[0])     /* statements are queued only for an LRS */
        recorder_statements(&rec, report_xapi_for_attempt, &settings);
    if (status == EXIT_OK && !a->resume && session_start(s, a->seed) != 0) {
        visible_line(stderr, "%s", s->play.error);
        status = EXIT_INPUT;
    }
    if (status == EXIT_OK)
        status = play_text(s, a->json, a->watch, a->choices, a->choice_count, recording ? &rec : NULL);
    if (status == EXIT_OK && a->json && s->play.status == PLAY_ENDED)
        status = play_json(s);
    if (recording)
        recorder_stop(&rec);
    save_data_free(&save);
    return status;
}

static int play_run(PlayArgs *a)
{
    if (!a->seeded && a->choices == NULL)
        a->seed = session_fresh_seed();
    /* Check the file first, so its errors read the same in every mode, display or not. */
    Session session;
    DiagList diags = {0};
    int opened = cli_open_session(&session, a->target, &diags);
    diag_list_free(&diags);
    if (opened != 0)
        return EXIT_INPUT;
    int status;
    if (a->screenshot || (!a->text && !a->json)) {
        session_close(&session);
        a->start.scenario = a->target;
        a->start.choices = a->choices;
        a->start.choice_count = a->choice_count;
        a->start.seed = a->seed;
        a->start.watch = a->watch;
        a->start.resume = a->resume;
        return cli_window_run(&a->start, a->screenshot, a->w, a->h);
    }
    if (a->json && a->choices && !a->text) {         /* quiet, and never saved or recorded */
        status = session_start(&session, a->seed) == 0 ? play_follow_json(&session, a) : EXIT_INPUT;
        if (session.play.status == PLAY_FAILED && session.record.count == 0)
            visible_line(stderr, "%s", session.play.error);  /* it failed before the first choice */
    } else {
        status = play_terminal(&session, a);
    }
    session_close(&session);
    return status;
}

int cli_play(int argc, char **argv)
{
    PlayArgs a = {.w = 1280, .h = 720, .seed = 1};
    const char *value;
    int i = 0, k, status = EXIT_OK;
    while (status == EXIT_OK && (k = cli_next(argc, argv, &i, play_options, &value, "play")) != -2)
        status = play_option(&a, k, value);
    if (status == EXIT_OK && a.target == NULL)
        status = cli_usage_error("play", "which scenario? give a file or an id, like: leadsim play twelve-percent");
    if (status == EXIT_OK)
        status = play_run(&a);
    free(a.choices);
    return status < 0 ? EXIT_OK : status;   /* -1: --help was shown */
}
