/* Unit tests: the facilitator's guide (model/guide.c), the steps found by playing
 * (design/scene_map.c) and the map's layout (report/guide_layout.c). */
#include "unit.h"
#include "guide.h"
#include "guide_layout.h"
#include "scene_map.h"

#include <math.h>

#define SMALL "tests/e2e/guide/small.lua"   /* also the e2e fixture: loops, a function next, a `when` */
#define EPS 0.01

typedef struct {
    Scenario *sc;
    GuideSeen seen;
    Guide g;
} Built;

static void built_load(Built *b, const char *path, long runs)
{
    DiagList diags = {0};
    b->sc = scenario_load(path, &diags);
    diag_print_all(stderr, &diags);
    diag_list_free(&diags);
    assert_non_null(b->sc);
    assert_int_equal(scene_map_gather(b->sc, runs, &b->seen), 0);
    assert_int_equal(guide_build(&b->g, b->sc, &b->seen), 0);
}

static void built_free(Built *b)
{
    guide_free(&b->g);
    guide_seen_free(&b->seen);
    scenario_free(b->sc);
}

static int position_of(const Guide *g, const char *name)
{
    for (int i = 0; i < g->scene_count; i++)
        if (strcmp(g->scenes[i].name, name) == 0)
            return i;
    fail_msg("no scene named '%s' in the guide", name);
    return -1;
}

static const GuideLink *link_between(const Guide *g, int from, int to)
{
    for (int i = 0; i < g->link_count; i++)
        if (g->links[i].from == from && g->links[i].to == to)
            return &g->links[i];
    return NULL;
}

/* ---- the guide ---------------------------------------------------------------------------- */

static void test_play_order_and_ways(void **state)
{
    (void)state;
    Built b;
    built_load(&b, SMALL, 500);
    const Guide *g = &b.g;
    int open = position_of(g, "Monday, 8:00 a.m."), fallout = position_of(g, "Monday, noon");
    int team = position_of(g, "Tuesday"), close = position_of(g, "Friday");
    assert_int_equal(open, 0);                          /* the start first ... */
    assert_true(g->scenes[0].start);
    assert_true(fallout < team && team < close);        /* ... each scene after those that lead to it ... */
    assert_int_equal(g->scenes[g->scene_count - 1].kind, SCENE_ENDING);  /* ... endings last */
    assert_int_equal(g->scenes[g->scene_count - 2].kind, SCENE_ENDING);
    assert_int_equal(g->scenes[close].number, 3);

    /* The file's own next, and what only playing shows: B goes two ways, so both depend on the path. */
    const GuideLink *to_team = link_between(g, open, team), *to_fallout = link_between(g, open, fallout);
    assert_non_null(to_team);
    assert_non_null(to_fallout);
    assert_string_equal(to_team->label, "A, B");
    assert_true(to_team->varies);
    assert_string_equal(to_fallout->label, "B");
    assert_non_null(link_between(g, open, open));       /* "one more day" comes back */
    assert_non_null(link_between(g, close, open));      /* "start again" goes back to Monday */
    const GuideLink *narration = link_between(g, team, close);
    assert_non_null(narration);
    assert_string_equal(narration->label, "");          /* every way out of a narration */
    assert_false(narration->varies);
    built_free(&b);
}

static void test_options_in_words(void **state)
{
    (void)state;
    Built b;
    built_load(&b, SMALL, 500);
    const GuideScene *open = &b.g.scenes[0];
    assert_int_equal(open->option_count, 3);
    assert_string_equal(open->options[0].shows, "strong on Collaborating and Working in Teams (+2); "
                                                "some Effective Decision Making (+1)");
    assert_string_equal(open->options[2].shows, "some Self-Awareness (+1); harms Effective Decision Making (-3)");
    assert_true(open->options[0].strongest);
    assert_true(open->options[1].close);                /* 2 points behind, stronger on decision making */
    assert_false(open->options[2].close);
    assert_non_null(open->options[2].note);        /* it has a `when` */
    assert_null(open->options[0].note);
    assert_string_equal(open->options[2].leads_to, "Comes back to this decision.");
    assert_non_null(strstr(open->options[1].leads_to, "depending on earlier choices"));
    assert_non_null(strstr(open->verdict, "Close call: B (+1), stronger on Effective Decision Making"));
    assert_non_null(open->notes);
    assert_non_null(strstr(open->text, "- a hiring freeze\n- a cut to travel"));  /* the author's list */

    const GuideScene *good = &b.g.scenes[position_of(&b.g, "A plan that holds")];
    const GuideScene *hard = &b.g.scenes[position_of(&b.g, "A hard landing")];
    assert_non_null(strstr(good->leads_to, "Reached from decision 3 (Friday), option A."));
    assert_non_null(strstr(good->leads_to, "takes the strongest option at every decision ends here"));
    assert_non_null(strstr(hard->leads_to, "takes the weakest option at every decision ends here"));
    assert_non_null(strstr(good->leads_to, "Trust 60 to 70"));    /* it needs trust of 55 or more */

    const GuideScene *team = &b.g.scenes[position_of(&b.g, "Tuesday")];
    assert_non_null(team->text_note);                   /* a function wrote it: one version is shown */
    assert_non_null(strstr(team->text, "The team meets; trust stands at "));
    built_free(&b);
}

