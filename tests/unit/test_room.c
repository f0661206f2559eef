/* The facilitated room: votes, corrections, ties, overrides, each team's scores
 * (computed by hand below), where teams disagreed, and resuming after a crash. */
#include "unit.h"
#include "room.h"
#include "room_save.h"

/* a: A1 {comm 2, sys -1}, A2 {sys 2, comm -1}, A3 {res 1, comm -1}
 * b: B1 {sys 1}, B2 {comm 1, res 2, meas 1}
 * c: C1 {res -1, comm 1}, C2 {res 1, meas 1}
 * Votes: a: Red 1, Blue 3 corrected to 2, Green 2 -> A2. b: Red 1, Blue 2, Green none -> a tie,
 * the facilitator picks 2. c: Red 2, Blue 2, Green 1 -> the majority is 2, overridden to 1.
 * Red   comm 2+0+0 / best 4 / worst -1 -> 60.0; sys -1+1 / 3 / -1 -> 25.0; res 0+0+1 / 4 / -1 -> 40.0;
 *       meas 0+1 / 2 / 0 -> 50.0; overall 4 / 13 / -3 -> 7/16 = 43.8
 * Blue  comm -1+1+0 -> 20.0; sys 2+0 -> 75.0; res 0+2+1 -> 80.0; meas 1+1 -> 100.0; overall 7/13/-3 -> 62.5
 * Green (no vote at b) comm -1+1 / 3 / -1 -> 25.0; sys 2 / 2 / -1 -> 100.0; res 0-1 / 2 / -1 -> 0.0;
 *       meas 0 / 1 / 0 -> 0.0; overall 1 / 8 / -3 -> 4/11 = 36.4 */
static const char *story =
    UNIT_HEADER
    "scene 'a' { title = 'Monday',\n"
    "  choice { id = 'a1', text = 'A1', score = { communication = 2, systems_thinking = -1 }, next = 'b' },\n"
    "  choice { id = 'a2', text = 'A2', score = { systems_thinking = 2, communication = -1 }, next = 'b' },\n"
    "  choice { id = 'a3', text = 'A3', score = { managing_resources = 1, communication = -1 }, next = 'b' } }\n"
    "scene 'b' { title = 'Tuesday',\n"
    "  choice { id = 'b1', text = 'B1', score = { systems_thinking = 1 }, next = 'n' },\n"
    "  choice { id = 'b2', text = 'B2', score = { communication = 1, managing_resources = 2,\n"
    "           measuring_performance = 1 }, next = 'n' } }\n"
    "scene 'n' { text = 'Overnight.', next = 'c' }\n"
    "scene 'c' { title = 'Wednesday',\n"
    "  choice { id = 'c1', text = 'C1', score = { managing_resources = -1, communication = 1 }, next = 'e' },\n"
    "  choice { id = 'c2', text = 'C2', score = { managing_resources = 1, measuring_performance = 1 }, next = 'e' } }\n"
    "scene 'e' { ending = 'The end' }\n";

static void open_room(Room *r, const char *teams)
{
    DiagList diags = {0};
    char why[256];
    int opened = room_open(r, unit_write("room.lua", story), teams, 300, true, &diags, why, sizeof why);
    if (opened != 0)
        diag_print_all(stderr, &diags);
    diag_list_free(&diags);
    assert_int_equal(opened, 0);
    assert_int_equal(room_start(r, 1), 0);
}

static int c_of(const Room *r, const char *id)
{
    return framework_competency(r->session.scenario->framework, id);
}

/* Plays the votes above up to (and, when `all`, through) decision c. */
static void vote_through(Room *r, bool all)
{
    bool tied[SCENARIO_MAX_CHOICES];
    assert_true(room_team_vote(r, 0, 1));
    assert_true(room_team_vote(r, 1, 3));
    assert_true(room_team_vote(r, 1, 2));          /* corrected before the reveal */
    assert_true(room_team_vote(r, 2, 2));
    assert_int_equal(room_votes_in(r), 3);
    assert_true(room_reveal(r));
    assert_false(room_team_vote(r, 0, 2));         /* closed once revealed */
    assert_int_equal(room_majority(r, tied), 2);
    assert_int_equal(room_decide(r, 2), 0);
    assert_true(room_team_vote(r, 0, 1));
    assert_true(room_team_vote(r, 1, 2));
    assert_true(room_reveal(r));
    assert_int_equal(room_majority(r, tied), 0);   /* a tie: the facilitator picks */
    assert_true(tied[0] && tied[1]);
    assert_int_equal(room_decide(r, 2), 0);
    assert_int_equal(r->phase, ROOM_READING);      /* the narration */
    assert_int_equal(room_continue(r), 0);
    assert_true(room_team_vote(r, 0, 2));
    if (!all)
        return;
    assert_true(room_team_vote(r, 1, 2));
    assert_true(room_team_vote(r, 2, 1));
    assert_true(room_reveal(r));
    assert_int_equal(room_majority(r, tied), 2);
    assert_int_equal(room_decide(r, 1), 0);        /* overridden */
}

