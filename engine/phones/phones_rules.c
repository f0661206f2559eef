/* phones_rules: the phone server's answers, as pure functions of a request (see the header). */
#include "phones_rules.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include "phones_page.h"
#include "wrap.h"

PhonesLimits phones_default_limits(void)
{
    /* A room is 5-40 people, one phone each, polling once a second: room to spare, not to flood. */
    return (PhonesLimits){.max_devices = 200, .devices_per_address = 4, .connections_per_address = 16,
                          .requests_per_second = 20, .request_burst = 40, .votes_per_second = 2,
                          .vote_burst = 8};
}

bool phones_bucket_take(PhonesBucket *b, double now, double rate, double burst)
{
    if (now > b->last) {
        b->tokens = fmin(burst, b->tokens + (now - b->last) * rate);
        b->last = now;
    }
    if (b->tokens < 1)
        return false;
    b->tokens -= 1;
    return true;
}

/* ---- codes and tokens ------------------------------------------------------------------------ */

/* No I, L, O, U or 0/1 look-alikes: a code read off a projector is typed right the first time. */
static const char phones_code_alphabet[] = "ABCDEFGHJKMNPQRSTVWXYZ";

static int phones_random(void *buf, size_t size)
{
    return getrandom(buf, size, 0) == (ssize_t)size ? 0 : -1;
}

int phones_random_code(char code[PHONES_CODE_SIZE])
{
    unsigned char bytes[PHONES_CODE_LETTERS];
    int letters = (int)sizeof phones_code_alphabet - 1;
    for (int i = 0; i < PHONES_CODE_LETTERS; i++) {
        do {    /* rejection sampling keeps every letter equally likely */
            if (phones_random(&bytes[i], 1) != 0)
                return -1;
        } while (bytes[i] >= 256 / letters * letters);
        code[i] = phones_code_alphabet[bytes[i] % letters];
    }
    code[PHONES_CODE_LETTERS] = '\0';
    return 0;
}

int phones_random_token(unsigned char token[PHONES_TOKEN_BYTES])
{
    return phones_random(token, PHONES_TOKEN_BYTES);
}

void phones_token_hex(const unsigned char token[PHONES_TOKEN_BYTES], char hex[PHONES_TOKEN_HEX])
{
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < PHONES_TOKEN_BYTES; i++) {
        hex[2 * i] = digits[token[i] >> 4];
        hex[2 * i + 1] = digits[token[i] & 15];
    }
    hex[2 * PHONES_TOKEN_BYTES] = '\0';
}

