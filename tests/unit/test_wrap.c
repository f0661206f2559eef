/* Normalizing scenario prose and wrapping it. */
#include "unit.h"
#include "wrap.h"

#include <time.h>

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

typedef struct {
    size_t lines, bytes;
    bool all_fit;
} Count;

static void count(void *ctx, const WrapLine *line)
{
    Count *c = ctx;
    c->lines++;
    c->bytes += line->length;
    c->all_fit &= wrap_columns(NULL, line->text, line->length) <= 80;
}

/* Work grows with the text, not with the square of its longest word (was 99 s for 4 MB). */
static void test_wrap_long_word_is_linear(void **state)
{
    (void)state;
    size_t n = 4u << 20;
    char *word = malloc(n + 1);
    memset(word, 'x', n);
    word[n] = '\0';
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    Count c = {0, 0, true};
    wrap_text(word, 80, wrap_columns, NULL, count, &c);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double seconds = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
    assert_int_equal(c.bytes, n);
    assert_int_equal(c.lines, (n + 79) / 80);
    assert_true(c.all_fit);
    assert_true(seconds < 2.0);
    free(word);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_normalize),
        cmocka_unit_test(test_wrap_columns),
        cmocka_unit_test(test_wrap_long_word_is_linear),
    };
    return cmocka_run_group_tests_name("wrap", tests, NULL, NULL);
}
