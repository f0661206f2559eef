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

char *report_json(const Playthrough *p, const Debrief *d)
{
    const Scenario *sc = p->scenario;
    const Framework *fw = sc->framework;
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "scenario", sc->id);
    cJSON_AddStringToObject(root, "framework", fw->id);
    char seed[32];
    snprintf(seed, sizeof seed, "%" PRIu64, p->seed); /* exact: seeds may pass 2^53 */
    cJSON_AddRawToObject(root, "seed", seed);
    const Scene *last = play_scene(p);
    bool ended = p->status == PLAY_ENDED && last;
    cJSON_AddItemToObject(root, "ending", json_string_or_null(ended ? last->id : NULL));
    cJSON_AddItemToObject(root, "ending_title", json_string_or_null(ended ? last->ending : NULL));

    cJSON *path = cJSON_AddArrayToObject(root, "path");
    for (int i = 0; i < p->path_count; i++)
        cJSON_AddItemToArray(path, cJSON_CreateString(sc->scenes[p->path[i]].id));

    cJSON *decisions = cJSON_AddArrayToObject(root, "decisions");
    for (int i = 0; i < p->decision_count; i++) {
        const PlayDecision *dec = &p->decisions[i];
        const Choice *ch = &sc->scenes[dec->scene].choices[dec->choice];
        cJSON *item = cJSON_CreateObject();
        cJSON_AddStringToObject(item, "scene", sc->scenes[dec->scene].id);
        json_add_number(item, "choice", dec->number);
        json_add_number(item, "strongest", dec->strongest_number);
        cJSON_AddItemToObject(item, "text", json_prose(dec->text));
        cJSON_AddItemToObject(item, "feedback", json_prose(ch->feedback));
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

    char *printed = cJSON_Print(root);
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
