/* CRC-32C (Castagnoli), reflected polynomial 0x82F63B78, init and final XOR 0xFFFFFFFF.
 * Check: crc32c("123456789") == 0xE3069283. Same as firmware-bridge/host/crc32c.ts. */
#ifndef BRIDGE_CRC32C_H
#define BRIDGE_CRC32C_H
#include <stddef.h>
#include <stdint.h>

uint32_t crc32c(const uint8_t *data, size_t len);

#endif
