/* Loading and validating scenarios: every error names its line. */
#include "unit.h"

/* Loads `source`, expects it to fail with a diagnostic `code` at `line` whose
 * message contains `needle` (and whose hint contains `hint`, when given). */
static void expect_error(const char *source, const char *code, int line, const char *needle, const char *hint)
{
    DiagList diags = {0};
    Scenario *sc = unit_load(source, &diags);
    assert_null(sc);
    const Diag *d = unit_find(&diags, code);
    if (d == NULL) {
        diag_print_all(stderr, &diags);
        fail_msg("no '%s' diagnostic", code);
    }
    if (d->line != line || strstr(d->message, needle) == NULL)
        fail_msg("expected line %d with \"%s\", got line %d: %s", line, needle, d->line, d->message);
    if (hint && (d->hint == NULL || strstr(d->hint, hint) == NULL))
        fail_msg("expected hint \"%s\", got %s", hint, d->hint ? d->hint : "none");
    diag_list_free(&diags);
}

static void test_valid_scenario(void **state)
{
    (void)state;
    DiagList diags = {0};
    Scenario *sc = unit_load(UNIT_HEADER
                             "scene 'a' { title = 'A', text = 'Hi', notes = 'Ask the room why',\n" /* 3 */
                             "  choice { id = 'x', text = 'X', score = { self_awareness = 2 }, next = 'b' },\n"
                             "  choice { text = 'Y', effects = { trust = -5 }, next = function(s) return 'b' end },\n"
                             "}\n"
                             "scene 'b' { ending = 'Done', text = function(s) return 'bye' end }\n",
                             &diags);
    if (sc == NULL) {
        diag_print_all(stderr, &diags);
        fail();
    }
    assert_int_equal(diags.count, 0);
    assert_string_equal(sc->id, "t");
    assert_int_equal(sc->scene_count, 2);
    assert_int_equal(sc->start, 0);
    assert_int_equal(sc->scenes[0].line, 3);
    assert_int_equal(sc->scenes[0].kind, SCENE_DECISION);
    assert_string_equal(sc->scenes[0].notes, "Ask the room why");
    assert_null(sc->scenes[1].notes);
    assert_int_equal(sc->scenes[1].kind, SCENE_ENDING);
    assert_int_equal(sc->scenes[0].choice_count, 2);
    assert_int_equal(sc->scenes[0].choices[0].line, 4);
    assert_int_equal(sc->scenes[0].choices[0].next, 1);
    assert_int_equal(sc->scenes[0].choices[0].weights[framework_competency(sc->framework, "self_awareness")], 2);
    assert_int_equal(sc->scenes[0].choices[0].weight_sum, 2);
    assert_int_equal(sc->scenes[0].choices[1].next, SCENARIO_NO_SCENE);
    assert_int_equal(sc->scenes[0].choices[1].effect_count, 1);
    /* Meters in HUD order: no `order` given, so by id; defaults min 0, max 100. */
    assert_int_equal(sc->meter_count, 2);
    assert_string_equal(sc->meters[0].id, "money");
    assert_string_equal(sc->meters[1].id, "trust");
    assert_true(sc->meters[1].max == 100 && sc->meters[1].min == 0 && sc->meters[1].value == 50);
    assert_string_equal(sc->meters[1].label, "trust");
    scenario_free(sc);
}

static void test_syntax_error(void **state)
{
    (void)state;
    expect_error(UNIT_HEADER "scene 'a' {\n  text = 'x'\n  choice { }\n", "lua-error", 5, "expected (to close '{' at line 3)", NULL);
}

static void test_unknown_competency(void **state)
{
    (void)state;
    expect_error(UNIT_HEADER
                 "scene 'a' {\n"
                 "  choice { text = 'X', next = 'a',\n"
                 "    score = { engaging_stakeholder = 1 } },\n"
                 "}\n",
                 "unknown-competency", 4, "unknown competency 'engaging_stakeholder'", "engaging_stakeholders");
}

static void test_bad_weights(void **state)
{
    (void)state;
    const char *tail = "}\n";
    char source[512];
    const char *bad[] = {"1.5", "4", "-4", "'2'", "true"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        snprintf(source, sizeof source, UNIT_HEADER "scene 'a' {\n  choice { text = 'X', next = 'a', score = { resiliency = %s } },\n%s",
                 bad[i], tail);
        expect_error(source, "bad-weight", 4, "from -3 to 3", NULL);
    }
}

static void test_start(void **state)
{
    (void)state;
    expect_error("scenario { id = 't', title = 'T' }\nscene 'a' { ending = 'E' }\n", "missing-field", 1,
                 "'start' is missing", NULL);
    expect_error("\nscenario { id = 't', title = 'T', start = 'briefng' }\nscene 'briefing' { ending = 'E' }\n",
                 "unknown-start", 2, "'briefng'", "briefing");
}

