/* ui_room_draw: what the room sees of a decision: the scene, the timer, how
 * many votes are in (never for what) until the reveal, then the tally as bars
 * with counts, shares and the teams behind each, in the colour-blind-safe chart
 * palette with labels, so colour is never the only cue. */
#include "ui_internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    int margin, top, bottom;
    SDL_Rect left, panel;        /* the scene and choices; the votes and the timer */
    int title_h;
} RoomGeometry;

static RoomGeometry ui_room_geometry(App *app)
{
    RoomGeometry g;
    g.margin = ui_px(app, 5);
    g.title_h = fonts_line_height(app->fonts, FONT_DISPLAY);
    g.top = ui_px(app, 3) + g.title_h + ui_px(app, 2);
    g.bottom = ui_content_bottom(app);
    int inner = app->w - 2 * g.margin, gap = ui_px(app, 4);
    int lw = inner * 62 / 100;
    g.left = (SDL_Rect){g.margin, g.top, lw, g.bottom - g.top};
    g.panel = (SDL_Rect){g.margin + lw + gap, g.top, inner - lw - gap, g.bottom - g.top};
    return g;
}

static int ui_line(const App *app, FontStyle style) { return fonts_line_height(app->fonts, style); }

static int ui_room_choice_height(App *app, int width, int k)
{
    const Playthrough *p = &app->room.room.session.play;
    const UiText *t = ui_wrapped(app, play_shown_text(p, k + 1), FONT_BODY, width - ui_px(app, 8));
    return t->count * ui_line(app, FONT_BODY) + ui_px(app, 2.4);
}

static int ui_room_choices_height(App *app, int width)
{
    int h = 0;
    for (int k = 0; k < app->room.room.session.play.shown_count; k++)
        h += ui_room_choice_height(app, width, k) + ui_px(app, 1.2);
    return h;
}

/* ---- text pages ----------------------------------------------------------------------------------- */

/* Pages of text alone take a reading measure (about 90 characters), not the choices' column. */
static int ui_room_text_width(App *app)
{
    RoomGeometry g = ui_room_geometry(app);
    int measure = ui_line(app, FONT_BODY) * 36;
    return app->w - 2 * g.margin < measure ? app->w - 2 * g.margin : measure;
}

/* The lines of page `page` (from 0), as many as fit above the button; returns the page count. */
static int ui_room_page_lines(App *app, const UiText *t, int page, int *from, int *to)
{
    RoomGeometry g = ui_room_geometry(app);
    int room = g.bottom - g.top - ui_line(app, FONT_BODY_BOLD) - ui_px(app, 6), start = 0, pages = 0;
    *from = *to = 0;
    while (start < t->count || pages == 0) {
        int end = start + 1;
        while (end < t->count && ui_lines_height(app, t, start, end + 1) <= room)
            end++;
        end = end > t->count ? t->count : end;
        if (pages == page) {
            *from = start;
            *to = end;
        }
        pages++;
        start = end;
    }
    return pages;
}

int ui_room_text_pages(App *app)
{
    const Playthrough *p = &app->room.room.session.play;
    const char *text = p->text ? p->text : "";
    if (p->status == PLAY_RUNNING && play_scene(p)->kind == SCENE_DECISION) {
        RoomGeometry g = ui_room_geometry(app);
        const UiText *beside = ui_wrapped(app, text, FONT_BODY, g.left.w);
        int h = ui_lines_height(app, beside, 0, beside->count) + ui_px(app, 2) + ui_room_choices_height(app, g.left.w);
        if (h <= g.bottom - g.top)
            return 0;                    /* the text fits beside the votes, over the choices */
    }
    const UiText *t = ui_wrapped(app, text, FONT_BODY, ui_room_text_width(app));
    int from, to;
    return ui_room_page_lines(app, t, 0, &from, &to);
}

/* ---- the timer -------------------------------------------------------------------------------------- */

