/* The sandbox: its whitelist, its limits and its error messages. */
#include "unit.h"
#include "sandbox.h"

#include <lauxlib.h>
#include <time.h>

/* Runs `source` as a file's top level; returns 0 or -1 like sandbox_run_string. */
static int run(Sandbox *sb, const char *source)
{
    return sandbox_run_string(sb, source, strlen(source));
}

static Sandbox *fresh(void)
{
    Sandbox *sb = sandbox_new("hostile.lua");
    assert_non_null(sb);
    return sb;
}

static double cpu_seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* Expects `source` to fail at `line` with a message containing `needle`, stopped by the
 * sandbox's budget: an instruction count, which no load on the machine changes. The CPU
 * time (this process's own, not the wall clock) only catches a hang in C code, with a wide
 * margin; make bench has the tight figures. */
static void expect_failure(const char *source, int line, const char *needle)
{
    Sandbox *sb = fresh();
    double start = cpu_seconds();
    assert_int_equal(run(sb, source), -1);
    double used = cpu_seconds() - start;
    if (strstr(sandbox_error_message(sb), needle) == NULL || sandbox_error_line(sb) != line)
        fail_msg("expected line %d and \"%s\", got: %s", line, needle, sandbox_error(sb));
    if (sandbox_work_done(sb) > SANDBOX_LOAD_BUDGET + 1000 || used > 20.0)
        fail_msg("ran on past its budget: %lld instructions, %.1f s of CPU", sandbox_work_done(sb), used);
    char prefix[64];
    snprintf(prefix, sizeof prefix, "hostile.lua:%d: ", line);
    assert_memory_equal(sandbox_error(sb), prefix, strlen(prefix));
    sandbox_free(sb);
}

static void test_whitelist_globals(void **state)
{
    (void)state;
    Sandbox *sb = fresh();
    const char *source =
        "assert(os == nil and io == nil and debug == nil and package == nil)\n"
        "assert(require == nil and load == nil and loadfile == nil and dofile == nil)\n"
        "assert(string.dump == nil and math.randomseed == nil)\n"
        "assert(type(string.format) == 'function' and type(table.concat) == 'function')\n"
        "assert(type(utf8.char) == 'function' and type(coroutine.wrap) == 'function')\n"
        "assert(('x'):rep(3) == 'xxx' and ('abc'):upper() == 'ABC')\n"
        "assert(getmetatable('') == false)\n"
        "assert(collectgarbage('count') > 0)\n";
    if (run(sb, source) != 0)
        fail_msg("%s", sandbox_error(sb));
    sandbox_free(sb);
}

static void test_escapes_fail_with_line(void **state)
{
    (void)state;
    expect_failure("local x = 1\nos.execute('true')\n", 2, "attempt to index a nil value (global 'os')");
    expect_failure("io.open('/etc/passwd')\n", 1, "global 'io'");
    expect_failure("\nrequire('os')\n", 2, "global 'require'");
    expect_failure("local f = load('return 1')\n", 1, "global 'load'");
    expect_failure("local s = string.dump(print)\n", 1, "field 'dump'");
    expect_failure("collectgarbage('collect')\n", 1, "only \"count\" is");
    expect_failure("local mt = getmetatable('')\nmt.__index = nil\n", 2, "boolean value");
}

static void test_bytecode_refused(void **state)
{
    (void)state;
    Sandbox *sb = fresh();
    assert_int_equal(sandbox_run_string(sb, "\x1bLua\x54\x00garbage", 12), -1);
    assert_non_null(strstr(sandbox_error(sb), "bytecode"));
    sandbox_free(sb);
}

static void test_endless_loops(void **state)
{
    (void)state;
    expect_failure("local n = 0\nwhile true do n = n + 1 end\n", 2, "endless loop");
    expect_failure("while true do\n  pcall(function() while true do end end)\nend\n", 2, "endless loop");
    expect_failure("local function spin() while true do end end\n"
                   "while true do xpcall(spin, function() return 'innocent' end) end\n", 1, "endless loop");
    expect_failure("local co = coroutine.create(function() while true do end end)\n"
                   "while true do coroutine.resume(co) end\n", 1, "endless loop");
    /* The coroutine yields every time: the endless loop is the one on line 2. */
    expect_failure("local f = coroutine.wrap(function() while true do coroutine.yield() end end)\n"
                   "while true do pcall(f) end\n", 2, "endless loop");
}

static void test_memory_bombs(void **state)
{
    (void)state;
    expect_failure("local t = {}\nlocal i = 0\nwhile true do\n  i = i + 1\n  t[i] = {i}\nend\n", 5, "MB");
    expect_failure("\nlocal s = string.rep('x', 2^40)\n", 2, "string.rep would build");
    expect_failure("local s = ('x'):rep(3 * 1024 * 1024)\nlocal t = s .. s\n", 2, "grew past 4 MB");
    expect_failure("local t, chunk = {}, ('x'):rep(1000)\nfor i = 1, 100 do\n  t[i] = chunk:rep(1000) .. i\nend\n", 3,
                   "out of memory");
    expect_failure("local s = string.rep('', 2^62)\n", 1, "more work than a scenario call");
}

static void test_other_long_work(void **state)
{
    (void)state;
    expect_failure("local s = string.rep('a', 3000)\nlocal r = s:find(string.rep('a*', 20) .. 'b')\n", 2,
                   "could take too long");
    expect_failure("table.move({}, 1, 2^40, 2)\n", 1, "table.move would need more work");
    expect_failure("local function f(n) return 1 + f(n + 1) end\nf(1)\n", 1, "call stack");
}

static void test_error_objects_never_run_metamethods(void **state)
{
    (void)state;
    Sandbox *sb = fresh();
    assert_int_equal(run(sb, "ran = false\n"
                             "error(setmetatable({}, {__tostring = function() ran = true; while true do end end}))\n"),
                     -1);
    assert_string_equal(sandbox_error(sb), "hostile.lua:2: error object is a table value");
    lua_State *L = sandbox_lua(sb);
    lua_getglobal(L, "ran");
    assert_false(lua_toboolean(L, -1));
    lua_pop(L, 1);
    sandbox_free(sb);
    expect_failure("\n\nerror({code = 1})\n", 3, "error object is a table value");
    expect_failure("error(nil)\n", 1, "error object is a nil value");
    expect_failure("error('plain', 0)\n", 1, "plain");
}

static void test_gc_metamethods_refused(void **state)
{
    (void)state;
    expect_failure("setmetatable({}, {__gc = function() end})\n", 1, "__gc metamethods are not allowed");
    /* Adding __gc after setmetatable never marks the object for finalization. */
    Sandbox *sb = fresh();
    assert_int_equal(run(sb, "local mt = {}\nlocal t = setmetatable({}, mt)\nmt.__gc = function() x() end\nt = nil\n"), 0);
    sandbox_free(sb);
}

static void test_reusable_after_a_trip(void **state)
{
    (void)state;
    Sandbox *sb = fresh();
    assert_int_equal(run(sb, "function spin() while true do end end\nfunction ok() return 42 end\n"), 0);
    lua_State *L = sandbox_lua(sb);
    int top = lua_gettop(L);
    lua_getglobal(L, "spin");
    assert_int_equal(sandbox_call(sb, 0, 0), -1);
    assert_int_equal(sandbox_error_line(sb), 1);
    assert_int_equal(lua_gettop(L), top); /* nothing left behind */
    lua_getglobal(L, "ok");
    assert_int_equal(sandbox_call(sb, 0, 1), 0);
    assert_int_equal(lua_tointeger(L, -1), 42);
    lua_pop(L, 1);
    sandbox_free(sb);
}

static void test_random_is_deterministic(void **state)
{
    (void)state;
    Sandbox *a = fresh(), *b = fresh();
    const char *source = "out = {}\nfor i = 1, 50 do out[i] = math.random(1, 6) end\n";
    sandbox_seed(a, 99);
    sandbox_seed(b, 99);
    assert_int_equal(run(a, source), 0);
    assert_int_equal(run(b, source), 0);
    lua_State *la = sandbox_lua(a), *lb = sandbox_lua(b);
    lua_getglobal(la, "out");
    lua_getglobal(lb, "out");
    for (int i = 1; i <= 50; i++) {
        lua_rawgeti(la, -1, i);
        lua_rawgeti(lb, -1, i);
        lua_Integer x = lua_tointeger(la, -1), y = lua_tointeger(lb, -1);
        assert_int_equal(x, y);
        assert_true(x >= 1 && x <= 6);
        lua_pop(la, 1);
        lua_pop(lb, 1);
    }
    sandbox_free(a);
    sandbox_free(b);
    expect_failure("math.random(3, 1)\n", 1, "interval is empty");
}

static void test_syntax_error_line(void **state)
{
    (void)state;
    expect_failure("local x =\n\nscenario {\n", 4, "unexpected symbol");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_whitelist_globals),
        cmocka_unit_test(test_escapes_fail_with_line),
        cmocka_unit_test(test_bytecode_refused),
        cmocka_unit_test(test_endless_loops),
        cmocka_unit_test(test_memory_bombs),
        cmocka_unit_test(test_other_long_work),
        cmocka_unit_test(test_error_objects_never_run_metamethods),
        cmocka_unit_test(test_gc_metamethods_refused),
        cmocka_unit_test(test_reusable_after_a_trip),
        cmocka_unit_test(test_random_is_deterministic),
        cmocka_unit_test(test_syntax_error_line),
    };
    return cmocka_run_group_tests_name("sandbox", tests, NULL, NULL);
}
