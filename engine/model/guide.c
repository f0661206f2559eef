/* guide: the teaching note's data and its wording.
 *
 * First the map (links from the file's `next`s and from what playing showed, and
 * the play order), then each scene in that order, then the learning objectives,
 * which name decisions by their number in play order. */
#include "guide.h"
#include "wrap.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- what playing showed ------------------------------------------------------------------ */

int guide_seen_init(GuideSeen *seen, const Scenario *sc)
{
    memset(seen, 0, sizeof *seen);
    seen->scenario = sc;
    int choices = 0;
    seen->choice_base = calloc((size_t)sc->scene_count + 1, sizeof *seen->choice_base);
    for (int i = 0; seen->choice_base && i < sc->scene_count; i++) {
        seen->choice_base[i] = choices;
        choices += sc->scenes[i].choice_count;
    }
    seen->scene_text = calloc((size_t)sc->scene_count + 1, sizeof *seen->scene_text);
    seen->choice_text = calloc((size_t)choices + 1, sizeof *seen->choice_text);
    seen->ending_count = calloc((size_t)sc->scene_count + 1, sizeof *seen->ending_count);
    size_t ranges = (size_t)sc->scene_count * (size_t)sc->meter_count + 1;
    seen->ending_low = calloc(ranges, sizeof *seen->ending_low);
    seen->ending_high = calloc(ranges, sizeof *seen->ending_high);
    seen->strongest_ending = seen->weakest_ending = -1;
    if (!seen->choice_base || !seen->scene_text || !seen->choice_text || !seen->ending_count || !seen->ending_low ||
        !seen->ending_high) {
        guide_seen_free(seen);
        return -1;
    }
    return 0;
}

int guide_seen_step(GuideSeen *seen, int from, int to, int choice)
{
    for (int i = 0; i < seen->step_count; i++) {
        const GuideStep *s = &seen->steps[i];
        if (s->from == from && s->to == to && s->choice == choice)
            return 0;
    }
    if (seen->step_count == seen->step_capacity) {
        int capacity = seen->step_capacity ? seen->step_capacity * 2 : 64;
        GuideStep *grown = realloc(seen->steps, (size_t)capacity * sizeof *grown);
        if (grown == NULL)
            return -1;
        seen->steps = grown;
        seen->step_capacity = capacity;
    }
    seen->steps[seen->step_count++] = (GuideStep){from, to, choice};
    return 0;
}

void guide_seen_text(GuideSeen *seen, int scene, int choice, const char *text)
{
    char **slot = choice < 0 ? &seen->scene_text[scene] : &seen->choice_text[seen->choice_base[scene] + choice];
    if (*slot == NULL && text)
        *slot = strdup(text);        /* out of memory: the guide says the text is written in play */
}

void guide_seen_ending(GuideSeen *seen, int scene, const double *meters)
{
    int n = seen->scenario->meter_count;
    bool first = seen->ending_count[scene]++ == 0;
    for (int m = 0; m < n; m++) {
        double *low = &seen->ending_low[scene * n + m], *high = &seen->ending_high[scene * n + m];
        *low = first || meters[m] < *low ? meters[m] : *low;
        *high = first || meters[m] > *high ? meters[m] : *high;
    }
}

void guide_seen_free(GuideSeen *seen)
{
    const Scenario *sc = seen->scenario;
    int choices = 0;
    for (int i = 0; sc && i < sc->scene_count; i++)
        choices += sc->scenes[i].choice_count;
    for (int i = 0; seen->scene_text && i < sc->scene_count; i++)
        free(seen->scene_text[i]);
    for (int i = 0; seen->choice_text && i < choices; i++)
        free(seen->choice_text[i]);
    free(seen->scene_text);
    free(seen->choice_text);
    free(seen->choice_base);
    free(seen->steps);
    free(seen->ending_count);
    free(seen->ending_low);
    free(seen->ending_high);
    memset(seen, 0, sizeof *seen);
}

/* ---- wording ---------------------------------------------------------------------------------- */

typedef struct {
    char *text;
    size_t used, size;
    bool failed;
} Text;

