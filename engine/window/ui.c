/* ui: the window's life: the event loop, the keys every screen shares, and
 * moving between screens. Each screen is a row of the table below; this file
 * dispatches to it and knows none of them. Creation is in ui_window.c, the
 * dialogs in ui_dialog.c, --watch in ui_watch.c. */
#include "ui_internal.h"

#include <stdlib.h>
#include <string.h>

static const Screen *const screens[SCREEN_COUNT] = {
#define UI_SCREEN_ROW(ID, name) [SCREEN_##ID] = &screen_##name,
    UI_SCREENS(UI_SCREEN_ROW)
#undef UI_SCREEN_ROW
};

void ui_dirty(App *app) { app->dirty = true; }

const Screen *ui_screen(ScreenId id) { return screens[id]; }
const Screen *ui_current(const App *app) { return screens[app->screen]; }

bool ui_is_next(SDL_Keycode key)
{
    return key == SDLK_PAGEDOWN || key == SDLK_RIGHT || key == SDLK_SPACE || key == SDLK_RETURN ||
           key == SDLK_KP_ENTER || key == SDLK_n;
}

bool ui_is_previous(SDL_Keycode key)
{
    return key == SDLK_PAGEUP || key == SDLK_LEFT || key == SDLK_BACKSPACE || key == SDLK_p;
}

void ui_typing(App *app, bool on)
{
    if (on == app->typing)
        return;
    app->typing = on;
    if (on)
        SDL_StartTextInput();
    else
        SDL_StopTextInput();
    app->dirty = true;
}

/* ---- moving between screens -------------------------------------------------------------------- */

void ui_goto(App *app, ScreenId screen)
{
    ui_typing(app, false);               /* a screen that types turns it on in its enter */
    app->previous = app->screen;
    app->screen = screen;
    app->dialog.open = DIALOG_NONE;
    app->clicker_focus = false;
    app->dirty = true;
    if (screens[screen]->enter)
        screens[screen]->enter(app);
}

void ui_end_playthrough(App *app)
{
    ui_records_detach(app);              /* the answers, the last save: before the session goes */
    if (app->playing)
        session_close(&app->session);
    app->playing = false;
    for (int s = 0; s < SCREEN_COUNT; s++)
        if (screens[s]->forget)
            screens[s]->forget(app);
}

void ui_to_library(App *app)
{
    bool past = app->records.past;       /* a past attempt's debrief returns to the progress screen */
    ui_end_playthrough(app);
    ui_watch_stop(app);                  /* --watch follows one scenario; the library ends it */
    ui_goto(app, past ? SCREEN_PROGRESS : SCREEN_LIBRARY);
}

/* The window hears its session and tells every screen; a failure shows the error screen. */
static void ui_heard(void *ctx, Session *s, SessionEvent event)
{
    App *app = ctx;
    (void)s;
    if (event == SESSION_FAILED) {
        ui_show_error(app, "This scenario stopped with an error", app->session.play.error);
        return;
    }
    for (int i = 0; i < SCREEN_COUNT; i++)
        if (screens[i]->heard)
            screens[i]->heard(app, event);
}

/* "FILE:LINE: message" for every finding, one per line. */
static char *ui_diags_text(const DiagList *diags)
{
    size_t size = 1;
    for (int i = 0; i < diags->count; i++)
        size += strlen(diags->items[i].message) + strlen(diags->items[i].path) + 64;
    char *text = calloc(1, size);
    for (int i = 0; text && i < diags->count; i++) {
        const Diag *d = &diags->items[i];
        size_t used = strlen(text);
        snprintf(text + used, size - used, "%s:%d: %s\n", d->path, d->line, d->message);
    }
    return text;
}

