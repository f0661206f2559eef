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
    /* [xapi]: who the statements are about, and the IRIs they use */
    char xapi_name[128];        /* the actor's name; "" = the player's */
    char xapi_mbox[256];        /* "mailto:someone@agency.gov", or "" for an account */
    char xapi_homepage[256];    /* the account's system, "https://lms.agency.gov" */
    char xapi_account[128];     /* the account's name there; "" = the player's name */
    char xapi_base[256];        /* activity IRIs start with it: <base>/scenarios/<id> */
    char xapi_platform[64];     /* context.platform */
    /* [lrs]: where statements are sent; nothing is queued while endpoint is "" */
    char lrs_endpoint[512];     /* https://, or http:// on this machine only */
    char lrs_username[256];
    char lrs_password[256];     /* never printed */
    int lrs_timeout;            /* seconds one request may take */
} Settings;

void settings_defaults(Settings *s);
/* True when the [xapi] actor can be named: an mbox, or an account's homepage. */
bool settings_xapi_actor(const Settings *s);
/* Reads `path` into s (starting from the defaults). Problems go to diags with
 * their lines. Returns 0, or -1 when the file cannot be read (s keeps the defaults). */
int  settings_load(Settings *s, const char *path, DiagList *diags);
/* A typed value as the file will give it back: no surrounding spaces, nothing from a ';' that
 * starts it or follows a space on (the file reads that as a comment). In place. */
void settings_tidy_text(char *text);
/* Writes s to `path`, keeping the file's comments, order and unknown keys. 0 or -1. */
int  settings_save(const Settings *s, const char *path);
/* The file to use: `explicit` when given, else ./settings.ini if present, else the XDG one. */
const char *settings_path(const char *explicit_path, char *buf, size_t size);

extern const char *const settings_themes[];    /* NULL-terminated */
extern const char *const settings_renderers[]; /* NULL-terminated */

#endif
