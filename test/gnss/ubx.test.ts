/**
 * UBX decoding on the real NEO-M8L and ZED-F9R captures, cross-checked against the NMEA the
 * same receiver sent for the same epochs; speed and course accuracy; NAV-COV and NAV-HPPOSLLH
 * layouts and their precedence in a fix; invalid frames.
 */
import { describe, expect, it } from 'vitest';
import { ellipseFromCovariance } from '../../hal/gnss/epoch.js';
import { Framer, asciiSlice } from '../../hal/gnss/framer.js';
import { parseNmeaSentence } from '../../hal/gnss/nmea.js';
import type { NavPvtObs } from '../../hal/gnss/observations.js';
import { daysFromCivil } from '../../hal/gnss/observations.js';
import { encodeUbxFrame, parseUbxFrame } from '../../hal/gnss/ubx.js';
import { content, offlineParse, receiverBytes } from './fixtures.js';

/** A UBX frame and where it lies in the capture (offset of its first byte, offset after its last). */
interface Frame { kind: 'ubx'; cls: number; id: number; payload: Uint8Array; start: number; end: number }
interface Line { kind: 'nmea'; s: string }

function frames(bytes: Uint8Array): (Frame | Line)[] {
  const out: (Frame | Line)[] = [];
  const f: Framer = new Framer({
    nmea: (d, a, b) => out.push({ kind: 'nmea', s: asciiSlice(d, a, b) }),
    ubx: (cls, id, payload) => out.push({ kind: 'ubx', cls, id, payload: payload.slice(), start: f.frameStart, end: f.frameEnd }),
    other: () => undefined,
    discard: () => undefined,
  });
  f.push(bytes);
  f.end();
  return out;
}

describe('NAV-PVT from a real NEO-M8L', () => {
  const all = frames(receiverBytes('gpsd_ublox-neo-m8l.log'));
  const pvts = all.filter((f): f is Frame => f.kind === 'ubx' && f.cls === 1 && f.id === 7);

  it('decodes the first epoch field by field', () => {
    expect(pvts).toHaveLength(19);
    const p = parseUbxFrame(1, 7, pvts[0]!.payload) as NavPvtObs;
    expect(p).toEqual({
      kind: 'NAV-PVT', itow: 228_730_000,
      date: daysFromCivil(2024, 1, 30),
      // 15:31:52 with nano = -422154 ns, rounded to the ms.
      tod: (15 * 3600 + 31 * 60 + 52) * 1000,
      fixType: 4, gnssFixOk: true, diffSoln: true, carrSoln: 0, invalidLlh: false, numSv: 14,
      lat: 48.7409646, lon: 9.3117369, height: 311.278, hMsl: 263.667, hAcc: 5.124, vAcc: 11.54,
      velD: expect.any(Number), gSpeed: 0.428, headMot: 252.96054, sAcc: 0.313, headAcc: 4.84085, pdop: 2.18,
      headVeh: 252.96053,
    });
  });

  it('the fix carries the receiver leap seconds (NAV-TIMEGPS) and its DOPs (NAV-DOP)', () => {
    const r = offlineParse(receiverBytes('gpsd_ublox-neo-m8l.log'));
    expect(r.fixes).toHaveLength(19);
    expect(r.fixes[0]).toMatchObject({
      protocol: 'ubx', time: Date.UTC(2024, 0, 30, 15, 31, 52), leapSeconds: 18, leapSecondsSource: 'receiver',
      quality: 'dgps', mode: '3d', valid: true, altHae: 311.278, altMsl: 263.667, hdop: 1.05, vdop: 1.91, pdop: 2.18,
      accuracy: { semiMajor: 5.124, semiMinor: 5.124, orientation: 0, source: 'ubx-hacc' }, verticalAccuracy: 11.54,
    });
  });
});

