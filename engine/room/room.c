/* room: votes, the reveal, the room's choice, and each team's scores. */
#include "room.h"
#include "room_save.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- teams -------------------------------------------------------------------------------------- */

/* "Red, Blue,Green" into r->teams; false with `why` for an empty, long, duplicate or excess name. */
static bool room_parse_teams(Room *r, const char *list, char *why, size_t size)
{
    r->team_count = 0;
    for (const char *p = list; p && *p;) {
        const char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        while (n > 0 && isspace((unsigned char)*p))
            p++, n--;
        while (n > 0 && isspace((unsigned char)p[n - 1]))
            n--;
        if (n == 0 || n >= ROOM_TEAM_NAME || r->team_count == ROOM_MAX_TEAMS) {
            snprintf(why, size, n == 0 ? "--teams has an empty name: give names separated by commas, like "
                     "\"Red,Blue,Green\"" : n >= ROOM_TEAM_NAME ? "--teams: a team name is at most %d characters"
                     : "--teams: at most %d teams", n >= ROOM_TEAM_NAME ? ROOM_TEAM_NAME - 1 : ROOM_MAX_TEAMS);
            return false;
        }
        snprintf(r->teams[r->team_count], ROOM_TEAM_NAME, "%.*s", (int)n, p);
        for (int t = 0; t < r->team_count; t++)
            if (strcmp(r->teams[t], r->teams[r->team_count]) == 0) {
                snprintf(why, size, "--teams names '%s' twice", r->teams[t]);
                return false;
            }
        r->team_count++;
        p = comma ? comma + 1 : p + strlen(p);
    }
    return true;
}

int room_open(Room *r, const char *path, const char *teams, int timer, bool leaderboard, DiagList *diags,
              char *why, size_t size)
{
    memset(r, 0, sizeof *r);
    why[0] = '\0';
    if (!room_parse_teams(r, teams, why, size))
        return -1;
    if (session_open(&r->session, path, diags) != 0)
        return -1;
    int n = r->session.scenario->framework->competency_count;
    r->team_sums = calloc((size_t)ROOM_MAX_TEAMS * (size_t)n * 3 + 1, sizeof *r->team_sums);
    r->team_tested = calloc((size_t)ROOM_MAX_TEAMS * (size_t)n + 1, sizeof *r->team_tested);
    if (!r->team_sums || !r->team_tested) {
        room_close(r);
        snprintf(why, size, "out of memory");
        return -1;
    }
    r->timer = timer;
    r->leaderboard = leaderboard;
    if (hash_file(path, r->sha256) != 0)
        r->sha256[0] = '\0';
    return 0;
}

void room_close(Room *r)
{
    writer_stop(&r->writer);
    for (int i = 0; i < r->decision_count; i++)
        for (int k = 0; k < r->decisions[i].shown_count; k++)
            free(r->decisions[i].texts[k]);
    free(r->decisions);
    free(r->team_sums);
    free(r->team_tested);
    if (r->session.scenario)
        session_close(&r->session);
    memset(r, 0, sizeof *r);
}

static void room_clear_votes(Room *r)
{
    memset(r->counts, 0, sizeof r->counts);
    memset(r->phone_counts, 0, sizeof r->phone_counts);
    memset(r->team_votes, 0, sizeof r->team_votes);
    const Scene *scene = play_scene(&r->session.play);
    r->phase = scene && scene->kind == SCENE_DECISION && r->session.play.status == PLAY_RUNNING ? ROOM_VOTING
                                                                                               : ROOM_READING;
}

int room_start(Room *r, uint64_t seed)
{
    if (session_start(&r->session, seed) != 0)
        return -1;
    room_clear_votes(r);
    room_save(r);
    return 0;
}

void room_save_to(Room *r, const char *path)
{
    writer_stop(&r->writer);
    snprintf(r->save_path, sizeof r->save_path, "%s", path);
    if (writer_start(&r->writer, path) != 0)
        snprintf(r->problem, sizeof r->problem, "%s: the room cannot be saved (no thread for it)", path);
    room_save(r);
}

