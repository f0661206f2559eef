/* phones: libmicrohttpd on one side, phones_rules on the other, a mutex between them and the
 * game thread. MHD parses HTTP; this file only gathers what the rules need and sends their reply. */
#include "phones.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

struct Phones {
    struct MHD_Daemon *daemon;
    pthread_mutex_t lock;            /* guards rules: the server thread and the game thread */
    PhonesRules rules;
    int port;
};

/* One request's gathered body; MHD hands it over in pieces. */
typedef struct {
    char body[PHONES_MAX_BODY];
    size_t size;
    bool too_large;
} PhonesUpload;

static double phones_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The client's address as 16 bytes; IPv4 as ::ffff:a.b.c.d, so one table holds both. */
static void phones_client_address(struct MHD_Connection *connection, unsigned char out[16])
{
    const union MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    memset(out, 0, 16);
    if (!info || !info->client_addr)
        return;
    if (info->client_addr->sa_family == AF_INET) {
        const struct sockaddr_in *v4 = (const struct sockaddr_in *)(const void *)info->client_addr;
        out[10] = out[11] = 0xff;
        memcpy(out + 12, &v4->sin_addr, 4);
    } else if (info->client_addr->sa_family == AF_INET6) {
        const struct sockaddr_in6 *v6 = (const struct sockaddr_in6 *)(const void *)info->client_addr;
        memcpy(out, &v6->sin6_addr, 16);
    }
}

static PhonesMethod phones_method(const char *method)
{
    if (strcmp(method, MHD_HTTP_METHOD_GET) == 0)
        return PHONES_GET;
    if (strcmp(method, MHD_HTTP_METHOD_HEAD) == 0)
        return PHONES_HEAD;
    return strcmp(method, MHD_HTTP_METHOD_POST) == 0 ? PHONES_POST : PHONES_OTHER;
}

/* The same strict headers on every reply, refusals included. */
static void phones_add_headers(struct MHD_Response *response, const PhonesReply *reply)
{
    static const char *const headers[][2] = {
        {"Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"},
        {"X-Content-Type-Options", "nosniff"},
        {"X-Frame-Options", "DENY"},
        {"Referrer-Policy", "no-referrer"},
        {"Cache-Control", "no-store"},
        {"Cross-Origin-Resource-Policy", "same-origin"},
    };
    for (size_t i = 0; i < sizeof headers / sizeof headers[0]; i++)
        MHD_add_response_header(response, headers[i][0], headers[i][1]);
    MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_TYPE, reply->type ? reply->type : "text/plain");
    if (reply->location)
        MHD_add_response_header(response, MHD_HTTP_HEADER_LOCATION, reply->location);
}

static enum MHD_Result phones_respond(Phones *p, struct MHD_Connection *connection, const char *url,
                                      const char *method, const PhonesUpload *upload)
{
    PhonesRequest req = {
        .method = phones_method(method),
        .path = url,
        .host = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_HOST),
        .content_type = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE),
        .device = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, "X-Leadsim-Device"),
        .body = upload ? upload->body : NULL,
        .body_size = upload ? upload->size : 0,
        .body_too_large = upload && upload->too_large,
        .now = phones_now(),
    };
    phones_client_address(connection, req.address);
    PhonesReply reply;
    pthread_mutex_lock(&p->lock);
    phones_rules_handle(&p->rules, &req, &reply);
    pthread_mutex_unlock(&p->lock);
    /* The reply is this request's own copy (or a static page file): safe outside the lock. */
    struct MHD_Response *response = MHD_create_response_from_buffer(
        reply.size, reply.body, reply.owned ? MHD_RESPMEM_MUST_FREE : MHD_RESPMEM_PERSISTENT);
    if (!response) {
        phones_reply_free(&reply);
        return MHD_NO;
    }
    phones_add_headers(response, &reply);
    enum MHD_Result result = MHD_queue_response(connection, (unsigned)reply.status, response);
    MHD_destroy_response(response);
    return result;
}

