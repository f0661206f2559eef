/* scene_map: which scenes follow which, and the texts functions write, found by playing.
 *
 * A scenario's `next` (and its texts) may be functions of the story so far, so reading
 * the file cannot say where a choice leads. This plays the scenario automatically, with
 * explore (least-used choices, so every option is tried), and keeps every step it sees
 * for the facilitator's guide (model/guide.h), with where the meters stood at each ending
 * and where always the strongest, or the weakest, option leads. */
#ifndef LEADSIM_SCENE_MAP_H
#define LEADSIM_SCENE_MAP_H

#include "guide.h"

#define SCENE_MAP_RUNS 3000   /* playthroughs: enough to try every option many times over */

/* Fills `seen` (initialized here; free with guide_seen_free). 0, or -1 out of memory. */
int scene_map_gather(const Scenario *sc, long runs, GuideSeen *seen);

#endif
