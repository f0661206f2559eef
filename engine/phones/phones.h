/* phones: votes from the participants' phones, over the room's own network.
 *
 * A small HTTP server (libmicrohttpd, in its own thread) serves the page built
 * into the binary and a JSON API under /CODE/. The game thread publishes the
 * current decision and drains the votes that arrived; neither call waits on the
 * network, and both copy: nothing the server holds points into game state.
 * The rules (room code, tokens, one vote per device per decision, limits) are
 * phones_rules.h; joining (addresses, URL, QR code) is phones_join.h; feeding
 * votes into a Room is phones_ballots.h. docs/phones.md has the threat model.
 *
 *   Phones *p;  PhonesOptions o = {.port = 8080};
 *   phones_start(&p, &o, why, sizeof why);          session opens
 *   phones_publish(p, &state);                       each decision, and when voting closes
 *   n = phones_drain(p, votes, PHONES_MAX_DEVICES);  every frame; feed them to the room
 *   phones_stop(p);                                  session closes */
#ifndef LEADSIM_PHONES_H
#define LEADSIM_PHONES_H

#include "phones_rules.h"

typedef struct Phones Phones;

typedef struct {
    int port;                        /* 0: any free port (phones_port says which) */
    const char *bind;                /* an IPv4 or IPv6 address; NULL: every interface, IPv6 and IPv4 */
    const char *room_code;           /* 3-7 letters or digits; NULL: a fresh random one */
    const PhonesLimits *limits;      /* NULL: phones_default_limits() */
    int max_connections;             /* 0: 128 */
} PhonesOptions;

typedef struct {
    int devices;                     /* joined the room */
    int votes_in;                    /* devices with a vote on the current decision (not what they voted) */
    uint32_t serial;                 /* the decision published last */
    unsigned long served, refused;   /* requests answered, refused */
} PhonesStats;

/* Starts serving. 0, or -1 with why (port taken, bad address, no randomness). */
int  phones_start(Phones **out, const PhonesOptions *options, char *why, size_t size);
void phones_stop(Phones *p);                                    /* NULL is fine */
int  phones_publish(Phones *p, const PhoneState *state);        /* copies it; 0, or -1 out of memory */
int  phones_drain(Phones *p, PhoneVote *out, int max);          /* votes that arrived or changed */
PhonesStats phones_stats(Phones *p);
const char *phones_code(const Phones *p);                       /* the room code, e.g. "KXPTW" */
int  phones_port(const Phones *p);                              /* the port it listens on */

#endif
