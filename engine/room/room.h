/* room: a scenario run for a room of people, by teams or as one group.
 *
 * The room walks one session (its path follows the room's choices). At each
 * decision votes are entered (a team's choice, or a count per choice), stay
 * hidden until the facilitator reveals them, and the room takes the majority,
 * or the facilitator's pick on a tie or by override. Each team is scored on its
 * own votes against the choices the room saw, with the playthrough's formula.
 * The room is saved after every vote and decision (atomically, as saves are),
 * so a crash or a closed window resumes where it was. */
#ifndef LEADSIM_ROOM_H
#define LEADSIM_ROOM_H

#include <stdbool.h>
#include <stdint.h>
#include "debrief.h"
#include "hash.h"
#include "session.h"
#include "writer.h"

#define ROOM_MAX_TEAMS 8
#define ROOM_TEAM_NAME 32
#define ROOM_FORMAT "leadsim-room"
#define ROOM_VERSION 1

typedef enum { ROOM_READING, ROOM_VOTING, ROOM_REVEALED } RoomPhase;

/* One decision as the room took it. */
typedef struct {
    int scene;                         /* scene index */
    int shown[SCENARIO_MAX_CHOICES];   /* choice indexes on screen, in order */
    int shown_count;
    int counts[SCENARIO_MAX_CHOICES];  /* votes per choice number - 1 */
    int team_votes[ROOM_MAX_TEAMS];    /* each team's choice number, 0 none */
    int taken;                         /* the room's choice number */
    int strongest;                     /* the strongest's number */
    bool tie, override;                /* the facilitator picked on a tie, or overrode the majority */
    char *texts[SCENARIO_MAX_CHOICES]; /* the choices as shown */
} RoomDecision;

typedef struct {
    Session session;
    char teams[ROOM_MAX_TEAMS][ROOM_TEAM_NAME];
    int team_count;                    /* 0: no teams, the room votes as one (counts per choice) */
    int timer;                         /* discussion seconds per decision; 0 none */
    bool leaderboard;
    RoomPhase phase;
    int counts[SCENARIO_MAX_CHOICES];  /* the current decision's votes by hand (hidden until revealed) */
    int phone_counts[SCENARIO_MAX_CHOICES]; /* and from phones, apart: a key never takes back a phone's vote
                                        * (a resumed room has none: its phones start again) */
    int team_votes[ROOM_MAX_TEAMS];
    RoomDecision *decisions;
    int decision_count, decision_capacity;
    int *team_sums;                    /* [team][competency][earned, best, worst] */
    int *team_tested;                  /* [team][competency] decisions that tested it */
    char save_path[4200];              /* "" when the room is not saved */
    Writer writer;                     /* writes it off the game thread (votes arrive many a frame) */
    char sha256[HASH_HEX];
    char problem[4400];                /* the last save problem, for the view ("" none) */
    int resumed_phone_votes;           /* phone votes a resume kept as counts (the view says so) */
} Room;

/* Opens `path` for a room; `teams` is "Red,Blue,Green" or NULL/"" for none. 0, or -1 with
 * diags (load errors) or `why` (a bad team list). */
int  room_open(Room *r, const char *path, const char *teams, int timer, bool leaderboard, DiagList *diags,
               char *why, size_t size);
void room_close(Room *r);
int  room_start(Room *r, uint64_t seed);    /* 0, or -1 (session.play.error) */
void room_save_to(Room *r, const char *path); /* save after every change from now on */
void room_flush(Room *r);                   /* waits until the last change is on disk */

/* Votes, while reading or voting; each returns false when not possible now. */
bool room_team_vote(Room *r, int team, int number);     /* sets or corrects; 0 clears */
bool room_count(Room *r, int number, int delta);         /* no teams: a choice's count up or down */
bool room_phone_count(Room *r, int number, int delta);   /* no teams: the phones' votes for a choice */
int  room_votes_in(const Room *r);                       /* how many votes, without saying for what */
int  room_votes_for(const Room *r, int number);          /* choice `number`'s votes (show them after the reveal) */
bool room_reveal(Room *r);
/* After reveal: the majority's number, or 0 on a tie (then *tied lists the tied numbers). */
int  room_majority(const Room *r, bool tied[SCENARIO_MAX_CHOICES]);
/* Takes choice `number` for the room (the majority, a pick on a tie, or an override). 0 or -1. */
int  room_decide(Room *r, int number);
int  room_continue(Room *r);                             /* narration */

/* A team's scores over the decisions it voted on. */
Score room_team_competency(const Room *r, int team, int competency);
Score room_team_domain(const Room *r, int team, int domain);
Score room_team_overall(const Room *r, int team);

/* Where teams disagreed most: decision indexes, most distinct votes first (ties: earlier
 * first), only decisions where at least two teams voted differently. Returns the count. */
int room_disagreements(const Room *r, int *out, int max);

/* Resumes the room saved at `save` (which names the scenario file). 0, or -1 with `why`. */
int room_resume(Room *r, const char *save, DiagList *diags, char *why, size_t size);

#endif
