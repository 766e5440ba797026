/**
 * Real receiver logs of test/fixtures/gnss (see SOURCES.md) and helpers shared by the GNSS
 * tests. gpsd test logs start with `#` comment lines at packet boundaries; `receiverBytes`
 * drops them, as gpsfake does, so what remains is exactly what the receiver sent.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ManualClock } from '../../hal/clock.js';
import { decodeCapture } from '../../hal/gnss/decoder.js';
import { stripLogComments } from '../../hal/gnss/replay.js';
import type { GnssCounters, GnssDiscard, GnssFix, GnssLinkState, GnssSource } from '../../hal/gnss/types.js';

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'gnss');

export interface LogInfo {
  file: string;
  receiver: string;
  /** Epochs per second. */
  rateHz: number;
  protocol: 'nmea' | 'ubx' | 'nmea+ubx';
  /** The log has NMEA GST (accuracy ellipse or sigmas). */
  gst: boolean;
  /** Named in the issue: fed through ptys and gpsd. */
  primary: boolean;
}

export const LOGS: readonly LogInfo[] = [
  { file: 'gpsd_ublox-zed-f9p-nmea.log', receiver: 'u-blox ZED-F9P', rateHz: 1, protocol: 'nmea', gst: true, primary: true },
  { file: 'gpsd_ublox-neo-m9n-nmea.log', receiver: 'u-blox NEO-M9N', rateHz: 1, protocol: 'nmea', gst: true, primary: true },
  { file: 'gpsd_quectel-l76k-nmea.log', receiver: 'Quectel L76K', rateHz: 5, protocol: 'nmea', gst: false, primary: true },
  { file: 'gpsd_nmea-rtk.log', receiver: 'Trimble RTK', rateHz: 10, protocol: 'nmea', gst: false, primary: true },
  { file: 'gpsd_ublox-neo-m8l.log', receiver: 'u-blox NEO-M8L (UBX)', rateHz: 1, protocol: 'ubx', gst: false, primary: true },
  { file: 'gpsd_ublox-zed-f9r.log', receiver: 'u-blox ZED-F9R (UBX+NMEA)', rateHz: 1, protocol: 'nmea+ubx', gst: true, primary: true },
  { file: 'toyota_rav4_2017_comma2k19_seg40_ublox_derived.nmea', receiver: 'RAV4 drive (u-blox, reformatted)', rateHz: 10, protocol: 'nmea', gst: false, primary: true },
  { file: 'gpsd_skytraq-dgps.log', receiver: 'SkyTraq S2525F8', rateHz: 1, protocol: 'nmea', gst: true, primary: false },
  { file: 'gpsd_telit-he910.log', receiver: 'Telit HE910', rateHz: 1, protocol: 'nmea', gst: false, primary: false },
  { file: 'gpsd_rst39.log', receiver: 'OxTS (GGA 10 Hz)', rateHz: 10, protocol: 'nmea', gst: false, primary: false },
  { file: 'gpsd_haicom-305N.log', receiver: 'Haicom HI-305N', rateHz: 1, protocol: 'nmea', gst: false, primary: false },
];

export const PRIMARY_LOGS = LOGS.filter((l) => l.primary);

export function fixturePath(file: string): string {
  return join(FIXTURE_DIR, file);
}

/** The file exactly as stored (gpsd logs with their `#` header). */
export function rawLog(file: string): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(file)));
}

/** What the receiver sent: the log without its comment lines. */
export function receiverBytes(file: string): Uint8Array {
  return stripLogComments(rawLog(file));
}

export interface OfflineParse {
  fixes: GnssFix[];
  counters: GnssCounters;
  discards: GnssDiscard[];
}

/** The offline parse: the whole capture through the decoder at once. */
export function offlineParse(bytes: Uint8Array, source = 'offline'): OfflineParse {
  return decodeCapture(bytes, { source, clock: new ManualClock(0) });
}

/** A fix without the fields that depend on where and when it was received. */
export function content(f: GnssFix): Omit<GnssFix, 'rxTime' | 'rxMonotonic' | 'source'> {
  const { rxTime: _t, rxMonotonic: _m, source: _s, ...rest } = f;
  return rest;
}

/** An NMEA sentence with its checksum, from the text between `$` and `*`. */
export function nmea(body: string): string {
  let x = 0;
  for (let i = 0; i < body.length; i++) x ^= body.charCodeAt(i);
  return `$${body}*${x.toString(16).toUpperCase().padStart(2, '0')}\r\n`;
}

export function ascii(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'latin1'));
}

export interface Rav4Row {
  /** Receive time, UTC s. */
  tLog: number;
  lat: number;
  lon: number;
  speed: number;
  /** Fix time, UTC ms. */
  fixMs: number;
  altHae: number;
  bearing: number;
}

/** The comma2k19 RAV4 fixes (the oracle for the derived NMEA). */
export function rav4Rows(): Rav4Row[] {
  const text = readFileSync(fixturePath('toyota_rav4_2017_comma2k19_seg40_ublox_fixes.csv'), 'utf8');
  const rows: Rav4Row[] = [];
  for (const line of text.split('\n')) {
    if (line.length === 0 || line.startsWith('#') || line.startsWith('t_log')) continue;
    const [tLog, lat, lon, speed, fixMs, altHae, bearing] = line.split(',').map(Number) as number[];
    rows.push({ tLog: tLog!, lat: lat!, lon: lon!, speed: speed!, fixMs: fixMs!, altHae: altHae!, bearing: bearing! });
  }
  return rows;
}

export interface SourceEvents {
  states: GnssLinkState[];
  stale: boolean[];
  fixes: GnssFix[];
}

/** Records a source's state and stale changes and its fixes, as they happen. */
export function recordEvents(source: GnssSource): SourceEvents {
  const ev: SourceEvents = { states: [], stale: [], fixes: [] };
  source.on('state', (s) => ev.states.push(s));
  source.on('stale', (v) => ev.stale.push(v));
  source.on('fix', (f) => ev.fixes.push(f));
  return ev;
}
