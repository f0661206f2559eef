/* leadsim: a scenario-based leadership simulation for public-sector leaders.
 * main dispatches to one function per command (cli.h). */
#include "cli.h"
#include "paths.h"

#include <stdio.h>
#include <string.h>

static const char main_help[] =
    "usage: leadsim [COMMAND] [options]\n"
    "\n"
    "  leadsim                              open the game on its library screen\n"
    "  leadsim play FILE|ID [options]       play one scenario (in a window, or --text)\n"
    "  leadsim check FILE|DIR...            validate scenarios and frameworks\n"
    "  leadsim explore FILE|ID [options]    many automatic playthroughs: coverage, score ranges\n"
    "  leadsim new NAME                     start a scenario from the template\n"
    "  leadsim history [show N|compare N M] your attempts: list, debrief, side by side\n"
    "  leadsim facilitate FILE|ID [options] run a scenario for a room: teams, votes, a group debrief\n"
    "  leadsim guide ID|FILE [options]      the facilitator's guide: objectives, map, decisions\n"
    "  leadsim export N|last [options]      an attempt as Markdown, JSON, HTML, xAPI or CSV\n"
    "  leadsim sync                         send the statements waiting for the learning record store\n"
    "  leadsim --help, leadsim CMD --help, leadsim --version\n"
    "\n"
    "Try: leadsim play twelve-percent --text\n";

typedef struct {
    const char *name;
    int (*run)(int argc, char **argv);
} Command;

static const Command commands[] = {
    {"play", cli_play},
    {"check", cli_check},
    {"explore", cli_explore},
    {"new", cli_new},
    {"history", cli_history},
    {"facilitate", cli_facilitate},
    {"guide", cli_guide},
    {"export", cli_export},
    {"sync", cli_sync},
    {NULL, NULL},
};

int main(int argc, char **argv)
{
    paths_init(argv[0]);
    if (argc < 2)
        return cli_window(0, argv + 1);
    const char *command = argv[1];
    if (strcmp(command, "--help") == 0 || strcmp(command, "-h") == 0 || strcmp(command, "help") == 0) {
        fputs(main_help, stdout);
        return EXIT_OK;
    }
    if (strcmp(command, "--version") == 0) {
        printf("leadsim %s\n", LEADSIM_VERSION);
        return EXIT_OK;
    }
    for (const Command *c = commands; c->name; c++)
        if (strcmp(command, c->name) == 0)
            return c->run(argc - 2, argv + 2);
    if (command[0] == '-')
        return cli_window(argc - 1, argv + 1);
    return cli_usage_error(NULL, "unknown command '%s'", command);
}
