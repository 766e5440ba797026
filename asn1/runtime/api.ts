/**
 * The public face of a generated edition: encode and decode any named type to and from
 * UPER, with typed errors; convert to and from JER.
 */
import { BitReader, BitWriter } from './bits.js';
import { DecodeError, EncodeError, atDecode, atEncode } from './errors.js';
import { JerConverter } from './jer.js';
import type { Schema } from './schema.js';

export interface DecodeResult<T> {
  value: T;
  /** Bits the value used. */
  bitLength: number;
  /** Octets the value used (bits rounded up). */
  usedOctets: number;
  /** Octets after the value (empty when the input held exactly one value). */
  trailing: Uint8Array;
}

export interface Codec<T> {
  readonly schema: Schema;
  readonly edition: string;
  /** Encodes a value of the named type; throws EncodeError with the field path. */
  encode<K extends keyof T & string>(type: K, value: T[K]): Uint8Array;
  /**
   * Decodes one value; throws DecodeError (code, path, bit offset) and nothing else.
   * Octets after the value are an error (TRAILING_DATA) unless `allowTrailing`.
   */
  decode<K extends keyof T & string>(type: K, bytes: Uint8Array, opts?: { allowTrailing?: boolean }): T[K];
  /** Decodes one value and reports how much of the input it used. */
  decodeDetailed<K extends keyof T & string>(type: K, bytes: Uint8Array): DecodeResult<T[K]>;
  toJer<K extends keyof T & string>(type: K, value: T[K]): unknown;
  fromJer<K extends keyof T & string>(type: K, json: unknown): T[K];
  /** Names of every type of the edition. */
  typeNames(): string[];
}

export function createCodec<T>(
  schema: Schema,
  encoders: Record<string, (w: BitWriter, v: unknown) => void>,
  decoders: Record<string, (r: BitReader) => unknown>,
): Codec<T> {
  const writer = new BitWriter(512);
  const jer = new JerConverter(schema);

  function encoderOf(type: string): (w: BitWriter, v: unknown) => void {
    const e = encoders[type];
    if (!e) throw new EncodeError('BAD_TYPE', `unknown type '${type}' in edition ${schema.edition}`);
    return e;
  }

  function run<V>(type: string, bytes: Uint8Array): { value: V; r: BitReader } {
    const dec = decoders[type];
    if (!dec) throw new DecodeError('INTERNAL', `unknown type '${type}' in edition ${schema.edition}`, 0, [type]);
    if (!(bytes instanceof Uint8Array)) throw new DecodeError('INTERNAL', 'input is not a Uint8Array', 0, [type]);
    const r = new BitReader(bytes);
    try {
      return { value: dec(r) as V, r };
    } catch (e) {
      throw atDecode(e, type, r.pos);
    }
  }

  const codec: Codec<T> = {
    schema,
    edition: schema.edition,
    encode(type, value) {
      const enc = encoderOf(type);
      writer.reset();
      try {
        enc(writer, value);
      } catch (e) {
        throw atEncode(e, type);
      }
      return writer.finish();
    },
    decode(type, bytes, opts) {
      const { value, r } = run<T[typeof type]>(type, bytes);
      if (!opts?.allowTrailing) {
        // An empty complete encoding is one zero octet (X.691 11.1).
        const used = Math.max(1, (r.pos + 7) >>> 3);
        if (used < bytes.length) {
          throw new DecodeError('TRAILING_DATA', `${bytes.length - used} octet(s) after the value (${used} used)`, r.pos, [type]);
        }
      }
      return value;
    },
    decodeDetailed(type, bytes) {
      const { value, r } = run<T[typeof type]>(type, bytes);
      const used = Math.max(1, (r.pos + 7) >>> 3);
      return { value, bitLength: r.pos, usedOctets: Math.min(used, bytes.length), trailing: bytes.subarray(Math.min(used, bytes.length)) };
    },
    toJer(type, value) {
      return jer.toJer(type, value);
    },
    fromJer(type, json) {
      return jer.fromJer(type, json) as T[typeof type];
    },
    typeNames() {
      return Object.keys(schema.types);
    },
  };
  return codec;
}
