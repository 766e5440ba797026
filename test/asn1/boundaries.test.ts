/**
 * Boundary tables for every constrained named type of every edition: the bounds encode and
 * round-trip; one beyond them is an EncodeError (or, for an extensible constraint, an
 * extension that still round-trips). Errors carry the field path.
 */
import { describe, expect, it } from 'vitest';
import { codec as c2020, type BasicSafetyMessage } from '../../asn1/generated/j2735-2020/index.js';
import type { Codec } from '../../asn1/runtime/api.js';
import { EncodeError } from '../../asn1/runtime/errors.js';
import type { IrType } from '../../asn1/runtime/schema.js';
import { fromHex, toHex } from '../../asn1/runtime/values.js';
import { editions } from './editions.js';
import { readHex } from './helpers.js';

const codec = c2020 as unknown as Codec<Record<string, unknown>>;

interface Row {
  type: string;
  value: unknown;
  ok: boolean;
  /** For an extensible constraint, out-of-root values still encode. */
  extension?: boolean;
  code?: string;
}

function sample(t: IrType, n: number): unknown {
  switch (t.kind) {
    case 'octetstring':
      return new Uint8Array(n);
    case 'bitstring':
      return { length: n, bytes: new Uint8Array((n + 7) >>> 3) };
    case 'charstring':
      return (t.alphabet ?? 'A').charAt(0).repeat(n) || '';
    default:
      return undefined;
  }
}

function rowsOf(c: Codec<Record<string, unknown>>): Row[] {
const rows: Row[] = [];
for (const [name, { type: t }] of Object.entries(c.schema.types)) {
  if (t.kind === 'integer' && t.lb !== null && t.ub !== null) {
    rows.push({ type: name, value: t.lb, ok: true }, { type: name, value: t.ub, ok: true });
    rows.push({ type: name, value: t.lb - 1, ok: t.ext, extension: t.ext, code: 'OUT_OF_RANGE' }, { type: name, value: t.ub + 1, ok: t.ext, extension: t.ext, code: 'OUT_OF_RANGE' });
    if (!t.ext) rows.push({ type: name, value: t.lb + 0.5, ok: false, code: 'OUT_OF_RANGE' }, { type: name, value: '1', ok: false, code: 'BAD_TYPE' });
  }
  if ((t.kind === 'octetstring' || t.kind === 'bitstring' || t.kind === 'charstring') && t.size) {
    const { lb, ub, ext } = t.size;
    rows.push({ type: name, value: sample(t, lb), ok: true });
    if (ub !== null) rows.push({ type: name, value: sample(t, ub), ok: true }, { type: name, value: sample(t, ub + 1), ok: ext, extension: ext, code: 'BAD_SIZE' });
    if (lb > 0) rows.push({ type: name, value: sample(t, lb - 1), ok: ext, extension: ext, code: 'BAD_SIZE' });
  }
  if (t.kind === 'enumerated') {
    rows.push({ type: name, value: t.root[0], ok: true }, { type: name, value: t.root[t.root.length - 1], ok: true }, { type: name, value: 'no-such-name', ok: false, code: 'BAD_ENUM' });
  }
  if (t.kind === 'biginteger') {
    rows.push({ type: name, value: BigInt(t.lb), ok: true }, { type: name, value: BigInt(t.ub), ok: true }, { type: name, value: BigInt(t.ub) + 1n, ok: false, code: 'OUT_OF_RANGE' });
  }
}
return rows;
}

describe.each(editions)('%s boundary tables', (_edition, c) => {
  const rows = rowsOf(c);
  it('covers the constrained types', () => {
    expect(rows.length).toBeGreaterThan(300);
  });

  it.each(rows.map((r) => [r.type, typeof r.value === 'object' ? `size ${(r.value as { length: number }).length}` : String(r.value), r] as const))('%s %s', (_t, _v, r) => {
    if (r.ok) {
      const bytes = c.encode(r.type, r.value);
      expect(c.decode(r.type, bytes)).toEqual(r.value);
      if (r.extension) expect(bytes[0]! & 0x80, 'extension bit set').toBe(0x80);
    } else {
      expect(() => c.encode(r.type, r.value)).toThrow(EncodeError);
      try {
        c.encode(r.type, r.value);
      } catch (e) {
        expect((e as EncodeError).code).toBe(r.code);
        expect((e as EncodeError).path[0]).toBe(r.type);
      }
    }
  });
});

