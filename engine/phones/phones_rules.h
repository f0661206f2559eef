/* phones_rules: what the phone server answers, without any networking.
 *
 * One request in (method, path, a few headers, a bounded body, who sent it and
 * when), one reply out. The room code, device tokens, the one-vote-per-device
 * rule, the current decision, rate limits and JSON escaping all live here, so
 * the unit tests and the fuzz target reach every rule without a socket;
 * phones.c only moves bytes between libmicrohttpd and these calls. Not
 * thread-safe: phones.c holds its mutex around every call. */
#ifndef LEADSIM_PHONES_RULES_H
#define LEADSIM_PHONES_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "room.h"

#define PHONES_TOKEN_BYTES 16        /* 128 random bits per device */
#define PHONES_TOKEN_HEX 33          /* as 32 hex digits and a NUL */
#define PHONES_CODE_LETTERS 5
#define PHONES_CODE_SIZE 8
#define PHONES_MAX_DEVICES 256
#define PHONES_MAX_BODY 512          /* a join or a vote is a few dozen bytes */
#define PHONES_ADDRESS_SLOTS 512
#define PHONES_MAX_TEXT 8000         /* a scene's text is cut here on the phone */

typedef struct {
    int max_devices;                 /* devices that may join the room (<= PHONES_MAX_DEVICES) */
    int devices_per_address;         /* devices joined from one network address */
    int connections_per_address;     /* open connections from one address (phones.c) */
    double requests_per_second;      /* per address, any request */
    double request_burst;
    double votes_per_second;         /* per device */
    double vote_burst;
} PhonesLimits;

PhonesLimits phones_default_limits(void);

typedef struct { double tokens, last; } PhonesBucket;
/* Takes one token if there is one, refilling at `rate` per second up to `burst`. */
bool phones_bucket_take(PhonesBucket *b, double now, double rate, double burst);

typedef struct {
    unsigned char token[PHONES_TOKEN_BYTES];
    unsigned char address[16];       /* where it joined from, for devices_per_address */
    int team;                        /* -1: none */
    uint32_t serial;                 /* the decision its vote is for */
    int choice;                      /* 0: no vote */
    bool pending;                    /* not drained yet */
    PhonesBucket votes;
} PhonesDevice;

typedef struct {
    unsigned char key[16];
    PhonesBucket bucket;
    bool used;
} PhonesAddress;

/* The vote the game thread drains: copies only. */
typedef struct {
    char device[PHONES_TOKEN_HEX];
    int team;                        /* -1: none */
    uint32_t serial;
    int choice;                      /* from 1 */
} PhoneVote;

typedef struct {
    const char *text;
    const char *id;                  /* the choice's id, or NULL */
} PhoneChoice;

/* The current decision, as the game thread publishes it. serial 0: nothing to vote on yet. */
typedef struct {
    uint32_t serial;
    bool open;                       /* voting is open */
    const char *title, *text;
    PhoneChoice choices[SCENARIO_MAX_CHOICES];
    int choice_count;
    const char *teams[ROOM_MAX_TEAMS];
    int team_count;
} PhoneState;

typedef struct {
    PhonesLimits limits;
    char code[PHONES_CODE_SIZE];
    char home[PHONES_CODE_SIZE + 2];  /* "/CODE/" */
    PhonesDevice devices[PHONES_MAX_DEVICES];
    int device_count;
    PhonesAddress addresses[PHONES_ADDRESS_SLOTS];
    uint32_t serial;
    bool open;
    int choice_count, team_count;
    char *state_json;                /* the published state, rendered once */
    unsigned long served, refused;
} PhonesRules;

typedef enum { PHONES_GET, PHONES_HEAD, PHONES_POST, PHONES_OTHER } PhonesMethod;

typedef struct {
    PhonesMethod method;
    const char *path;                /* as libmicrohttpd gives it: no query string */
    const char *host;                /* the Host header, or NULL */
    const char *content_type;        /* or NULL */
    const char *device;              /* the X-Leadsim-Device header, or NULL */
    const char *body;                /* not NUL-terminated */
    size_t body_size;
    bool body_too_large;             /* more than PHONES_MAX_BODY arrived */
    unsigned char address[16];       /* the client's address (IPv4 as ::ffff:a.b.c.d) */
    double now;                      /* seconds, from any steady clock */
} PhonesRequest;

typedef struct {
    int status;
    const char *type;                /* Content-Type */
    const char *location;            /* a redirect's target, or NULL */
    char *body;                      /* owned when `owned`, else static */
    size_t size;
    bool owned;
} PhonesReply;

/* A fresh room code (letters no one misreads) and a fresh device token. 0, or -1 without randomness. */
int  phones_random_code(char code[PHONES_CODE_SIZE]);
int  phones_random_token(unsigned char token[PHONES_TOKEN_BYTES]);
void phones_token_hex(const unsigned char token[PHONES_TOKEN_BYTES], char hex[PHONES_TOKEN_HEX]);
bool phones_token_parse(const char *hex, unsigned char token[PHONES_TOKEN_BYTES]); /* exactly 32 hex digits */
bool phones_token_equal(const unsigned char *a, const unsigned char *b);          /* in constant time */

/* JSON text made safe to sit anywhere in a page: <, > and & as \u escapes, in place or grown. */
char *phones_json_harden(char *json);

void phones_rules_init(PhonesRules *r, const char *code, const PhonesLimits *limits);
void phones_rules_free(PhonesRules *r);
int  phones_rules_publish(PhonesRules *r, const PhoneState *state);  /* 0, or -1 out of memory */
void phones_rules_handle(PhonesRules *r, const PhonesRequest *req, PhonesReply *reply);
void phones_reply_free(PhonesReply *reply);
int  phones_rules_drain(PhonesRules *r, PhoneVote *out, int max);    /* pending votes, oldest device first */
int  phones_rules_votes_in(const PhonesRules *r);                    /* devices with a vote on this decision */

#endif
