/* ui_debrief: the debrief's pages. It renders the debrief document's blocks
 * and words nothing itself: tones become fonts and colours, each section a
 * new page and a tab, the chart the domains' bars with the player's
 * self-estimate beside each. The flow is cut into pages that fit the screen;
 * a section always starts a page. The prompts are asked on their own screens
 * (ui_ask.c), so here the blocks that ask are left out. */
#include "ui_internal.h"

#include <stdlib.h>
#include <string.h>

/* ---- building the flow ------------------------------------------------------------------------ */

typedef struct {
    App *app;
    int section;                 /* the tab, from 0: sections shown, in order */
} Flow;

static Item *flow_add(Flow *f, ItemKind kind, FontStyle style, int color, const char *text)
{
    DebriefScreen *d = &f->app->debrief;
    if (d->item_count == d->item_capacity) {
        int capacity = d->item_capacity ? d->item_capacity * 2 : 64;
        Item *grown = realloc(d->items, (size_t)capacity * sizeof *grown);
        if (grown == NULL)
            return NULL;
        d->items = grown;
        d->item_capacity = capacity;
    }
    Item *it = &d->items[d->item_count++];
    memset(it, 0, sizeof *it);
    it->kind = kind;
    it->section = f->section;
    it->style = style;
    it->color = color;
    it->text = text ? strdup(text) : NULL;
    it->chart_color = -1;
    return it;
}

/* A past attempt's answer worth a line: a reaction (said skipped when it was), a commitment only
 * when written; its estimates are on the chart. */
static bool debrief_answer_shows(const DebriefDoc *doc, const DocBlock *b)
{
    char buf[32];
    return b->kind == BLOCK_PROMPT && b->prompt != PROMPT_ESTIMATE &&
           (b->prompt != PROMPT_COMMITMENT || debrief_doc_answer_of(doc, b, buf, sizeof buf)[0]);
}

/* A block the window shows on its pages: not a prompt, nor words that only introduce one. A past
 * attempt's answers are shown where they were asked, under their section and heading. */
static bool debrief_shows(const App *app, int at)
{
    const DebriefDoc *doc = &app->debrief.doc;
    const DocBlock *b = &doc->blocks[at];
    if (app->debrief.answered && b->kind == BLOCK_PROMPT)
        return debrief_answer_shows(doc, b);
    if (app->debrief.answered && b->asks && (b->kind == BLOCK_SECTION || b->kind == BLOCK_HEADING)) {
        for (int i = at + 1; i < doc->block_count && doc->blocks[i].kind != BLOCK_SECTION &&
                             (b->kind == BLOCK_SECTION || doc->blocks[i].kind != BLOCK_HEADING); i++)
            if (debrief_answer_shows(doc, &doc->blocks[i]))
                return true;             /* it has an answer under it */
        return false;
    }
    if (b->kind == BLOCK_PROMPT || b->asks)
        return false;
    for (int i = 0; i < doc->block_count; i++)   /* nor anything in a section that only asks */
        if (doc->blocks[i].kind == BLOCK_SECTION && doc->blocks[i].section == b->section)
            return !doc->blocks[i].asks;
    return true;
}

static void flow_section(Flow *f, const DocBlock *b)
{
    DebriefScreen *d = &f->app->debrief;
    if (d->section_count > 0 && d->section_count < UI_MAX_SECTIONS) {
        f->section = d->section_count;
        flow_add(f, ITEM_BREAK, FONT_BODY, 0, NULL);   /* the break opens the section's first page */
    }
    if (d->section_count < UI_MAX_SECTIONS)
        d->sections[d->section_count++] = b->text;
    flow_add(f, ITEM_HEADING, ui_block_style(b), 0, b->text);
}

