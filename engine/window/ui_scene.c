/* ui_scene: a scene: the meters, the prose in pages, and the choices.
 *
 * Prose never runs off the screen: it is wrapped to the reading column and cut
 * into pages; the choices (or Continue) come with the last page, or on a page
 * of their own when they would not fit beside any text. */
#include "ui_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define UI_FLAG_MS 3000

/* ---- geometry ------------------------------------------------------------------------------- */

typedef struct {
    int x, width;                /* the reading column */
    int hud_h;                   /* the meters band at the top */
    int top, bottom;             /* the area for the page */
    int badge;                   /* width of a choice's number */
    int pad;                     /* inside a choice button */
    int gap;                     /* between choices */
} SceneGeometry;

/* Meter labels take one line, or two when one would not fit its cell (large type). */
static int ui_hud_cell(const App *app)
{
    int n = app->session.scenario->meter_count;
    return (app->w - 2 * ui_px(app, 6) - (n - 1) * ui_px(app, 3)) / n;
}

static int ui_hud_label_lines(const App *app)
{
    if (app->session.scenario == NULL)
        return 1;
    for (int m = 0; m < app->session.scenario->meter_count; m++)
        if (ui_text_width(app, FONT_SMALL, app->session.scenario->meters[m].label) > ui_hud_cell(app))
            return 2;
    return 1;
}

static SceneGeometry ui_scene_geometry(const App *app)
{
    SceneGeometry g;
    UiColumn column = ui_column(app, 34, 0);
    g.x = column.x;
    g.width = column.width;
    bool meters = app->session.scenario && app->session.scenario->meter_count > 0;
    g.hud_h = meters ? ui_px(app, 3) + ui_hud_label_lines(app) * fonts_line_height(app->fonts, FONT_SMALL) +
                           fonts_line_height(app->fonts, FONT_BODY_BOLD) + ui_px(app, 2.4)
                     : 0;
    g.top = g.hud_h + ui_px(app, 4);
    g.bottom = ui_content_bottom(app);
    g.pad = ui_px(app, 1.3);
    g.gap = ui_px(app, 1.1);
    g.badge = fonts_line_height(app->fonts, FONT_BODY_BOLD) + ui_px(app, 1.5);
    return g;
}

static int ui_scene_header_height(const App *app, const Scene *scene)
{
    int h = 0;
    if (scene->title)
        h += fonts_line_height(app->fonts, FONT_HEADING);
    if (scene->kind == SCENE_ENDING)
        h += fonts_line_height(app->fonts, FONT_BODY_BOLD);
    if (scene->speaker)
        h += fonts_line_height(app->fonts, FONT_SMALL_BOLD);
    return h ? h + ui_px(app, 2) : 0;
}

/* A later page's "Title (continued)" line. */
static int ui_scene_continued_height(const App *app, const Scene *scene)
{
    return scene->title ? fonts_line_height(app->fonts, FONT_SMALL_BOLD) + ui_px(app, 1.5) : 0;
}

static int ui_choice_height(const App *app, const SceneGeometry *g, int k)
{
    return app->scene.choices[k].count * fonts_line_height(app->fonts, FONT_BODY) + 2 * g->pad;
}

/* The height of what ends the scene: its choices, or one button. */
static int ui_actions_height(const App *app, const SceneGeometry *g)
{
    const Scene *scene = play_scene(&app->session.play);
    if (scene->kind != SCENE_DECISION || app->session.play.status != PLAY_RUNNING)
        return fonts_line_height(app->fonts, FONT_BODY_BOLD) + 2 * g->pad;
    int h = 0;
    for (int k = 0; k < app->session.play.shown_count; k++)
        h += ui_choice_height(app, g, k) + (k ? g->gap : 0);
    return h;
}

