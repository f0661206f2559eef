/* report_md: blocks to Markdown (CommonMark with GitHub's tables). */
#include "report_md.h"
#include "wrap.h"

#include <stdlib.h>
#include <string.h>

/* Characters that would start formatting anywhere in a line. */
static void md_inline(FILE *out, const char *text, size_t length, bool cell)
{
    for (size_t i = 0; i < length; i++) {
        char c = text[i];
        if (strchr("\\`*_[]<>|~", c))
            fputc('\\', out);
        if (cell && c == '\n')
            fputc(' ', out);          /* a table cell is one line */
        else
            fputc(c, out);
    }
}

/* What would make the start of a line a heading, a quote, a rule or a list, escaped. */
static size_t md_line_start(FILE *out, const char *line, size_t length)
{
    if (length > 0 && strchr("#+-=>", line[0])) {
        fputc('\\', out);
        return 0;
    }
    size_t digits = strspn(line, "0123456789");
    if (digits == 0 || digits >= length || (line[digits] != '.' && line[digits] != ')'))
        return 0;
    fwrite(line, 1, digits, out);
    fputc('\\', out);
    return digits;
}

/* One line of prose: a list marker the author wrote stays one, and what follows it is escaped
 * as the start of a line would be. */
static void md_line(FILE *out, const char *line, size_t length)
{
    size_t marker = wrap_list_marker(line, length);
    fwrite(line, 1, marker, out);
    size_t skip = md_line_start(out, line + marker, length - marker);
    md_inline(out, line + marker + skip, length - marker - skip, false);
}

/* Normalized prose: a blank line between paragraphs, list items on lines of their own, and a
 * hard break (a backslash) where the author broke a line. `quote` puts it in a block quote;
 * `wrap` (** or _) goes around each line. */
static void md_prose(FILE *out, const char *text, bool quote, const char *wrap, bool tight)
{
    const char *line = text;
    while (*line) {
        const char *end = strchr(line, '\n');
        size_t length = end ? (size_t)(end - line) : strlen(line);
        const char *next = end ? end + 1 : line + length;
        size_t next_length = strcspn(next, "\n");
        if (length == 0) {
            fputs(quote ? ">\n" : "\n", out);
        } else {
            bool item = wrap_list_marker(line, length) > 0;
            fputs(quote ? "> " : "", out);
            fputs(item ? "" : wrap, out);
            md_line(out, line, length);
            fputs(item ? "" : wrap, out);
            bool continues = next_length > 0 && wrap_list_marker(next, next_length) == 0;
            fputs(continues ? "\\\n" : "\n", out);
        }
        line = next;
    }
    if (!tight)
        fputc('\n', out);             /* the blank line that ends the block */
}

static const char *md_emphasis(Tone tone)
{
    return tone == TONE_LEAD || tone == TONE_ACCENT ? "**" : tone == TONE_POSITIVE ? "_" : "";
}

static void md_score(FILE *out, const Score *s)
{
    char number[32];
    if (s->assessed)
        fprintf(out, "%s | %s", debrief_format(s, number, sizeof number), debrief_band_name(debrief_band(s)));
    else
        fputs("not assessed | ", out);
}

static void md_chart(FILE *out, const DebriefDoc *doc)
{
    const Framework *fw = doc->framework;
    fputs("| Domain | Score | Band | You said |\n|---|---:|---|---:|\n", out);
    for (int i = 0; i < fw->domain_count; i++) {
        int estimate = i < DOC_MAX_DOMAINS ? doc->answers.estimate[i] : 0;
        fputs("| ", out);
        md_inline(out, fw->domains[i].title, strlen(fw->domains[i].title), true);
        fputs(" | ", out);
        md_score(out, &doc->scores.domains[i]);
        if (estimate > 0)
            fprintf(out, " | %d of %d |\n", estimate, DOC_ESTIMATE_MAX);
        else
            fputs(" | |\n", out);
    }
    fputc('\n', out);
}