void ui_room_draw_timer(App *app, SDL_Rect area)
{
    const RoomState *s = &app->room;
    if (s->room.timer <= 0)
        return;
    int left = (s->timer_left + 999) / 1000;
    char clock[32];
    snprintf(clock, sizeof clock, "%d:%02d", left / 60, left % 60);
    const char *state = left == 0 ? "Time" : s->timer_running ? "Discussion" : s->timer_started ? "Paused" : "Ready";
    bool up = left == 0;
    int cw = ui_text_width(app, FONT_DISPLAY, up ? "TIME" : clock);
    int sw = ui_text_width(app, FONT_SMALL_BOLD, state);
    int x = area.x + area.w - cw;
    if (up) {                            /* time is up: the box turns solid, and says so in words */
        SDL_Rect box = {x - ui_px(app, 2), area.y, cw + ui_px(app, 4), ui_line(app, FONT_DISPLAY)};
        ui_round(app, box, ui_px(app, 1), app->theme.accent);
        ui_text(app, FONT_DISPLAY, app->theme.accent_text, x, area.y, "TIME", box);
        return;
    }
    ui_text(app, FONT_DISPLAY, s->timer_running ? app->theme.text : app->theme.muted, x, area.y, clock, area);
    ui_text(app, FONT_SMALL_BOLD, s->timer_running ? app->theme.accent : app->theme.muted, x - sw - ui_px(app, 2),
            area.y + ui_line(app, FONT_DISPLAY) - ui_line(app, FONT_SMALL_BOLD) - ui_px(app, 1), state, area);
}

/* ---- the tally ---------------------------------------------------------------------------------------- */

/* "Red, Blue": the teams that voted for choice k. */
static void ui_room_teams_for(const Room *r, int k, char *out, size_t size)
{
    size_t used = 0;
    out[0] = '\0';
    for (int t = 0; t < r->team_count && used < size; t++)
        if (r->team_votes[t] == k + 1)
            used += (size_t)snprintf(out + used, size - used, "%s%s", used ? ", " : "", r->teams[t]);
}

/* One bar: "1  the choice's text" over it (or, where rows are short, before it); the count and
 * share beside it; the teams after; "the majority" or "tied" at the end of the row. */
static void ui_room_bar(App *app, SDL_Rect row, int k, int votes, int total, const char *mark)
{
    const Room *r = &app->room.room;
    int label_h = ui_line(app, FONT_BODY_BOLD);
    bool compact = row.h < 2 * label_h + ui_px(app, 1.2);
    char label[600], fitted[600], value[64], teams[400];
    ui_room_teams_for(r, k, teams, sizeof teams);
    snprintf(value, sizeof value, "%d vote%s  %d%%", votes, votes == 1 ? "" : "s", total ? 100 * votes / total : 0);
    int value_w = ui_text_width(app, FONT_BODY_BOLD, value) + ui_px(app, 2);
    int mark_w = mark[0] ? ui_text_width(app, FONT_BODY_BOLD, mark) + ui_px(app, 3) : 0;
    int label_w = compact ? row.w * 38 / 100 : row.w - mark_w;
    snprintf(label, sizeof label, "%d  %s", k + 1, play_shown_text(&r->session.play, k + 1));
    ui_text(app, FONT_BODY_BOLD, app->theme.text, row.x, row.y + (compact ? (row.h - label_h) / 2 : 0),
            ui_ellipsize(app, FONT_BODY_BOLD, label, label_w, fitted, sizeof fitted), row);
    int x = compact ? row.x + label_w + ui_px(app, 2) : row.x, y = compact ? row.y : row.y + label_h;
    int bar_h = compact ? row.h : row.h - label_h - ui_px(app, 1.2), ty = y + (bar_h - label_h) / 2;
    if (mark[0])
        ui_text(app, FONT_BODY_BOLD, app->theme.accent, row.x + row.w - mark_w + ui_px(app, 3),
                compact ? ty : row.y, mark, row);
    int track = (row.x + row.w - x) * (compact ? 5 : 6) / 10;   /* one track for every bar, so lengths compare */
    int w = total ? (int)((long)track * votes / total) : 0;
    ui_fill(app, (SDL_Rect){x, y, track, bar_h}, app->theme.surface);
    if (w > 0)
        ui_fill(app, (SDL_Rect){x, y, w, bar_h}, app->theme.chart[k % THEME_CHART_COLORS]);
    int vx = x + w + ui_px(app, 1.5);
    ui_text(app, FONT_BODY_BOLD, app->theme.text, vx, ty, value, row);
    int room = row.x + row.w - vx - value_w - (compact ? mark_w : 0);
    if (teams[0] && room > ui_px(app, 4))
        ui_text(app, FONT_BODY, app->theme.muted, vx + value_w, ty,
                ui_ellipsize(app, FONT_BODY, teams, room, fitted, sizeof fitted), row);
}

/* The bars: revealed for the room (with the majority marked and the pick ringed), or, for the
 * presenter, as the votes arrive. */
