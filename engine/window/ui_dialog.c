/* ui_dialog: the questions asked before anything is lost: leaving a
 * playthrough, quitting. A dialog sits over any screen and takes every key. */
#include "ui_internal.h"

static const char *const dialog_buttons[][2] = {
    [DIALOG_LEAVE] = {"Keep playing", "Leave"},
    [DIALOG_QUIT] = {"Stay", "Quit leadsim"},
};

void ui_dialog_open(App *app, DialogId dialog)
{
    app->dialog.open = dialog;
    app->dialog.focus = 0;               /* the safe answer */
    app->dirty = true;
}

void ui_dialog_answer(App *app, int button)
{
    DialogId dialog = app->dialog.open;
    app->dialog.open = DIALOG_NONE;
    app->dirty = true;
    if (button != 1)
        return;
    if (dialog == DIALOG_LEAVE)
        ui_to_library(app);
    else if (dialog == DIALOG_QUIT)
        app->quit = true;
}

void ui_dialog_draw(App *app)
{
    /* Dim the screen, then a centered panel. */
    SDL_SetRenderDrawBlendMode(app->renderer, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(app->renderer, 0, 0, 0, 170);
    SDL_RenderFillRect(app->renderer, NULL);
    SDL_SetRenderDrawBlendMode(app->renderer, SDL_BLENDMODE_NONE);
    app->hit_count = app->ring_count = 0;       /* only the dialog can be clicked */
    const char *title = app->dialog.open == DIALOG_LEAVE ? app->room.open ? "Leave this room?" : "Leave this playthrough?"
                                                         : "Quit leadsim?";
    const char *body = app->dialog.open != DIALOG_LEAVE ? "You can come back at any time; nothing is lost."
                       : app->room.open ? "The room is saved: leadsim facilitate with --resume continues it."
                       : ui_records_saving(app) ? "Your choices so far are saved: Continue on the library picks up "
                                                  "where you left off."
                                                : "Your choices so far will not be kept, and there will be no debrief.";
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
                  dialog_buttons[app->dialog.open][i], i == 0, app->dialog.focus == i, ACT_DIALOG, i);
}

void ui_dialog_key(App *app, SDL_Keycode key)
{
    if (key == SDLK_ESCAPE) {
        ui_dialog_answer(app, 0);
    } else if (key == SDLK_RETURN || key == SDLK_KP_ENTER || key == SDLK_SPACE) {
        ui_dialog_answer(app, app->dialog.focus);
    } else if (key == SDLK_LEFT || key == SDLK_RIGHT || key == SDLK_TAB || key == SDLK_UP || key == SDLK_DOWN ||
               key == SDLK_PAGEUP || key == SDLK_PAGEDOWN) {
        app->dialog.focus = 1 - app->dialog.focus;
        app->dirty = true;
    }
}

/* ---- the error screen -------------------------------------------------------------------------- */