static void flow_block(Flow *f, const DocBlock *b)
{
    Item *it = NULL;
    switch (b->kind) {
    case BLOCK_SECTION:
        flow_section(f, b);
        return;
    case BLOCK_HEADING:
        if (b->tone == TONE_BODY)
            flow_add(f, ITEM_GAP, FONT_BODY, 0, NULL);
        it = flow_add(f, ITEM_HEADING, ui_block_style(b), 0, b->text);
        break;
    case BLOCK_PARAGRAPH:
        it = flow_add(f, ITEM_TEXT, ui_block_style(b), 0, b->text);
        if (it)
            it->indent = 3 * b->indent;
        break;
    case BLOCK_ITEM: {
        char bulleted[2048];             /* a list reads as one: a bullet where the item has no number */
        bool numbered = b->text[0] >= '0' && b->text[0] <= '9';
        snprintf(bulleted, sizeof bulleted, "%s%s", numbered ? "" : "\xE2\x80\xA2 ", b->text);
        it = flow_add(f, ITEM_TEXT, ui_block_style(b), 0, bulleted);
        if (it)
            it->indent = 3 * b->indent + 2;
        break;
    }
    case BLOCK_OVERALL:
        it = flow_add(f, ITEM_BIG_SCORE, FONT_DISPLAY, 0, b->text);
        break;
    case BLOCK_CHART:
        it = flow_add(f, ITEM_CHART, FONT_BODY, 0, NULL);     /* the bars stay together */
        break;
    case BLOCK_SCORE:
        it = flow_add(f, ITEM_SCORE, FONT_BODY, 0, b->text);
        if (it)
            it->detail = b->detail ? strdup(b->detail) : NULL;
        break;
    case BLOCK_PROMPT: {                 /* a past attempt's answer, or that it was skipped */
        char answer[32], line[2048];
        const char *given = debrief_doc_answer_of(&f->app->debrief.doc, b, answer, sizeof answer);
        snprintf(line, sizeof line, "%s %s", b->text, given[0] ? given : "(skipped)");
        it = flow_add(f, ITEM_TEXT, FONT_BODY, 0, line);
        break;
    }
    case BLOCK_TEAM_CHART:               /* a room's debrief draws its own */
        return;
    }
    if (it) {
        it->block = b;
        it->score = b->score;
    }
}

static void ui_debrief_build(App *app)
{
    const DebriefDoc *doc = &app->debrief.doc;
    Flow f = {app, 0};
    app->debrief.section_count = 0;
    flow_add(&f, ITEM_HEADING, FONT_HEADING, 1, doc->title);
    for (int i = 0; i < doc->block_count; i++)
        if (debrief_shows(app, i))
            flow_block(&f, &doc->blocks[i]);
    flow_add(&f, ITEM_BUTTONS, FONT_BODY_BOLD, 0, NULL);
}

/* ---- measuring and paging ------------------------------------------------------------------------- */

static UiColumn ui_debrief_geometry(const App *app)
{
    return ui_column(app, 34, ui_px(app, 3) + fonts_line_height(app->fonts, FONT_SMALL_BOLD) + ui_px(app, 4));
}

/* A score row: the label (wrapped when long) with the detail and the value on its right,
 * then a bar across the whole width. In the chart a row is a domain: the band joins the
 * value, and the player's self-estimate is the detail and a mark on the bar. */
typedef struct {
    const char *label;
    const Score *score;
    const char *detail;          /* or NULL */
    bool band;                   /* the band follows the value */
    int chart_color;             /* index into the chart palette, or -1 for the accent */
    int estimate;                /* 1..5, 0 for none */
} ScoreLine;

typedef struct {
    char value[64];
    int value_w, detail_w, label_lines;
} ScoreRow;

static ScoreRow ui_score_row(App *app, const ScoreLine *line, int width)
{
    ScoreRow r;
    const Score *s = line->score;
    char number[32];
    if (s->assessed)
        snprintf(r.value, sizeof r.value, "%s%s%s", debrief_format(s, number, sizeof number), line->band ? "  " : "",
                 line->band ? debrief_band_name(debrief_band(s)) : "");
    else
        snprintf(r.value, sizeof r.value, "not assessed");
    r.value_w = ui_text_width(app, FONT_BODY_BOLD, r.value);
    r.detail_w = line->detail ? ui_text_width(app, FONT_SMALL, line->detail) + ui_px(app, 2.5) : 0;
    const UiText *t = ui_wrapped(app, line->label, FONT_BODY, width - r.value_w - r.detail_w - ui_px(app, 2.5));
    r.label_lines = t && t->count > 0 ? t->count : 1;
    return r;
}