static void test_objectives(void **state)
{
    (void)state;
    Built b;
    built_load(&b, SMALL, 500);
    const Guide *g = &b.g;
    const GuideObjective *found = NULL;
    for (int d = 0; d < g->domain_count; d++)
        for (int i = 0; i < g->domains[d].count; i++)
            if (strcmp(g->domains[d].objectives[i].title, "Communication") == 0)
                found = &g->domains[d].objectives[i];
    assert_non_null(found);
    assert_string_equal(found->where, "decision 3");
    assert_non_null(g->unassessed);
    assert_non_null(strstr(g->unassessed, "Vision and Purpose"));
    assert_null(strstr(g->unassessed, "Communication,"));
    built_free(&b);
}

/* ---- the layout ---------------------------------------------------------------------------- */

static bool inside(const GuideNode *n, double x, double y, double margin)
{
    return x > n->x + margin && x < n->x + n->w - margin && y > n->y + margin && y < n->y + n->h - margin;
}

static bool on_border(const GuideNode *n, double x, double y)
{
    bool within = x >= n->x - EPS && x <= n->x + n->w + EPS && y >= n->y - EPS && y <= n->y + n->h + EPS;
    return within && (fabs(x - n->x) < EPS || fabs(x - n->x - n->w) < EPS || fabs(y - n->y) < EPS ||
                      fabs(y - n->y - n->h) < EPS);
}

/* A point of the piece from point k to k + 1, drawn as the HTML draws it (vertical tangents). */
static void route_point(const GuideRoute *r, int k, double t, double *x, double *y)
{
    double x0 = r->x[k], y0 = r->y[k], x1 = r->x[k + 1], y1 = r->y[k + 1], mid = (y0 + y1) / 2, u = 1 - t;
    *x = u * u * u * x0 + 3 * u * u * t * x0 + 3 * u * t * t * x1 + t * t * t * x1;
    *y = u * u * u * y0 + 3 * u * u * t * mid + 3 * u * t * t * mid + t * t * t * y1;
}

/* No two boxes overlap; every way is drawn from its scene's outline to the other's, and passes
 * through no other scene's box; no way's letters cover a box. */
static void check_layout(const Guide *g, const GuideLayout *layout, const char *what)
{
    assert_int_equal(layout->node_count, g->scene_count);
    assert_int_equal(layout->route_count, g->link_count);
    for (int i = 0; i < layout->node_count; i++)
        for (int j = i + 1; j < layout->node_count; j++) {
            const GuideNode *a = &layout->nodes[i], *c = &layout->nodes[j];
            bool apart = a->x + a->w <= c->x || c->x + c->w <= a->x || a->y + a->h <= c->y || c->y + c->h <= a->y;
            if (!apart)
                fail_msg("%s: the boxes of '%s' and '%s' overlap", what, g->scenes[i].name, g->scenes[j].name);
        }
    for (int r = 0; r < layout->route_count; r++) {
        const GuideRoute *route = &layout->routes[r];
        const GuideLink *link = &g->links[route->link];
        assert_int_equal(route->link, r);
        assert_true(route->count >= 2);
        const GuideNode *from = &layout->nodes[link->from], *to = &layout->nodes[link->to];
        int last = route->count - 1;
        if (!on_border(from, route->x[0], route->y[0]) || !on_border(to, route->x[last], route->y[last]))
            fail_msg("%s: the way from '%s' to '%s' does not run from one box to the other", what,
                     g->scenes[link->from].name, g->scenes[link->to].name);
        for (int k = 0; !route->self && k + 1 < route->count; k++)
            for (double t = 0; t <= 1.0001; t += 0.05) {
                double x, y;
                route_point(route, k, t, &x, &y);
                for (int n = 0; n < layout->node_count; n++)
                    if (n != link->from && n != link->to && inside(&layout->nodes[n], x, y, 1))
                        fail_msg("%s: the way from '%s' to '%s' runs through '%s'", what, g->scenes[link->from].name,
                                 g->scenes[link->to].name, g->scenes[n].name);
            }
    }
    for (int r = 0; r < layout->route_count; r++) {      /* letters never hide a box */
        const GuideRoute *route = &layout->routes[r];
        const char *label = g->links[route->link].label;
        double w = 9.0 * (double)strlen(label), x = route->self ? route->label_x : route->label_x - w / 2;
        double top = route->label_y - 12, bottom = route->label_y + 3;   /* 14px letters on their baseline */
        for (int n = 0; w > 0 && n < layout->node_count; n++) {
            const GuideNode *box = &layout->nodes[n];
            if (x < box->x + box->w && x + w > box->x && top < box->y + box->h && bottom > box->y)
                fail_msg("%s: the letters '%s' cover the box of '%s'", what, label, g->scenes[n].name);
        }
    }
    assert_true(layout->width > 0 && layout->height > 0);
}

