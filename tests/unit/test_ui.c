/* The window, headless: whole playthroughs by keyboard, mouse and clicker
 * events; Esc, blanking and dialogs; broken files; and the layout of every
 * screen at 1280x720 and 3840x2160 (text inside its box, nothing off screen). */
#include "unit.h"
#include "ui_internal.h"

/* ---- what the last frame drew, from the layout log ---- */

typedef struct {
    char text[256];
    SDL_Rect at, box;
} Drawn;

static Drawn drawn[4096];
static int drawn_count;
static char layout_path[300];

static void read_frame(void)
{
    FILE *f = fopen(layout_path, "r");
    assert_non_null(f);
    static char line[8192];
    long start = 0, previous = 0, pos = 0;
    /* Find where the last complete frame begins. */
    while (fgets(line, sizeof line, f)) {
        pos = ftell(f);
        if (strncmp(line, "{\"frame\":\"end\"}", 15) == 0) {
            start = previous;
            previous = pos;
        }
    }
    fseek(f, start, SEEK_SET);
    drawn_count = 0;
    while (fgets(line, sizeof line, f) && drawn_count < 4096) {
        if (strncmp(line, "{\"frame\"", 8) == 0)
            break;
        Drawn *d = &drawn[drawn_count];
        const char *t = line + 9, *end = strstr(t, "\",\"x\":");
        assert_non_null(end);
        size_t n = (size_t)(end - t) < sizeof d->text - 1 ? (size_t)(end - t) : sizeof d->text - 1;
        memcpy(d->text, t, n);
        d->text[n] = '\0';
        int sw, sh;
        if (sscanf(end, "\",\"x\":%d,\"y\":%d,\"w\":%d,\"h\":%d,\"box\":[%d,%d,%d,%d],\"screen\":[%d,%d]", &d->at.x,
                   &d->at.y, &d->at.w, &d->at.h, &d->box.x, &d->box.y, &d->box.w, &d->box.h, &sw, &sh) == 10)
            drawn_count++;
    }
    fclose(f);
}

static const Drawn *find(const char *text)
{
    for (int i = 0; i < drawn_count; i++)
        if (strcmp(drawn[i].text, text) == 0)
            return &drawn[i];
    return NULL;
}

static bool shows(const char *needle)
{
    for (int i = 0; i < drawn_count; i++)
        if (strstr(drawn[i].text, needle))
            return true;
    return false;
}

/* ---- driving the app ---- */

static App *start_app(int w, int h, const char *settings_text, const char *scenario, const int *choices, int count,
                      int page, const char *screen)
{
    static char settings_path[256];
    snprintf(settings_path, sizeof settings_path, "%s", unit_write("ui-settings.ini", settings_text ? settings_text : ""));
    snprintf(layout_path, sizeof layout_path, "%s.layout", settings_path);
    AppStart start = {.settings_path = settings_path, .scenario = scenario, .choices = choices, .choice_count = count,
                      .seed = 1, .page = page, .screen = screen, .layout_log = layout_path};
    App *app = app_create_headless(w, h, &start);
    assert_non_null(app);
    assert_null(app_start_error(app));
    app_render(app);
    read_frame();
    return app;
}

static void render(App *app)
{
    app_render(app);
    read_frame();
}

static void press(App *app, SDL_Keycode key)
{
    SDL_Event e = {0};
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = key;
    app_handle_event(app, &e);
    render(app);
}

static void click_at(App *app, int x, int y)
{
    SDL_Event e = {0};
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = x;
    e.button.y = y;
    app_handle_event(app, &e);
    render(app);
}

/* Clicks the middle of the box a text was drawn in: its button or card. */
static void click(App *app, const char *text)
{
    const Drawn *d = find(text);
    if (d == NULL)
        fail_msg("nothing drawn reads \"%s\"", text);
    click_at(app, d->box.x + d->box.w / 2, d->box.y + d->box.h / 2);
}

static bool at_decision(const App *app)
{
    return app->screen == SCREEN_SCENE && app->session.play.status == PLAY_RUNNING &&
           play_scene(&app->session.play)->kind == SCENE_DECISION && app->scene.text_page == app->scene.text_pages - 1;
}

static bool on(const App *app, const char *screen) { return strcmp(app_screen_name(app), screen) == 0; }

/* Past the questions before the scores, as a clicker would: PageDown leaves each step empty. */
static void skip_reactions(App *app)
{
    assert_string_equal(app_screen_name(app), "reactions");
    press(app, SDLK_PAGEDOWN);
    assert_string_equal(app_screen_name(app), "estimate");
    press(app, SDLK_PAGEDOWN);
    assert_string_equal(app_screen_name(app), "debrief");
}

/* ---- whole playthroughs ---- */

static void test_keyboard_playthrough(void **state)
{
    (void)state;
    App *app = start_app(1280, 720, NULL, "twelve-percent", NULL, 0, 0, NULL);
    int decisions = 0, steps = 0;
    while (app->screen == SCREEN_SCENE && steps++ < 200) {
        if (at_decision(app)) {
            press(app, SDLK_DOWN);       /* focus the first choice */
            press(app, SDLK_DOWN);       /* then the second */
            assert_int_equal(app->focus, 1);
            press(app, SDLK_RETURN);
            decisions++;
        } else {
            press(app, SDLK_RETURN);     /* More, Continue, See your debrief */
        }
    }
    skip_reactions(app);
    assert_true(decisions >= 8);
    assert_int_equal(app->session.play.decision_count, decisions);
    assert_true(shows("your debrief"));
    int pages = app_debrief_pages(app);
    for (int i = 1; i < pages; i++)
        press(app, SDLK_PAGEDOWN);
    assert_int_equal(app_debrief_page(app), pages);
    press(app, SDLK_RETURN);             /* on to the commitments */
    assert_string_equal(app_screen_name(app), "commitments");
    press(app, SDLK_RETURN);             /* past the first box */
    press(app, SDLK_RETURN);             /* and the second: "Back to the library" is focused */
    assert_false(app->typing);
    assert_true(find("Back to the library") != NULL);
    press(app, SDLK_RETURN);
    assert_string_equal(app_screen_name(app), "library");
    app_destroy(app);
}

static void test_mouse_playthrough(void **state)
{
    (void)state;
    App *app = start_app(1280, 720, NULL, "twelve-percent", NULL, 0, 0, NULL);
    int steps = 0;
    while (app->screen == SCREEN_SCENE && steps++ < 200) {
        if (at_decision(app))
            click(app, "1");             /* the number sits in its choice's box */
        else if (find("More"))
            click(app, "More");
        else if (find("Continue"))
            click(app, "Continue");
        else
            click(app, "See your debrief");
    }
    assert_string_equal(app_screen_name(app), "reactions");
    click(app, "Next");
    assert_string_equal(app_screen_name(app), "estimate");
    click(app, "Next");
    assert_string_equal(app_screen_name(app), "debrief");
    assert_int_equal(app->session.play.status, PLAY_ENDED);
    click(app, "5 Reflect");
    assert_int_equal(app->debrief.pages[app->debrief.page].section, 4);
    while (app_debrief_page(app) < app_debrief_pages(app))
        press(app, SDLK_PAGEDOWN);
    click(app, "Next");
    assert_string_equal(app_screen_name(app), "commitments");
    click(app, "Play again");
    if (app->screen == SCREEN_ERROR)
        fail_msg("Play again failed: %s", app->error.text);
    assert_string_equal(app_screen_name(app), "scene");
    assert_int_equal(app->session.play.decision_count, 0);
    app_destroy(app);
}

static void test_clicker_playthrough(void **state)
{
    (void)state;
    /* Only PageDown and PageUp, and the blank key: the clicker's delay takes a choice. */
    App *app = start_app(1280, 720, "[display]\nclicker_delay = 2\n", "twelve-percent", NULL, 0, 0, NULL);
    int steps = 0;
    while (app->screen == SCREEN_SCENE && steps++ < 200) {
        if (at_decision(app)) {
            press(app, SDLK_PAGEDOWN);   /* the first choice */
            press(app, SDLK_PAGEDOWN);   /* the second */
            press(app, SDLK_PAGEUP);     /* back to the first */
            assert_int_equal(app->focus, 0);
            assert_true(ui_clicker_pending(app));
            assert_true(shows("Taking this choice in"));
            int before = app->session.play.decision_count;
            app_tick(app, app->focus_since + 1000);
            assert_int_equal(app->session.play.decision_count, before); /* not yet */
            app_tick(app, app->focus_since + 2000);
            render(app);
            assert_int_equal(app->session.play.decision_count, before + 1);
            assert_int_equal(app->session.play.decisions[before].number, 1);
        } else {
            press(app, SDLK_PAGEDOWN);
        }
    }
    skip_reactions(app);
    press(app, SDLK_b);
    assert_true(app_blanked(app));
    press(app, SDLK_PAGEDOWN);           /* any key returns, and does nothing else */
    assert_false(app_blanked(app));
    assert_int_equal(app_debrief_page(app), 1);
    while (app_debrief_page(app) < app_debrief_pages(app))
        press(app, SDLK_PAGEDOWN);
    press(app, SDLK_PAGEDOWN);           /* past the last page: the commitments */
    assert_string_equal(app_screen_name(app), "commitments");
    press(app, SDLK_PAGEDOWN);           /* left empty: "Back to the library" is focused */
    press(app, SDLK_PAGEDOWN);
    assert_string_equal(app_screen_name(app), "library");
    app_destroy(app);
}

/* ---- never quit or abandon without asking ---- */

