/* ui: the window's life: creation, the event loop, keys every screen shares,
 * dialogs, and moving between screens. */
#include "ui_internal.h"
#include "paths.h"
#include "visible.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define UI_FLAG_MS 3000           /* how long a meter's change stays flagged */

void ui_dirty(App *app) { app->dirty = true; }

bool ui_is_next(SDL_Keycode key)
{
    return key == SDLK_PAGEDOWN || key == SDLK_RIGHT || key == SDLK_SPACE || key == SDLK_RETURN ||
           key == SDLK_KP_ENTER || key == SDLK_n;
}

bool ui_is_previous(SDL_Keycode key)
{
    return key == SDLK_PAGEUP || key == SDLK_LEFT || key == SDLK_BACKSPACE || key == SDLK_p;
}

/* ---- sizes, settings and theme ---------------------------------------------------------- */

static void app_resize(App *app)
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
    app_resize(app);
    if (settings_save(&app->settings, app->settings_path) != 0)
        fprintf(stderr, "leadsim: could not save %s\n", app->settings_path);
}

static void app_toggle_fullscreen(App *app)
{
    app->settings.fullscreen = !app->settings.fullscreen;
    if (app->window)
        SDL_SetWindowFullscreen(app->window, app->settings.fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    app_resize(app);
}

/* ---- screens -------------------------------------------------------------------------------- */

static void app_end_playthrough(App *app)
{
    if (app->playing)
        play_free(&app->play);
    app->playing = false;
    scenario_free(app->scenario);
    app->scenario = NULL;
    debrief_free(&app->debrief);
    ui_debrief_free(app);
    ui_scene_free(app);
    free(app->meter_delta);
    app->meter_delta = NULL;
}

void ui_show_error(App *app, const char *title, const char *text)
{
    snprintf(app->error_title, sizeof app->error_title, "%s", title);
    free(app->error_text);
    app->error_text = strdup(text);
    visible_line(stderr, "%s", text);
    app->screen = SCREEN_ERROR;
    app->dialog = DIALOG_NONE;
    app->focus = 0;
    app->dirty = true;
}

void ui_to_library(App *app)
{
    app_end_playthrough(app);
    app->watching = false;               /* --watch follows one scenario; the library ends it */
    app->banner[0] = '\0';
    app->screen = SCREEN_LIBRARY;
    app->dialog = DIALOG_NONE;
    app->dirty = true;
    if (app->focus < 0 || app->focus >= app->entry_count)
        app->focus = 0;
}

static uint64_t app_fresh_seed(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return 1 + ((uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 20) ^ ((uint64_t)getpid() << 8)) % 999999999u;
}

void ui_start_playthrough(App *app, const char *path)
{
    char *keep = strdup(path);           /* path may be app->play_path itself ("Play again") */
    app_end_playthrough(app);
    free(app->play_path);
    app->play_path = keep;
    path = keep;
    DiagList diags = {0};
    app->scenario = scenario_load(path, &diags);
    if (app->scenario == NULL) {
        diag_sort(&diags);
        size_t size = 1;
        for (int i = 0; i < diags.count; i++)
            size += strlen(diags.items[i].message) + strlen(path) + 64;
        char *text = calloc(1, size);
        for (int i = 0; text && i < diags.count; i++) {
            const Diag *d = &diags.items[i];
            size_t used = strlen(text);
            snprintf(text + used, size - used, "%s:%d: %s\n", d->path, d->line, d->message);
        }
        ui_show_error(app, "This scenario has errors", text ? text : "out of memory");
        free(text);
        diag_list_free(&diags);
        return;
    }
    diag_list_free(&diags);
    if (play_init(&app->play, app->scenario) != 0) {
        ui_show_error(app, "Out of memory", "leadsim ran out of memory starting this scenario.");
        return;
    }
    app->playing = true;
    app->meter_delta = calloc((size_t)app->scenario->meter_count + 1, sizeof *app->meter_delta);
    if (app->seed == 0)
        app->seed = app_fresh_seed();
    if (play_start(&app->play, app->seed) != 0) {
        ui_show_error(app, "This scenario stopped with an error", app->play.error);
        return;
    }
    app->screen = SCREEN_SCENE;
    app->meters_changed_at = 0;
    ui_scene_entered(app);
    if (app->window) {
        char title[256];
        snprintf(title, sizeof title, "leadsim - %s", app->scenario->title);
        SDL_SetWindowTitle(app->window, title);
    }
}

/* ---- --watch ---------------------------------------------------------------------------------- */

static void ui_banner(App *app, bool error, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void ui_banner(App *app, bool error, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(app->banner, sizeof app->banner, fmt, ap);
    va_end(ap);
    app->banner_error = error;
    app->banner_until = error ? 0 : SDL_GetTicks() + 4000;
    fprintf(stderr, "leadsim: %s\n", app->banner);
    app->dirty = true;
}

void ui_reload(App *app)
{
    DiagList diags = {0};
    Scenario *fresh = scenario_load(app->play_path, &diags);
    if (fresh == NULL) {
        diag_sort(&diags);
        const Diag *d = diags.count ? &diags.items[0] : NULL;
        ui_banner(app, true, "%s:%d: %s%s (still playing the version before; save again to retry)",
                  app->play_path, d ? d->line : 0, d ? d->message : "cannot be loaded",
                  diags.errors > 1 ? ", and more" : "");
        diag_list_free(&diags);
        return;
    }
    diag_list_free(&diags);
    Playthrough next;
    if (play_init(&next, fresh) != 0) {
        scenario_free(fresh);
        return;
    }
    char note[512] = "";
    int replayed = app->playing ? play_replay(&next, &app->play, note, sizeof note) : play_start(&next, app->seed);
    if (replayed < 0) {
        ui_banner(app, true, "%s (when replaying your choices; still playing the version before)", next.error);
        play_free(&next);
        scenario_free(fresh);
        return;
    }
    bool was_debrief = app->screen == SCREEN_DEBRIEF;
    double *deltas = calloc((size_t)fresh->meter_count + 1, sizeof *deltas);
    char *path = strdup(app->play_path);
    app_end_playthrough(app);            /* the new version takes over */
    free(app->play_path);
    app->play_path = path;
    app->scenario = fresh;
    app->play = next;
    app->playing = true;
    app->meter_delta = deltas;
    app->screen = SCREEN_SCENE;
    ui_scene_entered(app);
    app->meters_changed_at = 0;
    if (was_debrief && app->play.status == PLAY_ENDED)
        ui_to_debrief(app);
    if (note[0])
        ui_banner(app, true, "Reloaded %s: %s", app->play_path, note);
    else
        ui_banner(app, false, "Reloaded %s: replayed %d choice%s", app->play_path, replayed, replayed == 1 ? "" : "s");
}

static void ui_banner_draw(App *app)
{
    if (!app->watching || app->banner[0] == '\0')
        return;
    int pad = ui_px(app, 1.2), width = app->w - 2 * ui_px(app, 4);
    const UiText *t = ui_wrapped(app, app->banner, FONT_SMALL, width - 2 * pad);
    int lines = t->count < 3 ? t->count : 3;
    int h = lines * fonts_line_height(app->fonts, FONT_SMALL) + 2 * pad;
    SDL_Rect r = {ui_px(app, 4), app->h - h - ui_px(app, 1), width, h};
    ui_round(app, r, ui_px(app, 0.8), app->theme.surface_hover);
    ui_outline(app, r, ui_px(app, 0.8), 2, app->banner_error ? app->theme.error : app->theme.accent);
    ui_draw_clipped(app, t, lines, r.x + pad, r.y + pad, app->banner_error ? app->theme.error : app->theme.text, r);
}

void ui_to_debrief(App *app)
{
    if (debrief_compute(&app->debrief, &app->play) != 0) {
        ui_show_error(app, "Out of memory", "leadsim ran out of memory computing the debrief.");
        return;
    }
    app->screen = SCREEN_DEBRIEF;
    app->page = 0;
    app->focus = -1;
    app->debrief_layout_generation = 0;
    app->dirty = true;
}

/* ---- dialogs ----------------------------------------------------------------------------------- */

static const char *const dialog_buttons[][2] = {
    [DIALOG_LEAVE] = {"Keep playing", "Leave"},
    [DIALOG_QUIT] = {"Stay", "Quit leadsim"},
};

static void app_dialog_answer(App *app, int button)
{
    DialogId dialog = app->dialog;
    app->dialog = DIALOG_NONE;
    app->dirty = true;
    if (button != 1)
        return;
    if (dialog == DIALOG_LEAVE)
        ui_to_library(app);
    else if (dialog == DIALOG_QUIT)
        app->quit = true;
}

static void app_dialog_draw(App *app)
{
    /* Dim the screen, then a centered panel. */
    SDL_SetRenderDrawBlendMode(app->renderer, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(app->renderer, 0, 0, 0, 170);
    SDL_RenderFillRect(app->renderer, NULL);
    SDL_SetRenderDrawBlendMode(app->renderer, SDL_BLENDMODE_NONE);
    app->hit_count = 0;                         /* only the dialog can be clicked */
    const char *title = app->dialog == DIALOG_LEAVE ? "Leave this playthrough?" : "Quit leadsim?";
    const char *body = app->dialog == DIALOG_LEAVE
                           ? "Your choices so far will not be kept, and there will be no debrief."
                           : "You can come back at any time; nothing is lost.";
    int pw = ui_px(app, 90) < app->w - ui_px(app, 8) ? ui_px(app, 90) : app->w - ui_px(app, 8);
    const UiText *wrapped = ui_wrapped(app, body, FONT_BODY, pw - ui_px(app, 8));
    int button_h = fonts_line_height(app->fonts, FONT_BODY_BOLD) + ui_px(app, 3);
    int ph = ui_px(app, 4) + fonts_line_height(app->fonts, FONT_HEADING) + ui_px(app, 2) +
             ui_lines_height(app, wrapped, 0, wrapped->count) + ui_px(app, 4) + button_h + ui_px(app, 4);
    SDL_Rect panel = {(app->w - pw) / 2, (app->h - ph) / 2, pw, ph};
    ui_round(app, panel, ui_px(app, 1.5), app->theme.surface);
    ui_outline(app, panel, ui_px(app, 1.5), 1, app->theme.border);
    int x = panel.x + ui_px(app, 4), y = panel.y + ui_px(app, 4);
    ui_text(app, FONT_HEADING, app->theme.text, x, y, title, panel);
    y += fonts_line_height(app->fonts, FONT_HEADING) + ui_px(app, 2);
    ui_draw_lines(app, wrapped, 0, wrapped->count, x, y, app->theme.text, panel);
    int bw = (pw - ui_px(app, 8) - ui_px(app, 3)) / 2;
    int by = panel.y + ph - ui_px(app, 4) - button_h;
    for (int i = 0; i < 2; i++)
        ui_button(app, (SDL_Rect){x + i * (bw + ui_px(app, 3)), by, bw, button_h},
                  dialog_buttons[app->dialog][i], i == 0, app->dialog_focus == i, ACT_DIALOG, i);
}

static void app_dialog_key(App *app, SDL_Keycode key)
{
    if (key == SDLK_ESCAPE) {
        app_dialog_answer(app, 0);
    } else if (key == SDLK_RETURN || key == SDLK_KP_ENTER || key == SDLK_SPACE) {
        app_dialog_answer(app, app->dialog_focus);
    } else if (key == SDLK_LEFT || key == SDLK_RIGHT || key == SDLK_TAB || key == SDLK_UP || key == SDLK_DOWN ||
               key == SDLK_PAGEUP || key == SDLK_PAGEDOWN) {
        app->dialog_focus = 1 - app->dialog_focus;
        app->dirty = true;
    }
}

/* ---- the error screen -------------------------------------------------------------------------- */

static void app_error_draw(App *app)
{
    int margin = ui_px(app, 6), width = app->w - 2 * margin;
    if (width > ui_px(app, 150))
        width = ui_px(app, 150);
    int x = (app->w - width) / 2, y = ui_px(app, 8);
    SDL_Rect box = {x, y, width, app->h - 2 * y};
    ui_text(app, FONT_TITLE, app->theme.text, x, y, app->error_title, box);
    y += fonts_line_height(app->fonts, FONT_TITLE) + ui_px(app, 2);
    const UiText *t = ui_wrapped(app, "The game is fine: the problem is in the scenario file. Its author can fix "
                                      "it at the line named below; leadsim check FILE lists every problem.",
                                 FONT_BODY, width);
    ui_draw_lines(app, t, 0, t->count, x, y, app->theme.muted, box);
    y += ui_lines_height(app, t, 0, t->count) + ui_px(app, 3);
    SDL_Rect panel = {x, y, width, 0};
    t = ui_wrapped(app, app->error_text ? app->error_text : "", FONT_BODY, width - ui_px(app, 6));
    int lines = t->count, skip = fonts_line_height(app->fonts, FONT_BODY);
    int room = (app->h - ui_px(app, 22) - y) / skip;
    if (lines > room)
        lines = room > 1 ? room : 1;
    panel.h = lines * skip + ui_px(app, 4);
    ui_round(app, panel, ui_px(app, 1), app->theme.surface);
    ui_draw_lines(app, t, 0, lines, x + ui_px(app, 3), y + ui_px(app, 2), app->theme.error, panel);
    y += panel.h + ui_px(app, 4);
    int bh = fonts_line_height(app->fonts, FONT_BODY_BOLD) + ui_px(app, 3);
    ui_button(app, (SDL_Rect){x, y, ui_text_width(app, FONT_BODY_BOLD, "Back to the library") + ui_px(app, 8), bh},
              "Back to the library", true, true, ACT_TO_LIBRARY, 0);
    ui_footer(app, "Enter or Esc: back to the library", NULL);
}

/* ---- input ---------------------------------------------------------------------------------------- */

static void app_act(App *app, Action action, int index)
{
    switch (action) {
    case ACT_ENTRY:
        app->focus = index;
        ui_library_key(app, SDLK_RETURN);
        break;
    case ACT_CHOICE:
        ui_scene_choose(app, index);
        break;
    case ACT_CONTINUE:
    case ACT_TO_DEBRIEF:
    case ACT_PAGE_NEXT:
        if (app->screen == SCREEN_DEBRIEF)
            ui_debrief_key(app, SDLK_PAGEDOWN);
        else if (app->screen == SCREEN_LIBRARY)
            ui_library_turn(app, +1);
        else
            ui_scene_key(app, SDLK_RETURN);
        break;
    case ACT_PAGE_PREV:
        if (app->screen == SCREEN_DEBRIEF)
            ui_debrief_key(app, SDLK_PAGEUP);
        else if (app->screen == SCREEN_LIBRARY)
            ui_library_turn(app, -1);
        else
            ui_scene_key(app, SDLK_PAGEUP);
        break;
    case ACT_REPLAY:
        app->seed = 0;
        ui_start_playthrough(app, app->play_path);
        break;
    case ACT_TO_LIBRARY:
        ui_to_library(app);
        break;
    case ACT_OPEN_SETTINGS:
        app->settings_return = app->screen;
        app->screen = SCREEN_SETTINGS;
        app->focus = 0;
        app->dirty = true;
        break;
    case ACT_SETTING:
        ui_settings_click(app, index);
        break;
    case ACT_SETTINGS_DONE:
        ui_settings_key(app, SDLK_ESCAPE);
        break;
    case ACT_DIALOG:
        app_dialog_answer(app, index);
        break;
    case ACT_SECTION:
        ui_debrief_goto(app, index);
        break;
    case ACT_NONE:
        break;
    }
}

static void app_key(App *app, const SDL_KeyboardEvent *k)
{
    SDL_Keycode key = k->keysym.sym;
    bool editing = app->screen == SCREEN_SETTINGS && app->editing;
    if (app->blank != BLANK_NONE) {      /* any key returns */
        app->blank = BLANK_NONE;
        app->dirty = true;
        return;
    }
    if (key == SDLK_F11 || key == SDLK_F5) {
        app_toggle_fullscreen(app);
        return;
    }
    if (!editing && (key == SDLK_b || key == SDLK_PERIOD || key == SDLK_w || key == SDLK_COMMA)) {
        app->blank = key == SDLK_b || key == SDLK_PERIOD ? BLANK_BLACK : BLANK_WHITE;
        app->dirty = true;
        return;
    }
    if (app->dialog != DIALOG_NONE) {
        app_dialog_key(app, key);
        return;
    }
    switch (app->screen) {
    case SCREEN_LIBRARY:
        if (key == SDLK_ESCAPE) {
            app->dialog = DIALOG_QUIT;
            app->dialog_focus = 0;
            app->dirty = true;
        } else {
            ui_library_key(app, key);
        }
        break;
    case SCREEN_SCENE:
        if (key == SDLK_ESCAPE) {
            if (app->play.status == PLAY_ENDED) {   /* finished: nothing to lose */
                ui_to_library(app);
            } else {
                app->dialog = DIALOG_LEAVE;
                app->dialog_focus = 0;
                app->dirty = true;
            }
        } else {
            ui_scene_key(app, key);
        }
        break;
    case SCREEN_DEBRIEF:
        if (key == SDLK_ESCAPE)
            ui_to_library(app);
        else
            ui_debrief_key(app, key);
        break;
    case SCREEN_SETTINGS:
        ui_settings_key(app, key);
        break;
    case SCREEN_ERROR:
        if (key == SDLK_ESCAPE || key == SDLK_RETURN || key == SDLK_KP_ENTER || key == SDLK_SPACE)
            ui_to_library(app);
        break;
    }
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

void app_handle_event(App *app, const SDL_Event *e)
{
    switch (e->type) {
    case SDL_QUIT:
        if (app->screen == SCREEN_SCENE && app->playing && app->play.status == PLAY_RUNNING) {
            app->dialog = DIALOG_LEAVE;      /* ask first; leaving then returns to the library */
            app->dialog_focus = 0;
            app->dirty = true;
        } else {
            app->quit = true;
        }
        break;
    case SDL_WINDOWEVENT:
        if (e->window.event == SDL_WINDOWEVENT_SIZE_CHANGED || e->window.event == SDL_WINDOWEVENT_RESIZED)
            app_resize(app);
        else if (e->window.event == SDL_WINDOWEVENT_EXPOSED)
            app->dirty = true;
        break;
    case SDL_KEYDOWN:
        app_key(app, &e->key);
        break;
    case SDL_TEXTINPUT:
        if (app->screen == SCREEN_SETTINGS)
            ui_settings_text(app, e->text.text);
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
    case SDL_MOUSEBUTTONDOWN: {
        if (app->blank != BLANK_NONE) {
            app->blank = BLANK_NONE;
            app->dirty = true;
            break;
        }
        if (e->button.button != SDL_BUTTON_LEFT)
            break;
        int x = e->button.x, y = e->button.y;
        app_scale_mouse(app, &x, &y);
        app->mouse_x = x;
        app->mouse_y = y;
        int hit = app_hit_at(app, x, y);
        if (hit >= 0) {
            app->clicker_focus = false;
            app_act(app, app->hits[hit].action, app->hits[hit].index);
        }
        break;
    }
    case SDL_MOUSEWHEEL:
        if (app->dialog == DIALOG_NONE && app->blank == BLANK_NONE) {
            SDL_Keycode key = e->wheel.y < 0 ? SDLK_PAGEDOWN : SDLK_PAGEUP;
            if (app->screen == SCREEN_DEBRIEF)
                ui_debrief_key(app, key);
            else if (app->screen == SCREEN_LIBRARY)
                ui_library_key(app, e->wheel.y < 0 ? SDLK_DOWN : SDLK_UP);
        }
        break;
    default:
        break;
    }
}

/* ---- time ------------------------------------------------------------------------------------------- */

/* Milliseconds until something on screen must change by itself, or -1 for never. */
int ui_next_timer(const App *app, uint32_t now)
{
    int next = -1;
    if (app->screen == SCREEN_SCENE && app->meters_changed_at) {
        uint32_t end = app->meters_changed_at + UI_FLAG_MS;
        int wait = end > now ? (int)(end - now) : 0;
        if (!app->settings.reduce_motion && wait > 50)
            wait = 50;                       /* the flags fade out */
        next = wait;
    }
    if (app->watching) {
        int wait = WATCH_POLL_MS;
        if (app->banner_until && app->banner_until > now && (int)(app->banner_until - now) < wait)
            wait = (int)(app->banner_until - now);
        next = next < 0 || wait < next ? wait : next;
    }
    if (ui_clicker_pending(app)) {
        uint32_t end = app->focus_since + (uint32_t)app->settings.clicker_delay * 1000;
        int wait = end > now ? (int)(end - now) : 0;
        int step = app->settings.reduce_motion ? 1000 : 50;  /* the countdown redraws */
        int until_step = step - (int)((now - app->focus_since) % (uint32_t)step);
        if (until_step < wait)
            wait = until_step;
        next = next < 0 || wait < next ? wait : next;
    }
    return next;
}

bool ui_clicker_pending(const App *app)
{
    return (app->screen == SCREEN_SCENE || app->screen == SCREEN_LIBRARY) && app->clicker_focus &&
           app->settings.clicker_delay > 0 && app->focus >= 0 && app->dialog == DIALOG_NONE &&
           app->blank == BLANK_NONE;
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
    if (app->watching) {
        if (app->banner_until && now >= app->banner_until) {
            app->banner[0] = '\0';
            app->banner_until = 0;
            app->dirty = true;
        }
        if (watch_poll(&app->watch, now))
            ui_reload(app);
    }
    if (app->screen == SCREEN_SCENE && app->meters_changed_at) {
        if (now >= app->meters_changed_at + UI_FLAG_MS)
            app->meters_changed_at = 0;
        app->dirty = true;
    }
    if (ui_clicker_pending(app)) {
        app->dirty = true;
        if (now - app->focus_since >= (uint32_t)app->settings.clicker_delay * 1000) {
            app->clicker_focus = false;      /* the focus rested long enough: take it */
            if (app->screen == SCREEN_LIBRARY)
                ui_library_key(app, SDLK_RETURN);
            else
                ui_scene_key(app, SDLK_RETURN);
        }
    }
}

/* ---- drawing ------------------------------------------------------------------------------------------ */

void app_render(App *app)
{
    app->hit_count = 0;
    Color bg = app->theme.background;
    if (app->blank == BLANK_WHITE)
        bg = (Color){255, 255, 255};
    else if (app->blank == BLANK_BLACK)
        bg = (Color){0, 0, 0};
    SDL_SetRenderDrawColor(app->renderer, bg.r, bg.g, bg.b, 255);
    SDL_RenderClear(app->renderer);
    if (app->blank == BLANK_NONE) {
        switch (app->screen) {
        case SCREEN_LIBRARY: ui_library_draw(app); break;
        case SCREEN_SCENE: ui_scene_draw(app); break;
        case SCREEN_DEBRIEF: ui_debrief_draw(app); break;
        case SCREEN_SETTINGS: ui_settings_draw(app); break;
        case SCREEN_ERROR: app_error_draw(app); break;
        }
        if (app->dialog != DIALOG_NONE)
            app_dialog_draw(app);
        ui_banner_draw(app);
    }
    SDL_RenderPresent(app->renderer);
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

/* ---- creation ------------------------------------------------------------------------------------------- */

/* Applies --choices and --page: the screen a player would see after them. */
static void app_apply_start(App *app, const AppStart *start)
{
    if (start->screen && strcmp(start->screen, "settings") == 0) {
        app->settings_return = SCREEN_LIBRARY;
        app->screen = SCREEN_SETTINGS;
        app->focus = 0;
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
    ui_start_playthrough(app, path);
    if (start->watch) {
        app->watching = true;
        watch_init(&app->watch, path);
    }
    int used = 0;
    while (app->screen == SCREEN_SCENE && app->play.status == PLAY_RUNNING) {
        const Scene *scene = play_scene(&app->play);
        if (scene->kind == SCENE_DECISION) {
            if (used == start->choice_count)
                break;
            int number = start->choices[used++];
            if (number < 1 || number > app->play.shown_count) {
                snprintf(app->start_error, sizeof app->start_error,
                         "%s:%d: scene '%s' shows choices 1-%d, but number %d in --choices is %d",
                         app->scenario->path, scene->line, scene->id, app->play.shown_count, used, number);
                return;
            }
            ui_scene_choose(app, number);
        } else {
            if (start->choice_count == 0)
                break;                       /* a fresh start stops at the first screen */
            ui_scene_key(app, SDLK_RETURN);
        }
    }
    app->meters_changed_at = app->meters_changed_at ? SDL_GetTicks() : 0;
    if (start->page > 0 && app->screen == SCREEN_SCENE && app->play.status == PLAY_ENDED) {
        ui_to_debrief(app);
        ui_debrief_goto(app, start->page - 1);
    } else if (start->page > 0 && app->screen == SCREEN_SCENE) {
        app_render(app);
        app->text_page = start->page - 1 < app->text_pages ? start->page - 1 : app->text_pages - 1;
    }
    app->dirty = true;
}

static App *app_new(const AppStart *start)
{
    App *app = calloc(1, sizeof *app);
    if (app == NULL)
        return NULL;
    app->hover = app->focus = -1;
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
    app_resize(app);
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
    SDL_StopTextInput();                     /* on only while a setting is typed into */
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
    app_end_playthrough(app);
    ui_library_free(app);
    free(app->play_path);
    free(app->error_text);
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

const char *app_start_error(const App *app) { return app->start_error[0] ? app->start_error : NULL; }

const char *app_screen_name(const App *app)
{
    static const char *const names[] = {"library", "scene", "debrief", "settings", "error"};
    return names[app->screen];
}

const char *app_banner(const App *app) { return app->banner[0] ? app->banner : NULL; }

const char *app_scene_id(const App *app)
{
    return app->screen == SCREEN_SCENE && app->playing ? play_scene(&app->play)->id : NULL;
}

int app_debrief_page(const App *app) { return app->page + 1; }
int app_debrief_pages(const App *app) { return app->page_count; }
bool app_dialog_open(const App *app) { return app->dialog != DIALOG_NONE; }
bool app_quit_requested(const App *app) { return app->quit; }
bool app_blanked(const App *app) { return app->blank != BLANK_NONE; }
uint32_t app_redraws(const App *app) { return app->frames; }
