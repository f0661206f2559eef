/* guide_layout: layers, slots for long ways, order within layers, then coordinates. */
#include "guide_layout.h"
#include "wrap.h"

#include <stdlib.h>
#include <string.h>

#define LAYOUT_MARGIN 16.0
#define LAYOUT_GAP 34.0          /* between boxes side by side */
#define LAYOUT_SLOT 18.0         /* the width a way passing through a layer takes */
#define LAYOUT_LAYER_GAP 64.0    /* between layers: room for the letters and the arrowheads */
#define LAYOUT_PLAIN_GAP 40.0    /* between layers no lettered way leaves: the map stays short */
#define LAYOUT_SWEEPS 24         /* ordering passes */
#define LAYOUT_ROUNDS 24         /* coordinate passes */
#define LAYOUT_ENDINGS_ROW 4     /* endings side by side before they take two rows */

/* The graph being laid out: the scenes (vertices 0..n-1), then a slot per layer a way passes. */
typedef struct {
    const Guide *g;
    int n, total;
    int *layer, *owner;          /* owner: a slot's route, -1 for a scene */
    double *w, *x;
    int **chain, *chain_len;     /* per route: its vertices, from the upper end to the lower */
    bool *up, *self;             /* per route */
    int layer_count;
    int **layers, *layer_size;   /* each layer's vertices, in order */
    int *rank;                   /* a vertex's place in its layer */
    int *piece_a, *piece_b;      /* each piece of a way between two layers: its upper and lower vertex */
    int piece_count;
} Graph;

/* ---- layers ----------------------------------------------------------------------------------- */

/* Marks the ways that go back to a scene still being explored from the start: loops. */
static void layout_loops(Graph *gr, int v, unsigned char *state)
{
    const Guide *g = gr->g;
    state[v] = 1;
    for (int i = 0; i < g->link_count; i++) {
        if (g->links[i].from != v)
            continue;
        int to = g->links[i].to;
        if (to == v)
            gr->self[i] = true;
        else if (state[to] == 1)
            gr->up[i] = true;
        else if (state[to] == 0)
            layout_loops(gr, to, state);
    }
    state[v] = 2;
}

/* Each scene one layer below the lowest scene that leads to it; endings share the bottom. */
static void layout_layers(Graph *gr)
{
    const Guide *g = gr->g;
    bool changed = true;
    for (int round = 0; changed && round <= gr->n; round++) {
        changed = false;
        for (int i = 0; i < g->link_count; i++) {
            if (gr->self[i])
                continue;
            int upper = gr->up[i] ? g->links[i].to : g->links[i].from;
            int lower = gr->up[i] ? g->links[i].from : g->links[i].to;
            if (gr->layer[lower] < gr->layer[upper] + 1) {
                gr->layer[lower] = gr->layer[upper] + 1;
                changed = true;
            }
        }
    }
    int bottom = 0;
    bool story = false;
    for (int v = 0; v < gr->n; v++)
        if (g->scenes[v].kind != SCENE_ENDING) {
            bottom = gr->layer[v] + 1 > bottom ? gr->layer[v] + 1 : bottom;
            story = true;
        }
    int endings = 0;
    for (int v = 0; v < gr->n; v++)
        endings += story && g->scenes[v].kind == SCENE_ENDING;
    /* Many endings take two staggered rows, so the map stays narrow enough to read. */
    for (int v = 0, k = 0; v < gr->n; v++)
        if (story && g->scenes[v].kind == SCENE_ENDING)
            gr->layer[v] = bottom + (endings > LAYOUT_ENDINGS_ROW && k++ % 2 == 1);
    gr->layer_count = 0;
    for (int v = 0; v < gr->n; v++)
        gr->layer_count = gr->layer[v] + 1 > gr->layer_count ? gr->layer[v] + 1 : gr->layer_count;
}

/* ---- slots and chains ------------------------------------------------------------------------ */

