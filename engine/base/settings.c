/* settings: one table of keys drives reading, checking and writing. */
#include "settings.h"
#include "paths.h"

#include <ctype.h>
#include <errno.h>
#include <ini.h>
#include <limits.h>
#include <regex.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char *const settings_themes[] = {"default", "light", "high-contrast", NULL};
const char *const settings_renderers[] = {"auto", "software", "gpu", NULL};

typedef enum { KEY_INT, KEY_BOOL, KEY_DOUBLE, KEY_STRING, KEY_CHOICE } KeyKind;

typedef struct {
    const char *section, *name;
    KeyKind kind;
    size_t offset, size;        /* where in Settings; size for strings */
    double min, max;            /* for numbers */
    const char *const *choices; /* for KEY_CHOICE */
    const char *help;           /* the comment written above a new key */
} SettingKey;

/* Strings that must look a certain way when set, and secrets never echoed in a message. */
typedef struct {
    const char *section, *name;
    const char *pattern;        /* an extended regex a non-empty value must match, or NULL */
    const char *expected;       /* ... said in words */
    bool secret;
} SettingCheck;

/* Patterns for the [xapi] and [lrs] values: what an LRS accepts, and no credentials in a URL. */
#define PATTERN_MBOX "^mailto:[A-Za-z0-9.'_%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]+$"
#define PATTERN_URL "^https?://[^[:space:]/@]+(/[^[:space:]]*)?$"
#define PATTERN_IRI "^[A-Za-z][A-Za-z0-9+.-]*:[^][:space:]<>\"{}|\\^`#?]+$"
#define PATTERN_ENDPOINT "^(https://[^[:space:]/@]+|http://(localhost|127\\.0\\.0\\.1|\\[::1\\])(:[0-9]+)?)(/[^[:space:]]*)?$"

#define FIELD(f) offsetof(Settings, f), sizeof(((Settings *)0)->f)

static const SettingKey settings_keys[] = {
    {"display", "width", KEY_INT, FIELD(width), 640, 7680, NULL, "window size, in screen pixels"},
    {"display", "height", KEY_INT, FIELD(height), 360, 4320, NULL, NULL},
    {"display", "fullscreen", KEY_BOOL, FIELD(fullscreen), 0, 0, NULL, "true or false (F11 or F5 toggles it)"},
    {"display", "projector", KEY_BOOL, FIELD(projector), 0, 0, NULL,
     "true: larger type and the high-contrast theme, for a room"},
    {"display", "theme", KEY_CHOICE, FIELD(theme), 0, 0, settings_themes, "default, light or high-contrast"},
    {"display", "font", KEY_STRING, FIELD(font), 0, 0, NULL, "a font family name, or the path of a .ttf or .otf file"},
    {"display", "font_scale", KEY_DOUBLE, FIELD(font_scale), 0.8, 1.5, NULL, "0.8 to 1.5"},
    {"display", "reduce_motion", KEY_BOOL, FIELD(reduce_motion), 0, 0, NULL, "true: no animation"},
    {"display", "clicker_delay", KEY_INT, FIELD(clicker_delay), 0, 30, NULL,
     "seconds a clicker's focus rests on a choice before it is taken; 0 turns this off"},
    {"display", "renderer", KEY_CHOICE, FIELD(renderer), 0, 0, settings_renderers,
     "auto, software or gpu; auto draws in software under X11, where it is the cheapest"},
    {"player", "name", KEY_STRING, FIELD(player), 0, 0, NULL, "shown in the debrief"},
    {"folders", "scenarios", KEY_STRING, FIELD(scenarios), 0, 0, NULL, "empty: the bundled library"},
    {"folders", "saves", KEY_STRING, FIELD(saves), 0, 0, NULL, "empty: saves/ in a source checkout, else ~/.local/share/leadsim"},
    {"xapi", "name", KEY_STRING, FIELD(xapi_name), 0, 0, NULL,
     "the learner's name in xAPI statements; empty: the player's name"},
    {"xapi", "mbox", KEY_STRING, FIELD(xapi_mbox), 0, 0, NULL,
     "the learner's email as mailto:name@agency.gov; or leave it empty and set an account"},
    {"xapi", "account_homepage", KEY_STRING, FIELD(xapi_homepage), 0, 0, NULL,
     "the system the learner's account is in, like https://lms.agency.gov"},
    {"xapi", "account_name", KEY_STRING, FIELD(xapi_account), 0, 0, NULL,
     "the learner's account there; empty: the player's name"},
    {"xapi", "activity_base", KEY_STRING, FIELD(xapi_base), 0, 0, NULL,
     "activity IRIs start with this: an address your agency controls"},
    {"xapi", "platform", KEY_STRING, FIELD(xapi_platform), 0, 0, NULL, "named in each statement's context"},
    {"lrs", "endpoint", KEY_STRING, FIELD(lrs_endpoint), 0, 0, NULL,
     "the LRS's xAPI address, https://...; empty: nothing is sent"},
    {"lrs", "username", KEY_STRING, FIELD(lrs_username), 0, 0, NULL, "the LRS's key for leadsim (Basic authentication)"},
    {"lrs", "password", KEY_STRING, FIELD(lrs_password), 0, 0, NULL, "its secret; never printed"},
    {"lrs", "timeout", KEY_INT, FIELD(lrs_timeout), 1, 300, NULL, "seconds one request to the LRS may take"},
};
#define SETTINGS_KEY_COUNT (sizeof settings_keys / sizeof *settings_keys)

