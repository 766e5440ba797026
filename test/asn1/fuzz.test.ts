/**
 * Hostile input, every edition: random mutations and truncations of every real vector, and
 * random bytes.
 * Decoding must end in a value or a DecodeError (never another exception), quickly.
 * FUZZ_ITERATIONS raises the count (CI runs the default).
 */
import { describe, expect, it } from 'vitest';
import type { Codec } from '../../asn1/runtime/api.js';
import { DecodeError } from '../../asn1/runtime/errors.js';
import { fromHex } from '../../asn1/runtime/values.js';
import { editions } from './editions.js';
import { loadExpected, readHex } from './helpers.js';

export const FUZZ_ITERATIONS = Number(process.env.FUZZ_ITERATIONS ?? 20000);
/** A generous bound that only a hang or runaway allocation would break. */
const MAX_MS_PER_INPUT = 500;

/** Deterministic PRNG (xorshift32) so a failure can be replayed from its seed. */
export function rng(seed: number): () => number {
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

export function mutate(src: Uint8Array, rand: () => number): Uint8Array {
  const b = Uint8Array.from(src);
  const kind = Math.floor(rand() * 6);
  const pos = Math.floor(rand() * Math.max(1, b.length));
  switch (kind) {
    case 0: // flip 1-8 bits
      for (let k = 1 + Math.floor(rand() * 8); k > 0; k--) {
        const p = Math.floor(rand() * b.length);
        b[p]! ^= 1 << Math.floor(rand() * 8);
      }
      return b;
    case 1: // truncate
      return b.subarray(0, pos);
    case 2: // overwrite a byte with an interesting value
      b[pos] = [0x00, 0xff, 0x7f, 0x80, 0xc0, 0xc4, 0x3f, 0x40][Math.floor(rand() * 8)]!;
      return b;
    case 3: { // duplicate a slice
      const slice = b.subarray(pos, pos + Math.floor(rand() * 16));
      return Uint8Array.from([...b.subarray(0, pos), ...slice, ...b.subarray(pos)]);
    }
    case 4: // delete a slice
      return Uint8Array.from([...b.subarray(0, pos), ...b.subarray(pos + Math.floor(rand() * 16))]);
    default: { // random bytes
      const out = new Uint8Array(Math.floor(rand() * 64));
      for (let i = 0; i < out.length; i++) out[i] = Math.floor(rand() * 256);
      return out;
    }
  }
}

export function fuzzCodec(codec: Codec<Record<string, unknown>>, type: string, seeds: Uint8Array[], iterations: number, seed: number): { decoded: number; errors: Record<string, number>; worstMs: number } {
  const rand = rng(seed);
  const errors: Record<string, number> = {};
  let decoded = 0;
  let worstMs = 0;
  for (let i = 0; i < iterations; i++) {
    const input = mutate(seeds[i % seeds.length]!, rand);
    const t0 = performance.now();
    try {
      codec.decodeDetailed(type, input);
      decoded++;
    } catch (e) {
      if (!(e instanceof DecodeError)) {
        throw new Error(`iteration ${i} (seed ${seed}): ${String(e)} on input ${Buffer.from(input).toString('hex')}`);
      }
      errors[e.code] = (errors[e.code] ?? 0) + 1;
    }
    const ms = performance.now() - t0;
    if (ms > worstMs) worstMs = ms;
    if (ms > MAX_MS_PER_INPUT) throw new Error(`iteration ${i} took ${ms.toFixed(0)} ms on input ${Buffer.from(input).toString('hex')}`);
  }
  return { decoded, errors, worstMs };
}

function seedsFor(edition: string): Uint8Array[] {
  if (edition === 'csae53-2017') return ['BSM', 'MAP', 'RSI', 'RSM', 'SPAT'].map((m) => fromHex(readHex(`csae53-2017/${m}_MessageFrame.hex`)));
  return [...Object.values(loadExpected('2020')), ...Object.values(loadExpected('2024'))].map((e) => fromHex(e.hex));
}

describe.each(editions)('fuzzing the %s decoder', (edition, codec) => {
  const seeds = seedsFor(edition);

  it(`${FUZZ_ITERATIONS} mutated vectors: a value or a DecodeError, nothing else`, { timeout: Math.max(30_000, FUZZ_ITERATIONS * 0.5) }, () => {
    const r = fuzzCodec(codec, 'MessageFrame', seeds, FUZZ_ITERATIONS, 20200707);
    expect(r.decoded + Object.values(r.errors).reduce((a, b) => a + b, 0)).toBe(FUZZ_ITERATIONS);
    // Both outcomes occur: the mutations reach deep into the messages.
    expect(r.decoded).toBeGreaterThan(FUZZ_ITERATIONS / 50);
    expect(Object.keys(r.errors).length).toBeGreaterThan(2);
  });

  it('every named type survives random bytes', () => {
    const rand = rng(41);
    for (const name of codec.typeNames()) {
      for (let i = 0; i < 10; i++) {
        const input = new Uint8Array(Math.floor(rand() * 40));
        for (let k = 0; k < input.length; k++) input[k] = Math.floor(rand() * 256);
        try {
          codec.decodeDetailed(name, input);
        } catch (e) {
          if (!(e instanceof DecodeError)) throw new Error(`${name}: ${String(e)} on ${Buffer.from(input).toString('hex')}`);
          expect(e.path[0]).toBe(name);
        }
      }
    }
  });
});
