/* ui_draw: primitives every screen uses: shapes, text, wrapped prose, buttons,
 * click targets, and the layout log tests read. */
#include "ui_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

Color ui_color(const App *app, int which)
{
    switch (which) {
    case 1: return app->theme.muted;
    case 2: return app->theme.accent;
    case 3: return app->theme.positive;
    case 4: return app->theme.negative;
    default: return app->theme.text;
    }
}

int ui_px(const App *app, double units) { return (int)(units * app->u + 0.5); }

void ui_fill(App *app, SDL_Rect r, Color c)
{
    SDL_SetRenderDrawColor(app->renderer, c.r, c.g, c.b, 255);
    SDL_RenderFillRect(app->renderer, &r);
}

/* Half-width of a rounded rectangle's row `y` inside its corner band, as an inset from the side. */
static int ui_corner_inset(int radius, int y)
{
    double dy = radius - y - 0.5;
    return radius - (int)floor(sqrt((double)radius * radius - dy * dy) + 0.5);
}

void ui_round(App *app, SDL_Rect r, int radius, Color c)
{
    if (radius * 2 > r.h) radius = r.h / 2;
    if (radius * 2 > r.w) radius = r.w / 2;
    SDL_Rect rows[2 * 64 + 1];
    int n = 0;
    if (radius > 64) radius = 64;
    for (int y = 0; y < radius; y++) {
        int inset = ui_corner_inset(radius, y);
        rows[n++] = (SDL_Rect){r.x + inset, r.y + y, r.w - 2 * inset, 1};
        rows[n++] = (SDL_Rect){r.x + inset, r.y + r.h - 1 - y, r.w - 2 * inset, 1};
    }
    rows[n++] = (SDL_Rect){r.x, r.y + radius, r.w, r.h - 2 * radius};
    SDL_SetRenderDrawColor(app->renderer, c.r, c.g, c.b, 255);
    SDL_RenderFillRects(app->renderer, rows, n);
}

void ui_outline(App *app, SDL_Rect r, int radius, int thickness, Color c)
{
    /* One batch: row spans for the top and bottom bands (where the corners curve),
     * and two rectangles for the straight sides in between. */
    if (radius * 2 > r.h) radius = r.h / 2;
    if (radius * 2 > r.w) radius = r.w / 2;
    if (radius > 64) radius = 64;
    int band = radius > thickness ? radius : thickness;
    int inner_radius = radius > thickness ? radius - thickness : 0;
    SDL_Rect rows[2 + 4 * 65];
    int n = 0;
    for (int y = 0; y < band; y++) {
        int outer = y < radius ? ui_corner_inset(radius, y) : 0;
        int top = r.y + y, bottom = r.y + r.h - 1 - y;
        if (y < thickness) {                 /* above the inner shape: the whole row */
            rows[n++] = (SDL_Rect){r.x + outer, top, r.w - 2 * outer, 1};
            rows[n++] = (SDL_Rect){r.x + outer, bottom, r.w - 2 * outer, 1};
            continue;
        }
        int iy = y - thickness;
        int inner = thickness + (iy < inner_radius ? ui_corner_inset(inner_radius, iy) : 0);
        int width = inner - outer;
        if (width <= 0)
            continue;
        rows[n++] = (SDL_Rect){r.x + outer, top, width, 1};
        rows[n++] = (SDL_Rect){r.x + r.w - inner, top, width, 1};
        rows[n++] = (SDL_Rect){r.x + outer, bottom, width, 1};
        rows[n++] = (SDL_Rect){r.x + r.w - inner, bottom, width, 1};
    }
    if (r.h > 2 * band) {
        rows[n++] = (SDL_Rect){r.x, r.y + band, thickness, r.h - 2 * band};
        rows[n++] = (SDL_Rect){r.x + r.w - thickness, r.y + band, thickness, r.h - 2 * band};
    }
    SDL_SetRenderDrawColor(app->renderer, c.r, c.g, c.b, 255);
    SDL_RenderFillRects(app->renderer, rows, n);
}

/* ---- text ---------------------------------------------------------------------------- */

