/* ui_presenter: the facilitator's window, on the second display when there is
 * one: the tally as it arrives, the timer, the scene's notes and what comes
 * next. The projector keeps the room's view only. It draws with the same fonts
 * into its own renderer (and its own text cache, since textures belong to a
 * renderer); keys typed in it drive the room as the main window's do. */
#include "ui_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Where the presenter's window goes: the display the room's window is not on; or
 * LEADSIM_PRESENTER="X,Y,W,H" when SDL sees one display where there are two (a desktop
 * spanning both, as Xinerama gives; and the tests under Xvfb). */
static bool ui_presenter_place(App *app, SDL_Rect *bounds)
{
    const char *forced = getenv("LEADSIM_PRESENTER");
    if (forced && sscanf(forced, "%d,%d,%d,%d", &bounds->x, &bounds->y, &bounds->w, &bounds->h) == 4) {
        int x, y, w, h;
        SDL_GetWindowPosition(app->window, &x, &y);
        SDL_GetWindowSize(app->window, &w, &h);
        SDL_Rect mine = {x, y, w, h};
        if (SDL_HasIntersection(&mine, bounds))
            SDL_SetWindowPosition(app->window, 0, 0);   /* the room's window keeps clear of it */
        return bounds->w > 0 && bounds->h > 0;
    }
    if (SDL_GetNumVideoDisplays() < 2)
        return false;
    int mine = SDL_GetWindowDisplayIndex(app->window);
    return SDL_GetDisplayBounds(mine == 0 ? 1 : 0, bounds) == 0;
}

void ui_presenter_open(App *app)
{
    RoomState *s = &app->room;
    SDL_Rect bounds;
    if (app->window == NULL || s->presenter || !ui_presenter_place(app, &bounds))
        return;
    s->presenter = SDL_CreateWindow("leadsim - presenter", bounds.x, bounds.y, bounds.w, bounds.h,
                                    SDL_WINDOW_BORDERLESS | SDL_WINDOW_ALLOW_HIGHDPI);
    if (s->presenter)
        s->presenter_renderer = SDL_CreateRenderer(s->presenter, -1, SDL_RENDERER_SOFTWARE);
    if (s->presenter_renderer)
        s->presenter_cache = textcache_new(s->presenter_renderer, 256);
    if (s->presenter_cache == NULL) {
        ui_presenter_close(app);
        return;
    }
    app->dirty = true;
}

void ui_presenter_close(App *app)
{
    RoomState *s = &app->room;
    textcache_free(s->presenter_cache);
    if (s->presenter_renderer)
        SDL_DestroyRenderer(s->presenter_renderer);
    if (s->presenter)
        SDL_DestroyWindow(s->presenter);
    s->presenter_cache = NULL;
    s->presenter_renderer = NULL;
    s->presenter = NULL;
}

bool app_presenter_open(const App *app) { return app->room.presenter != NULL; }

/* ---- what it shows ------------------------------------------------------------------------------------ */

static int ui_presenter_heading(App *app, const char *text, int x, int y, SDL_Rect box)
{
    ui_text(app, FONT_SMALL_BOLD, app->theme.accent, x, y, text, box);
    return y + fonts_line_height(app->fonts, FONT_SMALL_BOLD) + ui_px(app, 1);
}