static int ui_bar_height(const App *app) { return ui_px(app, 0.8) > 4 ? ui_px(app, 0.8) : 4; }

static int ui_score_height(App *app, const ScoreLine *line, int width)
{
    ScoreRow r = ui_score_row(app, line, width);
    return r.label_lines * fonts_line_height(app->fonts, FONT_BODY) + ui_px(app, 0.3) + ui_bar_height(app) +
           ui_px(app, line->estimate ? 2.4 : 1.6);
}

/* Domain i of the chart, as a score row. */
static ScoreLine ui_chart_line(const App *app, int i, char *detail, size_t size)
{
    const DebriefDoc *doc = &app->debrief.doc;
    int estimate = i < DOC_MAX_DOMAINS ? doc->answers.estimate[i] : 0;
    if (estimate > 0)
        snprintf(detail, size, "you: %d/%d", estimate, DOC_ESTIMATE_MAX);
    return (ScoreLine){doc->framework->domains[i].title, &doc->scores.domains[i], estimate > 0 ? detail : NULL, true,
                       i % THEME_CHART_COLORS, estimate};
}

static int ui_chart_height(App *app, int width)
{
    int h = 0;
    char detail[32];
    for (int i = 0; i < app->debrief.doc.framework->domain_count; i++) {
        ScoreLine line = ui_chart_line(app, i, detail, sizeof detail);
        h += ui_score_height(app, &line, width);
    }
    return h;
}

static int ui_item_height(App *app, Item *it, int width)
{
    switch (it->kind) {
    case ITEM_HEADING:
        ui_wrap(app, &it->wrapped, it->text, it->style, width);
        return ui_lines_height(app, &it->wrapped, 0, it->wrapped.count) + ui_px(app, it->style == FONT_TITLE ? 2 : 1);
    case ITEM_TEXT:
        ui_wrap(app, &it->wrapped, it->text, it->style, width - ui_px(app, it->indent));
        return ui_lines_height(app, &it->wrapped, 0, it->wrapped.count) + ui_px(app, 0.8);
    case ITEM_SCORE: {
        ScoreLine line = {it->text, it->score, it->detail, false, -1, 0};
        return ui_score_height(app, &line, width);
    }
    case ITEM_CHART:
        return ui_chart_height(app, width);
    case ITEM_BIG_SCORE:
        return fonts_line_height(app->fonts, FONT_DISPLAY) + ui_px(app, 2);
    case ITEM_GAP:
        return ui_px(app, 2);
    case ITEM_BUTTONS:
        return ui_px(app, 3) + fonts_line_height(app->fonts, FONT_BODY_BOLD) + ui_px(app, 3.2);
    case ITEM_BREAK:
        return 0;
    }
    return 0;
}

static void ui_slice_add(App *app, int item, int from, int to)
{
    if (app->debrief.slice_count == app->debrief.slice_capacity) {
        int capacity = app->debrief.slice_capacity ? app->debrief.slice_capacity * 2 : 128;
        Slice *grown = realloc(app->debrief.slices, (size_t)capacity * sizeof *grown);
        if (grown == NULL)
            return;
        app->debrief.slices = grown;
        app->debrief.slice_capacity = capacity;
    }
    app->debrief.slices[app->debrief.slice_count++] = (Slice){item, from, to};
    app->debrief.pages[app->debrief.page_count - 1].count++;
}

/* Starts a page; false when there is no room for another (the rest then overflows the last). */
static bool ui_page_add(App *app, int section)
{
    if (app->debrief.page_count == UI_MAX_PAGES)
        return false;
    app->debrief.pages[app->debrief.page_count++] = (DebriefPage){app->debrief.slice_count, 0, section};
    return true;
}

