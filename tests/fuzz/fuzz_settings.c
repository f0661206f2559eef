/* fuzz_settings: arbitrary bytes as the settings INI file. */
#include "fuzz.h"
#include "settings.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[64];
    if (fuzz_write_file(path, sizeof path, "settings", ".ini", data, size) != 0)
        return 0;
    Settings settings;
    DiagList diags = {0};
    settings_defaults(&settings);
    settings_load(&settings, path, &diags);
    diag_list_free(&diags);
    return 0;
}
