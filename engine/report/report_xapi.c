/* report_xapi: cJSON trees, one per statement; verbs and activity types from ADL's vocabulary. */
#include "report_xapi.h"
#include "uuid.h"
#include "wrap.h"

#include <cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define ADL_VERB "http://adlnet.gov/expapi/verbs/"
#define ADL_ACTIVITY "http://adlnet.gov/expapi/activities/"
#define XAPI_LANGUAGE "en"
#define XAPI_SUCCESS10 750      /* success: the overall score in the strong band */

typedef struct {
    const DebriefDoc *doc;
    const Settings *settings;
    const XapiAttempt *attempt;
    char base[300];             /* the activity IRI base, without a trailing slash */
    char scenario[600];         /* the scenario's activity id */
} Xapi;

static cJSON *xapi_language_map(const char *text)
{
    cJSON *map = cJSON_CreateObject();
    char *normalized = wrap_normalize(text ? text : "");
    cJSON_AddStringToObject(map, XAPI_LANGUAGE, normalized ? normalized : "");
    free(normalized);
    return map;
}

static cJSON *xapi_actor(const Xapi *x)
{
    const Settings *s = x->settings;
    const char *player = x->doc->player;
    cJSON *actor = cJSON_CreateObject();
    cJSON_AddStringToObject(actor, "objectType", "Agent");
    if (s->xapi_name[0] || player[0])
        cJSON_AddStringToObject(actor, "name", s->xapi_name[0] ? s->xapi_name : player);
    if (s->xapi_mbox[0]) {
        cJSON_AddStringToObject(actor, "mbox", s->xapi_mbox);
    } else {
        cJSON *account = cJSON_AddObjectToObject(actor, "account");
        cJSON_AddStringToObject(account, "homePage", s->xapi_homepage);
        cJSON_AddStringToObject(account, "name", s->xapi_account[0] ? s->xapi_account : player);
    }
    return actor;
}

static cJSON *xapi_verb(const char *name)
{
    char id[128];
    snprintf(id, sizeof id, ADL_VERB "%s", name);
    cJSON *verb = cJSON_CreateObject();
    cJSON_AddStringToObject(verb, "id", id);
    cJSON_AddItemToObject(verb, "display", xapi_language_map(name));
    return verb;
}

static cJSON *xapi_activity(const char *id, const char *type, const char *name, const char *description)
{
    cJSON *object = cJSON_CreateObject();
    cJSON_AddStringToObject(object, "objectType", "Activity");
    cJSON_AddStringToObject(object, "id", id);
    cJSON *definition = cJSON_AddObjectToObject(object, "definition");
    cJSON_AddItemToObject(definition, "name", xapi_language_map(name));
    if (description && description[0])
        cJSON_AddItemToObject(definition, "description", xapi_language_map(description));
    cJSON_AddStringToObject(definition, "type", type);
    return object;
}

/* The scenario activity, for the launched and completed statements and as the decisions' parent. */
static cJSON *xapi_scenario(const Xapi *x)
{
    const Scenario *sc = x->doc->scenario;
    return xapi_activity(x->scenario, ADL_ACTIVITY "simulation", sc->title, sc->summary);
}

static cJSON *xapi_context(const Xapi *x, bool parent)
{
    cJSON *context = cJSON_CreateObject();
    cJSON_AddStringToObject(context, "registration", x->attempt->registration);
    cJSON_AddStringToObject(context, "platform", x->settings->xapi_platform);
    cJSON_AddStringToObject(context, "language", XAPI_LANGUAGE);
    if (parent) {
        cJSON *activities = cJSON_AddObjectToObject(context, "contextActivities");
        cJSON *parents = cJSON_AddArrayToObject(activities, "parent");
        cJSON *scenario = cJSON_CreateObject();
        cJSON_AddStringToObject(scenario, "objectType", "Activity");
        cJSON_AddStringToObject(scenario, "id", x->scenario);
        cJSON_AddItemToArray(parents, scenario);
    }
    return context;
}

