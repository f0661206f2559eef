/* Answer-key cues (check) and the surface personas (explore --styles), on small scenarios
 * whose answers are worked out by hand. */
#include "unit.h"
#include "cues.h"
#include "explore.h"
#include "lint.h"

/* A decision of three choices; the first named is the strongest (sum 3) and the second wins on
 * resiliency unless `trade` is 0, so it is a trade-off. */
#define DECISION(id, next, strong, second, third, trade)                                            \
    "scene '" id "' {\n"                                                                            \
    "  choice { text = '" strong "', score = { communication = 2, resiliency = 1 }, feedback = 'f', " \
    "next = '" next "' },\n"                                                                        \
    "  choice { text = '" second "', score = { communication = -1, resiliency = " #trade " }, "       \
    "feedback = 'f', next = '" next "' },\n"                                                        \
    "  choice { text = '" third "', score = { communication = -2, resiliency = -1 }, feedback = 'f', " \
    "next = '" next "' },\n"                                                                        \
    "}\n"

#define LONG "Ask the clinic leads what their staff need, then write the board a note"   /* 71 */
#define MID1 "Write the board a clear note with your plan"                             /* 43 */
#define MID2 "Keep the current hours and say nothing"                                  /* 38 */

static int count_code(const DiagList *diags, const char *code)
{
    int n = 0;
    for (int i = 0; i < diags->count; i++)
        n += diags->items[i].code && strcmp(diags->items[i].code, code) == 0;
    return n;
}

static void test_length_in_characters(void **state)
{
    (void)state;
    assert_int_equal(cues_length(NULL), 0);
    assert_int_equal(cues_length(""), 0);
    assert_int_equal(cues_length("abc"), 3);
    assert_int_equal(cues_length("caf\xC3\xA9"), 4);                 /* é: two bytes */
    assert_int_equal(cues_length("a \xE2\x80\x94 b"), 5);            /* an em dash: three bytes */
    assert_int_equal(cues_length("\xF0\x9F\x93\x8B"), 1);            /* four bytes */
}

static void test_by_far(void **state)
{
    (void)state;
    assert_true(cues_by_far(60, 40));      /* 1.5 times, 20 longer */
    assert_false(cues_by_far(59, 40));     /* 19 longer */
    assert_true(cues_by_far(130, 100));    /* exactly 1.3 times, 30 longer */
    assert_false(cues_by_far(129, 100));   /* 1.29 times */
    assert_false(cues_by_far(40, 40));
}

/* On screen: the length cue and the trade-off, read from a live playthrough. */
static void test_screen(void **state)
{
    (void)state;
    Scenario *sc = unit_load_ok(UNIT_HEADER DECISION("a", "b", LONG, MID1, MID2, 0)
                        DECISION("b", "e", MID1, LONG, MID2, 2) "scene 'e' { ending = 'E' }\n");
    Playthrough p;
    int length, next;
    assert_int_equal(play_init(&p, sc), 0);
    play_start(&p, 1);
    assert_int_equal(play_strongest(&p), 1);
    assert_true(cues_longest_by_far(&p, 1, &length, &next));
    assert_int_equal(length, 71);
    assert_int_equal(next, 43);
    assert_true(cues_no_trade_off(&p, 1));     /* choice 2 ties on resiliency at 0 < 1: no win */
    play_choose(&p, 1);
    assert_false(cues_longest_by_far(&p, 1, &length, &next));
    assert_int_equal(length, 43);
    assert_int_equal(next, 71);
    assert_false(cues_no_trade_off(&p, 1));    /* choice 2 wins on resiliency, 2 > 1 */
    play_free(&p);
    scenario_free(sc);
}

