/* fields: reading the tables that builder calls (scenario { }, scene, choice,
 * framework { }, ...) leave behind. Every read is raw, so no metamethod runs;
 * every wrong type or unknown field becomes a diagnostic with the builder's line. */
#ifndef LEADSIM_FIELDS_H
#define LEADSIM_FIELDS_H

#include <lua.h>
#include <stdbool.h>
#include "diag.h"

typedef struct {
    lua_State *L;
    const char *path;
    DiagList *diags;
} FieldReader;

/* Marks the table at `index` as made by a builder at `line`; builder_line finds it again (0: not marked). */
void builder_mark(lua_State *L, int index, int line);
int  builder_line(lua_State *L, int index);

/* t[key] at table index `t`. `what` names the table in messages ("scene 'intro'").
 * A missing field gives NULL/false and, when required, an error. */
char *field_string(FieldReader *r, int t, const char *key, int line, const char *what, bool required);
/* Numbers a scenario gives are finite and within +-FIELD_NUMBER_LIMIT (NaN fails too), so
 * that clamping works and whole values convert to integers exactly. */
#define FIELD_NUMBER_LIMIT 1e15
#define field_number_in_range(x) ((x) >= -FIELD_NUMBER_LIMIT && (x) <= FIELD_NUMBER_LIMIT)
const char *field_number_text(double value, char *buf, size_t size); /* "%g", or NaN in words */
bool  field_number(FieldReader *r, int t, const char *key, int line, const char *what, double *out);
bool  field_integer(FieldReader *r, int t, const char *key, int line, const char *what, long *out);
/* Pushes t[key] when it is one of the types in `mask` (1 << LUA_TSTRING | ...) and returns its
 * type; returns LUA_TNIL when absent, LUA_TNONE after adding an error for another type
 * (nothing pushed in either case). */
int   field_push(FieldReader *r, int t, const char *key, int line, const char *what, int mask,
                 const char *expected);
/* Errors for every key that is not in `allowed` (NULL-terminated), nor an array index when
 * `array_items` names what those are; reported in key order, with suggestions. `noun` names
 * what a key is ("field", "competency", "meter"). */
void  field_check_keys(FieldReader *r, int t, const char *const *allowed, const char *array_items,
                       int line, const char *what, const char *noun);
/* A copy of the string at `index`, counted against the scenario's memory cap (NULL when
 * over it, reported once, or out of memory). Every string the engine keeps is made here. */
char *field_copy(FieldReader *r, int index, int line, const char *what);
/* A string array t[key] = {"...", ...}; returns the count and sets *out (NULL when absent). */
int   field_string_list(FieldReader *r, int t, const char *key, int line, const char *what, char ***out);

#endif
