/* guide_layout: the scene map of a facilitator's guide, laid out for drawing.
 *
 * Layered top to bottom from the start (a layered, Sugiyama-style layout): each scene
 * goes one layer below the lowest scene that leads to it, loops aside; endings share
 * the bottom (two staggered rows when there are many). A way that spans several layers
 * passes through a slot reserved in each one, so it never runs through a scene; the
 * order within a layer is chosen to cross few ways, and each scene then sits near the
 * scenes it connects to. Units are CSS pixels at the size the HTML draws the map. */
#ifndef LEADSIM_GUIDE_LAYOUT_H
#define LEADSIM_GUIDE_LAYOUT_H

#include <stdbool.h>
#include "guide.h"

#define GUIDE_LABEL_LINES 3      /* lines of a scene's name in its box */
#define GUIDE_LABEL_COLUMNS 24   /* characters per line */
#define GUIDE_NODE_WIDTH 250.0
#define GUIDE_LINE_HEIGHT 21.0   /* a name's line; its kind line above is smaller */

typedef struct {
    double x, y, w, h;           /* the box: top left and size */
    int layer;
    char lines[GUIDE_LABEL_LINES][160];  /* the name, wrapped ("..." when cut) */
    int line_count;
} GuideNode;

typedef struct {
    int link;                    /* index in Guide.links */
    double *x, *y;               /* the points, from the source's border to the target's */
    int count;
    bool up;                     /* a loop back to an earlier scene */
    bool self;                   /* a loop from a scene to itself (drawn beside it) */
    double label_x, label_y;     /* where its letters go: the middle of their baseline */
} GuideRoute;

typedef struct {
    double width, height;
    GuideNode *nodes;            /* per Guide.scenes entry */
    int node_count;
    GuideRoute *routes;          /* per Guide.links entry, in the same order */
    int route_count;
    int layer_count;
} GuideLayout;

int  guide_layout(const Guide *g, GuideLayout *out);  /* 0, or -1 out of memory */
void guide_layout_free(GuideLayout *layout);

#endif