void ui_room_draw_tally(App *app, SDL_Rect area, bool revealed)
{
    const Room *r = &app->room.room;
    int n = r->session.play.shown_count, total = 0;
    bool tied[SCENARIO_MAX_CHOICES];
    int majority = room_majority(r, tied);
    for (int k = 0; k < n; k++)
        total += room_votes_for(r, k + 1);
    int gap = ui_px(app, 1.6), row_h = (area.h - (n - 1) * gap) / (n > 0 ? n : 1);
    int most = ui_line(app, FONT_BODY_BOLD) * 2 + ui_px(app, 3);
    row_h = row_h > most ? most : row_h;
    for (int k = 0; k < n; k++) {
        SDL_Rect row = {area.x, area.y + k * (row_h + gap), area.w, row_h};
        const char *mark = majority == k + 1 ? "majority" : tied[k] ? "tied" : "";
        if (revealed) {
            ui_hit(app, row, ACT_PICK, k + 1);
            if (app->room.pick == k + 1) {
                SDL_Rect ring = {row.x - ui_px(app, 1), row.y - ui_px(app, 0.5), row.w + ui_px(app, 2),
                                 row.h + ui_px(app, 1)};
                ui_focus_ring(app, ring, ui_px(app, 1));
            }
        }
        ui_room_bar(app, row, k, room_votes_for(r, k + 1), total, mark);
    }
}

/* ---- the scene and the votes ---------------------------------------------------------------------- */

static int ui_room_choices(App *app, SDL_Rect area, int y)
{
    const RoomState *s = &app->room;
    int n = s->room.session.play.shown_count, radius = ui_px(app, 1);
    for (int k = 0; k < n; k++) {
        SDL_Rect r = {area.x, y, area.w, ui_room_choice_height(app, area.w, k)};
        bool focused = s->room.team_count == 0 && s->select == k;
        ui_hit(app, r, ACT_PICK, k + 1);
        ui_round(app, r, radius, ui_hovered(app, ACT_PICK, k + 1) ? app->theme.surface_hover : app->theme.surface);
        ui_outline(app, r, radius, 1, app->theme.border);
        if (focused)
            ui_focus_ring(app, r, radius);
        char number[16];
        snprintf(number, sizeof number, "%d", k + 1);
        ui_text(app, FONT_BODY_BOLD, app->theme.accent, r.x + ui_px(app, 1.5), r.y + ui_px(app, 1.2), number, r);
        const UiText *t = ui_wrapped(app, play_shown_text(&s->room.session.play, k + 1), FONT_BODY,
                                     area.w - ui_px(app, 8));
        ui_draw_lines(app, t, 0, t->count, r.x + ui_px(app, 6), r.y + ui_px(app, 1.2), app->theme.text, r);
        y += r.h + ui_px(app, 1.2);
    }
    return y;
}

/* The votes panel: how many are in, each team's state (voted or not, never for what), Reveal.
 * Returns where it ends. */
static int ui_room_votes_panel(App *app, SDL_Rect panel)
{
    const RoomState *s = &app->room;
    const Room *r = &s->room;
    char line[160];
    int y = panel.y, count = ui_room_choices_count(app);
    if (r->team_count > 0)
        snprintf(line, sizeof line, "Votes in: %d of %d", room_votes_in(r), r->team_count);
    else
        snprintf(line, sizeof line, "Votes in: %d", room_votes_in(r));
    ui_text(app, FONT_HEADING, app->theme.text, panel.x, y, line, panel);
    y += ui_line(app, FONT_HEADING) + ui_px(app, 1.5);
    int row_h = ui_line(app, FONT_BODY_BOLD) + ui_px(app, 1.6);
    for (int t = 0; t < r->team_count; t++) {
        SDL_Rect row = {panel.x, y, panel.w, row_h};
        bool voted = r->team_votes[t] > 0, selected = s->select == t;
        ui_hit(app, row, ACT_PREV, t);
        ui_round(app, row, ui_px(app, 1), selected ? app->theme.surface_hover : app->theme.surface);
        if (selected)
            ui_focus_ring(app, row, ui_px(app, 1));
        ui_text(app, FONT_BODY_BOLD, app->theme.text, row.x + ui_px(app, 1.5), row.y + ui_px(app, 0.8), r->teams[t],
                row);
        const char *state = voted ? "voted" : selected ? "voting..." : "-";
        int sw = ui_text_width(app, FONT_BODY, state);
        ui_text(app, FONT_BODY, voted ? app->theme.positive : app->theme.muted, row.x + row.w - sw - ui_px(app, 1.5),
                row.y + ui_px(app, 0.8), state, row);
        y += row_h + ui_px(app, 0.8);
    }
    if (r->team_count == 0) {
        snprintf(line, sizeof line, "Counting choice %d", s->select + 1);
        if (s->select < count)
            ui_text(app, FONT_BODY, app->theme.muted, panel.x, y, line, panel);
        y += ui_line(app, FONT_BODY) + ui_px(app, 1);
    }
    int bh = ui_line(app, FONT_BODY_BOLD) + ui_px(app, 2.4);
    ui_button(app, (SDL_Rect){panel.x, y + ui_px(app, 1.5), panel.w, bh}, "Reveal the votes", true,
              s->select >= count, ACT_NEXT, 0);
    return y + ui_px(app, 1.5) + bh;
}