static void ui_log_text(App *app, const char *text, size_t length, SDL_Rect at, SDL_Rect box)
{
    fputs("{\"text\":\"", app->layout_log);
    for (size_t i = 0; i < length; i++) {
        unsigned char ch = (unsigned char)text[i];
        if (ch == '"' || ch == '\\')
            fprintf(app->layout_log, "\\%c", ch);
        else if (ch < 0x20)
            fprintf(app->layout_log, "\\u%04x", ch);
        else
            fputc(ch, app->layout_log);
    }
    fprintf(app->layout_log, "\",\"x\":%d,\"y\":%d,\"w\":%d,\"h\":%d,\"box\":[%d,%d,%d,%d],\"screen\":[%d,%d]}\n",
            at.x, at.y, at.w, at.h, box.x, box.y, box.w, box.h, app->w, app->h);
}

int ui_text_n(App *app, FontStyle style, Color color, int x, int y, const char *text, size_t length, SDL_Rect box)
{
    int w = 0, h = 0;
    SDL_Texture *t = textcache_get(app->cache, app->fonts, style, color, text, length, &w, &h);
    if (t == NULL)
        return 0;
    SDL_Rect at = {x, y, w, h};
    SDL_RenderCopy(app->renderer, t, NULL, &at);
    if (app->layout_log)
        ui_log_text(app, text, length, at, box);
    return w;
}

int ui_text(App *app, FontStyle style, Color color, int x, int y, const char *text, SDL_Rect box)
{
    return ui_text_n(app, style, color, x, y, text, strlen(text), box);
}

/* Text at partial opacity: the cached texture is reused, only its alpha changes. */
int ui_text_faded(App *app, FontStyle style, Color color, int x, int y, const char *text, SDL_Rect box, int alpha)
{
    int w = 0, h = 0;
    SDL_Texture *t = textcache_get(app->cache, app->fonts, style, color, text, strlen(text), &w, &h);
    if (t == NULL)
        return 0;
    SDL_SetTextureAlphaMod(t, (Uint8)(alpha < 0 ? 0 : alpha > 255 ? 255 : alpha));
    SDL_Rect at = {x, y, w, h};
    SDL_RenderCopy(app->renderer, t, NULL, &at);
    SDL_SetTextureAlphaMod(t, 255);
    if (app->layout_log)
        ui_log_text(app, text, strlen(text), at, box);
    return w;
}

void ui_clicker_bar(App *app, SDL_Rect r)
{
    double progress = ui_clicker_progress(app, SDL_GetTicks());
    if (progress < 0)
        return;
    int h = ui_px(app, 0.7) > 3 ? ui_px(app, 0.7) : 3;
    int pad = ui_px(app, 1.2);
    SDL_Rect track = {r.x + pad, r.y + r.h - h - ui_px(app, 0.6), r.w - 2 * pad, h};
    ui_fill(app, track, app->theme.border);
    /* With reduce motion the bar stays still; the footer counts the seconds. */
    if (!app->settings.reduce_motion)
        ui_fill(app, (SDL_Rect){track.x, track.y, (int)(track.w * progress), h}, app->theme.focus);
}

const char *ui_clicker_hint(const App *app, const char *what, char *buf, size_t size)
{
    double progress = ui_clicker_progress(app, SDL_GetTicks());
    if (progress < 0)
        return NULL;
    int seconds_left = app->settings.clicker_delay - (int)(progress * app->settings.clicker_delay);
    snprintf(buf, size, "%s in %d s.   PageDown or PageUp: another one   Enter: now", what,
             seconds_left > 0 ? seconds_left : 1);
    return buf;
}

int ui_text_width(const App *app, FontStyle style, const char *text)
{
    return fonts_width(app->fonts, style, text, strlen(text));
}

/* ---- wrapped prose ---------------------------------------------------------------------------- */

typedef struct {
    const App *app;
    FontStyle style;
} UiMeasure;

static int ui_measure(void *ctx, const char *text, size_t length)
{
    UiMeasure *m = ctx;
    return fonts_width(m->app->fonts, m->style, text, length);
}

static void ui_collect(void *ctx, const WrapLine *line)
{
    UiText *t = ctx;
    if (t->count == t->capacity) {
        int capacity = t->capacity ? t->capacity * 2 : 32;
        WrapLine *grown = realloc(t->lines, (size_t)capacity * sizeof *grown);
        if (grown == NULL)
            return;
        t->lines = grown;
        t->capacity = capacity;
    }
    t->lines[t->count++] = *line;
}

