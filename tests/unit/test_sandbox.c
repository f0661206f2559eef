/* The sandbox: its whitelist, its limits and its error messages. */
#include "unit.h"
#include "sandbox.h"
#include "sandbox_policy.h"

#include <lauxlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

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

/* ---- the whitelist, checked against the policy table ---------------------------- */

static const PolicyRow *policy_find(const char *table, const char *name)
{
    for (size_t i = 0; i < sandbox_policy_count; i++) {
        const PolicyRow *row = &sandbox_policy[i];
        const char *in = row->how == POLICY_LIBRARY ? POLICY_GLOBALS : row->table;
        bool self = row->how == POLICY_LIBRARY && strcmp(row->name, POLICY_GLOBALS) == 0;
        if (!self && strcmp(in, table) == 0 && strcmp(row->name, name) == 0)
            return row;
    }
    return NULL;
}

/* Every key of the table on top must have a row in `table`; reports and counts those without. */
static int whitelist_extra_names(lua_State *L, const char *table)
{
    int extra = 0;
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        lua_pop(L, 1);                   /* value */
        const char *name = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "(not a string)";
        if (policy_find(table, name) == NULL) {
            print_message("not in the policy: %s.%s\n", table, name);
            extra++;
        }
    }
    return extra;
}

/* Pushes the original of a row, from _LOADED or the given original string metatable. */
static void push_original(lua_State *L, const PolicyRow *row)
{
    if (strcmp(row->table, POLICY_STRING_META) == 0) {
        lua_pushnil(L);                  /* the originals are gone; compared by kind only */
        return;
    }
    luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
    lua_getfield(L, -1, row->table);
    lua_getfield(L, -1, row->name);
    lua_replace(L, -3);
    lua_pop(L, 1);
}

/* Whether the value on top is what the row says a scenario sees. */
static bool whitelist_row_holds(lua_State *L, const PolicyRow *row)
{
    int value = lua_gettop(L);
    bool ok;
    push_original(L, row);
    switch (row->how) {
    case POLICY_LIBRARY: ok = lua_type(L, value) == LUA_TTABLE; break;
    case POLICY_KEEP:    ok = !lua_isnil(L, value) && (lua_isnil(L, -1) || lua_rawequal(L, value, -1)); break;
    case POLICY_WRAP: case POLICY_REPLACE: case POLICY_CHARGE:
        ok = lua_iscfunction(L, value) && !lua_rawequal(L, value, -1);
        break;
    case POLICY_ENV:     ok = lua_type(L, value) == LUA_TTABLE; break;
    case POLICY_FALSE:   ok = lua_type(L, value) == LUA_TBOOLEAN && !lua_toboolean(L, value); break;
    default:             ok = false; break;
    }
    lua_settop(L, value);
    return ok;
}

/* Pushes the table a scenario sees under `table`: its globals, a library, the string metatable. */
static void push_scenario_table(lua_State *L, const char *table)
{
    if (strcmp(table, POLICY_STRING_META) == 0) {
        lua_pushliteral(L, "");
        lua_getmetatable(L, -1);         /* the C API sees past __metatable */
        lua_remove(L, -2);
        return;
    }
    lua_rawgeti(L, LUA_REGISTRYINDEX, LUA_RIDX_GLOBALS);
    if (strcmp(table, POLICY_GLOBALS) != 0) {
        lua_getfield(L, -1, table);
        lua_remove(L, -2);
    }
}

/* Differences between what a scenario sees and the policy: names with no row,
 * rows whose name is missing or is not what the row says. */
static int whitelist_mismatches(Sandbox *sb)
{
    lua_State *L = sandbox_lua(sb);
    int top = lua_gettop(L), mismatches = 0;
    static const char *const tables[] = {POLICY_GLOBALS, "string", "table", "math", "utf8", "coroutine",
                                         POLICY_STRING_META};
    for (size_t t = 0; t < sizeof tables / sizeof *tables; t++) {
        push_scenario_table(L, tables[t]);
        if (lua_type(L, -1) != LUA_TTABLE) {
            print_message("missing table: %s\n", tables[t]);
            mismatches++;
        } else {
            mismatches += whitelist_extra_names(L, tables[t]);
        }
        lua_settop(L, top);
    }
    for (size_t i = 0; i < sandbox_policy_count; i++) {
        const PolicyRow *row = &sandbox_policy[i];
        if (row->how == POLICY_LIBRARY && strcmp(row->name, POLICY_GLOBALS) == 0)
            continue;
        push_scenario_table(L, row->how == POLICY_LIBRARY ? POLICY_GLOBALS : row->table);
        if (lua_type(L, -1) == LUA_TTABLE)
            lua_getfield(L, -1, row->name);
        else
            lua_pushnil(L);
        if (!whitelist_row_holds(L, row)) {
            print_message("not as the policy says: %s.%s\n", row->table, row->name);
            mismatches++;
        }
        lua_settop(L, top);
    }
    return mismatches;
}

