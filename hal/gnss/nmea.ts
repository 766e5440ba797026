/**
 * NMEA 0183 sentence parsing: GGA, RMC, GLL, GNS, VTG, GSA, GST, ZDA, HDT from any talker
 * (GP, GN, GL, GA, GB, BD, GQ, GI, ...). Pure.
 *
 * Works on the bytes of one framed sentence whose checksum the framer has verified, e.g.
 * `$GNGGA,003956.00,4552.65403,S,17030.00668,E,1,12,0.64,14.2,M,1.8,M,,*56`, without making
 * strings: fields are located once and numbers read digit by digit (a decimal of up to 15
 * digits read this way is the same double as `Number()` gives). Empty fields mean "not
 * reported" and give `undefined`. A value that cannot be true (minutes >= 60, hour 24,
 * latitude beyond 90 degrees, unknown quality digit, negative speed) makes the whole sentence
 * invalid, with the field path in the reason. Proprietary (`$P...`), AIS (`!..`), GSV, TXT
 * and other types are `ignored`.
 */
import { asciiSlice } from './framer.js';
import {
  IGNORED, daysFromCivil, isCalendarDate,
  type IgnoredObservation, type InvalidObservation, type NmeaObservation,
} from './observations.js';
import type { FixMode, FixQuality } from './types.js';

export type NmeaResult = NmeaObservation | InvalidObservation | IgnoredObservation;

export const KNOTS_TO_MPS = 1852 / 3600;

const MAX_FIELDS = 40;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16];

// The sentence being parsed: its bytes, field boundaries, and the first impossible value.
let buf: Uint8Array = new Uint8Array(0);
const fStart = new Int32Array(MAX_FIELDS);
const fEnd = new Int32Array(MAX_FIELDS);
let nFields = 0;
let err: string | undefined;
let sentenceType = '';

function fail(field: string, why: string): undefined {
  if (err === undefined) err = `${sentenceType}.${field}: ${why}`;
  return undefined;
}

function text(k: number): string {
  return k < nFields ? asciiSlice(buf, fStart[k]!, fEnd[k]!) : '';
}

function empty(k: number): boolean {
  return k >= nFields || fStart[k] === fEnd[k];
}

/** The single character of field k, or 0 when empty; more than one character is -1. */
function char(k: number): number {
  if (empty(k)) return 0;
  return fEnd[k]! - fStart[k]! === 1 ? buf[fStart[k]!]! : -1;
}

/** A decimal number (optional sign, digits, optional fraction), or undefined when empty. */
function num(k: number, field: string): number | undefined {
  if (empty(k)) return undefined;
  const b = fEnd[k]!;
  let i = fStart[k]!;
  let neg = false;
  if (buf[i] === 0x2d) { neg = true; i++; } else if (buf[i] === 0x2b) i++;
  let m = 0;
  let digits = 0;
  let scale = 0;
  let dot = false;
  for (; i < b; i++) {
    const c = buf[i]!;
    if (c >= 0x30 && c <= 0x39) {
      m = m * 10 + (c - 0x30);
      digits++;
      if (dot) scale++;
    } else if (c === 0x2e && !dot) dot = true;
    else return fail(field, `not a number '${text(k)}'`);
  }
  if (digits === 0) return fail(field, `not a number '${text(k)}'`);
  if (digits > 15) return neg ? -Number(text(k).slice(1)) : Number(text(k));
  const v = scale === 0 ? m : m / POW10[scale]!;
  return neg ? -v : v;
}

function range(v: number | undefined, lo: number, hi: number, field: string): number | undefined {
  if (v === undefined) return undefined;
  if (v < lo || v > hi) return fail(field, `${v} outside ${lo}..${hi}`);
  return v;
}

function int(k: number, field: string, lo: number, hi: number): number | undefined {
  const v = num(k, field);
  if (v === undefined) return undefined;
  if (!Number.isInteger(v)) return fail(field, `${v} is not an integer`);
  return range(v, lo, hi, field);
}

function digit(i: number): number {
  const c = buf[i]! - 0x30;
  return c >= 0 && c <= 9 ? c : -1;
}

