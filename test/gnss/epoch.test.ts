/**
 * Epoch assembly on real sentence sequences: when an epoch is complete (cycle ender, NAV-EOE,
 * time change), what each field is taken from, dates, leap seconds, validity.
 */
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../hal/clock.js';
import { GnssStreamDecoder } from '../../hal/gnss/decoder.js';
import { Framer, asciiSlice } from '../../hal/gnss/framer.js';
import type { GnssFix } from '../../hal/gnss/types.js';
import { ascii, content, nmea, offlineParse, receiverBytes } from './fixtures.js';

/** Feeds a capture frame by frame and records after which frame each fix was delivered. */
function deliveryPoints(bytes: Uint8Array): { frames: string[]; fixAfter: number[]; decoder: GnssStreamDecoder } {
  const pieces: { label: string; start: number; end: number }[] = [];
  const f: Framer = new Framer({
    nmea: (d, a) => pieces.push({ label: asciiSlice(d, a + 3, a + 6), start: f.frameStart, end: f.frameEnd }),
    ubx: (cls, id) => pieces.push({ label: `UBX-${cls.toString(16)}-${id.toString(16)}`, start: f.frameStart, end: f.frameEnd }),
    other: () => undefined,
    discard: () => undefined,
  });
  f.push(bytes);
  const fixAfter: number[] = [];
  let current = -1;
  const decoder = new GnssStreamDecoder({ source: 't', clock: new ManualClock(0), onFix: () => fixAfter.push(current) });
  // Push each frame with the bytes up to the next frame's start (an NMEA sentence is only
  // complete once its line end has arrived).
  let p = 0;
  pieces.forEach((_piece, i) => {
    current = i;
    const next = pieces[i + 1]?.start ?? bytes.length;
    decoder.push(bytes.subarray(p, next));
    p = next;
  });
  return { frames: pieces.map((x) => x.label), fixAfter, decoder };
}

describe('when an epoch is complete', () => {
  it('NMEA: the cycle ender is learned, so each fix leaves with its last sentence, not with the next epoch', () => {
    const { frames, fixAfter, decoder } = deliveryPoints(receiverBytes('gpsd_ublox-zed-f9p-nmea.log'));
    expect(decoder.learnedEnder).toBe('ZDA');
    // The first two epochs complete when the next one starts; from the third on, at the ZDA.
    expect(frames[fixAfter[0]!]).toBe('RMC');
    expect(fixAfter.slice(2).every((i) => frames[i] === 'ZDA')).toBe(true);
    expect(fixAfter.length).toBe(29); // all of them, before end() is called
  });

  it.each([
    ['gpsd_ublox-neo-m9n-nmea.log', 'ZDA'],
    ['gpsd_quectel-l76k-nmea.log', 'ZDA'],
    ['gpsd_nmea-rtk.log', 'RMC'],
    ['gpsd_skytraq-dgps.log', 'GST'],
    ['gpsd_haicom-305N.log', 'VTG (no time)'],
    ['toyota_rav4_2017_comma2k19_seg40_ublox_derived.nmea', 'VTG (no time)'],
  ])('%s ends its epochs with %s', (file, ender) => {
    const { decoder } = deliveryPoints(receiverBytes(file));
    expect(decoder.learnedEnder).toBe(ender);
  });

  it('UBX: NAV-EOE completes the epoch at once', () => {
    const { frames, fixAfter } = deliveryPoints(receiverBytes('gpsd_ublox-neo-m8l.log'));
    expect(fixAfter).toHaveLength(19);
    expect(fixAfter.every((i) => frames[i] === 'UBX-1-61')).toBe(true);
  });

  it('a type that turns out not to end epochs is dropped as ender (OxTS: GGA at 10 Hz, RMC/ZDA at 1 Hz)', () => {
    const r = offlineParse(receiverBytes('gpsd_rst39.log'));
    // GGA ended the 10 Hz epochs, then the 1 Hz ZDA and RMC came after the GGA of a whole second.
    expect(r.counters.late).toBe(2);
    expect(r.discards.map((d) => d.detail)).toEqual([
      'ZDA for 20:41:33.000 arrived after that epoch was delivered',
      'RMC for 20:41:33.000 arrived after that epoch was delivered',
    ]);
    expect(r.fixes).toHaveLength(41);
    const { decoder } = deliveryPoints(receiverBytes('gpsd_rst39.log'));
    expect(decoder.learnedEnder).toBeUndefined();
    // No more late messages after the ban: the next whole second (20:41:34) keeps its RMC.
    const at34 = r.fixes.find((f) => f.timeOfDay === 74_494_000)!;
    // $GPRMC,204134.00,A,...,8.946,60.172,190214
    expect(at34).toMatchObject({ speed: expect.closeTo(8.946 * 1852 / 3600, 9), course: 60.172 });
  });

  it('sentences without a time: a repeated GGA starts a new epoch (Telit without fix)', () => {
    const bytes = receiverBytes('gpsd_telit-he910.log');
    const keylessGga = Buffer.from(bytes).toString('latin1').split('$GPGGA,,').length - 1;
    expect(keylessGga).toBeGreaterThan(30);
    const r = offlineParse(bytes);
    const noTime = r.fixes.filter((f) => f.timeOfDay === undefined);
    expect(noTime.length).toBe(keylessGga);
    for (const f of noTime) expect(f).toMatchObject({ time: undefined, valid: false, quality: 'none', mode: 'none', lat: undefined });
  });
});