static void test_whitelist_is_the_policy(void **state)
{
    (void)state;
    Sandbox *sb = fresh();
    assert_int_equal(whitelist_mismatches(sb), 0);
    /* The check can fail: an extra global, a missing field, a kept original. */
    lua_State *L = sandbox_lua(sb);
    lua_pushinteger(L, 1);
    lua_setglobal(L, "rogue");
    assert_int_equal(whitelist_mismatches(sb), 1);
    assert_int_equal(run(sb, "rogue = nil\nstring.len = nil\n"), 0);
    assert_int_equal(whitelist_mismatches(sb), 1);
    luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
    lua_getfield(L, -1, "string");
    lua_getglobal(L, "string");
    lua_getfield(L, -2, "len");
    lua_setfield(L, -2, "len");          /* len is back, as kept: no mismatch */
    lua_getfield(L, -2, "rep");
    lua_setfield(L, -2, "rep");          /* the original rep, uncharged: one mismatch */
    lua_pop(L, 3);
    assert_int_equal(whitelist_mismatches(sb), 1);
    sandbox_free(sb);
}

static void test_whitelist_forbids(void **state)
{
    (void)state;
    static const char *const forbidden[][2] = {
        {POLICY_GLOBALS, "load"}, {POLICY_GLOBALS, "loadfile"}, {POLICY_GLOBALS, "dofile"},
        {POLICY_GLOBALS, "require"}, {POLICY_GLOBALS, "io"}, {POLICY_GLOBALS, "os"},
        {POLICY_GLOBALS, "debug"}, {POLICY_GLOBALS, "package"}, {"string", "dump"},
        {"math", "randomseed"}, {POLICY_GLOBALS, "rawequal_"},
    };
    for (size_t i = 0; i < sizeof forbidden / sizeof *forbidden; i++)
        if (policy_find(forbidden[i][0], forbidden[i][1]))
            fail_msg("the policy lets scenarios see %s.%s", forbidden[i][0], forbidden[i][1]);
    assert_int_equal(policy_find(POLICY_GLOBALS, "collectgarbage")->how, POLICY_REPLACE);
    assert_int_equal(policy_find(POLICY_GLOBALS, "pcall")->how, POLICY_WRAP);
    assert_int_equal(policy_find(POLICY_STRING_META, "__metatable")->how, POLICY_FALSE);
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

/* ---- issue 10: every class of work inside one C call is bounded or refused ---------- */

static void test_patterns_charged_by_worst_case(void **state)
{
    (void)state;
    expect_failure("local s = ('a'):rep(40)\nlocal r = s:match(('a?'):rep(40) .. ('a'):rep(40) .. 'b')\n", 2,
                   "could take too long");
    expect_failure("local s = ('('):rep(200000)\n\nlocal r = s:find('%b()')\n", 3, "could take too long");
    expect_failure("local s = ('a'):rep(100000)\nlocal r = s:find('(a*)%1b')\n", 2, "could take too long");
    expect_failure("local s = ('a'):rep(100000)\nfor w in s:gmatch('a*a*b') do end\n", 2, "string.gmatch would need");
    /* Ordinary patterns on ordinary text still run. */
    Sandbox *sb = fresh();
    const char *ordinary =
        "local text = ('word  and   more words '):rep(50)\n"
        "local squeezed = text:gsub('%s+', ' ')\n"
        "local trimmed = ('  padded  '):match('^%s*(.-)%s*$')\n"
        "assert(trimmed == 'padded')\n"
        "assert(text:find('more', 1, true))\n"
        "local n = 0\nfor w in text:gmatch('%a+') do n = n + 1 end\nassert(n == 200)\n"
        "assert(('(a(b)c)'):match('%b()') == '(a(b)c)')\n"
        "assert(('abab'):match('(ab)%1') == 'ab')\n";
    if (run(sb, ordinary) != 0)
        fail_msg("%s", sandbox_error(sb));
    sandbox_free(sb);
}

static void test_table_functions_refuse_proxies(void **state)
{
    (void)state;
    expect_failure("local t = setmetatable({}, {__len = function() return 2^62 end})\ntable.insert(t, 1, 'x')\n", 2,
                   "table.insert does not take a table with a __len metamethod");
    expect_failure("local t = setmetatable({}, {__len = function() return 2^53 end})\ntable.remove(t, 1)\n", 2,
                   "table.remove does not take");
    expect_failure("local t = setmetatable({}, {__index = function(_, i) return i end})\nlocal x = table.unpack(t, 1, 10)\n",
                   2, "table.unpack does not take");
    expect_failure("local t = setmetatable({}, {__newindex = rawset})\ntable.move({1, 2}, 1, 2, 1, t)\n", 2,
                   "table.move does not take");
    expect_failure("local t = setmetatable({3, 1, 2}, {__len = function() return 3 end})\ntable.sort(t)\n", 2,
                   "table.sort does not take");
    expect_failure("local x = table.unpack({}, 1, 1e8)\n", 1, "table.unpack would need more work");
    expect_failure("local big = ('x'):rep(2^20)\nlocal t = {}\nfor i = 1, 2000 do t[i] = big end\ntable.sort(t)\n", 4,
                   "table.sort would need more work");
    expect_failure("for i = 1, 100 do local s = string.pack('c4000000', '') end\n", 1, "string.pack would need more work");
    Sandbox *sb = fresh();
    const char *plain = "local t = {5, 3, 9}\ntable.insert(t, 1)\ntable.sort(t)\nassert(table.concat(t, ',') == '1,3,5,9')\n"
                        "assert(table.remove(t) == 9 and select('#', table.unpack(t)) == 3)\n"
                        "local words = {'pear', 'apple', 'fig'}\ntable.sort(words)\nassert(words[1] == 'apple')\n";
    if (run(sb, plain) != 0)
        fail_msg("%s", sandbox_error(sb));
    sandbox_free(sb);
}

static void test_protected_calls_are_charged(void **state)
{
    (void)state;
    /* A loop of cheap instructions around costly C switches: each switch is charged. */
    expect_failure("local co = coroutine.wrap(function() while true do pcall(coroutine.yield) end end)\n"
                   "while true do pcall(co) end\n", 1, "endless loop");
}

/* Runs `spin` (about 650,000 instructions) until a total runs out; returns the calls that passed. */
static int calls_until_total_runs_out(Sandbox *sb, const char *needle)
{
    lua_State *L = sandbox_lua(sb);
    int passed = 0;
    for (int i = 0; i < 100; i++) {
        lua_getglobal(L, "spin");
        if (sandbox_call(sb, 0, 0) != 0) {
            if (strstr(sandbox_error_message(sb), needle) == NULL)
                fail_msg("expected \"%s\", got: %s", needle, sandbox_error(sb));
            return passed;
        }
        passed++;
    }
    return passed;
}

static void test_total_budgets(void **state)
{
    (void)state;
    Sandbox *sb = fresh();
    assert_int_equal(run(sb, "function spin() local n = 0 for i = 1, 300000 do n = n + i end end\n"), 0);
    sandbox_set_total_budget(sb, SANDBOX_TOTAL_PLAYTHROUGH, 3000000);
    int passed = calls_until_total_runs_out(sb, "this playthrough ran more than 3000000 instructions in all");
    if (passed < 3 || passed > 8)
        fail_msg("%d calls passed", passed);
    assert_int_equal(calls_until_total_runs_out(sb, "this playthrough"), 0); /* stays spent */
    assert_true(sandbox_total_left(sb, SANDBOX_TOTAL_PLAYTHROUGH) <= 0);
    sandbox_set_total_budget(sb, SANDBOX_TOTAL_PLAYTHROUGH, 0);
    sandbox_set_total_budget(sb, SANDBOX_TOTAL_RUN, 2000000);
    assert_int_equal(sandbox_total_left(sb, SANDBOX_TOTAL_PLAYTHROUGH), -1);
    passed = calls_until_total_runs_out(sb, "this check or explore run ran more than 2000000");
    if (passed < 2 || passed > 6)
        fail_msg("%d calls passed", passed);
    sandbox_set_total_budget(sb, SANDBOX_TOTAL_RUN, 0);
    assert_int_equal(calls_until_total_runs_out(sb, "none"), 100);
    sandbox_free(sb);
}

/* Stands for C work that outlasts the net: charged like every costly library
 * function (which starts the clock), then slower than its charge said. */
static int sleepy(lua_State *L)
{
    sandbox_charge(L, 5000, "sleepy", NULL);
    struct timespec t0, t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0);
    do                                   /* busy: the net counts CPU time */
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    while ((double)(t.tv_sec - t0.tv_sec) + (double)(t.tv_nsec - t0.tv_nsec) * 1e-9 < 1.2);
    return 0;
}

