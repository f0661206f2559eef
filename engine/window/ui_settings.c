/* ui_settings: the settings screen. Every change applies at once and is
 * written back to settings.ini. */
#include "ui_internal.h"
#include "paths.h"

#include <stdlib.h>
#include <string.h>

typedef enum {
    ROW_SIZE, ROW_FULLSCREEN, ROW_PROJECTOR, ROW_THEME, ROW_FONT, ROW_SCALE, ROW_PLAYER, ROW_MOTION,
    ROW_CLICKER, ROW_SCENARIOS, ROW_DONE, ROW_COUNT
} SettingsRow;

static const char *const row_labels[ROW_COUNT] = {
    "Window size", "Full screen", "Projector mode", "Theme", "Font", "Text size", "Your name",
    "Reduce motion", "Clicker: take a choice after", "Scenario folder", "Done",
};

static const int sizes[][2] = {{1280, 720}, {1600, 900}, {1920, 1080}, {2560, 1440}, {3840, 2160}};
#define SIZE_COUNT ((int)(sizeof sizes / sizeof *sizes))
static const int delays[] = {0, 2, 3, 5, 8};
#define DELAY_COUNT ((int)(sizeof delays / sizeof *delays))

/* The text being edited, when a text row is open for typing. */
static char *ui_settings_field(App *app, int row, size_t *size)
{
    switch (row) {
    case ROW_FONT: *size = sizeof app->settings.font; return app->settings.font;
    case ROW_PLAYER: *size = sizeof app->settings.player; return app->settings.player;
    case ROW_SCENARIOS: *size = sizeof app->settings.scenarios; return app->settings.scenarios;
    default: return NULL;
    }
}

static void ui_settings_value(const App *app, int row, char *out, size_t size)
{
    const Settings *s = &app->settings;
    switch (row) {
    case ROW_SIZE: snprintf(out, size, "%d \xC3\x97 %d", s->width, s->height); break;
    case ROW_FULLSCREEN: snprintf(out, size, "%s", s->fullscreen ? "On" : "Off"); break;
    case ROW_PROJECTOR: snprintf(out, size, "%s", s->projector ? "On: large type, high contrast" : "Off"); break;
    case ROW_THEME: snprintf(out, size, "%s%s", s->theme, s->projector ? " (projector uses high-contrast)" : ""); break;
    case ROW_FONT: snprintf(out, size, "%s", s->font); break;
    case ROW_SCALE: snprintf(out, size, "%d%%", (int)(s->font_scale * 100 + 0.5)); break;
    case ROW_PLAYER: snprintf(out, size, "%s", s->player[0] ? s->player : "(not set)"); break;
    case ROW_MOTION: snprintf(out, size, "%s", s->reduce_motion ? "On: no animation" : "Off"); break;
    case ROW_CLICKER:
        if (s->clicker_delay == 0)
            snprintf(out, size, "Off: only Enter takes a choice");
        else
            snprintf(out, size, "%d seconds", s->clicker_delay);
        break;
    case ROW_SCENARIOS:
        snprintf(out, size, "%s", s->scenarios[0] ? s->scenarios : paths_display(paths_scenarios_dir()));
        break;
    default: out[0] = '\0'; break;
    }
}

/* Moves a setting one step (direction +1 or -1) and applies it. */
static void ui_settings_change(App *app, int row, int direction)
{
    Settings *s = &app->settings;
    switch (row) {
    case ROW_SIZE: {
        int current = 0;
        for (int i = 0; i < SIZE_COUNT; i++)
            if (sizes[i][0] == s->width && sizes[i][1] == s->height)
                current = i;
        current = (current + direction + SIZE_COUNT) % SIZE_COUNT;
        s->width = sizes[current][0];
        s->height = sizes[current][1];
        break;
    }
    case ROW_FULLSCREEN: s->fullscreen = !s->fullscreen; break;
    case ROW_PROJECTOR: s->projector = !s->projector; break;
    case ROW_THEME: {
        int current = 0, count = 0;
        while (settings_themes[count]) {
            if (strcmp(settings_themes[count], s->theme) == 0)
                current = count;
            count++;
        }
        snprintf(s->theme, sizeof s->theme, "%s", settings_themes[(current + direction + count) % count]);
        break;
    }
    case ROW_SCALE: {
        double scale = s->font_scale + 0.1 * direction;
        s->font_scale = scale < 0.75 ? 1.5 : scale > 1.55 ? 0.8 : scale;
        break;
    }
    case ROW_MOTION: s->reduce_motion = !s->reduce_motion; break;
    case ROW_CLICKER: {
        int current = 0;
        for (int i = 0; i < DELAY_COUNT; i++)
            if (delays[i] == s->clicker_delay)
                current = i;
        s->clicker_delay = delays[(current + direction + DELAY_COUNT) % DELAY_COUNT];
        break;
    }
    default:
        return;
    }
    ui_apply_settings(app);
}

