/* theme: color palettes, read from assets/themes/<name>.ini.
 *
 * Every pair of text and background colors a screen uses is listed in
 * theme_text_pairs, so a test can check their WCAG contrast: 4.5:1 (AA) for
 * every theme, 7:1 (AAA) for the one projector mode uses. Chart colors come
 * from the Okabe-Ito color-blind-safe palette, and are never the only cue. */
#ifndef LEADSIM_THEME_H
#define LEADSIM_THEME_H

#include <stdint.h>
#include "diag.h"

typedef struct { uint8_t r, g, b; } Color;

#define THEME_CHART_COLORS 8

typedef struct {
    char name[32];
    Color background;      /* the screen */
    Color surface;         /* cards, panels, choice buttons */
    Color surface_hover;   /* a button under the mouse */
    Color border;          /* outlines of surfaces (decorative) */
    Color text;            /* body text, on background and on surface */
    Color muted;           /* secondary text: labels, hints, speakers */
    Color accent;          /* selected things, primary buttons */
    Color accent_text;     /* text on accent */
    Color focus;           /* the keyboard focus ring */
    Color positive;        /* a meter that went up (always with a + sign) */
    Color negative;        /* a meter that went down (always with a - sign) */
    Color error;           /* error text */
    Color chart[THEME_CHART_COLORS];
} Theme;

#define THEME_PROJECTOR "high-contrast"  /* projector mode always uses this one */

/* Loads assets/themes/<name>.ini under data_dir; unknown or broken files fall back to the
 * built-in default, with diags saying why. */
void   theme_load(Theme *t, const char *data_dir, const char *name, DiagList *diags);
void   theme_builtin(Theme *t);                 /* the default palette, compiled in */
double theme_contrast(Color a, Color b);        /* WCAG 2 contrast ratio, 1 to 21 */

typedef struct {
    const char *name;          /* "text on surface" */
    size_t foreground, background; /* offsets into Theme */
} ThemePair;
extern const ThemePair theme_text_pairs[];      /* terminated by {NULL} */

#endif
