/* explore: automatic playthroughs and what they show. */
#include "explore.h"
#include "cues.h"
#include "rng.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Picks a choice number (1..p->shown_count) at the decision on screen. */
typedef int (*Chooser)(void *ctx, const Playthrough *p, int depth);

typedef struct {
    int *numbers;               /* what was chosen on this path, in order */
    int count, capacity;
} Path;

static int path_push(Path *path, int number)
{
    if (path->count == path->capacity) {
        int capacity = path->capacity ? path->capacity * 2 : 64;
        int *grown = realloc(path->numbers, (size_t)capacity * sizeof *grown);
        if (grown == NULL)
            return -1;
        path->numbers = grown;
        path->capacity = capacity;
    }
    path->numbers[path->count++] = number;
    return 0;
}

/* A copy of the choices so far (never NULL unless out of memory, even when there are none). */
static int *path_copy(const Path *path)
{
    int *copy = malloc(((size_t)path->count + 1) * sizeof *copy);
    if (copy && path->count > 0)
        memcpy(copy, path->numbers, (size_t)path->count * sizeof *copy);
    return copy;
}

/* Tells the options' `entered` hook (when there is one) about the scene just entered. */
static void explore_entered(const ExploreOptions *hooks, const Playthrough *p)
{
    if (hooks && hooks->entered && p->status != PLAY_FAILED)
        hooks->entered(hooks->entered_ctx, p);
}

/* Plays from the start to an ending, a failure, or until `choose` returns 0 (give up). */
static void explore_play(Playthrough *p, uint64_t seed, Chooser choose, void *ctx, Path *path,
                         const ExploreOptions *hooks)
{
    path->count = 0;
    play_start(p, seed);
    explore_entered(hooks, p);
    while (p->status == PLAY_RUNNING) {
        if (play_scene(p)->kind == SCENE_DECISION) {
            int number = choose(ctx, p, path->count);
            if (number == 0 || path_push(path, number) != 0)
                return;
            play_choose(p, number);
        } else {
            play_continue(p);
        }
        explore_entered(hooks, p);
    }
}

static double explore_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void range_add(ExploreRange *r, const Score *s)
{
    if (!s->assessed)
        return;
    if (r->assessed == 0 || s->score10 < r->min10)
        r->min10 = s->score10;
    if (r->assessed == 0 || s->score10 > r->max10)
        r->max10 = s->score10;
    r->sum10 += s->score10;
    r->assessed++;
}

/* ---- choosers ------------------------------------------------------------------ */

typedef struct {
    ExploreReport *report;
    Rng rng;
    int *seq, *counts;          /* --all: the odometer */
    int length;
    bool too_deep;
    Chooser observed;           /* with an observer: the chooser it wraps */
} Explorer;

static int choose_random(void *ctx, const Playthrough *p, int depth)
{
    (void)depth;
    Explorer *x = ctx;
    return 1 + (int)rng_below(&x->rng, (uint64_t)p->shown_count);
}

/* The choice taken least often so far; ties are broken at random. */
static int choose_least_used(void *ctx, const Playthrough *p, int depth)
{
    (void)depth;
    Explorer *x = ctx;
    const long *taken = x->report->choice_taken + x->report->choice_base[p->scene];
    int best[SCENARIO_MAX_CHOICES], ties = 0;
    for (int i = 0; i < p->shown_count; i++) {
        long count = taken[p->shown[i]];
        if (ties == 0 || count < taken[p->shown[best[0] - 1]]) {
            best[0] = i + 1;
            ties = 1;
        } else if (count == taken[p->shown[best[0] - 1]]) {
            best[ties++] = i + 1;
        }
    }
    return best[rng_below(&x->rng, (uint64_t)ties)];
}

/* Replays the odometer's prefix, then takes choice 1 at every new decision. */
static int choose_next_path(void *ctx, const Playthrough *p, int depth)
{
    Explorer *x = ctx;
    if (depth >= EXPLORE_MAX_DEPTH) {
        x->too_deep = true;
        return 0;
    }
    if (depth < x->length)
        return x->seq[depth];
    x->seq[depth] = 1;
    x->counts[depth] = p->shown_count;
    x->length = depth + 1;
    return 1;
}

/* Shows the observer the screen, then lets the wrapped chooser pick; only used with an observer,
 * so plain exploring pays nothing for it. */
static int choose_observed(void *ctx, const Playthrough *p, int depth)
{
    Explorer *x = ctx;
    x->report->options.observe(x->report->options.observe_ctx, p);
    return x->observed(ctx, p, depth);
}

