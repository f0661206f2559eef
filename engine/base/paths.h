/* paths: where leadsim finds its data (scripts/, assets/) and scenarios.
 * The data folder is, in order: $LEADSIM_DATA; the source tree the binary was
 * built in (build/leadsim -> ./); PREFIX/share/leadsim next to an installed
 * binary; the folder compiled in; the current folder. */
#ifndef LEADSIM_PATHS_H
#define LEADSIM_PATHS_H

#include <stdbool.h>
#include <stddef.h>

void        paths_init(const char *argv0);   /* call once, first */
const char *paths_data_dir(void);            /* never NULL */
const char *paths_scenarios_dir(void);       /* data/scripts/scenarios, unless settings chose another */
void        paths_set_scenarios_dir(const char *dir);
void        paths_reset_scenarios_dir(void);     /* back to the data folder's scripts/scenarios */

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