function feed(text: string): GnssFix[] {
  return offlineParse(ascii(text)).fixes;
}

describe('time of a fix', () => {
  it('without any date from the receiver the fix has no time, only the time of day', () => {
    const fixes = feed(nmea('GPGGA,204132.10,4205.733715,N,08802.040978,W,2,08,1.0,221.921,M,,,3,0138')
      + nmea('GPGGA,204132.20,4205.733946,N,08802.040837,W,2,08,1.0,221.912,M,,,3,0138'));
    expect(fixes).toHaveLength(2);
    expect(fixes[0]).toMatchObject({ time: undefined, timeOfDay: 74_492_100, valid: true });
    expect(fixes[0]!.leapSeconds).toBeUndefined();
  });

  it('the last date is carried to epochs without one, and moved on at midnight', () => {
    const fixes = feed(
      nmea('GPRMC,235959.50,A,4205.733476,N,08802.041110,W,9.415,21.404,311218,,,D')
      + nmea('GPGGA,235959.60,4205.733715,N,08802.040978,W,2,08,1.0,221.921,M,-34.0,M,3,0138')
      + nmea('GPGGA,000000.10,4205.733946,N,08802.040837,W,2,08,1.0,221.912,M,-34.0,M,3,0138'),
    );
    expect(fixes.map((f) => new Date(f.time!).toISOString())).toEqual([
      '2018-12-31T23:59:59.500Z', '2018-12-31T23:59:59.600Z', '2019-01-01T00:00:00.100Z',
    ]);
  });

  it('an inserted leap second (23:59:60) keeps its place: leapSecond flag, table offset 17 then 18', () => {
    const fixes = feed(
      nmea('GPZDA,235959.000,31,12,2016,00,00') + nmea('GPGGA,235959.000,4404.1295864,N,12118.8685453,W,2,07,1.2,1102.537,M,-20.300,M,,0000')
      + nmea('GPZDA,235960.000,31,12,2016,00,00') + nmea('GPGGA,235960.000,4404.1295864,N,12118.8685453,W,2,07,1.2,1102.537,M,-20.300,M,,0000')
      + nmea('GPGGA,000000.000,4404.1295864,N,12118.8685453,W,2,07,1.2,1102.537,M,-20.300,M,,0000'),
    );
    expect(fixes.map((f) => [new Date(f.time!).toISOString(), f.timeOfDay, f.leapSecond ?? false, f.leapSeconds])).toEqual([
      ['2016-12-31T23:59:59.000Z', 86_399_000, false, 17],
      ['2016-12-31T23:59:59.000Z', 86_400_000, true, 17],
      ['2017-01-01T00:00:00.000Z', 0, false, 18],
    ]);
  });

  it('the receiver leap seconds win over the table and persist (UBX NAV-TIMEGPS)', () => {
    const r = offlineParse(receiverBytes('gpsd_ublox-neo-m8l.log'));
    expect(r.fixes.every((f) => f.leapSeconds === 18 && f.leapSecondsSource === 'receiver')).toBe(true);
  });
});

