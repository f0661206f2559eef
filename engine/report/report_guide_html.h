/* report_guide_html: the facilitator's guide as one self-contained HTML file.
 *
 * No network and no external files (a Content-Security-Policy says so); the scene map
 * is an inline SVG laid out by guide_layout. Reads on a projector laptop (large type,
 * high contrast) and prints on A4 or Letter. Every text is escaped. */
#ifndef LEADSIM_REPORT_GUIDE_HTML_H
#define LEADSIM_REPORT_GUIDE_HTML_H

#include <stdio.h>
#include "guide.h"
#include "guide_layout.h"

void report_guide_html(FILE *out, const Guide *g, const GuideLayout *layout);

#endif
