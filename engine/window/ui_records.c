/* ui_records: what the window keeps of a trainee's work. A recorder follows
 * every playthrough the window opens (a save after each decision, the attempt
 * at the ending, the answers when the debrief is left); the library's cards
 * show attempts and scores and offer Continue; a past attempt's debrief is
 * rebuilt by replaying it. Problems never stop the game: they are shown on a
 * notice and written to stderr. Headless windows (screenshots, tests) and
 * --choices runs write nothing unless LEADSIM_SAVES names a folder for them. */
#include "ui_internal.h"
#include "lrs.h"
#include "report_html.h"
#include "report_csv.h"
#include "report_md.h"
#include "report_xapi.h"
#include "uuid.h"
#include "paths.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define NOTICE_MS 6000               /* news */
#define NOTICE_ERROR_MS 20000        /* a problem, or where an edited story stopped */

void ui_records_init(App *app, bool driven)
{
    RecordsState *r = &app->records;
    r->recorder.attempt = -1;
    /* A player's window keeps their work; screenshots and --choices runs (tests, make bench)
     * keep it only in a folder named for them. */
    r->writable = (app->window != NULL && !driven) || getenv("LEADSIM_SAVES") != NULL;
    if (!save_dir(app->settings.saves, r->dir, sizeof r->dir))
        r->dir[0] = '\0';
}

/* ---- the notice ------------------------------------------------------------------------------ */

void ui_records_notice(App *app, bool error, const char *fmt, ...)
{
    RecordsState *r = &app->records;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->notice, sizeof r->notice, fmt, ap);
    va_end(ap);
    r->notice_error = error;
    r->notice_until = SDL_GetTicks() + (error ? NOTICE_ERROR_MS : NOTICE_MS);
    fprintf(stderr, "leadsim: %s\n", r->notice);
    app->dirty = true;
}

static void records_report(void *ctx, const char *message) { ui_records_notice(ctx, true, "%s", message); }

void ui_records_notice_draw(App *app)
{
    RecordsState *r = &app->records;
    if (r->notice[0] == '\0')
        return;
    int pad = ui_px(app, 1.2), width = app->w - 2 * ui_px(app, 4);
    const UiText *t = ui_wrapped(app, r->notice, FONT_SMALL, width - 2 * pad);
    int lines = t->count < 3 ? t->count : 3;
    int h = lines * fonts_line_height(app->fonts, FONT_SMALL) + 2 * pad;
    bool watch = app->watch.on && app->watch.banner[0];   /* that one sits at the foot */
    SDL_Rect box = {ui_px(app, 4), watch ? ui_px(app, 1) : app->h - h - ui_px(app, 1), width, h};
    ui_hit(app, box, ACT_NOTICE, 0);     /* over what it covers */
    ui_round(app, box, ui_px(app, 0.8), app->theme.surface_hover);
    ui_outline(app, box, ui_px(app, 0.8), 2, r->notice_error ? app->theme.error : app->theme.accent);
    ui_draw_clipped(app, t, lines, box.x + pad, box.y + pad, r->notice_error ? app->theme.error : app->theme.text, box);
}

int ui_records_timer(const App *app, uint32_t now)
{
    if (app->records.sync)
        return 250;                      /* look in on the LRS's thread now and then */
    uint32_t until = app->records.notice_until;
    if (app->records.notice[0] == '\0' || until == 0)
        return -1;
    return until > now ? (int)(until - now) : 0;
}

void ui_records_tick(App *app, uint32_t now)
{
    RecordsState *r = &app->records;
    LrsReport report;
    if (r->sync && lrs_sync_done(r->sync, &report)) {
        lrs_sync_finish(r->sync);
        r->sync = NULL;
        if (report.problem[0])
            ui_records_notice(app, true, "The learning record store has not taken the results yet (%s); they "
                              "wait, and go next time.", report.problem);
        else if (report.sent > 0)
            ui_records_notice(app, false, "Sent to your learning record store: %d statement%s.", report.sent,
                              report.sent == 1 ? "" : "s");
    }
    if (r->notice[0] && r->notice_until && now >= r->notice_until) {
        r->notice[0] = '\0';
        app->dirty = true;
    }
}

/* ---- a playthrough kept as it goes --------------------------------------------------------------- */

