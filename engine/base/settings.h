/* settings: settings.ini, read with inih and written back without losing
 * anything the user wrote.
 *
 * Where: --settings FILE; else ./settings.ini when it exists; else
 * $XDG_CONFIG_HOME/leadsim/settings.ini (~/.config/leadsim/settings.ini).
 * A bad value is reported with its line, the default is used, and the game
 * goes on. Saving rewrites only the values that changed, keeping comments and
 * unknown keys, through a temporary file and a rename. */
#ifndef LEADSIM_SETTINGS_H
#define LEADSIM_SETTINGS_H

#include <stdbool.h>
#include "diag.h"

typedef struct {
    int width, height;          /* window size in screen coordinates */
    bool fullscreen;
    bool projector;             /* larger type, high-contrast theme */
    char theme[32];             /* "default", "light", "high-contrast" */
    char font[512];             /* a family name for fontconfig, or a font file */
    double font_scale;          /* 0.8 to 1.5 */
    char player[64];            /* the player's name, shown in the debrief */
    bool reduce_motion;
    char renderer[16];          /* "auto", "software", "gpu": how the window is drawn */
    int clicker_delay;          /* seconds a clicker's focus rests on a choice before it is taken; 0 off */
    char scenarios[512];        /* folder of the library; "" = the bundled one */
    char saves[512];            /* folder for saves and exports; "" = saves/ in the data folder */
} Settings;

void settings_defaults(Settings *s);
/* Reads `path` into s (starting from the defaults). Problems go to diags with
 * their lines. Returns 0, or -1 when the file cannot be read (s keeps the defaults). */
int  settings_load(Settings *s, const char *path, DiagList *diags);
/* Writes s to `path`, keeping the file's comments, order and unknown keys. 0 or -1. */
int  settings_save(const Settings *s, const char *path);
/* The file to use: `explicit` when given, else ./settings.ini if present, else the XDG one. */
const char *settings_path(const char *explicit_path, char *buf, size_t size);

extern const char *const settings_themes[];    /* NULL-terminated */
extern const char *const settings_renderers[]; /* NULL-terminated */

#endif
