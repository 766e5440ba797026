/**
 * JER (ITU-T X.697) forms on real messages: each ASN.1 kind as the standard writes it, and
 * the JSON back to the received octets. (Every type's round trip is in properties.test.ts;
 * this file pins the forms themselves.)
 */
import { describe, expect, it } from 'vitest';
import { codec } from '../../asn1/generated/j2735-2020/index.js';
import { toHex } from '../../asn1/runtime/values.js';
import { BSM, MAP } from '../transport/vectors.js';

type J = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Through text, as a file or another implementation would hand it over. */
function viaText(bytes: Uint8Array): J {
  return JSON.parse(JSON.stringify(codec.toJer('MessageFrame', codec.decode('MessageFrame', bytes) as never))) as J;
}

describe('JER forms (X.697) on real messages', () => {
  it('a BSM: INTEGER as number, OCTET STRING as hex, ENUMERATED as identifier, fixed-size BIT STRING as hex, open type as its JER, absent components left out', () => {
    const j = viaText(BSM());
    expect(j.messageId).toBe(20);
    const core = j.value.coreData;
    expect(core.msgCnt).toBe(88);
    expect(core.lat).toBe(411642143);
    expect(core.long).toBe(-1048434120);
    expect(core.id).toBe('bea10000'); // TemporaryID: OCTET STRING (SIZE(4))
    expect(core.transmission).toBe('unavailable'); // TransmissionState
    expect(core.brakes.wheelBrakes).toBe('80'); // BrakeAppliedStatus: BIT STRING (SIZE(5)), bit 0 set
    // The open type (partII-Value, selected by partII-Id 0) is the JER of VehicleSafetyExtensions.
    expect(j.value.partII[0]['partII-Id']).toBe(0);
    const ext = j.value.partII[0]['partII-Value'];
    expect(Object.keys(ext)).toEqual(['pathHistory', 'pathPrediction']);
    expect(ext.pathHistory.crumbData).toHaveLength(15);
    // Optional components that are absent do not appear (no null, no undefined).
    expect(ext.pathHistory.crumbData[0]).toEqual({ latOffset: 130, lonOffset: 131071, elevationOffset: 2047, timeOffset: 16680 });
    expect('regional' in j.value).toBe(false);
  });

  it('a MAP: CHOICE as a one-member object, variable-size BIT STRING as value and length, character string as text', () => {
    const lane = viaText(MAP()).value.intersections[0].laneSet[0];
    expect(lane.name).toBe('1.1'); // DescriptiveName: IA5String
    expect(lane.laneAttributes.directionalUse).toBe('80'); // BIT STRING (SIZE(2))
    expect(lane.laneAttributes.sharedWith).toBe('0000'); // BIT STRING (SIZE(10)): two octets
    expect(lane.laneAttributes.laneType).toEqual({ vehicle: { value: '00', length: 8 } }); // BIT STRING (SIZE(8, ...))
    expect(lane.nodeList).toEqual({ nodes: [{ delta: { 'node-XY4': { x: 2205, y: 2195 } } }, { delta: { 'node-XY5': { x: 6861, y: -101 } } }] });
  });

  it('back from JSON text to the received octets, hex digits in either case', () => {
    for (const bytes of [BSM(), MAP()]) {
      const text = JSON.stringify(viaText(bytes));
      expect(toHex(codec.encode('MessageFrame', codec.fromJer('MessageFrame', JSON.parse(text)) as never))).toBe(toHex(bytes));
      const upper = text.replace(/"([0-9a-f]+)"/g, (_, h: string) => `"${h.toUpperCase()}"`);
      if (bytes.length === 177) expect(upper).toContain('"BEA10000"');
      expect(toHex(codec.encode('MessageFrame', codec.fromJer('MessageFrame', JSON.parse(upper)) as never))).toBe(toHex(bytes));
    }
  });
});
