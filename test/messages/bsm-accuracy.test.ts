/**
 * The BSM accuracy ellipse (coreData.accuracy) from real receiver logs with NMEA GST: each
 * log's bytes, epoch by epoch at their recorded times, through the GNSS decoder into the BSM
 * engine on one manual clock; every BSM encoded by the engine is decoded with the J2735 codec
 * and its semiMajor, semiMinor and orientation are compared with the GST sentence of the fix
 * it was built from, converted here from the sentence text.
 *
 * GST fields: time, RMS, semi-major, semi-minor (one sigma, m), orientation of the semi-major
 * axis (degrees from true north), sigma of latitude, longitude, altitude (one sigma, m).
 * J2735 PositionalAccuracy is at one standard deviation as well (SemiMajorAxisAccuracy: "at one
 * standard dev", LSB 0.05 m, 254 for 12.70 m or more, 255 unavailable; SemiMajorAxisOrientation:
 * LSB 360/65535 degree, 65535 unavailable), so no scaling to 95 % is expected. The orientation
 * is that of an axis: the fix carries it in [0, 180) (hal/gnss/types.ts), so a GST angle of
 * -8.2 is sent as 171.8. Where the receiver leaves the ellipse fields empty, the fix uses the
 * latitude and longitude sigmas as an axis-aligned ellipse (README, GNSS).
 */
import { describe, expect, it } from 'vitest';
import { codec as c2020, type BasicSafetyMessage } from '../../asn1/generated/j2735-2020/index.js';
import type { AnyCodec } from '../../asn1/editions.js';
import { ManualClock } from '../../hal/clock.js';
import { GnssStreamDecoder } from '../../hal/gnss/decoder.js';
import { planReplay } from '../../hal/gnss/replay.js';
import type { GnssFix } from '../../hal/gnss/types.js';
import { BsmEngine, type SentBsm } from '../../src/loop/engine.js';
import { createVehicleState } from '../../src/vehicle/state.js';
import { rawLog, receiverBytes } from '../gnss/fixtures.js';

const codec = c2020 as unknown as AnyCodec;

interface Gst {
  /** UTC time of day, ms. */
  tod: number;
  /** The ellipse and sigma fields as written (empty where the receiver left them empty). */
  major: string;
  minor: string;
  orient: string;
  sigmaLat: string;
  sigmaLon: string;
}

/** Every GST sentence of the receiver's bytes with a good checksum, by time of day. */
function gstSentences(file: string): Map<number, Gst> {
  const text = Buffer.from(receiverBytes(file)).toString('latin1');
  const out = new Map<number, Gst>();
  for (const m of text.matchAll(/\$([A-Z]{2}GST,[^*\r\n]*)\*([0-9A-F]{2})/g)) {
    const body = m[1]!;
    let x = 0;
    for (const ch of body) x ^= ch.charCodeAt(0);
    if (x !== parseInt(m[2]!, 16)) continue;
    const [, time, , major, minor, orient, sigmaLat, sigmaLon] = body.split(',') as string[];
    const tod = Math.round((Number(time!.slice(0, 2)) * 3600 + Number(time!.slice(2, 4)) * 60 + Number(time!.slice(4))) * 1000);
    out.set(tod, { tod, major: major!, minor: minor!, orient: orient!, sigmaLat: sigmaLat!, sigmaLon: sigmaLon! });
  }
  return out;
}

/** One-sigma metres -> Semi{Major,Minor}AxisAccuracy. */
const axis = (m: number): number => Math.min(254, Math.round(m * 20));

/** What J2735 PositionalAccuracy should carry for a GST sentence. */
function expected(g: Gst): { semiMajor: number; semiMinor: number; orientation: number } {
  let a: number;
  let b: number;
  let deg: number;
  if (g.major !== '' && g.minor !== '' && g.orient !== '') {
    a = Number(g.major);
    b = Number(g.minor);
    deg = Number(g.orient);
    if (b > a) [a, b, deg] = [b, a, deg + 90];
  } else {
    // The axis-aligned ellipse of the latitude (north) and longitude (east) sigmas.
    const north = Number(g.sigmaLat);
    const east = Number(g.sigmaLon);
    [a, b, deg] = north >= east ? [north, east, 0] : [east, north, 90];
  }
  const axisDeg = ((deg % 180) + 180) % 180;
  return { semiMajor: axis(a), semiMinor: axis(b), orientation: Math.round((axisDeg * 65535) / 360) % 65535 };
}

