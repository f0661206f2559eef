/* bench_play: random playthroughs of one scenario, reusing the loaded scenario
 * and resetting only the playthrough state; reports playthroughs and choices
 * resolved per second on one core. */
#include "paths.h"
#include "playthrough.h"
#include "rng.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_play SCENARIO.lua [seconds]\n");
        return 2;
    }
    double seconds = argc > 2 ? atof(argv[2]) : 2.0;
    paths_init(argv[0]);
    DiagList diags = {0};
    Scenario *sc = scenario_load(argv[1], &diags);
    diag_print_all(stderr, &diags);
    if (sc == NULL)
        return 1;
    Playthrough p;
    play_init(&p, sc);
    Rng picks;
    rng_seed(&picks, 12345);
    long playthroughs = 0, choices = 0, failures = 0;
    double start = now(), elapsed = 0;
    while (elapsed < seconds) {
        for (int batch = 0; batch < 256; batch++) {
            play_start(&p, (uint64_t)playthroughs);
            while (p.status == PLAY_RUNNING) {
                if (play_scene(&p)->kind == SCENE_DECISION) {
                    play_choose(&p, 1 + (int)rng_below(&picks, (uint64_t)p.shown_count));
                    choices++;
                } else {
                    play_continue(&p);
                }
            }
            failures += p.status == PLAY_FAILED;
            playthroughs++;
        }
        elapsed = now() - start;
    }
    printf("%.0f %.0f %.1f %ld\n", playthroughs / elapsed, choices / elapsed,
           (double)choices / (double)playthroughs, failures);
    play_free(&p);
    scenario_free(sc);
    diag_list_free(&diags);
    return 0;
}
