/* ui_field: a box the player writes in: UTF-8 text with a caret, the editing
 * keys a text box has everywhere, paste, wrapping inside the box, and a limit
 * that shows a counter as it nears. The text is edited in place; the screen
 * that owns the field decides where it is kept. */
#include "ui_internal.h"

#include <string.h>

#define UI_FIELD_BLINK_MS 530
#define UI_FIELD_WARN 0.8        /* the counter shows from this share of the limit */

static bool field_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

static int field_prev(const UiField *f, int at)
{
    while (at > 0 && field_continuation((unsigned char)f->text[--at]))
        ;
    return at;
}

static int field_next(const UiField *f, int at)
{
    if (at < f->length)
        at++;
    while (at < f->length && field_continuation((unsigned char)f->text[at]))
        at++;
    return at;
}

void ui_field_set(UiField *f, const char *text)
{
    f->length = f->caret = 0;
    f->text[0] = '\0';
    ui_field_insert(f, text ? text : "");
}

/* Inserts at the caret: line breaks and tabs become spaces (an answer is one paragraph),
 * other control characters are dropped, and what would pass the limit is left out
 * whole code points at a time. */
void ui_field_insert(UiField *f, const char *utf8)
{
    const unsigned char *s = (const unsigned char *)utf8;
    while (*s) {
        int n = *s < 0x80 ? 1 : (*s & 0xE0) == 0xC0 ? 2 : (*s & 0xF0) == 0xE0 ? 3 : (*s & 0xF8) == 0xF0 ? 4 : 1;
        for (int k = 1; k < n; k++)
            if (!field_continuation(s[k])) {
                n = k;                   /* a broken sequence: take what is there, once */
                break;
            }
        char one[4];
        memcpy(one, s, (size_t)n);
        s += n;
        if (n == 1 && (one[0] == '\n' || one[0] == '\r' || one[0] == '\t'))
            one[0] = ' ';
        else if (n == 1 && ((unsigned char)one[0] < 0x20 || one[0] == 0x7F))
            continue;
        if (f->length + n > UI_FIELD_MAX)
            break;
        memmove(f->text + f->caret + n, f->text + f->caret, (size_t)(f->length - f->caret) + 1);
        memcpy(f->text + f->caret, one, (size_t)n);
        f->length += n;
        f->caret += n;
    }
}

static void field_delete(UiField *f, int from, int to)
{
    memmove(f->text + from, f->text + to, (size_t)(f->length - to) + 1);
    f->length -= to - from;
    f->caret = from;
}

/* The clipboard's text, pasted at the caret. */
static void field_paste(UiField *f)
{
    if (!SDL_WasInit(SDL_INIT_VIDEO) || !SDL_HasClipboardText())
        return;
    char *clip = SDL_GetClipboardText();
    if (clip)
        ui_field_insert(f, clip);
    SDL_free(clip);
}

bool ui_field_key(UiField *f, SDL_Keycode key, Uint16 mod)
{
    bool ctrl = (mod & (KMOD_CTRL | KMOD_GUI)) != 0;
    switch (key) {
    case SDLK_LEFT: f->caret = field_prev(f, f->caret); return true;
    case SDLK_RIGHT: f->caret = field_next(f, f->caret); return true;
    case SDLK_HOME: f->caret = 0; return true;
    case SDLK_END: f->caret = f->length; return true;
    case SDLK_BACKSPACE:
        if (f->caret > 0)
            field_delete(f, field_prev(f, f->caret), f->caret);
        return true;
    case SDLK_DELETE:
        if (f->caret < f->length)
            field_delete(f, f->caret, field_next(f, f->caret));
        return true;
    case SDLK_v:
        if (!ctrl)
            return false;
        field_paste(f);
        return true;
    default:
        return false;
    }
}

/* ---- wrapping and drawing ------------------------------------------------------------------------------ */

/* The end of the word at `at` with the spaces after it. */
static int field_word(const UiField *f, int at)
{
    while (at < f->length && f->text[at] != ' ')
        at++;
    while (at < f->length && f->text[at] == ' ')
        at++;
    return at;
}

static bool field_fits(App *app, const UiField *f, int from, int to, int width)
{
    return fonts_width(app->fonts, UI_FIELD_STYLE, f->text + from, (size_t)(to - from)) <= width;
}

/* Cuts the text into lines of at most `width` pixels, after a word where one fits, else
 * inside a word too long for a line; starts[i] is the first byte of line i. */