static void test_escape_always_asks(void **state)
{
    (void)state;
    int choices[] = {1};
    App *app = start_app(1280, 720, NULL, "twelve-percent", choices, 1, 0, NULL);
    press(app, SDLK_ESCAPE);
    assert_true(app_dialog_open(app));
    assert_true(shows("Leave this playthrough?"));
    press(app, SDLK_ESCAPE);             /* Esc again: stay */
    assert_false(app_dialog_open(app));
    assert_string_equal(app_screen_name(app), "scene");
    press(app, SDLK_ESCAPE);
    press(app, SDLK_RETURN);             /* the focused button is "Keep playing" */
    assert_string_equal(app_screen_name(app), "scene");
    press(app, SDLK_ESCAPE);
    press(app, SDLK_RIGHT);
    press(app, SDLK_RETURN);             /* "Leave" */
    assert_string_equal(app_screen_name(app), "library");
    press(app, SDLK_ESCAPE);
    assert_true(shows("Quit leadsim?"));
    press(app, SDLK_RETURN);             /* "Stay" */
    assert_false(app_quit_requested(app));
    SDL_Event quit = {.type = SDL_QUIT};
    app_handle_event(app, &quit);        /* closing the window from the library quits */
    assert_true(app_quit_requested(app));
    app_destroy(app);
}

static void test_closing_the_window_mid_playthrough_asks(void **state)
{
    (void)state;
    App *app = start_app(1280, 720, NULL, "twelve-percent", NULL, 0, 0, NULL);
    SDL_Event quit = {.type = SDL_QUIT};
    app_handle_event(app, &quit);
    assert_false(app_quit_requested(app));
    assert_true(app_dialog_open(app));
    app_destroy(app);
}

static void expect_fill(App *app, Uint8 r, Uint8 g, Uint8 b)
{
    SDL_Surface *s = app->surface;
    Uint32 *pixels = s->pixels;
    int stride = s->pitch / 4;
    for (int y = 0; y < s->h; y += 37)
        for (int x = 0; x < s->w; x += 41) {
            Uint8 pr, pg, pb;
            SDL_GetRGB(pixels[y * stride + x], s->format, &pr, &pg, &pb);
            if (pr != r || pg != g || pb != b)
                fail_msg("pixel %d,%d is %d,%d,%d, not %d,%d,%d", x, y, pr, pg, pb, r, g, b);
        }
}

static void test_blank_screens(void **state)
{
    (void)state;
    App *app = start_app(640, 360, NULL, "twelve-percent", NULL, 0, 0, NULL);
    static const SDL_Keycode black[] = {SDLK_b, SDLK_PERIOD}, white[] = {SDLK_w, SDLK_COMMA};
    for (int i = 0; i < 2; i++) {
        press(app, black[i]);
        expect_fill(app, 0, 0, 0);
        assert_int_equal(drawn_count, 0);
        press(app, SDLK_a);
        assert_false(app_blanked(app));
        press(app, white[i]);
        expect_fill(app, 255, 255, 255);
        press(app, SDLK_RETURN);         /* returns without taking Enter as "next" */
        assert_int_equal(app->scene.text_page, 0);
    }
    app_destroy(app);
}

/* ---- broken things never take the window down ---- */

static void test_library_lists_broken_files(void **state)
{
    (void)state;
    unit_write("good.lua", "scenario { id = 'good', title = 'A Good One', role = 'Tester', summary = 'Fine.',\n"
                           "  minutes = 5, start = 'a' }\nscene 'a' { ending = 'Done' }\n");
    unit_write("broken.lua", "scenario { id = 'broken', title = 'Broken', start = 'a' }\n\nscene 'a' { }\n");
    unit_write("_template.lua", "this is not lua");
    char settings[512], folder[256];
    snprintf(folder, sizeof folder, "%s", unit_write("placeholder", ""));
    *strrchr(folder, '/') = '\0';
    snprintf(settings, sizeof settings, "[folders]\nscenarios = %s\n", folder);
    App *app = start_app(1280, 720, settings, NULL, NULL, 0, 0, NULL);
    assert_int_equal(app->library.count, 2);          /* the template is skipped */
    assert_true(shows("A Good One"));
    assert_true(shows("broken.lua"));
    assert_true(shows("Cannot be loaded"));
    assert_true(shows("broken.lua:3: scene 'a' has no choices")); /* the error wraps onto more lines */
    press(app, SDLK_RETURN);                        /* broken.lua sorts first */
    assert_string_equal(app_screen_name(app), "error");
    press(app, SDLK_ESCAPE);
    assert_string_equal(app_screen_name(app), "library");
    press(app, SDLK_RIGHT);
    press(app, SDLK_RETURN);
    assert_string_equal(app_screen_name(app), "scene");
    assert_string_equal(app_scene_id(app), "a");
    app_destroy(app);
}

/* A mouse alone reaches every page of the library, at every size; nothing clickable overlaps. */
static void test_library_pages_by_mouse(void **state)
{
    (void)state;
    static const struct { int w, h; const char *settings; } sizes[] = {
        {1280, 720, NULL}, {3840, 2160, "[display]\nprojector = true\n"}, {800, 600, "[display]\nfont_scale = 1.5\n"},
        {900, 1400, NULL}, {640, 360, "[display]\nprojector = true\n"}};
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        App *app = start_app(sizes[k].w, sizes[k].h, sizes[k].settings, NULL, NULL, 0, 0, NULL);
        bool seen[64] = {false};
        int pages = 0;
        assert_null(find("\xE2\x80\xB9 Previous"));
        for (;;) {
            pages++;
            for (int i = 0; i < app->hit_count; i++)
                for (int j = i + 1; j < app->hit_count; j++)
                    if (SDL_HasIntersection(&app->hits[i].rect, &app->hits[j].rect))
                        fail_msg("%dx%d, page %d: clickable areas %d and %d overlap", app->w, app->h, pages, i, j);
            for (int e = 0; e < app->library.count && e < 64; e++)
                seen[e] = seen[e] || find(app->library.entries[e].title) != NULL;
            if (find("Next \xE2\x80\xBA") == NULL)
                break;
            click(app, "Next \xE2\x80\xBA");
            assert_true(pages < 20);
        }
        for (int e = 0; e < app->library.count && e < 64; e++)
            if (!seen[e])
                fail_msg("%dx%d: '%s' is on no page a mouse reaches", app->w, app->h, app->library.entries[e].title);
        if (pages > 1) {
            char label[32];
            snprintf(label, sizeof label, "Page %d of %d", pages, pages);
            assert_true(shows(label));
            click(app, "\xE2\x80\xB9 Previous");
            snprintf(label, sizeof label, "Page %d of %d", pages - 1, pages);
            assert_true(shows(label));
        }
        app_destroy(app);
    }
    /* At 1280x720 the six bundled scenarios take two pages; the last opens with a click. */
    App *app = start_app(1280, 720, NULL, NULL, NULL, 0, 0, NULL);
    assert_true(shows("Page 1 of 2"));
    assert_null(find("The Twelve Percent"));
    click(app, "Next \xE2\x80\xBA");
    click(app, "The Twelve Percent");
    assert_string_equal(app_screen_name(app), "scene");
    assert_string_equal(app->session.scenario->id, "twelve-percent");
    app_destroy(app);
}

static void test_runtime_error_screen(void **state)
{
    (void)state;
    int choices[] = {1};
    App *app = start_app(1280, 720, NULL, "tests/e2e/scenarios/runtime_error.lua", choices, 1, 0, NULL);
    assert_string_equal(app_screen_name(app), "error");
    assert_true(shows("This scenario stopped with an error"));
    assert_true(shows("runtime_error.lua:14: in scene 'second'"));
    press(app, SDLK_RETURN);
    assert_string_equal(app_screen_name(app), "library");
    assert_false(app_quit_requested(app));
    app_destroy(app);
}

static void test_bad_settings_still_start(void **state)
{
    (void)state;
    App *app = start_app(1280, 720, "[display]\n\nwidth = enormous\ntheme = sparkly\n", NULL, NULL, 0, 0, NULL);
    assert_string_equal(app_screen_name(app), "library");
    assert_true(shows("ui-settings.ini:3: width must be a whole number"));
    assert_string_equal(app->settings.theme, "default");
    app_destroy(app);
}

/* ---- settings screen ---- */

static void test_settings_screen_writes_back(void **state)
{
    (void)state;
    App *app = start_app(1280, 720, "; keep me\n[display]\ntheme = default\n", NULL, NULL, 0, 0, "settings");
    assert_string_equal(app_screen_name(app), "settings");
    for (int i = 0; i < 3; i++)
        press(app, SDLK_DOWN);           /* Theme */
    press(app, SDLK_RIGHT);
    assert_string_equal(app->settings.theme, "light");
    press(app, SDLK_UP);                 /* Projector mode */
    press(app, SDLK_RETURN);
    assert_true(app->settings.projector);
    assert_string_equal(app->theme.name, THEME_PROJECTOR);
    for (int i = 0; i < 4; i++)
        press(app, SDLK_DOWN);           /* Your name */
    press(app, SDLK_RETURN);
    assert_true(app->settings_screen.editing);
    SDL_Event e = {.type = SDL_TEXTINPUT};
    snprintf(e.text.text, sizeof e.text.text, "Ana");
    app_handle_event(app, &e);
    press(app, SDLK_b);                  /* typing B does not blank while editing */
    assert_false(app_blanked(app));
    press(app, SDLK_RETURN);
    press(app, SDLK_ESCAPE);
    assert_string_equal(app_screen_name(app), "library");
    FILE *f = fopen(app->settings_path, "r");
    char text[2048] = "";
    size_t n = fread(text, 1, sizeof text - 1, f);
    text[n] = '\0';
    fclose(f);
    assert_non_null(strstr(text, "; keep me"));
    assert_non_null(strstr(text, "theme = light"));
    assert_non_null(strstr(text, "projector = true"));
    assert_non_null(strstr(text, "name = Ana"));
    app_destroy(app);
}

