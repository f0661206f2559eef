/* Normalizing scenario prose and wrapping it. */
#include "unit.h"
#include "wrap.h"

static void test_normalize(void **state)
{
    (void)state;
    char *s = wrap_normalize("\n    First line\n    continues here.\n\n\n    Second   paragraph.\n"
                             "    - item one\n      wraps\n    - item two\n    2. numbered\n");
    assert_string_equal(s, "First line continues here.\n\nSecond paragraph.\n- item one wraps\n- item two\n2. numbered");
    free(s);
    s = wrap_normalize("");
    assert_string_equal(s, "");
    free(s);
}

typedef struct {
    char out[1024];
} Collect;

static void collect(void *ctx, const WrapLine *line)
{
    Collect *c = ctx;
    size_t used = strlen(c->out);
    snprintf(c->out + used, sizeof c->out - used, "%s%*s%.*s|", line->paragraph_start ? "\n" : "",
             line->indent, "", (int)line->length, line->text);
}

static void test_wrap_columns(void **state)
{
    (void)state;
    Collect c = {""};
    wrap_text("the quick brown fox jumps\n\n- over the lazy dog", 10, wrap_columns, NULL, collect, &c);
    assert_string_equal(c.out, "the quick|brown fox|jumps|\n- over the|  lazy dog|");
    /* A word longer than the line is broken, at a character boundary. */
    Collect d = {""};
    wrap_text("ab\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9xy", 4, wrap_columns, NULL, collect, &d);
    assert_string_equal(d.out, "ab\xC3\xA9\xC3\xA9|\xC3\xA9\xC3\xA9xy|");
    assert_int_equal(wrap_columns(NULL, "\xC3\xA9t\xC3\xA9", 5), 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_normalize),
        cmocka_unit_test(test_wrap_columns),
    };
    return cmocka_run_group_tests_name("wrap", tests, NULL, NULL);
}
