/**
 * NMEA 0183 sentence parsing: GGA, RMC, GLL, GNS, VTG, GSA, GST, ZDA, HDT from any talker
 * (GP, GN, GL, GA, GB, BD, GQ, GI, ...). Pure and allocation-light.
 *
 * Input is one framed sentence whose checksum the framer has verified, e.g.
 * `$GNGGA,003956.00,4552.65403,S,17030.00668,E,1,12,0.64,14.2,M,1.8,M,,*56`.
 * Empty fields mean "not reported" and give `undefined`. A value that cannot be true
 * (minutes >= 60, hour 24, latitude beyond 90 degrees, unknown quality digit, negative speed)
 * makes the whole sentence invalid, with the field path in the reason.
 * Proprietary (`$P...`), AIS (`!..`), GSV, TXT and other types are `ignored`.
 */
import {
  IGNORED, daysFromCivil, isCalendarDate,
  type IgnoredObservation, type InvalidObservation, type NmeaObservation,
} from './observations.js';
import type { FixMode, FixQuality } from './types.js';

export type NmeaResult = NmeaObservation | InvalidObservation | IgnoredObservation;

export const KNOTS_TO_MPS = 1852 / 3600;

/** Set by the field helpers when a value is impossible; checked once per sentence. */
let err: string | undefined;
let sentenceType = '';

function fail(field: string, why: string): undefined {
  if (err === undefined) err = `${sentenceType}.${field}: ${why}`;
  return undefined;
}

/** A decimal number, or undefined when empty. */
function num(s: string | undefined, field: string): number | undefined {
  if (s === undefined || s.length === 0) return undefined;
  const v = Number(s);
  if (!Number.isFinite(v) || s.charCodeAt(0) === 0x20) return fail(field, `not a number '${s}'`);
  return v;
}

function range(v: number | undefined, lo: number, hi: number, field: string): number | undefined {
  if (v === undefined) return undefined;
  if (v < lo || v > hi) return fail(field, `${v} outside ${lo}..${hi}`);
  return v;
}

function int(s: string | undefined, field: string, lo: number, hi: number): number | undefined {
  const v = num(s, field);
  if (v === undefined) return undefined;
  if (!Number.isInteger(v)) return fail(field, `${v} is not an integer`);
  return range(v, lo, hi, field);
}

/** `hhmmss[.sss]` -> ms of the UTC day (second 60 allowed for a leap second). */
function timeOfDay(s: string | undefined, field = 'time'): number | undefined {
  if (s === undefined || s.length === 0) return undefined;
  if (s.length < 6) return fail(field, `'${s}' is not hhmmss`);
  const c = (k: number): number => s.charCodeAt(k) - 0x30;
  for (let k = 0; k < 6; k++) { const d = c(k); if (d < 0 || d > 9) return fail(field, `'${s}' is not hhmmss`); }
  const hh = c(0) * 10 + c(1);
  const mm = c(2) * 10 + c(3);
  let ss = c(4) * 10 + c(5);
  let frac = 0;
  if (s.length > 6) {
    if (s.charCodeAt(6) !== 0x2e) return fail(field, `'${s}' is not hhmmss.sss`);
    const f = s.length > 7 ? Number('0' + s.slice(6)) : 0;
    if (!Number.isFinite(f) || s.charCodeAt(7) === 0x2d || s.charCodeAt(7) === 0x2b) return fail(field, `'${s}' has a bad fraction`);
    frac = f;
  }
  if (hh > 23) return fail(field, `hour ${hh} > 23`);
  if (mm > 59) return fail(field, `minute ${mm} > 59`);
  if (ss > 60) return fail(field, `second ${ss} > 60`);
  if (ss === 60 && (hh !== 23 || mm !== 59)) return fail(field, `second 60 outside 23:59`);
  let ms = Math.round(frac * 1000);
  if (ms === 1000) { ms = 0; ss += 1; }
  return (hh * 3600 + mm * 60 + ss) * 1000 + ms;
}

/** `ddmm.mmmm` / `dddmm.mmmm` with hemisphere -> signed degrees. */
function coord(v: string | undefined, hemi: string | undefined, isLat: boolean): number | undefined {
  const field = isLat ? 'lat' : 'lon';
  if (v === undefined || v.length === 0) {
    if (hemi !== undefined && hemi.length > 0) return fail(field, `hemisphere '${hemi}' without a value`);
    return undefined;
  }
  const x = Number(v);
  if (!Number.isFinite(x) || x < 0 || v.charCodeAt(0) === 0x20) return fail(field, `not a coordinate '${v}'`);
  const deg = Math.floor(x / 100);
  const min = x - deg * 100;
  if (min >= 60) return fail(field, `minutes ${Number(min.toFixed(6))} >= 60`);
  let d = deg + min / 60;
  const max = isLat ? 90 : 180;
  if (d > max) return fail(field, `${Number(d.toFixed(7))} degrees > ${max}`);
  if (isLat) {
    if (hemi === 'S') d = -d;
    else if (hemi !== 'N') return fail(field, `hemisphere '${hemi ?? ''}' is not N/S`);
  } else {
    if (hemi === 'W') d = -d;
    else if (hemi !== 'E') return fail(field, `hemisphere '${hemi ?? ''}' is not E/W`);
  }
  return d;
}

