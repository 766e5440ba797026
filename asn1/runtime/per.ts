/**
 * PER helpers for sized types (OCTET STRING, BIT STRING, character strings), extension
 * bitmaps and object identifiers. The generated codecs inline the common fixed cases and
 * call these for the rest.
 */
import type { BitReader, BitWriter } from './bits.js';
import { DecodeError, EncodeError } from './errors.js';
import type { BitString } from './values.js';

/** Bits needed for a constrained whole number with `range` values. */
export function bitsFor(range: number): number {
  if (range <= 1) return 0;
  let k = 0;
  while (2 ** k < range) k++;
  return k;
}

/** Whether a size constraint is encoded with a constrained length (X.691 11.9.3.3 / 11.9.4.1). */
function constrainedSize(ub: number | null): ub is number {
  return ub !== null && ub < 65536;
}

/** Reads a length under SIZE(lb..ub[, ...]); returns -1 when the general form follows. */
function sizedLength(r: BitReader, lb: number, ub: number | null, ext: boolean): number {
  if (ext && r.bool()) return -1;
  if (!constrainedSize(ub)) return -1;
  if (lb === ub) return lb;
  return r.constrained(lb, ub, bitsFor(ub - lb + 1));
}

function checkSize(r: BitReader, n: number, lb: number, ub: number | null, ext: boolean, at: number): void {
  if (ext) return;
  if (n < lb || (ub !== null && n > ub)) throw new DecodeError('SIZE_OUT_OF_RANGE', `size ${n} outside ${lb}..${ub ?? 'MAX'}`, at);
}

export function decOctets(r: BitReader, lb: number, ub: number | null, ext: boolean): Uint8Array {
  const at = r.pos;
  const n = sizedLength(r, lb, ub, ext);
  if (n >= 0) return r.octets(n);
  const v = r.lengthPrefixedOctets();
  checkSize(r, v.length, lb, ub, ext, at);
  return v;
}

