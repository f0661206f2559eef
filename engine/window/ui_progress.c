/* ui_progress: the trainee's attempts, from the history. Four tabs: the five
 * domains across the newest attempts (a bar per attempt in each domain's row,
 * with its value written: the colour is never the only cue), the competencies
 * that moved most between the first attempt and the last, the commitments
 * (newest first), and the list of attempts, each of which opens its debrief.
 * The history is read once, when the screen is entered. */
#include "ui_internal.h"
#include "paths.h"

#include <stdlib.h>
#include <string.h>

#define PROGRESS_LIST 500            /* attempts on the list, the newest */
#define PROGRESS_READ 40             /* attempts read in full for the chart and the commitments */
#define PROGRESS_TABS 4
#define PROGRESS_TAB_HIT 1000        /* ACT_PICK index of a tab (rows of the list are 0..) */

static const char *const tab_titles[PROGRESS_TABS] = {"Domains", "Competencies", "Commitments", "Attempts"};

/* ---- reading the history -------------------------------------------------------------------------- */

/* The framework an attempt was scored against, for the titles; NULL when it cannot be found. */
static Framework *progress_framework(const AttemptDetail *d)
{
    char path[4096];
    DiagList diags = {0};
    Framework *fw = paths_framework_file(d->file, d->attempt.framework, path, sizeof path)
        ? framework_load(path, &diags) : NULL;
    diag_list_free(&diags);
    return fw;
}

static int progress_score(const AttemptDetail *d, const char *item, bool domain)
{
    for (int k = 0; k < d->score_count; k++)
        if (d->scores[k].domain == domain && strcmp(d->scores[k].item, item) == 0)
            return d->scores[k].score10;
    return -1;
}

static void progress_domains(ProgressScreen *p, const AttemptDetail *newest, const Framework *fw)
{
    p->domain_count = 0;
    for (int k = 0; k < newest->score_count && p->domain_count < PROGRESS_DOMAINS; k++)
        if (newest->scores[k].domain) {
            int i = fw ? framework_domain(fw, newest->scores[k].item) : -1;
            snprintf(p->domains[p->domain_count++], sizeof p->domains[0], "%s",
                     i >= 0 ? fw->domains[i].title : newest->scores[k].item);
        }
}

