/* cli: the command line. main.c dispatches to one function per command. */
#ifndef LEADSIM_CLI_H
#define LEADSIM_CLI_H

#include <stdbool.h>
#include <stdint.h>
#include "document.h"
#include "history.h"
#include "scenario.h"
#include "settings.h"
#include "session.h"
#include "ui.h"

enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2 }; /* SPEC's exit statuses */

int cli_play(int argc, char **argv);     /* leadsim play FILE|ID [options] */
int cli_check(int argc, char **argv);    /* leadsim check FILE|DIR... */
int cli_explore(int argc, char **argv);  /* leadsim explore FILE|ID [options] */
int cli_new(int argc, char **argv);      /* leadsim new NAME: a scenario from the template */
int cli_window(int argc, char **argv);   /* leadsim (no command): the library screen */
int cli_history(int argc, char **argv);  /* leadsim history [show N | compare N M] */
int cli_facilitate(int argc, char **argv); /* leadsim facilitate ID: a scenario for a room */
int cli_guide(int argc, char **argv);    /* leadsim guide ID|FILE: the facilitator's guide */
int cli_export(int argc, char **argv);   /* leadsim export N|last --format md|json|html|xapi|csv */
int cli_sync(int argc, char **argv);     /* leadsim sync: send the statements waiting for the LRS */

/* ---- shared by the commands ---- */

typedef struct {
    const char *name;          /* "--seed" */
    bool takes_value;
} CliOption;

/* Walks argv from *i. Returns the index of the option found (its value in *value), -1 for an
 * operand (in *value), -2 at the end, or -3 after printing a usage error. */
int  cli_next(int argc, char **argv, int *i, const CliOption *options, const char **value,
              const char *command);
int  cli_usage_error(const char *command, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
bool cli_parse_seed(const char *text, uint64_t *seed);
int  cli_parse_choices(const char *text, int **numbers); /* count (0 for ""), or -1 when malformed */

bool cli_parse_size(const char *text, int *w, int *h);   /* "1920x1080" */
/* Opens the window (or draws headless into `screenshot`) with these start options. */
int  cli_window_run(const AppStart *start, const char *screenshot, int w, int h);
/* The same, headless, driven by a script of keys (cli_window.c documents its lines); the last
 * frame goes to `screenshot` when given. */
int  cli_window_script(const AppStart *start, const char *keys, const char *screenshot, int w, int h);

/* Reads the settings (--settings FILE, or the usual places) and opens the history in their save
 * folder (its path in dir); NULL after saying why. */
History *cli_history_open(const char *settings_flag, Settings *settings, char *dir, size_t size);
/* The save folder for these settings (--settings FILE, or the usual places): false when there is none. */
bool cli_save_folder(const char *settings_flag, char *out, size_t size);

/* An attempt from the history, replayed into its debrief with the answers kept. */
typedef struct {
    AttemptDetail detail;
    Session session;
    DebriefDoc doc;
    bool built;
} CliAttempt;

/* "12" or "last" (the newest, among the filters; NULL: all); -1 when it is neither. */
int64_t cli_attempt_id(History *h, const char *text, const char *scenario, const char *player);
int  cli_attempt_open(History *h, int64_t id, CliAttempt *a);   /* EXIT_OK, or EXIT_INPUT after saying why */
void cli_attempt_close(CliAttempt *a);

/* Resolves FILE|ID and loads it, printing what went wrong. NULL on failure. */
Scenario *cli_load_scenario(const char *file_or_id);
/* The same, opening a session on it; 0, or -1 after printing why (diags holds the findings). */
int       cli_open_session(Session *s, const char *file_or_id, DiagList *diags);

#endif