static bool phones_declares_too_much(struct MHD_Connection *connection)
{
    const char *length = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
    return length && strtoull(length, NULL, 10) > PHONES_MAX_BODY;
}

static enum MHD_Result phones_answer(void *cls, struct MHD_Connection *connection, const char *url,
                                     const char *method, const char *version, const char *upload_data,
                                     size_t *upload_data_size, void **con_cls)
{
    (void)version;
    Phones *p = cls;
    PhonesUpload *upload = *con_cls;
    if (!upload) {  /* the headers are in; the body, if any, comes next */
        upload = calloc(1, sizeof *upload);
        if (!upload)
            return MHD_NO;
        *con_cls = upload;
        /* Refused before it is read (and the connection closed): a body that says it is too large.
         * Everything else is answered on the next call, so the connection can be kept alive. */
        upload->too_large = phones_declares_too_much(connection);
        return upload->too_large ? phones_respond(p, connection, url, method, upload) : MHD_YES;
    }
    if (*upload_data_size > 0) {
        if (upload->size + *upload_data_size > sizeof upload->body)
            upload->too_large = true;
        else
            memcpy(upload->body + upload->size, upload_data, *upload_data_size);
        upload->size += upload->too_large ? 0 : *upload_data_size;
        *upload_data_size = 0;
        return MHD_YES;
    }
    return phones_respond(p, connection, url, method, upload);
}

static void phones_completed(void *cls, struct MHD_Connection *connection, void **con_cls,
                             enum MHD_RequestTerminationCode code)
{
    (void)cls, (void)connection, (void)code;
    free(*con_cls);
    *con_cls = NULL;
}

/* ---- start and stop ------------------------------------------------------------------------------ */

typedef union {
    struct sockaddr any;
    struct sockaddr_in v4;
    struct sockaddr_in6 v6;
} PhonesSockaddr;

/* The address to listen on. No bind address: every interface, IPv6 and IPv4 on one socket
 * (*dual), since phones may reach the laptop by either. */
static int phones_bind_address(const PhonesOptions *o, PhonesSockaddr *addr, bool *v6, bool *dual)
{
    memset(addr, 0, sizeof *addr);
    *v6 = *dual = false;
    if (!o->bind || !*o->bind) {
        addr->v6.sin6_family = AF_INET6;
        addr->v6.sin6_addr = in6addr_any;
        addr->v6.sin6_port = htons((uint16_t)o->port);
        *v6 = *dual = true;
        return 0;
    }
    if (inet_pton(AF_INET, o->bind, &addr->v4.sin_addr) == 1) {
        addr->v4.sin_family = AF_INET;
        addr->v4.sin_port = htons((uint16_t)o->port);
        return 0;
    }
    if (inet_pton(AF_INET6, o->bind, &addr->v6.sin6_addr) == 1) {
        addr->v6.sin6_family = AF_INET6;
        addr->v6.sin6_port = htons((uint16_t)o->port);
        *v6 = true;
        return 0;
    }
    return -1;
}

static int phones_listening_port(struct MHD_Daemon *daemon)
{
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(daemon, MHD_DAEMON_INFO_LISTEN_FD);
    PhonesSockaddr addr;
    socklen_t size = sizeof addr;
    if (!info || getsockname(info->listen_fd, &addr.any, &size) != 0)
        return -1;
    return ntohs(addr.any.sa_family == AF_INET6 ? addr.v6.sin6_port : addr.v4.sin_port);
}

static struct MHD_Daemon *phones_daemon(Phones *p, const PhonesOptions *o, const PhonesSockaddr *addr, bool v6,
                                        bool dual)
{
    unsigned flags = MHD_USE_AUTO_INTERNAL_THREAD | (dual ? MHD_USE_DUAL_STACK : v6 ? MHD_USE_IPv6 : 0);
    /* Headers and URL must fit in 16 KB (MHD answers more with an error); idle connections go
     * after 10 s, so slow or silent clients cannot hold the slots. */
    return MHD_start_daemon(flags, (uint16_t)o->port, NULL, NULL, phones_answer, p,
                            MHD_OPTION_SOCK_ADDR, &addr->any,
                            MHD_OPTION_CONNECTION_LIMIT, (unsigned)(o->max_connections > 0 ? o->max_connections : 128),
                            MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)p->rules.limits.connections_per_address,
                            MHD_OPTION_CONNECTION_TIMEOUT, 10u,
                            MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)16384,
                            MHD_OPTION_NOTIFY_COMPLETED, phones_completed, NULL,
                            MHD_OPTION_END);
}

