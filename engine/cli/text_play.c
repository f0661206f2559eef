/* text_play: the terminal front end. */
#include "text_play.h"
#include "report_text.h"
#include "paths.h"
#include "wrap.h"

#include <ctype.h>
#include <poll.h>
#include "watch.h"
#include "visible.h"
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>


int text_width(FILE *out)
{
    int width = 0;
    struct winsize ws;
    if (isatty(fileno(out)) && ioctl(fileno(out), TIOCGWINSZ, &ws) == 0)
        width = ws.ws_col;
    if (width == 0 && getenv("COLUMNS"))
        width = atoi(getenv("COLUMNS"));
    if (width <= 0)
        width = 80;
    return width < 40 ? 40 : width > 100 ? 100 : width;
}

/* ---- printing ------------------------------------------------------------------------ */

/* Prints a number as people write it: 40, 38.5. */
static const char *text_number(double value, char *buf, size_t size)
{
    snprintf(buf, size, "%.10g", value);
    return buf;
}

static void text_print_meters(FILE *out, const Playthrough *p, int width)
{
    const Scenario *sc = p->scenario;
    if (sc->meter_count == 0)
        return;
    char line[2048] = "Meters: ";
    for (int m = 0; m < sc->meter_count; m++) {
        char number[32];
        size_t used = strlen(line);
        snprintf(line + used, sizeof line - used, "%s %s%s", sc->meters[m].label,
                 text_number(p->meters[m], number, sizeof number), m + 1 < sc->meter_count ? ", " : ".");
    }
    report_text_wrapped(out, line, width, 0);
}

static void text_print_changes(FILE *out, const Playthrough *p, int width)
{
    const Scenario *sc = p->scenario;
    char line[2048] = "";
    for (int m = 0; m < sc->meter_count; m++) {
        double delta = p->meters[m] - p->meters_before[m];
        if (delta == 0)
            continue;
        char by[32], to[32];
        size_t used = strlen(line);
        snprintf(line + used, sizeof line - used, "%s%s %s %s to %s", used ? "; " : "Changes: ",
                 sc->meters[m].label, delta > 0 ? "up" : "down",
                 text_number(delta > 0 ? delta : -delta, by, sizeof by),
                 text_number(p->meters[m], to, sizeof to));
    }
    if (line[0]) {
        strncat(line, ".", sizeof line - strlen(line) - 1);
        report_text_wrapped(out, line, width, 0);
    }
}

static void text_print_choices(FILE *out, const Playthrough *p, int width)
{
    for (int i = 0; i < p->shown_count; i++) {
        char item[1024];
        snprintf(item, sizeof item, "%d. %s", i + 1, play_shown_text(p, i + 1));
        report_text_wrapped(out, item, width, 2);
    }
}

static void text_print_scene(FILE *out, const Playthrough *p, int width)
{
    const Scene *scene = play_scene(p);
    char line[512];
    bool header = false;
    fputc('\n', out);
    if (scene->title) {
        report_text_wrapped(out, scene->title, width, 0);
        header = true;
    }
    if (scene->kind == SCENE_ENDING) {
        snprintf(line, sizeof line, "Ending: %s", scene->ending);
        report_text_wrapped(out, line, width, 0);
        header = true;
    }
    if (scene->speaker) {
        snprintf(line, sizeof line, "%s:", scene->speaker);
        report_text_wrapped(out, line, width, 0);
        header = true;
    }
    if (p->text && p->text[0]) {
        if (header)
            fputc('\n', out);
        report_text_wrapped(out, p->text, width, 0);
    }
    if (scene->kind == SCENE_DECISION) {
        fputc('\n', out);
        text_print_choices(out, p, width);
    }
}

static void text_print_chose(FILE *out, const Playthrough *p, int number, int width)
{
    char chose[1024];
    snprintf(chose, sizeof chose, "You chose: %s", play_shown_text(p, number));
    report_text_wrapped(out, chose, width, 0);
}

static void text_print_intro(FILE *out, const Scenario *sc, bool interactive, int width)
{
    report_text_wrapped(out, sc->title, width, 0);
    char line[1024] = "";
    if (sc->role)
        snprintf(line, sizeof line, "You are: %s.", sc->role);
    if (sc->minutes > 0) {
        size_t used = strlen(line);
        snprintf(line + used, sizeof line - used, "%sAbout %ld minutes.", used ? " " : "", sc->minutes);
    }
    if (line[0])
        report_text_wrapped(out, line, width, 0);
    if (sc->summary) {
        fputc('\n', out);
        report_text_wrapped(out, sc->summary, width, 0);
    }
    if (interactive) {
        fputc('\n', out);
        report_text_wrapped(out, "At each decision, type the number of your choice and press Enter. "
                                "Type h for help at any time.", width, 0);
    }
}

