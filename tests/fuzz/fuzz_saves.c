/* fuzz_saves: arbitrary bytes as a save file. A save that reads must write out
 * and read back to the same document: what resume trusts is what was saved. */
#include <string.h>
#include "fuzz.h"
#include "save.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[64], why[512];
    if (fuzz_write_file(path, sizeof path, "saves", ".save.json", data, size) != 0)
        return 0;
    SaveData first;
    if (save_read(path, NULL, &first, why, sizeof why) != SAVE_OK)
        return 0;
    char *text = save_text(&first);
    save_data_free(&first);
    if (text == NULL)
        return 0;
    SaveData again;
    if (fuzz_write_file(path, sizeof path, "saves", ".save.json", (const uint8_t *)text, strlen(text)) != 0 ||
        save_read(path, NULL, &again, why, sizeof why) != SAVE_OK) {
        fprintf(stderr, "a save that read could not be read back after writing: %s\n%s\n", why, text);
        abort();
    }
    char *text_again = save_text(&again);
    save_data_free(&again);
    if (text_again == NULL || strcmp(text, text_again) != 0) {
        fprintf(stderr, "a save changed on its way through a write:\n%s\n---\n%s\n", text, text_again ? text_again : "(none)");
        abort();
    }
    cJSON_free(text);
    cJSON_free(text_again);
    return 0;
}
