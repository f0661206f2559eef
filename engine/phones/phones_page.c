/* phones_page: the page's three files, from the arrays the Makefile generates. */
#include "phones_page.h"

#include <string.h>
#include "phones_page_data.h"   /* build/gen: page_html, app_js, app_css, icon_svg */

static const PhonesAsset phones_assets[] = {
    {"", "text/html; charset=utf-8", page_html, sizeof page_html},
    {"app.js", "text/javascript; charset=utf-8", app_js, sizeof app_js},
    {"app.css", "text/css; charset=utf-8", app_css, sizeof app_css},
    {"icon.svg", "image/svg+xml", icon_svg, sizeof icon_svg},
};

const PhonesAsset *phones_page_asset(const char *name)
{
    for (size_t i = 0; i < sizeof phones_assets / sizeof phones_assets[0]; i++)
        if (strcmp(phones_assets[i].name, name) == 0)
            return &phones_assets[i];
    return NULL;
}