static void debrief_items_free(App *app);

/* How deep a heading sits: the section's title, then its headings by tone. */
static int ui_heading_level(const Item *it)
{
    if (it->block == NULL || it->block->kind == BLOCK_SECTION)
        return 0;
    return it->block->tone == TONE_BODY ? 1 : it->block->tone == TONE_LEAD ? 2 : 3;
}

/* The end of item i's group: up to the next heading that comes after some content. */
static int ui_group_end(const App *app, int i, int *height)
{
    const Item *items = app->debrief.items;
    bool content = false;
    int j = i + 1;
    *height = items[i].height;
    for (; j < app->debrief.item_count && items[j].kind != ITEM_BREAK; j++) {
        if (items[j].kind == ITEM_HEADING && content)
            break;
        content |= items[j].kind != ITEM_HEADING && items[j].kind != ITEM_GAP;
        *height += items[j].height;
    }
    return j;
}

/* How much must fit below for item i to start where it is. A heading keeps its group, what
 * follows it up to the next heading (and that heading's group too when it is a level
 * deeper: an introduction stays with what it introduces), when the group fits a page. A
 * short paragraph stays whole; a long one may flow on, but not as one lone line at the
 * foot of a page. */
static int ui_keep_height(const App *app, int i, int room)
{
    const Item *items = app->debrief.items, *it = &items[i];
    int two_lines = fonts_line_height(app->fonts, FONT_BODY) * 2;
    if (it->kind == ITEM_TEXT)
        return it->wrapped.count <= 4 && it->height <= room / 3 ? it->height : two_lines;
    if (it->kind != ITEM_HEADING)
        return it->height;
    int h, more;
    int end = ui_group_end(app, i, &h);
    if (end < app->debrief.item_count && items[end].kind == ITEM_HEADING &&
        ui_heading_level(&items[end]) > ui_heading_level(it)) {
        ui_group_end(app, end, &more);
        if (h + more <= room)
            return h + more;
    }
    if (h <= room)
        return h;
    const Item *next = i + 1 < app->debrief.item_count ? &items[i + 1] : NULL;
    if (next && next->kind != ITEM_TEXT && next->kind != ITEM_BREAK && next->height <= room - it->height)
        return it->height + next->height;     /* a chart or a score, whole */
    /* A group longer than a page flows on, but starts in the top third of one. */
    return it->height + two_lines > room * 2 / 3 ? it->height + two_lines : room * 2 / 3;
}

static void ui_debrief_layout(App *app)
{
    if (!app->debrief.built)
        return;
    if (app->debrief.layout_generation == app->layout_generation && app->debrief.item_count > 0)
        return;
    int keep_section = app->debrief.page_count > 0 ? app->debrief.pages[app->debrief.page].section : 0;
    bool first_layout = app->debrief.item_count == 0;
    debrief_items_free(app);
    ui_debrief_build(app);
    app->debrief.layout_generation = app->layout_generation;
    UiColumn g = ui_debrief_geometry(app);
    int room = g.bottom - g.top;
    app->debrief.slice_count = 0;
    app->debrief.page_count = 0;
    for (int i = 0; i < app->debrief.item_count; i++)
        app->debrief.items[i].height = ui_item_height(app, &app->debrief.items[i], g.width);
    int y = 0;
    for (int i = 0; i < app->debrief.item_count; i++) {
        Item *it = &app->debrief.items[i];
        bool new_page = app->debrief.page_count == 0 || it->kind == ITEM_BREAK;
        if (!new_page && y + ui_keep_height(app, i, room) > room)
            new_page = true;
        if (new_page && ui_page_add(app, it->section))
            y = 0;
        if (it->kind == ITEM_BREAK || (it->kind == ITEM_GAP && y == 0))
            continue;
        if (it->kind != ITEM_TEXT) {
            ui_slice_add(app, i, 0, 0);
            y += it->height;
            continue;
        }
        /* Text flows line by line onto as many pages as it needs. */
        int line = 0;
        while (line < it->wrapped.count) {
            int end = line;
            while (end < it->wrapped.count && y + ui_lines_height(app, &it->wrapped, line, end + 1) <= room)
                end++;
            if (end == line && (y == 0 || app->debrief.page_count == UI_MAX_PAGES))
                end = y == 0 ? line + 1 : it->wrapped.count; /* at least a line; at the cap, everything */
            if (end > line) {
                ui_slice_add(app, i, line, end);
                y += ui_lines_height(app, &it->wrapped, line, end) + ui_px(app, 0.8);
                line = end;
            }
            if (line < it->wrapped.count && ui_page_add(app, it->section))
                y = 0;
        }
    }
    /* Stay in the same section across a resize. */
    if (!first_layout)
        for (int p = 0; p < app->debrief.page_count; p++)
            if (app->debrief.pages[p].section == keep_section) {
                app->debrief.page = p;
                break;
            }
    if (app->debrief.page >= app->debrief.page_count)
        app->debrief.page = app->debrief.page_count - 1;
}

