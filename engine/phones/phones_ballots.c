/* phones_ballots: phone votes into the room (see the header). */
#include "phones_ballots.h"

#include <string.h>

void phones_ballots_reset(PhonesBallots *b, uint32_t serial)
{
    b->serial = serial;
    b->count = 0;
}

static PhonesBallot *phones_ballot_for(PhonesBallots *b, const char *device)
{
    for (int i = 0; i < b->count; i++)
        if (strcmp(b->ballots[i].device, device) == 0)
            return &b->ballots[i];
    if (b->count == PHONES_MAX_DEVICES)
        return NULL;
    PhonesBallot *ballot = &b->ballots[b->count++];
    memset(ballot, 0, sizeof *ballot);
    memcpy(ballot->device, device, PHONES_TOKEN_HEX);
    ballot->device[PHONES_TOKEN_HEX - 1] = '\0';
    ballot->team = -1;
    return ballot;
}

int phones_ballots_team_choice(const PhonesBallots *b, int team)
{
    int votes[SCENARIO_MAX_CHOICES + 1] = {0};
    unsigned long first[SCENARIO_MAX_CHOICES + 1];
    for (int i = 0; i < b->count; i++) {
        const PhonesBallot *ballot = &b->ballots[i];
        if (ballot->team != team || ballot->choice < 1 || ballot->choice > SCENARIO_MAX_CHOICES)
            continue;
        if (votes[ballot->choice]++ == 0 || ballot->since < first[ballot->choice])
            first[ballot->choice] = ballot->since;
    }
    int best = 0;
    for (int k = 1; k <= SCENARIO_MAX_CHOICES; k++)
        if (votes[k] > 0 && (best == 0 || votes[k] > votes[best] || (votes[k] == votes[best] && first[k] < first[best])))
            best = k;
    return best;
}

int phones_ballots_apply(PhonesBallots *b, Room *room, const PhoneVote *votes, int n)
{
    int delta[SCENARIO_MAX_CHOICES + 1] = {0}, changed = 0;
    bool teams_touched[ROOM_MAX_TEAMS] = {false};
    for (int i = 0; i < n; i++) {
        if (votes[i].serial != b->serial || votes[i].choice < 1 || votes[i].choice > SCENARIO_MAX_CHOICES)
            continue;
        PhonesBallot *ballot = phones_ballot_for(b, votes[i].device);
        if (!ballot || (ballot->choice == votes[i].choice && ballot->team == votes[i].team))
            continue;
        delta[ballot->choice]--;
        delta[votes[i].choice]++;
        for (int t = 0; t < ROOM_MAX_TEAMS; t++)
            teams_touched[t] = teams_touched[t] || t == ballot->team || t == votes[i].team;
        ballot->choice = votes[i].choice;
        ballot->team = votes[i].team;
        ballot->since = ++b->arrivals;
        changed++;
    }
    /* One room call per choice or team, not per vote: each call saves the room. */
    for (int k = 1; room->team_count == 0 && k <= SCENARIO_MAX_CHOICES; k++)
        if (delta[k] != 0)
            room_phone_count(room, k, delta[k]);
    for (int t = 0; t < room->team_count; t++)
        if (teams_touched[t])
            room_team_vote(room, t, phones_ballots_team_choice(b, t));
    return changed;
}

void phones_state_from_room(const Room *room, uint32_t serial, bool open, PhoneState *out)
{
    memset(out, 0, sizeof *out);
    const Playthrough *play = &room->session.play;
    const Scene *scene = room->session.started ? play_scene(play) : NULL;
    for (int t = 0; t < room->team_count; t++)
        out->teams[t] = room->teams[t];
    out->team_count = room->team_count;
    if (!scene || scene->kind != SCENE_DECISION || play->status != PLAY_RUNNING)
        return;
    out->serial = serial;
    out->open = open && room->phase == ROOM_VOTING;
    out->title = scene->title;
    out->text = play->text;
    for (int k = 0; k < play->shown_count && k < SCENARIO_MAX_CHOICES; k++)
        out->choices[k] = (PhoneChoice){.text = play->shown_text[k], .id = scene->choices[play->shown[k]].id};
    out->choice_count = play->shown_count;
}
