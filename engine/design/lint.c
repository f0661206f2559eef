/* lint: reachability, dead ends, runtime failures found by playing, and the
 * debrief traps a designer cannot see from one scene at a time. */
#include "lint.h"
#include "cues.h"
#include "paths.h"
#include "debrief.h"
#include "explore.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

/* The scenes a scene's static nexts lead to; `dynamic` when some next is a function. */
static int lint_successors(const Scene *scene, int *out, bool *dynamic)
{
    int n = 0;
    *dynamic = scene->next_fn != SCRIPT_NONE;
    if (scene->next != SCENARIO_NO_SCENE)
        out[n++] = scene->next;
    for (int k = 0; k < scene->choice_count; k++) {
        if (scene->choices[k].next_fn != SCRIPT_NONE)
            *dynamic = true;
        else if (scene->choices[k].next != SCENARIO_NO_SCENE)
            out[n++] = scene->choices[k].next;
    }
    return n;
}

static void lint_graph(const Scenario *sc, DiagList *diags, const ExploreReport *played)
{
    int n = sc->scene_count;
    bool *reached = calloc((size_t)n + 1, sizeof *reached), *dynamic = calloc((size_t)n + 1, sizeof *dynamic);
    bool *can_end = calloc((size_t)n + 1, sizeof *can_end);
    int *queue = calloc((size_t)n + 1, sizeof *queue), next[SCENARIO_MAX_CHOICES + 1];
    if (!reached || !dynamic || !can_end || !queue)
        goto done;
    bool any_dynamic = false;
    for (int i = 0; i < n; i++) {
        lint_successors(&sc->scenes[i], next, &dynamic[i]);
        any_dynamic |= dynamic[i];
        reached[i] = played && played->scene_visits[i] > 0;
    }
    /* Reached: by static nexts from the start, or by a playthrough. */
    int head = 0, tail = 0;
    reached[sc->start] = true;
    for (int i = 0; i < n; i++)
        if (reached[i])
            queue[tail++] = i;
    while (head < tail) {
        int count = lint_successors(&sc->scenes[queue[head++]], next, &(bool){false});
        for (int k = 0; k < count; k++)
            if (!reached[next[k]]) {
                reached[next[k]] = true;
                queue[tail++] = next[k];
            }
    }
    for (int i = 0; i < n; i++) {
        if (reached[i])
            continue;
        if (any_dynamic)
            diag_add(diags, DIAG_WARNING, sc->path, sc->scenes[i].line, "unreachable", NULL,
                     "scene '%s' is never reached: no next names it, and %d automatic playthroughs never "
                     "entered it", sc->scenes[i].id, LINT_EXPLORE_RUNS);
        else
            diag_add(diags, DIAG_WARNING, sc->path, sc->scenes[i].line, "unreachable", NULL,
                     "scene '%s' is never reached: no next leads to it from the start", sc->scenes[i].id);
    }
    /* Can end: an ending, a scene whose next is a function (it may), or one leading to either. */
    for (int i = 0; i < n; i++)
        can_end[i] = sc->scenes[i].kind == SCENE_ENDING || dynamic[i];
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < n; i++) {
            if (can_end[i])
                continue;
            int count = lint_successors(&sc->scenes[i], next, &(bool){false});
            for (int k = 0; k < count && !can_end[i]; k++)
                can_end[i] = can_end[next[k]];
            changed |= can_end[i];
        }
    }
    for (int i = 0; i < n; i++)
        if (reached[i] && !can_end[i])
            diag_add(diags, DIAG_WARNING, sc->path, sc->scenes[i].line, "dead-end", NULL,
                     "scene '%s' is a dead end: no ending can be reached from it (a loop with no way out)",
                     sc->scenes[i].id);
done:
    free(reached);
    free(dynamic);
    free(can_end);
    free(queue);
}

