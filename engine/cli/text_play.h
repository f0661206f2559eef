/* text_play: playing in the terminal, and the debrief as text.
 *
 * Plain text only, no cursor movement or color, so it reads well through a
 * screen reader and in a transcript. */
#ifndef LEADSIM_TEXT_PLAY_H
#define LEADSIM_TEXT_PLAY_H

#include <stdbool.h>
#include <stdio.h>
#include "debrief.h"

typedef enum {
    TEXT_ENDED,      /* reached an ending */
    TEXT_QUIT,       /* the player stopped */
    TEXT_FAILED,     /* the scenario failed at runtime: p->error */
    TEXT_NO_INPUT,   /* input ended, or --choices ran out, before an ending */
    TEXT_BAD_CHOICE, /* a --choices number was not on screen */
} TextResult;

typedef struct {
    FILE *in, *out;
    int width;              /* columns to wrap at */
    bool echo;              /* repeat the player's input: it does not come from a terminal */
    const int *choices;     /* non-interactive: these numbers, in order (NULL: read `in`) */
    int choice_count;
    int (*reload)(void *ctx);/* --watch: called while waiting for input; 1 when p became a new version */
    void *reload_ctx;
    int choices_used;       /* out: how many were taken */
    int bad_choice;         /* out: the number that was not on screen */
} TextOptions;

int        text_width(FILE *out);  /* the terminal's width, kept readable (40-100), or 80 */
TextResult text_play(Playthrough *p, TextOptions *opt);
void       text_print_wrapped(FILE *out, const char *text, int width, int indent);
void       text_print_debrief(FILE *out, const Playthrough *p, const Debrief *d, int width);

#endif
