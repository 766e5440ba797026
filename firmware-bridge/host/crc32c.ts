/**
 * CRC-32C (Castagnoli): reflected polynomial 0x82F63B78, initial value and final XOR
 * 0xFFFFFFFF. Check value: crc32c("123456789") = 0xE3069283. Chosen over CRC-16 because
 * frames reach 1.5 kB (V2X payloads) and MCUs often compute it in hardware.
 */
const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32C of `bytes[start, end)`. */
export function crc32c(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