static void text_print_help(FILE *out, int width)
{
    fputc('\n', out);
    report_text_wrapped(out,
        "- a number: make that choice\n"
        "- Enter: continue, where there is nothing to choose\n"
        "- m: show the meters\n"
        "- r: read the scene again\n"
        "- q: stop this playthrough", width, 2);
}

/* ---- input ----------------------------------------------------------------------------- */

typedef enum { INPUT_LINE, INPUT_END, INPUT_RELOADED } InputStatus;

/* Reads one line into buf, trimmed; long lines are read to their end. With --watch, the
 * file is checked while the player thinks (stdin is unbuffered then, so poll tells the truth). */
static InputStatus text_read(TextOptions *opt, char *buf, size_t size)
{
    fflush(opt->out);
    while (opt->reload) {
        struct pollfd fd = {fileno(opt->in), POLLIN, 0};
        int ready = poll(&fd, 1, WATCH_POLL_MS);
        if (ready > 0)
            break;
        if (ready == 0 && opt->reload(opt->reload_ctx))
            return INPUT_RELOADED;
    }
    if (fgets(buf, (int)size, opt->in) == NULL)
        return INPUT_END;
    size_t len = strlen(buf);
    if (len > 0 && buf[len - 1] != '\n') {
        int c;
        while ((c = fgetc(opt->in)) != EOF && c != '\n')
            ;
    }
    while (len > 0 && isspace((unsigned char)buf[len - 1]))
        buf[--len] = '\0';
    char *start = buf;
    while (isspace((unsigned char)*start))
        start++;
    memmove(buf, start, strlen(start) + 1);
    if (opt->echo)
        fprintf(opt->out, "%s\n", buf);
    return INPUT_LINE;
}

static bool text_confirm_quit(TextOptions *opt)
{
    char buf[64];
    fprintf(opt->out, "Stop this playthrough? %s (y/n): ",
            opt->saved ? "It is saved, and --resume continues it." : "Your choices so far will not be kept.");
    if (text_read(opt, buf, sizeof buf) != INPUT_LINE)
        return true;
    return buf[0] == 'y' || buf[0] == 'Y';
}

/* What the player typed, at a decision (choices > 0) or a narration (choices == 0). */
typedef enum { ASK_CHOICE, ASK_CONTINUE, ASK_QUIT, ASK_END, ASK_RELOADED } AskResult;

static AskResult text_ask(Playthrough *p, TextOptions *opt, int *number)
{
    int choices = play_scene(p)->kind == SCENE_DECISION ? p->shown_count : 0;
    char buf[256];
    for (;;) {
        if (choices > 0)
            fprintf(opt->out, "\nYour choice (1-%d): ", choices);
        else
            fprintf(opt->out, "\nPress Enter to continue: ");
        InputStatus got = text_read(opt, buf, sizeof buf);
        if (got == INPUT_END)
            return ASK_END;
        if (got == INPUT_RELOADED)
            return ASK_RELOADED;
        char *end;
        long n = strtol(buf, &end, 10);
        if (choices > 0 && buf[0] && *end == '\0' && n >= 1 && n <= choices) {
            *number = (int)n;
            return ASK_CHOICE;
        }
        if (choices == 0 && buf[0] == '\0')
            return ASK_CONTINUE;
        switch (tolower((unsigned char)buf[0])) {
        case 'q':
            if (text_confirm_quit(opt))
                return ASK_QUIT;
            continue;
        case 'm':
            text_print_meters(opt->out, p, opt->width);
            continue;
        case 'r':
            text_print_scene(opt->out, p, opt->width);
            continue;
        case 'h': case '?':
            text_print_help(opt->out, opt->width);
            continue;
        default:
            break;
        }
        if (choices > 0)
            fprintf(opt->out, "Please type a number from 1 to %d, or h for help.\n", choices);
        else
            fprintf(opt->out, "Press Enter to go on, or h for help.\n");
    }
}

/* ---- the loop --------------------------------------------------------------------------- */