/** `hhmmss[.sss]` -> ms of the UTC day (second 60 allowed in 23:59 for a leap second). */
function timeOfDay(k: number, field = 'time'): number | undefined {
  if (empty(k)) return undefined;
  const a = fStart[k]!;
  const b = fEnd[k]!;
  if (b - a < 6) return fail(field, `'${text(k)}' is not hhmmss`);
  for (let i = a; i < a + 6; i++) if (digit(i) < 0) return fail(field, `'${text(k)}' is not hhmmss`);
  const hh = digit(a) * 10 + digit(a + 1);
  const mm = digit(a + 2) * 10 + digit(a + 3);
  let ss = digit(a + 4) * 10 + digit(a + 5);
  let frac = 0;
  if (b > a + 6) {
    if (buf[a + 6] !== 0x2e) return fail(field, `'${text(k)}' is not hhmmss.sss`);
    let m = 0;
    let scale = 0;
    for (let i = a + 7; i < b; i++) {
      const d = digit(i);
      if (d < 0) return fail(field, `'${text(k)}' has a bad fraction`);
      if (scale < 15) { m = m * 10 + d; scale++; }
    }
    frac = m / POW10[scale]!;
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
function coord(k: number, hk: number, isLat: boolean): number | undefined {
  const field = isLat ? 'lat' : 'lon';
  const hemi = char(hk);
  if (empty(k)) {
    if (hemi !== 0) return fail(field, `hemisphere '${text(hk)}' without a value`);
    return undefined;
  }
  const b = fEnd[k]!;
  let m = 0;
  let scale = 0;
  let digits = 0;
  let dot = false;
  for (let i = fStart[k]!; i < b; i++) {
    const c = buf[i]!;
    if (c >= 0x30 && c <= 0x39) {
      if (digits < 15) {
        m = m * 10 + (c - 0x30);
        if (dot) scale++;
      }
      digits++;
    } else if (c === 0x2e && !dot) dot = true;
    else return fail(field, `not a coordinate '${text(k)}'`);
  }
  if (digits === 0) return fail(field, `not a coordinate '${text(k)}'`);
  // Whole degrees, then the minutes from the exact integer remainder.
  const unit = POW10[scale]!;
  const deg = Math.floor(m / unit / 100);
  const min = (m - deg * 100 * unit) / unit;
  if (min >= 60) return fail(field, `minutes ${Number(min.toFixed(6))} >= 60`);
  let d = deg + min / 60;
  const max = isLat ? 90 : 180;
  if (d > max) return fail(field, `${Number(d.toFixed(7))} degrees > ${max}`);
  if (isLat) {
    if (hemi === 0x53) d = -d;
    else if (hemi !== 0x4e) return fail(field, `hemisphere '${text(hk)}' is not N/S`);
  } else {
    if (hemi === 0x57) d = -d;
    else if (hemi !== 0x45) return fail(field, `hemisphere '${text(hk)}' is not E/W`);
  }
  return d;
}

function status(k: number, field: string): boolean | undefined {
  const c = char(k);
  if (c === 0) return undefined;
  if (c === 0x41) return true;
  if (c === 0x56) return false;
  return fail(field, `'${text(k)}' is not A/V`);
}

// GGA quality digits 0..8 as NMEA 0183 defines them; 9 (SBAS/WAAS on some receivers) is differential.
const GGA_QUALITY: readonly FixQuality[] = ['none', 'gps', 'dgps', 'pps', 'rtk-fixed', 'rtk-float', 'dead-reckoning', 'manual', 'simulation', 'dgps'];

/** FAA mode indicator letter (RMC, GLL, VTG, GNS) -> quality. */
function modeQuality(c: number): FixQuality | undefined {
  switch (c) {
    case 0x41: return 'gps'; // A autonomous
    case 0x44: return 'dgps'; // D differential
    case 0x45: return 'dead-reckoning'; // E estimated
    case 0x46: return 'rtk-float'; // F
    case 0x52: return 'rtk-fixed'; // R
    case 0x50: return 'pps'; // P precise
    case 0x4d: return 'manual'; // M
    case 0x53: return 'simulation'; // S
    case 0x4e: return 'none'; // N not valid
    default: return undefined;
  }
}

function modeIndicator(k: number, field: string): FixQuality | undefined {
  const c = char(k);
  if (c === 0) return undefined;
  const q = modeQuality(c);
  if (q === undefined) return fail(field, `mode '${text(k)}' unknown`);
  return q;
}

/** Best quality among the per-constellation mode letters of GNS (R > F > D > P > A > E > M > S > N). */
const GNS_ORDER = [0x4e, 0x53, 0x4d, 0x45, 0x41, 0x50, 0x44, 0x46, 0x52];
function gnsQuality(k: number): FixQuality | undefined {
  if (empty(k)) return undefined;
  let best = -1;
  for (let i = fStart[k]!; i < fEnd[k]!; i++) {
    const r = GNS_ORDER.indexOf(buf[i]!);
    if (r < 0) return fail('mode', `mode '${String.fromCharCode(buf[i]!)}' unknown`);
    if (r > best) best = r;
  }
  return modeQuality(GNS_ORDER[best]!);
}

function ddmmyy(k: number): number | undefined {
  if (empty(k)) return undefined;
  const a = fStart[k]!;
  if (fEnd[k]! - a !== 6) return fail('date', `'${text(k)}' is not ddmmyy`);
  for (let i = a; i < a + 6; i++) if (digit(i) < 0) return fail('date', `'${text(k)}' is not ddmmyy`);
  const dd = digit(a) * 10 + digit(a + 1);
  const mo = digit(a + 2) * 10 + digit(a + 3);
  const yy = digit(a + 4) * 10 + digit(a + 5);
  // Two-digit years: 80..99 are 1980..1999 (GPS starts in 1980), 00..79 are 2000..2079.
  const year = yy >= 80 ? 1900 + yy : 2000 + yy;
  if (!isCalendarDate(year, mo, dd)) return fail('date', `'${text(k)}' is not a calendar date`);
  return daysFromCivil(year, mo, dd);
}

function speedKnots(k: number, field: string): number | undefined {
  const v = range(num(k, field), 0, 10000, field);
  return v === undefined ? undefined : v * KNOTS_TO_MPS;
}

function course(k: number, field: string): number | undefined {
  const v = range(num(k, field), 0, 360, field);
  return v === 360 ? 0 : v;
}

function parseGga(): NmeaObservation {
  const q = int(5, 'quality', 0, 9);
  return {
    kind: 'GGA',
    tod: timeOfDay(0),
    lat: coord(1, 2, true),
    lon: coord(3, 4, false),
    quality: q === undefined ? undefined : GGA_QUALITY[q],
    numSv: int(6, 'numSv', 0, 999),
    hdop: range(num(7, 'hdop'), 0, 9999, 'hdop'),
    altMsl: range(num(8, 'alt'), -2000, 1e6, 'alt'),
    geoidSep: range(num(10, 'geoidSep'), -200, 200, 'geoidSep'),
  };
}

function parseRmc(): NmeaObservation {
  return {
    kind: 'RMC',
    tod: timeOfDay(0),
    statusValid: status(1, 'status'),
    lat: coord(2, 3, true),
    lon: coord(4, 5, false),
    speed: speedKnots(6, 'speed'),
    course: course(7, 'course'),
    date: ddmmyy(8),
    quality: modeIndicator(11, 'mode'),
  };
}

function parseGll(): NmeaObservation {
  return {
    kind: 'GLL',
    lat: coord(0, 1, true),
    lon: coord(2, 3, false),
    tod: timeOfDay(4),
    statusValid: status(5, 'status'),
    quality: modeIndicator(6, 'mode'),
  };
}

function parseGns(): NmeaObservation {
  const nav = char(12);
  return {
    kind: 'GNS',
    tod: timeOfDay(0),
    lat: coord(1, 2, true),
    lon: coord(3, 4, false),
    quality: gnsQuality(5),
    numSv: int(6, 'numSv', 0, 999),
    hdop: range(num(7, 'hdop'), 0, 9999, 'hdop'),
    altMsl: range(num(8, 'alt'), -2000, 1e6, 'alt'),
    geoidSep: range(num(9, 'geoidSep'), -200, 200, 'geoidSep'),
    // NMEA 4.1 navigational status: S safe, C caution, U unsafe, V "the equipment gives no
    // navigational status" (u-blox always sends V, whatever its fix): V says nothing about
    // the position, whose validity is in the mode letters; U is not fit for use.
    statusValid: nav === 0x55 ? false : nav === 0x53 || nav === 0x43 ? true : undefined,
  };
}

function parseVtg(): NmeaObservation {
  // NMEA 2.0+: course,T,course,M,knots,N,km/h,K[,mode]
  const knots = speedKnots(4, 'speedKnots');
  const kmh = range(num(6, 'speedKmh'), 0, 20000, 'speedKmh');
  return {
    kind: 'VTG',
    course: course(0, 'course'),
    speed: knots ?? (kmh === undefined ? undefined : kmh / 3.6),
    quality: modeIndicator(8, 'mode'),
  };
}

function parseGsa(talker: number): NmeaObservation {
  const m = int(1, 'mode', 1, 3);
  const mode: FixMode | undefined = m === undefined ? undefined : m === 1 ? 'none' : m === 2 ? '2d' : '3d';
  // 12 satellite fields follow the two mode fields; the DOPs and the NMEA 4.11 system id after.
  const sysId = int(17, 'systemId', 0, 99);
  const system = sysId ?? 1000 + talker;
  const used: number[] = [];
  for (let k = 2; k < 14; k++) {
    const prn = int(k, `sv[${k - 2}]`, 1, 999);
    if (prn !== undefined) used.push(system * 1024 + prn);
  }
  return {
    kind: 'GSA',
    mode,
    used,
    pdop: range(num(14, 'pdop'), 0, 9999, 'pdop'),
    hdop: range(num(15, 'hdop'), 0, 9999, 'hdop'),
    vdop: range(num(16, 'vdop'), 0, 9999, 'vdop'),
  };
}

function parseGst(): NmeaObservation {
  return {
    kind: 'GST',
    tod: timeOfDay(0),
    rms: range(num(1, 'rms'), 0, Infinity, 'rms'),
    semiMajor: range(num(2, 'semiMajor'), 0, 1e7, 'semiMajor'),
    semiMinor: range(num(3, 'semiMinor'), 0, 1e7, 'semiMinor'),
    orientation: range(num(4, 'orientation'), -360, 360, 'orientation'),
    sigmaLat: range(num(5, 'sigmaLat'), 0, 1e7, 'sigmaLat'),
    sigmaLon: range(num(6, 'sigmaLon'), 0, 1e7, 'sigmaLon'),
    sigmaAlt: range(num(7, 'sigmaAlt'), 0, 1e7, 'sigmaAlt'),
  };
}

function parseZda(): NmeaObservation {
  const tod = timeOfDay(0);
  const d = int(1, 'day', 1, 31);
  const mo = int(2, 'month', 1, 12);
  const y = int(3, 'year', 1980, 2200);
  let date: number | undefined;
  if (d !== undefined && mo !== undefined && y !== undefined) {
    if (isCalendarDate(y, mo, d)) date = daysFromCivil(y, mo, d);
    else fail('date', `${y}-${mo}-${d} is not a calendar date`);
  }
  return { kind: 'ZDA', tod, date };
}

function parseHdt(): NmeaObservation {
  return { kind: 'HDT', heading: course(0, 'heading') };
}

const code3 = (a: number, b: number, c: number): number => (a << 16) | (b << 8) | c;
const GGA = code3(0x47, 0x47, 0x41);
const RMC = code3(0x52, 0x4d, 0x43);
const GLL = code3(0x47, 0x4c, 0x4c);
const GNS = code3(0x47, 0x4e, 0x53);
const VTG = code3(0x56, 0x54, 0x47);
const GSA = code3(0x47, 0x53, 0x41);
const GST = code3(0x47, 0x53, 0x54);
const ZDA = code3(0x5a, 0x44, 0x41);
const HDT = code3(0x48, 0x44, 0x54);
const NAMES = new Map<number, string>([[GGA, 'GGA'], [RMC, 'RMC'], [GLL, 'GLL'], [GNS, 'GNS'], [VTG, 'VTG'], [GSA, 'GSA'], [GST, 'GST'], [ZDA, 'ZDA'], [HDT, 'HDT']]);

/**
 * Parses one checksum-verified sentence held in data[start, end) (`$` up to the checksum).
 * Returns an observation, `invalid` with the field path, or `ignored` for sentence types that
 * do not contribute to a fix.
 */
export function parseNmea(data: Uint8Array, start: number, end: number): NmeaResult {
  // `$ttSSS,` with a two-letter talker; proprietary sentences start with `$P`.
  if (end - start < 7 || data[start] !== 0x24 || data[start + 1] === 0x50 || data[start + 6] !== 0x2c) return IGNORED;
  const type = code3(data[start + 3]!, data[start + 4]!, data[start + 5]!);
  const name = NAMES.get(type);
  if (name === undefined) return IGNORED;
  // The framer hands over sentences ending in `*hh`; search only when it does not.
  let stop = end;
  if (data[end - 3] === 0x2a) stop = end - 3;
  else for (let i = end - 1; i > start + 6; i--) if (data[i] === 0x2a) { stop = i; break; }
  buf = data;
  nFields = 0;
  let s = start + 7;
  for (let i = s; i < stop && nFields < MAX_FIELDS - 1; i++) {
    if (data[i] === 0x2c) {
      fStart[nFields] = s;
      fEnd[nFields] = i;
      nFields++;
      s = i + 1;
    }
  }
  fStart[nFields] = s;
  fEnd[nFields] = stop;
  nFields++;
  err = undefined;
  sentenceType = name;
  let obs: NmeaObservation;
  switch (type) {
    case GGA: obs = parseGga(); break;
    case RMC: obs = parseRmc(); break;
    case GLL: obs = parseGll(); break;
    case GNS: obs = parseGns(); break;
    case VTG: obs = parseVtg(); break;
    case GSA: obs = parseGsa((data[start + 1]! << 8) | data[start + 2]!); break;
    case GST: obs = parseGst(); break;
    case ZDA: obs = parseZda(); break;
    default: obs = parseHdt(); break;
  }
  if (err !== undefined) return { kind: 'invalid', detail: err };
  return obs;
}

/** `parseNmea` for a sentence given as a string. */
export function parseNmeaSentence(sentence: string): NmeaResult {
  const bytes = new Uint8Array(Buffer.from(sentence, 'latin1'));
  return parseNmea(bytes, 0, bytes.length);
}
