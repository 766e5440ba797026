/**
 * The J2735 2020 codec against real encodings from other implementations:
 * - every frame the independent decoder (asn1tools) re-encodes identically decodes to the
 *   same values, field by field, and re-encodes to the same bytes;
 * - the XER decodes saved with the jpo-ode and asn1_codec vectors agree field by field;
 * - the 128-BSM bundle decodes message after message and matches its XER;
 * - the other vectors (1609.2 wrappers, trailing bytes, 2024-only ids) give a correct partial
 *   result or a typed error, never anything else.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codec as c2020 } from '../../asn1/generated/j2735-2020/index.js';
import type { Codec } from '../../asn1/runtime/api.js';
import { DecodeError } from '../../asn1/runtime/errors.js';
import { fromHex, toHex } from '../../asn1/runtime/values.js';
import { bitDiff, fixtures, loadExpected, readHex, toAsn1toolsForm } from './helpers.js';
import { compareXer, parseXml } from './xer.js';

const codec = c2020 as unknown as Codec<Record<string, unknown>>;
const expected = loadExpected('2020');
const entries = Object.entries(expected);
const identical = entries.filter(([, e]) => e.frameReencodesIdentically === true && e.value !== undefined);
const frameType = codec.schema.types.MessageFrame!.type;

describe('J2735 2020: vectors the independent decoder re-encodes identically', () => {
  it('covers the 39 frames whose frame and value both re-encode identically (and the others with a value)', () => {
    expect(identical.filter(([, e]) => e.valueReencodesIdentically).length).toBe(39);
  });

  it.each(identical)('%s decodes to the independent values and re-encodes to the same bytes', (_name, e) => {
    const bytes = fromHex(e.hex);
    const frame = codec.decode('MessageFrame', bytes) as { messageId: number; value: unknown };
    expect(frame.messageId).toBe(e.messageId);
    const inner = (frameType.kind === 'sequence' && frameType.fields[1]!.type.kind === 'open' ? frameType.fields[1]!.type.entries : []).find((x) => x.key === frame.messageId);
    expect(inner, `a type for messageId ${frame.messageId}`).toBeDefined();
    expect(frame.value).not.toBeInstanceOf(Uint8Array);
    expect(toAsn1toolsForm(codec, inner!.type, frame.value)).toEqual(e.value);
    const again = toHex(codec.encode('MessageFrame', frame));
    expect(again, bitDiff(e.hex, again)).toBe(e.hex);
  });
});

/**
 * Where a saved XER disagrees with the bytes, the bytes are trusted (the independent decoder
 * agrees with ours on every one of these); each disagreement is listed with its reason and
 * must still be present, so the list cannot go stale.
 */
const xerDisagreements: Record<string, { under: string; reason: string }[]> = {
  'jpo-ode/BSM_001': [
    { under: '.value.partII[0].partII-Value.', reason: 'the XER shows another message: 10 path-history points and event flags where the 22 octets of partII hold 2 points' },
  ],
  'jpo-ode/BSM_002': [
    { under: '.value.partII[1].partII-Value.doNotUse', reason: 'the XER was written with the 2024 names (doNotUse1/2) of the 2020 weatherReport/weatherProbe' },
    { under: '.value.partII[1].partII-Value.weather', reason: 'same renaming, seen from the 2020 side' },
  ],
  'jpo-ode/BSM_003': [
    { under: '.value.partII[1].partII-Value.doNotUse2', reason: '2024 name of weatherProbe' },
    { under: '.value.partII[1].partII-Value.weatherProbe', reason: 'same renaming, seen from the 2020 side' },
  ],
  // jpo-ode's MAP approval cases: the XER keeps the source's full precision, the bytes hold the
  // reference point rounded to 10 units (XER 17442 / bytes 17440, ...).
  'jpo-ode/MAP_001': [{ under: '.value.intersections[0].refPoint.elevation', reason: 'XER 17442, bytes 17440' }],
  'jpo-ode/MAP_002': [{ under: '.value.intersections[0].refPoint.elevation', reason: 'XER 17232, bytes 17230' }],
  'jpo-ode/MAP_003': [{ under: '.value.intersections[0].refPoint.elevation', reason: 'XER 17146, bytes 17140' }],
  'jpo-ode/MAP_004': [{ under: '.value.intersections[0].refPoint.elevation', reason: 'XER 16899, bytes 16890' }],
  'jpo-ode/MAP_005': [
    { under: '.value.intersections[0].refPoint.long', reason: 'XER -1050870692, bytes -1050870690' },
    { under: '.value.intersections[0].refPoint.elevation', reason: 'XER 17025, bytes 17020' },
  ],
  'jpo-ode/MAP_006': [{ under: '.value.intersections[0].laneSet[15].laneAttributes.laneType.vehicle', reason: 'the saved XER has a timestamp pasted into this bit string' }],
  'asn1_codec-data/TIM_MessageFrame': [{ under: '.value.dataFrames[0].notUsed', reason: 'the hand-written XML input says 0 for the three notUsed fields; the bytes carry 3, 2, 3' }],
};