static void test_late_finish_is_an_error(void **state)
{
    (void)state;
    Sandbox *sb = fresh();
    lua_State *L = sandbox_lua(sb);
    lua_pushcfunction(L, sleepy);
    lua_setglobal(L, "sleepy");
    assert_int_equal(run(sb, "function late()\n  sleepy()\nend\n"), 0);
    lua_getglobal(L, "late");
    assert_int_equal(sandbox_call(sb, 0, 0), -1);
    assert_non_null(strstr(sandbox_error_message(sb), "ran for more than 1 second"));
    sandbox_free(sb);
}

static void test_lines_cannot_be_forged(void **state)
{
    (void)state;
    expect_failure("local x = 1\n\nerror('scenario:1: somewhere else', 0)\n", 3, "scenario:1: somewhere else");
    expect_failure("local function f()\n  error('from the caller', 2)\nend\nf()\n", 4, "from the caller");
}

static void test_close_handlers_keep_the_limits(void **state)
{
    (void)state;
    expect_failure("local guard <close> = setmetatable({}, {__close = function()\n"
                   "  local s = ('x'):rep(3 * 2^20)\n  local t = s .. s .. s\nend})\nerror('unwinding')\n", 3,
                   "grew past 4 MB");
}

static void test_print_is_bounded_and_visible(void **state)
{
    (void)state;
    char path[] = "/tmp/leadsim-print-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    fflush(stderr);
    int saved = dup(2);
    dup2(fd, 2);
    Sandbox *sb = fresh();
    int status = run(sb, "for i = 1, 5000 do print('\\27]0;title\\7', ('x'):rep(100)) end\n");
    sandbox_free(sb);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    struct stat st;
    fstat(fd, &st);
    char *text = calloc(1, (size_t)st.st_size + 1);
    assert_int_equal(pread(fd, text, (size_t)st.st_size, 0), st.st_size);
    close(fd);
    unlink(path);
    assert_int_equal(status, 0);
    assert_true(st.st_size < 80 * 1024);
    assert_null(memchr(text, 27, (size_t)st.st_size));
    assert_non_null(strstr(text, "hostile.lua:1: print: \\x1B]0;title\\x07\t"));
    assert_non_null(strstr(text, "further output is not shown"));
    free(text);
}