static void ui_settings_leave(App *app)
{
    app->settings_screen.editing = false;
    ui_typing(app, false);
    ui_apply_settings(app);
    app->focus = app->settings_screen.back == SCREEN_LIBRARY ? 0 : -1;
    ui_goto(app, app->settings_screen.back);
}

/* Commits the row being typed into: a new font or folder takes effect now. */
static void ui_settings_commit(App *app, int row)
{
    app->settings_screen.editing = false;
    ui_typing(app, false);
    size_t size;
    char *text = ui_settings_field(app, row, &size);
    if (text)
        settings_tidy_text(text);        /* what is kept is what the file will give back */
    if (row == ROW_FONT) {
        DiagList diags = {0};
        Fonts *fonts = fonts_open(app->settings.font, &diags);
        if (fonts) {
            fonts_close(app->fonts);
            app->fonts = fonts;
        }
        diag_print_all(stderr, &diags);
        diag_list_free(&diags);
    } else if (row == ROW_SCENARIOS) {
        if (app->settings.scenarios[0])
            paths_set_scenarios_dir(app->settings.scenarios);
        else
            paths_reset_scenarios_dir();
        ui_library_load(app);
    }
    ui_apply_settings(app);
}

static void settings_draw(App *app)
{
    UiColumn c = ui_column(app, 34, ui_px(app, 5));
    int x = c.x, width = c.width, y = c.top;
    SDL_Rect column = {x, y, width, app->h - 2 * y};
    ui_text(app, FONT_TITLE, app->theme.text, x, y, "Settings", column);
    y += fonts_line_height(app->fonts, FONT_TITLE) + ui_px(app, 2);
    bool editing = app->settings_screen.editing;
    int row_h = fonts_line_height(app->fonts, FONT_BODY) + ui_px(app, 1.6);
    int label_w = 0;
    for (int r = 0; r < ROW_DONE; r++) {
        int w = ui_text_width(app, FONT_BODY, row_labels[r]);
        label_w = w > label_w ? w : label_w;
    }
    label_w += ui_px(app, 4);
    /* When the rows do not all fit (large type on a small screen), scroll with the focus. */
    int room = ui_content_bottom(app) - y - ui_px(app, 2) - row_h;   /* Done: below the rows, above the footer */
    int visible = room / (row_h + ui_px(app, 0.8));
    int first = app->focus >= visible ? app->focus - visible + 1 : 0;
    if (first > ROW_DONE - visible)
        first = ROW_DONE - visible > 0 ? ROW_DONE - visible : 0;
    for (int r = first; r < ROW_DONE && r < first + visible; r++) {
        SDL_Rect row = {x, y, width, row_h};
        ui_hit(app, row, ACT_PICK, r);
        bool focused = app->focus == r, hover = ui_hovered(app, ACT_PICK, r);
        int radius = ui_px(app, 0.8);
        ui_round(app, row, radius, focused || hover ? app->theme.surface_hover : app->theme.surface);
        if (focused)
            ui_focus_ring(app, row, radius);
        int ty = y + (row_h - fonts_line_height(app->fonts, FONT_BODY)) / 2;
        ui_text(app, FONT_BODY, app->theme.muted, x + ui_px(app, 2), ty, row_labels[r], row);
        char value[640];
        ui_settings_value(app, r, value, sizeof value);
        if (focused && editing)
            strncat(value, "_", sizeof value - strlen(value) - 1);
        ui_draw_clipped(app, ui_wrapped(app, value, FONT_BODY_BOLD, width - label_w - ui_px(app, 4)), 1,
                        x + ui_px(app, 2) + label_w, ty, app->theme.text, row);
        y += row_h + ui_px(app, 0.8);
    }
    y += ui_px(app, 2);
    int bw = ui_text_width(app, FONT_BODY_BOLD, row_labels[ROW_DONE]) + ui_px(app, 10);
    ui_button(app, (SDL_Rect){x, y, bw, row_h}, row_labels[ROW_DONE], true, app->focus == ROW_DONE,
              ACT_PICK, ROW_DONE);
    char saved[1200];
    snprintf(saved, sizeof saved, "Saved to %s", app->settings_path);
    ui_footer(app, editing ? "Type, then Enter to keep it or Esc to cancel"
                           : "Up/Down: choose   Left/Right or Enter: change   Esc: done",
              saved);
}

