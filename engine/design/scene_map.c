/* scene_map: steps and texts, gathered at each scene a playthrough enters. */
#include "scene_map.h"
#include "explore.h"

typedef struct {
    GuideSeen *seen;
    bool failed;                /* out of memory */
} Gathering;

/* The scene just entered: the step that led to it, and its texts when functions wrote them. */
static void scene_map_entered(void *ctx, const Playthrough *p)
{
    Gathering *g = ctx;
    const Scenario *sc = p->scenario;
    const Scene *scene = &sc->scenes[p->scene];
    if (p->path_count >= 2) {
        int from = p->path[p->path_count - 2];
        bool decided = sc->scenes[from].kind == SCENE_DECISION && p->decision_count > 0;
        int choice = decided ? p->decisions[p->decision_count - 1].choice : -1;
        if (guide_seen_step(g->seen, from, p->scene, choice) != 0)
            g->failed = true;
    }
    if (scene->text_fn != SCRIPT_NONE)
        guide_seen_text(g->seen, p->scene, -1, p->text);
    if (p->status == PLAY_ENDED)
        guide_seen_ending(g->seen, p->scene, p->meters);
    for (int i = 0; i < p->shown_count; i++)
        if (scene->choices[p->shown[i]].text_fn != SCRIPT_NONE)
            guide_seen_text(g->seen, p->scene, p->shown[i], p->shown_text[i]);
}

int scene_map_gather(const Scenario *sc, long runs, GuideSeen *seen)
{
    if (guide_seen_init(seen, sc) != 0)
        return -1;
    Gathering g = {seen, false};
    ExploreOptions options = {.strategy = STRATEGY_LEAST_USED, .runs = runs, .seed = 1,
                              .entered = scene_map_entered, .entered_ctx = &g};
    ExploreReport report;
    if (explore_run(sc, &options, &report) != 0) {
        guide_seen_free(seen);
        return -1;
    }
    seen->playthroughs = report.playthroughs - report.failures;
    seen->failures = report.failures;
    seen->min_decisions = report.min_decisions;
    seen->max_decisions = report.max_decisions;
    explore_report_free(&report);
    StyleResult *styles = NULL;
    int count = explore_styles(sc, 1, 1, &styles);
    if (count > STYLE_WEAKEST) {
        seen->strongest_ending = styles[STYLE_STRONGEST].ending;
        seen->weakest_ending = styles[STYLE_WEAKEST].ending;
    }
    if (count > 0)
        explore_styles_free(styles, count);
    if (g.failed)
        guide_seen_free(seen);
    return g.failed ? -1 : 0;
}
