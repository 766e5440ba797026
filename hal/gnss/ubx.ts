/**
 * u-blox UBX payload decoding: NAV-PVT (position, velocity, time), NAV-HPPOSLLH (high
 * precision position), NAV-COV (position covariance -> accuracy ellipse), NAV-DOP,
 * NAV-TIMEGPS (leap seconds) and NAV-EOE (end of epoch). Pure. The framer has checked the
 * sync bytes, length and checksum; this module checks lengths and values.
 * Layouts follow the u-blox M8 / F9 interface descriptions (little-endian).
 */
import { ubxChecksum } from './framer.js';
import {
  IGNORED, MS_PER_DAY, daysFromCivil, isCalendarDate,
  type IgnoredObservation, type InvalidObservation, type UbxObservation,
} from './observations.js';

export type UbxResult = UbxObservation | InvalidObservation | IgnoredObservation;

export const UBX_CLASS_NAV = 0x01;
export const UBX_NAV_PVT = 0x07;
export const UBX_NAV_HPPOSLLH = 0x14;
export const UBX_NAV_COV = 0x36;
export const UBX_NAV_DOP = 0x04;
export const UBX_NAV_TIMEGPS = 0x20;
export const UBX_NAV_EOE = 0x61;

function invalid(detail: string): InvalidObservation {
  return { kind: 'invalid', detail };
}

function view(p: Uint8Array): DataView {
  return new DataView(p.buffer, p.byteOffset, p.byteLength);
}

function latLonCheck(name: string, lat: number, lon: number): InvalidObservation | undefined {
  if (!(lat >= -90 && lat <= 90)) return invalid(`${name}.lat: ${lat} outside -90..90`);
  if (!(lon >= -180 && lon <= 180)) return invalid(`${name}.lon: ${lon} outside -180..180`);
  return undefined;
}

function navPvt(p: Uint8Array): UbxResult {
  // 92 bytes from protocol 15 (M8) on; 84 bytes on u-blox 7 (no headVeh/magDec).
  if (p.length < 84) return invalid(`NAV-PVT.length: ${p.length} < 84`);
  const v = view(p);
  const itow = v.getUint32(0, true);
  const year = v.getUint16(4, true);
  const month = p[6]!;
  const day = p[7]!;
  const hour = p[8]!;
  const min = p[9]!;
  const sec = p[10]!;
  const valid = p[11]!;
  const nano = v.getInt32(16, true);
  const fixType = p[20]!;
  const flags = p[21]!;
  const numSv = p[23]!;
  const lon = v.getInt32(24, true) / 1e7;
  const lat = v.getInt32(28, true) / 1e7;
  const flags3 = p.length >= 80 ? v.getUint16(78, true) : 0;
  const invalidLlh = p.length >= 92 && (flags3 & 0x01) !== 0;
  if (fixType > 5) return invalid(`NAV-PVT.fixType: ${fixType} > 5`);
  if (!invalidLlh && fixType !== 0) {
    const bad = latLonCheck('NAV-PVT', lat, lon);
    if (bad) return bad;
  }
  const validDate = (valid & 0x01) !== 0;
  const validTime = (valid & 0x02) !== 0;
  let date: number | undefined;
  let tod: number | undefined;
  if (validDate) {
    if (year < 1980 || year > 2200 || !isCalendarDate(year, month, day)) return invalid(`NAV-PVT.date: ${year}-${month}-${day} is not a calendar date`);
    date = daysFromCivil(year, month, day);
  }
  if (validTime) {
    if (hour > 23) return invalid(`NAV-PVT.hour: ${hour} > 23`);
    if (min > 59) return invalid(`NAV-PVT.min: ${min} > 59`);
    if (sec > 60 || (sec === 60 && (hour !== 23 || min !== 59))) return invalid(`NAV-PVT.sec: ${sec} not valid at ${hour}:${min}`);
    if (nano < -1e9 || nano > 1e9) return invalid(`NAV-PVT.nano: ${nano} outside -1e9..1e9`);
    tod = (hour * 3600 + min * 60 + sec) * 1000 + Math.round(nano / 1e6);
    if (tod < 0) {
      tod += MS_PER_DAY;
      if (date !== undefined) date -= 1;
    } else if (tod >= MS_PER_DAY && sec !== 60) {
      tod -= MS_PER_DAY;
      if (date !== undefined) date += 1;
    }
  }
  const headVehValid = (flags & 0x20) !== 0 && p.length >= 92;
  return {
    kind: 'NAV-PVT',
    itow,
    date,
    tod,
    fixType,
    gnssFixOk: (flags & 0x01) !== 0,
    diffSoln: (flags & 0x02) !== 0,
    carrSoln: (flags >> 6) & 0x03,
    invalidLlh,
    numSv,
    lat,
    lon,
    height: v.getInt32(32, true) / 1000,
    hMsl: v.getInt32(36, true) / 1000,
    hAcc: v.getUint32(40, true) / 1000,
    vAcc: v.getUint32(44, true) / 1000,
    velD: v.getInt32(56, true) / 1000,
    gSpeed: v.getInt32(60, true) / 1000,
    headMot: v.getInt32(64, true) / 1e5,
    sAcc: v.getUint32(68, true) / 1000,
    headAcc: v.getUint32(72, true) / 1e5,
    pdop: v.getUint16(76, true) / 100,
    headVeh: headVehValid ? v.getInt32(84, true) / 1e5 : undefined,
  };
}

