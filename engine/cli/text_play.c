/* text_play: the terminal front end. */
#include "text_play.h"
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

#define TEXT_DEFAULT_CLOSING \
    "What is one thing you will do differently the next time you face a situation like this?"

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

typedef struct {
    FILE *out;
    int indent;
} TextSink;

static void text_emit(void *ctx, const WrapLine *line)
{
    TextSink *sink = ctx;
    if (line->paragraph_start)
        fputc('\n', sink->out);
    visible_line(sink->out, "%*s%.*s", sink->indent + line->indent, "", (int)line->length, line->text);
}

void text_print_wrapped(FILE *out, const char *text, int width, int indent)
{
    char *normalized = wrap_normalize(text ? text : "");
    if (normalized == NULL)
        return;
    TextSink sink = {out, indent};
    wrap_text(normalized, width - indent, wrap_columns, NULL, text_emit, &sink);
    free(normalized);
}

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
    text_print_wrapped(out, line, width, 0);
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
        text_print_wrapped(out, line, width, 0);
    }
}

static void text_print_choices(FILE *out, const Playthrough *p, int width)
{
    for (int i = 0; i < p->shown_count; i++) {
        char item[1024];
        snprintf(item, sizeof item, "%d. %s", i + 1, play_shown_text(p, i + 1));
        text_print_wrapped(out, item, width, 2);
    }
}

static void text_print_scene(FILE *out, const Playthrough *p, int width)
{
    const Scene *scene = play_scene(p);
    char line[512];
    bool header = false;
    fputc('\n', out);
    if (scene->title) {
        text_print_wrapped(out, scene->title, width, 0);
        header = true;
    }
    if (scene->kind == SCENE_ENDING) {
        snprintf(line, sizeof line, "Ending: %s", scene->ending);
        text_print_wrapped(out, line, width, 0);
        header = true;
    }
    if (scene->speaker) {
        snprintf(line, sizeof line, "%s:", scene->speaker);
        text_print_wrapped(out, line, width, 0);
        header = true;
    }
    if (p->text && p->text[0]) {
        if (header)
            fputc('\n', out);
        text_print_wrapped(out, p->text, width, 0);
    }
    if (scene->kind == SCENE_DECISION) {
        fputc('\n', out);
        text_print_choices(out, p, width);
    }
}

static void text_print_intro(FILE *out, const Scenario *sc, bool interactive, int width)
{
    text_print_wrapped(out, sc->title, width, 0);
    char line[1024] = "";
    if (sc->role)
        snprintf(line, sizeof line, "You are: %s.", sc->role);
    if (sc->minutes > 0) {
        size_t used = strlen(line);
        snprintf(line + used, sizeof line - used, "%sAbout %ld minutes.", used ? " " : "", sc->minutes);
    }
    if (line[0])
        text_print_wrapped(out, line, width, 0);
    if (sc->summary) {
        fputc('\n', out);
        text_print_wrapped(out, sc->summary, width, 0);
    }
    if (interactive) {
        fputc('\n', out);
        text_print_wrapped(out, "At each decision, type the number of your choice and press Enter. "
                                "Type h for help at any time.", width, 0);
    }
}

