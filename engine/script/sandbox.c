/* sandbox: one locked-down Lua state per scenario file; the mechanism that
 * applies sandbox_policy.c.
 *
 * Limits keep a scenario from hanging or crashing the game:
 *   1. an instruction budget per call, counted by a hook every HOOK_STEP
 *      instructions and reset at each call; pcall, xpcall and coroutine.resume
 *      are wrapped so that once it trips, the error keeps propagating;
 *   2. total budgets (a playthrough, a check or explore run) that each call
 *      draws from, so many calls just under the limit still end;
 *   3. charges against the budget, before they run, for library functions
 *      whose work grows with their arguments (the policy's CHARGE rows);
 *   4. a memory cap, and a cap on any one block, so that no single instruction
 *      (a concatenation, a string comparison) can take long;
 *   5. a time net: past it, a call is an error even when it finished. */
#include "sandbox.h"
#include "sandbox_policy.h"
#include "rng.h"
#include "visible.h"

#include <lauxlib.h>
#include <lualib.h>
#include <math.h>
#include <stdbool.h>
#include <stdarg.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define SANDBOX_CHUNK      "scenario"   /* Lua's name for the chunk; messages get the path instead */
#define HOOK_STEP          1000         /* instructions between two budget checks */
#define HANDLER_RESERVE    (256u << 10) /* extra bytes the error handler may use to report */
#define ENGINE_RESERVE     (16u << 20)  /* extra bytes for the engine's glue between calls: enough
                                           to grow any one table a scenario made (its parts are at
                                           most SANDBOX_BLOCK_LIMIT) twice over; bigger work runs
                                           under sandbox_protect */
#define HOLD_MARGIN        (4u << 20)   /* copies may pass the cap by this much, no more */
#define PRINT_LIMIT        (64u << 10)  /* bytes print may write in a sandbox's life */
#define CLOCK_CHARGE       4096         /* a charge this large also looks at the clock */
#define CALL_MINIMUM       20           /* what any call costs the totals, however short */
#define SWITCH_COST        100          /* a protected call or a coroutine switch, in instructions */
#define HANDLER_SLOT       1            /* the message handler lives here; callers push above it */
#define LIMIT_CALL         (-1)         /* the call's own budget bounds it, not a total */

typedef struct {
    long long left, total;
    bool active;
} SandboxTotalState;

struct Sandbox {
    lua_State *L;
    char *path;
    size_t used;              /* bytes held by the state */
    size_t held;              /* bytes of copies the engine keeps for the scenario (sandbox_hold) */
    bool hold_refused;        /* sandbox_hold has said no before */
    bool in_handler;          /* the error handler is running: allow the reserve */
    bool armed;               /* inside sandbox_run or sandbox_call */
    int shielded;             /* inside sandbox_protect (nested calls count) */
    long long budget;         /* instructions left in this call */
    long long budget_start;   /* what it started with */
    long long budget_call;    /* the call's own budget, when no total is smaller */
    int limit;                /* LIMIT_CALL or the SandboxTotal that bounds this call */
    SandboxTotalState totals[SANDBOX_TOTALS];
    double started;           /* wall clock at the first hook or large charge of this call; 0 before */
    double cpu_mark;          /* CPU clock once half the time had passed; 0 before */
    bool tripped;             /* a limit was hit; the error must reach the top */
    int trip_line;
    char trip_message[320];
    int last_line;            /* the line the hook last saw running */
    size_t printed;
    Rng rng;
    int error_line;
    char error_message[1024];
    char error[1280];
};

/* Bytes any state grew by outside every protected call, since it was made:
 * such growth aborts when it fails, so the engine must never do it (a test
 * holds this at 0 across the library). Atomic: the window loads on threads. */
static _Atomic size_t unprotected_growth;

static Sandbox *sandbox_of(lua_State *L) { return *(Sandbox **)lua_getextraspace(L); }

