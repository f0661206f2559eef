/* The playthrough: order of events, the state s, replay, and runtime errors. */
#include "unit.h"
#include "explore.h"
#include "playthrough.h"
#include "sandbox.h"

/* Starts a playthrough and plays `count` steps: choices[i], or continue when it is 0 (or choices is NULL). */
static void play(Playthrough *p, Scenario *sc, const int *choices, int count)
{
    assert_int_equal(play_init(p, sc), 0);
    if (play_start(p, 7) != 0)
        return;
    for (int i = 0; i < count && p->status == PLAY_RUNNING; i++)
        if ((choices && choices[i] ? play_choose(p, choices[i]) : play_continue(p)) != 0)
            return;
}

static void expect_runtime_error(const char *source, const int *choices, int count, int line, const char *needle)
{
    Scenario *sc = unit_load_ok(source);
    Playthrough p;
    play(&p, sc, choices, count);
    assert_int_equal(p.status, PLAY_FAILED);
    if (p.error_line != line || strstr(p.error, needle) == NULL)
        fail_msg("expected line %d and \"%s\", got: %s", line, needle, p.error);
    char prefix[128];
    snprintf(prefix, sizeof prefix, "%s:%d: in scene '", sc->path, line);
    assert_memory_equal(p.error, prefix, strlen(prefix));
    play_free(&p);
    scenario_free(sc);
}

static void test_order_of_events(void **state)
{
    (void)state;
    /* The text sees the visit already counted; when runs after the text; effects run before next. */
    Scenario *sc = unit_load_ok(UNIT_HEADER
        "scene 'a' {\n"
        "  text = function(s) s.log = (s.log or '') .. 'text' .. s.visits.a .. ';'; return 'x' end,\n"
        "  choice { text = 'go', when = function(s) s.log = s.log .. 'when;'; return true end,\n"
        "           effects = function(s) s.log = s.log .. 'effects;'; s.trust = s.trust + 500 end,\n"
        "           next = function(s) s.log = s.log .. 'next' .. s.trust .. ';'; return s.visits.a < 2 and 'a' or 'e' end },\n"
        "}\n"
        "scene 'e' { ending = 'E', text = function(s) return s.log end }\n");
    Playthrough p;
    int choices[] = {1, 1};
    play(&p, sc, choices, 2);
    assert_int_equal(p.status, PLAY_ENDED);
    /* next sees trust clamped to 100 after effects. */
    assert_string_equal(p.text, "text1;when;effects;next100;text2;when;effects;next100;");
    assert_int_equal(p.path_count, 3);
    play_free(&p);
    scenario_free(sc);
}

static void test_meters_set_in_next_are_clamped_before_the_next_scene(void **state)
{
    (void)state;
    /* A next function (of a choice, then of a narration) pushes meters out of range:
     * the scene it leads to already sees them clamped, in its text and its whens. */
    Scenario *sc = unit_load_ok(UNIT_HEADER
        "scene 'a' {\n"
        "  choice { text = 'go', next = function(s) s.trust = 200; s.money = -7; return 'b' end },\n"
        "}\n"
        "scene 'b' { text = function(s) s.log = 'b' .. s.trust .. ',' .. s.money .. ';'; return 'x' end,\n"
        "  next = function(s) s.trust = -1; s.money = 99; return 'c' end }\n"
        "scene 'c' { text = 'c',\n"
        "  choice { text = 'end', when = function(s) s.log = s.log .. 'c' .. s.trust .. ',' .. s.money; return true end,\n"
        "           next = 'e' },\n"
        "}\n"
        "scene 'e' { ending = 'E', text = function(s) return s.log end }\n");
    Playthrough p;
    int choices[] = {1, 0, 1};
    play(&p, sc, choices, 3);
    assert_int_equal(p.status, PLAY_ENDED);
    assert_string_equal(p.text, "b100,0;c0,20");
    play_free(&p);
    scenario_free(sc);
}

static void test_replay_is_exact(void **state)
{
    (void)state;
    Scenario *sc = unit_load_ok(UNIT_HEADER
        "scene 'a' { text = function(s) s.roll = s.random(1, 1000000); return tostring(s.roll) end,\n"
        "  choice { text = 'go', next = 'e' } }\n"
        "scene 'e' { ending = 'E', text = function(s) return s.roll .. '/' .. math.random(1, 1000000) end }\n");
    Playthrough p;
    assert_int_equal(play_init(&p, sc), 0);
    char first[64];
    assert_int_equal(play_start(&p, 42), 0);
    assert_int_equal(play_choose(&p, 1), 0);
    snprintf(first, sizeof first, "%s", p.text);
    assert_int_equal(play_start(&p, 42), 0);       /* same seed: same story */
    assert_int_equal(play_choose(&p, 1), 0);
    assert_string_equal(p.text, first);
    assert_int_equal(play_start(&p, 43), 0);       /* another seed: another roll */
    assert_int_equal(play_choose(&p, 1), 0);
    assert_string_not_equal(p.text, first);
    play_free(&p);
    scenario_free(sc);
}

