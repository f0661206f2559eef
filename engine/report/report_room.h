/* report_room: a room's group debrief as text, and the session's results as CSV. */
#ifndef LEADSIM_REPORT_ROOM_H
#define LEADSIM_REPORT_ROOM_H

#include <stdio.h>
#include "room_report.h"

void report_room_text(FILE *out, const RoomReport *rep, int width);
/* One row per decision and team (scene, the choice voted by id and text, votes, the room's
 * choice, the strongest), then one per team and competency (earned, best, worst, score). */
void report_room_csv(FILE *out, const Room *r);

#endif