static void text_add(Text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void text_add(Text *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || t->failed)
        return;
    if (t->used + (size_t)n + 1 > t->size) {
        size_t size = (t->used + (size_t)n + 1) * 2;
        char *grown = realloc(t->text, size);
        if (grown == NULL) {
            t->failed = true;
            return;
        }
        t->text = grown;
        t->size = size;
    }
    va_start(ap, fmt);
    vsnprintf(t->text + t->used, (size_t)n + 1, fmt, ap);
    va_end(ap);
    t->used += (size_t)n;
}

typedef struct {
    Guide *g;
    const Scenario *sc;
    const GuideSeen *seen;
    int *position;              /* scene index -> position in g->scenes */
    bool failed;                /* out of memory somewhere */
} Build;

/* The text built so far, owned by the caller ("" when empty); NULL marks the build failed. */
static char *text_take(Build *b, Text *t)
{
    char *text = t->failed ? NULL : t->text ? t->text : strdup("");
    if (t->failed)
        free(t->text);
    b->failed |= text == NULL;
    *t = (Text){0};
    return text;
}

static char *build_printf(Build *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static char *build_printf(Build *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *text = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (text) {
        va_start(ap, fmt);
        vsnprintf(text, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    b->failed |= text == NULL;
    return text;
}

/* Prose as its author meant it, without their editor's indentation; NULL stays NULL. */
static char *build_prose(Build *b, const char *text)
{
    if (text == NULL)
        return NULL;
    char *normalized = wrap_normalize(text);
    b->failed |= normalized == NULL;
    return normalized;
}

/* "a", "a and b", "a, b and c": the separator before item i of n. */
static const char *list_sep(int i, int n)
{
    return i == 0 ? "" : i == n - 1 ? " and " : ", ";
}

static const char *plural(int n) { return n == 1 ? "" : "s"; }

/* How a scene is named elsewhere in the guide: "decision 3 (Week 2, Thursday)", "the ending \"One table\"". */
static void name_scene(Text *t, const GuideScene *s)
{
    if (s->kind == SCENE_DECISION)
        text_add(t, "decision %d (%s)", s->number, s->name);
    else
        text_add(t, "the %s \"%s\"", s->kind == SCENE_ENDING ? "ending" : "narration", s->name);
}

/* ---- the map: links and the play order ----------------------------------------------------- */

static GuideLink *link_find(Guide *g, int from, int to)
{
    for (int i = 0; i < g->link_count; i++)
        if (g->links[i].from == from && g->links[i].to == to)
            return &g->links[i];
    return NULL;
}

/* Adds a step to the links (by scene index for now: positions come once the order is known). */
static void link_add(Build *b, int from, int to, int choice, bool varies)
{
    Guide *g = b->g;
    GuideLink *link = link_find(g, from, to);
    if (link == NULL) {
        link = &g->links[g->link_count++];
        *link = (GuideLink){from, to, "", false};
    }
    link->varies |= varies;
    if (choice < 0)
        return;
    char letter[4];
    snprintf(letter, sizeof letter, "%c", 'A' + choice);
    if (strstr(link->label, letter) == NULL && strlen(link->label) + 4 < sizeof link->label)
        snprintf(link->label + strlen(link->label), sizeof link->label - strlen(link->label), "%s%s",
                 link->label[0] ? ", " : "", letter);
}

/* Every way from scene to scene: the file's own `next`s, then what playing showed. */
static int build_links(Build *b)
{
    const Scenario *sc = b->sc;
    int most = b->seen->step_count + 1;
    for (int i = 0; i < sc->scene_count; i++)
        most += sc->scenes[i].choice_count + 1;
    b->g->links = calloc((size_t)most, sizeof *b->g->links);
    if (b->g->links == NULL)
        return -1;
    for (int i = 0; i < sc->scene_count; i++) {
        const Scene *scene = &sc->scenes[i];
        for (int k = 0; k < scene->choice_count; k++)
            if (scene->choices[k].next != SCENARIO_NO_SCENE)
                link_add(b, i, scene->choices[k].next, k, false);
        if (scene->kind == SCENE_NARRATION && scene->next != SCENARIO_NO_SCENE)
            link_add(b, i, scene->next, -1, false);
    }
    for (int i = 0; i < b->seen->step_count; i++) {
        const GuideStep *s = &b->seen->steps[i];
        bool varies = false;                 /* the same choice led elsewhere too */
        for (int j = 0; j < b->seen->step_count && !varies; j++)
            varies = b->seen->steps[j].from == s->from && b->seen->steps[j].choice == s->choice &&
                     b->seen->steps[j].to != s->to;
        link_add(b, s->from, s->to, s->choice, varies);
    }
    /* Letters in file order, whatever order the steps were found in; none when every option
     * takes the way, so the map names only the choices that part. */
    for (int i = 0; i < b->g->link_count; i++) {
        char *label = b->g->links[i].label, sorted[64] = "";
        int letters = 0;
        for (char c = 'A'; c < 'A' + SCENARIO_MAX_CHOICES; c++)
            if (strchr(label, c) && ++letters)
                snprintf(sorted + strlen(sorted), sizeof sorted - strlen(sorted), "%s%c", sorted[0] ? ", " : "", c);
        bool every = letters == sc->scenes[b->g->links[i].from].choice_count;
        memcpy(label, every ? "" : sorted, every ? 1 : sizeof sorted);
    }
    return 0;
}

/* Marks the links that close a loop (to a scene still being explored from the start), so the
 * play order can put every scene after the scenes that lead to it. */
static void mark_loops(const Guide *g, int scene, unsigned char *state, bool *loop)
{
    state[scene] = 1;                        /* being explored */
    for (int i = 0; i < g->link_count; i++) {
        if (g->links[i].from != scene)
            continue;
        int to = g->links[i].to;
        if (state[to] == 1)
            loop[i] = true;
        else if (state[to] == 0)
            mark_loops(g, to, state, loop);
    }
    state[scene] = 2;                        /* done */
}

/* The next scene of the play order: the first ready one found from the start, endings last. */
static int order_pick(const Scenario *sc, const int *waiting, const int *found, int found_count,
                      const bool *placed)
{
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < found_count; i++) {
            int s = found[i];
            bool ending = sc->scenes[s].kind == SCENE_ENDING;
            if (!placed[s] && waiting[s] == 0 && ending == (pass == 1))
                return s;
        }
    return -1;
}

/* Fills order[] with the scenes reached from the start, each after every scene that leads to it
 * (loops aside); returns how many. */
static int build_order(const Build *b, int *order, const bool *loop, const unsigned char *reached, int *waiting,
                       bool *placed, int *found)
{
    const Guide *g = b->g;
    const Scenario *sc = b->sc;
    int found_count = 0, count = 0;
    found[found_count++] = sc->start;
    for (int i = 0; i < g->link_count; i++)
        waiting[g->links[i].to] += !loop[i] && reached[g->links[i].from];
    for (int s; (s = order_pick(sc, waiting, found, found_count, placed)) >= 0;) {
        placed[s] = true;
        order[count++] = s;
        for (int i = 0; i < g->link_count; i++) {
            if (g->links[i].from != s)
                continue;
            int to = g->links[i].to;
            waiting[to] -= !loop[i];        /* s was reached, so this link was counted */
            bool known = false;
            for (int f = 0; f < found_count && !known; f++)
                known = found[f] == to;
            if (!known)
                found[found_count++] = to;
        }
    }
    return count;
}

/* Links in play order of where they start, then of where they go. */
static int link_compare(const void *a, const void *b)
{
    const GuideLink *x = a, *y = b;
    return x->from != y->from ? (x->from > y->from) - (x->from < y->from) : (x->to > y->to) - (x->to < y->to);
}

/* Orders the scenes and turns links into positions; scenes no path reaches come last. */
static int build_positions(Build *b, int *order)
{
    const Scenario *sc = b->sc;
    int n = sc->scene_count;
    unsigned char *state = calloc((size_t)n + 1, 1);
    bool *loop = calloc((size_t)b->g->link_count + 1, sizeof *loop), *placed = calloc((size_t)n + 1, sizeof *placed);
    int *waiting = calloc((size_t)n + 1, sizeof *waiting), *found = calloc((size_t)n + 1, sizeof *found);
    int count = -1;
    if (state && loop && placed && waiting && found) {
        mark_loops(b->g, sc->start, state, loop);
        count = build_order(b, order, loop, state, waiting, placed, found);
        for (int s = 0; s < n; s++)
            if (!placed[s])
                order[count++] = s;
        for (int i = 0; i < n; i++)
            b->position[order[i]] = i;
        for (int i = 0; i < b->g->link_count; i++) {
            b->g->links[i].from = b->position[b->g->links[i].from];
            b->g->links[i].to = b->position[b->g->links[i].to];
        }
        qsort(b->g->links, (size_t)b->g->link_count, sizeof *b->g->links, link_compare);
    }
    free(state);
    free(loop);
    free(placed);
    free(waiting);
    free(found);
    return count < 0 ? -1 : 0;
}

/* ---- the scenes --------------------------------------------------------------------------------- */

/* Kind, number and name, which the other scenes' wording needs first. */
static void build_identity(Build *b, const int *order)
{
    Guide *g = b->g;
    const GuideSeen *seen = b->seen;
    bool *reached = calloc((size_t)b->sc->scene_count + 1, sizeof *reached);
    b->failed |= reached == NULL;
    for (int i = 0; reached && i < seen->step_count; i++)
        reached[seen->steps[i].from] = reached[seen->steps[i].to] = true;
    int decisions = 0;
    for (int i = 0; i < g->scene_count; i++) {
        const Scene *scene = &b->sc->scenes[order[i]];
        GuideScene *s = &g->scenes[i];
        s->scene = order[i];
        s->kind = scene->kind;
        s->start = order[i] == b->sc->start;
        s->reached = reached && (reached[order[i]] || (s->start && seen->playthroughs > 0));
        s->number = scene->kind == SCENE_DECISION ? ++decisions : 0;
        s->kind_name = scene->kind == SCENE_DECISION ? build_printf(b, "Decision %d", s->number)
                     : build_printf(b, "%s", scene->kind == SCENE_ENDING ? "Ending" : "Narration");
        s->name = build_printf(b, "%s", scene->kind == SCENE_ENDING ? scene->ending
                                        : scene->title ? scene->title : scene->id);
    }
    free(reached);
}

/* "strong on Engaging Stakeholders (+3); some Self-Awareness (+1); costs Vision and Purpose (-1)" */
static char *build_shows(Build *b, const Choice *c)
{
    static const struct { int low, high; const char *words; } bands[] = {
        {2, 3, "strong on"}, {1, 1, "some"}, {-2, -1, "costs"}, {-3, -3, "harms"},
    };
    const Framework *fw = b->sc->framework;
    Text t = {0};
    for (size_t k = 0; k < sizeof bands / sizeof bands[0]; k++) {
        int count = 0, shown = 0;
        for (int comp = 0; comp < fw->competency_count; comp++)
            count += c->weights[comp] >= bands[k].low && c->weights[comp] <= bands[k].high;
        for (int step = 0; step <= bands[k].high - bands[k].low; step++)   /* the weightiest first */
            for (int comp = 0, w = bands[k].low < 0 ? bands[k].low + step : bands[k].high - step;
                 comp < fw->competency_count; comp++)
                if (c->weights[comp] == w) {
                    if (shown == 0)
                        text_add(&t, "%s%s ", t.used ? "; " : "", bands[k].words);
                    text_add(&t, "%s%s (%+d)", list_sep(shown++, count), fw->competencies[comp].title, w);
                }
    }
    if (t.used == 0)
        text_add(&t, "says nothing about any competency");
    return text_take(b, &t);
}

/* Where a choice (or, with k = -1, a narration) leads: its own `next`, or every scene playing
 * it led to. */
static char *build_leads(Build *b, int scene, int k, const char *lead)
{
    const Scene *s = &b->sc->scenes[scene];
    int next = k >= 0 ? s->choices[k].next : s->next;
    Text t = {0};
    if (next == scene) {
        text_add(&t, "Comes back to this decision.");
        return text_take(b, &t);
    }
    if (next != SCENARIO_NO_SCENE) {
        text_add(&t, "%s", lead);
        name_scene(&t, &b->g->scenes[b->position[next]]);
        text_add(&t, ".");
        return text_take(b, &t);
    }
    int count = 0, shown = 0;
    for (int pass = 0; pass < 2; pass++)
        for (int p = 0; p < b->g->scene_count; p++) {     /* in play order */
            bool to = false;
            for (int i = 0; i < b->seen->step_count && !to; i++) {
                const GuideStep *step = &b->seen->steps[i];
                to = step->from == scene && step->choice == k && b->position[step->to] == p;
            }
            if (to && pass == 0)
                count++;
            else if (to) {
                text_add(&t, "%s", shown == 0 ? lead : shown == count - 1 ? " or " : ", ");
                name_scene(&t, &b->g->scenes[p]);
                shown++;
            }
        }
    if (count == 0)
        text_add(&t, "Not taken when the scenario was played automatically.");
    else
        text_add(&t, "%s", count > 1 ? ", depending on earlier choices." : ".");
    return text_take(b, &t);
}

/* "Strongest: B (+5 in all). Close call: D (+4), stronger on Vision and Purpose." */
static char *build_verdict(Build *b, const Scene *scene, const GuideScene *gs)
{
    const Framework *fw = b->sc->framework;
    int strongest = scenario_strongest(scene), close = 0;
    for (int k = 0; k < scene->choice_count; k++)
        close += scenario_close_call(scene, strongest, k, fw->competency_count);
    Text t = {0};
    text_add(&t, "Strongest: %s (%+d in all)%s.", gs->options[strongest].letter, scene->choices[strongest].weight_sum,
             scene->choices[strongest].when != SCRIPT_NONE ? ", when it is shown" : "");
    if (close == 0)
        text_add(&t, " No close call: no other option comes within %d points of it while showing more of some "
                 "competency.", SCENARIO_CLOSE);
    for (int k = 0, named = 0; k < scene->choice_count; k++) {
        if (!scenario_close_call(scene, strongest, k, fw->competency_count))
            continue;
        text_add(&t, "%s%s (%+d), stronger on ", named++ ? "; " : close > 1 ? " Close calls: " : " Close call: ",
                 gs->options[k].letter, scene->choices[k].weight_sum);
        int more = 0, shown = 0;
        for (int c = 0; c < fw->competency_count; c++)
            more += scene->choices[k].weights[c] > scene->choices[strongest].weights[c];
        for (int c = 0; c < fw->competency_count; c++)
            if (scene->choices[k].weights[c] > scene->choices[strongest].weights[c])
                text_add(&t, "%s%s", list_sep(shown++, more), fw->competencies[c].title);
    }
    if (close > 0)
        text_add(&t, ". Worth discussing: a room can defend %s.", close > 1 ? "any of them" : "either");
    return text_take(b, &t);
}

static void build_options(Build *b, GuideScene *gs)
{
    const Scene *scene = &b->sc->scenes[gs->scene];
    gs->options = calloc((size_t)scene->choice_count + 1, sizeof *gs->options);
    if (gs->options == NULL) {
        b->failed = true;
        return;
    }
    gs->option_count = scene->choice_count;
    int strongest = scenario_strongest(scene);
    for (int k = 0; k < scene->choice_count; k++) {
        const Choice *c = &scene->choices[k];
        GuideOption *o = &gs->options[k];
        snprintf(o->letter, sizeof o->letter, "%c", 'A' + k);
        const char *seen = b->seen->choice_text[b->seen->choice_base[gs->scene] + k];
        o->text = c->text ? build_prose(b, c->text) : seen ? build_prose(b, seen)
                : build_printf(b, "(Its wording is written from earlier choices as the story unfolds.)");
        o->shows = build_shows(b, c);
        o->feedback = build_prose(b, c->feedback ? c->feedback : "");
        o->leads_to = build_leads(b, gs->scene, k, "Leads to ");
        if (c->when != SCRIPT_NONE || c->text_fn != SCRIPT_NONE)
            o->note = build_printf(b, "%s%s%s", c->when != SCRIPT_NONE ? "Shown only on some paths: the scenario "
                                   "decides from earlier choices." : "", c->when != SCRIPT_NONE && seen ? " " : "",
                                   seen ? "Its wording depends on earlier choices; this is one version." : "");
        o->sum = c->weight_sum;
        o->strongest = k == strongest;
        o->close = scenario_close_call(scene, strongest, k, b->sc->framework->competency_count);
    }
    gs->verdict = build_verdict(b, scene, gs);
}

/* Which play leads to an ending, and where the meters stood when automatic play reached it: the
 * ranges show a facilitator what the ending turns on. */
static void build_ending_facts(Build *b, Text *t, int scene)
{
    const GuideSeen *seen = b->seen;
    const Scenario *sc = b->sc;
    if (seen->strongest_ending == scene)
        text_add(t, " A room that takes the strongest option at every decision ends here.");
    if (seen->weakest_ending == scene)
        text_add(t, " A room that takes the weakest option at every decision ends here.");
    if (seen->ending_count[scene] == 0 || sc->meter_count == 0)
        return;
    text_add(t, " When automatic play ended here, the meters stood at: ");
    for (int m = 0; m < sc->meter_count; m++) {
        double low = seen->ending_low[scene * sc->meter_count + m], high = seen->ending_high[scene * sc->meter_count + m];
        text_add(t, "%s%s ", m ? "; " : "", sc->meters[m].label);
        if (low == high)
            text_add(t, "%.10g", low);
        else
            text_add(t, "%.10g to %.10g", low, high);
    }
    text_add(t, ".");
}

/* "Reached from 12. Month 18 (options A, B) and The verdict." */
static char *build_reached_from(Build *b, int position)
{
    const Guide *g = b->g;
    Text t = {0};
    int count = 0, shown = 0;
    for (int i = 0; i < g->link_count; i++)
        count += g->links[i].to == position;
    for (int i = 0; i < g->link_count; i++) {
        const GuideLink *link = &g->links[i];
        if (link->to != position)
            continue;
        text_add(&t, "%s", shown == 0 ? "Reached from " : list_sep(shown, count));
        shown++;
        name_scene(&t, &g->scenes[link->from]);
        if (link->label[0])
            text_add(&t, ", option%s %s", strlen(link->label) > 1 ? "s" : "", link->label);
    }
    text_add(&t, "%s", count ? "." : "Not reached when the scenario was played automatically.");
    build_ending_facts(b, &t, g->scenes[position].scene);
    return text_take(b, &t);
}

/* The scene's texts, in the form a facilitator reads ahead of the room. */
static void build_scene(Build *b, int position)
{
    GuideScene *gs = &b->g->scenes[position];
    const Scene *scene = &b->sc->scenes[gs->scene];
    const char *seen = b->seen->scene_text[gs->scene];
    gs->speaker = scene->speaker ? build_printf(b, "%s", scene->speaker) : NULL;
    gs->text = build_prose(b, scene->text ? scene->text : seen ? seen : "");
    if (scene->text_fn != SCRIPT_NONE)
        gs->text_note = build_printf(b, "%s", seen ? "The scenario writes this text from earlier choices; "
                                     "this is one version a room may see."
                                     : "The scenario writes this text from earlier choices as the story unfolds.");
    gs->notes = build_prose(b, scene->notes);
    if (scene->kind == SCENE_DECISION)
        build_options(b, gs);
    else if (scene->kind == SCENE_NARRATION)
        gs->leads_to = build_leads(b, gs->scene, -1, "Then ");
    else
        gs->leads_to = build_reached_from(b, position);
}

/* ---- learning objectives and the overview -------------------------------------------------------- */

/* True when the decision's options weigh competency c differently: the decision tests it. */
static bool tests(const Scene *scene, int c)
{
    for (int k = 1; k < scene->choice_count; k++)
        if (scene->choices[k].weights[c] != scene->choices[0].weights[c])
            return true;
    return false;
}

/* "decisions 1, 4 and 9", or NULL when no decision tests it. */
static char *build_where(Build *b, int c)
{
    const Guide *g = b->g;
    int count = 0, shown = 0;
    for (int i = 0; i < g->scene_count; i++)
        count += g->scenes[i].kind == SCENE_DECISION && tests(&b->sc->scenes[g->scenes[i].scene], c);
    if (count == 0)
        return NULL;
    Text t = {0};
    text_add(&t, "decision%s ", plural(count));
    for (int i = 0; i < g->scene_count; i++)
        if (g->scenes[i].kind == SCENE_DECISION && tests(&b->sc->scenes[g->scenes[i].scene], c))
            text_add(&t, "%s%d", list_sep(shown++, count), g->scenes[i].number);
    return text_take(b, &t);
}

static void build_objectives(Build *b)
{
    const Framework *fw = b->sc->framework;
    Guide *g = b->g;
    Text unassessed = {0};
    g->domains = calloc((size_t)fw->domain_count + 1, sizeof *g->domains);
    b->failed |= g->domains == NULL;
    for (int d = 0; g->domains && d < fw->domain_count; d++) {
        const Domain *dom = &fw->domains[d];
        GuideDomain *gd = &g->domains[g->domain_count];
        gd->objectives = calloc((size_t)dom->count + 1, sizeof *gd->objectives);
        b->failed |= gd->objectives == NULL;
        for (int c = dom->first; gd->objectives && c < dom->first + dom->count; c++) {
            char *where = build_where(b, c);
            if (where == NULL) {
                text_add(&unassessed, "%s%s", unassessed.used ? ", " : "", fw->competencies[c].title);
                continue;
            }
            gd->objectives[gd->count++] = (GuideObjective){build_printf(b, "%s", fw->competencies[c].title), where};
        }
        if (gd->count > 0) {
            gd->title = build_printf(b, "%s", dom->title);
            g->domain_count++;
        } else {
            free(gd->objectives);
            gd->objectives = NULL;
        }
    }
    g->objectives_note = build_printf(b, "The competencies this scenario assesses, by domain, and the decisions "
                                      "that test each one: those whose options weigh it differently. Decisions "
                                      "are numbered in play order, as in the rest of this guide.");
    if (unassessed.used) {
        char *names = text_take(b, &unassessed);
        g->unassessed = names ? build_printf(b, "Not assessed here: %s.", names) : NULL;
        free(names);
    }
}

/* "On screen, the room watches 4 meters: Budget gap ($M) (starts at 40, from 0 to 100; lower is better), ..." */
static char *build_setting(Build *b)
{
    const Scenario *sc = b->sc;
    Text t = {0};
    if (sc->meter_count == 0)
        text_add(&t, "No meters are shown on screen: the story alone tells the room how things stand.");
    else
        text_add(&t, "On screen, the room watches %d meter%s as the story moves %s: ", sc->meter_count,
                 plural(sc->meter_count), sc->meter_count == 1 ? "it" : "them");
    for (int m = 0; m < sc->meter_count; m++) {
        const Meter *meter = &sc->meters[m];
        text_add(&t, "%s%s (starts at %.10g, from %.10g to %.10g%s)", list_sep(m, sc->meter_count), meter->label,
                 meter->value, meter->min, meter->max, meter->lower_is_better ? "; lower is better" : "");
    }
    if (sc->meter_count > 0)
        text_add(&t, ".");
    return text_take(b, &t);
}

static void build_overview(Build *b)
{
    const Scenario *sc = b->sc;
    const GuideSeen *seen = b->seen;
    Guide *g = b->g;
    int endings = 0;
    for (int i = 0; i < sc->scene_count; i++)
        endings += sc->scenes[i].kind == SCENE_ENDING;
    g->title = build_printf(b, "%s", sc->title);
    g->role = build_printf(b, "%s", sc->role ? sc->role : "");
    g->summary = build_prose(b, sc->summary ? sc->summary : "");
    g->framework = build_printf(b, "%s", sc->framework->title);
    Text t = {0};
    if (sc->minutes > 0)
        text_add(&t, "About %ld minutes for one player. ", sc->minutes);
    if (seen->playthroughs > 0 && seen->min_decisions == seen->max_decisions)
        text_add(&t, "%d decisions on every path, ", seen->min_decisions);
    else if (seen->playthroughs > 0)
        text_add(&t, "%d to %d decisions on a path, ", seen->min_decisions, seen->max_decisions);
    text_add(&t, "%d ending%s. Scored against the %s.", endings, plural(endings), sc->framework->title);
    g->facts = text_take(b, &t);
    g->setting = build_setting(b);
    char more[64] = "";
    if (sc->minutes > 0)
        snprintf(more, sizeof more, " than the %ld minutes one player needs", sc->minutes);
    g->use = build_printf(b, "Read the scenes in play order before the session. Each decision gives the situation "
                          "the room sees, the options and what each shows about the competencies, the feedback "
                          "players read in the debrief, and which option is strongest. The notes are for you: "
                          "players never see them. With a room discussing and voting at each decision, allow "
                          "more time%s; the discussion is the point.", more);
    g->map_note = build_printf(b, "From the start, top to bottom, each scene after the scenes that lead to it. The "
                               "letters on a way name the options that take it; a way without letters is taken "
                               "whatever the room chooses. A way that depends on the path is one the scenario "
                               "chooses from earlier choices: the same option may lead elsewhere on another path.");
    g->questions = calloc((size_t)sc->reflection_count + 1, sizeof *g->questions);
    b->failed |= g->questions == NULL;
    for (int i = 0; g->questions && i < sc->reflection_count; i++)
        g->questions[g->question_count++] = build_prose(b, sc->reflection[i]);
    g->closing = build_prose(b, sc->closing);
}

/* ---- building ------------------------------------------------------------------------------------ */

int guide_build(Guide *g, const Scenario *sc, const GuideSeen *seen)
{
    memset(g, 0, sizeof *g);
    Build b = {g, sc, seen, calloc((size_t)sc->scene_count + 1, sizeof(int)), false};
    int *order = calloc((size_t)sc->scene_count + 1, sizeof *order);
    g->scenes = calloc((size_t)sc->scene_count + 1, sizeof *g->scenes);
    bool ok = b.position && order && g->scenes && build_links(&b) == 0 && build_positions(&b, order) == 0;
    if (ok) {
        g->scene_count = sc->scene_count;
        build_identity(&b, order);
        for (int i = 0; i < g->scene_count && !b.failed; i++)
            build_scene(&b, i);
        build_objectives(&b);
        build_overview(&b);
        ok = !b.failed;
    }
    free(order);
    free(b.position);
    if (!ok)
        guide_free(g);
    return ok ? 0 : -1;
}

static void guide_scene_free(GuideScene *s)
{
    for (int k = 0; k < s->option_count; k++) {
        GuideOption *o = &s->options[k];
        free(o->text);
        free(o->shows);
        free(o->feedback);
        free(o->leads_to);
        free(o->note);
    }
    free(s->options);
    free(s->kind_name);
    free(s->name);
    free(s->speaker);
    free(s->text);
    free(s->text_note);
    free(s->notes);
    free(s->verdict);
    free(s->leads_to);
}

void guide_free(Guide *g)
{
    for (int i = 0; g->scenes && i < g->scene_count; i++)
        guide_scene_free(&g->scenes[i]);
    for (int d = 0; g->domains && d < g->domain_count; d++) {
        for (int i = 0; i < g->domains[d].count; i++) {
            free(g->domains[d].objectives[i].title);
            free(g->domains[d].objectives[i].where);
        }
        free(g->domains[d].objectives);
        free(g->domains[d].title);
    }
    for (int i = 0; g->questions && i < g->question_count; i++)
        free(g->questions[i]);
    char *texts[] = {g->title, g->role, g->summary, g->facts, g->setting, g->framework, g->use, g->map_note,
                     g->objectives_note, g->unassessed, g->closing};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        free(texts[i]);
    free(g->scenes);
    free(g->links);
    free(g->domains);
    free(g->questions);
    memset(g, 0, sizeof *g);
}

const char *guide_heading(GuideSection section)
{
    static const char *const headings[GUIDE_SECTION_COUNT] = {
        "Overview", "Learning objectives", "Map of the scenes", "The scenes in play order",
        "Discussion questions", "Endings",
    };
    return section >= 0 && section < GUIDE_SECTION_COUNT ? headings[section] : "";
}
