#include "frame.h"

#include <string.h>

#include "crc32c.h"

size_t cobs_encode(const uint8_t *src, size_t len, uint8_t *dst)
{
    size_t code_at = 0, out = 1;
    uint8_t code = 1;
    for (size_t i = 0; i < len; i++) {
        if (src[i] == 0) {
            dst[code_at] = code;
            code_at = out++;
            code = 1;
        } else {
            dst[out++] = src[i];
            if (++code == 0xFF) {
                dst[code_at] = code;
                code_at = out++;
                code = 1;
            }
        }
    }
    dst[code_at] = code;
    return out;
}

long cobs_decode(const uint8_t *src, size_t len, uint8_t *dst)
{
    size_t i = 0, out = 0;
    while (i < len) {
        uint8_t code = src[i++];
        if (code == 0) return -1;
        size_t end = i + code - 1u;
        if (end > len) return -1;
        while (i < end) {
            if (src[i] == 0) return -1;
            dst[out++] = src[i++];
        }
        if (code != 0xFF && i < len) dst[out++] = 0;
    }
    return (long)out;
}

size_t frame_encode(const uint8_t *payload, size_t len, uint8_t *out, long corrupt_bit)
{
    /* Worst case on the stack of an MCU would be too much; callers give a static buffer. */
    static uint8_t raw[4096 + FRAME_CRC_BYTES];
    if (len > sizeof raw - FRAME_CRC_BYTES) return 0;
    memcpy(raw, payload, len);
    uint32_t crc = crc32c(payload, len);
    raw[len] = (uint8_t)crc;
    raw[len + 1] = (uint8_t)(crc >> 8);
    raw[len + 2] = (uint8_t)(crc >> 16);
    raw[len + 3] = (uint8_t)(crc >> 24);
    if (corrupt_bit >= 0 && len > 0) raw[((size_t)corrupt_bit / 8u) % len] ^= (uint8_t)(1u << (corrupt_bit % 8));
    size_t n = cobs_encode(raw, len + FRAME_CRC_BYTES, out);
    out[n] = 0;
    return n + 1;
}

void frame_decoder_init(frame_decoder_t *d, uint8_t *buf, uint8_t *scratch, size_t max_payload)
{
    memset(d, 0, sizeof *d);
    d->buf = buf;
    d->scratch = scratch;
    d->max_payload = max_payload;
    d->cap = FRAME_COBS_MAX(max_payload + FRAME_CRC_BYTES);
}

void frame_decoder_reset(frame_decoder_t *d)
{
    d->len = 0;
    d->overflow = 0;
}

static void finish(frame_decoder_t *d, frame_cb cb, void *ctx)
{
    size_t len = d->len, overflow = d->overflow;
    d->len = 0;
    d->overflow = 0;
    if (overflow) {
        d->stats.oversize++;
        d->stats.discarded_bytes += (uint32_t)(len + overflow);
        return;
    }
    if (len == 0) return; /* idle delimiter */
    long n = cobs_decode(d->buf, len, d->scratch);
    if (n < (long)FRAME_CRC_BYTES) {
        d->stats.framing_errors++;
        d->stats.discarded_bytes += (uint32_t)len;
        return;
    }
    size_t p = (size_t)n - FRAME_CRC_BYTES;
    if (p > d->max_payload) {
        d->stats.oversize++;
        d->stats.discarded_bytes += (uint32_t)len;
        return;
    }
    uint32_t got = (uint32_t)d->scratch[p] | ((uint32_t)d->scratch[p + 1] << 8) |
                   ((uint32_t)d->scratch[p + 2] << 16) | ((uint32_t)d->scratch[p + 3] << 24);
    if (got != crc32c(d->scratch, p)) {
        d->stats.crc_errors++;
        d->stats.discarded_bytes += (uint32_t)len;
        return;
    }
    d->stats.frames++;
    cb(ctx, d->scratch, p);
}

void frame_decoder_push(frame_decoder_t *d, const uint8_t *bytes, size_t n, frame_cb cb, void *ctx)
{
    for (size_t i = 0; i < n; i++) {
        uint8_t b = bytes[i];
        if (b == 0) {
            finish(d, cb, ctx);
        } else if (d->overflow || d->len >= d->cap) {
            d->overflow++;
        } else {
            d->buf[d->len++] = b;
        }
    }
}
