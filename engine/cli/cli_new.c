/* cli_new: leadsim new NAME: a new scenario file from the template. */
#include "cli.h"
#include "paths.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char new_help[] =
    "usage: leadsim new NAME [--dir DIR]\n"
    "\n"
    "Start a scenario: copies scripts/scenarios/_template.lua to DIR/NAME.lua, with\n"
    "its id and title filled in. DIR is created if need be; by default it is the\n"
    "library's folder in a source checkout, and the current folder for an installed\n"
    "copy (whose library is never written to). NAME uses a-z, 0-9 and -, like\n"
    "budget-cut. An existing file is never overwritten.\n"
    "\n"
    "exit status: 0 created, 1 the file exists or cannot be written, 2 usage error\n";

enum { OPT_DIR, OPT_HELP };
static const CliOption new_options[] = {{"--dir", true}, {"--help", false}, {NULL, false}};

/* "budget-cut" -> "Budget Cut" */
static void new_title(const char *id, char *out, size_t size)
{
    size_t n = 0;
    bool start = true;
    for (const char *p = id; *p && n + 1 < size; p++) {
        if (*p == '-') {
            out[n++] = ' ';
            start = true;
        } else {
            out[n++] = start ? (char)toupper((unsigned char)*p) : *p;
            start = false;
        }
    }
    out[n] = '\0';
}

/* The template with every ID and TITLE replaced. */
static char *new_fill(const char *template, const char *id, const char *title)
{
    size_t size = strlen(template) * 2 + 1024, n = 0;
    char *out = malloc(size);
    for (const char *p = template; out && *p && n + 256 < size;) {
        if (strncmp(p, "\"ID\"", 4) == 0) {
            n += (size_t)snprintf(out + n, size - n, "\"%s\"", id);
            p += 4;
        } else if (strncmp(p, "TITLE", 5) == 0) {
            n += (size_t)snprintf(out + n, size - n, "%s", title);
            p += 5;
        } else {
            out[n++] = *p++;
        }
    }
    if (out)
        out[n] = '\0';
    return out;
}

int cli_new(int argc, char **argv)
{
    const char *name = NULL, *dir = NULL, *value;
    int i = 0, k;
    while ((k = cli_next(argc, argv, &i, new_options, &value, "new")) != -2) {
        if (k == -3)
            return EXIT_USAGE;
        if (k == OPT_HELP) {
            fputs(new_help, stdout);
            return EXIT_OK;
        }
        if (k == OPT_DIR)
            dir = value;
        else if (name)
            return cli_usage_error("new", "one scenario at a time");
        else
            name = value;
    }
    if (name == NULL)
        return cli_usage_error("new", "what should it be called? e.g. leadsim new budget-cut");
    for (const char *p = name; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-'))
            return cli_usage_error("new", "'%s': a name uses only a-z, 0-9 and -, like budget-cut", name);
    char template_path[4096], path[4096];
    snprintf(template_path, sizeof template_path, "%s/scripts/scenarios/_template.lua", paths_data_dir());
    if (dir == NULL)   /* an installed library is read-only, and SPEC forbids writing there */
        dir = paths_is_checkout(paths_data_dir()) ? paths_display(paths_scenarios_dir()) : ".";
    snprintf(path, sizeof path, "%s/%s.lua", dir, name);
    if (!paths_is_dir(dir) && !paths_make_dirs(dir)) {   /* a new drafts folder */
        fprintf(stderr, "%s: cannot create this folder: %s\n", dir, strerror(errno));
        return EXIT_INPUT;
    }
    FILE *in = fopen(template_path, "r");
    if (in == NULL) {
        fprintf(stderr, "leadsim: the template %s is missing\n", template_path);
        return EXIT_INPUT;
    }
    static char template[65536];
    size_t len = fread(template, 1, sizeof template - 1, in);
    template[len] = '\0';
    fclose(in);
    char title[256];
    new_title(name, title, sizeof title);
    char *text = new_fill(template, name, title);
    int fd = text ? open(path, O_WRONLY | O_CREAT | O_EXCL, 0644) : -1;  /* never overwrite */
    if (fd < 0) {
        if (errno == EEXIST)
            fprintf(stderr, "%s: already exists; nothing was changed\n", path);
        else
            fprintf(stderr, "%s: %s; choose a folder you can write to with --dir DIR\n", path, strerror(errno));
        free(text);
        return EXIT_INPUT;
    }
    size_t length = strlen(text);
    bool ok = write(fd, text, length) == (ssize_t)length;
    ok &= close(fd) == 0;
    free(text);
    if (!ok) {
        fprintf(stderr, "%s: could not be written\n", path);
        unlink(path);
        return EXIT_INPUT;
    }
    char guide[4096];
    if (!paths_doc_file("authoring.md", guide, sizeof guide))
        snprintf(guide, sizeof guide, "docs/authoring.md in leadsim's source (not installed here)");
    printf("Created %s\n\nNext:\n  leadsim check %s\n  leadsim play %s --watch\n"
           "  leadsim explore %s --styles\n\nThe guide: %s\n", path, path, path, path, paths_display(guide));
    return EXIT_OK;
}
