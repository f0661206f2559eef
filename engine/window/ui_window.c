/* ui_window: the window (or, headless, the off-screen surface) the screens draw
 * into: creating it, its size and settings, the start a command line asked for,
 * and closing it all down. */
#include "ui_internal.h"
#include "paths.h"

#include <stdlib.h>
#include <string.h>

/* ---- sizes, settings and theme ---------------------------------------------------------- */

void ui_resize(App *app)
{
    int w = app->w, h = app->h;
    if (app->window)
        SDL_GetRendererOutputSize(app->renderer, &w, &h);
    app->w = w;
    app->h = h;
    double reference = h < w * 9.0 / 16.0 ? h : w * 9.0 / 16.0;
    app->u = reference / 100.0;
    if (fonts_resize(app->fonts, w, h, app->settings.font_scale, app->settings.projector))
        textcache_clear(app->cache);
    app->layout_generation++;
    app->dirty = true;
}

void ui_apply_settings(App *app)
{
    DiagList ignored = {0};
    theme_load(&app->theme, paths_data_dir(), app->settings.projector ? THEME_PROJECTOR : app->settings.theme,
               &ignored);
    diag_list_free(&ignored);
    textcache_clear(app->cache);
    fonts_resize(app->fonts, app->w, app->h, app->settings.font_scale, app->settings.projector);
    if (app->window) {
        SDL_SetWindowFullscreen(app->window, app->settings.fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
        if (!app->settings.fullscreen)
            SDL_SetWindowSize(app->window, app->settings.width, app->settings.height);
    }
    ui_resize(app);
    if (settings_save(&app->settings, app->settings_path) != 0)
        fprintf(stderr, "leadsim: could not save %s\n", app->settings_path);
}

void ui_toggle_fullscreen(App *app)
{
    app->settings.fullscreen = !app->settings.fullscreen;
    if (app->window)
        SDL_SetWindowFullscreen(app->window, app->settings.fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    ui_resize(app);
}

/* ---- the start: --choices, --page, --watch, the settings screen ---------------------------- */

/* --screen after an ending: one of the debrief's steps, asked with no answers yet. */
static void app_start_step(App *app, const char *name)
{
    static const ScreenId steps[] = {SCREEN_REACTIONS, SCREEN_ESTIMATE, SCREEN_DEBRIEF, SCREEN_COMMITMENTS};
    for (int k = 0; k < (int)(sizeof steps / sizeof *steps); k++)
        if (strcmp(ui_screen(steps[k])->name, name) == 0) {
            ScreenId s = steps[k];
            if (ui_debrief_build_doc(app, s != SCREEN_DEBRIEF))
                ui_goto(app, s);
            return;
        }
    snprintf(app->start_error, sizeof app->start_error, "leadsim: no screen '%s'", name);
}

/* Applies --choices and --page: the screen a player would see after them. */
static void app_apply_start(App *app, const AppStart *start)
{
    if (start->screen && strcmp(start->screen, "settings") == 0) {
        ui_goto(app, SCREEN_SETTINGS);
        return;
    }
    if (start->screen && strcmp(start->screen, "progress") == 0) {
        ui_goto(app, SCREEN_PROGRESS);
        if (start->page > 0)
            screen_progress.page(app, start->page - 1);   /* a tab */
        return;
    }
    if (start->scenario == NULL)
        return;
    char path[4096];
    if (!paths_resolve_scenario(start->scenario, path, sizeof path)) {
        snprintf(app->start_error, sizeof app->start_error, "leadsim: no scenario '%s'", start->scenario);
        return;
    }
    app->seed = start->seed;
    if (start->facilitate) {
        if (ui_room_start(app, path, start->teams, start->timer, start->leaderboard, start->resume, start->seed))
            ui_room_phones_start(app, start);
        return;
    }
    if (!start->resume)
        ui_start_playthrough(app, path);
    else if (!ui_records_continue(app, path)) {
        snprintf(app->start_error, sizeof app->start_error, "leadsim: no playthrough of '%s' in progress in %s",
                 start->scenario, app->records.dir[0] ? paths_display(app->records.dir) : "the save folder");
        return;
    }
    if (start->watch)
        ui_watch_start(app, path);
    ChoiceList list = {start->choices, start->choice_count, 0, 0};
    FollowResult result = FOLLOW_STEPPED;
    while (app->screen == SCREEN_SCENE && start->choice_count > 0 && result == FOLLOW_STEPPED)
        result = session_follow_step(&app->session, &list);     /* a fresh start stops at the first screen */
    if (result == FOLLOW_BAD) {
        session_follow_error(&app->session, &list, result, app->start_error, sizeof app->start_error);
        return;
    }
    app->scene.meters_changed_at = app->scene.meters_changed_at ? SDL_GetTicks() : 0;
    app->interactive = start->choice_count == 0;   /* --choices and screenshots answer no questions */
    if (app->screen == SCREEN_SCENE && app->session.play.status == PLAY_ENDED && start->screen)
        app_start_step(app, start->screen);
    else if (start->page > 0 && app->screen == SCREEN_SCENE && app->session.play.status == PLAY_ENDED)
        ui_to_debrief(app);
    if (start->page > 0 && ui_current(app)->page) {
        app_render(app);                 /* pages are cut while drawing */
        ui_current(app)->page(app, start->page - 1);
    }
    app->dirty = true;
}

static App *app_new(const AppStart *start)
{
    App *app = calloc(1, sizeof *app);
    if (app == NULL)
        return NULL;
    app->hover = app->focus = -1;
    app->room.export_results = start->room_export;
    settings_path(start->settings_path, app->settings_path, sizeof app->settings_path);
    if (settings_load(&app->settings, app->settings_path, &app->notices) == 0 || app->notices.count > 0) {
        diag_sort(&app->notices);
        diag_print_all(stderr, &app->notices);
    }
    if (app->settings.scenarios[0])
        paths_set_scenarios_dir(app->settings.scenarios);
    else
        paths_reset_scenarios_dir();
    theme_load(&app->theme, paths_data_dir(), app->settings.projector ? THEME_PROJECTOR : app->settings.theme,
               &app->notices);
    if (start->layout_log)
        app->layout_log = fopen(start->layout_log, "w");
    return app;
}

/* The parts that need the renderer: fonts, the cache, the library, the start. */
static App *app_finish(App *app, const AppStart *start)
{
    if (TTF_Init() != 0) {
        fprintf(stderr, "leadsim: cannot start SDL_ttf: %s\n", TTF_GetError());
        app_destroy(app);
        return NULL;
    }
    int before = app->notices.count;
    app->fonts = fonts_open(app->settings.font, &app->notices);
    for (int i = before; i < app->notices.count; i++)
        diag_print(stderr, &app->notices.items[i]);
    app->cache = textcache_new(app->renderer, 768);
    if (app->fonts == NULL || app->cache == NULL) {
        app_destroy(app);
        return NULL;
    }
    ui_resize(app);
    ui_records_init(app, start->choice_count > 0);
    ui_library_load(app);
    app->screen = SCREEN_LIBRARY;
    app->focus = 0;
    app_apply_start(app, start);
    return app;
}

/* Why software under X11: leadsim draws a few hundred text textures and rectangles only
 * when something changed. SDL's software renderer writes them straight into the X11
 * window through shared memory, which costs 1-2 ms a frame at 1080p, starts 70 ms sooner
 * and uses 90 MB less than creating an OpenGL context, and on machines without a GPU
 * (virtual machines, remote desktops, Xvfb) OpenGL is itself emulated in software at
 * 5-10 times the cost. It also draws exactly what the headless screenshots test.
 * Elsewhere (Wayland, macOS, Windows) the GPU renderer keeps high-DPI output sharp.
 * SDL_RENDER_DRIVER and SDL_FRAMEBUFFER_ACCELERATION in the environment still win. */
static SDL_Renderer *app_open_renderer(App *app)
{
    const char *choice = app->settings.renderer, *video = SDL_GetCurrentVideoDriver();
    bool software = strcmp(choice, "software") == 0 ||
                    (strcmp(choice, "auto") == 0 && video && strcmp(video, "x11") == 0);
    if (software)
        SDL_SetHintWithPriority(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0", SDL_HINT_DEFAULT);
    SDL_Renderer *r = SDL_CreateRenderer(app->window, -1, software ? SDL_RENDERER_SOFTWARE : SDL_RENDERER_ACCELERATED);
    if (r == NULL && !software)
        r = SDL_CreateRenderer(app->window, -1, SDL_RENDERER_SOFTWARE);
    return r;
}

App *app_create_window(const AppStart *start)
{
    App *app = app_new(start);
    if (app == NULL)
        return NULL;
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        fprintf(stderr, "leadsim: cannot open a window (%s).\nTo play in the terminal: leadsim play twelve-percent --text\n",
                SDL_GetError());
        app_destroy(app);
        return NULL;
    }
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI |
                   (app->settings.fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    app->window = SDL_CreateWindow("leadsim", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, app->settings.width,
                                   app->settings.height, flags);
    if (app->window)
        app->renderer = app_open_renderer(app);
    if (app->renderer == NULL) {
        fprintf(stderr, "leadsim: cannot open a window (%s).\nTo play in the terminal: leadsim play twelve-percent --text\n",
                SDL_GetError());
        app_destroy(app);
        return NULL;
    }
    SDL_SetWindowMinimumSize(app->window, 640, 360);
    SDL_StopTextInput();                     /* on only while a screen takes typed text */
    return app_finish(app, start);
}

App *app_create_headless(int w, int h, const AppStart *start)
{
    App *app = app_new(start);
    if (app == NULL)
        return NULL;
    app->surface = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    app->renderer = app->surface ? SDL_CreateSoftwareRenderer(app->surface) : NULL;
    if (app->renderer == NULL) {
        fprintf(stderr, "leadsim: cannot draw off screen: %s\n", SDL_GetError());
        app_destroy(app);
        return NULL;
    }
    app->w = w;
    app->h = h;
    return app_finish(app, start);
}

void app_destroy(App *app)
{
    if (app == NULL)
        return;
    app->quit = true;
    ui_end_playthrough(app);
    ui_records_free(app);
    for (int s = 0; s < SCREEN_COUNT; s++)
        if (ui_screen((ScreenId)s)->free)
            ui_screen((ScreenId)s)->free(app);
    free(app->play_path);
    ui_wraps_free(app);
    textcache_free(app->cache);
    fonts_close(app->fonts);
    diag_list_free(&app->notices);
    if (app->layout_log)
        fclose(app->layout_log);
    if (app->renderer)
        SDL_DestroyRenderer(app->renderer);
    if (app->surface)
        SDL_FreeSurface(app->surface);
    if (app->window)
        SDL_DestroyWindow(app->window);
    if (TTF_WasInit())
        TTF_Quit();
    if (SDL_WasInit(SDL_INIT_VIDEO))
        SDL_Quit();
    free(app);
}

int app_save_bmp(App *app, const char *path)
{
    if (app->surface == NULL)
        return -1;
    return SDL_SaveBMP(app->surface, path);
}

