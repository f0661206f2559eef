/* hash: the SHA-256 of a file, from nettle (the system's library), as hex.
 * A save names the exact version of the scenario it was played on. */
#ifndef LEADSIM_HASH_H
#define LEADSIM_HASH_H

#include <stddef.h>

#define HASH_HEX 65              /* 64 hex digits and a NUL */

int hash_file(const char *path, char hex[HASH_HEX]);            /* 0, or -1 (errno) when unreadable */
void hash_bytes(const void *data, size_t size, char hex[HASH_HEX]);

#endif
