/* Scoring by SPEC's formula, checked against numbers worked out by hand. */
#include "unit.h"
#include "debrief.h"

/* Decision a shows A1 and A2 (A3 is hidden by its when); decision b shows B1-B3. */
static const char *scoring_source =
    UNIT_HEADER
    "scene 'a' {\n"
    "  choice { text = 'A1', score = { self_awareness = 2, resiliency = 1 }, next = 'b' },\n"
    "  choice { text = 'A2', score = { self_awareness = -1, resiliency = 1 }, next = 'b',\n"
    "           effects = { trust = 60, money = -15 } },\n"
    "  choice { text = 'A3', score = { self_awareness = 3 }, next = 'b', when = function(s) return false end },\n"
    "}\n"
    "scene 'b' {\n"
    "  choice { text = 'B1', score = { self_awareness = 1, communication = 2 }, next = 'e' },\n"
    "  choice { text = 'B2', score = { self_awareness = 3 }, next = 'e' },\n"
    "  choice { text = 'B3', score = { communication = -1 }, next = 'e' },\n"
    "}\n"
    "scene 'e' { ending = 'The end' }\n";

typedef struct {
    Scenario *sc;
    Playthrough p;
    Debrief d;
} Fixture;

static int setup(void **state)
{
    Fixture *f = calloc(1, sizeof *f);
    DiagList diags = {0};
    f->sc = unit_load(scoring_source, &diags);
    diag_print_all(stderr, &diags);
    diag_list_free(&diags);
    if (f->sc == NULL || play_init(&f->p, f->sc) != 0)
        return -1;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    Fixture *f = *state;
    debrief_free(&f->d);
    play_free(&f->p);
    scenario_free(f->sc);
    free(f);
    return 0;
}

static const Score *competency(Fixture *f, const char *id)
{
    int c = framework_competency(f->sc->framework, id);
    assert_true(c >= 0);
    return &f->d.competencies[c];
}

static const Score *domain(Fixture *f, const char *id)
{
    int i = framework_domain(f->sc->framework, id);
    assert_true(i >= 0);
    return &f->d.domains[i];
}

/* Plays A2 then B2. */
static void play_a2_b2(Fixture *f)
{
    assert_int_equal(play_start(&f->p, 1), 0);
    assert_int_equal(f->p.shown_count, 2);            /* A3 is hidden */
    assert_int_equal(play_choose(&f->p, 2), 0);
    assert_int_equal(play_choose(&f->p, 2), 0);
    assert_int_equal(f->p.status, PLAY_ENDED);
    assert_int_equal(debrief_compute(&f->d, &f->p), 0);
}

static void test_competency_scores(void **state)
{
    Fixture *f = *state;
    play_a2_b2(f);
    /* self_awareness: earned -1 + 3 = 2; best 2 + 3 = 5 (A3's 3 is hidden);
     * worst -1 + 0 = -1 (B3 says nothing: 0); 100 * 3 / 6 = 50.0 */
    const Score *s = competency(f, "self_awareness");
    assert_int_equal(s->earned, 2);
    assert_int_equal(s->best, 5);
    assert_int_equal(s->worst, -1);
    assert_int_equal(s->decisions, 2);
    assert_true(s->assessed);
    assert_int_equal(s->score10, 500);
    assert_int_equal(debrief_band(s), BAND_DEVELOPING);
    /* communication: earned 0, best 2, worst -1, one decision: 100 * 1 / 3 = 33.3, thin */
    s = competency(f, "communication");
    assert_int_equal(s->score10, 333);
    assert_int_equal(s->decisions, 1);
    assert_true(debrief_thin(s));
    assert_int_equal(debrief_band(s), BAND_EMERGING);
}

static void test_not_assessed(void **state)
{
    Fixture *f = *state;
    play_a2_b2(f);
    /* resiliency: both choices on screen weigh 1, so nothing was tested. */
    const Score *s = competency(f, "resiliency");
    assert_int_equal(s->earned, 1);
    assert_int_equal(s->best, 1);
    assert_int_equal(s->worst, 1);
    assert_int_equal(s->decisions, 0);
    assert_false(s->assessed);
    assert_false(competency(f, "leading_innovation")->assessed);
}

