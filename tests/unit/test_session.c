/* The session: the record, replay after an edit, reload, listeners and --choices. */
#include "unit.h"
#include "session.h"

static const char *replay_v1 =
    UNIT_HEADER
    "scene 'a' { text = 'v1',\n"
    "  choice { id = 'left', text = 'Left', effects = { trust = 5 }, next = 'b' },\n"
    "  choice { id = 'right', text = 'Right', effects = { trust = -5, money = 3 }, next = 'b' } }\n"
    "scene 'b' { text = 'narration', next = 'c' }\n"
    "scene 'c' {\n"
    "  choice { text = 'First', next = 'e' },\n"
    "  choice { text = 'Second', next = 'e' } }\n"
    "scene 'e' { ending = 'E' }\n";

static void open_ok(Session *s, const char *name, const char *source)
{
    DiagList diags = {0};
    int opened = session_open(s, unit_write(name, source), &diags);
    if (opened != 0)
        diag_print_all(stderr, &diags);
    diag_list_free(&diags);
    assert_int_equal(opened, 0);
}

/* Plays v1 (right, then second) and returns its record. */
static void play_v1(PlayRecord *record)
{
    Session s;
    open_ok(&s, "v1.lua", replay_v1);
    assert_int_equal(session_start(&s, 5), 0);
    assert_int_equal(session_choose(&s, 2), 0);
    assert_int_equal(session_continue(&s), 0);
    assert_int_equal(session_choose(&s, 2), 0);
    assert_int_equal(record_copy(record, &s.record), 0);
    session_close(&s);
}

static void test_the_record(void **state)
{
    (void)state;
    PlayRecord r;
    play_v1(&r);
    assert_string_equal(r.scenario, "t");
    assert_int_equal(r.seed, 5);
    assert_int_equal(r.count, 2);
    assert_string_equal(r.steps[0].scene, "a");
    assert_string_equal(r.steps[0].choice, "right");   /* by id */
    assert_string_equal(r.steps[1].scene, "c");
    assert_string_equal(r.steps[1].choice, "#2");      /* by position: it has no id */
    assert_string_equal(r.at, "e");
    char numbers[32];
    assert_string_equal(record_numbers(&r, numbers, sizeof numbers), "2,2");
    record_free(&r);
}

/* Replays v1's record into `v2`; returns what replay said. */
static int replay_into(const char *v2, char *note, size_t size, Session *out)
{
    PlayRecord r;
    play_v1(&r);
    open_ok(out, "v2.lua", v2);
    int replayed = session_replay(out, &r, note, size);
    record_free(&r);
    return replayed;
}

static void test_replay_after_an_edit(void **state)
{
    (void)state;
    char note[512];
    Session s;
    /* Text and a new choice change, ids stay: everything replays. */
    const char *edited =
        UNIT_HEADER
        "scene 'a' { text = 'v2',\n"
        "  choice { id = 'middle', text = 'Middle', next = 'b' },\n"
        "  choice { id = 'left', text = 'Left', next = 'b' },\n"
        "  choice { id = 'right', text = 'Right, reworded', next = 'b' } }\n"
        "scene 'b' { text = 'narration', next = 'c' }\n"
        "scene 'c' {\n"
        "  choice { text = 'First', next = 'e' },\n"
        "  choice { text = 'Second', next = 'e' } }\n"
        "scene 'e' { ending = 'E' }\n";
    assert_int_equal(replay_into(edited, note, sizeof note, &s), 2);
    assert_string_equal(note, "");
    assert_int_equal(s.play.status, PLAY_ENDED);
    assert_int_equal(s.play.decisions[0].number, 3);   /* found by id, not by number */
    assert_int_equal(s.record.steps[0].number, 3);
    assert_int_equal(s.play.seed, 5);
    session_close(&s);
    /* The chosen choice is gone: stop there and say so. */
    const char *removed =
        UNIT_HEADER
        "scene 'a' { text = 'v2',\n"
        "  choice { id = 'left', text = 'Left', next = 'b' },\n"
        "  choice { id = 'up', text = 'Up', next = 'b' } }\n"
        "scene 'b' { text = 'narration', next = 'c' }\n"
        "scene 'c' { choice { text = 'First', next = 'e' } }\n"
        "scene 'e' { ending = 'E' }\n";
    assert_int_equal(replay_into(removed, note, sizeof note, &s), 0);
    assert_string_equal(note, "scene 'a' no longer has the choice 'right': replayed 0 of 2 decisions");
    assert_string_equal(play_scene(&s.play)->id, "a");
    session_close(&s);
    /* Hidden by its when now. */
    const char *hidden =
        UNIT_HEADER
        "scene 'a' { text = 'v2',\n"
        "  choice { id = 'left', text = 'Left', next = 'b' },\n"
        "  choice { id = 'right', text = 'Right', when = function(s) return false end, next = 'b' } }\n"
        "scene 'b' { ending = 'E' }\n";
    assert_int_equal(replay_into(hidden, note, sizeof note, &s), 0);
    assert_string_equal(note, "scene 'a' now hides (by its when) the choice 'right': replayed 0 of 2 decisions");
    session_close(&s);
    /* A choice without an id is found by its position; a scene renamed stops the replay. */
    const char *renamed =
        UNIT_HEADER
        "scene 'a' { text = 'v2',\n"
        "  choice { id = 'left', text = 'Left', next = 'b' },\n"
        "  choice { id = 'right', text = 'Right', next = 'b' } }\n"
        "scene 'b' { text = 'narration', next = 'c2' }\n"
        "scene 'c2' { choice { text = 'First', next = 'e' }, choice { text = 'Second', next = 'e' } }\n"
        "scene 'e' { ending = 'E' }\n";
    assert_int_equal(replay_into(renamed, note, sizeof note, &s), 1);
    assert_string_equal(note, "the story no longer reaches scene 'c' (it is at 'c2'): replayed 1 of 2 decisions");
    session_close(&s);
}