function status(s: string | undefined, field: string): boolean | undefined {
  if (s === undefined || s.length === 0) return undefined;
  if (s === 'A') return true;
  if (s === 'V') return false;
  return fail(field, `'${s}' is not A/V`);
}

// GGA quality digits 0..8 as NMEA 0183 defines them; 9 (SBAS/WAAS on some receivers) is differential.
const GGA_QUALITY: readonly FixQuality[] = ['none', 'gps', 'dgps', 'pps', 'rtk-fixed', 'rtk-float', 'dead-reckoning', 'manual', 'simulation', 'dgps'];

/** FAA mode indicator (RMC, GLL, VTG, GNS) -> quality. */
function modeQuality(c: string): FixQuality | undefined {
  switch (c) {
    case 'A': return 'gps';
    case 'D': return 'dgps';
    case 'E': return 'dead-reckoning';
    case 'F': return 'rtk-float';
    case 'R': return 'rtk-fixed';
    case 'P': return 'pps';
    case 'M': return 'manual';
    case 'S': return 'simulation';
    case 'N': return 'none';
    default: return undefined;
  }
}

function modeIndicator(s: string | undefined, field: string): FixQuality | undefined {
  if (s === undefined || s.length === 0) return undefined;
  const q = modeQuality(s);
  if (q === undefined) return fail(field, `mode '${s}' unknown`);
  return q;
}

/** Best quality among the per-constellation mode characters of GNS. */
const GNS_RANK: Record<string, number> = { R: 8, F: 7, D: 6, P: 5, A: 4, E: 3, M: 2, S: 1, N: 0 };
function gnsQuality(s: string | undefined): FixQuality | undefined {
  if (s === undefined || s.length === 0) return undefined;
  let best = '';
  for (const ch of s) {
    const r = GNS_RANK[ch];
    if (r === undefined) return fail('mode', `mode '${ch}' unknown`);
    if (best === '' || r > GNS_RANK[best]!) best = ch;
  }
  return modeQuality(best);
}

function ddmmyy(s: string | undefined): number | undefined {
  if (s === undefined || s.length === 0) return undefined;
  if (s.length !== 6 || !/^\d{6}$/.test(s)) return fail('date', `'${s}' is not ddmmyy`);
  const dd = Number(s.slice(0, 2));
  const mo = Number(s.slice(2, 4));
  const yy = Number(s.slice(4, 6));
  // Two-digit years: 80..99 are 1980..1999 (GPS starts in 1980), 00..79 are 2000..2079.
  const year = yy >= 80 ? 1900 + yy : 2000 + yy;
  if (!isCalendarDate(year, mo, dd)) return fail('date', `'${s}' is not a calendar date`);
  return daysFromCivil(year, mo, dd);
}

function parseGga(f: string[]): NmeaObservation {
  const q = int(f[5], 'quality', 0, 9);
  return {
    kind: 'GGA',
    tod: timeOfDay(f[0]),
    lat: coord(f[1], f[2], true),
    lon: coord(f[3], f[4], false),
    quality: q === undefined ? undefined : GGA_QUALITY[q],
    numSv: int(f[6], 'numSv', 0, 999),
    hdop: range(num(f[7], 'hdop'), 0, 9999, 'hdop'),
    altMsl: range(num(f[8], 'alt'), -2000, 1e6, 'alt'),
    geoidSep: range(num(f[10], 'geoidSep'), -200, 200, 'geoidSep'),
  };
}

function speedKnots(s: string | undefined, field: string): number | undefined {
  const v = range(num(s, field), 0, 10000, field);
  return v === undefined ? undefined : v * KNOTS_TO_MPS;
}

function course(s: string | undefined, field: string): number | undefined {
  const v = range(num(s, field), 0, 360, field);
  return v === 360 ? 0 : v;
}

function parseRmc(f: string[]): NmeaObservation {
  return {
    kind: 'RMC',
    tod: timeOfDay(f[0]),
    statusValid: status(f[1], 'status'),
    lat: coord(f[2], f[3], true),
    lon: coord(f[4], f[5], false),
    speed: speedKnots(f[6], 'speed'),
    course: course(f[7], 'course'),
    date: ddmmyy(f[8]),
    quality: modeIndicator(f[11], 'mode'),
  };
}

function parseGll(f: string[]): NmeaObservation {
  return {
    kind: 'GLL',
    lat: coord(f[0], f[1], true),
    lon: coord(f[2], f[3], false),
    tod: timeOfDay(f[4]),
    statusValid: status(f[5], 'status'),
    quality: modeIndicator(f[6], 'mode'),
  };
}