/* Opens the session on `path`, kept by a recorder when `record`; false after showing the error screen. */
bool ui_open_session(App *app, const char *path, bool record)
{
    DiagList diags = {0};
    if (session_open(&app->session, path, &diags) != 0) {
        diag_sort(&diags);
        char *text = ui_diags_text(&diags);
        ui_show_error(app, "This scenario has errors", text ? text : "out of memory");
        free(text);
        diag_list_free(&diags);
        return false;
    }
    diag_list_free(&diags);
    app->playing = true;
    session_listen(&app->session, (SessionListener){ui_heard, app});
    if (record)
        ui_records_attach(app);
    ui_goto(app, SCREEN_SCENE);
    return true;
}

void ui_start_playthrough(App *app, const char *path)
{
    app->interactive = true;             /* a start from --choices says otherwise after this */
    char *keep = strdup(path);           /* path may be app->play_path itself ("Play again") */
    ui_end_playthrough(app);
    free(app->play_path);
    app->play_path = keep;
    if (!ui_open_session(app, keep, true))
        return;
    if (app->seed == 0)
        app->seed = session_fresh_seed();
    if (session_start(&app->session, app->seed) != 0)
        return;                          /* the listener showed the error */
    if (app->window) {
        char title[256];
        snprintf(title, sizeof title, "leadsim - %s", app->session.scenario->title);
        SDL_SetWindowTitle(app->window, title);
    }
}

/* ---- input ---------------------------------------------------------------------------------------- */

static void app_act(App *app, const Hit *hit)
{
    switch (hit->action) {
    case ACT_DIALOG:
        ui_dialog_answer(app, hit->index);
        break;
    case ACT_REPLAY:
        app->seed = 0;
        ui_start_playthrough(app, app->play_path);
        break;
    case ACT_TO_LIBRARY:
        ui_to_library(app);
        break;
    case ACT_OPEN_SETTINGS:
        ui_goto(app, SCREEN_SETTINGS);
        break;
    case ACT_CONTINUE: case ACT_NEW_GAME: case ACT_PROGRESS: case ACT_NOTICE:
        ui_records_act(app, hit);
        break;
    case ACT_EXPORT:
        if (app->screen == SCREEN_PROGRESS)
            ui_records_export_progress(app);
        else
            ui_records_export(app);
        break;
    case ACT_NONE:
        break;
    default:
        if (ui_current(app)->click)
            ui_current(app)->click(app, hit);
        break;
    }
}

static void app_key(App *app, const SDL_KeyboardEvent *k)
{
    SDL_Keycode key = k->keysym.sym;
    app->key_mod = k->keysym.mod;
    app->key_repeat = k->repeat != 0;
    if (app->blank != BLANK_NONE) {      /* any key returns */
        app->blank = BLANK_NONE;
        app->dirty = true;
        return;
    }
    if (key == SDLK_F11 || key == SDLK_F5) {
        ui_toggle_fullscreen(app);
        return;
    }
    /* While typing, letters and punctuation are text: B, W, N, P and digits are not commands. */
    if (!app->typing && (key == SDLK_b || key == SDLK_PERIOD || key == SDLK_w || key == SDLK_COMMA)) {
        app->blank = key == SDLK_b || key == SDLK_PERIOD ? BLANK_BLACK : BLANK_WHITE;
        app->dirty = true;
        return;
    }
    if (app->dialog.open != DIALOG_NONE)
        ui_dialog_key(app, key);
    else
        ui_current(app)->key(app, key);
}

static int app_hit_at(const App *app, int x, int y)
{
    for (int i = app->hit_count - 1; i >= 0; i--) {
        SDL_Rect r = app->hits[i].rect;
        if (x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h)
            return i;
    }
    return -1;
}

/* Window coordinates to output pixels (they differ on high-DPI displays). */
static void app_scale_mouse(const App *app, int *x, int *y)
{
    if (app->window == NULL)
        return;
    int ww, wh;
    SDL_GetWindowSize(app->window, &ww, &wh);
    if (ww > 0 && wh > 0) {
        *x = *x * app->w / ww;
        *y = *y * app->h / wh;
    }
}

