/* settings.ini and themes: bad values, writing back, and contrast. */
#include "unit.h"
#include <sys/stat.h>
#include "settings.h"
#include "theme.h"

#include <math.h>

static void test_defaults_and_bad_values(void **state)
{
    (void)state;
    const char *path = unit_write("settings.ini",
        "; my settings\n"
        "[display]\n"
        "width = wide\n"
        "height = 900\n"
        "theme = purple\n"
        "font_scale = 3\n"
        "fullscreen = perhaps\n"
        "colour = blue\n"
        "renderer = vulkan\n"
        "[player]\n"
        "name = Ana\n");
    Settings s;
    DiagList diags = {0};
    assert_int_equal(settings_load(&s, path, &diags), 0);
    /* Each bad value is reported with its own line, and the default is kept. */
    assert_int_equal(diags.count, 6);
    assert_int_equal(diags.items[0].line, 3);
    assert_non_null(strstr(diags.items[0].message, "width must be a whole number from 640 to 7680, not 'wide'; using 1280"));
    assert_int_equal(diags.items[1].line, 5);
    assert_non_null(strstr(diags.items[1].message, "theme must be default, light or high-contrast"));
    assert_int_equal(diags.items[2].line, 6);
    assert_int_equal(diags.items[3].line, 7);
    assert_int_equal(diags.items[4].line, 8);
    assert_non_null(strstr(diags.items[4].message, "unknown setting 'colour'"));
    assert_int_equal(diags.items[5].line, 9);
    assert_non_null(strstr(diags.items[5].message, "renderer must be auto, software or gpu"));
    assert_int_equal(s.width, 1280);
    assert_int_equal(s.height, 900);
    assert_string_equal(s.theme, "default");
    assert_string_equal(s.renderer, "auto");
    assert_true(s.font_scale == 1.0);
    assert_false(s.fullscreen);
    assert_string_equal(s.player, "Ana");
    diag_list_free(&diags);
}

/* What the Settings screen keeps of a typed value is what the file gives back after a restart. */
static void test_typed_values_as_the_file_reads_them(void **state)
{
    (void)state;
    const char *typed[][2] = {{"  Ana  ", "Ana"}, {"Ana ; the trainer", "Ana"}, {"A;na", "A;na"}, {"  ; x", ""}, {"A ;na", "A"}, {"\t", ""}, {"", ""}};
    for (size_t i = 0; i < sizeof typed / sizeof *typed; i++) {
        Settings s;
        settings_defaults(&s);
        snprintf(s.player, sizeof s.player, "%s", typed[i][0]);
        settings_tidy_text(s.player);
        assert_string_equal(s.player, typed[i][1]);
        const char *path = unit_write("tidy.ini", "");
        assert_int_equal(settings_save(&s, path), 0);
        Settings back;
        DiagList diags = {0};
        assert_int_equal(settings_load(&back, path, &diags), 0);
        diag_list_free(&diags);
        assert_string_equal(back.player, s.player);
    }
}

static void test_missing_file_keeps_defaults(void **state)
{
    (void)state;
    Settings s;
    DiagList diags = {0};
    assert_int_equal(settings_load(&s, "/nonexistent/settings.ini", &diags), -1);
    assert_int_equal(s.width, 1280);
    assert_int_equal(s.clicker_delay, 3);
    assert_int_equal(diags.count, 0);
}