/** The log replayed at its recorded times into the engine: the fixes the decoder delivered, every BSM sent. */
function replayIntoEngine(file: string): { fixes: GnssFix[]; sent: SentBsm[] } {
  const clock = new ManualClock();
  const fixes: GnssFix[] = [];
  const sent: SentBsm[] = [];
  const engine = new BsmEngine({ clock, edition: 'j2735-2020', codec, vehicle: createVehicleState(), description: { width: 1.8, length: 4.5, basicClass: 10 }, sinks: [], timeScale: Infinity, onSent: (m) => sent.push(m) });
  const decoder = new GnssStreamDecoder({ source: file, clock, onFix: (f) => {
    fixes.push(f);
    engine.onFix(f);
  } });
  engine.start();
  const t0 = clock.now();
  for (const chunk of planReplay(rawLog(file), { comments: true })) {
    clock.advanceTo(t0 + chunk.at);
    decoder.push(chunk.bytes);
  }
  decoder.end();
  clock.advance(1000);
  engine.stop();
  return { fixes, sent };
}

const LOGS = [
  { file: 'gpsd_ublox-neo-m9n-nmea.log', receiver: 'u-blox NEO-M9N', ellipse: true },
  { file: 'gpsd_ublox-zed-f9r.log', receiver: 'u-blox ZED-F9R, NMEA with UBX', ellipse: true },
  { file: 'gpsd_skytraq-dgps.log', receiver: 'SkyTraq S2525F8: axes of 12.7 m and more, negative orientations', ellipse: true },
  { file: 'gpsd_ublox-zed-f9p-nmea.log', receiver: 'u-blox ZED-F9P: ellipse fields empty, sigmas only', ellipse: false },
];

describe('BSM positionalAccuracy from real GST logs', () => {
  it.each(LOGS)('$receiver: every BSM carries its epoch\'s GST, one sigma, in J2735 units', ({ file, ellipse }) => {
    const gst = gstSentences(file);
    expect(gst.size).toBeGreaterThan(20);
    for (const g of gst.values()) expect(g.major !== '' && g.minor !== '' && g.orient !== '').toBe(ellipse);

    const { fixes, sent } = replayIntoEngine(file);
    const byTime = (x: number, y: number): number => x - y;
    // Every GST epoch became a fix.
    expect(fixes.map((f) => f.timeOfDay!).sort(byTime)).toEqual([...gst.keys()].sort(byTime));
    const covered = new Set<number>();
    for (const m of sent) {
      const tod = m.fix.timeOfDay!;
      const g = gst.get(tod);
      expect(g, `GST for the epoch at ${tod} ms`).toBeDefined();
      covered.add(tod);
      const bsm = (codec.decode('MessageFrame', m.frame) as { messageId: number; value: BasicSafetyMessage }).value;
      expect(bsm.coreData.accuracy, `BSM of the epoch at ${tod} ms`).toEqual(expected(g!));
    }
    // Every fix reached a BSM, but one followed by a newer fix at the same instant: until the
    // decoder has learned which sentence ends an epoch (from the first two), an epoch is
    // complete when the next begins, so the second epoch's fix and the third's come together.
    const superseded = fixes.filter((f, i) => fixes[i + 1]?.rxMonotonic === f.rxMonotonic);
    expect(superseded.length).toBeLessThanOrEqual(1);
    expect([...covered].sort(byTime)).toEqual(fixes.filter((f) => !superseded.includes(f)).map((f) => f.timeOfDay!).sort(byTime));
  });

  it('the logs cover the clamped axis, a negative orientation, a semi-minor axis below the clamp and sub-metre axes', () => {
    const all = LOGS.filter((l) => l.ellipse).flatMap((l) => [...gstSentences(l.file).values()]);
    expect(all.some((g) => Number(g.major) >= 12.7)).toBe(true);
    expect(all.some((g) => Number(g.orient) < 0)).toBe(true);
    expect(all.some((g) => Number(g.major) >= 12.7 && Number(g.minor) < 12.7)).toBe(true);
    expect(all.some((g) => Number(g.major) < 1)).toBe(true);
  });
});
