/**
 * Property-based round trips over every type of the J2735 2020 edition: a value within the
 * constraints encodes, decodes to an equal value and re-encodes to the same bytes; JER
 * round-trips too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codec as c2020 } from '../../asn1/generated/j2735-2020/index.js';
import type { Codec } from '../../asn1/runtime/api.js';
import { toHex } from '../../asn1/runtime/values.js';
import { Arbitraries } from './arbitrary.js';

const codec = c2020 as unknown as Codec<Record<string, unknown>>;
const arbs = new Arbitraries(codec.schema);
const names = codec.typeNames();
const runs = Number(process.env.PROPERTY_RUNS ?? 25);

describe('J2735 2020: round trip of every generated type', () => {
  it('has every type of the 38 modules', () => {
    expect(names.length).toBeGreaterThan(450);
    for (const n of ['MessageFrame', 'BasicSafetyMessage', 'MapData', 'SPAT', 'TravelerInformation', 'PersonalSafetyMessage', 'RTCMcorrections', 'SignalRequestMessage', 'SignalStatusMessage', 'RoadSideAlert', 'ProbeVehicleData', 'TestMessage15']) {
      expect(names).toContain(n);
    }
  });

  it.each(names)('%s', (name) => {
    fc.assert(
      fc.property(arbs.forType(name), (v) => {
        const bytes = codec.encode(name, v);
        const back = codec.decode(name, bytes);
        expect(back).toEqual(v);
        expect(toHex(codec.encode(name, back))).toBe(toHex(bytes));
        const jer = JSON.parse(JSON.stringify(codec.toJer(name, back)));
        expect(toHex(codec.encode(name, codec.fromJer(name, jer)))).toBe(toHex(bytes));
      }),
      { numRuns: runs, seed: Number(process.env.PROPERTY_SEED ?? 2735) },
    );
  });
});
