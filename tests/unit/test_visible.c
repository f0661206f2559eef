/* visible: control characters never reach a terminal; ordinary text is untouched. */
#include "unit.h"
#include "visible.h"

static void expect_visible(const char *in, size_t length, bool keep_newlines, const char *out)
{
    char *shown = visible_copy(in, length, keep_newlines);
    assert_non_null(shown);
    assert_string_equal(shown, out);
    assert_int_equal(visible_needed(in, length, keep_newlines), strcmp(in, out) != 0 || length != strlen(out));
    free(shown);
}

static void test_controls_made_visible(void **state)
{
    (void)state;
    expect_visible("\x1b]0;title\x07", 10, false, "\\x1B]0;title\\x07");  /* OSC: retitle the window */
    expect_visible("\x1b[2J\x1b[8m", 8, false, "\\x1B[2J\\x1B[8m");        /* CSI: clear, conceal */
    expect_visible("a\bb\rc", 5, false, "a\\x08b\\x0Dc");
    expect_visible("line\nforged", 11, false, "line\\x0Aforged");
    expect_visible("line\nkept", 9, true, "line\nkept");
    expect_visible("\xc2\x9b" "31m", 5, false, "\\xC2\\x9B31m");             /* C1 CSI as UTF-8 */
    expect_visible("\x9b" "31m", 4, false, "\\x9B31m");                      /* C1 CSI as one byte */
    expect_visible("\x7f", 1, false, "\\x7F");
}

static void test_ordinary_text_untouched(void **state)
{
    (void)state;
    const char *text = "Budget gap \xe2\x80\x94 $40M, caf\xc3\xa9, \xc4\x80, \xf0\x9f\x98\x80\tdone";
    expect_visible(text, strlen(text), false, text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_controls_made_visible),
        cmocka_unit_test(test_ordinary_text_untouched),
    };
    return cmocka_run_group_tests_name("visible", tests, NULL, NULL);
}