static Color ui_item_color(const App *app, const Item *it)
{
    return it->block ? ui_block_color(app, it->block) : ui_color(app, it->color);
}

/* ---- drawing ------------------------------------------------------------------------------------------ */

/* The self-estimate's mark: a bar across the score bar at estimate / 5 of its width, in the
 * text colour, so it reads without colour and apart from the fill. */
static void ui_draw_estimate(App *app, int estimate, int x, int bar_y, int width)
{
    int bar_h = ui_bar_height(app), mark_w = ui_px(app, 0.5) > 3 ? ui_px(app, 0.5) : 3;
    int mx = x + (int)((long)width * estimate / DOC_ESTIMATE_MAX) - mark_w;
    if (mx < x)
        mx = x;
    ui_fill(app, (SDL_Rect){mx, bar_y - bar_h, mark_w, 3 * bar_h}, app->theme.text);
}

static int ui_draw_score(App *app, const ScoreLine *line, int x, int y, int width)
{
    ScoreRow r = ui_score_row(app, line, width);
    const Score *s = line->score;
    int body = fonts_line_height(app->fonts, FONT_BODY);
    int height = ui_score_height(app, line, width);
    SDL_Rect box = {x, y, width, height};
    const UiText *t = ui_wrapped(app, line->label, FONT_BODY, width - r.value_w - r.detail_w - ui_px(app, 2.5));
    ui_draw_lines(app, t, 0, t->count, x, y, app->theme.text, box);
    ui_text(app, FONT_BODY_BOLD, s->assessed ? app->theme.text : app->theme.muted, x + width - r.value_w, y, r.value,
            box);
    if (line->detail)
        ui_text(app, line->estimate ? FONT_SMALL_BOLD : FONT_SMALL, line->estimate ? app->theme.text : app->theme.muted,
                x + width - r.value_w - r.detail_w, y + body - fonts_line_height(app->fonts, FONT_SMALL), line->detail,
                box);
    int bar_y = y + r.label_lines * body + ui_px(app, line->estimate ? 0.7 : 0.3), bar_h = ui_bar_height(app);
    ui_round(app, (SDL_Rect){x, bar_y, width, bar_h}, bar_h / 2, app->theme.border);
    if (s->assessed) {
        Color fill = line->chart_color >= 0 ? app->theme.chart[line->chart_color] : app->theme.accent;
        int w = (int)((long)width * s->score10 / 1000);
        if (w > 0)
            ui_round(app, (SDL_Rect){x, bar_y, w < bar_h ? bar_h : w, bar_h}, bar_h / 2, fill);
    }
    if (line->estimate > 0)
        ui_draw_estimate(app, line->estimate, x, bar_y, width);
    return height;
}

