/* ui_internal: what the window's screens share. Not for use outside ui*.c. */
#ifndef LEADSIM_UI_INTERNAL_H
#define LEADSIM_UI_INTERNAL_H

#include <stdio.h>
#include "debrief.h"
#include "document.h"
#include "room_report.h"
#include "session.h"
#include "phones_ballots.h"
#include "phones_join.h"
#include "fonts.h"
#include "recorder.h"
#include "settings.h"
#include "theme.h"
#include "ui.h"
#include "watch.h"
#include "wrap.h"

/* The screens, one row each: SCREEN_<ID> and the `const Screen screen_<name>` its file
 * defines. Adding a screen is one file (ui_<name>.c) and one row here. */
#define UI_SCREENS(X) \
    X(LIBRARY, library) X(SCENE, scene) X(REACTIONS, reactions) X(ESTIMATE, estimate) X(DEBRIEF, debrief) \
    X(COMMITMENTS, commitments) X(SETTINGS, settings) X(ERROR, error) \
    X(PROGRESS, progress) \
    X(ROOM_SETUP, room_setup) X(ROOM, room) X(ROOM_DEBRIEF, room_debrief)

typedef enum {
#define UI_SCREEN_ID(ID, name) SCREEN_##ID,
    UI_SCREENS(UI_SCREEN_ID)
#undef UI_SCREEN_ID
    SCREEN_COUNT
} ScreenId;
typedef enum { DIALOG_NONE, DIALOG_LEAVE, DIALOG_QUIT } DialogId;
typedef enum { BLANK_NONE, BLANK_BLACK, BLANK_WHITE } BlankMode;

/* What a click or a confirmed focus does. The window takes the shared ones (dialogs,
 * the library, settings, playing again); the screen takes the rest. */
typedef enum {
    ACT_NONE,
    ACT_PICK,            /* the screen's own: a card, a choice, a settings row, a section tab (index) */
    ACT_NEXT,            /* More, Continue, the debrief, the next page */
    ACT_PREV,            /* the previous page */
    ACT_REPLAY, ACT_TO_LIBRARY, ACT_OPEN_SETTINGS, ACT_DIALOG,
    ACT_CONTINUE, ACT_NEW_GAME, ACT_PROGRESS,   /* ui_records.c: a card's save, a fresh start (index: the card) */
    ACT_NOTICE,          /* a click on the notice closes it (it may cover the footer's buttons) */
    ACT_EXPORT,          /* the debrief shown, into exports/ (ui_records.c) */
    ACT_FACILITATE,      /* the library's Facilitate button: the focused card, for a room */
} Action;

typedef struct {
    SDL_Rect rect;
    Action action;
    int index;
} Hit;

#define UI_MAX_HITS 64

/* Prose wrapped to a width: lines point into `normalized`. */
typedef struct {
    char *normalized;
    WrapLine *lines;
    int count, capacity;
    FontStyle style;
} UiText;

typedef struct {
    char *path;
    char *title, *role, *summary, *id;
    long minutes;
    char *error;                 /* the load errors, one per line; NULL when it loads */
} LibraryEntry;

/* One item of the debrief's flow of content, paginated to the screen. */
typedef enum {
    ITEM_HEADING, ITEM_TEXT, ITEM_SCORE, ITEM_CHART, ITEM_BIG_SCORE, ITEM_GAP, ITEM_BUTTONS, ITEM_BREAK
} ItemKind;

typedef struct {
    ItemKind kind;
    int section;                 /* which tab it belongs to */
    FontStyle style;
    int color;                   /* 0 text, 1 muted, 2 accent, 3 positive, 4 negative */
    int indent;                  /* in units of u */
    char *text;                  /* ITEM_HEADING, ITEM_TEXT, the label of ITEM_SCORE */
    char *detail;                /* ITEM_SCORE: "developing - 3 decisions" */
    const Score *score;          /* ITEM_SCORE, ITEM_BIG_SCORE */
    const DocBlock *block;       /* what it renders; its tone gives the colour */
    int chart_color;             /* ITEM_SCORE: index into the chart palette, or -1 */
    UiText wrapped;              /* ITEM_TEXT */
    int height;
} Item;

