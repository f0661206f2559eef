/* fonts: fontconfig lookup, pixel-exact sizes, and the text cache. */
#include "fonts.h"

#include <fontconfig/fontconfig.h>
#include <stdlib.h>
#include <string.h>

/* Body text is 3% of the reference height: about 22 px at 720p, 65 px at 2160p. */
static const double font_fraction[FONT_STYLE_COUNT] = {
    [FONT_SMALL] = 0.023, [FONT_SMALL_BOLD] = 0.023, [FONT_BODY] = 0.030, [FONT_BODY_BOLD] = 0.030,
    [FONT_HEADING] = 0.039, [FONT_TITLE] = 0.054, [FONT_DISPLAY] = 0.11,
};
static const bool font_bold[FONT_STYLE_COUNT] = {
    [FONT_SMALL_BOLD] = true, [FONT_BODY_BOLD] = true, [FONT_HEADING] = true, [FONT_TITLE] = true,
    [FONT_DISPLAY] = true,
};

static int fonts_open_count; /* fontconfig's global state is released when the last one closes */

/* Measuring text shapes it with HarfBuzz, which is slow; wrapping measures the same
 * strings again and again. Widths are remembered in a direct-mapped table. */
#define FONTS_WIDTHS 8192

typedef struct {
    uint64_t hash;              /* of the text, its style and the font generation; 0 = empty */
    int width;
} FontsWidth;

struct Fonts {
    char regular[1024], bold[1024];   /* files */
    TTF_Font *font[FONT_STYLE_COUNT];
    int size[FONT_STYLE_COUNT];
    int cap[FONT_STYLE_COUNT];
    unsigned generation;
    FontsWidth widths[FONTS_WIDTHS];
};

static bool fonts_is_file(const char *request)
{
    size_t n = strlen(request);
    return strchr(request, '/') || (n > 4 && (strcasecmp(request + n - 4, ".ttf") == 0 ||
                                              strcasecmp(request + n - 4, ".otf") == 0));
}