/* One step without asking: the next number of --choices, or narration going on. */
static TextResult text_follow(Session *s, TextOptions *opt)
{
    Playthrough *p = &s->play;
    bool decision = play_scene(p)->kind == SCENE_DECISION;
    ChoiceList *list = opt->choices;
    if (decision && list->used < list->count) {
        int number = list->numbers[list->used];
        fprintf(opt->out, "\nYour choice (1-%d): %d\n", p->shown_count, number);
        if (number >= 1 && number <= p->shown_count)
            text_print_chose(opt->out, p, number, opt->width);
    }
    FollowResult result = session_follow_step(s, list);
    if (result == FOLLOW_RAN_OUT || result == FOLLOW_BAD) {
        opt->stopped = result;
        return TEXT_STOPPED;
    }
    return result == FOLLOW_FAILED ? TEXT_FAILED : TEXT_ENDED;
}

/* One step as the player says: a choice, going on, or stopping. */
static TextResult text_turn(Session *s, TextOptions *opt, bool *reloaded)
{
    Playthrough *p = &s->play;
    const Scene *scene = play_scene(p);
    int number = 0;
    *reloaded = false;
    switch (text_ask(p, opt, &number)) {
    case ASK_QUIT:
        fputc('\n', opt->out);
        visible_line(opt->out, "Stopped at '%s'. %s", scene->id, opt->saved
                     ? "Your playthrough is saved." : "Nothing was kept.");
        return TEXT_QUIT;
    case ASK_END:
        fputc('\n', opt->out);
        return TEXT_NO_INPUT;
    case ASK_RELOADED:
        *reloaded = true;                    /* the session is the new version now: show where it stands */
        return TEXT_ENDED;
    default:
        break;
    }
    if (scene->kind != SCENE_DECISION)
        return session_continue(s) == 0 ? TEXT_ENDED : TEXT_FAILED;
    text_print_chose(opt->out, p, number, opt->width);
    return session_choose(s, number) == 0 ? TEXT_ENDED : TEXT_FAILED;
}

TextResult text_play(Session *s, TextOptions *opt)
{
    Playthrough *p = &s->play;
    bool interactive = opt->choices == NULL;
    text_print_intro(opt->out, s->scenario, interactive, opt->width);
    fputc('\n', opt->out);
    text_print_meters(opt->out, p, opt->width);
    while (p->status == PLAY_RUNNING) {
        text_print_scene(opt->out, p, opt->width);
        bool reloaded = false;
        TextResult result = interactive ? text_turn(s, opt, &reloaded) : text_follow(s, opt);
        if (result != TEXT_ENDED)
            return result;
        if (!reloaded)
            text_print_changes(opt->out, p, opt->width);
    }
    text_print_scene(opt->out, p, opt->width);
    if (interactive) {
        char buf[16];
        fprintf(opt->out, "\nPress Enter to see your debrief: ");
        text_read(opt, buf, sizeof buf); /* the debrief follows even when input has ended */
    }
    return TEXT_ENDED;
}

/* ---- the debrief --------------------------------------------------------------------------- */

/* Asks one prompt block; an empty line skips it. Returns false when input has ended. */
static bool text_prompt(DebriefDoc *doc, const DocBlock *b, TextOptions *opt)
{
    char buf[DOC_ANSWER_MAX + 64];
    for (;;) {
        if (b->prompt != PROMPT_ESTIMATE)
            fputc('\n', opt->out);
        visible_write(opt->out, b->text, false);    /* a domain's title comes from a framework file */
        if (b->prompt == PROMPT_ESTIMATE)
            fprintf(opt->out, " (1-%d, Enter to skip): ", DOC_ESTIMATE_MAX);
        else
            fprintf(opt->out, " (Enter to skip)\n> ");
        if (text_read(opt, buf, sizeof buf) != INPUT_LINE)
            return false;
        bool number = buf[0] >= '1' && buf[0] <= '0' + DOC_ESTIMATE_MAX && buf[1] == '\0';
        if (b->prompt != PROMPT_ESTIMATE || buf[0] == '\0' || number) {
            debrief_doc_answer(doc, b, buf);
            return true;
        }
        fprintf(opt->out, "Please type a number from 1 to %d, or press Enter to skip.\n", DOC_ESTIMATE_MAX);
    }
}

void text_debrief(DebriefDoc *doc, TextOptions *opt)
{
    bool input = opt->choices == NULL;   /* --choices runs never ask */
    report_text_start(opt->out, doc, opt->width);
    for (int i = 0; i < doc->block_count; i++) {
        const DocBlock *b = &doc->blocks[i];
        if (b->kind == BLOCK_PROMPT) {
            if (input)
                input = text_prompt(doc, b, opt);  /* once input ends, the rest are skipped */
        } else if (input || !b->asks) {
            report_text_block(opt->out, doc, b, opt->width);
        }
    }
}