static void test_domains_and_overall(void **state)
{
    Fixture *f = *state;
    play_a2_b2(f);
    /* personal_leadership: self_awareness (2, 5, -1) + resiliency (1, 1, 1) = (3, 6, 0): 50.0 */
    const Score *s = domain(f, "personal_leadership");
    assert_int_equal(s->earned, 3);
    assert_int_equal(s->best, 6);
    assert_int_equal(s->worst, 0);
    assert_int_equal(s->score10, 500);
    assert_int_equal(domain(f, "strategic_direction")->score10, 333);
    /* Domains where nothing was assessed have no score. */
    assert_false(domain(f, "engaging_people")->assessed);
    assert_false(domain(f, "delivering_results")->assessed);
    /* overall: (3 + 0, 6 + 2, 0 - 1) = (3, 8, -1): 100 * 4 / 9 = 44.4 */
    assert_int_equal(f->d.overall.earned, 3);
    assert_int_equal(f->d.overall.best, 8);
    assert_int_equal(f->d.overall.worst, -1);
    assert_int_equal(f->d.overall.score10, 444);
}

static void test_strongest_choice(void **state)
{
    Fixture *f = *state;
    play_a2_b2(f);
    assert_int_equal(f->p.decision_count, 2);
    /* a: A1 sums 3, A2 sums 0 (hidden A3 would sum 3 but is not on screen). */
    assert_int_equal(f->p.decisions[0].number, 2);
    assert_int_equal(f->p.decisions[0].strongest_number, 1);
    /* b: B1 and B2 both sum 3; the first on screen wins the tie. */
    assert_int_equal(f->p.decisions[1].number, 2);
    assert_int_equal(f->p.decisions[1].strongest_number, 1);
    assert_int_equal(f->p.decisions[1].strongest, 0);
}

static void test_highlights_never_overlap(void **state)
{
    Fixture *f = *state;
    play_a2_b2(f);
    assert_int_equal(f->d.strength_count, 1);
    assert_int_equal(f->d.growth_count, 1);
    assert_int_equal(f->d.strengths[0], framework_competency(f->sc->framework, "self_awareness"));
    assert_int_equal(f->d.growth[0], framework_competency(f->sc->framework, "communication"));
}

static void test_meters_clamp(void **state)
{
    Fixture *f = *state;
    play_a2_b2(f);
    /* trust 50 + 60 -> 100 (max); money 10 - 15 -> 0 (min). Meters are sorted by id. */
    assert_string_equal(f->sc->meters[0].id, "money");
    assert_true(f->p.meters[0] == 0);
    assert_true(f->p.meters[1] == 100);
}

static void test_rounding_and_bands(void **state)
{
    (void)state;
    assert_int_equal(debrief_score(1, 16, 0).score10, 63);   /* 6.25 rounds half up */
    assert_int_equal(debrief_score(2, 3, 0).score10, 667);   /* 66.67 */
    assert_int_equal(debrief_score(1, 3, 0).score10, 333);
    assert_int_equal(debrief_score(-2, 1, -2).score10, 0);
    assert_int_equal(debrief_score(1, 1, -2).score10, 1000);
    assert_false(debrief_score(2, 2, 2).assessed);
    Score s = debrief_score(3, 4, 0);                        /* 75.0 */
    assert_int_equal(debrief_band(&s), BAND_STRONG);
    s = debrief_score(749, 1000, 0);                         /* 74.9 */
    assert_int_equal(debrief_band(&s), BAND_DEVELOPING);
    s = debrief_score(2, 5, 0);                              /* 40.0 */
    assert_int_equal(debrief_band(&s), BAND_DEVELOPING);
    s = debrief_score(399, 1000, 0);                         /* 39.9 */
    assert_int_equal(debrief_band(&s), BAND_EMERGING);
    char buf[32];
    s = debrief_score(0, 1, -1);
    assert_string_equal(debrief_format(&s, buf, sizeof buf), "50.0");
}

int main(void)
{
    unit_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_competency_scores, setup, teardown),
        cmocka_unit_test_setup_teardown(test_not_assessed, setup, teardown),
        cmocka_unit_test_setup_teardown(test_domains_and_overall, setup, teardown),
        cmocka_unit_test_setup_teardown(test_strongest_choice, setup, teardown),
        cmocka_unit_test_setup_teardown(test_highlights_never_overlap, setup, teardown),
        cmocka_unit_test_setup_teardown(test_meters_clamp, setup, teardown),
        cmocka_unit_test(test_rounding_and_bands),
    };
    return cmocka_run_group_tests_name("scoring", tests, NULL, NULL);
}
