/* phones_driver: the phone server with a real room behind it, for the browser, load and
 * by-hand tests. It opens a scenario as a room, publishes each decision, feeds drained votes
 * into the room, and takes commands on standard input, one per line:
 *   close   close voting on the current decision
 *   next    close, reveal, take the majority (the first on a tie), publish the next decision
 *   stats   print devices joined and votes in
 *   quit    stop
 * It prints "url URL" first, and at the end (quit, SIGINT/SIGTERM or --seconds) the tally as JSON.
 *
 *   phones_driver SCENARIO [--teams "Red,Blue"] [--port N] [--bind ADDR] [--code CODE]
 *                 [--seconds N] [--loose] [--qr] [--save FILE]
 * --loose lifts the per-address limits, for many simulated phones on 127.0.0.1; --save saves
 * the room after every change, as a facilitated session does. */
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#include "phones.h"
#include "phones_ballots.h"
#include "phones_join.h"

static volatile sig_atomic_t driver_stop = 0;

static void driver_signal(int sig)
{
    (void)sig;
    driver_stop = 1;
}

typedef struct {
    Room room;
    Phones *phones;
    PhonesBallots ballots;
    uint32_t serial;
    double started;                  /* for the CPU share over the run */
    double feed_seconds, feed_max;   /* the game thread's cost: draining and applying votes */
    long feeds;
    FILE *log;                       /* the decisions taken, as JSON lines, for the final tally */
    char *taken;                     /* those lines, in memory */
    size_t taken_size;
} Driver;

static void driver_publish(Driver *d, bool open)
{
    PhoneState state;
    phones_state_from_room(&d->room, d->serial, open, &state);
    phones_publish(d->phones, &state);
}

static double driver_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* What a game frame does with phones: drain, and feed the room. */
static void driver_feed(Driver *d)
{
    double start = driver_now();
    PhoneVote votes[PHONES_MAX_DEVICES];
    int n = phones_drain(d->phones, votes, PHONES_MAX_DEVICES);
    phones_ballots_apply(&d->ballots, &d->room, votes, n);
    double spent = driver_now() - start;
    d->feed_seconds += spent;
    d->feed_max = spent > d->feed_max ? spent : d->feed_max;
    d->feeds++;
}

static void driver_print_counts(FILE *out, const Room *r)
{
    fprintf(out, "\"counts\":[");
    for (int k = 0; k < r->session.play.shown_count; k++)   /* with teams: the teams that voted for it */
        fprintf(out, "%s%d", k ? "," : "", room_votes_for(r, k + 1));
    fprintf(out, "],\"team_votes\":[");
    for (int t = 0; t < r->team_count; t++)
        fprintf(out, "%s%d", t ? "," : "", r->team_votes[t]);
    fprintf(out, "]");
}

/* Moves on through narration to the next decision (or the end), and publishes it open. */
static void driver_to_decision(Driver *d)
{
    for (int guard = 0; guard < 100; guard++) {
        const Scene *scene = play_scene(&d->room.session.play);
        if (!scene || d->room.session.play.status != PLAY_RUNNING || scene->kind == SCENE_DECISION)
            break;
        if (room_continue(&d->room) != 0)
            break;
    }
    d->serial++;
    phones_ballots_reset(&d->ballots, d->serial);
    driver_publish(d, true);
}

static void driver_next(Driver *d)
{
    driver_publish(d, false);
    driver_feed(d);
    fprintf(d->log, "{\"serial\":%u,", (unsigned)d->serial);
    driver_print_counts(d->log, &d->room);
    bool tied[SCENARIO_MAX_CHOICES];
    int number = 0;
    if (room_reveal(&d->room)) {
        number = room_majority(&d->room, tied);
        for (int k = 0; number == 0 && k < SCENARIO_MAX_CHOICES; k++)
            number = tied[k] ? k + 1 : 0;
        if (number == 0)
            number = 1;      /* no votes at all: the first choice */
        room_decide(&d->room, number);
    }
    fprintf(d->log, ",\"taken\":%d},", number);
    fflush(d->log);
    driver_to_decision(d);
    printf("decision %u\n", (unsigned)d->serial);
    fflush(stdout);
}

static void driver_stats(Driver *d)
{
    PhonesStats s = phones_stats(d->phones);
    printf("stats {\"devices\":%d,\"votes_in\":%d,\"room_votes_in\":%d,\"serial\":%u}\n", s.devices, s.votes_in,
           room_votes_in(&d->room), (unsigned)s.serial);
    fflush(stdout);
}

/* One command from standard input; false on quit. */
static bool driver_command(Driver *d, const char *line)
{
    if (strncmp(line, "close", 5) == 0) {
        driver_publish(d, false);
        printf("closed %u\n", (unsigned)d->serial);
        fflush(stdout);
    } else if (strncmp(line, "next", 4) == 0) {
        driver_next(d);
    } else if (strncmp(line, "stats", 5) == 0) {
        driver_feed(d);
        driver_stats(d);
    } else if (strncmp(line, "quit", 4) == 0) {
        return false;
    }
    return true;
}

