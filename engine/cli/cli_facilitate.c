/* cli_facilitate: leadsim facilitate ID — a scenario run for a room.
 *
 * In the window (the projector), or with --text in the terminal, where the
 * facilitator types each step; both drive the same room (room.h), saved after
 * every vote and decision. */
#include "cli.h"
#include "phones.h"
#include "phones_ballots.h"
#include "phones_join.h"
#include "visible.h"
#include "paths.h"
#include "report_room.h"
#include "report_text.h"
#include "room_save.h"
#include "save.h"
#include "text_play.h"
#include "ui.h"

#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <poll.h>
#include <time.h>
#include <strings.h>
#include <unistd.h>

static const char facilitate_help[] =
    "usage: leadsim facilitate ID|FILE [options]\n"
    "\n"
    "Run a scenario for a room of 5 to 40 people on a projector: teams, votes, a\n"
    "hidden tally, a discussion timer and a group debrief. The room is saved after\n"
    "every vote and decision; --resume continues after a crash or a closed window.\n"
    "\n"
    "options:\n"
    "  --teams \"Red,Blue\"   teams that vote (up to 8); without, the room votes as\n"
    "                      one and you enter a count per choice\n"
    "  --timer SECONDS     discussion time per decision (default 300; 0 for none)\n"
    "  --leaderboard       rank the teams in the group debrief\n"
    "  --resume            continue the room saved for this scenario\n"
    "  --seed N            seed for the scenario's random events (default: fresh)\n"
    "  --text              run it in the terminal instead of the window\n"
    "  --phones            participants vote from their phones, on this network:\n"
    "                      the address, a QR code and a room code are shown\n"
    "  --port N            the port the phones connect to (default 8080)\n"
    "  --bind ADDRESS      listen on this address only (default: every interface)\n"
    "  --csv FILE          where to write the results (default: the save folder's exports/)\n"
    "  --settings FILE     the settings file (save folder, display)\n"
    "  --screenshot F.bmp  draw the window off screen and save its last frame (with --keys)\n"
    "  --size WxH          the off-screen window's size (default 1280x720)\n"
    "  --keys FILE         drive the off-screen window with a script: one line each, a key\n"
    "                      by name (Return, PageDown, Tab, r, 2; shift+Tab), 'type TEXT',\n"
    "                      'wait S' (S seconds pass on the timer), 'sleep S' (S real\n"
    "                      seconds pass: phones can vote), 'shot F.bmp' (save the\n"
    "                      frame), 'hold' (stop and wait to be killed); '#' comments\n"
    "  --layout FILE       off screen: write the box of every text drawn, as JSON lines\n"
    "  --help              show this help\n"
    "\n"
    "In the window, at a decision: the timer starts when the choices show (T pauses it,\n"
    "A adds 30 seconds). With teams, 1-9 records the selected team's vote and selects the\n"
    "next team; Tab, Left and Right select another (to correct a vote, select the team\n"
    "and type again; 0 clears). Without teams, 1-9 counts a vote for that choice and\n"
    "Shift+1-9 takes one back. R reveals the tally; then Enter takes the highlighted\n"
    "choice (the majority), and 1-9 or the arrows highlight another (a tie, an override).\n"
    "F shows the highlighted choice's feedback now; S shows the scene's notes (with two\n"
    "displays they are always on the presenter's screen). A clicker works throughout:\n"
    "PageUp changes (a team's vote, a count, the pick), PageDown moves on (the next\n"
    "team, Reveal, take it). Esc leaves; the room stays saved.\n"
    "\n"
    "In the terminal, at a decision: 'Red 2' (or '1 2') records team Red's vote for\n"
    "choice 2 (type it again to correct it); without teams, '+2' and '-2' count a\n"
    "vote for choice 2 up and down. 'r' reveals the tally; then Enter takes the\n"
    "majority and 'pick N' takes choice N (on a tie, or to override). 'f' shows a\n"
    "choice's feedback now, 'h' lists the keys, 'q' stops (the room stays saved).\n"
    "\n"
    "exit status: 0 done, 1 scenario or input error, 2 usage error\n";

enum { OPT_TEAMS, OPT_TIMER, OPT_LEADERBOARD, OPT_RESUME, OPT_SEED, OPT_TEXT, OPT_CSV, OPT_SETTINGS,
       OPT_SCREENSHOT, OPT_SIZE, OPT_KEYS, OPT_LAYOUT, OPT_HELP, OPT_PHONES, OPT_PORT, OPT_BIND };
