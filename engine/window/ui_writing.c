/* ui_writing: what the screens of written answers share (the reactions, the
 * commitments): the document's introducing blocks, each prompt's question
 * with a box to write in, and the keys. Every edit is kept in the document
 * at once, so nothing typed is lost by moving on. A clicker's PageDown moves
 * on and leaves the rest empty. */
#include "ui_internal.h"

typedef struct {
    int x, width, top, bottom;   /* the column, as every prompt screen has it */
    int lines;                   /* of each box */
    int button_h;
} WritingGeometry;

static bool writing_on_field(const WritingScreen *w) { return w->focus < w->run.prompt_count; }

static const DocBlock *writing_prompt(const App *app, const WritingScreen *w, int k)
{
    return &app->debrief.doc.blocks[w->run.prompts[k]];
}

static void writing_focus(App *app, WritingScreen *w, int focus)
{
    w->focus = focus;
    w->typed_at = SDL_GetTicks();
    ui_typing(app, writing_on_field(w));
    app->dirty = true;
}

void ui_writing_enter(App *app, WritingScreen *w, PromptKind kind)
{
    ui_ask_run(&app->debrief.doc, kind, &w->run);
    char buf[16];
    for (int k = 0; k < w->run.prompt_count; k++)
        ui_field_set(&w->fields[k], debrief_doc_answer_of(&app->debrief.doc, writing_prompt(app, w, k), buf, sizeof buf));
    app->focus = -1;
    writing_focus(app, w, 0);
}

/* ---- layout ------------------------------------------------------------------------------------------- */

static int writing_question_height(App *app, const WritingScreen *w, int k, int width)
{
    const UiText *t = ui_wrapped(app, writing_prompt(app, w, k)->text, FONT_BODY_BOLD,
                                 width - ui_field_counter_width(app));
    return ui_lines_height(app, t, 0, t->count) + ui_px(app, 1.4);   /* clear of the box's focus ring */
}

static int writing_after_box(const App *app) { return ui_px(app, 2.5); }

static WritingGeometry writing_geometry(App *app, const WritingScreen *w)
{
    WritingGeometry g;
    UiColumn c = ui_ask_column(app);
    g.x = c.x;
    g.width = c.width;
    g.top = c.top;
    g.bottom = c.bottom;
    g.button_h = fonts_line_height(app->fonts, FONT_BODY_BOLD) + ui_px(app, 2.5);
    int fixed = ui_ask_intro_height(app, &w->run, g.width) + g.button_h;
    for (int k = 0; k < w->run.prompt_count; k++)
        fixed += writing_question_height(app, w, k, g.width) + ui_field_height(app, 0) + writing_after_box(app);
    int n = w->run.prompt_count > 0 ? w->run.prompt_count : 1;
    g.lines = (g.bottom - g.top - fixed) / (n * fonts_line_height(app->fonts, UI_FIELD_STYLE));
    g.lines = g.lines > 4 ? 4 : g.lines < 1 ? 1 : g.lines;
    return g;
}

/* ---- drawing ----------------------------------------------------------------------------------------------- */

/* The buttons under the boxes: `labels` with their actions; the last is primary. */
static void writing_buttons(App *app, const WritingScreen *w, const WritingGeometry *g, int y,
                            const char *const *labels, const Action *actions, int count)
{
    int x = g->x + g->width, gap = ui_px(app, 3);
    for (int i = count - 1; i >= 0; i--) {
        int bw = ui_text_width(app, FONT_BODY_BOLD, labels[i]) + ui_px(app, 8);
        x -= bw;
        bool focused = w->focus == w->run.prompt_count + i;
        ui_button(app, (SDL_Rect){x, y, bw, g->button_h}, labels[i], i == count - 1, focused, actions[i], i);
        x -= gap;
    }
}

void ui_writing_draw(App *app, WritingScreen *w, const char *const *labels, const Action *actions, int count,
                     const char *hint)
{
    WritingGeometry g = writing_geometry(app, w);
    int y = g.top + ui_ask_intro(app, &w->run, g.x, g.top, g.width);
    bool caret = ui_field_caret_on(app, w->typed_at, SDL_GetTicks());
    w->caret_drawn = caret;
    for (int k = 0; k < w->run.prompt_count; k++) {
        const UiText *q = ui_wrapped(app, writing_prompt(app, w, k)->text, FONT_BODY_BOLD,
                                     g.width - ui_field_counter_width(app));
        ui_draw_lines(app, q, 0, q->count, g.x, y, app->theme.text, (SDL_Rect){g.x, y, g.width, g.bottom - y});
        y += writing_question_height(app, w, k, g.width);
        SDL_Rect box = {g.x, y, g.width, ui_field_height(app, g.lines)};
        ui_hit(app, box, ACT_PICK, k);
        ui_field_draw(app, &w->fields[k], box, w->focus == k, caret);
        y += box.h + writing_after_box(app);
    }
    writing_buttons(app, w, &g, y, labels, actions, count);
    ui_footer(app, hint, NULL);
}

/* ---- keys and text ---------------------------------------------------------------------------------------- */

static void writing_keep(App *app, WritingScreen *w)
{
    debrief_doc_answer(&app->debrief.doc, writing_prompt(app, w, w->focus), w->fields[w->focus].text);
    w->typed_at = SDL_GetTicks();
    app->dirty = true;
}

void ui_writing_text(App *app, WritingScreen *w, const char *utf8)
{
    if (!writing_on_field(w))
        return;
    ui_field_insert(&w->fields[w->focus], utf8);
    writing_keep(app, w);
}

/* Keys while a box has the focus: 0 when the box took it (every key but these is typing,
 * not a command), +1 to move on (PageDown, or forward past the last box), -1 for back
 * before the first. */
int ui_writing_field_key(App *app, WritingScreen *w, SDL_Keycode key)
{
    bool back = ((app->key_mod & KMOD_SHIFT) && key == SDLK_TAB) || key == SDLK_UP || key == SDLK_PAGEUP;
    bool forward = !back && (key == SDLK_TAB || key == SDLK_RETURN || key == SDLK_KP_ENTER || key == SDLK_DOWN);
    if (key == SDLK_PAGEDOWN)
        return +1;
    if (back || forward) {
        int to = w->focus + (back ? -1 : +1);
        if (to < 0 || to >= w->run.prompt_count)
            return back ? -1 : +1;
        writing_focus(app, w, to);
        return 0;
    }
    if (ui_field_key(&w->fields[w->focus], key, app->key_mod))
        writing_keep(app, w);
    return 0;
}

void ui_writing_click(App *app, WritingScreen *w, const Hit *hit)
{
    if (hit->action == ACT_PICK && hit->index < w->run.prompt_count)
        writing_focus(app, w, hit->index);
}

void ui_writing_focus(App *app, WritingScreen *w, int focus) { writing_focus(app, w, focus); }

int ui_writing_timer(const App *app, const WritingScreen *w, uint32_t now)
{
    return ui_field_timer(app, w->typed_at, now);
}

/* The caret blinks: redraw when it turns on or off. */
void ui_writing_tick(App *app, WritingScreen *w, uint32_t now)
{
    if (app->typing && ui_field_caret_on(app, w->typed_at, now) != w->caret_drawn)
        app->dirty = true;
}