/* The overall score, large, with the block's label and the band. */
static void ui_draw_big_score(App *app, const Item *it, int x, int y, int width)
{
    const Score *s = it->score;
    SDL_Rect box = {x, y, width, it->height};
    char number[32], label[160];
    if (s->assessed)
        debrief_format(s, number, sizeof number);
    else
        snprintf(number, sizeof number, "-");
    int nw = ui_text(app, FONT_DISPLAY, app->theme.accent, x, y, number, box);
    snprintf(label, sizeof label, "%s%s%s", it->text, s->assessed ? ", " : "",
             s->assessed ? debrief_band_name(debrief_band(s)) : "");
    int ty = y + (fonts_line_height(app->fonts, FONT_DISPLAY) - fonts_line_height(app->fonts, FONT_HEADING)) / 2;
    ui_text(app, FONT_HEADING, app->theme.text, x + nw + ui_px(app, 2.5), ty, label, box);
}

static int ui_draw_chart(App *app, int x, int y, int width)
{
    char detail[32];
    for (int i = 0; i < app->debrief.doc.framework->domain_count; i++) {
        ScoreLine line = ui_chart_line(app, i, detail, sizeof detail);
        y += ui_draw_score(app, &line, x, y, width);
    }
    return y;
}

/* The end of the pages: play again or leave; or, when the commitments follow, the way there. */
static void ui_debrief_buttons(App *app, int x, int y)
{
    int h = fonts_line_height(app->fonts, FONT_BODY_BOLD) + ui_px(app, 3);
    if (app->debrief.asks) {
        int w = ui_text_width(app, FONT_BODY_BOLD, "Next") + ui_px(app, 8);
        ui_button(app, (SDL_Rect){x, y + ui_px(app, 3), w, h}, "Next", true, false, ACT_NEXT, 0);
        return;
    }
    const char *labels[3] = {"Play again", app->records.past ? "Back to your progress" : "Back to the library",
                             "Export"};
    static const Action actions[3] = {ACT_REPLAY, ACT_TO_LIBRARY, ACT_EXPORT};
    for (int i = 0; i < 3; i++) {
        int w = ui_text_width(app, FONT_BODY_BOLD, labels[i]) + ui_px(app, 8);
        ui_button(app, (SDL_Rect){x, y + ui_px(app, 3), w, h}, labels[i], i == 0, app->focus == i, actions[i], 0);
        x += w + ui_px(app, 3);
    }
}

/* The page each section starts on, or -1. */
static int ui_section_page(const App *app, int section)
{
    for (int p = 0; p < app->debrief.page_count; p++)
        if (app->debrief.pages[p].section == section)
            return p;
    return -1;
}

/* The tabs: "1 What happened", ...; when they would not all fit, the others show their number only. */
static void ui_debrief_tabs(App *app)
{
    const DebriefScreen *d = &app->debrief;
    int margin = ui_px(app, 6), x = margin, y = ui_px(app, 3), gap = ui_px(app, 4), total = 0;
    int current = d->pages[d->page].section, line = fonts_line_height(app->fonts, FONT_SMALL_BOLD);
    char label[160];
    for (int s = 0; s < d->section_count; s++) {
        snprintf(label, sizeof label, "%d %s", s + 1, d->sections[s]);
        total += ui_text_width(app, FONT_SMALL_BOLD, label) + gap;
    }
    bool short_labels = total - gap > app->w - 2 * margin;
    int right = app->w - margin;
    for (int s = 0; s < d->section_count; s++) {
        int first = ui_section_page(app, s);
        if (first < 0)
            continue;
        if (short_labels && s != current)
            snprintf(label, sizeof label, "%d", s + 1);
        else
            snprintf(label, sizeof label, "%d %s", s + 1, d->sections[s]);
        char fitted[160];
        const char *shown = short_labels && s == current
            ? ui_ellipsize(app, FONT_SMALL_BOLD, label, right - x - (d->section_count - s - 1) * 2 * gap, fitted,
                           sizeof fitted)
            : label;
        int w = ui_text_width(app, FONT_SMALL_BOLD, shown);
        ui_text(app, FONT_SMALL_BOLD, s == current ? app->theme.accent : app->theme.muted, x, y, shown,
                (SDL_Rect){x, y, w + gap / 2, line});
        if (s == current)
            ui_fill(app, (SDL_Rect){x, y + line + ui_px(app, 0.3), w, ui_px(app, 0.4) > 2 ? ui_px(app, 0.4) : 2},
                    app->theme.accent);
        ui_hit(app, (SDL_Rect){x, y, w + gap / 2, line}, ACT_PICK, first);   /* the tab's box, not only its ink */
        x += w + gap;
    }
}