static void lint_choices(const Scenario *sc, DiagList *diags)
{
    int competencies = sc->framework->competency_count;
    for (int i = 0; i < sc->scene_count; i++) {
        const Scene *scene = &sc->scenes[i];
        int strongest = -1, tie = -1, gated_best = -1000;
        for (int k = 0; k < scene->choice_count; k++) {
            const Choice *ch = &scene->choices[k];
            bool scored = false;
            for (int c = 0; c < competencies && !scored; c++)
                scored = ch->weights[c] != 0;
            if (!scored)
                diag_add(diags, DIAG_WARNING, sc->path, ch->line, "no-score", NULL,
                         "scene '%s', choice %d has no score: the debrief cannot say what it showed", scene->id, k + 1);
            if (ch->feedback == NULL || ch->feedback[0] == '\0')
                diag_add(diags, DIAG_WARNING, sc->path, ch->line, "no-feedback", NULL,
                         "scene '%s', choice %d has no feedback: the debrief will have nothing to say about it",
                         scene->id, k + 1);
            /* Ties only matter between choices that are always shown together, and only when
             * no choice behind a `when` could outrank them. */
            if (ch->when != SCRIPT_NONE) {
                gated_best = ch->weight_sum > gated_best ? ch->weight_sum : gated_best;
                continue;
            }
            if (strongest < 0 || ch->weight_sum > scene->choices[strongest].weight_sum) {
                strongest = k;
                tie = -1;
            } else if (ch->weight_sum == scene->choices[strongest].weight_sum && tie < 0) {
                tie = k;
            }
        }
        if (tie >= 0 && scene->choices[strongest].weight_sum > 0 &&
            scene->choices[strongest].weight_sum >= gated_best)
            diag_add(diags, DIAG_WARNING, sc->path, scene->line, "tied-strongest", NULL,
                     "scene '%s': choices %d and %d tie as the strongest (total weight %d); the debrief will "
                     "always name choice %d as the stronger move", scene->id, strongest + 1, tie + 1,
                     scene->choices[strongest].weight_sum, strongest + 1);
    }
    /* A competency only ever penalized scores 100 for anyone who avoids the mistakes. */
    for (int c = 0; c < competencies; c++) {
        int highest = -100, uses = 0;
        for (int i = 0; i < sc->scene_count; i++)
            for (int k = 0; k < sc->scenes[i].choice_count; k++) {
                int w = sc->scenes[i].choices[k].weights[c];
                uses += w != 0;
                highest = w > highest ? w : highest;
            }
        if (uses > 0 && highest <= 0)
            diag_add(diags, DIAG_WARNING, sc->path, sc->line, "only-penalized", NULL,
                     "'%s' is only ever penalized in this scenario: a player who simply avoids the poor choices "
                     "scores 100 on it; give some choice a positive weight for it",
                     sc->framework->competencies[c].id);
    }
}

/* Plays the scenario automatically: errors in play, and the answer-key cues on the screens shown. */
static void lint_play(const Scenario *sc, DiagList *diags, ExploreReport *report)
{
    CueTally *cues = cues_tally_new(sc);
    ExploreOptions options = {.strategy = STRATEGY_LEAST_USED, .runs = LINT_EXPLORE_RUNS, .seed = 1,
                              .observe = cues ? cues_observe : NULL, .observe_ctx = cues};
    int status = explore_run(sc, &options, report);
    if (cues && status == 0)
        cues_warn(cues, diags);
    cues_tally_free(cues);
    if (status != 0)
        return;
    for (int e = 0; e < report->error_count; e++) {
        const ExploreError *err = &report->errors[e];
        char choices[512] = "";
        size_t used = 0;
        for (int i = 0; i < err->choice_count && used < sizeof choices - 12; i++)
            used += (size_t)snprintf(choices + used, sizeof choices - used, "%s%d", i ? "," : "", err->choices[i]);
        /* The message already says FILE:LINE: ...; keep what follows. */
        const char *text = err->message;
        size_t path_len = strlen(sc->path);
        if (strncmp(text, sc->path, path_len) == 0 && text[path_len] == ':') {
            const char *after = strchr(text + path_len + 1, ':');
            text = after ? after + 2 : text;
        }
        diag_add(diags, DIAG_ERROR, sc->path, err->line, "runtime-error", NULL,
                 "%s (found by automatic playthroughs; reproduce with: leadsim play %s --text --seed %" PRIu64
                 " --choices %s)", text, paths_shell_quote(sc->path), err->seed, choices[0] ? choices : "\"\"");
    }
}