/* Wraps the text and choices and cuts the pages, when the scene or the sizes changed. */
static void ui_scene_layout(App *app)
{
    if (app->scene.layout_generation == app->layout_generation && app->scene.layout_scene == app->session.play.scene &&
        app->scene.layout_path == app->session.play.path_count)
        return;
    app->scene.layout_generation = app->layout_generation;
    app->scene.layout_scene = app->session.play.scene;
    app->scene.layout_path = app->session.play.path_count;
    SceneGeometry g = ui_scene_geometry(app);
    const Scene *scene = play_scene(&app->session.play);
    ui_wrap(app, &app->scene.text, app->session.play.text, FONT_BODY, g.width);
    for (int k = 0; k < app->session.play.shown_count; k++)
        ui_wrap(app, &app->scene.choices[k], play_shown_text(&app->session.play, k + 1), FONT_BODY,
                g.width - g.badge - 2 * g.pad);

    const UiText *t = &app->scene.text;
    int area = g.bottom - g.top;
    int header = ui_scene_header_height(app, scene);
    int actions = ui_actions_height(app, &g) + ui_px(app, 3);
    int turn = fonts_line_height(app->fonts, FONT_BODY_BOLD) + 2 * g.pad + ui_px(app, 3); /* the "More" button */
    int pages = 0, line = 0;
    while (line < t->count && pages < 30) {
        int room = area - (pages == 0 ? header : ui_scene_continued_height(app, scene));
        /* Everything left fits with the actions: this is the last page. */
        if (ui_lines_height(app, t, line, t->count) + actions <= room)
            break;
        int end = line;
        while (end < t->count && ui_lines_height(app, t, line, end + 1) + turn <= room)
            end++;
        if (end == line)
            end = line + 1;              /* a line always moves on, even when cramped */
        app->scene.page_first_line[pages++] = line;
        line = end;
    }
    app->scene.choices_own_page = false;
    if (line < t->count || pages == 0) {
        app->scene.page_first_line[pages++] = line; /* the last page: the rest, and the actions */
    } else {
        app->scene.choices_own_page = true;        /* every line placed; the actions alone */
        app->scene.page_first_line[pages++] = t->count;
    }
    app->scene.page_first_line[pages] = t->count;
    app->scene.text_pages = pages;
    if (app->scene.text_page >= pages)
        app->scene.text_page = pages - 1;
}

/* ---- drawing ----------------------------------------------------------------------------------- */

static void ui_scene_hud(App *app, const SceneGeometry *g)
{
    const Scenario *sc = app->session.scenario;
    ui_fill(app, (SDL_Rect){0, 0, app->w, g->hud_h}, app->theme.surface);
    ui_fill(app, (SDL_Rect){0, g->hud_h - 1, app->w, 1}, app->theme.border);
    int margin = ui_px(app, 6), gap = ui_px(app, 3);
    int cell = ui_hud_cell(app), label_lines = ui_hud_label_lines(app);
    uint32_t now = SDL_GetTicks();
    bool flagged = app->scene.meters_changed_at && now < app->scene.meters_changed_at + UI_FLAG_MS;
    int alpha = 255;
    if (flagged && !app->settings.reduce_motion) {
        uint32_t left = app->scene.meters_changed_at + UI_FLAG_MS - now;
        alpha = left < 1000 ? (int)(255 * left / 1000) : 255; /* fades over its last second */
    }
    for (int m = 0; m < sc->meter_count; m++) {
        const Meter *meter = &sc->meters[m];
        int x = margin + m * (cell + gap), y = ui_px(app, 2);
        SDL_Rect box = {x, 0, cell, g->hud_h};
        ui_draw_clipped(app, ui_wrapped(app, meter->label, FONT_SMALL, cell), label_lines, x, y,
                        app->theme.muted, box);
        y += label_lines * fonts_line_height(app->fonts, FONT_SMALL);
        char value[32];
        snprintf(value, sizeof value, "%.10g", app->session.play.meters[m]);
        int vw = ui_text(app, FONT_BODY_BOLD, app->theme.text, x, y, value, box);
        double delta = app->scene.meter_delta ? app->scene.meter_delta[m] : 0;
        if (flagged && delta != 0) {
            char change[48];
            snprintf(change, sizeof change, "%s%.10g", delta > 0 ? "+" : "\xE2\x88\x92", fabs(delta));
            int cy = y + (fonts_line_height(app->fonts, FONT_BODY_BOLD) - fonts_line_height(app->fonts, FONT_SMALL_BOLD)) / 2;
            bool good = (delta > 0) != meter->lower_is_better;
            ui_text_faded(app, FONT_SMALL_BOLD, good ? app->theme.positive : app->theme.negative,
                          x + vw + ui_px(app, 1.2), cy, change, box, alpha);
        }
        /* Where the value sits between min and max. */
        int bar_y = y + fonts_line_height(app->fonts, FONT_BODY_BOLD) + ui_px(app, 0.3);
        int bar_h = ui_px(app, 0.5) > 2 ? ui_px(app, 0.5) : 2;
        ui_fill(app, (SDL_Rect){x, bar_y, cell, bar_h}, app->theme.border);
        double share = (app->session.play.meters[m] - meter->min) / (meter->max - meter->min);
        ui_fill(app, (SDL_Rect){x, bar_y, (int)(cell * share), bar_h}, app->theme.accent);
    }
}

