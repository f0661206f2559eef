/* cli_window: the game window from the command line, and headless screenshots.
 *   leadsim [--settings FILE] [--screenshot F.bmp --size WxH] [--screen library|settings]
 * (leadsim play FILE|ID without --text comes here too, through cli_window_play.) */
#include "cli.h"
#include "ui.h"
#include "visible.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char window_help[] =
    "usage: leadsim [options]\n"
    "\n"
    "Open the game on its library screen.\n"
    "\n"
    "options:\n"
    "  --settings FILE       read and save settings here (default: ./settings.ini if it\n"
    "                        exists, else ~/.config/leadsim/settings.ini)\n"
    "  --screenshot F.bmp    draw the screen without a display, save it, and exit\n"
    "  --size WxH            the screenshot's size in pixels (default 1280x720)\n"
    "  --screen NAME         with --screenshot: library (default), settings or progress\n"
    "  --page N              with --screen progress: its tab N (1 domains ... 4 attempts)\n"
    "  --layout FILE         with --screenshot: write the box of every text drawn, as JSON lines\n"
    "  --help                show this help\n";

bool cli_parse_size(const char *text, int *w, int *h)
{
    char *x;
    long a = strtol(text, &x, 10);
    if (x == text || (*x != 'x' && *x != 'X'))
        return false;
    char *end;
    long b = strtol(x + 1, &end, 10);
    if (*end || a < 160 || b < 120 || a > 16384 || b > 16384)
        return false;
    *w = (int)a;
    *h = (int)b;
    return true;
}

int cli_window_run(const AppStart *start, const char *screenshot, int w, int h)
{
    App *app = screenshot ? app_create_headless(w, h, start) : app_create_window(start);
    if (app == NULL)
        return EXIT_INPUT;
    if (app_start_error(app)) {
        visible_line(stderr, "%s", app_start_error(app));
        app_destroy(app);
        return EXIT_INPUT;
    }
    if (screenshot) {
        app_render(app);
        int status = app_save_bmp(app, screenshot) == 0 ? EXIT_OK : EXIT_INPUT;
        if (status != EXIT_OK)
            fprintf(stderr, "leadsim: cannot write %s\n", screenshot);
        else if (strcmp(app_screen_name(app), "error") == 0)
            status = EXIT_INPUT;             /* saved, but the scenario failed */
        app_destroy(app);
        return status;
    }
    int status = app_run(app);
    app_destroy(app);
    return status;
}

/* ---- a script of keys, for tests and screenshots ---------------------------------------------------
 * One line each: a key by its SDL name ("Return", "PageDown", "Tab", "r", "2"), optionally
 * "shift+" before it; "type TEXT" types text; "wait S" lets S seconds pass on the window's
 * clock (timers); "sleep S" waits S real seconds, looking in on the phones as it goes; "shot F.bmp" saves the frame; "hold" stops and waits to be killed (a crash
 * test); blank lines and lines from "#" are skipped. */

static int script_line(App *app, char *line, uint32_t *clock)
{
    line[strcspn(line, "\r\n")] = '\0';
    if (line[0] == '\0' || line[0] == '#')
        return 0;
    if (strncmp(line, "wait ", 5) == 0) {
        *clock += (uint32_t)(atof(line + 5) * 1000);
    } else if (strncmp(line, "sleep ", 6) == 0) {     /* real time passes: phones may vote meanwhile */
        uint32_t ms = (uint32_t)(atof(line + 6) * 1000);
        for (uint32_t slept = 0; slept < ms; slept += 100) {
            SDL_Delay(100);
            *clock += 100;
            app_tick(app, *clock);
        }
    } else if (strncmp(line, "type ", 5) == 0) {
        SDL_Event e = {.type = SDL_TEXTINPUT};
        size_t n = strlen(line + 5) < sizeof e.text.text - 1 ? strlen(line + 5) : sizeof e.text.text - 1;
        memcpy(e.text.text, line + 5, n);     /* an event holds a few words at most */
        app_handle_event(app, &e);
    } else if (strncmp(line, "shot ", 5) == 0) {
        app_render(app);
        if (app_save_bmp(app, line + 5) != 0)
            return -1;
    } else if (strcmp(line, "hold") == 0) {
        fprintf(stderr, "leadsim: holding, as the script asks\n");
        for (;;)
            SDL_Delay(1000);
    } else {
        bool shift = strncmp(line, "shift+", 6) == 0;
        SDL_Keycode key = SDL_GetKeyFromName(shift ? line + 6 : line);
        if (key == SDLK_UNKNOWN) {
            fprintf(stderr, "leadsim: no key named '%s' in the script\n", line);
            return -1;
        }
        SDL_Event e = {.type = SDL_KEYDOWN};
        e.key.keysym.sym = key;
        e.key.keysym.mod = shift ? KMOD_LSHIFT : KMOD_NONE;
        app_handle_event(app, &e);
    }
    app_tick(app, *clock);
    app_render(app);                     /* what a window would show, and where its hits are */
    app_tick(app, *clock);               /* a timer that just started counts from here */
    return 0;
}

