/* text_play: playing in the terminal, and the debrief's conversation.
 *
 * Plain text only, no cursor movement or color, so it reads well through a
 * screen reader and in a transcript. */
#ifndef LEADSIM_TEXT_PLAY_H
#define LEADSIM_TEXT_PLAY_H

#include <stdbool.h>
#include <stdio.h>
#include "debrief.h"
#include "document.h"
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
    bool saved;             /* the playthrough is saved as it goes: stopping keeps it */
} TextOptions;

int        text_width(FILE *out);  /* the terminal's width, kept readable (40-100), or 80 */
TextResult text_play(Session *s, TextOptions *opt);
/* The debrief, asking its prompts (reactions, self-estimate, commitments) unless --choices
 * drove the playthrough; an empty line skips a prompt, and the end of input skips the rest. */
void       text_debrief(DebriefDoc *doc, TextOptions *opt);

#endif