/* Gives each route its chain of vertices, adding a slot in every layer it passes through. */
static int layout_chains(Graph *gr)
{
    const Guide *g = gr->g;
    for (int i = 0; i < g->link_count; i++) {
        int upper = gr->up[i] ? g->links[i].to : g->links[i].from;
        int lower = gr->up[i] ? g->links[i].from : g->links[i].to;
        int span = gr->self[i] ? 0 : gr->layer[lower] - gr->layer[upper];
        gr->chain[i] = malloc(((size_t)span + 2) * sizeof *gr->chain[i]);
        if (gr->chain[i] == NULL)
            return -1;
        int *c = gr->chain[i], len = 0;
        c[len++] = upper;
        for (int l = gr->layer[upper] + 1; l < gr->layer[upper] + span; l++) {
            int slot = gr->total++;
            gr->layer[slot] = l;
            gr->owner[slot] = i;
            gr->w[slot] = LAYOUT_SLOT;
            c[len++] = slot;
        }
        if (!gr->self[i])
            c[len++] = lower;
        gr->chain_len[i] = len;
        for (int k = 0; k + 1 < len; k++) {
            gr->piece_a[gr->piece_count] = c[k];
            gr->piece_b[gr->piece_count++] = c[k + 1];
        }
    }
    return 0;
}

/* Where a vertex first goes in its layer: a scene by its place in play order, a slot just before
 * the scene its way leads down to (so a second row of endings sits between the first's). */
static double layout_first_key(const Graph *gr, int v)
{
    if (gr->owner[v] < 0)
        return v;
    const int *c = gr->chain[gr->owner[v]];
    return c[gr->chain_len[gr->owner[v]] - 1] - 0.5;
}

/* Fills the layers in a first order, which the sweeps then improve. */
static int layout_fill_layers(Graph *gr)
{
    gr->layers = calloc((size_t)gr->layer_count + 1, sizeof *gr->layers);
    gr->layer_size = calloc((size_t)gr->layer_count + 1, sizeof *gr->layer_size);
    if (!gr->layers || !gr->layer_size)
        return -1;
    for (int v = 0; v < gr->total; v++)
        gr->layer_size[gr->layer[v]]++;
    for (int l = 0; l < gr->layer_count; l++) {
        gr->layers[l] = malloc(((size_t)gr->layer_size[l] + 1) * sizeof *gr->layers[l]);
        if (gr->layers[l] == NULL)
            return -1;
        gr->layer_size[l] = 0;
    }
    for (int v = 0; v < gr->total; v++) {
        int l = gr->layer[v];
        gr->layers[l][gr->layer_size[l]++] = v;
    }
    for (int l = 0; l < gr->layer_count; l++) {
        int *vs = gr->layers[l];
        for (int i = 1; i < gr->layer_size[l]; i++)   /* insertion sort: layers are small */
            for (int j = i; j > 0 && layout_first_key(gr, vs[j]) < layout_first_key(gr, vs[j - 1]); j--) {
                int t = vs[j];
                vs[j] = vs[j - 1];
                vs[j - 1] = t;
            }
        for (int i = 0; i < gr->layer_size[l]; i++)
            gr->rank[vs[i]] = i;
    }
    return 0;
}

/* ---- order within layers ---------------------------------------------------------------------- */

static long layout_crossings(const Graph *gr)
{
    long crossings = 0;
    for (int i = 0; i < gr->piece_count; i++)
        for (int j = i + 1; j < gr->piece_count; j++) {
            int a = gr->piece_a[i], b = gr->piece_b[i], c = gr->piece_a[j], d = gr->piece_b[j];
            if (gr->layer[a] == gr->layer[c])
                crossings += (gr->rank[a] - gr->rank[c]) * (gr->rank[b] - gr->rank[d]) < 0;
        }
    return crossings;
}

/* Sorts layer l by the mean place of each vertex's neighbours in the layer above (down) or below. */
static void layout_sort_layer(Graph *gr, int l, bool down, double *sum, int *count)
{
    int *vs = gr->layers[l], n = gr->layer_size[l];
    for (int i = 0; i < n; i++)
        sum[vs[i]] = count[vs[i]] = 0;
    for (int i = 0; i < gr->piece_count; i++) {
        int self = down ? gr->piece_b[i] : gr->piece_a[i], other = down ? gr->piece_a[i] : gr->piece_b[i];
        if (gr->layer[self] == l) {
            sum[self] += gr->rank[other];
            count[self]++;
        }
    }
    for (int i = 0; i < n; i++)
        sum[vs[i]] = count[vs[i]] ? sum[vs[i]] / count[vs[i]] : gr->rank[vs[i]];
    for (int i = 1; i < n; i++)                  /* insertion sort: stable, and layers are small */
        for (int j = i; j > 0 && sum[vs[j]] < sum[vs[j - 1]]; j--) {
            int t = vs[j];
            vs[j] = vs[j - 1];
            vs[j - 1] = t;
        }
    for (int i = 0; i < n; i++)
        gr->rank[vs[i]] = i;
}