static void test_state_resets_between_playthroughs(void **state)
{
    (void)state;
    Scenario *sc = unit_load_ok(UNIT_HEADER
        "scene 'a' { choice { text = 'go', effects = function(s) s.flag = true; s.money = s.money + 5 end, next = 'e' } }\n"
        "scene 'e' { ending = 'E', text = function(s) return tostring(s.flag) .. s.money end }\n");
    Playthrough p;
    assert_int_equal(play_init(&p, sc), 0);
    assert_int_equal(play_start(&p, 1), 0);
    assert_int_equal(play_choose(&p, 1), 0);
    assert_string_equal(p.text, "true15");
    assert_int_equal(play_start(&p, 1), 0);
    assert_int_equal(p.decision_count, 0);
    assert_int_equal(p.path_count, 1);
    assert_true(p.meters[0] == 10);
    assert_int_equal(play_choose(&p, 1), 0);
    assert_string_equal(p.text, "true15");
    play_free(&p);
    scenario_free(sc);
}

static void test_all_choices_hidden(void **state)
{
    (void)state;
    int none[] = {0};
    expect_runtime_error(UNIT_HEADER
        "scene 'a' {\n"
        "  choice { text = 'x', when = function(s) return false end, next = 'a' },\n"
        "}\n", none, 0, 3, "every choice is hidden");
}

static void test_next_returns_unknown_scene(void **state)
{
    (void)state;
    int one[] = {1};
    expect_runtime_error(UNIT_HEADER
        "scene 'a' {\n"
        "  choice { text = 'x', next = function(s) return 'endng' end },\n"
        "}\n"
        "scene 'ending' { ending = 'E' }\n", one, 1, 4, "returned 'endng', which is not a scene (did you mean 'ending'?)");
    expect_runtime_error(UNIT_HEADER
        "scene 'a' {\n"
        "  choice { text = 'x', next = function(s) end },\n"
        "}\n", one, 1, 4, "returned nil; it must return a scene id");
}

static void test_errors_inside_scenario_functions(void **state)
{
    (void)state;
    int none[] = {0}, one[] = {1};
    expect_runtime_error(UNIT_HEADER
        "scene 'a' {\n"
        "  text = function(s)\n"
        "    return s.missing.field\n"
        "  end,\n"
        "  next = 'a' }\n", none, 0, 5, "the text function failed: attempt to index a nil value");
    expect_runtime_error(UNIT_HEADER
        "scene 'a' {\n"
        "  choice { text = 'x', next = 'a',\n"
        "    when = function(s) while true do end end },\n"
        "}\n", none, 0, 5, "the when of choice 1 failed: this code ran more than");
    expect_runtime_error(UNIT_HEADER
        "scene 'a' {\n"
        "  choice { text = 'x', next = 'a', effects = function(s)\n"
        "    local t = {} while true do t[#t + 1] = {} end end },\n"
        "}\n", one, 1, 5, "the effects of choice 1 failed:");
    expect_runtime_error(UNIT_HEADER
        "scene 'a' {\n"
        "  choice { text = 'x', next = 'a', effects = function(s) s.trust = 'lots' end },\n"
        "}\n", one, 1, 4, "left meter 'trust' as string");
    expect_runtime_error(UNIT_HEADER
        "scene 'a' { text = function(s) return {} end, next = 'a' }\n", none, 0, 3,
        "the text function returned table, not a string");
    expect_runtime_error(UNIT_HEADER
        "scene 'a' { text = 'loop', next = 'b' }\n"
        "scene 'b' { text = 'loop', next = 'a' }\n", NULL, 20000, 3, "without reaching an ending");
}

static void test_builders_closed_after_loading(void **state)
{
    (void)state;
    int none[] = {0};
    expect_runtime_error(UNIT_HEADER
        "scene 'a' { text = function(s) scene 'late' { ending = 'E' }; return 'x' end, next = 'a' }\n",
        none, 0, 3, "can only be used while the file loads");
    /* A scene body kept from loading and called later is refused the same way. */
    expect_runtime_error(UNIT_HEADER
        "local body = scene 'a'\n"
        "body { text = function(s) body { ending = 'E' }; return 'x' end, next = 'a' }\n",
        none, 0, 4, "can only be used while the file loads");
}

