/* framework: competency frameworks as data, read through the sandbox. */
#include "framework.h"
#include "fields.h"
#include "sandbox.h"

#include <lauxlib.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int ref;        /* the framework { } table */
    int line;
    bool loading;
} FrameworkLoad;

static FrameworkLoad *framework_load_state(lua_State *L)
{
    return lua_touserdata(L, lua_upvalueindex(1));
}

static int framework_builder(lua_State *L)
{
    FrameworkLoad *load = framework_load_state(L);
    luaL_checktype(L, 1, LUA_TTABLE);
    if (!load->loading)
        return luaL_error(L, "framework { } can only be used while the file loads");
    if (load->ref != LUA_NOREF)
        return luaL_error(L, "a second framework { } (the first is at line %d); one file holds one framework",
                          load->line);
    load->line = sandbox_caller_line(L);
    lua_pushvalue(L, 1);
    load->ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

/* domain { } and competency { } return their table, marked with their line. */
static int framework_part_builder(lua_State *L)
{
    if (lua_type(L, 1) != LUA_TTABLE)
        return luaL_error(L, "%s needs a table: %s { id = ..., title = ... }",
                          lua_tostring(L, lua_upvalueindex(1)), lua_tostring(L, lua_upvalueindex(1)));
    builder_mark(L, 1, sandbox_caller_line(L));
    lua_settop(L, 1);
    return 1;
}

static bool framework_is_identifier(const char *s)
{
    if (s == NULL || !*s)
        return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_'))
            return false;
    return true;
}

static const char *const framework_keys[] = {"id", "title", "source", NULL};
static const char *const domain_keys[] = {"id", "title", "description", NULL};
static const char *const competency_keys[] = {"id", "title", "description", NULL};

/* Reads id/title/description of a domain or competency table on the stack top. */
static bool framework_read_part(FieldReader *r, int line, const char *kind, char **id, char **title,
                                char **description)
{
    char what[64];
    snprintf(what, sizeof what, "%s", kind);
    *id = field_string(r, -1, "id", line, what, true);
    if (*id) {
        snprintf(what, sizeof what, "%s '%s'", kind, *id);
        if (!framework_is_identifier(*id))
            diag_add(r->diags, DIAG_ERROR, r->path, line, "bad-id", NULL,
                     "%s: ids use only a-z, 0-9 and _", what);
    }
    *title = field_string(r, -1, "title", line, what, true);
    *description = field_string(r, -1, "description", line, what, true);
    return *id != NULL;
}

static void framework_compile(Framework *fw, FieldReader *r, int line)
{
    lua_State *L = r->L;
    int t = lua_gettop(L);
    field_check_keys(r, t, framework_keys, "domain { }", line, "framework", "field");
    fw->id = field_string(r, t, "id", line, "framework", true);
    fw->title = field_string(r, t, "title", line, "framework", true);
    fw->source = field_string(r, t, "source", line, "framework", false);

    size_t domain_total = lua_rawlen(L, t), competency_total = 0;
    int domain_count = (int)domain_total;
    for (int d = 1; d <= domain_count; d++) {
        lua_rawgeti(L, t, d);
        if (lua_type(L, -1) == LUA_TTABLE)
            competency_total += lua_rawlen(L, -1);
        lua_pop(L, 1);
    }
    if (domain_count == 0)
        diag_add(r->diags, DIAG_ERROR, r->path, line, "no-domains", NULL, "framework: it has no domain { }");
    fw->domains = calloc(domain_total + 1, sizeof *fw->domains);
    fw->competencies = calloc(competency_total + 1, sizeof *fw->competencies);

    for (int d = 1; d <= domain_count; d++) {
        lua_rawgeti(L, t, d);
        int domain_line = builder_line(L, -1);
        if (domain_line == 0) {
            diag_add(r->diags, DIAG_ERROR, r->path, line, "not-a-domain", NULL,
                     "framework: item %d is not a domain { }", d);
            lua_pop(L, 1);
            continue;
        }
        Domain *dom = &fw->domains[fw->domain_count];
        dom->line = domain_line;
        framework_read_part(r, domain_line, "domain", &dom->id, &dom->title, &dom->description);
        char what[96];
        snprintf(what, sizeof what, "domain '%s'", dom->id ? dom->id : "?");
        field_check_keys(r, -1, domain_keys, "competency { }", domain_line, what, "field");
        dom->first = fw->competency_count;
        int n = (int)lua_rawlen(L, -1);
        for (int c = 1; c <= n; c++) {
            lua_rawgeti(L, -1, c);
            int competency_line = builder_line(L, -1);
            if (competency_line == 0) {
                diag_add(r->diags, DIAG_ERROR, r->path, domain_line, "not-a-competency", NULL,
                         "%s: item %d is not a competency { }", what, c);
            } else {
                Competency *comp = &fw->competencies[fw->competency_count++];
                comp->line = competency_line;
                comp->domain = fw->domain_count;
                framework_read_part(r, competency_line, "competency", &comp->id, &comp->title,
                                    &comp->description);
                char cwhat[96];
                snprintf(cwhat, sizeof cwhat, "competency '%s'", comp->id ? comp->id : "?");
                field_check_keys(r, -1, competency_keys, NULL, competency_line, cwhat, "field");
            }
            lua_pop(L, 1);
        }
        dom->count = fw->competency_count - dom->first;
        if (dom->count == 0)
            diag_add(r->diags, DIAG_ERROR, r->path, domain_line, "no-competencies", NULL,
                     "%s: it has no competency { }", what);
        fw->domain_count++;
        lua_pop(L, 1);
    }

    /* Ids are unique across domains and competencies alike. */
    for (int i = 0; i < fw->competency_count; i++)
        for (int j = 0; j < i; j++)
            if (fw->competencies[i].id && fw->competencies[j].id &&
                strcmp(fw->competencies[i].id, fw->competencies[j].id) == 0)
                diag_add(r->diags, DIAG_ERROR, r->path, fw->competencies[i].line, "duplicate-id", NULL,
                         "competency '%s' is defined twice (first at line %d)",
                         fw->competencies[i].id, fw->competencies[j].line);
    for (int i = 0; i < fw->domain_count; i++)
        for (int j = 0; j < i; j++)
            if (fw->domains[i].id && fw->domains[j].id && strcmp(fw->domains[i].id, fw->domains[j].id) == 0)
                diag_add(r->diags, DIAG_ERROR, r->path, fw->domains[i].line, "duplicate-id", NULL,
                         "domain '%s' is defined twice (first at line %d)",
                         fw->domains[i].id, fw->domains[j].line);
}

/* The builders a framework file calls, as globals. */
static int framework_register_builders(lua_State *L)
{
    FrameworkLoad *load = lua_touserdata(L, 1);
    lua_pushlightuserdata(L, load);
    lua_pushcclosure(L, framework_builder, 1);
    lua_setglobal(L, "framework");
    static const char *const parts[] = {"domain", "competency"};
    for (int i = 0; i < 2; i++) {
        lua_pushstring(L, parts[i]);
        lua_pushcclosure(L, framework_part_builder, 1);
        lua_setglobal(L, parts[i]);
    }
    return 0;
}

typedef struct {
    Framework *fw;
    FieldReader *r;
    const FrameworkLoad *load;
} FrameworkJob;

/* framework_compile under sandbox_protect: reading a full file can run out of memory. */
static int framework_compile_protected(lua_State *L)
{
    FrameworkJob *job = lua_touserdata(L, 1);
    lua_rawgeti(L, LUA_REGISTRYINDEX, job->load->ref);
    framework_compile(job->fw, job->r, job->load->line);
    lua_pop(L, 1);
    return 0;
}

Framework *framework_load(const char *path, DiagList *diags)
{
    Sandbox *sb = sandbox_new(path);
    if (sb == NULL) {
        diag_add(diags, DIAG_ERROR, path, 0, "out-of-memory", NULL, "out of memory");
        return NULL;
    }
    lua_State *L = sandbox_lua(sb);
    FrameworkLoad load = {LUA_NOREF, 0, true};
    int errors_before = diags ? diags->errors : 0;
    DiagList local = {0};
    DiagList *out = diags ? diags : &local;
    Framework *fw = calloc(1, sizeof *fw);
    if (fw == NULL || sandbox_protect(sb, framework_register_builders, &load) != 0) {
        diag_add(out, DIAG_ERROR, path, 0, "out-of-memory", NULL, "out of memory");
    } else if (sandbox_run_file(sb) != 0) {
        diag_add(out, DIAG_ERROR, path, sandbox_error_line(sb), "lua-error", NULL, "%s",
                 sandbox_error_message(sb));
    } else if (load.ref == LUA_NOREF) {
        diag_add(out, DIAG_ERROR, path, 0, "no-framework", NULL,
                 "no framework { } found; a framework file calls framework { id = ..., domain { ... } }");
    } else {
        load.loading = false;
        FieldReader r = {L, path, out};
        FrameworkJob job = {fw, &r, &load};
        if (sandbox_protect(sb, framework_compile_protected, &job) != 0)
            diag_add(out, DIAG_ERROR, path, load.line, "out-of-memory", NULL, "%s", sandbox_error_message(sb));
        fw->path = strdup(path);
        fw->competency_ids = calloc((size_t)fw->competency_count + 1, sizeof *fw->competency_ids);
        for (int i = 0; fw->competency_ids && i < fw->competency_count; i++)
            fw->competency_ids[i] = fw->competencies[i].id;
    }
    sandbox_free(sb);
    bool failed = out->errors > errors_before;
    diag_list_free(&local);
    if (failed) {
        framework_free(fw);
        return NULL;
    }
    return fw;
}

void framework_free(Framework *fw)
{
    if (fw == NULL)
        return;
    for (int i = 0; i < fw->domain_count; i++) {
        free(fw->domains[i].id);
        free(fw->domains[i].title);
        free(fw->domains[i].description);
    }
    for (int i = 0; i < fw->competency_count; i++) {
        free(fw->competencies[i].id);
        free(fw->competencies[i].title);
        free(fw->competencies[i].description);
    }
    free(fw->domains);
    free(fw->competencies);
    free(fw->competency_ids);
    free(fw->path);
    free(fw->id);
    free(fw->title);
    free(fw->source);
    free(fw);
}

int framework_competency(const Framework *fw, const char *id)
{
    for (int i = 0; i < fw->competency_count; i++)
        if (strcmp(fw->competencies[i].id, id) == 0)
            return i;
    return -1;
}

int framework_domain(const Framework *fw, const char *id)
{
    for (int i = 0; i < fw->domain_count; i++)
        if (strcmp(fw->domains[i].id, id) == 0)
            return i;
    return -1;
}

const char *const *framework_competency_ids(const Framework *fw)
{
    return (const char *const *)fw->competency_ids;
}
