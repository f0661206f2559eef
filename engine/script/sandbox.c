/* sandbox: one locked-down Lua state per scenario file.
 *
 * Four limits keep a scenario from hanging or crashing the game:
 *   1. an instruction budget per call, counted by a hook every HOOK_STEP
 *      instructions; pcall, xpcall and coroutine.resume are wrapped so that
 *      once it trips, the error keeps propagating;
 *   2. charges against that budget for library functions whose work grows
 *      with their arguments (string.rep, table.move, patterns, ...);
 *   3. a memory cap, and a cap on any one block, so that no single instruction
 *      (a concatenation, a string comparison) can take long;
 *   4. a wall-clock deadline checked by the same hook, the net under the rest. */
#include "sandbox.h"
#include "rng.h"

#include <lauxlib.h>
#include <lualib.h>
#include <math.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SANDBOX_CHUNK      "scenario"   /* Lua's name for the chunk; messages get the path instead */
#define HOOK_STEP          1000         /* instructions between two budget checks */
#define HANDLER_RESERVE    (256u << 10) /* extra bytes the error handler may use to report */
#define ENGINE_RESERVE     (4u << 20)   /* extra bytes for the engine's glue between calls */
#define PRINT_LIMIT        (64u << 10)  /* bytes print may write per call */
#define PATTERN_WORK_LIMIT 1e9          /* worst-case matcher steps per call */
#define HANDLER_SLOT       1            /* the message handler lives here; callers push above it */

struct Sandbox {
    lua_State *L;
    char *path;
    size_t used;              /* bytes held by the state */
    bool in_handler;          /* the error handler is running: allow the reserve */
    bool armed;               /* inside sandbox_run or sandbox_call */
    long long budget;         /* instructions left in this call */
    long long budget_total;
    double pattern_work;      /* matcher steps left in this call */
    double deadline;
    bool tripped;             /* a limit was hit; the error must reach the top */
    bool block_refused;       /* the trip was one oversized block */
    int trip_line;
    char trip_message[256];
    int last_line;            /* the line the hook last saw running */
    size_t printed;
    Rng rng;
    int error_line;
    char error_message[1024];
    char error[1280];
};

static Sandbox *sandbox_of(lua_State *L) { return *(Sandbox **)lua_getextraspace(L); }

static double sandbox_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* ---- memory --------------------------------------------------------------- */

static void *sandbox_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    Sandbox *sb = ud;
    size_t old = ptr ? osize : 0; /* with no block, osize is a type tag */
    if (nsize == 0) {
        free(ptr);
        sb->used -= old;
        return NULL;
    }
    if (nsize > old) {
        /* The engine's own glue between calls gets headroom, so it never
         * fails where no error can be caught. */
        size_t limit = SANDBOX_MEMORY_LIMIT + (sb->in_handler ? HANDLER_RESERVE : 0) +
                       (sb->armed ? 0 : ENGINE_RESERVE);
        bool too_big = nsize > SANDBOX_BLOCK_LIMIT && sb->armed && !sb->in_handler;
        if (too_big || sb->used - old + nsize > limit) {
            /* Refusing growth raises a Lua memory error; the trip makes sure
             * no pcall swallows it. Shrinking is never refused. */
            if (sb->armed && !sb->tripped) {
                sb->tripped = true;
                sb->block_refused = too_big;
                sb->trip_line = 0;
                if (too_big)
                    snprintf(sb->trip_message, sizeof sb->trip_message,
                             "a string, a table or the call stack grew past %u MB, the limit for scenarios; "
                             "is there an endless loop or recursion?",
                             SANDBOX_BLOCK_LIMIT >> 20);
                else
                    snprintf(sb->trip_message, sizeof sb->trip_message,
                             "out of memory: scenarios may use up to %u MB",
                             SANDBOX_MEMORY_LIMIT >> 20);
            }
            return NULL;
        }
    }
    void *block = realloc(ptr, nsize);
    if (block == NULL)
        return nsize <= old ? ptr : NULL; /* a failed shrink keeps the larger block */
    sb->used = sb->used - old + nsize;
    return block;
}

