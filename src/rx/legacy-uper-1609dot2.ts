/**
 * An older form of unsecured IEEE 1609.2 data found in asn1_codec's data folder: the
 * Ieee1609Dot2Data encoded with UPER instead of COER. `protocolVersion Uint8(3)` takes no bits
 * (a single value), the content CHOICE takes an extension bit and a 2-bit index (000 for
 * unsecuredData), then the Opaque follows as a UPER length determinant and the octets, not
 * octet-aligned. Radios do not send this; it is accepted only when the sizes add up exactly.
 */

export interface LegacyUnsecured {
  payload: Uint8Array;
}

function bit(b: Uint8Array, i: number): number {
  return (b[i >>> 3]! >>> (7 - (i & 7))) & 1;
}

function bits(b: Uint8Array, from: number, n: number): number {
  let v = 0;
  for (let i = 0; i < n; i++) v = (v << 1) | bit(b, from + i);
  return v;
}

/** The payload of a UPER-encoded unsecured Ieee1609Dot2Data, or undefined when `b` is not one. */
export function decodeLegacyUnsecured(b: Uint8Array): LegacyUnsecured | undefined {
  if (b.length < 2) return undefined;
  if (bits(b, 0, 3) !== 0) return undefined; // extension bit 0, alternative 0 (unsecuredData)
  let pos = 3;
  let len: number;
  if (bit(b, pos) === 0) {
    len = bits(b, pos + 1, 7);
    pos += 8;
  } else if (bit(b, pos + 1) === 0) {
    len = bits(b, pos + 2, 14);
    pos += 16;
  } else return undefined; // fragmented lengths: not used for messages of this size
  if (len === 0 || Math.ceil((pos + len * 8) / 8) !== b.length) return undefined;
  // Trailing padding bits must be zero.
  for (let i = pos + len * 8; i < b.length * 8; i++) if (bit(b, i) !== 0) return undefined;
  const shift = pos & 7;
  const base = pos >>> 3;
  const out = new Uint8Array(len);
  for (let i = 0; i < len; i++) out[i] = ((b[base + i]! << shift) | (shift ? b[base + i + 1]! >>> (8 - shift) : 0)) & 0xff;
  return { payload: out };
}