/* Scene lines: 'a' at 3, 'b' at 8 (UNIT_HEADER takes two lines, a decision five). */
static void test_check_warns_per_decision(void **state)
{
    (void)state;
    Scenario *sc = unit_load_ok(UNIT_HEADER DECISION("a", "b", LONG, MID1, MID2, 0)
                        DECISION("b", "e", MID1, MID2, LONG, 2) "scene 'e' { ending = 'E' }\n");
    DiagList diags = {0};
    lint_scenario(sc, &diags);
    const Diag *longest = unit_find(&diags, "cue-longest"), *trade = unit_find(&diags, "cue-no-trade-off");
    assert_non_null(longest);
    assert_int_equal(longest->line, 3);
    assert_non_null(strstr(longest->message, "71 characters against 43"));
    assert_non_null(longest->hint);
    assert_non_null(trade);
    assert_int_equal(trade->line, 3);
    assert_int_equal(count_code(&diags, "cue-longest"), 1);      /* at b the long one is not the strongest */
    assert_int_equal(count_code(&diags, "cue-no-trade-off"), 1);
    assert_null(unit_find(&diags, "cue-position"));              /* two decisions are too few */
    diag_list_free(&diags);
    scenario_free(sc);
}

/* Checks a scenario for cue-position; `where` is part of the message expected. */
static void check_position(const char *source, bool warned, const char *where)
{
    Scenario *sc = unit_load_ok(source);
    DiagList diags = {0};
    lint_scenario(sc, &diags);
    const Diag *d = unit_find(&diags, "cue-position");
    assert_int_equal(d != NULL, warned);
    if (d) {
        assert_int_equal(d->line, 1);                            /* the scenario's */
        assert_non_null(strstr(d->message, where));
    }
    diag_list_free(&diags);
    scenario_free(sc);
}

#define FIRST(id, next) DECISION(id, next, "Strong move", "Other move", "Third move", 2)
#define THIRD(id, next)                                                                            \
    "scene '" id "' {\n"                                                                           \
    "  choice { text = 'Other move', score = { communication = -1, resiliency = 2 }, feedback = 'f', next = '" next "' },\n" \
    "  choice { text = 'Third move', score = { communication = -2, resiliency = -1 }, feedback = 'f', next = '" next "' },\n" \
    "  choice { text = 'Strong move', score = { communication = 2, resiliency = 1 }, feedback = 'f', next = '" next "' },\n" \
    "}\n"

#define SECOND(id, next)                                                                           \
    "scene '" id "' {\n"                                                                           \
    "  choice { text = 'Other move', score = { communication = -1, resiliency = 2 }, feedback = 'f', next = '" next "' },\n" \
    "  choice { text = 'Strong move', score = { communication = 2, resiliency = 1 }, feedback = 'f', next = '" next "' },\n" \
    "  choice { text = 'Third move', score = { communication = -2, resiliency = -1 }, feedback = 'f', next = '" next "' },\n" \
    "}\n"

static void test_check_warns_on_position(void **state)
{
    (void)state;
    /* 3 of 6 first: exactly half, a warning. */
    check_position(UNIT_HEADER FIRST("a", "b") FIRST("b", "c") FIRST("c", "d") THIRD("d", "f") THIRD("f", "g")
                   SECOND("g", "e") "scene 'e' { ending = 'E' }\n",
                   true, "shown first at 3 of its 6 decisions");
    /* 2 first, 2 third (last), 2 second: a third each, no warning. */
    check_position(UNIT_HEADER FIRST("a", "b") FIRST("b", "c") THIRD("c", "d") THIRD("d", "f") SECOND("f", "g")
                   SECOND("g", "e") "scene 'e' { ending = 'E' }\n", false, NULL);
}

/* Strongest-first everywhere, and the longest at every decision but the first. */
static const char *persona_source =
    UNIT_HEADER DECISION("a", "b", "Strong", "A longer other move", "Third", 2)
    DECISION("b", "c", LONG, MID1, MID2, 2) DECISION("c", "d", LONG, MID1, MID2, 2)
    DECISION("d", "f", LONG, MID1, MID2, 2) DECISION("f", "g", LONG, MID1, MID2, 2)
    DECISION("g", "e", LONG, MID1, MID2, 2) "scene 'e' { ending = 'E' }\n";

