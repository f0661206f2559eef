/* paths: where leadsim finds its data (scripts/, assets/), scenarios, docs and saves.
 * The data folder is, in order: $LEADSIM_DATA; the source checkout the binary was
 * built in (build/leadsim, build/sanitize/leadsim -> the tree), even when a copy is
 * installed; PREFIX/share/leadsim next to an installed binary; the folder
 * compiled in; the current folder. */
#ifndef LEADSIM_PATHS_H
#define LEADSIM_PATHS_H

#include <stdbool.h>
#include <stddef.h>

void        paths_init(const char *argv0);   /* call once, first */
/* The lookup paths_init does, for a binary in exe_dir: false when no candidate holds data. */
bool        paths_locate_data(const char *exe_dir, const char *env, char *out, size_t size);
bool        paths_is_checkout(const char *dir);  /* a source tree (engine/ beside scripts/), not an install */
const char *paths_data_dir(void);            /* never NULL */
const char *paths_scenarios_dir(void);       /* data/scripts/scenarios, unless settings chose another */
void        paths_set_scenarios_dir(const char *dir);
void        paths_reset_scenarios_dir(void);     /* back to the data folder's scripts/scenarios */

/* Where saves and history go unless settings say otherwise: saves/ in a source
 * checkout, else $XDG_DATA_HOME/leadsim (~/.local/share/leadsim); never the installed
 * data folder. Not created here. NULL when there is no home folder to put it in. */
const char *paths_save_dir(void);
/* The same rule for given values (paths_save_dir passes the data folder and the environment). */
bool paths_default_save_dir(const char *data_dir, const char *xdg_data_home, const char *home, char *out,
                            size_t size);
/* docs/NAME in a checkout, PREFIX/share/doc/leadsim/NAME for an installed copy; false when it is not there. */
bool paths_doc_file(const char *name, char *out, size_t size);

/* FILE as given when it exists; otherwise ID -> <scenarios>/<ID>.lua. False when neither is found. */
bool paths_resolve_scenario(const char *file_or_id, char *out, size_t size);
/* What to type after `leadsim play` to reach the scenario file at `path`: its id when
 * that resolves to this very file, else the path. */
const char *paths_play_name(const char *path, const char *id);
/* The path as one shell word: itself when it is plain, else in single quotes, so that a
 * printed command is safe to paste. Valid until the next call. */
const char *paths_shell_quote(const char *path);
/* An id that may name a file: 1 to PATHS_ID_MAX of a-z, 0-9, '_' and '-' (no '/', no "..").
 * Checked before any path is built from a scenario's strings. */
#define PATHS_ID_MAX 64
bool paths_is_id(const char *id);
/* scripts/frameworks/<id>.lua beside the scenario's folder, else in the data folder; false for an id
 * that is not paths_is_id, or a path that does not fit. */
bool paths_framework_file(const char *scenario_path, const char *framework_id, char *out, size_t size);
const char *paths_display(const char *path);  /* relative to the working folder when inside it */
bool paths_is_dir(const char *path);
bool paths_make_dirs(const char *dir);        /* mkdir -p; false (errno set) when it cannot */
bool paths_is_file(const char *path);
/* The .lua files of a folder, sorted; skips names starting with '_' or '.'. Caller frees each and the list. */
int  paths_list_scenarios(const char *dir, char ***out);

#endif