/* Pages hold slices of items: a text item may continue on the next page. */
typedef struct {
    int item, from, to;          /* lines from..to of a text item; 0..0 otherwise */
} Slice;

#define UI_MAX_PAGES 64

typedef struct {
    int first, count;            /* slices on the page */
    int section;
} DebriefPage;

/* ---- what each screen owns ---------------------------------------------------------------- */

typedef struct {
    LibraryEntry *entries;
    int count;
    int page;
} LibraryScreen;

typedef struct {
    int text_page, text_pages;
    unsigned layout_generation;
    int layout_scene;            /* the scene the layout was made for */
    int layout_path;             /* ... and the step */
    UiText text;
    UiText choices[SCENARIO_MAX_CHOICES + 1];
    int page_first_line[32];     /* text pages: first line of each, and one past the last */
    bool choices_own_page;
    double *meter_delta;         /* the last change of each meter, shown briefly */
    uint32_t meters_changed_at;
} SceneScreen;

/* A box the player writes in (ui_field.c). */
#define UI_FIELD_MAX (DOC_ANSWER_MAX - 1)   /* bytes, as the document keeps them */
#define UI_FIELD_STYLE FONT_BODY
typedef struct {
    char text[UI_FIELD_MAX + 1];
    int length, caret;           /* bytes; the caret is on a code point's first byte */
} UiField;

/* The run of the document's blocks one prompt screen shows: the words that introduce its
 * prompts (blocks marked `asks`), then the prompts. */
#define UI_MAX_PROMPTS 16
typedef struct {
    int first, last;             /* block indexes, inclusive; first > last when the document has none */
    int prompts[UI_MAX_PROMPTS]; /* the prompt blocks among them */
    int prompt_count;
} AskRun;

/* A screen of written answers: the reactions, the commitments. */
typedef struct {
    AskRun run;
    UiField fields[UI_MAX_PROMPTS];
    int focus;                   /* a field, or prompt_count + button */
    uint32_t typed_at;           /* the caret's blink starts again from each key */
    bool caret_drawn;            /* the caret was on in the last frame */
} WritingScreen;

typedef struct {
    AskRun run;
} EstimateScreen;

#define UI_MAX_SECTIONS 16

typedef struct {
    DebriefDoc doc;
    bool built;                  /* doc holds this playthrough's debrief */
    bool asks;                   /* built interactive: the prompt screens come before and after */
    bool answered;               /* a past attempt's: its answers are shown on the pages, not asked */
    const char *sections[UI_MAX_SECTIONS]; /* the tabs: titles of the sections shown */
    int section_count;
    Item *items;
    int item_count, item_capacity;
    Slice *slices;
    int slice_count, slice_capacity;
    DebriefPage pages[UI_MAX_PAGES];
    int page_count, page;
    unsigned layout_generation;
} DebriefScreen;

typedef struct {
    ScreenId back;               /* where Done returns */
    bool editing;                /* a text setting is open for typing */
    char backup[640];            /* its value before, for Esc */
} SettingsScreen;

typedef struct {
    char title[128];
    char *text;
} ErrorScreen;

typedef struct {
    DialogId open;
    int focus;
} Dialog;

typedef struct {
    bool on;                     /* --watch: reload the scenario when its file changes */
    Watch file;
    char banner[1600];           /* the last reload's news; an error stays until a save fixes it */
    bool banner_error;
    uint32_t banner_until;
} WatchState;

/* ---- what is kept of a trainee's work: saves, the history, progress (ui_records.c, ui_progress.c) ---- */

typedef struct {
    int attempts, last10, best10;   /* history_summary: scores x10, -1 when none */
    bool saved;                     /* a playthrough in progress: the card offers Continue */
} CardRecord;