/* A run of score rows is one table; `first` says whether this row starts it, `last` ends it. */
static void md_score_row(FILE *out, const DocBlock *b, bool first, bool last)
{
    char number[32];
    if (first)
        fputs("| Competency | Score | Band and evidence |\n|---|---:|---|\n", out);
    fputs("| ", out);
    md_inline(out, b->text, strlen(b->text), true);
    fprintf(out, " | %s | ", debrief_format(b->score, number, sizeof number));
    if (b->detail)
        md_inline(out, b->detail, strlen(b->detail), true);
    fputs(last ? " |\n\n" : " |\n", out);
}

/* Whether the next block shown is of this kind (a list or a table goes on). */
static bool md_next_is(const DebriefDoc *doc, const DocBlock *b, BlockKind kind)
{
    for (b++; b < doc->blocks + doc->block_count; b++)
        if (!b->asks)
            return b->kind == kind;
    return false;
}

static void md_prompt(FILE *out, const DebriefDoc *doc, const DocBlock *b)
{
    char answer[16];
    const char *given = debrief_doc_answer_of(doc, b, answer, sizeof answer);
    fputs("- **", out);
    md_inline(out, b->text, strlen(b->text), true);
    fputs("** ", out);
    if (given[0] == '\0')
        fputs("_(skipped)_", out);
    else if (b->prompt == PROMPT_ESTIMATE)
        fprintf(out, "%s of %d", given, DOC_ESTIMATE_MAX);
    else
        md_inline(out, given, strlen(given), true);
    fputs(md_next_is(doc, b, BLOCK_PROMPT) ? "\n" : "\n\n", out);
}

static void md_block(FILE *out, const DebriefDoc *doc, const DocBlock *b)
{
    char number[32];
    bool score_before = b > doc->blocks && b[-1].kind == BLOCK_SCORE;
    bool score_after = md_next_is(doc, b, BLOCK_SCORE);
    switch (b->kind) {
    case BLOCK_SECTION:
        fputs("## ", out);
        md_line(out, b->text, strlen(b->text));
        fputs("\n\n", out);
        break;
    case BLOCK_HEADING:
        fputs(b->tone == TONE_BODY ? "### " : "#### ", out);
        md_line(out, b->text, strlen(b->text));
        fputs("\n\n", out);
        break;
    case BLOCK_PARAGRAPH:
        md_prose(out, b->text, b->indent > 0, md_emphasis(b->tone), false);
        break;
    case BLOCK_ITEM:
        if (wrap_list_marker(b->text, strlen(b->text)) == 0)
            fputs("- ", out);
        md_prose(out, b->text, false, "", md_next_is(doc, b, BLOCK_ITEM));
        break;
    case BLOCK_OVERALL:
        fputs("**", out);
        md_inline(out, b->text, strlen(b->text), false);
        fprintf(out, ": %s", debrief_format(b->score, number, sizeof number));
        if (b->score->assessed)
            fprintf(out, ", %s", debrief_band_name(debrief_band(b->score)));
        fputs("**\n\n", out);
        break;
    case BLOCK_CHART:
        md_chart(out, doc);
        break;
    case BLOCK_SCORE:
        md_score_row(out, b, !score_before, !score_after);
        break;
    case BLOCK_TEAM_CHART:               /* a room's, never in a player's debrief */
        break;
    case BLOCK_PROMPT:
        md_prompt(out, doc, b);
        break;
    }
}

void report_md(FILE *out, const DebriefDoc *doc, const char *finished)
{
    fputs("# ", out);
    md_line(out, doc->title, strlen(doc->title));
    fputs("\n\n", out);
    if (doc->player[0] || (finished && finished[0])) {
        md_inline(out, doc->player, strlen(doc->player), false);
        fprintf(out, "%s%s\n\n", doc->player[0] && finished && finished[0] ? ", " : "", finished ? finished : "");
    }
    for (int i = 0; i < doc->block_count; i++) {
        const DocBlock *b = &doc->blocks[i];
        /* Words that only ask are left out; the titles of their sections stay, for the answers under them. */
        if (!b->asks || b->kind == BLOCK_SECTION)
            md_block(out, doc, b);
    }
}
