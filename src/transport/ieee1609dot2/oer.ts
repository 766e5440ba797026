/**
 * Canonical Octet Encoding Rules (ITU-T X.696, COER): the primitives IEEE 1609.2 needs,
 * written from the rules of the standard.
 *
 * - Length determinant: one octet 0..127, or 0x80|n followed by n octets (n <= 4 here).
 * - Constrained whole numbers: fixed 1, 2, 4 or 8 octets by the range; unconstrained or
 *   semi-constrained ones: a length determinant and the minimal octets (unsigned when the
 *   lower bound is >= 0, two's complement otherwise).
 * - ENUMERATED: one octet for 0..127, else 0x80|n and n octets.
 * - CHOICE: the tag (class bits 10 = context-specific, number in the low 6 bits, or 0x3F and
 *   base-128 octets); an alternative after the extension marker is an open type (length +
 *   content).
 * - SEQUENCE: a preamble of presence bits (the extension bit first when extensible, then one
 *   per OPTIONAL/DEFAULT component), padded to whole octets; the extension additions follow
 *   the root as a bitmap (length, unused-bit count, bits) and one open type per addition.
 * - SEQUENCE OF: a quantity (one octet L, then L octets unsigned), then the elements.
 *
 * Decoding received octets throws only `Dot2DecodeError` (code, path, octet offset); encoding
 * our own values throws `Dot2EncodeError` naming the field.
 */

export type Dot2DecodeErrorCode =
  | 'TRUNCATED' // the input ends before the value does
  | 'BAD_LENGTH' // a length determinant that is not allowed or longer than the input
  | 'BAD_TAG' // a CHOICE tag that is not context-specific, or unknown in the root
  | 'BAD_VALUE' // a value outside its constraint (version, enumeration, size)
  | 'TRAILING_DATA' // octets left after the outermost value
  | 'UNSUPPORTED' // valid but beyond what this parser represents
  | 'TOO_DEEP'; // nesting deeper than allowed

export class Dot2DecodeError extends Error {
  readonly path: (string | number)[];
  constructor(readonly code: Dot2DecodeErrorCode, readonly detail: string, readonly offset: number, path: (string | number)[] = []) {
    super('');
    this.name = 'Dot2DecodeError';
    this.path = path;
    this.refresh();
  }
  refresh(): void {
    this.message = `${this.path.length ? formatPath(this.path) + ': ' : ''}${this.detail} (${this.code} at octet ${this.offset})`;
  }
}

export class Dot2EncodeError extends Error {
  readonly path: (string | number)[];
  constructor(readonly detail: string, path: (string | number)[] = []) {
    super('');
    this.name = 'Dot2EncodeError';
    this.path = path;
    this.refresh();
  }
  refresh(): void {
    this.message = `${this.path.length ? formatPath(this.path) + ': ' : ''}${this.detail}`;
  }
}

function formatPath(path: readonly (string | number)[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s === '' ? p : `.${p}`;
  return s;
}

/** Runs `fn`, adding `seg` to the path of a codec error that comes out of it. */
export function within<T>(seg: string | number, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof Dot2DecodeError || e instanceof Dot2EncodeError) {
      e.path.unshift(seg);
      e.refresh();
    }
    throw e;
  }
}

/** Presence bits of a SEQUENCE preamble. */
export interface Preamble {
  extended: boolean;
  present: boolean[];
}