static const CliOption facilitate_options[] = {
    {"--teams", true}, {"--timer", true}, {"--leaderboard", false}, {"--resume", false}, {"--seed", true},
    {"--text", false}, {"--csv", true}, {"--settings", true}, {"--screenshot", true}, {"--size", true},
    {"--keys", true}, {"--layout", true}, {"--help", false}, {"--phones", false}, {"--port", true},
    {"--bind", true}, {NULL, false},
};

typedef struct {
    const char *target, *teams, *csv, *settings, *bind;
    const char *screenshot, *keys, *layout;
    int width, height;
    int timer, port;
    bool leaderboard, resume, text, seeded, phones;
    uint64_t seed;
} FacilitateArgs;

/* ---- the terminal ---------------------------------------------------------------------------------- */

typedef struct {
    Room *room;
    FILE *in, *out;
    int width;
    bool echo;
    Phones *phones;               /* --phones: the server, or NULL */
    PhonesBallots ballots;
    uint32_t serial;              /* the decision published to the phones */
    int published_at;             /* the path length it was published at */
    bool published_open;
    char said[4400];              /* the save problem already reported */
} Console;

/* Tells the phones where the room is: a new decision, or voting closed at the reveal. */
static void console_publish(Console *c)
{
    Room *r = c->room;
    bool open = r->phase == ROOM_VOTING;
    if (c->phones == NULL || (r->session.play.path_count == c->published_at && open == c->published_open))
        return;
    if (r->session.play.path_count != c->published_at) {
        c->serial++;
        phones_ballots_reset(&c->ballots, c->serial);
    }
    PhoneState state;
    phones_state_from_room(r, c->serial, open, &state);
    phones_publish(c->phones, &state);
    c->published_at = r->session.play.path_count;
    c->published_open = open;
}

/* The phones' votes that arrived, into the room; says how many are in when that changed. */
static void console_drain(Console *c)
{
    PhoneVote votes[64];
    int n, changed = 0;
    while (c->phones && (n = phones_drain(c->phones, votes, 64)) > 0)
        changed += phones_ballots_apply(&c->ballots, c->room, votes, n);
    if (changed > 0)
        fprintf(c->out, "\n[Votes in: %d]\n", room_votes_in(c->room));
}

/* Before the reveal: the phones hear voting is closed, then every vote already sent is counted. */
static void console_close_phones(Console *c)
{
    if (c->phones == NULL)
        return;
    PhoneState state;
    phones_state_from_room(c->room, c->serial, false, &state);
    phones_publish(c->phones, &state);
    c->published_open = false;
    console_drain(c);
}

static bool console_read(Console *c, char *buf, size_t size)
{
    if (strcmp(c->room->problem, c->said) != 0) {     /* a save that failed (or works again) is said once */
        if (c->room->problem[0])
            fprintf(stderr, "leadsim: %s\n", c->room->problem);
        snprintf(c->said, sizeof c->said, "%s", c->room->problem);
    }
    fflush(c->out);
    console_publish(c);
    while (c->phones) {                   /* drain the phones while the facilitator thinks */
        struct pollfd fd = {fileno(c->in), POLLIN, 0};
        int ready = poll(&fd, 1, 250);
        console_drain(c);
        if (ready != 0)
            break;
    }
    if (fgets(buf, (int)size, c->in) == NULL)
        return false;
    buf[strcspn(buf, "\r\n")] = '\0';
    if (c->echo)
        fprintf(c->out, "%s\n", buf);
    return true;
}

static void console_scene(Console *c)
{
    const Playthrough *p = &c->room->session.play;
    const Scene *scene = play_scene(p);
    char line[1024];
    fputc('\n', c->out);
    if (scene->title)
        report_text_wrapped(c->out, scene->title, c->width, 0);
    if (p->text && p->text[0])
        report_text_wrapped(c->out, p->text, c->width, 0);
    for (int k = 0; scene->kind == SCENE_DECISION && k < p->shown_count; k++) {
        snprintf(line, sizeof line, "%d. %s", k + 1, play_shown_text(p, k + 1));
        report_text_wrapped(c->out, line, c->width, 2);
    }
    if (scene->kind == SCENE_DECISION && c->room->timer > 0)
        fprintf(c->out, "Discussion: %d:%02d. Votes are hidden until you reveal them.\n", c->room->timer / 60,
                c->room->timer % 60);
}

