/* ui_room: a scenario run for a room, one decision at a time: the scene, the
 * discussion timer, votes entered by keyboard or clicker, the hidden tally,
 * the reveal and the room's choice. Everything goes through the room (room.h),
 * which saves after every change; this file keeps only what the view needs.
 * Drawing is ui_room_draw.c.
 *
 * A clicker has two useful buttons, so the cycle reads "PageUp changes,
 * PageDown moves on": while voting, PageUp cycles the selected team's vote
 * (with no teams: counts one for the focused choice) and PageDown moves to the
 * next team, then to Reveal; after the reveal PageUp moves the pick and
 * PageDown takes it. */
#include "ui_internal.h"
#include "paths.h"
#include "save.h"
#include "room_save.h"

#include <stdlib.h>
#include <string.h>

#define UI_ROOM_ADD_MS 30000

/* ---- opening and closing ---------------------------------------------------------------------- */

static void ui_room_error(App *app, DiagList *diags, const char *why)
{
    char text[4400];
    size_t used = 0;
    text[0] = '\0';
    for (int i = 0; i < diags->count && used < sizeof text; i++)
        used += (size_t)snprintf(text + used, sizeof text - used, "%s:%d: %s\n", diags->items[i].path,
                                 diags->items[i].line, diags->items[i].message);
    if (why && why[0] && used < sizeof text)
        snprintf(text + used, sizeof text - used, "%s", why);
    diag_list_free(diags);
    ui_show_error(app, "The room could not start", text);
}

/* The room's save: <save folder>/<scenario id>.room.json, as leadsim facilitate --text uses. */
static bool ui_room_save_file(App *app, const char *path, char *out, size_t size, DiagList *diags)
{
    char dir[4096];
    Session probe;
    if (session_open(&probe, path, diags) != 0)
        return false;
    if (save_dir(app->settings.saves, dir, sizeof dir)) {
        paths_make_dirs(dir);
        room_save_path(dir, probe.scenario->id, out, size);
    } else {
        out[0] = '\0';                   /* no save folder: the room runs unsaved */
    }
    session_close(&probe);
    return true;
}

bool ui_room_start(App *app, const char *path, const char *teams, int timer, bool leaderboard, bool resume,
                   uint64_t seed)
{
    ui_end_playthrough(app);             /* a playthrough or another room */
    DiagList diags = {0};
    char save[4200], why[4400] = "";
    if (!ui_room_save_file(app, path, save, sizeof save, &diags)) {
        ui_room_error(app, &diags, NULL);
        return false;
    }
    Room *r = &app->room.room;
    int opened = resume ? room_resume(r, save, &diags, why, sizeof why)
                        : room_open(r, path, teams, timer, leaderboard, &diags, why, sizeof why);
    if (opened != 0) {
        ui_room_error(app, &diags, why[0] ? why : "The room could not be opened.");
        return false;
    }
    diag_list_free(&diags);
    app->room.open = true;
    if (!resume) {
        char note[4600] = "";
        if (save[0] && room_set_aside(save, note, sizeof note) == 0)   /* never over a room saved before */
            room_save_to(r, save);
        if (note[0])
            ui_records_notice(app, true, "%s", note);
        if (room_start(r, seed ? seed : session_fresh_seed()) != 0) {
            ui_show_error(app, "This scenario stopped with an error", r->session.play.error);
            return false;
        }
    }
    app->room.at_path = -1;
    if (r->resumed_phone_votes > 0)
        ui_records_notice(app, false, "%d phone vote%s on this decision %s kept as counts; if those phones vote "
                          "again, take back the ones counted twice (Shift+1-9).", r->resumed_phone_votes,
                          r->resumed_phone_votes == 1 ? "" : "s", r->resumed_phone_votes == 1 ? "was" : "were");
    if (app->window) {
        char title[256];
        snprintf(title, sizeof title, "leadsim - %s (room)", r->session.scenario->title);
        SDL_SetWindowTitle(app->window, title);
    }
    ui_goto(app, SCREEN_ROOM);
    ui_presenter_open(app);
    return true;
}

