/* hash: nettle's SHA-256, read in blocks. */
#include "hash.h"

#include <nettle/sha2.h>
#include <stdio.h>

static void hash_hex(struct sha256_ctx *ctx, char hex[HASH_HEX])
{
    unsigned char digest[SHA256_DIGEST_SIZE];
    sha256_digest(ctx, sizeof digest, digest);
    for (int i = 0; i < SHA256_DIGEST_SIZE; i++)
        snprintf(hex + 2 * i, 3, "%02x", digest[i]);
}

void hash_bytes(const void *data, size_t size, char hex[HASH_HEX])
{
    struct sha256_ctx ctx;
    sha256_init(&ctx);
    sha256_update(&ctx, size, data);
    hash_hex(&ctx, hex);
}

int hash_file(const char *path, char hex[HASH_HEX])
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return -1;
    struct sha256_ctx ctx;
    sha256_init(&ctx);
    unsigned char block[65536];
    size_t n;
    while ((n = fread(block, 1, sizeof block, f)) > 0)
        sha256_update(&ctx, n, block);
    int failed = ferror(f);
    fclose(f);
    if (failed)
        return -1;
    hash_hex(&ctx, hex);
    return 0;
}