static void records_attach(App *app, const char *resume_path, const SaveData *resume)
{
    RecordsState *r = &app->records;
    if (!r->writable || r->dir[0] == '\0' || r->recording)
        return;
    r->recording = recorder_start(&r->recorder, &app->session, r->dir, app->settings.player, resume_path, resume,
                                  records_report, app) == 0;
    if (r->recording && app->settings.lrs_endpoint[0])   /* statements are queued only for an LRS */
        recorder_statements(&r->recorder, report_xapi_for_attempt, &app->settings);
}

/* An attempt was recorded: what waits for the LRS goes now, on a thread (the window never waits). */
static void records_send(App *app)
{
    RecordsState *r = &app->records;
    if (r->sync || !app->settings.lrs_endpoint[0] || !r->recording || r->recorder.attempt < 0)
        return;
    r->sync = lrs_sync_start(r->dir, &app->settings);
}

void ui_records_attach(App *app) { records_attach(app, NULL, NULL); }

bool ui_records_saving(const App *app)
{
    const RecordsState *r = &app->records;
    return r->recording && r->recorder.save_path[0] && app->playing && app->session.play.status == PLAY_RUNNING;
}

void ui_records_detach(App *app)
{
    RecordsState *r = &app->records;
    r->past = false;
    if (!r->recording)
        return;
    char failed[4400];
    recorder_flush(&r->recorder);
    bool saved = ui_records_saving(app) && !writer_failed(&r->recorder.writer, failed, sizeof failed);
    if (app->debrief.built)
        recorder_answers(&r->recorder, &app->debrief.doc);   /* reactions, estimate, commitments */
    records_send(app);
    recorder_stop(&r->recorder);
    r->recording = false;
    if (saved && !app->quit)             /* closing the window says nothing: the library will */
        ui_records_notice(app, false, "Saved. Continue on the library card of %s picks up where you left off.",
                          app->session.scenario->title);
}

/* ---- the library: attempts, scores and saves per card ------------------------------------------------ */

/* The history when there is one: reading the library never creates it. */
History *ui_records_history(App *app)
{
    char path[4200], notice[4400], why[4400];
    snprintf(path, sizeof path, "%s/%s", app->records.dir, HISTORY_FILE);
    if (app->records.dir[0] == '\0' || !paths_is_file(path))
        return NULL;
    History *h = history_open(app->records.dir, notice, sizeof notice, why, sizeof why);
    if (notice[0])
        ui_records_notice(app, true, "%s", notice);
    if (h == NULL)
        ui_records_notice(app, true, "%s", why);
    return h;
}

/* The first good save of `id`; bad ones on the way are reported (each once) and left alone. */
static SaveStatus records_find(App *app, const char *id, char *path, size_t size, SaveData *save)
{
    char *reported = app->records.reported, notes[8192];
    size_t room = sizeof app->records.reported;
    SaveStatus found = save_find(app->records.dir, id, app->settings.player, path, size, save, notes, sizeof notes);
    if (notes[0] && strstr(reported, notes) == NULL) {
        ui_records_notice(app, true, "%s", notes);
        size_t used = strlen(reported), length = strlen(notes);
        if (used + length + 2 < room) {  /* copied, not printed: -O1 cannot see that it fits */
            memcpy(reported + used, notes, length);
            memcpy(reported + used + length, "\n", 2);
        }
    }
    return found;
}

void ui_records_library(App *app)
{
    RecordsState *r = &app->records;
    free(r->cards);
    r->card_count = 0;
    r->cards = calloc((size_t)(app->library.count ? app->library.count : 1), sizeof *r->cards);
    if (r->cards == NULL)
        return;
    r->card_count = app->library.count;
    if (!save_dir(app->settings.saves, r->dir, sizeof r->dir))
        r->dir[0] = '\0';
    History *h = ui_records_history(app);
    for (int i = 0; i < r->card_count; i++) {
        CardRecord *c = &r->cards[i];
        const char *id = app->library.entries[i].id;
        c->last10 = c->best10 = -1;
        if (id == NULL || r->dir[0] == '\0')
            continue;
        if (h)
            history_summary(h, id, app->settings.player, &c->attempts, &c->last10, &c->best10);
        char path[4200];
        SaveData save;
        c->saved = records_find(app, id, path, sizeof path, &save) == SAVE_OK;
        save_data_free(&save);
    }
    history_close(h);
}

/* ---- Continue ------------------------------------------------------------------------------------------- */

