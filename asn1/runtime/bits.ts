/**
 * Bit-level reader and writer with the PER (X.691, unaligned variant) primitives that the
 * generated codecs call: constrained, semi-constrained and unconstrained whole numbers,
 * normally small numbers, length determinants with fragmentation, open types.
 *
 * The reader never reads beyond `end` and checks every length against the remaining input
 * before allocating, so hostile input costs at most what its size justifies.
 */
import { allocBytes } from './alloc.js';
import { DecodeError, EncodeError } from './errors.js';

const FRAG = 16384;
/** Deepest nesting of open types (regional extensions can recurse). */
export const MAX_OPEN_DEPTH = 48;

export class BitReader {
  buf: Uint8Array;
  /** Current bit position. */
  pos: number;
  /** Bit position the current value must not read past. */
  end: number;
  /** Open-type nesting depth. */
  depth = 0;
  /** Set by `length()` when the length read is a fragment (more follows). */
  frag = false;

  constructor(buf: Uint8Array, startBit = 0, endBit = buf.length * 8) {
    this.buf = buf;
    this.pos = startBit;
    this.end = endBit;
  }

  fail(code: DecodeError['code'], detail: string, at = this.pos): never {
    throw new DecodeError(code, detail, at);
  }

  /** Bits left before `end`. */
  remaining(): number {
    return this.end - this.pos;
  }