describe('J2735 2020: XER decodes saved with the vectors', () => {
  const pairs: [string, string][] = [];
  for (const dir of ['jpo-ode', 'asn1_codec-data']) {
    for (const name of ['BSM_001', 'BSM_002', 'BSM_003', 'MAP_001', 'MAP_002', 'MAP_003', 'MAP_004', 'MAP_005', 'MAP_006', 'PSM_001', 'SPAT_001', 'SRM_001', 'SSM_001', 'SSM_002', 'TIM_001', 'BSM_MessageFrame', 'TIM_MessageFrame']) {
      for (const ext of ['.xer', '.xml']) {
        if (existsSync(join(fixtures, 'j2735', dir, name + ext))) pairs.push([`${dir}/${name}`, ext]);
      }
    }
  }

  it('finds the XER files', () => {
    expect(pairs.length).toBe(17);
  });

  it.each(pairs)('%s agrees with its XER field by field', (name, ext) => {
    const xer = parseXml(readFileSync(join(fixtures, 'j2735', name + ext), 'utf8'));
    expect(xer[0]!.name).toBe('MessageFrame');
    const { value } = codec.decodeDetailed('MessageFrame', fromHex(readHex(`j2735/${name}.hex`)));
    const diffs = compareXer(codec, frameType, xer[0]!, value);
    const known = xerDisagreements[name] ?? [];
    const unexplained = diffs.filter((d) => !known.some((k) => d.startsWith(k.under)));
    expect(unexplained).toEqual([]);
    for (const k of known) expect(diffs.some((d) => d.startsWith(k.under)), `still disagrees: ${k.reason}`).toBe(true);
  });
});

describe('J2735 2020: the 128-BSM bundle', () => {
  it('decodes 128 frames back to back that match the bundle XER and re-encode identically', () => {
    const bytes = new Uint8Array(readFileSync(join(fixtures, 'j2735', 'asn1_codec-data', 'BSM_x128_bundle.uper')));
    const xer = parseXml(readFileSync(join(fixtures, 'j2735', 'asn1_codec-data', 'BSM_x128_bundle.xer'), 'utf8'));
    expect(xer.length).toBe(128);
    let off = 0;
    for (let i = 0; i < 128; i++) {
      const r = codec.decodeDetailed('MessageFrame', bytes.subarray(off));
      expect(compareXer(codec, frameType, xer[i]!, r.value), `frame ${i}`).toEqual([]);
      const orig = toHex(bytes.subarray(off, off + r.usedOctets));
      const again = toHex(codec.encode('MessageFrame', r.value));
      expect(again, bitDiff(orig, again)).toBe(orig);
      off += r.usedOctets;
    }
    expect(off).toBe(bytes.length);
  });
});

describe('J2735 2020: the other vectors', () => {
  const others = entries.filter(([, e]) => !(e.frameReencodesIdentically === true && e.value !== undefined));

  it.each(others)('%s gives a partial result or a typed error', (_name, e) => {
    const bytes = fromHex(e.hex);
    let result: ReturnType<typeof codec.decodeDetailed> | undefined;
    try {
      result = codec.decodeDetailed('MessageFrame', bytes);
    } catch (err) {
      expect(err).toBeInstanceOf(DecodeError);
      const de = err as DecodeError;
      expect(de.path[0]).toBe('MessageFrame');
      expect(typeof de.bitOffset).toBe('number');
      // The independent decoder failed on the same inputs.
      expect(e.asn1toolsError).toBeDefined();
      return;
    }
    const frame = result.value as { messageId: number; value: unknown };
    if (e.messageId !== undefined) expect(frame.messageId).toBe(e.messageId);
    if (frame.value instanceof Uint8Array) {
      // Unknown to 2020 (RSM 33, SDSM 41, 1609.2 data read as a frame): kept as opaque octets, re-encoded as received.
      const again = toHex(codec.encode('MessageFrame', frame));
      expect(e.hex.startsWith(again)).toBe(true);
    } else if (e.value !== undefined) {
      const inner = (frameType.kind === 'sequence' && frameType.fields[1]!.type.kind === 'open' ? frameType.fields[1]!.type.entries : []).find((x) => x.key === frame.messageId)!;
      expect(toAsn1toolsForm(codec, inner.type, frame.value)).toEqual(e.value);
    }
    // Whatever the frame did not use is reported, not hidden.
    expect(result.usedOctets + result.trailing.length).toBe(bytes.length);
  });

  it('reports the trailing octets of a frame with padding after it', () => {
    const e = expected['jpo-ode/BSM_001']!;
    const bytes = fromHex(e.hex);
    const r = codec.decodeDetailed('MessageFrame', bytes);
    expect(r.trailing.length).toBeGreaterThan(0);
    expect(() => codec.decode('MessageFrame', bytes)).toThrow(expect.objectContaining({ code: 'TRAILING_DATA' }));
    expect(codec.decode('MessageFrame', bytes, { allowTrailing: true })).toEqual(r.value);
  });
});