/* Says how far the save replayed, and where and why an edited story stopped it. */
static void records_resumed(App *app, const char *path, const SaveData *save, int replayed, const char *note)
{
    char hash[HASH_HEX];
    bool changed = hash_file(app->session.scenario->path, hash) != 0 || strcmp(hash, save->sha256) != 0;
    if (note[0])
        ui_records_notice(app, true, "Continued from %s. %s%s", paths_display(path),
                          changed ? "The scenario changed since it was saved: " : "", note);
    else
        ui_records_notice(app, false, "Continued where you left off: replayed %d decision%s.", replayed,
                          replayed == 1 ? "" : "s");
}

bool ui_records_continue(App *app, const char *path)
{
    char *keep = strdup(path);           /* path may be app->play_path itself */
    ui_end_playthrough(app);
    free(app->play_path);
    app->play_path = keep;
    app->interactive = true;
    if (!ui_open_session(app, keep, false))
        return true;                     /* the error screen says why */
    char save_path[4200], note[1024];
    SaveData save = {0};
    if (app->records.dir[0] == '\0' ||
        records_find(app, app->session.scenario->id, save_path, sizeof save_path, &save) != SAVE_OK) {
        save_data_free(&save);
        ui_end_playthrough(app);
        return false;
    }
    int replayed = session_replay(&app->session, &save.record, note, sizeof note);
    if (replayed >= 0) {
        records_attach(app, save_path, &save);
        records_resumed(app, save_path, &save, replayed, note);
    }
    save_data_free(&save);
    return true;
}

/* ---- a card's foot: progress, and Continue / New game -------------------------------------------- */

static int records_button_height(const App *app)
{
    return fonts_line_height(app->fonts, FONT_SMALL_BOLD) + ui_px(app, 1.6);
}

int ui_records_card_height(const App *app) { return records_button_height(app) + ui_px(app, 1); }

static const CardRecord *records_card(const App *app, int index)
{
    return index >= 0 && index < app->records.card_count ? &app->records.cards[index] : NULL;
}

/* "3 attempts · last 62.5 · best 71.0", or "Not played yet". */
static const char *records_progress_text(const CardRecord *c, char *buf, size_t size)
{
    char last[16], best[16];
    if (c->attempts == 0)
        return c->saved ? "In progress" : "Not played yet";
    snprintf(buf, size, "%d attempt%s", c->attempts, c->attempts == 1 ? "" : "s");
    if (c->last10 >= 0) {
        size_t used = strlen(buf);
        snprintf(buf + used, size - used, "  \xC2\xB7  last %s  \xC2\xB7  best %s", debrief_tenths(c->last10, last, sizeof last),
                 debrief_tenths(c->best10, best, sizeof best));
    }
    return buf;
}

/* From the card's foot to the top of its buttons: a click there is theirs, not the card's. */
static int records_buttons_top(const App *app)
{
    return ui_px(app, 3) / 2 + records_button_height(app) + ui_px(app, 0.5);
}

int ui_records_card_buttons(const App *app, int index)
{
    const CardRecord *c = records_card(app, index);
    return c && c->saved && !app->library.entries[index].error ? records_buttons_top(app) : 0;
}

void ui_records_card(App *app, int index, SDL_Rect r)
{
    const CardRecord *c = records_card(app, index);
    if (c == NULL || app->library.entries[index].error)
        return;
    int pad = ui_px(app, 3), bh = records_button_height(app), y = r.y + r.h - records_buttons_top(app);
    int x = r.x + r.w - pad, right = x;
    if (c->saved) {
        static const char *const labels[2] = {"New game", "Continue"};
        for (int k = 0; k < 2; k++) {
            int w = ui_text_width(app, FONT_SMALL_BOLD, labels[k]) + ui_px(app, 4);
            x -= w;
            int button = app->records.button_card == index ? app->records.button : 0;
            bool focused = app->focus == index && button == 1 - k;
            ui_button_in(app, FONT_SMALL_BOLD, (SDL_Rect){x, y, w, bh}, labels[k], k == 1, focused,
                         k == 1 ? ACT_CONTINUE : ACT_NEW_GAME, index);
            x -= ui_px(app, 1.5);
        }
    }
    char text[160], fitted[160];
    int text_w = x - (r.x + pad) - ui_px(app, 1);
    int ty = y + (bh - fonts_line_height(app->fonts, FONT_SMALL)) / 2;
    ui_text(app, FONT_SMALL, app->theme.muted, r.x + pad, ty,
            ui_ellipsize(app, FONT_SMALL, records_progress_text(c, text, sizeof text), text_w, fitted, sizeof fitted),
            (SDL_Rect){r.x + pad, y, right - r.x - pad, bh});
}

