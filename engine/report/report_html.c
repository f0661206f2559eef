/* report_html: blocks to HTML; the chart drawn here as SVG. */
#include "report_html.h"
#include "wrap.h"

#include <stdlib.h>
#include <string.h>

/* Okabe-Ito: the score bars blue, the self-estimate orange. */
#define HTML_SCORE_COLOUR "#0072B2"
#define HTML_ESTIMATE_COLOUR "#E69F00"

static const char html_style[] =
    ":root{color-scheme:light}"
    "body{margin:0;background:#fff;color:#1a1a1a;font:16px/1.55 system-ui,-apple-system,'Segoe UI',Roboto,"
    "'DejaVu Sans',sans-serif}"
    "main{max-width:46rem;margin:0 auto;padding:1.5rem 1.25rem 3rem}"
    "h1{font-size:1.7rem;line-height:1.25;margin:0 0 .25rem}"
    "h2{font-size:1.3rem;margin:2.25rem 0 .75rem;padding-bottom:.25rem;border-bottom:2px solid #0072B2}"
    "h3{font-size:1.08rem;margin:1.5rem 0 .4rem}h4{font-size:1rem;margin:1.1rem 0 .3rem;color:#444}"
    "p{margin:.35rem 0 .6rem}.meta{color:#555;margin-bottom:1.5rem}"
    ".lead{font-weight:600}.note{color:#444}.accent{color:#7a3600;font-weight:600}.positive{color:#005a43}"
    ".indent1{margin-left:1.25rem}.indent2{margin-left:2.5rem}"
    ".overall{font-size:1.35rem;font-weight:700;margin:1rem 0}"
    "ul.items,ul.answers{padding-left:1.25rem;margin:.3rem 0 .8rem}"
    "table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:.95rem}"
    "th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ccc;vertical-align:top}"
    "td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}"
    "figure{margin:.5rem 0 1rem;max-width:34rem}svg{display:block;width:100%;height:auto}"
    "svg text{font-family:inherit;fill:#1a1a1a}"
    "@media (max-width:36rem){body{font-size:15px}main{padding:1rem .8rem 2rem}h1{font-size:1.4rem}"
    "th,td{padding:.25rem .3rem}}"
    "@page{margin:16mm 15mm}"
    "@media print{body{font-size:10.5pt}main{max-width:none;padding:0}h2{break-after:avoid}figure{max-width:12cm}"
    "h3,h4{break-after:avoid}tr,figure,p{break-inside:avoid}a{color:inherit}}";

/* Text into HTML, escaped; prose line breaks become <br> when `breaks`. */
static void html_text(FILE *out, const char *text, bool breaks)
{
    for (const char *c = text ? text : ""; *c; c++) {
        switch (*c) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\'': fputs("&#39;", out); break;
        case '\n': fputs(breaks ? "<br>\n" : " ", out); break;
        default: fputc(*c, out); break;
        }
    }
}

static const char *html_tone(Tone tone)
{
    switch (tone) {
    case TONE_LEAD: return "lead";
    case TONE_NOTE: return "note";
    case TONE_ACCENT: return "accent";
    case TONE_POSITIVE: return "positive";
    default: return "body";
    }
}

/* A paragraph of normalized prose; blank lines in it start new paragraphs. */
static void html_paragraph(FILE *out, const DocBlock *b, const char *tag)
{
    fprintf(out, "<%s class=\"%s indent%d\">", tag, html_tone(b->tone), b->indent);
    for (const char *c = b->text; *c; c++) {
        if (c[0] == '\n' && c[1] == '\n') {
            fprintf(out, "</%s>\n<%s class=\"%s indent%d\">", tag, tag, html_tone(b->tone), b->indent);
            c++;
        } else {
            char one[2] = {*c, '\0'};
            html_text(out, one, true);
        }
    }
    fprintf(out, "</%s>\n", tag);
}

static void html_score_text(FILE *out, const Score *s)
{
    char number[32];
    if (s->assessed)
        fprintf(out, "%s, %s", debrief_format(s, number, sizeof number), debrief_band_name(debrief_band(s)));
    else
        fputs("not assessed", out);
}

/* The domains as bars: each label above its bar, the score at the bar's end, the player's own
 * estimate as a thinner bar beneath. The viewBox is a phone's width in CSS pixels, so its text
 * reads at body size there; wider screens cap it (figure's max-width). */
static void html_chart(FILE *out, const DebriefDoc *doc)
{
    const Framework *fw = doc->framework;
    const int row = 64, top = 30, bar = 262, width = 360;
    char number[32];
    fprintf(out, "<figure><svg viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"chart-title\" "
            "xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"chart-title\">Scores by domain, out of 100, "
            "beside your own estimate, out of 5</title>\n", width, top + fw->domain_count * row);
    fprintf(out, "<rect x=\"0\" y=\"3\" width=\"13\" height=\"13\" fill=\"%s\"/><text x=\"18\" y=\"14\" "
            "font-size=\"13\">Score (of 100)</text>\n<rect x=\"140\" y=\"6\" width=\"13\" height=\"7\" fill=\"%s\"/>"
            "<text x=\"158\" y=\"14\" font-size=\"13\">Your estimate (of 5)</text>\n", HTML_SCORE_COLOUR,
            HTML_ESTIMATE_COLOUR);
    for (int i = 0; i < fw->domain_count; i++) {
        const Score *s = &doc->scores.domains[i];
        int y = top + i * row, estimate = i < DOC_MAX_DOMAINS ? doc->answers.estimate[i] : 0;
        fprintf(out, "<text x=\"0\" y=\"%d\" font-size=\"14\" font-weight=\"600\">", y + 14);
        html_text(out, fw->domains[i].title, false);
        fprintf(out, "</text>\n<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"18\" fill=\"#e8e8e8\"/>\n", y + 21, bar);
        if (s->assessed)
            fprintf(out, "<rect x=\"0\" y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"%s\"/>\n", y + 21,
                    bar * s->score10 / 1000.0, HTML_SCORE_COLOUR);
        fprintf(out, "<text x=\"%d\" y=\"%d\" font-size=\"14\">%s</text>\n", bar + 8, y + 35,
                s->assessed ? debrief_format(s, number, sizeof number) : "not assessed");
        if (estimate > 0)
            fprintf(out, "<rect x=\"0\" y=\"%d\" width=\"%.1f\" height=\"8\" fill=\"%s\"/>\n<text x=\"%d\" y=\"%d\" "
                    "font-size=\"12\">you: %d of %d</text>\n", y + 42, bar * estimate / (double)DOC_ESTIMATE_MAX,
                    HTML_ESTIMATE_COLOUR, bar + 8, y + 50, estimate, DOC_ESTIMATE_MAX);
    }
    fputs("</svg></figure>\n", out);
}

