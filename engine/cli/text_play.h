/* text_play: playing in the terminal, and the debrief as text.
 *
 * Plain text only, no cursor movement or color, so it reads well through a
 * screen reader and in a transcript. */
#ifndef LEADSIM_TEXT_PLAY_H
#define LEADSIM_TEXT_PLAY_H

#include <stdbool.h>
#include <stdio.h>
#include "debrief.h"
#include "session.h"

typedef enum {
    TEXT_ENDED,      /* reached an ending */
    TEXT_QUIT,       /* the player stopped */
    TEXT_FAILED,     /* the scenario failed at runtime: p->error */
    TEXT_NO_INPUT,   /* input ended before an ending */
    TEXT_STOPPED,    /* --choices ran out, or named a number not on screen: opt->stopped says which */
} TextResult;

typedef struct {
    FILE *in, *out;
    int width;              /* columns to wrap at */
    bool echo;              /* repeat the player's input: it does not come from a terminal */
    ChoiceList *choices;    /* non-interactive: these numbers, in order (NULL: read `in`) */
    int (*reload)(void *ctx);/* --watch: called while waiting for input; 1 when the session reloaded */
    void *reload_ctx;
    FollowResult stopped;   /* out, for TEXT_STOPPED */
} TextOptions;

int        text_width(FILE *out);  /* the terminal's width, kept readable (40-100), or 80 */
TextResult text_play(Session *s, TextOptions *opt);
void       text_print_wrapped(FILE *out, const char *text, int width, int indent);
void       text_print_debrief(FILE *out, const Playthrough *p, const Debrief *d, int width);

#endif
