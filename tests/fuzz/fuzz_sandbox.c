/* fuzz_sandbox: arbitrary bytes as a scenario file: load, check, and a short
 * playthrough. Whatever the bytes, leadsim must not crash, hang or leak
 * (libFuzzer's -timeout and -rss_limit_mb catch the last two). */
#include "fuzz.h"
#include "lint.h"
#include "playthrough.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define FUZZ_STEPS 40   /* scenes a playthrough may enter before the input is done with */

static void fuzz_play(const Scenario *sc, unsigned pick)
{
    Playthrough p;
    if (play_init(&p, sc) != 0)
        return;
    play_start(&p, pick);
    for (int step = 0; step < FUZZ_STEPS && p.status == PLAY_RUNNING; step++) {
        if (play_scene(&p)->kind == SCENE_DECISION)
            play_choose(&p, 1 + (int)((pick >> (step % 16)) % (unsigned)p.shown_count));
        else
            play_continue(&p);
    }
    play_free(&p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[64];
    if (fuzz_write_file(path, sizeof path, "scenario", ".lua", data, size) != 0)
        return 0;
    DiagList diags = {0};
    Scenario *sc = scenario_load(path, &diags);
    if (sc != NULL) {
        lint_scenario(sc, &diags);
        fuzz_play(sc, size > 0 ? data[0] * 2654435761u : 1);
        scenario_free(sc);
    }
    diag_list_free(&diags);
    return 0;
}