#define PROGRESS_COLUMNS 5          /* attempts in the chart, the newest */
#define PROGRESS_DOMAINS 8
#define PROGRESS_MOVES 6
#define PROGRESS_COMMITMENTS 24

typedef struct {
    int64_t id;
    char when[32];                  /* "2026-11-30" */
    char scenario[256];             /* its title */
    int score10[PROGRESS_DOMAINS];  /* -1: not assessed */
} ProgressColumn;

typedef struct {
    char title[160];
    int from10, to10;
} ProgressMove;

typedef struct {
    char heading[400];              /* "#12 · 2026-11-30 · Twelve percent" */
    char text[DOC_ANSWER_MAX];
} ProgressCommitment;

typedef struct {
    bool loaded;
    char why[1200];                 /* the history could not be read */
    Attempt *attempts;              /* newest first */
    int count, total;
    int others;                     /* other players' attempts in this save folder, not shown */
    char other_names[160];          /* whose ("Cy, Dee") */
    int unnamed;                    /* attempts with no player's name, counted as this player's */
    char domains[PROGRESS_DOMAINS][160];
    int domain_count;
    ProgressColumn columns[PROGRESS_COLUMNS];   /* oldest first, as the chart reads */
    int column_count;
    ProgressMove moves[PROGRESS_MOVES];
    int move_count;
    int64_t move_from, move_to;     /* the attempts compared */
    ProgressCommitment commitments[PROGRESS_COMMITMENTS];
    int commitment_count;
    int tab, list_first;            /* the tab shown; the first attempt on the list's page */
    int list_rows;                  /* attempts that fit on a page (set while drawing) */
} ProgressScreen;

typedef struct {
    char dir[4096];                 /* the save folder; "" when there is none */
    bool writable;                  /* saves and attempts may be written (not a screenshot) */
    Recorder recorder;
    bool recording;
    char notice[2400];              /* news for the player: a save problem, a resumed game */
    bool notice_error;
    uint32_t notice_until;          /* when it goes; 0 stays until the next */
    CardRecord *cards;              /* one per library entry */
    int card_count;
    int button, button_card;        /* on that card (it has a save): 0 Continue, 1 New game */
    char reported[4096];            /* bad saves already reported, so each is said once */
    bool past;                      /* the debrief shows a past attempt: Esc returns to progress */
    ProgressScreen progress;
    struct LrsSync *sync;           /* statements going to the LRS in the background, or NULL */
} RecordsState;
/* A facilitated room (ui_room*.c, ui_presenter.c): the set-up, the decision cycle, the group
 * debrief and the presenter's window, all in one place. */
#define UI_ROOM_PAGES 32
typedef struct {
    Room room;
    bool open;                   /* room holds an opened room */
    UiRoomExport export_results; /* lent by the command: the window cannot see the renderers */
    /* the set-up screen */
    UiField teams;
    int timer_choice, setup_focus;
    bool leaderboard;
    char setup_path[4096];
    char setup_error[512];
    /* the decision cycle */
    int at_path;                 /* the step the view below was set for */
    int text_page;               /* reading: pages of the scene's text before its choices */
    int select;                  /* voting: the team (or, with no teams, the choice); == count: Reveal */
    int pick;                    /* revealed: the choice Enter takes */
    bool feedback, notes;        /* "show feedback now"; the notes in the room's window (one display) */
    int timer_left;              /* ms */
    bool timer_running, timer_started;  /* started: once per step, when the choices first show */
    uint32_t timer_last;         /* the last tick counted, 0: count from the next */
    /* the group debrief */
    RoomReport report;
    bool reported;
    int page, page_count;
    int page_first[UI_ROOM_PAGES + 1]; /* the first block of each page */
    char results[4300];          /* where the CSV went, or why it did not */
    /* votes from phones (ui_room_phones.c) */
    struct Phones *phones;       /* the server, or NULL */
    PhonesBallots ballots;
    uint32_t phone_serial;       /* the decision published to the phones */
    int phone_at, phone_phase;   /* the step and phase it was published at */
    char phone_url[96];
    PhonesQr qr;                 /* the join address as a QR code; width 0 when none */
    bool joining;                /* the join screen covers the room's view (J) */
    /* the presenter's window, on the other display */
    SDL_Window *presenter;
    SDL_Renderer *presenter_renderer;
    TextCache *presenter_cache;
} RoomState;