describe('ZED-F9R: UBX and NMEA from the same receiver agree', () => {
  const all = frames(receiverBytes('gpsd_ublox-zed-f9r.log'));

  it('every NAV-PVT matches the GGA and RMC of its epoch', () => {
    let matched = 0;
    let pvt: NavPvtObs | undefined;
    for (const f of all) {
      if (f.kind === 'ubx' && f.cls === 1 && f.id === 7) pvt = parseUbxFrame(1, 7, f.payload) as NavPvtObs;
      if (f.kind !== 'nmea' || pvt === undefined) continue;
      const o = parseNmeaSentence(f.s);
      if (o.kind === 'GGA') {
        expect(o.tod).toBe(pvt.tod);
        // NMEA carries 1e-5 minutes (1.67e-7 deg), UBX 1e-7 deg: both rounded, so up to
        // half of each apart (1.33e-7 deg).
        expect(Math.abs(o.lat! - pvt.lat)).toBeLessThan(1.34e-7);
        expect(Math.abs(o.lon! - pvt.lon)).toBeLessThan(1.34e-7);
        expect(Math.abs(o.altMsl! - pvt.hMsl)).toBeLessThanOrEqual(0.05 + 1e-9);
        expect(o.numSv).toBe(Math.min(pvt.numSv, 12));
        matched++;
      }
      if (o.kind === 'RMC') {
        expect(o.date).toBe(pvt.date);
        expect(o.tod).toBe(pvt.tod);
      }
    }
    expect(matched).toBe(30);
  });

  it('fixes merge both: UBX position, NMEA GST ellipse, receiver leap seconds', () => {
    const r = offlineParse(receiverBytes('gpsd_ublox-zed-f9r.log'));
    expect(r.fixes).toHaveLength(30);
    for (const f of r.fixes) {
      expect(f.protocol).toBe('nmea+ubx');
      expect(f.quality).toBe('rtk-float');
      expect(f.accuracy?.source).toBe('nmea-gst');
      expect(f.leapSecondsSource).toBe('receiver');
    }
    expect(r.fixes[0]).toMatchObject({ lat: 45.065772, lon: 7.6590613, accuracy: { semiMajor: 0.19, semiMinor: 0.12, orientation: 97 }, verticalAccuracy: 0.088 });
  });
});

describe('speed and course accuracy of a fix: NAV-PVT sAcc and headAcc', () => {
  it.each([
    ['gpsd_ublox-neo-m8l.log', 19, { speedAccuracy: 0.313, courseAccuracy: 4.84085 }],
    // Static on a table: the heading of motion is unknown, and the receiver says so (180 deg).
    ['gpsd_ublox-zed-f9r.log', 30, { speedAccuracy: 0.196, courseAccuracy: 180 }],
  ])('%s: every fix carries the sAcc (mm/s -> m/s) and headAcc (1e-5 deg -> deg) of its NAV-PVT', (file, epochs, first) => {
    const bytes = receiverBytes(file);
    // Read straight from the payload bytes (M8/F9 NAV-PVT: date and time at 4..10, nano I4 at 16,
    // sAcc U4 at 68, headAcc U4 at 72), not through our decoder, keyed by the epoch's UTC time.
    const expected = new Map<number, { speedAccuracy: number; courseAccuracy: number }>();
    for (const f of frames(bytes)) {
      if (f.kind !== 'ubx' || f.cls !== 1 || f.id !== 7) continue;
      const p = f.payload;
      const v = new DataView(p.buffer, p.byteOffset, p.byteLength);
      const time = Date.UTC(v.getUint16(4, true), p[6]! - 1, p[7]!, p[8]!, p[9]!, p[10]!) + Math.round(v.getInt32(16, true) / 1e6);
      expected.set(time, { speedAccuracy: v.getUint32(68, true) / 1000, courseAccuracy: v.getUint32(72, true) / 1e5 });
    }
    const fixes = offlineParse(bytes).fixes;
    expect(expected.size).toBe(epochs);
    expect(fixes).toHaveLength(epochs);
    for (const f of fixes) {
      expect({ speedAccuracy: f.speedAccuracy, courseAccuracy: f.courseAccuracy }, new Date(f.time!).toISOString()).toEqual(expected.get(f.time!));
    }
    expect(fixes[0]).toMatchObject(first);
    // The receiver's figure changes from epoch to epoch, and the fixes follow it.
    expect(new Set(fixes.map((f) => f.speedAccuracy)).size).toBeGreaterThan(5);
  });
});

function payload(size: number, fill: (v: DataView) => void): Uint8Array {
  const p = new Uint8Array(size);
  fill(new DataView(p.buffer));
  return p;
}

