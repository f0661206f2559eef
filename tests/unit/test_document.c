/* The debrief document: trade-offs apart from growth areas, patterns, ties, pivotal
 * moments, answers, and the PEARLS order. Every expectation is computed by hand in
 * the comments beside the scenario. */
#include "unit.h"
#include "document.h"

/* a: A1 {comm 2, sys -1} =1, A2 {sys 2, comm -1} =1 (a tie), A3 {res 1, comm -1} =0.
 *    Choosing A1 (a strongest): sys loses 3 and res 1, both traded.
 * b: B1 {sys 1} =1, B2 {comm 1, res 2, meas 1} =4. Choosing B1 (gap 3): comm 1, res 2
 *    and meas 1 are missed.
 * c: C1 {res -1, comm 1} =0, C2 {res 1, meas 1} =2. Choosing C1 (gap 2): res 2 and
 *    meas 1 missed.
 * comm: earned 2+0+1=3, best 2+1+1=4, worst -1+0+0=-1 -> 80.0; traded 0, missed 1.
 * sys:  earned -1+1=0, best 2+1=3, worst -1+0=-1 -> 25.0; traded 3, missed 0: a trade-off.
 * res:  earned 0+0-1=-1, best 1+2+1=4, worst 0+0-1=-1 -> 0.0; traded 1, missed 4.
 * meas: earned 0, best 2, worst 0 -> 0.0; missed 2, at both decisions that tested it: a pattern.
 * Growth areas: res (4), meas (2), comm (1). Pivotal: b (gap 3), c (gap 2); a has neither. */
static const char *tradeoffs =
    UNIT_HEADER
    "scene 'a' { title = 'Monday',\n"
    "  choice { text = 'A1', score = { communication = 2, systems_thinking = -1 }, next = 'b' },\n"
    "  choice { text = 'A2', score = { systems_thinking = 2, communication = -1 }, next = 'b' },\n"
    "  choice { text = 'A3', score = { managing_resources = 1, communication = -1 }, next = 'b' } }\n"
    "scene 'b' { title = 'Tuesday',\n"
    "  choice { text = 'B1', score = { systems_thinking = 1 }, effects = { trust = -10 }, next = 'c' },\n"
    "  choice { text = 'B2', score = { communication = 1, managing_resources = 2, measuring_performance = 1 },\n"
    "           next = 'c' } }\n"
    "scene 'c' { title = 'Wednesday',\n"
    "  choice { text = 'C1', score = { managing_resources = -1, communication = 1 }, next = 'e' },\n"
    "  choice { text = 'C2', score = { managing_resources = 1, measuring_performance = 1 }, next = 'e' } }\n"
    "scene 'e' { ending = 'The end', text = 'And then it was over.' }\n";

static void build(Session *s, DebriefDoc *doc, const char *source, const int *choices, int count, bool interactive)
{
    DiagList diags = {0};
    assert_int_equal(session_open(s, unit_write("doc.lua", source), &diags), 0);
    diag_list_free(&diags);
    assert_int_equal(session_start(s, 1), 0);
    ChoiceList list = {choices, count, 0, 0};
    assert_int_equal(session_follow(s, &list), FOLLOW_OVER);
    assert_int_equal(debrief_doc_build(doc, s, interactive, "Ana"), 0);
}

static int competency(const DebriefDoc *doc, const char *id)
{
    int c = framework_competency(doc->framework, id);
    assert_true(c >= 0);
    return c;
}

/* The first block of `kind` whose text contains `needle`, or NULL. */
static const DocBlock *find_block(const DebriefDoc *doc, BlockKind kind, const char *needle)
{
    for (int i = 0; i < doc->block_count; i++)
        if (doc->blocks[i].kind == kind && doc->blocks[i].text && strstr(doc->blocks[i].text, needle))
            return &doc->blocks[i];
    return NULL;
}

