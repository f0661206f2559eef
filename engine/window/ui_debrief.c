/* ui_debrief: the debrief, in pages: overview and domain chart, competencies,
 * highlights, the decisions, and reflection. Content is a flow of items cut
 * into pages that fit the screen; a section always starts a page. */
#include "ui_internal.h"
#include "paths.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

enum { SECTION_OVERVIEW, SECTION_COMPETENCIES, SECTION_HIGHLIGHTS, SECTION_DECISIONS, SECTION_REFLECT, SECTIONS };
static const char *const section_names[SECTIONS] = {"Overview", "Competencies", "Highlights", "Decisions", "Reflect"};

#define UI_DEFAULT_CLOSING \
    "What is one thing you will do differently the next time you face a situation like this?"

/* ---- building the flow ------------------------------------------------------------------------ */

typedef struct {
    App *app;
    int section;
} Flow;

static Item *flow_add(Flow *f, ItemKind kind, FontStyle style, int color, const char *text)
{
    App *app = f->app;
    if (app->debrief.item_count == app->debrief.item_capacity) {
        int capacity = app->debrief.item_capacity ? app->debrief.item_capacity * 2 : 64;
        Item *grown = realloc(app->debrief.items, (size_t)capacity * sizeof *grown);
        if (grown == NULL)
            return NULL;
        app->debrief.items = grown;
        app->debrief.item_capacity = capacity;
    }
    Item *it = &app->debrief.items[app->debrief.item_count++];
    memset(it, 0, sizeof *it);
    it->kind = kind;
    it->section = f->section;
    it->style = style;
    it->color = color;
    it->text = text ? strdup(text) : NULL;
    it->chart_color = -1;
    return it;
}

static void flow_text(Flow *f, FontStyle style, int color, int indent, const char *text)
{
    Item *it = flow_add(f, ITEM_TEXT, style, color, text);
    if (it)
        it->indent = indent;
}

static void flow_score(Flow *f, const char *label, const Score *s, const char *detail, int chart_color)
{
    Item *it = flow_add(f, ITEM_SCORE, FONT_BODY, 0, label);
    if (it == NULL)
        return;
    it->score = s;
    it->detail = detail ? strdup(detail) : NULL;
    it->chart_color = chart_color;
}

static void flow_section(Flow *f, int section, const char *heading)
{
    f->section = section;                /* the break opens the new section's first page */
    if (f->app->debrief.item_count > 0)
        flow_add(f, ITEM_BREAK, FONT_BODY, 0, NULL);
    flow_add(f, ITEM_HEADING, FONT_HEADING, 0, heading);
}