describe('encode errors name the field path', () => {
  const bsm = codec.decode('MessageFrame', fromHex(readHex('j2735/asn1_codec-data/BSM_MessageFrame.hex'))) as { messageId: number; value: BasicSafetyMessage };

  it('a speed beyond 8191', () => {
    const bad = structuredClone(bsm);
    bad.value.coreData.speed = 9000;
    try {
      codec.encode('MessageFrame', bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(EncodeError);
      expect((e as EncodeError).code).toBe('OUT_OF_RANGE');
      expect((e as EncodeError).path).toEqual(['MessageFrame', 'value', 'coreData', 'speed']);
      expect((e as EncodeError).message).toContain('MessageFrame.value.coreData.speed: 9000 outside 0..8191');
    }
  });

  it('a path-history point deep inside partII', () => {
    const bad = structuredClone(bsm) as unknown as { value: { partII: { 'partII-Value': { pathHistory: { crumbData: { latOffset: number }[] } } }[] } };
    bad.value.partII[0]!['partII-Value'].pathHistory.crumbData[3]!.latOffset = 131072;
    expect(() => codec.encode('MessageFrame', bad)).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', path: ['MessageFrame', 'value', 'partII', 0, 'partII-Value', 'pathHistory', 'crumbData', 3, 'latOffset'] }));
  });

  it('a missing mandatory component, a wrong enumeration, a bad CHOICE, an octet string of the wrong size', () => {
    const a = structuredClone(bsm) as unknown as { value: { coreData: Record<string, unknown> } };
    delete a.value.coreData.accuracy;
    expect(() => codec.encode('MessageFrame', a)).toThrow(expect.objectContaining({ code: 'MISSING', path: ['MessageFrame', 'value', 'coreData', 'accuracy'] }));
    const b = structuredClone(bsm) as unknown as { value: { coreData: Record<string, unknown> } };
    b.value.coreData.transmission = 'warp';
    expect(() => codec.encode('MessageFrame', b)).toThrow(expect.objectContaining({ code: 'BAD_ENUM', path: ['MessageFrame', 'value', 'coreData', 'transmission'] }));
    const c = structuredClone(bsm) as unknown as { value: { coreData: Record<string, unknown> } };
    c.value.coreData.id = new Uint8Array(5);
    expect(() => codec.encode('MessageFrame', c)).toThrow(expect.objectContaining({ code: 'BAD_SIZE', path: ['MessageFrame', 'value', 'coreData', 'id'] }));
    expect(() => codec.encode('ITIScodesAndText', [{ item: { neither: 1 } }])).toThrow(expect.objectContaining({ code: 'BAD_CHOICE', path: ['ITIScodesAndText', 0, 'item'] }));
    expect(() => codec.encode('ITIScodesAndText', [])).toThrow(expect.objectContaining({ code: 'BAD_SIZE' }));
  });

  it('an unknown messageId needs opaque content, and opaque content re-encodes as given', () => {
    expect(() => codec.encode('MessageFrame', { messageId: 99, value: { a: 1 } })).toThrow(expect.objectContaining({ code: 'BAD_TYPE', path: ['MessageFrame', 'value'] }));
    const bytes = codec.encode('MessageFrame', { messageId: 99, value: Uint8Array.of(1, 2, 3) });
    expect(toHex(bytes)).toBe('006303010203');
    expect(codec.decode('MessageFrame', bytes)).toEqual({ messageId: 99, value: Uint8Array.of(1, 2, 3) });
  });
});
