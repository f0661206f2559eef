/* cli_export: leadsim export N|last — an attempt's debrief as a file to keep, share or send. */
#include "cli.h"
#include "history.h"
#include "paths.h"
#include "report_csv.h"
#include "report_html.h"
#include "report_json.h"
#include "report_md.h"
#include "report_xapi.h"
#include "save.h"
#include "settings.h"
#include "uuid.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char export_help[] =
    "usage: leadsim export N|last|all [options]\n"
    "\n"
    "Writes attempt N of the history (or the last) as a file, under exports/ in the\n"
    "save folder unless -o says where, and prints its path.\n"
    "\n"
    "options:\n"
    "  --format md|json|html|xapi|csv\n"
    "                      md (the default): the whole debrief, with tables\n"
    "                      json: play --json's object, with the player, date,\n"
    "                      reactions, self-estimate and commitments\n"
    "                      html: one self-contained page, for a phone or to print\n"
    "                      xapi: xAPI 1.0.3 statements for a learning record store\n"
    "                      csv: one row per competency and domain; with all, the\n"
    "                      whole history\n"
    "  -o FILE             write to FILE (- for standard output)\n"
    "  --settings FILE     the settings file: the save folder and [xapi]\n"
    "  --help              show this help\n"
    "\n"
    "exit status: 0 written, 1 no such attempt or it cannot be written, 2 usage error\n";

enum { OPT_FORMAT, OPT_OUTPUT, OPT_SETTINGS, OPT_HELP };
static const CliOption export_options[] = {
    {"--format", true}, {"-o", true}, {"--settings", true}, {"--help", false}, {NULL, false},
};

static const char *const export_formats[] = {"md", "json", "html", "xapi", "csv", NULL};
enum { FORMAT_MD, FORMAT_JSON, FORMAT_HTML, FORMAT_XAPI, FORMAT_CSV };

typedef struct {
    const char *which, *output, *settings_path;
    int format;
    Settings settings;
    char dir[4096];
} ExportArgs;

/* xAPI: the statements queued for the LRS when there are (the same ids: importing the file too
 * duplicates nothing), else fresh ones with a registration of their own. */
static char *export_xapi(History *h, const CliAttempt *a, const Settings *settings)
{
    char *queued = history_attempt_statements(h, a->detail.attempt.id);
    if (queued)
        return queued;
    char registration[UUID_TEXT], why[512] = "no random bytes for a registration";
    XapiAttempt at = {a->detail.attempt.started, a->detail.attempt.finished, registration};
    char *text = uuid_v4(registration) ? report_xapi(&a->doc, settings, &at, why, sizeof why) : NULL;
    if (text == NULL)
        fprintf(stderr, "leadsim: %s\n", why);
    return text;
}

/* The rendered attempt into `out`; false after saying why. */
static bool export_render(FILE *out, History *h, const CliAttempt *a, const ExportArgs *args)
{
    const char *finished = a->detail.attempt.finished;
    char *text = NULL;
    switch (args->format) {
    case FORMAT_MD: report_md(out, &a->doc, finished); return true;
    case FORMAT_HTML: report_html(out, &a->doc, finished); return true;
    case FORMAT_CSV:
        report_csv_header(out);
        report_csv_attempt(out, &a->detail);
        return true;
    case FORMAT_JSON: text = report_json_attempt(&a->doc, finished); break;
    case FORMAT_XAPI: text = export_xapi(h, a, &args->settings); break;
    }
    if (text)
        fputs(text, out);
    free(text);
    return text != NULL;
}

/* The whole history as CSV (export all). */
static bool export_history_csv(FILE *out, History *h)
{
    Attempt *list;
    int count = history_list(h, NULL, NULL, &list);
    report_csv_attempts(out, h, list, count);
    free(list);
    return count >= 0;
}

static const char *export_extension(int format)
{
    return format == FORMAT_XAPI ? "xapi.json" : export_formats[format];
}