function parseGns(f: string[]): NmeaObservation {
  return {
    kind: 'GNS',
    tod: timeOfDay(f[0]),
    lat: coord(f[1], f[2], true),
    lon: coord(f[3], f[4], false),
    quality: gnsQuality(f[5]),
    numSv: int(f[6], 'numSv', 0, 999),
    hdop: range(num(f[7], 'hdop'), 0, 9999, 'hdop'),
    altMsl: range(num(f[8], 'alt'), -2000, 1e6, 'alt'),
    geoidSep: range(num(f[9], 'geoidSep'), -200, 200, 'geoidSep'),
    statusValid: f[12] === 'V' ? false : f[12] === 'S' || f[12] === 'C' || f[12] === 'U' ? true : undefined,
  };
}

function parseVtg(f: string[]): NmeaObservation {
  // NMEA 2.0+: course,T,course,M,knots,N,km/h,K[,mode]
  const knots = speedKnots(f[4], 'speedKnots');
  const kmh = range(num(f[6], 'speedKmh'), 0, 20000, 'speedKmh');
  return {
    kind: 'VTG',
    course: course(f[0], 'course'),
    speed: knots ?? (kmh === undefined ? undefined : kmh / 3.6),
    quality: modeIndicator(f[8], 'mode'),
  };
}

function parseGsa(f: string[], talker: string): NmeaObservation {
  const m = int(f[1], 'mode', 1, 3);
  const mode: FixMode | undefined = m === undefined ? undefined : m === 1 ? 'none' : m === 2 ? '2d' : '3d';
  // 12 satellite fields follow the two mode fields; the DOPs and the optional system id after.
  const system = f[17] !== undefined && f[17].length > 0 ? f[17] : talker;
  const used: string[] = [];
  for (let k = 2; k < 14; k++) {
    const s = f[k];
    if (s !== undefined && s.length > 0) {
      const prn = int(s, `sv[${k - 2}]`, 1, 999);
      if (prn !== undefined) used.push(`${system}:${prn}`);
    }
  }
  return {
    kind: 'GSA',
    mode,
    used,
    pdop: range(num(f[14], 'pdop'), 0, 9999, 'pdop'),
    hdop: range(num(f[15], 'hdop'), 0, 9999, 'hdop'),
    vdop: range(num(f[16], 'vdop'), 0, 9999, 'vdop'),
  };
}

function parseGst(f: string[]): NmeaObservation {
  return {
    kind: 'GST',
    tod: timeOfDay(f[0]),
    rms: range(num(f[1], 'rms'), 0, Infinity, 'rms'),
    semiMajor: range(num(f[2], 'semiMajor'), 0, 1e7, 'semiMajor'),
    semiMinor: range(num(f[3], 'semiMinor'), 0, 1e7, 'semiMinor'),
    orientation: range(num(f[4], 'orientation'), -360, 360, 'orientation'),
    sigmaLat: range(num(f[5], 'sigmaLat'), 0, 1e7, 'sigmaLat'),
    sigmaLon: range(num(f[6], 'sigmaLon'), 0, 1e7, 'sigmaLon'),
    sigmaAlt: range(num(f[7], 'sigmaAlt'), 0, 1e7, 'sigmaAlt'),
  };
}

function parseZda(f: string[]): NmeaObservation {
  const tod = timeOfDay(f[0]);
  const d = int(f[1], 'day', 1, 31);
  const mo = int(f[2], 'month', 1, 12);
  const y = int(f[3], 'year', 1980, 2200);
  let date: number | undefined;
  if (d !== undefined && mo !== undefined && y !== undefined) {
    if (isCalendarDate(y, mo, d)) date = daysFromCivil(y, mo, d);
    else fail('date', `${y}-${mo}-${d} is not a calendar date`);
  }
  return { kind: 'ZDA', tod, date };
}

function parseHdt(f: string[]): NmeaObservation {
  return { kind: 'HDT', heading: course(f[0], 'heading') };
}

/**
 * Parses one checksum-verified sentence. Returns an observation, `invalid` with the field path,
 * or `ignored` for sentence types that do not contribute to a fix.
 */
export function parseNmeaSentence(sentence: string): NmeaResult {
  // `$ttSSS,` with a two-letter talker; proprietary sentences start with `$P`.
  if (sentence.charCodeAt(0) !== 0x24 || sentence.charCodeAt(1) === 0x50 || sentence.charCodeAt(6) !== 0x2c) return IGNORED;
  const type = sentence.slice(3, 6);
  const star = sentence.lastIndexOf('*');
  const body = sentence.slice(7, star < 0 ? sentence.length : star);
  err = undefined;
  sentenceType = type;
  let obs: NmeaObservation;
  switch (type) {
    case 'GGA': obs = parseGga(body.split(',')); break;
    case 'RMC': obs = parseRmc(body.split(',')); break;
    case 'GLL': obs = parseGll(body.split(',')); break;
    case 'GNS': obs = parseGns(body.split(',')); break;
    case 'VTG': obs = parseVtg(body.split(',')); break;
    case 'GSA': obs = parseGsa(body.split(','), sentence.slice(1, 3)); break;
    case 'GST': obs = parseGst(body.split(',')); break;
    case 'ZDA': obs = parseZda(body.split(',')); break;
    case 'HDT': obs = parseHdt(body.split(',')); break;
    default: return IGNORED;
  }
  if (err !== undefined) return { kind: 'invalid', detail: err };
  return obs;
}