/* ---- the screens as a table ---------------------------------------------------------------------- */

/* One screen: what it draws and how it answers. Every hook but draw and key may be NULL. */
typedef struct {
    const char *name;                                  /* app_screen_name */
    void (*enter)(App *app);                           /* it became the current screen */
    void (*draw)(App *app);
    void (*key)(App *app, SDL_Keycode key);            /* Esc included; not the window's own keys */
    void (*click)(App *app, const Hit *hit);           /* a hit the window did not take */
    void (*text)(App *app, const char *utf8);          /* typed text, while app->typing */
    void (*wheel)(App *app, int steps);                /* +1 down, -1 up */
    void (*page)(App *app, int page);                  /* --page N (from 0) */
    void (*heard)(App *app, SessionEvent event);       /* the playthrough moved (not SESSION_FAILED) */
    int  (*timer)(const App *app, uint32_t now);       /* ms until it changes by itself, or -1 */
    void (*tick)(App *app, uint32_t now);
    void (*forget)(App *app);                          /* the playthrough it showed is gone or reloaded */
    void (*free)(App *app);                            /* the window closes */
    bool clicker;                                      /* a clicker's resting focus is taken after a delay */
} Screen;

#define UI_SCREEN_EXTERN(ID, name) extern const Screen screen_##name;
UI_SCREENS(UI_SCREEN_EXTERN)
#undef UI_SCREEN_EXTERN

struct App {
    SDL_Window *window;          /* NULL when headless */
    SDL_Renderer *renderer;
    SDL_Surface *surface;        /* headless target */
    int w, h;                    /* output pixels */
    double u;                    /* one unit: 1% of the reference height */
    Settings settings;
    char settings_path[1024];
    DiagList notices;            /* settings and font problems, shown once on the library */
    Theme theme;
    Fonts *fonts;
    TextCache *cache;
    unsigned layout_generation;  /* bumps when sizes or theme change: cached layouts are stale */
    struct UiWrapCache *wraps;   /* text wrapped while drawing, remembered */
    FILE *layout_log;
    char start_error[1400];

    ScreenId screen, previous;
    Dialog dialog;
    BlankMode blank;
    bool dirty, quit;
    bool typing;                 /* text input is on: letters and digits are text, not commands */
    Uint16 key_mod;              /* the modifiers of the key being handled */
    bool key_repeat;             /* it is held down: not a new press */
    bool interactive;            /* a player is here: the debrief asks its questions */
    uint32_t frames;

    /* input */
    Hit hits[UI_MAX_HITS];
    int hit_count;
    struct { SDL_Rect around, reach; } rings[8];   /* this frame's focus rings (the layout test keeps */
    int ring_count;                                /* text clear of them) */
    int mouse_x, mouse_y;        /* output pixels */
    int hover;                   /* index into hits, or -1 */
    int focus;                   /* the focused item of the screen, or -1 */
    bool clicker_focus;          /* focus was moved by PageUp/PageDown */
    uint32_t focus_since;

    /* the playthrough the scene and the debrief show */
    char *play_path;             /* kept when it fails to open, so --watch can retry */
    Session session;
    bool playing;                /* the session is open */
    uint64_t seed;

    LibraryScreen library;
    SceneScreen scene;
    DebriefScreen debrief;
    SettingsScreen settings_screen;
    ErrorScreen error;
    WatchState watch;
    WritingScreen reactions, commitments;
    EstimateScreen estimate;
    RecordsState records;
    RoomState room;
};

