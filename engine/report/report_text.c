/* report_text: blocks to wrapped lines. */
#include "report_text.h"
#include "visible.h"
#include "wrap.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    FILE *out;
    int indent;
} TextSink;

static void text_emit(void *ctx, const WrapLine *line)
{
    TextSink *sink = ctx;
    if (line->paragraph_start)
        fputc('\n', sink->out);
    visible_line(sink->out, "%*s%.*s", sink->indent + line->indent, "", (int)line->length, line->text);
}

void report_text_wrapped(FILE *out, const char *text, int width, int indent)
{
    char *normalized = wrap_normalize(text ? text : "");
    if (normalized == NULL)
        return;
    TextSink sink = {out, indent};
    wrap_text(normalized, width - indent, wrap_columns, NULL, text_emit, &sink);
    free(normalized);
}

/* "62.5, developing" or "not assessed" */
static const char *text_score(const Score *s, char *buf, size_t size)
{
    char number[32];
    if (s->assessed)
        snprintf(buf, size, "%s, %s", debrief_format(s, number, sizeof number), debrief_band_name(debrief_band(s)));
    else
        snprintf(buf, size, "not assessed");
    return buf;
}

static void text_chart(FILE *out, const DebriefDoc *doc, int width)
{
    const Framework *fw = doc->framework;
    char line[1024], score[64];
    for (int i = 0; i < fw->domain_count; i++) {
        size_t used = (size_t)snprintf(line, sizeof line, "- %s: %s", fw->domains[i].title,
                                       text_score(&doc->scores.domains[i], score, sizeof score));
        int estimate = i < DOC_MAX_DOMAINS ? doc->answers.estimate[i] : 0;
        if (estimate > 0 && used < sizeof line)
            snprintf(line + used, sizeof line - used, " (you said %d of %d)", estimate, DOC_ESTIMATE_MAX);
        report_text_wrapped(out, line, width, 2);
    }
}

static void text_upper(FILE *out, const char *text)
{
    char upper[512];
    size_t n = 0;
    for (const char *c = text; *c && n + 1 < sizeof upper; c++)
        upper[n++] = (char)((unsigned char)*c < 0x80 ? toupper((unsigned char)*c) : *c);
    upper[n] = '\0';
    visible_line(out, "%s", upper);     /* a section's title may quote a scenario */
}

void report_text_start(FILE *out, const DebriefDoc *doc, int width)
{
    char line[1024];
    snprintf(line, sizeof line, "DEBRIEF: %s", doc->scenario->title);
    fputs("\n\n", out);
    report_text_wrapped(out, line, width, 0);
}

void report_text_block(FILE *out, const DebriefDoc *doc, const DocBlock *b, int width)
{
    char line[2048], score[64], answer[16];
    int indent = 3 * b->indent;
    switch (b->kind) {
    case BLOCK_SECTION:
        fputs("\n\n", out);
        text_upper(out, b->text);
        break;
    case BLOCK_HEADING:
        fputc('\n', out);
        report_text_wrapped(out, b->text, width, indent);
        break;
    case BLOCK_PARAGRAPH:
        report_text_wrapped(out, b->text, width, indent);
        break;
    case BLOCK_ITEM:
        snprintf(line, sizeof line, "%s%s", isdigit((unsigned char)b->text[0]) ? "" : "- ", b->text);
        report_text_wrapped(out, line, width, indent);
        break;
    case BLOCK_OVERALL:
        fputc('\n', out);
        snprintf(line, sizeof line, "%s: %s", b->text, text_score(b->score, score, sizeof score));
        report_text_wrapped(out, line, width, indent);
        break;
    case BLOCK_CHART:
        text_chart(out, doc, width);
        break;
    case BLOCK_SCORE:
        snprintf(line, sizeof line, "- %s: %s%s%s", b->text, debrief_format(b->score, score, sizeof score),
                 b->detail ? ", " : "", b->detail ? b->detail : "");
        report_text_wrapped(out, line, width, 2);
        break;
    case BLOCK_TEAM_CHART:           /* a room's: report_room draws it */
        break;
    case BLOCK_PROMPT: {             /* a record of what was asked: the answer, or that it was skipped */
        const char *given = debrief_doc_answer_of(doc, b, answer, sizeof answer);
        snprintf(line, sizeof line, "%s %s", b->text, given[0] ? given : "(skipped)");
        report_text_wrapped(out, line, width, indent);
        break;
    }
    }
}

void report_text(FILE *out, const DebriefDoc *doc, int width)
{
    report_text_start(out, doc, width);
    for (int i = 0; i < doc->block_count; i++)
        if (!doc->blocks[i].asks)
            report_text_block(out, doc, &doc->blocks[i], width);
}