static const SettingCheck settings_checks[] = {
    {"xapi", "mbox", PATTERN_MBOX, "mailto: and an email address", false},
    {"xapi", "account_homepage", PATTERN_URL, "an http:// or https:// address", false},
    {"xapi", "activity_base", PATTERN_IRI, "an IRI, like https://agency.gov/xapi/leadsim", false},
    {"lrs", "endpoint", PATTERN_ENDPOINT, "an https:// address without a user name in it (http:// only on this machine)",
     false},
    {"lrs", "password", NULL, NULL, true},
};
#define SETTINGS_CHECK_COUNT (sizeof settings_checks / sizeof *settings_checks)

static const SettingCheck *settings_check(const SettingKey *k)
{
    for (size_t i = 0; i < SETTINGS_CHECK_COUNT; i++)
        if (strcmp(settings_checks[i].section, k->section) == 0 && strcmp(settings_checks[i].name, k->name) == 0)
            return &settings_checks[i];
    return NULL;
}

void settings_defaults(Settings *s)
{
    memset(s, 0, sizeof *s);
    s->width = 1280;
    s->height = 720;
    snprintf(s->theme, sizeof s->theme, "default");
    snprintf(s->renderer, sizeof s->renderer, "auto");
    snprintf(s->font, sizeof s->font, "Inter");
    s->font_scale = 1.0;
    s->clicker_delay = 3;
    snprintf(s->xapi_base, sizeof s->xapi_base, "https://leadsim.example/xapi");
    snprintf(s->xapi_platform, sizeof s->xapi_platform, "leadsim");
    s->lrs_timeout = 10;
}

bool settings_xapi_actor(const Settings *s)
{
    return s->xapi_mbox[0] || s->xapi_homepage[0];
}

/* The value matches its key's pattern, if it has one (compiled each time: settings are read rarely). */
static bool settings_matches(const SettingCheck *check, const char *value)
{
    regex_t re;
    if (check == NULL || check->pattern == NULL || value[0] == '\0' ||
        regcomp(&re, check->pattern, REG_EXTENDED | REG_NOSUB) != 0)
        return true;
    bool ok = regexec(&re, value, 0, NULL, 0) == 0;
    regfree(&re);
    return ok;
}

/* ---- reading ---------------------------------------------------------------------- */

typedef struct {
    Settings *s;
    Settings defaults;
    const char *path;
    DiagList *diags;
    FILE *file;
    int line;                   /* counted by the reader: inih's handler has no line */
} SettingsRead;

static char *settings_reader(char *str, int num, void *stream)
{
    SettingsRead *r = stream;
    char *line = fgets(str, num, r->file);
    if (line)
        r->line++;
    return line;
}

static bool settings_parse_bool(const char *v, bool *out)
{
    static const char *const yes[] = {"true", "yes", "on", "1"}, *const no[] = {"false", "no", "off", "0"};
    for (int i = 0; i < 4; i++) {
        if (strcasecmp(v, yes[i]) == 0) { *out = true; return true; }
        if (strcasecmp(v, no[i]) == 0) { *out = false; return true; }
    }
    return false;
}

static const SettingKey *settings_find(const char *section, const char *name)
{
    for (size_t i = 0; i < SETTINGS_KEY_COUNT; i++)
        if (strcasecmp(settings_keys[i].section, section) == 0 && strcasecmp(settings_keys[i].name, name) == 0)
            return &settings_keys[i];
    return NULL;
}

