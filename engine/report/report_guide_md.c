/* report_guide_md: the guide's sections as Markdown, texts escaped so they read as written. */
#include "report_guide_md.h"
#include "wrap.h"

#include <string.h>

/* Writes text with Markdown's inline marks escaped; `line_start` escapes what would start a
 * heading, a quote or a list there. */
static void md_text(FILE *out, const char *text, size_t length, bool line_start)
{
    for (size_t i = 0; i < length; i++) {
        char c = text[i];
        if (strchr("\\`*_[]<>|", c) || (line_start && i == 0 && strchr("#+-=", c)))
            fputc('\\', out);
        fputc(c, out);
    }
}

static void md_inline(FILE *out, const char *text)
{
    md_text(out, text, strlen(text), false);
}

/* Prose with its paragraphs and list items, each line after `prefix` ("> " in a quote). */
static void md_prose(FILE *out, const char *prefix, const char *text)
{
    for (const char *line = text; *line;) {
        const char *end = strchr(line, '\n');
        size_t length = end ? (size_t)(end - line) : strlen(line);
        size_t marker = wrap_list_marker(line, length);
        fputs(length ? prefix : prefix[0] ? ">" : "", out);  /* a blank line in a quote stays in it */
        fwrite(line, 1, marker, out);           /* the author's list marker stays a list marker */
        md_text(out, line + marker, length - marker, marker == 0);
        fputc('\n', out);
        if (end == NULL)
            break;
        line = end + 1;
    }
}

static void md_overview(FILE *out, const Guide *g)
{
    fprintf(out, "# Facilitator's guide: ");
    md_inline(out, g->title);
    fputs("\n\n", out);
    if (g->role[0]) {
        fputs("**Role:** ", out);
        md_inline(out, g->role);
        fputs("  \n", out);
    }
    fputs("**At a glance:** ", out);
    md_inline(out, g->facts);
    fprintf(out, "\n\n## %s\n\n", guide_heading(GUIDE_OVERVIEW));
    if (g->summary[0]) {
        md_prose(out, "", g->summary);
        fputc('\n', out);
    }
    md_prose(out, "", g->setting);
    fputc('\n', out);
    md_prose(out, "", g->use);
}

static void md_objectives(FILE *out, const Guide *g)
{
    fprintf(out, "\n## %s\n\n", guide_heading(GUIDE_OBJECTIVES));
    md_prose(out, "", g->objectives_note);
    for (int d = 0; d < g->domain_count; d++) {
        fputs("\n### ", out);
        md_inline(out, g->domains[d].title);
        fputs("\n\n", out);
        for (int i = 0; i < g->domains[d].count; i++) {
            fputs("- **", out);
            md_inline(out, g->domains[d].objectives[i].title);
            fputs("**: ", out);
            md_inline(out, g->domains[d].objectives[i].where);
            fputc('\n', out);
        }
    }
    if (g->unassessed) {
        fputc('\n', out);
        md_prose(out, "", g->unassessed);
    }
}

/* The map as an outline: every scene in play order, and where each way out of it goes. */
static void md_map(FILE *out, const Guide *g)
{
    fprintf(out, "\n## %s\n\n", guide_heading(GUIDE_MAP));
    md_prose(out, "", g->map_note);
    fputc('\n', out);
    for (int i = 0; i < g->scene_count; i++) {
        const GuideScene *s = &g->scenes[i];
        fprintf(out, "- **%s%s:** ", s->start ? "Start, " : "", s->kind_name);
        md_inline(out, s->name);
        fputc('\n', out);
        for (int l = 0; l < g->link_count; l++) {
            const GuideLink *link = &g->links[l];
            if (link->from != i)
                continue;
            const GuideScene *to = &g->scenes[link->to];
            if (link->label[0])
                fprintf(out, "  - option%s %s \u2192 %s: ", strlen(link->label) > 1 ? "s" : "", link->label, to->kind_name);
            else
                fprintf(out, "  - then \u2192 %s: ", to->kind_name);
            md_inline(out, to->name);
            fputs(link->varies ? " (depends on the path)\n" : "\n", out);
        }
    }
}

static void md_labelled(FILE *out, const char *label, const char *text)
{
    if (text == NULL || text[0] == '\0')
        return;
    fprintf(out, "%s", label);
    md_prose(out, "", text);
}

static void md_option(FILE *out, const GuideOption *o)
{
    fprintf(out, "**%s.** ", o->letter);
    md_inline(out, o->text);
    fputs(o->strongest ? " **(strongest)**" : o->close ? " **(close call)**" : "", out);
    fputs("\n\n", out);
    md_labelled(out, "- *Shows:* ", o->shows);
    md_labelled(out, "- *Feedback:* ", o->feedback);
    md_labelled(out, "- ", o->leads_to);
    md_labelled(out, "- ", o->note);
    fputc('\n', out);
}

/* One scene: its situation as the room sees it, the notes, and a decision's options. */
static void md_scene(FILE *out, const GuideScene *s)
{
    fprintf(out, "\n### %s: ", s->kind_name);
    md_inline(out, s->name);
    fputs("\n\n", out);
    if (s->speaker) {
        fputs("*", out);
        md_inline(out, s->speaker);
        fputs("*\n\n", out);
    }
    if (s->text[0]) {
        md_prose(out, "> ", s->text);
        fputc('\n', out);
    }
    if (s->text_note) {
        fputs("*", out);
        md_inline(out, s->text_note);
        fputs("*\n\n", out);
    }
    if (s->notes) {
        fputs("**For you, the facilitator:** ", out);
        md_prose(out, "", s->notes);
        fputc('\n', out);
    }
    for (int k = 0; k < s->option_count; k++)
        md_option(out, &s->options[k]);
    md_labelled(out, "**In short:** ", s->verdict);
    if (s->leads_to)
        md_prose(out, "", s->leads_to);
}

void report_guide_md(FILE *out, const Guide *g)
{
    md_overview(out, g);
    md_objectives(out, g);
    md_map(out, g);
    fprintf(out, "\n## %s\n", guide_heading(GUIDE_SCENES));
    for (int i = 0; i < g->scene_count; i++)
        if (g->scenes[i].kind != SCENE_ENDING)
            md_scene(out, &g->scenes[i]);
    fprintf(out, "\n## %s\n", guide_heading(GUIDE_ENDINGS));
    for (int i = 0; i < g->scene_count; i++)
        if (g->scenes[i].kind == SCENE_ENDING)
            md_scene(out, &g->scenes[i]);
    fprintf(out, "\n## %s\n\n", guide_heading(GUIDE_QUESTIONS));
    for (int i = 0; i < g->question_count; i++) {
        fprintf(out, "%d. ", i + 1);
        md_inline(out, g->questions[i]);
        fputc('\n', out);
    }
    if (g->closing) {
        fputc('\n', out);
        md_labelled(out, "**To close:** ", g->closing);
    }
}