/* ---- ui.c: moving between screens, keys every screen shares ---- */
void ui_dirty(App *app);
void ui_goto(App *app, ScreenId screen);          /* makes it current and calls its enter */
const Screen *ui_current(const App *app);
const Screen *ui_screen(ScreenId id);
void ui_start_playthrough(App *app, const char *path);
bool ui_open_session(App *app, const char *path, bool record); /* false after showing the error screen */
void ui_end_playthrough(App *app);
void ui_to_library(App *app);
void ui_to_debrief(App *app);
void ui_typing(App *app, bool on);               /* text input on or off (SDL_StartTextInput) */
bool ui_is_next(SDL_Keycode key);
bool ui_is_previous(SDL_Keycode key);
bool ui_clicker_pending(const App *app); /* a clicker's focus is counting down to activate */
int  ui_next_timer(const App *app, uint32_t now); /* ms until the screen changes by itself, or -1 */
double ui_clicker_progress(const App *app, uint32_t now); /* 0 to 1, or -1 when nothing counts down */
void ui_clicker_bar(App *app, SDL_Rect r); /* the countdown, along the bottom of the focused thing */
const char *ui_clicker_hint(const App *app, const char *what, char *buf, size_t size); /* footer text, or NULL */

/* ---- ui_window.c: the window or the off-screen surface, sizes and settings ---- */
void ui_resize(App *app);
void ui_apply_settings(App *app);        /* after the settings screen changed something */
void ui_toggle_fullscreen(App *app);

/* ---- ui_dialog.c: "Leave this playthrough?", "Quit leadsim?" ---- */
void ui_dialog_open(App *app, DialogId dialog);
void ui_dialog_draw(App *app);
void ui_dialog_key(App *app, SDL_Keycode key);
void ui_dialog_answer(App *app, int button);

/* ---- ui_error.c ---- */
void ui_show_error(App *app, const char *title, const char *text);

/* ---- ui_watch.c: --watch ---- */
void ui_watch_start(App *app, const char *path);
void ui_watch_stop(App *app);
int  ui_watch_timer(const App *app, uint32_t now);
void ui_watch_tick(App *app, uint32_t now);
void ui_reload(App *app);                /* the file changed */
void ui_banner_draw(App *app);

/* ---- ui_draw.c ---- */
Color ui_color(const App *app, int which);  /* 0 text, 1 muted, 2 accent, 3 positive, 4 negative */
int   ui_px(const App *app, double units);
void  ui_fill(App *app, SDL_Rect r, Color c);
void  ui_round(App *app, SDL_Rect r, int radius, Color c);
void  ui_outline(App *app, SDL_Rect r, int radius, int thickness, Color c);
int   ui_text(App *app, FontStyle style, Color color, int x, int y, const char *text, SDL_Rect box);
int   ui_text_n(App *app, FontStyle style, Color color, int x, int y, const char *text, size_t length, SDL_Rect box);
int   ui_text_faded(App *app, FontStyle style, Color color, int x, int y, const char *text, SDL_Rect box, int alpha);
int   ui_text_width(const App *app, FontStyle style, const char *text);
void  ui_wrap(App *app, UiText *t, const char *raw, FontStyle style, int width);
/* The same, remembered: for text wrapped while drawing. The result belongs to the cache
 * and lasts until the next call evicts it (use it at once). */
