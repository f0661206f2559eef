/* atomic: writing a file so that a crash or power loss leaves either the old
 * version or the new one, never a mix: a temporary file in the same folder,
 * flushed and synced, renamed over the old one, and the folder synced. */
#ifndef LEADSIM_ATOMIC_H
#define LEADSIM_ATOMIC_H

#include <stddef.h>

/* 0, or -1 with errno set (the file at `path` is then as it was, and no temporary is left). */
int atomic_write(const char *path, const void *data, size_t size);

#endif
