/**
 * Deterministic input generation for the fuzzers: a seeded PRNG (every input is a function of
 * the run's seed and its index, so any input can be regenerated alone), byte- and bit-level
 * mutations (UPER fields are not octet aligned, so bits are inserted and deleted too), line
 * and field mutations for text formats, and value-level mutations of decoded structures
 * re-encoded through the real encoders (the structure-aware part: lengths, counts, tags and
 * presence bits stay consistent, so the input reaches deep into the decoder).
 */

/** Uniform in [0, 1). */
export type Rand = () => number;

/** xorshift32: small, fast, deterministic. */
export function rng(seed: number): Rand {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

/** The generator of input number `i` of a run seeded with `seed` (splitmix32 of both). */
export function inputRng(seed: number, i: number): Rand {
  let z = (Math.imul(seed >>> 0, 0x9e3779b1) + Math.imul(i >>> 0, 0x85ebca6b) + Math.floor(i / 4294967296)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad) >>> 0;
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97) >>> 0;
  return rng((z ^ (z >>> 15)) >>> 0);
}

export function int(rand: Rand, n: number): number {
  return Math.floor(rand() * n);
}

export function pick<T>(rand: Rand, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

export function randomBytes(rand: Rand, max = 64): Uint8Array {
  const out = new Uint8Array(int(rand, max + 1));
  for (let i = 0; i < out.length; i++) out[i] = int(rand, 256);
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  return Buffer.concat(parts);
}

/** Values that sit on the boundaries of length determinants, counts and flags. */
const INTERESTING_BYTES = [0x00, 0x01, 0x7f, 0x80, 0x81, 0x82, 0xbf, 0xc0, 0xc4, 0xfe, 0xff, 0x3f, 0x40, 0x20];

/**
 * One random byte-level mutation of `src` (never modified): bit flips, truncation, interesting
 * values, arithmetic, duplicated/deleted/inserted/swapped slices, 16-bit length-like values,
 * a splice with `other`, or random bytes.
 */
export function mutateBytes(src: Uint8Array, rand: Rand, other?: Uint8Array): Uint8Array {
  const n = src.length;
  const pos = int(rand, Math.max(1, n));
  switch (int(rand, 12)) {
    case 0: {
      const b = Uint8Array.from(src);
      for (let k = 1 + int(rand, 8); k > 0 && n > 0; k--) b[int(rand, n)]! ^= 1 << int(rand, 8);
      return b;
    }
    case 1:
      return src.subarray(0, pos);
    case 2: {
      const b = Uint8Array.from(src);
      if (n) b[pos] = pick(rand, INTERESTING_BYTES);
      return b;
    }
    case 3: {
      const b = Uint8Array.from(src);
      if (n) b[pos] = (b[pos]! + (rand() < 0.5 ? -1 : 1) * (1 + int(rand, 35))) & 0xff;
      return b;
    }
    case 4:
      return concat(src.subarray(0, pos), src.subarray(pos, pos + 1 + int(rand, 32)), src.subarray(pos));
    case 5:
      return concat(src.subarray(0, pos), src.subarray(pos + 1 + int(rand, 32)));
    case 6:
      return concat(src.subarray(0, pos), randomBytes(rand, 16), src.subarray(pos));
    case 7: {
      const b = Uint8Array.from(src);
      const len = 1 + int(rand, 16);
      const q = int(rand, Math.max(1, n));
      for (let k = 0; k < len && pos + k < n && q + k < n; k++) {
        const t = b[pos + k]!;
        b[pos + k] = b[q + k]!;
        b[q + k] = t;
      }
      return b;
    }
    case 8: {
      const b = Uint8Array.from(src);
      const v = pick(rand, [0, 1, 0x7f, 0x80, 0xff, 0x100, 0x3fff, 0x4000, 0x7fff, 0x8000, 0xffff, n, n + 1, n - 1]);
      if (pos + 1 < n) {
        b[pos] = (v >>> 8) & 0xff;
        b[pos + 1] = v & 0xff;
      }
      return b;
    }
    case 9:
      if (other && other.length) return concat(src.subarray(0, pos), other.subarray(int(rand, other.length)));
      return src.subarray(pos);
    case 10:
      return concat(src, randomBytes(rand, 8));
    default:
      return randomBytes(rand, 96);
  }
}

/** Bit `i` of `b` (0 past the end). */
function getBit(b: Uint8Array, i: number): number {
  const byte = b[i >>> 3];
  return byte === undefined ? 0 : (byte >>> (7 - (i & 7))) & 1;
}

/** Eight bits of `b` from bit `i` (zeros past the end). */
function getByteAt(b: Uint8Array, i: number): number {
  const k = i >>> 3;
  const s = i & 7;
  const hi = b[k] ?? 0;
  if (s === 0) return hi;
  return ((hi << s) | ((b[k + 1] ?? 0) >>> (8 - s))) & 0xff;
}

/** The first `headBits` bits of `head` followed by `count` bits of `src` from bit `from`. */
function bitSplice(head: Uint8Array, headBits: number, src: Uint8Array, from: number, count: number): Uint8Array {
  const n = Math.max(0, count);
  const total = headBits + n;
  const out = new Uint8Array((total + 7) >>> 3);
  const whole = headBits >>> 3;
  out.set(head.subarray(0, whole));
  let o = whole * 8;
  for (; o < headBits; o++) if (getBit(head, o)) out[o >>> 3]! |= 0x80 >>> (o & 7);
  let i = 0;
  // Bit by bit up to an octet boundary of the output, then eight bits at a time.
  for (; i < n && (o & 7) !== 0; i++, o++) if (getBit(src, from + i)) out[o >>> 3]! |= 0x80 >>> (o & 7);
  for (; i + 8 <= n; i += 8, o += 8) out[o >>> 3] = getByteAt(src, from + i);
  for (; i < n; i++, o++) if (getBit(src, from + i)) out[o >>> 3]! |= 0x80 >>> (o & 7);
  return out;
}

/**
 * One bit-level mutation for unaligned encodings (UPER): a run of bits deleted, inserted or
 * overwritten (a field shifted by a few bits, a length determinant or a presence bit changed),
 * or the input cut at a bit.
 */
export function mutateBits(src: Uint8Array, rand: Rand, other?: Uint8Array): Uint8Array {
  const bits = src.length * 8;
  const at = int(rand, Math.max(1, bits));
  const k = 1 + int(rand, 16);
  switch (int(rand, 5)) {
    case 0: // delete k bits
      return bitSplice(src, at, src, at + k, bits - at - k);
    case 1: { // insert k random bits
      const ins = new Uint8Array(2);
      ins[0] = int(rand, 256);
      ins[1] = int(rand, 256);
      const head = bitSplice(src, at, ins, 0, k);
      return bitSplice(head, at + k, src, at, bits - at);
    }
    case 2: { // overwrite a run of up to 16 bits with an edge value
      const b = Uint8Array.from(src);
      const v = pick(rand, [0, 0xffff, 0x8000, 0x7fff, 0x0080, 0x00ff, int(rand, 0x10000)]);
      for (let i = 0; i < k && at + i < bits; i++) {
        const bit = (v >>> (15 - i)) & 1;
        const o = at + i;
        if (bit) b[o >>> 3]! |= 0x80 >>> (o & 7);
        else b[o >>> 3]! &= ~(0x80 >>> (o & 7));
      }
      return b;
    }
    case 3: // cut at a bit (the rest zero)
      return bitSplice(src, at, src, 0, 0);
    default: // crossover at a bit: head of src, tail of another input
      if (!other || other.length === 0) return bitSplice(src, at, src, at + k, bits - at - k);
      {
        const from = int(rand, other.length * 8);
        return bitSplice(src, at, other, from, other.length * 8 - from);
      }
  }
}

/** Applies 1..max mutations chosen from `ops` in a row (stacked, as in "havoc" stages). */
export function stacked(src: Uint8Array, rand: Rand, ops: readonly ((b: Uint8Array, r: Rand) => Uint8Array)[], max = 3): Uint8Array {
  let b = src;
  for (let k = 1 + int(rand, max); k > 0; k--) b = pick(rand, ops)(b, rand);
  return b;
}

// ---- values ---------------------------------------------------------------------------------

/** Edge values for numbers found in decoded structures. */
const INTERESTING_NUMBERS = [0, 1, -1, 2, 127, 128, 255, 256, 32767, 32768, 65535, 65536, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, -(2 ** 31), 2 ** 53 - 1];

type Container = Record<string, unknown> | unknown[];

function isContainer(v: unknown): v is Container {
  return v !== null && typeof v === 'object' && !(v instanceof Uint8Array);
}

function shallow(v: Container): Container {
  return Array.isArray(v) ? v.slice() : { ...v };
}

/** A deep copy of a decoded value (objects, arrays, octets, bigints, primitives). */
export function cloneValue<T>(v: T): T {
  if (v instanceof Uint8Array) return Uint8Array.from(v) as T;
  if (Array.isArray(v)) return v.map(cloneValue) as T;
  if (v !== null && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v)) o[k] = cloneValue((v as Record<string, unknown>)[k]);
    return o as T;
  }
  return v;
}