/* The file fontconfig picks for a family at a weight, or false. */
static bool fonts_match(const char *family, int weight, char *out, size_t size)
{
    FcPattern *pattern = FcNameParse((const FcChar8 *)family);
    if (pattern == NULL)
        return false;
    FcPatternAddInteger(pattern, FC_WEIGHT, weight);
    FcPatternAddInteger(pattern, FC_SLANT, FC_SLANT_ROMAN);
    FcConfigSubstitute(NULL, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result;
    FcPattern *match = FcFontMatch(NULL, pattern, &result);
    FcChar8 *file = NULL;
    bool found = match && FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch;
    if (found)
        snprintf(out, size, "%s", (const char *)file);
    if (match)
        FcPatternDestroy(match);
    FcPatternDestroy(pattern);
    return found;
}

static bool fonts_usable(const char *file)
{
    TTF_Font *probe = TTF_OpenFont(file, 12);
    if (probe)
        TTF_CloseFont(probe);
    return probe != NULL;
}

Fonts *fonts_open(const char *request, DiagList *diags)
{
    Fonts *f = calloc(1, sizeof *f);
    if (f == NULL)
        return NULL;
    bool ok;
    if (fonts_is_file(request)) {
        snprintf(f->regular, sizeof f->regular, "%s", request);
        snprintf(f->bold, sizeof f->bold, "%s", request); /* one file: bold is synthesized */
        ok = fonts_usable(f->regular);
    } else {
        ok = fonts_match(request, FC_WEIGHT_REGULAR, f->regular, sizeof f->regular) &&
             fonts_match(request, FC_WEIGHT_SEMIBOLD, f->bold, sizeof f->bold) && fonts_usable(f->regular);
    }
    if (!ok) {
        diag_add(diags, DIAG_WARNING, "settings", 0, "font", NULL,
                 "font '%s' could not be loaded; using the system's sans-serif", request);
        ok = fonts_match("sans-serif", FC_WEIGHT_REGULAR, f->regular, sizeof f->regular) &&
             fonts_match("sans-serif", FC_WEIGHT_BOLD, f->bold, sizeof f->bold) && fonts_usable(f->regular);
    }
    if (!ok) {
        diag_add(diags, DIAG_ERROR, "settings", 0, "font", NULL, "no usable font was found (install fonts-dejavu-core)");
        free(f);
        if (fonts_open_count == 0)
            FcFini();
        return NULL;
    }
    if (!fonts_usable(f->bold))
        snprintf(f->bold, sizeof f->bold, "%s", f->regular);
    fonts_open_count++;
    return f;
}

void fonts_close(Fonts *f)
{
    if (f == NULL)
        return;
    for (int i = 0; i < FONT_STYLE_COUNT; i++)
        if (f->font[i])
            TTF_CloseFont(f->font[i]);
    free(f);
    if (--fonts_open_count == 0)
        FcFini();
}

static int fonts_measure_cap(TTF_Font *font)
{
    int minx, maxx, miny, maxy, advance;
    if (TTF_GlyphMetrics32(font, 'H', &minx, &maxx, &miny, &maxy, &advance) != 0)
        return TTF_FontAscent(font) * 7 / 10;
    return maxy;
}

static TTF_Font *fonts_load_size(Fonts *f, FontStyle style, int px)
{
    bool bold = font_bold[style];
    TTF_Font *font = TTF_OpenFont(bold ? f->bold : f->regular, px);
    if (font == NULL)
        return NULL;
    if (bold && strcmp(f->bold, f->regular) == 0)
        TTF_SetFontStyle(font, TTF_STYLE_BOLD);
    TTF_SetFontHinting(font, TTF_HINTING_LIGHT);
    TTF_SetFontKerning(font, 1);
    return font;
}

bool fonts_resize(Fonts *f, int w, int h, double scale, bool projector)
{
    /* The reference height: the output's, unless the window is narrower than 16:9. */
    double reference = h < w * 9.0 / 16.0 ? h : w * 9.0 / 16.0;
    int sizes[FONT_STYLE_COUNT];
    for (int i = 0; i < FONT_STYLE_COUNT; i++) {
        double px = reference * font_fraction[i] * scale * (projector ? 1.35 : 1.0);
        sizes[i] = px < 8 ? 8 : (int)(px + 0.5);
    }
    if (memcmp(sizes, f->size, sizeof sizes) == 0 && f->font[0])
        return false;
    for (int i = 0; i < FONT_STYLE_COUNT; i++) {
        if (f->font[i])
            TTF_CloseFont(f->font[i]);
        f->font[i] = fonts_load_size(f, (FontStyle)i, sizes[i]);
        f->cap[i] = f->font[i] ? fonts_measure_cap(f->font[i]) : 0;
        /* Projector mode: grow until the capitals reach 3% of the real screen height. */
        int needed = (int)(FONTS_PROJECTOR_CAP * h + 0.999);
        while (projector && f->font[i] && f->cap[i] < needed && sizes[i] < 1000) {
            TTF_CloseFont(f->font[i]);
            sizes[i] += 1 + sizes[i] / 50;
            f->font[i] = fonts_load_size(f, (FontStyle)i, sizes[i]);
            f->cap[i] = f->font[i] ? fonts_measure_cap(f->font[i]) : 0;
        }
        f->size[i] = sizes[i];
    }
    f->generation++;
    return true;
}

TTF_Font *fonts_get(const Fonts *f, FontStyle style) { return f->font[style]; }
int fonts_line_height(const Fonts *f, FontStyle style) { return TTF_FontLineSkip(f->font[style]); }
int fonts_cap_height(const Fonts *f, FontStyle style) { return f->cap[style]; }
unsigned fonts_generation(const Fonts *f) { return f->generation; }
const char *fonts_file(const Fonts *f, bool bold) { return bold ? f->bold : f->regular; }

static uint64_t fonts_hash(const char *text, size_t length, unsigned salt)
{
    uint64_t h = 1469598103934665603ULL ^ salt; /* FNV-1a */
    for (size_t i = 0; i < length; i++)
        h = (h ^ (unsigned char)text[i]) * 1099511628211ULL;
    h = (h ^ length) * 1099511628211ULL;
    return h ? h : 1;
}

int fonts_width(Fonts *f, FontStyle style, const char *text, size_t length)
{
    uint64_t hash = fonts_hash(text, length, f->generation * 16 + (unsigned)style);
    FontsWidth *slot = &f->widths[hash % FONTS_WIDTHS];
    if (slot->hash == hash)
        return slot->width;
    char stack[512];
    char *copy = length < sizeof stack ? stack : malloc(length + 1);
    if (copy == NULL)
        return 0;
    memcpy(copy, text, length);
    copy[length] = '\0';
    int w = 0, h = 0;
    TTF_SizeUTF8(f->font[style], copy, &w, &h);
    if (copy != stack)
        free(copy);
    slot->hash = hash;
    slot->width = w;
    return w;
}

/* ---- the text cache ------------------------------------------------------------------ */

typedef struct {
    uint64_t hash;
    char *text;
    size_t length;
    FontStyle style;
    Color color;
    unsigned generation;
    SDL_Texture *texture;
    int w, h;
    unsigned long used;
} TextEntry;

struct TextCache {
    SDL_Renderer *renderer;
    TextEntry *entries;
    int capacity, count;
    unsigned long clock;
};

TextCache *textcache_new(SDL_Renderer *renderer, int capacity)
{
    TextCache *c = calloc(1, sizeof *c);
    if (c == NULL)
        return NULL;
    c->entries = calloc((size_t)capacity, sizeof *c->entries);
    if (c->entries == NULL) {
        free(c);
        return NULL;
    }
    c->renderer = renderer;
    c->capacity = capacity;
    return c;
}

static void textcache_drop(TextEntry *e)
{
    if (e->texture)
        SDL_DestroyTexture(e->texture);
    free(e->text);
    memset(e, 0, sizeof *e);
}

void textcache_clear(TextCache *c)
{
    for (int i = 0; i < c->count; i++)
        textcache_drop(&c->entries[i]);
    c->count = 0;
}

void textcache_free(TextCache *c)
{
    if (c == NULL)
        return;
    textcache_clear(c);
    free(c->entries);
    free(c);
}

int textcache_count(const TextCache *c) { return c->count; }

static uint64_t textcache_hash(const char *text, size_t length, FontStyle style, Color color, unsigned generation)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (size_t i = 0; i < length; i++)
        h = (h ^ (unsigned char)text[i]) * 1099511628211ULL;
    h = (h ^ (uint64_t)style) * 1099511628211ULL;
    h = (h ^ ((uint64_t)color.r << 16 | (uint64_t)color.g << 8 | color.b)) * 1099511628211ULL;
    return (h ^ generation) * 1099511628211ULL;
}

