/* framework: a competency framework, loaded from scripts/frameworks/<id>.lua.
 *
 *   framework { id = ..., title = ..., source = ...,
 *     domain { id = ..., title = ..., description = ...,
 *       competency { id = ..., title = ..., description = ... }, ... }, ... }
 */
#ifndef LEADSIM_FRAMEWORK_H
#define LEADSIM_FRAMEWORK_H

#include "diag.h"

typedef struct {
    char *id, *title, *description;
    int domain;      /* index into Framework.domains */
    int line;
} Competency;

typedef struct {
    char *id, *title, *description;
    int first, count; /* its competencies: Framework.competencies[first .. first + count) */
    int line;
} Domain;

typedef struct {
    char *path, *id, *title, *source;
    Domain *domains;
    int domain_count;
    Competency *competencies;
    int competency_count;
    const char **competency_ids; /* the ids in order, for suggestions */
} Framework;

Framework *framework_load(const char *path, DiagList *diags); /* NULL on errors, which diags explain */
void       framework_free(Framework *fw);
int        framework_competency(const Framework *fw, const char *id); /* index, or -1 */
int        framework_domain(const Framework *fw, const char *id);     /* index, or -1 */
const char *const *framework_competency_ids(const Framework *fw);     /* for suggestions */

#endif
