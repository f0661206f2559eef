/* ui_room_debrief: the group debrief, from room_report's blocks, which word
 * everything: tones become fonts and colours as on the player's debrief, each
 * section starts a page, and the team chart is the domains as groups of bars,
 * one per team, each with the team's name and value beside it. On entering,
 * the results are written (the CSV, through the command's export) and where
 * they went is shown. */
#include "ui_internal.h"

#include <stdlib.h>
#include <string.h>

static UiColumn ui_rd_geometry(const App *app) { return ui_column(app, 40, ui_px(app, 4)); }

static int ui_rd_line(const App *app, FontStyle s) { return fonts_line_height(app->fonts, s); }

/* A page that does not start a section says which it continues: this much room is kept for it. */
static int ui_rd_continued_height(const App *app) { return ui_rd_line(app, FONT_SMALL_BOLD) + ui_px(app, 1.5); }

/* ---- the team chart --------------------------------------------------------------------------------- */

static int ui_rd_name_width(App *app)
{
    const Room *r = &app->room.room;
    int w = 0;
    for (int t = 0; t < r->team_count; t++) {
        int tw = ui_text_width(app, FONT_BODY_BOLD, r->teams[t]);
        w = tw > w ? tw : w;
    }
    return w + ui_px(app, 2);
}

static int ui_rd_group_height(App *app)
{
    return ui_rd_line(app, FONT_BODY_BOLD) + app->room.room.team_count * ui_rd_line(app, FONT_SMALL_BOLD) +
           ui_px(app, 1.5);
}

/* One column of domains, or two when one would not fit a page (projector type is large). */
static int ui_rd_chart_columns(App *app)
{
    UiColumn g = ui_rd_geometry(app);
    int domains = app->room.room.session.scenario->framework->domain_count;
    return domains * ui_rd_group_height(app) > (g.bottom - g.top) * 3 / 4 ? 2 : 1;
}

static int ui_rd_chart_height(App *app)
{
    int domains = app->room.room.session.scenario->framework->domain_count, columns = ui_rd_chart_columns(app);
    return (domains + columns - 1) / columns * ui_rd_group_height(app);
}

/* Per domain: its title, then a bar per team with the team's name before it and the score
 * after it, each team in its own chart colour. */
static int ui_rd_chart(App *app, int x0, int y0, int full)
{
    const Room *r = &app->room.room;
    const Framework *fw = r->session.scenario->framework;
    int columns = ui_rd_chart_columns(app), per = (fw->domain_count + columns - 1) / columns;
    int gap = ui_px(app, 4), width = (full - (columns - 1) * gap) / columns;
    int name_w = ui_rd_name_width(app), value_w = ui_text_width(app, FONT_SMALL_BOLD, "not assessed") + ui_px(app, 2);
    int row = ui_rd_line(app, FONT_SMALL_BOLD), bar_w = width - name_w - value_w;
    for (int d = 0; d < fw->domain_count; d++) {
        int x = x0 + d / per * (width + gap), y = y0 + d % per * ui_rd_group_height(app);
        SDL_Rect box = {x, y, width, ui_rd_line(app, FONT_BODY_BOLD)};
        char title[256];
        ui_text(app, FONT_BODY_BOLD, app->theme.text, x, y,
                ui_ellipsize(app, FONT_BODY_BOLD, fw->domains[d].title, width, title, sizeof title), box);
        y += ui_rd_line(app, FONT_BODY_BOLD);
        for (int t = 0; t < r->team_count; t++) {
            Score s = room_team_domain(r, t, d);
            SDL_Rect line = {x, y, width, row};
            ui_text(app, FONT_SMALL_BOLD, app->theme.text, x + ui_px(app, 1), y, r->teams[t], line);
            int bar_h = row * 6 / 10, by = y + (row - bar_h) / 2;
            ui_fill(app, (SDL_Rect){x + name_w, by, bar_w, bar_h}, app->theme.surface);
            int w = s.assessed ? (int)((long)bar_w * s.score10 / 1000) : 0;
            if (w > 0)
                ui_fill(app, (SDL_Rect){x + name_w, by, w, bar_h}, app->theme.chart[t % THEME_CHART_COLORS]);
            char value[32];
            if (s.assessed)
                debrief_format(&s, value, sizeof value);
            else
                snprintf(value, sizeof value, "not assessed");
            ui_text(app, FONT_SMALL_BOLD, s.assessed ? app->theme.text : app->theme.muted,
                    x + name_w + (s.assessed ? w : 0) + ui_px(app, 1), y, value, line);
            y += row;
        }
    }
    return y0 + ui_rd_chart_height(app);
}