void ui_room_close(App *app)
{
    ui_room_phones_stop(app);
    ui_presenter_close(app);
    if (app->room.reported)
        room_report_free(&app->room.report);
    app->room.reported = false;
    if (app->room.open)
        room_close(&app->room.room);
    app->room.open = false;
    app->room.results[0] = '\0';
}

/* ---- the view of the current step ---------------------------------------------------------------- */

int ui_room_choices_count(const App *app)
{
    const Room *r = &app->room.room;
    return r->team_count > 0 ? r->team_count : r->session.play.shown_count;
}

static bool ui_room_deciding(const App *app)
{
    const Playthrough *p = &app->room.room.session.play;
    return p->status == PLAY_RUNNING && play_scene(p)->kind == SCENE_DECISION;
}

/* The first team still to vote, or the first choice. */
static int ui_room_first_select(const Room *r)
{
    for (int t = 0; t < r->team_count; t++)
        if (r->team_votes[t] == 0)
            return t;
    return 0;
}

static int ui_room_default_pick(const Room *r)
{
    bool tied[SCENARIO_MAX_CHOICES];
    int majority = room_majority(r, tied);
    for (int k = 0; majority == 0 && k < r->session.play.shown_count; k++)
        if (tied[k])
            return k + 1;
    return majority ? majority : 1;
}

/* A new step: the first page, the timer full (it runs once the choices show). */
static void ui_room_sync(App *app)
{
    RoomState *s = &app->room;
    if (!s->open || s->at_path == s->room.session.play.path_count)
        return;
    s->at_path = s->room.session.play.path_count;
    s->text_page = 0;
    s->select = ui_room_first_select(&s->room);
    s->pick = s->room.phase == ROOM_REVEALED ? ui_room_default_pick(&s->room) : 0;
    s->feedback = false;
    s->timer_left = s->room.timer * 1000;
    s->timer_running = s->timer_started = false;
    s->timer_last = 0;
    app->dirty = true;
}

/* The choices are on screen: the discussion starts. */
void ui_room_choices_shown(App *app)
{
    RoomState *s = &app->room;
    if (s->timer_left > 0 && !s->timer_started && s->room.phase != ROOM_REVEALED) {
        s->timer_started = s->timer_running = true;
        s->timer_last = 0;
    }
}

/* ---- the timer ---------------------------------------------------------------------------------------- */

static void ui_room_timer_toggle(App *app)
{
    RoomState *s = &app->room;
    if (s->room.timer <= 0)
        return;
    s->timer_running = !s->timer_running && s->timer_left > 0;
    s->timer_last = 0;
    app->dirty = true;
}

static void ui_room_timer_add(App *app)
{
    RoomState *s = &app->room;
    if (s->room.timer <= 0)
        return;
    s->timer_left += UI_ROOM_ADD_MS;
    s->timer_running = true;             /* more time means the discussion goes on */
    s->timer_last = 0;
    app->dirty = true;
}

/* Redraws once a second, only while the timer runs. */
static int room_timer(const App *app, uint32_t now)
{
    const RoomState *s = &app->room;
    int phones = ui_room_phones_timer(app);
    if (!s->timer_running)
        return phones;
    if (s->timer_last == 0)
        return 0;
    int wait = (s->timer_left - 1) % 1000 + 1 - (int)(now - s->timer_last);   /* to the next whole second */
    wait = wait > 0 ? wait : 0;
    return phones >= 0 && phones < wait ? phones : wait;
}

static void room_tick(App *app, uint32_t now)
{
    RoomState *s = &app->room;
    ui_room_phones_tick(app);
    if (!s->timer_running)
        return;
    if (s->timer_last != 0) {
        int shown = (s->timer_left + 999) / 1000;
        s->timer_left -= (int)(now - s->timer_last);
        if (s->timer_left <= 0) {
            s->timer_left = 0;
            s->timer_running = false;    /* "Time": it stays on screen until the facilitator moves on */
        }
        if ((s->timer_left + 999) / 1000 != shown)
            app->dirty = true;
    }
    s->timer_last = now ? now : 1;
}

/* ---- votes ------------------------------------------------------------------------------------------------ */

