/* runstat: runs a command and reports what it cost, for make bench.
 *   runstat -- CMD ARGS...                 wall_ms cpu_ms peak_kb
 *   runstat --idle S --after A -- CMD...   also: the CPU share (% of one core) the
 *                                          command used over S seconds, A seconds in
 * The command's own output is discarded. */
#define _DEFAULT_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static long cpu_ticks(pid_t pid)
{
    char path[64], buf[4096];
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    FILE *f = fopen(path, "r");
    if (f == NULL)
        return -1;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    char *p = strrchr(buf, ')'); /* fields after the command name */
    long utime = 0, stime = 0;
    if (p == NULL || sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %ld %ld", &utime, &stime) != 2)
        return -1;
    return utime + stime;
}

int main(int argc, char **argv)
{
    double idle = 0, after = 0;
    int i = 1;
    for (; i < argc && strcmp(argv[i], "--") != 0; i++) {
        if (strcmp(argv[i], "--idle") == 0 && i + 1 < argc)
            idle = atof(argv[++i]);
        else if (strcmp(argv[i], "--after") == 0 && i + 1 < argc)
            after = atof(argv[++i]);
    }
    if (i + 1 >= argc) {
        fprintf(stderr, "usage: runstat [--idle S --after A] -- CMD ARGS...\n");
        return 2;
    }
    double start = now();
    pid_t pid = fork();
    if (pid == 0) {
        int null = open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(null, 2);
        execvp(argv[i + 1], argv + i + 1);
        _exit(127);
    }
    double idle_share = -1;
    if (idle > 0) {
        usleep((useconds_t)(after * 1e6));
        long t0 = cpu_ticks(pid);
        usleep((useconds_t)(idle * 1e6));
        long t1 = cpu_ticks(pid);
        if (t0 >= 0 && t1 >= 0)
            idle_share = 100.0 * (double)(t1 - t0) / ((double)sysconf(_SC_CLK_TCK) * idle);
        kill(pid, SIGKILL);
    }
    int status;
    struct rusage ru;
    wait4(pid, &status, 0, &ru);
    double wall = now() - start;
    double cpu = ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1e-6;
    printf("%.1f %.1f %ld", wall * 1000, cpu * 1000, ru.ru_maxrss);
    if (idle_share >= 0)
        printf(" %.2f", idle_share);
    printf("\n");
    return 0;
}