static void ui_debrief_build(App *app)
{
    const Playthrough *p = &app->session.play;
    const Scenario *sc = app->session.scenario;
    const Framework *fw = sc->framework;
    const Debrief *d = &app->debrief.scores;
    Flow f = {app, SECTION_OVERVIEW};
    char line[2048], score[32];

    /* Overview: how it ended, the overall score and the five domains. */
    snprintf(line, sizeof line, "%s: your debrief", sc->title);
    flow_add(&f, ITEM_HEADING, FONT_TITLE, 0, line);
    const Scene *last = play_scene(p);
    snprintf(line, sizeof line, "Ending: %s", last->ending ? last->ending : last->id);
    flow_text(&f, FONT_BODY_BOLD, 2, 0, line);
    snprintf(line, sizeof line, "You reached this ending after %d decision%s%s%s. The scores below are formative "
             "feedback on one playthrough, not a rating of you as a leader.", p->decision_count,
             p->decision_count == 1 ? "" : "s", app->settings.player[0] ? ", " : "", app->settings.player);
    flow_text(&f, FONT_BODY, 1, 0, line);
    flow_add(&f, ITEM_GAP, FONT_BODY, 0, NULL);
    Item *big = flow_add(&f, ITEM_BIG_SCORE, FONT_DISPLAY, 0, "Overall");
    if (big)
        big->score = &d->overall;
    flow_add(&f, ITEM_HEADING, FONT_SMALL_BOLD, 1, "By domain");
    flow_add(&f, ITEM_CHART, FONT_BODY, 0, NULL);     /* the five bars stay together */

    /* Competencies, grouped by domain, with their evidence. */
    flow_section(&f, SECTION_COMPETENCIES, "Competencies");
    flow_text(&f, FONT_SMALL, 1, 0, "Bands: strong 75 and over, developing 40 to 74.9, emerging under 40. "
                                    "Thin evidence: one decision tested it.");
    for (int i = 0; i < fw->domain_count; i++) {
        const Domain *dom = &fw->domains[i];
        if (!d->domains[i].assessed)
            continue;
        flow_add(&f, ITEM_HEADING, FONT_SMALL_BOLD, 1, dom->title);
        for (int c = dom->first; c < dom->first + dom->count; c++) {
            const Score *s = &d->competencies[c];
            if (!s->assessed)
                continue;
            char detail[96];
            snprintf(detail, sizeof detail, "%d decision%s%s", s->decisions, s->decisions == 1 ? "" : "s",
                     debrief_thin(s) ? ", thin evidence" : "");
            flow_score(&f, fw->competencies[c].title, s, detail, -1);
        }
    }
    size_t used = (size_t)snprintf(line, sizeof line, "Not assessed on this path: ");
    int unassessed = 0;
    for (int c = 0; c < fw->competency_count && used < sizeof line; c++)
        if (!d->competencies[c].assessed)
            used += (size_t)snprintf(line + used, sizeof line - used, "%s%s", unassessed++ ? ", " : "",
                                     fw->competencies[c].title);
    if (unassessed) {
        flow_add(&f, ITEM_GAP, FONT_BODY, 0, NULL);
        flow_text(&f, FONT_SMALL, 1, 0, line);
    }

    /* Highlights and the final meters. */
    flow_section(&f, SECTION_HIGHLIGHTS, "Strongest in this playthrough");
    for (int i = 0; i < d->strength_count; i++) {
        const Competency *comp = &fw->competencies[d->strengths[i]];
        snprintf(line, sizeof line, "- %s (%s)", comp->title,
                 debrief_format(&d->competencies[d->strengths[i]], score, sizeof score));
        flow_text(&f, FONT_BODY, 0, 0, line);
    }
    if (d->growth_count > 0) {
        flow_add(&f, ITEM_GAP, FONT_BODY, 0, NULL);
        flow_add(&f, ITEM_HEADING, FONT_HEADING, 0, "Most room to grow");
        for (int i = 0; i < d->growth_count; i++) {
            const Competency *comp = &fw->competencies[d->growth[i]];
            snprintf(line, sizeof line, "%s (%s)", comp->title,
                     debrief_format(&d->competencies[d->growth[i]], score, sizeof score));
            flow_text(&f, FONT_BODY_BOLD, 0, 0, line);
            flow_text(&f, FONT_SMALL, 1, 0, comp->description);
        }
    }
    if (sc->meter_count > 0) {
        flow_add(&f, ITEM_GAP, FONT_BODY, 0, NULL);
        flow_add(&f, ITEM_HEADING, FONT_HEADING, 0, "Final meters");
        for (int m = 0; m < sc->meter_count; m++) {
            snprintf(line, sizeof line, "- %s: %.10g (started at %.10g)", sc->meters[m].label, p->meters[m],
                     sc->meters[m].value);
            flow_text(&f, FONT_BODY, 0, 0, line);
        }
    }

    /* Each decision: the choice, its feedback, and the stronger move. */
    flow_section(&f, SECTION_DECISIONS, "What you did");
    for (int i = 0; i < p->decision_count; i++) {
        const PlayDecision *dec = &p->decisions[i];
        const Scene *scene = &sc->scenes[dec->scene];
        const Choice *ch = &scene->choices[dec->choice];
        if (i > 0)
            flow_add(&f, ITEM_GAP, FONT_BODY, 0, NULL);
        snprintf(line, sizeof line, "%d. %s", i + 1, scene->title ? scene->title : scene->id);
        flow_add(&f, ITEM_HEADING, FONT_BODY_BOLD, 1, line);
        snprintf(line, sizeof line, "You chose: %s", dec->text);
        flow_text(&f, FONT_BODY, 0, 0, line);
        if (ch->feedback)
            flow_text(&f, FONT_SMALL, 1, 3, ch->feedback);
        if (dec->strongest != dec->choice) {
            snprintf(line, sizeof line, "A stronger move: %s", dec->strongest_text);
            flow_text(&f, FONT_BODY, 2, 0, line);
            if (scene->choices[dec->strongest].feedback)
                flow_text(&f, FONT_SMALL, 1, 3, scene->choices[dec->strongest].feedback);
        } else {
            flow_text(&f, FONT_SMALL, 3, 3, "This was the strongest choice on offer.");
        }
    }

    /* Reflection and the closing prompt. */
    flow_section(&f, SECTION_REFLECT, "Questions to reflect on");
    for (int i = 0; i < sc->reflection_count; i++) {
        snprintf(line, sizeof line, "%d. %s", i + 1, sc->reflection[i]);
        flow_text(&f, FONT_BODY, 0, 0, line);
    }
    flow_add(&f, ITEM_GAP, FONT_BODY, 0, NULL);
    flow_add(&f, ITEM_HEADING, FONT_HEADING, 0, "Before you close");
    flow_text(&f, FONT_BODY, 0, 0, sc->closing ? sc->closing : UI_DEFAULT_CLOSING);
    snprintf(line, sizeof line, "Seed %" PRIu64 ". Replay this path: leadsim play %s --seed %" PRIu64 " --choices ",
             p->seed, paths_play_name(sc->path, sc->id), p->seed);
    for (int i = 0; i < p->decision_count; i++) {
        size_t n = strlen(line);
        snprintf(line + n, sizeof line - n, "%s%d", i ? "," : "", p->decisions[i].number);
    }
    flow_text(&f, FONT_SMALL, 1, 0, line);
    flow_add(&f, ITEM_BUTTONS, FONT_BODY_BOLD, 0, NULL);
}

