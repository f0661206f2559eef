/* lrs: libcurl for HTTP, the history for the queue; a run is a loop over batches. */
#include "lrs.h"
#include "history.h"

#include <curl/curl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define LRS_BATCH 50            /* statements per request */
#define LRS_TRIES 3             /* requests in one run before the LRS counts as down */
#define LRS_PAUSE_MS 250        /* the first pause between them; it doubles */
#define LRS_RETRY_S 30          /* the first wait before an automatic retry; it doubles, to LRS_RETRY_MAX_S */
#define LRS_RETRY_MAX_S 3600
#define LRS_ANSWER_MAX 4096     /* bytes kept of an answer, for the reason of a refusal */

typedef struct {
    const Settings *settings;
    CURL *curl;
    char url[600];
    atomic_int *cancel;         /* set from another thread: stop what is in flight */
    char answer[LRS_ANSWER_MAX];
    size_t answer_length;
    char error[CURL_ERROR_SIZE];
} Lrs;

typedef enum { SENT_OK, SENT_INVALID, SENT_CONFLICT, SENT_DENIED, SENT_DOWN, SENT_REFUSED } Sent;

static pthread_once_t lrs_once = PTHREAD_ONCE_INIT;
static void lrs_global(void) { curl_global_init(CURL_GLOBAL_DEFAULT); }

static size_t lrs_keep(char *data, size_t size, size_t count, void *ctx)
{
    Lrs *l = ctx;
    size_t n = size * count, room = sizeof l->answer - 1 - l->answer_length;
    memcpy(l->answer + l->answer_length, data, n < room ? n : room);
    l->answer_length += n < room ? n : room;
    l->answer[l->answer_length] = '\0';
    return n;
}

static int lrs_progress(void *ctx, curl_off_t a, curl_off_t b, curl_off_t c, curl_off_t d)
{
    (void)a, (void)b, (void)c, (void)d;
    const Lrs *l = ctx;
    return l->cancel && atomic_load(l->cancel);   /* non-zero aborts the transfer */
}

/* One POST of `body`; what the LRS made of it. l->error or l->answer say more. */
static Sent lrs_post(Lrs *l, const char *body, long *status)
{
    struct curl_slist *headers = curl_slist_append(NULL, "Content-Type: application/json");
    headers = curl_slist_append(headers, "X-Experience-API-Version: 1.0.3");
    CURL *c = l->curl;
    curl_easy_reset(c);
    curl_easy_setopt(c, CURLOPT_URL, l->url);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_HTTPAUTH, (long)CURLAUTH_BASIC);
    curl_easy_setopt(c, CURLOPT_USERNAME, l->settings->lrs_username);
    curl_easy_setopt(c, CURLOPT_PASSWORD, l->settings->lrs_password);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, (long)l->settings->lrs_timeout);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);          /* threads: no SIGALRM for timeouts */
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, lrs_keep);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, l);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, lrs_progress);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, l);
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, l->error);
    l->answer_length = 0;
    l->answer[0] = l->error[0] = '\0';
    CURLcode rc = curl_easy_perform(c);
    curl_slist_free_all(headers);
    *status = 0;
    if (rc != CURLE_OK) {
        if (l->error[0] == '\0')
            snprintf(l->error, sizeof l->error, "%s", curl_easy_strerror(rc));
        return SENT_DOWN;
    }
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, status);
    if (*status >= 200 && *status < 300)
        return SENT_OK;
    if (*status == 400)
        return SENT_INVALID;
    if (*status == 409)
        return SENT_CONFLICT;
    if (*status == 401 || *status == 403)
        return SENT_DENIED;
    return *status == 408 || *status == 429 || *status >= 500 ? SENT_DOWN : SENT_REFUSED;
}

/* Waits ms milliseconds, or less when cancelled. */
static void lrs_pause(const Lrs *l, long ms)
{
    for (long waited = 0; waited < ms && !(l->cancel && atomic_load(l->cancel)); waited += 50)
        nanosleep(&(struct timespec){0, 50 * 1000000L}, NULL);
}

