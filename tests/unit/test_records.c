/* Saves and history: round trips, every kind of bad save, a damaged or newer database,
 * two writers at once, and kill -9 in the middle of writing, hundreds of times. */
#include "unit.h"
#include "history.h"
#include "recorder.h"
#include "save.h"

#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>

static const char *story =
    UNIT_HEADER
    "scene 'a' { title = 'A',\n"
    "  choice { id = 'left', text = 'Left', score = { communication = 1 }, effects = { trust = 5 }, next = 'b' },\n"
    "  choice { id = 'right', text = 'Right', score = { communication = 2 }, next = 'b' } }\n"
    "scene 'b' { text = 'On.', next = 'c' }\n"
    "scene 'c' { title = 'C',\n"
    "  choice { id = 'up', text = 'Up', score = { systems_thinking = 2 }, next = 'e' },\n"
    "  choice { id = 'down', text = 'Down', score = { systems_thinking = 1 }, next = 'e' } }\n"
    "scene 'e' { ending = 'The end', text = 'Done.' }\n";

/* A fresh folder under the suite's temp folder. */
static const char *fresh_dir(const char *name)
{
    static char dir[512];
    snprintf(dir, sizeof dir, "%s", unit_write(name, ""));
    remove(dir);
    assert_int_equal(mkdir(dir, 0700), 0);
    return dir;
}

static char story_path[512];

/* Opens the story, written once (children of the fork tests open it at the same time). */
static int open_story_quietly(Session *s)
{
    DiagList diags = {0};
    if (story_path[0] == '\0')
        snprintf(story_path, sizeof story_path, "%s", unit_write("story.lua", story));
    int opened = session_open(s, story_path, &diags);
    diag_list_free(&diags);
    return opened;
}

static void open_story(Session *s)
{
    assert_int_equal(open_story_quietly(s), 0);
}

