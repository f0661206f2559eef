/* report_guide_html: the guide's sections as HTML, and the map as an SVG of the layout.
 *
 * Colours come from the Okabe-Ito palette (colour-blind safe); every kind of scene also
 * has its own shape and its kind written in its box, so colour is never the only cue. */
#include "report_guide_html.h"
#include "wrap.h"

#include <string.h>

/* Okabe-Ito: the shapes' outlines; their fills are light tints, so dark text reads on them. */
#define INK_DECISION "#0072B2"      /* blue */
#define INK_NARRATION "#E69F00"     /* orange */
#define INK_ENDING "#009E73"        /* bluish green */
#define INK_LOOP "#D55E00"          /* vermillion: a way back */

static const char html_style[] =
    ":root{--ink:#1a1a1a;--muted:#444;--line:#bbb}\n"
    "html{font-size:20px}\n"
    "body{font-family:system-ui,-apple-system,\"Segoe UI\",\"DejaVu Sans\",Arial,sans-serif;color:var(--ink);"
    "background:#fff;line-height:1.5;margin:0 auto;max-width:64rem;padding:1.5rem 1.5rem 4rem}\n"
    "h1{font-size:2.1rem;line-height:1.2;margin:.2rem 0 .6rem}\n"
    "h2{font-size:1.55rem;border-bottom:3px solid var(--ink);padding-bottom:.2rem;margin:2.6rem 0 1rem}\n"
    "h3{font-size:1.25rem;margin:2rem 0 .5rem}\n"
    "h4{font-size:1rem;margin:0 0 .3rem}\n"
    ".kicker{font-weight:700;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:0}\n"
    ".role{font-size:1.15rem;margin:.2rem 0}.facts{color:var(--muted)}\n"
    "nav ol{display:flex;flex-wrap:wrap;gap:.3rem 1.4rem;padding:0;list-style:none}\n"
    "a{color:#005a8c}\n"
    "table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.35rem .6rem;"
    "border-bottom:1px solid var(--line)}th{font-size:.9rem}table{table-layout:fixed}th:first-child{width:55%}\n"
    ".kind{display:block;font-size:.8rem;font-weight:700;text-transform:uppercase;letter-spacing:.06em;"
    "color:var(--muted)}\n"
    ".speaker{font-style:italic;margin:.2rem 0 .6rem}\n"
    "blockquote{margin:0 0 .8rem;padding:.4rem 1rem;border-left:6px solid " INK_DECISION ";background:#f1f6fa}\n"
    ".narration blockquote{border-left-color:" INK_NARRATION ";background:#fdf6e7}\n"
    ".ending blockquote{border-left-color:" INK_ENDING ";background:#eaf6f1}\n"
    ".note{color:var(--muted);font-style:italic}\n"
    "aside{border:2px solid #8a5a00;background:#fff4dc;border-radius:6px;padding:.6rem 1rem;margin:.8rem 0}\n"
    "ol.options{list-style:none;padding:0;margin:1rem 0}\n"
    "li.option{border:2px solid var(--line);border-radius:8px;padding:.5rem 1rem;margin:.8rem 0}\n"
    "li.option p{margin:.3rem 0}\n"
    "li.strongest{border:4px solid " INK_ENDING "}li.close{border:3px dashed " INK_DECISION "}\n"
    ".letter{display:inline-block;min-width:1.7em;font-weight:800}\n"
    ".option-text{font-weight:600}\n"
    ".badge{display:inline-block;font-size:.75rem;font-weight:700;text-transform:uppercase;letter-spacing:.05em;"
    "padding:.05rem .5rem;border-radius:1rem;margin-left:.5rem;white-space:nowrap}\n"
    ".badge.strongest{background:#d9f2e9;color:#00543c}.badge.close{background:#dcebf6;color:#004d7a}\n"
    ".verdict{background:#f3f3f3;padding:.5rem 1rem;border-radius:6px}\n"
    ".legend{display:flex;flex-wrap:wrap;gap:.4rem 1.6rem;list-style:none;padding:0;margin:.6rem 0}\n"
    ".legend svg{vertical-align:middle;margin-right:.4rem}\n"
    ".map{overflow-x:auto;border:1px solid var(--line);border-radius:6px;padding:.4rem;margin:.6rem 0}\n"
    ".map svg{display:block;margin:0 auto;max-width:100%;height:auto}\n"
    "svg text{font-family:system-ui,-apple-system,\"Segoe UI\",\"DejaVu Sans\",Arial,sans-serif;fill:#1a1a1a}\n"
    "svg .name{font-size:17px}svg .kind{font-size:13px;font-weight:700;fill:#333}\n"
    "svg .way{font-size:14px;font-weight:700;paint-order:stroke;stroke:#fff;stroke-width:6px;stroke-linejoin:round}\n"
    "svg a:hover rect,svg a:hover polygon{stroke-width:4}\n"
    "@page{margin:14mm}\n"
    "@media print{html{font-size:11pt}body{max-width:none;padding:0}nav{display:none}a{color:inherit;"
    "text-decoration:none}#map{break-before:page}.map{overflow:visible;border:0;padding:0}"
    ".map svg{break-inside:avoid}li.option,aside,.verdict,tr,h3{break-inside:avoid}h2,h3,h4{break-after:avoid}"
    "blockquote{background:none}}\n";

