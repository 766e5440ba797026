/**
 * UPER MessageFrame decoders, one target per edition (J2735 2016/2020/2024, CSAE 53-2017).
 *
 * Inputs start from the real vectors (test/fixtures/vectors) and from random valid frames
 * generated from the edition's schema (every message type, extension values, unknown
 * open-type keys), then: octet mutations, bit-level mutations (fields shifted, presence bits
 * and length determinants changed), value-level mutations re-encoded by the edition's encoder,
 * crossovers at a bit, and random bytes. A decoded frame is also converted to JER, as the
 * receive path prints it.
 */
import fc from 'fast-check';
import { loadEdition, type AnyCodec, type EditionName } from '../../../asn1/editions.js';
import { DecodeError } from '../../../asn1/runtime/errors.js';
import { fromHex } from '../../../asn1/runtime/values.js';
import { Arbitraries } from '../../asn1/arbitrary.js';
import { loadExpected, readHex } from '../../asn1/helpers.js';
import type { FuzzSession, FuzzTarget } from '../engine.js';
import { int, mutateBits, mutateBytes, mutateValue, pick, randomBytes, stacked, type Rand } from '../mutate.js';

/** Random valid frames generated per edition (deterministic sample). */
const GENERATED = 400;

function realSeeds(edition: EditionName): Uint8Array[] {
  if (edition === 'csae53-2017') return ['BSM', 'MAP', 'RSI', 'RSM', 'SPAT'].map((m) => fromHex(readHex(`csae53-2017/${m}_MessageFrame.hex`)));
  const hex = new Set([...Object.values(loadExpected('2020')), ...Object.values(loadExpected('2024'))].map((e) => e.hex));
  return [...hex].map(fromHex);
}

/** Valid frames from the schema (skipping the rare sample the encoder refuses). */
export function generatedFrames(codec: AnyCodec, n: number, seed: number): Uint8Array[] {
  const arb = new Arbitraries(codec.schema).forType('MessageFrame');
  const out: Uint8Array[] = [];
  for (const v of fc.sample(arb, { seed, numRuns: n })) {
    try {
      out.push(codec.encode('MessageFrame', v as never));
    } catch {
      // an arbitrary outside what the encoder takes: not a seed
    }
  }
  return out;
}

export function isTypedDecodeError(e: unknown): string | undefined {
  // INTERNAL wraps an unexpected exception inside the codec: a bug, not a rejection.
  return e instanceof DecodeError && e.code !== 'INTERNAL' ? e.code : undefined;
}

/**
 * A J2735 MessageFrame is an extension bit, a 15-bit messageId and the message as an open type
 * (a length determinant, then the octets). A mutation of the whole frame almost always breaks
 * that outer length, and the decoder stops there; mutating the content and writing a length
 * that fits reaches the message decoder instead.
 */
export function j2735Content(frame: Uint8Array): Uint8Array | undefined {
  const b = frame[2];
  if (b === undefined) return undefined;
  if (b < 0x80) return frame.length >= 3 + b ? frame.subarray(3, 3 + b) : undefined;
  if ((b & 0xc0) !== 0x80 || frame.length < 4) return undefined;
  const n = ((b & 0x3f) << 8) | frame[3]!;
  return frame.length >= 4 + n ? frame.subarray(4, 4 + n) : undefined;
}

export function j2735Wrap(head: Uint8Array, content: Uint8Array): Uint8Array {
  const n = Math.min(content.length, 0x3fff);
  const len = n < 0x80 ? [n] : [0x80 | (n >>> 8), n & 0xff];
  const out = new Uint8Array(2 + len.length + n);
  out.set(head.subarray(0, 2));
  out.set(len, 2);
  out.set(content.subarray(0, n), 2 + len.length);
  return out;
}

async function session(edition: EditionName): Promise<FuzzSession> {
  const codec = await loadEdition(edition);
  const real = realSeeds(edition);
  const seeds = [...real, ...generatedFrames(codec, GENERATED, 0x5eed)];
  const values: unknown[] = [];
  for (const s of seeds) {
    try {
      values.push(codec.decode('MessageFrame', s, { allowTrailing: true }));
    } catch {
      // a vector of another edition: a byte seed only
    }
  }
  const bits = (b: Uint8Array, r: Rand): Uint8Array => mutateBits(b, r, pick(r, seeds));
  const bytes = (b: Uint8Array, r: Rand): Uint8Array => mutateBytes(b, r, pick(r, seeds));
  const fromValue = (rand: Rand): Uint8Array | undefined => {
    let v = pick(rand, values);
    for (let k = 1 + int(rand, 3); k > 0; k--) v = mutateValue(v, rand);
    try {
      return codec.encode('MessageFrame', v as never);
    } catch {
      return undefined;
    }
  };
  const framed = edition === 'csae53-2017' ? [] : seeds.filter((s) => j2735Content(s) !== undefined);
  const inner = (rand: Rand): Uint8Array => {
    const f = pick(rand, framed);
    return j2735Wrap(f, stacked(j2735Content(f)!, rand, [bits, bytes], 3));
  };
  return {
    seeds,
    generate(rand) {
      const p = rand();
      if (framed.length && p < 0.4) return inner(rand);
      if (p < 0.5) return stacked(pick(rand, seeds), rand, [bytes], 3);
      if (p < 0.6) return stacked(pick(rand, seeds), rand, [bits], 3);
      if (p < 0.9) {
        const enc = fromValue(rand) ?? pick(rand, seeds);
        return rand() < 0.4 ? stacked(enc, rand, [bits, bytes], 2) : enc;
      }
      if (p < 0.97) return stacked(pick(rand, seeds), rand, [bits, bytes], 6);
      return randomBytes(rand, 128);
    },
    run(input) {
      const r = codec.decodeDetailed('MessageFrame', input);
      codec.toJer('MessageFrame', r.value);
    },
    expected: isTypedDecodeError,
  };
}

export const uperTargets: FuzzTarget[] = (['j2735-2016', 'j2735-2020', 'j2735-2024', 'csae53-2017'] as const).map((edition) => ({
  name: `uper-${edition}`,
  summary: `UPER MessageFrame decoder and JER conversion, ${edition}`,
  setup: () => session(edition),
}));