/* ---- where an error happened ---------------------------------------------- */

/* The line of the innermost scenario function on the stack, from `level` up. */
static int sandbox_line_from(lua_State *L, int level)
{
    lua_Debug ar;
    for (; lua_getstack(L, level, &ar); level++) {
        if (lua_getinfo(L, "Sl", &ar) && ar.currentline > 0 &&
            strcmp(ar.source, "=" SANDBOX_CHUNK) == 0)
            return ar.currentline;
    }
    return 0;
}

int sandbox_caller_line(lua_State *L) { return sandbox_line_from(L, 1); }

/* Raise the trip as an error. Every pcall wrapper re-raises it until it
 * reaches the call from C. */
static int sandbox_raise_trip(lua_State *L, Sandbox *sb)
{
    if (sb->trip_line == 0)
        sb->trip_line = sandbox_line_from(L, 0);
    lua_pushstring(L, sb->trip_message);
    return lua_error(L);
}

static int sandbox_trip(lua_State *L, Sandbox *sb, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(sb->trip_message, sizeof sb->trip_message, fmt, ap);
    va_end(ap);
    sb->tripped = true;
    sb->trip_line = line;
    return sandbox_raise_trip(L, sb);
}

/* Count events enforce the limits. Line events (only while a file's top
 * level runs) keep last_line exact, because a memory error carries no line. */
static void sandbox_hook(lua_State *L, lua_Debug *ar)
{
    Sandbox *sb = sandbox_of(L);
    if (ar->event == LUA_HOOKLINE) {
        sb->last_line = ar->currentline;
        return;
    }
    if (lua_getinfo(L, "l", ar) && ar->currentline > 0)
        sb->last_line = ar->currentline;
    if (!sb->armed)
        return;
    if (sb->tripped)
        sandbox_raise_trip(L, sb);
    sb->budget -= HOOK_STEP;
    if (sb->budget < 0)
        sandbox_trip(L, sb, sb->last_line,
                     "this code ran more than %lld instructions without finishing; is there an endless loop?",
                     sb->budget_total);
    if (sb->deadline == 0)
        sb->deadline = sandbox_now() + SANDBOX_SECONDS;
    else if (sandbox_now() > sb->deadline)
        sandbox_trip(L, sb, sb->last_line,
                     "this code ran for more than %.0f second without finishing; is there an endless loop?",
                     SANDBOX_SECONDS);
}

/* Turns any error value into a message without running its metamethods, and
 * records where it happened. Runs at the point of the error, before unwinding. */
static int sandbox_message_handler(lua_State *L)
{
    Sandbox *sb = sandbox_of(L);
    sb->in_handler = true;
    const char *text;
    int line = 0;
    char scratch[96];
    if (sb->tripped) {
        if (sb->trip_line == 0)
            sb->trip_line = sandbox_line_from(L, 1);
        text = sb->trip_message;
        line = sb->trip_line;
    } else {
        switch (lua_type(L, 1)) {
        case LUA_TSTRING:
            text = lua_tostring(L, 1);
            break;
        case LUA_TNUMBER:
            lua_pushvalue(L, 1); /* convert a copy; numbers have no metamethods here */
            text = lua_tostring(L, -1);
            break;
        default:
            snprintf(scratch, sizeof scratch, "error object is a %s value", luaL_typename(L, 1));
            text = scratch;
            break;
        }
        /* Lua's own messages start "scenario:LINE: "; take the line from there. */
        const char *prefix = SANDBOX_CHUNK ":";
        size_t prefix_len = strlen(prefix);
        if (strncmp(text, prefix, prefix_len) == 0) {
            char *end;
            long n = strtol(text + prefix_len, &end, 10);
            if (end != text + prefix_len && end[0] == ':') {
                line = (int)n;
                text = end + 1 + (end[1] == ' ');
            }
        }
        if (line == 0)
            line = sandbox_line_from(L, 1);
    }
    sb->error_line = line;
    snprintf(sb->error_message, sizeof sb->error_message, "%s", text);
    lua_pushstring(L, sb->error_message);
    return 1;
}