/* The notes, on the room's screen only when the facilitator asks (one display). */
static void ui_room_notes(App *app, SDL_Rect area)
{
    const Scene *scene = play_scene(&app->room.room.session.play);
    const char *notes = scene->notes ? scene->notes : "This scene has no notes.";
    const UiText *t = ui_wrapped(app, notes, FONT_SMALL, area.w - ui_px(app, 3));
    int h = ui_line(app, FONT_SMALL_BOLD) + t->count * ui_line(app, FONT_SMALL) + ui_px(app, 3);
    h = h < area.h ? h : area.h;
    SDL_Rect box = {area.x, area.y, area.w, h};
    ui_round(app, box, ui_px(app, 1), app->theme.surface);
    ui_outline(app, box, ui_px(app, 1), 2, app->theme.focus);
    ui_text(app, FONT_SMALL_BOLD, app->theme.focus, box.x + ui_px(app, 1.5), box.y + ui_px(app, 1),
            "Notes (S hides them)", box);
    ui_draw_clipped(app, t, (h - ui_px(app, 3) - ui_line(app, FONT_SMALL_BOLD)) / ui_line(app, FONT_SMALL),
                    box.x + ui_px(app, 1.5),
                    box.y + ui_px(app, 1) + ui_line(app, FONT_SMALL_BOLD), app->theme.text, box);
}

static void ui_room_feedback(App *app, SDL_Rect area)
{
    const Choice *c = play_shown(&app->room.room.session.play, app->room.pick);
    char text[2048];
    snprintf(text, sizeof text, "Feedback on %d: %s", app->room.pick,
             c && c->feedback ? c->feedback : "this choice has none.");
    const UiText *t = ui_wrapped(app, text, FONT_BODY, area.w);
    ui_draw_clipped(app, t, 3, area.x, area.y, app->theme.text, area);
}

static void ui_room_revealed(App *app, const RoomGeometry *g, const char **hint)
{
    RoomState *s = &app->room;
    SDL_Rect full = {g->margin, g->top, app->w - 2 * g->margin, g->bottom - g->top};
    int bh = ui_line(app, FONT_BODY_BOLD) + ui_px(app, 2.4), feedback_h = s->feedback ? 3 * ui_line(app, FONT_BODY) : 0;
    SDL_Rect chart = {full.x + ui_px(app, 1), full.y + ui_px(app, 1), full.w - ui_px(app, 2),
                      full.h - bh - ui_px(app, 4) - feedback_h};
    ui_room_draw_tally(app, chart, true);
    if (s->feedback)
        ui_room_feedback(app, (SDL_Rect){full.x, full.y + full.h - bh - ui_px(app, 2) - feedback_h, full.w, feedback_h});
    bool tied[SCENARIO_MAX_CHOICES];
    int majority = room_majority(&s->room, tied);
    char label[96];
    snprintf(label, sizeof label, "Take choice %d%s", s->pick,
             majority == s->pick ? " (the majority)" : majority == 0 ? " (the facilitator's pick)" : " (override)");
    int bw = ui_text_width(app, FONT_BODY_BOLD, label) + ui_px(app, 8);
    ui_button(app, (SDL_Rect){full.x + full.w - bw, full.y + full.h - bh, bw, bh}, label, true, true, ACT_NEXT, 0);
    *hint = "Enter: take it   1-9: another   F: feedback   Esc: leave";
}

static void ui_room_voting(App *app, const RoomGeometry *g, const char **hint)
{
    RoomState *s = &app->room;
    const Playthrough *p = &s->room.session.play;
    int y = g->top;
    if (ui_room_text_pages(app) == 0 && p->text && p->text[0]) {
        const UiText *t = ui_wrapped(app, p->text, FONT_BODY, g->left.w);
        ui_draw_lines(app, t, 0, t->count, g->left.x, y, app->theme.text, g->left);
        y += ui_lines_height(app, t, 0, t->count) + ui_px(app, 2);   /* paragraphs have gaps between them */
    }
    ui_room_choices(app, g->left, y);
    int below = ui_room_votes_panel(app, g->panel) + ui_px(app, 2);
    if (s->notes && s->presenter == NULL)
        ui_room_notes(app, (SDL_Rect){g->panel.x, below, g->panel.w, g->panel.y + g->panel.h - below});
    *hint = s->room.team_count > 0
        ? "1-9: vote   Tab: team   R: reveal   T: pause   A: +30 s"
        : "1-9: count   Shift+1-9: undo   R: reveal   T: pause   A: +30 s";
}