/* ---- measuring and paging ------------------------------------------------------------------------- */

typedef struct {
    int x, width, top, bottom;
} DebriefGeometry;

static DebriefGeometry ui_debrief_geometry(const App *app)
{
    DebriefGeometry g;
    int margin = ui_px(app, 6);
    g.width = app->w - 2 * margin;
    int reading = fonts_line_height(app->fonts, FONT_BODY) * 34;
    if (g.width > reading)
        g.width = reading;
    g.x = (app->w - g.width) / 2;
    g.top = ui_px(app, 3) + fonts_line_height(app->fonts, FONT_SMALL_BOLD) + ui_px(app, 4); /* under the tabs */
    g.bottom = app->h - ui_px(app, 4) - fonts_line_height(app->fonts, FONT_SMALL) - ui_px(app, 2);
    return g;
}

/* A score row: the label (wrapped when long) with the evidence and the value on its
 * right, then a bar across the whole width. */
typedef struct {
    char value[64];
    int value_w, detail_w, label_lines;
} ScoreRow;

static ScoreRow ui_score_row(App *app, const char *label, const Score *s, const char *detail, int width)
{
    ScoreRow r;
    if (s->assessed)
        snprintf(r.value, sizeof r.value, "%d.%d  %s", s->score10 / 10, s->score10 % 10,
                 debrief_band_name(debrief_band(s)));
    else
        snprintf(r.value, sizeof r.value, "not assessed");
    r.value_w = ui_text_width(app, FONT_BODY_BOLD, r.value);
    r.detail_w = detail ? ui_text_width(app, FONT_SMALL, detail) + ui_px(app, 2.5) : 0;
    const UiText *t = ui_wrapped(app, label, FONT_BODY, width - r.value_w - r.detail_w - ui_px(app, 2.5));
    r.label_lines = t && t->count > 0 ? t->count : 1;
    return r;
}