/* lrs_post, tried again with growing pauses while the LRS seems down. */
static Sent lrs_send(Lrs *l, const char *body, long *status)
{
    Sent sent = SENT_DOWN;
    for (int t = 0; t < LRS_TRIES && !(l->cancel && atomic_load(l->cancel)); t++) {
        if (t > 0)
            lrs_pause(l, (long)LRS_PAUSE_MS << (t - 1));
        if ((sent = lrs_post(l, body, status)) != SENT_DOWN)
            break;
    }
    return sent;
}

/* Why sending stopped, in words; never with the URL's credentials (there are none in it) or the password. */
static void lrs_problem(const Lrs *l, Sent sent, long status, LrsReport *r)
{
    if (sent == SENT_DENIED)
        snprintf(r->problem, sizeof r->problem, "the LRS refused leadsim's credentials (HTTP %ld): check [lrs] "
                 "username and password", status);
    else if (sent == SENT_REFUSED)
        snprintf(r->problem, sizeof r->problem, "the LRS answered HTTP %ld: check [lrs] endpoint", status);
    else if (status)
        snprintf(r->problem, sizeof r->problem, "the LRS is failing (HTTP %ld); leadsim will try again", status);
    else
        snprintf(r->problem, sizeof r->problem, "the LRS cannot be reached (%s); leadsim will try again", l->error);
}

/* The LRS's reason for a refusal, on one line and cut short. */
static void lrs_reason(const Lrs *l, char *out, size_t size)
{
    snprintf(out, size, "HTTP 400: %.400s", l->answer[0] ? l->answer : "no reason given");
    for (char *c = out; *c; c++)
        if (*c == '\n' || *c == '\r' || *c == '\t')
            *c = ' ';
}

/* When the next automatic try is due, after `tries` failed ones. */
static long lrs_retry_at(int tries)
{
    long wait = tries >= 7 ? LRS_RETRY_MAX_S : (long)LRS_RETRY_S << tries;
    return (long)time(NULL) + (wait < LRS_RETRY_MAX_S ? wait : LRS_RETRY_MAX_S);
}

static void lrs_postpone(const Lrs *l, History *h, const QueuedStatement *list, int n)
{
    for (int i = 0; i < n; i++)
        history_statement_mark(h, list[i].id, STATEMENT_WAITING, l->error[0] ? l->error : "the LRS was failing",
                               lrs_retry_at(list[i].tries));
}

/* Stopped from outside: nothing is marked, and all of it goes again next time. */
static bool lrs_cancelled(const Lrs *l, LrsReport *r)
{
    if (!(l->cancel && atomic_load(l->cancel)))
        return false;
    snprintf(r->problem, sizeof r->problem, "stopped before the LRS answered");
    return true;
}

/* One statement alone, after its batch was refused. False when the run should stop. */
static bool lrs_one(Lrs *l, History *h, const QueuedStatement *q, LrsReport *r)
{
    long status;
    char reason[512];
    Sent sent = lrs_send(l, q->body, &status);
    if (lrs_cancelled(l, r))
        return false;
    switch (sent) {
    case SENT_OK:
    case SENT_CONFLICT:          /* our id, chosen once: the LRS has this statement already */
        history_statement_mark(h, q->id, STATEMENT_SENT, sent == SENT_CONFLICT ? "the LRS had it already" : NULL, 0);
        r->sent++;
        r->already += sent == SENT_CONFLICT;
        return true;
    case SENT_INVALID:
        lrs_reason(l, reason, sizeof reason);
        history_statement_mark(h, q->id, STATEMENT_INVALID, reason, 0);
        r->invalid++;
        return true;
    case SENT_DOWN:
        lrs_postpone(l, h, q, 1);
        break;
    default:
        break;
    }
    lrs_problem(l, sent, status, r);
    return false;
}

