/**
 * Editions side by side. 2016 and 2020 encode every message the same way: 487 of their 493
 * types are identical and the other six differ only by names (sspRights -> notUsed, a
 * renamed bit) or by a wider range (TimeMark 0..36001 -> 0..36111) that keeps the same
 * encoding size. The tests show both: identical bytes and values across the editions, and
 * the differences handled (renamed fields, an out-of-range TimeMark refused by the older
 * edition with a typed error).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IrType } from '../../asn1/runtime/schema.js';
import { DecodeError } from '../../asn1/runtime/errors.js';
import { fromHex, toHex } from '../../asn1/runtime/values.js';
import { Arbitraries } from './arbitrary.js';
import { editions } from './editions.js';
import { loadExpected, readHex } from './helpers.js';

const [, c2016] = editions[0]!;
const [, c2020] = editions[1]!;
const [, c2024] = editions[2]!;

/** Component names 2020 gave to 2016 components (paired by position in the types that differ by names only). */
function renames(): Map<string, string> {
  const m = new Map<string, string>();
  for (const [id, { type: a }] of Object.entries(c2016.schema.types)) {
    const b = c2020.schema.types[id]!.type;
    if (a.kind !== 'sequence' || b.kind !== 'sequence' || a.fields.length !== b.fields.length) continue;
    a.fields.forEach((f, i) => {
      if (f.name !== b.fields[i]!.name) m.set(f.name, b.fields[i]!.name);
    });
  }
  return m;
}
const renamed = renames();

function to2020Names(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(to2020Names);
  if (typeof v !== 'object' || v === null || v instanceof Uint8Array) return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [renamed.get(k) ?? k, to2020Names(x)]));
}

