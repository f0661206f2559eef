/* Votes from phones, without a socket: codes and tokens, the vote rules, JSON escaping, rate
 * limits, ballots into a room, and the join URL and QR code. The same requests over real HTTP
 * are in test_phones_hostile.c. */
#include "unit.h"
#include "phones_ballots.h"
#include "phones_join.h"
#include "phones_rules.h"

static const char *story =
    UNIT_HEADER
    "scene 'a' { title = 'Monday <script>alert(1)</script>',\n"
    "  choice { id = 'a1', text = 'A1 & <b>bold</b>', score = { communication = 1 }, next = 'b' },\n"
    "  choice { id = 'a2', text = 'A2', score = { communication = -1 }, next = 'b' },\n"
    "  choice { id = 'a3', text = 'A3', score = { systems_thinking = 1 }, next = 'b' } }\n"
    "scene 'b' { title = 'Tuesday',\n"
    "  choice { id = 'b1', text = 'B1', score = { communication = 1 }, next = 'e' },\n"
    "  choice { id = 'b2', text = 'B2', score = { communication = -1 }, next = 'e' } }\n"
    "scene 'e' { ending = 'The end' }\n";

/* ---- a request, as phones.c would gather it ----------------------------------------------------- */

typedef struct {
    PhonesRules rules;
    double now;
    unsigned char address[16];
    char device[PHONES_TOKEN_HEX];
} Fixture;

static int ask(Fixture *f, PhonesMethod method, const char *path, const char *device, const char *body,
               char *out, size_t size)
{
    PhonesRequest req = {.method = method, .path = path, .host = "127.0.0.1:8080",
                         .content_type = body ? "application/json" : NULL, .device = device, .body = body,
                         .body_size = body ? strlen(body) : 0, .now = f->now};
    memcpy(req.address, f->address, 16);
    PhonesReply reply;
    phones_rules_handle(&f->rules, &req, &reply);
    if (out)
        snprintf(out, size, "%.*s", (int)reply.size, reply.body ? reply.body : "");
    int status = reply.status;
    phones_reply_free(&reply);
    return status;
}

static int join(Fixture *f, const char *body, char device[PHONES_TOKEN_HEX])
{
    char out[256];
    int status = ask(f, PHONES_POST, "/ROOMX/join", NULL, body, out, sizeof out);
    if (status == 200 && device)
        snprintf(device, PHONES_TOKEN_HEX, "%.32s", strstr(out, "\"device\":\"") + 10);
    return status;
}

static int vote(Fixture *f, const char *device, unsigned serial, int choice)
{
    char body[64];
    snprintf(body, sizeof body, "{\"serial\":%u,\"choice\":%d}", serial, choice);
    f->now += 1;   /* a person's pace: the vote rate limit is tested on its own */
    return ask(f, PHONES_POST, "/ROOMX/vote", device, body, NULL, 0);
}

static void publish(Fixture *f, uint32_t serial, bool open, int choices, int teams)
{
    PhoneState state = {.serial = serial, .open = open, .title = "Scene <script>", .text = "Text & more",
                        .choice_count = choices, .team_count = teams};
    static const char *names[] = {"Red", "<img src=x onerror=alert(1)>", "Green"};
    for (int k = 0; k < choices; k++)
        state.choices[k] = (PhoneChoice){.text = "a </script> choice", .id = "x"};
    for (int t = 0; t < teams; t++)
        state.teams[t] = names[t];
    assert_int_equal(phones_rules_publish(&f->rules, &state), 0);
}

static int setup(void **state)
{
    Fixture *f = calloc(1, sizeof *f);
    phones_rules_init(&f->rules, "ROOMX", NULL);
    f->now = 1000;
    f->address[15] = 7;
    publish(f, 1, true, 3, 0);
    assert_int_equal(join(f, "{}", f->device), 200);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    Fixture *f = *state;
    phones_rules_free(&f->rules);
    free(f);
    return 0;
}

/* ---- codes and tokens --------------------------------------------------------------------------- */

