/* sandbox_policy: the one table of what a scenario can see, and what each
 * library function costs. sandbox.c applies it; the whitelist test walks a
 * scenario's environment and fails on any name this table does not list. */
#include "sandbox_policy.h"
#include "sandbox.h"

#include <lauxlib.h>
#include <lualib.h>
#include <math.h>
#include <stdbool.h>
#include <string.h>

/* ---- what arguments weigh ------------------------------------------------------ */

static double arg_length(lua_State *L, int i)
{
    return lua_type(L, i) == LUA_TSTRING ? (double)lua_rawlen(L, i) : 0;
}

static double arg_integer(lua_State *L, int i, double otherwise)
{
    int ok;
    lua_Integer n = lua_tointegerx(L, i, &ok);
    return ok ? (double)n : otherwise;
}

static double string_bytes(lua_State *L)
{
    double bytes = 0;
    for (int i = 1; i <= lua_gettop(L); i++)
        bytes += arg_length(L, i);
    return bytes;
}

/* The table library reads through __index and __len, so a proxy with a __len
 * of 2^62 would make one call loop for ages on a table that holds nothing.
 * Scenarios keep their lists plain; proxies are refused. */
static double table_length(lua_State *L, int i, const char *what)
{
    if (lua_type(L, i) != LUA_TTABLE)
        return 0;                      /* the original reports the wrong type */
    if (lua_getmetatable(L, i)) {
        static const char *const fields[] = {"__index", "__newindex", "__len"};
        for (int f = 0; f < 3; f++) {
            bool set = lua_getfield(L, -1, fields[f]) != LUA_TNIL;
            lua_pop(L, 1);             /* the field */
            if (set)
                sandbox_refuse(L, "%s does not take a table with a %s metamethod in scenarios; "
                               "pass a plain table", what, fields[f]);
        }
        lua_pop(L, 1);                 /* metatable */
    }
    return (double)lua_rawlen(L, i);
}

/* Elements i..j, as table.concat and table.unpack take them. */
static double element_range(lua_State *L, int first, double length)
{
    double i = arg_integer(L, first, 1);
    double j = arg_integer(L, first + 1, length);
    return j >= i ? j - i + 1 : 0;
}

/* ---- costs, in instructions ---------------------------------------------------------- */

static double cost_bytes(lua_State *L) { return lua_gettop(L) + string_bytes(L) / 16; }
static double cost_arguments(lua_State *L) { return lua_gettop(L); }

static double cost_rep(lua_State *L)
{
    double n = arg_integer(L, 2, 0);
    if (n <= 0)
        return 0;
    double bytes = n * (arg_length(L, 1) + arg_length(L, 3));
    if (bytes > SANDBOX_BLOCK_LIMIT)
        sandbox_refuse(L, "string.rep would build a string of %.0f MB; a scenario's strings are limited to %u MB",
                       bytes / (1 << 20), SANDBOX_BLOCK_LIMIT >> 20);
    return n + bytes / 16;             /* the loop runs n times even for empty strings */
}

/* string.byte and utf8.codepoint return one value per byte or character of s:sub(i, j). */
static double cost_slice(lua_State *L)
{
    double length = arg_length(L, 1);
    double i = arg_integer(L, 2, 1), j = arg_integer(L, 3, i);
    if (i < 0) i += length + 1;
    if (j < 0) j += length + 1;
    if (j > length) j = length;
    return 1 + length / 16 + (j >= i ? j - i + 1 : 0);
}

/* Formats for string.pack, packsize and unpack: each option is cheap, but a
 * size like c4000000 pads that many bytes, one at a time. */
static double cost_pack(lua_State *L)
{
    size_t m = 0;
    const char *format = lua_type(L, 1) == LUA_TSTRING ? lua_tolstring(L, 1, &m) : "";
    double sizes = 0, number = 0;
    for (size_t i = 0; i < m; i++) {
        if (format[i] >= '0' && format[i] <= '9') {
            number = number * 10 + (format[i] - '0');
        } else {
            sizes += number;
            number = 0;
        }
    }
    return lua_gettop(L) + (double)m + sizes + number + string_bytes(L) / 16; /* padding goes a byte at a time */
}