/* ---- protected calls that cannot swallow a trip ----------------------------- */

static int sandbox_after_protected(lua_State *L, int status, lua_KContext ctx)
{
    (void)status;
    (void)ctx;
    Sandbox *sb = sandbox_of(L);
    if (sb->tripped)
        return sandbox_raise_trip(L, sb);
    return lua_gettop(L);
}

/* Wraps pcall, xpcall, coroutine.resume and coroutine.close (upvalue 1). */
static int sandbox_protected(lua_State *L)
{
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_callk(L, lua_gettop(L) - 1, LUA_MULTRET, 0, sandbox_after_protected);
    return sandbox_after_protected(L, LUA_OK, 0);
}

/* Calls the original library function (upvalue 1) with this call's arguments. */
static int sandbox_call_original(lua_State *L)
{
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* ---- library functions whose work grows with their arguments --------------- */

static void sandbox_charge(lua_State *L, double instructions, const char *what)
{
    Sandbox *sb = sandbox_of(L);
    if (!sb->armed || instructions <= 0)
        return;
    if (instructions > (double)sb->budget)
        sandbox_trip(L, sb, sandbox_line_from(L, 1),
                     "%s would need more work than a scenario call may do (%lld instructions)",
                     what, sb->budget_total);
    sb->budget -= (long long)instructions;
}

static double sandbox_arg_length(lua_State *L, int i)
{
    return lua_type(L, i) == LUA_TSTRING ? (double)lua_rawlen(L, i) : 0;
}

static double sandbox_arg_integer(lua_State *L, int i, double otherwise)
{
    int ok;
    lua_Integer n = lua_tointegerx(L, i, &ok);
    return ok ? (double)n : otherwise;
}

static double sandbox_table_length(lua_State *L, int i)
{
    return lua_type(L, i) == LUA_TTABLE ? (double)lua_rawlen(L, i) : 0;
}

static double cost_rep(lua_State *L)
{
    double n = sandbox_arg_integer(L, 2, 0);
    if (n <= 0)
        return 0;
    double bytes = n * (sandbox_arg_length(L, 1) + sandbox_arg_length(L, 3));
    if (bytes > SANDBOX_BLOCK_LIMIT)
        sandbox_trip(L, sandbox_of(L), sandbox_line_from(L, 1),
                     "string.rep would build a string of %.0f MB; a scenario's strings are limited to %u MB",
                     bytes / (1 << 20), SANDBOX_BLOCK_LIMIT >> 20);
    return n + bytes / 16; /* the loop runs n times even for empty strings */
}

/* Repetitions (*, +, -) in a Lua pattern: each one can multiply the matcher's
 * worst-case work by the subject's length. Returns -1 for a plain string. */
static int sandbox_pattern_repeats(const char *p, size_t m, bool *anchored)
{
    int repeats = 0;
    bool special = false;
    *anchored = m > 0 && p[0] == '^';
    for (size_t i = 0; i < m; i++) {
        switch (p[i]) {
        case '%':
            special = true;
            i += (i + 1 < m && p[i + 1] == 'b') ? 3 : 1;
            break;
        case '[':
            special = true;
            i++;
            if (i < m && p[i] == '^') i++;
            if (i < m && p[i] == ']') i++;
            while (i < m && p[i] != ']')
                i += p[i] == '%' ? 2 : 1;
            break;
        case '*': case '+': case '-':
            special = true;
            repeats += i > 0;
            break;
        case '^': case '$': case '(': case ')': case '.': case '?':
            special = true;
            break;
        default:
            break;
        }
    }
    return special ? repeats : -1;
}

static double cost_pattern(lua_State *L, bool plain_allowed)
{
    double n = sandbox_arg_length(L, 1) + 1;
    size_t m = 0;
    const char *p = lua_type(L, 2) == LUA_TSTRING ? lua_tolstring(L, 2, &m) : "";
    bool anchored;
    int repeats = sandbox_pattern_repeats(p, m, &anchored);
    double work;
    if (repeats < 0 || (plain_allowed && lua_toboolean(L, 4)))
        work = n * (double)(m + 1);
    else
        work = (double)(m + 1) * pow(n, repeats + (anchored ? 0 : 1));
    Sandbox *sb = sandbox_of(L);
    if (sb->armed && work > sb->pattern_work)
        sandbox_trip(L, sb, sandbox_line_from(L, 1),
                     "this pattern has %d repetitions on a %.0f-byte string and could take too long; "
                     "simplify the pattern or match a shorter string", repeats < 0 ? 0 : repeats, n - 1);
    sb->pattern_work -= work;
    return n / 16;
}

static double cost_find(lua_State *L) { return cost_pattern(L, true); }
static double cost_match(lua_State *L) { return cost_pattern(L, false); }
static double cost_string(lua_State *L) { return sandbox_arg_length(L, 1) / 16; }

static double cost_format(lua_State *L)
{
    double bytes = 0;
    for (int i = 1; i <= lua_gettop(L); i++)
        bytes += sandbox_arg_length(L, i);
    return lua_gettop(L) + bytes / 16;
}

static double cost_table(lua_State *L) { return sandbox_table_length(L, 1); }

/* Elements from argument `first` to `first + 1`, as table.concat and table.unpack take them. */
static double sandbox_range(lua_State *L, int first)
{
    double i = sandbox_arg_integer(L, first, 1);
    double j = sandbox_arg_integer(L, first + 1, sandbox_table_length(L, 1));
    return j >= i ? j - i + 1 : 0;
}

static double cost_concat(lua_State *L) { return sandbox_range(L, 3); } /* (t, sep, i, j) */
static double cost_unpack(lua_State *L) { return sandbox_range(L, 2); } /* (t, i, j) */

static double cost_move(lua_State *L)
{
    double f = sandbox_arg_integer(L, 2, 1), e = sandbox_arg_integer(L, 3, 0);
    return e >= f ? e - f + 1 : 0;
}

static double cost_sort(lua_State *L)
{
    double n = sandbox_table_length(L, 1);
    return n > 1 ? n * log2(n) : 0;
}

static double cost_utf8(lua_State *L) { return sandbox_arg_length(L, 1) / 4 + lua_gettop(L); }

typedef struct {
    const char *name;
    double (*cost)(lua_State *L);
} SandboxCost;

/* Indexed by the integer upvalue of sandbox_charged. */
static const SandboxCost sandbox_costs[] = {
    {"string.rep", cost_rep},        {"string.find", cost_find},
    {"string.match", cost_match},    {"string.gmatch", cost_match},
    {"string.gsub", cost_match},     {"string.upper", cost_string},
    {"string.lower", cost_string},   {"string.reverse", cost_string},
    {"string.sub", cost_string},     {"string.byte", cost_string},
    {"string.format", cost_format},  {"table.concat", cost_concat},
    {"table.unpack", cost_unpack},    {"table.insert", cost_table},
    {"table.remove", cost_table},    {"table.move", cost_move},
    {"table.sort", cost_sort},       {"utf8.len", cost_utf8},
    {"utf8.codepoint", cost_utf8},   {"utf8.offset", cost_utf8},
    {"utf8.char", cost_utf8},
};

static int sandbox_charged(lua_State *L)
{
    const SandboxCost *c = &sandbox_costs[lua_tointeger(L, lua_upvalueindex(2))];
    sandbox_charge(L, c->cost(L), c->name);
    return sandbox_call_original(L);
}

/* ---- replacements ------------------------------------------------------------ */

static int sandbox_setmetatable(lua_State *L)
{
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, "__gc metamethods are not allowed in scenarios");
        lua_pop(L, 1); /* __gc */
    }
    return sandbox_call_original(L);
}