/* A statement's frame: a fresh id, the actor, the verb, the object; NULL without randomness. */
static cJSON *xapi_statement(const Xapi *x, const char *verb, cJSON *object, bool parent, const char *timestamp)
{
    char id[UUID_TEXT];
    if (!uuid_v4(id)) {
        cJSON_Delete(object);
        return NULL;
    }
    cJSON *st = cJSON_CreateObject();
    cJSON_AddStringToObject(st, "id", id);
    cJSON_AddItemToObject(st, "actor", xapi_actor(x));
    cJSON_AddItemToObject(st, "verb", xapi_verb(verb));
    cJSON_AddItemToObject(st, "object", object);
    cJSON_AddItemToObject(st, "context", xapi_context(x, parent));
    if (timestamp && timestamp[0])
        cJSON_AddStringToObject(st, "timestamp", timestamp);
    cJSON_AddStringToObject(st, "version", "1.0.3");
    return st;
}

/* The scene as a choice interaction: every choice of the scene, by id, as the components. */
static cJSON *xapi_scene(const Xapi *x, const DocDecision *dec)
{
    const Scene *scene = dec->scene;
    char id[900];
    snprintf(id, sizeof id, "%s/scenes/%s", x->scenario, scene->id);
    cJSON *object = xapi_activity(id, ADL_ACTIVITY "cmi.interaction", scene->title ? scene->title : scene->id, NULL);
    cJSON *definition = cJSON_GetObjectItemCaseSensitive(object, "definition");
    cJSON_AddStringToObject(definition, "interactionType", "choice");
    cJSON *choices = cJSON_AddArrayToObject(definition, "choices");
    for (int i = 0; i < scene->choice_count; i++) {
        const Choice *c = &scene->choices[i];
        char position[16];
        const char *cid = scenario_choice_name(c, i + 1, position, sizeof position);
        cJSON *component = cJSON_CreateObject();
        cJSON_AddStringToObject(component, "id", cid);
        bool chosen = strcmp(cid, dec->choice) == 0;
        cJSON_AddItemToObject(component, "description", xapi_language_map(chosen ? dec->text : c->text ? c->text : cid));
        cJSON_AddItemToArray(choices, component);
    }
    return object;
}

static cJSON *xapi_answered(const Xapi *x, const DocDecision *dec)
{
    cJSON *st = xapi_statement(x, "answered", xapi_scene(x, dec), true, NULL);
    if (st) {
        cJSON *result = cJSON_AddObjectToObject(st, "result");
        cJSON_AddStringToObject(result, "response", dec->choice);
    }
    return st;
}

/* Seconds between two ISO 8601 UTC times, or -1 when either is missing or malformed. */
static bool xapi_time(const char *text, struct tm *tm)
{
    char zone = 0;
    *tm = (struct tm){0};
    if (text == NULL || sscanf(text, "%4d-%2d-%2dT%2d:%2d:%2d%c", &tm->tm_year, &tm->tm_mon, &tm->tm_mday,
                               &tm->tm_hour, &tm->tm_min, &tm->tm_sec, &zone) != 7 || zone != 'Z')
        return false;
    tm->tm_year -= 1900;
    tm->tm_mon -= 1;
    return true;
}

static long xapi_seconds(const char *from, const char *to)
{
    struct tm a, b;
    if (!xapi_time(from, &a) || !xapi_time(to, &b))
        return -1;
    double seconds = difftime(timegm(&b), timegm(&a));
    return seconds >= 0 ? (long)seconds : -1;
}

/* "0.633": the overall score, scaled to 0..1, written exactly. */
static void xapi_add_score(cJSON *result, const Score *overall)
{
    char raw[32];
    cJSON *score = cJSON_AddObjectToObject(result, "score");
    snprintf(raw, sizeof raw, "%d.%03d", overall->score10 / 1000, overall->score10 % 1000);
    cJSON_AddRawToObject(score, "scaled", raw);
    cJSON_AddRawToObject(score, "raw", debrief_tenths(overall->score10, raw, sizeof raw));
    cJSON_AddNumberToObject(score, "min", 0);
    cJSON_AddNumberToObject(score, "max", 100);
    cJSON_AddBoolToObject(result, "success", overall->score10 >= XAPI_SUCCESS10);
}