static void test_votes_and_team_scores(void **state)
{
    (void)state;
    Room r;
    open_room(&r, "Red, Blue,Green");
    assert_int_equal(r.team_count, 3);
    assert_string_equal(r.teams[1], "Blue");
    vote_through(&r, true);
    assert_int_equal(r.session.play.status, PLAY_ENDED);
    assert_int_equal(r.decision_count, 3);
    assert_false(r.decisions[0].tie || r.decisions[0].override);
    assert_true(r.decisions[1].tie);
    assert_true(r.decisions[2].override);
    assert_int_equal(r.decisions[2].counts[1], 2);
    assert_int_equal(r.decisions[0].strongest, 1);
    struct { const char *id; int red, blue, green; } want[] = {
        {"communication", 600, 200, 250}, {"systems_thinking", 250, 750, 1000},
        {"managing_resources", 400, 800, 0}, {"measuring_performance", 500, 1000, 0},
    };
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        assert_int_equal(room_team_competency(&r, 0, c_of(&r, want[i].id)).score10, want[i].red);
        assert_int_equal(room_team_competency(&r, 1, c_of(&r, want[i].id)).score10, want[i].blue);
        assert_int_equal(room_team_competency(&r, 2, c_of(&r, want[i].id)).score10, want[i].green);
    }
    assert_int_equal(room_team_overall(&r, 0).score10, 438);
    assert_int_equal(room_team_overall(&r, 1).score10, 625);
    assert_int_equal(room_team_overall(&r, 2).score10, 364);
    assert_false(room_team_competency(&r, 0, c_of(&r, "self_awareness")).assessed);
    int where[8];
    assert_int_equal(room_disagreements(&r, where, 8), 3);
    assert_int_equal(where[0], 0);
    room_close(&r);
}

static void test_counts_without_teams(void **state)
{
    (void)state;
    Room r;
    open_room(&r, NULL);
    assert_int_equal(r.team_count, 0);
    assert_false(room_team_vote(&r, 0, 1));
    assert_true(room_count(&r, 1, +1));
    assert_true(room_count(&r, 3, +1));
    assert_true(room_count(&r, 3, +1));
    assert_true(room_count(&r, 3, -1));            /* a wrong entry, taken back */
    assert_false(room_count(&r, 2, -1));           /* never below zero */
    assert_int_equal(room_votes_in(&r), 2);
    assert_true(room_reveal(&r));
    bool tied[SCENARIO_MAX_CHOICES];
    assert_int_equal(room_majority(&r, tied), 0);
    assert_int_equal(room_decide(&r, 3), 0);
    assert_true(r.decisions[0].tie);
    assert_int_equal(r.decisions[0].counts[2], 1);
    room_close(&r);
    /* Bad team lists are refused with a reason. */
    DiagList diags = {0};
    char why[256];
    assert_int_equal(room_open(&r, unit_write("room.lua", story), "Red,,Blue", 0, false, &diags, why, sizeof why), -1);
    assert_non_null(strstr(why, "empty name"));
    assert_int_equal(room_open(&r, unit_write("room.lua", story), "Red,Red", 0, false, &diags, why, sizeof why), -1);
    assert_non_null(strstr(why, "names 'Red' twice"));
    diag_list_free(&diags);
}

static void test_resume_after_a_crash(void **state)
{
    (void)state;
    Room r, back;
    open_room(&r, "Red,Blue,Green");
    char path[600];
    snprintf(path, sizeof path, "%s.room.json", unit_write("room.lua", story));
    room_save_to(&r, path);
    vote_through(&r, false);                         /* two decisions, and Red's vote at the third */
    room_flush(&r);                                  /* saves are written off the game thread */
    char *before = room_save_json(&r);
    /* The process dies here; a new one resumes from the file. */
    DiagList diags = {0};
    char why[1024];
    assert_int_equal(room_resume(&back, path, &diags, why, sizeof why), 0);
    diag_list_free(&diags);
    char *after = room_save_json(&back);
    assert_string_equal(after, before);
    assert_int_equal(back.decision_count, 2);
    assert_int_equal(back.team_votes[0], 2);
    assert_string_equal(play_scene(&back.session.play)->id, "c");
    assert_int_equal(room_team_overall(&back, 0).score10, room_team_overall(&r, 0).score10);
    free(before);
    free(after);
    /* A damaged file is reported and kept. (Both rooms' writers are done with the file first.) */
    room_close(&back);
    room_close(&r);
    FILE *f = fopen(path, "w");
    fputs("{\"format\": \"leadsim-room\", \"vers", f);
    fclose(f);
    Room broken;
    assert_int_equal(room_resume(&broken, path, &diags, why, sizeof why), -1);
    assert_non_null(strstr(why, "is not a leadsim room, or is damaged; it was left as it is"));
}

int main(void)
{
    unit_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_votes_and_team_scores),
        cmocka_unit_test(test_counts_without_teams),
        cmocka_unit_test(test_resume_after_a_crash),
    };
    return cmocka_run_group_tests_name("room", tests, NULL, NULL);
}