static int sandbox_collectgarbage(lua_State *L)
{
    const char *option = luaL_optstring(L, 1, "collect");
    if (strcmp(option, "count") != 0)
        return luaL_error(L, "collectgarbage(\"%s\") is not available in scenarios; only \"count\" is", option);
    lua_pushnumber(L, (lua_Number)sandbox_of(L)->used / 1024.0);
    return 1;
}

/* print writes to stderr, marked with the line, so a designer can trace. */
static int sandbox_print(lua_State *L)
{
    Sandbox *sb = sandbox_of(L);
    int n = lua_gettop(L);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (int i = 1; i <= n; i++) {
        if (i > 1)
            luaL_addchar(&b, '\t');
        luaL_tolstring(L, i, NULL); /* may run __tostring: under the budget like any code */
        luaL_addvalue(&b);
    }
    luaL_pushresult(&b);
    size_t len;
    const char *text = lua_tolstring(L, -1, &len);
    if (sb->printed < PRINT_LIMIT) {
        fprintf(stderr, "%s:%d: print: %s\n", sb->path, sandbox_line_from(L, 1), text);
        sb->printed += len + 1;
        if (sb->printed >= PRINT_LIMIT)
            fprintf(stderr, "%s: print: further output from this call is not shown\n", sb->path);
    }
    return 0;
}

