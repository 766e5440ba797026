/* Framing of the bridge byte stream: COBS(payload || CRC-32C little-endian) 0x00.
 * The same format as firmware-bridge/host/framing.ts (see firmware-bridge/README.md). */
#ifndef BRIDGE_FRAME_H
#define BRIDGE_FRAME_H
#include <stddef.h>
#include <stdint.h>

#define FRAME_CRC_BYTES 4u
/* Worst-case COBS size of n bytes (without the delimiter). */
#define FRAME_COBS_MAX(n) ((n) + (n) / 254u + 1u)

size_t cobs_encode(const uint8_t *src, size_t len, uint8_t *dst);
/* Returns the decoded length, or -1 for invalid COBS. */
long cobs_decode(const uint8_t *src, size_t len, uint8_t *dst);

/* Frames `payload` into `out` (room for FRAME_COBS_MAX(len + 4) + 1 bytes); returns the
 * number of bytes written, delimiter included. When `corrupt_bit` >= 0 that bit of the
 * payload is flipped after the CRC is computed (fault injection: a guaranteed CRC error). */
size_t frame_encode(const uint8_t *payload, size_t len, uint8_t *out, long corrupt_bit);

typedef struct {
    uint32_t frames;
    uint32_t crc_errors;
    uint32_t framing_errors; /* invalid COBS, or shorter than the CRC */
    uint32_t oversize;
    uint32_t discarded_bytes;
} frame_stats_t;

typedef void (*frame_cb)(void *ctx, const uint8_t *payload, size_t len);

typedef struct {
    uint8_t *buf;     /* encoded bytes of the frame being received */
    uint8_t *scratch; /* decoded frame */
    size_t cap;       /* FRAME_COBS_MAX(max_payload + 4) */
    size_t max_payload;
    size_t len;
    size_t overflow;
    frame_stats_t stats;
} frame_decoder_t;

/* `buf` and `scratch` must each hold FRAME_COBS_MAX(max_payload + FRAME_CRC_BYTES) bytes. */
void frame_decoder_init(frame_decoder_t *d, uint8_t *buf, uint8_t *scratch, size_t max_payload);
void frame_decoder_reset(frame_decoder_t *d);
/* Feeds received bytes; calls `cb` for every frame with a good CRC. */
void frame_decoder_push(frame_decoder_t *d, const uint8_t *bytes, size_t n, frame_cb cb, void *ctx);

#endif