export function encOctets(w: BitWriter, v: unknown, lb: number, ub: number | null, ext: boolean): void {
  if (!(v instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', `expected a Uint8Array, got ${describe(v)}`);
  const n = v.length;
  const inRoot = n >= lb && (ub === null || n <= ub);
  if (!inRoot && !ext) throw new EncodeError('BAD_SIZE', `${n} octet(s) outside SIZE(${lb}..${ub ?? 'MAX'})`);
  if (ext) w.bool(!inRoot);
  if (inRoot && constrainedSize(ub)) {
    if (lb !== ub) w.bits(n - lb, bitsFor(ub - lb + 1));
    w.octets(v);
    return;
  }
  w.lengthPrefixedOctets(v);
}

export function decBits(r: BitReader, lb: number, ub: number | null, ext: boolean): BitString {
  const at = r.pos;
  const n = sizedLength(r, lb, ub, ext);
  if (n >= 0) return { length: n, bytes: r.bitBytes(n) };
  // General length in bits, possibly fragmented.
  const parts: { n: number; bytes: Uint8Array }[] = [];
  let total = 0;
  for (;;) {
    const c = r.length();
    const frag = r.frag;
    parts.push({ n: c, bytes: r.bitBytes(c) });
    total += c;
    if (!frag) break;
  }
  checkSize(r, total, lb, ub, ext, at);
  if (parts.length === 1) return { length: total, bytes: parts[0]!.bytes };
  const out = new Uint8Array((total + 7) >>> 3);
  let o = 0;
  for (const p of parts) {
    // fragments are multiples of 16384 bits (whole octets) except the last
    out.set(p.bytes, o >>> 3);
    o += p.n;
  }
  return { length: total, bytes: out };
}

export function encBits(w: BitWriter, v: unknown, lb: number, ub: number | null, ext: boolean): void {
  const bs = v as BitString;
  if (typeof bs !== 'object' || bs === null || !(bs.bytes instanceof Uint8Array) || !Number.isInteger(bs.length) || bs.length < 0 || bs.bytes.length * 8 < bs.length) {
    throw new EncodeError('BAD_TYPE', `expected a BitString {length, bytes}, got ${describe(v)}`);
  }
  const n = bs.length;
  const inRoot = n >= lb && (ub === null || n <= ub);
  if (!inRoot && !ext) throw new EncodeError('BAD_SIZE', `${n} bit(s) outside SIZE(${lb}..${ub ?? 'MAX'})`);
  if (ext) w.bool(!inRoot);
  if (inRoot && constrainedSize(ub)) {
    if (lb !== ub) w.bits(n - lb, bitsFor(ub - lb + 1));
    w.bitBytes(bs.bytes, n);
    return;
  }
  let i = 0;
  for (;;) {
    const c = w.lengthChunk(n - i);
    if ((i & 7) === 0) w.bitBytes(bs.bytes.subarray(i >>> 3), c);
    i += c;
    if (c < 16384) break;
  }
}

/** Character string decoding: `b` bits per character; `alphabet` maps indexes to characters (null: the code is the character). */
export function decChars(r: BitReader, lb: number, ub: number | null, ext: boolean, b: number, alphabet: string | null, allowed: string | null): string {
  const at = r.pos;
  let n = sizedLength(r, lb, ub, ext);
  let s = '';
  let frag = false;
  if (n < 0) {
    n = r.length();
    frag = r.frag;
  }
  for (;;) {
    r.need(n, b);
    for (let i = 0; i < n; i++) {
      const cAt = r.pos;
      const code = r.bits(b);
      let ch: string;
      if (alphabet !== null) {
        const c = alphabet[code];
        if (c === undefined) throw new DecodeError('BAD_CHARACTER', `character index ${code} outside the permitted alphabet`, cAt);
        ch = c;
      } else ch = String.fromCharCode(code);
      if (allowed !== null && !allowed.includes(ch)) throw new DecodeError('BAD_CHARACTER', `character code ${ch.charCodeAt(0)} not permitted`, cAt);
      s += ch;
    }
    if (!frag) break;
    n = r.length();
    frag = r.frag;
  }
  checkSize(r, s.length, lb, ub, ext, at);
  return s;
}

export function encChars(w: BitWriter, v: unknown, lb: number, ub: number | null, ext: boolean, b: number, alphabet: string | null, allowed: string | null): void {
  if (typeof v !== 'string') throw new EncodeError('BAD_TYPE', `expected a string, got ${describe(v)}`);
  const n = v.length;
  const inRoot = n >= lb && (ub === null || n <= ub);
  if (!inRoot && !ext) throw new EncodeError('BAD_SIZE', `${n} character(s) outside SIZE(${lb}..${ub ?? 'MAX'})`);
  const codes: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const ch = v[i]!;
    if (allowed !== null && !allowed.includes(ch)) throw new EncodeError('BAD_CHARACTER', `character ${JSON.stringify(ch)} at ${i} is not permitted`);
    const code = alphabet !== null ? alphabet.indexOf(ch) : ch.charCodeAt(0);
    if (code < 0 || code >= 2 ** b) throw new EncodeError('BAD_CHARACTER', `character ${JSON.stringify(ch)} at ${i} is not permitted`);
    codes[i] = code;
  }
  if (ext) w.bool(!inRoot);
  if (inRoot && constrainedSize(ub)) {
    if (lb !== ub) w.bits(n - lb, bitsFor(ub - lb + 1));
    for (const c of codes) w.bits(c, b);
    return;
  }
  let i = 0;
  for (;;) {
    const c = w.lengthChunk(n - i);
    for (const end = i + c; i < end; i++) w.bits(codes[i]!, b);
    if (c < 16384) break;
  }
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = new TextEncoder();

export function decUtf8(r: BitReader, lb: number, ub: number | null, ext: boolean): string {
  const at = r.pos;
  if (ext) r.bool();
  const bytes = r.lengthPrefixedOctets();
  let s: string;
  try {
    s = utf8Decoder.decode(bytes);
  } catch {
    throw new DecodeError('BAD_CHARACTER', 'invalid UTF-8', at);
  }
  checkSize(r, [...s].length, lb, ub, ext, at);
  return s;
}

export function encUtf8(w: BitWriter, v: unknown, lb: number, ub: number | null, ext: boolean): void {
  if (typeof v !== 'string') throw new EncodeError('BAD_TYPE', `expected a string, got ${describe(v)}`);
  const n = [...v].length;
  const inRoot = n >= lb && (ub === null || n <= ub);
  if (!inRoot && !ext) throw new EncodeError('BAD_SIZE', `${n} character(s) outside SIZE(${lb}..${ub ?? 'MAX'})`);
  if (ext) w.bool(!inRoot);
  w.lengthPrefixedOctets(utf8Encoder.encode(v));
}

/** OBJECT IDENTIFIER / RELATIVE-OID: length-prefixed BER contents octets, as "1.2.840". */
export function decOid(r: BitReader, relative: boolean): string {
  const at = r.pos;
  const b = r.lengthPrefixedOctets();
  const arcs: number[] = [];
  let v = 0;
  let started = false;
  for (let i = 0; i < b.length; i++) {
    const x = b[i]!;
    if (!started && x === 0x80) throw new DecodeError('VALUE_OUT_OF_RANGE', 'non-minimal object identifier arc', at);
    started = true;
    v = v * 128 + (x & 0x7f);
    if (v > Number.MAX_SAFE_INTEGER) throw new DecodeError('UNSUPPORTED', 'object identifier arc beyond 2^53', at);
    if ((x & 0x80) === 0) {
      arcs.push(v);
      v = 0;
      started = false;
    }
  }
  if (started) throw new DecodeError('OUT_OF_DATA', 'object identifier ends inside an arc', at);
  if (!relative) {
    if (arcs.length === 0) throw new DecodeError('BAD_LENGTH', 'empty object identifier', at);
    const first = arcs.shift()!;
    const a = first < 40 ? 0 : first < 80 ? 1 : 2;
    arcs.unshift(a, first - a * 40);
  }
  return arcs.join('.');
}

export function encOid(w: BitWriter, v: unknown, relative: boolean): void {
  if (typeof v !== 'string' || !/^\d+(\.\d+)*$/.test(v)) throw new EncodeError('BAD_TYPE', `expected an object identifier "1.2.3", got ${describe(v)}`);
  let arcs = v.split('.').map(Number);
  if (!relative) {
    if (arcs.length < 2 || arcs[0]! > 2 || (arcs[0]! < 2 && arcs[1]! > 39)) throw new EncodeError('OUT_OF_RANGE', `invalid object identifier ${v}`);
    arcs = [arcs[0]! * 40 + arcs[1]!, ...arcs.slice(2)];
  }
  const out: number[] = [];
  for (const a of arcs) {
    if (!Number.isSafeInteger(a)) throw new EncodeError('OUT_OF_RANGE', `arc ${a} too large`);
    const tmp: number[] = [];
    let x = a;
    do {
      tmp.unshift(x % 128);
      x = Math.floor(x / 128);
    } while (x > 0);
    for (let i = 0; i < tmp.length; i++) out.push(tmp[i]! | (i < tmp.length - 1 ? 0x80 : 0));
  }
  w.lengthPrefixedOctets(Uint8Array.from(out));
}

/** Reads an extension bitmap of `n` bits. */
export function readBitmap(r: BitReader, n: number): boolean[] {
  r.need(n, 1);
  const out = new Array<boolean>(n);
  for (let i = 0; i < n; i++) out[i] = r.bool();
  return out;
}

export function describe(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (v instanceof Uint8Array) return `Uint8Array(${v.length})`;
  if (Array.isArray(v)) return `array(${v.length})`;
  if (typeof v === 'object') return 'object';
  if (typeof v === 'string') return JSON.stringify(v.length > 20 ? v.slice(0, 20) + '...' : v);
  return String(v);
}
