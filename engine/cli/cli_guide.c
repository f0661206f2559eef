/* cli_guide: leadsim guide ID|FILE [--format md|html] [-o FILE] */
#include "cli.h"
#include "atomic.h"
#include "guide.h"
#include "guide_layout.h"
#include "report_guide_html.h"
#include "report_guide_md.h"
#include "scene_map.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char guide_help[] =
    "usage: leadsim guide ID|FILE [--format md|html] [-o FILE]\n"
    "\n"
    "Write the facilitator's guide to a scenario, for someone who has never\n"
    "played it: its summary and setting, the learning objectives (the\n"
    "competencies it assesses and at which decisions), a map of the scenes,\n"
    "each decision in play order with its options, what each shows and its\n"
    "feedback, the notes for facilitators, the endings and what leads to\n"
    "them, and the reflection questions for discussion. The scenario is played\n"
    "automatically first, to find where each choice can lead.\n"
    "\n"
    "options:\n"
    "  --format F          md (Markdown, the default) or html (one self-contained\n"
    "                      file with the map drawn, to project or print); a FILE\n"
    "                      ending in .html picks html\n"
    "  -o FILE             write to FILE instead of standard output\n"
    "  --help              show this help\n"
    "\n"
    "exit status: 0 written, 1 the scenario does not load or FILE cannot be\n"
    "written, 2 usage error\n";

enum { OPT_FORMAT, OPT_OUTPUT, OPT_HELP };
static const CliOption guide_options[] = {
    {"--format", true}, {"-o", true}, {"--help", false}, {NULL, false},
};

typedef struct {
    const char *scenario, *format, *output;
} GuideArgs;

/* 0 to go on, or the exit status (help printed, or a usage error). */
static int guide_parse(int argc, char **argv, GuideArgs *a)
{
    const char *value;
    for (int i = 0, k; (k = cli_next(argc, argv, &i, guide_options, &value, "guide")) != -2;) {
        if (k == -3)
            return EXIT_USAGE;
        if (k == OPT_HELP) {
            fputs(guide_help, stdout);
            return EXIT_OK;
        }
        if (k == -1 && a->scenario)
            return cli_usage_error("guide", "one scenario at a time ('%s' is a second)", value);
        *(k == -1 ? &a->scenario : k == OPT_FORMAT ? &a->format : &a->output) = value;
    }
    if (a->scenario == NULL)
        return cli_usage_error("guide", "which scenario? give its id or file");
    size_t n = a->output ? strlen(a->output) : 0;
    if (a->format == NULL)
        a->format = n > 5 && strcmp(a->output + n - 5, ".html") == 0 ? "html" : "md";
    if (strcmp(a->format, "md") != 0 && strcmp(a->format, "html") != 0)
        return cli_usage_error("guide", "--format is md or html, not '%s'", a->format);
    return -1;
}

/* The guide in the format asked for, in memory; NULL out of memory. */
static char *guide_render(const Guide *g, const char *format, size_t *size)
{
    char *text = NULL;
    FILE *out = open_memstream(&text, size);
    if (out == NULL)
        return NULL;
    GuideLayout layout;
    bool ok = true;
    if (strcmp(format, "html") == 0) {
        ok = guide_layout(g, &layout) == 0;
        if (ok)
            report_guide_html(out, g, &layout);
        guide_layout_free(&layout);
    } else {
        report_guide_md(out, g);
    }
    if (fclose(out) != 0 || !ok) {
        free(text);
        return NULL;
    }
    return text;
}

static int guide_write(const char *output, const char *text, size_t size)
{
    if (output == NULL || strcmp(output, "-") == 0) {
        fwrite(text, 1, size, stdout);
        return fflush(stdout) == 0 ? EXIT_OK : EXIT_INPUT;
    }
    if (atomic_write(output, text, size) != 0) {
        fprintf(stderr, "%s: cannot write the guide: %s\n", output, strerror(errno));
        return EXIT_INPUT;
    }
    fprintf(stderr, "Wrote %s\n", output);
    return EXIT_OK;
}

int cli_guide(int argc, char **argv)
{
    GuideArgs a = {NULL, NULL, NULL};
    int parsed = guide_parse(argc, argv, &a);
    if (parsed >= 0)
        return parsed;
    Scenario *sc = cli_load_scenario(a.scenario);
    if (sc == NULL)
        return EXIT_INPUT;
    GuideSeen seen;
    Guide g;
    int status = EXIT_INPUT;
    if (scene_map_gather(sc, SCENE_MAP_RUNS, &seen) == 0) {
        if (seen.failures > 0)
            fprintf(stderr, "%s: warning: %ld of %ld automatic playthroughs ended in an error, so the guide may "
                    "miss what lies beyond it; leadsim check %s says where\n", sc->path, seen.failures,
                    seen.failures + seen.playthroughs, sc->path);
        if (guide_build(&g, sc, &seen) == 0) {
            size_t size = 0;
            char *text = guide_render(&g, a.format, &size);
            status = text ? guide_write(a.output, text, size) : EXIT_INPUT;
            if (text == NULL)
                fprintf(stderr, "leadsim guide: out of memory\n");
            free(text);
            guide_free(&g);
        }
        guide_seen_free(&seen);
    }
    scenario_free(sc);
    return status;
}
