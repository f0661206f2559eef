/* room_report: the group debrief, worded once. */
#include "room_report.h"
#include "wrap.h"

#include <stdlib.h>
#include <string.h>

static const char *scene_name(const Scene *scene) { return scene->title ? scene->title : scene->id; }

/* "Red and Blue", "Red, Blue and Green", or "no team". */
static void team_list(const Room *r, const RoomDecision *d, int number, char *out, size_t size)
{
    int named = 0, total = 0;
    for (int t = 0; t < r->team_count; t++)
        total += d->team_votes[t] == number;
    out[0] = '\0';
    for (int t = 0; t < r->team_count; t++) {
        if (d->team_votes[t] != number)
            continue;
        size_t used = strlen(out);
        snprintf(out + used, size - used, "%s%s", named == 0 ? "" : named == total - 1 ? " and " : ", ",
                 r->teams[t]);
        named++;
    }
    if (named == 0)
        snprintf(out, size, "no team");
}

static void report_ending(RoomReport *rep)
{
    const Room *r = rep->room;
    const Playthrough *p = &r->session.play;
    const Scene *last = play_scene(p);
    DocFlow *f = &rep->flow;
    char score[32];
    f->part = PART_DESCRIPTION;
    doc_flow_add(f, BLOCK_SECTION, TONE_BODY, 0, "The room's ending");
    if (p->status == PLAY_ENDED && last->kind == SCENE_ENDING)
        doc_flow_add(f, BLOCK_PARAGRAPH, TONE_LEAD, 0, "Ending: %s", last->ending);
    else
        doc_flow_add(f, BLOCK_PARAGRAPH, TONE_LEAD, 0, "The session stopped at: %s", scene_name(last));
    char *epilogue = p->status == PLAY_ENDED && p->text ? wrap_normalize(p->text) : NULL;
    if (epilogue && epilogue[0])
        doc_flow_add(f, BLOCK_PARAGRAPH, TONE_NOTE, 0, "%s", epilogue);
    free(epilogue);
    doc_flow_add(f, BLOCK_PARAGRAPH, TONE_BODY, 0, "The room made %d decision%s together. Its path scores %s "
                 "overall; each team is scored on its own votes below. These are prompts for discussion, not "
                 "ratings of anyone in the room.", r->decision_count, r->decision_count == 1 ? "" : "s",
                 debrief_format(&rep->overall, score, sizeof score));
    if (r->team_count > 0) {
        doc_flow_add(f, BLOCK_HEADING, TONE_BODY, 0, "By domain, team by team");
        doc_flow_add(f, BLOCK_TEAM_CHART, TONE_BODY, 0, NULL);
    }
}

static void report_decision(RoomReport *rep, int i)
{
    const Room *r = rep->room;
    const RoomDecision *d = &r->decisions[i];
    DocFlow *f = &rep->flow;
    static const char *const marks[] = {"", " (the room's choice)", " (the strongest on offer)",
                                        " (the room's choice, and the strongest on offer)"};
    char teams[512];
    doc_flow_add(f, BLOCK_HEADING, TONE_LEAD, 0, "%d. %s", i + 1, scene_name(&r->session.scenario->scenes[d->scene]));
    for (int k = 0; k < d->shown_count; k++) {
        team_list(r, d, k + 1, teams, sizeof teams);
        if (r->team_count > 0)
            doc_flow_add(f, BLOCK_ITEM, k + 1 == d->taken ? TONE_LEAD : TONE_BODY, 0, "%d. %s: %s%s", k + 1,
                         d->texts[k], teams, marks[(k + 1 == d->taken) + 2 * (k + 1 == d->strongest)]);
        else
            doc_flow_add(f, BLOCK_ITEM, k + 1 == d->taken ? TONE_LEAD : TONE_BODY, 0, "%d. %s: %d vote%s%s", k + 1,
                         d->texts[k], d->counts[k], d->counts[k] == 1 ? "" : "s",
                         marks[(k + 1 == d->taken) + 2 * (k + 1 == d->strongest)]);
    }
    if (d->tie)
        doc_flow_add(f, BLOCK_PARAGRAPH, TONE_NOTE, 1, "The vote was tied; the facilitator chose.");
    else if (d->override)
        doc_flow_add(f, BLOCK_PARAGRAPH, TONE_NOTE, 1, "The facilitator chose another option than the majority's.");
}