describe('J2735 2016 and 2020', () => {
  it('rename these components (and nothing else)', () => {
    // (2016's misspelt duratonTime is corrected in 2020.)
    expect(Object.fromEntries(renamed)).toEqual({ sspRights: 'notUsed', sspTimRights: 'notUsed', duratonTime: 'durationTime', sspLocationRights: 'notUsed1', sspMsgRights1: 'notUsed2', sspMsgRights2: 'notUsed3' });
  });

  it('differ in exactly six types, by names or by range only', () => {
    const a = c2016.schema.types;
    const b = c2020.schema.types;
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    const differ = Object.keys(a).filter((id) => JSON.stringify(a[id]!.type) !== JSON.stringify(b[id]!.type)).sort();
    expect(differ).toEqual(['EmergencyDetails', 'LaneSharing', 'PrivilegedEvents', 'TimeMark', 'TrailerData', 'TravelerDataFrame']);
    // Without component and bit names, only TimeMark's upper bound differs.
    const shape = (t: IrType): string => JSON.stringify(t, (k, v: unknown) => (k === 'name' || k === 'named' ? undefined : v));
    expect(differ.filter((id) => shape(a[id]!.type) !== shape(b[id]!.type))).toEqual(['TimeMark']);
    expect(a.TimeMark!.type).toEqual({ kind: 'integer', lb: 0, ub: 36001, ext: false });
    expect(b.TimeMark!.type).toEqual({ kind: 'integer', lb: 0, ub: 36111, ext: false });
  });

  it('every real frame decodes to the same values in both (2020 names) and re-encodes identically', () => {
    let n = 0;
    for (const e of Object.values(loadExpected('2020'))) {
      if (!e.frameReencodesIdentically || e.value === undefined) continue;
      const bytes = fromHex(e.hex);
      if (e.hex === readHex('j2735/asn1_codec-hexonly/SPAT_012.hex')) {
        // A real SPaT with a TimeMark of 36028: valid since 2020, beyond 2016's 36001.
        expect(() => c2016.decode('MessageFrame', bytes)).toThrow(expect.objectContaining({ code: 'VALUE_OUT_OF_RANGE', path: ['MessageFrame', 'value', 'intersections', 1, 'states', 1, 'state-time-speed', 0, 'timing', 'startTime'] }));
        continue;
      }
      const v16 = c2016.decode('MessageFrame', bytes);
      const v20 = c2020.decode('MessageFrame', bytes);
      expect(to2020Names(v16)).toEqual(v20);
      expect(toHex(c2016.encode('MessageFrame', v16))).toBe(e.hex);
      expect(toHex(c2020.encode('MessageFrame', to2020Names(v16)))).toBe(e.hex);
      n++;
    }
    expect(n).toBe(41);
  });

  it('a 2016 BSM read by the 2020 codec (and back) is the same message', () => {
    const arbs = new Arbitraries(c2016.schema);
    fc.assert(
      fc.property(arbs.forType('BasicSafetyMessage'), (bsm) => {
        const b16 = c2016.encode('BasicSafetyMessage', bsm);
        expect(c2020.decode('BasicSafetyMessage', b16)).toEqual(to2020Names(bsm));
        expect(toHex(c2020.encode('BasicSafetyMessage', to2020Names(bsm)))).toBe(toHex(b16));
      }),
      { numRuns: 300, seed: 16 },
    );
  });

  it('a renamed component: the same bits under each edition\'s name', () => {
    const tim = fromHex(readHex('j2735/asn1_codec-hexonly/TIM_001.hex'));
    const f16 = c2016.decode('MessageFrame', tim) as { value: { dataFrames: Record<string, unknown>[] } };
    const f20 = c2020.decode('MessageFrame', tim) as { value: { dataFrames: Record<string, unknown>[] } };
    expect(f16.value.dataFrames[0]!.sspTimRights).toBe(0);
    expect(f20.value.dataFrames[0]!.notUsed).toBe(0);
    expect(f20.value.dataFrames[0]!.sspTimRights).toBeUndefined();
  });

  it('a TimeMark beyond 36001 (valid in 2020) is refused by 2016 with a typed error on its path', () => {
    const spat = {
      intersections: [{ id: { id: 7 }, revision: 1, status: { length: 16, bytes: new Uint8Array(2) }, states: [{ signalGroup: 2, 'state-time-speed': [{ eventState: 'protected-Movement-Allowed', timing: { minEndTime: 36100 } }] }] }],
    };
    const bytes = c2020.encode('SPAT', spat as never);
    expect(c2020.decode('SPAT', bytes)).toEqual(spat);
    try {
      c2016.decode('SPAT', bytes);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DecodeError);
      expect((e as DecodeError).code).toBe('VALUE_OUT_OF_RANGE');
      expect((e as DecodeError).path).toEqual(['SPAT', 'intersections', 0, 'states', 0, 'state-time-speed', 0, 'timing', 'minEndTime']);
    }
    const ok = structuredClone(spat);
    ok.intersections[0]!.states[0]!['state-time-speed'][0]!.timing.minEndTime = 36001;
    expect(toHex(c2016.encode('SPAT', ok as never))).toBe(toHex(c2020.encode('SPAT', ok as never)));
  });
});

describe('J2735 2020 and 2024', () => {
  it('a 2024 BSM with a supplemental extension reads in 2020 under the 2020 names, same bytes', () => {
    const bytes = fromHex(readHex('j2735/jpo-ode/BSM_002.hex'));
    const v24 = c2024.decode('MessageFrame', bytes) as { value: { partII: { 'partII-Value': Record<string, unknown> }[] } };
    const v20 = c2020.decode('MessageFrame', bytes) as { value: { partII: { 'partII-Value': Record<string, unknown> }[] } };
    expect(v24.value.partII[1]!['partII-Value'].doNotUse2).toEqual(v20.value.partII[1]!['partII-Value'].weatherProbe);
    expect(toHex(c2024.encode('MessageFrame', v24 as never))).toBe(toHex(bytes));
    expect(toHex(c2020.encode('MessageFrame', v20 as never))).toBe(toHex(bytes));
  });

  it('a message only 2024 knows (RSM, SDSM) stays opaque in 2020 and re-encodes unchanged', () => {
    for (const name of ['asn1_codec-hexonly/RSM_001', 'jpo-ode/SDSM_001']) {
      const bytes = fromHex(readHex(`j2735/${name}.hex`));
      const v20 = c2020.decode('MessageFrame', bytes) as { messageId: number; value: unknown };
      expect(v20.value).toBeInstanceOf(Uint8Array);
      expect(toHex(c2020.encode('MessageFrame', v20 as never))).toBe(toHex(bytes));
      const v24 = c2024.decode('MessageFrame', bytes) as { value: unknown };
      expect(v24.value).not.toBeInstanceOf(Uint8Array);
    }
  });
});