static void test_traded_missed_growth_and_patterns(void **state)
{
    (void)state;
    Session s;
    DebriefDoc doc;
    int choices[] = {1, 1, 1};
    build(&s, &doc, tradeoffs, choices, 3, false);
    int comm = competency(&doc, "communication"), sys = competency(&doc, "systems_thinking");
    int res = competency(&doc, "managing_resources"), meas = competency(&doc, "measuring_performance");
    assert_int_equal(doc.scores.competencies[comm].score10, 800);
    assert_int_equal(doc.scores.competencies[sys].score10, 250);
    assert_int_equal(doc.traded[comm], 0);
    assert_int_equal(doc.missed[comm], 1);
    assert_int_equal(doc.traded[sys], 3);
    assert_int_equal(doc.missed[sys], 0);
    assert_int_equal(doc.traded[res], 1);
    assert_int_equal(doc.missed[res], 4);
    assert_int_equal(doc.missed[meas], 2);
    /* Growth areas by points missed; sys (25.0) is low but only traded, so it is not one. */
    assert_int_equal(doc.growth_count, 3);
    assert_int_equal(doc.growth[0], res);
    assert_int_equal(doc.growth[1], meas);
    assert_int_equal(doc.growth[2], comm);
    assert_int_equal(doc.pattern_count, 1);
    assert_int_equal(doc.patterns[0], meas);
    assert_int_equal(doc.trade_count, 1);
    assert_int_equal(doc.trades[0].competency, sys);
    assert_int_equal(doc.trades[0].decision, 0);
    assert_int_equal(doc.trades[0].points, 3);
    assert_non_null(find_block(&doc, BLOCK_ITEM, "At 1. Monday: to gain Communication, you gave up Systems "
                                                 "Thinking (3 points)."));
    assert_non_null(find_block(&doc, BLOCK_PARAGRAPH, "Points missed at 2. Tuesday; 3. Wednesday."));
    assert_null(find_block(&doc, BLOCK_HEADING, "Systems Thinking ("));  /* never a growth area */
    debrief_doc_free(&doc);
    session_close(&s);
}

static void test_ties_and_pivotal_moments(void **state)
{
    (void)state;
    Session s;
    DebriefDoc doc;
    int choices[] = {1, 1, 1};
    build(&s, &doc, tradeoffs, choices, 3, false);
    /* A1 ties A2 at 1: never "a stronger move". */
    assert_false(doc.decisions[0].stronger);
    assert_int_equal(doc.decisions[0].gap, 0);
    assert_null(doc.decisions[0].stronger_text);
    assert_non_null(find_block(&doc, BLOCK_PARAGRAPH, "No choice on offer was stronger"));
    assert_true(doc.decisions[1].stronger);
    assert_int_equal(doc.decisions[1].gap, 3);
    assert_string_equal(doc.decisions[1].stronger_text, "B2");
    assert_int_equal(doc.pivotal_count, 2);
    assert_int_equal(doc.pivotal[0], 1);
    assert_int_equal(doc.pivotal[1], 2);
    assert_string_equal(doc.decisions[1].followed, "trust down 10 to 40. Next: Wednesday.");
    assert_string_equal(doc.decisions[2].followed, "No meter moved. It led to the ending \"The end\".");
    debrief_doc_free(&doc);
    session_close(&s);
    /* The strongest everywhere: no growth area, no pattern, a unique strongest praised. */
    int best[] = {1, 2, 2};
    build(&s, &doc, tradeoffs, best, 3, false);
    assert_int_equal(doc.growth_count, 0);
    assert_int_equal(doc.pattern_count, 0);
    assert_non_null(find_block(&doc, BLOCK_PARAGRAPH, "This was the strongest choice on offer."));
    debrief_doc_free(&doc);
    session_close(&s);
}

/* a: A1 raises trust 5 (55); the narration n1 costs 20 of it as the player continues (35), and
 * entering c costs 1 of money (9). c: C1 raises trust 10 (45) at the end. What each choice did
 * comes first, and what moved before the next decision apart, each with its true value. A2's
 * own next function costs 5 of money: that is the choice's doing. */
static const char *events =
    UNIT_HEADER
    "scene 'a' { title = 'Monday',\n"
    "  choice { text = 'A1', score = { communication = 1 }, effects = { trust = 5 }, next = 'n1' },\n"
    "  choice { text = 'A2', score = { communication = -1 },\n"
    "           next = function(s) s.money = s.money - 5; return 'n1' end } }\n"
    "scene 'n1' { text = 'Evening.', next = function(s) s.trust = s.trust - 20; return 'c' end }\n"
    "scene 'c' { title = 'Wednesday', text = function(s) s.money = s.money - 1; return 'Late.' end,\n"
    "  choice { text = 'C1', score = { communication = 1 }, effects = { trust = 10 }, next = 'e' },\n"
    "  choice { text = 'C2', score = { communication = -1 }, next = 'e' } }\n"
    "scene 'e' { ending = 'The end' }\n";