const UiText *ui_wrapped(App *app, const char *raw, FontStyle style, int width);
void  ui_text_free(UiText *t);
void  ui_wraps_free(App *app);
int   ui_lines_height(const App *app, const UiText *t, int from, int to);
void  ui_draw_lines(App *app, const UiText *t, int from, int to, int x, int y, Color color, SDL_Rect box);
/* Draws at most `max_lines`; when more were wrapped, the last shown ends with an ellipsis. */
void  ui_draw_clipped(App *app, const UiText *t, int max_lines, int x, int y, Color color, SDL_Rect box);
/* Fits one line into `width`, ending with an ellipsis when it is cut; writes into buf. */
const char *ui_ellipsize(const App *app, FontStyle style, const char *text, int width, char *buf, size_t size);
void  ui_hit(App *app, SDL_Rect r, Action action, int index);
bool  ui_hovered(const App *app, Action action, int index);
void  ui_focus_ring(App *app, SDL_Rect r, int radius);
void  ui_button(App *app, SDL_Rect r, const char *label, bool primary, bool focused, Action action, int index);
void  ui_button_in(App *app, FontStyle style, SDL_Rect r, const char *label, bool primary, bool focused,
                   Action action, int index);  /* the same, with a label in `style` */
void  ui_footer(App *app, const char *hint, const char *right);
/* A page's column: at most `measure` body lines wide (34: about 85 characters; 0: the whole width
 * within the margins), centred, from `top` down to where the footer keeps clear. */
typedef struct {
    int x, width, top, bottom;
} UiColumn;
UiColumn ui_column(const App *app, int measure, int top);
int   ui_content_bottom(const App *app);   /* where a page ends, clear of the footer */

/* ---- ui_field.c: a box the player writes in ---- */
void ui_field_set(UiField *f, const char *text);
void ui_field_insert(UiField *f, const char *utf8);    /* at the caret, up to the limit */
bool ui_field_key(UiField *f, SDL_Keycode key, Uint16 mod); /* editing keys and Ctrl+V; false if not one */
int  ui_field_height(const App *app, int lines);
int  ui_field_counter_width(const App *app);          /* kept free beside the question, for the counter */
void ui_field_draw(App *app, const UiField *f, SDL_Rect r, bool focused, bool caret_on);
bool ui_field_caret_on(const App *app, uint32_t since, uint32_t now);
int  ui_field_timer(const App *app, uint32_t since, uint32_t now);   /* ms to the next blink, or -1 */

/* ---- ui_ask.c: the debrief's steps, and what prompt screens share ---- */
UiColumn ui_ask_column(const App *app);
bool ui_ask_run(const DebriefDoc *doc, PromptKind kind, AskRun *run); /* false: the document asks no such thing */
void ui_ask_next(App *app);              /* on to the debrief's next step */
void ui_ask_reopen(App *app, ScreenId screen, int page, const DocAnswers *answers); /* --watch: that step again */
int  ui_ask_intro(App *app, const AskRun *run, int x, int y, int width); /* draws the introducing blocks */
int  ui_ask_intro_height(App *app, const AskRun *run, int width);
FontStyle ui_block_style(const DocBlock *b);
Color ui_block_color(const App *app, const DocBlock *b);

/* ---- ui_writing.c: what the screens of written answers share ---- */
void ui_writing_enter(App *app, WritingScreen *w, PromptKind kind);
void ui_writing_draw(App *app, WritingScreen *w, const char *const *labels, const Action *actions, int count,
                     const char *hint);   /* the boxes, then these buttons */
int  ui_writing_field_key(App *app, WritingScreen *w, SDL_Keycode key); /* 0 taken, +1 move on, -1 back */
void ui_writing_text(App *app, WritingScreen *w, const char *utf8);
void ui_writing_click(App *app, WritingScreen *w, const Hit *hit);
void ui_writing_focus(App *app, WritingScreen *w, int focus);  /* a box, or past them a button */
int  ui_writing_timer(const App *app, const WritingScreen *w, uint32_t now);
void ui_writing_tick(App *app, WritingScreen *w, uint32_t now);

