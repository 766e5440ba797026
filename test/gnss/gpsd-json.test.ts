/**
 * gpsd JSON decoding on a real gpsd 3.22 session (the ZED-F9P log through gpsfake, recorded
 * with a WATCH client): fixes agree with our parse of the receiver's NMEA, chunking does not
 * matter, malformed lines and impossible values are counted and skipped; which TPV and GST
 * fields become the accuracy of a fix, also through the client's TCP connection.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../hal/clock.js';
import { GpsdGnssSource } from '../../hal/gnss/gpsd.js';
import { GpsdJsonDecoder, gpsdWatchCommand, parseGpsdReport, parseGpsdTime } from '../../hal/gnss/gpsd-json.js';
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

/** The accuracy fields of a fix. */
function accuracyOf(f: GnssFix): Pick<GnssFix, 'accuracy' | 'verticalAccuracy' | 'speedAccuracy' | 'courseAccuracy'> {
  return { accuracy: f.accuracy, verticalAccuracy: f.verticalAccuracy, speedAccuracy: f.speedAccuracy, courseAccuracy: f.courseAccuracy };
}

/** The recorded session with each report passed through `edit` (which may change it, or drop it by returning undefined). */
function editedSession(edit: (o: Record<string, unknown>) => Record<string, unknown> | undefined): string {
  const out: string[] = [];
  for (const line of Buffer.from(SESSION).toString('utf8').split('\n')) {
    if (line.length === 0) continue;
    const o = edit(JSON.parse(line) as Record<string, unknown>);
    if (o !== undefined) out.push(JSON.stringify(o));
  }
  return out.join('\n') + '\n';
}

/*
 * gpsd's error estimates: TPV epx/epy/epv/eps/epd are taken as 95 % figures (divided by 1.96 for
 * one sigma); GST major/minor/orient and lat/lon/alt are one-sigma already. TPV epc (climb) has
 * no GnssFix field. The recorded session has GST sigmas but no GST ellipse and no epd (the receiver
 * left the GST ellipse fields empty and was not moving): those cases are the recorded reports
 * with fields added, as named in each test.
 */