/* ---- layout: every screen, two sizes, three looks ---- */

/* Inside, allowing the few pixels a glyph's side bearing can reach past its advance. */
static bool within(SDL_Rect at, SDL_Rect box)
{
    int slack = 2 + at.h / 10;
    return at.x >= box.x - slack && at.x + at.w <= box.x + box.w + slack && at.y >= box.y - slack &&
           at.y + at.h <= box.y + box.h + slack;
}

/* Under or on a notice: it is drawn over the screen on purpose, for a while (a click puts it away). */
static bool on_notice(const App *app, SDL_Rect at)
{
    for (int h = 0; h < app->hit_count; h++)
        if (app->hits[h].action == ACT_NOTICE && SDL_HasIntersection(&at, &app->hits[h].rect))
            return true;
    return false;
}

static void expect_layout(const App *app, const char *where)
{
    assert_true(drawn_count > 0);
    for (int i = 0; i < drawn_count; i++) {
        const Drawn *d = &drawn[i];
        bool on_screen = d->at.x >= 0 && d->at.y >= 0 && d->at.x + d->at.w <= app->w && d->at.y + d->at.h <= app->h;
        bool in_box = within(d->at, d->box);
        if (!on_screen || !in_box)
            fail_msg("%s at %dx%d: \"%s\" at %d,%d %dx%d is %s (box %d,%d %dx%d)", where, app->w, app->h, d->text,
                     d->at.x, d->at.y, d->at.w, d->at.h, on_screen ? "outside its box" : "off screen", d->box.x,
                     d->box.y, d->box.w, d->box.h);
    }
    /* Text is either inside what can be clicked or clear of it: a line under a button or a card's
     * edge (or its focus ring) is the overlap a projector shows first. */
    for (int i = 0; i < drawn_count; i++)
        for (int h = 0; h < app->hit_count && !on_notice(app, drawn[i].at); h++) {
            SDL_Rect at = drawn[i].at, hit = app->hits[h].rect, both;
            if (app->hits[h].action == ACT_NOTICE)
                continue;
            int ring = 2 * (ui_px((App *)app, 0.45) > 2 ? ui_px((App *)app, 0.45) : 2);  /* a focus ring's reach */
            SDL_Rect reach = {hit.x - ring, hit.y - ring, hit.w + 2 * ring, hit.h + 2 * ring};
            if (SDL_IntersectRect(&at, &reach, &both) && !within(at, hit) && both.h > 1)
                fail_msg("%s at %dx%d: \"%s\" at %d,%d %dx%d runs into a clickable area at %d,%d %dx%d", where, app->w,
                         app->h, drawn[i].text, at.x, at.y, at.w, at.h, hit.x, hit.y, hit.w, hit.h);
        }
    /* Nor does text cross a focus ring drawn this frame (some surround more than can be clicked). */
    for (int i = 0; i < drawn_count; i++)
        for (int k = 0; k < app->ring_count && !on_notice(app, drawn[i].at); k++) {
            SDL_Rect at = drawn[i].at, both;
            if (SDL_IntersectRect(&at, &app->rings[k].reach, &both) && !within(at, app->rings[k].around) &&
                both.h > 1)
                fail_msg("%s at %dx%d: \"%s\" at %d,%d %dx%d runs into a focus ring around %d,%d %dx%d", where,
                         app->w, app->h, drawn[i].text, at.x, at.y, at.w, at.h, app->rings[k].around.x,
                         app->rings[k].around.y, app->rings[k].around.w, app->rings[k].around.h);
        }
    /* The background shows in the corner. */
    Uint8 r, g, b;
    SDL_GetRGB(((Uint32 *)app->surface->pixels)[app->surface->w - 1], app->surface->format, &r, &g, &b);
    bool top_is_hud = app->screen == SCREEN_SCENE;
    Color expected = top_is_hud ? app->theme.surface : app->theme.background;
    assert_true(r == expected.r && g == expected.g && b == expected.b);
}

/* The questions, every page of the debrief and the commitments, each laid out within the screen. */
static void walk_debrief(App *app)
{
    for (int steps = 0; (on(app, "reactions") || on(app, "estimate")) && steps < 4; steps++) {
        expect_layout(app, app_screen_name(app));
        press(app, SDLK_PAGEDOWN);
    }
    assert_string_equal(app_screen_name(app), "debrief");
    for (int page = 1; page <= app_debrief_pages(app); page++) {
        expect_layout(app, "debrief");
        press(app, SDLK_PAGEDOWN);
    }
    assert_string_equal(app_screen_name(app), "commitments");
    expect_layout(app, "commitments");
    press(app, SDLK_PAGEDOWN);
    press(app, SDLK_PAGEDOWN);
    assert_string_equal(app_screen_name(app), "library");
}

static void check_all_screens(int w, int h, const char *settings)
{
    static const int strongest[] = {1, 1, 1, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1};
    int n = (int)(sizeof strongest / sizeof *strongest);
    App *app = start_app(w, h, settings, NULL, NULL, 0, 0, NULL);
    expect_layout(app, "library");
    app_destroy(app);
    app = start_app(w, h, settings, NULL, NULL, 0, 0, "settings");
    expect_layout(app, "settings");
    app_destroy(app);
    /* Every scene on the strongest path, every page of each. */
    app = start_app(w, h, settings, "twelve-percent", NULL, 0, 0, NULL);
    int used = 0, steps = 0;
    while (app->screen == SCREEN_SCENE && steps++ < 300) {
        expect_layout(app, app_scene_id(app));
        if (at_decision(app))
            press(app, (SDL_Keycode)(SDLK_0 + strongest[used++ % n]));
        else
            press(app, SDLK_PAGEDOWN);
    }
    walk_debrief(app);
    /* The library's card with attempts, and the progress screen's tabs (the suite's history). */
    for (int i = 0; i < app->library.count; i++)
        if (app->library.entries[i].id && strcmp(app->library.entries[i].id, "twelve-percent") == 0)
            app->focus = i;
    render(app);
    expect_layout(app, "library with attempts");
    press(app, SDLK_h);
    for (int tab = 1; tab <= 4; tab++) {
        press(app, (SDL_Keycode)(SDLK_0 + tab));
        expect_layout(app, "progress");
    }
    app_destroy(app);
    int one[] = {1};
    app = start_app(w, h, settings, "tests/e2e/scenarios/runtime_error.lua", one, 1, 0, NULL);
    expect_layout(app, "error");
    app_destroy(app);
}

static void test_layout_1280x720(void **state)
{
    (void)state;
    check_all_screens(1280, 720, NULL);
    check_all_screens(1280, 720, "[display]\ntheme = light\n");
    check_all_screens(1280, 720, "[display]\nprojector = true\n");
}

static void test_layout_3840x2160(void **state)
{
    (void)state;
    check_all_screens(3840, 2160, NULL);
    check_all_screens(3840, 2160, "[display]\nprojector = true\n");
}

static void test_layout_small_and_tall(void **state)
{
    (void)state;
    check_all_screens(800, 600, "[display]\nfont_scale = 1.5\n");
    check_all_screens(900, 1400, NULL);
}

/* Every scenario in the library plays from its first scene to its debrief in the window. */
static void test_every_scenario_plays_in_the_window(void **state)
{
    (void)state;
    paths_reset_scenarios_dir();
    char **files = NULL;
    int count = paths_list_scenarios(paths_scenarios_dir(), &files);
    assert_true(count >= 6);
    for (int f = 0; f < count; f++) {
        App *app = start_app(1280, 720, NULL, files[f], NULL, 0, 0, NULL);
        int steps = 0;
        while (app->screen == SCREEN_SCENE && steps++ < 400) {
            expect_layout(app, app_scene_id(app));
            if (at_decision(app)) {
                press(app, (SDL_Keycode)(SDLK_0 + play_strongest(&app->session.play)));
            } else {
                press(app, SDLK_RETURN);
            }
        }
        if (app->screen != SCREEN_REACTIONS)
            fail_msg("%s ended on the %s screen", files[f], app_screen_name(app));
        if (app->session.play.decision_count < 8 || app->session.play.decision_count > 14)
            fail_msg("%s: the strongest path has %d decisions; a library scenario has 8 to 14 on every path",
                     files[f], app->session.play.decision_count);
        walk_debrief(app);
        app_destroy(app);
        free(files[f]);
    }
    free(files);
}

/* Projector mode: capital height at least 3% of the screen, for every style. */
static void test_projector_capital_height(void **state)
{
    (void)state;
    static const int heights[][2] = {{1280, 720}, {1920, 1080}, {3840, 2160}, {1024, 768}};
    for (int s = 0; s < 4; s++) {
        App *app = start_app(heights[s][0], heights[s][1], "[display]\nprojector = true\n", NULL, NULL, 0, 0, NULL);
        for (int style = 0; style < FONT_STYLE_COUNT; style++) {
            double share = (double)fonts_cap_height(app->fonts, (FontStyle)style) / app->h;
            if (share < FONTS_PROJECTOR_CAP)
                fail_msg("style %d at %dx%d: capitals are %.2f%% of the height", style, app->w, app->h, 100 * share);
        }
        app_destroy(app);
    }
}


/* ---- the debrief's questions ---- */

static const int strongest_path[] = {1, 1, 1, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1};

/* Plays twelve-percent by keys to its ending and opens the debrief: the first question. */
static App *at_reactions(const char *settings)
{
    App *app = start_app(1280, 720, settings, "twelve-percent", NULL, 0, 0, NULL);
    int used = 0, steps = 0;
    while (app->screen == SCREEN_SCENE && steps++ < 300)
        press(app, at_decision(app) ? (SDL_Keycode)(SDLK_0 + strongest_path[used++ % 13]) : SDLK_PAGEDOWN);
    assert_string_equal(app_screen_name(app), "reactions");
    return app;
}