static void console_tally(Console *c)
{
    const Room *r = c->room;
    const Playthrough *p = &r->session.play;
    bool tied[SCENARIO_MAX_CHOICES];
    int majority = room_majority(r, tied), votes = room_votes_in(r);
    fprintf(c->out, "Votes revealed (%d in):\n", votes);
    for (int k = 0; k < p->shown_count; k++) {
        int n = room_votes_for(r, k + 1);
        fprintf(c->out, "  %d. %3d vote%s %3.0f%%%s\n", k + 1, n, n == 1 ? " " : "s", votes ? 100.0 * n / votes : 0.0,
                majority == k + 1 ? "  <- the majority" : tied[k] ? "  <- tied" : "");
    }
    if (majority)
        fprintf(c->out, "Press Enter to take choice %d, or type 'pick N' to choose another.\n", majority);
    else
        fprintf(c->out, "No majority (a tie, or no votes): type 'pick N' to choose.\n");
}

/* A team by its name or number: the index, or -1. */
static int console_team(const Room *r, const char *word)
{
    char *end;
    long n = strtol(word, &end, 10);
    if (*end == '\0' && n >= 1 && n <= r->team_count)
        return (int)n - 1;
    for (int t = 0; t < r->team_count; t++)
        if (strcasecmp(r->teams[t], word) == 0)
            return t;
    return -1;
}

/* One line at a decision; false when the facilitator stopped or input ended. */
static bool console_decision_line(Console *c, const char *line, bool *stop)
{
    Room *r = c->room;
    char word[64];
    int number = 0;
    if (strcmp(line, "q") == 0) {
        *stop = true;
        return false;
    }
    if (sscanf(line, "f %d", &number) == 1 && play_shown(&r->session.play, number)) {
        const char *feedback = play_shown(&r->session.play, number)->feedback;
        report_text_wrapped(c->out, feedback ? feedback : "(This choice has no feedback.)", c->width, 2);
        return true;
    }
    if (strcmp(line, "r") == 0 && r->phase == ROOM_VOTING) {
        console_close_phones(c);          /* no phone vote may arrive after it is counted */
        room_reveal(r);
        console_tally(c);
        return true;
    }
    if (r->phase == ROOM_REVEALED && (line[0] == '\0' || sscanf(line, "pick %d", &number) == 1)) {
        bool tied[SCENARIO_MAX_CHOICES];
        number = line[0] ? number : room_majority(r, tied);
        if (room_decide(r, number) == 0 || r->session.play.status == PLAY_FAILED)
            return r->session.play.status != PLAY_FAILED;
    } else if ((line[0] == '+' || line[0] == '-') && room_count(r, atoi(line + 1), line[0] == '+' ? 1 : -1)) {
        fprintf(c->out, "Votes in: %d\n", room_votes_in(r));
        return true;
    } else if (sscanf(line, "%63s %d", word, &number) == 2 && console_team(r, word) >= 0 &&
               room_team_vote(r, console_team(r, word), number)) {
        fprintf(c->out, "Votes in: %d of %d teams\n", room_votes_in(r), r->team_count);
        return true;
    }
    int taken = line[0] == '-' ? atoi(line + 1) : 0;
    if (r->phase == ROOM_VOTING && taken >= 1 && taken <= r->session.play.shown_count &&
        r->phone_counts[taken - 1] > 0) {
        fprintf(c->out, "Choice %d's votes are from phones: '-' takes back only the votes entered by hand.\n", taken);
        return true;
    }
    bool tied[SCENARIO_MAX_CHOICES];
    bool majority = r->phase == ROOM_REVEALED && room_majority(r, tied) > 0;
    fprintf(c->out, "%s\n", majority ? "Press Enter to take the majority, or 'pick N'."
            : r->phase == ROOM_REVEALED ? "No majority: type 'pick N' to choose."
            : r->team_count ? "Type a team and a choice ('Red 2'), or r to reveal; h for help."
                            : "Type +N or -N to count a vote for choice N, or r to reveal; h for help.");
    return true;
}