  /** Reads n bits (0 <= n <= 32) as an unsigned number. */
  bits(n: number): number {
    const pos = this.pos;
    const next = pos + n;
    if (next > this.end) this.fail('OUT_OF_DATA', `out of data: ${n} bit(s) needed, ${this.end - pos} left`);
    this.pos = next;
    const b = this.buf;
    const i = pos >>> 3;
    const off = pos & 7;
    if (n + off <= 32) {
      if (n === 0) return 0;
      // Big-endian 32-bit window; bytes past the buffer read as 0 and are never used.
      const w = ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) << off;
      return w >>> (32 - n);
    }
    // 25..32 bits at an unaligned position: two steps.
    this.pos = pos;
    const hi = this.bits(n - 16);
    return hi * 65536 + this.bits(16);
  }

  bool(): boolean {
    const pos = this.pos;
    if (pos >= this.end) this.fail('OUT_OF_DATA', 'out of data: 1 bit needed, 0 left');
    this.pos = pos + 1;
    return ((this.buf[pos >>> 3]! >>> (7 - (pos & 7))) & 1) === 1;
  }

  /** Reads up to 53 bits. */
  wide(n: number): number {
    if (n <= 32) return this.bits(n);
    const hi = this.bits(n - 32);
    return hi * 4294967296 + this.bits(32);
  }

  /** Reads up to 64 bits as a bigint. */
  bigBits(n: number): bigint {
    if (n <= 32) return BigInt(this.bits(n));
    const hi = this.bits(n - 32);
    return (BigInt(hi) << 32n) | BigInt(this.bits(32));
  }

  /** A constrained whole number in lb..ub read from `nbits` bits; checks the upper bound. */
  constrained(lb: number, ub: number, nbits: number): number {
    const v = lb + (nbits <= 32 ? this.bits(nbits) : this.wide(nbits));
    if (v > ub) this.fail('VALUE_OUT_OF_RANGE', `value ${v} above ${ub}`, this.pos - nbits);
    return v;
  }

  /** General length determinant (X.691 11.9.3.5-8). Sets `frag` when a fragment follows. */
  length(): number {
    const at = this.pos;
    const first = this.bits(8);
    if ((first & 0x80) === 0) {
      this.frag = false;
      return first;
    }
    if ((first & 0x40) === 0) {
      this.frag = false;
      return ((first & 0x3f) << 8) | this.bits(8);
    }
    const m = first & 0x3f;
    if (m < 1 || m > 4) this.fail('BAD_LENGTH', `invalid fragment size ${m}`, at);
    this.frag = true;
    return m * FRAG;
  }

  /** A length that must not be a fragment (integers, bit maps). */
  lengthNoFrag(): number {
    const at = this.pos;
    const n = this.length();
    if (this.frag) this.fail('UNSUPPORTED', 'fragmented length where none is expected', at);
    return n;
  }

  /** Checks that `count` items of at least `minBits` each can still be present. */
  need(count: number, minBits: number): void {
    const left = this.end - this.pos;
    if (minBits > 0 ? count * minBits > left : count > left + 65536) {
      this.fail('BAD_LENGTH', `length ${count} exceeds the remaining input (${left} bits)`);
    }
  }

  /** Unsigned big-endian integer of `octets` octets (semi-constrained contents). */
  private uintOctets(octets: number): number {
    const at = this.pos;
    let v = 0;
    for (let k = 0; k < octets; k++) {
      v = v * 256 + this.bits(8);
      if (v > Number.MAX_SAFE_INTEGER) this.fail('UNSUPPORTED', 'integer beyond 2^53', at);
    }
    return v;
  }

  semiConstrained(lb: number): number {
    const at = this.pos;
    const n = this.lengthNoFrag();
    if (n < 1) this.fail('BAD_LENGTH', 'integer with zero octets', at);
    this.need(n, 8);
    const v = lb + this.uintOctets(n);
    if (!Number.isSafeInteger(v)) this.fail('UNSUPPORTED', 'integer beyond 2^53', at);
    return v;
  }

  unconstrained(): number {
    const at = this.pos;
    const n = this.lengthNoFrag();
    if (n < 1) this.fail('BAD_LENGTH', 'integer with zero octets', at);
    this.need(n, 8);
    const first = this.bits(8);
    let v = first >= 128 ? first - 256 : first;
    for (let k = 1; k < n; k++) {
      v = v * 256 + this.bits(8);
      if (!Number.isSafeInteger(v)) this.fail('UNSUPPORTED', 'integer beyond 2^53', at);
    }
    return v;
  }

  /** Normally small non-negative whole number (X.691 11.6). */
  normallySmall(): number {
    if (!this.bool()) return this.bits(6);
    return this.semiConstrained(0);
  }

  /** Normally small length (X.691 11.9.3.4): the size of an extension bitmap. */
  normallySmallLength(): number {
    if (!this.bool()) return this.bits(6) + 1;
    const at = this.pos;
    const n = this.lengthNoFrag();
    if (n < 1) this.fail('BAD_LENGTH', 'empty extension bitmap', at);
    return n;
  }

  /** n octets from the current (possibly unaligned) position, copied. */
  octets(n: number): Uint8Array {
    this.need(n, 8);
    const out = allocBytes(n);
    const pos = this.pos;
    const b = this.buf;
    if ((pos & 7) === 0) {
      const i = pos >>> 3;
      out.set(b.subarray(i, i + n));
    } else {
      const off = pos & 7;
      let i = pos >>> 3;
      for (let k = 0; k < n; k++, i++) out[k] = (b[i]! << off) | (b[i + 1]! >>> (8 - off));
    }
    this.pos = pos + n * 8;
    return out;
  }

  /** n bits as a left-aligned byte array (unused trailing bits zero). */
  bitBytes(n: number): Uint8Array {
    this.need(n, 1);
    const full = n >>> 3;
    const rest = n & 7;
    const out = new Uint8Array(full + (rest ? 1 : 0));
    if (full) out.set(this.octets(full));
    if (rest) out[full] = this.bits(rest) << (8 - rest);
    return out;
  }

  /** Octets whose length is a general length determinant, fragments joined. */
  lengthPrefixedOctets(): Uint8Array {
    const first = this.length();
    if (!this.frag) return this.octets(first);
    const parts: Uint8Array[] = [];
    let n = first;
    let total = 0;
    for (;;) {
      parts.push(this.octets(n));
      total += n;
      if (!this.frag) break;
      n = this.length();
    }
    const out = new Uint8Array(total);
    let o = 0;
    for (const p of parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  }

  /** Decodes an open type's content with `dec`, confined to its length. */
  open<T>(dec: (r: BitReader) => T): T {
    const at = this.pos;
    const n = this.length();
    if (this.depth >= MAX_OPEN_DEPTH) this.fail('TOO_DEEP', `open types nested deeper than ${MAX_OPEN_DEPTH}`, at);
    if (this.frag) {
      // Rare (>= 16 KiB of content): join the fragments and decode from a copy.
      this.pos = at;
      const bytes = this.lengthPrefixedOctets();
      const sub = new BitReader(bytes);
      sub.depth = this.depth + 1;
      return dec(sub);
    }
    this.need(n, 8);
    const start = this.pos;
    const stop = start + n * 8;
    const saveEnd = this.end;
    this.end = stop;
    this.depth++;
    let v: T;
    try {
      v = dec(this);
    } catch (e) {
      if (e instanceof DecodeError && e.code === 'OUT_OF_DATA' && this.end === stop) {
        throw new DecodeError('BAD_OPEN_TYPE', `open type content longer than its ${n} octet(s)`, e.bitOffset);
      }
      throw e;
    } finally {
      this.depth--;
      this.end = saveEnd;
    }
    this.pos = stop;
    return v;
  }

  /** An open type kept as its content octets (unknown key or extension). */
  openOpaque(): Uint8Array {
    return this.lengthPrefixedOctets();
  }

  /** Skips an open type. */
  skipOpen(): void {
    this.lengthPrefixedOctets();
  }
}