int cli_window_script(const AppStart *start, const char *keys, const char *screenshot, int w, int h)
{
    FILE *in = fopen(keys, "r");
    if (in == NULL) {
        fprintf(stderr, "leadsim: %s: cannot read the keys\n", keys);
        return EXIT_INPUT;
    }
    App *app = app_create_headless(w, h, start);
    if (app == NULL || app_start_error(app)) {
        if (app)
            fprintf(stderr, "%s\n", app_start_error(app));
        app_destroy(app);
        fclose(in);
        return EXIT_INPUT;
    }
    uint32_t clock = SDL_GetTicks() + 1;     /* a clock of its own, that "wait" moves on */
    char line[512];
    int status = EXIT_OK;
    app_tick(app, clock);
    app_render(app);
    app_tick(app, clock);
    while (status == EXIT_OK && !app_quit_requested(app) && fgets(line, sizeof line, in))
        if (script_line(app, line, &clock) != 0)
            status = EXIT_INPUT;
    fclose(in);
    if (status == EXIT_OK && screenshot) {
        app_render(app);
        status = app_save_bmp(app, screenshot) == 0 ? EXIT_OK : EXIT_INPUT;
    }
    if (status == EXIT_OK && strcmp(app_screen_name(app), "error") == 0)
        status = EXIT_INPUT;
    app_destroy(app);
    return status;
}

enum { OPT_SETTINGS, OPT_SCREENSHOT, OPT_SIZE, OPT_SCREEN, OPT_LAYOUT, OPT_HELP, OPT_PAGE };
static const CliOption window_options[] = {
    {"--settings", true}, {"--screenshot", true}, {"--size", true}, {"--screen", true}, {"--layout", true},
    {"--help", false}, {"--page", true}, {NULL, false},
};

int cli_window(int argc, char **argv)
{
    AppStart start = {0};
    const char *screenshot = NULL, *value;
    int w = 1280, h = 720, i = 0, k;
    while ((k = cli_next(argc, argv, &i, window_options, &value, NULL)) != -2) {
        switch (k) {
        case -3:
            return EXIT_USAGE;
        case -1:
            return cli_usage_error(NULL, "unknown command '%s'", value);
        case OPT_SETTINGS: start.settings_path = value; break;
        case OPT_SCREENSHOT: screenshot = value; break;
        case OPT_LAYOUT: start.layout_log = value; break;
        case OPT_PAGE:
            start.page = atoi(value);
            if (start.page < 1 || start.page > 4)
                return cli_usage_error(NULL, "--page is a tab of the progress screen, 1 to 4; not '%s'", value);
            break;
        case OPT_SIZE:
            if (!cli_parse_size(value, &w, &h))
                return cli_usage_error(NULL, "--size needs WIDTHxHEIGHT, like 1920x1080; not '%s'", value);
            break;
        case OPT_SCREEN:
            if (strcmp(value, "library") != 0 && strcmp(value, "settings") != 0 && strcmp(value, "progress") != 0)
                return cli_usage_error(NULL, "--screen is library, settings or progress, not '%s'", value);
            start.screen = value;
            break;
        case OPT_HELP:
            fputs(window_help, stdout);
            return EXIT_OK;
        }
    }
    return cli_window_run(&start, screenshot, w, h);
}
