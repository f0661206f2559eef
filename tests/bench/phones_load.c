/* phones_load: simulated phones against phones_driver on loopback, as make bench runs it.
 * Each phone joins, polls the room's state once a second on a kept-alive connection, votes
 * once early and changes its vote once later. At the end it prints the latency percentiles and
 * the tally the accepted votes add up to, for run.sh to compare with the driver's.
 *   phones_load PORT CODE PHONES SECONDS
 * A test client: it reads only what our own server sends (a Content-Length on every reply). */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MAX_SAMPLES 200000

static int port, phones, seconds;
static char code[16];
static double *samples;
static int sample_count, failures;
static int final_votes[10];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int connect_local(void)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0), one = 1;
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (connect(fd, (struct sockaddr *)&addr, sizeof addr) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

/* One request on the phone's connection (reconnecting when the server closed it); the status. */
static int exchange(int *fd, const char *method, const char *path, const char *device, const char *body,
                    char *out, size_t size)
{
    char req[1024], buf[16384];
    int n = snprintf(req, sizeof req, "%s /%s/%s HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n%s%s%s"
                     "Content-Type: application/json\r\nContent-Length: %zu\r\n\r\n%s",
                     method, code, path, port, device ? "X-Leadsim-Device: " : "", device ? device : "",
                     device ? "\r\n" : "", body ? strlen(body) : 0, body ? body : "");
    for (int attempt = 0; attempt < 2; attempt++) {
        if (*fd < 0 && (*fd = connect_local()) < 0)
            return 0;
        size_t got = 0;
        char *end = NULL;
        if (send(*fd, req, (size_t)n, MSG_NOSIGNAL) == n) {
            ssize_t r;
            long length = -1;
            while (got < sizeof buf - 1 && (r = recv(*fd, buf + got, sizeof buf - 1 - got, 0)) > 0) {
                got += (size_t)r;
                buf[got] = '\0';
                if (!end && (end = strstr(buf, "\r\n\r\n")) != NULL) {
                    char *cl = strstr(buf, "Content-Length: ");
                    length = cl ? strtol(cl + 16, NULL, 10) : 0;
                }
                if (end && (long)(got - (size_t)(end + 4 - buf)) >= length)
                    break;
            }
        }
        if (end) {
            int status = 0;
            sscanf(buf, "HTTP/1.1 %d", &status);
            snprintf(out, size, "%s", end + 4);
            if (strstr(buf, "Connection: close")) {
                close(*fd);
                *fd = -1;
            }
            return status;
        }
        close(*fd);    /* closed while idle: once more on a new connection */
        *fd = -1;
    }
    return 0;
}

static void sample(double ms)
{
    pthread_mutex_lock(&lock);
    if (sample_count < MAX_SAMPLES)
        samples[sample_count++] = ms;
    pthread_mutex_unlock(&lock);
}

static int timed(int *fd, const char *method, const char *path, const char *device, const char *body, char *out,
                 size_t size)
{
    double t = now();
    int status = exchange(fd, method, path, device, body, out, size);
    sample((now() - t) * 1000);
    if (status != 200) {
        pthread_mutex_lock(&lock);
        failures++;
        pthread_mutex_unlock(&lock);
    }
    return status;
}

/* One phone: join, then a poll each second; a vote at `first`, changed at `change` seconds. */
static void *phone(void *arg)
{
    int id = (int)(long)arg, fd = -1, choice = 0, serial = 0;
    unsigned seed = (unsigned)id * 2654435761u;
    char out[16384], device[40] = "", body[64];
    double start = now(), first = 1 + rand_r(&seed) % 8, change = 20 + rand_r(&seed) % 30;
    usleep((useconds_t)(rand_r(&seed) % 1000) * 1000);          /* phones do not poll in step */
    if (timed(&fd, "POST", "join", NULL, "{}", out, sizeof out) == 200)
        sscanf(strstr(out, "\"device\":\"") + 10, "%32[0-9a-f]", device);
    for (int tick = 0; now() - start < seconds; tick++) {
        if (timed(&fd, "GET", "state", device, NULL, out, sizeof out) == 200 && strstr(out, "\"serial\":"))
            sscanf(strstr(out, "\"room\":{\"serial\":") + 17, "%d", &serial);
        double t = now() - start;
        if ((choice == 0 && t >= first) || (t >= change && change > 0)) {
            int want = 1 + (id + (t >= change ? 1 : 0) + rand_r(&seed) % 2) % 3;
            snprintf(body, sizeof body, "{\"serial\":%d,\"choice\":%d}", serial, want);
            if (timed(&fd, "POST", "vote", device, body, out, sizeof out) == 200)
                choice = want;
            if (t >= change)
                change = 0;
        }
        double next = start + (tick + 1) * 1.0 + (id % 10) * 0.01;
        if (next > now())
            usleep((useconds_t)((next - now()) * 1e6));
    }
    pthread_mutex_lock(&lock);
    final_votes[choice]++;
    pthread_mutex_unlock(&lock);
    if (fd >= 0)
        close(fd);
    return NULL;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    if (argc != 5) {
        fprintf(stderr, "usage: phones_load PORT CODE PHONES SECONDS\n");
        return 2;
    }
    port = atoi(argv[1]);
    snprintf(code, sizeof code, "%s", argv[2]);
    phones = atoi(argv[3]);
    seconds = atoi(argv[4]);
    samples = malloc(MAX_SAMPLES * sizeof *samples);
    pthread_t *threads = malloc((size_t)phones * sizeof *threads);
    for (long i = 0; i < phones; i++)
        pthread_create(&threads[i], NULL, phone, (void *)i);
    for (int i = 0; i < phones; i++)
        pthread_join(threads[i], NULL);
    qsort(samples, (size_t)sample_count, sizeof *samples, by_value);
    double p50 = sample_count ? samples[sample_count / 2] : 0, p99 = sample_count ? samples[sample_count * 99 / 100] : 0;
    double max = sample_count ? samples[sample_count - 1] : 0;
    printf("requests %d failures %d p50_ms %.3f p99_ms %.3f max_ms %.3f votes", sample_count, failures, p50, p99, max);
    for (int k = 1; k <= 3; k++)
        printf(" %d", final_votes[k]);
    printf(" none %d\n", final_votes[0]);
    free(threads);
    free(samples);
    return 0;
}