/* Typed text, in events of at most 31 bytes as SDL sends them, cut between characters. */
static void type(App *app, const char *utf8)
{
    size_t n = strlen(utf8);
    while (n > 0) {
        SDL_Event e = {0};
        e.type = SDL_TEXTINPUT;
        size_t take = n < sizeof e.text.text - 1 ? n : sizeof e.text.text - 1;
        while (take < n && ((unsigned char)utf8[take] & 0xC0) == 0x80)
            take--;
        memcpy(e.text.text, utf8, take);
        app_handle_event(app, &e);
        utf8 += take;
        n -= take;
    }
    render(app);
}

static void press_with(App *app, SDL_Keycode key, Uint16 mod)
{
    SDL_Event e = {0};
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = key;
    e.key.keysym.mod = mod;
    app_handle_event(app, &e);
    render(app);
}

static void test_typing_an_answer(void **state)
{
    (void)state;
    App *app = at_reactions(NULL);
    assert_true(app->typing);
    assert_true(shows("How did that feel?"));
    type(app, "Tense, na\xC3\xAFve ");
    type(app, "\xE2\x98\x95");                    /* a three-byte character */
    const char *feeling = app->debrief.doc.answers.feeling;
    assert_string_equal(feeling, "Tense, na\xC3\xAFve \xE2\x98\x95");
    press(app, SDLK_BACKSPACE);                       /* the whole character goes */
    assert_string_equal(feeling, "Tense, na\xC3\xAFve ");
    for (int i = 0; i < 4; i++)
        press(app, SDLK_LEFT);                        /* "ve " and then the two-byte one */
    press(app, SDLK_DELETE);
    assert_string_equal(feeling, "Tense, nave ");
    type(app, "\xC3\xAF");
    press(app, SDLK_HOME);
    type(app, "Very ");
    press(app, SDLK_END);
    type(app, "1. ok");                               /* digits and letters are text here */
    assert_string_equal(feeling, "Very Tense, na\xC3\xAFve 1. ok");
    /* The keys that are commands elsewhere do nothing but type while a box has the focus. */
    static const SDL_Keycode quiet[] = {SDLK_b, SDLK_w, SDLK_n, SDLK_p, SDLK_1, SDLK_SPACE, SDLK_PERIOD, SDLK_COMMA};
    for (int i = 0; i < (int)(sizeof quiet / sizeof *quiet); i++) {
        press(app, quiet[i]);
        assert_false(app_blanked(app));
        assert_string_equal(app_screen_name(app), "reactions");
    }
    assert_true(shows("Very Tense,"));                /* drawn in its box */
    press(app, SDLK_RETURN);                          /* the next box */
    type(app, "The hearing, because the numbers were public.");
    assert_string_equal(app->debrief.doc.answers.mattered, "The hearing, because the numbers were public.");
    press(app, SDLK_RETURN);                          /* past the last box: on to the self-estimate */
    assert_string_equal(app_screen_name(app), "estimate");
    assert_false(app->typing);
    app_destroy(app);
}

static void test_long_answers_wrap_and_stop_at_the_limit(void **state)
{
    (void)state;
    App *app = at_reactions(NULL);
    char word[64];
    for (int i = 0; i < 100; i++) {
        snprintf(word, sizeof word, "word%02d ", i);
        type(app, word);
    }
    size_t length = strlen(app->debrief.doc.answers.feeling);
    assert_true(length <= DOC_ANSWER_MAX - 1);
    assert_true(length >= DOC_ANSWER_MAX - 8);
    assert_true(shows("/ 599"));                      /* the counter, near the limit */
    int lines = 0;
    for (int i = 0; i < drawn_count; i++)
        lines += strncmp(drawn[i].text, "word", 4) == 0;
    assert_true(lines >= 2);                          /* wrapped, and only what fits the box is drawn */
    expect_layout(app, "reactions, full");
    type(app, "more");                                /* nothing more fits */
    assert_int_equal(strlen(app->debrief.doc.answers.feeling), length);
    app_destroy(app);
}

static void test_paste(void **state)
{
    (void)state;
    setenv("SDL_VIDEODRIVER", "dummy", 1);
    App *app = at_reactions(NULL);
    assert_int_equal(SDL_InitSubSystem(SDL_INIT_VIDEO), 0);
    assert_int_equal(SDL_SetClipboardText("Calm at first,\nthen rushed"), 0);
    type(app, "> ");
    press_with(app, SDLK_v, KMOD_LCTRL);
    assert_string_equal(app->debrief.doc.answers.feeling, "> Calm at first, then rushed");
    press(app, SDLK_v);                               /* without Ctrl it is only a letter's key */
    assert_string_equal(app->debrief.doc.answers.feeling, "> Calm at first, then rushed");
    app_destroy(app);
    unsetenv("SDL_VIDEODRIVER");
}

/* Each step is skipped by one key, a clicker's PageDown, and left empty. */
static void test_skipping_every_question(void **state)
{
    (void)state;
    App *app = at_reactions(NULL);
    press(app, SDLK_PAGEDOWN);
    assert_string_equal(app_screen_name(app), "estimate");
    press(app, SDLK_PAGEDOWN);
    assert_string_equal(app_screen_name(app), "debrief");
    assert_string_equal(app->debrief.doc.answers.feeling, "");
    for (int d = 0; d < DOC_MAX_DOMAINS; d++)
        assert_int_equal(app->debrief.doc.answers.estimate[d], 0);
    assert_false(shows("you: "));
    while (app_debrief_page(app) < app_debrief_pages(app))
        press(app, SDLK_PAGEDOWN);
    press(app, SDLK_PAGEDOWN);
    assert_string_equal(app_screen_name(app), "commitments");
    assert_true(shows("At work, I will"));
    press(app, SDLK_PAGEDOWN);
    assert_string_equal(app_screen_name(app), "commitments");
    assert_false(app->typing);                        /* "Back to the library" waits focused */
    assert_string_equal(app->debrief.doc.answers.commitments[0], "");
    press(app, SDLK_PAGEDOWN);
    assert_string_equal(app_screen_name(app), "library");
    app_destroy(app);
    /* Esc leaves from a question as from the debrief. */
    app = at_reactions(NULL);
    type(app, "fine");
    press(app, SDLK_ESCAPE);
    assert_string_equal(app_screen_name(app), "library");
    app_destroy(app);
}

/* LEADSIM_TEST_SHOTS=DIR keeps the screen as DIR/NAME.bmp, to look at. */
static void keep_shot(App *app, const char *name)
{
    const char *dir = getenv("LEADSIM_TEST_SHOTS");
    char path[512];
    if (dir == NULL)
        return;
    snprintf(path, sizeof path, "%s/%s.bmp", dir, name);
    assert_int_equal(app_save_bmp(app, path), 0);
}

static void test_estimates_beside_the_chart(void **state)
{
    (void)state;
    static const char *const settings[] = {NULL, "[display]\nprojector = true\n"};
    for (int s = 0; s < 2; s++) {
        App *app = at_reactions(settings[s]);
        press(app, SDLK_PAGEDOWN);
        assert_string_equal(app_screen_name(app), "estimate");
        press(app, SDLK_4);                           /* the first domain, then focus moves on */
        press(app, SDLK_DOWN);                        /* the second stays empty */
        press(app, SDLK_2);
        const Drawn *chip = find("1");
        click_at(app, chip->box.x + chip->box.w / 2, chip->box.y + chip->box.h / 2); /* the first row's 1 */
        assert_int_equal(app->debrief.doc.answers.estimate[0], 1);
        press(app, SDLK_RIGHT);
        press(app, SDLK_RIGHT);                       /* arrows change the focused row: 3 */
        keep_shot(app, s ? "estimate-projector" : "estimate");
        expect_layout(app, "estimate, answered");
        assert_int_equal(app->debrief.doc.answers.estimate[0], 3);
        assert_int_equal(app->debrief.doc.answers.estimate[1], 0);
        assert_int_equal(app->debrief.doc.answers.estimate[2], 2);
        press(app, SDLK_PAGEDOWN);
        assert_string_equal(app_screen_name(app), "debrief");
        press(app, SDLK_3);                           /* the scores */
        while (!shows("you: 3/5") && app_debrief_page(app) < app_debrief_pages(app))
            press(app, SDLK_PAGEDOWN);                /* the chart may follow the overall score */
        assert_true(shows("you: 3/5"));
        assert_true(shows("you: 2/5"));
        const Drawn *mine = find("you: 3/5");
        const Drawn *domain = find(app->debrief.doc.framework->domains[0].title);
        assert_non_null(domain);
        assert_true(mine->at.y < domain->at.y + domain->at.h && mine->at.y + mine->at.h > domain->at.y); /* its row */
        keep_shot(app, s ? "chart-projector" : "chart");
        expect_layout(app, "the chart with estimates");
        app_destroy(app);
    }
}

static void test_commitments_are_kept(void **state)
{
    (void)state;
    App *app = at_reactions(NULL);
    press(app, SDLK_PAGEDOWN);
    press(app, SDLK_PAGEDOWN);
    press(app, SDLK_END);                             /* the last page of the debrief */
    press(app, SDLK_PAGEDOWN);
    assert_string_equal(app_screen_name(app), "commitments");
    type(app, "ask the budget office what counts before I plan");
    press(app, SDLK_TAB);
    type(app, "say no out loud when a deadline is wrong");
    assert_string_equal(app->debrief.doc.answers.commitments[0], "ask the budget office what counts before I plan");
    assert_string_equal(app->debrief.doc.answers.commitments[1], "say no out loud when a deadline is wrong");
    press(app, SDLK_PAGEUP);                          /* back through the boxes, then to the last page */
    press(app, SDLK_PAGEUP);
    assert_string_equal(app_screen_name(app), "debrief");
    assert_int_equal(app_debrief_page(app), app_debrief_pages(app));
    press(app, SDLK_PAGEDOWN);
    assert_string_equal(app_screen_name(app), "commitments");
    assert_true(shows("ask the budget office"));      /* still there */
    app_destroy(app);
}