export class OerReader {
  pos: number;
  depth = 0;
  constructor(readonly bytes: Uint8Array, pos = 0, readonly end = bytes.length) {
    this.pos = pos;
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  fail(code: Dot2DecodeErrorCode, detail: string, at = this.pos): never {
    throw new Dot2DecodeError(code, detail, at);
  }

  private need(n: number): void {
    if (this.pos + n > this.end) this.fail('TRUNCATED', `needs ${n} octet(s), ${this.end - this.pos} left`);
  }

  u8(): number {
    this.need(1);
    return this.bytes[this.pos++]!;
  }

  u16(): number {
    this.need(2);
    const b = this.bytes;
    const v = (b[this.pos]! << 8) | b[this.pos + 1]!;
    this.pos += 2;
    return v;
  }

  u32(): number {
    this.need(4);
    const b = this.bytes;
    const v = b[this.pos]! * 0x1000000 + ((b[this.pos + 1]! << 16) | (b[this.pos + 2]! << 8) | b[this.pos + 3]!);
    this.pos += 4;
    return v;
  }

  i32(): number {
    const v = this.u32();
    return v >= 0x80000000 ? v - 0x100000000 : v;
  }

  u64(): bigint {
    const hi = this.u32();
    const lo = this.u32();
    return (BigInt(hi) << 32n) | BigInt(lo);
  }

  /** `n` octets (a view into the input, not a copy). */
  octets(n: number): Uint8Array {
    this.need(n);
    const v = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return v;
  }

  length(): number {
    const at = this.pos;
    const first = this.u8();
    if (first < 0x80) return first;
    const n = first & 0x7f;
    if (n === 0) this.fail('BAD_LENGTH', 'indefinite length is not OER', at);
    if (n > 4) this.fail('BAD_LENGTH', `a ${n}-octet length determinant`, at);
    let len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + this.u8();
    if (len > this.end - this.pos) this.fail('BAD_LENGTH', `length ${len} exceeds the ${this.end - this.pos} octet(s) left`, at);
    return len;
  }

  /** An OCTET STRING (or Opaque) without a fixed size. */
  octetsVar(min = 0, max = Infinity): Uint8Array {
    const at = this.pos;
    const n = this.length();
    if (n < min || n > max) this.fail('BAD_VALUE', `size ${n} outside ${min}..${max === Infinity ? 'MAX' : max}`, at);
    return this.octets(n);
  }

  /** A semi-constrained unsigned INTEGER (0..MAX): length and minimal octets. */
  uintVar(): number {
    const at = this.pos;
    const n = this.length();
    if (n === 0) this.fail('BAD_LENGTH', 'an integer of zero octets', at);
    if (n > 6) this.fail('UNSUPPORTED', `an unsigned integer of ${n} octets`, at);
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + this.u8();
    return v;
  }

  /** An unconstrained INTEGER: length and two's complement octets. */
  intVar(): number {
    const at = this.pos;
    const n = this.length();
    if (n === 0) this.fail('BAD_LENGTH', 'an integer of zero octets', at);
    if (n > 6) this.fail('UNSUPPORTED', `an integer of ${n} octets`, at);
    const first = this.bytes[this.pos]!;
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + this.u8();
    return first & 0x80 ? v - 2 ** (8 * n) : v;
  }

  enumerated(): number {
    const at = this.pos;
    const first = this.u8();
    if (first < 0x80) return first;
    const n = first & 0x7f;
    if (n === 0 || n > 4) this.fail('BAD_VALUE', `an enumerated value of ${n} octets`, at);
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + this.u8();
    return v;
  }

  /** A context-specific tag number. */
  tag(): number {
    const at = this.pos;
    const first = this.u8();
    if ((first & 0xc0) !== 0x80) this.fail('BAD_TAG', `tag octet 0x${first.toString(16).padStart(2, '0')} is not context-specific`, at);
    let n = first & 0x3f;
    if (n === 0x3f) {
      n = 0;
      for (let i = 0; ; i++) {
        if (i === 4) this.fail('UNSUPPORTED', 'a tag number of more than 4 octets', at);
        const b = this.u8();
        n = n * 128 + (b & 0x7f);
        if ((b & 0x80) === 0) break;
      }
    }
    return n;
  }

  /** A SEQUENCE preamble: the extension bit (when extensible) and `optional` presence bits. */
  preamble(extensible: boolean, optional: number): Preamble {
    const bits = (extensible ? 1 : 0) + optional;
    if (bits === 0) return { extended: false, present: [] };
    const octets = this.octets((bits + 7) >>> 3);
    const bit = (i: number): boolean => ((octets[i >>> 3]! >>> (7 - (i & 7))) & 1) === 1;
    const present: boolean[] = [];
    const first = extensible ? 1 : 0;
    for (let i = 0; i < optional; i++) present.push(bit(first + i));
    return { extended: extensible && bit(0), present };
  }

  /** The extension-addition bitmap and the open types of the present additions. */
  extensions(): { index: number; bytes: Uint8Array }[] {
    const at = this.pos;
    const n = this.length();
    if (n === 0) this.fail('BAD_LENGTH', 'an empty extension bitmap', at);
    const unused = this.u8();
    if (unused > 7) this.fail('BAD_VALUE', `${unused} unused bits in an extension bitmap`, at);
    const map = this.octets(n - 1);
    const count = (n - 1) * 8 - unused;
    const out: { index: number; bytes: Uint8Array }[] = [];
    for (let i = 0; i < count; i++) {
      if ((map[i >>> 3]! >>> (7 - (i & 7))) & 1) out.push({ index: i, bytes: this.openType() });
    }
    return out;
  }

  openType(): Uint8Array {
    return this.octets(this.length());
  }

  /** A SEQUENCE OF quantity. */
  quantity(): number {
    const at = this.pos;
    const n = this.u8();
    if (n === 0) this.fail('BAD_LENGTH', 'a quantity field of zero octets', at);
    if (n > 4) this.fail('UNSUPPORTED', `a quantity field of ${n} octets`, at);
    let q = 0;
    for (let i = 0; i < n; i++) q = q * 256 + this.u8();
    // Every element takes at least one octet, except NULL-like ones we never meet here.
    if (q > this.end - this.pos) this.fail('BAD_LENGTH', `${q} elements cannot fit in ${this.end - this.pos} octet(s)`, at);
    return q;
  }

  /** A reader over the content of an open type, for decoding it in place. */
  sub(bytes: Uint8Array): OerReader {
    const r = new OerReader(bytes);
    r.depth = this.depth;
    return r;
  }
}

export class OerWriter {
  private buf: Uint8Array;
  pos = 0;
  constructor(size = 256) {
    this.buf = new Uint8Array(size);
  }

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.pos));
    this.buf = b;
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }

  u8(v: number): void {
    this.room(1);
    this.buf[this.pos++] = v & 0xff;
  }

  u16(v: number): void {
    this.room(2);
    this.buf[this.pos++] = (v >>> 8) & 0xff;
    this.buf[this.pos++] = v & 0xff;
  }

  u32(v: number): void {
    this.room(4);
    this.buf[this.pos++] = Math.floor(v / 0x1000000) & 0xff;
    this.buf[this.pos++] = (v >>> 16) & 0xff;
    this.buf[this.pos++] = (v >>> 8) & 0xff;
    this.buf[this.pos++] = v & 0xff;
  }

  i32(v: number): void {
    this.u32(v < 0 ? v + 0x100000000 : v);
  }

  u64(v: bigint): void {
    this.u32(Number((v >> 32n) & 0xffffffffn));
    this.u32(Number(v & 0xffffffffn));
  }

  octets(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  /** The minimal unsigned big-endian octets of `v` (at least one). */
  private static unsignedOctets(v: number): number[] {
    const bytes: number[] = [];
    let x = v;
    do {
      bytes.unshift(x % 256);
      x = Math.floor(x / 256);
    } while (x > 0);
    return bytes;
  }

  /** One octet below 0x80, else 0x80 | n and n octets (length determinants, enumerated values). */
  private shortOrLong(v: number): void {
    if (v < 0x80) {
      this.u8(v);
      return;
    }
    const bytes = OerWriter.unsignedOctets(v);
    this.u8(0x80 | bytes.length);
    for (const b of bytes) this.u8(b);
  }

  length(n: number): void {
    this.shortOrLong(n);
  }

  octetsVar(b: Uint8Array): void {
    this.length(b.length);
    this.octets(b);
  }

  uintVar(v: number): void {
    const bytes = OerWriter.unsignedOctets(v);
    this.length(bytes.length);
    for (const b of bytes) this.u8(b);
  }

  intVar(v: number): void {
    // Minimal two's complement octets.
    let n = 1;
    while (v < -(2 ** (8 * n - 1)) || v >= 2 ** (8 * n - 1)) n++;
    const u = v < 0 ? v + 2 ** (8 * n) : v;
    this.length(n);
    for (let i = n - 1; i >= 0; i--) this.u8(Math.floor(u / 2 ** (8 * i)) % 256);
  }

  enumerated(v: number): void {
    this.shortOrLong(v);
  }

  tag(n: number): void {
    if (n < 0x3f) {
      this.u8(0x80 | n);
      return;
    }
    this.u8(0xbf);
    const groups: number[] = [];
    for (let x = n; x > 0; x = Math.floor(x / 128)) groups.unshift(x & 0x7f);
    groups.forEach((g, i) => this.u8(i < groups.length - 1 ? g | 0x80 : g));
  }

  preamble(extended: boolean | undefined, present: boolean[]): void {
    const bits = (extended === undefined ? 0 : 1) + present.length;
    if (bits === 0) return;
    const out = new Uint8Array((bits + 7) >>> 3);
    const all = extended === undefined ? present : [extended, ...present];
    all.forEach((p, i) => {
      if (p) out[i >>> 3]! |= 0x80 >>> (i & 7);
    });
    this.octets(out);
  }

  /** Writes the extension bitmap for additions numbered 0..count-1 and their open types. */
  extensions(count: number, additions: { index: number; bytes: Uint8Array }[]): void {
    const sorted = [...additions].sort((a, b) => a.index - b.index);
    const bitmap = new Uint8Array((count + 7) >>> 3);
    for (const a of sorted) bitmap[a.index >>> 3]! |= 0x80 >>> (a.index & 7);
    this.length(bitmap.length + 1);
    this.u8(bitmap.length * 8 - count);
    this.octets(bitmap);
    for (const a of sorted) this.octetsVar(a.bytes);
  }

  quantity(q: number): void {
    const bytes = OerWriter.unsignedOctets(q);
    this.u8(bytes.length);
    for (const b of bytes) this.u8(b);
  }

  /** Encodes `fn`'s output as an open type (length-prefixed). */
  openType(fn: (w: OerWriter) => void): void {
    const inner = new OerWriter(64);
    fn(inner);
    this.octetsVar(inner.finish());
  }
}