static void debrief_draw(App *app)
{
    ui_debrief_layout(app);
    if (app->debrief.page_count == 0)
        return;
    UiColumn g = ui_debrief_geometry(app);
    ui_debrief_tabs(app);
    const DebriefPage *page = &app->debrief.pages[app->debrief.page];
    int y = g.top;
    SDL_Rect column = {g.x, g.top, g.width, g.bottom - g.top};
    bool last = app->debrief.page == app->debrief.page_count - 1;
    for (int k = page->first; k < page->first + page->count; k++) {
        const Slice *slice = &app->debrief.slices[k];
        Item *it = &app->debrief.items[slice->item];
        switch (it->kind) {
        case ITEM_HEADING:
            ui_draw_lines(app, &it->wrapped, 0, it->wrapped.count, g.x, y, ui_item_color(app, it), column);
            y += it->height;
            break;
        case ITEM_TEXT:
            ui_draw_lines(app, &it->wrapped, slice->from, slice->to, g.x + ui_px(app, it->indent), y,
                          ui_item_color(app, it), column);
            y += ui_lines_height(app, &it->wrapped, slice->from, slice->to) + ui_px(app, 0.8);
            break;
        case ITEM_SCORE: {
            ScoreLine line = {it->text, it->score, it->detail, false, -1, 0};
            y += ui_draw_score(app, &line, g.x, y, g.width);
            break;
        }
        case ITEM_CHART:
            y = ui_draw_chart(app, g.x, y, g.width);
            break;
        case ITEM_BIG_SCORE:
            ui_draw_big_score(app, it, g.x, y, g.width);
            y += it->height;
            break;
        case ITEM_BUTTONS:
            ui_debrief_buttons(app, g.x, y);
            y += it->height;
            break;
        default:
            y += it->height;
            break;
        }
    }
    char right[64];
    snprintf(right, sizeof right, "Page %d of %d", app->debrief.page + 1, app->debrief.page_count);
    const char *hint = "PageDown: next page   PageUp: back   1-9: a section   Esc: library";
    if (last && !app->debrief.asks)
        hint = "Enter: the focused button   Tab: the next one   E: export   Esc: library";
    ui_footer(app, hint, right);
}

/* ---- keys ------------------------------------------------------------------------------------------------- */

static void debrief_key(App *app, SDL_Keycode key)
{
    if (key == SDLK_ESCAPE) {
        ui_to_library(app);
        return;
    }
    ui_debrief_layout(app);
    bool last = app->debrief.page == app->debrief.page_count - 1;
    if (key >= SDLK_1 && key <= SDLK_9) {
        int page = ui_section_page(app, (int)(key - SDLK_1));
        if (page >= 0)
            ui_debrief_goto(app, page);
        return;
    }
    if (last && app->debrief.asks && ui_is_next(key)) {
        ui_ask_next(app);                /* the commitments */
        return;
    }
    if (key == SDLK_e) {                  /* E: export, from any page */
        ui_records_export(app);
        return;
    }
    if (last && (key == SDLK_TAB || key == SDLK_LEFT || key == SDLK_RIGHT || key == SDLK_UP || key == SDLK_DOWN)) {
        bool back = key == SDLK_LEFT || key == SDLK_UP;
        app->focus = ((app->focus < 0 ? 0 : app->focus) + (back ? 2 : 1)) % 3;
        app->dirty = true;
        return;
    }
    if (ui_is_next(key)) {
        if (!last) {
            ui_debrief_goto(app, app->debrief.page + 1);
        } else if (app->focus == 0) {
            app->seed = 0;
            ui_start_playthrough(app, app->play_path);
        } else if (app->focus == 2) {
            ui_records_export(app);
        } else {
            ui_to_library(app);
        }
    } else if (ui_is_previous(key) && app->debrief.page > 0) {
        ui_debrief_goto(app, app->debrief.page - 1);
    } else if (key == SDLK_HOME || key == SDLK_END) {
        ui_debrief_goto(app, key == SDLK_HOME ? 0 : app->debrief.page_count - 1);
    }
}

