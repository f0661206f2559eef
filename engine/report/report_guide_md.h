/* report_guide_md: the facilitator's guide as Markdown, for a wiki, a repository or a printout.
 *
 * The scene map becomes an outline: each scene in play order with the ways out of it. */
#ifndef LEADSIM_REPORT_GUIDE_MD_H
#define LEADSIM_REPORT_GUIDE_MD_H

#include <stdio.h>
#include "guide.h"

void report_guide_md(FILE *out, const Guide *g);

#endif