/* [xapi] and [lrs]: good values kept, bad ones reported with the default kept, a password never echoed. */
static void test_learning_record_keys(void **state)
{
    (void)state;
    const char *good = unit_write("good.ini",
        "[xapi]\n"
        "name = Ana Diaz\n"
        "mbox = mailto:ana.diaz@agency.gov\n"
        "activity_base = https://agency.gov/xapi/leadsim\n"
        "platform = leadsim at the agency\n"
        "[lrs]\n"
        "endpoint = https://lrs.agency.gov/xapi/\n"
        "username = key\n"
        "password = s3cret;word\n"
        "timeout = 3\n");
    Settings s;
    DiagList diags = {0};
    assert_int_equal(settings_load(&s, good, &diags), 0);
    assert_int_equal(diags.count, 0);
    assert_string_equal(s.xapi_mbox, "mailto:ana.diaz@agency.gov");
    assert_string_equal(s.lrs_endpoint, "https://lrs.agency.gov/xapi/");
    assert_string_equal(s.lrs_password, "s3cret;word");
    assert_int_equal(s.lrs_timeout, 3);
    assert_true(settings_xapi_actor(&s));

    const char *bad = unit_write("bad.ini",
        "[xapi]\n"
        "mbox = ana@agency.gov\n"
        "account_homepage = lms.agency.gov\n"
        "activity_base = not an iri\n"
        "[lrs]\n"
        "endpoint = https://key:pw@lrs.agency.gov/xapi\n"
        "timeout = 0\n"
        "[lrs]\n"
        "endpoint = http://lrs.agency.gov/xapi\n");
    diag_list_free(&diags);
    assert_int_equal(settings_load(&s, bad, &diags), 0);
    assert_int_equal(diags.count, 6);
    assert_non_null(strstr(diags.items[0].message, "mbox must be mailto: and an email address, not 'ana@agency.gov'"));
    assert_int_equal(diags.items[1].line, 3);
    assert_int_equal(diags.items[2].line, 4);
    assert_non_null(strstr(diags.items[3].message, "endpoint must be an https:// address without a user name"));
    assert_int_equal(diags.items[4].line, 7);
    assert_non_null(strstr(diags.items[5].message, "http:// only on this machine"));
    assert_string_equal(s.xapi_mbox, "");
    assert_string_equal(s.xapi_base, "https://leadsim.example/xapi");
    assert_string_equal(s.lrs_endpoint, "");
    assert_int_equal(s.lrs_timeout, 10);
    assert_false(settings_xapi_actor(&s));
    diag_list_free(&diags);

    const char *local = unit_write("local.ini", "[lrs]\nendpoint = http://127.0.0.1:8080/xapi\n"
                                   "[xapi]\naccount_homepage = https://lms.agency.gov\n");
    assert_int_equal(settings_load(&s, local, &diags), 0);
    assert_int_equal(diags.count, 0);
    assert_string_equal(s.lrs_endpoint, "http://127.0.0.1:8080/xapi");
    assert_true(settings_xapi_actor(&s));
    diag_list_free(&diags);
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    static char buf[8192];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

static void test_save_keeps_what_the_user_wrote(void **state)
{
    (void)state;
    const char *path = unit_write("keep.ini",
        "; my settings, do not lose this comment\n"
        "[display]\n"
        "width = 1600   ; my laptop\n"
        "custom = kept\n"
        "[player]\n"
        "name = Ana\n");
    char copy[256];
    snprintf(copy, sizeof copy, "%s", path);
    Settings s;
    DiagList diags = {0};
    settings_load(&s, copy, &diags);
    s.width = 1920;
    s.projector = true;
    snprintf(s.player, sizeof s.player, "Ana Ruiz");
    assert_int_equal(settings_save(&s, copy), 0);
    const char *text = slurp(copy);
    assert_non_null(strstr(text, "; my settings, do not lose this comment\n"));
    assert_non_null(strstr(text, "width = 1920   ; my laptop\n"));
    assert_non_null(strstr(text, "custom = kept\n"));
    assert_non_null(strstr(text, "projector = true\n"));
    assert_non_null(strstr(text, "name = Ana Ruiz\n"));
    /* What was written reads back the same. */
    Settings again;
    settings_load(&again, copy, &diags);
    assert_int_equal(again.width, 1920);
    assert_true(again.projector);
    assert_string_equal(again.player, "Ana Ruiz");
    /* No temporary file is left behind. */
    char tmp[300];
    snprintf(tmp, sizeof tmp, "%s.tmp", copy);
    assert_int_equal(access(tmp, F_OK), -1);
    diag_list_free(&diags);
}

static void test_save_refuses_without_losing_the_old_file(void **state)
{
    (void)state;
    Settings s;
    settings_defaults(&s);
    s.font_scale = 1.5;
    const char *old = "; mine\n[display]\nwidth = 1600 ; my laptop\n";
    char path[512], tmp[520];
    snprintf(path, sizeof path, "%s", unit_write("keep.ini", old));
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    /* The temporary file cannot be created (a folder is in the way): the old file stays whole. */
    assert_int_equal(mkdir(tmp, 0700), 0);
    assert_int_equal(settings_save(&s, path), -1);
    assert_string_equal(slurp(path), old);
    assert_int_equal(rmdir(tmp), 0);
    /* The disk fills up mid-write: the old file stays whole and the temporary one is gone. */
    assert_int_equal(symlink("/dev/full", tmp), 0);
    assert_int_equal(settings_save(&s, path), -1);
    assert_string_equal(slurp(path), old);
    assert_int_equal(access(tmp, F_OK), -1);
    /* And when it can be written, it is, keeping the comments. */
    assert_int_equal(settings_save(&s, path), 0);
    assert_non_null(strstr(slurp(path), "; mine\n[display]\nwidth = 1280 ; my laptop\n"));
    assert_non_null(strstr(slurp(path), "1.5"));
    remove(path);
}

/* WCAG: every theme's text pairs reach AA (4.5:1); the projector theme AAA (7:1). */
static void test_theme_contrast(void **state)
{
    (void)state;
    unit_init();
    for (const char *const *name = settings_themes; *name; name++) {
        Theme t;
        DiagList diags = {0};
        theme_load(&t, paths_data_dir(), *name, &diags);
        assert_int_equal(diags.count, 0);
        assert_string_equal(t.name, *name);
        double needed = strcmp(*name, THEME_PROJECTOR) == 0 ? 7.0 : 4.5;
        for (const ThemePair *pair = theme_text_pairs; pair->name; pair++) {
            Color fg = *(const Color *)((const char *)&t + pair->foreground);
            Color bg = *(const Color *)((const char *)&t + pair->background);
            double ratio = theme_contrast(fg, bg);
            if (ratio < needed)
                fail_msg("theme %s: %s has contrast %.2f, needs %.1f", *name, pair->name, ratio, needed);
        }
        diag_list_free(&diags);
    }
}

static void test_contrast_formula(void **state)
{
    (void)state;
    /* Known values: black on white is 21:1, a color on itself 1:1, #767676 on white 4.54:1. */
    assert_true(fabs(theme_contrast((Color){0, 0, 0}, (Color){255, 255, 255}) - 21.0) < 0.01);
    assert_true(fabs(theme_contrast((Color){10, 20, 30}, (Color){10, 20, 30}) - 1.0) < 0.001);
    assert_true(fabs(theme_contrast((Color){0x76, 0x76, 0x76}, (Color){255, 255, 255}) - 4.54) < 0.01);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defaults_and_bad_values),
        cmocka_unit_test(test_missing_file_keeps_defaults),
        cmocka_unit_test(test_typed_values_as_the_file_reads_them),
        cmocka_unit_test(test_learning_record_keys),
        cmocka_unit_test(test_save_keeps_what_the_user_wrote),
        cmocka_unit_test(test_save_refuses_without_losing_the_old_file),
        cmocka_unit_test(test_theme_contrast),
        cmocka_unit_test(test_contrast_formula),
    };
    return cmocka_run_group_tests_name("settings", tests, NULL, NULL);
}
