/* room_save: a room as a JSON file, written after every vote and decision.
 *
 * It holds the scenario's file and SHA-256, the seed, the teams and settings,
 * each decision (scene id, the choices shown by id, the votes, the room's
 * choice, tie and override) and the votes of the decision under way. Resuming
 * replays the room's path and restores the votes. Written as saves are: a
 * temporary file, synced, renamed. */
#ifndef LEADSIM_ROOM_SAVE_H
#define LEADSIM_ROOM_SAVE_H

#include "room.h"

void room_save(Room *r);                     /* to r->save_path when set; a problem goes to r->problem */
char *room_save_json(const Room *r);         /* the document, for tests and the CSV's neighbours; free() it */
/* The usual file for a room of scenario `id` in `dir`: <dir>/<id>.room.json. */
void room_save_path(const char *dir, const char *id, char *out, size_t size);
/* A fresh room is about to be saved at `path`: an earlier room there is renamed aside (never
 * overwritten), and `note` says where it went. 0, or -1 (note says why) when it cannot be. */
int  room_set_aside(const char *path, char *note, size_t size);

#endif