static int sandbox_random(lua_State *L)
{
    Rng *rng = &sandbox_of(L)->rng;
    lua_Integer lo = 1, hi;
    switch (lua_gettop(L)) {
    case 0:
        lua_pushnumber(L, (lua_Number)rng_unit(rng));
        return 1;
    case 1:
        hi = luaL_checkinteger(L, 1);
        if (hi == 0) { /* math.random(0): all bits */
            lua_pushinteger(L, (lua_Integer)rng_next(rng));
            return 1;
        }
        break;
    case 2:
        lo = luaL_checkinteger(L, 1);
        hi = luaL_checkinteger(L, 2);
        break;
    default:
        return luaL_error(L, "random takes at most 2 arguments");
    }
    luaL_argcheck(L, lo <= hi, lua_gettop(L), "interval is empty");
    lua_pushinteger(L, (lua_Integer)rng_between(rng, (int64_t)lo, (int64_t)hi));
    return 1;
}

/* ---- the whitelist ------------------------------------------------------------- */

typedef struct {
    const char *name;          /* the global; "_G" is the base library */
    lua_CFunction open;
    const char *const *keep;   /* every field a scenario may use */
} SandboxLibrary;

static const char *const base_keep[] = {
    "assert", "collectgarbage", "error", "getmetatable", "ipairs", "next", "pairs", "pcall",
    "print", "rawequal", "rawget", "rawlen", "rawset", "select", "setmetatable", "tonumber",
    "tostring", "type", "xpcall", "_G", "_VERSION",
    "string", "table", "math", "utf8", "coroutine", NULL}; /* the libraries below */
static const char *const string_keep[] = {
    "byte", "char", "find", "format", "gmatch", "gsub", "len", "lower", "match", "pack",
    "packsize", "rep", "reverse", "sub", "unpack", "upper", NULL}; /* no dump */
static const char *const table_keep[] = {
    "concat", "insert", "move", "pack", "remove", "sort", "unpack", NULL};
static const char *const math_keep[] = {
    "abs", "acos", "asin", "atan", "ceil", "cos", "deg", "exp", "floor", "fmod", "huge", "log",
    "max", "maxinteger", "min", "mininteger", "modf", "pi", "rad", "random", "sin", "sqrt",
    "tan", "tointeger", "type", "ult", NULL}; /* no randomseed */
static const char *const utf8_keep[] = {
    "char", "charpattern", "codepoint", "codes", "len", "offset", NULL};
static const char *const coroutine_keep[] = {
    "close", "create", "isyieldable", "resume", "running", "status", "wrap", "yield", NULL};

/* Like Lua's linit.c: the libraries a scenario sees. No io, os, debug, package,
 * load, loadfile, dofile or require. */