/**
 * A copy of a decoded structure with one node changed: a number to an edge value or a
 * neighbour, octets resized or rewritten, a string lengthened or emptied, an array element
 * duplicated (many times, sometimes) or removed, an optional component dropped, a component
 * replaced by a sibling. The node is found by a random walk from the root; only the nodes on
 * the way are copied (the input is left as it is). The caller re-encodes the result with the
 * real encoder, which may refuse it.
 */
export function mutateValue<T>(root: T, rand: Rand): T {
  if (!isContainer(root)) return root;
  const top = shallow(root);
  let parent: Container = top;
  for (let depth = 0; depth < 60; depth++) {
    const keys: (string | number)[] = Array.isArray(parent) ? parent.map((_, i) => i) : Object.keys(parent);
    if (keys.length === 0) break;
    const key = pick(rand, keys);
    const child = (parent as Record<string | number, unknown>)[key];
    if (isContainer(child) && rand() > 0.2) {
      const copy = shallow(child);
      (parent as Record<string | number, unknown>)[key] = copy;
      parent = copy;
      continue;
    }
    changeNode(parent, key, keys, rand);
    break;
  }
  return top as T;
}

function changeNode(parent: Container, key: string | number, keys: (string | number)[], rand: Rand): void {
  const p = parent as Record<string | number, unknown>;
  const v = p[key];
  const set = (x: unknown): void => {
    p[key] = x;
  };
  if (typeof v === 'number') set(rand() < 0.5 ? pick(rand, INTERESTING_NUMBERS) * (rand() < 0.2 ? -1 : 1) : v + int(rand, 5) - 2);
  else if (typeof v === 'bigint') set(pick(rand, [0n, 1n, 2n ** 63n, 2n ** 64n - 1n, v + 1n, v - 1n]));
  else if (typeof v === 'boolean') set(!v);
  else if (typeof v === 'string') set(rand() < 0.3 ? '' : rand() < 0.5 ? v + v : v.slice(0, int(rand, v.length + 1)));
  else if (v instanceof Uint8Array) {
    const len = rand() < 0.5 ? int(rand, v.length + 2) : pick(rand, [0, 1, 8, 9, 16, 31, 32, 33, 64, 127, 128, 255, 256]);
    const b = new Uint8Array(len);
    b.set(v.subarray(0, len));
    for (let i = v.length; i < len; i++) b[i] = int(rand, 256);
    set(b);
  } else if (Array.isArray(v)) {
    const a = v.slice();
    if (a.length && rand() < 0.6) {
      const i = int(rand, a.length);
      a.splice(i, 0, a[i]);
      if (rand() < 0.3) for (let k = int(rand, 300); k > 0; k--) a.push(a[i]);
    } else a.splice(int(rand, a.length + 1), 1);
    set(a);
  } else if (!Array.isArray(parent) && rand() < 0.5) delete p[key];
  else set(p[pick(rand, keys)]);
}