/* Sweeps down and up, keeping the order with the fewest crossings. */
static int layout_order(Graph *gr)
{
    double *key = calloc((size_t)gr->total + 1, sizeof *key);
    int *count = calloc((size_t)gr->total + 1, sizeof *count);
    int *best = malloc(((size_t)gr->total + 1) * sizeof *best);
    if (!key || !count || !best) {
        free(key);
        free(count);
        free(best);
        return -1;
    }
    long fewest = layout_crossings(gr);
    memcpy(best, gr->rank, (size_t)gr->total * sizeof *best);
    for (int sweep = 0; sweep < LAYOUT_SWEEPS && fewest > 0; sweep++) {
        bool down = sweep % 2 == 0;
        for (int i = 1; i < gr->layer_count; i++)
            layout_sort_layer(gr, down ? i : gr->layer_count - 1 - i, down, key, count);
        long crossings = layout_crossings(gr);
        if (crossings < fewest) {
            fewest = crossings;
            memcpy(best, gr->rank, (size_t)gr->total * sizeof *best);
        }
    }
    for (int v = 0; v < gr->total; v++) {       /* back to the best order */
        gr->rank[v] = best[v];
        gr->layers[gr->layer[v]][best[v]] = v;
    }
    free(key);
    free(count);
    free(best);
    return 0;
}

/* ---- coordinates -------------------------------------------------------------------------------- */

static double layout_separation(const Graph *gr, int a, int b)
{
    double gap = gr->owner[a] < 0 && gr->owner[b] < 0 ? LAYOUT_GAP : LAYOUT_GAP / 3;
    return (gr->w[a] + gr->w[b]) / 2 + gap;
}

/* Puts layer l's vertices as near as they can be to where they want to be, in order and apart:
 * the mean of packing them from the left and from the right keeps both orders' gaps. */
static void layout_place_layer(Graph *gr, int l, const double *want, double *left, double *right)
{
    int *vs = gr->layers[l], n = gr->layer_size[l];
    for (int i = 0; i < n; i++) {
        left[i] = want[vs[i]];
        if (i > 0 && left[i] < left[i - 1] + layout_separation(gr, vs[i - 1], vs[i]))
            left[i] = left[i - 1] + layout_separation(gr, vs[i - 1], vs[i]);
    }
    for (int i = n - 1; i >= 0; i--) {
        right[i] = want[vs[i]];
        if (i < n - 1 && right[i] > right[i + 1] - layout_separation(gr, vs[i], vs[i + 1]))
            right[i] = right[i + 1] - layout_separation(gr, vs[i], vs[i + 1]);
    }
    for (int i = 0; i < n; i++)
        gr->x[vs[i]] = (left[i] + right[i]) / 2;
}

/* Where each vertex of layer l wants to be: at the mean of its neighbours in the layer above
 * (from_above) or below, as they are now, so one pass carries a position through every layer. */
static void layout_wants(const Graph *gr, int l, bool from_above, double *want, int *count)
{
    for (int i = 0; i < gr->layer_size[l]; i++) {
        want[gr->layers[l][i]] = 0;
        count[gr->layers[l][i]] = 0;
    }
    for (int i = 0; i < gr->piece_count; i++) {
        int self = from_above ? gr->piece_b[i] : gr->piece_a[i], other = from_above ? gr->piece_a[i] : gr->piece_b[i];
        if (gr->layer[self] != l)
            continue;
        want[self] += gr->x[other];
        count[self]++;
    }
    for (int i = 0; i < gr->layer_size[l]; i++) {
        int v = gr->layers[l][i];
        want[v] = count[v] ? want[v] / count[v] : gr->x[v];
    }
}