static void test_what_followed_apart_from_events(void **state)
{
    (void)state;
    Session s;
    DebriefDoc doc;
    int choices[] = {1, 1};
    build(&s, &doc, events, choices, 2, false);
    assert_string_equal(doc.decisions[0].followed, "trust up 5 to 55. Before your next decision: money down 1 to 9; "
                                                   "trust down 20 to 35.");
    assert_string_equal(doc.decisions[1].followed, "trust up 10 to 45. It led to the ending \"The end\".");
    for (int m = 0; m < s.scenario->meter_count; m++)
        assert_true(s.play.meters[m] == (strcmp(s.scenario->meters[m].id, "trust") == 0 ? 45 : 9));
    assert_true(doc.decisions[1].moved > doc.decisions[0].moved);   /* 10 of 100 against 5: events never count */
    debrief_doc_free(&doc);
    session_close(&s);
    int other[] = {2, 2};
    build(&s, &doc, events, other, 2, false);
    assert_string_equal(doc.decisions[0].followed, "money down 5 to 5. Before your next decision: money down 1 to 4; "
                                                   "trust down 20 to 30.");
    assert_string_equal(doc.decisions[1].followed, "No meter moved. It led to the ending \"The end\".");
    debrief_doc_free(&doc);
    session_close(&s);
}

/* Over the library: the values "what followed" names chain from one decision to the next and end
 * at the final meters, whatever narration and events moved in between. */
static void each_followed_chain(const char *path)
{
    Session s;
    DiagList diags = {0};
    assert_int_equal(session_open(&s, path, &diags), 0);
    diag_list_free(&diags);
    for (uint64_t seed = 1; seed <= 6; seed++) {
        assert_int_equal(session_start(&s, seed), 0);
        while (s.play.status == PLAY_RUNNING)
            if (play_scene(&s.play)->kind == SCENE_DECISION)
                assert_int_equal(session_choose(&s, 1 + (int)((seed + (uint64_t)s.play.decision_count) %
                                                          (uint64_t)s.play.shown_count)), 0);
            else
                assert_int_equal(session_continue(&s), 0);
        const Scenario *sc = s.scenario;
        for (int i = 0; i < s.play.decision_count; i++)
            for (int m = 0; m < sc->meter_count; m++) {
                SessionMove move = session_move(&s, i, m);
                const Choice *ch = &sc->scenes[s.play.decisions[i].scene].choices[s.play.decisions[i].choice];
                if (ch->effects_fn == SCRIPT_NONE && ch->next_fn == SCRIPT_NONE) {   /* what it did is known */
                    double expect = move.before;
                    for (int e = 0; e < ch->effect_count; e++)
                        expect += ch->effects[e].meter == m ? ch->effects[e].delta : 0;
                    expect = expect < sc->meters[m].min ? sc->meters[m].min
                           : expect > sc->meters[m].max ? sc->meters[m].max : expect;
                    if (move.chosen != expect)
                        fail_msg("%s seed %d, decision %d: the choice left %s at %g, its effects say %g", path,
                                 (int)seed, i + 1, sc->meters[m].id, move.chosen, expect);
                }
                double next = i + 1 < s.play.decision_count ? session_move(&s, i + 1, m).before : s.play.meters[m];
                if (move.later != next)
                    fail_msg("%s seed %d, decision %d: %s ends at %g, but the next decision found %g", path,
                             (int)seed, i + 1, sc->meters[m].id, move.later, next);
            }
        DebriefDoc doc;
        assert_int_equal(debrief_doc_build(&doc, &s, false, ""), 0);
        const DocDecision *last = &doc.decisions[doc.decision_count - 1];
        for (int m = 0; m < sc->meter_count; m++) {
            const char *at = NULL;      /* its last mention: after the choice, or by the end */
            for (const char *t = strstr(last->followed, sc->meters[m].label); t; t = strstr(t + 1, sc->meters[m].label))
                at = t;
            if (at == NULL)
                continue;               /* it did not move at the last decision */
            const char *to = strstr(at + strlen(sc->meters[m].label), " to ");
            assert_non_null(to);
            if (strtod(to + 4, NULL) != s.play.meters[m])
                fail_msg("%s seed %d: the last decision says \"%s\", but %s ends at %g", path, (int)seed,
                         last->followed, sc->meters[m].label, s.play.meters[m]);
        }
        debrief_doc_free(&doc);
    }
    session_close(&s);
}