/**
 * Growable bit writer. Reused across encodes: `reset()` then write, then `finish()`.
 * Bits gather in an accumulator of at most 31 bits (a small integer, never a double) and are
 * stored four octets at a time.
 */
export class BitWriter {
  buf: Uint8Array;
  /** Index of the next octet to store. */
  byte = 0;
  /** Pending bits, right-aligned; fewer than 32 (so the value stays below 2^31). */
  acc = 0;
  accBits = 0;

  constructor(capacity = 256) {
    this.buf = new Uint8Array(capacity);
  }

  reset(): void {
    this.byte = 0;
    this.acc = 0;
    this.accBits = 0;
  }

  /** Bits written so far. */
  get bitLength(): number {
    return this.byte * 8 + this.accBits;
  }

  private grow(need: number): void {
    let cap = this.buf.length * 2;
    while (cap < need) cap *= 2;
    const nb = new Uint8Array(cap);
    nb.set(this.buf.subarray(0, this.byte));
    this.buf = nb;
  }

  /** Writes the low n bits of v (0 <= v < 2^n, n <= 32). */
  bits(v: number, n: number): void {
    const total = this.accBits + n;
    if (total < 32) {
      // At most 31 bits: the accumulator stays a small non-negative integer.
      this.acc = (this.acc << n) | v;
      this.accBits = total;
      return;
    }
    // Complete a 32-bit word with the top bits of v, store it, keep the rest of v.
    const rest = total - 32;
    const hi = v >>> rest;
    const word = this.accBits === 0 ? hi : (this.acc << (32 - this.accBits)) | hi;
    this.acc = v & (0x7fffffff >>> (31 - rest));
    this.accBits = rest;
    const i = this.byte;
    if (i + 4 > this.buf.length) this.grow(i + 4);
    const b = this.buf;
    b[i] = word >>> 24;
    b[i + 1] = word >>> 16;
    b[i + 2] = word >>> 8;
    b[i + 3] = word;
    this.byte = i + 4;
  }

  bool(v: boolean): void {
    this.bits(v ? 1 : 0, 1);
  }

  /** Up to 53 bits. */
  wide(v: number, n: number): void {
    if (n <= 32) {
      this.bits(v, n);
      return;
    }
    this.bits(Math.floor(v / 4294967296), n - 32);
    this.bits(v % 4294967296, 32);
  }