static void test_codes_and_tokens(void **state)
{
    (void)state;
    char a[PHONES_CODE_SIZE], b[PHONES_CODE_SIZE];
    assert_int_equal(phones_random_code(a), 0);
    assert_int_equal(phones_random_code(b), 0);
    assert_int_equal(strlen(a), PHONES_CODE_LETTERS);
    assert_int_equal(strspn(a, "ABCDEFGHJKMNPQRSTVWXYZ"), PHONES_CODE_LETTERS);  /* no I, L, O, U */
    unsigned char t1[PHONES_TOKEN_BYTES], t2[PHONES_TOKEN_BYTES], back[PHONES_TOKEN_BYTES];
    assert_int_equal(phones_random_token(t1), 0);
    assert_int_equal(phones_random_token(t2), 0);
    assert_false(phones_token_equal(t1, t2));
    char hex[PHONES_TOKEN_HEX];
    phones_token_hex(t1, hex);
    assert_int_equal(strlen(hex), 32);
    assert_true(phones_token_parse(hex, back));
    assert_true(phones_token_equal(t1, back));
    assert_false(phones_token_parse("abc", back));
    assert_false(phones_token_parse(NULL, back));
    assert_false(phones_token_parse("0123456789abcdef0123456789abcdeg", back));
    assert_false(phones_token_parse("0123456789abcdef0123456789abcdef0", back));
}

static void test_json_escaping(void **state)
{
    Fixture *f = *state;
    char out[4096];
    publish(f, 2, true, 3, 3);
    assert_int_equal(ask(f, PHONES_GET, "/ROOMX/state", f->device, NULL, out, sizeof out), 200);
    assert_null(strchr(out, '<'));
    assert_null(strchr(out, '>'));
    assert_null(strchr(out, '&'));
    assert_non_null(strstr(out, "\\u003cimg src=x onerror=alert(1)\\u003e"));
    assert_non_null(strstr(out, "Text \\u0026 more"));
    char *s = phones_json_harden(strdup("{\"a\":\"<&>\"}"));
    assert_string_equal(s, "{\"a\":\"\\u003c\\u0026\\u003e\"}");
    free(s);
}

static void test_scenario_texts_reach_phones_escaped(void **state)
{
    Fixture *f = *state;
    Room room;
    DiagList diags = {0};
    char why[256], out[4096];
    assert_int_equal(room_open(&room, unit_write("phones.lua", story), NULL, 0, false, &diags, why, sizeof why), 0);
    assert_int_equal(room_start(&room, 1), 0);
    PhoneState s;
    phones_state_from_room(&room, 5, true, &s);
    assert_int_equal(s.choice_count, 3);
    assert_string_equal(s.choices[0].id, "a1");
    assert_int_equal(phones_rules_publish(&f->rules, &s), 0);
    room_close(&room);      /* the rules hold a copy */
    diag_list_free(&diags);
    assert_int_equal(ask(f, PHONES_GET, "/ROOMX/state", NULL, NULL, out, sizeof out), 200);
    assert_non_null(strstr(out, "Monday \\u003cscript\\u003ealert(1)\\u003c/script\\u003e"));
    assert_non_null(strstr(out, "A1 \\u0026 \\u003cb\\u003ebold"));
    assert_null(strchr(out, '<'));
}

/* ---- the vote rules ------------------------------------------------------------------------------ */

static void test_one_vote_per_device_changeable(void **state)
{
    Fixture *f = *state;
    PhoneVote votes[8];
    assert_int_equal(vote(f, f->device, 1, 2), 200);
    assert_int_equal(vote(f, f->device, 1, 2), 200);        /* the same vote again: still one */
    assert_int_equal(phones_rules_votes_in(&f->rules), 1);
    assert_int_equal(phones_rules_drain(&f->rules, votes, 8), 1);
    assert_int_equal(votes[0].choice, 2);
    assert_int_equal(votes[0].serial, 1);
    assert_string_equal(votes[0].device, f->device);
    assert_int_equal(phones_rules_drain(&f->rules, votes, 8), 0);   /* drained once */
    assert_int_equal(vote(f, f->device, 1, 2), 200);
    assert_int_equal(phones_rules_drain(&f->rules, votes, 8), 0);   /* unchanged: nothing new */
    assert_int_equal(vote(f, f->device, 1, 3), 200);                /* changed while open */
    assert_int_equal(phones_rules_drain(&f->rules, votes, 8), 1);
    assert_int_equal(votes[0].choice, 3);
    assert_int_equal(phones_rules_votes_in(&f->rules), 1);
}