/* One extension per assessed competency: <base>/competencies/<id> -> its scores. */
static void xapi_add_competencies(const Xapi *x, cJSON *result)
{
    const Framework *fw = x->doc->framework;
    cJSON *extensions = cJSON_AddObjectToObject(result, "extensions");
    for (int c = 0; c < fw->competency_count; c++) {
        const Score *s = &x->doc->scores.competencies[c];
        if (!s->assessed)
            continue;
        char key[500], raw[32];
        snprintf(key, sizeof key, "%s/competencies/%s", x->base, fw->competencies[c].id);
        cJSON *value = cJSON_AddObjectToObject(extensions, key);
        cJSON_AddStringToObject(value, "competency", fw->competencies[c].title);
        cJSON_AddRawToObject(value, "score", debrief_tenths(s->score10, raw, sizeof raw));
        cJSON_AddNumberToObject(value, "earned", s->earned);
        cJSON_AddNumberToObject(value, "best", s->best);
        cJSON_AddNumberToObject(value, "worst", s->worst);
        cJSON_AddNumberToObject(value, "decisions", s->decisions);
    }
}

static cJSON *xapi_completed(const Xapi *x)
{
    const DebriefDoc *doc = x->doc;
    cJSON *st = xapi_statement(x, doc->ended ? "completed" : "terminated", xapi_scenario(x), false,
                               x->attempt->finished);
    if (st == NULL)
        return NULL;
    cJSON *result = cJSON_AddObjectToObject(st, "result");
    if (doc->scores.overall.assessed)
        xapi_add_score(result, &doc->scores.overall);
    cJSON_AddBoolToObject(result, "completion", doc->ended);
    long seconds = xapi_seconds(x->attempt->started, x->attempt->finished);
    if (seconds >= 0) {
        char duration[64];
        snprintf(duration, sizeof duration, "PT%ldH%ldM%ldS", seconds / 3600, seconds / 60 % 60, seconds % 60);
        cJSON_AddStringToObject(result, "duration", duration);
    }
    xapi_add_competencies(x, result);
    return st;
}

char *report_xapi(const DebriefDoc *doc, const Settings *settings, const XapiAttempt *attempt, char *why, size_t size)
{
    if (!settings_xapi_actor(settings) || (!settings->xapi_mbox[0] && !settings->xapi_account[0] && !doc->player[0])) {
        snprintf(why, size, "xAPI statements need a learner: set [xapi] mbox, or account_homepage (and a player "
                 "name or account_name), in settings.ini");
        return NULL;
    }
    Xapi x = {doc, settings, attempt, "", ""};
    snprintf(x.base, sizeof x.base, "%s", settings->xapi_base);
    for (size_t n = strlen(x.base); n > 0 && x.base[n - 1] == '/'; n--)
        x.base[n - 1] = '\0';
    snprintf(x.scenario, sizeof x.scenario, "%s/scenarios/%s", x.base, doc->scenario->id);
    cJSON *array = cJSON_CreateArray();
    bool ok = true;
    cJSON *launched = xapi_statement(&x, "launched", xapi_scenario(&x), false, attempt->started);
    ok = ok && launched && cJSON_AddItemToArray(array, launched);
    for (int i = 0; ok && i < doc->decision_count; i++) {
        cJSON *answered = xapi_answered(&x, &doc->decisions[i]);
        ok = answered && cJSON_AddItemToArray(array, answered);
    }
    cJSON *completed = ok ? xapi_completed(&x) : NULL;
    ok = ok && completed && cJSON_AddItemToArray(array, completed);
    char *printed = ok ? cJSON_Print(array) : NULL;
    cJSON_Delete(array);
    if (printed == NULL) {
        snprintf(why, size, "the xAPI statements could not be made (no randomness for their ids, or no memory)");
        return NULL;
    }
    size_t len = strlen(printed);
    char *text = malloc(len + 2);
    if (text) {
        memcpy(text, printed, len);
        memcpy(text + len, "\n", 2);
    }
    cJSON_free(printed);
    return text;
}

char *report_xapi_for_attempt(void *ctx, const DebriefDoc *doc, const char *started, const char *finished)
{
    const Settings *settings = ctx;
    char registration[UUID_TEXT], why[512] = "no random bytes for a registration";
    XapiAttempt attempt = {started, finished, registration};
    char *text = uuid_v4(registration) ? report_xapi(doc, settings, &attempt, why, sizeof why) : NULL;
    if (text == NULL)
        fprintf(stderr, "leadsim: no statements for the LRS: %s\n", why);
    return text;
}
