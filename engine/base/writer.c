/* writer: one thread, one mailbox (the newest contents win), atomic writes. */
#include "writer.h"
#include "atomic.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *writer_run(void *arg)
{
    Writer *w = arg;
    pthread_mutex_lock(&w->lock);
    for (;;) {
        while (!w->pending && !w->quit)
            pthread_cond_wait(&w->wake, &w->lock);
        if (!w->pending)
            break;                       /* asked to quit, with nothing left to write */
        char *text = w->pending;
        w->pending = NULL;
        w->writing = true;
        pthread_mutex_unlock(&w->lock);
        int failed = atomic_write(w->path, text, strlen(text)) != 0 ? errno : 0;
        free(text);
        pthread_mutex_lock(&w->lock);
        w->writing = false;
        if (failed)
            snprintf(w->failed, sizeof w->failed, "%s: could not be saved (%s); the last good save is kept",
                     w->path, strerror(failed));
        else
            w->failed[0] = '\0';
        pthread_cond_broadcast(&w->idle);
    }
    pthread_mutex_unlock(&w->lock);
    return NULL;
}

int writer_start(Writer *w, const char *path)
{
    memset(w, 0, sizeof *w);
    snprintf(w->path, sizeof w->path, "%s", path);
    pthread_mutex_init(&w->lock, NULL);
    pthread_cond_init(&w->wake, NULL);
    pthread_cond_init(&w->idle, NULL);
    w->started = pthread_create(&w->thread, NULL, writer_run, w) == 0;
    return w->started ? 0 : -1;
}

void writer_put(Writer *w, char *text)
{
    if (!w->started) {
        free(text);
        return;
    }
    pthread_mutex_lock(&w->lock);
    free(w->pending);                    /* a newer version replaces one not yet written */
    w->pending = text;
    pthread_cond_signal(&w->wake);
    pthread_mutex_unlock(&w->lock);
}

void writer_flush(Writer *w)
{
    if (!w->started)
        return;
    pthread_mutex_lock(&w->lock);
    while (w->pending || w->writing)
        pthread_cond_wait(&w->idle, &w->lock);
    pthread_mutex_unlock(&w->lock);
}

bool writer_failed(Writer *w, char *buf, size_t size)
{
    buf[0] = '\0';
    if (!w->started)
        return false;
    pthread_mutex_lock(&w->lock);
    snprintf(buf, size, "%s", w->failed);
    pthread_mutex_unlock(&w->lock);
    return buf[0] != '\0';
}

void writer_stop(Writer *w)
{
    if (!w->started)
        return;
    writer_flush(w);
    pthread_mutex_lock(&w->lock);
    w->quit = true;
    pthread_cond_signal(&w->wake);
    pthread_mutex_unlock(&w->lock);
    pthread_join(w->thread, NULL);
    pthread_mutex_destroy(&w->lock);
    pthread_cond_destroy(&w->wake);
    pthread_cond_destroy(&w->idle);
    w->started = false;
}