static void test_only_the_current_open_decision(void **state)
{
    Fixture *f = *state;
    char out[256];
    assert_int_equal(vote(f, f->device, 2, 1), 409);        /* not published yet */
    assert_int_equal(vote(f, f->device, 0, 1), 409);
    assert_int_equal(vote(f, f->device, 1, 4), 400);        /* no such choice */
    assert_int_equal(vote(f, f->device, 1, 0), 400);
    assert_int_equal(vote(f, f->device, 1, 1), 200);
    publish(f, 1, false, 3, 0);                             /* closed */
    assert_int_equal(vote(f, f->device, 1, 2), 409);
    publish(f, 2, true, 2, 0);
    assert_int_equal(vote(f, f->device, 1, 2), 409);        /* the old decision */
    assert_int_equal(phones_rules_votes_in(&f->rules), 0);  /* the old vote does not count here */
    assert_int_equal(ask(f, PHONES_GET, "/ROOMX/state", f->device, NULL, out, sizeof out), 200);
    assert_non_null(strstr(out, "\"choice\":0"));
    assert_int_equal(vote(f, f->device, 2, 3), 400);        /* this decision has two choices */
    assert_int_equal(vote(f, f->device, 2, 2), 200);
}

static void test_tokens_and_codes_checked(void **state)
{
    Fixture *f = *state;
    char forged[PHONES_TOKEN_HEX];
    snprintf(forged, sizeof forged, "%s", f->device);
    forged[0] = forged[0] == 'a' ? 'b' : 'a';
    assert_int_equal(vote(f, forged, 1, 1), 403);
    assert_int_equal(vote(f, NULL, 1, 1), 403);
    assert_int_equal(vote(f, "not hex at all", 1, 1), 403);
    assert_int_equal(ask(f, PHONES_GET, "/ROOMY/state", NULL, NULL, NULL, 0), 404);
    assert_int_equal(ask(f, PHONES_GET, "/roomx/state", NULL, NULL, NULL, 0), 200);   /* typed in lower case */
    assert_int_equal(ask(f, PHONES_GET, "/ROOMX", NULL, NULL, NULL, 0), 308);
    assert_int_equal(ask(f, PHONES_GET, "/ROOMXX/", NULL, NULL, NULL, 0), 404);
    assert_int_equal(ask(f, PHONES_GET, "/", NULL, NULL, NULL, 0), 404);
    assert_int_equal(ask(f, PHONES_GET, "/ROOMX/../../etc/passwd", NULL, NULL, NULL, 0), 404);
    assert_int_equal(ask(f, PHONES_GET, "/ROOMX/vote", NULL, NULL, NULL, 0), 404);
    assert_int_equal(ask(f, PHONES_OTHER, "/ROOMX/state", NULL, NULL, NULL, 0), 405);
    assert_int_equal(ask(f, PHONES_GET, "/ROOMX/", NULL, NULL, NULL, 0), 200);
    assert_int_equal(ask(f, PHONES_GET, "/ROOMX/app.js", NULL, NULL, NULL, 0), 200);
    assert_int_equal(vote(f, f->device, 1, 1), 200);
}

