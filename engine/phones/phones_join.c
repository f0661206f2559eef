/* phones_join: addresses, URL and QR code for joining a room. */
#include "phones_join.h"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>
#include <qrencode.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 10/8, 172.16/12, 192.168/16: where a room's Wi-Fi or a laptop hotspot puts its machines. */
static bool phones_private_v4(const struct in_addr *a)
{
    uint32_t ip = ntohl(a->s_addr);
    return (ip >> 24) == 10 || (ip >> 20) == (172 << 4 | 1) || (ip >> 16) == (192 << 8 | 168);
}

/* 0 private IPv4, 1 other IPv4, 2 global IPv6, -1 not for phones. */
static int phones_address_rank(const struct ifaddrs *ifa, char *text)
{
    if (!ifa->ifa_addr || !(ifa->ifa_flags & IFF_UP) || (ifa->ifa_flags & IFF_LOOPBACK))
        return -1;
    if (ifa->ifa_addr->sa_family == AF_INET) {
        const struct in_addr *a = &((const struct sockaddr_in *)(const void *)ifa->ifa_addr)->sin_addr;
        inet_ntop(AF_INET, a, text, PHONES_ADDRESS_SIZE);
        return phones_private_v4(a) ? 0 : 1;
    }
    if (ifa->ifa_addr->sa_family == AF_INET6) {
        const struct in6_addr *a = &((const struct sockaddr_in6 *)(const void *)ifa->ifa_addr)->sin6_addr;
        if (IN6_IS_ADDR_LINKLOCAL(a) || IN6_IS_ADDR_LOOPBACK(a))  /* a link-local URL needs a zone */
            return -1;
        char plain[INET6_ADDRSTRLEN];
        inet_ntop(AF_INET6, a, plain, sizeof plain);
        snprintf(text, PHONES_ADDRESS_SIZE, "[%s]", plain);
        return 2;
    }
    return -1;
}

int phones_lan_addresses(char out[][PHONES_ADDRESS_SIZE], int max)
{
    struct ifaddrs *list;
    if (getifaddrs(&list) != 0)
        return 0;
    int n = 0;
    for (int rank = 0; rank <= 2; rank++)
        for (const struct ifaddrs *ifa = list; ifa && n < max; ifa = ifa->ifa_next) {
            char text[PHONES_ADDRESS_SIZE];
            if (phones_address_rank(ifa, text) != rank)
                continue;
            bool seen = false;
            for (int i = 0; i < n; i++)
                seen = seen || strcmp(out[i], text) == 0;
            if (!seen)
                snprintf(out[n++], PHONES_ADDRESS_SIZE, "%s", text);
        }
    freeifaddrs(list);
    return n;
}

void phones_url(char *buf, size_t size, const char *address, int port, const char *code)
{
    snprintf(buf, size, "http://%s:%d/%s/", address, port, code);
}

int phones_qr_make(PhonesQr *qr, const char *text)
{
    qr->width = 0;
    qr->modules = NULL;
    /* Level M: a projected code photographed from the back of a room survives some blur. */
    QRcode *code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return -1;
    size_t cells = (size_t)code->width * (size_t)code->width;
    qr->modules = malloc(cells);
    if (!qr->modules) {
        QRcode_free(code);
        return -1;
    }
    for (size_t i = 0; i < cells; i++)
        qr->modules[i] = code->data[i] & 1;   /* bit 0 is dark; the rest is libqrencode's bookkeeping */
    qr->width = code->width;
    QRcode_free(code);
    return 0;
}

void phones_qr_free(PhonesQr *qr)
{
    free(qr->modules);
    qr->modules = NULL;
    qr->width = 0;
}

static bool phones_qr_dark(const PhonesQr *qr, int x, int y)
{
    return x >= 0 && y >= 0 && x < qr->width && y < qr->width && qr->modules[y * qr->width + x];
}

char *phones_qr_text(const PhonesQr *qr)
{
    static const char *const blocks[4] = {"\u2588", "\u2580", "\u2584", " "}; /* light-light .. dark-dark */
    int quiet = 4, side = qr->width + 2 * quiet, rows = (side + 1) / 2;
    char *out = malloc((size_t)rows * ((size_t)side * 3 + 1) + 1), *o = out;
    if (!out)
        return NULL;
    /* Printed light-on-dark as a terminal shows it: a block is a light module, a space a dark one. */
    for (int row = 0; row < rows; row++) {
        for (int x = -quiet; x < qr->width + quiet; x++) {
            int y = row * 2 - quiet;
            int top = phones_qr_dark(qr, x, y), bottom = y + 1 >= qr->width + quiet || phones_qr_dark(qr, x, y + 1);
            const char *b = blocks[top * 2 + bottom];
            o += sprintf(o, "%s", b);
        }
        *o++ = '\n';
    }
    *o = '\0';
    return out;
}
