/* ui_ask: the debrief's steps in PEARLS order, and what the screens that ask
 * something share. Reactions and the self-estimate come before any score,
 * then the debrief's pages, then the commitments. A step is taken only when
 * the document asks its questions (an interactive debrief); every word shown
 * comes from the document's blocks. */
#include "ui_internal.h"

#include <string.h>

typedef struct {
    ScreenId screen;
    PromptKind kind;             /* the prompts it asks */
    bool asks;                   /* false: the debrief's pages, always a step */
} Step;

static const Step steps[] = {
    {SCREEN_REACTIONS, PROMPT_FEELING, true},
    {SCREEN_ESTIMATE, PROMPT_ESTIMATE, true},
    {SCREEN_DEBRIEF, PROMPT_FEELING, false},
    {SCREEN_COMMITMENTS, PROMPT_COMMITMENT, true},
};
#define STEP_COUNT ((int)(sizeof steps / sizeof *steps))

/* Prompts asked together on one screen: how it felt and what mattered are one step. */
static PromptKind ask_family(PromptKind kind) { return kind == PROMPT_MATTERED ? PROMPT_FEELING : kind; }

bool ui_ask_run(const DebriefDoc *doc, PromptKind kind, AskRun *run)
{
    memset(run, 0, sizeof *run);
    run->first = 1;
    run->last = 0;
    int at = -1;
    for (int i = 0; i < doc->block_count && at < 0; i++)
        if (doc->blocks[i].kind == BLOCK_PROMPT && ask_family(doc->blocks[i].prompt) == ask_family(kind))
            at = i;
    if (at < 0)
        return false;
    run->first = at;
    while (run->first > 0 && doc->blocks[run->first - 1].asks && doc->blocks[run->first - 1].kind != BLOCK_PROMPT)
        run->first--;
    for (run->last = at; run->last < doc->block_count; run->last++) {
        const DocBlock *b = &doc->blocks[run->last];
        if (b->kind != BLOCK_PROMPT || ask_family(b->prompt) != ask_family(kind) || run->prompt_count == UI_MAX_PROMPTS)
            break;
        run->prompts[run->prompt_count++] = run->last;
    }
    run->last--;
    return true;
}

static bool ui_step_open(const App *app, int step)
{
    AskRun run;
    return !steps[step].asks || (app->debrief.asks && ui_ask_run(&app->debrief.doc, steps[step].kind, &run));
}

static void ui_step_goto(App *app, int from)
{
    for (int s = from; s < STEP_COUNT; s++)
        if (ui_step_open(app, s)) {
            ui_goto(app, steps[s].screen);
            return;
        }
    ui_to_library(app);
}

/* From the ending: the document, then its first step. */
void ui_to_debrief(App *app)
{
    if (ui_debrief_build_doc(app, app->interactive))
        ui_step_goto(app, 0);
}

void ui_ask_next(App *app)
{
    int at = 0;
    while (at < STEP_COUNT && steps[at].screen != app->screen)
        at++;
    ui_step_goto(app, at + 1);
}

/* After --watch reloaded the scenario: the document again, with the answers given, on the
 * same step (and page). */
void ui_ask_reopen(App *app, ScreenId screen, int page, const DocAnswers *answers)
{
    char player[sizeof app->debrief.doc.player];
    snprintf(player, sizeof player, "%s", app->debrief.doc.player);
    bool answered = app->debrief.answered;
    if (!(app->records.past ? ui_debrief_build_past(app, answered, player)   /* still that attempt's */
                            : ui_debrief_build_doc(app, app->interactive)))
        return;
    app->debrief.doc.answers = *answers;
    for (int s = 0; s < STEP_COUNT; s++)
        if (steps[s].screen == screen && ui_step_open(app, s)) {
            ui_goto(app, screen);
            if (screen == SCREEN_DEBRIEF)
                ui_debrief_goto(app, page);
            return;
        }
    ui_step_goto(app, 0);
}

/* The column every prompt screen uses. */
UiColumn ui_ask_column(const App *app) { return ui_column(app, 34, ui_px(app, 4)); }

/* ---- the blocks that introduce a step's prompts ------------------------------------------------- */

FontStyle ui_block_style(const DocBlock *b)
{
    if (b->kind == BLOCK_SECTION)
        return FONT_TITLE;
    if (b->kind == BLOCK_HEADING)
        return b->tone == TONE_NOTE ? FONT_SMALL_BOLD : b->tone == TONE_BODY ? FONT_HEADING : FONT_BODY_BOLD;
    switch (b->tone) {
    case TONE_LEAD: return FONT_BODY_BOLD;
    case TONE_NOTE: case TONE_POSITIVE: return FONT_SMALL;
    default: return FONT_BODY;
    }
}

Color ui_block_color(const App *app, const DocBlock *b)
{
    switch (b->tone) {
    case TONE_NOTE: return app->theme.muted;
    case TONE_ACCENT: return app->theme.accent;
    case TONE_POSITIVE: return app->theme.positive;
    case TONE_LEAD: return b->kind == BLOCK_HEADING ? app->theme.text : app->theme.accent;
    default: return app->theme.text;
    }
}

/* Draws (or, with draw false, measures) the run's blocks before its first prompt. */
static int ui_ask_blocks(App *app, const AskRun *run, int x, int y, int width, bool draw)
{
    const DebriefDoc *doc = &app->debrief.doc;
    int top = y;
    for (int i = run->first; i <= run->last && doc->blocks[i].kind != BLOCK_PROMPT; i++) {
        const DocBlock *b = &doc->blocks[i];
        FontStyle style = ui_block_style(b);
        const UiText *t = ui_wrapped(app, b->text, style, width);
        if (draw)
            ui_draw_lines(app, t, 0, t->count, x, y, ui_block_color(app, b), (SDL_Rect){x, y, width, app->h - y});
        y += ui_lines_height(app, t, 0, t->count) + ui_px(app, b->kind == BLOCK_PARAGRAPH ? 2 : 1);
    }
    return y - top;
}

int ui_ask_intro(App *app, const AskRun *run, int x, int y, int width)
{
    return ui_ask_blocks(app, run, x, y, width, true);
}

int ui_ask_intro_height(App *app, const AskRun *run, int width)
{
    return ui_ask_blocks(app, run, 0, 0, width, false);
}