static void test_choice_text_from_a_function(void **state)
{
    (void)state;
    /* A choice's text may depend on s; the decision keeps the text as it was shown. */
    Scenario *sc = unit_load_ok(UNIT_HEADER
        "scene 'a' {\n"
        "  choice { text = function(s) return 'Spend $' .. s.money .. 'k' end,\n"
        "           score = { communication = 1 }, effects = { money = -4 }, next = 'a2' },\n"
        "  choice { text = 'Wait', score = { communication = 2 }, next = 'a2' } }\n"
        "scene 'a2' {\n"
        "  choice { text = function(s) return 'Spend $' .. s.money .. 'k again' end, next = 'e' } }\n"
        "scene 'e' { ending = 'E' }\n");
    Playthrough p;
    assert_int_equal(play_init(&p, sc), 0);
    for (int round = 0; round < 2; round++) {     /* a second start must not keep old texts */
        assert_int_equal(play_start(&p, 1), 0);
        assert_string_equal(play_shown_text(&p, 1), "Spend $10k");
        assert_string_equal(play_shown_text(&p, 2), "Wait");
        assert_null(play_shown_text(&p, 3));
        assert_null(play_shown(&p, 1)->text);
        assert_int_equal(play_choose(&p, 1), 0);
        assert_string_equal(play_shown_text(&p, 1), "Spend $6k again");
        assert_int_equal(play_choose(&p, 1), 0);
        assert_int_equal(p.status, PLAY_ENDED);
        assert_int_equal(p.decision_count, 2);
        assert_string_equal(p.decisions[0].text, "Spend $10k");
        assert_string_equal(p.decisions[0].strongest_text, "Wait");
        assert_string_equal(p.decisions[1].text, "Spend $6k again");
    }
    play_free(&p);
    scenario_free(sc);

    int none[] = {0};
    expect_runtime_error(UNIT_HEADER
        "scene 'a' {\n"
        "  choice { text = 'fine', next = 'a' },\n"
        "  choice { text = function(s) return 42 end, next = 'a' },\n"
        "}\n", none, 0, 5, "the text of choice 2 returned number, not a string");
    expect_runtime_error(UNIT_HEADER
        "scene 'a' {\n"
        "  choice { text = function(s) return s.nothing.here end, next = 'a' },\n"
        "}\n", none, 0, 4, "the text of choice 1 failed: attempt to index a nil value");
    /* A text that is neither a string nor a function is a load error. */
    DiagList diags = {0};
    assert_null(unit_load(UNIT_HEADER "scene 'a' { choice { text = 7, next = 'a' } }\n", &diags));
    assert_int_equal(diags.errors, 1);           /* the wrong type, and not also "missing" */
    assert_string_equal(diags.items[0].code, "wrong-type");
    diag_list_free(&diags);
}

/* Plays a scenario many ways (random and least-used runs). */
static void explore_some(const Scenario *sc)
{
    for (int strategy = STRATEGY_RANDOM; strategy <= STRATEGY_LEAST_USED; strategy++) {
        ExploreOptions options = {.strategy = (ExploreStrategy)strategy, .runs = 40, .seed = 3};
        ExploreReport report;
        assert_int_equal(explore_run(sc, &options, &report), 0);
        explore_report_free(&report);
    }
}

static void load_and_explore(const char *path)
{
    DiagList diags = {0};
    Scenario *sc = scenario_load(path, &diags);
    diag_list_free(&diags);
    assert_non_null(sc);
    explore_some(sc);
    scenario_free(sc);
}

/* Class 4 of the sandbox's second round: growth outside a protected call aborts
 * when the scenario is at its cap, so the engine's glue must never grow a state
 * unprotected: loading the framework and every library scenario, building and
 * replaying state, counting visits (also into a visits table the scenario has
 * filled), and the lookups of a scenario with many scenes. */
static void test_engine_glue_is_always_protected(void **state)
{
    (void)state;
    size_t before = sandbox_unprotected_growth();
    assert_true(unit_each_library_scenario(load_and_explore) >= 1);

    /* The scenario fills s.visits so that each new scene makes it grow. */
    char source[65536];
    int len = snprintf(source, sizeof source, UNIT_HEADER
                       "scene 'a' { text = function(s) for i = 1, 5000 do s.visits['k' .. i] = i end return 'x' end,\n"
                       "  next = 's1' }\n");
    for (int i = 1; i < 600; i++)
        len += snprintf(source + len, sizeof source - (size_t)len, "scene 's%d' { next = 's%d' }\n", i, i + 1);
    snprintf(source + len, sizeof source - (size_t)len, "scene 's600' { ending = 'E' }\n");
    Scenario *sc = unit_load_ok(source);
    explore_some(sc);
    scenario_free(sc);

    size_t grown = sandbox_unprotected_growth() - before;
    if (grown != 0)
        fail_msg("the engine grew a Lua state by %zu bytes outside a protected call", grown);
}

int main(void)
{
    unit_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_order_of_events),
        cmocka_unit_test(test_meters_set_in_next_are_clamped_before_the_next_scene),
        cmocka_unit_test(test_replay_is_exact),
        cmocka_unit_test(test_state_resets_between_playthroughs),
        cmocka_unit_test(test_all_choices_hidden),
        cmocka_unit_test(test_next_returns_unknown_scene),
        cmocka_unit_test(test_errors_inside_scenario_functions),
        cmocka_unit_test(test_builders_closed_after_loading),
        cmocka_unit_test(test_choice_text_from_a_function),
        cmocka_unit_test(test_engine_glue_is_always_protected),
    };
    return cmocka_run_group_tests_name("playthrough", tests, NULL, NULL);
}
