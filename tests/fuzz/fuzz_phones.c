/* fuzz_phones: libFuzzer target for the phone server's request handling (phones_rules_handle).
 * libmicrohttpd parses the HTTP; everything it hands on (method, path, headers, body, address)
 * comes from the fuzzer here. The input is lines:
 *   byte 0: method (low 2 bits), address (next 3 bits), publish a new state first (bit 5),
 *           voting closed (bit 6), the body counts as too large (bit 7)
 *   then "\n"-separated: path, host, content type, device ("@" = a joined device's token), body
 * One room lives across inputs, so sequences (join, vote, change, close) are reached. After
 * each request: the status is one the rules use, a JSON reply parses and holds no '<', and no
 * device has more than one vote. */
#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "phones_rules.h"

static PhonesRules rules;
static char known[PHONES_TOKEN_HEX];
static double clock_now;

static void fuzz_publish(uint32_t serial, bool open, int choices, int teams)
{
    static const char *names[] = {"Red", "<b>Blue</b>", "\"Green\"", "Gold"};
    PhoneState state = {.serial = serial, .open = open, .title = "<title>", .text = "text\n\nmore & <more>",
                        .choice_count = choices, .team_count = teams};
    for (int k = 0; k < choices; k++)
        state.choices[k] = (PhoneChoice){.text = "choice </script>", .id = "c"};
    for (int t = 0; t < teams; t++)
        state.teams[t] = names[t];
    phones_rules_publish(&rules, &state);
}

static void fuzz_init(void)
{
    PhonesLimits limits = phones_default_limits();
    limits.max_devices = 32;
    phones_rules_init(&rules, "FUZZR", &limits);
    fuzz_publish(1, true, 3, 0);
    PhonesRequest join = {.method = PHONES_POST, .path = "/FUZZR/join", .host = "127.0.0.1",
                          .content_type = "application/json", .body = "{}", .body_size = 2};
    PhonesReply reply;
    phones_rules_handle(&rules, &join, &reply);
    memcpy(known, strstr(reply.body, "\"device\":\"") + 10, 32);
    phones_reply_free(&reply);
}

/* The next "\n"-separated field of the input, NUL-terminated in `field`. */
static const uint8_t *fuzz_field(const uint8_t *p, const uint8_t *end, char *field, size_t size)
{
    size_t n = 0;
    while (p < end && *p != '\n') {
        if (n + 1 < size)
            field[n++] = (char)*p;
        p++;
    }
    field[n] = '\0';
    return p < end ? p + 1 : p;
}

static void fuzz_check(const PhonesReply *reply)
{
    static const int statuses[] = {200, 308, 400, 403, 404, 405, 409, 413, 429, 503};
    bool known_status = false;
    for (size_t i = 0; i < sizeof statuses / sizeof statuses[0]; i++)
        known_status = known_status || reply->status == statuses[i];
    if (!known_status)
        abort();
    if (reply->type && strcmp(reply->type, "application/json") == 0) {
        cJSON *json = cJSON_ParseWithLength(reply->body, reply->size);
        if (!json || memchr(reply->body, '<', reply->size))
            abort();
        cJSON_Delete(json);
    }
    if (phones_rules_votes_in(&rules) > rules.device_count)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (rules.code[0] == '\0')
        fuzz_init();
    if (size < 1)
        return 0;
    uint8_t flags = data[0];
    if (flags & 0x20)   /* the game moves on: a new decision, or the same one closed */
        fuzz_publish(rules.serial + (flags & 0x40 ? 0 : 1), !(flags & 0x40), 1 + flags % 9, (flags >> 2) % 5);
    char path[512], host[128], type[128], device[128], body[PHONES_MAX_BODY + 1];
    const uint8_t *p = data + 1, *end = data + size;
    p = fuzz_field(p, end, path, sizeof path);
    p = fuzz_field(p, end, host, sizeof host);
    p = fuzz_field(p, end, type, sizeof type);
    p = fuzz_field(p, end, device, sizeof device);
    size_t body_size = (size_t)(end - p) < PHONES_MAX_BODY ? (size_t)(end - p) : PHONES_MAX_BODY;
    memcpy(body, p, body_size);
    PhonesRequest req = {.method = (PhonesMethod)(flags & 3), .path = path, .host = host[0] ? host : NULL,
                         .content_type = type[0] ? type : NULL,
                         .device = strcmp(device, "@") == 0 ? known : device[0] ? device : NULL,
                         .body = body, .body_size = body_size, .body_too_large = flags & 0x80,
                         .now = clock_now += 0.05};
    req.address[15] = (unsigned char)((flags >> 2) & 7);
    PhonesReply reply;
    phones_rules_handle(&rules, &req, &reply);
    fuzz_check(&reply);
    phones_reply_free(&reply);
    return 0;
}
