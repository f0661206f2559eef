/* sandbox_policy: what a scenario can see, one row per name.
 *
 * The policy (sandbox_policy.c) is a table read top to bottom, like Lua's
 * linit.c; the mechanism that applies it is sandbox.c. A name that has no row
 * does not exist for a scenario. Every C function a row lets through either
 * does bounded work (KEEP: at most a few milliseconds on the largest string or
 * table the limits allow) or has its worst case charged before it runs (CHARGE). */
#ifndef LEADSIM_SANDBOX_POLICY_H
#define LEADSIM_SANDBOX_POLICY_H

#include <lua.h>
#include <stddef.h>

typedef enum {
    POLICY_LIBRARY,  /* a library table: its own rows follow */
    POLICY_KEEP,     /* the original, as Lua defines it */
    POLICY_WRAP,     /* function(original, ...) in front of the original */
    POLICY_REPLACE,  /* our own function instead */
    POLICY_CHARGE,   /* the original, after charging cost(args) against the budget */
    POLICY_ENV,      /* the scenario's own table of that name (_G, string) */
    POLICY_FALSE,    /* the value false */
} PolicyHow;

/* Where a row's name lives: a global, a field of a library, or the shared string metatable. */
#define POLICY_GLOBALS     "_G"
#define POLICY_STRING_META "string metatable"

typedef double (*PolicyCost)(lua_State *L); /* instructions the call may take, from its arguments */

typedef struct {
    const char *table;         /* POLICY_GLOBALS, a library name, or POLICY_STRING_META */
    const char *name;
    PolicyHow how;
    lua_CFunction function;    /* LIBRARY: its luaopen_; WRAP and REPLACE: ours */
    PolicyCost cost;           /* CHARGE */
} PolicyRow;

extern const PolicyRow sandbox_policy[];
extern const size_t sandbox_policy_count;

/* Mechanism the policy names (sandbox.c). */
int sandbox_protected(lua_State *L);      /* pcall & co. that cannot swallow a limit */
int sandbox_setmetatable(lua_State *L);   /* refuses __gc */
int sandbox_coroutine_wrap(lua_State *L); /* its functions are charged like resume */
int sandbox_collectgarbage(lua_State *L); /* "count" only */
int sandbox_print(lua_State *L);          /* to stderr, marked, control characters made visible */
int sandbox_random(lua_State *L);         /* deterministic for the sandbox's seed */
void sandbox_refuse(lua_State *L, const char *fmt, ...); /* a limit error that no pcall swallows */

#endif