void lint_scenario(const Scenario *sc, DiagList *diags)
{
    ExploreReport played;
    memset(&played, 0, sizeof played);
    lint_play(sc, diags, &played);
    lint_graph(sc, diags, played.scene_visits ? &played : NULL);
    lint_choices(sc, diags);
    explore_report_free(&played);
}

void lint_coverage(const Scenario *sc, int *counts)
{
    int n = sc->framework->competency_count;
    memset(counts, 0, (size_t)n * sizeof *counts);
    for (int i = 0; i < sc->scene_count; i++) {
        const Scene *scene = &sc->scenes[i];
        for (int c = 0; c < n && scene->choice_count > 0; c++) {
            int high = scene->choices[0].weights[c], low = high;
            for (int k = 1; k < scene->choice_count; k++) {
                int w = scene->choices[k].weights[c];
                high = w > high ? w : high;
                low = w < low ? w : low;
            }
            counts[c] += high != low;
        }
    }
}

int lint_close_calls(const Scenario *sc, int *decisions)
{
    int n = sc->framework->competency_count, close = 0;
    *decisions = 0;
    for (int i = 0; i < sc->scene_count; i++) {
        const Scene *scene = &sc->scenes[i];
        if (scene->kind != SCENE_DECISION)
            continue;
        (*decisions)++;
        int strongest = scenario_strongest(scene);
        bool found = false;
        for (int k = 0; k < scene->choice_count && !found; k++)
            found = scenario_close_call(scene, strongest, k, n);
        close += found;
    }
    return close;
}

void lint_library(const Scenario *const *scenarios, int count, const char *where, DiagList *diags)
{
    if (count < 2)
        return;
    const Framework *fw = scenarios[0]->framework;
    int *totals = calloc((size_t)fw->competency_count + 1, sizeof *totals);
    int *counts = calloc((size_t)fw->competency_count + 1, sizeof *counts);
    for (int s = 0; totals && counts && s < count; s++) {
        if (strcmp(scenarios[s]->framework->id, fw->id) != 0)
            continue;
        lint_coverage(scenarios[s], counts);
        for (int c = 0; c < fw->competency_count; c++)
            totals[c] += counts[c];
    }
    for (int c = 0; totals && c < fw->competency_count; c++)
        if (totals[c] == 0)
            diag_add(diags, DIAG_WARNING, where, 0, "never-assessed", NULL,
                     "no scenario here assesses '%s'", fw->competencies[c].id);
    free(totals);
    free(counts);
}

void lint_library_ids(const Scenario *const *scenarios, int count, DiagList *diags)
{
    for (int s = 0; s < count; s++) {
        const Scenario *sc = scenarios[s];
        const char *base = strrchr(sc->path, '/');
        base = base ? base + 1 : sc->path;
        size_t stem = strlen(base);
        if (stem > 4 && strcmp(base + stem - 4, ".lua") == 0)
            stem -= 4;
        if (strlen(sc->id) != stem || strncmp(sc->id, base, stem) != 0)
            diag_add(diags, DIAG_WARNING, sc->path, sc->line, "id-not-file-name", NULL,
                     "the id '%s' differs from the file name %s; `leadsim play` finds a scenario by its file "
                     "name, results and saves go by its id: rename the file %s.lua, or make the id '%.*s'",
                     sc->id, base, sc->id, (int)stem, base);
        for (int o = 0; o < s; o++)
            if (strcmp(scenarios[o]->id, sc->id) == 0) {
                diag_add(diags, DIAG_WARNING, sc->path, sc->line, "duplicate-id", NULL,
                         "%s has the id '%s' too; results and saves could not tell the two apart",
                         scenarios[o]->path, sc->id);
                break;
            }
    }
}