/* With motion reduced the caret stays lit, and a screen waiting for typing never wakes. */
static void test_caret_blinks_only_with_motion(void **state)
{
    (void)state;
    App *app = at_reactions(NULL);
    assert_true(ui_next_timer(app, SDL_GetTicks()) > 0);
    app_destroy(app);
    app = at_reactions("[display]\nreduce_motion = true\n");
    assert_int_equal(ui_next_timer(app, SDL_GetTicks()), -1);
    app_tick(app, SDL_GetTicks() + 5000);
    assert_false(app->dirty);
    app_destroy(app);
}

/* The window renders the document: none of the debrief's words are written in its code. */
static void test_no_debrief_wording_in_the_window(void **state)
{
    (void)state;
    static const char *const words[] = {
        "stronger move", "strongest choice", "formative", "not a rating", "reflect on", "Growth areas",
        "Trade-offs", "Strengths", "Pivotal", "How did that feel", "mattered most", "At work, I will",
        "Before the scores", "%s: your debrief", "decisions tested", "Final meters", "Not assessed on",
        "You chose", "You reached", "Your commitments", "Rate yourself",
    };
    DIR *dir = opendir("engine/window");
    assert_non_null(dir);
    struct dirent *e;
    int files = 0;
    while ((e = readdir(dir)) != NULL) {
        size_t n = strlen(e->d_name);
        if (n < 3 || strcmp(e->d_name + n - 2, ".c") != 0)
            continue;
        char path[512], *text = calloc(1, 1 << 20);
        snprintf(path, sizeof path, "engine/window/%s", e->d_name);
        FILE *f = fopen(path, "r");
        assert_non_null(f);
        fread(text, 1, (1 << 20) - 1, f);
        fclose(f);
        files++;
        for (int w = 0; w < (int)(sizeof words / sizeof *words); w++)
            if (strstr(text, words[w]))
                fail_msg("%s words the debrief: \"%s\" belongs in the document", path, words[w]);
        free(text);
    }
    closedir(dir);
    assert_true(files >= 10);
}

/* ---- doing nothing costs nothing ---- */

static void test_idle_means_no_redraw(void **state)
{
    (void)state;
    int choices[] = {1};
    App *app = start_app(1280, 720, NULL, "twelve-percent", choices, 1, 0, NULL);
    app->scene.meters_changed_at = 0;          /* no flag still fading */
    assert_false(app->dirty);
    assert_int_equal(ui_next_timer(app, SDL_GetTicks()), -1); /* the loop can sleep for good */
    SDL_Event e = {0};
    e.type = SDL_MOUSEMOTION;
    e.motion.x = 5;
    e.motion.y = 700;                    /* over nothing clickable */
    app_handle_event(app, &e);
    assert_false(app->dirty);
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = SDLK_F1;          /* a key that means nothing here */
    app_handle_event(app, &e);
    assert_false(app->dirty);
    /* Drawing the same screen again makes no new text textures. */
    int textures = textcache_count(app->cache);
    render(app);
    render(app);
    assert_int_equal(textcache_count(app->cache), textures);
    app_destroy(app);
}

static void test_meter_flags(void **state)
{
    (void)state;
    int choices[] = {1, 1, 2, 3};
    App *app = start_app(1280, 720, NULL, "twelve-percent", choices, 4, 0, NULL);
    assert_true(app->scene.meters_changed_at != 0);
    assert_true(shows("\xE2\x88\x92" "80"));     /* the gap fell by 80, flagged with a minus sign */
    assert_true(ui_next_timer(app, app->scene.meters_changed_at) >= 0);
    app_tick(app, app->scene.meters_changed_at + 3001);
    render(app);
    assert_false(shows("\xE2\x88\x92" "80"));    /* and the flag is gone */
    app_destroy(app);
}

/* ---- --watch ---- */

#include "watch.h"

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void test_watch_waits_for_the_file_to_settle(void **state)
{
    (void)state;
    const char *path = unit_write("watched.txt", "one");
    char copy[256];
    snprintf(copy, sizeof copy, "%s", path);
    Watch w;
    watch_init(&w, copy);
    assert_false(watch_poll(&w, 1000));
    write_file(copy, "two, longer");
    assert_false(watch_poll(&w, 2000));          /* seen changing */
    write_file(copy, "three, longer still");
    assert_false(watch_poll(&w, 2100));          /* still being written: wait again */
    assert_false(watch_poll(&w, 2200));
    assert_true(watch_poll(&w, 2400));           /* unchanged for 250 ms: report it, once */
    assert_false(watch_poll(&w, 3000));
}

static const char *watched_v1 =
    "scenario { id = 'w', title = 'Watched', start = 'a' }\n"
    "scene 'a' { text = 'Version one.',\n"
    "  choice { id = 'go', text = 'Go', next = 'b' },\n"
    "  choice { id = 'stay', text = 'Stay', next = 'b' } }\n"
    "scene 'b' { text = 'Then this.', choice { id = 'end', text = 'End', next = 'e' }, choice { text = 'Also', next = 'e' } }\n"
    "scene 'e' { ending = 'Done' }\n";

/* Saves `text` to the watched file and lets enough (pretend) time pass for it to settle. */
static void save_and_settle(App *app, const char *path, const char *text)
{
    write_file(path, text);
    uint32_t t = SDL_GetTicks() + 10000;
    app_tick(app, t);
    app_tick(app, t + WATCH_SETTLE_MS + 1);
    render(app);
}

/* --watch at the debrief's questions: a save rebuilds the document and keeps the answers and the step. */
static void test_watch_keeps_the_answers(void **state)
{
    (void)state;
    char path[256];
    snprintf(path, sizeof path, "%s", unit_write("answered.lua", watched_v1));
    snprintf(layout_path, sizeof layout_path, "%s.layout", path);
    AppStart start = {.settings_path = unit_write("answered.ini", ""), .scenario = path, .seed = 1,
                      .layout_log = layout_path, .watch = true};
    App *app = app_create_headless(1280, 720, &start);
    assert_non_null(app);
    render(app);
    press(app, SDLK_1);
    press(app, SDLK_1);
    press(app, SDLK_RETURN);                          /* the ending's "See your debrief" */
    assert_string_equal(app_screen_name(app), "reactions");
    type(app, "calm");
    char v2[2048];
    snprintf(v2, sizeof v2, "%s", watched_v1);
    memcpy(strstr(v2, "Then this."), "Now this. ", 10);
    save_and_settle(app, path, v2);
    render(app);
    assert_non_null(strstr(app_banner(app), "replayed 2 choices"));
    assert_string_equal(app_screen_name(app), "reactions");
    assert_string_equal(app->debrief.doc.answers.feeling, "calm");
    assert_true(shows("calm"));
    press(app, SDLK_PAGEDOWN);
    press(app, SDLK_5);
    press(app, SDLK_PAGEDOWN);
    assert_string_equal(app_screen_name(app), "debrief");
    press(app, SDLK_3);                               /* the scores */
    int page = app_debrief_page(app);
    save_and_settle(app, path, watched_v1);
    render(app);
    assert_string_equal(app_screen_name(app), "debrief");
    assert_int_equal(app_debrief_page(app), page);    /* where it was */
    assert_int_equal(app->debrief.doc.answers.estimate[0], 5);
    assert_true(shows("you: 5/5"));
    app_destroy(app);
}

static void test_watch_in_the_window(void **state)
{
    (void)state;
    char path[256];
    snprintf(path, sizeof path, "%s", unit_write("watched.lua", watched_v1));
    snprintf(layout_path, sizeof layout_path, "%s.layout", path);
    int choices[] = {1};
    AppStart start = {.settings_path = unit_write("watch.ini", ""), .scenario = path, .choices = choices,
                      .choice_count = 1, .seed = 1, .layout_log = layout_path, .watch = true};
    App *app = app_create_headless(1280, 720, &start);
    assert_non_null(app);
    render(app);
    assert_string_equal(app_scene_id(app), "b");
    /* A good save: the new text, with the choice made so far replayed. */
    char v2[2048];
    snprintf(v2, sizeof v2, "%s", watched_v1);
    memcpy(strstr(v2, "Then this."), "Now this. ", 10);
    save_and_settle(app, path, v2);
    assert_string_equal(app_scene_id(app), "b");
    assert_true(shows("Now this."));
    assert_non_null(strstr(app_banner(app), "replayed 1 choice"));
    /* A broken save: reported with its line, and version two keeps running. */
    save_and_settle(app, path, "scenario { id = 'w', title = 'Watched', start = 'a' }\nscene 'a' { text = \n");
    assert_string_equal(app_screen_name(app), "scene");
    assert_true(shows("Now this."));
    assert_true(app->watch.banner_error);
    assert_non_null(strstr(app_banner(app), "watched.lua:3:"));
    /* A hostile save: an endless loop at the top level ends as an error, nothing else. */
    save_and_settle(app, path, "while true do end\n");
    assert_non_null(strstr(app_banner(app), "watched.lua:1: this code ran more than"));
    assert_true(shows("Now this."));
    /* The choice made is gone in the next version: replay stops there and says so. */
    char v3[2048];
    snprintf(v3, sizeof v3, "%s", watched_v1);
    memcpy(strstr(v3, "id = 'go'"), "id = 'up'", 9);
    save_and_settle(app, path, v3);
    assert_string_equal(app_scene_id(app), "a");
    assert_non_null(strstr(app_banner(app), "scene 'a' no longer has the choice 'go': replayed 0 of 1 decisions"));
    app_destroy(app);
}