describe('accuracy of a fix from gpsd TPV and GST', () => {
  const S = 1.96;

  it('recorded session: ellipse and vertical from GST (over TPV epx/epy/epv), speed from TPV eps, no course accuracy without epd', () => {
    const { fixes } = decode([SESSION]);
    // GST lat 2.3 (north sigma), lon 3.5 (east sigma): the major axis points east.
    const gst: GnssFix['accuracy'] = { semiMajor: 3.5, semiMinor: 2.3, orientation: 90, source: 'gpsd-gst-sigmas' };
    expect(fixes.map(accuracyOf)).toEqual([
      { accuracy: gst, verticalAccuracy: 4, speedAccuracy: undefined, courseAccuracy: undefined },
      { accuracy: gst, verticalAccuracy: 4, speedAccuracy: 7 / S, courseAccuracy: undefined },
      { accuracy: gst, verticalAccuracy: 4, speedAccuracy: 7 / S, courseAccuracy: undefined },
      { accuracy: gst, verticalAccuracy: 4.1, speedAccuracy: 7 / S, courseAccuracy: undefined },
      { accuracy: gst, verticalAccuracy: 4.1, speedAccuracy: 7 / S, courseAccuracy: undefined },
      { accuracy: gst, verticalAccuracy: 4.1, speedAccuracy: 7 / S, courseAccuracy: undefined },
      { accuracy: gst, verticalAccuracy: 4.1, speedAccuracy: 7 / S, courseAccuracy: undefined },
    ]);
  });

  it('recorded session without its GST reports: ellipse from TPV epx/epy, vertical from epv, each divided by 1.96', () => {
    const { fixes, dec } = decode([editedSession((o) => (o.class === 'GST' ? undefined : o))]);
    expect(dec.counters).toMatchObject({ malformed: 0, invalidValues: 0, late: 0 });
    const epxEpy = (epx: number, epy: number): GnssFix['accuracy'] => ({ semiMajor: epx / S, semiMinor: epy / S, orientation: 90, source: 'gpsd-epx-epy' });
    // First second: the figures of the TPV sent before that second's GST (epx 9.695, epy 8.713,
    // epv 19.09); later TPVs carry the GST sigmas as epx/epy/epv, so the division by 1.96
    // understates them in this case (it only applies when an epoch has no GST).
    expect(fixes.map(accuracyOf)).toEqual([
      { accuracy: epxEpy(9.695, 8.713), verticalAccuracy: 19.09 / S, speedAccuracy: undefined, courseAccuracy: undefined },
      { accuracy: epxEpy(3.5, 2.3), verticalAccuracy: 4 / S, speedAccuracy: 7 / S, courseAccuracy: undefined },
      { accuracy: epxEpy(3.5, 2.3), verticalAccuracy: 4 / S, speedAccuracy: 7 / S, courseAccuracy: undefined },
      { accuracy: epxEpy(3.5, 2.3), verticalAccuracy: 4.1 / S, speedAccuracy: 7 / S, courseAccuracy: undefined },
      { accuracy: epxEpy(3.5, 2.3), verticalAccuracy: 4.1 / S, speedAccuracy: 7 / S, courseAccuracy: undefined },
      { accuracy: epxEpy(3.5, 2.3), verticalAccuracy: 4.1 / S, speedAccuracy: 7 / S, courseAccuracy: undefined },
      { accuracy: epxEpy(3.5, 2.3), verticalAccuracy: 4.1 / S, speedAccuracy: 7 / S, courseAccuracy: undefined },
    ]);
  });

  it('GST major/minor/orient give the ellipse; TPV epd the course accuracy; epy > epx points the major axis north', () => {
    const at57 = '2019-04-12T00:39:57.000Z';
    const at58 = '2019-04-12T00:39:58.000Z';
    const text = editedSession((o) => {
      if (o.time === at57 && o.class === 'GST') return { ...o, major: 3.9, minor: 1.9, orient: 150 };
      if (o.time === at57 && o.class === 'TPV') return { ...o, track: 87.5, epd: 11.76 };
      if (o.time === at58 && o.class === 'GST') return undefined;
      if (o.time === at58 && o.class === 'TPV') return { ...o, epx: 1.2, epy: 2.4, epv: 5.2, eps: 0.98 };
      return o;
    });
    const { fixes } = decode([text]);
    expect(fixes).toHaveLength(7);
    expect(accuracyOf(fixes[1]!)).toEqual({
      accuracy: { semiMajor: 3.9, semiMinor: 1.9, orientation: 150, source: 'gpsd-gst' }, verticalAccuracy: 4, speedAccuracy: 7 / S, courseAccuracy: 11.76 / S,
    });
    expect(fixes[1]!.course).toBe(87.5);
    expect(accuracyOf(fixes[2]!)).toEqual({
      accuracy: { semiMajor: 2.4 / S, semiMinor: 1.2 / S, orientation: 0, source: 'gpsd-epx-epy' }, verticalAccuracy: 5.2 / S, speedAccuracy: 0.98 / S, courseAccuracy: undefined,
    });
    // The other epochs are untouched.
    expect([0, 3, 4, 5, 6].map((i) => content(fixes[i]!))).toEqual([0, 3, 4, 5, 6].map((i) => content(decode([SESSION]).fixes[i]!)));
  });

  it('the gpsd client delivers the same accuracy over its TCP connection (recorded session served on a local socket)', async (ctx) => {
    const sockets: Socket[] = [];
    const watch: string[] = [];
    const server = createServer((sock) => {
      sockets.push(sock);
      sock.once('data', (b) => {
        watch.push(b.toString('utf8'));
        sock.write(SESSION);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    ctx.onTestFinished(() => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }));
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const source = new GpsdGnssSource({ host: '127.0.0.1', port, staleAfterMs: 10_000 });
    ctx.onTestFinished(() => source.close());
    const fixes: GnssFix[] = [];
    source.on('fix', (f) => fixes.push(f));
    await source.open();
    // The last epoch of the session is only complete at the end of the stream, which a live
    // connection does not have: the first six.
    for (let waited = 0; fixes.length < 6 && waited < 10_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    await source.close();
    expect(watch).toEqual([gpsdWatchCommand()]);
    expect(fixes.length).toBeGreaterThanOrEqual(6);
    expect(fixes.slice(0, 6).map(accuracyOf)).toEqual(decode([SESSION]).fixes.slice(0, 6).map(accuracyOf));
    expect(fixes[1]!.speedAccuracy).toBe(7 / S);
  });
});
