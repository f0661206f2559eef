/* ui_library: the scenarios on offer, as cards. A file that does not load is
 * shown with its error, so its author sees why, and never hides the others. */
#include "ui_internal.h"
#include "paths.h"

#include <stdlib.h>
#include <string.h>

static char *ui_copy(const char *s) { return s ? strdup(s) : NULL; }

static void library_free(App *app);

void ui_library_load(App *app)
{
    library_free(app);
    char **files = NULL;
    int count = paths_list_scenarios(paths_scenarios_dir(), &files);
    if (count <= 0)
        return;
    app->library.entries = calloc((size_t)count, sizeof *app->library.entries);
    for (int i = 0; app->library.entries && i < count; i++) {
        LibraryEntry *e = &app->library.entries[app->library.count++];
        e->path = strdup(paths_display(files[i]));
        DiagList diags = {0};
        Scenario *sc = scenario_load(files[i], &diags);
        if (sc) {
            e->id = ui_copy(sc->id);
            e->title = ui_copy(sc->title);
            e->role = ui_copy(sc->role);
            e->summary = ui_copy(sc->summary);
            e->minutes = sc->minutes;
            scenario_free(sc);
        } else {
            diag_sort(&diags);
            const Diag *d = diags.count ? &diags.items[0] : NULL;
            char text[1600];
            snprintf(text, sizeof text, "%s:%d: %s%s", e->path, d ? d->line : 0, d ? d->message : "cannot be loaded",
                     diags.errors > 1 ? " (and more: leadsim check lists them)" : "");
            e->error = strdup(text);
            const char *base = strrchr(e->path, '/');
            e->title = strdup(base ? base + 1 : e->path);
        }
        diag_list_free(&diags);
    }
    for (int i = 0; i < count; i++)
        free(files[i]);
    free(files);
    ui_records_library(app);
}

static void library_free(App *app)
{
    for (int i = 0; i < app->library.count; i++) {
        LibraryEntry *e = &app->library.entries[i];
        free(e->path);
        free(e->title);
        free(e->role);
        free(e->summary);
        free(e->id);
        free(e->error);
    }
    free(app->library.entries);
    app->library.entries = NULL;
    app->library.count = 0;
}

/* The page buttons sit on the footer line; their height decides where the cards must stop. */
static int ui_library_pager_height(const App *app)
{
    return fonts_line_height(app->fonts, FONT_SMALL_BOLD) + ui_px(app, 1.6);
}

static int ui_library_footer_middle(const App *app)
{
    return app->h - ui_px(app, 2.2) - fonts_line_height(app->fonts, FONT_SMALL) / 2;
}

static int ui_library_footer_top(const App *app)
{
    int top = ui_library_footer_middle(app) - ui_library_pager_height(app) / 2;
    int usual = app->h - ui_px(app, 7);     /* where the cards stopped before there were buttons */
    return top < usual ? top : usual;
}

/* The grid for this output: columns, rows per page, and the card size. */
typedef struct {
    int columns, rows, card_w, card_h, gap, x, y;
} Grid;

static Grid ui_library_grid(const App *app)
{
    Grid g;
    int margin = ui_px(app, 6);
    g.gap = ui_px(app, 3);
    g.columns = app->w >= app->h * 1.3 ? 2 : 1;
    int width = app->w - 2 * margin;
    g.card_w = (width - (g.columns - 1) * g.gap) / g.columns;
    g.x = margin;
    g.y = ui_px(app, 5) + fonts_line_height(app->fonts, FONT_TITLE) + fonts_line_height(app->fonts, FONT_BODY) +
          ui_px(app, 5);
    g.card_h = ui_px(app, 6) + fonts_line_height(app->fonts, FONT_HEADING) + fonts_line_height(app->fonts, FONT_SMALL) +
               ui_px(app, 1.5) + 3 * fonts_line_height(app->fonts, FONT_BODY) + ui_records_card_height(app);
    int room = ui_library_footer_top(app) - g.y - ui_px(app, 2);
    g.rows = (room + g.gap) / (g.card_h + g.gap);
    if (g.rows < 1)
        g.rows = 1;
    return g;
}