static int layout_x(Graph *gr)
{
    size_t size = (size_t)gr->total + 1;
    double *want = calloc(size, sizeof *want), *left = calloc(size, sizeof *left), *right = calloc(size, sizeof *right);
    int *count = calloc(size, sizeof *count);
    bool ok = want && left && right && count;
    for (int l = 0; ok && l < gr->layer_count; l++)
        layout_place_layer(gr, l, want, left, right);   /* first: packed around the centre line */
    for (int round = 0; ok && round < LAYOUT_ROUNDS; round++) {
        bool from_above = round % 2 == 1;               /* the last pass goes down from the start */
        for (int i = 0; i < gr->layer_count; i++) {
            int l = from_above ? i : gr->layer_count - 1 - i;
            layout_wants(gr, l, from_above, want, count);
            layout_place_layer(gr, l, want, left, right);
        }
    }
    free(want);
    free(left);
    free(right);
    free(count);
    return ok ? 0 : -1;
}

/* A scene's name in up to GUIDE_LABEL_LINES lines; the last ends in an ellipsis when cut. */
typedef struct {
    GuideNode *node;
    bool cut;
} LabelSink;

static void layout_label_line(void *ctx, const WrapLine *line)
{
    LabelSink *sink = ctx;
    GuideNode *node = sink->node;
    if (node->line_count == GUIDE_LABEL_LINES) {
        if (!sink->cut) {
            char *last = node->lines[GUIDE_LABEL_LINES - 1];
            size_t n = strlen(last);
            while (n > 0 && ((unsigned char)last[n - 1] & 0xC0) == 0x80)
                n--;                             /* never cut inside a character */
            snprintf(last + (n > 0 ? n - 1 : 0), sizeof node->lines[0] - (n > 0 ? n - 1 : 0), "\u2026");
            sink->cut = true;
        }
        return;
    }
    int length = line->length < sizeof node->lines[0] - 4 ? (int)line->length : (int)sizeof node->lines[0] - 4;
    snprintf(node->lines[node->line_count++], sizeof node->lines[0], "%.*s", length, line->text);
}

static void layout_label(GuideNode *node, const char *name)
{
    char *normalized = wrap_normalize(name);
    LabelSink sink = {node, false};
    if (normalized)
        wrap_text(normalized, GUIDE_LABEL_COLUMNS, wrap_columns, NULL, layout_label_line, &sink);
    free(normalized);
}

/* ---- ways --------------------------------------------------------------------------------------- */

/* Ports: where each piece leaves its upper vertex's bottom and meets its lower vertex's top,
 * spread across the box in the order of the other ends, so ways do not cross at a box. */
static void layout_ports(const Graph *gr, const GuideLayout *out, double *out_x, double *in_x)
{
    for (int i = 0; i < gr->piece_count; i++) {
        int a = gr->piece_a[i], b = gr->piece_b[i], before = 0, count = 0, into = 0, into_count = 0;
        for (int j = 0; j < gr->piece_count; j++) {
            if (gr->piece_a[j] == a) {
                count++;
                double xj = gr->x[gr->piece_b[j]], xi = gr->x[b];
                before += xj < xi || (xj == xi && j < i);
            }
            if (gr->piece_b[j] == b) {
                into_count++;
                double xj = gr->x[gr->piece_a[j]], xi = gr->x[a];
                into += xj < xi || (xj == xi && j < i);
            }
        }
        out_x[i] = gr->owner[a] >= 0 ? gr->x[a] : out->nodes[a].x + out->nodes[a].w * (before + 1) / (count + 1);
        in_x[i] = gr->owner[b] >= 0 ? gr->x[b] : out->nodes[b].x + out->nodes[b].w * (into + 1) / (into_count + 1);
    }
}

static void layout_route_self(GuideRoute *route, const GuideNode *node)
{
    double right = node->x + node->w, loop = LAYOUT_GAP * 0.8;
    double xs[4] = {right, right + loop, right + loop, right};
    double ys[4] = {node->y + node->h * 0.3, node->y + node->h * 0.3, node->y + node->h * 0.7, node->y + node->h * 0.7};
    for (int k = 0; k < 4; k++) {
        route->x[k] = xs[k];
        route->y[k] = ys[k];
    }
    route->count = 4;
    route->label_x = right + loop + 4;
    route->label_y = node->y + node->h / 2 + 4;
}