static void test_malformed_bodies(void **state)
{
    Fixture *f = *state;
    static const char *bad[] = {"", "{", "[]", "null", "{\"serial\":1}", "{\"serial\":1,\"choice\":1.5}",
                                "{\"serial\":1,\"choice\":\"1\"}", "{\"serial\":1e99,\"choice\":1}",
                                "{\"serial\":-1,\"choice\":1}", "{\"serial\":1,\"choice\":1e9}"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_int_equal(ask(f, PHONES_POST, "/ROOMX/vote", f->device, bad[i], NULL, 0), 400);
    PhonesRequest req = {.method = PHONES_POST, .path = "/ROOMX/vote", .host = "127.0.0.1", .device = f->device,
                         .content_type = "text/plain", .body = "{\"serial\":1,\"choice\":1}", .body_size = 23,
                         .now = f->now};
    PhonesReply reply;
    phones_rules_handle(&f->rules, &req, &reply);   /* a form post from another site cannot send JSON */
    assert_int_equal(reply.status, 400);
    phones_reply_free(&reply);
    req.content_type = "application/json";
    req.body_too_large = true;
    phones_rules_handle(&f->rules, &req, &reply);
    assert_int_equal(reply.status, 413);
    phones_reply_free(&reply);
    req.body_too_large = false;
    req.host = "evil.example:8080";                 /* DNS rebinding */
    phones_rules_handle(&f->rules, &req, &reply);
    assert_int_equal(reply.status, 400);
    phones_reply_free(&reply);
    assert_int_equal(phones_rules_votes_in(&f->rules), 0);
}

static void test_teams(void **state)
{
    Fixture *f = *state;
    char device[PHONES_TOKEN_HEX], out[256];
    publish(f, 1, true, 3, 2);
    assert_int_equal(join(f, "{}", NULL), 400);                 /* a team must be chosen */
    assert_int_equal(join(f, "{\"team\":2}", NULL), 400);
    assert_int_equal(join(f, "{\"team\":-1}", NULL), 400);
    assert_int_equal(join(f, "{\"team\":1}", device), 200);
    snprintf(out, sizeof out, "{\"team\":0}");
    assert_int_equal(ask(f, PHONES_POST, "/ROOMX/join", device, out, out, sizeof out), 200);  /* changes team */
    assert_non_null(strstr(out, device));
    assert_int_equal(vote(f, device, 1, 2), 200);
    PhoneVote votes[8];
    assert_int_equal(phones_rules_drain(&f->rules, votes, 8), 1);
    assert_int_equal(votes[0].team, 0);
    assert_int_equal(ask(f, PHONES_POST, "/ROOMX/join", device, "{\"team\":1}", NULL, 0), 200);
    assert_int_equal(phones_rules_drain(&f->rules, votes, 8), 1);   /* the vote moves with its device */
    assert_int_equal(votes[0].team, 1);
    assert_int_equal(votes[0].choice, 2);
}

/* ---- limits --------------------------------------------------------------------------------------- */

static void test_bucket(void **state)
{
    (void)state;
    PhonesBucket b = {.tokens = 2, .last = 0};
    assert_true(phones_bucket_take(&b, 0, 1, 2));
    assert_true(phones_bucket_take(&b, 0, 1, 2));
    assert_false(phones_bucket_take(&b, 0.5, 1, 2));
    assert_true(phones_bucket_take(&b, 1.0, 1, 2));
    assert_false(phones_bucket_take(&b, 1.0, 1, 2));
    assert_true(phones_bucket_take(&b, 100, 1, 2));     /* refills up to the burst only */
    assert_true(phones_bucket_take(&b, 100, 1, 2));
    assert_false(phones_bucket_take(&b, 100, 1, 2));
    assert_false(phones_bucket_take(&b, 50, 1, 2));     /* a clock that goes back gives nothing */
}

static void test_rate_limits(void **state)
{
    Fixture *f = *state;
    PhonesLimits limits = phones_default_limits();
    int refused = 0;
    for (int i = 0; i < 100; i++)   /* a hundred requests in the same instant */
        refused += ask(f, PHONES_GET, "/ROOMX/state", f->device, NULL, NULL, 0) == 429;
    assert_in_range(refused, 100 - (int)limits.request_burst - 1, 100 - (int)limits.request_burst + 1);
    f->address[15] = 8;             /* another phone is not slowed by it */
    assert_int_equal(ask(f, PHONES_GET, "/ROOMX/state", NULL, NULL, NULL, 0), 200);
    f->address[15] = 7;
    f->now += 10;
    assert_int_equal(ask(f, PHONES_GET, "/ROOMX/state", NULL, NULL, NULL, 0), 200);
    int accepted = 0;               /* votes: a burst, then the per-device rate */
    for (int i = 0; i < 20; i++)
        accepted += ask(f, PHONES_POST, "/ROOMX/vote", f->device, i % 2 ? "{\"serial\":1,\"choice\":1}"
                                                                         : "{\"serial\":1,\"choice\":2}", NULL, 0) == 200;
    assert_int_equal(accepted, (int)limits.vote_burst);
}

static void test_device_limits(void **state)
{
    Fixture *f = *state;
    PhonesLimits limits = phones_default_limits();
    for (int i = 1; i < limits.devices_per_address; i++)
        assert_int_equal(join(f, "{}", NULL), 200);
    assert_int_equal(join(f, "{}", NULL), 429);       /* one address cannot stuff the ballot */
    PhonesRules small;
    limits.max_devices = 3;
    phones_rules_init(&small, "ROOMX", &limits);
    Fixture g = {.now = 5};
    g.rules = small;
    for (int i = 0; i < 3; i++) {
        g.address[15] = (unsigned char)(10 + i);
        assert_int_equal(join(&g, "{}", NULL), 200);
    }
    g.address[15] = 20;
    assert_int_equal(join(&g, "{}", NULL), 503);
    phones_rules_free(&g.rules);
}

/* ---- ballots into a room ---------------------------------------------------------------------------- */

static PhoneVote phone_vote(const char *device, int team, uint32_t serial, int choice)
{
    PhoneVote v = {.team = team, .serial = serial, .choice = choice};
    snprintf(v.device, sizeof v.device, "%s", device);
    return v;
}

static void test_ballots_counts(void **state)
{
    (void)state;
    Room room;
    DiagList diags = {0};
    char why[256];
    assert_int_equal(room_open(&room, unit_write("phones.lua", story), NULL, 0, false, &diags, why, sizeof why), 0);
    assert_int_equal(room_start(&room, 1), 0);
    static PhonesBallots b;
    phones_ballots_reset(&b, 1);
    PhoneVote v[] = {phone_vote("aa", -1, 1, 1), phone_vote("bb", -1, 1, 2), phone_vote("aa", -1, 1, 2),
                     phone_vote("cc", -1, 9, 3), phone_vote("bb", -1, 1, 2)};
    assert_int_equal(phones_ballots_apply(&b, &room, v, 5), 3);   /* the old serial and the repeat: nothing */
    assert_int_equal(room_votes_for(&room, 1), 0);
    assert_int_equal(room_votes_for(&room, 2), 2);
    assert_int_equal(room_votes_for(&room, 3), 0);
    assert_int_equal(room_votes_in(&room), 2);
    PhoneVote again = phone_vote("aa", -1, 1, 3);
    assert_int_equal(phones_ballots_apply(&b, &room, &again, 1), 1);
    assert_int_equal(room_votes_for(&room, 2), 1);
    assert_int_equal(room_votes_for(&room, 3), 1);
    room_close(&room);
    diag_list_free(&diags);
}

/* Hands counted by key and phones on the same decision: a key takes back only what keys entered,
 * so a phone that changes its vote moves exactly its own. A resume keeps every vote, as hands: the
 * phones' ballots are gone with the process, so a phone voting again would count twice unless the
 * facilitator can take its old vote back. */
static void test_hand_and_phone_counts_apart(void **state)
{
    (void)state;
    Room room;
    DiagList diags = {0};
    char why[256], save[300];
    const char *path = unit_write("apart.lua", story);
    assert_int_equal(room_open(&room, path, NULL, 0, false, &diags, why, sizeof why), 0);
    assert_int_equal(room_start(&room, 1), 0);
    snprintf(save, sizeof save, "%s.room.json", path);
    room_save_to(&room, save);
    static PhonesBallots b;
    phones_ballots_reset(&b, 1);
    assert_true(room_count(&room, 2, +1));                   /* a hand in the room, for 2 */
    PhoneVote v = phone_vote("aa", -1, 1, 2);                /* and a phone for 2 */
    phones_ballots_apply(&b, &room, &v, 1);
    assert_int_equal(room_votes_for(&room, 2), 2);
    assert_true(room_count(&room, 2, -1));                   /* Shift+2: the hand is taken back */
    assert_false(room_count(&room, 2, -1));                  /* the phone's vote is not the key's to take */
    assert_int_equal(room_votes_for(&room, 2), 1);
    v = phone_vote("aa", -1, 1, 3);                          /* the phone moves: 2 loses it, 3 gains it */
    phones_ballots_apply(&b, &room, &v, 1);
    assert_int_equal(room_votes_for(&room, 2), 0);
    assert_int_equal(room_votes_for(&room, 3), 1);
    assert_true(room_count(&room, 1, +1));
    assert_int_equal(room_votes_in(&room), 2);
    room_flush(&room);
    room_close(&room);
    assert_int_equal(room_resume(&room, save, &diags, why, sizeof why), 0);
    assert_int_equal(room_votes_for(&room, 1), 1);
    assert_int_equal(room_votes_for(&room, 3), 1);
    assert_int_equal(room.resumed_phone_votes, 1);            /* the facilitator is told */
    phones_ballots_reset(&b, 1);                             /* a new process: no ballots */
    v = phone_vote("aa", -1, 1, 3);                          /* the same phone votes again */
    phones_ballots_apply(&b, &room, &v, 1);
    assert_int_equal(room_votes_for(&room, 3), 2);
    assert_true(room_count(&room, 3, -1));                   /* the old one is the facilitator's to take back */
    assert_int_equal(room_votes_for(&room, 3), 1);
    assert_true(room_reveal(&room));
    bool tied[SCENARIO_MAX_CHOICES];
    assert_int_equal(room_majority(&room, tied), 0);
    assert_true(tied[0] && tied[2] && !tied[1]);
    room_flush(&room);
    room_close(&room);
    assert_int_equal(room_resume(&room, save, &diags, why, sizeof why), 0);   /* revealed: nothing to correct */
    assert_int_equal(room.phase, ROOM_REVEALED);
    assert_int_equal(room_votes_for(&room, 3), 1);
    assert_int_equal(room.resumed_phone_votes, 0);
    room_close(&room);
    diag_list_free(&diags);
}

static void test_ballots_teams(void **state)
{
    (void)state;
    Room room;
    DiagList diags = {0};
    char why[256];
    assert_int_equal(room_open(&room, unit_write("phones.lua", story), "Red,Blue", 0, false, &diags, why, sizeof why), 0);
    assert_int_equal(room_start(&room, 1), 0);
    static PhonesBallots b;
    phones_ballots_reset(&b, 1);
    /* Red: 2, 3, 2 -> 2. Blue: 3 then 1 (a tie): 3, whose vote came first. */
    PhoneVote v[] = {phone_vote("r1", 0, 1, 2), phone_vote("b1", 1, 1, 3), phone_vote("r2", 0, 1, 3),
                     phone_vote("r3", 0, 1, 2), phone_vote("b2", 1, 1, 1)};
    phones_ballots_apply(&b, &room, v, 5);
    assert_int_equal(room.team_votes[0], 2);
    assert_int_equal(room.team_votes[1], 3);
    PhoneVote change = phone_vote("b1", 1, 1, 1);   /* now Blue agrees on 1 */
    phones_ballots_apply(&b, &room, &change, 1);
    assert_int_equal(room.team_votes[1], 1);
    assert_int_equal(room_votes_in(&room), 2);
    room_close(&room);
    diag_list_free(&diags);
}

/* ---- joining ------------------------------------------------------------------------------------------ */

static void test_join_url_and_qr(void **state)
{
    (void)state;
    char url[PHONES_URL_SIZE];
    phones_url(url, sizeof url, "192.168.1.20", 8080, "KXPTW");
    assert_string_equal(url, "http://192.168.1.20:8080/KXPTW/");
    PhonesQr qr;
    assert_int_equal(phones_qr_make(&qr, url), 0);
    assert_true(qr.width >= 21 && (qr.width - 17) % 4 == 0);
    for (int i = 0; i < 7; i++)   /* the top-left finder pattern: a dark 7x7 ring */
        assert_true(qr.modules[i] == 1 && qr.modules[i * qr.width] == 1);
    assert_int_equal(qr.modules[qr.width + 1], 0);
    char *text = phones_qr_text(&qr);
    int lines = 0;
    for (const char *c = text; *c; c++)
        lines += *c == '\n';
    assert_int_equal(lines, (qr.width + 8 + 1) / 2);
    free(text);
    phones_qr_free(&qr);
    char addresses[PHONES_MAX_ADDRESSES][PHONES_ADDRESS_SIZE];
    int n = phones_lan_addresses(addresses, PHONES_MAX_ADDRESSES);
    for (int i = 0; i < n; i++) {
        assert_true(strncmp(addresses[i], "127.", 4) != 0);
        assert_string_not_equal(addresses[i], "[::1]");
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_codes_and_tokens),
        cmocka_unit_test_setup_teardown(test_json_escaping, setup, teardown),
        cmocka_unit_test_setup_teardown(test_scenario_texts_reach_phones_escaped, setup, teardown),
        cmocka_unit_test_setup_teardown(test_one_vote_per_device_changeable, setup, teardown),
        cmocka_unit_test_setup_teardown(test_only_the_current_open_decision, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tokens_and_codes_checked, setup, teardown),
        cmocka_unit_test_setup_teardown(test_malformed_bodies, setup, teardown),
        cmocka_unit_test_setup_teardown(test_teams, setup, teardown),
        cmocka_unit_test(test_bucket),
        cmocka_unit_test_setup_teardown(test_rate_limits, setup, teardown),
        cmocka_unit_test_setup_teardown(test_device_limits, setup, teardown),
        cmocka_unit_test(test_ballots_counts),
        cmocka_unit_test(test_hand_and_phone_counts_apart),
        cmocka_unit_test(test_ballots_teams),
        cmocka_unit_test(test_join_url_and_qr),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
