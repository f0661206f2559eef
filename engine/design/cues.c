/* cues: answer-key cues, counted over the screens automatic playthroughs show. */
#include "cues.h"

#include <stdlib.h>

int cues_length(const char *text)
{
    int n = 0;
    for (const unsigned char *c = (const unsigned char *)text; c && *c; c++)
        n += (*c & 0xC0) != 0x80; /* continuation bytes do not start a character */
    return n;
}

bool cues_by_far(int longest, int next_longest)
{
    return longest * 100 >= next_longest * CUES_FAR_PERCENT && longest - next_longest >= CUES_FAR_CHARS;
}

bool cues_longest_by_far(const Playthrough *p, int number, int *length, int *next)
{
    *length = cues_length(play_shown_text(p, number));
    *next = 0;
    for (int i = 1; i <= p->shown_count; i++) {
        int other = cues_length(play_shown_text(p, i));
        if (i != number && other > *next)
            *next = other;
    }
    return p->shown_count > 1 && cues_by_far(*length, *next);
}

bool cues_no_trade_off(const Playthrough *p, int number)
{
    const Scene *scene = play_scene(p);
    const signed char *best = play_shown(p, number)->weights;
    bool tested = false;
    for (int k = 0; k < scene->touched_count; k++) {
        int c = scene->touched[k];
        for (int i = 1; i <= p->shown_count; i++) {
            int w = play_shown(p, i)->weights[c];
            if (w > best[c])
                return false;   /* an alternative wins on c: a real trade-off */
            tested |= w != best[c];
        }
    }
    return tested;              /* choices that weigh nothing differently trade nothing */
}

/* ---- counting what playthroughs showed ------------------------------------------------ */

typedef struct {
    long visits;                        /* times the decision was on screen */
    long longest, no_trade_off;         /* of those, times the cue showed */
    long at[SCENARIO_MAX_CHOICES], last;/* times the strongest was shown at number k + 1; last */
    int choice, length, next;           /* the first screen with the length cue (choice: its index) */
    int no_trade_off_choice;            /* the strongest, the first time nothing outweighed it */
} CueScene;

struct CueTally {
    const Scenario *scenario;
    CueScene *scenes;
};

CueTally *cues_tally_new(const Scenario *sc)
{
    CueTally *t = malloc(sizeof *t);
    CueScene *scenes = calloc((size_t)sc->scene_count + 1, sizeof *scenes);
    if (t == NULL || scenes == NULL) {
        free(t);
        free(scenes);
        return NULL;
    }
    *t = (CueTally){sc, scenes};
    return t;
}

void cues_tally_free(CueTally *t)
{
    if (t)
        free(t->scenes);
    free(t);
}

void cues_observe(void *tally, const Playthrough *p)
{
    CueTally *t = tally;
    CueScene *s = &t->scenes[p->scene];
    int strongest = play_strongest(p), length, next;
    s->visits++;
    s->at[strongest - 1]++;
    s->last += strongest == p->shown_count && p->shown_count > 1;
    if (cues_longest_by_far(p, strongest, &length, &next) && s->longest++ == 0) {
        s->choice = p->shown[strongest - 1];
        s->length = length;
        s->next = next;
    }
    if (cues_no_trade_off(p, strongest) && s->no_trade_off++ == 0)
        s->no_trade_off_choice = p->shown[strongest - 1];
}

/* ---- warnings ---------------------------------------------------------------------------- */

/* " (on 3 of the 40 times ...)" when the cue did not show every time, else "". */
static const char *cues_share(long count, long visits, char *buf, size_t size)
{
    buf[0] = '\0';
    if (count < visits)
        snprintf(buf, size, " (on %ld of the %ld times automatic playthroughs showed it)", count, visits);
    return buf;
}

static void cues_warn_scene(const Scenario *sc, int i, const CueScene *s, DiagList *diags)
{
    const Scene *scene = &sc->scenes[i];
    char share[96];
    /* A cue that shows on at least half the visits is one a player learns to read. */
    if (s->longest * 2 >= s->visits)
        diag_add(diags, DIAG_WARNING, sc->path, scene->line, "cue-longest",
                 "bring the choices within about a third of each other's length: trim the strongest, or give "
                 "the others the same substance",
                 "scene '%s': choice %d, the strongest, is by far the longest on screen, %d characters against %d "
                 "for the next longest%s; a player can pick it without reading the situation", scene->id,
                 s->choice + 1, s->length, s->next, cues_share(s->longest, s->visits, share, sizeof share));
    if (s->no_trade_off * 2 >= s->visits)
        diag_add(diags, DIAG_WARNING, sc->path, scene->line, "cue-no-trade-off",
                 "give each alternative a real strength, a competency on which it beats the strongest, so a "
                 "thoughtful player could defend it",
                 "scene '%s': every alternative to choice %d, the strongest, only loses points: none scores "
                 "higher on any competency%s; the decision has a right answer instead of a trade-off", scene->id,
                 s->no_trade_off_choice + 1, cues_share(s->no_trade_off, s->visits, share, sizeof share));
}

/* Where the strongest choice sits at one decision on at least half its visits: 0..8 by number,
 * or -1 when nowhere that often. */
static int cues_usual_position(const CueScene *s)
{
    int usual = 0;
    for (int k = 1; k < SCENARIO_MAX_CHOICES; k++)
        if (s->at[k] > s->at[usual])
            usual = k;
    return s->at[usual] * 2 >= s->visits ? usual : -1;
}

static void cues_warn_position(const CueTally *t, DiagList *diags)
{
    static const char *const ordinals[SCENARIO_MAX_CHOICES] = {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"};
    const Scenario *sc = t->scenario;
    int at[SCENARIO_MAX_CHOICES] = {0}, last = 0, decisions = 0;
    for (int i = 0; i < sc->scene_count; i++) {
        const CueScene *s = &t->scenes[i];
        if (s->visits == 0)
            continue;
        decisions++;
        int usual = cues_usual_position(s);
        if (usual >= 0)
            at[usual]++;
        last += s->last * 2 >= s->visits;
    }
    int most = 0;
    for (int k = 1; k < SCENARIO_MAX_CHOICES; k++)
        most = at[k] > at[most] ? k : most;
    const char *where = last > at[most] ? "last" : ordinals[most];
    int count = last > at[most] ? last : at[most];
    if (decisions >= CUES_POSITION_MIN && count * 100 >= decisions * CUES_POSITION_PERCENT)
        diag_add(diags, DIAG_WARNING, sc->path, sc->line, "cue-position",
                 "vary where the strongest choice sits: first at some decisions, last at others, in between "
                 "at the rest",
                 "the strongest choice is shown %s at %d of its %d decisions; a player who always takes "
                 "the %s option finds it without reading the situation", where, count, decisions, where);
}

void cues_warn(const CueTally *t, DiagList *diags)
{
    for (int i = 0; i < t->scenario->scene_count; i++)
        if (t->scenes[i].visits > 0)
            cues_warn_scene(t->scenario, i, &t->scenes[i], diags);
    cues_warn_position(t, diags);
}
