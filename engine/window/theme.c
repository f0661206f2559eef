/* theme: palettes and contrast. */
#include "theme.h"

#include <ini.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define PAIR(name, fg, bg) {name, offsetof(Theme, fg), offsetof(Theme, bg)}
const ThemePair theme_text_pairs[] = {
    PAIR("text on background", text, background),
    PAIR("text on surface", text, surface),
    PAIR("text on hovered surface", text, surface_hover),
    PAIR("muted text on background", muted, background),
    PAIR("muted text on surface", muted, surface),
    PAIR("text on accent", accent_text, accent),
    PAIR("focus ring on background", focus, background),
    PAIR("rises on surface", positive, surface),
    PAIR("falls on surface", negative, surface),
    PAIR("error text on surface", error, surface),
    PAIR("error text on background", error, background),
    {NULL, 0, 0},
};

typedef struct {
    const char *key;
    size_t offset;
} ThemeKey;

#define KEY(k) {#k, offsetof(Theme, k)}
static const ThemeKey theme_keys[] = {
    KEY(background), KEY(surface), KEY(surface_hover), KEY(border), KEY(text), KEY(muted), KEY(accent),
    KEY(accent_text), KEY(focus), KEY(positive), KEY(negative), KEY(error),
};

void theme_builtin(Theme *t)
{
    static const Theme builtin = {
        "default",
        {0x12, 0x1a, 0x24}, {0x1c, 0x27, 0x34}, {0x26, 0x34, 0x44}, {0x33, 0x44, 0x57},
        {0xee, 0xf2, 0xf6}, {0xb4, 0xc1, 0xce}, {0x7c, 0xc4, 0xff}, {0x0a, 0x12, 0x1c},
        {0xff, 0xd1, 0x66}, {0x6e, 0xdc, 0x9e}, {0xff, 0x9a, 0x85}, {0xff, 0xa3, 0x94},
        /* Okabe-Ito */
        {{0xe6, 0x9f, 0x00}, {0x56, 0xb4, 0xe9}, {0x00, 0x9e, 0x73}, {0xf0, 0xe4, 0x42},
         {0x00, 0x72, 0xb2}, {0xd5, 0x5e, 0x00}, {0xcc, 0x79, 0xa7}, {0x99, 0x99, 0x99}},
    };
    *t = builtin;
}

static bool theme_parse_color(const char *value, Color *c)
{
    unsigned r, g, b;
    if (value[0] != '#' || strlen(value) != 7 || sscanf(value + 1, "%2x%2x%2x", &r, &g, &b) != 3)
        return false;
    *c = (Color){(uint8_t)r, (uint8_t)g, (uint8_t)b};
    return true;
}

typedef struct {
    Theme *t;
    const char *path;
    DiagList *diags;
    FILE *file;
    int line;
} ThemeRead;

static char *theme_reader(char *str, int num, void *stream)
{
    ThemeRead *r = stream;
    char *line = fgets(str, num, r->file);
    r->line += line != NULL;
    return line;
}

static int theme_handler(void *user, const char *section, const char *name, const char *value)
{
    ThemeRead *r = user;
    Color *target = NULL;
    if (strcasecmp(section, "colors") == 0) {
        for (size_t i = 0; i < sizeof theme_keys / sizeof *theme_keys; i++)
            if (strcasecmp(theme_keys[i].key, name) == 0)
                target = (Color *)((char *)r->t + theme_keys[i].offset);
    } else if (strcasecmp(section, "chart") == 0) {
        int n = atoi(name);
        if (n >= 1 && n <= THEME_CHART_COLORS)
            target = &r->t->chart[n - 1];
    }
    if (target == NULL)
        diag_add(r->diags, DIAG_WARNING, r->path, r->line, "unknown-color", NULL,
                 "unknown color '%s' in [%s]", name, section);
    else if (!theme_parse_color(value, target))
        diag_add(r->diags, DIAG_WARNING, r->path, r->line, "bad-color", NULL,
                 "%s must be a color like #1c2734, not '%s'", name, value);
    return 1;
}

void theme_load(Theme *t, const char *data_dir, const char *name, DiagList *diags)
{
    theme_builtin(t);
    char path[4096];
    snprintf(path, sizeof path, "%s/assets/themes/%s.ini", data_dir, name);
    ThemeRead r = {t, path, diags, fopen(path, "r"), 0};
    if (r.file == NULL) {
        diag_add(diags, DIAG_WARNING, path, 0, "missing-theme", NULL,
                 "theme '%s' not found; using the built-in default", name);
        return;
    }
    snprintf(t->name, sizeof t->name, "%s", name);
    ini_parse_stream(theme_reader, &r, theme_handler, &r);
    fclose(r.file);
}

/* WCAG 2: relative luminance from sRGB, then (lighter + 0.05) / (darker + 0.05). */
static double theme_luminance(Color c)
{
    double channel[3] = {c.r / 255.0, c.g / 255.0, c.b / 255.0};
    for (int i = 0; i < 3; i++)
        channel[i] = channel[i] <= 0.04045 ? channel[i] / 12.92 : pow((channel[i] + 0.055) / 1.055, 2.4);
    return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
}

double theme_contrast(Color a, Color b)
{
    double la = theme_luminance(a), lb = theme_luminance(b);
    return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}