/* ---- text ----------------------------------------------------------------------------------- */

static void html_text(FILE *out, const char *text, size_t length)
{
    for (size_t i = 0; i < length; i++) {
        switch (text[i]) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\'': fputs("&#39;", out); break;
        default: fputc(text[i], out);
        }
    }
}

static void html_escape(FILE *out, const char *text)
{
    html_text(out, text, strlen(text));
}

/* Prose: paragraphs, and the author's list items as a list. */
static void html_prose(FILE *out, const char *text)
{
    enum { NONE, PARAGRAPH, LIST };
    int open = NONE;
    static const char *const closing[] = {"", "</p>\n", "</ul>\n"};
    for (const char *line = text; *line;) {
        const char *end = strchr(line, '\n');
        size_t length = end ? (size_t)(end - line) : strlen(line);
        size_t marker = wrap_list_marker(line, length);
        int wanted = length == 0 ? NONE : marker ? LIST : PARAGRAPH;
        if (open != wanted) {
            fputs(closing[open], out);
            fputs(wanted == LIST ? "<ul>\n" : wanted == PARAGRAPH ? "<p>" : "", out);
            open = wanted;
        } else if (open == PARAGRAPH) {
            fputc(' ', out);
        }
        fputs(marker ? "<li>" : "", out);
        html_text(out, line + marker, length - marker);
        fputs(marker ? "</li>\n" : "", out);
        if (end == NULL)
            break;
        line = end + 1;
    }
    fputs(closing[open], out);
}

/* <p class="..."><b>label</b> text</p>, nothing when there is no text. */
static void html_labelled(FILE *out, const char *class, const char *label, const char *text)
{
    if (text == NULL || text[0] == '\0')
        return;
    fprintf(out, "<p class=\"%s\">", class);
    if (label)
        fprintf(out, "<b>%s</b> ", label);
    html_escape(out, text);
    fputs("</p>\n", out);
}

/* ---- the map ------------------------------------------------------------------------------------ */

typedef struct {
    const char *ink, *fill;
} Look;

static Look html_look(SceneKind kind)
{
    return kind == SCENE_DECISION ? (Look){INK_DECISION, "#e3f0f9"}
         : kind == SCENE_NARRATION ? (Look){INK_NARRATION, "#fcefd2"} : (Look){INK_ENDING, "#d9f2e9"};
}

/* A decision is a rectangle, a narration a rounded box, an ending a hexagon. */
static void html_shape(FILE *out, SceneKind kind, double x, double y, double w, double h, double stroke)
{
    Look look = html_look(kind);
    if (kind == SCENE_ENDING) {
        double p = h / 4 < 16 ? h / 4 : 16;     /* the hexagon's points */
        fprintf(out, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\"", x + p, y,
                x + w - p, y, x + w, y + h / 2, x + w - p, y + h, x + p, y + h, x, y + h / 2);
    } else {
        fprintf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.1f\"", x, y, w, h,
                kind == SCENE_NARRATION ? (h / 2 < 22 ? h / 2 : 22) : 2.0);
    }
    fprintf(out, " fill=\"%s\" stroke=\"%s\" stroke-width=\"%.1f\"/>\n", look.fill, look.ink, stroke);
}

