/* ui_estimate: before any score, the player rates each domain 1 to 5. Keys
 * 1-5 rate the focused row and move on to the next, arrows move and change,
 * 0 or Delete clears, the mouse picks a number; any row may stay empty.
 * PageDown (a clicker) moves on and leaves the rest empty. */
#include "ui_internal.h"

#include <stdio.h>

typedef struct {
    UiColumn c;
    int chip, gap, label_w, pad;
} EstimateGeometry;

static const DocBlock *estimate_prompt(const App *app, int k)
{
    return &app->debrief.doc.blocks[app->estimate.run.prompts[k]];
}

static int estimate_value(const App *app, int k)
{
    int domain = estimate_prompt(app, k)->target;
    return domain >= 0 && domain < DOC_MAX_DOMAINS ? app->debrief.doc.answers.estimate[domain] : 0;
}

static void estimate_set(App *app, int k, int value)
{
    char text[16];
    snprintf(text, sizeof text, "%d", value);
    debrief_doc_answer(&app->debrief.doc, estimate_prompt(app, k), text);   /* 0 clears */
    app->dirty = true;
}

static void estimate_enter(App *app)
{
    ui_ask_run(&app->debrief.doc, PROMPT_ESTIMATE, &app->estimate.run);
    app->focus = 0;
}

static EstimateGeometry estimate_geometry(const App *app)
{
    EstimateGeometry g;
    g.c = ui_ask_column(app);
    g.pad = ui_px(app, 0.8);
    g.chip = fonts_line_height(app->fonts, FONT_BODY_BOLD) + ui_px(app, 1.5);
    g.gap = ui_px(app, 1);
    g.label_w = g.c.width - 2 * g.pad - DOC_ESTIMATE_MAX * (g.chip + g.gap) - ui_px(app, 2);
    return g;
}

static int estimate_row_height(App *app, const EstimateGeometry *g, int k)
{
    const UiText *t = ui_wrapped(app, estimate_prompt(app, k)->text, FONT_BODY, g->label_w);
    int label = ui_lines_height(app, t, 0, t->count);
    return (label > g->chip ? label : g->chip) + 2 * g->pad;
}

/* One domain: its name, then the numbers 1 to 5; the chosen one filled (and outlined, not by colour alone). */
static void estimate_row(App *app, const EstimateGeometry *g, int k, int y)
{
    SDL_Rect row = {g->c.x, y, g->c.width, estimate_row_height(app, g, k)};
    bool focused = app->focus == k;
    int radius = ui_px(app, 0.8);
    ui_round(app, row, radius, focused ? app->theme.surface_hover : app->theme.surface);
    if (focused)
        ui_focus_ring(app, row, radius);
    const UiText *t = ui_wrapped(app, estimate_prompt(app, k)->text, FONT_BODY, g->label_w);
    int label_h = ui_lines_height(app, t, 0, t->count);
    ui_draw_lines(app, t, 0, t->count, row.x + g->pad, y + (row.h - label_h) / 2, app->theme.text, row);
    int value = estimate_value(app, k);
    int x = row.x + row.w - g->pad - DOC_ESTIMATE_MAX * (g->chip + g->gap) + g->gap;
    for (int v = 1; v <= DOC_ESTIMATE_MAX; v++, x += g->chip + g->gap) {
        SDL_Rect chip = {x, y + (row.h - g->chip) / 2, g->chip, g->chip};
        char number[16];
        snprintf(number, sizeof number, "%d", v);
        bool chosen = v == value;
        ui_round(app, chip, radius, chosen ? app->theme.accent : app->theme.background);
        ui_outline(app, chip, radius, chosen ? 3 : 1, chosen ? app->theme.text : app->theme.muted);
        int tw = ui_text_width(app, FONT_BODY_BOLD, number);
        ui_text(app, FONT_BODY_BOLD, chosen ? app->theme.accent_text : app->theme.text, chip.x + (chip.w - tw) / 2,
                chip.y + (chip.h - fonts_line_height(app->fonts, FONT_BODY_BOLD)) / 2, number, chip);
        ui_hit(app, chip, ACT_PICK, k * (DOC_ESTIMATE_MAX + 1) + v);
    }
}

static void estimate_draw(App *app)
{
    EstimateGeometry g = estimate_geometry(app);
    const AskRun *run = &app->estimate.run;
    int y = g.c.top + ui_ask_intro(app, run, g.c.x, g.c.top, g.c.width);
    for (int k = 0; k < run->prompt_count; k++) {
        estimate_row(app, &g, k, y);
        y += estimate_row_height(app, &g, k) + ui_px(app, 0.8);
    }
    const char *label = "Next";
    int bh = fonts_line_height(app->fonts, FONT_BODY_BOLD) + ui_px(app, 2.5);
    int bw = ui_text_width(app, FONT_BODY_BOLD, label) + ui_px(app, 8);
    ui_button(app, (SDL_Rect){g.c.x + g.c.width - bw, y + ui_px(app, 1.5), bw, bh}, label, true,
              app->focus == run->prompt_count, ACT_NEXT, 0);
    ui_footer(app, "1-5: rate   Up/Down: move   0: clear   PageDown: move on   Esc: library", NULL);
}

static void estimate_key(App *app, SDL_Keycode key)
{
    int n = app->estimate.run.prompt_count, k = app->focus;
    int digit = key >= SDLK_0 && key <= SDLK_9 ? (int)(key - SDLK_0)
              : key >= SDLK_KP_1 && key <= SDLK_KP_9 ? (int)(key - SDLK_KP_1) + 1 : key == SDLK_KP_0 ? 0 : -1;
    bool on_row = k >= 0 && k < n;
    if (key == SDLK_ESCAPE) {
        ui_to_library(app);
    } else if (key == SDLK_PAGEDOWN || (ui_is_next(key) && key != SDLK_RIGHT && !on_row)) {
        ui_ask_next(app);
    } else if (on_row && digit >= 0 && digit <= DOC_ESTIMATE_MAX) {
        estimate_set(app, k, digit);
        app->focus = digit > 0 ? k + 1 : k;
    } else if (on_row && (key == SDLK_DELETE || key == SDLK_BACKSPACE)) {
        estimate_set(app, k, 0);
    } else if (on_row && (key == SDLK_LEFT || key == SDLK_RIGHT)) {
        int v = estimate_value(app, k) + (key == SDLK_RIGHT ? 1 : -1);
        estimate_set(app, k, v < 0 ? 0 : v > DOC_ESTIMATE_MAX ? DOC_ESTIMATE_MAX : v);
    } else if (key == SDLK_DOWN || key == SDLK_TAB || key == SDLK_RETURN || key == SDLK_KP_ENTER || key == SDLK_SPACE) {
        app->focus = k < n ? k + 1 : n;
    } else if ((key == SDLK_UP || key == SDLK_PAGEUP) && k > 0) {
        app->focus = k - 1;
    }
    app->dirty = true;
}

static void estimate_click(App *app, const Hit *hit)
{
    if (hit->action == ACT_NEXT) {
        ui_ask_next(app);
    } else if (hit->action == ACT_PICK) {
        int k = hit->index / (DOC_ESTIMATE_MAX + 1), v = hit->index % (DOC_ESTIMATE_MAX + 1);
        app->focus = k;
        estimate_set(app, k, v == estimate_value(app, k) ? 0 : v);   /* a second click clears */
    }
}

const Screen screen_estimate = {
    .name = "estimate", .enter = estimate_enter, .draw = estimate_draw, .key = estimate_key,
    .click = estimate_click,
};
