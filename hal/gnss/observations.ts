/**
 * What one received message says, before epoch assembly. Parsers (NMEA, UBX, gpsd JSON)
 * produce these; `EpochAssembler` merges the observations of one receiver epoch into a
 * `GnssFix`. Units are already SI/degrees here; times are UTC.
 *
 * `tod` is the UTC time of day in ms (86400000.. during a leap second); `date` is the UTC date
 * as days since 1970-01-01. `itow` is the GPS time of week in ms (UBX).
 */
import type { FixMode, FixQuality } from './types.js';

/** What GGA and GNS both carry. */
interface PositionFix {
  tod?: number;
  lat?: number;
  lon?: number;
  quality?: FixQuality;
  numSv?: number;
  hdop?: number;
  altMsl?: number;
  geoidSep?: number;
}

export interface GgaObs extends PositionFix {
  kind: 'GGA';
}

export interface RmcObs {
  kind: 'RMC';
  tod?: number;
  /** Status field: A = valid, V = warning; undefined when empty. */
  statusValid?: boolean;
  lat?: number;
  lon?: number;
  speed?: number;
  course?: number;
  date?: number;
  /** From the mode indicator (NMEA 2.3+), when present. */
  quality?: FixQuality;
}

export interface GllObs {
  kind: 'GLL';
  tod?: number;
  statusValid?: boolean;
  lat?: number;
  lon?: number;
  quality?: FixQuality;
}

export interface GnsObs extends PositionFix {
  kind: 'GNS';
  /** Navigational status (NMEA 4.1+): S/C true, U (unsafe) false; V (no status given) or empty undefined. */
  statusValid?: boolean;
}

export interface VtgObs {
  kind: 'VTG';
  course?: number;
  speed?: number;
  quality?: FixQuality;
}

export interface GsaObs {
  kind: 'GSA';
  mode?: FixMode;
  /** Satellites used, as `system * 1024 + prn` (system = NMEA 4.11 system id, else 1000 + talker code). */
  used: number[];
  pdop?: number;
  hdop?: number;
  vdop?: number;
}

export interface GstObs {
  kind: 'GST';
  tod?: number;
  rms?: number;
  semiMajor?: number;
  semiMinor?: number;
  orientation?: number;
  sigmaLat?: number;
  sigmaLon?: number;
  sigmaAlt?: number;
}

export interface ZdaObs {
  kind: 'ZDA';
  tod?: number;
  date?: number;
}

export interface HdtObs {
  kind: 'HDT';
  heading?: number;
}

export interface NavPvtObs {
  kind: 'NAV-PVT';
  itow: number;
  /** UTC date (days since 1970) when validDate. */
  date?: number;
  /** UTC time of day in ms, nano included and rounded to the ms, when validTime. */
  tod?: number;
  fixType: number;
  gnssFixOk: boolean;
  diffSoln: boolean;
  /** 0 none, 1 float, 2 fixed. */
  carrSoln: number;
  invalidLlh: boolean;
  numSv: number;
  lat: number;
  lon: number;
  height: number;
  hMsl: number;
  hAcc: number;
  vAcc: number;
  velD: number;
  gSpeed: number;
  headMot: number;
  sAcc: number;
  headAcc: number;
  pdop: number;
  /** Vehicle heading when headVehValid. */
  headVeh?: number;
}

export interface NavHpposllhObs {
  kind: 'NAV-HPPOSLLH';
  itow: number;
  invalidLlh: boolean;
  lat: number;
  lon: number;
  height: number;
  hMsl: number;
  hAcc: number;
  vAcc: number;
}

export interface NavCovObs {
  kind: 'NAV-COV';
  itow: number;
  posValid: boolean;
  /** Position covariance, m^2, north-east-down. */
  nn: number;
  ne: number;
  ee: number;
  dd: number;
}

export interface NavDopObs {
  kind: 'NAV-DOP';
  itow: number;
  pdop: number;
  hdop: number;
  vdop: number;
}

export interface NavTimeGpsObs {
  kind: 'NAV-TIMEGPS';
  itow: number;
  /** GPS-UTC seconds when leapSValid. */
  leapS?: number;
}

export interface NavEoeObs {
  kind: 'NAV-EOE';
  itow: number;
}

export interface TpvObs {
  kind: 'TPV';
  date?: number;
  tod?: number;
  mode: FixMode;
  status?: number;
  lat?: number;
  lon?: number;
  altHae?: number;
  altMsl?: number;
  geoidSep?: number;
  speed?: number;
  track?: number;
  climb?: number;
  epx?: number;
  epy?: number;
  epv?: number;
  eps?: number;
  epd?: number;
  leapSeconds?: number;
}

export interface GpsdGstObs {
  kind: 'GPSD-GST';
  date?: number;
  tod?: number;
  major?: number;
  minor?: number;
  orient?: number;
  lat?: number;
  lon?: number;
  alt?: number;
}

export interface SkyObs {
  kind: 'SKY';
  date?: number;
  tod?: number;
  hdop?: number;
  vdop?: number;
  pdop?: number;
  uSat?: number;
}

export type NmeaObservation = GgaObs | RmcObs | GllObs | GnsObs | VtgObs | GsaObs | GstObs | ZdaObs | HdtObs;
export type UbxObservation = NavPvtObs | NavHpposllhObs | NavCovObs | NavDopObs | NavTimeGpsObs | NavEoeObs;
export type GpsdObservation = TpvObs | GpsdGstObs | SkyObs;
export type Observation = NmeaObservation | UbxObservation | GpsdObservation;

/** A message that was well framed but carries an impossible value. */
export interface InvalidObservation {
  kind: 'invalid';
  /** Field path and reason, e.g. `GGA.lat: minutes 61.2 >= 60`. */
  detail: string;
}

/** A message that was well framed and understood but is not used for fixes. */
export interface IgnoredObservation {
  kind: 'ignored';
}

export const IGNORED: IgnoredObservation = { kind: 'ignored' };

export const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1..12), by the civil-from-days inverse. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether (year, month, day) is a real calendar date. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!);
}
