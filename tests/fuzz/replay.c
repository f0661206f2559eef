/* replay: runs a fuzz target on every file of the given folders, once each, in
 * name order: the fuzz corpus as a quick deterministic test (make test), built
 * with any compiler, no libFuzzer needed.
 *   replay DIR...   exit 0 when every input ran (a crash ends the process) */
#include "fuzz.h"
#include "paths.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int replay_compare(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int replay_file(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        return 0;
    FILE *f = fopen(path, "rb");
    uint8_t *data = malloc((size_t)st.st_size + 1);
    size_t got = f && data ? fread(data, 1, (size_t)st.st_size, f) : 0;
    if (f)
        fclose(f);
    LLVMFuzzerTestOneInput(data ? data : (const uint8_t *)"", got);
    free(data);
    return 1;
}

static int replay_dir(const char *dir)
{
    DIR *d = opendir(dir);
    if (d == NULL)
        return replay_file(dir);
    char **names = NULL;
    size_t count = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        if (e->d_name[0] == '.')
            continue;
        char **grown = realloc(names, (count + 1) * sizeof *names);
        if (grown == NULL)
            break;
        names = grown;
        size_t length = strlen(dir) + strlen(e->d_name) + 2;
        if ((names[count] = malloc(length)) != NULL)
            snprintf(names[count++], length, "%s/%s", dir, e->d_name);
    }
    closedir(d);
    qsort(names, count, sizeof *names, replay_compare);
    int ran = 0;
    for (size_t i = 0; i < count; i++) {
        ran += replay_file(names[i]);
        free(names[i]);
    }
    free(names);
    return ran;
}

int main(int argc, char **argv)
{
    paths_init(argv[0]);
    int ran = 0;
    for (int i = 1; i < argc; i++)
        ran += replay_dir(argv[i]);
    printf("  ok    %s (%d inputs replayed)\n", strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0], ran);
    return 0;
}