void room_flush(Room *r)
{
    writer_flush(&r->writer);
}

/* ---- votes --------------------------------------------------------------------------------------- */

static bool room_voting(const Room *r, int number)
{
    return r->phase == ROOM_VOTING && number >= 0 && number <= r->session.play.shown_count;
}

bool room_team_vote(Room *r, int team, int number)
{
    if (!room_voting(r, number) || team < 0 || team >= r->team_count)
        return false;
    r->team_votes[team] = number;
    room_save(r);
    return true;
}

/* Hand counts and phone counts are kept apart, so that neither can take back the other's. */
static bool room_add(Room *r, int *counts, int number, int delta)
{
    if (r->team_count > 0 || !room_voting(r, number) || number == 0)
        return false;
    int *count = &counts[number - 1];
    if (*count + delta < 0 || *count + delta > 9999)
        return false;
    *count += delta;
    room_save(r);
    return true;
}

bool room_count(Room *r, int number, int delta) { return room_add(r, r->counts, number, delta); }

bool room_phone_count(Room *r, int number, int delta) { return room_add(r, r->phone_counts, number, delta); }

/* Votes per choice: the teams' votes, or the counts by hand and by phone. */
static void room_tally(const Room *r, int out[SCENARIO_MAX_CHOICES])
{
    if (r->team_count == 0) {
        for (int k = 0; k < SCENARIO_MAX_CHOICES; k++)
            out[k] = r->counts[k] + r->phone_counts[k];
        return;
    }
    memset(out, 0, SCENARIO_MAX_CHOICES * sizeof *out);
    for (int t = 0; t < r->team_count; t++)
        if (r->team_votes[t] > 0)
            out[r->team_votes[t] - 1]++;
}

int room_votes_for(const Room *r, int number)
{
    int tally[SCENARIO_MAX_CHOICES];
    room_tally(r, tally);
    return number >= 1 && number <= SCENARIO_MAX_CHOICES ? tally[number - 1] : 0;
}

int room_votes_in(const Room *r)
{
    int tally[SCENARIO_MAX_CHOICES], total = 0;
    room_tally(r, tally);
    for (int k = 0; k < SCENARIO_MAX_CHOICES; k++)
        total += tally[k];
    return total;
}

bool room_reveal(Room *r)
{
    if (r->phase != ROOM_VOTING)
        return false;
    r->phase = ROOM_REVEALED;
    room_save(r);
    return true;
}

int room_majority(const Room *r, bool tied[SCENARIO_MAX_CHOICES])
{
    int tally[SCENARIO_MAX_CHOICES], best = 0, winners = 0, winner = 0;
    room_tally(r, tally);
    for (int k = 0; k < r->session.play.shown_count; k++)
        best = tally[k] > best ? tally[k] : best;
    for (int k = 0; k < SCENARIO_MAX_CHOICES; k++) {
        tied[k] = k < r->session.play.shown_count && best > 0 && tally[k] == best;
        if (tied[k]) {
            winners++;
            winner = k + 1;
        }
    }
    return winners == 1 ? winner : 0;
}

/* ---- deciding -------------------------------------------------------------------------------------- */

/* Scores each team's vote at this decision, against the choices the room saw. */
static void room_score_teams(Room *r, const RoomDecision *d)
{
    const Scene *scene = &r->session.scenario->scenes[d->scene];
    int n = r->session.scenario->framework->competency_count;
    for (int t = 0; t < r->team_count; t++) {
        if (d->team_votes[t] == 0)
            continue;                  /* a team scores only where it voted */
        const Choice *voted = &scene->choices[d->shown[d->team_votes[t] - 1]];
        for (int i = 0; i < scene->touched_count; i++) {
            int c = scene->touched[i], high = -128, low = 127;
            for (int k = 0; k < d->shown_count; k++) {
                int w = scene->choices[d->shown[k]].weights[c];
                high = w > high ? w : high;
                low = w < low ? w : low;
            }
            int *sum = &r->team_sums[(t * n + c) * 3];
            sum[0] += voted->weights[c];
            sum[1] += high;
            sum[2] += low;
            r->team_tested[t * n + c] += high != low;
        }
    }
}

