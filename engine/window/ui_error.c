/* ui_error: a scenario that cannot load or stopped with an error. The game is
 * fine, and says so; the message names the file and line for the author. */
#include "ui_internal.h"
#include "visible.h"

#include <stdlib.h>
#include <string.h>

void ui_show_error(App *app, const char *title, const char *text)
{
    snprintf(app->error.title, sizeof app->error.title, "%s", title);
    free(app->error.text);
    app->error.text = strdup(text);
    visible_write(stderr, text, true);         /* what a scenario wrote, never raw to the terminal */
    fputc('\n', stderr);
    ui_goto(app, SCREEN_ERROR);
}

static void error_enter(App *app) { app->focus = 0; }

static void error_draw(App *app)
{
    int margin = ui_px(app, 6), width = app->w - 2 * margin;
    if (width > ui_px(app, 150))
        width = ui_px(app, 150);
    int x = (app->w - width) / 2, y = ui_px(app, 8);
    SDL_Rect box = {x, y, width, app->h - 2 * y};
    ui_text(app, FONT_TITLE, app->theme.text, x, y, app->error.title, box);
    y += fonts_line_height(app->fonts, FONT_TITLE) + ui_px(app, 2);
    const UiText *t = ui_wrapped(app, "The game is fine: the problem is in the scenario file. Its author can fix "
                                      "it at the line named below; leadsim check FILE lists every problem.",
                                 FONT_BODY, width);
    ui_draw_lines(app, t, 0, t->count, x, y, app->theme.muted, box);
    y += ui_lines_height(app, t, 0, t->count) + ui_px(app, 3);
    SDL_Rect panel = {x, y, width, 0};
    t = ui_wrapped(app, app->error.text ? app->error.text : "", FONT_BODY, width - ui_px(app, 6));
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

static void error_key(App *app, SDL_Keycode key)
{
    if (key == SDLK_ESCAPE || key == SDLK_RETURN || key == SDLK_KP_ENTER || key == SDLK_SPACE)
        ui_to_library(app);
}

static void error_free(App *app)
{
    free(app->error.text);
    app->error.text = NULL;
}

const Screen screen_error = {
    .name = "error", .enter = error_enter, .draw = error_draw, .key = error_key, .free = error_free,
};