describe('NAV-HPPOSLLH and NAV-COV', () => {
  it('NAV-HPPOSLLH adds the high-precision parts (1e-9 deg, 0.1 mm)', () => {
    const p = payload(36, (v) => {
      v.setUint8(0, 0);
      v.setUint32(4, 515_666_000, true);
      v.setInt32(8, 76_590_613, true);
      v.setInt32(12, 450_657_720, true);
      v.setInt32(16, 304_639, true);
      v.setInt32(20, 257_404, true);
      v.setInt8(24, -37);
      v.setInt8(25, 42);
      v.setInt8(26, 7);
      v.setInt8(27, -3);
      v.setUint32(28, 1234, true);
      v.setUint32(32, 5678, true);
    });
    expect(parseUbxFrame(1, 0x14, p)).toEqual({
      kind: 'NAV-HPPOSLLH', itow: 515_666_000, invalidLlh: false,
      lon: 7.659061263, lat: 45.065772042, height: 304.6397, hMsl: 257.4037, hAcc: 0.1234, vAcc: 0.5678,
    });
  });

  it('NAV-COV gives the error ellipse of the north/east covariance', () => {
    const p = payload(64, (v) => {
      v.setUint32(0, 515_666_000, true);
      v.setUint8(5, 1);
      v.setFloat32(16, 2.5, true); // NN
      v.setFloat32(20, 1.5, true); // NE
      v.setFloat32(28, 2.5, true); // EE
      v.setFloat32(36, 0.25, true); // DD
    });
    expect(parseUbxFrame(1, 0x36, p)).toEqual({ kind: 'NAV-COV', itow: 515_666_000, posValid: true, nn: 2.5, ne: 1.5, ee: 2.5, dd: 0.25 });
  });

  it('ellipse of a covariance: axes are sqrt(eigenvalues), orientation clockwise from north in [0, 180)', () => {
    const close = (e: { semiMajor: number; semiMinor: number; orientation: number }, a: number, b: number, o: number): void => {
      expect(e.semiMajor).toBeCloseTo(a, 9);
      expect(e.semiMinor).toBeCloseTo(b, 9);
      expect(e.orientation).toBeCloseTo(o, 9);
    };
    close(ellipseFromCovariance(4, 0, 1, 'ubx-nav-cov'), 2, 1, 0); // long north-south
    close(ellipseFromCovariance(1, 0, 4, 'ubx-nav-cov'), 2, 1, 90); // long east-west
    close(ellipseFromCovariance(2.5, 1.5, 2.5, 'ubx-nav-cov'), 2, 1, 45); // towards north-east
    close(ellipseFromCovariance(2.5, -1.5, 2.5, 'ubx-nav-cov'), 2, 1, 135); // towards north-west
    close(ellipseFromCovariance(1, 0, 1, 'ubx-nav-cov'), 1, 1, 0); // a circle
  });

  it('a NAV-COV in an epoch sets the fix ellipse and vertical accuracy', () => {
    const bytes = receiverBytes('gpsd_ublox-neo-m8l.log');
    // Insert a NAV-COV for the first epoch just before its NAV-EOE.
    const eoe = bytes.findIndex((b, i) => b === 0xb5 && bytes[i + 1] === 0x62 && bytes[i + 2] === 0x01 && bytes[i + 3] === 0x61);
    const cov = encodeUbxFrame(1, 0x36, payload(64, (v) => {
      v.setUint32(0, 228_730_000, true);
      v.setUint8(5, 1);
      v.setFloat32(16, 1, true);
      v.setFloat32(28, 4, true);
      v.setFloat32(36, 9, true);
    }));
    const r = offlineParse(new Uint8Array(Buffer.concat([bytes.subarray(0, eoe), cov, bytes.subarray(eoe)])));
    expect(r.fixes[0]!.accuracy).toEqual({ semiMajor: 2, semiMinor: 1, orientation: 90, source: 'ubx-nav-cov' });
    expect(r.fixes[0]!.verticalAccuracy).toBe(3);
    expect(r.fixes[1]!.accuracy?.source).toBe('ubx-hacc');
  });
});

/*
 * None of the real captures carries NAV-HPPOSLLH (their receivers were not set to send it), so
 * the frame here is constructed (checksum by encodeUbxFrame) for the first epoch of the NEO-M8L
 * capture (iTOW 228730000 = 15:31:52 UTC) and put into that capture, next to the real NAV-PVT.
 */