static void records_new_game(App *app, int index)
{
    app->seed = 0;
    ui_start_playthrough(app, app->library.entries[index].path);
}

static void records_continue_card(App *app, int index)
{
    if (!ui_records_continue(app, app->library.entries[index].path)) {
        ui_records_notice(app, true, "The game in progress is gone; a new one starts.");
        records_new_game(app, index);
    }
}

bool ui_records_card_key(App *app, SDL_Keycode key)
{
    RecordsState *r = &app->records;
    if (key == SDLK_h) {
        ui_goto(app, SCREEN_PROGRESS);
        return true;
    }
    if (r->button_card != app->focus)
        r->button = 0;                   /* the focus moved to another card (the mouse) */
    r->button_card = app->focus;
    const CardRecord *c = records_card(app, app->focus);
    bool saved = c && c->saved && !app->library.entries[app->focus].error;
    bool forward = key == SDLK_RIGHT || key == SDLK_TAB || key == SDLK_PAGEDOWN;
    bool back = key == SDLK_LEFT || key == SDLK_PAGEUP;
    if (saved && (key == SDLK_RETURN || key == SDLK_KP_ENTER || key == SDLK_SPACE)) {
        if (r->button == 0)
            records_continue_card(app, app->focus);
        else
            records_new_game(app, app->focus);
        return true;
    }
    if (saved && ((forward && r->button == 0) || (back && r->button == 1))) {
        r->button = forward;             /* between the card's two buttons */
        app->clicker_focus = key == SDLK_PAGEDOWN || key == SDLK_PAGEUP;
        app->focus_since = SDL_GetTicks();
        app->dirty = true;
        return true;
    }
    r->button = 0;                       /* on to another card: Continue first */
    return false;
}

void ui_records_act(App *app, const Hit *hit)
{
    if (hit->action == ACT_NOTICE) {
        app->records.notice[0] = '\0';
        app->dirty = true;
    } else if (hit->action == ACT_PROGRESS) {
        ui_goto(app, SCREEN_PROGRESS);
    } else if (hit->action == ACT_CONTINUE) {
        app->focus = hit->index;
        records_continue_card(app, hit->index);
    } else if (hit->action == ACT_NEW_GAME) {
        app->focus = hit->index;
        records_new_game(app, hit->index);
    }
}

/* ---- a past attempt's debrief ---------------------------------------------------------------------- */

/* Opens the scenario the attempt was played on and replays it; false after saying why. */
static bool records_replay(App *app, const AttemptDetail *d, char *note, size_t size)
{
    char path[4096];
    bool found = d->file[0] && paths_is_file(d->file);
    if (found)
        snprintf(path, sizeof path, "%s", d->file);
    else if (!paths_resolve_scenario(d->attempt.scenario, path, sizeof path)) {
        ui_records_notice(app, true, "Attempt #%lld was played on '%s', which cannot be opened now.",
                          (long long)d->attempt.id, d->file[0] ? d->file : d->attempt.scenario);
        return false;
    }
    ui_end_playthrough(app);
    free(app->play_path);
    app->play_path = strdup(path);
    app->interactive = false;
    if (!ui_open_session(app, path, false))
        return false;
    char hash[HASH_HEX];
    bool changed = hash_file(app->session.scenario->path, hash) != 0 || strcmp(hash, d->attempt.sha256) != 0;
    note[0] = '\0';
    if (session_replay(&app->session, &d->record, note, size) < 0)
        return false;                    /* the error screen says why */
    if (changed && note[0] == '\0')
        snprintf(note, size, "the scenario changed since this attempt; its choices replayed in full");
    return true;
}

bool ui_records_open_attempt(App *app, int64_t id)
{
    History *h = ui_records_history(app);
    AttemptDetail d;
    if (h == NULL || history_get(h, id, &d) != 0) {
        ui_records_notice(app, true, "There is no attempt #%lld in the history.", (long long)id);
        history_close(h);
        return false;
    }
    history_close(h);
    char note[1024];
    bool shown = records_replay(app, &d, note, sizeof note) &&
                 ui_debrief_build_past(app, d.answered, d.attempt.player);
    if (shown) {
        history_detail_answers(&d, &app->debrief.doc);
        app->records.past = true;        /* nothing is recorded: no recorder was attached */
        ui_goto(app, SCREEN_DEBRIEF);
        ui_debrief_goto(app, 0);
        if (note[0])
            ui_records_notice(app, true, "Attempt #%lld: %s", (long long)id, note);
    }
    history_detail_free(&d);
    return shown;
}

