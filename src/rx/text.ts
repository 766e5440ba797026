/**
 * Text datagrams some pipelines send instead of binary: hex of a message (upper or lower case,
 * optional 0x prefix, whitespace and line breaks ignored) or a whole RSU 4.1 Immediate
 * Forward message (whose Payload is taken).
 */

function isHexChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function nibble(c: number): number {
  return c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x61 + 10;
}

/**
 * The octets of a hex-text datagram; undefined when the datagram is not text made of hex
 * digits and whitespace; a string (the problem) when it is, but not valid hex.
 */
export function hexTextToBytes(b: Uint8Array): Uint8Array | string | undefined {
  let start = 0;
  while (start < b.length && isSpace(b[start]!)) start++;
  if (b[start] === 0x30 && (b[start + 1] === 0x78 || b[start + 1] === 0x58)) start += 2;
  let digits = 0;
  for (let i = start; i < b.length; i++) {
    const c = b[i]!;
    if (isHexChar(c)) digits++;
    else if (!isSpace(c)) return undefined;
  }
  if (digits === 0) return undefined;
  if (digits % 2 !== 0) return `odd number of hex digits (${digits})`;
  const out = new Uint8Array(digits / 2);
  let k = 0;
  let hi = -1;
  for (let i = start; i < b.length; i++) {
    const c = b[i]!;
    if (!isHexChar(c)) continue;
    if (hi < 0) hi = nibble(c);
    else {
      out[k++] = (hi << 4) | nibble(c);
      hi = -1;
    }
  }
  return out;
}

const VERSION_PREFIX = [0x56, 0x65, 0x72, 0x73, 0x69, 0x6f, 0x6e, 0x3d]; // "Version="

/** Whether a datagram starts like an RSU 4.1 Immediate Forward text ("Version="). */
export function looksLikeIfm(b: Uint8Array): boolean {
  if (b.length < VERSION_PREFIX.length) return false;
  for (let i = 0; i < VERSION_PREFIX.length; i++) if (b[i] !== VERSION_PREFIX[i]) return false;
  return true;
}
