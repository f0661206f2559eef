/* fonts: the typefaces the window uses, sized to the output's real pixels,
 * and a cache of rendered text so nothing is rasterised twice.
 *
 * Sizes are fractions of the output's height (limited by its width, so a tall
 * narrow window still fits its text), times the font scale. In projector mode
 * every style is enlarged until its measured capital height is at least 3% of
 * the screen height: legible from six image heights away. */
#ifndef LEADSIM_FONTS_H
#define LEADSIM_FONTS_H

#include <SDL.h>
#include <SDL_ttf.h>
#include <stdbool.h>
#include "diag.h"
#include "theme.h"

typedef enum {
    FONT_SMALL,        /* hints, labels, evidence counts */
    FONT_SMALL_BOLD,   /* meter labels, section tabs */
    FONT_BODY,         /* scene text, choices, feedback */
    FONT_BODY_BOLD,    /* names, emphasis */
    FONT_HEADING,      /* scene titles, debrief headings */
    FONT_TITLE,        /* scenario titles */
    FONT_DISPLAY,      /* the big overall score */
    FONT_STYLE_COUNT
} FontStyle;

#define FONTS_PROJECTOR_CAP 0.03 /* capital height / screen height, at least, in projector mode */

typedef struct Fonts Fonts;

/* `request` is a family name for fontconfig or a .ttf/.otf path. Falls back to the
 * system's sans-serif (and says so in diags) when it cannot be loaded. NULL if no font works. */
Fonts     *fonts_open(const char *request, DiagList *diags);
void       fonts_close(Fonts *f);
/* Sizes every style for an output of w x h pixels. Returns true when the sizes changed. */
bool       fonts_resize(Fonts *f, int w, int h, double scale, bool projector);
TTF_Font  *fonts_get(const Fonts *f, FontStyle style);
int        fonts_line_height(const Fonts *f, FontStyle style);
int        fonts_cap_height(const Fonts *f, FontStyle style);
int        fonts_width(Fonts *f, FontStyle style, const char *text, size_t length); /* remembered */
const char *fonts_file(const Fonts *f, bool bold);      /* what was loaded, for messages */
unsigned   fonts_generation(const Fonts *f);            /* changes whenever sizes change */

/* ---- rendered text ---- */

typedef struct TextCache TextCache;

TextCache   *textcache_new(SDL_Renderer *renderer, int capacity);
void         textcache_free(TextCache *c);
void         textcache_clear(TextCache *c);             /* after a resize or a theme change */
/* The texture for `text` (length bytes) in a style and color; owned by the cache. NULL for empty text. */
SDL_Texture *textcache_get(TextCache *c, const Fonts *f, FontStyle style, Color color, const char *text,
                           size_t length, int *w, int *h);
int          textcache_count(const TextCache *c);

#endif