static const SandboxLibrary sandbox_libraries[] = {
    {"_G", luaopen_base, base_keep},
    {"string", luaopen_string, string_keep},
    {"table", luaopen_table, table_keep},
    {"math", luaopen_math, math_keep},
    {"utf8", luaopen_utf8, utf8_keep},
    {"coroutine", luaopen_coroutine, coroutine_keep},
};

typedef enum { REPLACE, WRAP, CHARGE } SandboxHow;

typedef struct {
    const char *library, *name;
    SandboxHow how;            /* WRAP and CHARGE keep the original as upvalue 1 */
    lua_CFunction function;    /* for REPLACE and WRAP */
} SandboxOverride;

static const SandboxOverride sandbox_overrides[] = {
    {"_G", "pcall", WRAP, sandbox_protected},
    {"_G", "xpcall", WRAP, sandbox_protected},
    {"coroutine", "resume", WRAP, sandbox_protected},
    {"coroutine", "close", WRAP, sandbox_protected},
    {"_G", "setmetatable", WRAP, sandbox_setmetatable},
    {"_G", "collectgarbage", REPLACE, sandbox_collectgarbage},
    {"_G", "print", REPLACE, sandbox_print},
    {"math", "random", REPLACE, sandbox_random},
    {NULL, NULL, CHARGE, NULL}, /* and every entry of sandbox_costs */
};

static bool sandbox_listed(const char *const *list, const char *name)
{
    for (; *list; list++)
        if (strcmp(*list, name) == 0)
            return true;
    return false;
}

/* Leaves on the stack a new table holding only the kept fields of the table at `index`. */
static void sandbox_copy_kept(lua_State *L, int index, const char *const *keep)
{
    index = lua_absindex(L, index);
    lua_newtable(L);
    for (; *keep; keep++) {
        lua_getfield(L, index, *keep);
        lua_setfield(L, -2, *keep);
    }
}

/* Replaces library.name with `function`, giving it the original as upvalue 1
 * (and `extra` as upvalue 2 when not nil). */
static void sandbox_override(lua_State *L, const char *library, const char *name,
                             SandboxHow how, lua_CFunction function, int cost_index)
{
    lua_getglobal(L, library);           /* library table */
    if (how == REPLACE) {
        lua_pushcfunction(L, function);
    } else {
        lua_getfield(L, -1, name);       /* the original */
        if (how == CHARGE) {
            lua_pushinteger(L, cost_index);
            lua_pushcclosure(L, sandbox_charged, 2);
        } else {
            lua_pushcclosure(L, function, 1);
        }
    }
    lua_setfield(L, -2, name);
    lua_pop(L, 1);                       /* library table */
}

static int sandbox_open_libraries(lua_State *L)
{
    for (size_t i = 0; i < sizeof sandbox_libraries / sizeof *sandbox_libraries; i++) {
        const SandboxLibrary *lib = &sandbox_libraries[i];
        luaL_requiref(L, lib->name, lib->open, 0); /* the module, also in _LOADED */
        if (strcmp(lib->name, "_G") == 0) {
            /* Error messages name library functions by finding them in
             * _LOADED, so that keeps the originals; scenarios never see it. */
            lua_newtable(L);
            lua_pushnil(L);
            while (lua_next(L, -3)) {
                lua_pushvalue(L, -2);
                lua_insert(L, -2);
                lua_rawset(L, -4);
            }
            luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
            lua_insert(L, -2);
            lua_setfield(L, -2, "_G");   /* _LOADED._G = copy of the originals */
            lua_pop(L, 2);               /* _LOADED, module */
        } else {
            sandbox_copy_kept(L, -1, lib->keep);
            lua_setglobal(L, lib->name); /* the scenario's view */
            lua_pop(L, 1);               /* module */
        }
    }
    /* Drop every global not on the base list (load, dofile, require, ...). */
    lua_pushglobaltable(L);
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        lua_pop(L, 1);                   /* value */
        if (lua_type(L, -1) != LUA_TSTRING || !sandbox_listed(base_keep, lua_tostring(L, -1))) {
            lua_pushvalue(L, -1);
            lua_pushnil(L);
            lua_rawset(L, -4);           /* clearing a field during traversal is allowed */
        }
    }
    lua_pop(L, 1);                       /* globals */

    for (const SandboxOverride *o = sandbox_overrides; o->library; o++)
        sandbox_override(L, o->library, o->name, o->how, o->function, 0);
    for (size_t i = 0; i < sizeof sandbox_costs / sizeof *sandbox_costs; i++) {
        char library[16];
        const char *dot = strchr(sandbox_costs[i].name, '.');
        snprintf(library, sizeof library, "%.*s", (int)(dot - sandbox_costs[i].name), sandbox_costs[i].name);
        sandbox_override(L, library, dot + 1, CHARGE, NULL, (int)i);
    }

    /* Strings share one metatable: point it at the scenario's string table and
     * hide it, so no scenario can reach or change it. */
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_getglobal(L, "string");
    lua_setfield(L, -2, "__index");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);                       /* metatable, "" */
    return 0;
}

