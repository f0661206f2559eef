/* watch: noticing that a file changed, once its writer has finished.
 * Polls size and modification time; a change is reported only after the file
 * has stayed the same for WATCH_SETTLE_MS, so a half-written save is never read. */
#ifndef LEADSIM_WATCH_H
#define LEADSIM_WATCH_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>

#define WATCH_POLL_MS 250
#define WATCH_SETTLE_MS 250

typedef struct {
    char path[4096];
    struct timespec mtime;       /* what was last loaded */
    off_t size;
    bool changing;               /* seen to change, waiting for it to settle */
    struct timespec seen_mtime;
    off_t seen_size;
    uint32_t seen_at;
} Watch;

void watch_init(Watch *w, const char *path);     /* remembers the file as it is now */
bool watch_poll(Watch *w, uint32_t now_ms);       /* true once a change has settled; then remembered */

#endif