/* Where it goes: -o, else <saves>/exports/<scenario>-attempt-<N>.<ext> (history.csv for all). */
static bool export_path(const ExportArgs *args, const Attempt *a, char *out, size_t size)
{
    if (args->output) {
        snprintf(out, size, "%s", args->output);
        return true;
    }
    char dir[4200];
    snprintf(dir, sizeof dir, "%s/exports", args->dir);
    if (!paths_make_dirs(dir)) {
        fprintf(stderr, "leadsim: %s cannot be made (%s)\n", dir, strerror(errno));
        return false;
    }
    if (a == NULL)
        snprintf(out, size, "%s/history.csv", dir);
    else
        snprintf(out, size, "%s/%s-attempt-%" PRId64 ".%s", dir, a->scenario, a->id, export_extension(args->format));
    return true;
}

/* Renders into a temporary file beside `path`, then renames it: a failure never leaves half a file. */
static int export_write(History *h, const CliAttempt *a, const ExportArgs *args)
{
    char path[4400], tmp[4500];
    if (!export_path(args, a ? &a->detail.attempt : NULL, path, sizeof path))
        return EXIT_INPUT;
    bool to_stdout = strcmp(path, "-") == 0;
    snprintf(tmp, sizeof tmp, "%s.tmp-%ld", path, (long)getpid());
    FILE *out = to_stdout ? stdout : fopen(tmp, "w");
    if (out == NULL) {
        fprintf(stderr, "leadsim: %s cannot be written (%s)\n", path, strerror(errno));
        return EXIT_INPUT;
    }
    bool ok = a ? export_render(out, h, a, args) : export_history_csv(out, h);
    if (to_stdout)
        return ok && fflush(stdout) == 0 ? EXIT_OK : EXIT_INPUT;
    bool written = ferror(out) == 0;
    written &= fclose(out) == 0;
    if (!ok || !written || rename(tmp, path) != 0) {
        if (ok)
            fprintf(stderr, "leadsim: %s cannot be written (%s)\n", path, strerror(errno));
        unlink(tmp);
        return EXIT_INPUT;
    }
    printf("Wrote %s\n", path);
    return EXIT_OK;
}

static int export_run(History *h, ExportArgs *args)
{
    if (strcmp(args->which, "all") == 0) {
        if (args->format != FORMAT_CSV)
            return cli_usage_error("export", "all goes with --format csv (the whole history); other formats take "
                                   "one attempt: N or last");
        return export_write(h, NULL, args);
    }
    int64_t id = cli_attempt_id(h, args->which, NULL, NULL);
    if (id < 0) {
        fprintf(stderr, "leadsim: no such attempt '%s'; leadsim history lists them\n", args->which);
        return EXIT_INPUT;
    }
    CliAttempt a;
    int status = cli_attempt_open(h, id, &a);
    if (status == EXIT_OK) {
        status = export_write(h, &a, args);
        cli_attempt_close(&a);
    }
    return status;
}

static int export_format(const char *value)
{
    for (int i = 0; export_formats[i]; i++)
        if (strcmp(value, export_formats[i]) == 0)
            return i;
    return -1;
}

int cli_export(int argc, char **argv)
{
    ExportArgs args = {0};
    const char *value;
    int i = 0, k;
    while ((k = cli_next(argc, argv, &i, export_options, &value, "export")) != -2) {
        switch (k) {
        case -3: return EXIT_USAGE;
        case -1:
            if (args.which)
                return cli_usage_error("export", "one attempt at a time ('%s' and '%s')", args.which, value);
            args.which = value;
            break;
        case OPT_FORMAT:
            if ((args.format = export_format(value)) < 0)
                return cli_usage_error("export", "--format is md, json, html, xapi or csv; not '%s'", value);
            break;
        case OPT_OUTPUT: args.output = value; break;
        case OPT_SETTINGS: args.settings_path = value; break;
        case OPT_HELP: fputs(export_help, stdout); return EXIT_OK;
        }
    }
    if (args.which == NULL)
        return cli_usage_error("export", "which attempt? give its number, or last (leadsim history lists them)");
    History *h = cli_history_open(args.settings_path, &args.settings, args.dir, sizeof args.dir);
    if (h == NULL)
        return EXIT_INPUT;
    int status = export_run(h, &args);
    history_close(h);
    return status;
}
