/**
 * NMEA sentence parsing, on sentences taken from the real logs, and the impossible values that
 * make a sentence invalid (with the field path in the reason).
 */
import { describe, expect, it } from 'vitest';
import { KNOTS_TO_MPS, parseNmeaSentence } from '../../hal/gnss/nmea.js';
import { daysFromCivil } from '../../hal/gnss/observations.js';
import { nmea, offlineParse, ascii } from './fixtures.js';

const strip = (s: string): string => s.trimEnd();

describe('sentences from real receivers', () => {
  it('GGA (ZED-F9P, southern/eastern hemisphere)', () => {
    expect(parseNmeaSentence('$GNGGA,003956.00,4552.65403,S,17030.00668,E,1,12,0.64,14.2,M,1.8,M,,*56')).toEqual({
      kind: 'GGA', tod: (39 * 60 + 56) * 1000, lat: expect.closeTo(-(45 + 52.65403 / 60), 12), lon: expect.closeTo(170 + 30.00668 / 60, 12),
      quality: 'gps', numSv: 12, hdop: 0.64, altMsl: 14.2, geoidSep: 1.8,
    });
  });

  it('GGA with RTK quality and an empty geoid separation (OxTS: no ellipsoid height)', () => {
    const g = parseNmeaSentence('$GPGGA,204132.10,4205.733715,N,08802.040978,W,2,08,1.0,221.921,M,,,3,0138*15');
    expect(g).toMatchObject({ kind: 'GGA', tod: 74_492_100, quality: 'dgps', altMsl: 221.921, geoidSep: undefined });
    expect(parseNmeaSentence('$GNGGA,133901.50,4134.50180366,N,09345.03586734,W,4,19,0.7,280.829,M,-31.442,M,7.5,0002*62')).toMatchObject({ quality: 'rtk-fixed', numSv: 19 });
  });

  it('GGA without time or position (Telit before its first fix)', () => {
    expect(parseNmeaSentence('$GPGGA,,,,,,0,,,,M,,M,,*66')).toEqual({
      kind: 'GGA', tod: undefined, lat: undefined, lon: undefined, quality: 'none', numSv: undefined, hdop: undefined, altMsl: undefined, geoidSep: undefined,
    });
  });

  it('RMC: status, knots, course, date, mode', () => {
    expect(parseNmeaSentence('$GNRMC,132819.60,A,4134.49795459,N,09345.03431408,W,0.148,124.888,180320,11.5985,E,D*3F')).toEqual({
      kind: 'RMC', tod: 48_499_600, statusValid: true, lat: expect.closeTo(41 + 34.49795459 / 60, 12), lon: expect.closeTo(-(93 + 45.03431408 / 60), 12),
      speed: 0.148 * KNOTS_TO_MPS, course: 124.888, date: daysFromCivil(2020, 3, 18), quality: 'dgps',
    });
    expect(parseNmeaSentence('$GPRMC,095255.810,V,2712.6404,S,15303.1201,E,0.00,0.00,080407,,,A*6E')).toMatchObject({ statusValid: false, date: daysFromCivil(2007, 4, 8) });
  });

  it('VTG, GSA (NMEA 4.11 system id), GST, ZDA, HDT, GLL', () => {
    expect(parseNmeaSentence('$GPVTG,2.14,T,,M,15.207,N,28.163,K,A*35')).toEqual({ kind: 'VTG', course: 2.14, speed: 15.207 * KNOTS_TO_MPS, quality: 'gps' });
    expect(parseNmeaSentence('$GNGSA,A,3,07,12,33,,,,,,,,,,1.05,0.64,0.83,3*0A')).toEqual({
      kind: 'GSA', mode: '3d', used: [3 * 1024 + 7, 3 * 1024 + 12, 3 * 1024 + 33], pdop: 1.05, hdop: 0.64, vdop: 0.83,
    });
    expect(parseNmeaSentence('$GNGST,231408.00,32,0.19,0.12,97,0.049,0.078,0.088*43')).toEqual({
      kind: 'GST', tod: 83_648_000, rms: 32, semiMajor: 0.19, semiMinor: 0.12, orientation: 97, sigmaLat: 0.049, sigmaLon: 0.078, sigmaAlt: 0.088,
    });
    expect(parseNmeaSentence('$GNZDA,055234.000,05,08,2026,00,00*46')).toEqual({ kind: 'ZDA', tod: 21_154_000, date: daysFromCivil(2026, 8, 5) });
    expect(parseNmeaSentence('$GPHDT,25.50,T*37')).toEqual({ kind: 'HDT', heading: 25.5 });
    expect(parseNmeaSentence('$GPGLL,4404.1295864,N,12118.8685453,W,213121.000,A,D*47')).toMatchObject({ kind: 'GLL', tod: 77_481_000, statusValid: true, quality: 'dgps' });
  });

  it('every talker is accepted; proprietary, GSV and TXT are ignored', () => {
    const body = 'GGA,003956.00,4552.65403,S,17030.00668,E,1,12,0.64,14.2,M,1.8,M,,';
    for (const t of ['GP', 'GN', 'GL', 'GA', 'GB', 'BD', 'GQ', 'GI']) {
      expect(parseNmeaSentence(strip(nmea(t + body)))).toMatchObject({ kind: 'GGA', numSv: 12 });
    }
    expect(parseNmeaSentence('$PASHR,204132.000,010.51,T,+00.39,-00.79,-00.84,0.151,0.075,0.555,1,0*03').kind).toBe('ignored');
    expect(parseNmeaSentence('$GPGSV,3,3,12,24,58,220,,26,17,053,,29,20,063,,30,60,311,44*7F').kind).toBe('ignored');
    expect(parseNmeaSentence('$GNTXT,01,01,02,PF=3F7*3A').kind).toBe('ignored');
  });

  it('GNS: the best of the per-constellation modes', () => {
    expect(parseNmeaSentence(strip(nmea('GNGNS,014035.00,4332.69262,S,17235.48549,E,RR,13,0.9,25.63,11.24,,,V')))).toMatchObject({
      kind: 'GNS', quality: 'rtk-fixed', numSv: 13, altMsl: 25.63, geoidSep: 11.24,
    });
    expect(parseNmeaSentence(strip(nmea('GNGNS,014035.00,4332.69262,S,17235.48549,E,ANDN,13,0.9,25.63,11.24,,')))).toMatchObject({ quality: 'dgps' });
  });

  it('GNS navigational status: V (u-blox sends it always) gives no status, U is unsafe, S and C are fit', () => {
    const gns = (nav: string): unknown => parseNmeaSentence(strip(nmea(`GNGNS,014035.00,4332.69262,S,17235.48549,E,RR,13,0.9,25.63,11.24,,,${nav}`)));
    expect(gns('V')).toMatchObject({ kind: 'GNS', statusValid: undefined });
    expect(gns('U')).toMatchObject({ kind: 'GNS', statusValid: false });
    expect(gns('S')).toMatchObject({ kind: 'GNS', statusValid: true });
    expect(gns('C')).toMatchObject({ kind: 'GNS', statusValid: true });
    expect(gns('')).toMatchObject({ kind: 'GNS', statusValid: undefined });
  });

  it('a leap second (23:59:60) is a time of day past 86400000', () => {
    expect(parseNmeaSentence(strip(nmea('GPZDA,235960.500,31,12,2016,00,00')))).toEqual({ kind: 'ZDA', tod: 86_400_500, date: daysFromCivil(2016, 12, 31) });
  });
});