/* ---- blocks ------------------------------------------------------------------------------------------- */

static int ui_rd_indent(const App *app, const DocBlock *b)
{
    return ui_px(app, 3 * b->indent + (b->kind == BLOCK_ITEM ? 2 : 0));
}

static int ui_rd_block_height(App *app, const DocBlock *b, int width)
{
    if (b->kind == BLOCK_TEAM_CHART)
        return ui_rd_chart_height(app);
    if (b->kind == BLOCK_PROMPT || b->text == NULL)
        return 0;
    const UiText *t = ui_wrapped(app, b->text, ui_block_style(b), width - ui_rd_indent(app, b));
    int gap = b->kind == BLOCK_SECTION || b->kind == BLOCK_HEADING ? ui_px(app, 1.5) : ui_px(app, 0.8);
    return t->count * ui_rd_line(app, ui_block_style(b)) + gap + (b->kind == BLOCK_HEADING ? ui_px(app, 1) : 0);
}

/* What must fit below for block i to start here: a heading keeps its group (up to the next
 * heading or section: a decision's votes and its note) when the group fits a page, else
 * at least the block after it. */
static int ui_rd_keep(App *app, int i, int width, int room)
{
    const DocFlow *f = &app->room.report.flow;
    int h = ui_rd_block_height(app, &f->blocks[i], width);
    if (f->blocks[i].kind != BLOCK_HEADING)
        return h;
    int group = h;
    for (int j = i + 1; j < f->count && f->blocks[j].kind != BLOCK_HEADING && f->blocks[j].kind != BLOCK_SECTION; j++)
        group += ui_rd_block_height(app, &f->blocks[j], width);
    if (group <= room)
        return group;
    return i + 1 < f->count ? h + ui_rd_block_height(app, &f->blocks[i + 1], width) : h;
}

/* Pages: a section starts one; a heading does not end one. */
static void ui_rd_layout(App *app)
{
    RoomState *s = &app->room;
    UiColumn g = ui_rd_geometry(app);
    int room = g.bottom - g.top - ui_rd_continued_height(app), y = 0;
    s->page_count = 1;
    s->page_first[0] = 0;
    for (int i = 0; i < s->report.flow.count && s->page_count < UI_ROOM_PAGES; i++) {
        const DocBlock *b = &s->report.flow.blocks[i];
        int h = ui_rd_block_height(app, b, g.width), keep = ui_rd_keep(app, i, g.width, room);
        if (i > 0 && y > 0 && (b->kind == BLOCK_SECTION || y + keep > room)) {
            s->page_first[s->page_count++] = i;
            y = 0;
        }
        y += h;
    }
    /* Where the results went ends the last page, or has one of its own. */
    const UiText *t = ui_wrapped(app, s->results, FONT_SMALL_BOLD, g.width);
    int results_h = ui_px(app, 2) + t->count * ui_rd_line(app, FONT_SMALL_BOLD);
    if (s->results[0] && y + results_h > room && s->page_count < UI_ROOM_PAGES)
        s->page_first[s->page_count++] = s->report.flow.count;
    s->page_first[s->page_count] = s->report.flow.count;
    if (s->page >= s->page_count)
        s->page = s->page_count - 1;
}

static void ui_rd_draw_block(App *app, const DocBlock *b, int x, int *y, int width)
{
    if (b->kind == BLOCK_TEAM_CHART) {
        *y = ui_rd_chart(app, x, *y, width);
        return;
    }
    if (b->text == NULL || b->kind == BLOCK_PROMPT)
        return;
    int indent = ui_rd_indent(app, b);
    const UiText *t = ui_wrapped(app, b->text, ui_block_style(b), width - indent);
    int h = ui_rd_block_height(app, b, width);
    if (b->kind == BLOCK_HEADING)
        *y += ui_px(app, 1);
    SDL_Rect box = {x, *y, width, h};
    ui_draw_lines(app, t, 0, t->count, x + indent, *y, ui_block_color(app, b), box);
    *y += h - (b->kind == BLOCK_HEADING ? ui_px(app, 1) : 0);
}

