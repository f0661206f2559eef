/* rng: a small, fast, seedable random generator (xoshiro256**).
 * Scenarios must replay exactly for a given seed, so nothing here reads the
 * clock or the system's generator. */
#ifndef LEADSIM_RNG_H
#define LEADSIM_RNG_H

#include <stdint.h>

typedef struct { uint64_t s[4]; } Rng;

void     rng_seed(Rng *rng, uint64_t seed);           /* same seed, same stream */
uint64_t rng_next(Rng *rng);                          /* 64 random bits */
uint64_t rng_below(Rng *rng, uint64_t n);             /* uniform in [0, n), n > 0; unbiased */
int64_t  rng_between(Rng *rng, int64_t lo, int64_t hi); /* uniform in [lo, hi], lo <= hi */
double   rng_unit(Rng *rng);                          /* uniform in [0, 1) */

#endif
