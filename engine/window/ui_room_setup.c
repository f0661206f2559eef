/* ui_room_setup: Facilitate on a library card: the teams, the timer and the
 * leaderboard, then Start. Four rows; Up/Down (or PageUp/PageDown) move between
 * them, Left/Right change the timer, Enter or Space toggles and starts. */
#include "ui_internal.h"

#include <string.h>

static const int setup_timers[] = {0, 60, 120, 180, 240, 300, 420, 600, 900};
#define SETUP_TIMERS ((int)(sizeof setup_timers / sizeof *setup_timers))
enum { SETUP_TEAMS, SETUP_TIMER, SETUP_LEADERBOARD, SETUP_START, SETUP_ROWS };

void ui_room_setup_open(App *app, const char *path)
{
    RoomState *s = &app->room;
    snprintf(s->setup_path, sizeof s->setup_path, "%s", path);
    if (s->teams.length == 0 && s->timer_choice == 0) {
        ui_field_set(&s->teams, "Red,Blue,Green");
        s->timer_choice = 5;             /* five minutes, as leadsim facilitate */
    }
    s->setup_focus = SETUP_TEAMS;
    s->setup_error[0] = '\0';
    ui_goto(app, SCREEN_ROOM_SETUP);
}

static void setup_focus(App *app, int focus)
{
    RoomState *s = &app->room;
    s->setup_focus = (focus + SETUP_ROWS) % SETUP_ROWS;
    ui_typing(app, s->setup_focus == SETUP_TEAMS);
    app->dirty = true;
}

static void setup_start(App *app)
{
    RoomState *s = &app->room;
    char path[4096];
    snprintf(path, sizeof path, "%s", s->setup_path);
    ui_typing(app, false);
    ui_room_start(app, path, s->teams.text, setup_timers[s->timer_choice], s->leaderboard, false, 0);
}

static void setup_row(App *app, SDL_Rect r, int row, const char *label, const char *value)
{
    bool focused = app->room.setup_focus == row;
    ui_hit(app, r, ACT_PICK, row);
    ui_round(app, r, ui_px(app, 1), focused ? app->theme.surface_hover : app->theme.surface);
    if (focused)
        ui_focus_ring(app, r, ui_px(app, 1));
    ui_text(app, FONT_BODY_BOLD, app->theme.text, r.x + ui_px(app, 2), r.y + ui_px(app, 1.2), label, r);
    if (value)
        ui_text(app, FONT_BODY, app->theme.text, r.x + r.w / 3, r.y + ui_px(app, 1.2), value, r);
}

static void setup_draw(App *app)
{
    RoomState *s = &app->room;
    int margin = ui_px(app, 8), y = ui_px(app, 6), w = app->w - 2 * margin;
    int line = fonts_line_height(app->fonts, FONT_BODY_BOLD) + ui_px(app, 2.4);
    SDL_Rect all = {margin, 0, w, app->h};
    const char *title = NULL;            /* which scenario, as its card said */
    for (int i = 0; i < app->library.count; i++)
        if (strcmp(app->library.entries[i].path, s->setup_path) == 0)
            title = app->library.entries[i].title;
    char heading[600], fitted[600];
    snprintf(heading, sizeof heading, "Facilitate: %s", title ? title : "a room");
    ui_text(app, FONT_TITLE, app->theme.text, margin, y,
            ui_ellipsize(app, FONT_TITLE, heading, w, fitted, sizeof fitted), all);
    y += fonts_line_height(app->fonts, FONT_TITLE) + ui_px(app, 3);
    ui_text(app, FONT_BODY, app->theme.muted, margin, y, "Teams, separated by commas (none: the room votes as one)",
            all);
    y += fonts_line_height(app->fonts, FONT_BODY) + ui_px(app, 1);
    SDL_Rect field = {margin, y, w, ui_field_height(app, 1)};
    ui_hit(app, field, ACT_PICK, SETUP_TEAMS);
    ui_field_draw(app, &s->teams, field, s->setup_focus == SETUP_TEAMS, s->setup_focus == SETUP_TEAMS);
    y += field.h + ui_px(app, 3);
    char timer[64];
    int seconds = setup_timers[s->timer_choice];
    snprintf(timer, sizeof timer, seconds ? "%d:%02d  (Left/Right change it)" : "none  (Left/Right change it)",
             seconds / 60, seconds % 60);
    setup_row(app, (SDL_Rect){margin, y, w, line}, SETUP_TIMER, "Discussion timer", timer);
    y += line + ui_px(app, 1.5);
    setup_row(app, (SDL_Rect){margin, y, w, line}, SETUP_LEADERBOARD, "Leaderboard",
              s->leaderboard ? "on: teams are ranked at the end" : "off");
    y += line + ui_px(app, 3);
    int bw = ui_text_width(app, FONT_BODY_BOLD, "Start the room") + ui_px(app, 10);
    ui_button(app, (SDL_Rect){margin, y, bw, line}, "Start the room", true, s->setup_focus == SETUP_START, ACT_NEXT,
              0);
    if (s->setup_error[0])
        ui_text(app, FONT_BODY, app->theme.error, margin, y + line + ui_px(app, 2), s->setup_error, all);
    ui_footer(app, "Up/Down: move   Left/Right: timer   Enter: change or start   Esc: back to the library", NULL);
}

static void setup_key(App *app, SDL_Keycode key)
{
    RoomState *s = &app->room;
    if (key == SDLK_ESCAPE) {
        ui_to_library(app);
        return;
    }
    if (s->setup_focus == SETUP_TEAMS && ui_field_key(&s->teams, key, app->key_mod)) {
        app->dirty = true;
        return;
    }
    if (key == SDLK_UP || key == SDLK_PAGEUP || (key == SDLK_TAB && (app->key_mod & KMOD_SHIFT))) {
        setup_focus(app, s->setup_focus - 1);
    } else if (key == SDLK_DOWN || key == SDLK_PAGEDOWN || key == SDLK_TAB) {
        setup_focus(app, s->setup_focus + 1);
    } else if (s->setup_focus == SETUP_TIMER && (key == SDLK_LEFT || key == SDLK_RIGHT)) {
        s->timer_choice = (s->timer_choice + (key == SDLK_RIGHT ? 1 : SETUP_TIMERS - 1)) % SETUP_TIMERS;
        app->dirty = true;
    } else if (key == SDLK_RETURN || key == SDLK_KP_ENTER || (key == SDLK_SPACE && s->setup_focus != SETUP_TEAMS)) {
        if (s->setup_focus == SETUP_LEADERBOARD)
            s->leaderboard = !s->leaderboard;
        else if (s->setup_focus == SETUP_START)
            setup_start(app);
        else
            setup_focus(app, s->setup_focus + 1);
        app->dirty = true;
    }
}

static void setup_text(App *app, const char *utf8)
{
    ui_field_insert(&app->room.teams, utf8);
    app->dirty = true;
}

static void setup_click(App *app, const Hit *hit)
{
    if (hit->action == ACT_NEXT) {
        setup_start(app);
        return;
    }
    setup_focus(app, hit->index);
    if (hit->index == SETUP_LEADERBOARD)
        app->room.leaderboard = !app->room.leaderboard;
    else if (hit->index == SETUP_TIMER)
        app->room.timer_choice = (app->room.timer_choice + 1) % SETUP_TIMERS;
}

static void setup_enter(App *app) { ui_typing(app, app->room.setup_focus == SETUP_TEAMS); }

const Screen screen_room_setup = {
    .name = "room-setup", .enter = setup_enter, .draw = setup_draw, .key = setup_key, .click = setup_click,
    .text = setup_text,
};