static Chooser explore_observing(Explorer *x, Chooser choose)
{
    if (x->report->options.observe == NULL)
        return choose;
    x->observed = choose;
    return choose_observed;
}

/* ---- gathering -------------------------------------------------------------------- */

static void explore_record(ExploreReport *r, const Playthrough *p, const Path *path, Debrief *d)
{
    const Scenario *sc = r->scenario;
    r->playthroughs++;
    r->choices += p->decision_count;
    for (int scene = 0; scene < sc->scene_count; scene++)
        r->scene_visits[scene] += p->visits[scene] > 0; /* once per playthrough */
    for (int i = 0; i < p->decision_count; i++)
        r->choice_taken[r->choice_base[p->decisions[i].scene] + p->decisions[i].choice]++;
    if (p->status == PLAY_FAILED) {
        r->failures++;
        for (int e = 0; e < r->error_count; e++)
            if (strcmp(r->errors[e].message, p->error) == 0) {
                r->errors[e].count++;
                return;
            }
        if (r->error_count < EXPLORE_MAX_ERRORS) {
            ExploreError *e = &r->errors[r->error_count++];
            snprintf(e->message, sizeof e->message, "%s", p->error);
            e->line = p->error_line;
            e->seed = p->seed;
            e->count = 1;
            e->choices = path_copy(path);
            e->choice_count = e->choices ? path->count : 0;
        }
        return;
    }
    if (p->status != PLAY_ENDED)
        return;
    r->ending_counts[p->scene]++;
    if (r->playthroughs - r->failures == 1 || p->decision_count < r->min_decisions)
        r->min_decisions = p->decision_count;
    if (p->decision_count > r->max_decisions)
        r->max_decisions = p->decision_count;
    if (debrief_compute(d, p) != 0)
        return;
    for (int c = 0; c < sc->framework->competency_count; c++)
        range_add(&r->competencies[c], &d->competencies[c]);
    range_add(&r->overall, &d->overall);
    if (d->overall.assessed) {
        int bin = d->overall.score10 / (1000 / EXPLORE_HISTOGRAM_BINS);
        r->histogram[bin < EXPLORE_HISTOGRAM_BINS ? bin : EXPLORE_HISTOGRAM_BINS - 1]++;
    }
}

static int explore_alloc(ExploreReport *r, const Scenario *sc)
{
    memset(r, 0, sizeof *r);
    r->scenario = sc;
    int choices = 0;
    r->choice_base = calloc((size_t)sc->scene_count + 1, sizeof *r->choice_base);
    for (int i = 0; r->choice_base && i < sc->scene_count; i++) {
        r->choice_base[i] = choices;
        choices += sc->scenes[i].choice_count;
    }
    r->scene_visits = calloc((size_t)sc->scene_count + 1, sizeof *r->scene_visits);
    r->ending_counts = calloc((size_t)sc->scene_count + 1, sizeof *r->ending_counts);
    r->choice_taken = calloc((size_t)choices + 1, sizeof *r->choice_taken);
    r->competencies = calloc((size_t)sc->framework->competency_count + 1, sizeof *r->competencies);
    if (!r->choice_base || !r->scene_visits || !r->ending_counts || !r->choice_taken || !r->competencies) {
        explore_report_free(r);
        return -1;
    }
    return 0;
}