// ---- text ---------------------------------------------------------------------------------

const TEXT_TOKENS = ['', ' ', '0', '-0', '-1', '1e9', '999999999999999999999', '0x', '0xFFFFFFFFFF', 'NaN', 'Infinity', '.', '..', ',', ',,,,', '*', '*ZZ', '#', '##', '=', '==', '\t', '\r', '\u00ff', '\u00e9', 'True', 'false', 'CONT', 'x'.repeat(300), '9'.repeat(40), '0.000000001', '12.5.6'];

/** Replaces, drops, duplicates or stretches one field of `fields` (in place). */
export function mutateFields(fields: string[], rand: Rand): void {
  if (fields.length === 0) {
    fields.push(pick(rand, TEXT_TOKENS));
    return;
  }
  const i = int(rand, fields.length);
  switch (int(rand, 6)) {
    case 0:
      fields[i] = pick(rand, TEXT_TOKENS);
      return;
    case 1:
      fields.splice(i, 1);
      return;
    case 2:
      fields.splice(i, 0, fields[i]!);
      return;
    case 3:
      fields[i] = fields[i]! + pick(rand, TEXT_TOKENS);
      return;
    case 4: {
      const f = fields[i]!;
      const p = int(rand, f.length + 1);
      fields[i] = f.slice(0, p) + String.fromCharCode(int(rand, 128)) + f.slice(p + int(rand, 2));
      return;
    }
    default:
      fields[i] = fields[int(rand, fields.length)]!;
  }
}

/** Line-level mutation of a text document: lines swapped, dropped, duplicated, line ends changed. */
export function mutateLines(lines: string[], rand: Rand): void {
  if (lines.length === 0) return;
  const i = int(rand, lines.length);
  const j = int(rand, lines.length);
  switch (int(rand, 5)) {
    case 0: {
      const t = lines[i]!;
      lines[i] = lines[j]!;
      lines[j] = t;
      return;
    }
    case 1:
      lines.splice(i, 1);
      return;
    case 2:
      lines.splice(i, 0, lines[j]!);
      return;
    case 3:
      lines[i] = lines[i]! + '\r';
      return;
    default:
      lines[i] = rand() < 0.5 ? lines[i]!.toLowerCase() : lines[i]!.toUpperCase();
  }
}

/** Bytes as a string, one character per byte (ISO 8859-1, no decoding errors). */
export function bytesToText(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');
}

/** A string back to bytes, one byte per character (code points above 0xff are cut to 8 bits). */
export function textToBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}