static void test_unknown_next(void **state)
{
    (void)state;
    expect_error(UNIT_HEADER
                 "scene 'a' {\n"
                 "  choice { text = 'X', next = 'team_meeting' },\n"
                 "  choice { text = 'Y', next = 'team_meting' },\n"
                 "}\n"
                 "scene 'team_meeting' { ending = 'E' }\n",
                 "unknown-scene", 5, "'team_meting', which is not a scene", "team_meeting");
    expect_error(UNIT_HEADER "scene 'a' { text = 'x', next = 'nowhere' }\n", "unknown-scene", 3, "'nowhere'", NULL);
}

static void test_dead_end_and_mixed_scenes(void **state)
{
    (void)state;
    expect_error(UNIT_HEADER "scene 'a' { text = 'x', next = 'b' }\n\nscene 'b' { text = 'stuck' }\n",
                 "dead-end", 5, "no choices, no next and no ending", NULL);
    expect_error(UNIT_HEADER "scene 'a' { ending = 'E', next = 'a' }\n", "mixed-scene", 3, "both next and an ending", NULL);
}

static void test_duplicates(void **state)
{
    (void)state;
    expect_error(UNIT_HEADER "scene 'a' { ending = 'E' }\nscene 'a' { ending = 'F' }\n", "duplicate-scene", 4,
                 "defined twice (first at line 3)", NULL);
    expect_error(UNIT_HEADER
                 "scene 'a' {\n"
                 "  choice { id = 'c', text = 'X', next = 'a' },\n"
                 "  choice { id = 'c', text = 'Y', next = 'a' },\n"
                 "}\n",
                 "duplicate-choice", 5, "two choices have the id 'c' (the first is at line 4)", NULL);
}

static void test_wrong_types_and_unknown_fields(void **state)
{
    (void)state;
    expect_error(UNIT_HEADER "scene 'a' { title = 5, ending = 'E' }\n", "wrong-type", 3,
                 "'title' must be a string, not an integer", NULL);
    expect_error(UNIT_HEADER "scene 'a' {\n  choice { text = 'X', next = 'a', when = true },\n}\n", "wrong-type", 4,
                 "'when' must be a function(s), not a boolean", NULL);
    expect_error(UNIT_HEADER "scene 'a' {\n  choice { text = 'X', next = 'a', feedbak = 'Good' },\n}\n",
                 "unknown-field", 4, "unknown field 'feedbak'", "feedback");
    expect_error(UNIT_HEADER "scene 'a' {\n  choice { text = 'X', next = 'a', effects = { turst = 5 } },\n}\n",
                 "unknown-meter", 4, "unknown meter 'turst'", "trust");
    expect_error(UNIT_HEADER "scene 'a' { 'oops', ending = 'E' }\n", "not-a-choice", 3, "item 1 is not a choice", NULL);
    expect_error("scenario { id = 'Bad Id', title = 'T', start = 'a' }\nscene 'a' { ending = 'E' }\n", "bad-id", 1,
                 "a-z, 0-9 and -", NULL);
    expect_error("scenario { id = 't', title = 'T', start = 'a', meters = { m = { value = 200 } } }\n"
                 "scene 'a' { ending = 'E' }\n", "bad-meter", 1, "outside [0, 100]", NULL);
}

static void test_builder_mistakes(void **state)
{
    (void)state;
    expect_error(UNIT_HEADER "\nscene { title = 'no id' }\n", "lua-error", 4, "scene needs its id before the table", NULL);
    expect_error(UNIT_HEADER "scene 'a' { ending = 'E' }\nscenario { id = 'u', title = 'U', start = 'a' }\n",
                 "lua-error", 4, "a second scenario { } (the first is at line 1)", NULL);
    expect_error("scene 'a' { ending = 'E' }\n", "no-scenario", 0, "no scenario { } found", NULL);
    expect_error(UNIT_HEADER "scene 'a'\n", "empty-scene", 3, "has no table", NULL);
}

static void test_errors_are_all_reported(void **state)
{
    (void)state;
    DiagList diags = {0};
    Scenario *sc = unit_load(UNIT_HEADER
                             "scene 'a' {\n"
                             "  choice { text = 'X', next = 'zz', score = { nope = 1 } },\n"
                             "  choice { next = 'a', score = { resiliency = 9 } },\n"
                             "}\n",
                             &diags);
    assert_null(sc);
    assert_non_null(unit_find(&diags, "unknown-scene"));
    assert_non_null(unit_find(&diags, "unknown-competency"));
    assert_non_null(unit_find(&diags, "bad-weight"));
    assert_non_null(unit_find(&diags, "missing-field")); /* the second choice's text */
    assert_true(diags.errors >= 4);
    diag_list_free(&diags);
}

int main(void)
{
    unit_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_valid_scenario),
        cmocka_unit_test(test_syntax_error),
        cmocka_unit_test(test_unknown_competency),
        cmocka_unit_test(test_bad_weights),
        cmocka_unit_test(test_start),
        cmocka_unit_test(test_unknown_next),
        cmocka_unit_test(test_dead_end_and_mixed_scenes),
        cmocka_unit_test(test_duplicates),
        cmocka_unit_test(test_wrong_types_and_unknown_fields),
        cmocka_unit_test(test_builder_mistakes),
        cmocka_unit_test(test_errors_are_all_reported),
    };
    return cmocka_run_group_tests_name("loader", tests, NULL, NULL);
}
