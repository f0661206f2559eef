/* watch: polling, with a settling delay. */
#include "watch.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static bool watch_stat(const char *path, struct timespec *mtime, off_t *size)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return false;            /* mid-rename, or deleted: wait */
    *mtime = st.st_mtim;
    *size = st.st_size;
    return true;
}

void watch_init(Watch *w, const char *path)
{
    memset(w, 0, sizeof *w);
    snprintf(w->path, sizeof w->path, "%s", path);
    watch_stat(path, &w->mtime, &w->size);
}

static bool watch_same(struct timespec a, off_t as, struct timespec b, off_t bs)
{
    return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec && as == bs;
}

bool watch_poll(Watch *w, uint32_t now_ms)
{
    struct timespec mtime;
    off_t size;
    if (!watch_stat(w->path, &mtime, &size))
        return false;
    if (!w->changing) {
        if (watch_same(mtime, size, w->mtime, w->size))
            return false;
        w->changing = true;
    } else if (watch_same(mtime, size, w->seen_mtime, w->seen_size)) {
        if (now_ms - w->seen_at < WATCH_SETTLE_MS)
            return false;
        w->changing = false;     /* it has settled: report it once */
        w->mtime = mtime;
        w->size = size;
        return true;
    }
    w->seen_mtime = mtime;       /* still being written: start the wait again */
    w->seen_size = size;
    w->seen_at = now_ms;
    return false;
}