static void ui_scene_choices(App *app, const SceneGeometry *g, int y)
{
    int radius = ui_px(app, 1.0);
    for (int k = 0; k < app->session.play.shown_count; k++) {
        SDL_Rect r = {g->x, y, g->width, ui_choice_height(app, g, k)};
        ui_hit(app, r, ACT_PICK, k + 1);
        bool hover = ui_hovered(app, ACT_PICK, k + 1), focused = app->focus == k;
        ui_round(app, r, radius, hover || focused ? app->theme.surface_hover : app->theme.surface);
        ui_outline(app, r, radius, hover ? 2 : 1, hover ? app->theme.accent : app->theme.border);
        if (focused)
            ui_focus_ring(app, r, radius);
        char number[16];
        snprintf(number, sizeof number, "%d", k + 1);
        ui_text(app, FONT_BODY_BOLD, app->theme.accent, r.x + g->pad, r.y + g->pad, number, r);
        ui_draw_lines(app, &app->scene.choices[k], 0, app->scene.choices[k].count, r.x + g->pad + g->badge,
                      r.y + g->pad, app->theme.text, r);
        if (focused)
            ui_clicker_bar(app, r);
        y += r.h + g->gap;
    }
}

static void scene_draw(App *app)
{
    ui_scene_layout(app);
    SceneGeometry g = ui_scene_geometry(app);
    const Scene *scene = play_scene(&app->session.play);
    if (app->session.scenario->meter_count > 0)
        ui_scene_hud(app, &g);
    SDL_Rect column = {g.x, g.top, g.width, g.bottom - g.top};
    int y = g.top;
    bool last = app->scene.text_page == app->scene.text_pages - 1;
    if (app->scene.text_page == 0) {
        if (scene->title) {
            ui_text(app, FONT_HEADING, app->theme.text, g.x, y, scene->title, column);
            y += fonts_line_height(app->fonts, FONT_HEADING);
        }
        if (scene->kind == SCENE_ENDING) {
            char line[512];
            snprintf(line, sizeof line, "Ending: %s", scene->ending);
            ui_text(app, FONT_BODY_BOLD, app->theme.accent, g.x, y, line, column);
            y += fonts_line_height(app->fonts, FONT_BODY_BOLD);
        }
        if (scene->speaker) {
            ui_text(app, FONT_SMALL_BOLD, app->theme.muted, g.x, y, scene->speaker, column);
            y += fonts_line_height(app->fonts, FONT_SMALL_BOLD);
        }
        if (ui_scene_header_height(app, scene))
            y += ui_px(app, 2);
    } else if (scene->title) {                 /* a later page still says where it is */
        char line[512];
        snprintf(line, sizeof line, "%s (continued)", scene->title);
        ui_text(app, FONT_SMALL_BOLD, app->theme.muted, g.x, y, line, column);
        y += ui_scene_continued_height(app, scene);
    }
    int first = app->scene.page_first_line[app->scene.text_page], end = app->scene.page_first_line[app->scene.text_page + 1];
    ui_draw_lines(app, &app->scene.text, first, end, g.x, y, app->theme.text, column);
    y += ui_lines_height(app, &app->scene.text, first, end) + (end > first ? ui_px(app, 3) : 0);

    int button_h = fonts_line_height(app->fonts, FONT_BODY_BOLD) + 2 * g.pad;
    const char *hint;
    char clicker[160];
    if (!last) {
        const char *label = "More";
        int bw = ui_text_width(app, FONT_BODY_BOLD, label) + ui_px(app, 10);
        ui_button(app, (SDL_Rect){g.x + g.width - bw, y, bw, button_h}, label, true, true, ACT_NEXT, 0);
        hint = "PageDown or Enter: more   PageUp: back   Esc: menu";
    } else if (scene->kind == SCENE_DECISION && app->session.play.status == PLAY_RUNNING) {
        ui_scene_choices(app, &g, y);
        hint = ui_clicker_hint(app, "Taking this choice", clicker, sizeof clicker);
        if (hint == NULL)
            hint = "1-9 or click: choose   Arrows, Tab or PageDown: move   Enter: confirm   Esc: menu";
    } else {
        bool ending = app->session.play.status == PLAY_ENDED;
        const char *label = ending ? "See your debrief" : "Continue";
        int bw = ui_text_width(app, FONT_BODY_BOLD, label) + ui_px(app, 10);
        ui_button(app, (SDL_Rect){g.x + g.width - bw, y, bw, button_h}, label, true, true,
                  ACT_NEXT, 0);
        hint = ending ? "Enter or PageDown: your debrief   Esc: library" : "Enter or PageDown: continue   Esc: menu";
    }
    char page[48] = "";
    if (app->scene.text_pages > 1)
        snprintf(page, sizeof page, "Page %d of %d", app->scene.text_page + 1, app->scene.text_pages);
    ui_footer(app, hint, page);
}

