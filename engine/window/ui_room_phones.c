/* ui_room_phones: votes from phones in the window's room.
 *
 * The server (phones.h) runs while the room is open. Each frame that looks in,
 * the room's step goes to the phones when it changed, and their votes go into
 * the room (phones_ballots.h), so they count in the hidden tally like any
 * other. Before the reveal, voting closes on the phones first and what already
 * arrived is counted. The join screen (J) shows the address, a QR code drawn
 * module by module (sharp at any size) and the room code. */
#include "ui_internal.h"
#include "phones.h"

#include <stdio.h>
#include <string.h>

#define PHONES_LOOK_MS 250               /* how often the window looks for votes */

void ui_room_phones_start(App *app, const AppStart *start)
{
    RoomState *s = &app->room;
    if (!start->phones || !s->open)
        return;
    char why[512], addresses[PHONES_MAX_ADDRESSES][PHONES_ADDRESS_SIZE];
    PhonesOptions options = {.port = start->phones_port ? start->phones_port : 8080, .bind = start->phones_bind};
    if (phones_start(&s->phones, &options, why, sizeof why) != 0) {
        ui_records_notice(app, true, "Votes from phones cannot start: %s. The room goes on with votes entered here.",
                          why);
        s->phones = NULL;
        return;
    }
    int count = start->phones_bind ? 1 : phones_lan_addresses(addresses, PHONES_MAX_ADDRESSES);
    if (start->phones_bind)              /* listening on one address: that is the one to give */
        snprintf(addresses[0], sizeof addresses[0], strchr(start->phones_bind, ':') ? "[%s]" : "%s",
                 start->phones_bind);
    phones_url(s->phone_url, sizeof s->phone_url, count > 0 ? addresses[0] : "127.0.0.1", phones_port(s->phones),
               phones_code(s->phones));
    if (phones_qr_make(&s->qr, s->phone_url) != 0)
        memset(&s->qr, 0, sizeof s->qr);
    s->phone_at = -1;
    s->joining = true;                   /* the room joins first */
    fprintf(stderr, "leadsim: phones join at %s (room code %s)\n", s->phone_url, phones_code(s->phones));
}

void ui_room_phones_stop(App *app)
{
    RoomState *s = &app->room;
    phones_stop(s->phones);
    s->phones = NULL;
    phones_qr_free(&s->qr);
    memset(&s->qr, 0, sizeof s->qr);
    s->joining = false;
}

/* The room's step and phase to the phones, when either changed. */
static void phones_publish_room(RoomState *s, bool open)
{
    const Room *r = &s->room;
    int at = r->session.play.path_count, phase = open ? (int)r->phase : -1;
    if (at == s->phone_at && phase == s->phone_phase)
        return;
    if (at != s->phone_at)
        phones_ballots_reset(&s->ballots, ++s->phone_serial);
    PhoneState state;
    phones_state_from_room(r, s->phone_serial, open, &state);
    phones_publish(s->phones, &state);
    s->phone_at = at;
    s->phone_phase = phase;
}

static void phones_drain_room(App *app)
{
    RoomState *s = &app->room;
    PhoneVote votes[64];
    int n;
    while ((n = phones_drain(s->phones, votes, 64)) > 0)
        if (phones_ballots_apply(&s->ballots, &s->room, votes, n) > 0)
            app->dirty = true;           /* "Votes in" moved */
}

void ui_room_phones_tick(App *app)
{
    RoomState *s = &app->room;
    if (s->phones == NULL || !s->open)
        return;
    phones_publish_room(s, s->room.phase == ROOM_VOTING);
    phones_drain_room(app);
    if (s->joining)
        app->dirty = true;               /* the join screen counts the phones as they come */
}

int ui_room_phones_timer(const App *app)
{
    return app->room.phones ? PHONES_LOOK_MS : -1;
}

void ui_room_phones_close(App *app)
{
    RoomState *s = &app->room;
    if (s->phones == NULL)
        return;
    phones_publish_room(s, false);
    phones_drain_room(app);
}

bool ui_room_phones_key(App *app, SDL_Keycode key)
{
    RoomState *s = &app->room;
    if (s->phones == NULL)
        return false;
    if (key == SDLK_j || (s->joining && (ui_is_next(key) || key == SDLK_ESCAPE))) {
        s->joining = key == SDLK_j ? !s->joining : false;
        app->dirty = true;
        return true;
    }
    return s->joining;                   /* the join screen takes the other keys: none of them votes */
}

/* The QR code, each module a square of whole pixels on a light field with its quiet zone. */
static void phones_draw_qr(App *app, SDL_Rect area)
{
    const PhonesQr *qr = &app->room.qr;
    int modules = qr->width + 8;         /* 4 modules of quiet zone on each side */
    int size = (area.w < area.h ? area.w : area.h) / modules;
    if (qr->width == 0 || size < 1)
        return;
    SDL_Rect field = {area.x, area.y, size * modules, size * modules};
    ui_fill(app, field, (Color){255, 255, 255});
    for (int y = 0; y < qr->width; y++)
        for (int x = 0; x < qr->width; x++)
            if (qr->modules[y * qr->width + x])
                ui_fill(app, (SDL_Rect){field.x + (x + 4) * size, field.y + (y + 4) * size, size, size},
                        (Color){0, 0, 0});
}

bool ui_room_phones_draw(App *app)
{
    RoomState *s = &app->room;
    if (s->phones == NULL || !s->joining)
        return false;
    int margin = ui_px(app, 6), top = ui_px(app, 6);
    int qr_side = app->h - 2 * top - ui_px(app, 8);
    if (qr_side > app->w / 2 - margin)
        qr_side = app->w / 2 - margin;
    phones_draw_qr(app, (SDL_Rect){margin, top, qr_side, qr_side});
    int x = margin + qr_side + ui_px(app, 5), width = app->w - x - margin;
    SDL_Rect box = {x, top, width, app->h - 2 * top};
    char line[256];
    int y = top, gap = ui_px(app, 2.5);
    ui_text(app, FONT_TITLE, app->theme.text, x, y, "Vote from your phone", box);
    y += fonts_line_height(app->fonts, FONT_TITLE) + gap;
    const UiText *t = ui_wrapped(app, "Scan the code, or open this address on the same network:", FONT_BODY, width);
    ui_draw_lines(app, t, 0, t->count, x, y, app->theme.muted, box);
    y += ui_lines_height(app, t, 0, t->count) + gap / 2;
    ui_text(app, FONT_HEADING, app->theme.accent, x, y, s->phone_url, box);
    y += fonts_line_height(app->fonts, FONT_HEADING) + gap;
    snprintf(line, sizeof line, "Room code: %s", phones_code(s->phones));
    ui_text(app, FONT_HEADING, app->theme.text, x, y, line, box);
    y += fonts_line_height(app->fonts, FONT_HEADING) + gap;
    PhonesStats stats = phones_stats(s->phones);
    snprintf(line, sizeof line, "%d phone%s joined", stats.devices, stats.devices == 1 ? "" : "s");
    ui_text(app, FONT_BODY_BOLD, app->theme.text, x, y, line, box);
    ui_footer(app, "Enter: start   J: this screen again, at any time   Esc: back to the room", NULL);
    return true;
}
