/* document: the debrief's data and its wording, in PEARLS order.
 *
 * Every sentence of the debrief is written here, once. The data is computed
 * first (decisions, trade-offs, growth areas, patterns, pivotal moments), then
 * the flow of blocks is laid out section by section. */
#include "document.h"
#include "wrap.h"

#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DOC_DEFAULT_CLOSING \
    "What is one thing you will do differently the next time you face a situation like this?"

/* ---- blocks ------------------------------------------------------------------------------------ */

typedef struct {
    DebriefDoc *doc;
    DocFlow out;
} Flow;

static char *doc_printf(const char *fmt, va_list ap)
{
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    char *text = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (text)
        vsnprintf(text, (size_t)n + 1, fmt, again);
    va_end(again);
    return text;
}

static DocBlock *doc_flow_addv(DocFlow *f, BlockKind kind, Tone tone, int indent, const char *fmt, va_list ap)
{
    if (f->count == f->capacity) {
        int capacity = f->capacity ? f->capacity * 2 : 128;
        DocBlock *grown = realloc(f->blocks, (size_t)capacity * sizeof *grown);
        if (grown == NULL) {
            f->failed = true;
            return NULL;
        }
        f->blocks = grown;
        f->capacity = capacity;
    }
    char *text = fmt ? doc_printf(fmt, ap) : NULL;
    if (fmt && text == NULL) {
        f->failed = true;
        return NULL;
    }
    if (kind == BLOCK_SECTION)
        f->sections++;
    DocBlock *b = &f->blocks[f->count++];
    *b = (DocBlock){kind, f->part, f->sections - 1, tone, indent, text, NULL, NULL, 0, 0, false};
    return b;
}

DocBlock *doc_flow_add(DocFlow *f, BlockKind kind, Tone tone, int indent, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    DocBlock *b = doc_flow_addv(f, kind, tone, indent, fmt, ap);
    va_end(ap);
    return b;
}

void doc_flow_free(DocFlow *f)
{
    for (int i = 0; i < f->count; i++) {
        free(f->blocks[i].text);
        free(f->blocks[i].detail);
    }
    free(f->blocks);
    memset(f, 0, sizeof *f);
}