static void room_debrief_draw(App *app)
{
    RoomState *s = &app->room;
    if (!s->reported)
        return;
    ui_rd_layout(app);
    UiColumn g = ui_rd_geometry(app);
    int y = g.top, first = s->page_first[s->page];
    if (first < s->report.flow.count && s->report.flow.blocks[first].kind != BLOCK_SECTION) {
        const char *section = NULL;
        for (int i = first; i >= 0 && section == NULL; i--)
            if (s->report.flow.blocks[i].kind == BLOCK_SECTION)
                section = s->report.flow.blocks[i].text;
        char line[512];
        snprintf(line, sizeof line, "%s (continued)", section ? section : "");
        ui_text(app, FONT_SMALL_BOLD, app->theme.muted, g.x, y, line, (SDL_Rect){g.x, y, g.width, ui_rd_continued_height(app)});
        y += ui_rd_continued_height(app);
    }
    for (int i = first; i < s->page_first[s->page + 1]; i++)
        ui_rd_draw_block(app, &s->report.flow.blocks[i], g.x, &y, g.width);
    bool last = s->page == s->page_count - 1;
    if (last && s->results[0]) {
        const UiText *t = ui_wrapped(app, s->results, FONT_SMALL_BOLD, g.width);
        ui_draw_lines(app, t, 0, t->count, g.x, y + ui_px(app, 2), app->theme.accent,
                      (SDL_Rect){g.x, y, g.width, ui_px(app, 2) + t->count * ui_rd_line(app, FONT_SMALL_BOLD)});
    }
    char right[48];
    snprintf(right, sizeof right, "Page %d of %d", s->page + 1, s->page_count);
    ui_footer(app, last ? "PageUp: back   Esc: the library (the results are saved)"
                        : "PageDown: next page   PageUp: back   Esc: the library", right);
}

/* ---- keys and life ------------------------------------------------------------------------------------- */

static void room_debrief_key(App *app, SDL_Keycode key)
{
    RoomState *s = &app->room;
    if (key == SDLK_ESCAPE) {
        ui_to_library(app);
        return;
    }
    if (ui_is_next(key) && s->page < s->page_count - 1)
        s->page++;
    else if (ui_is_previous(key) && s->page > 0)
        s->page--;
    else if (key == SDLK_HOME || key == SDLK_END)
        s->page = key == SDLK_HOME ? 0 : s->page_count - 1;
    else
        return;
    app->dirty = true;
}

static void room_debrief_enter(App *app)
{
    RoomState *s = &app->room;
    s->page = 0;
    if (s->reported)
        return;
    if (room_report_build(&s->report, &s->room) != 0) {
        ui_show_error(app, "Out of memory", "leadsim ran out of memory computing the group debrief.");
        return;
    }
    s->reported = true;
    char path[4200];
    if (s->export_results == NULL)
        snprintf(s->results, sizeof s->results, "The results were not written (no export here).");
    else if (s->export_results(&s->room, path, sizeof path) == 0)
        snprintf(s->results, sizeof s->results, "Results saved: %s", path);
    else
        snprintf(s->results, sizeof s->results, "The results could not be written: %s", path);
}

static void room_debrief_wheel(App *app, int steps) { room_debrief_key(app, steps > 0 ? SDLK_PAGEDOWN : SDLK_PAGEUP); }

static void room_debrief_page(App *app, int page)
{
    ui_rd_layout(app);
    app->room.page = page < app->room.page_count ? page : app->room.page_count - 1;
}

const Screen screen_room_debrief = {
    .name = "room-debrief", .enter = room_debrief_enter, .draw = room_debrief_draw, .key = room_debrief_key,
    .wheel = room_debrief_wheel, .page = room_debrief_page,
};