describe('impossible values make the sentence invalid, with the field path', () => {
  const cases: [string, string][] = [
    ['GPGGA,003956.00,4561.65403,S,17030.00668,E,1,12,0.64,14.2,M,1.8,M,,', 'GGA.lat: minutes 61.65403 >= 60'],
    ['GPGGA,003956.00,9100.00000,N,17030.00668,E,1,12,0.64,14.2,M,1.8,M,,', 'GGA.lat: 91 degrees > 90'],
    ['GPGGA,003956.00,4552.65403,S,18130.00668,E,1,12,0.64,14.2,M,1.8,M,,', 'GGA.lon: 181.5001113 degrees > 180'],
    ['GPGGA,003956.00,4552.65403,X,17030.00668,E,1,12,0.64,14.2,M,1.8,M,,', "GGA.lat: hemisphere 'X' is not N/S"],
    ['GPGGA,253956.00,4552.65403,S,17030.00668,E,1,12,0.64,14.2,M,1.8,M,,', 'GGA.time: hour 25 > 23'],
    ['GPGGA,006056.00,4552.65403,S,17030.00668,E,1,12,0.64,14.2,M,1.8,M,,', 'GGA.time: minute 60 > 59'],
    ['GPGGA,003960.00,4552.65403,S,17030.00668,E,1,12,0.64,14.2,M,1.8,M,,', 'GGA.time: second 60 outside 23:59'],
    ['GPGGA,003956.00,4552.65403,S,17030.00668,E,12,12,0.64,14.2,M,1.8,M,,', 'GGA.quality: 12 outside 0..9'],
    ['GPGGA,003956.00,4552.65403,S,17030.00668,E,1,12,-0.64,14.2,M,1.8,M,,', 'GGA.hdop: -0.64 outside 0..9999'],
    ['GPGGA,003956.00,4552.65403,S,17030.00668,E,1,12,0.64,14.2,M,1.8x,M,,', "GGA.geoidSep: not a number '1.8x'"],
    ['GPRMC,132819.60,A,4134.49795459,N,09345.03431408,W,-0.148,124.888,180320,11.5985,E,D', 'RMC.speed: -0.148 outside 0..10000'],
    ['GPRMC,132819.60,A,4134.49795459,N,09345.03431408,W,0.148,361.5,180320,11.5985,E,D', 'RMC.course: 361.5 outside 0..360'],
    ['GPRMC,132819.60,A,4134.49795459,N,09345.03431408,W,0.148,124.888,300220,11.5985,E,D', "RMC.date: '300220' is not a calendar date"],
    ['GPRMC,132819.60,X,4134.49795459,N,09345.03431408,W,0.148,124.888,180320,11.5985,E,D', "RMC.status: 'X' is not A/V"],
    ['GPRMC,132819.60,A,4134.49795459,N,09345.03431408,W,0.148,124.888,180320,11.5985,E,Q', "RMC.mode: mode 'Q' unknown"],
    ['GPZDA,213121.000,07,13,2016,00,00', 'ZDA.month: 13 outside 1..12'],
    ['GPGSA,A,4,09,23,08,11,27,28,,,,,,,2.5,1.2,2.2', 'GSA.mode: 4 outside 1..3'],
    ['GPGST,213121.000,16.1,-22.2,10.2,2.0,0.4,0.6,1.4', 'GST.semiMajor: -22.2 outside 0..10000000'],
  ];
  for (const [body, detail] of cases) {
    it(detail, () => {
      expect(parseNmeaSentence(strip(nmea(body)))).toEqual({ kind: 'invalid', detail });
    });
  }

  it('invalid sentences are counted and reported by the decoder, the rest of the epoch stays', () => {
    const bad = nmea('GPGGA,132819.60,9134.49795459,N,09345.03431408,W,2,10,0.9,278.161,M,-31.442,M,6.6,0133');
    const r = offlineParse(ascii(
      nmea('GPRMC,132819.60,A,4134.49795459,N,09345.03431408,W,0.148,124.888,180320,11.5985,E,D')
      + bad
      + nmea('GPRMC,132819.70,A,4134.49795443,N,09345.03431421,W,0.355,139.060,180320,11.5985,E,D'),
    ));
    expect(r.counters.invalidValues).toBe(1);
    expect(r.discards).toEqual([{ reason: 'invalid-value', detail: 'GGA.lat: 91.5749659 degrees > 90', bytes: bad.trimEnd().length }]);
    expect(r.fixes).toHaveLength(2);
    expect(r.fixes[0]).toMatchObject({ lat: expect.closeTo(41 + 34.49795459 / 60, 12), quality: 'dgps' });
    expect(r.fixes[0]!.altMsl).toBeUndefined();
  });
});