static void report_disagreements(RoomReport *rep)
{
    const Room *r = rep->room;
    DocFlow *f = &rep->flow;
    int where[ROOM_PROMPTS];
    int count = room_disagreements(r, where, ROOM_PROMPTS);
    if (r->team_count < 2)
        return;
    doc_flow_add(f, BLOCK_SECTION, TONE_BODY, 0, "Where teams disagreed");
    if (count == 0) {
        doc_flow_add(f, BLOCK_PARAGRAPH, TONE_BODY, 0, "The teams voted alike at every decision. Where did they "
                     "agree for different reasons?");
        return;
    }
    for (int k = 0; k < count; k++) {
        const RoomDecision *d = &r->decisions[where[k]];
        char split[1024] = "", teams[512];
        size_t used = 0;
        for (int c = 0; c < d->shown_count && used < sizeof split; c++) {
            team_list(r, d, c + 1, teams, sizeof teams);
            if (strcmp(teams, "no team") != 0)
                used += (size_t)snprintf(split + used, sizeof split - used, "%s%s chose \"%s\"", used ? "; " : "",
                                         teams, d->texts[c]);
        }
        doc_flow_add(f, BLOCK_HEADING, TONE_LEAD, 0, "%d. %s", where[k] + 1,
                     scene_name(&r->session.scenario->scenes[d->scene]));
        doc_flow_add(f, BLOCK_PARAGRAPH, TONE_BODY, 0, "%s.", split);
        doc_flow_add(f, BLOCK_PARAGRAPH, TONE_ACCENT, 1, "For discussion: what was each team protecting, and what "
                     "would have changed its mind?");
    }
}

/* Teams by overall score, best first: only when the facilitator asked for it. */
static void report_leaderboard(RoomReport *rep)
{
    const Room *r = rep->room;
    DocFlow *f = &rep->flow;
    int order[ROOM_MAX_TEAMS];
    for (int t = 0; t < r->team_count; t++) {
        int j = t;
        for (; j > 0 && room_team_overall(r, t).score10 > room_team_overall(r, order[j - 1]).score10; j--)
            order[j] = order[j - 1];
        order[j] = t;
    }
    doc_flow_add(f, BLOCK_SECTION, TONE_BODY, 0, "Leaderboard");
    for (int k = 0; k < r->team_count; k++) {
        Score s = room_team_overall(r, order[k]);
        char score[32];
        doc_flow_add(f, BLOCK_ITEM, TONE_BODY, 0, "%d. %s: %s", k + 1, r->teams[order[k]],
                     debrief_format(&s, score, sizeof score));
    }
}

int room_report_build(RoomReport *rep, const Room *r)
{
    memset(rep, 0, sizeof *rep);
    rep->room = r;
    Debrief scores = {0};
    if (debrief_compute(&scores, &r->session.play) != 0)
        return -1;
    rep->overall = scores.overall;
    debrief_free(&scores);
    report_ending(rep);
    rep->flow.part = PART_ANALYSIS;
    doc_flow_add(&rep->flow, BLOCK_SECTION, TONE_BODY, 0, "Decision by decision");
    for (int i = 0; i < r->decision_count; i++)
        report_decision(rep, i);
    report_disagreements(rep);
    if (r->leaderboard && r->team_count > 1)
        report_leaderboard(rep);
    if (rep->flow.failed) {
        room_report_free(rep);
        return -1;
    }
    return 0;
}

void room_report_free(RoomReport *rep)
{
    doc_flow_free(&rep->flow);
}