static int ui_bar_height(const App *app) { return ui_px(app, 0.8) > 4 ? ui_px(app, 0.8) : 4; }

static int ui_score_height(App *app, const char *label, const Score *s, const char *detail, int width)
{
    ScoreRow r = ui_score_row(app, label, s, detail, width);
    return r.label_lines * fonts_line_height(app->fonts, FONT_BODY) + ui_px(app, 0.3) + ui_bar_height(app) +
           ui_px(app, 1.6);
}

static int ui_item_height(App *app, Item *it, int width)
{
    switch (it->kind) {
    case ITEM_HEADING:
        return fonts_line_height(app->fonts, it->style) + ui_px(app, it->style == FONT_TITLE ? 2 : 1);
    case ITEM_TEXT:
        ui_wrap(app, &it->wrapped, it->text, it->style, width - ui_px(app, it->indent));
        return ui_lines_height(app, &it->wrapped, 0, it->wrapped.count) + ui_px(app, 0.8);
    case ITEM_SCORE:
        return ui_score_height(app, it->text, it->score, it->detail, width);
    case ITEM_CHART: {
        const Framework *fw = app->session.scenario->framework;
        int h = 0;
        for (int i = 0; i < fw->domain_count; i++)
            h += ui_score_height(app, fw->domains[i].title, &app->debrief.scores.domains[i], NULL, width);
        return h;
    }
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

static void ui_debrief_layout(App *app)
{
    if (app->debrief.layout_generation == app->layout_generation && app->debrief.item_count > 0)
        return;
    int keep_section = app->debrief.page_count > 0 ? app->debrief.pages[app->debrief.page].section : 0;
    bool first_layout = app->debrief.item_count == 0;
    debrief_items_free(app);
    ui_debrief_build(app);
    app->debrief.layout_generation = app->layout_generation;
    DebriefGeometry g = ui_debrief_geometry(app);
    int room = g.bottom - g.top;
    app->debrief.slice_count = 0;
    app->debrief.page_count = 0;
    int y = 0;
    for (int i = 0; i < app->debrief.item_count; i++) {
        Item *it = &app->debrief.items[i];
        it->height = ui_item_height(app, it, g.width);
        bool new_page = app->debrief.page_count == 0 || it->kind == ITEM_BREAK;
        /* A heading goes with what follows it. */
        int needed = it->height;
        if (it->kind == ITEM_HEADING && i + 1 < app->debrief.item_count && app->debrief.items[i + 1].kind != ITEM_BREAK) {
            const Item *follower = &app->debrief.items[i + 1];
            int next = ui_item_height(app, &app->debrief.items[i + 1], g.width);
            /* Whole when it cannot be split (a chart, a score) or is short; else its first lines. */
            bool whole = follower->kind != ITEM_TEXT || next < room / 3;
            needed += whole && next <= room - it->height ? next : fonts_line_height(app->fonts, FONT_BODY) * 2;
        }
        if (!new_page && y + needed > room && it->kind != ITEM_TEXT)
            new_page = true;
        if (it->kind == ITEM_TEXT && !new_page && y + fonts_line_height(app->fonts, it->style) * 2 > room)
            new_page = true;                 /* not a lone line at the foot of a page */
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

/* ---- drawing ------------------------------------------------------------------------------------------ */

static int ui_draw_score(App *app, const char *label, const Score *s, const char *detail, int chart_color, int x,
                         int y, int width)
{
    ScoreRow r = ui_score_row(app, label, s, detail, width);
    int body = fonts_line_height(app->fonts, FONT_BODY);
    int height = r.label_lines * body + ui_px(app, 0.3) + ui_bar_height(app) + ui_px(app, 1.6);
    SDL_Rect box = {x, y, width, height};
    const UiText *t = ui_wrapped(app, label, FONT_BODY, width - r.value_w - r.detail_w - ui_px(app, 2.5));
    ui_draw_lines(app, t, 0, t->count, x, y, app->theme.text, box);
    ui_text(app, FONT_BODY_BOLD, s->assessed ? app->theme.text : app->theme.muted, x + width - r.value_w, y, r.value,
            box);
    if (detail)
        ui_text(app, FONT_SMALL, app->theme.muted, x + width - r.value_w - r.detail_w,
                y + body - fonts_line_height(app->fonts, FONT_SMALL), detail, box);
    int bar_y = y + r.label_lines * body + ui_px(app, 0.3), bar_h = ui_bar_height(app);
    ui_round(app, (SDL_Rect){x, bar_y, width, bar_h}, bar_h / 2, app->theme.border);
    if (s->assessed) {
        Color fill = chart_color >= 0 ? app->theme.chart[chart_color] : app->theme.accent;
        int w = (int)((long)width * s->score10 / 1000);
        if (w > 0)
            ui_round(app, (SDL_Rect){x, bar_y, w < bar_h ? bar_h : w, bar_h}, bar_h / 2, fill);
    }
    return height;
}

static void ui_draw_big_score(App *app, const Item *it, int x, int y, int width)
{
    const Score *s = it->score;
    SDL_Rect box = {x, y, width, it->height};
    char number[32];
    snprintf(number, sizeof number, s->assessed ? "%d.%d" : "-", s->score10 / 10, s->score10 % 10);
    int nw = ui_text(app, FONT_DISPLAY, app->theme.accent, x, y, number, box);
    int tx = x + nw + ui_px(app, 2.5);
    int ty = y + (fonts_line_height(app->fonts, FONT_DISPLAY) - fonts_line_height(app->fonts, FONT_HEADING) -
                  fonts_line_height(app->fonts, FONT_BODY)) / 2;
    char label[96];
    snprintf(label, sizeof label, "Overall%s%s", s->assessed ? ", " : ": ",
             s->assessed ? debrief_band_name(debrief_band(s)) : "not assessed");
    ui_text(app, FONT_HEADING, app->theme.text, tx, ty, label, box);
    ui_text(app, FONT_BODY, app->theme.muted, tx, ty + fonts_line_height(app->fonts, FONT_HEADING),
            "out of 100, over every competency tested", box);
}

static void ui_debrief_buttons(App *app, int x, int y, int width)
{
    int h = fonts_line_height(app->fonts, FONT_BODY_BOLD) + ui_px(app, 3);
    const char *labels[2] = {"Play again", "Back to the library"};
    int bx = x;
    (void)width;
    for (int i = 0; i < 2; i++) {
        int w = ui_text_width(app, FONT_BODY_BOLD, labels[i]) + ui_px(app, 8);
        ui_button(app, (SDL_Rect){bx, y + ui_px(app, 3), w, h}, labels[i], i == 0, app->focus == i,
                  i == 0 ? ACT_REPLAY : ACT_TO_LIBRARY, 0);
        bx += w + ui_px(app, 3);
    }
}

static void ui_debrief_tabs(App *app)
{
    int margin = ui_px(app, 6), x = margin, y = ui_px(app, 3);
    int current = app->debrief.pages[app->debrief.page].section;
    SDL_Rect box = {margin, y, app->w - 2 * margin, fonts_line_height(app->fonts, FONT_SMALL_BOLD)};
    for (int s = 0; s < SECTIONS; s++) {
        int first = -1;
        for (int p = 0; p < app->debrief.page_count && first < 0; p++)
            if (app->debrief.pages[p].section == s)
                first = p;
        if (first < 0)
            continue;
        char label[48];
        snprintf(label, sizeof label, "%d %s", s + 1, section_names[s]);
        int w = ui_text(app, FONT_SMALL_BOLD, s == current ? app->theme.accent : app->theme.muted, x, y, label, box);
        if (s == current)
            ui_fill(app, (SDL_Rect){x, y + fonts_line_height(app->fonts, FONT_SMALL_BOLD) + ui_px(app, 0.3), w,
                                    ui_px(app, 0.4) > 2 ? ui_px(app, 0.4) : 2},
                    app->theme.accent);
        ui_hit(app, (SDL_Rect){x, y, w, fonts_line_height(app->fonts, FONT_SMALL_BOLD)}, ACT_PICK, first);
        x += w + ui_px(app, 4);
    }
}

static void debrief_draw(App *app)
{
    ui_debrief_layout(app);
    if (app->debrief.page_count == 0)
        return;
    DebriefGeometry g = ui_debrief_geometry(app);
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
            ui_text(app, it->style, ui_color(app, it->color), g.x, y, it->text, column);
            y += it->height;
            break;
        case ITEM_TEXT:
            ui_draw_lines(app, &it->wrapped, slice->from, slice->to, g.x + ui_px(app, it->indent), y,
                          ui_color(app, it->color), column);
            y += ui_lines_height(app, &it->wrapped, slice->from, slice->to) + ui_px(app, 0.8);
            break;
        case ITEM_SCORE:
            ui_draw_score(app, it->text, it->score, it->detail, it->chart_color, g.x, y, g.width);
            y += it->height;
            break;
        case ITEM_CHART: {
            const Framework *fw = app->session.scenario->framework;
            for (int i = 0; i < fw->domain_count; i++)
                y += ui_draw_score(app, fw->domains[i].title, &app->debrief.scores.domains[i], NULL,
                                   i % THEME_CHART_COLORS, g.x, y, g.width);
            break;
        }
        case ITEM_BIG_SCORE:
            ui_draw_big_score(app, it, g.x, y, g.width);
            y += it->height;
            break;
        case ITEM_BUTTONS:
            ui_debrief_buttons(app, g.x, y, g.width);
            y += it->height;
            break;
        default:
            y += it->height;
            break;
        }
    }
    char right[64];
    snprintf(right, sizeof right, "Page %d of %d", app->debrief.page + 1, app->debrief.page_count);
    ui_footer(app, last ? "Enter: the focused button   Tab: the other one   PageUp: back   Esc: library"
                        : "PageDown: next page   PageUp: back   1-5: a section   Esc: library",
              right);
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
    if (key >= SDLK_1 && key <= SDLK_5) {
        for (int p = 0; p < app->debrief.page_count; p++)
            if (app->debrief.pages[p].section == (int)(key - SDLK_1)) {
                ui_debrief_goto(app, p);
                return;
            }
        return;
    }
    if (last && (key == SDLK_TAB || key == SDLK_LEFT || key == SDLK_RIGHT || key == SDLK_UP || key == SDLK_DOWN)) {
        app->focus = app->focus == 0 ? 1 : 0;
        app->dirty = true;
        return;
    }
    if (ui_is_next(key)) {
        if (!last) {
            ui_debrief_goto(app, app->debrief.page + 1);
        } else if (app->focus == 0) {
            app->seed = 0;
            ui_start_playthrough(app, app->play_path);
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
    app->focus = page == app->debrief.page_count - 1 ? 1 : -1;
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
    debrief_free(&app->debrief.scores);
    app->debrief.page_count = app->debrief.page = 0;
}

static void debrief_enter(App *app)
{
    debrief_forget(app);
    if (debrief_compute(&app->debrief.scores, &app->session.play) != 0) {
        ui_show_error(app, "Out of memory", "leadsim ran out of memory computing the debrief.");
        return;
    }
    app->focus = -1;
    app->debrief.layout_generation = 0;
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
    .wheel = debrief_wheel, .page = ui_debrief_goto, .forget = debrief_forget, .free = debrief_forget,
};
