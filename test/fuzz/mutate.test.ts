/** The input generators of the fuzzers: deterministic, and the bit surgery is exact. */
import { describe, expect, it } from 'vitest';
import { bytesToText, inputRng, mutateBits, mutateValue, rng, textToBytes } from './mutate.js';

const bitsOf = (b: Uint8Array): string => [...b].map((x) => x.toString(2).padStart(8, '0')).join('');

describe('fuzz input generation', () => {
  it('the same seed and index give the same stream; neighbours differ', () => {
    const a = inputRng(1, 12345);
    const b = inputRng(1, 12345);
    const xs = Array.from({ length: 8 }, () => a());
    expect(Array.from({ length: 8 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 8 }, inputRng(1, 12346))).not.toEqual(xs);
    expect(Array.from({ length: 8 }, inputRng(2, 12345))).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('deleting and cutting bits matches a bit-string reference, padding with zeros', () => {
    const r = rng(7);
    let checked = 0;
    for (let t = 0; t < 3000; t++) {
      const src = Uint8Array.from({ length: Math.floor(r() * 24) }, () => Math.floor(r() * 256));
      const seed = 1 + Math.floor(r() * 1e9);
      const out = mutateBits(src, rng(seed));
      // Replay the first draws of the mutation to know what it did.
      const rr = rng(seed);
      const bits = bitsOf(src);
      const at = Math.floor(rr() * Math.max(1, bits.length));
      const k = 1 + Math.floor(rr() * 16);
      const kind = Math.floor(rr() * 5);
      const expected = kind === 0 ? bits.slice(0, at) + bits.slice(at + k) : kind === 3 ? bits.slice(0, at) : undefined;
      if (expected === undefined) continue;
      checked++;
      expect(out.length).toBe(Math.ceil(expected.length / 8));
      expect(bitsOf(out)).toBe(expected.padEnd(out.length * 8, '0'));
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('value mutation copies the path it changes and leaves the input alone', () => {
    const v = { a: { b: [1, 2, { c: Uint8Array.of(1, 2, 3) }], d: 'text' }, e: 5n };
    const before = JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x instanceof Uint8Array ? [...x] : x));
    let changed = 0;
    for (let i = 0; i < 200; i++) {
      const m = mutateValue(v, inputRng(3, i));
      if (JSON.stringify(m, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x instanceof Uint8Array ? [...x] : x)) !== before) changed++;
    }
    expect(JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x instanceof Uint8Array ? [...x] : x))).toBe(before);
    expect(changed).toBeGreaterThan(150);
  });

  it('text helpers keep every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(textToBytes(bytesToText(all))).toEqual(all);
  });
});