/* ---- life cycle ---------------------------------------------------------------- */

/* Only the engine's own glue runs unprotected, and it stays small; reaching
 * here is a bug in leadsim, not in a scenario. */
static int sandbox_panic(lua_State *L)
{
    fprintf(stderr, "leadsim: internal error outside a protected call: %s\n",
            lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "(no message)");
    abort();
}

Sandbox *sandbox_new(const char *path)
{
    Sandbox *sb = calloc(1, sizeof *sb);
    if (sb == NULL)
        return NULL;
    sb->path = strdup(path);
    sb->L = lua_newstate(sandbox_alloc, sb);
    if (sb->path == NULL || sb->L == NULL) {
        sandbox_free(sb);
        return NULL;
    }
    *(Sandbox **)lua_getextraspace(sb->L) = sb;
    lua_atpanic(sb->L, sandbox_panic);
    rng_seed(&sb->rng, 0);
    lua_pushcfunction(sb->L, sandbox_open_libraries);
    if (lua_pcall(sb->L, 0, 0, 0) != LUA_OK) {
        sandbox_free(sb);
        return NULL;
    }
    lua_sethook(sb->L, sandbox_hook, LUA_MASKCOUNT, HOOK_STEP);
    lua_gc(sb->L, LUA_GCGEN, 0, 0); /* playthroughs make short-lived garbage */
    lua_pushcfunction(sb->L, sandbox_message_handler); /* stays at HANDLER_SLOT for good */
    return sb;
}

void sandbox_free(Sandbox *sb)
{
    if (sb == NULL)
        return;
    if (sb->L)
        lua_close(sb->L);
    free(sb->path);
    free(sb);
}

lua_State *sandbox_lua(Sandbox *sb) { return sb->L; }
const char *sandbox_path(const Sandbox *sb) { return sb->path; }
const char *sandbox_error(const Sandbox *sb) { return sb->error; }
const char *sandbox_error_message(const Sandbox *sb) { return sb->error_message; }
int sandbox_error_line(const Sandbox *sb) { return sb->error_line; }
size_t sandbox_memory_used(const Sandbox *sb) { return sb->used; }
long long sandbox_work_done(const Sandbox *sb) { return sb->budget_total - sb->budget; }
void sandbox_seed(Sandbox *sb, uint64_t seed) { rng_seed(&sb->rng, seed); }

void sandbox_push_random(Sandbox *sb) { lua_pushcfunction(sb->L, sandbox_random); }

/* ---- running code ---------------------------------------------------------------- */

static void sandbox_set_error(Sandbox *sb, int line, const char *message)
{
    sb->error_line = line;
    if (message != sb->error_message)
        snprintf(sb->error_message, sizeof sb->error_message, "%s", message);
    if (line > 0)
        snprintf(sb->error, sizeof sb->error, "%s:%d: %s", sb->path, line, sb->error_message);
    else
        snprintf(sb->error, sizeof sb->error, "%s: %s", sb->path, sb->error_message);
}