void ui_wrap(App *app, UiText *t, const char *raw, FontStyle style, int width)
{
    ui_text_free(t);
    t->style = style;
    t->normalized = wrap_normalize(raw ? raw : "");
    if (t->normalized == NULL)
        return;
    UiMeasure m = {app, style};
    wrap_text(t->normalized, width > 1 ? width : 1, ui_measure, &m, ui_collect, t);
}

/* ---- remembered wraps ------------------------------------------------------------------ */

#define UI_WRAPS 256

typedef struct {
    char *raw;                   /* the text as given */
    FontStyle style;
    int width;
    unsigned generation;
    unsigned long used;
    UiText text;
} UiWrapEntry;

struct UiWrapCache {
    UiWrapEntry entries[UI_WRAPS];
    int count;
    unsigned long clock;
};

const UiText *ui_wrapped(App *app, const char *raw, FontStyle style, int width)
{
    if (app->wraps == NULL && (app->wraps = calloc(1, sizeof *app->wraps)) == NULL)
        return NULL;
    struct UiWrapCache *c = app->wraps;
    raw = raw ? raw : "";
    c->clock++;
    for (int i = 0; i < c->count; i++) {
        UiWrapEntry *e = &c->entries[i];
        if (e->style == style && e->width == width && e->generation == app->layout_generation &&
            strcmp(e->raw, raw) == 0) {
            e->used = c->clock;
            return &e->text;
        }
    }
    UiWrapEntry *slot = &c->entries[c->count < UI_WRAPS ? c->count++ : 0];
    if (c->count == UI_WRAPS)
        for (int i = 1; i < UI_WRAPS; i++) /* evict the least recently used */
            if (c->entries[i].used < slot->used)
                slot = &c->entries[i];
    free(slot->raw);
    slot->raw = strdup(raw);
    slot->style = style;
    slot->width = width;
    slot->generation = app->layout_generation;
    slot->used = c->clock;
    ui_wrap(app, &slot->text, raw, style, width);
    return &slot->text;
}

void ui_wraps_free(App *app)
{
    if (app->wraps == NULL)
        return;
    for (int i = 0; i < app->wraps->count; i++) {
        free(app->wraps->entries[i].raw);
        ui_text_free(&app->wraps->entries[i].text);
    }
    free(app->wraps);
    app->wraps = NULL;
}

void ui_text_free(UiText *t)
{
    free(t->normalized);
    free(t->lines);
    t->normalized = NULL;
    t->lines = NULL;
    t->count = t->capacity = 0;
}

int ui_lines_height(const App *app, const UiText *t, int from, int to)
{
    int skip = fonts_line_height(app->fonts, t->style), height = 0;
    for (int i = from; i < to && i < t->count; i++)
        height += skip + (i > from && t->lines[i].paragraph_start ? skip / 2 : 0);
    return height;
}

void ui_draw_lines(App *app, const UiText *t, int from, int to, int x, int y, Color color, SDL_Rect box)
{
    int skip = fonts_line_height(app->fonts, t->style);
    for (int i = from; i < to && i < t->count; i++) {
        if (i > from && t->lines[i].paragraph_start)
            y += skip / 2;
        const WrapLine *line = &t->lines[i];
        ui_text_n(app, t->style, color, x + line->indent, y, line->text, line->length, box);
        y += skip;
    }
}

/* ---- interaction ---------------------------------------------------------------------------------- */

void ui_hit(App *app, SDL_Rect r, Action action, int index)
{
    if (app->hit_count < UI_MAX_HITS)
        app->hits[app->hit_count++] = (Hit){r, action, index};
}

bool ui_hovered(const App *app, Action action, int index)
{
    for (int i = 0; i < app->hit_count; i++) {
        const Hit *h = &app->hits[i];
        if (h->action == action && h->index == index)
            return app->mouse_x >= h->rect.x && app->mouse_x < h->rect.x + h->rect.w &&
                   app->mouse_y >= h->rect.y && app->mouse_y < h->rect.y + h->rect.h;
    }
    return false;
}

/* The focus ring sits outside the element, so it never covers its text. */
void ui_focus_ring(App *app, SDL_Rect r, int radius)
{
    int t = ui_px(app, 0.45) > 2 ? ui_px(app, 0.45) : 2;
    SDL_Rect ring = {r.x - 2 * t, r.y - 2 * t, r.w + 4 * t, r.h + 4 * t};
    if (app->ring_count < (int)(sizeof app->rings / sizeof *app->rings)) {
        app->rings[app->ring_count].around = r;
        app->rings[app->ring_count++].reach = ring;
    }
    ui_outline(app, ring, radius + 2 * t, t, app->theme.focus);
}