static void html_score_row(FILE *out, const DocBlock *b, bool first, bool last)
{
    char number[32];
    if (first)
        fputs("<table><thead><tr><th>Competency</th><th>Score</th><th>Band and evidence</th></tr></thead><tbody>\n",
              out);
    fputs("<tr><td>", out);
    html_text(out, b->text, false);
    fprintf(out, "</td><td class=\"num\">%s</td><td>", debrief_format(b->score, number, sizeof number));
    html_text(out, b->detail, false);
    fputs(last ? "</td></tr>\n</tbody></table>\n" : "</td></tr>\n", out);
}

static void html_prompt(FILE *out, const DebriefDoc *doc, const DocBlock *b, bool first, bool last)
{
    char answer[16];
    const char *given = debrief_doc_answer_of(doc, b, answer, sizeof answer);
    fputs(first ? "<ul class=\"answers\">\n<li><strong>" : "<li><strong>", out);
    html_text(out, b->text, false);
    fputs("</strong> ", out);
    if (given[0] == '\0')
        fputs("<em>(skipped)</em>", out);
    else if (b->prompt == PROMPT_ESTIMATE)
        fprintf(out, "%s of %d", given, DOC_ESTIMATE_MAX);
    else
        html_text(out, given, false);
    fputs(last ? "</li>\n</ul>\n" : "</li>\n", out);
}

/* Whether the shown block before or after b is of the same kind (a table or a list goes on). */
static bool html_same(const DebriefDoc *doc, const DocBlock *b, int step)
{
    const DocBlock *other = b + step;
    while (other >= doc->blocks && other < doc->blocks + doc->block_count && other->asks)
        other += step;
    return other >= doc->blocks && other < doc->blocks + doc->block_count && other->kind == b->kind;
}

static void html_block(FILE *out, const DebriefDoc *doc, const DocBlock *b)
{
    bool first = !html_same(doc, b, -1), last = !html_same(doc, b, 1);
    switch (b->kind) {
    case BLOCK_SECTION:
        fputs(b->section > 0 ? "</section>\n<section>\n<h2>" : "<section>\n<h2>", out);
        html_text(out, b->text, false);
        fputs("</h2>\n", out);
        break;
    case BLOCK_HEADING:
        fputs(b->tone == TONE_BODY ? "<h3>" : "<h4>", out);
        html_text(out, b->text, false);
        fputs(b->tone == TONE_BODY ? "</h3>\n" : "</h4>\n", out);
        break;
    case BLOCK_PARAGRAPH:
        html_paragraph(out, b, "p");
        break;
    case BLOCK_ITEM:
        fputs(first ? "<ul class=\"items\">\n" : "", out);
        html_paragraph(out, b, "li");
        fputs(last ? "</ul>\n" : "", out);
        break;
    case BLOCK_OVERALL:
        fputs("<p class=\"overall\">", out);
        html_text(out, b->text, false);
        fputs(": ", out);
        html_score_text(out, b->score);
        fputs("</p>\n", out);
        break;
    case BLOCK_CHART:
        html_chart(out, doc);
        break;
    case BLOCK_SCORE:
        html_score_row(out, b, first, last);
        break;
    case BLOCK_TEAM_CHART:               /* a room's, never in a player's debrief */
        break;
    case BLOCK_PROMPT:
        html_prompt(out, doc, b, first, last);
        break;
    }
}

void report_html(FILE *out, const DebriefDoc *doc, const char *finished)
{
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
          "img-src data:; base-uri 'none'; form-action 'none'\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>", out);
    html_text(out, doc->title, false);
    fprintf(out, "</title>\n<style>%s</style>\n</head>\n<body>\n<main>\n<h1>", html_style);
    html_text(out, doc->title, false);
    fputs("</h1>\n", out);
    if (doc->player[0] || (finished && finished[0])) {
        fputs("<p class=\"meta\">", out);
        html_text(out, doc->player, false);
        fputs(doc->player[0] && finished && finished[0] ? ", " : "", out);
        html_text(out, finished, false);
        fputs("</p>\n", out);
    }
    bool sectioned = false;
    for (int i = 0; i < doc->block_count; i++) {
        const DocBlock *b = &doc->blocks[i];
        if (b->asks && b->kind != BLOCK_SECTION)
            continue;                /* words that only ask; their section's title stays, for the answers */
        sectioned |= b->kind == BLOCK_SECTION;
        html_block(out, doc, b);
    }
    fputs(sectioned ? "</section>\n</main>\n</body>\n</html>\n" : "</main>\n</body>\n</html>\n", out);
}
