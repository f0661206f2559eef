/* report_json: built with cJSON. Scores are written as raw one-decimal numbers
 * ("0.0", "33.3") so they read exactly as the formula rounds them. */
#include "report_json.h"
#include "wrap.h"

#include <cJSON.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void json_add_score(cJSON *obj, const char *key, const Score *s)
{
    if (s->assessed) {
        char raw[32];
        debrief_tenths(s->score10, raw, sizeof raw);
        cJSON_AddRawToObject(obj, key, raw);
    } else {
        cJSON_AddNullToObject(obj, key);
    }
}

static cJSON *json_string_or_null(const char *s)
{
    return s ? cJSON_CreateString(s) : cJSON_CreateNull();
}

/* Prose as its author meant it, not as their editor indented it: the same text the views show. */
static cJSON *json_prose(const char *s)
{
    if (s == NULL)
        return cJSON_CreateNull();
    char *normalized = wrap_normalize(s);
    cJSON *item = cJSON_CreateString(normalized ? normalized : s);
    free(normalized);
    return item;
}

static void json_add_number(cJSON *obj, const char *key, double value)
{
    cJSON_AddNumberToObject(obj, key, value);
}

/* ["measuring_performance", ...]: competency ids in the document's order. */
static void json_add_competency_list(cJSON *obj, const char *key, const Framework *fw, const int *list, int count)
{
    cJSON *array = cJSON_AddArrayToObject(obj, key);
    for (int i = 0; i < count; i++)
        cJSON_AddItemToArray(array, cJSON_CreateString(fw->competencies[list[i]].id));
}

/* The debrief object of SPEC's play --json. */
static cJSON *json_debrief(const DebriefDoc *doc)
{
    const Playthrough *p = &doc->session->play;
    const Debrief *d = &doc->scores;
    const Scenario *sc = p->scenario;
    const Framework *fw = sc->framework;
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "scenario", sc->id);
    cJSON_AddStringToObject(root, "framework", fw->id);
    char seed[32];
    snprintf(seed, sizeof seed, "%" PRIu64, p->seed); /* exact: seeds may pass 2^53 */
    cJSON_AddRawToObject(root, "seed", seed);
    cJSON_AddItemToObject(root, "ending", json_string_or_null(doc->ended ? doc->last->id : NULL));
    cJSON_AddItemToObject(root, "ending_title", json_string_or_null(doc->ended ? doc->last->ending : NULL));

    cJSON *path = cJSON_AddArrayToObject(root, "path");
    for (int i = 0; i < p->path_count; i++)
        cJSON_AddItemToArray(path, cJSON_CreateString(sc->scenes[p->path[i]].id));

    cJSON *decisions = cJSON_AddArrayToObject(root, "decisions");
    for (int i = 0; i < doc->decision_count; i++) {
        const DocDecision *dec = &doc->decisions[i];
        cJSON *item = cJSON_CreateObject();
        cJSON_AddStringToObject(item, "scene", dec->scene->id);
        json_add_number(item, "choice", dec->number);
        json_add_number(item, "strongest", dec->strongest);
        cJSON_AddStringToObject(item, "choice_id", dec->choice);
        cJSON_AddItemToObject(item, "text", json_prose(dec->text));
        cJSON_AddItemToObject(item, "feedback", json_prose(dec->feedback));
        cJSON_AddBoolToObject(item, "stronger_on_offer", dec->stronger);
        cJSON_AddBoolToObject(item, "pivotal", dec->pivotal);
        cJSON_AddItemToArray(decisions, item);
    }

    cJSON *meters = cJSON_AddObjectToObject(root, "meters");
    for (int m = 0; m < sc->meter_count; m++)
        json_add_number(meters, sc->meters[m].id, p->meters[m]);

    cJSON *competencies = cJSON_AddObjectToObject(root, "competencies");
    for (int c = 0; c < fw->competency_count; c++) {
        const Score *s = &d->competencies[c];
        cJSON *item = cJSON_AddObjectToObject(competencies, fw->competencies[c].id);
        json_add_number(item, "earned", s->earned);
        json_add_number(item, "best", s->best);
        json_add_number(item, "worst", s->worst);
        json_add_number(item, "decisions", s->decisions);
        json_add_score(item, "score", s);
        json_add_number(item, "traded", doc->traded[c]);
        json_add_number(item, "missed", doc->missed[c]);
    }
    cJSON *domains = cJSON_AddObjectToObject(root, "domains");
    for (int i = 0; i < fw->domain_count; i++) {
        const Score *s = &d->domains[i];
        cJSON *item = cJSON_AddObjectToObject(domains, fw->domains[i].id);
        json_add_number(item, "earned", s->earned);
        json_add_number(item, "best", s->best);
        json_add_number(item, "worst", s->worst);
        json_add_score(item, "score", s);
    }
    json_add_score(root, "overall", &d->overall);
    json_add_competency_list(root, "growth_areas", fw, doc->growth, doc->growth_count);
    json_add_competency_list(root, "patterns", fw, doc->patterns, doc->pattern_count);
    return root;
}

/* Printed, newline-terminated, and the tree freed. */
static char *json_finish(cJSON *root)
{
    char *printed = root ? cJSON_Print(root) : NULL;
    cJSON_Delete(root);
    if (printed == NULL)
        return NULL;
    size_t len = strlen(printed);
    char *text = malloc(len + 2);
    if (text) {
        memcpy(text, printed, len);
        text[len] = '\n';
        text[len + 1] = '\0';
    }
    cJSON_free(printed);
    return text;
}

char *report_json(const DebriefDoc *doc)
{
    return json_finish(json_debrief(doc));
}

char *report_json_attempt(const DebriefDoc *doc, const char *finished)
{
    cJSON *root = json_debrief(doc);
    const DocAnswers *a = &doc->answers;
    cJSON_AddStringToObject(root, "player", doc->player);
    cJSON_AddStringToObject(root, "date", finished ? finished : "");
    cJSON *reactions = cJSON_AddObjectToObject(root, "reactions");
    cJSON_AddItemToObject(reactions, "feeling", json_string_or_null(a->feeling[0] ? a->feeling : NULL));
    cJSON_AddItemToObject(reactions, "mattered_most", json_string_or_null(a->mattered[0] ? a->mattered : NULL));
    cJSON *estimate = cJSON_AddObjectToObject(root, "self_estimate");
    for (int i = 0; i < doc->framework->domain_count && i < DOC_MAX_DOMAINS; i++) {
        if (a->estimate[i] > 0)
            cJSON_AddNumberToObject(estimate, doc->framework->domains[i].id, a->estimate[i]);
        else
            cJSON_AddNullToObject(estimate, doc->framework->domains[i].id);
    }
    cJSON *commitments = cJSON_AddArrayToObject(root, "commitments");
    for (int k = 0; k < DOC_COMMITMENTS; k++)
        if (a->commitments[k][0])
            cJSON_AddItemToArray(commitments, cJSON_CreateString(a->commitments[k]));
    return json_finish(root);
}