/* A route's points, from its upper end to its lower one (then turned round for a loop back). */
static void layout_route(const Graph *gr, GuideLayout *out, int r, int first_piece, const double *out_x,
                         const double *in_x, const double *layer_y, const double *layer_h)
{
    GuideRoute *route = &out->routes[r];
    const int *c = gr->chain[r];
    int len = gr->chain_len[r], n = 0;
    route->link = r;
    route->up = gr->up[r];
    route->self = gr->self[r];
    if (route->self) {
        layout_route_self(route, &out->nodes[c[0]]);
        return;
    }
    const GuideNode *upper = &out->nodes[c[0]], *lower = &out->nodes[c[len - 1]];
    route->x[n] = out_x[first_piece];
    route->y[n++] = upper->y + upper->h;
    for (int k = 1; k < len - 1; k++) {          /* straight down through each layer it passes */
        int l = gr->layer[c[k]];
        route->x[n] = route->x[n + 1] = gr->x[c[k]];
        route->y[n++] = layer_y[l];
        route->y[n++] = layer_y[l] + layer_h[l];
    }
    route->x[n] = in_x[first_piece + len - 2];
    route->y[n++] = lower->y;
    route->count = n;
    /* The letters on the way's first piece, halfway down it (their halo breaks the line, so they
     * belong to it), where ways that fan out from a scene are furthest apart. */
    int from = route->up ? n - 1 : 0, next = route->up ? n - 2 : 1;
    route->label_x = (route->x[from] + route->x[next]) / 2;
    route->label_y = (route->y[from] + route->y[next]) / 2 + 5;
    for (int k = 0; route->up && k < n / 2; k++) {   /* a loop back runs from the lower scene up */
        double tx = route->x[k], ty = route->y[k];
        route->x[k] = route->x[n - 1 - k];
        route->y[k] = route->y[n - 1 - k];
        route->x[n - 1 - k] = tx;
        route->y[n - 1 - k] = ty;
    }
}

/* The gap below layer l: room for letters when a lettered way starts its way down there. */
static double layout_gap(const Graph *gr, int l)
{
    for (int r = 0; r < gr->g->link_count; r++) {
        if (gr->self[r] || gr->g->links[r].label[0] == '\0')
            continue;
        const int *c = gr->chain[r];
        int labelled = gr->up[r] ? gr->layer[c[gr->chain_len[r] - 1]] - 1 : gr->layer[c[0]];
        if (labelled == l)
            return LAYOUT_LAYER_GAP;
    }
    return LAYOUT_PLAIN_GAP;
}

/* Boxes, layers' heights, then every way's points. */
static int layout_finish(Graph *gr, GuideLayout *out)
{
    int L = gr->layer_count;
    double *layer_y = calloc((size_t)L + 1, sizeof *layer_y), *layer_h = calloc((size_t)L + 1, sizeof *layer_h);
    size_t pieces = (size_t)gr->piece_count + 1;
    double *out_x = calloc(pieces, sizeof *out_x), *in_x = calloc(pieces, sizeof *in_x);
    bool ok = layer_y && layer_h && out_x && in_x;
    double least = 0, most = 0;
    for (int v = 0; ok && v < gr->total; v++) {
        least = v == 0 || gr->x[v] - gr->w[v] / 2 < least ? gr->x[v] - gr->w[v] / 2 : least;
        most = v == 0 || gr->x[v] + gr->w[v] / 2 > most ? gr->x[v] + gr->w[v] / 2 : most;
    }
    for (int v = 0; ok && v < gr->n; v++) {
        GuideNode *node = &out->nodes[v];
        layout_label(node, gr->g->scenes[v].name);
        node->layer = gr->layer[v];
        node->w = gr->w[v];
        node->h = 36 + GUIDE_LINE_HEIGHT * (node->line_count > 0 ? node->line_count : 1);
        layer_h[node->layer] = node->h > layer_h[node->layer] ? node->h : layer_h[node->layer];
    }
    for (int l = 0; ok && l < L; l++)
        layer_y[l] = l == 0 ? LAYOUT_MARGIN : layer_y[l - 1] + layer_h[l - 1] + layout_gap(gr, l - 1);
    for (int v = 0; ok && v < gr->total; v++)
        gr->x[v] += LAYOUT_MARGIN - least;
    for (int v = 0; ok && v < gr->n; v++) {
        out->nodes[v].x = gr->x[v] - gr->w[v] / 2;
        out->nodes[v].y = layer_y[gr->layer[v]];
    }
    out->width = most - least + 2 * LAYOUT_MARGIN + LAYOUT_GAP;   /* room for a loop beside the rightmost box */
    out->height = L > 0 ? layer_y[L - 1] + layer_h[L - 1] + LAYOUT_MARGIN : 2 * LAYOUT_MARGIN;
    out->layer_count = L;
    if (ok)
        layout_ports(gr, out, out_x, in_x);
    for (int r = 0, first = 0; ok && r < gr->g->link_count; first += gr->chain_len[r] - 1, r++) {
        size_t points = (size_t)gr->chain_len[r] * 2 + 4;
        out->routes[r].x = calloc(points, sizeof *out->routes[r].x);
        out->routes[r].y = calloc(points, sizeof *out->routes[r].y);
        ok = out->routes[r].x && out->routes[r].y;
        if (ok)
            layout_route(gr, out, r, first, out_x, in_x, layer_y, layer_h);
    }
    free(layer_y);
    free(layer_h);
    free(out_x);
    free(in_x);
    return ok ? 0 : -1;
}