static void settings_bad(SettingsRead *r, const SettingKey *k, const char *value, const char *expected)
{
    char fallback[600];
    const char *field = (const char *)&r->defaults + k->offset;
    switch (k->kind) {
    case KEY_INT:    snprintf(fallback, sizeof fallback, "%d", *(const int *)field); break;
    case KEY_BOOL:   snprintf(fallback, sizeof fallback, "%s", *(const bool *)field ? "true" : "false"); break;
    case KEY_DOUBLE: snprintf(fallback, sizeof fallback, "%g", *(const double *)field); break;
    default:         snprintf(fallback, sizeof fallback, "%s", field); break;
    }
    const SettingCheck *check = settings_check(k);
    if (check && check->secret)
        diag_add(r->diags, DIAG_WARNING, r->path, r->line, "bad-setting", NULL,
                 "%s must be %s; the value given is not used", k->name, expected);
    else
        diag_add(r->diags, DIAG_WARNING, r->path, r->line, "bad-setting", NULL,
                 "%s must be %s, not '%s'; using %s", k->name, expected, value, fallback);
}

static int settings_handler(void *user, const char *section, const char *name, const char *value)
{
    SettingsRead *r = user;
    const SettingKey *k = settings_find(section, name);
    if (k == NULL) {
        diag_add(r->diags, DIAG_WARNING, r->path, r->line, "unknown-setting", NULL,
                 "unknown setting '%s' in [%s]; it is kept but not used", name, section);
        return 1;
    }
    char *field = (char *)r->s + k->offset;
    char expected[160];
    switch (k->kind) {
    case KEY_INT: {
        char *end;
        errno = 0;
        long n = strtol(value, &end, 10);
        if (errno || end == value || *end || n < k->min || n > k->max) {
            snprintf(expected, sizeof expected, "a whole number from %g to %g", k->min, k->max);
            settings_bad(r, k, value, expected);
        } else {
            *(int *)field = (int)n;
        }
        break;
    }
    case KEY_DOUBLE: {
        char *end;
        double x = strtod(value, &end);
        if (end == value || *end || x < k->min || x > k->max) {
            snprintf(expected, sizeof expected, "a number from %g to %g", k->min, k->max);
            settings_bad(r, k, value, expected);
        } else {
            *(double *)field = x;
        }
        break;
    }
    case KEY_BOOL:
        if (!settings_parse_bool(value, (bool *)field))
            settings_bad(r, k, value, "true or false");
        break;
    case KEY_CHOICE: {
        bool ok = false;
        size_t len = 0;
        expected[0] = '\0';
        for (const char *const *c = k->choices; *c; c++) {
            ok = ok || strcmp(*c, value) == 0;
            const char *sep = c == k->choices ? "" : c[1] ? ", " : " or ";
            len += (size_t)snprintf(expected + len, sizeof expected - len, "%s%s", sep, *c);
        }
        if (!ok)
            settings_bad(r, k, value, expected);
        else
            snprintf(field, k->size, "%s", value);
        break;
    }
    case KEY_STRING:
        if (strlen(value) >= k->size)
            settings_bad(r, k, value, "shorter");
        else if (!settings_matches(settings_check(k), value))
            settings_bad(r, k, value, settings_check(k)->expected);
        else
            snprintf(field, k->size, "%s", value);
        break;
    }
    return 1;
}

int settings_load(Settings *s, const char *path, DiagList *diags)
{
    settings_defaults(s);
    SettingsRead r = {s, *s, path, diags, fopen(path, "r"), 0};
    if (r.file == NULL)
        return -1;
    int result = ini_parse_stream(settings_reader, &r, settings_handler, &r);
    fclose(r.file);
    if (result > 0)
        diag_add(diags, DIAG_WARNING, path, result, "bad-ini", NULL,
                 "this line is not a [section] or a name = value pair; it was skipped");
    return 0;
}

/* ---- writing ------------------------------------------------------------------------ */

static void settings_format(const Settings *s, const SettingKey *k, char *out, size_t size)
{
    const char *field = (const char *)s + k->offset;
    switch (k->kind) {
    case KEY_INT:    snprintf(out, size, "%d", *(const int *)field); break;
    case KEY_BOOL:   snprintf(out, size, "%s", *(const bool *)field ? "true" : "false"); break;
    case KEY_DOUBLE: snprintf(out, size, "%g", *(const double *)field); break;
    default:         snprintf(out, size, "%s", field); break;
    }
}

/* Appends the keys of `section` not yet written. */
static void settings_write_missing(FILE *out, const Settings *s, const char *section, bool *written)
{
    for (size_t i = 0; i < SETTINGS_KEY_COUNT; i++) {
        const SettingKey *k = &settings_keys[i];
        if (written[i] || strcmp(k->section, section) != 0)
            continue;
        char value[600];
        settings_format(s, k, value, sizeof value);
        if (k->help)
            fprintf(out, "; %s\n", k->help);
        fprintf(out, "%s = %s\n", k->name, value);
        written[i] = true;
    }
}

