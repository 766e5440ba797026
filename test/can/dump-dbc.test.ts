/** `v2x-edge can dump --dbc FILE`: frames decoded by a DBC file given on the command line. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEATURES_DBC, RAV4_DBC } from '../vehicle/fixtures.js';
import { dumpRows, runCanCaptured } from './cli-io.js';
import { RAV4_LOG } from './fixtures.js';

// Frames for the messages of test/fixtures/can/features.dbc; the expected values below are
// worked out by hand from each signal's definition in that file.
const fdData = Array.from({ length: 64 }, (_, i) => (i === 0 ? 0x05 : i >= 8 && i <= 12 ? 0xff : i === 63 ? 0x7f : 0));
const FEATURE_LOG = [
  '(1000.000000) can0 100#12340FFEAC0001F4',
  '(1000.010000) can0 100#00000000F0000000',
  '(1000.020000) can0 101#C830008078563412',
  '(1000.030000) can0 104#021027000000002A',
  '(1000.040000) can0 106#0102',
  `(1000.050000) can0 18FEFEFE##0${Buffer.from(fdData).toString('hex').toUpperCase()}`,
  '(1000.060000) can1 7FF#DEAD',
].join('\n') + '\n';

let dir = '';
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('v2x-edge can dump --dbc FILE', () => {
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'can-dump-dbc-')); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('decodes each frame by the DBC: both byte orders, signed, scale and offset, value tables, multiplexing, extended FD, short and unknown frames', async () => {
    const r = await runCanCaptured(['dump', '--log', file('features.log', FEATURE_LOG), '--dbc', FEATURES_DBC]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const rows = dumpRows(r.lines);
    expect(rows.map((x) => [x.t, x.channel, x.id, x.message])).toEqual([
      [1000, 'can0', '100', 'MOTOROLA_MIX'],
      [1000.01, 'can0', '100', 'MOTOROLA_MIX'],
      [1000.02, 'can0', '101', 'INTEL_MIX'],
      [1000.03, 'can0', '104', 'MUX_SIMPLE'],
      [1000.04, 'can0', '106', 'SHORT'],
      [1000.05, 'can0', '18FEFEFE', 'EXTENDED_FD'],
      [1000.06, 'can1', '7FF', null],
    ]);
    const [moto, motoTable, intel, mux, short, fd, unknown] = rows;

    // MOTOROLA_MIX 12 34 0F FE AC 00 01 F4: U16 = 0x1234 x 0.01; S12 = 0xFFE (-2) x 1.5;
    // U4 = 0xA (not in its value table); S4 = 0xC (-4) x 0.1; U24 = 0x0001F4 - 100
    expect(Object.keys(moto!.signals!)).toEqual(['U16', 'S12', 'U4', 'S4', 'U24']);
    expect(moto!.signals!.U16).toBeCloseTo(46.6, 9);
    expect(moto!.signals!.S12).toBe(-3);
    expect(moto!.signals!.U4).toBe(10);
    expect(moto!.signals!.S4).toBeCloseTo(-0.4, 9);
    expect(moto!.signals!.U24).toBe(400);
    expect(moto!.short).toBeUndefined();
    // U4 = 15 is "invalid" in the value table; U24 = 0 - 100
    expect(motoTable!.signals).toEqual({ U16: 0, S12: 0, U4: 'invalid', S4: 0, U24: -100 });

    // INTEL_MIX C8 30 00 80 78 56 34 12: A = 0x0C8 x 0.5 - 10; B = bits 12..31 = 0x80003 as
    // 20-bit signed; C = bytes 4..7 little-endian
    expect(intel!.signals).toEqual({ A: 90, B: 0x80003 - 0x100000, C: 0x12345678 });

    // MUX_SIMPLE 02 10 27 .. 2A: switch 2 ("page two") selects P2 = 0x2710 x 0.1; P0 and P1 absent
    expect(mux!.signals!.SW).toBe('page two');
    expect(mux!.signals!.P0).toBeNull();
    expect(mux!.signals!.P1).toBeNull();
    expect(mux!.signals!.P2).toBeCloseTo(1000, 9);
    expect(mux!.signals!.ALWAYS).toBe(42);

    // SHORT is 4 bytes in the DBC; a 2-byte frame carries LO but not HI (byte 3)
    expect(short).toMatchObject({ short: true, signals: { LO: 1, HI: null } });

    // EXTENDED_FD (29-bit id, 64 bytes): WIDE = bytes 0..7, WIDE_S = bytes 8..12 all ones (-1),
    // TAIL = byte 63
    expect(fd!.signals).toEqual({ WIDE: 5, WIDE_S: -1, TAIL: 0x7f });

    // an id the DBC does not define: its bytes
    expect(unknown).toEqual({ t: 1000.06, channel: 'can1', id: '7FF', message: null, data: 'DEAD' });
  });

  it("decodes Toyota's Motorola SPEED 47|16@0+ of 0B4#00000000C11019A6 as 41.21 km/h from the profile's DBC file", async () => {
    const r = await runCanCaptured(['dump', '--log', file('speed.log', '(1.000000) can0 0B4#00000000C11019A6\n'), '--dbc', RAV4_DBC]);
    expect(r.code).toBe(0);
    const [row] = dumpRows(r.lines);
    expect(row).toMatchObject({ id: '0B4', message: 'SPEED', signals: { ENCODER: 0xc1, CHECKSUM: 0xa6 } });
    expect(row!.signals!.SPEED).toBeCloseTo(41.21, 9);
  });

  it('with the DBC file of a profile prints what --profile prints, line for line, over the RAV4 log', async () => {
    const byDbc = await runCanCaptured(['dump', '--log', RAV4_LOG, '--dbc', RAV4_DBC, '--count', '5000']);
    const byProfile = await runCanCaptured(['dump', '--log', RAV4_LOG, '--profile', 'toyota-rav4-2017', '--count', '5000']);
    expect(byDbc.code).toBe(0);
    expect(byDbc.lines.length).toBe(5000);
    expect(byDbc.out).toBe(byProfile.out);
    expect(dumpRows(byDbc.lines).filter((x) => x.message !== null).length).toBeGreaterThan(1000);
  });

  it('refuses --dbc with --profile (exit 2), a missing file and a bad DBC (exit 1, with file and line)', async () => {
    const both = await runCanCaptured(['dump', '--log', RAV4_LOG, '--dbc', FEATURES_DBC, '--profile', 'toyota-rav4-2017']);
    expect([both.code, both.out]).toEqual([2, '']);
    expect(both.err).toMatch(/give --profile or --dbc, not both/);
    const missing = await runCanCaptured(['dump', '--log', RAV4_LOG, '--dbc', join(dir, 'none.dbc')]);
    expect([missing.code, missing.out]).toEqual([1, '']);
    expect(missing.err).toMatch(/ENOENT/);
    const bad = file('bad.dbc', 'VERSION ""\n\nBO_ 100 M: 8 X\n SG_ S : 0|8@2+ (1,0) [0|255] "" X\n');
    const broken = await runCanCaptured(['dump', '--log', RAV4_LOG, '--dbc', bad]);
    expect([broken.code, broken.out]).toEqual([1, '']);
    expect(broken.err).toMatch(/bad\.dbc:4: SG_ S: byte order must be 0 or 1/);
  });
});