void ui_records_free(App *app)
{
    lrs_sync_finish(app->records.sync);  /* what is in flight stops; unsent statements wait */
    app->records.sync = NULL;
    free(app->records.cards);
    app->records.cards = NULL;
    app->records.card_count = 0;
    free(app->records.progress.attempts);
    app->records.progress.attempts = NULL;
}

/* ---- export ---------------------------------------------------------------------------------------- */

/* One format of the debrief shown, into exports/ under the save folder. False when it failed. */
static bool records_write(App *app, const char *path, bool html)
{
    FILE *out = fopen(path, "w");
    if (out == NULL)
        return false;
    if (html)
        report_html(out, &app->debrief.doc, NULL);
    else
        report_md(out, &app->debrief.doc, NULL);
    bool ok = !ferror(out);              /* a full disk shows here, not only at the final flush */
    ok &= fclose(out) == 0;
    return ok;
}

/* The player's own attempts (those Progress shows), one row per attempt and competency, into a
 * new file (never over one written before); false, with nothing left behind, when it failed. */
static bool records_write_csv(App *app, History *h, const char *path)
{
    Attempt *list = NULL;
    int others;
    char names[160];
    int count = history_list_own(h, app->settings.player, &list, &others, names, sizeof names);
    FILE *out = count >= 0 ? fopen(path, "wx") : NULL;
    bool ok = out != NULL && report_csv_attempts(out, h, list, count);
    free(list);
    if (out) {
        ok &= !ferror(out);
        ok &= fclose(out) == 0;
        if (!ok)
            remove(path);                /* a partial file would pass for the whole */
    }
    return ok;
}

void ui_records_export_progress(App *app)
{
    RecordsState *r = &app->records;
    if (r->dir[0] == '\0') {
        ui_records_notice(app, true, "There is no save folder to export from: set one in Settings.");
        return;
    }
    r->notice[0] = '\0';
    History *h = ui_records_history(app);
    if (h == NULL) {                     /* a history that cannot be opened has said why */
        if (r->notice[0] == '\0')
            ui_records_notice(app, true, "There is no history to export yet.");
        return;
    }
    char folder[4200], stamp[32], csv[4400];
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    snprintf(folder, sizeof folder, "%s/exports", r->dir);
    snprintf(csv, sizeof csv, "%s/progress-%s.csv", folder, stamp);
    for (int n = 2; n < 100 && paths_is_file(csv); n++)   /* two exports in one second: both kept */
        snprintf(csv, sizeof csv, "%s/progress-%s-%d.csv", folder, stamp, n);
    errno = 0;
    if (!paths_make_dirs(folder) || !records_write_csv(app, h, csv))
        ui_records_notice(app, true, "Your progress could not be exported into %s%s%s%s.", paths_display(folder),
                          errno ? " (" : "", errno ? strerror(errno) : "", errno ? ")" : "");
    else
        ui_records_notice(app, false, "Exported: %s, a row per attempt and competency, for a spreadsheet or "
                          "your learning records.", paths_display(csv));
    history_close(h);
}

void ui_records_export(App *app)
{
    RecordsState *r = &app->records;
    if (!app->debrief.built || r->dir[0] == '\0') {
        ui_records_notice(app, true, "There is no save folder to export into: set one in Settings.");
        return;
    }
    char folder[4200], stamp[32], html[4400], md[4400];
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    snprintf(folder, sizeof folder, "%s/exports", r->dir);
    snprintf(html, sizeof html, "%s/%s-debrief-%s.html", folder, app->session.scenario->id, stamp);
    snprintf(md, sizeof md, "%s/%s-debrief-%s.md", folder, app->session.scenario->id, stamp);
    if (!paths_make_dirs(folder) || !records_write(app, html, true) || !records_write(app, md, false))
        ui_records_notice(app, true, "The debrief could not be exported into %s.", paths_display(folder));
    else
        ui_records_notice(app, false, "Exported: %s (and .md beside it). Open it in a browser, print it, or "
                          "bring it to a coaching conversation.", paths_display(html));
}