/* Where a value that starts at `v` ends: at the line's end or a comment (a ';' after a space,
 * as inih reads it; `after_space`: the value itself follows one), less trailing spaces. The
 * rewriting of the file and the Settings screen's typing both use it. */
static const char *settings_value_end(const char *v, bool after_space)
{
    const char *end = v;
    while (*end && *end != '\n' && *end != '\r' &&
           !(*end == ';' && (end > v ? isspace((unsigned char)end[-1]) : after_space)))
        end++;
    while (end > v && isspace((unsigned char)end[-1]))
        end--;
    return end;
}

/* Parses "  name = value  ; comment": the name, and where the value starts and ends. */
static bool settings_split(const char *line, char *name, size_t name_size, size_t *value_start, size_t *value_end)
{
    const char *p = line;
    while (*p == ' ' || *p == '\t')
        p++;
    if (*p == ';' || *p == '#' || *p == '[' || *p == '\0' || *p == '\n')
        return false;
    const char *eq = strpbrk(p, "=:");
    if (eq == NULL)
        return false;
    size_t n = (size_t)(eq - p);
    while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t'))
        n--;
    snprintf(name, name_size, "%.*s", (int)n, p);
    const char *v = eq + 1 + strspn(eq + 1, " \t");
    *value_start = (size_t)(v - line);
    *value_end = (size_t)(settings_value_end(v, v > eq + 1) - line);
    return true;
}

void settings_tidy_text(char *text)
{
    const char *v = text + strspn(text, " \t");
    size_t length = (size_t)(settings_value_end(v, true) - v);   /* it is written after "= " */
    memmove(text, v, length);
    text[length] = '\0';
}

int settings_save(const Settings *s, const char *path)
{
    char tmp[PATH_MAX];
    if (snprintf(tmp, sizeof tmp, "%s.tmp", path) >= (int)sizeof tmp)
        return -1;
    /* Make the folder, for a first save under ~/.config. */
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (slash && slash != dir) {
        *slash = '\0';
        paths_make_dirs(dir);       /* a failure shows as the fopen below failing */
    }
    FILE *in = fopen(path, "r");
    FILE *out = fopen(tmp, "w");
    if (out == NULL) {
        if (in)
            fclose(in);
        return -1;
    }
    bool written[SETTINGS_KEY_COUNT] = {false};
    char section[64] = "";
    char line[2048];
    if (in == NULL)
        fprintf(out, "; leadsim settings. Change them here or on the Settings screen (S in the library).\n");
    while (in && fgets(line, sizeof line, in)) {
        const char *p = line;
        while (*p == ' ' || *p == '\t')
            p++;
        if (*p == '[') {
            settings_write_missing(out, s, section, written); /* the old section ends here */
            const char *close = strchr(p, ']');
            snprintf(section, sizeof section, "%.*s", close ? (int)(close - p - 1) : 0, p + 1);
            fputs(line, out);
            continue;
        }
        char name[128];
        size_t start, end;
        const SettingKey *k = settings_split(line, name, sizeof name, &start, &end) ? settings_find(section, name) : NULL;
        if (k == NULL || written[k - settings_keys]) {
            fputs(line, out);
            continue;
        }
        char value[600];
        settings_format(s, k, value, sizeof value);
        fprintf(out, "%.*s%s%s", (int)start, line, value, line + end);
        written[k - settings_keys] = true;
    }
    settings_write_missing(out, s, section, written);
    for (size_t i = 0; i < SETTINGS_KEY_COUNT; i++) {
        if (written[i])
            continue;
        fprintf(out, "\n[%s]\n", settings_keys[i].section);
        settings_write_missing(out, s, settings_keys[i].section, written);
    }
    bool failed = ferror(out) != 0;
    if (in)
        fclose(in);
    failed |= fflush(out) != 0 || fsync(fileno(out)) != 0;
    failed |= fclose(out) != 0;
    if (failed || rename(tmp, path) != 0) {
        unlink(tmp);
        return -1;
    }
    return 0;
}

const char *settings_path(const char *explicit_path, char *buf, size_t size)
{
    if (explicit_path) {
        snprintf(buf, size, "%s", explicit_path);
        return buf;
    }
    if (access("settings.ini", F_OK) == 0) {
        snprintf(buf, size, "settings.ini");
        return buf;
    }
    const char *xdg = getenv("XDG_CONFIG_HOME");
    const char *home = getenv("HOME");
    if (xdg && *xdg)
        snprintf(buf, size, "%s/leadsim/settings.ini", xdg);
    else if (home && *home)
        snprintf(buf, size, "%s/.config/leadsim/settings.ini", home);
    else
        snprintf(buf, size, "settings.ini");
    return buf;
}
