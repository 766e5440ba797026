/**
 * Hostile input, every edition: random mutations and truncations of every real vector, and
 * random bytes (the mutations and the PRNG are the fuzzers', test/fuzz/mutate.ts; the long
 * structure-aware runs are `npm run fuzz`).
 * Decoding must end in a value or a DecodeError (never another exception), quickly.
 * FUZZ_ITERATIONS raises the count (CI runs the default).
 */
import { describe, expect, it } from 'vitest';
import type { Codec } from '../../asn1/runtime/api.js';
import { DecodeError } from '../../asn1/runtime/errors.js';
import { fromHex } from '../../asn1/runtime/values.js';
import { mutateBytes, rng } from '../fuzz/mutate.js';
import { editions } from './editions.js';
import { loadExpected, readHex } from './helpers.js';

export const FUZZ_ITERATIONS = Number(process.env.FUZZ_ITERATIONS ?? 20000);
/** A generous bound that only a hang or runaway allocation would break. */
const MAX_MS_PER_INPUT = 500;

export function fuzzCodec(codec: Codec<Record<string, unknown>>, type: string, seeds: Uint8Array[], iterations: number, seed: number): { decoded: number; errors: Record<string, number>; worstMs: number } {
  const rand = rng(seed);
  const errors: Record<string, number> = {};
  let decoded = 0;
  let worstMs = 0;
  for (let i = 0; i < iterations; i++) {
    const input = mutateBytes(seeds[i % seeds.length]!, rand);
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
    let ms = performance.now() - t0;
    // A stall of the machine (a collection, another process) is not the decoder's: a slow
    // input counts only if it is slow again, twice.
    for (let again = 0; again < 2 && ms > MAX_MS_PER_INPUT; again++) {
      const t1 = performance.now();
      try {
        codec.decodeDetailed(type, input);
      } catch {
        // the outcome was checked above
      }
      ms = Math.min(ms, performance.now() - t1);
    }
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