describe('fields and where they come from', () => {
  it('height above the ellipsoid = MSL + geoid separation; absent when the receiver gives no separation', () => {
    const f9p = offlineParse(receiverBytes('gpsd_ublox-zed-f9p-nmea.log')).fixes[0]!;
    expect(f9p).toMatchObject({ altMsl: 14.2, geoidSep: 1.8, altHae: 16 });
    const oxts = offlineParse(receiverBytes('gpsd_rst39.log')).fixes;
    expect(oxts.every((f) => f.altHae === undefined)).toBe(true);
    expect(oxts.filter((f) => f.altMsl !== undefined).length).toBeGreaterThan(30);
  });

  it('accuracy: GST ellipse, GST sigmas as an axis-aligned ellipse, normalised orientation', () => {
    const f9p = offlineParse(receiverBytes('gpsd_ublox-zed-f9p-nmea.log')).fixes[0]!;
    // $GNGST,003956.00,235111,,,,2.3,3.5,4.0: no ellipse, sigmas lat 2.3 lon 3.5.
    expect(f9p.accuracy).toEqual({ semiMajor: 3.5, semiMinor: 2.3, orientation: 90, source: 'nmea-gst-sigmas' });
    expect(f9p.verticalAccuracy).toBe(4);
    const sky = offlineParse(receiverBytes('gpsd_skytraq-dgps.log')).fixes;
    // $GPGST,213122.000,15.7,22.8,11.6,-1.1,...: orientation -1.1 -> 178.9
    expect(sky[1]!.accuracy).toEqual({ semiMajor: 22.8, semiMinor: 11.6, orientation: expect.closeTo(178.9, 9), source: 'nmea-gst' });
    const l76k = offlineParse(receiverBytes('gpsd_quectel-l76k-nmea.log')).fixes;
    expect(l76k.every((f) => f.accuracy === undefined)).toBe(true);
  });

  it('satellites used: all GSA lists of the epoch (not the GGA count capped at 12)', () => {
    const f = offlineParse(receiverBytes('gpsd_ublox-zed-f9p-nmea.log')).fixes[0]!;
    // GPS 8 + GLONASS 3 + Galileo 3 + BeiDou 6 in the four GNGSA of the first epoch; GGA says 12.
    expect(f.satellites).toBe(20);
    expect(f).toMatchObject({ hdop: 0.64, vdop: 0.83, pdop: 1.05, mode: '3d' });
  });

  it('validity: RMC status V, GGA quality 0 and no position are not valid fixes', () => {
    const haicom = offlineParse(receiverBytes('gpsd_haicom-305N.log')).fixes;
    expect(haicom[0]).toMatchObject({ valid: false, quality: 'none' }); // RMC V
    expect(haicom[1]).toMatchObject({ valid: false, quality: 'none', mode: 'none' }); // GGA 0, GSA 1
    expect(haicom.filter((f) => f.valid).length).toBeGreaterThan(50);
    const rav4 = offlineParse(receiverBytes('toyota_rav4_2017_comma2k19_seg40_ublox_derived.nmea')).fixes;
    expect(rav4.every((f) => f.valid && f.mode === '3d')).toBe(true);
  });

  /*
   * None of the real captures carries GNS (their receivers were set to GGA), so these streams are
   * constructed: the ZED-F9P capture with each GGA rewritten as the GNS a u-blox sends for the same
   * fix (one mode letter per constellation, navigational status V), and hand-written epochs.
   */
  it('a fix from GNS instead of GGA: the ZED-F9P capture with its GGAs rewritten as GNS gives the same fixes', () => {
    const text = Buffer.from(receiverBytes('gpsd_ublox-zed-f9p-nmea.log')).toString('latin1');
    const MODE: Record<string, string> = { 0: 'N', 1: 'A', 2: 'D', 4: 'R', 5: 'F', 6: 'E' };
    let rewritten = 0;
    // GGA: time,lat,N/S,lon,E/W,quality,numSv,hdop,alt,M,sep,M,age,station
    // GNS: time,lat,N/S,lon,E/W,mode,numSv,hdop,alt,sep,age,station,navStatus
    const gnsText = text.replace(/\$GNGGA,([^*]*)\*[0-9A-F]{2}\r?\n/g, (_m, body: string) => {
      const [time, lat, ns, lon, ew, quality, numSv, hdop, alt, , sep, , age, station] = body.split(',');
      rewritten++;
      return nmea(`GNGNS,${time},${lat},${ns},${lon},${ew},${MODE[quality!]!.repeat(4)},${numSv},${hdop},${alt},${sep},${age},${station},V`);
    });
    expect(rewritten).toBe(29);
    expect(gnsText).not.toContain('GGA');
    const gga = offlineParse(ascii(text));
    const gns = offlineParse(ascii(gnsText));
    expect(gns.counters.nmeaSentences).toBe(gga.counters.nmeaSentences);
    expect(gns.fixes.map(content)).toEqual(gga.fixes.map(content));
    // Heights come from GNS alone here (RMC has none); V does not make the fix invalid.
    expect(gns.fixes[0]).toMatchObject({ valid: true, quality: 'gps', altMsl: 14.2, geoidSep: 1.8, altHae: 16 });
  });

  it('GNS on its own: position, heights, satellites, HDOP, RTK quality; U (unsafe) and mode N are not valid fixes', () => {
    const fixes = feed(
      nmea('GNGNS,014035.00,4332.69262,S,17235.48549,E,RR,13,0.9,25.63,11.24,1.0,0041,V')
      + nmea('GNGNS,014036.00,4332.69263,S,17235.48550,E,FF,13,0.9,25.64,11.24,1.0,0041,U')
      + nmea('GNGNS,014037.00,,,,,NN,00,99.99,,,,,V'),
    );
    expect(fixes).toHaveLength(3);
    expect(fixes[0]).toMatchObject({
      timeOfDay: (3600 + 40 * 60 + 35) * 1000, lat: expect.closeTo(-(43 + 32.69262 / 60), 12), lon: expect.closeTo(172 + 35.48549 / 60, 12),
      altMsl: 25.63, geoidSep: 11.24, altHae: 36.87, satellites: 13, hdop: 0.9, quality: 'rtk-fixed', mode: '3d', valid: true, protocol: 'nmea',
    });
    expect(fixes[1]).toMatchObject({ quality: 'rtk-float', mode: '3d', valid: false, altMsl: 25.64 });
    expect(fixes[2]).toMatchObject({ quality: 'none', mode: 'none', valid: false, lat: undefined, lon: undefined });
  });

  it('heading from HDT, kept apart from the course over ground', () => {
    const oxts = offlineParse(receiverBytes('gpsd_rst39.log')).fixes;
    const withHdt = oxts.filter((f) => f.heading !== undefined);
    expect(withHdt.length).toBeGreaterThan(0);
    expect(withHdt.map((f) => f.heading)).toEqual([25.5, 43.31, 61.49, 74.79]);
    expect(withHdt[0]!.course).toBeUndefined(); // that epoch's RMC came late: no course from HDT
  });
});
