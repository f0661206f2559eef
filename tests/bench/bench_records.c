/* bench_records: what keeping a trainee's work costs.
 *
 *   bench_records SCENARIO.lua LIBRARY_DIR
 *
 * Prints three lines of numbers:
 *   save  <ms per decision with saves> <ms per decision without> <difference>
 *   ending <ms for the last decision with the history written> <ms without>
 *   library <ms to read the library's history with 10,000 attempts> <ms with none>
 * The library's history read is what the library screen does: open the history
 * and ask each scenario's attempts, last and best scores. */
#include "history.h"
#include "paths.h"
#include "recorder.h"
#include "rng.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec * 1e-6;
}

static void quiet(void *ctx, const char *message)
{
    (void)ctx;
    fprintf(stderr, "bench_records: %s\n", message);
}

/* Plays `runs` random playthroughs; with `dir`, saving and recording as the game does.
 * Returns the time per decision that does not end the playthrough; *ending gets the time
 * of the decisions that do (where the attempt goes to the history). */
static double play_ms_per_decision(const char *scenario, const char *dir, int runs, double *ending)
{
    Rng picks;
    rng_seed(&picks, 7);
    long decisions = 0, endings = 0;
    double total = 0, end_total = 0;
    for (int i = 0; i < runs; i++) {
        Session s;
        Recorder rec;
        DiagList diags = {0};
        if (session_open(&s, scenario, &diags) != 0)
            exit(1);
        diag_list_free(&diags);
        if (dir)
            recorder_start(&rec, &s, dir, "bench", NULL, NULL, quiet, NULL);
        session_start(&s, (uint64_t)i + 1);
        while (s.play.status == PLAY_RUNNING) {
            double start = now_ms();
            if (play_scene(&s.play)->kind == SCENE_DECISION)
                session_choose(&s, 1 + (int)rng_below(&picks, (uint64_t)s.play.shown_count));
            else
                session_continue(&s);
            double took = now_ms() - start;
            if (s.play.status == PLAY_RUNNING) {
                total += took;
                decisions++;
            } else {
                end_total += took;
                endings++;
            }
        }
        if (dir)
            recorder_stop(&rec);
        session_close(&s);
    }
    *ending = end_total / (double)(endings ? endings : 1);
    return total / (double)decisions;
}

/* The library screen's question to the history, for each scenario of the library. */
static double library_ms(const char *dir, char **ids, int count)
{
    double best = 1e9;
    for (int round = 0; round < 5; round++) {
        double start = now_ms();
        char notice[256], why[256];
        History *h = history_open(dir, notice, sizeof notice, why, sizeof why);
        for (int i = 0; h && i < count; i++) {
            int attempts, last, top;
            history_summary(h, ids[i], NULL, &attempts, &last, &top);
        }
        history_close(h);
        double took = now_ms() - start;
        best = took < best ? took : best;
    }
    return best;
}

/* Fills the history with `n` attempts of one finished playthrough. */
static void fill(const char *dir, const char *scenario, int n)
{
    Session s;
    DiagList diags = {0};
    if (session_open(&s, scenario, &diags) != 0 || session_start(&s, 1) != 0)
        exit(1);
    while (s.play.status == PLAY_RUNNING)
        if (play_scene(&s.play)->kind == SCENE_DECISION)
            session_choose(&s, 1);
        else
            session_continue(&s);
    DebriefDoc doc;
    debrief_doc_build(&doc, &s, false, "bench");
    char notice[256], why[256];
    History *h = history_open(dir, notice, sizeof notice, why, sizeof why);
    for (int i = 0; h && i < n; i++)
        history_add(h, &doc, "0", why, sizeof why);
    history_close(h);
    debrief_doc_free(&doc);
    session_close(&s);
    diag_list_free(&diags);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: bench_records SCENARIO.lua LIBRARY_DIR\n");
        return 2;
    }
    paths_init(argv[0]);
    char dir[] = "/tmp/leadsim-bench-XXXXXX", empty[] = "/tmp/leadsim-bench-XXXXXX";
    if (!mkdtemp(dir) || !mkdtemp(empty))
        return 1;
    double end_with, end_without;
    double with = play_ms_per_decision(argv[1], dir, 200, &end_with);
    double without = play_ms_per_decision(argv[1], NULL, 200, &end_without);
    printf("save %.3f %.3f %.3f\n", with, without, with - without);
    printf("ending %.3f %.3f\n", end_with, end_without);
    char **files = NULL;
    int count = paths_list_scenarios(argv[2], &files);
    char **ids = calloc((size_t)(count > 0 ? count : 0) + 1, sizeof *ids);
    for (int i = 0; i < count; i++) {
        const char *base = strrchr(files[i], '/');
        ids[i] = strndup(base ? base + 1 : files[i], strlen(base ? base + 1 : files[i]) - 4);
    }
    fill(dir, argv[1], 10000);
    printf("library %.2f %.2f\n", library_ms(dir, ids, count), library_ms(empty, ids, count));
    char command[200];
    snprintf(command, sizeof command, "rm -rf %s %s", dir, empty);
    return system(command) == 0 ? 0 : 1;
}