/* ---- saves, the history and progress in the window ---- */

/* A fresh save folder for one test: LEADSIM_SAVES, as the e2e tests use. */
static const char *fresh_saves(const char *name)
{
    static char dir[300];
    snprintf(dir, sizeof dir, "%s", unit_write("saves-marker", ""));
    snprintf(strrchr(dir, '/') + 1, sizeof dir - (size_t)(strrchr(dir, '/') + 1 - dir), "%s", name);
    assert_true(paths_make_dirs(dir));
    setenv("LEADSIM_SAVES", dir, 1);
    return dir;
}

static int library_index(const App *app, const char *id)
{
    for (int i = 0; i < app->library.count; i++)
        if (app->library.entries[i].id && strcmp(app->library.entries[i].id, id) == 0)
            return i;
    fail_msg("no '%s' in the library", id);
    return -1;
}

static int attempts_in(const char *dir)
{
    char notice[4400], why[4400];
    History *h = history_open(dir, notice, sizeof notice, why, sizeof why);
    assert_non_null(h);
    Attempt *list = NULL;
    int n = history_list(h, NULL, NULL, &list);
    free(list);
    history_close(h);
    return n;
}

static App *start_resumed(const char *path)
{
    snprintf(layout_path, sizeof layout_path, "%s.layout", path);
    AppStart start = {.settings_path = unit_write("resume.ini", ""), .scenario = path, .seed = 1,
                      .layout_log = layout_path, .resume = true};
    App *app = app_create_headless(1280, 720, &start);
    assert_non_null(app);
    render(app);
    return app;
}

static void test_continue_after_leaving(void **state)
{
    (void)state;
    fresh_saves("continue");
    App *app = start_app(1280, 720, NULL, "twelve-percent", NULL, 0, 0, NULL);
    int decisions = 0, steps = 0;
    while (decisions < 2 && steps++ < 100) {
        if (at_decision(app))
            decisions++;
        press(app, at_decision(app) ? SDLK_1 : SDLK_PAGEDOWN);
    }
    const char *scene = play_scene(&app->session.play)->id;
    char where[128];
    snprintf(where, sizeof where, "%s", scene);
    press(app, SDLK_ESCAPE);
    assert_true(shows("Your choices so far are saved"));
    press(app, SDLK_RIGHT);
    press(app, SDLK_RETURN);                          /* Leave */
    assert_string_equal(app_screen_name(app), "library");
    assert_non_null(strstr(app_notice(app), "Saved."));
    app->focus = library_index(app, "twelve-percent");
    render(app);
    assert_true(shows("In progress"));
    click(app, "Continue");
    assert_string_equal(app_screen_name(app), "scene");
    assert_int_equal(app->session.play.decision_count, 2);
    assert_string_equal(app_scene_id(app), where);
    assert_non_null(strstr(app_notice(app), "replayed 2 decisions"));
    /* By keyboard: Tab moves from Continue to New game on the same card. */
    press(app, SDLK_ESCAPE);
    press(app, SDLK_RIGHT);
    press(app, SDLK_RETURN);
    app->focus = library_index(app, "twelve-percent");
    press(app, SDLK_TAB);
    assert_int_equal(app->focus, library_index(app, "twelve-percent"));
    press(app, SDLK_RETURN);                          /* New game */
    assert_int_equal(app->session.play.decision_count, 0);
    app_destroy(app);
    fresh_saves("suite");
}

/* A clicker reaches Continue and New game on a card with a save, and its rest takes one. */
static void test_continue_by_clicker(void **state)
{
    (void)state;
    fresh_saves("clicker");
    int choices[] = {1, 1};
    App *app = start_app(1280, 720, "[display]\nclicker_delay = 2\n", "twelve-percent", choices, 2, 0, NULL);
    int made = app->session.play.decision_count;
    app_destroy(app);                                 /* a save in progress */
    app = start_app(1280, 720, "[display]\nclicker_delay = 2\n", NULL, NULL, 0, 0, NULL);
    int card = library_index(app, "twelve-percent");
    app->focus = card - 1;
    press(app, SDLK_PAGEDOWN);                        /* the card: its Continue */
    assert_int_equal(app->focus, card);
    press(app, SDLK_PAGEDOWN);                        /* New game, on the same card */
    assert_int_equal(app->focus, card);
    assert_int_equal(app->records.button, 1);
    press(app, SDLK_PAGEUP);                          /* back to Continue */
    assert_int_equal(app->records.button, 0);
    assert_true(ui_clicker_pending(app));
    app_tick(app, app->focus_since + 2000);
    render(app);
    assert_string_equal(app_screen_name(app), "scene");
    assert_int_equal(app->session.play.decision_count, made);
    app_destroy(app);
    fresh_saves("suite");
}

static void test_resume_an_edited_story(void **state)
{
    (void)state;
    fresh_saves("edited");
    char path[256];
    snprintf(path, sizeof path, "%s", unit_write("edited.lua", watched_v1));
    snprintf(layout_path, sizeof layout_path, "%s.layout", path);
    int choices[] = {1};
    AppStart start = {.settings_path = unit_write("edited.ini", ""), .scenario = path, .choices = choices,
                      .choice_count = 1, .seed = 1, .layout_log = layout_path};
    App *app = app_create_headless(1280, 720, &start);
    assert_non_null(app);
    assert_string_equal(app_scene_id(app), "b");
    app_destroy(app);                                 /* quit mid-way: the save stays */
    char v2[2048];
    snprintf(v2, sizeof v2, "%s", watched_v1);
    memcpy(strstr(v2, "id = 'go'"), "id = 'up'", 9);
    write_file(path, v2);
    app = start_resumed(path);
    assert_null(app_start_error(app));
    assert_string_equal(app_scene_id(app), "a");
    assert_non_null(strstr(app_notice(app), "The scenario changed since it was saved"));
    assert_true(shows("replayed 0 of 1 decisions"));   /* on the notice, in the window */
    app_destroy(app);
    fresh_saves("suite");
}

static void test_bad_save_reported_and_kept(void **state)
{
    (void)state;
    const char *dir = fresh_saves("bad");
    char bad[400];
    snprintf(bad, sizeof bad, "%s/twelve-percent.save.json", dir);
    write_file(bad, "{\"format\": \"leadsim-save\", \"version\": 1, \"scen");
    App *app = start_app(1280, 720, NULL, NULL, NULL, 0, 0, NULL);
    assert_non_null(strstr(app_notice(app), "twelve-percent.save.json"));
    assert_true(shows("twelve-percent.save.json"));
    for (int i = 0; i < app->hit_count; i++)          /* a click closes the notice (it covers the pager) */
        if (app->hits[i].action == ACT_NOTICE) {
            click_at(app, app->hits[i].rect.x + app->hits[i].rect.w / 2, app->hits[i].rect.y + app->hits[i].rect.h / 2);
            break;
        }
    assert_null(app_notice(app));
    assert_false(shows("twelve-percent.save.json"));
    app->focus = library_index(app, "twelve-percent");
    press(app, SDLK_RETURN);                          /* no good save: a new game */
    press(app, SDLK_1);
    app_destroy(app);
    FILE *f = fopen(bad, "r");
    char text[128] = "";
    assert_non_null(fgets(text, sizeof text, f));
    fclose(f);
    assert_string_equal(text, "{\"format\": \"leadsim-save\", \"version\": 1, \"scen");  /* untouched */
    char other[400];
    snprintf(other, sizeof other, "%s/twelve-percent-2.save.json", dir);
    assert_true(paths_is_file(other));                /* the new save went elsewhere */
    fresh_saves("suite");
}

static const int ones[] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

/* One attempt at the watched story with a commitment typed, then two at twelve-percent by --choices. */
static const char *three_attempts(const char *name)
{
    const char *dir = fresh_saves(name);
    char path[256];
    snprintf(path, sizeof path, "%s", unit_write("committed.lua", watched_v1));
    App *app = start_app(1280, 720, NULL, path, NULL, 0, 0, NULL);
    press(app, SDLK_1);
    press(app, SDLK_1);
    press(app, SDLK_RETURN);                          /* See your debrief */
    press(app, SDLK_PAGEDOWN);
    press(app, SDLK_PAGEDOWN);
    press(app, SDLK_END);
    press(app, SDLK_PAGEDOWN);
    assert_string_equal(app_screen_name(app), "commitments");
    type(app, "listen before I decide");
    press(app, SDLK_ESCAPE);                          /* leaving the commitments records them */
    assert_string_equal(app_screen_name(app), "library");
    app_destroy(app);
    for (int k = 0; k < 2; k++) {
        int choices[20];
        memcpy(choices, ones, sizeof choices);
        choices[0] = 1 + k;
        App *played = start_app(1280, 720, NULL, "twelve-percent", choices, 20, 0, NULL);
        assert_int_equal(played->session.play.status, PLAY_ENDED);
        app_destroy(played);
    }
    assert_int_equal(attempts_in(dir), 3);
    return dir;
}

