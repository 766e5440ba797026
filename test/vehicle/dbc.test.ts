import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DbcDecoder, compileMessage, displayValue } from '../../src/vehicle/dbc/compile.js';
import { DbcError, findMessage, parseDbc } from '../../src/vehicle/dbc/parse.js';
import type { DbcMessage, DbcSignal } from '../../src/vehicle/dbc/types.js';
import { fixture } from '../can/fixtures.js';
import { FEATURES_DBC, RAV4_DBC } from './fixtures.js';

const read = (p: string): string => readFileSync(p, 'latin1');
const features = parseDbc(read(FEATURES_DBC), 'features.dbc');
const msg = (name: string): DbcMessage => features.messages.find((m) => m.name === name)!;
const sig = (m: string, s: string): DbcSignal => msg(m).signals.find((x) => x.name === s)!;

/**
 * An independent reference: the frame as one big integer, and the signal cut out of it by
 * the DBC definition (Intel: little-endian integer, LSB at the start bit; Motorola:
 * big-endian integer, MSB at the start bit in sawtooth numbering).
 */
function referenceRaw(data: Uint8Array, s: Pick<DbcSignal, 'startBit' | 'length' | 'byteOrder' | 'signed'>): bigint {
  const len = BigInt(s.length);
  const mask = (1n << len) - 1n;
  let raw: bigint;
  if (s.byteOrder === 'little') {
    let v = 0n;
    for (let i = data.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(data[i]!);
    raw = (v >> BigInt(s.startBit)) & mask;
  } else {
    let v = 0n;
    for (const b of data) v = (v << 8n) | BigInt(b);
    const msbFromLeft = Math.floor(s.startBit / 8) * 8 + (7 - (s.startBit % 8));
    raw = (v >> BigInt(data.length * 8 - msbFromLeft - s.length)) & mask;
  }
  if (s.signed && (raw >> (len - 1n)) === 1n) raw -= 1n << len;
  return raw;
}

function referencePhysical(data: Uint8Array, s: DbcSignal): number {
  const raw = referenceRaw(data, s);
  if (s.valueType === 'integer') return Number(raw) * s.factor + s.offset;
  const bytes = new DataView(new ArrayBuffer(8));
  const u = raw < 0n ? raw + (1n << BigInt(s.length)) : raw;
  bytes.setBigUint64(0, u);
  const f = s.valueType === 'float32' ? bytes.getFloat32(4) : bytes.getFloat64(0);
  return f * s.factor + s.offset;
}

const same = (a: number, b: number): boolean => a === b || (Number.isNaN(a) && Number.isNaN(b));

describe('DBC parser', () => {
  it('reads the feature file: version, nodes, value tables, messages, comments, attributes', () => {
    expect(features.version).toBe('1.2 test');
    expect(features.nodes.map((n) => n.name)).toEqual(['ECU1', 'ECU2', 'GATEWAY']);
    expect(features.nodes[0]!.comment).toBe('The first ECU');
    expect([...features.valueTables.get('Gears')!.entries()]).toEqual([[0, 'P'], [1, 'R'], [2, 'N'], [3, 'D']]);
    expect(features.messages.map((m) => m.name)).toEqual(['MOTOROLA_MIX', 'INTEL_MIX', 'FLOATS', 'DOUBLE', 'EXTENDED_FD', 'MUX_SIMPLE', 'MUX_EXT', 'SHORT']);
    expect(features.comment).toBe("Feature test file; written for this project's parser tests.");
    expect(msg('MOTOROLA_MIX').comment).toBe('Motorola signals of\nseveral widths');
    expect(sig('MOTOROLA_MIX', 'U16').comment).toBe('A "quoted" word');
    expect(msg('MOTOROLA_MIX').transmitters).toEqual(['ECU1', 'GATEWAY']);
    expect(msg('MOTOROLA_MIX').attributes).toEqual({ GenMsgCycleTime: 20 });
    expect(sig('INTEL_MIX', 'A').attributes).toEqual({ GenSigStartValue: 42.5 });
    expect(features.attributes).toEqual({ BusType: 'CAN FD' });
    expect(features.attributeDefinitions.get('GenMsgCycleTime')).toEqual({ objectType: 'BO_', type: 'INT', default: 100 });
    expect(sig('MOTOROLA_MIX', 'S12')).toMatchObject({ startBit: 19, length: 12, byteOrder: 'big', signed: true, factor: 1.5, offset: 0, min: -3000, max: 3000, unit: 'deg', receivers: ['ECU2', 'GATEWAY'] });
    expect(sig('INTEL_MIX', 'A')).toMatchObject({ byteOrder: 'little', signed: false, factor: 0.5, offset: -10 });
    expect([...sig('MOTOROLA_MIX', 'U4').values!.entries()]).toEqual([[15, 'invalid'], [0, 'none']]);
    expect(sig('FLOATS', 'F32').valueType).toBe('float32');
    expect(sig('DOUBLE', 'F64').valueType).toBe('float64');
    const ext = findMessage(features, 0x18fefefe, true)!;
    expect(ext).toMatchObject({ name: 'EXTENDED_FD', extended: true, fd: true, length: 64 });
    expect(findMessage(features, 0x18fefefe, false)).toBeUndefined();
    expect(sig('MUX_SIMPLE', 'SW').isMultiplexer).toBe(true);
    expect(sig('MUX_SIMPLE', 'P1').multiplexedBy).toEqual({ switchName: 'SW', ranges: [[1, 1]] });
    expect(sig('MUX_EXT', 'S1')).toMatchObject({ isMultiplexer: true, multiplexedBy: { switchName: 'S0', ranges: [[3, 3]] } });
    expect(sig('MUX_EXT', 'DEEP').multiplexedBy).toEqual({ switchName: 'S1', ranges: [[0, 0], [2, 4]] });
    expect(sig('MUX_EXT', 'RANGED').multiplexedBy).toEqual({ switchName: 'S0', ranges: [[5, 7], [9, 9]] });
    expect(features.warnings).toEqual([]);
  });

  it('reads the three real opendbc files, reporting their quirks as warnings', () => {
    const toyota = parseDbc(read(RAV4_DBC), 'toyota');
    expect(toyota.messages.length).toBe(58);
    expect(toyota.messages.reduce((n, m) => n + m.signals.length, 0)).toBe(353);
    expect(toyota.warnings).toEqual([]);
    const steer = findMessage(toyota, 37)!;
    expect(steer.signals.find((s) => s.name === 'STEER_FRACTION')).toMatchObject({ startBit: 39, length: 4, byteOrder: 'big', signed: true, factor: 0.1, comment: expect.stringContaining('1/15th') });
    expect([...findMessage(toyota, 956)!.signals.find((s) => s.name === 'GEAR')!.values!.entries()]).toEqual([[0, 'D'], [1, 'S'], [8, 'N'], [16, 'R'], [32, 'P']]);
    expect(findMessage(toyota, 869)!.name).toBe('DSU_CRUISE'); // 'BO_ 869 DSU_CRUISE : 7' (space before the colon)

    const hyundai = parseDbc(read(fixture('hyundai_can_generated.dbc')), 'hyundai');
    expect(hyundai.messages.length).toBe(146);
    const ems12 = hyundai.messages.find((m) => m.name === 'EMS12')!;
    expect(ems12.signals.filter((s) => s.multiplexedBy !== undefined).map((s) => [s.name, s.multiplexedBy!.ranges[0]![0]])).toEqual([['CONF_TCU', 1], ['CAN_VERS', 0], ['TQ_STND', 3], ['OBD_FRF_ACK', 2]]);
    expect(hyundai.warnings).toEqual(['line 1659: CM_ 145 without BO_ read as a message comment', 'line 1660: CM_ 512 without BO_ read as a message comment']);

    const honda = parseDbc(read(fixture('honda_civic_touring_2016_can_generated.dbc')), 'honda');
    expect(honda.messages.length).toBe(38);
    expect(honda.warnings).toContain('line 323: CM_ SG_ ignored: message LKAS_HUD has no signal CAMERA_OVERHEAT');
  });

  const broken: [string, string, RegExp][] = [
    ['signal outside the message', 'BO_ 1 M: 2 X\n SG_ S : 23|8@0+ (1,0) [0|0] "" X\n', /x\.dbc:2: BO_ M SG_ S: bits 16\.\.23 lie outside the message's 2 bytes/],
    ['Motorola signal running past the end', 'BO_ 1 M: 8 X\n SG_ S : 56|16@0+ (1,0) [0|0] "" X\n', /x\.dbc:2: .*outside the message/],
    ['float32 of 16 bits', 'BO_ 1 M: 8 X\n SG_ S : 0|16@1+ (1,0) [0|0] "" X\nSIG_VALTYPE_ 1 S : 1;\n', /x\.dbc:2: BO_ M SG_ S: a float32 signal needs 32 bits/],
    ['value type of a missing signal', 'BO_ 1 M: 8 X\nSIG_VALTYPE_ 1 T : 1;\n', /x\.dbc:2: SIG_VALTYPE_: message M has no signal T/],
    ['duplicate id', 'BO_ 1 M: 8 X\nBO_ 1 N: 8 X\n', /x\.dbc:2: BO_ N: id 1 already used by M \(line 1\)/],
    ['duplicate signal', 'BO_ 1 M: 8 X\n SG_ S : 0|1@1+ (1,0) [0|0] "" X\n SG_ S : 1|1@1+ (1,0) [0|0] "" X\n', /x\.dbc:3: BO_ M: signal S defined twice/],
    ['bad multiplexer indicator', 'BO_ 1 M: 8 X\n SG_ S x3 : 0|8@1+ (1,0) [0|0] "" X\n', /x\.dbc:2: SG_ S: 'x3' is not a multiplexer indicator/],
    ['multiplexed without a switch', 'BO_ 1 M: 8 X\n SG_ S m1 : 0|8@1+ (1,0) [0|0] "" X\n', /x\.dbc:2: BO_ M SG_ S: multiplexed, but the message has no multiplexer signal/],
    ['unterminated string', 'VERSION "abc\n', /x\.dbc:1: unterminated string/],
    ['bad byte order', 'BO_ 1 M: 8 X\n SG_ S : 0|8@2+ (1,0) [0|0] "" X\n', /x\.dbc:2: SG_ S: byte order must be 0 or 1/],
    ['11-bit id out of range', 'BO_ 2048 M: 8 X\n', /x\.dbc:1: BO_ M: id 0x800 out of range/],
    ['classic message longer than 8 bytes', 'BO_ 1 M: 12 X\n SG_ S : 0|8@1+ (1,0) [0|0] "" X\nBA_ "VFrameFormat" BO_ 1 0;\n', /x\.dbc:1: BO_ M: length 12 > 8/],
  ];
  for (const [what, text, re] of broken) {
    it(`throws with file and line for our own bad DBC: ${what}`, () => {
      let e: unknown;
      try { parseDbc(text, 'x.dbc'); } catch (x) { e = x; }
      expect(e).toBeInstanceOf(DbcError);
      expect(String((e as Error).message)).toMatch(re);
    });
  }
});

describe('compiled message decoders', () => {
  it("decodes Toyota's Motorola SPEED 47|16@0+ of 0B4#00000000C11019A6 as raw 4121 (41.21 km/h)", () => {
    const toyota = parseDbc(read(RAV4_DBC), 'toyota');
    const dec = new DbcDecoder(toyota);
    const r = dec.decodeFrame(0xb4, false, Uint8Array.from([0, 0, 0, 0, 0xc1, 0x10, 0x19, 0xa6]))!;
    expect(r.message.name).toBe('SPEED');
    expect(r.values.SPEED).toBeCloseTo(41.21, 10);
    expect(Math.round((r.values.SPEED as number) / 0.01)).toBe(4121);
    expect(r.values.ENCODER).toBe(0xc1);
    expect(r.values.CHECKSUM).toBe(0xa6);
  });

  it('matches an independent big-integer decoding for random signal layouts and payloads', () => {
    const arb = fc.record({
      order: fc.constantFrom<'little' | 'big'>('little', 'big'),
      signed: fc.boolean(),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
      length: fc.integer({ min: 1, max: 64 }),
      startSeed: fc.nat(),
      factor: fc.constantFrom(1, 0.01, -0.5, 2.5e-3),
      offset: fc.constantFrom(0, -67.67, 125),
    }).filter((r) => r.length <= r.bytes.length * 8);
    fc.assert(fc.property(arb, (r) => {
      const total = r.bytes.length * 8;
      let startBit: number;
      if (r.order === 'little') {
        startBit = r.startSeed % (total - r.length + 1);
      } else {
        // the MSB position (big-endian numbering) must leave room for the length
        const msb = r.startSeed % (total - r.length + 1);
        startBit = Math.floor(msb / 8) * 8 + (7 - (msb % 8));
      }
      const s: DbcSignal = {
        name: 'S', startBit, length: r.length, byteOrder: r.order, signed: r.signed, valueType: 'integer',
        factor: r.factor, offset: r.offset, min: 0, max: 0, unit: '', receivers: [], isMultiplexer: false, attributes: {}, line: 1,
      };
      const m: DbcMessage = { id: 1, extended: false, fd: false, name: 'M', length: r.bytes.length, transmitter: 'X', transmitters: [], signals: [s], attributes: {}, line: 1 };
      const c = compileMessage(m);
      const out = c.newValues();
      expect(c.decode(r.bytes, out)).toBe(0);
      expect(same(out[0]!, referencePhysical(r.bytes, s))).toBe(true);
    }), { numRuns: 3000 });
  });

  it('decodes every signal of the feature file as the reference does, on random payloads', () => {
    for (const m of features.messages) {
      const c = compileMessage(m);
      const out = c.newValues();
      fc.assert(fc.property(fc.uint8Array({ minLength: m.length, maxLength: m.length }), (data) => {
        c.decode(data, out);
        m.signals.forEach((s, i) => {
          if (s.multiplexedBy !== undefined) return; // checked below
          expect(same(out[i]!, referencePhysical(data, s)), `${m.name}.${s.name}`).toBe(true);
        });
      }), { numRuns: 300 });
    }
  });

  it('decodes IEEE float signals of both byte orders', () => {
    const f = compileMessage(msg('FLOATS'));
    const out = f.newValues();
    const d = new Uint8Array(8);
    const dv = new DataView(d.buffer);
    dv.setFloat32(0, Math.PI, true); // F32: Intel at bit 0
    d[4] = 0; // F32M: Motorola, MSB at bit 39 = byte 4 -> bytes 4..7 big-endian
    dv.setFloat32(4, -1.25, false);
    f.decode(d, out);
    expect(out[0]).toBe(Math.fround(Math.PI));
    expect(out[1]).toBe(-1.25 * 2 + 1);
    const g = compileMessage(msg('DOUBLE'));
    const o2 = g.newValues();
    const d2 = new Uint8Array(8);
    new DataView(d2.buffer).setFloat64(0, -123.456e-7, true);
    g.decode(d2, o2);
    expect(o2[0]).toBe(-123.456e-7);
  });

  it('decodes 64-bit and 40-bit signals and the last byte of a 64-byte FD frame', () => {
    const c = compileMessage(msg('EXTENDED_FD'));
    const out = c.newValues();
    const d = new Uint8Array(64);
    d.set([0xff, 0xee, 0xdd, 0xcc, 0xbb, 0xaa, 0x99, 0x88, 0x01, 0x00, 0x00, 0x00, 0x80]);
    d[63] = 0x5a;
    c.decode(d, out);
    expect(out[0]).toBe(Number(0x8899aabbccddeeffn));
    expect(out[1]).toBe(-(2 ** 39) + 1);
    expect(out[2]).toBe(0x5a);
  });

  it('follows simple multiplexing: only the page of the switch value is present', () => {
    const c = compileMessage(msg('MUX_SIMPLE'));
    const out = c.newValues();
    const idx = (n: string): number => c.index.get(n)!;
    const frame = (sw: number, b1: number, b2: number): Uint8Array => Uint8Array.from([sw, b1, b2, 0, 0, 0, 0, 0x77]);
    c.decode(frame(0, 0xfe, 0x01), out);
    expect([out[idx('SW')], out[idx('P0')], out[idx('P1')], out[idx('P2')], out[idx('ALWAYS')]]).toEqual([0, 0xfe, NaN, NaN, 0x77]);
    c.decode(frame(1, 0xfe, 0x01), out);
    expect([out[idx('P0')], out[idx('P1')], out[idx('P2')]]).toEqual([NaN, -2, NaN]);
    c.decode(frame(2, 0x10, 0x01), out);
    expect(out[idx('P2')]).toBeCloseTo(27.2, 10);
    c.decode(frame(3, 0x10, 0x01), out);
    expect([out[idx('P0')], out[idx('P1')], out[idx('P2')]]).toEqual([NaN, NaN, NaN]);
    expect(displayValue(sig('MUX_SIMPLE', 'SW'), 1)).toBe('page one');
    expect(displayValue(sig('MUX_SIMPLE', 'SW'), 3)).toBe(3);
  });

  it('follows extended multiplexing (SG_MUL_VAL_ ranges, a multiplexed multiplexer)', () => {
    const c = compileMessage(msg('MUX_EXT'));
    const out = c.newValues();
    const get = (s0: number, s1: number): number[] => {
      c.decode(Uint8Array.from([s0, s1, 0x42, 0x24, 0, 0, 0, 0]), out);
      return ['S0', 'S1', 'DEEP', 'RANGED'].map((n) => out[c.index.get(n)!]!);
    };
    expect(get(3, 0)).toEqual([3, 0, 0x42, NaN]);
    expect(get(3, 1)).toEqual([3, 1, NaN, NaN]);
    expect(get(3, 4)).toEqual([3, 4, 0x42, NaN]);
    expect(get(2, 0)).toEqual([2, NaN, NaN, NaN]); // S1 absent, so DEEP too
    expect(get(6, 0)).toEqual([6, NaN, NaN, 0x24]);
    expect(get(8, 0)).toEqual([8, NaN, NaN, NaN]);
    expect(get(9, 0)).toEqual([9, NaN, NaN, 0x24]);
  });

  it('decodes what a short or empty frame carries, marks the rest absent, and says it was short', () => {
    const c = compileMessage(msg('SHORT'));
    const out = c.newValues();
    expect(c.decode(Uint8Array.from([7, 1, 2, 9]), out)).toBe(0);
    expect([...out]).toEqual([7, 9]);
    expect(c.decode(Uint8Array.from([5]), out)).toBe(1);
    expect([...out]).toEqual([5, NaN]);
    expect(c.decode(new Uint8Array(0), out)).toBe(1);
    expect([...out]).toEqual([NaN, NaN]);
  });

  it('compiles a subset of signals in the order asked, still reading their multiplexer', () => {
    const c = compileMessage(msg('MUX_SIMPLE'), ['ALWAYS', 'P1']);
    expect(c.signals.map((s) => s.name)).toEqual(['ALWAYS', 'P1']);
    const out = c.newValues();
    c.decode(Uint8Array.from([1, 0x80, 0, 0, 0, 0, 0, 9]), out);
    expect([...out]).toEqual([9, -128]);
    expect(() => compileMessage(msg('MUX_SIMPLE'), ['NOPE'])).toThrow(/MUX_SIMPLE: no signal NOPE/);
  });
});