static int phones_hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool phones_token_parse(const char *hex, unsigned char token[PHONES_TOKEN_BYTES])
{
    if (!hex || strlen(hex) != 2 * PHONES_TOKEN_BYTES)
        return false;
    for (int i = 0; i < PHONES_TOKEN_BYTES; i++) {
        int hi = phones_hex_digit(hex[2 * i]), lo = phones_hex_digit(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        token[i] = (unsigned char)(hi << 4 | lo);
    }
    return true;
}

bool phones_token_equal(const unsigned char *a, const unsigned char *b)
{
    unsigned char diff = 0;
    for (int i = 0; i < PHONES_TOKEN_BYTES; i++)
        diff |= a[i] ^ b[i];
    return diff == 0;
}

char *phones_json_harden(char *json)
{
    if (!json)
        return NULL;
    size_t extra = 0, n = 0;
    for (; json[n]; n++)
        extra += json[n] == '<' || json[n] == '>' || json[n] == '&' ? 5 : 0;
    if (extra == 0)
        return json;
    char *out = malloc(n + extra + 1), *o = out;
    if (!out) {
        free(json);
        return NULL;
    }
    /* These bytes occur only inside JSON strings, where \u00XX means the same character. */
    for (const char *s = json; *s; s++) {
        if (*s == '<' || *s == '>' || *s == '&')
            o += sprintf(o, "\\u%04x", (unsigned)*s);
        else
            *o++ = *s;
    }
    *o = '\0';
    free(json);
    return out;
}

/* ---- the room's state ------------------------------------------------------------------------- */

void phones_rules_init(PhonesRules *r, const char *code, const PhonesLimits *limits)
{
    memset(r, 0, sizeof *r);
    r->limits = limits ? *limits : phones_default_limits();
    if (r->limits.max_devices <= 0 || r->limits.max_devices > PHONES_MAX_DEVICES)
        r->limits.max_devices = PHONES_MAX_DEVICES;
    snprintf(r->code, sizeof r->code, "%s", code);
    snprintf(r->home, sizeof r->home, "/%s/", r->code);
}

void phones_rules_free(PhonesRules *r)
{
    free(r->state_json);
    r->state_json = NULL;
}

/* Prose as its author meant it (wrap_normalize: paragraphs, list items, no editor breaks),
 * cut where a phone should stop (at a UTF-8 boundary). */
static cJSON *phones_add_text(cJSON *object, const char *name, const char *raw)
{
    char *text = wrap_normalize(raw ? raw : "");
    if (!text)
        return NULL;
    size_t n = strnlen(text, PHONES_MAX_TEXT);
    while (n == PHONES_MAX_TEXT && n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
        n--;
    text[n] = '\0';
    cJSON *item = cJSON_AddStringToObject(object, name, text);
    free(text);
    return item;
}

static char *phones_render_state(const PhoneState *s)
{
    cJSON *root = cJSON_CreateObject();
    cJSON_AddNumberToObject(root, "serial", s->serial);
    cJSON_AddBoolToObject(root, "open", s->open);
    phones_add_text(root, "title", s->title);
    phones_add_text(root, "text", s->text);
    cJSON *choices = cJSON_AddArrayToObject(root, "choices");
    for (int k = 0; choices && k < s->choice_count; k++) {
        cJSON *choice = cJSON_CreateObject();
        cJSON_AddItemToArray(choices, choice);
        cJSON_AddNumberToObject(choice, "number", k + 1);
        phones_add_text(choice, "text", s->choices[k].text);
    }
    cJSON *teams = cJSON_AddArrayToObject(root, "teams");
    for (int t = 0; teams && t < s->team_count; t++)
        cJSON_AddItemToArray(teams, cJSON_CreateString(s->teams[t] ? s->teams[t] : ""));
    char *json = cJSON_PrintUnformatted(root);
    cJSON_Delete(root);
    return phones_json_harden(json);
}

int phones_rules_publish(PhonesRules *r, const PhoneState *state)
{
    char *json = phones_render_state(state);
    if (!json)
        return -1;
    free(r->state_json);
    r->state_json = json;
    r->serial = state->serial;
    r->open = state->open && state->serial > 0;
    r->choice_count = state->choice_count < 0 ? 0 : state->choice_count;
    if (r->choice_count > SCENARIO_MAX_CHOICES)
        r->choice_count = SCENARIO_MAX_CHOICES;
    r->team_count = state->team_count < 0 ? 0 : state->team_count;
    for (int d = 0; d < r->device_count; d++)
        if (r->devices[d].team >= r->team_count)
            r->devices[d].team = -1;
    return 0;
}

int phones_rules_votes_in(const PhonesRules *r)
{
    int votes = 0;
    for (int d = 0; d < r->device_count; d++)
        votes += r->devices[d].serial == r->serial && r->devices[d].choice > 0;
    return votes;
}

int phones_rules_drain(PhonesRules *r, PhoneVote *out, int max)
{
    int n = 0;
    for (int d = 0; d < r->device_count && n < max; d++) {
        PhonesDevice *device = &r->devices[d];
        if (!device->pending)
            continue;
        device->pending = false;
        phones_token_hex(device->token, out[n].device);
        out[n].team = device->team;
        out[n].serial = device->serial;
        out[n].choice = device->choice;
        n++;
    }
    return n;
}

/* ---- replies ---------------------------------------------------------------------------------- */

void phones_reply_free(PhonesReply *reply)
{
    if (reply->owned)
        free(reply->body);
    memset(reply, 0, sizeof *reply);
}

static void phones_reply_static(PhonesReply *reply, int status, const char *type, const void *body, size_t size)
{
    *reply = (PhonesReply){.status = status, .type = type, .body = (char *)body, .size = size};
}

/* Every refusal is a small JSON object saying why, so the page can tell the person. */
static void phones_refuse(PhonesRules *r, PhonesReply *reply, int status, const char *why)
{
    char *body = malloc(128);
    r->refused++;
    if (!body) {
        phones_reply_static(reply, status, "text/plain; charset=utf-8", "", 0);
        return;
    }
    int n = snprintf(body, 128, "{\"error\":\"%s\"}", why);
    *reply = (PhonesReply){.status = status, .type = "application/json", .body = body, .size = (size_t)n,
                           .owned = true};
}

static void phones_reply_json(PhonesRules *r, PhonesReply *reply, char *json)
{
    if (!json) {
        phones_refuse(r, reply, 503, "out of memory");
        return;
    }
    r->served++;
    *reply = (PhonesReply){.status = 200, .type = "application/json", .body = json, .size = strlen(json),
                           .owned = true};
}

/* ---- who is asking ------------------------------------------------------------------------------ */

static PhonesBucket *phones_address_bucket(PhonesRules *r, const unsigned char address[16], double now)
{
    PhonesAddress *free_slot = NULL, *oldest = &r->addresses[0];
    for (int i = 0; i < PHONES_ADDRESS_SLOTS; i++) {
        PhonesAddress *a = &r->addresses[i];
        if (a->used && memcmp(a->key, address, 16) == 0)
            return &a->bucket;
        if (!a->used && !free_slot)
            free_slot = a;
        if (a->used && a->bucket.last < oldest->bucket.last)
            oldest = a;
    }
    /* Full: the quietest address gives up its slot (and starts again with a full bucket). */
    PhonesAddress *slot = free_slot ? free_slot : oldest;
    slot->used = true;
    memcpy(slot->key, address, 16);
    slot->bucket = (PhonesBucket){.tokens = r->limits.request_burst, .last = now};
    return &slot->bucket;
}

static PhonesDevice *phones_find_device(PhonesRules *r, const char *header)
{
    unsigned char token[PHONES_TOKEN_BYTES];
    if (!phones_token_parse(header, token))
        return NULL;
    for (int d = 0; d < r->device_count; d++)
        if (phones_token_equal(r->devices[d].token, token))
            return &r->devices[d];
    return NULL;
}

/* A Host that is an address or localhost: a page on another site cannot reach us through a
 * name it controls (DNS rebinding). */
static bool phones_host_ok(const char *host)
{
    if (!host || !*host || strlen(host) > 64)
        return false;
    if (strncmp(host, "localhost", 9) == 0 && (host[9] == '\0' || host[9] == ':'))
        return true;
    return strspn(host, "0123456789abcdefABCDEF.:[]") == strlen(host);
}

/* The path after "/CODE/", or NULL when the code is not this room's. Letters in any case. */
static const char *phones_room_path(const PhonesRules *r, const char *path, bool *bare)
{
    size_t n = strlen(r->code);
    *bare = false;
    if (!path || path[0] != '/' || strncasecmp(path + 1, r->code, n) != 0)
        return NULL;
    if (path[1 + n] == '\0') {
        *bare = true;
        return "";
    }
    return path[1 + n] == '/' ? path + 2 + n : NULL;
}

/* ---- the routes --------------------------------------------------------------------------------- */

static cJSON *phones_parse_body(const PhonesRequest *req)
{
    if (!req->content_type || strncasecmp(req->content_type, "application/json", 16) != 0)
        return NULL;
    cJSON *body = cJSON_ParseWithLength(req->body ? req->body : "", req->body_size);
    if (body && !cJSON_IsObject(body)) {
        cJSON_Delete(body);
        return NULL;
    }
    return body;
}

/* An integer field in [lo, hi]; `fallback` when absent. false when present and not such a number. */
static bool phones_int_field(const cJSON *object, const char *name, double lo, double hi, double fallback,
                             double *out)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(object, name);
    if (!item) {
        *out = fallback;
        return true;
    }
    if (!cJSON_IsNumber(item) || item->valuedouble != floor(item->valuedouble) || item->valuedouble < lo ||
        item->valuedouble > hi)
        return false;
    *out = item->valuedouble;
    return true;
}

static char *phones_device_json(const PhonesDevice *device)
{
    char hex[PHONES_TOKEN_HEX], *json = malloc(96);
    phones_token_hex(device->token, hex);
    if (json)
        snprintf(json, 96, "{\"device\":\"%s\",\"team\":%d}", hex, device->team);
    return json;
}

static int phones_devices_from(const PhonesRules *r, const unsigned char address[16])
{
    int n = 0;
    for (int d = 0; d < r->device_count; d++)
        n += memcmp(r->devices[d].address, address, 16) == 0;
    return n;
}

static void phones_join(PhonesRules *r, const PhonesRequest *req, PhonesReply *reply)
{
    cJSON *body = phones_parse_body(req);
    double team;
    bool ok = body && phones_int_field(body, "team", r->team_count > 0 ? 0 : -1, r->team_count - 1, -1, &team);
    cJSON_Delete(body);
    if (!ok || (r->team_count > 0 && team < 0)) {
        phones_refuse(r, reply, 400, r->team_count > 0 ? "choose a team" : "bad request");
        return;
    }
    PhonesDevice *device = phones_find_device(r, req->device);
    if (!device) {  /* a new device, within the room's and the address's limits */
        if (r->device_count >= r->limits.max_devices) {
            phones_refuse(r, reply, 503, "the room is full");
            return;
        }
        if (phones_devices_from(r, req->address) >= r->limits.devices_per_address) {
            phones_refuse(r, reply, 429, "too many devices from this address");
            return;
        }
        device = &r->devices[r->device_count];
        memset(device, 0, sizeof *device);
        if (phones_random_token(device->token) != 0) {
            phones_refuse(r, reply, 503, "no randomness");
            return;
        }
        memcpy(device->address, req->address, 16);
        device->votes = (PhonesBucket){.tokens = r->limits.vote_burst, .last = req->now};
        r->device_count++;
    }
    if (device->team != (int)team && device->choice > 0)
        device->pending = true;   /* its vote now counts for the new team */
    device->team = (int)team;
    phones_reply_json(r, reply, phones_device_json(device));
}

/* Applies the vote rules; NULL when the vote counts, else why not (and its status). */
static const char *phones_vote_refusal(PhonesRules *r, const PhonesRequest *req, PhonesDevice *device,
                                       double serial, double choice, int *status)
{
    *status = 409;
    if (serial != r->serial || r->serial == 0)
        return "not the current decision";
    if (!r->open)
        return "voting is closed";
    *status = 400;
    if (choice < 1 || choice > r->choice_count)
        return "no such choice";
    *status = 429;
    if (!phones_bucket_take(&device->votes, req->now, r->limits.votes_per_second, r->limits.vote_burst))
        return "too many votes, wait a moment";
    return NULL;
}

static void phones_vote(PhonesRules *r, const PhonesRequest *req, PhonesReply *reply)
{
    PhonesDevice *device = phones_find_device(r, req->device);
    if (!device) {
        phones_refuse(r, reply, 403, "unknown device");
        return;
    }
    cJSON *body = phones_parse_body(req);
    double serial, choice;
    bool ok = body && phones_int_field(body, "serial", 0, UINT32_MAX, -1, &serial) &&
              phones_int_field(body, "choice", 0, SCENARIO_MAX_CHOICES, -1, &choice);
    cJSON_Delete(body);
    int status;
    const char *why = ok ? phones_vote_refusal(r, req, device, serial, choice, &status) : "bad request";
    if (why) {
        phones_refuse(r, reply, ok ? status : 400, why);
        return;
    }
    if (device->serial != r->serial || device->choice != (int)choice)
        device->pending = true;
    device->serial = r->serial;
    device->choice = (int)choice;
    char *json = malloc(48);
    if (json)
        snprintf(json, 48, "{\"serial\":%u,\"choice\":%d}", (unsigned)device->serial, device->choice);
    phones_reply_json(r, reply, json);
}

static void phones_state(PhonesRules *r, const PhonesRequest *req, PhonesReply *reply)
{
    const PhonesDevice *device = phones_find_device(r, req->device);
    const char *room = r->state_json ? r->state_json : "{\"serial\":0,\"open\":false,\"choices\":[],\"teams\":[]}";
    size_t size = strlen(room) + 96;
    char *json = malloc(size);
    if (json)
        snprintf(json, size, "{\"joined\":%s,\"team\":%d,\"choice\":%d,\"room\":%s}", device ? "true" : "false",
                 device ? device->team : -1, device && device->serial == r->serial ? device->choice : 0, room);
    phones_reply_json(r, reply, json);
}

static void phones_route(PhonesRules *r, const PhonesRequest *req, const char *rest, PhonesReply *reply)
{
    bool get = req->method == PHONES_GET || req->method == PHONES_HEAD;
    const PhonesAsset *asset = get ? phones_page_asset(rest) : NULL;
    if (asset) {
        r->served++;
        phones_reply_static(reply, 200, asset->type, asset->bytes, asset->size);
    } else if (get && strcmp(rest, "state") == 0) {
        phones_state(r, req, reply);
    } else if (req->method == PHONES_POST && (strcmp(rest, "join") == 0 || strcmp(rest, "vote") == 0)) {
        if (req->body_too_large)
            phones_refuse(r, reply, 413, "request too large");
        else if (strcmp(rest, "join") == 0)
            phones_join(r, req, reply);
        else
            phones_vote(r, req, reply);
    } else {
        phones_refuse(r, reply, get || req->method == PHONES_POST ? 404 : 405, "not found");
    }
}

void phones_rules_handle(PhonesRules *r, const PhonesRequest *req, PhonesReply *reply)
{
    memset(reply, 0, sizeof *reply);
    PhonesBucket *bucket = phones_address_bucket(r, req->address, req->now);
    if (!phones_bucket_take(bucket, req->now, r->limits.requests_per_second, r->limits.request_burst)) {
        phones_refuse(r, reply, 429, "too many requests, slow down");
        return;
    }
    if (req->method == PHONES_OTHER) {
        phones_refuse(r, reply, 405, "method not allowed");
        return;
    }
    if (!phones_host_ok(req->host)) {
        phones_refuse(r, reply, 400, "bad host");
        return;
    }
    bool bare;
    const char *rest = phones_room_path(r, req->path, &bare);
    if (!rest) {
        phones_refuse(r, reply, 404, "no such room: check the address on the screen");
        return;
    }
    if (bare) {  /* "/CODE" typed by hand: the page's relative links need the slash */
        phones_reply_static(reply, 308, "text/plain; charset=utf-8", "", 0);
        reply->location = r->home;
        return;
    }
    phones_route(r, req, rest, reply);
}
