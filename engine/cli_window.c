/* cli_window: leadsim with no command. Until the window exists, it plays the
 * bundled scenario in the terminal. */
#include "cli.h"

#include <stdio.h>

int cli_window(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    char *play_args[] = {"twelve-percent", "--text"};
    return cli_play(2, play_args);
}