  /** Writes the low n bits (n <= 64) of a non-negative bigint. */
  bigBits(v: bigint, n: number): void {
    if (n <= 32) {
      this.bits(Number(v), n);
      return;
    }
    this.bits(Number(v >> 32n), n - 32);
    this.bits(Number(v & 0xffffffffn), 32);
  }

  /** Stores the whole octets of the accumulator (at most 3 bits... 7 bits stay pending). */
  private flushOctets(): void {
    while (this.accBits >= 8) {
      if (this.byte + 1 > this.buf.length) this.grow(this.byte + 1);
      const rest = this.accBits - 8;
      this.buf[this.byte++] = this.acc >>> rest;
      this.acc &= (1 << rest) - 1;
      this.accBits = rest;
    }
  }

  /** General length determinant for n < 16384 (callers fragment larger lengths). */
  length(n: number): void {
    if (n < 128) this.bits(n, 8);
    else if (n < FRAG) this.bits(0x8000 | n, 16);
    else throw new EncodeError('TOO_LARGE', `length ${n} needs fragmentation here`);
  }

  /**
   * Writes the length header of the next chunk of `rest` items or octets and returns how many
   * the chunk holds. A chunk under 16384 is the last one.
   */
  lengthChunk(rest: number): number {
    if (rest < FRAG) {
      this.length(rest);
      return rest;
    }
    const m = Math.min(4, Math.floor(rest / FRAG));
    this.bits(0xc0 | m, 8);
    return m * FRAG;
  }

  semiConstrained(v: number, lb: number): void {
    let x = v - lb;
    const tmp: number[] = [];
    do {
      tmp.push(x % 256);
      x = Math.floor(x / 256);
    } while (x > 0);
    this.length(tmp.length);
    for (let i = tmp.length - 1; i >= 0; i--) this.bits(tmp[i]!, 8);
  }

  unconstrained(v: number): void {
    // Minimal two's-complement octets: the smallest n with -2^(8n-1) <= v < 2^(8n-1).
    let n = 1;
    while (v < -(2 ** (8 * n - 1)) || v >= 2 ** (8 * n - 1)) n++;
    let x = v < 0 ? v + 2 ** (8 * n) : v;
    this.length(n);
    for (let i = n - 1; i >= 0; i--) {
      const p = 2 ** (8 * i);
      const byte = Math.floor(x / p);
      this.bits(byte, 8);
      x -= byte * p;
    }
  }

  normallySmall(n: number): void {
    if (n < 64) this.bits(n, 7);
    else {
      this.bits(1, 1);
      this.semiConstrained(n, 0);
    }
  }

  normallySmallLength(n: number): void {
    if (n <= 64) this.bits(n - 1, 7);
    else {
      this.bits(1, 1);
      this.length(n);
    }
  }

  octets(src: Uint8Array): void {
    const n = src.length;
    if ((this.accBits & 7) === 0) {
      this.flushOctets();
      if (this.byte + n + 4 > this.buf.length) this.grow(this.byte + n + 4);
      if (n > 16) this.buf.set(src, this.byte);
      else for (let i = 0; i < n; i++) this.buf[this.byte + i] = src[i]!;
      this.byte += n;
      return;
    }
    let i = 0;
    for (; i + 3 < n; i += 4) this.bits(src[i]! * 16777216 + ((src[i + 1]! << 16) | (src[i + 2]! << 8) | src[i + 3]!), 32);
    for (; i < n; i++) this.bits(src[i]!, 8);
  }

  /** The first n bits of a left-aligned byte array. */
  bitBytes(src: Uint8Array, n: number): void {
    const full = n >>> 3;
    if (full) this.octets(full === src.length ? src : src.subarray(0, full));
    const rest = n & 7;
    if (rest) this.bits((src[full] ?? 0) >>> (8 - rest), rest);
  }

  /** Octets preceded by a general length determinant, fragmented when 16 KiB or more. */
  lengthPrefixedOctets(src: Uint8Array): void {
    let i = 0;
    for (;;) {
      const c = this.lengthChunk(src.length - i);
      this.octets(src.subarray(i, i + c));
      i += c;
      if (c < FRAG) break;
    }
  }

