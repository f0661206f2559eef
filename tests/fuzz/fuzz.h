/* fuzz: what the fuzz targets share. Each target defines LLVMFuzzerTestOneInput;
 * libFuzzer (clang, make fuzz) or replay.c (gcc, make test) calls it. */
#ifndef LEADSIM_FUZZ_H
#define LEADSIM_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char fuzz_file[64];
static inline void fuzz_remove_file(void) { remove(fuzz_file); }

/* The loaders read files: the input goes to one file per process, rewritten each time
 * and removed at exit. */
static inline int fuzz_write_file(char *path, size_t size, const char *name, const char *ext,
                                  const uint8_t *data, size_t length)
{
    if (fuzz_file[0] == '\0') {
        snprintf(fuzz_file, sizeof fuzz_file, "/tmp/leadsim-fuzz-%ld-%s%s", (long)getpid(), name, ext);
        atexit(fuzz_remove_file);
    }
    snprintf(path, size, "%s", fuzz_file);
    FILE *f = fopen(path, "wb");
    if (f == NULL)
        return -1;
    size_t written = fwrite(data, 1, length, f);
    return fclose(f) == 0 && written == length ? 0 : -1;
}

#endif