static void ui_room_team_vote(App *app, int number)
{
    RoomState *s = &app->room;
    if (s->select >= s->room.team_count || !room_team_vote(&s->room, s->select, number))
        return;
    if (number > 0)
        s->select++;                     /* on to the next team; past the last, Reveal */
    app->dirty = true;
}

/* PageUp and Up: the selected team's vote goes round 1, 2, ... n, none. */
static void ui_room_cycle(App *app, int delta)
{
    RoomState *s = &app->room;
    int n = s->room.session.play.shown_count;
    if (s->room.team_count == 0) {
        if (s->select < n && room_count(&s->room, s->select + 1, delta))
            app->dirty = true;
        return;
    }
    if (s->select >= s->room.team_count)
        return;
    int v = (s->room.team_votes[s->select] + delta + n + 1) % (n + 1);
    if (room_team_vote(&s->room, s->select, v))
        app->dirty = true;
}

static void ui_room_move(App *app, int delta)
{
    RoomState *s = &app->room;
    int count = ui_room_choices_count(app);
    s->select = (s->select + delta + count + 1) % (count + 1);
    app->dirty = true;
}

static void ui_room_reveal(App *app)
{
    RoomState *s = &app->room;
    ui_room_phones_close(app);           /* no phone's vote may arrive after the count */
    if (!room_reveal(&s->room))
        return;
    s->pick = ui_room_default_pick(&s->room);
    s->timer_running = false;
    app->dirty = true;
}

static void ui_room_voting_key(App *app, SDL_Keycode key)
{
    RoomState *s = &app->room;
    bool shift = (app->key_mod & KMOD_SHIFT) != 0;
    int digit = key >= SDLK_1 && key <= SDLK_9 ? (int)(key - SDLK_0)
              : key >= SDLK_KP_1 && key <= SDLK_KP_9 ? (int)(key - SDLK_KP_1) + 1 : 0;
    bool teams = s->room.team_count > 0;
    if (digit > 0 && digit <= s->room.session.play.shown_count) {
        if (teams)
            ui_room_team_vote(app, digit);
        else if (room_count(&s->room, digit, shift ? -1 : 1))   /* Shift+digit takes one back */
            app->dirty = true;
        else if (shift && s->room.phone_counts[digit - 1] > 0)
            ui_records_notice(app, false, "Choice %d's votes are from phones: a key takes back only the votes "
                              "entered by hand.", digit);
    } else if (key == SDLK_0 || key == SDLK_DELETE) {
        if (teams && s->select < s->room.team_count && room_team_vote(&s->room, s->select, 0))
            app->dirty = true;
    } else if (key == SDLK_PAGEUP || key == SDLK_UP || key == SDLK_PLUS || key == SDLK_EQUALS ||
               key == SDLK_KP_PLUS) {
        ui_room_cycle(app, +1);
    } else if (key == SDLK_DOWN || key == SDLK_MINUS || key == SDLK_KP_MINUS) {
        ui_room_cycle(app, -1);
    } else if (key == SDLK_TAB || key == SDLK_RIGHT || key == SDLK_LEFT) {
        ui_room_move(app, key == SDLK_LEFT || shift ? -1 : +1);
    } else if (key == SDLK_r) {
        ui_room_reveal(app);
    } else if (ui_is_next(key)) {        /* PageDown, Enter: the next team; on Reveal, reveal */
        if (s->select >= ui_room_choices_count(app))
            ui_room_reveal(app);
        else
            ui_room_move(app, +1);
    }
}

static void ui_room_revealed_key(App *app, SDL_Keycode key)
{
    RoomState *s = &app->room;
    int n = s->room.session.play.shown_count;
    int digit = key >= SDLK_1 && key <= SDLK_9 ? (int)(key - SDLK_0) : 0;
    if (digit > 0 && digit <= n) {
        s->pick = digit;                 /* chosen, not yet taken: Enter takes it */
    } else if (key == SDLK_PAGEUP || key == SDLK_DOWN || key == SDLK_TAB) {
        s->pick = s->pick % n + 1;
    } else if (key == SDLK_UP) {
        s->pick = (s->pick + n - 2) % n + 1;
    } else if (key == SDLK_f) {
        s->feedback = !s->feedback;
    } else if (ui_is_next(key) && key != SDLK_n) {
        room_decide(&s->room, s->pick);
        if (s->room.session.play.status == PLAY_FAILED)
            ui_show_error(app, "This scenario stopped with an error", s->room.session.play.error);
    } else {
        return;
    }
    app->dirty = true;
}