static RoomDecision *room_record(Room *r, int number)
{
    if (r->decision_count == r->decision_capacity) {
        int capacity = r->decision_capacity ? r->decision_capacity * 2 : 16;
        RoomDecision *grown = realloc(r->decisions, (size_t)capacity * sizeof *grown);
        if (grown == NULL)
            return NULL;
        r->decisions = grown;
        r->decision_capacity = capacity;
    }
    const Playthrough *p = &r->session.play;
    RoomDecision *d = &r->decisions[r->decision_count];
    memset(d, 0, sizeof *d);
    d->scene = p->scene;
    d->shown_count = p->shown_count;
    memcpy(d->shown, p->shown, sizeof d->shown);
    room_tally(r, d->counts);
    memcpy(d->team_votes, r->team_votes, sizeof d->team_votes);
    d->taken = number;
    d->strongest = play_strongest(p);
    for (int k = 0; k < p->shown_count; k++)
        d->texts[k] = strdup(play_shown_text(p, k + 1));
    bool tied[SCENARIO_MAX_CHOICES];
    int majority = room_majority(r, tied);
    d->tie = majority == 0 && room_votes_in(r) > 0;
    d->override = majority != 0 && majority != number;
    r->decision_count++;
    return d;
}

int room_decide(Room *r, int number)
{
    if (r->phase == ROOM_READING || number < 1 || number > r->session.play.shown_count)
        return -1;
    RoomDecision *d = room_record(r, number);
    if (d == NULL)
        return -1;
    room_score_teams(r, d);
    int result = session_choose(&r->session, number);
    room_clear_votes(r);
    room_save(r);
    return result;
}

int room_continue(Room *r)
{
    int result = session_continue(&r->session);
    room_clear_votes(r);
    room_save(r);
    return result;
}

/* ---- team scores ------------------------------------------------------------------------------------ */

Score room_team_competency(const Room *r, int team, int competency)
{
    int n = r->session.scenario->framework->competency_count;
    const int *sum = &r->team_sums[(team * n + competency) * 3];
    Score s = debrief_score(sum[0], sum[1], sum[2]);
    s.decisions = r->team_tested[team * n + competency];
    return s;
}

Score room_team_domain(const Room *r, int team, int domain)
{
    const Domain *dom = &r->session.scenario->framework->domains[domain];
    int total[3] = {0, 0, 0};
    for (int c = dom->first; c < dom->first + dom->count; c++) {
        Score s = room_team_competency(r, team, c);
        total[0] += s.earned;
        total[1] += s.best;
        total[2] += s.worst;
    }
    return debrief_score(total[0], total[1], total[2]);
}

Score room_team_overall(const Room *r, int team)
{
    int total[3] = {0, 0, 0};
    for (int c = 0; c < r->session.scenario->framework->competency_count; c++) {
        Score s = room_team_competency(r, team, c);
        total[0] += s.earned;
        total[1] += s.best;
        total[2] += s.worst;
    }
    return debrief_score(total[0], total[1], total[2]);
}

int room_disagreements(const Room *r, int *out, int max)
{
    int found = 0, distinct[256];
    for (int i = 0; i < r->decision_count && i < 256; i++) {
        bool seen[SCENARIO_MAX_CHOICES + 1] = {false};
        distinct[i] = 0;
        for (int t = 0; t < r->team_count; t++) {
            int v = r->decisions[i].team_votes[t];
            if (v > 0 && !seen[v]) {
                seen[v] = true;
                distinct[i]++;
            }
        }
    }
    for (int want = SCENARIO_MAX_CHOICES; want >= 2 && found < max; want--)
        for (int i = 0; i < r->decision_count && i < 256 && found < max; i++)
            if (distinct[i] == want)
                out[found++] = i;
    return found;
}