static void test_attempts_and_commitments_recorded(void **state)
{
    (void)state;
    const char *dir = three_attempts("recorded");
    char notice[4400], why[4400];
    History *h = history_open(dir, notice, sizeof notice, why, sizeof why);
    AttemptDetail d;
    assert_int_equal(history_get(h, 1, &d), 0);
    assert_string_equal(d.attempt.scenario, "w");
    assert_true(d.answered);
    assert_string_equal(d.answers.commitments[0], "listen before I decide");
    history_detail_free(&d);
    history_close(h);
    App *app = start_app(1280, 720, NULL, NULL, NULL, 0, 0, NULL);  /* the library's counts */
    int i = library_index(app, "twelve-percent");
    assert_int_equal(app->records.cards[i].attempts, 2);
    assert_true(app->records.cards[i].last10 >= 0 && app->records.cards[i].best10 >= app->records.cards[i].last10);
    app->focus = i;
    render(app);
    assert_true(shows("2 attempts"));
    assert_int_equal(app->records.cards[library_index(app, "one-table")].attempts, 0);
    app_destroy(app);
    fresh_saves("suite");
}

/* The debrief's Export (E, or the button on its last page): HTML and Markdown in exports/, the path said. */
static void test_export_from_the_debrief(void **state)
{
    (void)state;
    const char *dir = fresh_saves("export");
    int choices[] = {2, 1, 3, 1, 2, 1, 1, 2, 1, 3, 1, 2, 1, 1};
    App *app = start_app(1280, 720, NULL, "twelve-percent", choices, 14, 0, NULL);
    ui_to_debrief(app);
    assert_string_equal(app_screen_name(app), "debrief");
    press(app, SDLK_e);
    assert_non_null(strstr(app->records.notice, "Exported: "));
    char path[600];
    snprintf(path, sizeof path, "%s/exports", dir);
    DIR *d = opendir(path);
    assert_non_null(d);
    int html = 0, md = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        html += strstr(e->d_name, "twelve-percent-debrief-") && strstr(e->d_name, ".html");
        md += strstr(e->d_name, "twelve-percent-debrief-") && strstr(e->d_name, ".md");
    }
    closedir(d);
    assert_int_equal(html, 1);
    assert_int_equal(md, 1);
    app_destroy(app);
    fresh_saves("suite");
}

static void test_progress_screen(void **state)
{
    (void)state;
    const char *dir = three_attempts("progress");
    App *app = start_app(1280, 720, NULL, NULL, NULL, 0, 0, NULL);
    press(app, SDLK_h);
    assert_string_equal(app_screen_name(app), "progress");
    assert_true(shows("Your progress: 3 attempts"));
    assert_true(shows("Personal Leadership and"));    /* a domain's row, wrapped */
    assert_non_null(find("#1"));                      /* the columns: the attempts */
    assert_int_equal(app->records.progress.column_count, 3);
    press(app, SDLK_2);
    assert_true(shows("The competencies that moved most between attempt #2 and your last, #3"));
    press(app, SDLK_PAGEDOWN);
    assert_true(shows("listen before I decide"));
    press(app, SDLK_PAGEDOWN);
    assert_int_equal(app->records.progress.tab, 3);
    assert_true(shows("Watched  \xC2\xB7  Done"));
    assert_int_equal(app->focus, 0);                  /* the newest */
    press(app, SDLK_RETURN);                          /* attempt #3's debrief */
    assert_string_equal(app_screen_name(app), "debrief");
    assert_true(app->records.past);
    assert_int_equal(app->session.play.status, PLAY_ENDED);
    assert_int_equal(app->session.record.steps[0].number, 2);  /* #3 began with choice 2 */
    assert_true(app_debrief_pages(app) > 1 && app_debrief_page(app) == 1);
    press(app, SDLK_ESCAPE);                          /* back to the progress screen */
    assert_string_equal(app_screen_name(app), "progress");
    assert_int_equal(app->records.progress.tab, 3);
    click(app, "Watched  \xC2\xB7  Done");             /* by mouse: the watched story's */
    assert_string_equal(app_screen_name(app), "debrief");
    assert_int_equal(app->debrief.doc.answers.commitments[0][0], 'l');  /* its answers restored */
    bool feeling = false, commitment = false, empty = false;   /* and shown, where they were asked */
    for (int page = 1; page <= app_debrief_pages(app); page++) {
        feeling = feeling || (page == 1 && shows("How did that feel? (skipped)"));
        commitment = commitment || (shows("Your commitments") && shows("At work, I will ... listen before I decide"));
        empty = empty || shows("At work, I will ... (skipped)");   /* the second was left empty: no line */
        expect_layout(app, "a past attempt's debrief");
        if (page < app_debrief_pages(app))
            press(app, SDLK_PAGEDOWN);
    }
    assert_true(feeling && commitment && !empty);
    app_destroy(app);
    assert_int_equal(attempts_in(dir), 3);            /* looking back recorded nothing */
    fresh_saves("suite");
}

/* ---- a facilitated room ---- */

static const char room_source[] =
    "scenario { id = 'room', title = 'A Room', start = 'a', meters = { trust = { label = 'Trust', value = 50 } } }\n"
    "scene 'a' { title = 'Monday', notes = 'Ask who has seen this before.',\n"
    "  choice { id = 'a1', text = 'A1', feedback = 'Fast.', score = { communication = 2 }, next = 'b' },\n"
    "  choice { id = 'a2', text = 'A2', score = { systems_thinking = 2 }, next = 'b' },\n"
    "  choice { id = 'a3', text = 'A3', score = { managing_resources = 1 }, next = 'b' } }\n"
    "scene 'b' { title = 'Tuesday',\n"
    "  choice { id = 'b1', text = 'B1', score = { systems_thinking = 1 }, next = 'e' },\n"
    "  choice { id = 'b2', text = 'B2', score = { communication = 1 }, next = 'e' } }\n"
    "scene 'e' { ending = 'The end' }\n";

static App *start_room_at(int w, int h, const char *display, const char *scenario, const char *teams, int timer)
{
    static char settings[1000], dir[300], path[300];
    snprintf(path, sizeof path, "%s", unit_write("room.lua", room_source));   /* the next call reuses its buffer */
    snprintf(dir, sizeof dir, "%s", path);
    *strrchr(dir, '/') = '\0';
    snprintf(settings, sizeof settings, "%s[folders]\nsaves = %s/saves\nscenarios = %s\n", display ? display : "",
             dir, dir);
    snprintf(layout_path, sizeof layout_path, "%s", unit_write("room.layout", ""));
    AppStart start = {.settings_path = unit_write("room.ini", settings), .scenario = scenario ? scenario : path,
                      .seed = 1, .layout_log = layout_path, .facilitate = true, .teams = teams, .timer = timer};
    App *app = app_create_headless(w, h, &start);
    assert_non_null(app);
    assert_null(app_start_error(app));
    render(app);
    return app;
}

static App *start_room(const char *teams, int timer) { return start_room_at(1920, 1080, NULL, NULL, teams, timer); }

static void press_shift(App *app, SDL_Keycode key)
{
    SDL_Event e = {0};
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = key;
    e.key.keysym.mod = KMOD_LSHIFT;
    app_handle_event(app, &e);
    render(app);
}

/* No teams: counts per choice, hidden until the reveal; a tie the facilitator settles. */
/* A save folder shared by two named players: each sees their own attempts and the unnamed ones,
 * and is told that others' are there. */
static void test_progress_is_the_players_own(void **state)
{
    (void)state;
    const char *dir = three_attempts("own");           /* played before any name was set */
    App *played = start_app(1280, 720, "[player]\nname = Cy\n", "twelve-percent", ones, 20, 0, NULL);
    assert_int_equal(played->session.play.status, PLAY_ENDED);
    app_destroy(played);
    assert_int_equal(attempts_in(dir), 4);
    App *app = start_app(1280, 720, "[player]\nname = Bo\n", NULL, NULL, 0, 0, NULL);
    const CardRecord *card = &app->records.cards[library_index(app, "twelve-percent")];
    assert_int_equal(card->attempts, 2);                             /* not Cy's */
    assert_true(card->last10 >= 0 && card->best10 >= card->last10);
    press(app, SDLK_h);
    assert_true(shows("Your progress: 3 attempts"));
    assert_true(shows("Not shown: 1 by Cy.  Included: 3 with no name"));
    expect_layout(app, "progress, shared");
    press(app, SDLK_e);                                  /* Export: Bo's three, not Cy's */
    assert_non_null(app_notice(app));
    const char *at = strstr(app_notice(app), "Exported: ");
    assert_non_null(at);
    char csv[1024];
    snprintf(csv, sizeof csv, "%s", at + strlen("Exported: "));
    *strchr(csv, ',') = '\0';
    FILE *f = fopen(csv, "r");
    assert_non_null(f);
    char line[4096];
    int rows = 0, attempts[8] = {0}, distinct = 0;
    assert_non_null(fgets(line, sizeof line, f));        /* the header */
    while (fgets(line, sizeof line, f)) {
        int id = atoi(line + (line[0] == '"'));
        rows++;
        bool seen = false;
        for (int k = 0; k < distinct; k++)
            seen |= attempts[k] == id;
        if (!seen && distinct < 8)
            attempts[distinct++] = id;
    }
    fclose(f);
    assert_true(rows > 3);
    assert_int_equal(distinct, 3);
    press(app, SDLK_e);                                  /* again at once: a second file, the first kept */
    at = strstr(app_notice(app), "Exported: ");
    assert_non_null(at);
    char again[1024];
    snprintf(again, sizeof again, "%s", at + strlen("Exported: "));
    *strchr(again, ',') = '\0';
    assert_string_not_equal(again, csv);
    assert_true(access(csv, F_OK) == 0 && access(again, F_OK) == 0);
    app->records.notice[0] = '\0';
    app_destroy(app);
    app = start_app(1280, 720, "[player]\nname = cy \n", NULL, NULL, 0, 0, NULL);  /* as typed another day */
    assert_int_equal(app->records.cards[library_index(app, "twelve-percent")].attempts, 3);
    press(app, SDLK_h);
    assert_true(shows("Your progress: 4 attempts"));
    assert_false(shows("Not shown"));
    app_destroy(app);
    fresh_saves("suite");
}