void ui_button(App *app, SDL_Rect r, const char *label, bool primary, bool focused, Action action, int index)
{
    ui_button_in(app, FONT_BODY_BOLD, r, label, primary, focused, action, index);
}

void ui_button_in(App *app, FontStyle style, SDL_Rect r, const char *label, bool primary, bool focused,
                  Action action, int index)
{
    ui_hit(app, r, action, index);
    bool hover = ui_hovered(app, action, index);
    int radius = ui_px(app, 1.0);
    Color fill = primary ? app->theme.accent : hover ? app->theme.surface_hover : app->theme.surface;
    ui_round(app, r, radius, fill);
    if (!primary || hover)
        ui_outline(app, r, radius, hover ? 2 : 1, hover ? (primary ? app->theme.text : app->theme.accent)
                                                         : app->theme.border);
    if (focused)
        ui_focus_ring(app, r, radius);
    int tw = ui_text_width(app, style, label);
    int th = fonts_line_height(app->fonts, style);
    ui_text(app, style, primary ? app->theme.accent_text : app->theme.text, r.x + (r.w - tw) / 2,
            r.y + (r.h - th) / 2, label, r);
}

UiColumn ui_column(const App *app, int measure, int top)
{
    int most = app->w - 2 * ui_px(app, 6), reading = fonts_line_height(app->fonts, FONT_BODY) * measure;
    UiColumn c = {.width = measure > 0 && reading < most ? reading : most, .top = top, .bottom = ui_content_bottom(app)};
    c.x = (app->w - c.width) / 2;
    return c;
}

int ui_content_bottom(const App *app)
{
    return app->h - ui_px(app, 4) - fonts_line_height(app->fonts, FONT_SMALL) - ui_px(app, 2);
}

void ui_footer(App *app, const char *hint, const char *right)
{
    int margin = ui_px(app, 4);
    int y = app->h - ui_px(app, 2.2) - fonts_line_height(app->fonts, FONT_SMALL);
    SDL_Rect box = {margin, y, app->w - 2 * margin, fonts_line_height(app->fonts, FONT_SMALL)};
    int right_w = right ? ui_text_width(app, FONT_SMALL, right) : 0;
    if (hint)
        ui_text(app, FONT_SMALL, app->theme.muted, margin, y, hint, box);
    /* The keys matter more than where the page is: never draw one over the other. */
    if (right && hint && ui_text_width(app, FONT_SMALL, hint) + right_w + ui_px(app, 3) > box.w)
        return;
    if (right)
        ui_text(app, FONT_SMALL, app->theme.muted, app->w - margin - right_w, y, right, box);
}

const char *ui_ellipsize(const App *app, FontStyle style, const char *text, int width, char *buf, size_t size)
{
    snprintf(buf, size, "%s", text);
    if (ui_text_width(app, style, buf) <= width)
        return buf;
    size_t len = strlen(buf);
    while (len > 0) {
        do /* back up one UTF-8 character */
            len--;
        while (len > 0 && ((unsigned char)buf[len] & 0xC0) == 0x80);
        while (len > 0 && buf[len - 1] == ' ')
            len--;
        snprintf(buf + len, size - len, "\xE2\x80\xA6");
        if (ui_text_width(app, style, buf) <= width)
            break;
    }
    return buf;
}

void ui_draw_clipped(App *app, const UiText *t, int max_lines, int x, int y, Color color, SDL_Rect box)
{
    if (t->count <= max_lines) {
        ui_draw_lines(app, t, 0, t->count, x, y, color, box);
        return;
    }
    if (max_lines <= 0)
        return;
    ui_draw_lines(app, t, 0, max_lines - 1, x, y, color, box);
    const WrapLine *last = &t->lines[max_lines - 1];
    char line[1024];
    snprintf(line, sizeof line, "%.*s \xE2\x80\xA6", (int)last->length, last->text);
    int skip = fonts_line_height(app->fonts, t->style);
    int ly = y + ui_lines_height(app, t, 0, max_lines) - skip;
    char fitted[1100];
    ui_text(app, t->style, color, x + last->indent, ly,
            ui_ellipsize(app, t->style, line, box.x + box.w - x - last->indent, fitted, sizeof fitted), box);
}
