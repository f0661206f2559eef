/* uuid: random (version 4) UUIDs, for xAPI statement ids and registrations. */
#ifndef LEADSIM_UUID_H
#define LEADSIM_UUID_H

#include <stdbool.h>

#define UUID_TEXT 37   /* "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx" and its terminator */

bool uuid_v4(char out[UUID_TEXT]);   /* 16 bytes from getrandom(2), as RFC 4122 version 4; false when it fails */

#endif