static double sandbox_clock(clockid_t which)
{
    struct timespec ts;
    clock_gettime(which, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double sandbox_now(void) { return sandbox_clock(CLOCK_MONOTONIC); }

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
        if (!sb->armed && sb->shielded == 0)
            unprotected_growth += nsize - old;
        /* The engine's own glue between calls gets headroom, so it never
         * fails where no error can be caught. */
        size_t limit = SANDBOX_MEMORY_LIMIT + (sb->in_handler ? HANDLER_RESERVE : 0) +
                       (sb->armed ? 0 : ENGINE_RESERVE);
        bool too_big = nsize > SANDBOX_BLOCK_LIMIT && sb->armed && !sb->in_handler;
        if (too_big || sb->used + sb->held - old + nsize > limit) {
            /* Refusing growth raises a Lua memory error; the trip makes sure
             * no pcall swallows it. Shrinking is never refused. */
            if (sb->armed && !sb->tripped) {
                sb->tripped = true;
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

/* Whether some scenario function on the stack is at `line`: a "scenario:N:"
 * prefix is Lua's own only then, and a scenario cannot forge its line. */
static bool sandbox_line_on_stack(lua_State *L, long line)
{
    lua_Debug ar;
    for (int level = 0; lua_getstack(L, level, &ar); level++)
        if (lua_getinfo(L, "Sl", &ar) && ar.currentline == line &&
            strcmp(ar.source, "=" SANDBOX_CHUNK) == 0)
            return true;
    return false;
}

/* Raise the trip as an error. Every pcall wrapper re-raises it until it
 * reaches the call from C. */
static int sandbox_raise_trip(lua_State *L, Sandbox *sb)
{
    if (sb->trip_line == 0)
        sb->trip_line = sandbox_line_from(L, 0);
    lua_pushstring(L, sb->trip_message);
    return lua_error(L);
}

static void sandbox_set_trip(Sandbox *sb, int line, const char *fmt, va_list ap)
{
    vsnprintf(sb->trip_message, sizeof sb->trip_message, fmt, ap);
    sb->tripped = true;
    sb->trip_line = line;
}

static int sandbox_trip(lua_State *L, Sandbox *sb, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sandbox_set_trip(sb, line, fmt, ap);
    va_end(ap);
    return sandbox_raise_trip(L, sb);
}

void sandbox_refuse(lua_State *L, const char *fmt, ...)
{
    Sandbox *sb = sandbox_of(L);
    va_list ap;
    va_start(ap, fmt);
    sandbox_set_trip(sb, sandbox_line_from(L, 1), fmt, ap);
    va_end(ap);
    sandbox_raise_trip(L, sb);
}

/* ---- budgets ---------------------------------------------------------------- */

static const char *const total_names[SANDBOX_TOTALS] = {
    "this playthrough", "this check or explore run"};

/* Raises the error for the budget that ran out: the call's own or a total. */
static void sandbox_overrun(lua_State *L, Sandbox *sb, int line, const char *what, const char *hint)
{
    if (sb->limit == LIMIT_CALL && what == NULL) {
        sandbox_trip(L, sb, line, "this code ran more than %lld instructions without finishing; "
                     "is there an endless loop?", sb->budget_call);
    } else if (sb->limit == LIMIT_CALL) {
        sandbox_trip(L, sb, line, "%s would need more work than a scenario call may do (%lld instructions)%s",
                     what, sb->budget_call, hint ? hint : "");
    } else {
        sandbox_trip(L, sb, line, "%s%s%s ran more than %lld instructions in all, the total budget it has; "
                     "does the story loop back on itself, or do its functions do too much work?",
                     what ? what : "", what ? " needs more than is left: " : "",
                     total_names[sb->limit], sb->totals[sb->limit].total);
    }
}

/* The time net. The first look starts it (the first hook or large charge:
 * reading a clock at every call would cost more than most calls). Half the
 * time on the wall clock, which is cheap to read; then half in CPU time, so
 * that a busy machine does not trip it early; ten times it on the wall, whatever
 * the CPU says. Returns whether the call is over its time. */
static bool sandbox_over_time(Sandbox *sb, bool final)
{
    double now = sandbox_now();
    if (sb->started == 0) {
        sb->started = now;
        return false;
    }
    double elapsed = now - sb->started;
    if (elapsed <= SANDBOX_SECONDS / 2)
        return false;
    if (final && sb->cpu_mark == 0)
        return elapsed > SANDBOX_SECONDS; /* one long stretch in C, with no look in between */
    double cpu = sandbox_clock(CLOCK_THREAD_CPUTIME_ID);
    if (sb->cpu_mark == 0)
        sb->cpu_mark = cpu;
    return cpu - sb->cpu_mark > SANDBOX_SECONDS / 2 || elapsed > 10 * SANDBOX_SECONDS;
}

static void sandbox_check_clock(lua_State *L, Sandbox *sb)
{
    if (sandbox_over_time(sb, false))
        sandbox_trip(L, sb, sb->last_line,
                     "this code ran for more than %.0f second without finishing; is there an endless loop?",
                     SANDBOX_SECONDS);
}

void sandbox_charge(lua_State *L, double instructions, const char *what, const char *hint)
{
    Sandbox *sb = sandbox_of(L);
    if (!sb->armed || instructions <= 0)
        return;
    if (sb->tripped)
        sandbox_raise_trip(L, sb);
    if (!(instructions <= (double)sb->budget)) { /* NaN too */
        /* A small charge that tips the budget over is one more step of a long loop. */
        bool step = instructions < CLOCK_CHARGE;
        sandbox_overrun(L, sb, sandbox_line_from(L, 1), step ? NULL : what, step ? NULL : hint);
    }
    sb->budget -= (long long)instructions;
    if (instructions >= CLOCK_CHARGE)
        sandbox_check_clock(L, sb);
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
        sandbox_overrun(L, sb, sb->last_line, NULL, NULL);
    sandbox_check_clock(L, sb);
}

/* Copies the engine keeps count against the same cap as Lua's own memory, so
 * 100 references to one 4 MB string cannot become 400 MB of copies; the time
 * to make them comes out of the total budgets. */
int sandbox_hold(lua_State *L, size_t bytes)
{
    Sandbox *sb = sandbox_of(L);
    if (bytes > SANDBOX_MEMORY_LIMIT || sb->used + sb->held + bytes > SANDBOX_MEMORY_LIMIT + HOLD_MARGIN) {
        int first = sb->hold_refused ? -2 : -1;
        sb->hold_refused = true;
        return first;
    }
    sb->held += bytes;
    for (int t = 0; t < SANDBOX_TOTALS; t++)
        if (sb->totals[t].active)
            sb->totals[t].left -= (long long)(bytes / 4); /* copying (into fresh pages) takes time too */
    return 0;
}

void sandbox_release(lua_State *L, size_t bytes)
{
    Sandbox *sb = sandbox_of(L);
    sb->held -= bytes < sb->held ? bytes : sb->held;
}

void sandbox_set_total_budget(Sandbox *sb, SandboxTotal which, long long instructions)
{
    sb->totals[which] = (SandboxTotalState){instructions, instructions, instructions > 0};
}

long long sandbox_total_left(const Sandbox *sb, SandboxTotal which)
{
    return sb->totals[which].active ? sb->totals[which].left : -1;
}

/* Sets this call's budget: its own, or what is left of a smaller total. */
static void sandbox_budget_begin(Sandbox *sb, long long budget)
{
    sb->budget_call = budget;
    sb->limit = LIMIT_CALL;
    for (int t = 0; t < SANDBOX_TOTALS; t++)
        if (sb->totals[t].active && sb->totals[t].left < budget) {
            budget = sb->totals[t].left;
            sb->limit = t;
        }
    sb->budget = sb->budget_start = budget;
}

static void sandbox_budget_end(Sandbox *sb)
{
    long long used = sb->budget_start - (sb->budget > 0 ? sb->budget : 0) + CALL_MINIMUM;
    for (int t = 0; t < SANDBOX_TOTALS; t++)
        if (sb->totals[t].active)
            sb->totals[t].left -= used;
}

/* ---- errors ----------------------------------------------------------------- */

/* Takes Lua's own "scenario:LINE: " off a message, setting *line, when some
 * scenario function on the stack is at that line (L may be NULL: trust it). */
static const char *sandbox_strip_position(lua_State *L, const char *text, int *line)
{
    const char *prefix = SANDBOX_CHUNK ":";
    size_t prefix_len = strlen(prefix);
    if (strncmp(text, prefix, prefix_len) != 0)
        return text;
    char *end;
    long n = strtol(text + prefix_len, &end, 10);
    if (end == text + prefix_len || end[0] != ':' || n <= 0 || n > 1000000000L)
        return text;
    if (L != NULL && !sandbox_line_on_stack(L, n))
        return text;
    *line = (int)n;
    return end + 1 + (end[1] == ' ');
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
        text = sandbox_strip_position(L, text, &line);
        if (line == 0)
            line = sandbox_line_from(L, 1);
    }
    sb->error_line = line;
    snprintf(sb->error_message, sizeof sb->error_message, "%s", text);
    lua_pushstring(L, sb->error_message);
    sb->in_handler = false; /* __close handlers run next, under the usual limits */
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

/* Wraps pcall, xpcall, coroutine.resume and coroutine.close (upvalue 1). Each
 * costs the C work of a protected call or a switch of coroutines, far more than
 * the few instructions a loop around it counts. */
int sandbox_protected(lua_State *L)
{
    sandbox_charge(L, SWITCH_COST, "a protected call", NULL);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_callk(L, lua_gettop(L) - 1, LUA_MULTRET, 0, sandbox_after_protected);
    return sandbox_after_protected(L, LUA_OK, 0);
}

/* A function made by coroutine.wrap (upvalue 1), charged like resume. */
static int sandbox_wrapped_call(lua_State *L)
{
    sandbox_charge(L, SWITCH_COST, "a coroutine", NULL);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* coroutine.wrap (upvalue 1), whose functions resume without passing through resume. */
int sandbox_coroutine_wrap(lua_State *L)
{
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    lua_pushcclosure(L, sandbox_wrapped_call, 1);
    return 1;
}

/* Calls the original library function (upvalue 1) with this call's arguments. */
static int sandbox_call_original(lua_State *L)
{
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* A CHARGE row: upvalue 2 is its index in the policy. */
static int sandbox_charged(lua_State *L)
{
    const PolicyRow *row = &sandbox_policy[lua_tointeger(L, lua_upvalueindex(2))];
    double cost = row->cost(L);
    Sandbox *sb = sandbox_of(L);
    if (sb->armed && !sb->tripped && cost >= 0 && cost < CLOCK_CHARGE && cost <= (double)sb->budget) {
        sb->budget -= (long long)cost;   /* the usual case: small, and no name to format */
    } else if (cost > 0) {
        char what[64];
        if (strcmp(row->table, POLICY_GLOBALS) == 0)
            snprintf(what, sizeof what, "%s", row->name);
        else if (strcmp(row->table, POLICY_STRING_META) == 0)
            snprintf(what, sizeof what, "arithmetic on a string");
        else
            snprintf(what, sizeof what, "%s.%s", row->table, row->name);
        sandbox_charge(L, cost, what, NULL);
    }
    return sandbox_call_original(L);
}

/* ---- replacements ------------------------------------------------------------ */

int sandbox_setmetatable(lua_State *L)
{
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, "__gc metamethods are not allowed in scenarios");
        lua_pop(L, 1); /* __gc */
    }
    return sandbox_call_original(L);
}

int sandbox_collectgarbage(lua_State *L)
{
    const char *option = luaL_optstring(L, 1, "collect");
    if (strcmp(option, "count") != 0)
        return luaL_error(L, "collectgarbage(\"%s\") is not available in scenarios; only \"count\" is", option);
    lua_pushnumber(L, (lua_Number)sandbox_of(L)->used / 1024.0);
    return 1;
}

/* print writes to stderr, marked with the line, so a designer can trace; what
 * it writes is bounded, and shows control characters instead of sending them. */
int sandbox_print(lua_State *L)
{
    Sandbox *sb = sandbox_of(L);
    int n = lua_gettop(L);
    if (sb->printed >= PRINT_LIMIT)
        return 0;
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
    size_t room = PRINT_LIMIT - sb->printed;
    char *shown = visible_copy(text, len < room ? len : room, false);
    int written = fprintf(stderr, "%s:%d: print: %s\n", sb->path, sandbox_line_from(L, 1), shown ? shown : "");
    free(shown);
    sb->printed += written > 0 ? (size_t)written : len + 1;
    if (sb->printed >= PRINT_LIMIT)
        fprintf(stderr, "%s: print: further output is not shown (%u KB at most)\n", sb->path,
                PRINT_LIMIT >> 10);
    return 0;
}

int sandbox_random(lua_State *L)
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

/* ---- applying the policy ------------------------------------------------------ */

/* Pushes the table a row's name goes into: the globals, a library, or the string metatable. */
static void sandbox_push_target(lua_State *L, int env, int meta, const char *table)
{
    if (strcmp(table, POLICY_GLOBALS) == 0)
        lua_pushvalue(L, env);
    else if (strcmp(table, POLICY_STRING_META) == 0)
        lua_pushvalue(L, meta);
    else
        lua_getfield(L, env, table);
}

/* Pushes the original value of a row's name, as Lua's libraries define it. */
static void sandbox_push_original(lua_State *L, int loaded, int old_meta, const PolicyRow *row)
{
    if (strcmp(row->table, POLICY_STRING_META) == 0) {
        lua_getfield(L, old_meta, row->name);
    } else {
        lua_getfield(L, loaded, row->table);
        lua_getfield(L, -1, row->name);
        lua_remove(L, -2);               /* the library */
    }
}

/* Pushes the value a scenario sees for policy row i. */
static void sandbox_push_value(lua_State *L, int env, int loaded, int old_meta, size_t i)
{
    const PolicyRow *row = &sandbox_policy[i];
    switch (row->how) {
    case POLICY_LIBRARY:
        lua_newtable(L);                 /* filled by the rows that name it */
        break;
    case POLICY_KEEP:
        sandbox_push_original(L, loaded, old_meta, row);
        break;
    case POLICY_WRAP:
        sandbox_push_original(L, loaded, old_meta, row);
        lua_pushcclosure(L, row->function, 1);
        break;
    case POLICY_REPLACE:
        lua_pushcfunction(L, row->function);
        break;
    case POLICY_CHARGE:
        sandbox_push_original(L, loaded, old_meta, row);
        lua_pushinteger(L, (lua_Integer)i);
        lua_pushcclosure(L, sandbox_charged, 2);
        break;
    case POLICY_ENV:                     /* _G, or the string metatable's __index */
        if (strcmp(row->table, POLICY_GLOBALS) == 0)
            lua_pushvalue(L, env);
        else
            lua_getfield(L, env, "string");
        break;
    case POLICY_FALSE:
        lua_pushboolean(L, 0);
        break;
    }
}

/* Opens each library into the registry (error messages name functions from
 * there), then builds the scenario's globals and the string metatable from the
 * policy alone: a name without a row is simply never copied. */
static int sandbox_open_libraries(lua_State *L)
{
    for (size_t i = 0; i < sandbox_policy_count; i++)
        if (sandbox_policy[i].how == POLICY_LIBRARY) {
            luaL_requiref(L, sandbox_policy[i].name, sandbox_policy[i].function, 0);
            lua_pop(L, 1);               /* the module, kept in _LOADED */
        }
    luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
    int loaded = lua_gettop(L);
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    int old_meta = lua_gettop(L);
    lua_newtable(L);
    int env = lua_gettop(L);
    lua_newtable(L);
    int meta = lua_gettop(L);
    for (size_t i = 0; i < sandbox_policy_count; i++) {
        const PolicyRow *row = &sandbox_policy[i];
        if (row->how == POLICY_LIBRARY && strcmp(row->name, POLICY_GLOBALS) == 0)
            continue;                    /* the globals are env itself */
        sandbox_push_target(L, env, meta, row->how == POLICY_LIBRARY ? POLICY_GLOBALS : row->table);
        sandbox_push_value(L, env, loaded, old_meta, i);
        lua_setfield(L, -2, row->name);
        lua_pop(L, 1);                   /* the target */
    }
    lua_pushliteral(L, "");
    lua_pushvalue(L, meta);
    lua_setmetatable(L, -2);             /* every string's, from now on */
    lua_pop(L, 1);                       /* "" */
    lua_pushvalue(L, env);
    lua_rawseti(L, LUA_REGISTRYINDEX, LUA_RIDX_GLOBALS); /* what every chunk gets as _ENV */
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
    sb->shielded = 1; /* making the state fails with NULL, never an abort */
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
    sb->shielded = 0;
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
size_t sandbox_unprotected_growth(void) { return unprotected_growth; }

size_t sandbox_memory_used(const Sandbox *sb) { return sb->used; }
long long sandbox_work_done(const Sandbox *sb) { return sb->budget_start - sb->budget; }
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

/* The error of a call that ended with `status` (not LUA_OK). */
static void sandbox_failed(Sandbox *sb, int status)
{
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
}

/* Function and arguments on the stack; runs them under `budget` (and the totals). */
static int sandbox_protected_run(Sandbox *sb, int nargs, int nresults, long long budget, int hook_mask)
{
    lua_State *L = sb->L;
    int function = lua_gettop(L) - nargs;
    sandbox_budget_begin(sb, budget);
    if (sb->budget <= 0) {               /* a total ran out before this call */
        char message[320];
        lua_settop(L, function - 1);
        snprintf(message, sizeof message,
                 "%s ran more than %lld instructions in all, the total budget it has; "
                 "does the story loop back on itself, or do its functions do too much work?",
                 total_names[sb->limit], sb->totals[sb->limit].total);
        sandbox_set_error(sb, 0, message);
        return -1;
    }
    sb->started = sb->cpu_mark = 0;
    sb->tripped = false;
    sb->last_line = 0;
    sb->armed = true;
    if (hook_mask != LUA_MASKCOUNT)      /* line events only while a file's top level runs */
        lua_sethook(L, sandbox_hook, hook_mask, HOOK_STEP);
    int status = lua_pcall(L, nargs, nresults, HANDLER_SLOT);
    if (hook_mask != LUA_MASKCOUNT)
        lua_sethook(L, sandbox_hook, LUA_MASKCOUNT, HOOK_STEP);
    sb->armed = false;
    sb->in_handler = false;
    sandbox_budget_end(sb);
    if (status == LUA_OK && sb->started != 0 && sandbox_over_time(sb, true)) {
        /* It finished, but late: a deadline that passed is an error, never a silent pass. */
        snprintf(sb->trip_message, sizeof sb->trip_message,
                 "this code ran for more than %.0f second; is there an endless loop?", SANDBOX_SECONDS);
        sandbox_set_error(sb, sb->last_line, sb->trip_message);
        lua_settop(L, function - 1);
        return -1;
    }
    if (status == LUA_OK)
        return 0;
    sandbox_failed(sb, status);
    lua_settop(L, function - 1);         /* drop the error value */
    if (sb->used > SANDBOX_MEMORY_LIMIT / 2)
        lua_gc(L, LUA_GCCOLLECT); /* leave a failed call's garbage behind */
    return -1;
}

int sandbox_protect(Sandbox *sb, lua_CFunction glue, void *ud)
{
    lua_State *L = sb->L;
    int top = lua_gettop(L);
    lua_pushcfunction(L, glue);
    lua_pushlightuserdata(L, ud);
    sb->shielded++;
    int status = lua_pcall(L, 1, 0, 0);
    sb->shielded--;
    if (status == LUA_OK)
        return 0;
    char message[256];
    snprintf(message, sizeof message, "out of memory: this scenario holds so much that leadsim cannot %s "
             "within the %u MB a scenario may use; make it smaller",
             status == LUA_ERRMEM ? "do its own work" : "go on", SANDBOX_MEMORY_LIMIT >> 20);
    sandbox_set_error(sb, 0, message);
    lua_settop(L, top);
    return -1;
}

int sandbox_call(Sandbox *sb, int nargs, int nresults)
{
    return sandbox_protected_run(sb, nargs, nresults, SANDBOX_CALL_BUDGET, LUA_MASKCOUNT);
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
        int line = 0;
        const char *message = status == LUA_ERRMEM ? sb->trip_message : lua_tostring(sb->L, -1);
        message = sandbox_strip_position(NULL, message, &line);
        sandbox_set_error(sb, line, message);
        lua_pop(sb->L, 1);
        return -1;
    }
    /* Line events keep last_line exact while the top level runs. */
    return sandbox_protected_run(sb, 0, 0, SANDBOX_LOAD_BUDGET, LUA_MASKCOUNT | LUA_MASKLINE);
}

/* Reads a regular file of at most SANDBOX_FILE_LIMIT bytes; a FIFO or a device
 * would block or never end, so they are refused before reading. */
static char *sandbox_read_source(Sandbox *sb, size_t *length)
{
    int fd = open(sb->path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    struct stat st;
    if (fd < 0) {
        sandbox_set_error(sb, 0, "cannot open the file");
        return NULL;
    }
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        sandbox_set_error(sb, 0, "this is not a regular file; a scenario must be a .lua text file");
        return NULL;
    }
    char *source = malloc(SANDBOX_FILE_LIMIT + 1);
    size_t total = 0;
    ssize_t got = 1;
    while (source && total <= SANDBOX_FILE_LIMIT && got > 0) {
        got = read(fd, source + total, SANDBOX_FILE_LIMIT + 1 - total);
        total += got > 0 ? (size_t)got : 0;
    }
    close(fd);
    if (source == NULL || got < 0) {
        sandbox_set_error(sb, 0, "cannot read the file");
    } else if (total > SANDBOX_FILE_LIMIT) {
        sandbox_set_error(sb, 0, "the file is larger than a scenario may be (4 MB); make it smaller");
    } else {
        *length = total;
        return source;
    }
    free(source);
    return NULL;
}

int sandbox_run_file(Sandbox *sb)
{
    size_t length = 0;
    char *source = sandbox_read_source(sb, &length);
    if (source == NULL)
        return -1;
    int result = sandbox_run_string(sb, source, length);
    free(source);
    return result;
}
