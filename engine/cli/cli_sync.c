/* cli_sync: leadsim sync — the xAPI statements waiting in the history, sent to the LRS now. */
#include "cli.h"
#include "history.h"
#include "lrs.h"
#include "settings.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char sync_help[] =
    "usage: leadsim sync [options]\n"
    "\n"
    "Sends the xAPI statements of finished attempts that are waiting in the history\n"
    "to the learning record store named by [lrs] endpoint in settings.ini, and says\n"
    "what was sent, what still waits and what the LRS refused as invalid. Nothing is\n"
    "lost while the LRS cannot be reached: the statements wait for the next sync.\n"
    "\n"
    "options:\n"
    "  --settings FILE     the settings file: the save folder, [xapi] and [lrs]\n"
    "  --help              show this help\n"
    "\n"
    "exit status: 0 nothing left to send, 1 some statements still wait (or no LRS\n"
    "is set), 2 usage error\n";

enum { OPT_SETTINGS, OPT_HELP };
static const CliOption sync_options[] = {{"--settings", true}, {"--help", false}, {NULL, false}};

/* The statements the LRS refused, with its reasons: kept, for someone to look at. */
static void sync_list_invalid(History *h)
{
    QueuedStatement *list;
    int count = history_statements(h, STATEMENT_INVALID, false, 1000, &list);
    for (int i = 0; i < count; i++)
        printf("  refused: statement %s of attempt %lld: %s\n", list[i].id, (long long)list[i].attempt,
               list[i].error);
    history_statements_free(list, count);
}

static int sync_run(History *h, const char *dir, const Settings *settings)
{
    if (settings->lrs_endpoint[0] == '\0') {
        fprintf(stderr, "leadsim: no learning record store is set: set [lrs] endpoint, username and password in "
                "settings.ini\n");
        return EXIT_INPUT;
    }
    LrsReport r;
    int result = lrs_sync(dir, settings, false, &r);
    if (result < 0) {
        fprintf(stderr, "leadsim: %s\n", r.problem);
        return EXIT_INPUT;
    }
    printf("Sent %d statement%s to the LRS", r.sent, r.sent == 1 ? "" : "s");
    if (r.already)
        printf(" (%d it had already)", r.already);
    printf("; %d still wait%s", r.waiting, r.waiting == 1 ? "s" : "");
    if (r.invalid)
        printf("; %d refused as invalid now", r.invalid);
    printf(".\n");
    if (r.problem[0])
        fprintf(stderr, "leadsim: %s\n", r.problem);
    if (r.invalid_total) {
        printf("%d statement%s the LRS refused as invalid %s kept and not sent again:\n", r.invalid_total,
               r.invalid_total == 1 ? "" : "s", r.invalid_total == 1 ? "is" : "are");
        sync_list_invalid(h);
    }
    return result == 0 ? EXIT_OK : EXIT_INPUT;
}

int cli_sync(int argc, char **argv)
{
    const char *value, *settings_flag = NULL;
    int i = 0, k;
    while ((k = cli_next(argc, argv, &i, sync_options, &value, "sync")) != -2) {
        switch (k) {
        case -3: return EXIT_USAGE;
        case -1: return cli_usage_error("sync", "sync takes no operands ('%s')", value);
        case OPT_SETTINGS: settings_flag = value; break;
        case OPT_HELP: fputs(sync_help, stdout); return EXIT_OK;
        }
    }
    Settings settings;
    char dir[4096];
    History *h = cli_history_open(settings_flag, &settings, dir, sizeof dir);
    if (h == NULL)
        return EXIT_INPUT;
    int status = sync_run(h, dir, &settings);
    history_close(h);
    return status;
}
