/* writer: a file kept up to date by a thread of its own.
 *
 * The game thread hands over the newest contents (a newer version replaces one
 * not yet written) and never waits on the disk; the writer thread writes each
 * atomically (atomic.h), so a crash at any moment leaves the last good version.
 * Saves and the facilitated room's file both go through one. */
#ifndef LEADSIM_WRITER_H
#define LEADSIM_WRITER_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct {
    char path[4200];
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t wake, idle;
    char *pending;                 /* malloc'd contents waiting to be written, or NULL */
    bool writing, quit, started;
    char failed[4400];             /* the last write's problem, "" when it went well */
} Writer;

int  writer_start(Writer *w, const char *path);     /* 0, or -1 (no thread: nothing is written) */
/* Takes `text` (malloc'd; the writer frees it) as the file's next contents. */
void writer_put(Writer *w, char *text);
void writer_flush(Writer *w);                        /* waits until what was put is on disk */
/* The last write's problem into buf ("" when none); true when there is one. */
bool writer_failed(Writer *w, char *buf, size_t size);
void writer_stop(Writer *w);                         /* flushes, then ends the thread */

#endif