describe('NAV-HPPOSLLH and NAV-PVT in one epoch', () => {
  const bytes = receiverBytes('gpsd_ublox-neo-m8l.log');
  const all = frames(bytes);
  const pvt0 = all.find((f): f is Frame => f.kind === 'ubx' && f.cls === 1 && f.id === 7)!;
  const baseline = offlineParse(bytes).fixes;
  const hpposllh = (flags: number): Uint8Array => encodeUbxFrame(1, 0x14, payload(36, (v) => {
    v.setUint8(3, flags);
    v.setUint32(4, 228_730_000, true);
    v.setInt32(8, 93_117_372, true); // lon 1e-7 deg
    v.setInt32(12, 487_409_650, true); // lat 1e-7 deg
    v.setInt32(16, 311_281, true); // height mm
    v.setInt32(20, 263_670, true); // hMSL mm
    v.setInt8(24, 45); // lonHp 1e-9 deg
    v.setInt8(25, 23); // latHp 1e-9 deg
    v.setInt8(26, 4); // heightHp 0.1 mm
    v.setInt8(27, -2); // hMSLHp 0.1 mm
    v.setUint32(28, 1234, true); // hAcc 0.1 mm
    v.setUint32(32, 2345, true); // vAcc 0.1 mm
  }));
  const withFrame = (at: number, frame: Uint8Array): Uint8Array => new Uint8Array(Buffer.concat([bytes.subarray(0, at), frame, bytes.subarray(at)]));

  it('the real captures have none (the frame below is constructed)', () => {
    for (const file of ['gpsd_ublox-neo-m8l.log', 'gpsd_ublox-zed-f9r.log']) {
      expect(frames(receiverBytes(file)).some((f) => f.kind === 'ubx' && f.cls === 1 && f.id === 0x14)).toBe(false);
    }
    // The NAV-PVT position it is measured against.
    expect(baseline[0]).toMatchObject({ lat: 48.7409646, lon: 9.3117369, altHae: 311.278, altMsl: 263.667, accuracy: { semiMajor: 5.124, source: 'ubx-hacc' } });
  });

  it.each([
    ['after', pvt0.end],
    ['before', pvt0.start],
  ])('HPPOSLLH %s the NAV-PVT: position, heights and accuracy from HPPOSLLH; motion, time and quality from NAV-PVT', (_where, at) => {
    const r = offlineParse(withFrame(at, hpposllh(0)));
    expect(r.counters).toMatchObject({ ubxFrames: offlineParse(bytes).counters.ubxFrames + 1, invalidValues: 0, late: 0 });
    expect(r.fixes).toHaveLength(19);
    expect(r.fixes[0]).toMatchObject({
      protocol: 'ubx', time: Date.UTC(2024, 0, 30, 15, 31, 52), valid: true, quality: 'dgps', mode: '3d', satellites: 14,
      lat: expect.closeTo(48.740965023, 12), lon: expect.closeTo(9.311737245, 12),
      altHae: 311.2814, altMsl: 263.6698, geoidSep: expect.closeTo(47.6116, 9),
      accuracy: { semiMajor: 0.1234, semiMinor: 0.1234, orientation: 0, source: 'ubx-hacc' }, verticalAccuracy: 0.2345,
      speed: 0.428, course: 252.96054, speedAccuracy: 0.313, courseAccuracy: 4.84085,
    });
    // The epochs without one keep their NAV-PVT position.
    expect(r.fixes.slice(1).map(content)).toEqual(baseline.slice(1).map(content));
  });

  it('an HPPOSLLH flagged invalidLlh is passed over: position and accuracy stay those of NAV-PVT', () => {
    const r = offlineParse(withFrame(pvt0.end, hpposllh(0x01)));
    expect(r.fixes).toHaveLength(19);
    expect(content(r.fixes[0]!)).toEqual(content(baseline[0]!));
  });
});

describe('invalid UBX is counted and skipped', () => {
  const pvt0 = frames(receiverBytes('gpsd_ublox-neo-m8l.log')).find((f): f is Frame => f.kind === 'ubx' && f.cls === 1 && f.id === 7)!.payload;

  it('short frames, impossible positions and dates', () => {
    expect(parseUbxFrame(1, 7, pvt0.subarray(0, 60))).toEqual({ kind: 'invalid', detail: 'NAV-PVT.length: 60 < 84' });
    const lat = pvt0.slice();
    new DataView(lat.buffer).setInt32(28, 950_000_000, true);
    expect(parseUbxFrame(1, 7, lat)).toEqual({ kind: 'invalid', detail: 'NAV-PVT.lat: 95 outside -90..90' });
    const day = pvt0.slice();
    day[7] = 31;
    day[6] = 2;
    expect(parseUbxFrame(1, 7, day)).toEqual({ kind: 'invalid', detail: 'NAV-PVT.date: 2024-2-31 is not a calendar date' });
    const cov = payload(64, (v) => { v.setUint8(5, 1); v.setFloat32(16, -1, true); });
    expect(parseUbxFrame(1, 0x36, cov).kind).toBe('invalid');
  });

  it('the decoder counts them; a fix without gnssFixOK is not valid', () => {
    const bad = pvt0.slice();
    new DataView(bad.buffer).setInt32(28, 950_000_000, true);
    const nofix = pvt0.slice();
    nofix[21] = nofix[21]! & ~0x01;
    const r = offlineParse(new Uint8Array(Buffer.concat([encodeUbxFrame(1, 7, bad), encodeUbxFrame(1, 7, nofix)])));
    expect(r.counters.invalidValues).toBe(1);
    expect(r.discards[0]).toMatchObject({ reason: 'invalid-value', detail: 'NAV-PVT.lat: 95 outside -90..90' });
    expect(r.fixes).toHaveLength(1);
    expect(r.fixes[0]).toMatchObject({ valid: false, quality: 'dgps' });
  });

  it('other classes are ignored', () => {
    expect(parseUbxFrame(0x28, 0x00, new Uint8Array(72)).kind).toBe('ignored');
    expect(parseUbxFrame(0x01, 0x35, new Uint8Array(8)).kind).toBe('ignored');
  });
});