static const StyleResult *style(const StyleResult *styles, StyleKind kind)
{
    assert_true(styles[kind].kind == kind);
    return &styles[kind];
}

static void test_personas(void **state)
{
    (void)state;
    Scenario *sc = unit_load_ok(persona_source);
    StyleResult *styles = NULL, *again = NULL;
    int count = explore_styles(sc, 7, 500, &styles);
    assert_int_equal(count, EXPLORE_FIXED_STYLES + sc->framework->domain_count);
    static const int longest[] = {2, 1, 1, 1, 1, 1}, shortest[] = {3, 3, 3, 3, 3, 3};
    assert_memory_equal(style(styles, STYLE_LONGEST)->choices, longest, sizeof longest);
    assert_memory_equal(style(styles, STYLE_SHORTEST)->choices, shortest, sizeof shortest);
    for (int i = 0; i < 6; i++) {
        assert_int_equal(style(styles, STYLE_FIRST)->choices[i], 1);
        assert_int_equal(style(styles, STYLE_LAST)->choices[i], 3);
    }
    /* Always first is always strongest (85.7: every decision trades resiliency away). */
    assert_int_equal(style(styles, STYLE_FIRST)->overall.score10, 857);
    assert_int_equal(style(styles, STYLE_STRONGEST)->overall.score10, 857);
    const StyleResult *random = style(styles, STYLE_RANDOM);
    assert_true(random->percentile10 >= random->range.min10 && random->percentile10 < 810);
    assert_true(style(styles, STYLE_FIRST)->beats_random && style(styles, STYLE_LONGEST)->beats_random);
    assert_false(style(styles, STYLE_LAST)->beats_random || style(styles, STYLE_SHORTEST)->beats_random);
    assert_false(style(styles, STYLE_STRONGEST)->beats_random);   /* only surface personas are flagged */
    /* The same seed, the same results. */
    assert_int_equal(explore_styles(sc, 7, 500, &again), count);
    for (int i = 0; i < count; i++) {
        assert_int_equal(again[i].overall.score10, styles[i].overall.score10);
        assert_int_equal(again[i].choice_count, styles[i].choice_count);
        assert_int_equal(again[i].beats_random, styles[i].beats_random);
    }
    assert_int_equal(again[STYLE_RANDOM].percentile10, random->percentile10);
    explore_styles_free(again, count);
    explore_styles_free(styles, count);
    scenario_free(sc);
}

/* One decision, two choices: random play takes the strongest (75.0) about half the time, so
 * its 90th percentile is 75.0 and a persona that matches the strongest play does not beat it. */
static void test_margin_is_strict(void **state)
{
    (void)state;
    Scenario *sc = unit_load_ok(UNIT_HEADER
                        "scene 'a' {\n"
                        "  choice { text = '" LONG "', score = { communication = 2 }, feedback = 'f', next = 'e' },\n"
                        "  choice { text = 'Short', score = { communication = -1, resiliency = 1 }, feedback = 'f', next = 'e' },\n"
                        "}\n"
                        "scene 'e' { ending = 'E' }\n");
    StyleResult *styles = NULL;
    int count = explore_styles(sc, 1, 200, &styles);
    assert_true(count > 0);
    assert_int_equal(styles[STYLE_RANDOM].percentile10, 750);
    assert_int_equal(styles[STYLE_LONGEST].overall.score10, 750);
    assert_false(styles[STYLE_LONGEST].beats_random);
    explore_styles_free(styles, count);
    scenario_free(sc);
}

int main(void)
{
    unit_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_length_in_characters),
        cmocka_unit_test(test_by_far),
        cmocka_unit_test(test_screen),
        cmocka_unit_test(test_check_warns_per_decision),
        cmocka_unit_test(test_check_warns_on_position),
        cmocka_unit_test(test_personas),
        cmocka_unit_test(test_margin_is_strict),
    };
    return cmocka_run_group_tests_name("cues", tests, NULL, NULL);
}