static void driver_final(Driver *d)
{
    driver_feed(d);
    PhonesStats s = phones_stats(d->phones);
    fflush(d->log);
    printf("tally {\"decisions\":[%.*s{\"serial\":%u,", (int)d->taken_size, d->taken, (unsigned)d->serial);
    driver_print_counts(stdout, &d->room);
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    double cpu = (double)usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + (double)usage.ru_stime.tv_sec +
                 usage.ru_stime.tv_usec / 1e6;
    printf(",\"taken\":0}],\"devices\":%d,\"votes_in\":%d,\"room_votes_in\":%d,\"served\":%lu,\"refused\":%lu,"
           "\"feed_us_mean\":%.2f,\"feed_us_max\":%.1f,\"cpu_s\":%.3f,\"wall_s\":%.3f}\n",
           s.devices, s.votes_in, room_votes_in(&d->room), s.served, s.refused,
           d->feeds ? d->feed_seconds / d->feeds * 1e6 : 0, d->feed_max * 1e6, cpu, driver_now() - d->started);
    fflush(stdout);
}

static void driver_print_join(Driver *d, const char *bind, bool qr)
{
    char addresses[PHONES_MAX_ADDRESSES][PHONES_ADDRESS_SIZE], url[PHONES_URL_SIZE];
    bool everywhere = !bind || strcmp(bind, "0.0.0.0") == 0;
    int n = everywhere ? phones_lan_addresses(addresses, PHONES_MAX_ADDRESSES) : 0;
    phones_url(url, sizeof url, n > 0 ? addresses[0] : everywhere ? "127.0.0.1" : bind, phones_port(d->phones),
               phones_code(d->phones));
    printf("url %s\n", url);
    for (int i = 1; i < n; i++) {
        char other[PHONES_URL_SIZE];
        phones_url(other, sizeof other, addresses[i], phones_port(d->phones), phones_code(d->phones));
        printf("also %s\n", other);
    }
    PhonesQr code;
    if (qr && phones_qr_make(&code, url) == 0) {
        char *text = phones_qr_text(&code);
        fprintf(stderr, "%s", text ? text : "");
        free(text);
        phones_qr_free(&code);
    }
    fflush(stdout);
}

static void driver_loop(Driver *d, double seconds)
{
    struct timespec start, now;
    clock_gettime(CLOCK_MONOTONIC, &start);
    char line[256];
    bool input = true;
    while (!driver_stop) {
        struct pollfd fd = {.fd = 0, .events = POLLIN};
        if (input && poll(&fd, 1, 20) > 0) {
            if (!fgets(line, sizeof line, stdin))
                input = false;     /* no more commands: run on until the time or a signal */
            else if (!driver_command(d, line))
                break;
        } else if (!input) {
            usleep(20000);
        }
        driver_feed(d);           /* as a game frame would */
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (seconds > 0 && (now.tv_sec - start.tv_sec) + (now.tv_nsec - start.tv_nsec) / 1e9 >= seconds)
            break;
    }
}

int main(int argc, char **argv)
{
    const char *teams = NULL, *bind = "127.0.0.1", *code = NULL, *save = NULL;
    PhonesOptions options = {0};
    PhonesLimits loose = phones_default_limits();
    double seconds = 0;
    bool qr = false;
    for (int i = 2; i < argc; i++) {
        const char *next = i + 1 < argc ? argv[i + 1] : "";
        if (strcmp(argv[i], "--teams") == 0) teams = next, i++;
        else if (strcmp(argv[i], "--port") == 0) options.port = atoi(next), i++;
        else if (strcmp(argv[i], "--bind") == 0) bind = next, i++;
        else if (strcmp(argv[i], "--code") == 0) code = next, i++;
        else if (strcmp(argv[i], "--seconds") == 0) seconds = atof(next), i++;
        else if (strcmp(argv[i], "--save") == 0) save = next, i++;
        else if (strcmp(argv[i], "--qr") == 0) qr = true;
        else if (strcmp(argv[i], "--loose") == 0) {
            loose.devices_per_address = loose.connections_per_address = PHONES_MAX_DEVICES;
            loose.requests_per_second = loose.request_burst = 100000;
            options.limits = &loose;
        }
    }
    if (argc < 2) {
        fprintf(stderr, "usage: phones_driver SCENARIO [--teams LIST] [--port N] [--bind ADDR] [--code CODE] "
                        "[--seconds N] [--loose] [--qr]\n");
        return 2;
    }
    static Driver d;
    DiagList diags = {0};
    char why[512];
    if (room_open(&d.room, argv[1], teams, 0, false, &diags, why, sizeof why) != 0 || room_start(&d.room, 1) != 0) {
        fprintf(stderr, "phones_driver: cannot open %s as a room %s\n", argv[1], why);
        return 1;
    }
    if (save)
        room_save_to(&d.room, save);
    options.bind = bind = *bind ? bind : NULL;   /* --bind "": every interface */
    options.room_code = code;
    if (phones_start(&d.phones, &options, why, sizeof why) != 0) {
        fprintf(stderr, "phones_driver: %s\n", why);
        return 1;
    }
    d.log = open_memstream(&d.taken, &d.taken_size);
    signal(SIGINT, driver_signal);
    signal(SIGTERM, driver_signal);
    d.started = driver_now();
    driver_to_decision(&d);
    driver_print_join(&d, bind, qr);
    driver_loop(&d, seconds);
    driver_final(&d);
    phones_stop(d.phones);
    fclose(d.log);
    free(d.taken);
    room_close(&d.room);
    diag_list_free(&diags);
    return 0;
}
