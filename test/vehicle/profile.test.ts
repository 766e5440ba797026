import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDbc } from '../../src/vehicle/dbc/parse.js';
import { ProfileError, buildProfile, listProfiles, loadProfile } from '../../src/vehicle/profile.js';
import { VehicleStateTracker } from '../../src/vehicle/tracker.js';
import { conversionFactor, sameUnit } from '../../src/vehicle/units.js';
import { FEATURES_DBC } from './fixtures.js';

const dbc = parseDbc(readFileSync(FEATURES_DBC, 'latin1'), 'features.dbc');
const build = (fields: object): ReturnType<typeof buildProfile> => buildProfile({ name: 'test-car', fields }, dbc, 'test.json');

function pathOf(fields: object): string {
  try {
    build(fields);
  } catch (e) {
    expect(e).toBeInstanceOf(ProfileError);
    return `${(e as ProfileError).path}: ${(e as ProfileError).detail}`;
  }
  throw new Error('no error');
}

describe('vehicle profiles', () => {
  it('finds the shipped profiles by name', () => {
    expect(listProfiles()).toContain('toyota-rav4-2017');
    expect(() => loadProfile('no-such-car')).toThrow(/no such profile \(known: .*toyota-rav4-2017/);
  });

  const bad: [string, object, RegExp][] = [
    ['unknown field', { velocity: { message: 'INTEL_MIX', signal: 'A', unit: 'm/s' } }, /^fields\.velocity: not a VehicleState field/],
    ['unknown message', { speed: { message: 'NOPE', signal: 'A', unit: 'm/s' } }, /^fields\.speed\.message: no message NOPE in features\.dbc/],
    ['unknown signal', { speed: { message: 'INTEL_MIX', signal: 'Z', unit: 'm/s' } }, /^fields\.speed\.signal: INTEL_MIX has no signal Z/],
    ['unknown signal in a list', { speed: { message: 'INTEL_MIX', signals: ['A', 'Z'], combine: 'mean', unit: 'm/s' } }, /^fields\.speed\.signals\[1\]: INTEL_MIX has no signal Z/],
    ['unknown unit', { speed: { message: 'INTEL_MIX', signal: 'A', unit: 'furlong/fortnight' } }, /^fields\.speed\.unit: 'furlong\/fortnight' is not a unit of m\/s/],
    ['unit of another quantity', { yawRate: { message: 'INTEL_MIX', signal: 'A', unit: 'km/h' } }, /^fields\.yawRate\.unit: 'km\/h' is not a unit of deg\/s/],
    ['missing unit', { speed: { message: 'INTEL_MIX', signal: 'A' } }, /^fields\.speed\.unit: the signals' unit is required/],
    ['bad sign', { speed: { message: 'INTEL_MIX', signal: 'A', unit: 'm/s', sign: 2 } }, /^fields\.speed\.sign: must be 1 or -1/],
    ['full scale on a non-ratio', { speed: { message: 'INTEL_MIX', signal: 'A', unit: 'm/s', fullScale: 10 } }, /^fields\.speed\.fullScale: only for ratio fields/],
    ['several signals, no combine', { speed: { message: 'INTEL_MIX', signals: ['A', 'B'], unit: 'm/s' } }, /^fields\.speed\.combine: 'mean' or 'sum' is required/],
    ['signal and signals', { speed: { message: 'INTEL_MIX', signal: 'A', signals: ['B'], unit: 'm/s' } }, /^fields\.speed: give 'signal' or 'signals', not both/],
    ['bad range', { speed: { message: 'INTEL_MIX', signal: 'A', unit: 'm/s', range: [5, 1] } }, /^fields\.speed\.range: must be \[min, max\]/],
    ['unknown key', { speed: { message: 'INTEL_MIX', signal: 'A', unit: 'm/s', scale: 3 } }, /^fields\.speed\.scale: unknown key/],
    ['enum value not allowed', { gear: { message: 'MUX_SIMPLE', signal: 'SW', values: { 0: 'drive', 1: 'warp' } } }, /^fields\.gear\.values\.1: must be one of park, reverse, neutral, drive/],
    ['boolean value not a boolean', { brakeApplied: { message: 'MUX_SIMPLE', signal: 'SW', values: { 1: 'yes' } } }, /^fields\.brakeApplied\.values\.1: must be true or false/],
    ['no value table for an enum', { gear: { message: 'MUX_SIMPLE', signal: 'SW' } }, /^fields\.gear\.values: a table raw value -> state value is required/],
    ['unit on an enum', { gear: { message: 'MUX_SIMPLE', signal: 'SW', unit: 'deg', values: { 0: 'park' } } }, /^fields\.gear\.unit: not used for enum fields/],
  ];
  for (const [what, fields, re] of bad) {
    it(`rejects a mapping with ${what}, naming the field path`, () => {
      expect(pathOf(fields)).toMatch(re);
    });
  }

  it('rejects a profile without a proper name or fields', () => {
    expect(() => buildProfile({ fields: {} }, dbc, 'x.json')).toThrow(/x\.json: name: /);
    expect(() => buildProfile({ name: 'ok' }, dbc, 'x.json')).toThrow(/x\.json: fields: /);
    expect(() => buildProfile([], dbc, 'x.json')).toThrow(/must hold a JSON object/);
  });

  it('applies a mapping range in state units, counting what falls outside it', () => {
    const p = build({ yawRate: { message: 'INTEL_MIX', signal: 'A', unit: 'rad/s', sign: -1, range: [-90, 90] } });
    const tr = new VehicleStateTracker(p);
    const frame = (raw: number, t: number): { id: number; data: Uint8Array; timestamp: number } => ({ id: 257, data: Uint8Array.from([raw & 0xff, (raw >> 8) & 0x0f, 0, 0, 0, 0, 0, 0]), timestamp: t });
    tr.ingest(frame(21, 1)); // A = 21 * 0.5 - 10 = 0.5 rad/s -> -28.6 deg/s
    expect(tr.state.yawRate).toBeCloseTo((-0.5 * 180) / Math.PI, 9);
    tr.ingest(frame(24, 2)); // 2 rad/s -> -114.6 deg/s: outside
    expect(tr.state.at.yawRate).toBe(1);
    expect(tr.stats.outOfRange).toEqual({ yawRate: 1 });
  });

  it('warns when the mapping unit differs from the unit the DBC gives', () => {
    const p = build({ speed: { message: 'MOTOROLA_MIX', signal: 'U16', unit: 'mph' }, wheelSpeedFrontLeft: { message: 'MOTOROLA_MIX', signal: 'U16', unit: 'kph' } });
    expect(p.warnings).toEqual(["fields.speed.unit: 'mph' while the DBC gives 'km/h' for MOTOROLA_MIX.U16"]);
    expect(loadProfile('toyota-rav4-2017').warnings).toEqual([]);
  });

  it('converts units exactly once, between spellings of one quantity only', () => {
    expect(conversionFactor('km/h', 'm/s')).toBeCloseTo(1 / 3.6, 15);
    expect(conversionFactor('mph', 'm/s')).toBe(0.44704);
    expect(conversionFactor('g', 'm/s^2')).toBe(9.80665);
    expect(conversionFactor('bar', 'Pa')).toBe(1e5);
    expect(conversionFactor('%', 'ratio')).toBe(0.01);
    expect(conversionFactor('km/h', 'deg')).toBeUndefined();
    expect(sameUnit('km/h', 'kph')).toBe(true);
    expect(sameUnit('km/h', 'mph')).toBe(false);
  });
});
