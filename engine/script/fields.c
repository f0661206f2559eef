/* fields: raw, typed reads of builder tables, with diagnostics. */
#include "fields.h"
#include "sandbox.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

static const char BUILDER_LINES = 0; /* its address keys the registry table of lines */

void builder_mark(lua_State *L, int index, int line)
{
    index = lua_absindex(L, index);
    if (lua_rawgetp(L, LUA_REGISTRYINDEX, &BUILDER_LINES) != LUA_TTABLE) {
        lua_pop(L, 1);
        lua_newtable(L);                 /* table -> line, weak keys */
        lua_newtable(L);
        lua_pushliteral(L, "k");
        lua_setfield(L, -2, "__mode");
        lua_setmetatable(L, -2);
        lua_pushvalue(L, -1);
        lua_rawsetp(L, LUA_REGISTRYINDEX, &BUILDER_LINES);
    }
    lua_pushvalue(L, index);
    lua_pushinteger(L, line);
    lua_rawset(L, -3);
    lua_pop(L, 1);                       /* lines table */
}

int builder_line(lua_State *L, int index)
{
    index = lua_absindex(L, index);
    int line = 0;
    if (lua_rawgetp(L, LUA_REGISTRYINDEX, &BUILDER_LINES) == LUA_TTABLE) {
        lua_pushvalue(L, index);
        if (lua_rawget(L, -2) == LUA_TNUMBER)
            line = (int)lua_tointeger(L, -1);
        lua_pop(L, 1);                   /* line */
    }
    lua_pop(L, 1);                       /* lines table */
    return line;
}

static const char *field_type_phrase(lua_State *L, int index)
{
    switch (lua_type(L, index)) {
    case LUA_TNUMBER:   return lua_isinteger(L, index) ? "an integer" : "a number";
    case LUA_TSTRING:   return "a string";
    case LUA_TTABLE:    return "a table";
    case LUA_TFUNCTION: return "a function";
    case LUA_TBOOLEAN:  return "a boolean";
    default:            return lua_typename(L, lua_type(L, index));
    }
}

int field_push(FieldReader *r, int t, const char *key, int line, const char *what, int mask,
               const char *expected)
{
    t = lua_absindex(r->L, t);
    lua_pushstring(r->L, key);
    int type = lua_rawget(r->L, t);
    if (type == LUA_TNIL) {
        lua_pop(r->L, 1);
        return LUA_TNIL;
    }
    if (!(mask & (1 << type))) {
        diag_add(r->diags, DIAG_ERROR, r->path, line, "wrong-type", NULL,
                 "%s: '%s' must be %s, not %s", what, key, expected, field_type_phrase(r->L, -1));
        lua_pop(r->L, 1);
        return LUA_TNONE;
    }
    return type;
}

char *field_copy(FieldReader *r, int index, int line, const char *what)
{
    size_t length;
    const char *text = lua_tolstring(r->L, index, &length);
    int held = sandbox_hold(r->L, length + 1);
    if (held != 0) {
        if (held == -1)                /* the first refusal; later ones say nothing new */
            diag_add(r->diags, DIAG_ERROR, r->path, line, "out-of-memory", NULL,
                     "%s: the scenario's texts need more than the %u MB a scenario may use, counting the copy "
                     "leadsim keeps of each; the same long text used in many places counts each time",
                     what, SANDBOX_MEMORY_LIMIT >> 20);
        return NULL;
    }
    return strdup(text);
}

char *field_string(FieldReader *r, int t, const char *key, int line, const char *what, bool required)
{
    int type = field_push(r, t, key, line, what, 1 << LUA_TSTRING, "a string");
    if (type == LUA_TNIL && required)
        diag_add(r->diags, DIAG_ERROR, r->path, line, "missing-field", NULL,
                 "%s: '%s' is missing", what, key);
    if (type != LUA_TSTRING)
        return NULL;
    char *s = field_copy(r, -1, line, what);
    lua_pop(r->L, 1);
    return s;
}

const char *field_number_text(double value, char *buf, size_t size)
{
    if (value != value)
        snprintf(buf, size, "NaN (not a number)");
    else
        snprintf(buf, size, "%g", value);
    return buf;
}