SDL_Texture *textcache_get(TextCache *c, const Fonts *f, FontStyle style, Color color, const char *text,
                           size_t length, int *w, int *h)
{
    if (length == 0)
        return NULL;
    unsigned generation = fonts_generation(f);
    uint64_t hash = textcache_hash(text, length, style, color, generation);
    c->clock++;
    for (int i = 0; i < c->count; i++) {
        TextEntry *e = &c->entries[i];
        if (e->hash == hash && e->length == length && e->style == style && e->generation == generation &&
            memcmp(&e->color, &color, sizeof color) == 0 && memcmp(e->text, text, length) == 0) {
            e->used = c->clock;
            *w = e->w;
            *h = e->h;
            return e->texture;
        }
    }
    char *copy = malloc(length + 1);
    if (copy == NULL)
        return NULL;
    memcpy(copy, text, length);
    copy[length] = '\0';
    SDL_Surface *surface = TTF_RenderUTF8_Blended(f->font[style], copy, (SDL_Color){color.r, color.g, color.b, 255});
    SDL_Texture *texture = surface ? SDL_CreateTextureFromSurface(c->renderer, surface) : NULL;
    if (texture == NULL) {
        if (surface)
            SDL_FreeSurface(surface);
        free(copy);
        return NULL;
    }
    TextEntry *slot;
    if (c->count < c->capacity) {
        slot = &c->entries[c->count++];
    } else { /* evict the least recently used */
        slot = &c->entries[0];
        for (int i = 1; i < c->count; i++)
            if (c->entries[i].used < slot->used)
                slot = &c->entries[i];
        textcache_drop(slot);
    }
    *slot = (TextEntry){hash, copy, length, style, color, generation, texture, surface->w, surface->h, c->clock};
    SDL_FreeSurface(surface);
    *w = slot->w;
    *h = slot->h;
    return texture;
}