static int field_lines(App *app, const UiField *f, int width, int *starts, int max)
{
    int count = 0, at = 0;
    while (count < max) {
        starts[count++] = at;
        int end = at;
        while (end < f->length && field_fits(app, f, at, field_word(f, end), width))
            end = field_word(f, end);
        if (end >= f->length)
            break;
        if (end == at) {                 /* one word wider than the box: cut it */
            while (end < f->length && field_fits(app, f, at, field_next(f, end), width))
                end = field_next(f, end);
            if (end == at)
                end = field_next(f, at);
        }
        at = end;
    }
    return count;
}

int ui_field_height(const App *app, int lines)
{
    return lines * fonts_line_height(app->fonts, UI_FIELD_STYLE) + 2 * ui_px(app, 1.2);
}

/* The room the counter takes above the box's right edge: keep the question clear of it. */
int ui_field_counter_width(const App *app)
{
    char widest[32];
    snprintf(widest, sizeof widest, "%d / %d", UI_FIELD_MAX, UI_FIELD_MAX);
    return ui_text_width(app, FONT_SMALL, widest) + ui_px(app, 2);
}

/* The counter, once the text nears its limit: bytes used of the limit, above the box's
 * right edge (beside its question), so it costs the boxes no height. */
static void field_counter(App *app, const UiField *f, SDL_Rect r)
{
    if (f->length < UI_FIELD_WARN * UI_FIELD_MAX)
        return;
    char used[32];
    snprintf(used, sizeof used, "%d / %d", f->length, UI_FIELD_MAX);
    int w = ui_text_width(app, FONT_SMALL, used), h = fonts_line_height(app->fonts, FONT_SMALL);
    Color c = f->length >= UI_FIELD_MAX ? app->theme.error : app->theme.muted;
    int y = r.y - h - ui_px(app, 1.2);  /* clear of the box's focus ring */
    ui_text(app, FONT_SMALL, c, r.x + r.w - w, y, used, (SDL_Rect){r.x + r.w - w - ui_px(app, 1), y, w + ui_px(app, 1), h});
}

/* Draws the box with `lines` lines of text, scrolled so the caret's line shows. */
void ui_field_draw(App *app, const UiField *f, SDL_Rect r, bool focused, bool caret_on)
{
    int radius = ui_px(app, 0.8), pad = ui_px(app, 1.2), skip = fonts_line_height(app->fonts, UI_FIELD_STYLE);
    ui_round(app, r, radius, focused ? app->theme.surface_hover : app->theme.surface);
    ui_outline(app, r, radius, focused ? 2 : 1, focused ? app->theme.accent : app->theme.muted);
    if (focused)
        ui_focus_ring(app, r, radius);
    int starts[UI_FIELD_MAX + 1];
    int width = r.w - 2 * pad, visible = (r.h - 2 * pad) / skip;
    int count = field_lines(app, f, width, starts, UI_FIELD_MAX);
    int caret_line = count - 1;
    while (caret_line > 0 && starts[caret_line] > f->caret)
        caret_line--;
    int first = caret_line >= visible ? caret_line - visible + 1 : 0;
    SDL_Rect inner = {r.x + pad, r.y + pad, width, visible * skip};
    for (int i = first; i < count && i < first + visible; i++) {
        int end = i + 1 < count ? starts[i + 1] : f->length;
        ui_text_n(app, UI_FIELD_STYLE, app->theme.text, inner.x, inner.y + (i - first) * skip, f->text + starts[i],
                  (size_t)(end - starts[i]), inner);
    }
    if (focused && caret_on) {
        int x = inner.x + fonts_width(app->fonts, UI_FIELD_STYLE, f->text + starts[caret_line],
                                      (size_t)(f->caret - starts[caret_line]));
        int cw = ui_px(app, 0.25) > 2 ? ui_px(app, 0.25) : 2;
        ui_fill(app, (SDL_Rect){x < inner.x + width ? x : inner.x + width - cw, inner.y + (caret_line - first) * skip,
                                cw, skip},
                app->theme.text);
    }
    field_counter(app, f, r);
}

/* The caret blinks while typing, unless motion is reduced: then it stays, and nothing
 * redraws until a key comes. */
bool ui_field_caret_on(const App *app, uint32_t since, uint32_t now)
{
    return app->settings.reduce_motion || ((now - since) / UI_FIELD_BLINK_MS) % 2 == 0;
}

int ui_field_timer(const App *app, uint32_t since, uint32_t now)
{
    if (!app->typing || app->settings.reduce_motion)
        return -1;
    return UI_FIELD_BLINK_MS - (int)((now - since) % UI_FIELD_BLINK_MS);
}
