/* phones_join: how a phone finds the room. The machine's LAN addresses, the URL with the
 * room code, and its QR code as a grid of modules the window scales to any size (one
 * module = N×N pixels, never smoothed), or as text for the terminal. */
#ifndef LEADSIM_PHONES_JOIN_H
#define LEADSIM_PHONES_JOIN_H

#include <stddef.h>

#define PHONES_MAX_ADDRESSES 8
#define PHONES_ADDRESS_SIZE 48       /* an IPv6 address in brackets, and a NUL */
#define PHONES_URL_SIZE 96

/* The addresses phones can reach: up and not loopback; IPv4 first, then global IPv6 ("[...]").
 * Private (LAN) IPv4 addresses come first. Returns how many. */
int  phones_lan_addresses(char out[][PHONES_ADDRESS_SIZE], int max);
/* "http://ADDRESS:PORT/CODE/" into buf. */
void phones_url(char *buf, size_t size, const char *address, int port, const char *code);

typedef struct {
    int width;                       /* modules per side, without the quiet zone */
    unsigned char *modules;          /* width*width, row by row: 1 dark, 0 light */
} PhonesQr;

int  phones_qr_make(PhonesQr *qr, const char *text);   /* 0, or -1 (too long, out of memory) */
void phones_qr_free(PhonesQr *qr);
/* The code in UTF-8 half blocks with a 4-module quiet zone, light on dark terminals too:
 * malloc'd, one line per two module rows. NULL out of memory. */
char *phones_qr_text(const PhonesQr *qr);

#endif