static void ui_library_card(App *app, const LibraryEntry *e, int index, SDL_Rect r)
{
    ui_hit(app, (SDL_Rect){r.x, r.y, r.w, r.h - ui_records_card_buttons(app, index)}, ACT_PICK, index);
    int radius = ui_px(app, 1.2);
    bool hover = ui_hovered(app, ACT_PICK, index);
    ui_round(app, r, radius, hover ? app->theme.surface_hover : app->theme.surface);
    ui_outline(app, r, radius, hover ? 2 : 1, hover ? app->theme.accent : app->theme.border);
    if (app->focus == index)
        ui_focus_ring(app, r, radius);
    int pad = ui_px(app, 3), x = r.x + pad, y = r.y + pad, inner = r.w - 2 * pad;
    SDL_Rect box = {x, r.y, inner, r.h};
    ui_draw_clipped(app, ui_wrapped(app, e->title, FONT_HEADING, inner), 1, x, y, app->theme.text, box);
    y += fonts_line_height(app->fonts, FONT_HEADING);
    /* The role gives way to the minutes, which are always shown whole. */
    char minutes[64] = "", role[512];
    if (e->minutes > 0)
        snprintf(minutes, sizeof minutes, "  \xC2\xB7  about %ld minutes", e->minutes);
    int minutes_w = minutes[0] ? ui_text_width(app, FONT_SMALL, minutes) : 0;
    if (e->error) {
        ui_text(app, FONT_SMALL, app->theme.error, x, y, "Cannot be loaded", box);
    } else {
        ui_ellipsize(app, FONT_SMALL, e->role ? e->role : "", inner - minutes_w, role, sizeof role);
        int rw = ui_text(app, FONT_SMALL, app->theme.muted, x, y, role, box);
        if (minutes[0])
            ui_text(app, FONT_SMALL, app->theme.muted, x + rw, y, minutes, box);
    }
    y += fonts_line_height(app->fonts, FONT_SMALL) + ui_px(app, 1.5);
    const UiText *t = ui_wrapped(app, e->error ? e->error : e->summary ? e->summary : "",
                                 e->error ? FONT_SMALL : FONT_BODY, inner);
    int foot = e->error ? 0 : ui_records_card_height(app);     /* attempts, scores, Continue */
    int room = (r.y + r.h - pad / 2 - foot - y) / fonts_line_height(app->fonts, t->style);
    ui_draw_clipped(app, t, room, x, y, e->error ? app->theme.error : app->theme.text, box);
    ui_records_card(app, index, r);
    if (app->focus == index)
        ui_clicker_bar(app, r);              /* a clicker's countdown to opening it */
}

static int ui_library_pager(App *app, int pages);