function navHpposllh(p: Uint8Array): UbxResult {
  if (p.length < 36) return invalid(`NAV-HPPOSLLH.length: ${p.length} < 36`);
  const v = view(p);
  const lon = (v.getInt32(8, true) * 100 + v.getInt8(24)) / 1e9;
  const lat = (v.getInt32(12, true) * 100 + v.getInt8(25)) / 1e9;
  const invalidLlh = (p[3]! & 0x01) !== 0;
  if (!invalidLlh) {
    const bad = latLonCheck('NAV-HPPOSLLH', lat, lon);
    if (bad) return bad;
  }
  return {
    kind: 'NAV-HPPOSLLH',
    itow: v.getUint32(4, true),
    invalidLlh,
    lat,
    lon,
    height: (v.getInt32(16, true) * 10 + v.getInt8(26)) / 10000,
    hMsl: (v.getInt32(20, true) * 10 + v.getInt8(27)) / 10000,
    hAcc: v.getUint32(28, true) / 10000,
    vAcc: v.getUint32(32, true) / 10000,
  };
}

function navCov(p: Uint8Array): UbxResult {
  if (p.length < 64) return invalid(`NAV-COV.length: ${p.length} < 64`);
  const v = view(p);
  const nn = v.getFloat32(16, true);
  const ne = v.getFloat32(20, true);
  const ee = v.getFloat32(28, true);
  const dd = v.getFloat32(36, true);
  const posValid = p[5] !== 0;
  if (posValid) {
    if (!(nn >= 0) || !(ee >= 0) || !(dd >= 0) || !Number.isFinite(ne) || ne * ne > nn * ee * (1 + 1e-6)) {
      return invalid(`NAV-COV.posCov: not a covariance (NN ${nn}, NE ${ne}, EE ${ee}, DD ${dd})`);
    }
  }
  return { kind: 'NAV-COV', itow: v.getUint32(0, true), posValid, nn, ne, ee, dd };
}

function navDop(p: Uint8Array): UbxResult {
  if (p.length < 18) return invalid(`NAV-DOP.length: ${p.length} < 18`);
  const v = view(p);
  return {
    kind: 'NAV-DOP',
    itow: v.getUint32(0, true),
    pdop: v.getUint16(6, true) / 100,
    vdop: v.getUint16(10, true) / 100,
    hdop: v.getUint16(12, true) / 100,
  };
}

function navTimeGps(p: Uint8Array): UbxResult {
  if (p.length < 16) return invalid(`NAV-TIMEGPS.length: ${p.length} < 16`);
  const v = view(p);
  const leapSValid = (p[11]! & 0x04) !== 0;
  const leapS = v.getInt8(10);
  if (leapSValid && (leapS < 0 || leapS > 100)) return invalid(`NAV-TIMEGPS.leapS: ${leapS} outside 0..100`);
  return { kind: 'NAV-TIMEGPS', itow: v.getUint32(0, true), leapS: leapSValid ? leapS : undefined };
}

/** Decodes one checksum-verified UBX frame payload. */
export function parseUbxFrame(cls: number, id: number, payload: Uint8Array): UbxResult {
  if (cls !== UBX_CLASS_NAV) return IGNORED;
  switch (id) {
    case UBX_NAV_PVT: return navPvt(payload);
    case UBX_NAV_HPPOSLLH: return navHpposllh(payload);
    case UBX_NAV_COV: return navCov(payload);
    case UBX_NAV_DOP: return navDop(payload);
    case UBX_NAV_TIMEGPS: return navTimeGps(payload);
    case UBX_NAV_EOE:
      if (payload.length < 4) return invalid(`NAV-EOE.length: ${payload.length} < 4`);
      return { kind: 'NAV-EOE', itow: view(payload).getUint32(0, true) };
    default: return IGNORED;
  }
}

/** Builds a UBX frame (sync, class, id, length, payload, checksum): for configuration messages and tests. */
export function encodeUbxFrame(cls: number, id: number, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(8 + payload.length);
  out[0] = 0xb5;
  out[1] = 0x62;
  out[2] = cls;
  out[3] = id;
  out[4] = payload.length & 0xff;
  out[5] = payload.length >> 8;
  out.set(payload, 6);
  const [a, b] = ubxChecksum(out, 2, 6 + payload.length);
  out[6 + payload.length] = a;
  out[7 + payload.length] = b;
  return out;
}
