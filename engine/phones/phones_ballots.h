/* phones_ballots: the game thread's side of phone votes: feeds drained votes into a Room.
 *
 * One ballot per device for the current decision, replaced when the device changes its
 * vote. With no teams each ballot is one count for its choice (a change moves the count);
 * with teams, a team's vote is the choice most of its devices voted for (on a tie, the
 * choice whose current votes began first). Votes for another decision are ignored. */
#ifndef LEADSIM_PHONES_BALLOTS_H
#define LEADSIM_PHONES_BALLOTS_H

#include "phones_rules.h"
#include "room.h"

typedef struct {
    char device[PHONES_TOKEN_HEX];
    int team, choice;
    unsigned long since;             /* when this choice was cast (an arrival count) */
} PhonesBallot;

typedef struct {
    uint32_t serial;                 /* the decision these ballots are for */
    PhonesBallot ballots[PHONES_MAX_DEVICES];
    int count;
    unsigned long arrivals;
} PhonesBallots;

void phones_ballots_reset(PhonesBallots *b, uint32_t serial);   /* a new decision */
/* Applies votes to the room (room_count or room_team_vote). Returns how many votes changed a
 * ballot; a vote the room no longer takes (revealed) is dropped. */
int  phones_ballots_apply(PhonesBallots *b, Room *room, const PhoneVote *votes, int n);
int  phones_ballots_team_choice(const PhonesBallots *b, int team);  /* the team's choice, 0 none */

/* The room's current decision as phones see it, for phones_publish (which copies it): the
 * pointers are the room's own and valid until its next step. serial 0 when not at a decision. */
void phones_state_from_room(const Room *room, uint32_t serial, bool open, PhoneState *out);

#endif