static void html_node(FILE *out, const GuideScene *s, const GuideNode *n, int position)
{
    fprintf(out, "<a href=\"#scene-%d\"><title>%s: ", position, s->kind_name);
    html_escape(out, s->name);
    fputs("</title>\n", out);
    html_shape(out, s->kind, n->x, n->y, n->w, n->h, s->start ? 4.5 : 2.5);
    double cx = n->x + n->w / 2;
    fprintf(out, "<text class=\"kind\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s%s</text>\n", cx, n->y + 22,
            s->start ? "Start \u00b7 " : "", s->kind_name);
    for (int i = 0; i < n->line_count; i++) {
        fprintf(out, "<text class=\"name\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">", cx,
                n->y + 24 + GUIDE_LINE_HEIGHT * (i + 1));
        html_escape(out, n->lines[i]);
        fputs("</text>\n", out);
    }
    fputs("</a>\n", out);
}

/* A way as a smooth path: straight where it runs down a layer, curved from layer to layer. */
static void html_route(FILE *out, const GuideLink *link, const GuideRoute *r)
{
    fprintf(out, "<path d=\"M%.1f,%.1f", r->x[0], r->y[0]);
    if (r->self)
        fprintf(out, " C%.1f,%.1f %.1f,%.1f %.1f,%.1f", r->x[1], r->y[1], r->x[2], r->y[2], r->x[3], r->y[3]);
    for (int k = 1; !r->self && k < r->count; k++) {
        double x0 = r->x[k - 1], y0 = r->y[k - 1], x1 = r->x[k], y1 = r->y[k], mid = (y0 + y1) / 2;
        if (x0 == x1)
            fprintf(out, " L%.1f,%.1f", x1, y1);
        else
            fprintf(out, " C%.1f,%.1f %.1f,%.1f %.1f,%.1f", x0, mid, x1, mid, x1, y1);
    }
    fprintf(out, "\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s marker-end=\"url(#%s)\"/>\n",
            r->up || r->self ? INK_LOOP : "#555", link->varies ? " stroke-dasharray=\"7 5\"" : "",
            r->up || r->self ? "arrow-back" : "arrow");
    if (link->label[0])
        fprintf(out, "<text class=\"way\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>\n", r->label_x,
                r->label_y, r->self ? "start" : "middle", link->label);
}

static void html_markers(FILE *out)
{
    const char *names[] = {"arrow", "arrow-back"}, *inks[] = {"#555", INK_LOOP};
    fputs("<defs>\n", out);
    for (int i = 0; i < 2; i++)
        fprintf(out, "<marker id=\"%s\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"10\" "
                "markerHeight=\"10\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" "
                "fill=\"%s\"/></marker>\n", names[i], inks[i]);
    fputs("</defs>\n", out);
}

/* The legend: each kind's shape and colour with its name, and the kinds of way. */
static void html_legend(FILE *out)
{
    static const struct { SceneKind kind; const char *name; } kinds[] = {
        {SCENE_DECISION, "Decision"}, {SCENE_NARRATION, "Narration"}, {SCENE_ENDING, "Ending"},
    };
    fputs("<ul class=\"legend\">\n", out);
    for (int i = 0; i < 3; i++) {
        fputs("<li><svg width=\"46\" height=\"26\" viewBox=\"0 0 46 26\" aria-hidden=\"true\">", out);
        html_shape(out, kinds[i].kind, 2, 2, 42, 22, 2.5);
        fprintf(out, "</svg>%s</li>\n", kinds[i].name);
    }
    fputs("<li><svg width=\"46\" height=\"26\" viewBox=\"0 0 46 26\" aria-hidden=\"true\"><path d=\"M2,13 H44\" "
          "stroke=\"#555\" stroke-width=\"2\" stroke-dasharray=\"7 5\"/></svg>Depends on the path</li>\n", out);
    fputs("<li><svg width=\"46\" height=\"26\" viewBox=\"0 0 46 26\" aria-hidden=\"true\"><path d=\"M2,13 H44\" "
          "stroke=\"" INK_LOOP "\" stroke-width=\"2\"/></svg>Back to an earlier scene</li>\n", out);
    fputs("<li>A thick outline: the start</li>\n</ul>\n", out);
}

/* Print: the page's printable size in CSS pixels, for A4 and Letter alike (the narrower width, the
 * shorter height, less the margins and a heading), so each slice of the map fits on a page. */
#define PRINT_WIDTH 680.0
#define PRINT_HEIGHT 900.0
#define PRINT_LEAD 260.0         /* the first slice shares its page with the heading, note and legend */
#define SLICE_BELOW 6.0          /* a cut this far below a layer's boxes: letters and arrowheads go on */
#define MAX_SLICES 32

