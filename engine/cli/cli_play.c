/* cli_play: leadsim play FILE|ID [options] */
#include "cli.h"
#include "debrief.h"
#include "session.h"
#include "report_json.h"
#include "text_play.h"
#include "watch.h"

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
    "  --watch             reload the file whenever it is saved, replaying your choices\n"
    "                      so far; a version with errors is reported and the one\n"
    "                      before keeps running (window and --text)\n"
    "  --help              show this help\n"
    "\n"
    "In the terminal, type a choice's number and press Enter; h shows the other keys.\n"
    "\n"
    "exit status: 0 done, 1 scenario or input error, 2 usage error\n";

enum { OPT_TEXT, OPT_CHOICES, OPT_SEED, OPT_JSON, OPT_HELP, OPT_SCREENSHOT, OPT_SIZE, OPT_PAGE, OPT_LAYOUT,
       OPT_SETTINGS, OPT_WATCH, OPT_SCREEN };
static const CliOption play_options[] = {
    {"--text", false}, {"--choices", true}, {"--seed", true}, {"--json", false}, {"--help", false},
    {"--screenshot", true}, {"--size", true}, {"--page", true}, {"--layout", true}, {"--settings", true},
    {"--watch", false}, {"--screen", true}, {NULL, false},
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
        fprintf(stderr, "%s\n", error);
    } else {
        fprintf(tw->out, "\n[Reloaded %s: %s]\n", tw->session->path, note[0] ? note : "your choices were replayed");
    }
    diag_list_free(&diags);
    return replayed >= 0;
}

/* --choices, or --json: the session follows the numbers, the terminal shows it unless quiet. */
static int play_text(Session *s, bool json, bool watch, const int *choices, int choice_count)
{
    /* With --json, the conversation goes to stderr so stdout holds only JSON. */
    FILE *out = json ? stderr : stdout;
    ChoiceList list = {choices, choice_count, 0, 0};
    TextOptions opt = {stdin, out, text_width(out), !isatty(fileno(stdin)) && !choices,
                       choices ? &list : NULL, NULL, NULL, FOLLOW_STEPPED};
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
        fprintf(stderr, "%s\n", s->play.error);
        return EXIT_INPUT;
    case TEXT_STOPPED:
        fflush(out);
        session_follow_error(s, &list, opt.stopped, message, sizeof message);
        fprintf(stderr, "%s\n", message);
        return EXIT_INPUT;
    case TEXT_NO_INPUT:
        fflush(out);
        fprintf(stderr, "%s:%d: input ended at scene '%s', before an ending\n", s->scenario->path,
                play_scene(&s->play)->line, play_scene(&s->play)->id);
        return EXIT_INPUT;
    }
    if (!json) {
        DebriefDoc doc;
        if (debrief_doc_build(&doc, s, choices == NULL, NULL) != 0) {
            fprintf(stderr, "leadsim: out of memory\n");
            return EXIT_INPUT;
        }
        text_debrief(&doc, &opt);
        debrief_doc_free(&doc);
    }
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

int cli_play(int argc, char **argv)
{
    const char *target = NULL, *value, *screenshot = NULL;
    AppStart start = {0};
    int w = 1280, h = 720;
    bool text = false, json = false, seeded = false, watch = false;
    uint64_t seed = 1;
    int *choices = NULL, choice_count = 0, i = 0, k;
    while ((k = cli_next(argc, argv, &i, play_options, &value, "play")) != -2) {
        switch (k) {
        case -3:
            free(choices);
            return EXIT_USAGE;
        case -1:
            if (target) {
                free(choices);
                return cli_usage_error("play", "one scenario at a time ('%s' and '%s')", target, value);
            }
            target = value;
            break;
        case OPT_TEXT: text = true; break;
        case OPT_SCREENSHOT: screenshot = value; break;
        case OPT_LAYOUT: start.layout_log = value; break;
        case OPT_SETTINGS: start.settings_path = value; break;
        case OPT_WATCH: watch = true; break;
        case OPT_SCREEN: start.screen = value; break;
        case OPT_SIZE:
            if (!cli_parse_size(value, &w, &h)) {
                free(choices);
                return cli_usage_error("play", "--size needs WIDTHxHEIGHT, like 1920x1080; not '%s'", value);
            }
            break;
        case OPT_PAGE: {
            char *end;
            start.page = (int)strtol(value, &end, 10);
            if (*end || start.page < 1) {
                free(choices);
                return cli_usage_error("play", "--page needs a page number from 1, not '%s'", value);
            }
            break;
        }
        case OPT_JSON: json = true; break;
        case OPT_HELP:
            fputs(play_help, stdout);
            free(choices);
            return EXIT_OK;
        case OPT_SEED:
            if (!cli_parse_seed(value, &seed)) {
                free(choices);
                return cli_usage_error("play", "--seed needs a whole number from 0 up, not '%s'", value);
            }
            seeded = true;
            break;
        case OPT_CHOICES:
            free(choices);
            choices = NULL;
            choice_count = cli_parse_choices(value, &choices);
            if (choice_count < 0)
                return cli_usage_error("play", "--choices needs numbers separated by commas, like 1,3,2; not '%s'",
                                       value);
            break;
        }
    }
    if (target == NULL) {
        free(choices);
        return cli_usage_error("play", "which scenario? give a file or an id, like: leadsim play twelve-percent");
    }
    if (!seeded && choices == NULL)
        seed = session_fresh_seed();
    /* Check the file first, so its errors read the same in every mode, display or not. */
    Session session;
    DiagList diags = {0};
    int opened = cli_open_session(&session, target, &diags);
    diag_list_free(&diags);
    if (opened != 0) {
        free(choices);
        return EXIT_INPUT;
    }
    int status;
    if (screenshot || (!text && !json)) {
        session_close(&session);
        start.scenario = target;
        start.choices = choices;
        start.choice_count = choice_count;
        start.seed = seed;
        start.watch = watch;
        status = cli_window_run(&start, screenshot, w, h);
    } else if (session_start(&session, seed) != 0) {
        fprintf(stderr, "%s\n", session.play.error);
        status = EXIT_INPUT;
    } else if (json && choices) {
        ChoiceList list = {choices, choice_count, 0, 0};
        FollowResult result = session_follow(&session, &list);
        char message[1600];
        if (session.play.status != PLAY_ENDED) {
            session_follow_error(&session, &list, result, message, sizeof message);
            fprintf(stderr, "%s\n", message);
        }
        status = session.play.status == PLAY_ENDED ? play_json(&session) : EXIT_INPUT;
    } else {
        status = play_text(&session, json, watch, choices, choice_count);
        if (status == EXIT_OK && json && session.play.status == PLAY_ENDED)
            status = play_json(&session);
    }
    session_close(&session);
    free(choices);
    return status;
}