static void app_mouse_down(App *app, const SDL_MouseButtonEvent *b)
{
    if (app->blank != BLANK_NONE) {
        app->blank = BLANK_NONE;
        app->dirty = true;
        return;
    }
    if (b->button != SDL_BUTTON_LEFT)
        return;
    int x = b->x, y = b->y;
    app_scale_mouse(app, &x, &y);
    app->mouse_x = x;
    app->mouse_y = y;
    int hit = app_hit_at(app, x, y);
    if (hit >= 0) {
        Hit chosen = app->hits[hit];     /* acting may redraw and reuse the table */
        app->clicker_focus = false;
        app_act(app, &chosen);
    }
}

void app_handle_event(App *app, const SDL_Event *e)
{
    if (ui_presenter_event(app, e))
        return;
    switch (e->type) {
    case SDL_QUIT:
        if (app->playing && app->session.play.status == PLAY_RUNNING)
            ui_dialog_open(app, DIALOG_LEAVE);   /* ask first; leaving then returns to the library */
        else
            app->quit = true;
        break;
    case SDL_WINDOWEVENT:
        if (e->window.event == SDL_WINDOWEVENT_SIZE_CHANGED || e->window.event == SDL_WINDOWEVENT_RESIZED)
            ui_resize(app);
        else if (e->window.event == SDL_WINDOWEVENT_EXPOSED)
            app->dirty = true;
        break;
    case SDL_KEYDOWN:
        app_key(app, &e->key);
        break;
    case SDL_TEXTINPUT:
        if (app->typing && app->dialog.open == DIALOG_NONE && ui_current(app)->text)
            ui_current(app)->text(app, e->text.text);
        break;
    case SDL_MOUSEMOTION: {
        int x = e->motion.x, y = e->motion.y;
        app_scale_mouse(app, &x, &y);
        int before = app_hit_at(app, app->mouse_x, app->mouse_y);
        app->mouse_x = x;
        app->mouse_y = y;
        if (app_hit_at(app, x, y) != before)
            app->dirty = true;
        break;
    }
    case SDL_MOUSEBUTTONDOWN:
        app_mouse_down(app, &e->button);
        break;
    case SDL_MOUSEWHEEL:
        if (app->dialog.open == DIALOG_NONE && app->blank == BLANK_NONE && ui_current(app)->wheel)
            ui_current(app)->wheel(app, e->wheel.y < 0 ? +1 : -1);
        break;
    default:
        break;
    }
}

/* ---- time ------------------------------------------------------------------------------------------- */

static int ui_sooner(int a, int b) { return a < 0 || (b >= 0 && b < a) ? b : a; }

/* Milliseconds until something on screen must change by itself, or -1 for never. */
int ui_next_timer(const App *app, uint32_t now)
{
    int next = ui_current(app)->timer ? ui_current(app)->timer(app, now) : -1;
    next = ui_sooner(next, ui_watch_timer(app, now));
    next = ui_sooner(next, ui_records_timer(app, now));
    if (ui_clicker_pending(app)) {
        uint32_t end = app->focus_since + (uint32_t)app->settings.clicker_delay * 1000;
        int wait = end > now ? (int)(end - now) : 0;
        int step = app->settings.reduce_motion ? 1000 : 50;  /* the countdown redraws */
        int until_step = step - (int)((now - app->focus_since) % (uint32_t)step);
        next = ui_sooner(next, until_step < wait ? until_step : wait);
    }
    return next;
}

bool ui_clicker_pending(const App *app)
{
    return ui_current(app)->clicker && app->clicker_focus && app->settings.clicker_delay > 0 && app->focus >= 0 &&
           app->dialog.open == DIALOG_NONE && app->blank == BLANK_NONE;
}

double ui_clicker_progress(const App *app, uint32_t now)
{
    if (!ui_clicker_pending(app))
        return -1;
    double done = (double)(now - app->focus_since) / (app->settings.clicker_delay * 1000.0);
    return done > 1 ? 1 : done;
}

