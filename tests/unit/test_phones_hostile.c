/* Hostile requests against the real server on 127.0.0.1: raw bytes over sockets, so nothing
 * a client library would tidy up is tidied. Each must be refused with a 4xx (or the connection
 * closed), change nothing, and leave the server answering; no vote may count twice. */
#include "unit.h"
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/time.h>
#include "phones.h"
#include "phones_ballots.h"

typedef struct {
    Phones *phones;
    int port;
    char device[PHONES_TOKEN_HEX];
} Server;

static int connect_local(int port)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    struct timeval two = {.tv_sec = 1};   /* keep-alive replies wait this long for the close */
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &two, sizeof two);
    if (connect(fd, (struct sockaddr *)&addr, sizeof addr) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

/* Sends `raw` as it is and returns the status, 0 when the server closed without a reply. */
static int send_raw(const Server *s, const char *raw, size_t size, char *out, size_t out_size)
{
    int fd = connect_local(s->port);
    assert_true(fd >= 0);
    for (size_t sent = 0; sent < size;) {
        ssize_t n = send(fd, raw + sent, size - sent, MSG_NOSIGNAL);
        if (n <= 0)
            break;   /* the server may close on us mid-way: that is a refusal too */
        sent += (size_t)n;
    }
    static char reply[65536];
    size_t got = 0;
    ssize_t n;
    while (got < sizeof reply - 1 && (n = recv(fd, reply + got, sizeof reply - 1 - got, 0)) > 0)
        got += (size_t)n;
    reply[got] = '\0';
    close(fd);
    if (out && out_size > 0) {
        size_t keep = got < out_size - 1 ? got : out_size - 1;
        memcpy(out, reply, keep);
        out[keep] = '\0';
    }
    int status = 0;
    return sscanf(reply, "HTTP/1.%*d %d", &status) == 1 ? status : 0;
}

static int request(const Server *s, const char *method, const char *path, const char *device, const char *body,
                   char *out, size_t out_size)
{
    char raw[8192];
    int n = snprintf(raw, sizeof raw,
                     "%s %s HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nConnection: close\r\n%s%s%s"
                     "Content-Type: application/json\r\nContent-Length: %zu\r\n\r\n%s",
                     method, path, s->port, device ? "X-Leadsim-Device: " : "", device ? device : "",
                     device ? "\r\n" : "", body ? strlen(body) : 0, body ? body : "");
    assert_true(n > 0 && (size_t)n < sizeof raw);
    return send_raw(s, raw, (size_t)n, out, out_size);
}

static PhoneState hostile_state(uint32_t serial, bool open)
{
    static const char *teams[] = {"Red", "<script>alert(1)</script>", "\"}],\"x\":{\"y\":\"", "Blue&amp;"};
    PhoneState st = {.serial = serial, .open = open, .title = "<img src=x onerror=alert(1)>",
                     .text = "</script><script>alert(2)</script>", .choice_count = 3, .team_count = 4};
    for (int k = 0; k < 3; k++)
        st.choices[k] = (PhoneChoice){.text = "<svg onload=alert(3)>", .id = "c"};
    for (int t = 0; t < 4; t++)
        st.teams[t] = teams[t];
    return st;
}

static int setup(void **state)
{
    static Server s;
    struct rlimit fds;   /* 1,000 client sockets and the server's share this process */
    getrlimit(RLIMIT_NOFILE, &fds);
    fds.rlim_cur = fds.rlim_max < 4096 ? fds.rlim_max : 4096;
    setrlimit(RLIMIT_NOFILE, &fds);
    PhonesOptions options = {.bind = "127.0.0.1", .room_code = "HOSTL"};
    char why[256], out[512];
    assert_int_equal(phones_start(&s.phones, &options, why, sizeof why), 0);
    s.port = phones_port(s.phones);
    PhoneState st = hostile_state(1, true);
    assert_int_equal(phones_publish(s.phones, &st), 0);
    assert_int_equal(request(&s, "POST", "/HOSTL/join", NULL, "{\"team\":1}", out, sizeof out), 200);
    snprintf(s.device, sizeof s.device, "%.32s", strstr(out, "\"device\":\"") + 10);
    *state = &s;
    return 0;
}

static int teardown(void **state)
{
    Server *s = *state;
    phones_stop(s->phones);
    return 0;
}

static void assert_alive(const Server *s)
{
    assert_int_equal(request(s, "GET", "/HOSTL/state", NULL, NULL, NULL, 0), 200);
}

static void test_malformed_http(void **state)
{
    Server *s = *state;
    static const char *raw[] = {
        "GARBAGE\r\n\r\n",
        "GET /HOSTL/state\r\n\r\n",                                  /* no version */
        "GET /HOSTL/state HTTP/1.1\r\n\r\n",                          /* HTTP/1.1 without a Host */
        "GET /HOSTL/state HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n",
        "GET /HOSTL/state HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header Line\r\n\r\n",
        "POST /HOSTL/vote HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -5\r\n\r\n",
        "POST /HOSTL/vote HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 3\r\nContent-Length: 9\r\n\r\nabc",
        "POST /HOSTL/vote HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n",
        "\x00\x01\x02\xff\xfe binary\r\n\r\n",
    };
    for (size_t i = 0; i < sizeof raw / sizeof raw[0]; i++) {
        int status = send_raw(s, raw[i], strlen(raw[i]), NULL, 0);
        if (status != 0 && (status < 400 || status > 499) && status != 505)   /* 505: no such HTTP version */
            fail_msg("request %zu got %d", i, status);
    }
    char big[20000];    /* headers past the 16 KB a connection may use */
    int n = snprintf(big, sizeof big, "GET /HOSTL/state HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ");
    memset(big + n, 'a', sizeof big - (size_t)n - 5);
    memcpy(big + sizeof big - 5, "\r\n\r\n", 5);
    int status = send_raw(s, big, sizeof big - 1, NULL, 0);
    assert_true(status == 0 || (status >= 400 && status <= 499));
    assert_int_equal(phones_stats(s->phones).votes_in, 0);
    assert_alive(s);
}

static void test_wrong_code_tokens_and_methods(void **state)
{
    Server *s = *state;
    char forged[PHONES_TOKEN_HEX], out[4096];
    snprintf(forged, sizeof forged, "%s", s->device);
    forged[31] = forged[31] == '0' ? '1' : '0';
    const char *vote = "{\"serial\":1,\"choice\":2}";
    assert_int_equal(request(s, "POST", "/WRONG/vote", s->device, vote, NULL, 0), 404);
    assert_int_equal(request(s, "POST", "/HOSTL/vote", forged, vote, NULL, 0), 403);
    assert_int_equal(request(s, "POST", "/HOSTL/vote", "../../etc/passwd", vote, NULL, 0), 403);
    assert_int_equal(request(s, "POST", "/HOSTL/vote", NULL, vote, NULL, 0), 403);
    assert_int_equal(request(s, "DELETE", "/HOSTL/state", NULL, NULL, NULL, 0), 405);
    assert_int_equal(request(s, "PUT", "/HOSTL/vote", s->device, vote, NULL, 0), 405);
    assert_int_equal(request(s, "GET", "/HOSTL/../../../etc/passwd", NULL, NULL, out, sizeof out), 404);
    assert_null(strstr(out, "root:"));
    assert_int_equal(request(s, "GET", "/HOSTL/%2e%2e/%2e%2e/etc/passwd", NULL, NULL, NULL, 0), 404);
    assert_int_equal(request(s, "GET", "/etc/passwd", NULL, NULL, NULL, 0), 404);
    assert_int_equal(phones_stats(s->phones).votes_in, 0);
    /* Every reply, a refusal too, carries the strict headers. */
    request(s, "GET", "/WRONG/", NULL, NULL, out, sizeof out);
    assert_non_null(strstr(out, "Content-Security-Policy: default-src 'self'"));
    assert_non_null(strstr(out, "X-Content-Type-Options: nosniff"));
    assert_non_null(strstr(out, "X-Frame-Options: DENY"));
    assert_non_null(strstr(out, "Referrer-Policy: no-referrer"));
    assert_non_null(strstr(out, "Cache-Control: no-store"));
}

static void test_script_in_texts_and_teams(void **state)
{
    Server *s = *state;
    char out[8192];
    assert_int_equal(request(s, "GET", "/HOSTL/state", s->device, NULL, out, sizeof out), 200);
    const char *body = strstr(out, "\r\n\r\n");
    assert_non_null(body);
    assert_null(strchr(body, '<'));
    assert_null(strchr(body, '>'));
    assert_non_null(strstr(body, "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"));
    assert_non_null(strstr(body, "\"\\\"}],\\\"x\\\":{\\\"y\\\":\\\"\""));   /* quotes stay inside the string */
    assert_non_null(strstr(out, "Content-Type: application/json"));
}

static void test_closed_old_and_replayed_votes(void **state)
{
    Server *s = *state;
    static Room room;
    static PhonesBallots ballots;
    DiagList diags = {0};
    char why[256];
    assert_int_equal(room_open(&room, "scripts/scenarios/twelve-percent.lua", "Red,Blue,Green,Gold", 0, false, &diags,
                               why, sizeof why), 0);
    assert_int_equal(room_start(&room, 1), 0);
    phones_ballots_reset(&ballots, 1);
    const char *vote = "{\"serial\":1,\"choice\":2}";
    for (int i = 0; i < 5; i++)   /* the same request sent again and again */
        assert_int_equal(request(s, "POST", "/HOSTL/vote", s->device, vote, NULL, 0), 200);
    PhoneVote votes[PHONES_MAX_DEVICES];
    int n = phones_drain(s->phones, votes, PHONES_MAX_DEVICES);
    assert_int_equal(n, 1);
    phones_ballots_apply(&ballots, &room, votes, n);
    assert_int_equal(room_votes_in(&room), 1);
    assert_int_equal(room.team_votes[1], 2);
    PhoneState closed = hostile_state(1, false);
    phones_publish(s->phones, &closed);
    assert_int_equal(request(s, "POST", "/HOSTL/vote", s->device, "{\"serial\":1,\"choice\":3}", NULL, 0), 409);
    PhoneState next = hostile_state(2, true);
    phones_publish(s->phones, &next);
    assert_int_equal(request(s, "POST", "/HOSTL/vote", s->device, "{\"serial\":1,\"choice\":3}", NULL, 0), 409);
    assert_int_equal(request(s, "POST", "/HOSTL/vote", s->device, "{\"serial\":3,\"choice\":3}", NULL, 0), 409);
    n = phones_drain(s->phones, votes, PHONES_MAX_DEVICES);
    assert_int_equal(n, 0);
    phones_ballots_apply(&ballots, &room, votes, n);
    assert_int_equal(room_votes_in(&room), 1);
    assert_int_equal(room.team_votes[1], 2);
    room_close(&room);
    diag_list_free(&diags);
}

static void test_oversized_bodies(void **state)
{
    Server *s = *state;
    char body[4096];
    memset(body, ' ', sizeof body - 1);
    body[sizeof body - 1] = '\0';
    memcpy(body, "{\"serial\":1,", 12);
    assert_int_equal(request(s, "POST", "/HOSTL/vote", s->device, body, NULL, 0), 413);
    const char *liar = "POST /HOSTL/vote HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                       "Content-Length: 999999999\r\n\r\n{\"serial\":1}";
    assert_int_equal(send_raw(s, liar, strlen(liar), NULL, 0), 413);
    char chunked[8192];   /* no length said, more than allowed sent */
    int n = snprintf(chunked, sizeof chunked, "POST /HOSTL/join HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    for (int i = 0; i < 8; i++)
        n += snprintf(chunked + n, sizeof chunked - (size_t)n, "100\r\n%0256d\r\n", 0);
    n += snprintf(chunked + n, sizeof chunked - (size_t)n, "0\r\n\r\n");
    assert_int_equal(send_raw(s, chunked, (size_t)n, NULL, 0), 413);
    assert_int_equal(phones_stats(s->phones).devices, 1);
    assert_alive(s);
}

/* Opens up to `count` connections at once, without a byte sent. */
static int open_many(const Server *s, int *fds, int count)
{
    int opened = 0;
    for (int i = 0; i < count; i++) {
        fds[i] = socket(AF_INET, SOCK_STREAM, 0);
        if (fds[i] < 0)
            break;
        fcntl(fds[i], F_SETFL, O_NONBLOCK);
        struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((uint16_t)s->port)};
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (connect(fds[i], (struct sockaddr *)&addr, sizeof addr) == 0 || errno == EINPROGRESS)
            opened++;
    }
    return opened;
}

static void test_thousand_connections(void **state)
{
    Server *s = *state;
    static int fds[1000];
    int opened = open_many(s, fds, 1000);
    assert_true(opened > 900);
    usleep(300000);
    /* The server holds at most its limit and closes the rest; none of it is a vote. */
    int answered = 0;
    for (int i = 0; i < 1000; i += 50) {
        char buf[64];
        ssize_t n = recv(fds[i], buf, sizeof buf, MSG_DONTWAIT);
        answered += n == 0;   /* closed by the server */
    }
    for (int i = 0; i < 1000; i++)
        if (fds[i] >= 0)
            close(fds[i]);
    (void)answered;
    usleep(200000);
    for (int i = 0; i < 5; i++)
        assert_alive(s);
    assert_int_equal(phones_stats(s->phones).votes_in, 0);
    assert_int_equal(phones_stats(s->phones).devices, 1);
}

static void test_start_refusals(void **state)
{
    Server *s = *state;
    Phones *other;
    char why[256];
    PhonesOptions taken = {.bind = "127.0.0.1", .port = s->port};
    assert_int_equal(phones_start(&other, &taken, why, sizeof why), -1);
    assert_non_null(strstr(why, "could not listen on 127.0.0.1 port"));
    PhonesOptions bad = {.bind = "not an address"};
    assert_int_equal(phones_start(&other, &bad, why, sizeof why), -1);
    PhonesOptions code = {.bind = "127.0.0.1", .room_code = "../x"};
    assert_int_equal(phones_start(&other, &code, why, sizeof why), -1);
    assert_alive(s);
}

static void test_request_flood(void **state)
{
    Server *s = *state;
    int refused = 0;
    for (int i = 0; i < 80; i++)
        refused += request(s, "GET", "/HOSTL/state", NULL, NULL, NULL, 0) == 429;
    assert_true(refused > 0);
    usleep(1100000);   /* the bucket refills: the same phone is welcome again */
    assert_alive(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_malformed_http),
        cmocka_unit_test(test_wrong_code_tokens_and_methods),
        cmocka_unit_test(test_script_in_texts_and_teams),
        cmocka_unit_test(test_closed_old_and_replayed_votes),
        cmocka_unit_test(test_oversized_bodies),
        cmocka_unit_test(test_thousand_connections),
        cmocka_unit_test(test_start_refusals),
        cmocka_unit_test(test_request_flood),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
