/* report_guide_html: placeholder */
#include "report_guide_html.h"
void report_guide_html(FILE *out, const Guide *g, const GuideLayout *layout) { (void)out; (void)g; (void)layout; }