/* ---- moving on ------------------------------------------------------------------------------------- */

static void scene_forget(App *app);

/* The playthrough moved: the first page, no focus, and the meters' changes flagged. */
static void scene_heard(App *app, SessionEvent event)
{
    if (event == SESSION_STARTED || event == SESSION_RELOADED) {
        scene_forget(app);               /* a new version may have other meters */
        app->scene.meter_delta = calloc((size_t)app->session.scenario->meter_count + 1, sizeof(double));
    }
    app->scene.text_page = 0;
    app->focus = -1;
    app->clicker_focus = false;
    app->scene.layout_generation = 0;
    app->dirty = true;
    const Scenario *sc = app->session.scenario;
    bool changed = false;
    for (int m = 0; app->scene.meter_delta && m < sc->meter_count; m++) {
        app->scene.meter_delta[m] = app->session.play.meters[m] - app->session.play.meters_before[m];
        changed |= app->scene.meter_delta[m] != 0;
    }
    if (event == SESSION_RELOADED)
        app->scene.meters_changed_at = 0;
    else if (changed)
        app->scene.meters_changed_at = SDL_GetTicks() ? SDL_GetTicks() : 1;
}

static void scene_choose(App *app, int number)
{
    if (app->session.play.status != PLAY_RUNNING ||
        play_scene(&app->session.play)->kind != SCENE_DECISION || number < 1 || number > app->session.play.shown_count)
        return;
    session_choose(&app->session, number);   /* the window hears what followed (ui.c) */
}

static void ui_scene_move_focus(App *app, int delta, bool clicker)
{
    int n = app->session.play.shown_count;
    int focus = app->focus < 0 ? (delta > 0 ? 0 : n - 1) : app->focus + delta;
    focus = focus < 0 ? 0 : focus >= n ? n - 1 : focus;
    app->focus = focus;
    app->clicker_focus = clicker;
    app->focus_since = SDL_GetTicks();
    app->dirty = true;
}

