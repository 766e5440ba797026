/**
 * Property-based round trips over every type of every edition: a value within the
 * constraints encodes, decodes to an equal value and re-encodes to the same bytes; JER
 * round-trips too. PROPERTY_RUNS raises the count per type.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex } from '../../asn1/runtime/values.js';
import { Arbitraries } from './arbitrary.js';
import { editions } from './editions.js';

const runs = Number(process.env.PROPERTY_RUNS ?? 20);

const expectedTypes: Record<string, { min: number; some: string[] }> = {
  'j2735-2016': { min: 450, some: ['MessageFrame', 'BasicSafetyMessage', 'MapData', 'SPAT', 'TravelerInformation', 'PersonalSafetyMessage'] },
  'j2735-2020': { min: 450, some: ['MessageFrame', 'BasicSafetyMessage', 'MapData', 'SPAT', 'TravelerInformation', 'PersonalSafetyMessage', 'RTCMcorrections', 'SignalRequestMessage', 'SignalStatusMessage', 'RoadSideAlert', 'ProbeVehicleData', 'TestMessage15'] },
  'j2735-2024': { min: 950, some: ['MessageFrame', 'BasicSafetyMessage', 'RoadSafetyMessage', 'SensorDataSharingMessage', 'TrafficLightStatusMessage', 'RoadWeatherMessage'] },
  'csae53-2017': { min: 150, some: ['MessageFrame', 'BasicSafetyMessage', 'MapData', 'RoadSideInformation', 'RoadsideSafetyMessage', 'SPAT'] },
};

describe.each(editions)('%s: round trip of every generated type', (edition, codec) => {
  const arbs = new Arbitraries(codec.schema);
  const names = codec.typeNames();

  it('has every type of its modules', () => {
    const want = expectedTypes[edition]!;
    expect(names.length).toBeGreaterThan(want.min);
    for (const n of want.some) expect(names).toContain(n);
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
