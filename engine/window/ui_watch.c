/* ui_watch: play --watch. The scenario file is polled; a save reloads it and
 * replays the choices so far, and a banner says what happened. An error keeps
 * the version before playing until a later save fixes it. */
#include "ui_internal.h"
#include "visible.h"

#include <stdarg.h>

void ui_watch_start(App *app, const char *path)
{
    app->watch.on = true;
    watch_init(&app->watch.file, path);
}

void ui_watch_stop(App *app)
{
    app->watch.on = false;
    app->watch.banner[0] = '\0';
}

static void ui_banner(App *app, bool error, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void ui_banner(App *app, bool error, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(app->watch.banner, sizeof app->watch.banner, fmt, ap);
    va_end(ap);
    app->watch.banner_error = error;
    app->watch.banner_until = error ? 0 : SDL_GetTicks() + 4000;
    visible_line(stderr, "leadsim: %s", app->watch.banner);
    app->dirty = true;
}

/* Every screen hears SESSION_RELOADED and drops what it made from the version before. */
void ui_reload(App *app)
{
    if (!app->playing) {                 /* it failed to open: try again from the start */
        ui_start_playthrough(app, app->play_path);
        if (app->playing)
            ui_banner(app, false, "Reloaded %s", app->play_path);
        return;
    }
    DiagList diags = {0};
    char error[1400], note[512];
    bool was_debrief = app->debrief.built;   /* on the debrief or one of its questions */
    ScreenId was = app->screen;
    int page = app->debrief.page;
    DocAnswers answers = app->debrief.doc.answers;
    int replayed = session_reload(&app->session, &diags, error, sizeof error, note, sizeof note);
    if (replayed < 0 && diags.count > 0) {
        diag_sort(&diags);
        const Diag *d = &diags.items[0];
        ui_banner(app, true, "%s:%d: %s%s (still playing the version before; save again to retry)",
                  app->play_path, d->line, d->message, diags.errors > 1 ? ", and more" : "");
    } else if (replayed < 0) {
        ui_banner(app, true, "%s (when replaying your choices; still playing the version before)", error);
    }
    diag_list_free(&diags);
    if (replayed < 0)
        return;
    ui_goto(app, SCREEN_SCENE);
    if (was_debrief && app->session.play.status == PLAY_ENDED)
        ui_ask_reopen(app, was, page, &answers);
    if (note[0])
        ui_banner(app, true, "Reloaded %s: %s", app->play_path, note);
    else
        ui_banner(app, false, "Reloaded %s: replayed %d choice%s", app->play_path, replayed, replayed == 1 ? "" : "s");
}

int ui_watch_timer(const App *app, uint32_t now)
{
    if (!app->watch.on)
        return -1;
    int wait = WATCH_POLL_MS;
    uint32_t until = app->watch.banner_until;
    if (until && until > now && (int)(until - now) < wait)
        wait = (int)(until - now);
    return wait;
}

void ui_watch_tick(App *app, uint32_t now)
{
    if (!app->watch.on)
        return;
    if (app->watch.banner_until && now >= app->watch.banner_until) {
        app->watch.banner[0] = '\0';
        app->watch.banner_until = 0;
        app->dirty = true;
    }
    if (watch_poll(&app->watch.file, now))
        ui_reload(app);
}

void ui_banner_draw(App *app)
{
    if (!app->watch.on || app->watch.banner[0] == '\0')
        return;
    Color color = app->watch.banner_error ? app->theme.error : app->theme.text;
    int pad = ui_px(app, 1.2), width = app->w - 2 * ui_px(app, 4);
    const UiText *t = ui_wrapped(app, app->watch.banner, FONT_SMALL, width - 2 * pad);
    int lines = t->count < 3 ? t->count : 3;
    int h = lines * fonts_line_height(app->fonts, FONT_SMALL) + 2 * pad;
    SDL_Rect r = {ui_px(app, 4), app->h - h - ui_px(app, 1), width, h};
    ui_round(app, r, ui_px(app, 0.8), app->theme.surface_hover);
    ui_outline(app, r, ui_px(app, 0.8), 2, app->watch.banner_error ? app->theme.error : app->theme.accent);
    ui_draw_clipped(app, t, lines, r.x + pad, r.y + pad, color, r);
}