static int console_run(Console *c)
{
    Room *r = c->room;
    char line[256];
    bool stop = false;
    while (r->session.play.status == PLAY_RUNNING && !stop) {
        const Scene *scene = play_scene(&r->session.play);
        int at = r->session.play.path_count;
        console_scene(c);
        while (r->session.play.path_count == at && r->session.play.status == PLAY_RUNNING) {
            fprintf(c->out, scene->kind == SCENE_DECISION ? "> " : "Press Enter to continue: ");
            if (!console_read(c, line, sizeof line)) {
                stop = true;
                break;
            }
            if (strcmp(line, "h") == 0)
                fputs(strstr(facilitate_help, "In the terminal"), c->out);
            else if (scene->kind != SCENE_DECISION && strcmp(line, "q") != 0)
                room_continue(r);
            else if (!console_decision_line(c, line, &stop) && stop)
                break;
            else if (strcmp(line, "q") == 0)
                stop = true;
        }
    }
    if (r->session.play.status == PLAY_FAILED) {
        visible_line(stderr, "%s", r->session.play.error);
        return EXIT_INPUT;
    }
    if (stop) {
        char failed[4400];
        room_flush(r);
        if (r->save_path[0] == '\0' || writer_failed(&r->writer, failed, sizeof failed))
            fprintf(c->out, "\nStopped. The room could NOT be saved: %s\n",
                    r->save_path[0] ? failed : "there is no save folder");
        else
            fprintf(c->out, "\nStopped. The room is saved: leadsim facilitate %s --resume continues it.\n",
                    session_play_name(&r->session));
        return EXIT_OK;
    }
    return EXIT_OK;
}

/* ---- the end: the group debrief and the CSV ------------------------------------------------------------ */

/* Writes the CSV to --csv or <dir>/exports/<id>-room-<time>.csv; `path` says where. 0 or -1. */
static int facilitate_csv(const Room *r, const char *csv_flag, const char *dir, char *path, size_t size)
{
    char stamp[32];
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    if (csv_flag)
        snprintf(path, size, "%s", csv_flag);
    else
        snprintf(path, size, "%s/exports/%s-room-%s.csv", dir, r->session.scenario->id, stamp);
    char folder[4200];
    snprintf(folder, sizeof folder, "%s", path);
    char *slash = strrchr(folder, '/');
    if (slash && slash != folder) {
        *slash = '\0';
        paths_make_dirs(folder);
    }
    FILE *csv = fopen(path, "w");
    if (csv == NULL)
        return -1;
    report_room_csv(csv, r);
    bool failed = ferror(csv) != 0;      /* a full disk shows here, not only at the final flush */
    failed |= fclose(csv) != 0;
    return failed ? -1 : 0;
}

static int facilitate_finish(Room *r, const FacilitateArgs *a, const char *dir, FILE *out, int width)
{
    RoomReport rep;
    if (room_report_build(&rep, r) != 0) {
        fprintf(stderr, "leadsim: out of memory\n");
        return EXIT_INPUT;
    }
    report_room_text(out, &rep, width);
    room_report_free(&rep);
    char path[4200];
    if (facilitate_csv(r, a->csv, dir, path, sizeof path) != 0) {
        fprintf(stderr, "leadsim: %s: the results could not be written\n", path);
        return EXIT_INPUT;
    }
    fprintf(out, "\nResults: %s\n", paths_display(path));
    return EXIT_OK;
}

/* ---- the window ---------------------------------------------------------------------------------------- */

/* The window asks for the results at its group debrief; a plain function pointer, so what it
 * needs is kept here. */
static const FacilitateArgs *window_args;
static char window_dir[4096];

/* The CSV, and beside it (.txt) the group debrief as text, to print or mail. */
static int facilitate_window_export(const Room *r, char *path, size_t size)
{
    if (facilitate_csv(r, window_args->csv, window_dir, path, size) != 0)
        return -1;
    char text[4300];
    snprintf(text, sizeof text, "%s", path);
    char *dot = strrchr(text, '.');
    snprintf(dot && !strchr(dot, '/') ? dot : text + strlen(text), 5, ".txt");
    FILE *out = fopen(text, "w");
    RoomReport rep;
    if (out && room_report_build(&rep, r) == 0) {
        report_room_text(out, &rep, 80);
        room_report_free(&rep);
    }
    if (out == NULL || fclose(out) != 0)
        return -1;
    char shown[4300];
    snprintf(shown, sizeof shown, "%s", paths_display(path));
    snprintf(path, size, "%s", shown);
    return 0;
}