bool field_number(FieldReader *r, int t, const char *key, int line, const char *what, double *out)
{
    if (field_push(r, t, key, line, what, 1 << LUA_TNUMBER, "a number") != LUA_TNUMBER)
        return false;
    double value = (double)lua_tonumber(r->L, -1);
    lua_pop(r->L, 1);
    if (!field_number_in_range(value)) {
        char shown[32];
        diag_add(r->diags, DIAG_ERROR, r->path, line, "bad-number", NULL,
                 "%s: '%s' must be a number between -%g and %g, not %s", what, key,
                 FIELD_NUMBER_LIMIT, FIELD_NUMBER_LIMIT, field_number_text(value, shown, sizeof shown));
        return false;
    }
    *out = value;
    return true;
}

bool field_integer(FieldReader *r, int t, const char *key, int line, const char *what, long *out)
{
    if (field_push(r, t, key, line, what, 1 << LUA_TNUMBER, "a whole number") != LUA_TNUMBER)
        return false;
    int ok;
    lua_Integer n = lua_tointegerx(r->L, -1, &ok);
    lua_pop(r->L, 1);
    if (!ok) {
        diag_add(r->diags, DIAG_ERROR, r->path, line, "wrong-type", NULL,
                 "%s: '%s' must be a whole number", what, key);
        return false;
    }
    *out = (long)n;
    return true;
}

static int field_compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

void field_check_keys(FieldReader *r, int t, const char *const *allowed, const char *array_items,
                      int line, const char *what, const char *noun)
{
    lua_State *L = r->L;
    t = lua_absindex(L, t);
    int allowed_count = 0;
    while (allowed && allowed[allowed_count]) /* NULL: nothing is allowed (no meters, say) */
        allowed_count++;
    lua_Integer array_length = (lua_Integer)lua_rawlen(L, t);
    char *unknown[64];
    int unknown_count = 0;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);                   /* value */
        if (lua_type(L, -1) == LUA_TSTRING) {
            const char *key = lua_tostring(L, -1);
            bool known = false;
            for (int i = 0; i < allowed_count && !known; i++)
                known = strcmp(allowed[i], key) == 0;
            if (!known && unknown_count < 64)
                unknown[unknown_count++] = strdup(key);
        } else if (lua_isinteger(L, -1) && array_items && lua_tointeger(L, -1) >= 1 &&
                   lua_tointeger(L, -1) <= array_length) {
            continue;
        } else if (unknown_count < 64) {
            lua_pushvalue(L, -1);
            const char *shown = lua_type(L, -1) == LUA_TNUMBER ? lua_tostring(L, -1) : luaL_typename(L, -1);
            char buf[96];
            snprintf(buf, sizeof buf, "[%s]", shown);
            unknown[unknown_count++] = strdup(buf);
            lua_pop(L, 1);
        }
    }
    /* Lua's table order changes from run to run; messages must not. */
    qsort(unknown, (size_t)unknown_count, sizeof *unknown, field_compare_names);
    for (int i = 0; i < unknown_count; i++) {
        char hint[160];
        const char *h = diag_did_you_mean(hint, sizeof hint, unknown[i], allowed, allowed_count);
        char code[48];
        snprintf(code, sizeof code, "unknown-%s", noun);
        if (unknown[i][0] == '[')
            diag_add(r->diags, DIAG_ERROR, r->path, line, code, NULL,
                     "%s: unexpected entry %s%s%s", what, unknown[i],
                     array_items ? "; its list holds only " : "", array_items ? array_items : "");
        else
            diag_add(r->diags, DIAG_ERROR, r->path, line, code, h,
                     "%s: unknown %s '%s'", what, noun, unknown[i]);
        free(unknown[i]);
    }
}

int field_string_list(FieldReader *r, int t, const char *key, int line, const char *what, char ***out)
{
    *out = NULL;
    if (field_push(r, t, key, line, what, 1 << LUA_TTABLE, "a list of strings") != LUA_TTABLE)
        return 0;
    int n = (int)lua_rawlen(r->L, -1);
    char **items = calloc((size_t)n + 1, sizeof *items);
    int count = 0;
    for (int i = 1; i <= n && items; i++) {
        if (lua_rawgeti(r->L, -1, i) == LUA_TSTRING)
            items[count] = field_copy(r, -1, line, what), count += items[count] != NULL;
        else
            diag_add(r->diags, DIAG_ERROR, r->path, line, "wrong-type", NULL,
                     "%s: item %d of '%s' must be a string, not %s", what, i, key,
                     field_type_phrase(r->L, -1));
        lua_pop(r->L, 1);
    }
    lua_pop(r->L, 1);                    /* the list */
    *out = items;
    return count;
}