static void library_draw(App *app)
{
    int margin = ui_px(app, 6);
    int y = ui_px(app, 5);
    SDL_Rect header = {margin, y, app->w - 2 * margin,
                       fonts_line_height(app->fonts, FONT_TITLE) + fonts_line_height(app->fonts, FONT_BODY) +
                           ui_px(app, 0.8) + fonts_line_height(app->fonts, FONT_SMALL)};
    ui_text(app, FONT_TITLE, app->theme.accent, margin, y, "leadsim", header);
    int settings_w = ui_text_width(app, FONT_BODY_BOLD, "Settings") + ui_px(app, 6);
    int settings_h = fonts_line_height(app->fonts, FONT_BODY_BOLD) + ui_px(app, 2.5);
    ui_button(app, (SDL_Rect){app->w - margin - settings_w, y, settings_w, settings_h}, "Settings", false, false,
              ACT_OPEN_SETTINGS, 0);
    int progress_w = ui_text_width(app, FONT_BODY_BOLD, "Progress") + ui_px(app, 6);
    ui_button(app, (SDL_Rect){app->w - margin - settings_w - ui_px(app, 2) - progress_w, y, progress_w, settings_h},
              "Progress", false, false, ACT_PROGRESS, 0);
    int facilitate_w = ui_text_width(app, FONT_BODY_BOLD, "Facilitate (F)") + ui_px(app, 6);   /* the focused card, for a room */
    ui_button(app, (SDL_Rect){app->w - margin - settings_w - 2 * ui_px(app, 2) - progress_w - facilitate_w, y,
                              facilitate_w, settings_h}, "Facilitate (F)", false, false, ACT_FACILITATE, 0);
    y += fonts_line_height(app->fonts, FONT_TITLE);
    ui_text(app, FONT_BODY, app->theme.muted, margin, y,
            "Practice leading in public service. Choose a scenario to play.", header);
    if (app->notices.count > 0) {
        /* Problems with settings.ini: say so once, plainly, without blocking anything. */
        const Diag *d = &app->notices.items[0];
        char line[1400];
        snprintf(line, sizeof line, "%s:%d: %s%s", d->path, d->line, d->message,
                 app->notices.count > 1 ? "  (more in the terminal)" : "");
        ui_draw_clipped(app, ui_wrapped(app, line, FONT_SMALL, app->w - 2 * margin), 1, margin,
                        y + fonts_line_height(app->fonts, FONT_BODY) + ui_px(app, 0.8), app->theme.error, header);
    }

    Grid g = ui_library_grid(app);
    int per_page = g.columns * g.rows;
    if (app->library.count == 0) {
        char line[1200];
        snprintf(line, sizeof line, "No scenarios in %s.", paths_display(paths_scenarios_dir()));
        ui_text(app, FONT_BODY, app->theme.text, g.x, g.y, line, (SDL_Rect){g.x, g.y, app->w - 2 * g.x, app->h});
    }
    if (app->focus >= 0)
        app->library.page = app->focus / per_page;
    int first = app->library.page * per_page;
    for (int i = first; i < app->library.count && i < first + per_page; i++) {
        int slot = i - first;
        SDL_Rect r = {g.x + (slot % g.columns) * (g.card_w + g.gap), g.y + (slot / g.columns) * (g.card_h + g.gap),
                      g.card_w, g.card_h};
        ui_library_card(app, &app->library.entries[i], i, r);
    }
    int pages = (app->library.count + per_page - 1) / per_page;
    int pager_w = pages > 1 ? ui_library_pager(app, pages) : 0;
    char clicker[160];
    const char *hint = ui_clicker_hint(app, "Opening this scenario", clicker, sizeof clicker);
    if (hint == NULL)
        hint = "Arrows or PageDown: choose   Enter: play   H: progress   S: settings   F11: full screen   Esc: quit";
    /* On a narrow window the page buttons matter more than the reminder of the keys. */
    if (ui_text_width(app, FONT_SMALL, hint) + pager_w + ui_px(app, 11) > app->w)
        hint = NULL;
    ui_footer(app, hint, NULL);
}

/* "< Previous   Page 1 of 2   Next >", right-aligned on the footer line, so a mouse alone
 * reaches every page. The label keeps its place when a button is not needed. Returns the
 * width taken. */
static int ui_library_pager(App *app, int pages)
{
    static const char prev[] = "\xE2\x80\xB9 Previous", next[] = "Next \xE2\x80\xBA";
    int margin = ui_px(app, 4), gap = ui_px(app, 2), pad = ui_px(app, 3.5);
    int middle = ui_library_footer_middle(app), bh = ui_library_pager_height(app);
    int small_h = fonts_line_height(app->fonts, FONT_SMALL);
    char label[64];
    snprintf(label, sizeof label, "Page %d of %d", app->library.page + 1, pages);
    int next_w = ui_text_width(app, FONT_SMALL_BOLD, next) + pad, prev_w = ui_text_width(app, FONT_SMALL_BOLD, prev) + pad;
    int x = app->w - margin - next_w;
    if (app->library.page < pages - 1)
        ui_button_in(app, FONT_SMALL_BOLD, (SDL_Rect){x, middle - bh / 2, next_w, bh}, next, false, false,
                     ACT_NEXT, 0);
    x -= gap + ui_text_width(app, FONT_SMALL, label);
    ui_text(app, FONT_SMALL, app->theme.muted, x, middle - small_h / 2, label,
            (SDL_Rect){0, middle - bh / 2, app->w, bh});
    x -= gap + prev_w;
    if (app->library.page > 0)
        ui_button_in(app, FONT_SMALL_BOLD, (SDL_Rect){x, middle - bh / 2, prev_w, bh}, prev, false, false,
                     ACT_PREV, 0);
    return app->w - margin - x;
}