static void text_print_help(FILE *out, int width)
{
    fputc('\n', out);
    text_print_wrapped(out,
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
    fprintf(opt->out, "Stop this playthrough? Your choices so far will not be kept. (y/n): ");
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

TextResult text_play(Playthrough *p, TextOptions *opt)
{
    bool interactive = opt->choices == NULL;
    text_print_intro(opt->out, p->scenario, interactive, opt->width);
    fputc('\n', opt->out);
    text_print_meters(opt->out, p, opt->width);
    opt->choices_used = 0;
    while (p->status == PLAY_RUNNING) {
        const Scene *scene = play_scene(p);
        text_print_scene(opt->out, p, opt->width);
        int number = 0, result;
        if (interactive) {
            switch (text_ask(p, opt, &number)) {
            case ASK_QUIT:
                fputc('\n', opt->out);
                visible_line(opt->out, "Stopped at '%s'. Nothing was kept.", scene->id);
                return TEXT_QUIT;
            case ASK_END:
                fputc('\n', opt->out);
                return TEXT_NO_INPUT;
            case ASK_RELOADED:
                continue;                   /* p is the new version now: show where it stands */
            default:
                break;
            }
        } else if (scene->kind == SCENE_DECISION) {
            if (opt->choices_used == opt->choice_count)
                return TEXT_NO_INPUT;
            number = opt->choices[opt->choices_used++];
            if (number < 1 || number > p->shown_count) {
                opt->bad_choice = number;
                return TEXT_BAD_CHOICE;
            }
            fprintf(opt->out, "\nYour choice (1-%d): %d\n", p->shown_count, number);
        }
        if (scene->kind == SCENE_DECISION) {
            char chose[1024];
            snprintf(chose, sizeof chose, "You chose: %s", play_shown_text(p, number));
            text_print_wrapped(opt->out, chose, opt->width, 0);
            result = play_choose(p, number);
        } else {
            result = play_continue(p);
        }
        if (result != 0)
            return TEXT_FAILED;
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

static void text_heading(FILE *out, const char *title)
{
    fputc('\n', out);
    visible_line(out, "%s", title);
}

/* "Name: 62.5, developing" or "Name: not assessed", plus `extra`. */
static void text_print_score(FILE *out, const char *name, const Score *s, const char *extra, int width)
{
    char score[32], line[512];
    if (s->assessed)
        snprintf(line, sizeof line, "- %s: %s, %s%s", name, debrief_format(s, score, sizeof score),
                 debrief_band_name(debrief_band(s)), extra ? extra : "");
    else
        snprintf(line, sizeof line, "- %s: not assessed", name);
    text_print_wrapped(out, line, width, 2);
}

void text_print_debrief(FILE *out, const Playthrough *p, const Debrief *d, int width)
{
    const Scenario *sc = p->scenario;
    const Framework *fw = sc->framework;
    const Scene *last = play_scene(p);
    char line[2048];

    fputs("\n\n", out);
    visible_line(out, "DEBRIEF: %s", sc->title);
    if (p->status == PLAY_ENDED)
        snprintf(line, sizeof line, "You reached the ending \"%s\" after %d decision%s.", last->ending,
                 p->decision_count, p->decision_count == 1 ? "" : "s");
    else
        snprintf(line, sizeof line, "The playthrough stopped at '%s' after %d decision%s.", last->id,
                 p->decision_count, p->decision_count == 1 ? "" : "s");
    text_print_wrapped(out, line, width, 0);
    text_print_wrapped(out, "These scores are formative feedback on one playthrough, not a rating of you "
                            "as a leader. Each choice is scored against the framework only where a "
                            "decision actually tested a competency.", width, 0);
    snprintf(line, sizeof line, "Seed %" PRIu64 ". To replay this exact path: leadsim play %s --seed %" PRIu64
             " --choices ", p->seed, paths_play_name(sc->path, sc->id), p->seed);
    for (int i = 0; i < p->decision_count; i++) {
        size_t used = strlen(line);
        snprintf(line + used, sizeof line - used, "%s%d", i ? "," : "", p->decisions[i].number);
    }
    text_print_wrapped(out, line, width, 0);

    text_heading(out, "WHAT YOU DID");
    for (int i = 0; i < p->decision_count; i++) {
        const PlayDecision *dec = &p->decisions[i];
        const Scene *scene = &sc->scenes[dec->scene];
        const Choice *ch = &scene->choices[dec->choice];
        snprintf(line, sizeof line, "%d. %s", i + 1, scene->title ? scene->title : scene->id);
        fputc('\n', out);
        text_print_wrapped(out, line, width, 0);
        snprintf(line, sizeof line, "You chose: %s", dec->text);
        text_print_wrapped(out, line, width, 3);
        if (ch->feedback)
            text_print_wrapped(out, ch->feedback, width, 3);
        if (dec->strongest != dec->choice) {
            snprintf(line, sizeof line, "A stronger move: %s", dec->strongest_text);
            text_print_wrapped(out, line, width, 3);
            const char *why = scene->choices[dec->strongest].feedback;
            if (why)
                text_print_wrapped(out, why, width, 5);
        } else {
            text_print_wrapped(out, "This was the strongest choice on offer.", width, 3);
        }
    }

    text_heading(out, "SCORES BY DOMAIN");
    text_print_wrapped(out, "Scores are out of 100. Bands: strong 75 and over, developing 40 to 74.9, "
                            "emerging under 40.", width, 0);
    text_print_score(out, "Overall", &d->overall, NULL, width);
    for (int i = 0; i < fw->domain_count; i++)
        text_print_score(out, fw->domains[i].title, &d->domains[i], NULL, width);

    text_heading(out, "SCORES BY COMPETENCY");
    text_print_wrapped(out, "With how many decisions tested each; thin evidence means only one did.", width, 0);
    for (int i = 0; i < fw->domain_count; i++) {
        const Domain *dom = &fw->domains[i];
        if (!d->domains[i].assessed)
            continue;
        visible_line(out, "%s", dom->title);
        for (int c = dom->first; c < dom->first + dom->count; c++) {
            const Score *s = &d->competencies[c];
            if (!s->assessed)
                continue;
            char extra[64];
            snprintf(extra, sizeof extra, ", %d decision%s%s", s->decisions, s->decisions == 1 ? "" : "s",
                     debrief_thin(s) ? " (thin evidence)" : "");
            text_print_score(out, fw->competencies[c].title, s, extra, width);
        }
    }
    int unassessed = 0;
    snprintf(line, sizeof line, "Not assessed on this path: ");
    for (int c = 0; c < fw->competency_count; c++) {
        if (d->competencies[c].assessed)
            continue;
        size_t used = strlen(line);
        snprintf(line + used, sizeof line - used, "%s%s", unassessed++ ? ", " : "", fw->competencies[c].title);
    }
    if (unassessed > 0) {
        strncat(line, ".", sizeof line - strlen(line) - 1);
        text_print_wrapped(out, line, width, 0);
    }

    if (d->strength_count > 0) {
        text_heading(out, "STRONGEST IN THIS PLAYTHROUGH");
        for (int i = 0; i < d->strength_count; i++) {
            const Competency *comp = &fw->competencies[d->strengths[i]];
            char score[32];
            snprintf(line, sizeof line, "- %s (%s)", comp->title,
                     debrief_format(&d->competencies[d->strengths[i]], score, sizeof score));
            text_print_wrapped(out, line, width, 0);
        }
    }
    if (d->growth_count > 0) {
        text_heading(out, "MOST ROOM TO GROW");
        text_print_wrapped(out, "What each looks like when done well:", width, 0);
        for (int i = 0; i < d->growth_count; i++) {
            const Competency *comp = &fw->competencies[d->growth[i]];
            char score[32];
            snprintf(line, sizeof line, "- %s (%s): %s", comp->title,
                     debrief_format(&d->competencies[d->growth[i]], score, sizeof score), comp->description);
            text_print_wrapped(out, line, width, 0);
        }
    }

    if (sc->meter_count > 0) {
        text_heading(out, "FINAL METERS");
        for (int m = 0; m < sc->meter_count; m++) {
            char now[32], start[32];
            snprintf(line, sizeof line, "- %s: %s (started at %s)", sc->meters[m].label,
                     text_number(p->meters[m], now, sizeof now),
                     text_number(sc->meters[m].value, start, sizeof start));
            text_print_wrapped(out, line, width, 0);
        }
    }

    if (sc->reflection_count > 0) {
        text_heading(out, "QUESTIONS TO REFLECT ON");
        for (int i = 0; i < sc->reflection_count; i++) {
            snprintf(line, sizeof line, "%d. %s", i + 1, sc->reflection[i]);
            text_print_wrapped(out, line, width, 0);
        }
    }
    text_heading(out, "BEFORE YOU CLOSE");
    text_print_wrapped(out, sc->closing ? sc->closing : TEXT_DEFAULT_CLOSING, width, 0);
}