static void scene_key(App *app, SDL_Keycode key)
{
    if (key == SDLK_ESCAPE) {
        if (app->session.play.status == PLAY_ENDED)   /* finished: nothing to lose */
            ui_to_library(app);
        else
            ui_dialog_open(app, DIALOG_LEAVE);
        return;
    }
    ui_scene_layout(app);
    const Scene *scene = play_scene(&app->session.play);
    bool last = app->scene.text_page == app->scene.text_pages - 1;
    bool deciding = last && scene->kind == SCENE_DECISION && app->session.play.status == PLAY_RUNNING;
    if (deciding) {
        if (key >= SDLK_1 && key <= SDLK_9) {
            scene_choose(app, (int)(key - SDLK_0));
        } else if (key >= SDLK_KP_1 && key <= SDLK_KP_9) {
            scene_choose(app, (int)(key - SDLK_KP_1) + 1);
        } else if (key == SDLK_DOWN || key == SDLK_TAB) {
            ui_scene_move_focus(app, +1, false);
        } else if (key == SDLK_UP) {
            ui_scene_move_focus(app, -1, false);
        } else if (key == SDLK_PAGEDOWN) {
            ui_scene_move_focus(app, +1, true);   /* from no focus, the first choice */
        } else if (key == SDLK_PAGEUP) {
            if (app->focus <= 0 && app->scene.text_page > 0) { /* before the first choice: the text */
                app->focus = -1;
                app->clicker_focus = false;
                app->scene.text_page--;
                app->dirty = true;
            } else {
                ui_scene_move_focus(app, -1, true);
            }
        } else if (ui_is_next(key)) {      /* Enter, Space, Right, N: take the focused choice */
            if (app->focus >= 0)
                scene_choose(app, app->focus + 1);
            else
                ui_scene_move_focus(app, +1, false);
        } else if (ui_is_previous(key) && app->scene.text_page > 0) {
            app->scene.text_page--;
            app->dirty = true;
        }
        return;
    }
    if (ui_is_next(key)) {
        if (!last) {
            app->scene.text_page++;
            app->dirty = true;
        } else if (app->session.play.status == PLAY_ENDED) {
            ui_to_debrief(app);
        } else if (scene->kind == SCENE_NARRATION) {
            session_continue(&app->session);
        }
    } else if (ui_is_previous(key) && app->scene.text_page > 0) {
        app->scene.text_page--;
        app->dirty = true;
    }
}

static void scene_forget(App *app)
{
    ui_text_free(&app->scene.text);
    for (int k = 0; k <= SCENARIO_MAX_CHOICES; k++)
        ui_text_free(&app->scene.choices[k]);
    app->scene.layout_generation = 0;
    free(app->scene.meter_delta);
    app->scene.meter_delta = NULL;
    app->scene.meters_changed_at = 0;
}

static void scene_click(App *app, const Hit *hit)
{
    if (hit->action == ACT_PICK)
        scene_choose(app, hit->index);
    else
        scene_key(app, hit->action == ACT_NEXT ? SDLK_RETURN : SDLK_PAGEUP);
}

/* --page N: that page of the text. */
static void scene_page(App *app, int page)
{
    app->scene.text_page = page < app->scene.text_pages ? page : app->scene.text_pages - 1;
}

/* The meters' changes fade out; with reduced motion they stay, then go at once. */
static int scene_timer(const App *app, uint32_t now)
{
    if (!app->scene.meters_changed_at)
        return -1;
    uint32_t end = app->scene.meters_changed_at + UI_FLAG_MS;
    int wait = end > now ? (int)(end - now) : 0;
    return !app->settings.reduce_motion && wait > 50 ? 50 : wait;
}

static void scene_tick(App *app, uint32_t now)
{
    if (!app->scene.meters_changed_at)
        return;
    if (now >= app->scene.meters_changed_at + UI_FLAG_MS)
        app->scene.meters_changed_at = 0;
    app->dirty = true;
}

const Screen screen_scene = {
    .name = "scene", .draw = scene_draw, .key = scene_key, .click = scene_click, .page = scene_page,
    .heard = scene_heard, .timer = scene_timer, .tick = scene_tick, .forget = scene_forget, .free = scene_forget,
    .clicker = true,
};