int explore_run(const Scenario *sc, const ExploreOptions *options, ExploreReport *report)
{
    if (explore_alloc(report, sc) != 0)
        return -1;
    report->options = *options;
    Explorer x = {report, {{0}}, NULL, NULL, 0, false, NULL};
    rng_seed(&x.rng, options->seed ^ 0x5eedc0ffeeULL);
    Playthrough p;
    Debrief d = {0};
    Path path = {0};
    if (play_init(&p, sc) != 0)
        return -1;
    play_run_budget(sc, options->strategy == STRATEGY_ALL ? EXPLORE_ALL_LIMIT : options->runs);
    double start = explore_now();
    if (options->strategy == STRATEGY_ALL) {
        x.seq = calloc(EXPLORE_MAX_DEPTH + 1, sizeof *x.seq);
        x.counts = calloc(EXPLORE_MAX_DEPTH + 1, sizeof *x.counts);
        long paths = 0;
        report->exhaustive = x.seq && x.counts;
        Chooser choose = explore_observing(&x, choose_next_path);
        while (report->exhaustive) {
            explore_play(&p, options->seed, choose, &x, &path, options);
            if (x.too_deep) {
                report->unbounded = true;
                x.too_deep = false;
            } else {
                explore_record(report, &p, &path, &d);
            }
            paths++;
            if (options->progress && (paths & 4095) == 0)
                options->progress(options->progress_ctx, paths, 0);
            while (x.length > 0 && x.seq[x.length - 1] == x.counts[x.length - 1])
                x.length--;                  /* the odometer rolls over */
            if (x.length == 0)
                break;
            x.seq[x.length - 1]++;
            if (paths >= EXPLORE_ALL_LIMIT) {
                report->truncated = true;
                report->exhaustive = false;
            }
        }
        if (report->unbounded)
            report->exhaustive = false;
        free(x.seq);
        free(x.counts);
    } else {
        Chooser choose = explore_observing(&x, options->strategy == STRATEGY_LEAST_USED ? choose_least_used
                                                                                         : choose_random);
        long step = options->runs / 100 > 0 ? options->runs / 100 : 1;
        for (long run = 0; run < options->runs; run++) {
            explore_play(&p, options->seed + (uint64_t)run, choose, &x, &path, options);
            explore_record(report, &p, &path, &d);
            if (options->progress && run % step == 0)
                options->progress(options->progress_ctx, run, options->runs);
        }
    }
    report->seconds = explore_now() - start;
    play_run_budget(sc, 0);
    free(path.numbers);
    debrief_free(&d);
    play_free(&p);
    return 0;
}

void explore_report_free(ExploreReport *r)
{
    for (int e = 0; e < r->error_count; e++)
        free(r->errors[e].choices);
    free(r->scene_visits);
    free(r->choice_taken);
    free(r->choice_base);
    free(r->ending_counts);
    free(r->competencies);
    memset(r, 0, sizeof *r);
}

/* ---- player styles ----------------------------------------------------------------- */

typedef struct {
    StyleKind kind;
    const Framework *fw;
    int domain;
    Rng rng;
} StyleChooser;

static const char *const style_names[EXPLORE_FIXED_STYLES] = {
    "always the strongest choice", "always the weakest choice", "at random", "always the longest option",
    "always the shortest option", "always the first option", "always the last option",
};

/* Total weight of a choice over one domain's competencies (or all, when domain < 0). */
static int style_weight(const Choice *ch, const Framework *fw, int domain)
{
    if (domain < 0)
        return ch->weight_sum;
    int sum = 0;
    const Domain *dom = &fw->domains[domain];
    for (int c = dom->first; c < dom->first + dom->count; c++)
        sum += ch->weights[c];
    return sum;
}

/* The longest (or shortest) option by the text shown, the first on ties. */
static int style_by_length(const Playthrough *p, bool longest)
{
    int pick = 1, best = cues_length(play_shown_text(p, 1));
    for (int i = 2; i <= p->shown_count; i++) {
        int length = cues_length(play_shown_text(p, i));
        if (longest ? length > best : length < best) {
            pick = i;
            best = length;
        }
    }
    return pick;
}

/* The weakest choice, or the one strongest in a domain (ties: the stronger overall). */
static int style_by_weight(const StyleChooser *s, const Playthrough *p)
{
    const Scene *scene = play_scene(p);
    int pick = 0, domain = s->kind == STYLE_DOMAIN ? s->domain : -1;
    for (int i = 1; i < p->shown_count; i++) {
        const Choice *a = &scene->choices[p->shown[i]], *b = &scene->choices[p->shown[pick]];
        int wa = style_weight(a, s->fw, domain), wb = style_weight(b, s->fw, domain);
        bool better = s->kind == STYLE_WEAKEST ? wa < wb : wa > wb || (wa == wb && a->weight_sum > b->weight_sum);
        if (better)
            pick = i;
    }
    return pick + 1;
}

static int choose_style(void *ctx, const Playthrough *p, int depth)
{
    StyleChooser *s = ctx;
    if (depth >= EXPLORE_MAX_DEPTH)
        return 0;
    switch (s->kind) {
    case STYLE_RANDOM: return 1 + (int)rng_below(&s->rng, (uint64_t)p->shown_count);
    case STYLE_STRONGEST: return play_strongest(p);
    case STYLE_LONGEST: return style_by_length(p, true);
    case STYLE_SHORTEST: return style_by_length(p, false);
    case STYLE_FIRST: return 1;
    case STYLE_LAST: return p->shown_count;
    case STYLE_WEAKEST:
    case STYLE_DOMAIN: break;
    }
    return style_by_weight(s, p);
}