static int facilitate_window(const FacilitateArgs *a, const char *dir)
{
    window_args = a;
    snprintf(window_dir, sizeof window_dir, "%s", dir);
    AppStart start = {.settings_path = a->settings, .scenario = a->target, .seed = a->seeded ? a->seed : 0,
                      .layout_log = a->layout, .resume = a->resume, .facilitate = true, .teams = a->teams,
                      .timer = a->timer, .leaderboard = a->leaderboard, .room_export = facilitate_window_export,
                      .phones = a->phones, .phones_port = a->port, .phones_bind = a->bind};
    if (a->keys)
        return cli_window_script(&start, a->keys, a->screenshot, a->width, a->height);
    return cli_window_run(&start, a->screenshot, a->width, a->height);
}

/* ---- the command ------------------------------------------------------------------------------------------- */

/* --phones: the server, and how to join it, shown to the room. */
static int facilitate_phones(Console *c, const FacilitateArgs *a)
{
    char why[512], addresses[PHONES_MAX_ADDRESSES][PHONES_ADDRESS_SIZE], url[PHONES_URL_SIZE];
    PhonesOptions options = {.port = a->port ? a->port : 8080, .bind = a->bind};
    if (phones_start(&c->phones, &options, why, sizeof why) != 0) {
        fprintf(stderr, "leadsim: votes from phones cannot start: %s\n", why);
        return -1;
    }
    setvbuf(c->in, NULL, _IONBF, 0);     /* so poll sees what is typed */
    int count = a->bind ? 1 : phones_lan_addresses(addresses, PHONES_MAX_ADDRESSES);
    if (a->bind)                         /* listening on one address: that is the one to give */
        snprintf(addresses[0], sizeof addresses[0], strchr(a->bind, ':') ? "[%s]" : "%s", a->bind);
    phones_url(url, sizeof url, count > 0 ? addresses[0] : "127.0.0.1", phones_port(c->phones),
               phones_code(c->phones));
    fprintf(c->out, "Phones: open %s (room code %s) on the same network, or scan:\n", url, phones_code(c->phones));
    PhonesQr qr;
    if (phones_qr_make(&qr, url) == 0) {
        char *text = phones_qr_text(&qr);
        if (text)
            fputs(text, c->out);
        free(text);
        phones_qr_free(&qr);
    }
    for (int i = 1; i < count; i++)
        fprintf(c->out, "Also reachable at http://%s:%d/%s/\n", addresses[i], phones_port(c->phones),
                phones_code(c->phones));
    return 0;
}

static int facilitate_option(FacilitateArgs *a, int k, const char *value)
{
    char *end;
    switch (k) {
    case -3: return EXIT_USAGE;
    case -1:
        if (a->target)
            return cli_usage_error("facilitate", "one scenario at a time ('%s' and '%s')", a->target, value);
        a->target = value;
        return EXIT_OK;
    case OPT_TEAMS: a->teams = value; return EXIT_OK;
    case OPT_TIMER:
        a->timer = (int)strtol(value, &end, 10);
        return !*end && a->timer >= 0 && a->timer <= 3600 ? EXIT_OK
            : cli_usage_error("facilitate", "--timer needs seconds from 0 to 3600, not '%s'", value);
    case OPT_LEADERBOARD: a->leaderboard = true; return EXIT_OK;
    case OPT_RESUME: a->resume = true; return EXIT_OK;
    case OPT_TEXT: a->text = true; return EXIT_OK;
    case OPT_CSV: a->csv = value; return EXIT_OK;
    case OPT_SETTINGS: a->settings = value; return EXIT_OK;
    case OPT_SCREENSHOT: a->screenshot = value; return EXIT_OK;
    case OPT_KEYS: a->keys = value; return EXIT_OK;
    case OPT_LAYOUT: a->layout = value; return EXIT_OK;
    case OPT_SIZE:
        return cli_parse_size(value, &a->width, &a->height) ? EXIT_OK
            : cli_usage_error("facilitate", "--size needs WIDTHxHEIGHT, like 1920x1080; not '%s'", value);
    case OPT_SEED:
        a->seeded = true;
        return cli_parse_seed(value, &a->seed) ? EXIT_OK
            : cli_usage_error("facilitate", "--seed needs a whole number from 0 up, not '%s'", value);
    case OPT_PHONES: a->phones = true; return EXIT_OK;
    case OPT_BIND: a->bind = value; return EXIT_OK;
    case OPT_PORT:
        a->port = (int)strtol(value, &end, 10);
        return !*end && a->port > 0 && a->port < 65536 ? EXIT_OK
            : cli_usage_error("facilitate", "--port needs a port number from 1 to 65535, not '%s'", value);
    case OPT_HELP: fputs(facilitate_help, stdout); return -1;
    }
    return EXIT_OK;
}