static void ui_presenter_draw(App *app)
{
    RoomState *s = &app->room;
    const Playthrough *p = &s->room.session.play;
    const Scene *scene = play_scene(p);
    int margin = ui_px(app, 4), half = (app->w - 3 * margin) / 2;
    SDL_Rect left = {margin, margin, half, app->h - 2 * margin}, right = {2 * margin + half, margin, half, left.h};
    char line[512];
    snprintf(line, sizeof line, "Presenter: %s", scene->title ? scene->title : scene->id);
    ui_text(app, FONT_HEADING, app->theme.text, left.x, left.y, line, left);
    if (app->screen == SCREEN_ROOM && p->status == PLAY_RUNNING && scene->kind == SCENE_DECISION)
        ui_room_draw_timer(app, (SDL_Rect){right.x, right.y, right.w, fonts_line_height(app->fonts, FONT_DISPLAY)});
    int y = left.y + fonts_line_height(app->fonts, FONT_DISPLAY) + ui_px(app, 2);
    if (scene->kind == SCENE_DECISION && p->status == PLAY_RUNNING) {
        snprintf(line, sizeof line, "Tally: %d in, %s", room_votes_in(&s->room),
                 s->room.phase == ROOM_REVEALED ? "revealed" : "hidden from the room");
        char fitted[512];
        y = ui_presenter_heading(app, ui_ellipsize(app, FONT_SMALL_BOLD, line, left.w, fitted, sizeof fitted), left.x, y,
                                 left);
        int saved = app->hit_count;
        ui_room_draw_tally(app, (SDL_Rect){left.x, y, left.w, left.h - y}, false);
        app->hit_count = saved;          /* its bars are not the main window's to click */
    }
    int ry = right.y + fonts_line_height(app->fonts, FONT_DISPLAY) + ui_px(app, 2);
    ry = ui_presenter_heading(app, "Notes", right.x, ry, right);
    const UiText *t = ui_wrapped(app, scene->notes ? scene->notes : "This scene has no notes.", FONT_BODY, right.w);
    int lines = (right.h * 4 / 10) / fonts_line_height(app->fonts, FONT_BODY);   /* room below for what is next */
    ui_draw_clipped(app, t, lines, right.x, ry, app->theme.text, right);
    ry += (t->count < lines ? t->count : lines) * fonts_line_height(app->fonts, FONT_BODY) + ui_px(app, 3);
    ry = ui_presenter_heading(app, "What comes next", right.x, ry, right);
    const UiText *n = ui_wrapped(app, ui_room_next_text(app, line, sizeof line), FONT_BODY, right.w);
    ui_draw_lines(app, n, 0, n->count, right.x, ry, app->theme.text, right);
    ui_footer(app, "Keys here drive the room too   T: pause   A: +30 s   R: reveal", NULL);
}

/* Draws into the presenter's window: the app's output is swapped for it for one frame. */
void ui_presenter_render(App *app)
{
    RoomState *s = &app->room;
    if (s->presenter == NULL || !s->open)
        return;
    SDL_Renderer *renderer = app->renderer;
    TextCache *cache = app->cache;
    int w = app->w, h = app->h;
    double u = app->u;
    int hits = app->hit_count;           /* the main window's hits stay as they were */
    app->renderer = s->presenter_renderer;
    app->cache = s->presenter_cache;
    SDL_GetRendererOutputSize(app->renderer, &app->w, &app->h);
    double reference = app->h < app->w * 9.0 / 16.0 ? app->h : app->w * 9.0 / 16.0;
    app->u = reference / 100.0;
    Color bg = app->theme.background;
    SDL_SetRenderDrawColor(app->renderer, bg.r, bg.g, bg.b, 255);
    SDL_RenderClear(app->renderer);
    ui_presenter_draw(app);
    SDL_RenderPresent(app->renderer);
    app->renderer = renderer;
    app->cache = cache;
    app->w = w;
    app->h = h;
    app->u = u;
    app->hit_count = hits;
}

/* Events of the presenter's window: its mouse is not the projector's; closing it only hides it. */
bool ui_presenter_event(App *app, const SDL_Event *e)
{
    RoomState *s = &app->room;
    if (s->presenter == NULL)
        return false;
    Uint32 id = SDL_GetWindowID(s->presenter);
    switch (e->type) {
    case SDL_WINDOWEVENT:
        if (e->window.windowID != id && e->window.event == SDL_WINDOWEVENT_CLOSE) {
            app->quit = true;            /* the projector's window closed: the room is saved */
            return true;
        }
        if (e->window.windowID != id)
            return false;
        if (e->window.event == SDL_WINDOWEVENT_CLOSE)
            ui_presenter_close(app);
        app->dirty = true;
        return true;
    case SDL_MOUSEMOTION: return e->motion.windowID == id;
    case SDL_MOUSEBUTTONDOWN: return e->button.windowID == id;
    case SDL_MOUSEWHEEL: return e->wheel.windowID == id;
    default: return false;
    }
}
