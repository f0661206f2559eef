/* ui_reactions: before any score, how it felt and which decision mattered
 * most, written in the player's words. PageDown (a clicker) moves on and
 * leaves what was not written empty. */
#include "ui_internal.h"

static void reactions_enter(App *app) { ui_writing_enter(app, &app->reactions, PROMPT_FEELING); }

static void reactions_draw(App *app)
{
    static const char *const labels[] = {"Next"};
    static const Action actions[] = {ACT_NEXT};
    ui_writing_draw(app, &app->reactions, labels, actions, 1,
                    "Type, then Enter: next box   PageDown: move on   Esc: library");
}

static void reactions_key(App *app, SDL_Keycode key)
{
    if (key == SDLK_ESCAPE)
        ui_to_library(app);
    else if (ui_writing_field_key(app, &app->reactions, key) > 0)
        ui_ask_next(app);            /* PageDown, or Enter past the last box */
}

static void reactions_click(App *app, const Hit *hit)
{
    if (hit->action == ACT_NEXT)
        ui_ask_next(app);
    else
        ui_writing_click(app, &app->reactions, hit);
}

static void reactions_text(App *app, const char *utf8) { ui_writing_text(app, &app->reactions, utf8); }
static int reactions_timer(const App *app, uint32_t now) { return ui_writing_timer(app, &app->reactions, now); }
static void reactions_tick(App *app, uint32_t now) { ui_writing_tick(app, &app->reactions, now); }

const Screen screen_reactions = {
    .name = "reactions", .enter = reactions_enter, .draw = reactions_draw, .key = reactions_key,
    .click = reactions_click, .text = reactions_text, .timer = reactions_timer, .tick = reactions_tick,
};
