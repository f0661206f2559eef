/* minimal_window: the least an SDL2 + SDL2_ttf program can do: open a window
 * and draw one line of text. make bench measures leadsim against it.
 *   minimal_window FONT.ttf    (LEADSIM_EXIT_AFTER_FIRST_FRAME, LEADSIM_BENCH_FRAMES as for leadsim) */
#include <SDL.h>
#include <SDL_ttf.h>
#include <stdlib.h>

static void draw(SDL_Renderer *r, SDL_Texture *t, int w, int h)
{
    SDL_SetRenderDrawColor(r, 18, 26, 36, 255);
    SDL_RenderClear(r);
    SDL_RenderCopy(r, t, NULL, &(SDL_Rect){40, 40, w, h});
    SDL_RenderPresent(r);
}

int main(int argc, char **argv)
{
    if (argc < 2 || SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0)
        return 1;
    SDL_Window *win = SDL_CreateWindow("minimal", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 720,
                                       SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    SDL_Renderer *r = SDL_CreateRenderer(win, -1, SDL_RENDERER_ACCELERATED);
    if (r == NULL)
        r = SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE);
    TTF_Font *font = TTF_OpenFont(argv[1], 22);
    if (win == NULL || r == NULL || font == NULL)
        return 1;
    SDL_Surface *s = TTF_RenderUTF8_Blended(font, "The Twelve Percent", (SDL_Color){238, 242, 246, 255});
    SDL_Texture *t = SDL_CreateTextureFromSurface(r, s);
    draw(r, t, s->w, s->h);
    const char *frames = getenv("LEADSIM_BENCH_FRAMES");
    for (int i = 1; frames && i < atoi(frames); i++)
        draw(r, t, s->w, s->h);
    if (frames || getenv("LEADSIM_EXIT_AFTER_FIRST_FRAME"))
        return 0;
    SDL_Event e;
    while (SDL_WaitEvent(&e) && e.type != SDL_QUIT)
        if (e.type == SDL_WINDOWEVENT)
            draw(r, t, s->w, s->h);
    return 0;
}