/* A batch in one request; when the LRS refuses it, each statement alone, to find the invalid ones. */
static bool lrs_batch(Lrs *l, History *h, const QueuedStatement *list, int n, LrsReport *r)
{
    size_t size = 3;
    for (int i = 0; i < n; i++)
        size += strlen(list[i].body) + 1;
    char *body = malloc(size);
    if (body == NULL) {
        snprintf(r->problem, sizeof r->problem, "out of memory");
        return false;
    }
    size_t used = 0;
    for (int i = 0; i < n; i++)
        used += (size_t)sprintf(body + used, "%c%s", i ? ',' : '[', list[i].body);
    memcpy(body + used, "]", 2);
    long status;
    Sent sent = lrs_send(l, body, &status);
    free(body);
    if (lrs_cancelled(l, r))
        return false;
    if (sent == SENT_OK) {
        for (int i = 0; i < n; i++)
            history_statement_mark(h, list[i].id, STATEMENT_SENT, NULL, 0);
        r->sent += n;
        return true;
    }
    if (sent == SENT_INVALID || sent == SENT_CONFLICT) {
        for (int i = 0; i < n; i++)
            if (!lrs_one(l, h, &list[i], r))
                return false;
        return true;
    }
    if (sent == SENT_DOWN)
        lrs_postpone(l, h, list, n);
    lrs_problem(l, sent, status, r);
    return false;
}

static int lrs_run(const char *dir, const Settings *settings, bool due_only, atomic_int *cancel, LrsReport *r)
{
    char notice[4400], why[4400];
    memset(r, 0, sizeof *r);
    History *h = history_open(dir, notice, sizeof notice, why, sizeof why);
    if (h == NULL) {
        snprintf(r->problem, sizeof r->problem, "%.500s", why);
        return -1;
    }
    pthread_once(&lrs_once, lrs_global);
    Lrs *l = calloc(1, sizeof *l);
    if (l && (l->curl = curl_easy_init()) != NULL) {
        l->settings = settings;
        l->cancel = cancel;
        size_t n = strlen(settings->lrs_endpoint);
        snprintf(l->url, sizeof l->url, "%s%sstatements", settings->lrs_endpoint,
                 n && settings->lrs_endpoint[n - 1] == '/' ? "" : "/");
        QueuedStatement *list;
        int count;
        while ((count = history_statements(h, STATEMENT_WAITING, due_only, LRS_BATCH, &list)) > 0) {
            bool going = lrs_batch(l, h, list, count, r);
            history_statements_free(list, count);
            if (!going)
                break;
        }
        curl_easy_cleanup(l->curl);
    } else {
        snprintf(r->problem, sizeof r->problem, "libcurl could not start");
    }
    free(l);
    int counts[3];
    history_statement_counts(h, counts);
    r->waiting = counts[STATEMENT_WAITING];
    r->invalid_total = counts[STATEMENT_INVALID];
    history_close(h);
    return r->waiting > 0 ? 1 : 0;
}

int lrs_sync(const char *dir, const Settings *settings, bool due_only, LrsReport *report)
{
    return lrs_run(dir, settings, due_only, NULL, report);
}

/* ---- in the background --------------------------------------------------------------------------- */

struct LrsSync {
    pthread_t thread;
    char dir[4096];
    Settings settings;          /* a copy: the caller's may change while this runs */
    atomic_int cancel;
    atomic_bool done;
    LrsReport report;
};

static void *lrs_thread(void *arg)
{
    LrsSync *s = arg;
    lrs_run(s->dir, &s->settings, true, &s->cancel, &s->report);
    atomic_store(&s->done, true);
    return NULL;
}

LrsSync *lrs_sync_start(const char *dir, const Settings *settings)
{
    LrsSync *s = calloc(1, sizeof *s);
    if (s == NULL)
        return NULL;
    snprintf(s->dir, sizeof s->dir, "%s", dir);
    s->settings = *settings;
    atomic_init(&s->cancel, 0);
    atomic_init(&s->done, false);
    if (pthread_create(&s->thread, NULL, lrs_thread, s) != 0) {
        free(s);
        return NULL;
    }
    return s;
}

bool lrs_sync_done(LrsSync *sync, LrsReport *report)
{
    if (!atomic_load(&sync->done))
        return false;
    *report = sync->report;
    return true;
}

void lrs_sync_finish(LrsSync *sync)
{
    if (sync == NULL)
        return;
    atomic_store(&sync->cancel, 1);
    pthread_join(sync->thread, NULL);
    memset(sync->settings.lrs_password, 0, sizeof sync->settings.lrs_password);
    free(sync);
}
