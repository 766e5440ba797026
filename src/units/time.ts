/**
 * UTC from the receiver -> SAE J2735 time fields:
 * - DSecond (e.g. BSM `secMark`): milliseconds within the UTC minute, 0..59999; an inserted
 *   leap second (23:59:60) uses 60000..60999; 65535 means unavailable.
 * - MinuteOfTheYear: whole minutes since 1 January 00:00 UTC of the same year,
 *   0..527039 (a leap year has 527040 minutes); 527040 means invalid/unavailable.
 * - DDateTime: year, month, day, hour, minute, second (a DSecond) and an optional offset
 *   from UTC in minutes (-840..840).
 *
 * Time comes from the fix (`GnssFix.time`, `timeOfDay`, `leapSecond`), never from the host
 * clock: a fix without time gives the unavailable values. A NaN or out-of-range time passed
 * in is a caller bug and throws with the field name.
 *
 * Leap seconds: GPS-UTC offsets live in hal/gnss/leap-seconds.ts (used by the receivers'
 * decoders too) and are re-exported here.
 */
import type { GnssFix } from '../../hal/gnss/types.js';

export {
  GPS_EPOCH_UNIX_MS, GPS_UTC_LEAP_TABLE, gpsMsToUtc, gpsUtcOffsetAt, gpsWeekTowToUtc, utcToGpsMs,
} from '../../hal/gnss/leap-seconds.js';

export const DSECOND_UNAVAILABLE = 65535;
export const MINUTE_OF_THE_YEAR_UNAVAILABLE = 527040;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

function checkTime(field: string, utcMs: number): void {
  if (!Number.isFinite(utcMs)) throw new RangeError(`${field}: time ${utcMs} is not a finite number of ms`);
  if (utcMs < 0) throw new RangeError(`${field}: time ${utcMs} is before 1970`);
}

/**
 * DSecond of a UTC instant. With `leapSecond` the instant must be in 23:59:59 (how an
 * inserted 23:59:60 is represented in Unix time) and the result is 60000..60999.
 */
export function toDSecond(utcMs: number | undefined, leapSecond = false): number {
  if (utcMs === undefined) return DSECOND_UNAVAILABLE;
  checkTime('DSecond', utcMs);
  const ms = Math.floor(utcMs) % MS_PER_MINUTE;
  if (!leapSecond) return ms;
  const tod = Math.floor(utcMs) % MS_PER_DAY;
  if (tod < MS_PER_DAY - 1000) throw new RangeError(`DSecond: leap second flagged at ${new Date(utcMs).toISOString()}, not in 23:59:59`);
  return ms + 1000;
}

/** DSecond from a UTC time of day in ms (86400000..86400999 during a leap second). */
export function dSecondFromTimeOfDay(tod: number | undefined): number {
  if (tod === undefined) return DSECOND_UNAVAILABLE;
  if (!Number.isFinite(tod) || tod < 0 || tod >= MS_PER_DAY + 1000) throw new RangeError(`DSecond: time of day ${tod} ms outside 0..86400999`);
  const t = Math.floor(tod);
  if (t >= MS_PER_DAY) return 60_000 + (t - MS_PER_DAY);
  return t % MS_PER_MINUTE;
}

/** MinuteOfTheYear of a UTC instant. */
export function toMinuteOfTheYear(utcMs: number | undefined): number {
  if (utcMs === undefined) return MINUTE_OF_THE_YEAR_UNAVAILABLE;
  checkTime('MinuteOfTheYear', utcMs);
  const year = new Date(utcMs).getUTCFullYear();
  return Math.floor((utcMs - Date.UTC(year, 0, 1)) / MS_PER_MINUTE);
}

export interface J2735Time {
  /** DSecond: ms of the UTC minute (60000.. in a leap second), 65535 unavailable. */
  secMark: number;
  /** MinuteOfTheYear, 527040 unavailable. */
  minuteOfTheYear: number;
}

/**
 * The J2735 time of a fix. The ms of the minute needs only the receiver's time of day; the
 * minute of the year needs its date too. Missing receiver time gives the unavailable values.
 */
export function fixTimeToJ2735(fix: Pick<GnssFix, 'time' | 'timeOfDay' | 'leapSecond'>): J2735Time {
  const secMark = fix.timeOfDay !== undefined ? dSecondFromTimeOfDay(fix.timeOfDay) : toDSecond(fix.time, fix.leapSecond ?? false);
  return { secMark, minuteOfTheYear: toMinuteOfTheYear(fix.time) };
}

/** DDateTime fields (all present); `offset` is included when given. */
export interface DDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  offset?: number;
}

/**
 * DDateTime of a UTC instant, expressed in local time `offsetMinutes` east of UTC (default 0:
 * UTC, and `offset` is then left out).
 */
export function toDDateTime(utcMs: number, opts: { leapSecond?: boolean; offsetMinutes?: number } = {}): DDateTime {
  checkTime('DDateTime', utcMs);
  const off = opts.offsetMinutes ?? 0;
  if (!Number.isInteger(off) || off < -840 || off > 840) throw new RangeError(`DDateTime.offset: ${off} outside -840..840 minutes`);
  const second = toDSecond(utcMs, opts.leapSecond ?? false);
  const local = new Date(Math.floor(utcMs) + off * MS_PER_MINUTE);
  const year = local.getUTCFullYear();
  if (year > 4095) throw new RangeError(`DDateTime.year: ${year} > 4095`);
  const out: DDateTime = {
    year,
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second,
  };
  if (opts.offsetMinutes !== undefined) out.offset = off;
  return out;
}
