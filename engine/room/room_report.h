/* room_report: the group debrief of a room, and its CSV.
 *
 * The group debrief is a flow of blocks like the player's debrief (document.h),
 * worded here once: the room's ending, the domains with a bar per team (a
 * BLOCK_TEAM_CHART the view draws from room_team_domain), each decision's vote
 * split by team with the room's choice and the strongest, where teams
 * disagreed most as discussion prompts, and a leaderboard only when the
 * facilitator turned it on. */
#ifndef LEADSIM_ROOM_REPORT_H
#define LEADSIM_ROOM_REPORT_H

#include "document.h"
#include "room.h"

#define ROOM_PROMPTS 3                 /* disagreements offered for discussion */

typedef struct {
    const Room *room;
    DocFlow flow;
    Score overall;                     /* the room's own path, scored */
} RoomReport;

int  room_report_build(RoomReport *rep, const Room *r);   /* 0, or -1 out of memory */
void room_report_free(RoomReport *rep);

#endif