/* ---- keys --------------------------------------------------------------------------------------------------- */

static void room_key(App *app, SDL_Keycode key)
{
    RoomState *s = &app->room;
    ui_room_sync(app);
    const Playthrough *p = &s->room.session.play;
    if (ui_room_phones_key(app, key))
        return;
    if (key == SDLK_ESCAPE) {
        if (p->status == PLAY_RUNNING)
            ui_dialog_open(app, DIALOG_LEAVE);
        else
            ui_to_library(app);
        return;
    }
    if (key == SDLK_t || key == SDLK_a || key == SDLK_s) {
        if (key == SDLK_s)
            s->notes = !s->notes;        /* the notes, for the facilitator's eyes: off by default */
        else if (key == SDLK_t)
            ui_room_timer_toggle(app);
        else
            ui_room_timer_add(app);
        app->dirty = true;
        return;
    }
    int pages = ui_room_text_pages(app);
    if (ui_room_deciding(app) && s->text_page >= pages) {
        if (key == SDLK_BACKSPACE && pages > 0 && s->room.phase != ROOM_REVEALED) {
            s->text_page--;              /* back to the text */
            app->dirty = true;
        } else if (s->room.phase == ROOM_REVEALED) {
            ui_room_revealed_key(app, key);
        } else {
            ui_room_voting_key(app, key);
        }
        return;
    }
    if (ui_is_next(key)) {
        if (s->text_page < pages - 1 || (ui_room_deciding(app) && s->text_page < pages)) {
            s->text_page++;
            if (ui_room_deciding(app) && s->text_page >= pages)
                ui_room_choices_shown(app);
        } else if (p->status == PLAY_ENDED) {
            ui_goto(app, SCREEN_ROOM_DEBRIEF);
        } else if (p->status == PLAY_RUNNING) {
            room_continue(&s->room);
        }
        app->dirty = true;
    } else if (ui_is_previous(key) && s->text_page > 0) {
        s->text_page--;
        app->dirty = true;
    }
}

static void room_click(App *app, const Hit *hit)
{
    RoomState *s = &app->room;
    if (hit->action == ACT_PICK && s->room.phase == ROOM_REVEALED) {
        s->pick = hit->index;
        app->dirty = true;
    } else if (hit->action == ACT_PICK && s->room.team_count > 0) {
        ui_room_team_vote(app, hit->index);              /* the selected team's vote */
    } else if (hit->action == ACT_PICK) {
        if (room_count(&s->room, hit->index, 1))
            app->dirty = true;
    } else if (hit->action == ACT_PREV) {                /* a team's card: select it */
        s->select = hit->index;
        app->dirty = true;
    } else if (hit->action == ACT_NEXT) {
        room_key(app, s->room.phase == ROOM_VOTING && s->select < ui_room_choices_count(app) ? SDLK_r : SDLK_RETURN);
    }
}

static void room_enter(App *app)
{
    ui_room_sync(app);
    app->focus = -1;
}

/* Drawing calls this first: a step taken anywhere resets the view. */
void ui_room_prepare(App *app)
{
    ui_room_sync(app);
    if (ui_room_deciding(app) && app->room.text_page >= ui_room_text_pages(app))
        ui_room_choices_shown(app);
}

static void room_forget(App *app) { ui_room_close(app); }

const Screen screen_room = {
    .name = "room", .enter = room_enter, .draw = ui_room_draw_screen, .key = room_key, .click = room_click,
    .timer = room_timer, .tick = room_tick, .forget = room_forget, .free = room_forget,
};

const Room *app_room(const App *app) { return app->room.open ? &app->room.room : NULL; }
