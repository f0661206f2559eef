/* paths: which data folder a binary uses (its own checkout first), where saves go,
 * and where the docs are, for a checkout and for an installed copy. */
#include "unit.h"

#include <limits.h>
#include <sys/stat.h>

static char root[128];

/* rm -rf, for the fake trees this suite builds. */
static void remove_tree(const char *path)
{
    DIR *d = opendir(path);
    if (d) {
        char child[PATH_MAX];
        for (struct dirent *e; (e = readdir(d)) != NULL;)
            if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
                snprintf(child, sizeof child, "%s/%s", path, e->d_name);
                remove_tree(child);
            }
        closedir(d);
    }
    remove(path);
}

/* root/relative, created (with its parents) unless it names a file. */
static const char *at(const char *relative, bool make)
{
    static char path[4][PATH_MAX];
    static int next;
    char *out = path[next++ % 4];
    snprintf(out, PATH_MAX, "%s/%s", root, relative);
    if (make)
        assert_true(paths_make_dirs(out));
    return out;
}

static void touch(const char *relative)
{
    FILE *f = fopen(at(relative, false), "w");
    assert_non_null(f);
    fclose(f);
}

/* A checkout (tree/) with an installed copy beside it (prefix/). */
static int setup(void **state)
{
    (void)state;
    char made[] = "/tmp/leadsim-paths-XXXXXX", resolved[PATH_MAX];
    if (mkdtemp(made) == NULL || realpath(made, resolved) == NULL ||   /* /tmp may be a link */
        snprintf(root, sizeof root, "%s", resolved) >= (int)sizeof root)
        return -1;
    at("tree/engine/base", true);
    at("tree/scripts/frameworks", true);
    at("tree/build/sanitize/tests", true);
    at("tree/docs", true);
    touch("tree/docs/authoring.md");
    at("prefix/bin", true);
    at("prefix/share/leadsim/scripts/frameworks", true);
    at("prefix/share/doc/leadsim", true);
    touch("prefix/share/doc/leadsim/authoring.md");
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    remove_tree(root);
    return 0;
}

static void expect_data(const char *exe_dir, const char *env, const char *expected)
{
    char out[PATH_MAX];
    assert_true(paths_locate_data(exe_dir, env, out, sizeof out));
    assert_string_equal(out, expected);
}

static void test_checkout_binary_uses_its_tree(void **state)
{
    (void)state;
    char tree[PATH_MAX];
    snprintf(tree, sizeof tree, "%s", at("tree", false));
    expect_data(at("tree/build", false), NULL, tree);             /* build/leadsim */
    expect_data(at("tree/build/sanitize", false), NULL, tree);    /* make test SANITIZE=1 */
    expect_data(at("tree/build/sanitize/tests", false), "", tree); /* a unit test; an empty LEADSIM_DATA is unset */
    assert_true(paths_is_checkout(tree));
}

static void test_installed_binary_uses_share(void **state)
{
    (void)state;
    char share[PATH_MAX];
    snprintf(share, sizeof share, "%s", at("prefix/share/leadsim", false));
    expect_data(at("prefix/bin", false), NULL, share);
    assert_false(paths_is_checkout(share));
    /* LEADSIM_DATA wins, even over the checkout a binary was built in. */
    expect_data(at("tree/build", false), share, share);
    /* One that holds no data is passed over. */
    expect_data(at("prefix/bin", false), at("tree/docs", false), share);
}

static void test_save_dir_rule(void **state)
{
    (void)state;
    char out[PATH_MAX], expected[PATH_MAX];
    assert_true(paths_default_save_dir(at("tree", false), "/x/data", "/home/ann", out, sizeof out));
    snprintf(expected, sizeof expected, "%s/tree/saves", root);
    assert_string_equal(out, expected);

    const char *share = at("prefix/share/leadsim", false);
    assert_true(paths_default_save_dir(share, "/x/data", "/home/ann", out, sizeof out));
    assert_string_equal(out, "/x/data/leadsim");
    assert_true(paths_default_save_dir(share, NULL, "/home/ann", out, sizeof out));
    assert_string_equal(out, "/home/ann/.local/share/leadsim");
    assert_true(paths_default_save_dir(share, "", "/home/ann", out, sizeof out));
    assert_string_equal(out, "/home/ann/.local/share/leadsim");
    assert_true(paths_default_save_dir(share, "relative/data", "/home/ann", out, sizeof out)); /* XDG: ignored */
    assert_string_equal(out, "/home/ann/.local/share/leadsim");
    assert_false(paths_default_save_dir(share, NULL, NULL, out, sizeof out));
    assert_false(paths_default_save_dir(share, "/x", NULL, out, 8));  /* never a cut-off path */
}

/* The real thing, through paths_init and the environment; nothing is created. */
static void test_save_dir_and_docs_for_this_binary(void **state)
{
    (void)state;
    char expected[PATH_MAX], doc[PATH_MAX];
    unsetenv("LEADSIM_DATA");
    unit_init();                                  /* this test binary: the checkout it was built in */
    snprintf(expected, sizeof expected, "%s/saves", paths_data_dir());
    assert_string_equal(paths_save_dir(), expected);
    assert_true(paths_doc_file("authoring.md", doc, sizeof doc));

    const char *home = getenv("HOME");
    char saved_home[PATH_MAX];
    snprintf(saved_home, sizeof saved_home, "%s", home ? home : "");
    setenv("LEADSIM_DATA", at("prefix/share/leadsim", false), 1);
    setenv("HOME", at("home", false), 1);
    unsetenv("XDG_DATA_HOME");
    paths_init(NULL);
    snprintf(expected, sizeof expected, "%s/home/.local/share/leadsim", root);
    assert_string_equal(paths_save_dir(), expected);
    assert_false(paths_is_dir(expected));
    assert_true(paths_doc_file("authoring.md", doc, sizeof doc));
    snprintf(expected, sizeof expected, "%s/prefix/share/doc/leadsim/authoring.md", root);
    assert_string_equal(doc, expected);
    assert_false(paths_doc_file("no-such-guide.md", doc, sizeof doc));

    unsetenv("LEADSIM_DATA");
    if (home)
        setenv("HOME", saved_home, 1);
    unit_init();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_checkout_binary_uses_its_tree),
        cmocka_unit_test(test_installed_binary_uses_share),
        cmocka_unit_test(test_save_dir_rule),
        cmocka_unit_test(test_save_dir_and_docs_for_this_binary),
    };
    return cmocka_run_group_tests_name("paths", tests, setup, teardown);
}