/* Where the map is cut into slices, each short enough to print on one page, always between layers
 * so no box is cut in two. cuts[0] is 0, cuts[count] the map's height; returns count. */
static int html_slices(const GuideLayout *layout, double *cuts)
{
    double scale = layout->width > PRINT_WIDTH ? PRINT_WIDTH / layout->width : 1;
    double budget = (PRINT_HEIGHT - PRINT_LEAD) / scale, start = 0;
    int count = 0;
    cuts[0] = 0;
    for (int l = 1; l < layout->layer_count && count + 2 < MAX_SLICES; l++) {
        double bottom = 0, above = 0;    /* of layer l, and of the layer before it */
        for (int i = 0; i < layout->node_count; i++) {
            const GuideNode *n = &layout->nodes[i];
            if (n->layer == l && n->y + n->h > bottom)
                bottom = n->y + n->h;
            if (n->layer == l - 1 && n->y + n->h > above)
                above = n->y + n->h;
        }
        if (bottom + SLICE_BELOW - start > budget) {
            cuts[++count] = start = above + SLICE_BELOW;
            budget = PRINT_HEIGHT / scale;
        }
    }
    cuts[++count] = layout->height;
    return count;
}

/* The boxes, then the ways over them: arrowheads meet their outlines. */
static void html_drawing(FILE *out, const Guide *g, const GuideLayout *layout)
{
    for (int i = 0; i < layout->node_count; i++)
        html_node(out, &g->scenes[i], &layout->nodes[i], i);
    for (int r = 0; r < layout->route_count; r++)
        html_route(out, &g->links[layout->routes[r].link], &layout->routes[r]);
}

/* The map as slices of one drawing, stacked: one picture on screen, a page each in print. */
static void html_map(FILE *out, const Guide *g, const GuideLayout *layout)
{
    fprintf(out, "<section id=\"map\">\n<h2>%s</h2>\n", guide_heading(GUIDE_MAP));
    html_prose(out, g->map_note);
    html_legend(out);
    double cuts[MAX_SLICES + 1];
    int slices = html_slices(layout, cuts);
    fputs("<div class=\"map\">\n", out);
    for (int k = 0; k < slices; k++) {
        double h = cuts[k + 1] - cuts[k];
        fprintf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 %.0f %.0f %.0f\" width=\"%.0f\" "
                "height=\"%.0f\" role=\"img\" aria-label=\"", cuts[k], layout->width, h, layout->width, h);
        html_escape(out, guide_heading(GUIDE_MAP));
        if (slices > 1)
            fprintf(out, ", part %d of %d", k + 1, slices);
        fputs("\">\n", out);
        if (k == 0)
            html_markers(out);              /* ids are the page's: the other slices use these */
        html_drawing(out, g, layout);
        fputs("</svg>\n", out);
    }
    fputs("</div>\n</section>\n", out);
}

/* ---- sections ------------------------------------------------------------------------------------ */

static void html_head(FILE *out, const Guide *g)
{
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
          "img-src data:\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<title>Facilitator's guide: ", out);
    html_escape(out, g->title);
    fprintf(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<header>\n<p class=\"kicker\">Facilitator's guide</p>\n"
            "<h1>", html_style);
    html_escape(out, g->title);
    fputs("</h1>\n", out);
    html_labelled(out, "role", NULL, g->role);
    html_labelled(out, "facts", NULL, g->facts);
    fputs("</header>\n<nav><ol>\n", out);
    static const char *const ids[GUIDE_SECTION_COUNT] = {"overview", "objectives", "map", "scenes", "questions",
                                                          "endings"};
    static const GuideSection order[] = {GUIDE_OVERVIEW, GUIDE_OBJECTIVES, GUIDE_MAP, GUIDE_SCENES, GUIDE_ENDINGS,
                                         GUIDE_QUESTIONS};
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++)
        fprintf(out, "<li><a href=\"#%s\">%s</a></li>\n", ids[order[i]], guide_heading(order[i]));
    fputs("</ol></nav>\n", out);
}

static void html_overview(FILE *out, const Guide *g)
{
    fprintf(out, "<section id=\"overview\">\n<h2>%s</h2>\n", guide_heading(GUIDE_OVERVIEW));
    html_prose(out, g->summary);
    html_prose(out, g->setting);
    html_prose(out, g->use);
    fputs("</section>\n", out);
}