static void test_what_followed_ends_at_the_final_meters(void **state)
{
    (void)state;
    assert_true(unit_each_library_scenario(each_followed_chain) >= 8);
}

static void test_pearls_order_and_answers(void **state)
{
    (void)state;
    Session s;
    DebriefDoc doc;
    int choices[] = {2, 2, 2};
    build(&s, &doc, tradeoffs, choices, 3, true);
    /* Reactions, then description, analysis and application, never back. */
    DocPart part = PART_REACTIONS;
    int prompts = 0, chart = -1, first_score = -1, last_prompt = -1;
    for (int i = 0; i < doc.block_count; i++) {
        assert_true(doc.blocks[i].part >= part);
        part = doc.blocks[i].part;
        if (doc.blocks[i].kind == BLOCK_PROMPT) {
            prompts++;
            last_prompt = i;
            if (doc.blocks[i].prompt != PROMPT_COMMITMENT)
                assert_true(first_score < 0);     /* reactions come before any score */
        }
        if (doc.blocks[i].kind == BLOCK_CHART)
            chart = i;
        if ((doc.blocks[i].kind == BLOCK_OVERALL || doc.blocks[i].kind == BLOCK_SCORE) && first_score < 0)
            first_score = i;
    }
    assert_int_equal(prompts, 2 + doc.framework->domain_count + DOC_COMMITMENTS);
    assert_true(chart > 0 && last_prompt > chart);
    assert_string_equal(doc.blocks[0].text, "Before the scores");
    /* Answers: text kept whole or cut on a UTF-8 boundary; estimates 1-5 or skipped. */
    const DocBlock *feeling = find_block(&doc, BLOCK_PROMPT, "How did that feel?");
    assert_non_null(feeling);
    debrief_doc_answer(&doc, feeling, "Tense,\nthen clear");
    assert_string_equal(doc.answers.feeling, "Tense, then clear");
    char longer[DOC_ANSWER_MAX + 8];
    memset(longer, 'x', DOC_ANSWER_MAX - 2);
    strcpy(longer + DOC_ANSWER_MAX - 2, "\xc3\xa9\xc3\xa9");   /* "éé" across the limit */
    debrief_doc_answer(&doc, feeling, longer);
    assert_int_equal(strlen(doc.answers.feeling), DOC_ANSWER_MAX - 1 - 1);
    const DocBlock *estimate = NULL;
    for (int i = 0; i < doc.block_count && !estimate; i++)
        if (doc.blocks[i].kind == BLOCK_PROMPT && doc.blocks[i].prompt == PROMPT_ESTIMATE && doc.blocks[i].target == 2)
            estimate = &doc.blocks[i];
    assert_non_null(estimate);
    debrief_doc_answer(&doc, estimate, "4");
    assert_int_equal(doc.answers.estimate[2], 4);
    char buf[8];
    assert_string_equal(debrief_doc_answer_of(&doc, estimate, buf, sizeof buf), "4");
    debrief_doc_answer(&doc, estimate, "9");
    assert_int_equal(doc.answers.estimate[2], 0);
    assert_non_null(find_block(&doc, BLOCK_PARAGRAPH, ", Ana."));
    assert_non_null(find_block(&doc, BLOCK_PARAGRAPH, "--seed 1 --choices 2,2,2"));
    debrief_doc_free(&doc);
    session_close(&s);
}

int main(void)
{
    unit_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_traded_missed_growth_and_patterns),
        cmocka_unit_test(test_ties_and_pivotal_moments),
        cmocka_unit_test(test_pearls_order_and_answers),
        cmocka_unit_test(test_what_followed_apart_from_events),
        cmocka_unit_test(test_what_followed_ends_at_the_final_meters),
    };
    return cmocka_run_group_tests_name("document", tests, NULL, NULL);
}