static void test_room_counts_a_tie_and_the_timer(void **state)
{
    (void)state;
    App *app = start_room(NULL, 60);
    assert_true(on(app, "room"));
    assert_true(shows("1:00"));
    const Room *r = app_room(app);
    press(app, SDLK_2);
    press(app, SDLK_2);
    press(app, SDLK_3);
    press(app, SDLK_3);
    press_shift(app, SDLK_3);            /* a hand counted twice */
    assert_int_equal(r->counts[1], 2);
    assert_int_equal(r->counts[2], 1);
    assert_true(shows("Votes in: 3"));
    assert_true(room_phone_count(&app->room.room, 1, +1));   /* a phone's vote: no key takes it back */
    press_shift(app, SDLK_1);
    assert_int_equal(room_votes_for(r, 1), 1);
    assert_non_null(app_notice(app));
    assert_non_null(strstr(app_notice(app), "Choice 1's votes are from phones"));
    assert_true(room_phone_count(&app->room.room, 1, -1));
    app->records.notice[0] = '\0';      /* put away, as a click on it would */
    assert_false(shows("2 votes"));      /* nothing says for what before the reveal */
    assert_false(shows("Ask who has seen"));   /* the notes stay hidden from the room */
    press(app, SDLK_s);
    assert_true(shows("Ask who has seen"));
    press(app, SDLK_3);
    assert_true(ui_next_timer(app, SDL_GetTicks()) >= 0);   /* the timer runs: a redraw is due */
    press(app, SDLK_t);
    assert_true(shows("Paused"));
    assert_int_equal(ui_next_timer(app, SDL_GetTicks()), -1);  /* paused: nothing to redraw */
    press(app, SDLK_r);
    assert_true(shows("2 votes  50%"));
    assert_true(shows("tied"));
    press(app, SDLK_3);
    press(app, SDLK_f);
    assert_true(shows("Take choice 3 (the facilitator's pick)"));
    press(app, SDLK_RETURN);
    assert_int_equal(r->decision_count, 1);
    assert_int_equal(r->decisions[0].taken, 3);
    assert_true(r->decisions[0].tie);
    assert_true(shows("Tuesday"));
    app_destroy(app);
}

/* Teams by clicker alone: PageUp changes the highlighted team's vote, PageDown moves on. */
static void test_room_by_clicker(void **state)
{
    (void)state;
    App *app = start_room("Red,Blue", 0);
    const Room *r = app_room(app);
    press(app, SDLK_PAGEUP);             /* Red: 1 */
    press(app, SDLK_PAGEUP);             /* Red: 2 */
    press(app, SDLK_PAGEDOWN);           /* Blue */
    press(app, SDLK_PAGEUP);             /* Blue: 1 */
    assert_int_equal(r->team_votes[0], 2);
    assert_int_equal(r->team_votes[1], 1);
    assert_true(shows("Votes in: 2 of 2"));
    press(app, SDLK_PAGEDOWN);           /* Reveal, focused */
    press(app, SDLK_PAGEDOWN);           /* revealed: a tie */
    assert_true(r->phase == ROOM_REVEALED);
    press(app, SDLK_PAGEUP);             /* the pick moves to 2 */
    press(app, SDLK_PAGEDOWN);           /* and is taken */
    assert_int_equal(r->decisions[0].taken, 2);
    press(app, SDLK_1);                  /* Tuesday: Red 1, Blue 1 */
    press(app, SDLK_1);
    press(app, SDLK_r);
    press(app, SDLK_RETURN);             /* the majority */
    assert_true(shows("The group debrief"));
    press(app, SDLK_RETURN);
    assert_true(on(app, "room-debrief"));
    assert_true(shows("The room's ending"));
    press(app, SDLK_END);
    assert_true(shows("The results were not written"));  /* no export lent here */
    press(app, SDLK_ESCAPE);
    assert_true(on(app, "library"));
    assert_null(app_room(app));
    app_destroy(app);
}

/* A whole room of the longest scenario, every screen of it, laid out at each size. */
static void check_room_screens(int w, int h, const char *display)
{
    App *app = start_room_at(w, h, display, "scripts/scenarios/twelve-percent.lua", "Red,Blue,Green", 300);
    const Room *r = app_room(app);
    assert_non_null(r);
    for (int steps = 0; on(app, "room") && steps < 300; steps++) {
        expect_layout(app, "room");
        const Playthrough *p = &r->session.play;
        bool deciding = p->status == PLAY_RUNNING && play_scene(p)->kind == SCENE_DECISION &&
                        app->room.text_page >= ui_room_text_pages(app);
        if (deciding && r->phase != ROOM_REVEALED && room_votes_in(r) < 3)
            press(app, (SDL_Keycode)(SDLK_1 + room_votes_in(r) % p->shown_count));
        else if (deciding && r->phase != ROOM_REVEALED)
            press(app, SDLK_r);
        else
            press(app, SDLK_RETURN);
    }
    assert_true(on(app, "room-debrief"));
    assert_true(r->decision_count >= 5);
    assert_true(app->room.page_count > 2);
    for (int page = 0; page < app->room.page_count; page++) {
        expect_layout(app, "room-debrief");
        press(app, SDLK_PAGEDOWN);
    }
    app_destroy(app);
}

static void test_room_layout(void **state)
{
    (void)state;
    check_room_screens(1280, 720, "[display]\nprojector = true\n");
    check_room_screens(1280, 720, NULL);
    check_room_screens(1920, 1080, "[display]\nprojector = true\n");
    check_room_screens(3840, 2160, NULL);
    check_room_screens(800, 600, "[display]\nfont_scale = 1.5\n");
}

/* Facilitate on a library card: the set-up screen, then the room. */
static void test_room_from_the_library(void **state)
{
    (void)state;
    App *app = start_room(NULL, 0);
    press(app, SDLK_ESCAPE);             /* leave the room: it asks first */
    assert_true(app_dialog_open(app));
    assert_true(shows("Leave this room?"));
    press(app, SDLK_TAB);
    press(app, SDLK_RETURN);
    assert_true(on(app, "library"));
    assert_true(shows("Facilitate (F)"));
    while (app->library.entries[app->focus].title == NULL || strcmp(app->library.entries[app->focus].title, "A Room"))
        press(app, SDLK_RIGHT);
    click(app, "Facilitate (F)");
    assert_true(on(app, "room-setup"));
    assert_true(shows("Red,Blue,Green"));
    press(app, SDLK_DOWN);
    press(app, SDLK_DOWN);
    press(app, SDLK_RETURN);             /* the leaderboard on */
    press(app, SDLK_DOWN);
    press(app, SDLK_RETURN);             /* Start */
    assert_true(on(app, "room"));
    assert_int_equal(app_room(app)->team_count, 3);
    assert_true(app_room(app)->leaderboard);
    assert_true(shows("Votes in: 0 of 3"));
    assert_false(app_presenter_open(app));   /* off screen there is one display */
    app_destroy(app);
}

int main(void)
{
    unit_init();
    fresh_saves("suite");                /* never the developer's save folder */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keyboard_playthrough),
        cmocka_unit_test(test_mouse_playthrough),
        cmocka_unit_test(test_clicker_playthrough),
        cmocka_unit_test(test_escape_always_asks),
        cmocka_unit_test(test_closing_the_window_mid_playthrough_asks),
        cmocka_unit_test(test_blank_screens),
        cmocka_unit_test(test_library_lists_broken_files),
        cmocka_unit_test(test_library_pages_by_mouse),
        cmocka_unit_test(test_runtime_error_screen),
        cmocka_unit_test(test_bad_settings_still_start),
        cmocka_unit_test(test_settings_screen_writes_back),
        cmocka_unit_test(test_layout_1280x720),
        cmocka_unit_test(test_layout_3840x2160),
        cmocka_unit_test(test_layout_small_and_tall),
        cmocka_unit_test(test_projector_capital_height),
        cmocka_unit_test(test_every_scenario_plays_in_the_window),
        cmocka_unit_test(test_typing_an_answer),
        cmocka_unit_test(test_long_answers_wrap_and_stop_at_the_limit),
        cmocka_unit_test(test_paste),
        cmocka_unit_test(test_skipping_every_question),
        cmocka_unit_test(test_estimates_beside_the_chart),
        cmocka_unit_test(test_commitments_are_kept),
        cmocka_unit_test(test_caret_blinks_only_with_motion),
        cmocka_unit_test(test_no_debrief_wording_in_the_window),
        cmocka_unit_test(test_idle_means_no_redraw),
        cmocka_unit_test(test_meter_flags),
        cmocka_unit_test(test_watch_waits_for_the_file_to_settle),
        cmocka_unit_test(test_watch_in_the_window),
        cmocka_unit_test(test_watch_keeps_the_answers),
        cmocka_unit_test(test_continue_after_leaving),
        cmocka_unit_test(test_continue_by_clicker),
        cmocka_unit_test(test_resume_an_edited_story),
        cmocka_unit_test(test_bad_save_reported_and_kept),
        cmocka_unit_test(test_attempts_and_commitments_recorded),
        cmocka_unit_test(test_progress_screen),
        cmocka_unit_test(test_export_from_the_debrief),
        cmocka_unit_test(test_progress_is_the_players_own),
        cmocka_unit_test(test_room_counts_a_tie_and_the_timer),
        cmocka_unit_test(test_room_by_clicker),
        cmocka_unit_test(test_room_from_the_library),
        cmocka_unit_test(test_room_layout),
    };
    return cmocka_run_group_tests_name("ui", tests, NULL, NULL);
}