static void test_layout_small(void **state)
{
    (void)state;
    Built b;
    built_load(&b, SMALL, 500);
    GuideLayout layout;
    assert_int_equal(guide_layout(&b.g, &layout), 0);
    check_layout(&b.g, &layout, SMALL);
    int up = 0, self = 0;
    for (int r = 0; r < layout.route_count; r++) {
        up += layout.routes[r].up;
        self += layout.routes[r].self;
    }
    assert_int_equal(self, 1);                           /* "one more day" */
    assert_int_equal(up, 1);                             /* "start again from Monday" */
    for (int i = 0; i < layout.node_count; i++)          /* the start on top, endings at the bottom */
        assert_true(layout.nodes[i].layer >= layout.nodes[0].layer);
    int last = layout.nodes[b.g.scene_count - 1].layer;
    assert_int_equal(layout.nodes[b.g.scene_count - 2].layer, last);
    assert_int_equal(last, layout.layer_count - 1);
    guide_layout_free(&layout);
    built_free(&b);
}

static void layout_one(const char *path)
{
    Built b;
    built_load(&b, path, 1000);
    GuideLayout layout;
    assert_int_equal(guide_layout(&b.g, &layout), 0);
    check_layout(&b.g, &layout, path);
    guide_layout_free(&layout);
    built_free(&b);
}

/* The same for every scenario of the library: what a facilitator will actually print. */
static void test_layout_library(void **state)
{
    (void)state;
    assert_true(unit_each_library_scenario(layout_one) >= 1);
}

/* Long names are cut to the box's lines with an ellipsis, never mid-character. */
static void test_labels(void **state)
{
    (void)state;
    Scenario *sc = unit_load_ok(UNIT_HEADER
                                "scene 'a' { title = 'Une très longue réunion du conseil d\\'administration qui "
                                "ne finit jamais et déborde largement sur la soirée', next = 'e' }\n"
                                "scene 'e' { ending = 'E' }\n");
    GuideSeen seen;
    Guide g;
    GuideLayout layout;
    assert_int_equal(scene_map_gather(sc, 10, &seen), 0);
    assert_int_equal(guide_build(&g, sc, &seen), 0);
    assert_int_equal(guide_layout(&g, &layout), 0);
    const GuideNode *node = &layout.nodes[0];
    assert_int_equal(node->line_count, GUIDE_LABEL_LINES);
    const char *last = node->lines[GUIDE_LABEL_LINES - 1];
    size_t n = strlen(last);
    assert_true(n >= 3);
    assert_string_equal(last + n - 3, "\u2026");
    check_layout(&g, &layout, "labels");
    guide_layout_free(&layout);
    guide_free(&g);
    guide_seen_free(&seen);
    scenario_free(sc);
}

int main(void)
{
    unit_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_play_order_and_ways),
        cmocka_unit_test(test_options_in_words),
        cmocka_unit_test(test_objectives),
        cmocka_unit_test(test_layout_small),
        cmocka_unit_test(test_layout_library),
        cmocka_unit_test(test_labels),
    };
    return cmocka_run_group_tests_name("guide", tests, NULL, NULL);
}