static void html_objectives(FILE *out, const Guide *g)
{
    fprintf(out, "<section id=\"objectives\">\n<h2>%s</h2>\n", guide_heading(GUIDE_OBJECTIVES));
    html_prose(out, g->objectives_note);
    for (int d = 0; d < g->domain_count; d++) {
        fputs("<h3>", out);
        html_escape(out, g->domains[d].title);
        fputs("</h3>\n<table>\n<tr><th scope=\"col\">Competency</th><th scope=\"col\">Tested at</th></tr>\n", out);
        for (int i = 0; i < g->domains[d].count; i++) {
            fputs("<tr><td>", out);
            html_escape(out, g->domains[d].objectives[i].title);
            fputs("</td><td>", out);
            html_escape(out, g->domains[d].objectives[i].where);
            fputs("</td></tr>\n", out);
        }
        fputs("</table>\n", out);
    }
    if (g->unassessed)
        html_labelled(out, "note", NULL, g->unassessed);
    fputs("</section>\n", out);
}

static void html_option(FILE *out, const GuideOption *o)
{
    fprintf(out, "<li class=\"option%s\">\n<p class=\"option-text\"><span class=\"letter\">%s.</span>",
            o->strongest ? " strongest" : o->close ? " close" : "", o->letter);
    html_escape(out, o->text);
    fputs(o->strongest ? "<span class=\"badge strongest\">Strongest</span>"
          : o->close ? "<span class=\"badge close\">Close call</span>" : "", out);
    fputs("</p>\n", out);
    html_labelled(out, "shows", "Shows:", o->shows);
    html_labelled(out, "feedback", "Feedback:", o->feedback);
    html_labelled(out, "leads", NULL, o->leads_to);
    html_labelled(out, "note", NULL, o->note);
    fputs("</li>\n", out);
}

static void html_scene(FILE *out, const GuideScene *s, int position)
{
    static const char *const classes[] = {"decision", "narration", "ending"};
    fprintf(out, "<article class=\"scene %s\" id=\"scene-%d\">\n<h3><span class=\"kind\">%s%s</span>", classes[s->kind],
            position, s->start ? "Start \u00b7 " : "", s->kind_name);
    html_escape(out, s->name);
    fputs("</h3>\n", out);
    html_labelled(out, "speaker", NULL, s->speaker);
    if (s->text[0]) {
        fputs("<blockquote>\n", out);
        html_prose(out, s->text);
        fputs("</blockquote>\n", out);
    }
    html_labelled(out, "note", NULL, s->text_note);
    if (s->notes) {
        fputs("<aside>\n<h4>For you, the facilitator</h4>\n", out);
        html_prose(out, s->notes);
        fputs("</aside>\n", out);
    }
    if (s->option_count > 0) {
        fputs("<ol class=\"options\">\n", out);
        for (int k = 0; k < s->option_count; k++)
            html_option(out, &s->options[k]);
        fputs("</ol>\n", out);
    }
    html_labelled(out, "verdict", "In short:", s->verdict);
    html_labelled(out, "leads", NULL, s->leads_to);
    fputs("</article>\n", out);
}

static void html_questions(FILE *out, const Guide *g)
{
    fprintf(out, "<section id=\"questions\">\n<h2>%s</h2>\n<ol>\n", guide_heading(GUIDE_QUESTIONS));
    for (int i = 0; i < g->question_count; i++) {
        fputs("<li>", out);
        html_escape(out, g->questions[i]);
        fputs("</li>\n", out);
    }
    fputs("</ol>\n", out);
    html_labelled(out, "closing", "To close:", g->closing);
    fputs("</section>\n", out);
}

void report_guide_html(FILE *out, const Guide *g, const GuideLayout *layout)
{
    html_head(out, g);
    fputs("<main>\n", out);
    html_overview(out, g);
    html_objectives(out, g);
    html_map(out, g, layout);
    fprintf(out, "<section id=\"scenes\">\n<h2>%s</h2>\n", guide_heading(GUIDE_SCENES));
    for (int i = 0; i < g->scene_count; i++)
        if (g->scenes[i].kind != SCENE_ENDING)
            html_scene(out, &g->scenes[i], i);
    fprintf(out, "</section>\n<section id=\"endings\">\n<h2>%s</h2>\n", guide_heading(GUIDE_ENDINGS));
    for (int i = 0; i < g->scene_count; i++)
        if (g->scenes[i].kind == SCENE_ENDING)
            html_scene(out, &g->scenes[i], i);
    fputs("</section>\n", out);
    html_questions(out, g);
    fputs("</main>\n</body>\n</html>\n", out);
}