/* Opens the room: a fresh one, or the one saved for this scenario (--resume). */
static int facilitate_open(Room *r, const FacilitateArgs *a, const char *dir)
{
    Session probe;
    DiagList diags = {0};
    char why[4400], save[4200];
    if (cli_open_session(&probe, a->target, &diags) != 0) {
        diag_list_free(&diags);
        return EXIT_INPUT;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s", probe.scenario->path);
    room_save_path(dir, probe.scenario->id, save, sizeof save);
    session_close(&probe);
    int opened = a->resume ? room_resume(r, save, &diags, why, sizeof why)
                           : room_open(r, path, a->teams, a->timer, a->leaderboard, &diags, why, sizeof why);
    diag_print_all(stderr, &diags);
    diag_list_free(&diags);
    if (opened != 0) {
        fprintf(stderr, "leadsim: %s\n", why[0] ? why : "the room could not be opened");
        return why[0] && !a->resume ? EXIT_USAGE : EXIT_INPUT;
    }
    if (!a->resume) {
        char note[4600];
        paths_make_dirs(dir);
        if (room_set_aside(save, note, sizeof note) != 0) {   /* never over a room saved before */
            fprintf(stderr, "leadsim: %s\n", note);
            room_close(r);
            return EXIT_INPUT;
        }
        if (note[0])
            fprintf(stderr, "leadsim: %s\n", note);
        room_save_to(r, save);
        if (room_start(r, a->seeded ? a->seed : session_fresh_seed()) != 0) {
            visible_line(stderr, "%s", r->session.play.error);
            room_close(r);
            return EXIT_INPUT;
        }
    }
    if (r->problem[0])
        fprintf(stderr, "leadsim: %s\n", r->problem);
    if (r->resumed_phone_votes > 0)
        fprintf(stderr, "leadsim: %d phone vote%s on this decision %s kept as counts; if those phones vote again, "
                "take back the ones counted twice ('-N')\n", r->resumed_phone_votes,
                r->resumed_phone_votes == 1 ? "" : "s", r->resumed_phone_votes == 1 ? "was" : "were");
    return EXIT_OK;
}

int cli_facilitate(int argc, char **argv)
{
    FacilitateArgs a = {.timer = 300, .width = 1280, .height = 720};
    const char *value;
    int i = 0, k, status = EXIT_OK;
    while (status == EXIT_OK && (k = cli_next(argc, argv, &i, facilitate_options, &value, "facilitate")) != -2)
        status = facilitate_option(&a, k, value);
    if (status != EXIT_OK)
        return status < 0 ? EXIT_OK : status;
    if (a.target == NULL)
        return cli_usage_error("facilitate", "which scenario? give a file or an id, like: leadsim facilitate "
                               "twelve-percent --teams \"Red,Blue\"");
    char dir[4096];
    if (!cli_save_folder(a.settings, dir, sizeof dir)) {
        fprintf(stderr, "leadsim: no save folder: set [folders] saves in settings.ini\n");
        return EXIT_INPUT;
    }
    if (!a.text)
        return facilitate_window(&a, dir);
    Room room;
    if ((status = facilitate_open(&room, &a, dir)) != EXIT_OK)
        return status;
    Console c = {&room, stdin, stdout, text_width(stdout), !isatty(fileno(stdin)), NULL, {0}, 0, -1, false, ""};
    if (a.phones && facilitate_phones(&c, &a) != 0) {
        room_close(&room);
        return EXIT_INPUT;
    }
    status = console_run(&c);
    phones_stop(c.phones);
    if (status == EXIT_OK && room.session.play.status == PLAY_ENDED)
        status = facilitate_finish(&room, &a, dir, stdout, c.width);
    room_close(&room);
    return status;
}