static void test_fifo_refused(void **state)
{
    (void)state;
    char dir[] = "/tmp/leadsim-fifo-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[64];
    snprintf(path, sizeof path, "%s/pipe.lua", dir);
    assert_int_equal(mkfifo(path, 0600), 0);
    Sandbox *sb = sandbox_new(path);
    assert_int_equal(sandbox_run_file(sb), -1); /* returns at once: nothing is read */
    assert_non_null(strstr(sandbox_error(sb), "not a regular file"));
    sandbox_free(sb);
    unlink(path);
    rmdir(dir);
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
        cmocka_unit_test(test_whitelist_is_the_policy),
        cmocka_unit_test(test_whitelist_forbids),
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
        cmocka_unit_test(test_patterns_charged_by_worst_case),
        cmocka_unit_test(test_table_functions_refuse_proxies),
        cmocka_unit_test(test_protected_calls_are_charged),
        cmocka_unit_test(test_total_budgets),
        cmocka_unit_test(test_late_finish_is_an_error),
        cmocka_unit_test(test_lines_cannot_be_forged),
        cmocka_unit_test(test_close_handlers_keep_the_limits),
        cmocka_unit_test(test_print_is_bounded_and_visible),
        cmocka_unit_test(test_fifo_refused),
    };
    return cmocka_run_group_tests_name("sandbox", tests, NULL, NULL);
}