/* A page of text, and Continue (or the group debrief) on the last. */
static void ui_room_reading(App *app, const RoomGeometry *g, const char **hint)
{
    RoomState *s = &app->room;
    const Playthrough *p = &s->room.session.play;
    int width = ui_room_text_width(app), pages = ui_room_text_pages(app), from, to;
    const UiText *t = ui_wrapped(app, p->text ? p->text : "", FONT_BODY, width);
    ui_room_page_lines(app, t, s->text_page, &from, &to);
    SDL_Rect column = {g->margin, g->top, width, g->bottom - g->top};
    ui_draw_lines(app, t, from, to, g->margin, g->top, app->theme.text, column);
    bool deciding = p->status == PLAY_RUNNING && play_scene(p)->kind == SCENE_DECISION;
    bool last = s->text_page == pages - 1 && !deciding;
    const char *label = !last ? "More" : p->status == PLAY_ENDED ? "The group debrief" : "Continue";
    int bw = ui_text_width(app, FONT_BODY_BOLD, label) + ui_px(app, 10), bh = ui_line(app, FONT_BODY_BOLD) + ui_px(app, 2.4);
    int y = g->top + ui_lines_height(app, t, from, to) + ui_px(app, 3);
    ui_button(app, (SDL_Rect){g->margin + width - bw, y, bw, bh}, label, true, true, ACT_NEXT, 0);
    *hint = "Enter: on   PageUp: back   Esc: leave (saved)";
}

void ui_room_draw_screen(App *app)
{
    ui_room_prepare(app);
    if (ui_room_phones_draw(app))
        return;
    RoomState *s = &app->room;
    const Playthrough *p = &s->room.session.play;
    const Scene *scene = play_scene(p);
    RoomGeometry g = ui_room_geometry(app);
    bool deciding = p->status == PLAY_RUNNING && scene->kind == SCENE_DECISION;
    char title[512], page[64] = "";
    if (scene->kind == SCENE_ENDING)
        snprintf(title, sizeof title, "Ending: %s", scene->ending);
    else
        snprintf(title, sizeof title, "%s", scene->title ? scene->title : "");
    SDL_Rect top = {g.margin, ui_px(app, 3), app->w - 2 * g.margin, g.title_h};
    char fitted[512];
    int pages = ui_room_text_pages(app);
    bool timed = deciding && s->text_page >= pages && s->room.phase != ROOM_REVEALED && s->room.timer > 0;
    int timer_w = timed ? ui_text_width(app, FONT_DISPLAY, "00:00") + ui_px(app, 16) : 0;
    ui_text(app, FONT_TITLE, app->theme.text, top.x, top.y + (g.title_h - ui_line(app, FONT_TITLE)) / 2,
            ui_ellipsize(app, FONT_TITLE, title, top.w - timer_w, fitted, sizeof fitted), top);
    const char *hint = NULL;
    if (timed)                           /* with the choices, until the reveal */
        ui_room_draw_timer(app, top);
    if (deciding && s->text_page >= pages)
        s->room.phase == ROOM_REVEALED ? ui_room_revealed(app, &g, &hint) : ui_room_voting(app, &g, &hint);
    else
        ui_room_reading(app, &g, &hint);
    if (pages > 1 && s->text_page < pages)
        snprintf(page, sizeof page, "Page %d of %d", s->text_page + 1, pages);
    ui_footer(app, hint, page);
}

/* ---- for the presenter ---------------------------------------------------------------------------- */

const char *ui_room_next_text(const App *app, char *buf, size_t size)
{
    const RoomState *s = &app->room;
    const Playthrough *p = &s->room.session.play;
    const Scene *scene = play_scene(p);
    if (p->status == PLAY_ENDED)
        snprintf(buf, size, "Next: the group debrief.");
    else if (scene->kind != SCENE_DECISION)
        snprintf(buf, size, "Next: Continue to the next scene.");
    else if (s->room.phase == ROOM_REVEALED)
        snprintf(buf, size, "Next: take choice %d (Enter), or pick another.", s->pick);
    else if (s->room.phase == ROOM_VOTING || room_votes_in(&s->room) > 0)
        snprintf(buf, size, "Next: the remaining votes, then R reveals the tally.");
    else
        snprintf(buf, size, "Next: discussion, then enter each %s.", s->room.team_count ? "team's vote" : "count");
    return buf;
}
