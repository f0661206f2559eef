/* cli_play: leadsim play FILE|ID [options] */
#include "cli.h"
#include "debrief.h"
#include "report_json.h"
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
       OPT_SETTINGS, OPT_WATCH };
static const CliOption play_options[] = {
    {"--text", false}, {"--choices", true}, {"--seed", true}, {"--json", false}, {"--help", false},
    {"--screenshot", true}, {"--size", true}, {"--page", true}, {"--layout", true}, {"--settings", true},
    {"--watch", false}, {NULL, false},
};

/* --watch in the terminal: the playthrough p is swapped for one on the new version. */
typedef struct {
    Watch watch;
    Scenario *scenario;
    Playthrough *play;
    FILE *out;
    int width;
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
    Scenario *fresh = scenario_load(tw->watch.path, &diags);
    if (fresh == NULL) {
        diag_sort(&diags);
        fprintf(tw->out, "\n[The new version has errors; still playing the one before. Save again to retry.]\n");
        fflush(tw->out);
        diag_print_all(stderr, &diags);
        diag_list_free(&diags);
        return 0;
    }
    diag_list_free(&diags);
    Playthrough next;
    char note[512];
    if (play_init(&next, fresh) != 0) {
        scenario_free(fresh);
        return 0;
    }
    int replayed = play_replay(&next, tw->play, note, sizeof note);
    if (replayed < 0) {
        fprintf(tw->out, "\n[The new version fails when your choices are replayed; still playing the one before.]\n");
        fflush(tw->out);
        visible_line(stderr, "%s", next.error);
        play_free(&next);
        scenario_free(fresh);
        return 0;
    }
    play_free(tw->play);
    scenario_free(tw->scenario);
    *tw->play = next;
    tw->scenario = fresh;
    fprintf(tw->out, "\n[Reloaded %s: %s]\n", tw->watch.path, note[0] ? note : "your choices were replayed");
    return 1;
}

static uint64_t play_fresh_seed(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint64_t mix = (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 20) ^ ((uint64_t)getpid() << 8);
    return 1 + mix % 999999999u; /* short enough to type back in */
}

/* The choice list ran out, or a number was not on screen: both name the scene. */
static int play_choices_error(const Playthrough *p, int used, int bad)
{
    const Scene *scene = play_scene(p);
    if (bad)
        visible_line(stderr, "%s:%d: scene '%s' shows choices 1-%d, but number %d in --choices is %d",
                p->scenario->path, scene->line, scene->id, p->shown_count, used, bad);
    else
        visible_line(stderr, "%s:%d: scene '%s' needs a choice, but --choices ran out after %d",
                p->scenario->path, scene->line, scene->id, used);
    return EXIT_INPUT;
}

/* Follows --choices silently, for --json. */
static int play_follow_choices(Playthrough *p, const int *choices, int count)
{
    int used = 0;
    while (p->status == PLAY_RUNNING) {
        const Scene *scene = play_scene(p);
        int result;
        if (scene->kind == SCENE_DECISION) {
            if (used == count)
                return play_choices_error(p, used, 0);
            int number = choices[used++];
            if (number < 1 || number > p->shown_count)
                return play_choices_error(p, used, number);
            result = play_choose(p, number);
        } else {
            result = play_continue(p);
        }
        if (result != 0) {
            visible_line(stderr, "%s", p->error);
            return EXIT_INPUT;
        }
    }
    return EXIT_OK;
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
        seed = play_fresh_seed();
    /* Check the file first, so its errors read the same in every mode, display or not. */
    Scenario *sc = cli_load_scenario(target);
    if (sc == NULL) {
        free(choices);
        return EXIT_INPUT;
    }
    if (screenshot || (!text && !json)) {
        scenario_free(sc);
        start.scenario = target;
        start.choices = choices;
        start.choice_count = choice_count;
        start.seed = seed;
        start.watch = watch;
        int status = cli_window_run(&start, screenshot, w, h);
        free(choices);
        return status;
    }
    Playthrough p;
    int status = EXIT_OK;
    if (play_init(&p, sc) != 0) {
        fprintf(stderr, "leadsim: out of memory\n");
        scenario_free(sc);
        free(choices);
        return EXIT_INPUT;
    }
    if (play_start(&p, seed) != 0) {
        visible_line(stderr, "%s", p.error);
        status = EXIT_INPUT;
    } else if (json && choices) {
        status = play_follow_choices(&p, choices, choice_count);
    } else {
        /* With --json, the conversation goes to stderr so stdout holds only JSON. */
        FILE *out = json ? stderr : stdout;
        TextOptions opt = {stdin, out, text_width(out), !isatty(fileno(stdin)) && !choices,
                           choices, choice_count, NULL, NULL, 0, 0};
        TextWatch tw = {.scenario = sc, .play = &p, .out = out};
        if (watch && !choices) {
            watch_init(&tw.watch, sc->path);
            setvbuf(stdin, NULL, _IONBF, 0); /* so poll sees what is typed */
            opt.reload = play_reload;
            opt.reload_ctx = &tw;
        }
        TextResult result = text_play(&p, &opt);
        sc = tw.scenario;                    /* a reload may have replaced it */
        switch (result) {
        case TEXT_ENDED:
            break;
        case TEXT_QUIT:
            status = EXIT_OK;
            goto done;
        case TEXT_FAILED:
            fflush(out);
            visible_line(stderr, "%s", p.error);
            status = EXIT_INPUT;
            break;
        case TEXT_BAD_CHOICE:
            fflush(out);
            status = play_choices_error(&p, opt.choices_used, opt.bad_choice);
            break;
        case TEXT_NO_INPUT:
            fflush(out);
            if (choices) {
                status = play_choices_error(&p, opt.choices_used, 0);
            } else {
                visible_line(stderr, "%s:%d: input ended at scene '%s', before an ending", sc->path,
                        play_scene(&p)->line, play_scene(&p)->id);
                status = EXIT_INPUT;
            }
            break;
        }
        if (status == EXIT_OK && !json) {
            Debrief d = {0};
            if (debrief_compute(&d, &p) == 0)
                text_print_debrief(out, &p, &d, opt.width);
            debrief_free(&d);
        }
    }
    if (status == EXIT_OK && json) {
        Debrief d = {0};
        char *printed = debrief_compute(&d, &p) == 0 ? report_json(&p, &d) : NULL;
        if (printed)
            fputs(printed, stdout);
        else
            status = EXIT_INPUT;
        free(printed);
        debrief_free(&d);
    }
done:
    play_free(&p);
    scenario_free(sc);
    free(choices);
    return status;
}