/* Lua's matcher backtracks. Its worst case on an n-byte subject: each start
 * position, times the ways the repeated items (*, +, -) can split the subject,
 * times 2 for each optional item (?), times the pattern's length plus n for
 * each %b or back-reference (%1), which scan. A repeat at the very end never
 * backtracks (the empty rest always matches), so it only scans. */
typedef struct {
    int repeats, optionals, scans;
    bool anchored, trailing_repeat;
} PatternShape;

/* Where the single-character class at p[i] ends, as Lua's classEnd finds it. */
static size_t pattern_class_end(const char *p, size_t m, size_t i)
{
    if (p[i] == '%')
        return i + 2;
    if (p[i] != '[')
        return i + 1;
    i++;
    if (i < m && p[i] == '^')
        i++;
    do {                               /* the first ']' is a member, not the end */
        if (i >= m)
            return m;
        if (p[i++] == '%' && i < m)
            i++;
    } while (i < m && p[i] != ']');
    return i + 1;
}

static PatternShape pattern_shape(const char *p, size_t m, bool may_anchor)
{
    PatternShape shape = {0, 0, 0, false, false};
    size_t i = 0;
    if (may_anchor && m > 0 && p[0] == '^') {
        shape.anchored = true;
        i = 1;
    }
    while (i < m) {
        if (p[i] == '(' || p[i] == ')' || (p[i] == '$' && i + 1 == m)) {
            i++;
            continue;
        }
        if (p[i] == '%' && i + 1 < m && (p[i + 1] == 'b' || (p[i + 1] >= '0' && p[i + 1] <= '9'))) {
            shape.scans++;                 /* %bxy and %1 scan without backtracking */
            i += p[i + 1] == 'b' ? 4 : 2;
            continue;
        }
        if (p[i] == '%' && i + 1 < m && p[i + 1] == 'f') {
            i = i + 2 < m ? pattern_class_end(p, m, i + 2) : m;
            continue;
        }
        i = pattern_class_end(p, m, i);
        if (i < m && strchr("*+-?", p[i])) {
            size_t rest = i + 1;
            while (rest < m && p[rest] == ')')
                rest++;
            if (p[i] == '?')
                shape.optionals++;
            else if (rest == m)
                shape.trailing_repeat = true;
            else
                shape.repeats++;
            i++;
        }
    }
    return shape;
}

/* Matcher steps in the worst case; steps are about 64 times cheaper than instructions. */
static double pattern_work(lua_State *L, int subject, int pattern, bool may_anchor, bool plain)
{
    double n = arg_length(L, subject);
    size_t m = 0;
    const char *p = lua_type(L, pattern) == LUA_TSTRING ? lua_tolstring(L, pattern, &m) : "";
    bool special = false;
    for (size_t i = 0; i < m && !special; i++)
        special = p[i] != '\0' && strchr("^$*+?.([%-", p[i]) != NULL;
    if (plain || !special)
        return (n + 1) * ((double)m + 1); /* a plain search compares at each position */
    PatternShape shape = pattern_shape(p, m, may_anchor);
    double paths = pow(2, shape.optionals);
    for (int r = 1; r <= shape.repeats && paths < 1e300; r++)
        paths *= (n + r) / r;            /* C(n + repeats, repeats) ways to split */
    double starts = shape.anchored ? 1 : n + 1;
    double work = starts * paths * ((double)m + 1 + shape.scans * (n + 1));
    if (shape.trailing_repeat)
        work += (n + 1) * (paths > 1 ? starts * paths : 1);
    return work;
}

static double cost_pattern(lua_State *L, const char *what, bool may_anchor, bool plain)
{
    double work = pattern_work(L, 1, 2, may_anchor, plain);
    sandbox_charge(L, work / 64 + 1, what,
                   "; the pattern could take too long on a string this long: simplify the pattern or match a shorter string");
    return 0;
}