static bool phones_code_ok(const char *code)
{
    size_t n = strlen(code);
    for (size_t i = 0; i < n; i++)
        if (!((code[i] >= 'A' && code[i] <= 'Z') || (code[i] >= 'a' && code[i] <= 'z') || (code[i] >= '0' && code[i] <= '9')))
            return false;
    return n >= 3 && n < PHONES_CODE_SIZE;
}

int phones_start(Phones **out, const PhonesOptions *o, char *why, size_t size)
{
    *out = NULL;
    char code[PHONES_CODE_SIZE];
    PhonesSockaddr addr;
    bool v6, dual;
    if (phones_bind_address(o, &addr, &v6, &dual) != 0) {
        snprintf(why, size, "'%s' is not an IPv4 or IPv6 address", o->bind);
        return -1;
    }
    if (o->room_code && !phones_code_ok(o->room_code)) {
        snprintf(why, size, "a room code is 3 to 7 letters or digits");
        return -1;
    }
    if (o->room_code ? snprintf(code, sizeof code, "%s", o->room_code) < 1 : phones_random_code(code) != 0) {
        snprintf(why, size, "could not make a room code");
        return -1;
    }
    Phones *p = calloc(1, sizeof *p);
    if (!p) {
        snprintf(why, size, "out of memory");
        return -1;
    }
    pthread_mutex_init(&p->lock, NULL);
    phones_rules_init(&p->rules, code, o->limits);
    p->daemon = phones_daemon(p, o, &addr, v6, dual);
    if (!p->daemon && dual) {   /* a machine without IPv6: every IPv4 interface */
        addr = (PhonesSockaddr){.v4 = {.sin_family = AF_INET, .sin_port = htons((uint16_t)o->port)}};
        p->daemon = phones_daemon(p, o, &addr, false, false);
    }
    if (!p->daemon) {
        snprintf(why, size, "could not listen on %s port %d (is another program using it?)",
                 o->bind && *o->bind ? o->bind : "every interface", o->port);
        phones_stop(p);
        return -1;
    }
    p->port = phones_listening_port(p->daemon);
    *out = p;
    return 0;
}

void phones_stop(Phones *p)
{
    if (!p)
        return;
    if (p->daemon)
        MHD_stop_daemon(p->daemon);   /* joins the server thread: no callback runs after this */
    phones_rules_free(&p->rules);
    pthread_mutex_destroy(&p->lock);
    free(p);
}

int phones_publish(Phones *p, const PhoneState *state)
{
    pthread_mutex_lock(&p->lock);
    int result = phones_rules_publish(&p->rules, state);
    pthread_mutex_unlock(&p->lock);
    return result;
}

int phones_drain(Phones *p, PhoneVote *out, int max)
{
    pthread_mutex_lock(&p->lock);
    int n = phones_rules_drain(&p->rules, out, max);
    pthread_mutex_unlock(&p->lock);
    return n;
}

PhonesStats phones_stats(Phones *p)
{
    pthread_mutex_lock(&p->lock);
    PhonesStats stats = {.devices = p->rules.device_count, .votes_in = phones_rules_votes_in(&p->rules),
                         .serial = p->rules.serial, .served = p->rules.served, .refused = p->rules.refused};
    pthread_mutex_unlock(&p->lock);
    return stats;
}

const char *phones_code(const Phones *p)
{
    return p->rules.code;   /* set once at start, never written after */
}

int phones_port(const Phones *p)
{
    return p->port;
}
