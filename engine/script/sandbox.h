/* sandbox: one locked-down Lua state per scenario file.
 *
 * Scenario files come from other people. What they can reach is one audited
 * table (sandbox_policy.c); what they can do is bounded by an instruction
 * budget per call, total budgets per playthrough and per check or explore
 * run, a memory cap, and a net of CPU time. Every failure becomes
 * "FILE:LINE: message", built without running metamethods. */
#ifndef LEADSIM_SANDBOX_H
#define LEADSIM_SANDBOX_H

#include <stddef.h>
#include <stdint.h>
#include <lua.h>

#define SANDBOX_MEMORY_LIMIT   (32u << 20) /* bytes a scenario may hold */
#define SANDBOX_BLOCK_LIMIT    (4u << 20)  /* bytes in any one string or table part */
#define SANDBOX_LOAD_BUDGET    10000000LL  /* instructions for a file's top level */
#define SANDBOX_CALL_BUDGET    1000000LL   /* instructions for one text, when, effects or next */
#define SANDBOX_SECONDS        1.0         /* net of CPU time under every call */
#define SANDBOX_FILE_LIMIT     (4u << 20)  /* bytes of source text */
#define SANDBOX_PLAYTHROUGH_BUDGET 5000000LL /* instructions in all for one playthrough */
#define SANDBOX_RUN_BUDGET     20000000LL  /* instructions in all for one check or explore run, at least */
#define SANDBOX_RUN_PER_PLAYTHROUGH 5000LL /* and this much per playthrough it asks for (the heaviest
                                              library playthrough takes about 1,900) */

/* Totals that every call draws from, besides its own budget. */
typedef enum { SANDBOX_TOTAL_PLAYTHROUGH, SANDBOX_TOTAL_RUN, SANDBOX_TOTALS } SandboxTotal;

typedef struct Sandbox Sandbox;

Sandbox    *sandbox_new(const char *path);     /* path names the file in messages; NULL if out of memory */
void        sandbox_free(Sandbox *sb);
lua_State  *sandbox_lua(Sandbox *sb);          /* the state, for pushing and reading values */
const char *sandbox_path(const Sandbox *sb);

int  sandbox_run_file(Sandbox *sb);            /* load sandbox_path as source text and run it; 0 or -1 */
int  sandbox_run_string(Sandbox *sb, const char *source, size_t length); /* the same, from memory */
int  sandbox_call(Sandbox *sb, int nargs, int nresults); /* like lua_pcall under the call budget; 0 or -1,
                                                            and on failure nothing is left on the stack */

int  sandbox_protect(Sandbox *sb, lua_CFunction glue, void *ud); /* the engine's own Lua work, glue(L) with
                                                      ud at index 1, protected: out of memory is an
                                                      error (0 or -1, sandbox_error says), never an abort */

const char *sandbox_error(const Sandbox *sb);          /* "FILE:LINE: message" of the last failure */
const char *sandbox_error_message(const Sandbox *sb);  /* the same without "FILE:LINE: " */
int         sandbox_error_line(const Sandbox *sb);     /* its line, 0 when none is known */

void      sandbox_set_total_budget(Sandbox *sb, SandboxTotal which, long long instructions); /* 0: none */
long long sandbox_total_left(const Sandbox *sb, SandboxTotal which); /* -1 when none is set */
void      sandbox_charge(lua_State *L, double instructions, const char *what, const char *hint);
                                               /* charge C work before it runs; raises when over budget */

int    sandbox_hold(lua_State *L, size_t bytes);    /* count a copy the engine keeps against the memory
                                                      cap: 0; -1 when it would pass the cap, -2 when
                                                      that was already so before */
void   sandbox_release(lua_State *L, size_t bytes); /* the copy is gone */

void   sandbox_seed(Sandbox *sb, uint64_t seed);   /* reset math.random and s.random */
void   sandbox_push_random(Sandbox *sb);           /* push the deterministic random(m, n) function */
int    sandbox_caller_line(lua_State *L);          /* line of the scenario code calling a C function */
size_t sandbox_memory_used(const Sandbox *sb);
size_t sandbox_unprotected_growth(void);       /* bytes any state grew by outside a protected call:
                                                  such growth aborts if it fails, so it must stay 0 */
/* Instructions (and charged work) of the last run or call, counted every 1000: what a
 * test can check in place of a stopwatch, the same on a loaded machine. */
long long sandbox_work_done(const Sandbox *sb);

#endif