static double cost_find(lua_State *L)
{
    return cost_pattern(L, "string.find", true, lua_toboolean(L, 4));
}
static double cost_match(lua_State *L) { return cost_pattern(L, "string.match", true, false); }
static double cost_gmatch(lua_State *L) { return cost_pattern(L, "string.gmatch", false, false); }
static double cost_gsub(lua_State *L) { return cost_pattern(L, "string.gsub", true, false); }

static double cost_concat(lua_State *L)
{
    return element_range(L, 3, table_length(L, 1, "table.concat")) + 1;
}

static double cost_unpack(lua_State *L)
{
    return element_range(L, 2, table_length(L, 1, "table.unpack")) + 1;
}

static double cost_insert(lua_State *L) { return table_length(L, 1, "table.insert") + 1; }
static double cost_remove(lua_State *L) { return table_length(L, 1, "table.remove") + 1; }

static double cost_move(lua_State *L)
{
    table_length(L, 1, "table.move");
    table_length(L, lua_isnoneornil(L, 5) ? 1 : 5, "table.move");
    double f = arg_integer(L, 2, 1), e = arg_integer(L, 3, 0);
    return e >= f ? e - f + 1 : 1;
}

/* n log n comparisons, each as long as the shorter of two strings: at most the
 * second longest. */
static double cost_sort(lua_State *L)
{
    double n = table_length(L, 1, "table.sort");
    double longest = 0, second = 0;
    for (lua_Integer i = 1; i <= (lua_Integer)n; i++) {
        if (lua_rawgeti(L, 1, i) == LUA_TSTRING) {
            double length = (double)lua_rawlen(L, -1);
            if (length > longest) {
                second = longest;
                longest = length;
            } else if (length > second) {
                second = length;
            }
        }
        lua_pop(L, 1);
    }
    return n + (n > 1 ? n * log2(n) * (1 + second / 16) : 0);
}

/* ---- the policy -------------------------------------------------------------------------- */

#define LIBRARY(name, open)       {POLICY_GLOBALS, name, POLICY_LIBRARY, open, NULL}
#define KEEP(table, name)         {table, name, POLICY_KEEP, NULL, NULL}
#define WRAP(table, name, fn)     {table, name, POLICY_WRAP, fn, NULL}
#define REPLACE(table, name, fn)  {table, name, POLICY_REPLACE, fn, NULL}
#define CHARGE(table, name, cost) {table, name, POLICY_CHARGE, NULL, cost}

/* Top to bottom: the libraries, then each table's names. No io, os, debug,
 * package, load, loadfile, dofile, require, string.dump, math.randomseed. */