static DocBlock *flow_add(Flow *f, BlockKind kind, Tone tone, int indent, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static DocBlock *flow_add(Flow *f, BlockKind kind, Tone tone, int indent, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    DocBlock *b = doc_flow_addv(&f->out, kind, tone, indent, fmt, ap);
    va_end(ap);
    return b;
}

/* Prose as its author wrote it, without their editor's indentation. */
static void flow_prose(Flow *f, Tone tone, int indent, const char *prefix, const char *text)
{
    char *normalized = wrap_normalize(text ? text : "");
    if (normalized == NULL) {
        f->out.failed = true;
        return;
    }
    flow_add(f, BLOCK_PARAGRAPH, tone, indent, "%s%s", prefix, normalized);
    free(normalized);
}

static const char *plural(int n) { return n == 1 ? "" : "s"; }

static const char *scene_name(const Scene *scene) { return scene->title ? scene->title : scene->id; }

/* The full stop a sentence ending in `text` still needs: none after "a.m." or a question. */
static const char *stop(const char *text)
{
    size_t n = strlen(text);
    return n > 0 && strchr(".?!", text[n - 1]) ? "" : ".";
}

/* ---- the data: decisions ------------------------------------------------------------------------ */

/* Appends "Trust down 10 to 40; Budget gap up 5 to 35": the meters that moved between two points
 * of decision i (`later` false: before it and after the choice; true: from there to the next
 * decision, or the end). Returns how many. */
static int doc_moves(const DebriefDoc *doc, int i, bool later, char *text, size_t size, size_t *used)
{
    const Scenario *sc = doc->scenario;
    int count = 0;
    for (int m = 0; m < sc->meter_count && *used < size; m++) {
        SessionMove move = session_move(doc->session, i, m);
        double from = later ? move.chosen : move.before, to = later ? move.later : move.chosen;
        if (to == from)
            continue;
        *used += (size_t)snprintf(text + *used, size - *used, "%s%s %s %.10g to %.10g", count++ ? "; " : "",
                                  sc->meters[m].label, to > from ? "up" : "down", fabs(to - from), to);
    }
    return count;
}

/* "Trust up 5 to 55. Next: Tuesday. Before your next decision: Trust down 20 to 35."
 * What the choice did comes first; what moved before the player chose again (a narration, an
 * event) is said apart, so a choice is never given a change it did not make. */
static char *doc_followed(const DebriefDoc *doc, int i)
{
    const Scenario *sc = doc->scenario;
    char text[4096] = "";
    size_t used = 0;
    if (doc_moves(doc, i, false, text, sizeof text, &used) == 0 && sc->meter_count > 0)
        used = (size_t)snprintf(text, sizeof text, "No meter moved");
    const int *followed = doc->session->followed;
    const Scene *next = followed[i] >= 0 ? &sc->scenes[followed[i]] : NULL;
    if (used < sizeof text && next && next->kind == SCENE_ENDING)
        used += (size_t)snprintf(text + used, sizeof text - used, "%sIt led to the ending \"%s\".", used ? ". " : "",
                                 next->ending);
    else if (used < sizeof text && next && next->title)
        used += (size_t)snprintf(text + used, sizeof text - used, "%sNext: %s%s", used ? ". " : "", next->title,
                                 stop(next->title));
    else if (used < sizeof text && used > 0)
        used += (size_t)snprintf(text + used, sizeof text - used, ".");
    if (used < sizeof text) {
        char then[2048] = "";
        size_t then_used = 0;
        if (doc_moves(doc, i, true, then, sizeof then, &then_used) > 0)
            snprintf(text + used, sizeof text - used, " %s: %s.",
                     i + 1 < doc->session->play.decision_count ? "Before your next decision" : "By the end", then);
    }
    return strdup(text);
}

static int doc_decisions(DebriefDoc *doc)
{
    const Playthrough *p = &doc->session->play;
    const Scenario *sc = doc->scenario;
    doc->decision_count = p->decision_count;
    doc->decisions = calloc((size_t)p->decision_count + 1, sizeof *doc->decisions);
    if (doc->decisions == NULL)
        return -1;
    for (int i = 0; i < p->decision_count; i++) {
        const PlayDecision *pd = &p->decisions[i];
        DocDecision *d = &doc->decisions[i];
        const Scene *scene = &sc->scenes[pd->scene];
        const Choice *chosen = &scene->choices[pd->choice], *best = &scene->choices[pd->strongest];
        d->scene = scene;
        d->number = pd->number;
        scenario_choice_name(chosen, pd->choice + 1, d->choice, sizeof d->choice);
        d->text = pd->text;
        d->feedback = chosen->feedback;
        d->strongest = pd->strongest_number;
        d->gap = best->weight_sum - chosen->weight_sum;
        d->stronger = d->gap > 0;            /* a tie is never "a stronger move" */
        d->stronger_text = d->stronger ? pd->strongest_text : NULL;
        d->stronger_feedback = d->stronger ? best->feedback : NULL;
        for (int m = 0; m < sc->meter_count; m++) {
            double range = sc->meters[m].max - sc->meters[m].min;
            SessionMove move = session_move(doc->session, i, m);     /* what the choice did, not events */
            d->moved += fabs(move.chosen - move.before) / (range > 0 ? range : 1);
        }
        d->followed = doc_followed(doc, i);
        if (d->followed == NULL)
            return -1;
    }
    return 0;
}

/* The decisions with the largest gap to the strongest, then the largest meter changes. */
static void doc_pivotal(DebriefDoc *doc)
{
    for (int k = 0; k < DOC_PIVOTAL; k++) {
        int pick = -1;
        for (int i = 0; i < doc->decision_count; i++) {
            const DocDecision *d = &doc->decisions[i], *p = pick >= 0 ? &doc->decisions[pick] : NULL;
            if (d->pivotal || (d->gap <= 0 && d->moved <= 0))
                continue;
            if (!p || d->gap > p->gap || (d->gap == p->gap && d->moved > p->moved))
                pick = i;
        }
        if (pick < 0)
            break;
        doc->decisions[pick].pivotal = true;
    }
    doc->pivotal_count = 0;
    for (int i = 0; i < doc->decision_count; i++)
        if (doc->decisions[i].pivotal)
            doc->pivotal[doc->pivotal_count++] = i;
}

/* ---- the data: trade-offs, growth areas, patterns ------------------------------------------------ */

/* Per decision and competency: the loss (highest on screen minus chosen), and whether it
 * was traded (the chosen choice was a strongest one) or missed. `missed_at` marks
 * [i * n + c] for the growth areas' "missed at". */
static void doc_losses(DebriefDoc *doc, unsigned char *missed_at, int *tested, int *missed_count)
{
    const Playthrough *p = &doc->session->play;
    int n = doc->framework->competency_count;
    for (int i = 0; i < p->decision_count; i++) {
        const PlayDecision *pd = &p->decisions[i];
        const Scene *scene = &doc->scenario->scenes[pd->scene];
        const Choice *chosen = &scene->choices[pd->choice];
        bool strongest = !doc->decisions[i].stronger;
        for (int t = 0; t < scene->touched_count; t++) {
            int c = scene->touched[t], high = -128, low = 127;
            for (int k = 0; k < scene->choice_count; k++)
                if (pd->shown & (1u << k)) {
                    int w = scene->choices[k].weights[c];
                    high = w > high ? w : high;
                    low = w < low ? w : low;
                }
            if (high == low)
                continue;
            tested[c]++;
            int loss = high - chosen->weights[c];
            if (loss <= 0)
                continue;
            if (strongest) {
                doc->traded[c] += loss;
            } else {
                doc->missed[c] += loss;
                missed_at[i * n + c] = 1;
                missed_count[c]++;
            }
        }
    }
}

/* True when competency x comes before y among growth areas: more missed, then the lower score. */
static bool doc_grows_before(const DebriefDoc *doc, int x, int y)
{
    if (doc->missed[x] != doc->missed[y])
        return doc->missed[x] > doc->missed[y];
    if (doc->scores.competencies[x].score10 != doc->scores.competencies[y].score10)
        return doc->scores.competencies[x].score10 < doc->scores.competencies[y].score10;
    return x < y;
}

static int doc_analysis(DebriefDoc *doc, unsigned char *missed_at)
{
    int n = doc->framework->competency_count;
    int *tested = calloc((size_t)n * 2 + 1, sizeof *tested);
    doc->patterns = calloc((size_t)n + 1, sizeof *doc->patterns);
    doc->trades = calloc((size_t)doc->decision_count * (size_t)n + 1, sizeof *doc->trades);
    if (!tested || !doc->patterns || !doc->trades) {
        free(tested);
        return -1;
    }
    int *missed_count = tested + n;
    doc_losses(doc, missed_at, tested, missed_count);
    for (int c = 0; c < n; c++) {
        if (!doc->scores.competencies[c].assessed)
            continue;
        if (doc->missed[c] > 0) {               /* a growth area candidate, kept in order */
            int j = doc->growth_count < DEBRIEF_HIGHLIGHTS ? doc->growth_count++ : DEBRIEF_HIGHLIGHTS;
            for (; j > 0 && doc_grows_before(doc, c, doc->growth[j - 1]); j--)
                if (j < DEBRIEF_HIGHLIGHTS)
                    doc->growth[j] = doc->growth[j - 1];
            if (j < DEBRIEF_HIGHLIGHTS)
                doc->growth[j] = c;
        }
        if (tested[c] >= 2 && missed_count[c] == tested[c])
            doc->patterns[doc->pattern_count++] = c;
    }
    /* Trade-offs: competencies that lost only at strongest choices. */
    const Playthrough *p = &doc->session->play;
    for (int i = 0; i < doc->decision_count; i++) {
        if (doc->decisions[i].stronger)
            continue;
        const PlayDecision *pd = &p->decisions[i];
        const Scene *scene = &doc->scenario->scenes[pd->scene];
        for (int t = 0; t < scene->touched_count; t++) {
            int c = scene->touched[t], high = -128;
            if (doc->missed[c] > 0 || doc->traded[c] == 0)
                continue;
            for (int k = 0; k < scene->choice_count; k++)
                if ((pd->shown & (1u << k)) && scene->choices[k].weights[c] > high)
                    high = scene->choices[k].weights[c];
            int loss = high - scene->choices[pd->choice].weights[c];
            if (loss > 0)
                doc->trades[doc->trade_count++] = (DocTrade){c, i, loss};
        }
    }
    free(tested);
    return 0;
}

/* "Managing Resources and Effective Decision Making": what the chosen choice gained over
 * the alternative that was best for competency c. */
static void doc_gained(const DebriefDoc *doc, const DocTrade *t, char *buf, size_t size)
{
    const PlayDecision *pd = &doc->session->play.decisions[t->decision];
    const Scene *scene = &doc->scenario->scenes[pd->scene];
    const Choice *chosen = &scene->choices[pd->choice], *other = NULL;
    for (int k = 0; k < scene->choice_count; k++)
        if ((pd->shown & (1u << k)) && (!other || scene->choices[k].weights[t->competency] > other->weights[t->competency]))
            other = &scene->choices[k];
    size_t used = 0;
    int named = 0;
    buf[0] = '\0';
    for (int c = 0; c < doc->framework->competency_count && named < 2 && used < size; c++)
        if (chosen->weights[c] > 0 && chosen->weights[c] > other->weights[c])
            used += (size_t)snprintf(buf + used, size - used, "%s%s", named++ ? " and " : "",
                                     doc->framework->competencies[c].title);
    if (named == 0)
        snprintf(buf, size, "a stronger choice overall");
}

/* ---- the flow: reactions and description ------------------------------------------------------------ */

/* A block that introduces prompts: a view that does not ask leaves it out. */
static void flow_asking(Flow *f, BlockKind kind, Tone tone, const char *text)
{
    DocBlock *b = flow_add(f, kind, tone, 0, "%s", text);
    if (b)
        b->asks = true;
}

static void flow_prompt(Flow *f, PromptKind prompt, int target, const char *text)
{
    DocBlock *b = flow_add(f, BLOCK_PROMPT, TONE_BODY, 0, "%s", text);
    if (b) {
        b->prompt = prompt;
        b->target = target;
    }
}

static void flow_reactions(Flow *f)
{
    DebriefDoc *doc = f->doc;
    f->out.part = PART_REACTIONS;
    flow_asking(f, BLOCK_SECTION, TONE_BODY, "Before the scores");
    flow_asking(f, BLOCK_PARAGRAPH, TONE_NOTE, "Take a moment with what just happened, before you see any score. "
                "Answer in a few words, or skip any question.");
    flow_prompt(f, PROMPT_FEELING, 0, "How did that feel?");
    flow_prompt(f, PROMPT_MATTERED, 0, "Which decision mattered most, and why?");
    flow_asking(f, BLOCK_HEADING, TONE_BODY, "How do you think you did?");
    flow_asking(f, BLOCK_PARAGRAPH, TONE_NOTE, "Rate yourself in each area from 1 (not well) to 5 (very well). "
                "Your ratings appear beside your scores.");
    for (int i = 0; i < doc->framework->domain_count && i < DOC_MAX_DOMAINS; i++)
        flow_prompt(f, PROMPT_ESTIMATE, i, doc->framework->domains[i].title);
}

static void flow_decision(Flow *f, int i)
{
    const DocDecision *d = &f->doc->decisions[i];
    flow_add(f, BLOCK_HEADING, TONE_LEAD, 0, "%d. %s", i + 1, scene_name(d->scene));
    flow_prose(f, TONE_BODY, 0, "You chose: ", d->text);
    if (d->feedback)
        flow_prose(f, TONE_NOTE, 1, "", d->feedback);
    if (d->stronger) {
        flow_prose(f, TONE_ACCENT, 0, "A stronger move: ", d->stronger_text);
        if (d->stronger_feedback)
            flow_prose(f, TONE_NOTE, 1, "", d->stronger_feedback);
    } else {
        const Scene *scene = d->scene;
        int ties = 0;
        for (int k = 0; k < scene->choice_count; k++)
            if ((f->doc->session->play.decisions[i].shown & (1u << k)) &&
                scene->choices[k].weight_sum == scene->choices[f->doc->session->play.decisions[i].choice].weight_sum)
                ties++;
        flow_add(f, BLOCK_PARAGRAPH, TONE_POSITIVE, 1, ties > 1 ? "No choice on offer was stronger; another was "
                 "as strong in a different way." : "This was the strongest choice on offer.");
    }
}

static void flow_description(Flow *f)
{
    DebriefDoc *doc = f->doc;
    const Playthrough *p = &doc->session->play;
    f->out.part = PART_DESCRIPTION;
    flow_add(f, BLOCK_SECTION, TONE_BODY, 0, "What happened");
    if (doc->ended)
        flow_add(f, BLOCK_PARAGRAPH, TONE_LEAD, 0, "Ending: %s", doc->last->ending);
    else
        flow_add(f, BLOCK_PARAGRAPH, TONE_LEAD, 0, "Stopped at: %s", scene_name(doc->last));
    if (doc->epilogue && doc->epilogue[0])
        flow_prose(f, TONE_NOTE, 0, "", doc->epilogue);
    flow_add(f, BLOCK_PARAGRAPH, TONE_BODY, 0, "%s %d decision%s%s%s.",
             doc->ended ? "You reached this ending after" : "The playthrough stopped after", p->decision_count,
             plural(p->decision_count), doc->player[0] ? ", " : "", doc->player);
    flow_add(f, BLOCK_HEADING, TONE_BODY, 0, "Your decisions");
    for (int i = 0; i < doc->decision_count; i++)
        flow_decision(f, i);

    flow_add(f, BLOCK_SECTION, TONE_BODY, 0, "Pivotal moments");
    if (doc->pivotal_count == 0) {
        flow_add(f, BLOCK_PARAGRAPH, TONE_BODY, 0, "No decision stood out: you took the strongest choice each "
                 "time, and none moved the meters.");
        return;
    }
    flow_add(f, BLOCK_PARAGRAPH, TONE_NOTE, 0, "The decision%s where the most was at stake: where the strongest "
             "choice was furthest from yours, or the meters moved most.", plural(doc->pivotal_count));
    for (int k = 0; k < doc->pivotal_count; k++) {
        const DocDecision *d = &doc->decisions[doc->pivotal[k]];
        flow_add(f, BLOCK_HEADING, TONE_LEAD, 0, "%d. %s", doc->pivotal[k] + 1, scene_name(d->scene));
        flow_prose(f, TONE_BODY, 0, "You chose: ", d->text);
        flow_add(f, BLOCK_PARAGRAPH, TONE_BODY, 1, "What followed: %s", d->followed);
        if (d->stronger)
            flow_prose(f, TONE_ACCENT, 1, "What else was on offer: ", d->stronger_text);
    }
}

/* ---- the flow: analysis --------------------------------------------------------------------------- */

/* "developing, 3 decisions", "strong, 1 decision, thin evidence" */
static char *doc_detail(const Score *s)
{
    char text[96];
    snprintf(text, sizeof text, "%s, %d decision%s%s", debrief_band_name(debrief_band(s)), s->decisions,
             plural(s->decisions), debrief_thin(s) ? ", thin evidence" : "");
    return strdup(text);
}

static void flow_scores(Flow *f)
{
    DebriefDoc *doc = f->doc;
    const Framework *fw = doc->framework;
    f->out.part = PART_ANALYSIS;
    flow_add(f, BLOCK_SECTION, TONE_BODY, 0, "Scores");
    flow_add(f, BLOCK_PARAGRAPH, TONE_NOTE, 0, "These scores are formative feedback on one playthrough, not a "
             "rating of you as a leader. Each choice counts only where a decision actually tested a competency.");
    DocBlock *b = flow_add(f, BLOCK_OVERALL, TONE_BODY, 0, "Overall");
    if (b)
        b->score = &doc->scores.overall;
    flow_add(f, BLOCK_HEADING, TONE_BODY, 0, "By domain");
    flow_add(f, BLOCK_CHART, TONE_BODY, 0, NULL);
    flow_add(f, BLOCK_HEADING, TONE_BODY, 0, "Competencies");
    flow_add(f, BLOCK_PARAGRAPH, TONE_NOTE, 0, "Scores are out of 100. Bands: strong 75 and over, developing 40 "
             "to 74.9, emerging under 40. Thin evidence: only one decision tested it.");
    char names[2048];
    for (int i = 0; i < fw->domain_count; i++) {
        const Domain *dom = &fw->domains[i];
        if (!doc->scores.domains[i].assessed)
            continue;
        flow_add(f, BLOCK_HEADING, TONE_NOTE, 0, "%s", dom->title);
        for (int c = dom->first; c < dom->first + dom->count; c++) {
            const Score *s = &doc->scores.competencies[c];
            if (!s->assessed || !(b = flow_add(f, BLOCK_SCORE, TONE_BODY, 0, "%s", fw->competencies[c].title)))
                continue;
            b->score = s;
            b->detail = doc_detail(s);
        }
    }
    size_t used = 0;
    int unassessed = 0;
    for (int c = 0; c < fw->competency_count && used < sizeof names; c++)
        if (!doc->scores.competencies[c].assessed)
            used += (size_t)snprintf(names + used, sizeof names - used, "%s%s", unassessed++ ? ", " : "",
                                     fw->competencies[c].title);
    if (unassessed)
        flow_add(f, BLOCK_PARAGRAPH, TONE_NOTE, 0, "Not assessed on this path: %s.", names);
}

static void flow_growth(Flow *f, const unsigned char *missed_at)
{
    DebriefDoc *doc = f->doc;
    const Framework *fw = doc->framework;
    int n = fw->competency_count;
    char score[32], where[1024];
    flow_add(f, BLOCK_HEADING, TONE_BODY, 0, "Growth areas");
    flow_add(f, BLOCK_PARAGRAPH, TONE_NOTE, 0, "Where a stronger choice was on offer and you took another. "
             "What each looks like done well:");
    for (int g = 0; g < doc->growth_count; g++) {
        int c = doc->growth[g];
        flow_add(f, BLOCK_HEADING, TONE_LEAD, 0, "%s (%s)", fw->competencies[c].title,
                 debrief_format(&doc->scores.competencies[c], score, sizeof score));
        size_t used = 0;
        int named = 0;
        for (int i = 0; i < doc->decision_count && used < sizeof where; i++)
            if (missed_at[i * n + c])
                used += (size_t)snprintf(where + used, sizeof where - used, "%s%d. %s", named++ ? "; " : "",
                                         i + 1, scene_name(doc->decisions[i].scene));
        flow_add(f, BLOCK_PARAGRAPH, TONE_BODY, 1, "Points missed at %s%s", where, stop(where));
        flow_prose(f, TONE_NOTE, 1, "", fw->competencies[c].description);
    }
}

/* One decision's trade-offs, from trades[t]; returns the index after them. */
static int flow_trade(Flow *f, int t)
{
    const DebriefDoc *doc = f->doc;
    const DocTrade *first = &doc->trades[t];
    char gained[512], gave[1024];
    doc_gained(doc, first, gained, sizeof gained);
    size_t used = 0;
    int end = t;
    for (; end < doc->trade_count && doc->trades[end].decision == first->decision && used < sizeof gave; end++) {
        const DocTrade *x = &doc->trades[end];
        bool last = end + 1 == doc->trade_count || doc->trades[end + 1].decision != first->decision;
        used += (size_t)snprintf(gave + used, sizeof gave - used, "%s%s (%d point%s)",
                                 end == t ? "" : last ? " and " : ", ", doc->framework->competencies[x->competency].title,
                                 x->points, plural(x->points));
    }
    flow_add(f, BLOCK_ITEM, TONE_BODY, 0, "At %d. %s: to gain %s, you gave up %s.", first->decision + 1,
             scene_name(doc->decisions[first->decision].scene), gained, gave);
    return end;
}

static void flow_highlights(Flow *f, const unsigned char *missed_at)
{
    DebriefDoc *doc = f->doc;
    const Framework *fw = doc->framework;
    const Scenario *sc = doc->scenario;
    char score[32];
    flow_add(f, BLOCK_SECTION, TONE_BODY, 0, "Strengths and growth");
    flow_add(f, BLOCK_HEADING, TONE_BODY, 0, "Strengths");
    if (doc->scores.strength_count == 0)
        flow_add(f, BLOCK_PARAGRAPH, TONE_BODY, 0, "No competency was tested on this path.");
    for (int i = 0; i < doc->scores.strength_count; i++) {
        int c = doc->scores.strengths[i];
        flow_add(f, BLOCK_ITEM, TONE_BODY, 0, "%s (%s)", fw->competencies[c].title,
                 debrief_format(&doc->scores.competencies[c], score, sizeof score));
    }
    if (doc->trade_count > 0) {
        flow_add(f, BLOCK_HEADING, TONE_BODY, 0, "Trade-offs");
        flow_add(f, BLOCK_PARAGRAPH, TONE_NOTE, 0, "Points you gave up by taking a strongest choice: every option "
                 "there cost something. These are the price of a good call, not growth areas.");
        for (int t = 0; t < doc->trade_count;)
            t = flow_trade(f, t);
    }
    if (doc->growth_count > 0)
        flow_growth(f, missed_at);
    if (doc->pattern_count > 0) {
        flow_add(f, BLOCK_HEADING, TONE_BODY, 0, "Patterns");
        for (int i = 0; i < doc->pattern_count; i++)
            flow_add(f, BLOCK_ITEM, TONE_BODY, 0, "%s: every decision that tested it, you took a choice that "
                     "showed it less than another on offer.", fw->competencies[doc->patterns[i]].title);
    }
    if (sc->meter_count > 0) {
        flow_add(f, BLOCK_HEADING, TONE_BODY, 0, "Final meters");
        for (int m = 0; m < sc->meter_count; m++)
            flow_add(f, BLOCK_ITEM, TONE_BODY, 0, "%s: %.10g (started at %.10g)", sc->meters[m].label,
                     doc->meters[m], sc->meters[m].value);
    }
}

/* ---- the flow: application ------------------------------------------------------------------------- */

static void flow_application(Flow *f, bool interactive)
{
    DebriefDoc *doc = f->doc;
    const Scenario *sc = doc->scenario;
    f->out.part = PART_APPLICATION;
    flow_add(f, BLOCK_SECTION, TONE_BODY, 0, "Reflect");
    if (sc->reflection_count > 0)
        flow_add(f, BLOCK_HEADING, TONE_BODY, 0, "Questions to reflect on");
    for (int i = 0; i < sc->reflection_count; i++)
        flow_add(f, BLOCK_ITEM, TONE_BODY, 0, "%d. %s", i + 1, sc->reflection[i]);
    flow_add(f, BLOCK_HEADING, TONE_BODY, 0, "Before you close");
    flow_prose(f, TONE_BODY, 0, "", sc->closing ? sc->closing : DOC_DEFAULT_CLOSING);
    if (interactive) {
        flow_asking(f, BLOCK_HEADING, TONE_BODY, "Your commitments");
        flow_asking(f, BLOCK_PARAGRAPH, TONE_NOTE, "Write up to two things you will do at work. You can skip "
                    "either; what you write stays with this attempt.");
        for (int k = 0; k < DOC_COMMITMENTS; k++)
            flow_prompt(f, PROMPT_COMMITMENT, k, "At work, I will ...");
    }
    flow_add(f, BLOCK_HEADING, TONE_BODY, 0, "Play it again");
    flow_add(f, BLOCK_PARAGRAPH, TONE_NOTE, 0, "Another path shows other competencies. Seed %" PRIu64 ". To replay "
             "this exact path: %s", doc->seed, doc->replay);
}

/* ---- building --------------------------------------------------------------------------------------- */

static int doc_identity(DebriefDoc *doc, const Session *s, const char *player)
{
    const Playthrough *p = &s->play;
    doc->session = s;
    doc->scenario = s->scenario;
    doc->framework = s->scenario->framework;
    snprintf(doc->player, sizeof doc->player, "%s", player ? player : "");
    snprintf(doc->title, sizeof doc->title, "%s: your debrief", s->scenario->title);
    doc->seed = p->seed;
    doc->last = play_scene(p);
    doc->ended = p->status == PLAY_ENDED && doc->last && doc->last->kind == SCENE_ENDING;
    doc->epilogue = doc->ended ? p->text : NULL;
    doc->meters = p->meters;
    char numbers[4096];
    record_numbers(&s->record, numbers, sizeof numbers);
    size_t size = strlen(numbers) + strlen(session_play_name(s)) + 96;
    doc->replay = malloc(size);
    if (doc->replay == NULL)
        return -1;
    snprintf(doc->replay, size, "leadsim play %s --seed %" PRIu64 " --choices %s", session_play_name(s), p->seed,
             numbers);
    int n = doc->framework->competency_count;
    doc->traded = calloc((size_t)n * 2 + 1, sizeof *doc->traded);
    if (doc->traded == NULL)
        return -1;
    doc->missed = doc->traded + n;
    return debrief_compute(&doc->scores, p);
}

int debrief_doc_build(DebriefDoc *doc, const Session *s, bool interactive, const char *player)
{
    memset(doc, 0, sizeof *doc);
    int n = s->scenario->framework->competency_count;
    unsigned char *missed_at = calloc((size_t)s->play.decision_count * (size_t)n + 1, 1);
    bool ok = missed_at && doc_identity(doc, s, player) == 0 && doc_decisions(doc) == 0 &&
              doc_analysis(doc, missed_at) == 0;
    if (ok) {
        doc_pivotal(doc);
        doc->answers.asked = interactive;
        Flow f = {doc, {0}};
        if (interactive)
            flow_reactions(&f);
        flow_description(&f);
        flow_scores(&f);
        flow_highlights(&f, missed_at);
        flow_application(&f, interactive);
        ok = !f.out.failed;
        doc->blocks = f.out.blocks;
        doc->block_count = f.out.count;
        doc->block_capacity = f.out.capacity;
        doc->section_count = f.out.sections;
    }
    free(missed_at);
    if (!ok)
        debrief_doc_free(doc);
    return ok ? 0 : -1;
}

void debrief_doc_free(DebriefDoc *doc)
{
    for (int i = 0; i < doc->block_count; i++) {
        free(doc->blocks[i].text);
        free(doc->blocks[i].detail);
    }
    free(doc->blocks);
    for (int i = 0; doc->decisions && i < doc->decision_count; i++)
        free(doc->decisions[i].followed);
    free(doc->decisions);
    free(doc->traded);
    free(doc->trades);
    free(doc->patterns);
    free(doc->replay);
    debrief_free(&doc->scores);
    memset(doc, 0, sizeof *doc);
}

/* ---- answers ------------------------------------------------------------------------------------------ */

/* Copies at most size - 1 bytes, never cutting a UTF-8 sequence, with newlines made spaces. */
static void doc_copy_answer(char *to, size_t size, const char *text)
{
    size_t n = strlen(text);
    if (n > size - 1) {
        n = size - 1;
        while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
            n--;                     /* back to the start of the cut sequence */
    }
    for (size_t i = 0; i < n; i++)
        to[i] = text[i] == '\n' || text[i] == '\r' || text[i] == '\t' ? ' ' : text[i];
    to[n] = '\0';
}

void debrief_doc_answer(DebriefDoc *doc, const DocBlock *prompt, const char *text)
{
    DocAnswers *a = &doc->answers;
    text = text ? text : "";
    switch (prompt->prompt) {
    case PROMPT_FEELING:
        doc_copy_answer(a->feeling, sizeof a->feeling, text);
        break;
    case PROMPT_MATTERED:
        doc_copy_answer(a->mattered, sizeof a->mattered, text);
        break;
    case PROMPT_ESTIMATE: {
        bool digit = text[0] >= '1' && text[0] <= '0' + DOC_ESTIMATE_MAX && text[1] == '\0';
        if (prompt->target >= 0 && prompt->target < DOC_MAX_DOMAINS)
            a->estimate[prompt->target] = digit ? text[0] - '0' : 0;
        break;
    }
    case PROMPT_COMMITMENT:
        if (prompt->target >= 0 && prompt->target < DOC_COMMITMENTS)
            doc_copy_answer(a->commitments[prompt->target], sizeof a->commitments[0], text);
        break;
    }
}

const char *debrief_doc_answer_of(const DebriefDoc *doc, const DocBlock *prompt, char *buf, size_t size)
{
    const DocAnswers *a = &doc->answers;
    switch (prompt->prompt) {
    case PROMPT_FEELING:
        return a->feeling;
    case PROMPT_MATTERED:
        return a->mattered;
    case PROMPT_ESTIMATE:
        if (a->estimate[prompt->target] > 0)
            snprintf(buf, size, "%d", a->estimate[prompt->target]);
        else
            snprintf(buf, size, "%s", "");
        return buf;
    case PROMPT_COMMITMENT:
        return a->commitments[prompt->target];
    }
    return "";
}

const char *doc_tone_name(Tone tone)
{
    static const char *const names[] = {"body", "lead", "note", "accent", "positive"};
    return tone >= TONE_BODY && tone <= TONE_POSITIVE ? names[tone] : "body";
}