/* ---- ui_records.c: saves, the history and the library's Continue ---- */
void ui_records_init(App *app, bool driven); /* the save folder; may it write (driven: --choices) */
void ui_records_attach(App *app);        /* a session just opened: keep it (saves, the attempt) */
void ui_records_detach(App *app);        /* the playthrough ends or is left: the answers, then stop */
bool ui_records_saving(const App *app);  /* leaving now keeps a save to continue */
void ui_records_library(App *app);       /* each card's attempts, scores and save: the history opened once */
void ui_records_act(App *app, const Hit *hit);  /* ACT_CONTINUE, ACT_NEW_GAME, ACT_PROGRESS */
bool ui_records_card_key(App *app, SDL_Keycode key); /* a card's Continue / New game focus; false: not taken */
void ui_records_card(App *app, int index, SDL_Rect r); /* a card's progress line and buttons */
int  ui_records_card_height(const App *app);           /* room they take at the foot of a card */
int  ui_records_card_buttons(const App *app, int index); /* the foot its buttons take from the card's click, or 0 */
bool ui_records_continue(App *app, const char *path);  /* resume the save of the scenario at path */
bool ui_records_open_attempt(App *app, int64_t id);    /* a past attempt's debrief */
History *ui_records_history(App *app);   /* the history when it exists (NULL, said why); history_close it */
void ui_records_notice(App *app, bool error, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void ui_records_notice_draw(App *app);
int  ui_records_timer(const App *app, uint32_t now);
void ui_records_tick(App *app, uint32_t now);
void ui_records_free(App *app);
void ui_records_export(App *app);        /* the debrief shown, as HTML and Markdown in exports/; the path said */
void ui_records_export_progress(App *app);   /* the player's attempts, as history --csv rows, in exports/ */

/* ---- what screens ask of each other ---- */
void ui_library_load(App *app);          /* the scenario folder changed */
void ui_debrief_goto(App *app, int page);
bool ui_debrief_build_doc(App *app, bool asks); /* false after showing the error screen */
/* A past attempt's debrief, with the answers it was given (when it was asked) and its player. */
bool ui_debrief_build_past(App *app, bool answered, const char *player);

/* ---- ui_room*.c: a facilitated room ---- */
/* ---- ui_room_phones.c: votes from phones, in the window's room ---- */
void ui_room_phones_start(App *app, const AppStart *start);  /* when start->phones: the server, the join screen */
void ui_room_phones_stop(App *app);
void ui_room_phones_tick(App *app);        /* the room's step to the phones; their votes into the room */
int  ui_room_phones_timer(const App *app); /* ms until it looks again, or -1 */
void ui_room_phones_close(App *app);       /* before the reveal: voting closes, what arrived is counted */
bool ui_room_phones_key(App *app, SDL_Keycode key);  /* J, and keys while the join screen shows; true: taken */
bool ui_room_phones_draw(App *app);        /* the join screen, when it shows; true: drawn */

bool ui_room_start(App *app, const char *path, const char *teams, int timer, bool leaderboard, bool resume,
                   uint64_t seed);   /* false after showing the error screen */
void ui_room_close(App *app);
void ui_room_setup_open(App *app, const char *path);   /* Facilitate on a library card */
int  ui_room_choices_count(const App *app);   /* what voting selects among: the teams, or the choices */
void ui_room_prepare(App *app);              /* before drawing: a new step resets the view */
void ui_room_choices_shown(App *app);        /* the choices are on screen: the timer starts */
int  ui_room_text_pages(App *app);           /* pages of the scene's text before its choices */
void ui_room_draw_screen(App *app);
void ui_room_draw_tally(App *app, SDL_Rect area, bool revealed); /* the bars: counts, shares, teams */
void ui_room_draw_timer(App *app, SDL_Rect area);
const char *ui_room_next_text(const App *app, char *buf, size_t size);   /* what comes next, for the presenter */
void ui_presenter_open(App *app);        /* with two displays: the facilitator's window on the other */
void ui_presenter_close(App *app);
void ui_presenter_render(App *app);
bool ui_presenter_event(App *app, const SDL_Event *e);   /* true: it was the presenter's */

#endif