/* Function and arguments on the stack; runs them under `budget`. */
static int sandbox_protected_run(Sandbox *sb, int nargs, int nresults, long long budget)
{
    lua_State *L = sb->L;
    int function = lua_gettop(L) - nargs;
    sb->budget = sb->budget_total = budget;
    sb->pattern_work = PATTERN_WORK_LIMIT;
    sb->deadline = 0;                    /* set by the first hook: short calls never read the clock */
    sb->tripped = false;
    sb->printed = 0;
    sb->last_line = 0;
    sb->armed = true;
    int status = lua_pcall(L, nargs, nresults, HANDLER_SLOT);
    sb->armed = false;
    sb->in_handler = false;
    if (status == LUA_OK)
        return 0;
    if (status == LUA_ERRMEM) {
        /* Memory errors skip the handler; the hook's last line is the best guess. */
        sandbox_set_error(sb, sb->trip_line ? sb->trip_line : sb->last_line,
                          sb->tripped ? sb->trip_message : "out of memory");
    } else if (status == LUA_ERRERR) {
        sandbox_set_error(sb, sb->last_line, sb->tripped ? sb->trip_message
                                                       : "error while reporting an error");
    } else {
        sandbox_set_error(sb, sb->error_line, sb->error_message);
    }
    lua_settop(L, function - 1);         /* drop the error value */
    if (sb->used > SANDBOX_MEMORY_LIMIT / 2)
        lua_gc(L, LUA_GCCOLLECT); /* leave a failed call's garbage behind */
    return -1;
}

int sandbox_call(Sandbox *sb, int nargs, int nresults)
{
    return sandbox_protected_run(sb, nargs, nresults, SANDBOX_CALL_BUDGET);
}

int sandbox_run_string(Sandbox *sb, const char *source, size_t length)
{
    if (length >= 3 && memcmp(source, "\xEF\xBB\xBF", 3) == 0) { /* UTF-8 byte order mark */
        source += 3;
        length -= 3;
    }
    if (length > 0 && source[0] == LUA_SIGNATURE[0]) {
        sandbox_set_error(sb, 1, "this is precompiled Lua (bytecode); scenarios must be source text");
        return -1;
    }
    sb->armed = true; /* the parser's memory counts too */
    sb->tripped = false;
    int status = luaL_loadbufferx(sb->L, source, length, "=" SANDBOX_CHUNK, "t");
    sb->armed = false;
    if (status != LUA_OK) {
        const char *message = status == LUA_ERRMEM ? sb->trip_message : lua_tostring(sb->L, -1);
        int line = 0;
        const char *prefix = SANDBOX_CHUNK ":";
        if (strncmp(message, prefix, strlen(prefix)) == 0) {
            char *end;
            line = (int)strtol(message + strlen(prefix), &end, 10);
            message = end[0] == ':' ? end + 1 + (end[1] == ' ') : message;
        }
        sandbox_set_error(sb, line, message);
        lua_pop(sb->L, 1);
        return -1;
    }
    lua_sethook(sb->L, sandbox_hook, LUA_MASKCOUNT | LUA_MASKLINE, HOOK_STEP);
    int result = sandbox_protected_run(sb, 0, 0, SANDBOX_LOAD_BUDGET);
    lua_sethook(sb->L, sandbox_hook, LUA_MASKCOUNT, HOOK_STEP);
    return result;
}

int sandbox_run_file(Sandbox *sb)
{
    FILE *f = fopen(sb->path, "rb");
    if (f == NULL) {
        sandbox_set_error(sb, 0, "cannot open the file");
        return -1;
    }
    char *source = malloc(SANDBOX_FILE_LIMIT + 1);
    size_t length = source ? fread(source, 1, SANDBOX_FILE_LIMIT + 1, f) : 0;
    bool failed = ferror(f) || source == NULL;
    fclose(f);
    int result = -1;
    if (failed)
        sandbox_set_error(sb, 0, "cannot read the file");
    else if (length > SANDBOX_FILE_LIMIT)
        sandbox_set_error(sb, 0, "the file is larger than a scenario may be (4 MB)");
    else
        result = sandbox_run_string(sb, source, length);
    free(source);
    return result;
}