static char *read_all(const char *path)
{
    static char text[8192];
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    size_t n = fread(text, 1, sizeof text - 1, f);
    text[n] = '\0';
    fclose(f);
    return text;
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void test_save_round_trip(void **state)
{
    (void)state;
    Session s;
    open_story(&s);
    assert_int_equal(session_start(&s, 42), 0);
    assert_int_equal(session_choose(&s, 2), 0);
    SaveData data, back;
    assert_int_equal(save_data_from(&data, &s, "Ana"), 0);
    const char *dir = fresh_dir("round");
    char path[600], why[1024];
    assert_int_equal(save_slot(dir, "t", NULL, path, sizeof path, why, sizeof why), 0);
    assert_non_null(strstr(path, "/t.save.json"));
    assert_int_equal(save_write(path, &data, why, sizeof why), 0);
    assert_int_equal(save_read(path, "t", &back, why, sizeof why), SAVE_OK);
    assert_int_equal(back.record.seed, 42);
    assert_int_equal(back.record.count, 1);
    assert_string_equal(back.record.steps[0].choice, "right");
    assert_string_equal(back.record.at, "b");              /* the narration after the choice */
    assert_string_equal(back.player, "Ana");
    assert_string_equal(back.sha256, data.sha256);
    assert_int_equal(strlen(back.sha256), 64);
    /* Replaying the save lands where the player was. */
    char note[512];
    Session again;
    open_story(&again);
    assert_int_equal(session_replay(&again, &back.record, note, sizeof note), 1);
    assert_string_equal(play_scene(&again.play)->id, "b");
    session_close(&again);
    save_data_free(&data);
    save_data_free(&back);
    session_close(&s);
}

/* Two named players share a save folder: neither's playthrough in progress replaces or resumes
 * the other's. A player with no name set replaces only a save with no name, and a save with no
 * name (from before names were set) is anyone's to continue, never anyone's to replace. */
static void test_saves_of_two_players(void **state)
{
    (void)state;
    Session s;
    open_story(&s);
    assert_int_equal(session_start(&s, 42), 0);
    assert_int_equal(session_choose(&s, 2), 0);
    const char *dir = fresh_dir("two");
    char ana[600], bo[600], found[600], why[1024];
    SaveData data, back;
    assert_int_equal(save_data_from(&data, &s, "Ana"), 0);
    assert_int_equal(save_slot(dir, "t", "Ana", ana, sizeof ana, why, sizeof why), 0);
    assert_int_equal(save_write(ana, &data, why, sizeof why), 0);
    save_data_free(&data);
    assert_int_equal(save_find(dir, "t", "Bo", found, sizeof found, &back, why, sizeof why), SAVE_NONE);
    assert_int_equal(save_slot(dir, "t", "Bo", bo, sizeof bo, why, sizeof why), 0);
    assert_string_not_equal(bo, ana);                      /* Ana's is passed over, not replaced */
    assert_string_equal(why, "");
    assert_int_equal(save_data_from(&data, &s, "Bo"), 0);
    assert_int_equal(save_write(bo, &data, why, sizeof why), 0);
    save_data_free(&data);
    assert_int_equal(save_find(dir, "t", " ana", found, sizeof found, &back, why, sizeof why), SAVE_OK);
    assert_string_equal(found, ana);
    assert_string_equal(back.player, "Ana");
    save_data_free(&back);
    assert_int_equal(save_find(dir, "t", "Bo", found, sizeof found, &back, why, sizeof why), SAVE_OK);
    assert_string_equal(found, bo);
    save_data_free(&back);
    assert_int_equal(save_slot(dir, "t", "Bo", found, sizeof found, why, sizeof why), 0);
    assert_string_equal(found, bo);                        /* Bo's next save goes where Bo's is */
    assert_int_equal(save_find(dir, "t", "", found, sizeof found, &back, why, sizeof why), SAVE_NONE);
    char nobody[600];                                      /* no name set: a new save of its own */
    assert_int_equal(save_slot(dir, "t", "", nobody, sizeof nobody, why, sizeof why), 0);
    assert_string_not_equal(nobody, ana);
    assert_string_not_equal(nobody, bo);
    assert_int_equal(save_data_from(&data, &s, ""), 0);
    assert_int_equal(save_write(nobody, &data, why, sizeof why), 0);
    save_data_free(&data);
    assert_int_equal(save_slot(dir, "t", "Cy", found, sizeof found, why, sizeof why), 0);
    assert_string_not_equal(found, nobody);                /* Cy's new game does not replace it... */
    assert_int_equal(save_find(dir, "t", "Cy", found, sizeof found, &back, why, sizeof why), SAVE_OK);
    assert_string_equal(found, nobody);                    /* ...but may continue it */
    save_data_free(&back);
    assert_true(save_players_match("", NULL) && save_players_match(" ana", "ANA "));
    /* Every name held by others: nothing is replaced, and the notes say whose they are. */
    const char *full = fresh_dir("all-taken");
    assert_int_equal(save_data_from(&data, &s, "Ana"), 0);
    for (int k = 1; k <= SAVE_SLOTS; k++) {
        assert_int_equal(save_slot(full, "t", "Ana", found, sizeof found, why, sizeof why), 0);
        char path[600];
        snprintf(path, sizeof path, k == 1 ? "%s/t.save.json" : "%s/t-%d.save.json", full, k);
        assert_int_equal(save_write(path, &data, why, sizeof why), 0);
    }
    save_data_free(&data);
    static char notes[16384];
    assert_int_equal(save_slot(full, "t", "Bo", found, sizeof found, notes, sizeof notes), -1);
    assert_non_null(strstr(notes, "t.save.json: a playthrough in progress of Ana"));
    assert_non_null(strstr(notes, "no free name for a new save"));
    assert_false(save_players_match("", "Ana") || save_players_match("Ana", NULL) || save_players_match("Ana", "Bo"));
    session_close(&s);
}

/* Each bad save is reported with its path, left byte for byte, and passed over. */
static void test_bad_saves_are_reported_and_kept(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        SaveStatus status;
        const char *says;
    } cases[] = {
        {"this is not json", SAVE_DAMAGED, "not complete JSON"},
        {"{\"format\": \"leadsim-save\", \"version\": 1, \"scenario\": \"t\", \"choi", SAVE_DAMAGED, "cut short"},
        {"{\"format\": \"leadsim-save\", \"version\": 1, \"scenario\": \"other\"}", SAVE_FOREIGN, "another scenario"},
        {"{\"name\": \"my notes\"}", SAVE_FOREIGN, "not a leadsim save"},
        {"{\"format\": \"leadsim-save\", \"version\": 99, \"scenario\": \"t\"}", SAVE_FUTURE, "newer leadsim"},
        {"{\"format\": \"leadsim-save\", \"version\": 1, \"scenario\": \"t\", \"seed\": 7}", SAVE_DAMAGED,
         "field is missing"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *dir = fresh_dir("bad");
        char path[600], slot[600], why[2048];
        snprintf(path, sizeof path, "%s/t.save.json", dir);
        write_file(path, cases[i].text);
        SaveData data;
        assert_int_equal(save_read(path, "t", &data, why, sizeof why), cases[i].status);
        assert_non_null(strstr(why, path));
        assert_non_null(strstr(why, cases[i].says));
        assert_int_equal(save_slot(dir, "t", NULL, slot, sizeof slot, why, sizeof why), 0);
        assert_non_null(strstr(slot, "/t-2.save.json"));      /* a new save goes elsewhere */
        assert_non_null(strstr(why, path));
        assert_string_equal(read_all(path), cases[i].text);    /* untouched */
        remove(path);
        rmdir(dir);
    }
    /* Unreadable: a folder where the file should be. */
    const char *dir = fresh_dir("unreadable");
    char path[600], why[2048];
    snprintf(path, sizeof path, "%s/t.save.json", dir);
    assert_int_equal(mkdir(path, 0700), 0);
    SaveData data;
    assert_int_equal(save_read(path, "t", &data, why, sizeof why), SAVE_UNREADABLE);
    assert_non_null(strstr(why, path));
    rmdir(path);
    /* A save folder that cannot be made: said plainly. */
    char blocked[600], slot[700], under[700];
    snprintf(blocked, sizeof blocked, "%s/file", dir);
    write_file(blocked, "x");
    snprintf(under, sizeof under, "%s/saves", blocked);
    assert_int_equal(save_slot(under, "t", NULL, slot, sizeof slot, why, sizeof why), -1);
    assert_non_null(strstr(why, "the save folder cannot be made"));
    remove(blocked);
    rmdir(dir);
}

/* A full disk mid-write: the last good save survives whole. */
static void test_full_disk_keeps_the_last_good_save(void **state)
{
    (void)state;
    Session s;
    open_story(&s);
    assert_int_equal(session_start(&s, 1), 0);
    SaveData data;
    assert_int_equal(save_data_from(&data, &s, ""), 0);
    const char *dir = fresh_dir("full");
    char path[600], tmp[700], why[2048];
    snprintf(path, sizeof path, "%s/t.save.json", dir);
    assert_int_equal(save_write(path, &data, why, sizeof why), 0);
    char *before = strdup(read_all(path));
    snprintf(tmp, sizeof tmp, "%s.tmp-%ld", path, (long)getpid());
    assert_int_equal(symlink("/dev/full", tmp), 0);
    assert_int_equal(session_choose(&s, 1), 0);
    record_free(&data.record);
    assert_int_equal(record_copy(&data.record, &s.record), 0);
    assert_int_equal(save_write(path, &data, why, sizeof why), -1);
    assert_non_null(strstr(why, "the last good save is kept"));
    assert_string_equal(read_all(path), before);
    assert_int_equal(access(tmp, F_OK), -1);
    free(before);
    save_data_free(&data);
    session_close(&s);
}

/* ---- the history ---------------------------------------------------------------------------------- */

static int64_t add_attempt_by(History *h, const int *choices, const char *player)
{
    Session s;
    open_story(&s);
    assert_int_equal(session_start(&s, 3), 0);
    ChoiceList list = {choices, 2, 0, 0};
    assert_int_equal(session_follow(&s, &list), FOLLOW_OVER);
    DebriefDoc doc;
    assert_int_equal(debrief_doc_build(&doc, &s, true, player), 0);
    char why[1024];
    int64_t id = history_add(h, &doc, "abc", why, sizeof why);
    assert_true(id > 0);
    doc.answers.estimate[1] = 4;
    snprintf(doc.answers.commitments[0], sizeof doc.answers.commitments[0], "Ask first");
    assert_int_equal(history_set_answers(h, id, &doc, why, sizeof why), 0);
    debrief_doc_free(&doc);
    session_close(&s);
    return id;
}

static int64_t add_attempt(History *h, const int *choices) { return add_attempt_by(h, choices, "Ana"); }

/* A save folder several people share: each sees their own attempts (whatever the case or spaces
 * of the name) and the unnamed ones, and whose are left out; history --player stays exact. */
static void test_history_own_attempts(void **state)
{
    (void)state;
    const char *dir = fresh_dir("own");
    char notice[1024], why[1024];
    History *h = history_open(dir, notice, sizeof notice, why, sizeof why);
    assert_non_null(h);
    int best[] = {2, 1}, worse[] = {1, 2};
    add_attempt_by(h, best, "Ana");
    add_attempt_by(h, worse, "");
    add_attempt_by(h, best, "Bo");
    add_attempt_by(h, best, " ana ");                   /* the same player, typed differently */
    Attempt *list;
    int others = -1;
    char names[64];
    assert_int_equal(history_list_own(h, "Ana", &list, &others, names, sizeof names), 3);
    assert_string_equal(list[0].player, "Ana");
    assert_string_equal(list[1].player, "");
    assert_int_equal(others, 1);
    assert_string_equal(names, "Bo");
    free(list);
    assert_int_equal(history_list_own(h, "", &list, &others, names, sizeof names), 4);
    assert_int_equal(others, 0);
    assert_string_equal(names, "");
    free(list);
    assert_int_equal(history_list_own(h, NULL, &list, &others, names, sizeof names), 4);
    assert_int_equal(others, 0);
    free(list);
    assert_int_equal(history_list_own(h, "Bo", &list, &others, names, sizeof names), 2);
    assert_int_equal(others, 2);
    assert_string_equal(names, "ana");                  /* one name, as kept most recently */
    free(list);
    assert_int_equal(history_list(h, NULL, "Ana", &list), 1);
    free(list);
    int attempts, last, top;
    assert_int_equal(history_summary(h, "t", "Ana", &attempts, &last, &top), 0);
    assert_true(attempts == 3 && last == 1000 && top == 1000);
    assert_int_equal(history_summary(h, "t", "Bo", &attempts, &last, &top), 0);
    assert_true(attempts == 2 && last == 1000 && top == 1000);
    assert_int_equal(history_summary(h, "t", NULL, &attempts, &last, &top), 0);
    assert_int_equal(attempts, 4);
    history_close(h);
}

static void test_history_round_trip(void **state)
{
    (void)state;
    const char *dir = fresh_dir("history");
    char notice[1024], why[1024];
    History *h = history_open(dir, notice, sizeof notice, why, sizeof why);
    assert_non_null(h);
    assert_string_equal(notice, "");
    int best[] = {2, 1}, worse[] = {1, 2};
    int64_t first = add_attempt(h, best), second = add_attempt(h, worse);
    Attempt *list;
    assert_int_equal(history_list(h, "t", NULL, &list), 2);
    assert_int_equal(list[0].id, first);
    assert_int_equal(list[0].overall10, 1000);
    assert_int_equal(list[1].overall10, 0);
    assert_string_equal(list[1].ending_title, "The end");
    free(list);
    assert_int_equal(history_list(h, "other", NULL, &list), 0);
    free(list);
    int attempts, last, top;
    assert_int_equal(history_summary(h, "t", NULL, &attempts, &last, &top), 0);
    assert_int_equal(attempts, 2);
    assert_int_equal(last, 0);
    assert_int_equal(top, 1000);
    AttemptDetail d;
    assert_int_equal(history_get(h, second, &d), 0);
    assert_int_equal(d.record.count, 2);
    assert_string_equal(d.record.steps[0].choice, "left");
    assert_true(d.answered);
    assert_string_equal(d.answers.commitments[0], "Ask first");
    assert_non_null(strstr(d.estimates, "\"strategic_direction\":4"));
    assert_int_equal(d.score_count, 22 + 5);
    history_detail_free(&d);
    assert_int_equal(history_get(h, 999, &d), -1);
    history_close(h);
}

static void test_damaged_and_newer_databases(void **state)
{
    (void)state;
    const char *dir = fresh_dir("damaged");
    char path[600], notice[2048], why[2048];
    snprintf(path, sizeof path, "%s/%s", dir, HISTORY_FILE);
    write_file(path, "SQLite format 3? no: a page of something else entirely, long enough to be read as a header");
    History *h = history_open(dir, notice, sizeof notice, why, sizeof why);
    assert_non_null(h);                                      /* a new history was started */
    assert_non_null(strstr(notice, "was damaged"));
    const char *aside = strstr(notice, "kept as ");
    assert_non_null(aside);
    char kept[700];
    snprintf(kept, sizeof kept, "%.*s", (int)strcspn(aside + 8, " "), aside + 8);
    assert_string_equal(read_all(kept), "SQLite format 3? no: a page of something else entirely, long enough to be "
                                        "read as a header");
    int one[] = {1, 1};
    add_attempt(h, one);
    history_close(h);
    /* A newer schema is refused and left alone. */
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    assert_null(history_open(dir, notice, sizeof notice, why, sizeof why));
    assert_non_null(strstr(why, "newer leadsim"));
}

/* Statements for the LRS: queued with their attempt, in order; a failed try waits until it is due;
 * sent and invalid ones leave the queue and are counted; a bad array keeps the attempt out too. */
static void test_statement_queue(void **state)
{
    (void)state;
    const char *dir = fresh_dir("queue");
    char notice[1024], why[1024];
    History *h = history_open(dir, notice, sizeof notice, why, sizeof why);
    assert_non_null(h);
    Session s;
    open_story(&s);
    assert_int_equal(session_start(&s, 3), 0);
    int choices[] = {2, 1};
    ChoiceList list = {choices, 2, 0, 0};
    assert_int_equal(session_follow(&s, &list), FOLLOW_OVER);
    DebriefDoc doc;
    assert_int_equal(debrief_doc_build(&doc, &s, false, "Ana"), 0);
    const char *three = "[{\"id\": \"a1\", \"verb\": 1}, {\"id\": \"a2\"}, {\"id\": \"a3\"}]";
    int64_t id = history_add_queued(h, &doc, "abc", "2026-01-02T03:04:05Z", three, why, sizeof why);
    assert_true(id > 0);
    assert_int_equal(history_add_queued(h, &doc, "abc", NULL, "[{\"id\": \"a1\"}]", why, sizeof why), -1);
    Attempt *attempts;
    assert_int_equal(history_list(h, NULL, NULL, &attempts), 1);   /* the repeated id kept the second out */
    assert_string_equal(attempts[0].started, "2026-01-02T03:04:05Z");
    free(attempts);
    QueuedStatement *q;
    assert_int_equal(history_statements(h, STATEMENT_WAITING, true, 10, &q), 3);
    assert_string_equal(q[0].id, "a1");
    assert_string_equal(q[0].body, "{\"id\":\"a1\",\"verb\":1}");
    assert_string_equal(q[2].id, "a3");
    history_statements_free(q, 3);
    assert_int_equal(history_statement_mark(h, "a1", STATEMENT_SENT, NULL, 0), 0);
    assert_int_equal(history_statement_mark(h, "a2", STATEMENT_INVALID, "HTTP 400: no verb", 0), 0);
    assert_int_equal(history_statement_mark(h, "a3", STATEMENT_WAITING, "timed out", (long)time(NULL) + 60), 0);
    assert_int_equal(history_statements(h, STATEMENT_WAITING, true, 10, &q), 0);      /* not due yet */
    history_statements_free(q, 0);
    assert_int_equal(history_statements(h, STATEMENT_WAITING, false, 10, &q), 1);     /* leadsim sync: now */
    assert_int_equal(q[0].tries, 1);
    assert_string_equal(q[0].error, "timed out");
    history_statements_free(q, 1);
    int counts[3];
    assert_int_equal(history_statement_counts(h, counts), 0);
    assert_int_equal(counts[STATEMENT_WAITING], 1);
    assert_int_equal(counts[STATEMENT_SENT], 1);
    assert_int_equal(counts[STATEMENT_INVALID], 1);
    char *all = history_attempt_statements(h, id);
    assert_non_null(strstr(all, "\"a3\""));
    free(all);
    assert_null(history_attempt_statements(h, id + 1));
    debrief_doc_free(&doc);
    session_close(&s);
    history_close(h);
}

/* A history of the first schema (attempts and scores only) gains the statements table and keeps
 * what it had. */
static void test_schema_upgrade(void **state)
{
    (void)state;
    const char *dir = fresh_dir("upgrade");
    char path[600], notice[1024], why[1024];
    snprintf(path, sizeof path, "%s/%s", dir, HISTORY_FILE);
    History *h = history_open(dir, notice, sizeof notice, why, sizeof why);
    int one[] = {1, 1};
    add_attempt(h, one);
    history_close(h);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "DROP TABLE statements; PRAGMA user_version = 1", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    h = history_open(dir, notice, sizeof notice, why, sizeof why);
    assert_non_null(h);
    Attempt *list;
    assert_int_equal(history_list(h, NULL, NULL, &list), 1);
    free(list);
    int counts[3];
    assert_int_equal(history_statement_counts(h, counts), 0);
    history_close(h);
}

/* The same as add_attempt, for a forked child: no cmocka, just a status. */
static bool child_attempt(History *h, const int *choices)
{
    Session s;
    if (open_story_quietly(&s) != 0 || session_start(&s, 3) != 0)
        return false;
    ChoiceList list = {choices, 2, 0, 0};
    DebriefDoc doc;
    char why[1024];
    bool ok = session_follow(&s, &list) == FOLLOW_OVER && debrief_doc_build(&doc, &s, false, "Ben") == 0;
    if (ok) {
        ok = history_add(h, &doc, "abc", why, sizeof why) > 0;
        debrief_doc_free(&doc);
    }
    session_close(&s);
    return ok;
}

/* Two processes finish attempts at the same moment: every one lands. */
static void test_two_writers(void **state)
{
    (void)state;
    Session warm;
    open_story(&warm);
    session_close(&warm);
    const char *dir = fresh_dir("writers");
    char notice[1024], why[1024];
    History *h = history_open(dir, notice, sizeof notice, why, sizeof why);
    assert_non_null(h);
    history_close(h);
    pid_t children[2];
    for (int c = 0; c < 2; c++) {
        children[c] = fork();
        assert_true(children[c] >= 0);
        if (children[c] == 0) {
            History *mine = history_open(dir, notice, sizeof notice, why, sizeof why);
            int choices[] = {1 + c, 1};
            bool ok = mine != NULL;
            for (int i = 0; ok && i < 25; i++)
                ok = child_attempt(mine, choices);
            history_close(mine);
            _exit(ok ? 0 : 1);
        }
    }
    for (int c = 0; c < 2; c++) {
        int status;
        waitpid(children[c], &status, 0);
        assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    h = history_open(dir, notice, sizeof notice, why, sizeof why);
    Attempt *list;
    assert_int_equal(history_list(h, NULL, NULL, &list), 50);
    free(list);
    history_close(h);
}

/* ---- kill -9 while writing ------------------------------------------------------------------------- */

static void ignore_report(void *ctx, const char *message)
{
    (void)ctx;
    (void)message;
}

/* The child: plays the story again and again, saving every step and recording every end. */
static void crash_child(const char *dir)
{
    for (;;) {
        Session s;
        Recorder rec;
        if (open_story_quietly(&s) != 0)
            _exit(1);
        recorder_start(&rec, &s, dir, "", NULL, NULL, ignore_report, NULL);
        session_start(&s, 1);
        session_choose(&s, 1);
        session_continue(&s);
        session_choose(&s, 2);
        recorder_stop(&rec);
        session_close(&s);
    }
}

static int integrity(const char *dir)
{
    char path[600];
    snprintf(path, sizeof path, "%s/%s", dir, HISTORY_FILE);
    sqlite3 *db;
    sqlite3_stmt *st;
    int ok = 0;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK && /* as leadsim opens it: a hot WAL is recovered */
        sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, NULL) == SQLITE_OK) {
        ok = sqlite3_step(st) == SQLITE_ROW && strcmp((const char *)sqlite3_column_text(st, 0), "ok") == 0;
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return ok;
}

static void test_kill_while_writing(void **state)
{
    (void)state;
    Session warm;
    open_story(&warm);                   /* the story file exists before any child runs */
    session_close(&warm);
    const char *dir = fresh_dir("crash");
    char path[600], why[2048];
    snprintf(path, sizeof path, "%s/t.save.json", dir);
    unsigned seed = (unsigned)time(NULL);
    int rounds = getenv("LEADSIM_CRASH_ROUNDS") ? atoi(getenv("LEADSIM_CRASH_ROUNDS")) : 300;
    for (int round = 0; round < rounds; round++) {
        pid_t child = fork();
        assert_true(child >= 0);
        if (child == 0)
            crash_child(dir);
        struct timespec wait = {0, (long)(rand_r(&seed) % 40000) * 1000};  /* up to 40 ms */
        nanosleep(&wait, NULL);
        kill(child, SIGKILL);
        waitpid(child, NULL, 0);
        SaveData data;
        SaveStatus status = save_read(path, "t", &data, why, sizeof why);
        if (status != SAVE_OK && status != SAVE_NONE)
            fail_msg("round %d: the save does not load after kill -9: %s", round, why);
        save_data_free(&data);
        char db[700];
        snprintf(db, sizeof db, "%s/%s", dir, HISTORY_FILE);
        if (access(db, F_OK) == 0 && !integrity(dir))
            fail_msg("round %d: the history fails PRAGMA integrity_check after kill -9", round);
    }
    /* And the history kept what it was given: attempts landed between the kills. */
    char notice[1024];
    History *h = history_open(dir, notice, sizeof notice, why, sizeof why);
    assert_non_null(h);
    assert_string_equal(notice, "");
    history_close(h);
}

int main(void)
{
    unit_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_save_round_trip),
        cmocka_unit_test(test_saves_of_two_players),
        cmocka_unit_test(test_bad_saves_are_reported_and_kept),
        cmocka_unit_test(test_full_disk_keeps_the_last_good_save),
        cmocka_unit_test(test_history_round_trip),
        cmocka_unit_test(test_history_own_attempts),
        cmocka_unit_test(test_damaged_and_newer_databases),
        cmocka_unit_test(test_statement_queue),
        cmocka_unit_test(test_schema_upgrade),
        cmocka_unit_test(test_two_writers),
        cmocka_unit_test(test_kill_while_writing),
    };
    return cmocka_run_group_tests_name("records", tests, NULL, NULL);
}
