/**
 * Small typed combinators over the COER primitives (oer.ts), so that each IEEE 1609.2 type is
 * declared once, in the standard's own terms, and gets both its decoder and its encoder.
 *
 * Conventions (as in the generated J2735 codecs): a SEQUENCE is an object with the ASN.1
 * component names, an absent OPTIONAL component is `undefined`, a CHOICE is an object with a
 * single key (the alternative's name), NULL is `null`, an extension alternative this code does
 * not know is `{ $ext: { index, bytes } }` and unknown extension additions of a SEQUENCE are
 * kept in `$ext` (both re-encode byte for byte).
 */
import type { UnknownAlternative, UnknownExtensions } from '../../../asn1/runtime/values.js';
import { Dot2EncodeError, OerWriter, within, type OerReader } from './oer.js';

export interface OerCodec<T> {
  dec(r: OerReader): T;
  enc(w: OerWriter, v: T): void;
}

function fail(detail: string): never {
  throw new Dot2EncodeError(detail);
}

function isInt(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

function intCodec(min: number, max: number, read: (r: OerReader) => number, write: (w: OerWriter, v: number) => void): OerCodec<number> {
  return {
    dec: (r) => {
      const at = r.pos;
      const v = read(r);
      if (v < min || v > max) r.fail('BAD_VALUE', `${v} outside ${min}..${max}`, at);
      return v;
    },
    enc: (w, v) => {
      if (!isInt(v, min, max)) fail(`${String(v)} is not an integer in ${min}..${max}`);
      write(w, v);
    },
  };
}

export const uint8 = intCodec(0, 0xff, (r) => r.u8(), (w, v) => w.u8(v));
export const uint16 = intCodec(0, 0xffff, (r) => r.u16(), (w, v) => w.u16(v));
export const uint32 = intCodec(0, 0xffffffff, (r) => r.u32(), (w, v) => w.u32(v));
export const int32 = (min: number, max: number): OerCodec<number> => intCodec(min, max, (r) => r.i32(), (w, v) => w.i32(v));
/** INTEGER (0..MAX). */
export const uintVar = intCodec(0, Number.MAX_SAFE_INTEGER, (r) => r.uintVar(), (w, v) => w.uintVar(v));
/** INTEGER without constraint. */
export const intVar = intCodec(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, (r) => r.intVar(), (w, v) => w.intVar(v));

export const uint64: OerCodec<bigint> = {
  dec: (r) => r.u64(),
  enc: (w, v) => {
    if (typeof v !== 'bigint' || v < 0n || v > 0xffffffffffffffffn) fail(`${String(v)} is not a 64-bit unsigned bigint`);
    w.u64(v);
  },
};

export function fixedOctets(n: number): OerCodec<Uint8Array> {
  return {
    dec: (r) => r.octets(n),
    enc: (w, v) => {
      if (!(v instanceof Uint8Array) || v.length !== n) fail(`needs exactly ${n} octets, got ${v instanceof Uint8Array ? v.length : typeof v}`);
      w.octets(v);
    },
  };
}

export function octets(min = 0, max = Infinity): OerCodec<Uint8Array> {
  return {
    dec: (r) => r.octetsVar(min, max),
    enc: (w, v) => {
      if (!(v instanceof Uint8Array)) fail(`needs a Uint8Array, got ${typeof v}`);
      if (v.length < min || v.length > max) fail(`size ${v.length} outside ${min}..${max === Infinity ? 'MAX' : max}`);
      w.octetsVar(v);
    },
  };
}

export function utf8(min: number, max: number): OerCodec<string> {
  const raw = octets(min, Infinity);
  return {
    dec: (r) => {
      const at = r.pos;
      const b = raw.dec(r);
      const s = new TextDecoder('utf-8', { fatal: false }).decode(b);
      if ([...s].length > max) r.fail('BAD_VALUE', `more than ${max} characters`, at);
      return s;
    },
    enc: (w, v) => {
      if (typeof v !== 'string') fail(`needs a string, got ${typeof v}`);
      if ([...v].length > max || [...v].length < min) fail(`length ${[...v].length} outside ${min}..${max}`);
      w.octetsVar(new TextEncoder().encode(v));
    },
  };
}

export const nul: OerCodec<null> = {
  dec: () => null,
  enc: (_w, v) => {
    if (v !== null) fail(`NULL must be null, got ${typeof v}`);
  },
};

/** ENUMERATED: names in the order of their values (root, then additions). */
export function enumerated<N extends string>(names: readonly N[], extensible: boolean): OerCodec<N> {
  return {
    dec: (r) => {
      const at = r.pos;
      const v = r.enumerated();
      const n = names[v];
      return n ?? r.fail(extensible ? 'UNSUPPORTED' : 'BAD_VALUE', `enumerated value ${v} is not known (${names.join(', ')})`, at);
    },
    enc: (w, v) => {
      const i = names.indexOf(v);
      if (i < 0) fail(`'${String(v)}' is not one of ${names.join(', ')}`);
      w.enumerated(i);
    },
  };
}

export function sequenceOf<T>(item: OerCodec<T>, min = 0): OerCodec<T[]> {
  return {
    dec: (r) => {
      const at = r.pos;
      const q = r.quantity();
      if (q < min) r.fail('BAD_VALUE', `${q} element(s), at least ${min} needed`, at);
      const out: T[] = [];
      for (let i = 0; i < q; i++) out.push(within(i, () => item.dec(r)));
      return out;
    },
    enc: (w, v) => {
      if (!Array.isArray(v)) fail('needs an array');
      if (v.length < min) fail(`${v.length} element(s), at least ${min} needed`);
      w.quantity(v.length);
      v.forEach((x, i) => within(i, () => item.enc(w, x)));
    },
  };
}

/** Decodes the whole content of an open type with `codec`. */
function fromOpenType<T>(r: OerReader, bytes: Uint8Array, codec: OerCodec<T>): T {
  const sub = r.sub(bytes);
  const v = codec.dec(sub);
  if (sub.remaining !== 0) sub.fail('BAD_LENGTH', `${sub.remaining} octet(s) left inside an open type`);
  return v;
}

function toOpenType<T>(codec: OerCodec<T>, v: T): Uint8Array {
  const w = new OerWriter(64);
  codec.enc(w, v);
  return w.finish();
}

export type Alternatives = Record<string, OerCodec<unknown>>;

/**
 * CHOICE: `root` alternatives are tagged 0..n-1 in order; with `ext` (the additions after the
 * extension marker) the type is extensible and an unknown tag keeps its open type as `$ext`.
 */
export function choice<T extends object>(root: Alternatives, ext?: Alternatives): OerCodec<T> {
  const rootNames = Object.keys(root);
  const extNames = ext ? Object.keys(ext) : [];
  const all = [...rootNames, ...extNames];
  return {
    dec: (r) => {
      const at = r.pos;
      const tag = r.tag();
      if (tag < rootNames.length) {
        const name = rootNames[tag]!;
        return { [name]: within(name, () => root[name]!.dec(r)) } as T;
      }
      if (!ext) return r.fail('BAD_TAG', `tag [${tag}] is not an alternative (${rootNames.length} alternatives)`, at);
      const bytes = r.openType();
      const name = extNames[tag - rootNames.length];
      if (name === undefined) return { $ext: { index: tag, bytes } satisfies UnknownAlternative } as T;
      return { [name]: within(name, () => fromOpenType(r, bytes, ext[name]!)) } as T;
    },
    enc: (w, v) => {
      const keys = Object.keys(v as object).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
      if (keys.length !== 1) fail(`a CHOICE needs exactly one alternative, got ${keys.length ? keys.join(', ') : 'none'}`);
      const key = keys[0]!;
      const val = (v as Record<string, unknown>)[key];
      if (key === '$ext') {
        if (!ext) fail('this CHOICE is not extensible');
        const u = val as UnknownAlternative;
        if (!Number.isInteger(u.index) || u.index < all.length) fail(`$ext index ${u.index} is a known alternative`);
        w.tag(u.index);
        w.octetsVar(u.bytes);
        return;
      }
      const i = all.indexOf(key);
      if (i < 0) fail(`'${key}' is not an alternative (${all.join(', ')})`);
      w.tag(i);
      if (i < rootNames.length) within(key, () => root[key]!.enc(w, val));
      else within(key, () => w.octetsVar(toOpenType(ext![key]!, val)));
    },
  };
}

export interface Field {
  name: string;
  codec: OerCodec<unknown>;
  optional?: boolean;
  /** A DEFAULT value: absent on the wire when equal (COER), reported as undefined when absent. */
  default?: unknown;
}

export const field = (name: string, codec: OerCodec<unknown>, opts: { optional?: boolean; default?: unknown } = {}): Field => ({
  name,
  codec,
  optional: opts.optional === true || opts.default !== undefined,
  default: opts.default,
});

function equalValue(a: unknown, b: unknown): boolean {
  if (a instanceof Uint8Array && b instanceof Uint8Array) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/**
 * SEQUENCE: `fields` are the root components in order; `additions` (when given, the type is
 * extensible) are the extension additions in order, each optional.
 */
export function sequence<T extends object>(fields: Field[], additions?: Field[]): OerCodec<T> {
  const optional = fields.filter((f) => f.optional);
  const extensible = additions !== undefined;
  return {
    dec: (r) => {
      const p = r.preamble(extensible, optional.length);
      const out: Record<string, unknown> = {};
      let oi = 0;
      for (const f of fields) {
        if (f.optional && !p.present[oi++]) continue;
        out[f.name] = within(f.name, () => f.codec.dec(r));
      }
      if (p.extended) {
        const unknown: UnknownExtensions['additions'] = [];
        const list = r.extensions();
        for (const e of list) {
          const a = additions![e.index];
          if (a) out[a.name] = within(a.name, () => fromOpenType(r, e.bytes, a.codec));
          else unknown.push(e);
        }
        if (unknown.length) out.$ext = { bitmapLength: Math.max(...list.map((e) => e.index + 1), additions!.length), additions: unknown } satisfies UnknownExtensions;
      }
      return out as T;
    },
    enc: (w, v) => {
      if (typeof v !== 'object' || v === null) fail('needs an object');
      const o = v as Record<string, unknown>;
      const present = (f: Field): boolean => o[f.name] !== undefined && !(f.default !== undefined && equalValue(o[f.name], f.default));
      for (const f of fields) if (!f.optional && o[f.name] === undefined) fail(`'${f.name}' is missing`);
      const adds: { index: number; bytes: Uint8Array }[] = [];
      if (extensible) {
        additions!.forEach((a, index) => {
          if (o[a.name] !== undefined) adds.push({ index, bytes: within(a.name, () => toOpenType(a.codec, o[a.name])) });
        });
        const u = o.$ext as UnknownExtensions | undefined;
        for (const a of u?.additions ?? []) {
          if (a.index < additions!.length) fail(`$ext addition ${a.index} is a known addition`);
          adds.push(a);
        }
      } else if (o.$ext !== undefined) fail('this SEQUENCE is not extensible');
      w.preamble(extensible ? adds.length > 0 : undefined, optional.map(present));
      for (const f of fields) if (!f.optional || present(f)) within(f.name, () => f.codec.enc(w, o[f.name]));
      if (adds.length) {
        const u = o.$ext as UnknownExtensions | undefined;
        const count = Math.max(additions!.length, ...adds.map((a) => a.index + 1), u?.bitmapLength ?? 0);
        w.extensions(count, adds);
      }
    },
  };
}

/** A codec defined later (for recursive types). */
export function lazy<T>(get: () => OerCodec<T>): OerCodec<T> {
  return { dec: (r) => get().dec(r), enc: (w, v) => get().enc(w, v) };
}

/** Records the octets a value took (`$bytes`), e.g. a certificate to hash. */
export function withBytes<T extends object>(codec: OerCodec<T>): OerCodec<T & { $bytes?: Uint8Array }> {
  return {
    dec: (r) => {
      const start = r.pos;
      const v = codec.dec(r) as T & { $bytes?: Uint8Array };
      Object.defineProperty(v, '$bytes', { value: r.bytes.subarray(start, r.pos), enumerable: false });
      return v;
    },
    enc: (w, v) => codec.enc(w, v),
  };
}