  /** Overwrites n bits (n <= 16) at an earlier bit position (stored or still pending). */
  private writeAt(bitPos: number, v: number, n: number): void {
    const b = this.buf;
    const stored = this.byte * 8;
    if (bitPos + n <= stored) {
      // All in stored octets: at most three partial octets.
      let p = bitPos;
      let left = n;
      while (left > 0) {
        const off = p & 7;
        const take = Math.min(8 - off, left);
        const shift = 8 - off - take;
        const mask = ((1 << take) - 1) << shift;
        const part = (v >>> (left - take)) & ((1 << take) - 1);
        b[p >>> 3] = (b[p >>> 3]! & ~mask) | (part << shift);
        p += take;
        left -= take;
      }
      return;
    }
    for (let k = 0; k < n; k++) {
      const p = bitPos + k;
      const one = ((v >>> (n - 1 - k)) & 1) === 1;
      if (p < stored) {
        const mask = 0x80 >>> (p & 7);
        if (one) b[p >>> 3]! |= mask;
        else b[p >>> 3]! &= ~mask;
      } else {
        const bit = 1 << (this.accBits - 1 - (p - stored));
        if (one) this.acc |= bit;
        else this.acc &= ~bit;
      }
    }
  }

  /** Encodes `value` with `enc` as an open type: length, then the complete encoding. */
  open<T>(enc: (w: BitWriter, v: T) => void, value: T): void {
    const start = this.bitLength;
    this.bits(0, 8); // placeholder for a one-octet length
    const contentStart = start + 8;
    enc(this, value);
    let bits = this.bitLength - contentStart;
    if (bits === 0) {
      this.bits(0, 8);
      bits = 8;
    } else if (bits & 7) {
      this.bits(0, 8 - (bits & 7));
      bits += 8 - (bits & 7);
    }
    const octets = bits >>> 3;
    if (octets < 128) {
      this.writeAt(start, octets, 8);
      return;
    }
    if (octets < FRAG) {
      // Move the content one octet later (bit alignment is kept) to make room for 16 bits;
      // pending accumulator bits move with it.
      if (this.byte + 2 > this.buf.length) this.grow(this.byte + 2);
      const from = contentStart >>> 3;
      this.buf.copyWithin(from + 1, from, this.byte);
      this.byte += 1;
      this.writeAt(start, 0x8000 | octets, 16);
      return;
    }
    // 16 KiB or more: re-encode into a separate writer and fragment.
    const sub = new BitWriter(octets + 16);
    enc(sub, value);
    const content = sub.finish();
    this.truncate(start);
    this.lengthPrefixedOctets(content.length ? content : new Uint8Array(1));
  }

  /** Writes an opaque open type (content octets kept from decoding). */
  openOpaque(content: Uint8Array): void {
    this.lengthPrefixedOctets(content);
  }

  /** Drops everything after bit position `bitPos`. */
  private truncate(bitPos: number): void {
    this.flushOctets();
    if (this.accBits) {
      // store the pending partial octet so the bits before bitPos can be read back
      if (this.byte + 1 > this.buf.length) this.grow(this.byte + 1);
      this.buf[this.byte] = this.acc << (8 - this.accBits);
    }
    const byte = bitPos >>> 3;
    const rest = bitPos & 7;
    this.byte = byte;
    this.accBits = rest;
    this.acc = rest ? this.buf[byte]! >>> (8 - rest) : 0;
  }

  /** The encoding so far, padded with zero bits to whole octets (a fresh copy). */
  finish(): Uint8Array {
    this.flushOctets();
    const n = this.byte + (this.accBits ? 1 : 0);
    const out = allocBytes(n === 0 ? 1 : n);
    const b = this.buf;
    const m = this.byte;
    if (m > 32) out.set(b.subarray(0, m));
    else for (let i = 0; i < m; i++) out[i] = b[i]!;
    if (this.accBits) out[m] = this.acc << (8 - this.accBits);
    return out;
  }
}