static void style_single(StyleResult *r, Playthrough *p, uint64_t seed, StyleChooser *chooser, Path *path,
                         Debrief *d)
{
    explore_play(p, seed, choose_style, chooser, path, NULL);
    r->decisions = p->decision_count;
    r->ending = p->status == PLAY_ENDED ? p->scene : -1;
    r->choices = path_copy(path);
    r->choice_count = r->choices ? path->count : 0;
    if (p->status == PLAY_FAILED) {
        r->failed = true;
        snprintf(r->error, sizeof r->error, "%s", p->error);
    } else if (p->status == PLAY_RUNNING) {
        r->failed = true;
        snprintf(r->error, sizeof r->error, "no ending after %d decisions", EXPLORE_MAX_DEPTH);
    } else if (debrief_compute(d, p) == 0) {
        r->overall = d->overall;
    }
}

static int style_compare(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* Random play over `r->runs` seeds: the range of overall scores and its percentile. 0, or -1
 * out of memory. */
static int style_random(StyleResult *r, Playthrough *p, uint64_t seed, StyleChooser *chooser, Path *path,
                        Debrief *d)
{
    int *scores = malloc(((size_t)r->runs + 1) * sizeof *scores), n = 0;
    if (scores == NULL)
        return -1;
    rng_seed(&chooser->rng, seed);
    for (long run = 0; run < r->runs; run++) {
        explore_play(p, seed + (uint64_t)run, choose_style, chooser, path, NULL);
        if (p->status == PLAY_ENDED && debrief_compute(d, p) == 0 && d->overall.assessed) {
            range_add(&r->range, &d->overall);
            scores[n++] = d->overall.score10;
        }
    }
    qsort(scores, (size_t)n, sizeof *scores, style_compare);
    if (n > 0)   /* nearest rank: the smallest score at least that share of runs reach no higher than */
        r->percentile10 = scores[(n * EXPLORE_RANDOM_PERCENTILE + 99) / 100 - 1];
    free(scores);
    return 0;
}

/* Names style i and sets up its chooser: the fixed styles in StyleKind order, then the domains. */
static void style_setup(StyleResult *r, StyleChooser *chooser, const Framework *fw, int i)
{
    *chooser = (StyleChooser){i < EXPLORE_FIXED_STYLES ? (StyleKind)i : STYLE_DOMAIN, fw, -1, {{0}}};
    r->kind = chooser->kind;
    r->ending = -1;
    r->surface = r->kind >= STYLE_LONGEST && r->kind <= STYLE_LAST;
    if (r->kind != STYLE_DOMAIN) {
        snprintf(r->name, sizeof r->name, "%s", style_names[i]);
        return;
    }
    r->domain = chooser->domain = i - EXPLORE_FIXED_STYLES;
    snprintf(r->name, sizeof r->name, "favoring %s", fw->domains[r->domain].title);
}

int explore_styles(const Scenario *sc, uint64_t seed, long random_runs, StyleResult **out)
{
    const Framework *fw = sc->framework;
    int count = EXPLORE_FIXED_STYLES + fw->domain_count, status = 0;
    StyleResult *styles = calloc((size_t)count, sizeof *styles);
    Playthrough p;
    if (styles == NULL || play_init(&p, sc) != 0) {
        free(styles);
        return -1;
    }
    Debrief d = {0};
    Path path = {0};
    play_run_budget(sc, random_runs + count);
    for (int i = 0; i < count && status == 0; i++) {
        StyleChooser chooser;
        style_setup(&styles[i], &chooser, fw, i);
        if (styles[i].kind != STYLE_RANDOM) {
            style_single(&styles[i], &p, seed, &chooser, &path, &d);
            continue;
        }
        styles[i].runs = random_runs;
        status = style_random(&styles[i], &p, seed, &chooser, &path, &d);
    }
    const StyleResult *random = &styles[STYLE_RANDOM];
    for (int i = 0; i < count; i++)
        styles[i].beats_random = styles[i].surface && !styles[i].failed && styles[i].overall.assessed &&
                                 random->range.assessed && styles[i].overall.score10 > random->percentile10;
    play_run_budget(sc, 0);
    free(path.numbers);
    debrief_free(&d);
    play_free(&p);
    if (status != 0) {
        explore_styles_free(styles, count);
        return -1;
    }
    *out = styles;
    return count;
}

void explore_styles_free(StyleResult *styles, int count)
{
    for (int i = 0; styles && i < count; i++)
        free(styles[i].choices);
    free(styles);
}
