/* ui: the game window: library, scene, the debrief and its questions, settings and error screens.
 *
 * The same code draws into a real window or, headless, into a surface (for
 * --screenshot and the tests). It redraws only when something changed, and
 * sleeps in SDL_WaitEvent otherwise. */
#ifndef LEADSIM_UI_H
#define LEADSIM_UI_H

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>
#include "room.h"

typedef struct App App;

/* Writes a finished room's results (the CSV, and the group debrief as text beside it) and
 * says where in `path`; or why not, returning -1. The command lends it: the window does not
 * see the renderers. */
typedef int (*UiRoomExport)(const Room *room, char *path, size_t size);

typedef struct {
    const char *settings_path;   /* NULL: the usual places (settings.h) */
    const char *scenario;        /* FILE or ID to play at once; NULL opens the library */
    const int *choices;          /* then take these choice numbers */
    int choice_count;
    uint64_t seed;               /* for that playthrough */
    int page;                    /* the page to show: scene text page, or (after an ending) debrief page */
    const char *screen;          /* "library" or "settings"; after an ending, a step of the debrief:
                                  * "reactions", "estimate", "debrief" or "commitments" (unanswered) */
    const char *layout_log;      /* write every text box drawn here, as JSON lines (tests) */
    bool watch;                  /* reload the scenario when its file changes, replaying the choices */
    bool resume;                 /* continue the playthrough of `scenario` saved in progress */
    /* leadsim facilitate: `scenario` run for a room instead of a player */
    bool facilitate;
    const char *teams;           /* "Red,Blue" or NULL */
    int timer;                   /* discussion seconds; 0 none */
    bool leaderboard;
    UiRoomExport room_export;    /* NULL: the results are not written */
    bool phones;                 /* votes from phones: a server on the room's network while the room is open */
    int phones_port;             /* 0: 8080 */
    const char *phones_bind;     /* NULL: every interface */
} AppStart;

App  *app_create_window(const AppStart *start);               /* NULL with a message when no window opens */
App  *app_create_headless(int w, int h, const AppStart *start);
void  app_destroy(App *app);
int   app_run(App *app);                                      /* the event loop, until the player quits */
void  app_handle_event(App *app, const SDL_Event *e);
void  app_tick(App *app, uint32_t now_ms);                    /* timers: meter flags, the clicker delay */
void  app_render(App *app);
int   app_save_bmp(App *app, const char *path);               /* headless: the last frame */
const char *app_start_error(const App *app);                  /* what went wrong applying AppStart, or NULL */

/* For tests: where the app is. */
const char *app_screen_name(const App *app);   /* "library", "scene", "reactions", "estimate", "debrief",
                                                  "commitments", "settings", "error", "progress" */
const char *app_scene_id(const App *app);      /* the current scene, or NULL */
const char *app_banner(const App *app);        /* what --watch last said, or NULL */
const char *app_notice(const App *app);        /* the saves' and history's last news, or NULL */
int         app_debrief_page(const App *app);  /* from 1 */
int         app_debrief_pages(const App *app);
bool        app_dialog_open(const App *app);
bool        app_quit_requested(const App *app);
bool        app_blanked(const App *app);
uint32_t    app_redraws(const App *app);       /* frames drawn so far */
const Room *app_room(const App *app);          /* the room being run, or NULL */
bool        app_presenter_open(const App *app); /* the facilitator's second window is up */

#endif
