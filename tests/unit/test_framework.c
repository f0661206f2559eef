/* The bundled framework has exactly SPEC's domains and competencies, in order. */
#include "unit.h"
#include "framework.h"

static const char *const expected[5][6] = {
    {"personal_leadership", "self_awareness", "receiving_feedback", "resiliency", "technical_learning", NULL},
    {"strategic_direction", "vision_and_purpose", "communication", "planning_for_action",
     "balancing_strategic_focus_and_agility", NULL},
    {"engaging_people", "collaborating_and_working_in_teams", "developing_directing_and_delegating",
     "managing_conflict_and_negotiating", "communicating_with_internal_and_external_audiences", NULL},
    {"public_administration", "business_acumen", "managing_change", "managing_resources",
     "effective_decision_making", "engaging_stakeholders"},
    {"delivering_results", "managing_work", "measuring_performance", "improving_health_outcomes",
     "systems_thinking", "leading_innovation"},
};

static void test_spec_ids(void **state)
{
    (void)state;
    DiagList diags = {0};
    Framework *fw = framework_load("scripts/frameworks/public_sector_leadership.lua", &diags);
    diag_print_all(stderr, &diags);
    assert_non_null(fw);
    assert_int_equal(diags.count, 0);
    assert_string_equal(fw->id, "public_sector_leadership");
    assert_int_equal(fw->domain_count, 5);
    assert_int_equal(fw->competency_count, 22);
    for (int d = 0; d < 5; d++) {
        const Domain *dom = &fw->domains[d];
        assert_string_equal(dom->id, expected[d][0]);
        int n = 0;
        while (n < 5 && expected[d][n + 1])
            n++;
        assert_int_equal(dom->count, n);
        for (int c = 0; c < n; c++) {
            const Competency *comp = &fw->competencies[dom->first + c];
            assert_string_equal(comp->id, expected[d][c + 1]);
            assert_int_equal(comp->domain, d);
            assert_true(strlen(comp->title) > 3);
            assert_true(strlen(comp->description) > 150);      /* a real paragraph */
            assert_null(strstr(comp->description, "\n\n"));    /* and only one */
        }
    }
    framework_free(fw);
    diag_list_free(&diags);
}

static void test_framework_errors(void **state)
{
    (void)state;
    DiagList diags = {0};
    const char *path = unit_write("fw.lua",
        "framework { id = 'f', title = 'F',\n"
        "  domain { id = 'd', title = 'D', description = 'x',\n"
        "    competency { id = 'c', title = 'C' },\n"
        "    competency { id = 'c', title = 'C2', description = 'y' },\n"
        "  },\n"
        "}\n");
    assert_null(framework_load(path, &diags));
    assert_non_null(unit_find(&diags, "missing-field"));
    assert_int_equal(unit_find(&diags, "missing-field")->line, 3);
    assert_int_equal(unit_find(&diags, "duplicate-id")->line, 4);
    diag_list_free(&diags);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_spec_ids),
        cmocka_unit_test(test_framework_errors),
    };
    return cmocka_run_group_tests_name("framework", tests, NULL, NULL);
}