static void layout_graph_free(Graph *gr)
{
    for (int i = 0; gr->chain && i < gr->g->link_count; i++)
        free(gr->chain[i]);
    for (int l = 0; gr->layers && l < gr->layer_count; l++)
        free(gr->layers[l]);
    void *parts[] = {gr->layer, gr->owner, gr->w, gr->x, gr->chain, gr->chain_len, gr->up, gr->self, gr->layers,
                     gr->layer_size, gr->rank, gr->piece_a, gr->piece_b};
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
        free(parts[i]);
}

static int layout_alloc(Graph *gr, const Guide *g, GuideLayout *out)
{
    size_t links = (size_t)g->link_count + 1, most = (size_t)g->scene_count + links * ((size_t)g->scene_count + 2);
    gr->g = g;
    gr->n = gr->total = g->scene_count;
    gr->layer = calloc(most, sizeof *gr->layer);
    gr->owner = calloc(most, sizeof *gr->owner);
    gr->w = calloc(most, sizeof *gr->w);
    gr->x = calloc(most, sizeof *gr->x);
    gr->rank = calloc(most, sizeof *gr->rank);
    gr->piece_a = calloc(most, sizeof *gr->piece_a);
    gr->piece_b = calloc(most, sizeof *gr->piece_b);
    gr->chain = calloc(links, sizeof *gr->chain);
    gr->chain_len = calloc(links, sizeof *gr->chain_len);
    gr->up = calloc(links, sizeof *gr->up);
    gr->self = calloc(links, sizeof *gr->self);
    out->nodes = calloc((size_t)g->scene_count + 1, sizeof *out->nodes);
    out->routes = calloc(links, sizeof *out->routes);
    out->node_count = g->scene_count;
    out->route_count = g->link_count;
    if (!gr->layer || !gr->owner || !gr->w || !gr->x || !gr->rank || !gr->piece_a || !gr->piece_b || !gr->chain ||
        !gr->chain_len || !gr->up || !gr->self || !out->nodes || !out->routes)
        return -1;
    for (int v = 0; v < gr->n; v++) {
        gr->owner[v] = -1;
        gr->w[v] = GUIDE_NODE_WIDTH;
    }
    return 0;
}

int guide_layout(const Guide *g, GuideLayout *out)
{
    memset(out, 0, sizeof *out);
    Graph gr = {0};
    unsigned char *state = calloc((size_t)g->scene_count + 1, 1);
    bool ok = state && layout_alloc(&gr, g, out) == 0;
    for (int v = 0; ok && v < g->scene_count; v++)   /* from the start (first in play order), then the rest */
        if (state[v] == 0)
            layout_loops(&gr, v, state);
    if (ok) {
        layout_layers(&gr);
        ok = layout_chains(&gr) == 0 && layout_fill_layers(&gr) == 0 && layout_order(&gr) == 0 &&
             layout_x(&gr) == 0 && layout_finish(&gr, out) == 0;
    }
    free(state);
    layout_graph_free(&gr);
    if (!ok)
        guide_layout_free(out);
    return ok ? 0 : -1;
}

void guide_layout_free(GuideLayout *layout)
{
    for (int r = 0; layout->routes && r < layout->route_count; r++) {
        free(layout->routes[r].x);
        free(layout->routes[r].y);
    }
    free(layout->nodes);
    free(layout->routes);
    memset(layout, 0, sizeof *layout);
}