const PolicyRow sandbox_policy[] = {
    LIBRARY("_G", luaopen_base),
    LIBRARY("string", luaopen_string),
    LIBRARY("table", luaopen_table),
    LIBRARY("math", luaopen_math),
    LIBRARY("utf8", luaopen_utf8),
    LIBRARY("coroutine", luaopen_coroutine),

    {POLICY_GLOBALS, "_G", POLICY_ENV, NULL, NULL},     /* the scenario's globals */
    KEEP(POLICY_GLOBALS, "_VERSION"),
    KEEP(POLICY_GLOBALS, "assert"),
    REPLACE(POLICY_GLOBALS, "collectgarbage", sandbox_collectgarbage), /* "count" only */
    KEEP(POLICY_GLOBALS, "error"),
    KEEP(POLICY_GLOBALS, "getmetatable"),
    KEEP(POLICY_GLOBALS, "ipairs"),
    KEEP(POLICY_GLOBALS, "next"),
    KEEP(POLICY_GLOBALS, "pairs"),
    WRAP(POLICY_GLOBALS, "pcall", sandbox_protected),
    REPLACE(POLICY_GLOBALS, "print", sandbox_print),
    KEEP(POLICY_GLOBALS, "rawequal"),
    KEEP(POLICY_GLOBALS, "rawget"),
    KEEP(POLICY_GLOBALS, "rawlen"),
    KEEP(POLICY_GLOBALS, "rawset"),
    KEEP(POLICY_GLOBALS, "select"),
    WRAP(POLICY_GLOBALS, "setmetatable", sandbox_setmetatable), /* no __gc */
    CHARGE(POLICY_GLOBALS, "tonumber", cost_bytes),
    KEEP(POLICY_GLOBALS, "tostring"),
    KEEP(POLICY_GLOBALS, "type"),
    WRAP(POLICY_GLOBALS, "xpcall", sandbox_protected),

    CHARGE("string", "byte", cost_slice),
    CHARGE("string", "char", cost_arguments),
    CHARGE("string", "find", cost_find),
    CHARGE("string", "format", cost_bytes),
    CHARGE("string", "gmatch", cost_gmatch), /* the whole iteration, up front */
    CHARGE("string", "gsub", cost_gsub),
    KEEP("string", "len"),
    CHARGE("string", "lower", cost_bytes),
    CHARGE("string", "match", cost_match),
    CHARGE("string", "pack", cost_pack),
    CHARGE("string", "packsize", cost_pack),
    CHARGE("string", "rep", cost_rep),
    CHARGE("string", "reverse", cost_bytes),
    CHARGE("string", "sub", cost_bytes),
    CHARGE("string", "unpack", cost_pack),
    CHARGE("string", "upper", cost_bytes),

    CHARGE("table", "concat", cost_concat),
    CHARGE("table", "insert", cost_insert),
    CHARGE("table", "move", cost_move),
    CHARGE("table", "pack", cost_arguments),
    CHARGE("table", "remove", cost_remove),
    CHARGE("table", "sort", cost_sort),
    CHARGE("table", "unpack", cost_unpack),

    KEEP("math", "abs"),       KEEP("math", "acos"),      KEEP("math", "asin"),
    KEEP("math", "atan"),      KEEP("math", "ceil"),      KEEP("math", "cos"),
    KEEP("math", "deg"),       KEEP("math", "exp"),       KEEP("math", "floor"),
    KEEP("math", "fmod"),      KEEP("math", "huge"),      KEEP("math", "log"),
    KEEP("math", "max"),       KEEP("math", "maxinteger"), KEEP("math", "min"),
    KEEP("math", "mininteger"), KEEP("math", "modf"),     KEEP("math", "pi"),
    KEEP("math", "rad"),
    REPLACE("math", "random", sandbox_random),
    KEEP("math", "sin"),       KEEP("math", "sqrt"),      KEEP("math", "tan"),
    KEEP("math", "tointeger"), KEEP("math", "type"),      KEEP("math", "ult"),

    CHARGE("utf8", "char", cost_arguments),
    KEEP("utf8", "charpattern"),
    CHARGE("utf8", "codepoint", cost_slice),
    KEEP("utf8", "codes"),                   /* each step decodes one character */
    CHARGE("utf8", "len", cost_bytes),
    CHARGE("utf8", "offset", cost_bytes),

    WRAP("coroutine", "close", sandbox_protected),
    KEEP("coroutine", "create"),
    KEEP("coroutine", "isyieldable"),
    WRAP("coroutine", "resume", sandbox_protected),
    KEEP("coroutine", "running"),
    KEEP("coroutine", "status"),
    WRAP("coroutine", "wrap", sandbox_coroutine_wrap),
    KEEP("coroutine", "yield"),

    /* Every string shares this metatable: methods come from the scenario's
     * string table, and getmetatable("") gives false, so none can change it. */
    {POLICY_STRING_META, "__index", POLICY_ENV, NULL, NULL},
    {POLICY_STRING_META, "__metatable", POLICY_FALSE, NULL, NULL},
    CHARGE(POLICY_STRING_META, "__add", cost_bytes), /* "10" + 1 reads the whole string */
    CHARGE(POLICY_STRING_META, "__div", cost_bytes),
    CHARGE(POLICY_STRING_META, "__idiv", cost_bytes),
    CHARGE(POLICY_STRING_META, "__mod", cost_bytes),
    CHARGE(POLICY_STRING_META, "__mul", cost_bytes),
    CHARGE(POLICY_STRING_META, "__pow", cost_bytes),
    CHARGE(POLICY_STRING_META, "__sub", cost_bytes),
    CHARGE(POLICY_STRING_META, "__unm", cost_bytes),
};

const size_t sandbox_policy_count = sizeof sandbox_policy / sizeof *sandbox_policy;
