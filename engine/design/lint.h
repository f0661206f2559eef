/* lint: the designer's warnings about a scenario that loads, and coverage
 * across a library. Errors stop a scenario from loading (scenario.c); these
 * find what would still go wrong in play or in the debrief. */
#ifndef LEADSIM_LINT_H
#define LEADSIM_LINT_H

#include "diag.h"
#include "scenario.h"

#define LINT_EXPLORE_RUNS 1000   /* automatic playthroughs that look for what a static reading cannot */

/* Adds warnings (and errors for runtime failures found by playing) about one scenario, the
 * answer-key cues among them (cues.h). */
void lint_scenario(const Scenario *sc, DiagList *diags);

/* How many decisions of a scenario assess each competency (choices on file weigh it unequally).
 * `counts` has one entry per framework competency. */
void lint_coverage(const Scenario *sc, int *counts);
/* Close calls: decisions where another choice comes within LINT_CLOSE points of the
 * strongest's sum of weights and is stronger on some competency (a real trade-off; the rule
 * is scenario_close_call's). Returns how many; *decisions gets how many decisions it has. */
#define LINT_CLOSE SCENARIO_CLOSE
int  lint_close_calls(const Scenario *sc, int *decisions);

/* Warnings for competencies that none of the scenarios assesses (they share one framework). */
void lint_library(const Scenario *const *scenarios, int count, const char *where, DiagList *diags);

/* In a library folder a scenario is found by its file name, while results and saves go by its
 * id: warns when the two differ, and when two scenarios share an id. */
void lint_library_ids(const Scenario *const *scenarios, int count, DiagList *diags);

#endif
