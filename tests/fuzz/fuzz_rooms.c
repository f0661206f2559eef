/* fuzz_rooms: arbitrary bytes as a saved room (run from the repository's top, so
 * the seeds' scenario paths resolve). A room that resumes must save and resume
 * again to the same document: what a facilitator resumes is what was saved. */
#include <string.h>
#include "fuzz.h"
#include "room_save.h"

static Room room;

/* Resumes `path`; the room's document, or NULL when it does not resume. */
static char *resume(const char *path)
{
    char why[1024];
    DiagList diags = {0};
    int resumed = room_resume(&room, path, &diags, why, sizeof why);
    diag_list_free(&diags);
    if (resumed != 0)
        return NULL;
    room_flush(&room);
    char *text = room_save_json(&room);
    room_close(&room);
    return text;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[64];
    if (fuzz_write_file(path, sizeof path, "rooms", ".room.json", data, size) != 0)
        return 0;
    char *text = resume(path);
    if (text == NULL)
        return 0;
    char *again = NULL;
    if (fuzz_write_file(path, sizeof path, "rooms", ".room.json", (const uint8_t *)text, strlen(text)) != 0 ||
        (again = resume(path)) == NULL || strcmp(text, again) != 0) {
        fprintf(stderr, "a room changed on its way through a save:\n%s\n---\n%s\n", text, again ? again : "(did not resume)");
        abort();
    }
    free(text);
    free(again);
    return 0;
}
