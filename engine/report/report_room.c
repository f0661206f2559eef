/* report_room: the group debrief's blocks as text; the CSV through libcsv. */
#include "report_room.h"
#include "report_csv.h"
#include "report_text.h"
#include "visible.h"

#include <string.h>

static void room_text_chart(FILE *out, const Room *r, int width)
{
    const Framework *fw = r->session.scenario->framework;
    char line[1024], score[32];
    for (int d = 0; d < fw->domain_count; d++) {
        size_t used = (size_t)snprintf(line, sizeof line, "- %s:", fw->domains[d].title);
        for (int t = 0; t < r->team_count && used < sizeof line; t++) {
            Score s = room_team_domain(r, t, d);
            used += (size_t)snprintf(line + used, sizeof line - used, "%s %s %s", t ? "," : "", r->teams[t],
                                     s.assessed ? debrief_format(&s, score, sizeof score) : "not assessed");
        }
        report_text_wrapped(out, line, width, 2);
    }
}

void report_room_text(FILE *out, const RoomReport *rep, int width)
{
    fputs("\n\n", out);
    visible_line(out, "GROUP DEBRIEF: %s", rep->room->session.scenario->title);
    for (int i = 0; i < rep->flow.count; i++) {
        const DocBlock *b = &rep->flow.blocks[i];
        if (b->kind == BLOCK_TEAM_CHART)
            room_text_chart(out, rep->room, width);
        else
            report_text_block(out, NULL, b, width);
    }
}

static const char *room_choice_id(const Room *r, const RoomDecision *d, int number, char *buf, size_t size)
{
    if (number < 1)
        return "";
    int k = d->shown[number - 1];
    return scenario_choice_name(&r->session.scenario->scenes[d->scene].choices[k], k + 1, buf, size);
}

/* One row: a team's vote (or, with no teams, one choice's count) at decision i. */
static void room_csv_vote(FILE *out, const Room *r, int i, const char *who, int number, int votes)
{
    const RoomDecision *d = &r->decisions[i];
    char decision[16], count[16], voted[32], taken[32], strongest[32];
    snprintf(decision, sizeof decision, "%d", i + 1);
    snprintf(count, sizeof count, "%d", votes);
    const char *row[] = {"vote", decision, r->session.scenario->scenes[d->scene].id, who,
                         room_choice_id(r, d, number, voted, sizeof voted), number > 0 ? d->texts[number - 1] : "",
                         count, room_choice_id(r, d, d->taken, taken, sizeof taken),
                         room_choice_id(r, d, d->strongest, strongest, sizeof strongest), "", "", "", "", ""};
    csv_row(out, row, 14);
}

static void room_csv_votes(FILE *out, const Room *r)
{
    for (int i = 0; i < r->decision_count; i++) {
        const RoomDecision *d = &r->decisions[i];
        for (int t = 0; t < r->team_count; t++)
            room_csv_vote(out, r, i, r->teams[t], d->team_votes[t], d->team_votes[t] > 0);
        for (int k = 0; r->team_count == 0 && k < d->shown_count; k++)
            room_csv_vote(out, r, i, "(the room)", k + 1, d->counts[k]);
    }
}

static void room_csv_scores(FILE *out, const Room *r)
{
    const Framework *fw = r->session.scenario->framework;
    for (int t = 0; t < r->team_count; t++)
        for (int c = 0; c < fw->competency_count; c++) {
            Score s = room_team_competency(r, t, c);
            char n[3][16], score[16];
            snprintf(n[0], sizeof n[0], "%d", s.earned);
            snprintf(n[1], sizeof n[1], "%d", s.best);
            snprintf(n[2], sizeof n[2], "%d", s.worst);
            const char *row[] = {"score", "", "", r->teams[t], "", "", "", "", "", fw->competencies[c].id,
                                 n[0], n[1], n[2], s.assessed ? debrief_tenths(s.score10, score, sizeof score) : ""};
            csv_row(out, row, 14);
        }
}

void report_room_csv(FILE *out, const Room *r)
{
    static const char *const head[] = {"row", "decision", "scene", "team", "choice_id", "choice_text", "votes",
                                       "room_choice", "strongest", "competency", "earned", "best", "worst", "score"};
    csv_row(out, head, 14);
    room_csv_votes(out, r);
    room_csv_scores(out, r);
}
