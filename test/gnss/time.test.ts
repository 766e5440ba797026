/**
 * UTC -> J2735 DSecond / MinuteOfTheYear / DDateTime, and GPS-UTC leap seconds, checked
 * against real receiver output (UBX week + iTOW vs the receiver's own UTC).
 */
import { describe, expect, it } from 'vitest';
import { gpsMsToUtc, gpsUtcOffsetAt, gpsWeekTowToUtc, utcToGpsMs } from '../../hal/gnss/leap-seconds.js';
import {
  DSECOND_UNAVAILABLE, MINUTE_OF_THE_YEAR_UNAVAILABLE,
  dSecondFromTimeOfDay, fixTimeToJ2735, toDDateTime, toDSecond, toMinuteOfTheYear,
} from '../../src/units/time.js';
import { offlineParse, receiverBytes } from './fixtures.js';

describe('DSecond (secMark) and MinuteOfTheYear', () => {
  it('ms of the minute and minutes since 1 January', () => {
    const t = Date.UTC(2018, 7, 2, 16, 14, 48, 300);
    expect(toDSecond(t)).toBe(48_300);
    // 2 August = day 214 of 2018: 213 whole days, then 16:14.
    expect(toMinuteOfTheYear(t)).toBe(213 * 1440 + 16 * 60 + 14);
    expect(toMinuteOfTheYear(Date.UTC(2018, 0, 1))).toBe(0);
  });

  it('the last minute of a leap year is 527039; 527040 is left for "invalid"', () => {
    expect(toMinuteOfTheYear(Date.UTC(2020, 11, 31, 23, 59, 59, 999))).toBe(527_039);
    expect(toMinuteOfTheYear(Date.UTC(2019, 11, 31, 23, 59))).toBe(525_599);
    expect(MINUTE_OF_THE_YEAR_UNAVAILABLE).toBe(527_040);
  });

  it('an inserted leap second counts 60000..60999 in the same minute', () => {
    const t = Date.UTC(2016, 11, 31, 23, 59, 59, 500); // 23:59:60.5 in Unix time
    expect(toDSecond(t, true)).toBe(60_500);
    expect(toMinuteOfTheYear(t)).toBe(527_039); // 2016 is a leap year
    expect(dSecondFromTimeOfDay(86_400_500)).toBe(60_500);
    expect(dSecondFromTimeOfDay(86_399_999)).toBe(59_999);
    expect(() => toDSecond(Date.UTC(2016, 11, 31, 12, 0, 0), true)).toThrow(/DSecond: leap second flagged/);
  });

  it('no receiver time gives the unavailable values, never the host clock', () => {
    expect(toDSecond(undefined)).toBe(DSECOND_UNAVAILABLE);
    expect(toMinuteOfTheYear(undefined)).toBe(527_040);
    expect(fixTimeToJ2735({ time: undefined })).toEqual({ secMark: 65535, minuteOfTheYear: 527_040 });
    // A time of day without a date: secMark is known, the minute of the year is not.
    expect(fixTimeToJ2735({ time: undefined, timeOfDay: 74_492_100 })).toEqual({ secMark: 32_100, minuteOfTheYear: 527_040 });
  });

  it('our own bad values throw with the field name', () => {
    expect(() => toDSecond(Number.NaN)).toThrow(/^DSecond: time NaN/);
    expect(() => toMinuteOfTheYear(-5)).toThrow(/^MinuteOfTheYear: time -5 is before 1970/);
    expect(() => dSecondFromTimeOfDay(86_401_000)).toThrow(/^DSecond: time of day/);
    expect(() => toDDateTime(0, { offsetMinutes: 900 })).toThrow(/^DDateTime.offset: 900/);
  });

  it('DDateTime in UTC and with a time-zone offset', () => {
    const t = Date.UTC(2018, 7, 2, 16, 14, 48, 300);
    expect(toDDateTime(t)).toEqual({ year: 2018, month: 8, day: 2, hour: 16, minute: 14, second: 48_300 });
    expect(toDDateTime(t, { offsetMinutes: -420 })).toEqual({ year: 2018, month: 8, day: 2, hour: 9, minute: 14, second: 48_300, offset: -420 });
    expect(toDDateTime(Date.UTC(2016, 11, 31, 23, 59, 59, 250), { leapSecond: true })).toMatchObject({ hour: 23, minute: 59, second: 60_250 });
  });

  it('the RAV4 drive: secMark and MinuteOfTheYear of every fix follow the receiver time', () => {
    const fixes = offlineParse(receiverBytes('toyota_rav4_2017_comma2k19_seg40_ublox_derived.nmea')).fixes;
    const j = fixes.map(fixTimeToJ2735);
    expect(j[0]).toEqual({ secMark: 48_300, minuteOfTheYear: 213 * 1440 + 16 * 60 + 14 });
    // 10 Hz: secMark steps by 100 ms and wraps at the minute, when the minute of the year steps.
    let wraps = 0;
    for (let i = 1; i < j.length; i++) {
      const d = (j[i]!.secMark - j[i - 1]!.secMark + 60_000) % 60_000;
      expect(d % 100).toBe(0);
      if (j[i]!.secMark < j[i - 1]!.secMark) {
        wraps++;
        expect(j[i]!.minuteOfTheYear).toBe(j[i - 1]!.minuteOfTheYear + 1);
      } else expect(j[i]!.minuteOfTheYear).toBe(j[i - 1]!.minuteOfTheYear);
    }
    expect(wraps).toBe(1); // 16:14:48 .. 16:15:48
  });
});