static void settings_click(App *app, int row);

static void settings_key(App *app, SDL_Keycode key)
{
    int row = app->focus < 0 ? 0 : app->focus;
    size_t size;
    char *field = ui_settings_field(app, row, &size);
    if (app->settings_screen.editing && field) {
        if (key == SDLK_RETURN || key == SDLK_KP_ENTER) {
            ui_settings_commit(app, row);
        } else if (key == SDLK_ESCAPE) {
            size_t n = strnlen(app->settings_screen.backup, size - 1); /* cancel: the value before */
            memcpy(field, app->settings_screen.backup, n);
            field[n] = '\0';
            app->settings_screen.editing = false;
            ui_typing(app, false);
        } else if (key == SDLK_BACKSPACE) {
            size_t len = strlen(field);
            while (len > 0 && ((unsigned char)field[len - 1] & 0xC0) == 0x80)
                len--;                       /* a whole UTF-8 character */
            if (len > 0)
                field[len - 1] = '\0';
        }
        app->dirty = true;
        return;
    }
    switch (key) {
    case SDLK_ESCAPE:
        ui_settings_leave(app);
        return;
    case SDLK_UP: case SDLK_PAGEUP:
        row = row > 0 ? row - 1 : 0;
        break;
    case SDLK_DOWN: case SDLK_TAB: case SDLK_PAGEDOWN:
        row = row < ROW_DONE ? row + 1 : ROW_DONE;
        break;
    case SDLK_LEFT:
        ui_settings_change(app, row, -1);
        break;
    case SDLK_RIGHT:
        ui_settings_change(app, row, +1);
        break;
    case SDLK_RETURN: case SDLK_KP_ENTER: case SDLK_SPACE:
        settings_click(app, row);
        return;
    default:
        return;
    }
    app->focus = row;
    app->dirty = true;
}

static void settings_click(App *app, int row)
{
    app->focus = row;
    app->dirty = true;
    size_t size;
    char *field = ui_settings_field(app, row, &size);
    if (row == ROW_DONE) {
        ui_settings_leave(app);
    } else if (field) {
        snprintf(app->settings_screen.backup, sizeof app->settings_screen.backup, "%s", field);
        app->settings_screen.editing = true;
        ui_typing(app, true);
    } else {
        ui_settings_change(app, row, +1);
    }
}

static void settings_text(App *app, const char *text)
{
    size_t size;
    char *field = ui_settings_field(app, app->focus, &size);
    if (field && app->settings_screen.editing && strlen(field) + strlen(text) < size)
        strcat(field, text);
    app->dirty = true;
}

static void settings_enter(App *app)
{
    app->settings_screen.back = app->previous == SCREEN_SETTINGS ? SCREEN_LIBRARY : app->previous;
    app->settings_screen.editing = false;
    app->focus = 0;
}

static void settings_hit(App *app, const Hit *hit)
{
    if (hit->action == ACT_PICK)
        settings_click(app, hit->index);
}

const Screen screen_settings = {
    .name = "settings", .enter = settings_enter, .draw = settings_draw, .key = settings_key,
    .click = settings_hit, .text = settings_text,
};
