/**
 * gpsd JSON decoding on a real gpsd 3.22 session (the ZED-F9P log through gpsfake, recorded
 * with a WATCH client): fixes agree with our parse of the receiver's NMEA, chunking does not
 * matter, malformed lines and impossible values are counted and skipped.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../hal/clock.js';
import { GpsdJsonDecoder, parseGpsdReport, parseGpsdTime } from '../../hal/gnss/gpsd-json.js';
import { daysFromCivil } from '../../hal/gnss/observations.js';
import type { GnssDiscard, GnssFix } from '../../hal/gnss/types.js';
import { content, fixturePath, offlineParse, receiverBytes } from './fixtures.js';

const SESSION = new Uint8Array(readFileSync(fixturePath('gpsd-3.22_ublox-zed-f9p.jsonl')));

function decode(chunks: (Uint8Array | string)[]): { fixes: GnssFix[]; discards: GnssDiscard[]; dec: GpsdJsonDecoder } {
  const fixes: GnssFix[] = [];
  const discards: GnssDiscard[] = [];
  const dec = new GpsdJsonDecoder({ source: 'gpsd', clock: new ManualClock(0), onFix: (f) => fixes.push(f), onDiscard: (d) => discards.push(d) });
  for (const c of chunks) dec.push(c);
  dec.end();
  return { fixes, discards, dec };
}

describe('gpsd JSON from a real gpsd session', () => {
  it('one fix per epoch, agreeing with our own parse of the receiver NMEA', () => {
    const { fixes, dec } = decode([SESSION]);
    const nmea = offlineParse(receiverBytes('gpsd_ublox-zed-f9p-nmea.log')).fixes;
    expect(fixes).toHaveLength(7);
    expect(dec.counters).toMatchObject({ gpsdReports: 75, ignored: 4, malformed: 0, invalidValues: 0, late: 0 });
    fixes.forEach((f, i) => {
      const o = nmea[i]!;
      expect(f.time).toBe(o.time);
      expect(Math.abs(f.lat! - o.lat!)).toBeLessThan(1e-9);
      expect(Math.abs(f.lon! - o.lon!)).toBeLessThan(1e-9);
      expect(f.altHae).toBeCloseTo(o.altHae!, 3);
      expect(f.accuracy).toEqual({ ...o.accuracy, source: 'gpsd-gst-sigmas' });
      expect(f.verticalAccuracy).toBe(o.verticalAccuracy);
      expect(f.protocol).toBe('gpsd');
    });
    // gpsd sent seven TPVs for the first second while learning the cycle: merged, mode 3d.
    expect(fixes[0]).toMatchObject({ mode: '3d', quality: 'gps', valid: true, hdop: 0.64, vdop: 0.83, pdop: 1.05 });
  });

  it('split at every byte offset (fed one byte at a time) gives the same fixes', () => {
    const whole = decode([SESSION]);
    const bytes: Uint8Array[] = [];
    for (let i = 0; i < SESSION.length; i++) bytes.push(SESSION.subarray(i, i + 1));
    const split = decode(bytes);
    expect(split.fixes.map(content)).toEqual(whole.fixes.map(content));
    expect(split.dec.counters).toEqual(whole.dec.counters);
  });

  it('malformed lines and impossible values are counted and skipped', () => {
    const text = Buffer.from(SESSION).toString('latin1').split('\n');
    const dirty = [...text.slice(0, 10), 'not json', '{"no":"class"}', '[1,2]', '{"class":"TPV","mode":3,"time":"2019-04-12T00:39:57.000Z","lat":95,"lon":1}', ...text.slice(10)].join('\n');
    const { fixes, discards, dec } = decode([dirty]);
    expect(fixes.map(content)).toEqual(decode([SESSION]).fixes.map(content));
    expect(dec.counters.malformed).toBe(3);
    expect(dec.counters.invalidValues).toBe(1);
    expect(discards.map((d) => d.reason)).toEqual(['malformed', 'malformed', 'malformed', 'invalid-value']);
    expect(discards[3]!.detail).toBe('TPV.lat: 95 outside -90..90');
    const cut = decode(['{"class":"TPV","mode":3']);
    expect(cut.discards).toEqual([{ reason: 'malformed', detail: 'stream ended inside a line', bytes: 23 }]);
  });

  it('ISO times, including a leap second, and report fields', () => {
    expect(parseGpsdTime('2019-04-12T00:39:56.000Z')).toEqual({ date: daysFromCivil(2019, 4, 12), tod: 2_396_000 });
    expect(parseGpsdTime('2016-12-31T23:59:60.500Z')).toEqual({ date: daysFromCivil(2016, 12, 31), tod: 86_400_500 });
    expect(parseGpsdTime('2019-02-30T00:00:00Z')).toMatch(/not a calendar date/);
    expect(parseGpsdReport({ class: 'GST', time: '2025-04-11T23:14:10.000Z', rms: 28, major: 0.19, minor: 0.12, orient: 97, lat: 0.048, lon: 0.077, alt: 0.087 })).toEqual({
      kind: 'GPSD-GST', date: daysFromCivil(2025, 4, 11), tod: 83_650_000, major: 0.19, minor: 0.12, orient: 97, lat: 0.048, lon: 0.077, alt: 0.087,
    });
    expect(parseGpsdReport({ class: 'TPV', mode: 3, time: 7 })).toEqual({ kind: 'invalid', detail: 'TPV.time: 7 is not a string' });
    expect(parseGpsdReport({ class: 'VERSION', release: '3.22' })).toEqual({ kind: 'ignored' });
  });
});