typedef struct {
    int heard[SESSION_RELOADED + 1];
} Ears;

static void ears_heard(void *ctx, Session *s, SessionEvent event)
{
    (void)s;
    ((Ears *)ctx)->heard[event]++;
}

static void test_listeners_and_deltas(void **state)
{
    (void)state;
    Session s;
    Ears ears = {{0}};
    open_ok(&s, "v1.lua", replay_v1);
    assert_int_equal(session_listen(&s, (SessionListener){ears_heard, &ears}), 0);
    assert_int_equal(session_start(&s, 1), 0);
    assert_int_equal(session_choose(&s, 2), 0);
    assert_int_equal(session_continue(&s), 0);
    assert_int_equal(session_choose(&s, 1), 0);
    assert_int_equal(ears.heard[SESSION_STARTED], 1);
    assert_int_equal(ears.heard[SESSION_STEPPED], 2);
    assert_int_equal(ears.heard[SESSION_ENDED], 1);
    /* What each decision changed: trust then money for "right", nothing for "First". */
    int trust = scenario_meter(s.scenario, "trust"), money = scenario_meter(s.scenario, "money");
    SessionMove t0 = session_move(&s, 0, trust), m0 = session_move(&s, 0, money);
    SessionMove t1 = session_move(&s, 1, trust), m1 = session_move(&s, 1, money);
    assert_true(t0.chosen - t0.before == -5 && m0.chosen - m0.before == 3);
    assert_true(t1.chosen == t1.before && m1.chosen == m1.before && t1.later == t1.chosen);
    assert_true(t0.later == t1.before && m0.later == m1.before);
    /* A reload keeps the listeners and tells them; a broken version changes nothing. */
    DiagList diags = {0};
    char error[512], note[512];
    assert_int_equal(session_reload(&s, &diags, error, sizeof error, note, sizeof note), 2);
    assert_int_equal(ears.heard[SESSION_RELOADED], 1);
    assert_int_equal(s.play.status, PLAY_ENDED);
    unit_write("v1.lua", "scenario {");
    assert_int_equal(session_reload(&s, &diags, error, sizeof error, note, sizeof note), -1);
    assert_true(diags.errors > 0);
    assert_int_equal(s.play.status, PLAY_ENDED);        /* still the version before */
    assert_int_equal(ears.heard[SESSION_RELOADED], 1);
    diag_list_free(&diags);
    session_close(&s);
}

static void test_follow_choices(void **state)
{
    (void)state;
    Session s;
    char message[512];
    open_ok(&s, "v1.lua", replay_v1);
    int numbers[] = {1, 3};
    ChoiceList list = {numbers, 2, 0, 0};
    assert_int_equal(session_start(&s, 1), 0);
    assert_int_equal(session_follow(&s, &list), FOLLOW_BAD);
    session_follow_error(&s, &list, FOLLOW_BAD, message, sizeof message);
    assert_non_null(strstr(message, ":7: scene 'c' shows choices 1-2, but number 2 in --choices is 3"));
    list = (ChoiceList){numbers, 1, 0, 0};
    assert_int_equal(session_start(&s, 1), 0);
    assert_int_equal(session_follow(&s, &list), FOLLOW_RAN_OUT);
    session_follow_error(&s, &list, FOLLOW_RAN_OUT, message, sizeof message);
    assert_non_null(strstr(message, "scene 'c' needs a choice, but --choices ran out after 1"));
    int good[] = {1, 2};
    list = (ChoiceList){good, 2, 0, 0};
    assert_int_equal(session_start(&s, 1), 0);
    assert_int_equal(session_follow(&s, &list), FOLLOW_OVER);
    assert_int_equal(s.play.status, PLAY_ENDED);
    assert_int_equal(s.record.count, 2);               /* a new start begins a new record */
    session_close(&s);
}

int main(void)
{
    unit_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_the_record),
        cmocka_unit_test(test_replay_after_an_edit),
        cmocka_unit_test(test_listeners_and_deltas),
        cmocka_unit_test(test_follow_choices),
    };
    return cmocka_run_group_tests_name("session", tests, NULL, NULL);
}
