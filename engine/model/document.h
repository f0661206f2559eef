/* document: the debrief, computed once, for every view to render.
 *
 * Built from a finished (or failed) session, it holds the debrief twice over:
 * as data (decisions, scores, trade-offs, growth areas, patterns, meters) for
 * renderers that want structure (JSON, xAPI, CSV), and as a flow of blocks in
 * the order a player reads it, with every text already worded, for renderers
 * that lay out prose (the terminal, the window, Markdown, HTML). A renderer
 * chooses fonts and spacing; it never words the debrief itself.
 *
 * The order follows simulation debriefing (PEARLS): reactions before any score,
 * then description (what happened), analysis (scores, strengths, trade-offs,
 * growth areas, patterns), and application (reflection, commitments). Prompt
 * blocks mark where an interactive view asks the player something; answers are
 * kept in the document, so a later block (the chart beside the self-estimate)
 * and every export can show them. */
#ifndef LEADSIM_DOCUMENT_H
#define LEADSIM_DOCUMENT_H

#include <stdbool.h>
#include <stdint.h>
#include "debrief.h"
#include "session.h"

#define DOC_PIVOTAL 3            /* pivotal moments shown */
#define DOC_COMMITMENTS 2        /* "At work, I will ..." */
#define DOC_ANSWER_MAX 600       /* bytes kept of one written answer */
#define DOC_ESTIMATE_MAX 5       /* self-estimates run 1..5; 0 is skipped */
#define DOC_MAX_DOMAINS 16       /* self-estimates kept */

/* ---- the parts and the flow ---------------------------------------------------------------------- */

typedef enum { PART_REACTIONS, PART_DESCRIPTION, PART_ANALYSIS, PART_APPLICATION } DocPart;

typedef enum {
    BLOCK_SECTION,       /* a new section (a page, a tab): text is its title */
    BLOCK_HEADING,       /* a heading within a section */
    BLOCK_PARAGRAPH,     /* prose */
    BLOCK_ITEM,          /* one item of a list: text, already numbered ("1. ...") or not */
    BLOCK_OVERALL,       /* the overall score, large: score */
    BLOCK_CHART,         /* the domains as bars, with the self-estimate beside them (doc->domains) */
    BLOCK_SCORE,         /* a competency's row: text (title), score, detail ("3 decisions") */
    BLOCK_PROMPT,        /* a question the player may answer or skip: text, prompt, target */
    BLOCK_TEAM_CHART,    /* a room's debrief: the domains with a bar per team (room_report.h) */
} BlockKind;

typedef enum {
    TONE_BODY,           /* ordinary prose */
    TONE_LEAD,           /* stands out: the ending, a decision's heading, a growth area's name */
    TONE_NOTE,           /* secondary: feedback, legends, descriptions */
    TONE_ACCENT,         /* the stronger move */
    TONE_POSITIVE,       /* "this was the strongest choice on offer" */
} Tone;

typedef enum { PROMPT_FEELING, PROMPT_MATTERED, PROMPT_ESTIMATE, PROMPT_COMMITMENT } PromptKind;

typedef struct {
    BlockKind kind;
    DocPart part;
    int section;         /* which BLOCK_SECTION it belongs to, from 0 */
    Tone tone;
    int indent;          /* 0, 1 or 2 levels */
    char *text;
    char *detail;        /* BLOCK_SCORE: "developing, 3 decisions" */
    const Score *score;  /* BLOCK_OVERALL, BLOCK_SCORE */
    PromptKind prompt;   /* BLOCK_PROMPT */
    int target;          /* PROMPT_ESTIMATE: the domain; PROMPT_COMMITMENT: which, from 0 */
    bool asks;           /* words that only introduce prompts: shown only where the player is asked */
} DocBlock;

/* ---- the data ---------------------------------------------------------------------------------------- */

typedef struct {
    const Scene *scene;
    int number;          /* as shown, from 1 */
    char choice[32];     /* the choice's id, or "#N" */
    const char *text;    /* as shown */
    const char *feedback;
    int strongest;       /* the number of the first strongest on screen */
    bool stronger;       /* another choice had a strictly higher sum of weights */
    const char *stronger_text, *stronger_feedback; /* then: the strongest, as shown */
    int gap;             /* the strongest's sum of weights minus the chosen one's */
    double moved;        /* how far the meters moved, each as a share of its range, summed */
    char *followed;      /* "Stakeholder trust down 10 to 40. Next: The hearing." */
    bool pivotal;
} DocDecision;

typedef struct {
    int competency;      /* traded away here */
    int decision;        /* index into decisions */
    int points;
} DocTrade;

typedef struct {
    char feeling[DOC_ANSWER_MAX];
    char mattered[DOC_ANSWER_MAX];
    int estimate[DOC_MAX_DOMAINS]; /* per domain, 1..5; 0 skipped */
    char commitments[DOC_COMMITMENTS][DOC_ANSWER_MAX];
    bool asked;          /* the reactions were asked (an interactive debrief) */
} DocAnswers;

typedef struct {
    const Session *session;
    const Scenario *scenario;
    const Framework *framework;
    char title[512];               /* "The Twelve Percent: your debrief" */
    char player[128];
    uint64_t seed;
    bool ended;
    const Scene *last;             /* the ending reached, or where it stopped */
    const char *epilogue;          /* the ending's text as shown, or NULL */
    char *replay;                  /* "leadsim play ID --seed N --choices 1,2" */

    DocDecision *decisions;
    int decision_count;
    int pivotal[DOC_PIVOTAL], pivotal_count; /* decision indexes, in the order they happened */

    Debrief scores;                /* competencies, domains, overall, strengths */
    int *traded, *missed;          /* per competency: points given up at a strongest choice, or missed */
    int growth[DEBRIEF_HIGHLIGHTS], growth_count;   /* most missed first */
    DocTrade *trades;              /* competencies that lost only traded points, per decision */
    int trade_count;
    int *patterns, pattern_count;  /* missed at every decision that tested them (two or more) */
    const double *meters;          /* final values, per scenario meter */

    DocAnswers answers;
    DocBlock *blocks;
    int block_count, block_capacity;
    int section_count;
} DebriefDoc;

/* A flow of blocks being built: the debrief's, or another document's (the room's). */
typedef struct {
    DocBlock *blocks;
    int count, capacity, sections;
    DocPart part;                  /* given to the blocks added */
    bool failed;                   /* out of memory somewhere */
} DocFlow;

DocBlock *doc_flow_add(DocFlow *f, BlockKind kind, Tone tone, int indent, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void      doc_flow_free(DocFlow *f);

/* Builds the debrief of `s` (ended or stopped). `interactive` adds the prompt blocks
 * (reactions, self-estimate, commitments); `player` may be NULL or "". 0, or -1 when
 * out of memory (then doc is empty). Free with debrief_doc_free. */
int  debrief_doc_build(DebriefDoc *doc, const Session *s, bool interactive, const char *player);
void debrief_doc_free(DebriefDoc *doc);

/* Keeps an answer to a prompt block (text for FEELING, MATTERED and COMMITMENT, cut at
 * DOC_ANSWER_MAX on a UTF-8 boundary; a number 1..5 for ESTIMATE, anything else skips it). */
void debrief_doc_answer(DebriefDoc *doc, const DocBlock *prompt, const char *text);
/* The answer a prompt has, "" when skipped: "4" for an estimate. */
const char *debrief_doc_answer_of(const DebriefDoc *doc, const DocBlock *prompt, char *buf, size_t size);

const char *doc_tone_name(Tone tone);  /* for renderers that tag blocks ("lead", "note", ...) */

#endif
