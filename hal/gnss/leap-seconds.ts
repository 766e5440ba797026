/**
 * GPS-UTC leap seconds. GPS time started at 1980-01-06T00:00:00Z with GPS = UTC and has not
 * followed the leap seconds inserted into UTC since, so GPS - UTC grows by one at each one.
 *
 * The table lists the UTC instants from which each offset applies (the second after the
 * inserted 23:59:60). It holds every leap second announced up to the time of writing
 * (the last one was at the end of 2016; IERS Bulletin C announces new ones about six months
 * ahead). Receivers broadcast the current value (UBX NAV-TIMEGPS leapS, gpsd `leapseconds`);
 * it is preferred over this table whenever the receiver gives it.
 */

/** 1980-01-06T00:00:00Z in Unix ms. */
export const GPS_EPOCH_UNIX_MS = 315_964_800_000;
export const MS_PER_WEEK = 604_800_000;

/** [UTC ms from which the offset applies, GPS-UTC seconds]. */
export const GPS_UTC_LEAP_TABLE: readonly (readonly [number, number])[] = [
  [Date.UTC(1981, 6, 1), 1],
  [Date.UTC(1982, 6, 1), 2],
  [Date.UTC(1983, 6, 1), 3],
  [Date.UTC(1985, 6, 1), 4],
  [Date.UTC(1988, 0, 1), 5],
  [Date.UTC(1990, 0, 1), 6],
  [Date.UTC(1991, 0, 1), 7],
  [Date.UTC(1992, 6, 1), 8],
  [Date.UTC(1993, 6, 1), 9],
  [Date.UTC(1994, 6, 1), 10],
  [Date.UTC(1996, 0, 1), 11],
  [Date.UTC(1997, 6, 1), 12],
  [Date.UTC(1999, 0, 1), 13],
  [Date.UTC(2006, 0, 1), 14],
  [Date.UTC(2009, 0, 1), 15],
  [Date.UTC(2012, 6, 1), 16],
  [Date.UTC(2015, 6, 1), 17],
  [Date.UTC(2017, 0, 1), 18],
];

/**
 * GPS-UTC in seconds at a UTC instant (Unix ms). Before the GPS epoch there is no GPS time:
 * throws a RangeError, because a caller asking that has a bug.
 */
export function gpsUtcOffsetAt(utcMs: number): number {
  if (!(utcMs >= GPS_EPOCH_UNIX_MS)) throw new RangeError(`gpsUtcOffsetAt: ${utcMs} is before the GPS epoch (1980-01-06)`);
  const last = GPS_UTC_LEAP_TABLE[GPS_UTC_LEAP_TABLE.length - 1]!;
  if (utcMs >= last[0]) return last[1];
  let off = 0;
  for (const [from, s] of GPS_UTC_LEAP_TABLE) {
    if (utcMs >= from) off = s;
    else break;
  }
  return off;
}

/** UTC (Unix ms) -> GPS time expressed on the same ms scale (Unix ms + GPS-UTC). */
export function utcToGpsMs(utcMs: number): number {
  return utcMs + gpsUtcOffsetAt(utcMs) * 1000;
}

/**
 * GPS time (on the Unix ms scale) -> UTC. During an inserted leap second the UTC second 60 has
 * no Unix representation: the result is 23:59:59.xxx and `leapSecond` is true.
 */
export function gpsMsToUtc(gpsMs: number): { utcMs: number; leapSecond: boolean } {
  if (!(gpsMs >= GPS_EPOCH_UNIX_MS)) throw new RangeError(`gpsMsToUtc: ${gpsMs} is before the GPS epoch (1980-01-06)`);
  let off = 0;
  for (const [from, s] of GPS_UTC_LEAP_TABLE) {
    // In GPS time the offset s applies from (from + s*1000); the second before it is the leap second.
    if (gpsMs >= from + s * 1000) off = s;
    else if (gpsMs >= from + (s - 1) * 1000) return { utcMs: gpsMs - s * 1000, leapSecond: true };
    else break;
  }
  return { utcMs: gpsMs - off * 1000, leapSecond: false };
}

/** GPS week number (full, not modulo 1024) and time of week in ms -> UTC. */
export function gpsWeekTowToUtc(week: number, towMs: number): { utcMs: number; leapSecond: boolean } {
  return gpsMsToUtc(GPS_EPOCH_UNIX_MS + week * MS_PER_WEEK + towMs);
}