describe('GPS-UTC leap seconds', () => {
  it('the table: 0 at the GPS epoch, 17 in 2016, 18 since 2017-01-01', () => {
    expect(gpsUtcOffsetAt(Date.UTC(1980, 0, 6))).toBe(0);
    expect(gpsUtcOffsetAt(Date.UTC(1981, 5, 30, 23, 59, 59))).toBe(0);
    expect(gpsUtcOffsetAt(Date.UTC(1981, 6, 1))).toBe(1);
    expect(gpsUtcOffsetAt(Date.UTC(2016, 11, 31, 23, 59, 59, 999))).toBe(17);
    expect(gpsUtcOffsetAt(Date.UTC(2017, 0, 1))).toBe(18);
    expect(gpsUtcOffsetAt(Date.UTC(2026, 0, 1))).toBe(18);
    expect(() => gpsUtcOffsetAt(Date.UTC(1979, 0, 1))).toThrow(RangeError);
  });

  it('GPS week + time of week from real receivers gives the UTC they reported', () => {
    // NEO-M8L: NAV-TIMEGPS week 2299, iTOW 228730000; NAV-PVT UTC 2024-01-30 15:31:52.
    expect(gpsWeekTowToUtc(2299, 228_730_000)).toEqual({ utcMs: Date.UTC(2024, 0, 30, 15, 31, 52), leapSecond: false });
    // ZED-F9R: week 2361, iTOW 515666000; NAV-PVT and NMEA 2025-04-11 23:14:08.
    expect(gpsWeekTowToUtc(2361, 515_666_000)).toEqual({ utcMs: Date.UTC(2025, 3, 11, 23, 14, 8), leapSecond: false });
    const fixes = offlineParse(receiverBytes('gpsd_ublox-neo-m8l.log')).fixes;
    expect(fixes[0]!.time).toBe(Date.UTC(2024, 0, 30, 15, 31, 52));
  });

  it('across the 2016 leap second, GPS -> UTC marks the inserted second', () => {
    const lastOld = Date.UTC(2016, 11, 31, 23, 59, 59, 500);
    expect(utcToGpsMs(lastOld)).toBe(lastOld + 17_000);
    expect(gpsMsToUtc(lastOld + 17_000)).toEqual({ utcMs: lastOld, leapSecond: false });
    // One GPS second later: UTC 23:59:60.5, written as 23:59:59.5 with the flag.
    expect(gpsMsToUtc(lastOld + 18_000)).toEqual({ utcMs: lastOld, leapSecond: true });
    expect(gpsMsToUtc(lastOld + 19_000)).toEqual({ utcMs: Date.UTC(2017, 0, 1, 0, 0, 0, 500), leapSecond: false });
  });
});