/* Jumps to a page, as a section tab does. On the last, "Back to the library" waits focused. */
void ui_debrief_goto(App *app, int page)
{
    ui_debrief_layout(app);
    if (page >= app->debrief.page_count)
        page = app->debrief.page_count - 1;
    if (page < 0)
        page = 0;
    app->debrief.page = page;
    app->focus = page == app->debrief.page_count - 1 && !app->debrief.asks ? 1 : -1;
    app->dirty = true;
}

static void debrief_items_free(App *app)
{
    for (int i = 0; i < app->debrief.item_count; i++) {
        free(app->debrief.items[i].text);
        free(app->debrief.items[i].detail);
        ui_text_free(&app->debrief.items[i].wrapped);
    }
    free(app->debrief.items);
    free(app->debrief.slices);
    app->debrief.items = NULL;
    app->debrief.slices = NULL;
    app->debrief.item_count = app->debrief.item_capacity = 0;
    app->debrief.slice_count = app->debrief.slice_capacity = 0;
}

static void debrief_forget(App *app)
{
    debrief_items_free(app);
    if (app->debrief.built)
        debrief_doc_free(&app->debrief.doc);
    app->debrief.built = false;
    app->debrief.page_count = app->debrief.page = 0;
}

static bool debrief_build_doc(App *app, bool prompts, const char *player)
{
    debrief_forget(app);
    if (debrief_doc_build(&app->debrief.doc, &app->session, prompts, player) != 0) {
        ui_show_error(app, "Out of memory", "leadsim ran out of memory computing the debrief.");
        return false;
    }
    app->debrief.built = true;
    app->debrief.layout_generation = 0;
    return true;
}

/* The debrief of the playthrough that just ended; `asks` adds the prompts (a player is here). */
bool ui_debrief_build_doc(App *app, bool asks)
{
    bool built = debrief_build_doc(app, asks, app->settings.player);
    app->debrief.asks = built && asks;
    app->debrief.answered = false;
    return built;
}

bool ui_debrief_build_past(App *app, bool answered, const char *player)
{
    bool built = debrief_build_doc(app, answered, player);
    app->debrief.asks = false;
    app->debrief.answered = built && answered;
    return built;
}

static void debrief_enter(App *app)
{
    app->focus = -1;
    app->debrief.layout_generation = 0;  /* the estimates may have changed the chart */
}

/* A new version of the scenario (--watch) or a new start: the document pointed into the old one. */
static void debrief_heard(App *app, SessionEvent event)
{
    if (event == SESSION_RELOADED || event == SESSION_STARTED)
        debrief_forget(app);
}

static void debrief_click(App *app, const Hit *hit)
{
    if (hit->action == ACT_PICK)
        ui_debrief_goto(app, hit->index);
    else
        debrief_key(app, hit->action == ACT_NEXT ? SDLK_PAGEDOWN : SDLK_PAGEUP);
}

static void debrief_wheel(App *app, int steps) { debrief_key(app, steps > 0 ? SDLK_PAGEDOWN : SDLK_PAGEUP); }

const Screen screen_debrief = {
    .name = "debrief", .enter = debrief_enter, .draw = debrief_draw, .key = debrief_key, .click = debrief_click,
    .wheel = debrief_wheel, .page = ui_debrief_goto, .heard = debrief_heard, .forget = debrief_forget,
    .free = debrief_forget,
};
