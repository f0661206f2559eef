/* fuzz_main: what libFuzzer calls once before the inputs (make fuzz only). */
#include "paths.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    paths_init((*argv)[0]);
    return 0;
}