/* "2026-11-30T16:09:37Z" as "30 Nov": short enough for a column in projector type. */
static void progress_day(const char *iso, char *out, size_t size)
{
    static const char *const months[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    int year, month, day;
    if (sscanf(iso, "%d-%d-%d", &year, &month, &day) == 3 && month >= 1 && month <= 12)
        snprintf(out, size, "%d %s", day, months[month - 1]);
    else
        snprintf(out, size, "%.10s", iso);
}

static void progress_column(ProgressScreen *p, int column, const AttemptDetail *d, const AttemptDetail *newest)
{
    ProgressColumn *c = &p->columns[column];
    c->id = d->attempt.id;
    progress_day(d->attempt.finished, c->when, sizeof c->when);
    snprintf(c->scenario, sizeof c->scenario, "%s", d->attempt.title);
    int n = 0;
    for (int k = 0; k < newest->score_count && n < PROGRESS_DOMAINS; k++)
        if (newest->scores[k].domain)
            c->score10[n++] = progress_score(d, newest->scores[k].item, true);
}

static void progress_commitments(ProgressScreen *p, const AttemptDetail *d)
{
    for (int k = 0; k < DOC_COMMITMENTS && p->commitment_count < PROGRESS_COMMITMENTS; k++) {
        if (d->answers.commitments[k][0] == '\0')
            continue;
        ProgressCommitment *c = &p->commitments[p->commitment_count++];
        snprintf(c->heading, sizeof c->heading, "#%lld  \xC2\xB7  %.10s  \xC2\xB7  %s", (long long)d->attempt.id,
                 d->attempt.finished, d->attempt.title);
        snprintf(c->text, sizeof c->text, "%s", d->answers.commitments[k]);
    }
}

static int progress_by_move(const void *a, const void *b)
{
    const ProgressMove *x = a, *y = b;
    int dx = abs(x->to10 - x->from10), dy = abs(y->to10 - y->from10);
    return dy != dx ? dy - dx : strcmp(x->title, y->title);
}

/* The competencies that moved most from `first` to `last`, assessed in both. */
static void progress_moves(ProgressScreen *p, const AttemptDetail *first, const AttemptDetail *last, const Framework *fw)
{
    ProgressMove all[128];
    int n = 0;
    for (int k = 0; k < last->score_count && n < 128; k++) {
        const AttemptScore *s = &last->scores[k];
        int before = s->domain ? -1 : progress_score(first, s->item, false);
        if (before < 0 || s->score10 < 0 || before == s->score10)
            continue;
        int i = fw ? framework_competency(fw, s->item) : -1;
        snprintf(all[n].title, sizeof all[n].title, "%s", i >= 0 ? fw->competencies[i].title : s->item);
        all[n].from10 = before;
        all[n++].to10 = s->score10;
    }
    qsort(all, (size_t)n, sizeof *all, progress_by_move);
    p->move_count = n < PROGRESS_MOVES ? n : PROGRESS_MOVES;
    memcpy(p->moves, all, (size_t)p->move_count * sizeof *all);
    p->move_from = first->attempt.id;
    p->move_to = last->attempt.id;
}

/* Reads the newest attempts in full: the chart's columns, the commitments, the moves. */
static void progress_details(ProgressScreen *p, History *h, const Attempt *all, int n)
{
    AttemptDetail newest, first;
    if (history_get(h, all[n - 1].id, &newest) != 0)
        return;
    Framework *fw = progress_framework(&newest);
    progress_domains(p, &newest, fw);
    p->column_count = n < PROGRESS_COLUMNS ? n : PROGRESS_COLUMNS;
    for (int k = 0; k < PROGRESS_READ && k < n; k++) {
        AttemptDetail d;
        if (history_get(h, all[n - 1 - k].id, &d) != 0)
            continue;
        if (k < p->column_count)
            progress_column(p, p->column_count - 1 - k, &d, &newest);
        progress_commitments(p, &d);
        history_detail_free(&d);
    }
    int from = 0;                        /* the first attempt at the newest one's scenario, if another */
    while (from < n - 1 && strcmp(all[from].scenario, all[n - 1].scenario) != 0)
        from++;
    if (n >= 2 && history_get(h, all[from == n - 1 ? 0 : from].id, &first) == 0) {
        progress_moves(p, &first, &newest, fw);
        history_detail_free(&first);
    }
    framework_free(fw);
    history_detail_free(&newest);
}

static void progress_load(App *app)
{
    ProgressScreen *p = &app->records.progress;
    free(p->attempts);
    int tab = p->tab, list_first = p->list_first;
    memset(p, 0, sizeof *p);
    if (app->previous == SCREEN_DEBRIEF) {   /* back from an attempt's debrief: where it was */
        p->tab = tab;
        p->list_first = list_first;
    }
    p->loaded = true;
    History *h = ui_records_history(app);
    Attempt *all = NULL;
    int n = h ? history_list_own(h, app->settings.player, &all, &p->others, p->other_names, sizeof p->other_names)
              : 0;
    for (int k = 0; app->settings.player[0] && k < n; k++)
        p->unnamed += all[k].player[0] == '\0';
    if (n > 0) {
        p->total = n;
        p->count = n < PROGRESS_LIST ? n : PROGRESS_LIST;
        p->attempts = malloc((size_t)p->count * sizeof *p->attempts);
        for (int k = 0; p->attempts && k < p->count; k++)
            p->attempts[k] = all[n - 1 - k];
        if (p->attempts == NULL)
            p->count = 0;
        progress_details(p, h, all, n);
    }
    free(all);
    history_close(h);
}

/* ---- drawing ---------------------------------------------------------------------------------------- */

static UiColumn progress_area(const App *app)     /* the whole width, under the title and tabs */
{
    return ui_column(app, 0, ui_px(app, 4) + fonts_line_height(app->fonts, FONT_TITLE) + ui_px(app, 1) +
                                 fonts_line_height(app->fonts, FONT_SMALL_BOLD) + ui_px(app, 3));
}

/* The title, the Back button and the tabs. */
static void progress_header(App *app)
{
    ProgressScreen *p = &app->records.progress;
    int margin = ui_px(app, 6), y = ui_px(app, 4);
    const char *back = "Back to the library", *export = "Export (E)";
    int bw = ui_text_width(app, FONT_BODY_BOLD, back) + ui_px(app, 6);
    int ew = ui_text_width(app, FONT_BODY_BOLD, export) + ui_px(app, 6);
    int bh = fonts_line_height(app->fonts, FONT_BODY_BOLD) + ui_px(app, 2.5);
    ui_button(app, (SDL_Rect){app->w - margin - bw, y, bw, bh}, back, false, false, ACT_TO_LIBRARY, 0);
    if (p->total > 0) {
        ui_button(app, (SDL_Rect){app->w - margin - bw - ui_px(app, 2) - ew, y, ew, bh}, export, false, false,
                  ACT_EXPORT, 0);
        bw += ui_px(app, 2) + ew;        /* the title keeps clear of both */
    }
    char title[96];
    snprintf(title, sizeof title, p->total ? "Your progress: %d attempt%s" : "Your progress", p->total,
             p->total == 1 ? "" : "s");
    SDL_Rect box = {margin, y, app->w - 2 * margin - bw - ui_px(app, 2), fonts_line_height(app->fonts, FONT_TITLE)};
    char fitted[160];
    ui_text(app, FONT_TITLE, app->theme.accent, margin, y, ui_ellipsize(app, FONT_TITLE, title, box.w, fitted,
            sizeof fitted), box);
    y += fonts_line_height(app->fonts, FONT_TITLE) + ui_px(app, 1);
    int x = margin, line = fonts_line_height(app->fonts, FONT_SMALL_BOLD);
    for (int t = 0; t < PROGRESS_TABS; t++) {
        char label[64];
        snprintf(label, sizeof label, "%d %s", t + 1, tab_titles[t]);
        int w = ui_text_width(app, FONT_SMALL_BOLD, label);
        ui_text(app, FONT_SMALL_BOLD, t == p->tab ? app->theme.accent : app->theme.muted, x, y, label,
                (SDL_Rect){x, y, w + 1, line});
        if (t == p->tab)
            ui_fill(app, (SDL_Rect){x, y + line + ui_px(app, 0.3), w, ui_px(app, 0.4) > 2 ? ui_px(app, 0.4) : 2},
                    app->theme.accent);
        ui_hit(app, (SDL_Rect){x, y, w, line}, ACT_PICK, PROGRESS_TAB_HIT + t);
        x += w + ui_px(app, 4);
    }
    /* A shared save folder: whose attempts are left out, and that unnamed ones are counted in. */
    char shared[400] = "", cut[400];
    if (p->others > 0)
        snprintf(shared, sizeof shared, "Not shown: %d by %s", p->others, p->other_names);
    if (p->unnamed > 0)
        snprintf(shared + strlen(shared), sizeof shared - strlen(shared), "%sIncluded: %d with no name",
                 shared[0] ? ".  " : "", p->unnamed);
    int room = app->w - margin - x;
    if (shared[0] && room > ui_px(app, 8)) {
        const char *text = ui_ellipsize(app, FONT_SMALL, shared, room, cut, sizeof cut);
        int w = ui_text_width(app, FONT_SMALL, text);
        ui_text(app, FONT_SMALL, app->theme.muted, app->w - margin - w, y, text,
                (SDL_Rect){app->w - margin - w, y, w + 1, line});
    }
}

/* A line of prose in the area, wrapped; returns the height taken. */
static int progress_prose(App *app, const char *text, FontStyle style, Color color, int x, int y, int width, int max_lines)
{
    const UiText *t = ui_wrapped(app, text, style, width);
    int lines = t->count < max_lines ? t->count : max_lines;
    ui_draw_clipped(app, t, lines, x, y, color, (SDL_Rect){x, y, width, app->h - y});
    return ui_lines_height(app, t, 0, lines);
}

static const char *progress_value(int score10, char *buf, size_t size)
{
    return score10 < 0 ? "-" : debrief_tenths(score10, buf, size);
}

/* One cell of the chart: the value, then a bar of it (out of 100) in the domain's colour. */
static void progress_cell(App *app, int score10, Color fill, SDL_Rect cell)
{
    char value[16];
    int bar_h = ui_px(app, 1.2) > 6 ? ui_px(app, 1.2) : 6;
    int value_h = fonts_line_height(app->fonts, FONT_BODY_BOLD);
    int y = cell.y + (cell.h - value_h - ui_px(app, 0.4) - bar_h) / 2;
    ui_text(app, FONT_BODY_BOLD, score10 < 0 ? app->theme.muted : app->theme.text, cell.x, y,
            progress_value(score10, value, sizeof value), cell);
    SDL_Rect track = {cell.x, y + value_h + ui_px(app, 0.4), cell.w, bar_h};
    ui_round(app, track, bar_h / 2, app->theme.border);
    if (score10 > 0)
        ui_round(app, (SDL_Rect){track.x, track.y, track.w * score10 / 1000 > bar_h ? track.w * score10 / 1000 : bar_h,
                                 bar_h}, bar_h / 2, fill);
}

/* Rows are the domains, columns the newest attempts (oldest on the left). */
static void progress_chart(App *app, UiColumn a)
{
    ProgressScreen *p = &app->records.progress;
    int label_w = a.width * 3 / 10, gap = ui_px(app, 2.5);
    int columns = p->column_count, small = fonts_line_height(app->fonts, FONT_SMALL);
    int col_w = columns ? (a.width - label_w - columns * gap) / columns : 0;
    int head_h = fonts_line_height(app->fonts, FONT_SMALL_BOLD) + 2 * small + ui_px(app, 1);
    for (int c = 0; c < columns; c++) {   /* "#12", "30 Nov", the scenario: each line short enough */
        int x = a.x + label_w + gap + c * (col_w + gap), y = a.top;
        SDL_Rect box = {x, a.top, col_w, head_h};
        char label[32], fitted[300];
        snprintf(label, sizeof label, "#%lld", (long long)p->columns[c].id);
        ui_text(app, FONT_SMALL_BOLD, app->theme.text, x, y, label, box);
        y += fonts_line_height(app->fonts, FONT_SMALL_BOLD);
        ui_text(app, FONT_SMALL, app->theme.muted, x, y, ui_ellipsize(app, FONT_SMALL, p->columns[c].when, col_w,
                fitted, sizeof fitted), box);
        ui_text(app, FONT_SMALL, app->theme.muted, x, y + small,
                ui_ellipsize(app, FONT_SMALL, p->columns[c].scenario, col_w, fitted, sizeof fitted), box);
    }
    int rows = p->domain_count ? p->domain_count : 1, top = a.top + head_h + ui_px(app, 1);
    int row_h = (a.bottom - top) / rows, most = fonts_line_height(app->fonts, FONT_BODY) * 3;
    row_h = row_h > most ? most : row_h;
    for (int d = 0; d < p->domain_count; d++) {
        int y = top + d * row_h, swatch = ui_px(app, 1.6);
        Color color = app->theme.chart[d % THEME_CHART_COLORS];
        ui_fill(app, (SDL_Rect){a.x, y + (row_h - swatch) / 2, swatch, swatch}, color);
        const UiText *t = ui_wrapped(app, p->domains[d], FONT_BODY, label_w - swatch - ui_px(app, 1.5));
        int lines = t->count < 2 ? t->count : 2;
        int ty = y + (row_h - ui_lines_height(app, t, 0, lines)) / 2;
        ui_draw_clipped(app, t, lines, a.x + swatch + ui_px(app, 1.5), ty, app->theme.text,
                        (SDL_Rect){a.x, y, label_w, row_h});
        for (int c = 0; c < columns; c++)
            progress_cell(app, p->columns[c].score10[d], color,
                          (SDL_Rect){a.x + label_w + gap + c * (col_w + gap), y, col_w, row_h});
        if (d > 0)
            ui_fill(app, (SDL_Rect){a.x, y, a.width, 1}, app->theme.border);
    }
}

static void progress_moves_draw(App *app, UiColumn a)
{
    ProgressScreen *p = &app->records.progress;
    char intro[200];
    snprintf(intro, sizeof intro, "The competencies that moved most between attempt #%lld and your last, #%lld",
             (long long)p->move_from, (long long)p->move_to);
    int y = a.top + progress_prose(app, intro, FONT_BODY, app->theme.muted, a.x, a.top, a.width, 2) + ui_px(app, 2);
    int row_h = fonts_line_height(app->fonts, FONT_BODY) + ui_px(app, 1.5);
    for (int k = 0; k < p->move_count && y + row_h <= a.bottom; k++, y += row_h) {
        const ProgressMove *m = &p->moves[k];
        char from[16], to[16], change[48], fitted[200];
        int delta = m->to10 - m->from10;
        snprintf(change, sizeof change, "%s \xE2\x86\x92 %s   %s%s", debrief_tenths(m->from10, from, sizeof from),
                 debrief_tenths(m->to10, to, sizeof to), delta > 0 ? "+" : "", debrief_tenths(delta, fitted, 16));
        int cw = ui_text_width(app, FONT_BODY_BOLD, change);
        SDL_Rect box = {a.x, y, a.width, row_h};
        ui_text(app, FONT_BODY, app->theme.text, a.x, y,
                ui_ellipsize(app, FONT_BODY, m->title, a.width - cw - ui_px(app, 3), fitted, sizeof fitted), box);
        ui_text(app, FONT_BODY_BOLD, delta > 0 ? app->theme.positive : app->theme.negative, a.x + a.width - cw, y,
                change, box);
    }
}

static void progress_commitments_draw(App *app, UiColumn a)
{
    ProgressScreen *p = &app->records.progress;
    int y = a.top, small = fonts_line_height(app->fonts, FONT_SMALL);
    for (int k = 0; k < p->commitment_count; k++) {
        const UiText *t = ui_wrapped(app, p->commitments[k].text, FONT_BODY, a.width);
        int lines = t->count < 3 ? t->count : 3;
        if (y + small + ui_lines_height(app, t, 0, lines) > a.bottom)
            break;
        char fitted[400];
        ui_text(app, FONT_SMALL, app->theme.muted, a.x, y,
                ui_ellipsize(app, FONT_SMALL, p->commitments[k].heading, a.width, fitted, sizeof fitted),
                (SDL_Rect){a.x, y, a.width, small});
        y += small;
        y += progress_prose(app, p->commitments[k].text, FONT_BODY, app->theme.text, a.x, y, a.width, 3) + ui_px(app, 2);
    }
}

static int progress_row_height(const App *app) { return fonts_line_height(app->fonts, FONT_BODY) + ui_px(app, 2); }

/* One attempt on the list: "#12  2026-11-30 14:02", the scenario and ending, the overall score. */
static void progress_row(App *app, int k, SDL_Rect r)
{
    const Attempt *at = &app->records.progress.attempts[k];
    ui_hit(app, r, ACT_PICK, k);
    bool hover = ui_hovered(app, ACT_PICK, k);
    if (hover)
        ui_round(app, r, ui_px(app, 0.8), app->theme.surface_hover);
    if (app->focus == k) {
        ui_focus_ring(app, r, ui_px(app, 0.8));
        ui_clicker_bar(app, r);
    }
    char left[64], overall[32], score[16], what[600], fitted[700];
    snprintf(left, sizeof left, "#%lld  %.10s %.5s", (long long)at->id, at->finished,
             strlen(at->finished) > 11 ? at->finished + 11 : "");
    snprintf(overall, sizeof overall, "overall %s", progress_value(at->overall10, score, sizeof score));
    snprintf(what, sizeof what, "%s  \xC2\xB7  %s", at->title, at->ending_title[0] ? at->ending_title : "stopped");
    int pad = ui_px(app, 1.2), y = r.y + (r.h - fonts_line_height(app->fonts, FONT_BODY)) / 2;
    char widest[32];                     /* the column fits the longest number on the list */
    snprintf(widest, sizeof widest, "#%lld  0000-00-00 00:00", (long long)app->records.progress.attempts[0].id);
    int left_w = ui_text_width(app, FONT_SMALL, widest) + ui_px(app, 2);
    int ow = ui_text_width(app, FONT_BODY_BOLD, overall);
    int sy = r.y + (r.h - fonts_line_height(app->fonts, FONT_SMALL)) / 2;
    ui_text(app, FONT_SMALL, app->theme.muted, r.x + pad, sy, ui_ellipsize(app, FONT_SMALL, left, left_w, fitted,
            sizeof fitted), r);
    ui_text(app, FONT_BODY, app->theme.text, r.x + pad + left_w, y,
            ui_ellipsize(app, FONT_BODY, what, r.w - 2 * pad - left_w - ow - ui_px(app, 2), fitted, sizeof fitted), r);
    ui_text(app, FONT_BODY_BOLD, app->theme.text, r.x + r.w - pad - ow, y, overall, r);
}

static void progress_list(App *app, UiColumn a)
{
    ProgressScreen *p = &app->records.progress;
    int row_h = progress_row_height(app);
    p->list_rows = (a.bottom - a.top) / row_h > 1 ? (a.bottom - a.top) / row_h : 1;
    if (app->focus >= 0)                 /* the page that holds the focus */
        p->list_first = app->focus / p->list_rows * p->list_rows;
    for (int k = p->list_first; k < p->count && k < p->list_first + p->list_rows; k++)
        progress_row(app, k, (SDL_Rect){a.x, a.top + (k - p->list_first) * row_h, a.width, row_h - ui_px(app, 0.5)});
}

static void progress_draw(App *app)
{
    ProgressScreen *p = &app->records.progress;
    if (!p->loaded)
        progress_load(app);
    progress_header(app);
    UiColumn a = progress_area(app);
    static const char *const empty[PROGRESS_TABS] = {
        "No attempts yet. Finish a scenario and its scores appear here, attempt by attempt.",
        "Play a scenario twice to see which competencies moved.",
        "No commitments yet. After a debrief, write what you will do at work; it is kept here.",
        "No attempts yet.",
    };
    bool none = p->tab == 0 ? p->column_count == 0 : p->tab == 1 ? p->move_count == 0
              : p->tab == 2 ? p->commitment_count == 0 : p->count == 0;
    if (none)
        progress_prose(app, empty[p->tab], FONT_BODY, app->theme.muted, a.x, a.top, a.width, 4);
    else if (p->tab == 0)
        progress_chart(app, a);
    else if (p->tab == 1)
        progress_moves_draw(app, a);
    else if (p->tab == 2)
        progress_commitments_draw(app, a);
    else
        progress_list(app, a);
    char clicker[160], right[64] = "";
    const char *hint = ui_clicker_hint(app, "Opening this attempt", clicker, sizeof clicker);
    if (hint == NULL)
        hint = p->tab == 3 ? "Up/Down: an attempt   Enter: its debrief   1-4: a tab   E: export   Esc: library"
                           : "PageDown: next tab   PageUp: back   1-4: a tab   E: export   Esc: library";
    if (p->tab == 3 && p->count > p->list_rows)
        snprintf(right, sizeof right, "%d-%d of %s%d", p->list_first + 1,
                 p->list_first + p->list_rows < p->count ? p->list_first + p->list_rows : p->count,
                 p->total > p->count ? "the newest " : "", p->count);
    ui_footer(app, hint, right[0] ? right : NULL);
}

/* ---- keys ----------------------------------------------------------------------------------------------- */

static void progress_tab(App *app, int tab)
{
    ProgressScreen *p = &app->records.progress;
    if (tab < 0 || tab >= PROGRESS_TABS)
        return;
    p->tab = tab;
    app->focus = tab == 3 && p->count > 0 ? p->list_first : -1;
    app->clicker_focus = false;
    app->dirty = true;
}

/* On the list: move the focus; a clicker's rest on it opens the attempt. */
static void progress_list_key(App *app, SDL_Keycode key)
{
    ProgressScreen *p = &app->records.progress;
    int focus = app->focus < 0 ? 0 : app->focus;
    bool down = key == SDLK_DOWN || key == SDLK_PAGEDOWN || key == SDLK_TAB;
    if (key == SDLK_RETURN || key == SDLK_KP_ENTER || key == SDLK_SPACE) {
        if (p->count > 0)
            ui_records_open_attempt(app, p->attempts[focus].id);
        return;
    }
    if ((key == SDLK_UP || key == SDLK_PAGEUP) && focus == 0) {
        progress_tab(app, 2);
        return;
    }
    focus += down ? 1 : -1;
    app->focus = focus < 0 ? 0 : focus >= p->count ? p->count - 1 : focus;
    app->clicker_focus = key == SDLK_PAGEDOWN || key == SDLK_PAGEUP;
    app->focus_since = SDL_GetTicks();
    app->dirty = true;
}

static void progress_key(App *app, SDL_Keycode key)
{
    ProgressScreen *p = &app->records.progress;
    if (key == SDLK_ESCAPE || key == SDLK_h) {
        ui_to_library(app);
    } else if (key == SDLK_e && p->total > 0 && !app->key_repeat &&
               !(app->key_mod & (KMOD_CTRL | KMOD_ALT | KMOD_GUI))) {   /* one file per press */
        ui_records_export_progress(app);
    } else if (key >= SDLK_1 && key < SDLK_1 + PROGRESS_TABS) {
        progress_tab(app, (int)(key - SDLK_1));
    } else if (p->tab == 3 && (key == SDLK_UP || key == SDLK_DOWN || key == SDLK_TAB || key == SDLK_PAGEUP ||
                               key == SDLK_PAGEDOWN || key == SDLK_RETURN || key == SDLK_KP_ENTER || key == SDLK_SPACE)) {
        progress_list_key(app, key);
    } else if (ui_is_next(key)) {
        progress_tab(app, p->tab + 1);
    } else if (ui_is_previous(key)) {
        progress_tab(app, p->tab - 1);
    }
}

static void progress_click(App *app, const Hit *hit)
{
    ProgressScreen *p = &app->records.progress;
    if (hit->action != ACT_PICK)
        return;
    if (hit->index >= PROGRESS_TAB_HIT)
        progress_tab(app, hit->index - PROGRESS_TAB_HIT);
    else if (hit->index < p->count)
        ui_records_open_attempt(app, p->attempts[hit->index].id);
}

static void progress_wheel(App *app, int steps)
{
    if (app->records.progress.tab == 3)
        progress_list_key(app, steps > 0 ? SDLK_DOWN : SDLK_UP);
}

static void progress_enter(App *app)
{
    progress_load(app);
    progress_tab(app, app->records.progress.tab);
    if (app->previous == SCREEN_DEBRIEF && app->records.progress.tab == 3)
        app->focus = app->records.progress.list_first;
}

const Screen screen_progress = {
    .name = "progress", .enter = progress_enter, .draw = progress_draw, .key = progress_key,
    .click = progress_click, .wheel = progress_wheel, .page = progress_tab, .clicker = true,
};
