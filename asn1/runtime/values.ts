/**
 * Value helpers shared by every edition: BIT STRING values, opaque (unknown) content kept
 * for byte-identical re-encoding, and hex conversion.
 */

/**
 * A BIT STRING: `length` bits, most significant first, left-aligned in `bytes` (unused
 * trailing bits zero). Named bits are read and built with `hasBit` / `bitString`, using the
 * bit numbers generated for each type (e.g. `ExteriorLights.lowBeamHeadlightsOn`).
 */
export interface BitString {
  length: number;
  bytes: Uint8Array;
}

/** Builds a BIT STRING of `length` bits with the given bit numbers set. */
export function bitString(length: number, setBits: Iterable<number> = []): BitString {
  const bytes = new Uint8Array((length + 7) >>> 3);
  for (const i of setBits) {
    if (!Number.isInteger(i) || i < 0 || i >= length) throw new RangeError(`bit ${i} outside a ${length}-bit string`);
    bytes[i >>> 3]! |= 0x80 >>> (i & 7);
  }
  return { length, bytes };
}

/** Whether bit `i` (0 = first bit on the wire) is set; bits beyond the length read as 0. */
export function hasBit(bs: BitString, i: number): boolean {
  if (i < 0 || i >= bs.length) return false;
  return ((bs.bytes[i >>> 3] ?? 0) & (0x80 >>> (i & 7))) !== 0;
}

/** The names of the set bits, given a type's named-bit table. */
export function setBitNames(bs: BitString, named: Readonly<Record<string, number>>): string[] {
  return Object.entries(named).filter(([, i]) => hasBit(bs, i)).map(([n]) => n);
}

/** Content of an extension addition, alternative or open type this edition does not know. */
export interface UnknownExtensions {
  /** Size of the extension bitmap as received. */
  bitmapLength: number;
  /** Additions beyond the known ones: index in the bitmap and the open-type content octets. */
  additions: { index: number; bytes: Uint8Array }[];
}

export interface UnknownAlternative {
  /** Extension alternative index. */
  index: number;
  bytes: Uint8Array;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function toHex(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += HEX[b[i]!];
  return s;
}

/** Parses hex (upper or lower case, whitespace ignored); throws on odd length or bad digits. */
export function fromHex(hex: string): Uint8Array {
  const s = hex.replace(/\s+/g, '');
  if (s.length % 2 !== 0) throw new RangeError(`odd number of hex digits (${s.length})`);
  if (!/^[0-9a-fA-F]*$/.test(s)) throw new RangeError('not a hex string');
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.substr(i * 2, 2), 16);
  return out;
}
