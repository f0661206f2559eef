/* phones_page: the phone page, built into the binary (page.html, app.js, app.css beside it,
 * turned into arrays by the Makefile), so nothing is read from disk while a room runs. */
#ifndef LEADSIM_PHONES_PAGE_H
#define LEADSIM_PHONES_PAGE_H

#include <stddef.h>

typedef struct {
    const char *name;                /* the path after "/CODE/": "", "app.js", "app.css", "icon.svg" */
    const char *type;                /* its Content-Type */
    const unsigned char *bytes;
    size_t size;
} PhonesAsset;

const PhonesAsset *phones_page_asset(const char *name);   /* NULL: not one of the page's files */

#endif