void app_tick(App *app, uint32_t now)
{
    ui_watch_tick(app, now);
    ui_records_tick(app, now);
    if (ui_current(app)->tick)
        ui_current(app)->tick(app, now);
    if (ui_clicker_pending(app)) {
        app->dirty = true;
        if (now - app->focus_since >= (uint32_t)app->settings.clicker_delay * 1000) {
            app->clicker_focus = false;      /* the focus rested long enough: take it */
            ui_current(app)->key(app, SDLK_RETURN);
        }
    }
}

/* ---- drawing ------------------------------------------------------------------------------------------ */

void app_render(App *app)
{
    app->hit_count = 0;
    app->ring_count = 0;
    Color bg = app->theme.background;
    if (app->blank == BLANK_WHITE)
        bg = (Color){255, 255, 255};
    else if (app->blank == BLANK_BLACK)
        bg = (Color){0, 0, 0};
    SDL_SetRenderDrawColor(app->renderer, bg.r, bg.g, bg.b, 255);
    SDL_RenderClear(app->renderer);
    if (app->blank == BLANK_NONE) {
        ui_current(app)->draw(app);
        if (app->dialog.open != DIALOG_NONE)
            ui_dialog_draw(app);
        ui_banner_draw(app);
        ui_records_notice_draw(app);
    }
    SDL_RenderPresent(app->renderer);
    ui_presenter_render(app);            /* a room's second window follows the first */
    app->frames++;
    app->dirty = false;
    if (app->layout_log) {
        fputs("{\"frame\":\"end\"}\n", app->layout_log);
        fflush(app->layout_log);
    }
}

int app_run(App *app)
{
    /* make bench: draw the first screen N times and stop, so the cost of a frame can be measured. */
    const char *bench_frames = getenv("LEADSIM_BENCH_FRAMES");
    if (bench_frames) {
        for (int i = atoi(bench_frames); i > 0; i--)
            app_render(app);
        return 0;
    }
    while (!app->quit) {
        if (app->dirty)
            app_render(app);
        if (getenv("LEADSIM_EXIT_AFTER_FIRST_FRAME"))  /* make bench: time to the first frame */
            break;
        int timeout = ui_next_timer(app, SDL_GetTicks());
        SDL_Event e;
        int got = timeout < 0 ? SDL_WaitEvent(&e) : SDL_WaitEventTimeout(&e, timeout);
        if (got) {
            app_handle_event(app, &e);
            while (!app->quit && SDL_PollEvent(&e))
                app_handle_event(app, &e);
        }
        app_tick(app, SDL_GetTicks());
    }
    if (settings_save(&app->settings, app->settings_path) != 0)
        fprintf(stderr, "leadsim: could not save %s\n", app->settings_path);
    return 0;
}

/* ---- for tests -------------------------------------------------------------------------------------------- */

const char *app_start_error(const App *app) { return app->start_error[0] ? app->start_error : NULL; }
const char *app_screen_name(const App *app) { return ui_current(app)->name; }
const char *app_banner(const App *app) { return app->watch.banner[0] ? app->watch.banner : NULL; }
const char *app_notice(const App *app) { return app->records.notice[0] ? app->records.notice : NULL; }

const char *app_scene_id(const App *app)
{
    return app->screen == SCREEN_SCENE && app->playing ? play_scene(&app->session.play)->id : NULL;
}

int app_debrief_page(const App *app) { return app->debrief.page + 1; }
int app_debrief_pages(const App *app) { return app->debrief.page_count; }
bool app_dialog_open(const App *app) { return app->dialog.open != DIALOG_NONE; }
bool app_quit_requested(const App *app) { return app->quit; }
bool app_blanked(const App *app) { return app->blank != BLANK_NONE; }
uint32_t app_redraws(const App *app) { return app->frames; }
