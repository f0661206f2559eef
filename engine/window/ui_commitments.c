/* ui_commitments: after the debrief's pages, up to two things the player will
 * do at work, in their words; then play again or go back to the library.
 * PageDown (a clicker) leaves what was not written empty and focuses "Back to
 * the library"; PageDown again takes it, as on the debrief's last page. */
#include "ui_internal.h"

enum { BUTTON_REPLAY, BUTTON_LIBRARY };

static void commitments_enter(App *app) { ui_writing_enter(app, &app->commitments, PROMPT_COMMITMENT); }

static void commitments_draw(App *app)
{
    static const char *const labels[] = {"Play again", "Back to the library"};
    static const Action actions[] = {ACT_REPLAY, ACT_TO_LIBRARY};
    const WritingScreen *w = &app->commitments;
    ui_writing_draw(app, &app->commitments, labels, actions, 2,
                    w->focus < w->run.prompt_count
                        ? "Type, then Enter: next box   PageDown: move on   PageUp: back   Esc: library"
                        : "Enter: the focused button   Tab: the other one   PageUp: back   Esc: library");
}

static void commitments_button_key(App *app, SDL_Keycode key)
{
    WritingScreen *w = &app->commitments;
    int button = w->focus - w->run.prompt_count;
    if (key == SDLK_TAB || key == SDLK_LEFT || key == SDLK_RIGHT || key == SDLK_DOWN) {
        ui_writing_focus(app, w, w->run.prompt_count + 1 - button);
    } else if (key == SDLK_UP || key == SDLK_PAGEUP) {
        ui_writing_focus(app, w, w->run.prompt_count - 1);
    } else if (ui_is_next(key) && button == BUTTON_REPLAY) {
        app->seed = 0;
        ui_start_playthrough(app, app->play_path);
    } else if (ui_is_next(key)) {
        ui_to_library(app);
    }
}

static void commitments_key(App *app, SDL_Keycode key)
{
    WritingScreen *w = &app->commitments;
    if (key == SDLK_ESCAPE) {
        ui_to_library(app);
        return;
    }
    if (w->focus >= w->run.prompt_count) {
        commitments_button_key(app, key);
        return;
    }
    int move = ui_writing_field_key(app, w, key);
    if (move > 0)
        ui_writing_focus(app, w, w->run.prompt_count + BUTTON_LIBRARY);
    else if (move < 0) {
        ui_goto(app, SCREEN_DEBRIEF);    /* back to the last page */
        ui_debrief_goto(app, app->debrief.page_count - 1);
    }
}

static void commitments_click(App *app, const Hit *hit) { ui_writing_click(app, &app->commitments, hit); }
static void commitments_text(App *app, const char *utf8) { ui_writing_text(app, &app->commitments, utf8); }
static int commitments_timer(const App *app, uint32_t now) { return ui_writing_timer(app, &app->commitments, now); }
static void commitments_tick(App *app, uint32_t now) { ui_writing_tick(app, &app->commitments, now); }

const Screen screen_commitments = {
    .name = "commitments", .enter = commitments_enter, .draw = commitments_draw, .key = commitments_key,
    .click = commitments_click, .text = commitments_text, .timer = commitments_timer, .tick = commitments_tick,
};