/* The page buttons: the next or previous page, its first card focused when a card was. */
static void library_turn(App *app, int direction)
{
    Grid g = ui_library_grid(app);
    int per_page = g.columns * g.rows, pages = (app->library.count + per_page - 1) / per_page;
    int page = app->library.page + direction;
    if (page < 0 || page >= pages)
        return;
    app->library.page = page;
    if (app->focus >= 0) {
        app->focus = page * per_page;
        app->clicker_focus = false;
        app->focus_since = SDL_GetTicks();
    }
    app->dirty = true;
}

static void library_key(App *app, SDL_Keycode key)
{
    Grid g = ui_library_grid(app);
    int n = app->library.count, focus = app->focus < 0 ? 0 : app->focus;
    bool clicker = key == SDLK_PAGEDOWN || key == SDLK_PAGEUP;
    if (ui_records_card_key(app, key))  /* Continue or New game on a card with a save; H: progress */
        return;
    switch (key) {
    case SDLK_RETURN: case SDLK_KP_ENTER: case SDLK_SPACE:
        if (n == 0)
            return;
        if (app->library.entries[focus].error) {
            ui_show_error(app, "This scenario cannot be loaded", app->library.entries[focus].error);
        } else {
            app->seed = 0;
            ui_start_playthrough(app, app->library.entries[focus].path);
        }
        return;
    case SDLK_ESCAPE:
        ui_dialog_open(app, DIALOG_QUIT);
        return;
    case SDLK_s:
        ui_goto(app, SCREEN_SETTINGS);
        return;
    case SDLK_f:
        if (n > 0 && app->library.entries[focus].error == NULL)
            ui_room_setup_open(app, app->library.entries[focus].path);
        return;
    case SDLK_DOWN: focus += g.columns; break;
    case SDLK_UP: focus -= g.columns; break;
    case SDLK_RIGHT: case SDLK_TAB: case SDLK_PAGEDOWN: focus++; break;
    case SDLK_LEFT: case SDLK_PAGEUP: focus--; break;
    default: return;
    }
    if (n == 0)
        return;
    focus = focus < 0 ? 0 : focus >= n ? n - 1 : focus;
    if (focus != app->focus || clicker) {
        app->focus = focus;
        app->clicker_focus = clicker;
        app->focus_since = SDL_GetTicks();
        app->dirty = true;
    }
}

static void library_enter(App *app)
{
    ui_records_library(app);             /* an attempt or a save may have been made since */
    if (app->focus < 0 || app->focus >= app->library.count)
        app->focus = 0;
}

static void library_click(App *app, const Hit *hit)
{
    if (hit->action == ACT_PICK) {
        app->focus = hit->index;
        library_key(app, SDLK_RETURN);
    } else if (hit->action == ACT_NEXT || hit->action == ACT_PREV) {
        library_turn(app, hit->action == ACT_NEXT ? +1 : -1);
    } else if (hit->action == ACT_FACILITATE) {
        library_key(app, SDLK_f);
    }
}

static void library_wheel(App *app, int steps) { library_key(app, steps > 0 ? SDLK_DOWN : SDLK_UP); }

const Screen screen_library = {
    .name = "library", .enter = library_enter, .draw = library_draw, .key = library_key,
    .click = library_click, .wheel = library_wheel, .free = library_free, .clicker = true,
};
