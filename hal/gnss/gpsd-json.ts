/**
 * gpsd JSON reports -> observations: TPV (time, position, velocity, error estimates), SKY
 * (DOPs, satellites used), GST (pseudorange noise: the error ellipse and sigmas). Other classes
 * (VERSION, DEVICES, WATCH, RTCM3, ...) are ignored. Pure: no socket here.
 *
 * The request that starts the stream is `?WATCH={"enable":true,"json":true};`.
 */
import type { Clock } from '../clock.js';
import { ObservationSink } from './decoder.js';
import {
  IGNORED, MS_PER_DAY, daysFromCivil, isCalendarDate,
  type GpsdObservation, type IgnoredObservation, type InvalidObservation,
} from './observations.js';
import type { FixMode, GnssCounters, GnssDiscard, GnssFix } from './types.js';

export type GpsdResult = GpsdObservation | InvalidObservation | IgnoredObservation;

/** Line gpsd expects to start JSON reports (optionally for one device). */
export function gpsdWatchCommand(device?: string): string {
  const arg: Record<string, unknown> = { enable: true, json: true };
  if (device !== undefined) arg.device = device;
  return `?WATCH=${JSON.stringify(arg)};\n`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/;

/** gpsd ISO 8601 UTC time -> { date (days), tod (ms, 86400000.. in a leap second) }. */
export function parseGpsdTime(s: string): { date: number; tod: number } | string {
  const m = ISO.exec(s);
  if (m === null) return `'${s}' is not an ISO 8601 UTC time`;
  const [y, mo, d, h, mi, se] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number, number];
  if (!isCalendarDate(y, mo, d)) return `'${s}' is not a calendar date`;
  if (h > 23 || mi > 59 || se > 60 || (se === 60 && (h !== 23 || mi !== 59))) return `'${s}' is not a time of day`;
  const frac = m[7] === undefined ? 0 : Math.round(Number(m[7]) * 1000);
  const tod = (h * 3600 + mi * 60 + se) * 1000 + frac;
  if (tod >= MS_PER_DAY && se !== 60) return { date: daysFromCivil(y, mo, d) + 1, tod: tod - MS_PER_DAY };
  return { date: daysFromCivil(y, mo, d), tod };
}

type Json = Record<string, unknown>;

let err: string | undefined;
let cls = '';

function fnum(o: Json, k: string, lo = -Infinity, hi = Infinity): number | undefined {
  const v = o[k];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    err ??= `${cls}.${k}: ${JSON.stringify(v)} is not a number`;
    return undefined;
  }
  if (v < lo || v > hi) {
    err ??= `${cls}.${k}: ${v} outside ${lo}..${hi}`;
    return undefined;
  }
  return v;
}

function ftime(o: Json): { date?: number; tod?: number } {
  const t = o.time;
  if (t === undefined) return {};
  if (typeof t !== 'string') {
    err ??= `${cls}.time: ${JSON.stringify(t)} is not a string`;
    return {};
  }
  const r = parseGpsdTime(t);
  if (typeof r === 'string') {
    err ??= `${cls}.time: ${r}`;
    return {};
  }
  return r;
}

const MODES: readonly FixMode[] = ['none', 'none', '2d', '3d'];

/** One decoded JSON object -> observation. */
export function parseGpsdReport(o: Json): GpsdResult {
  err = undefined;
  cls = typeof o.class === 'string' ? o.class : '';
  let r: GpsdObservation;
  switch (cls) {
    case 'TPV': {
      const m = fnum(o, 'mode', 0, 3);
      r = {
        kind: 'TPV', ...ftime(o),
        mode: MODES[m ?? 0]!,
        status: fnum(o, 'status', 0, 99),
        lat: fnum(o, 'lat', -90, 90),
        lon: fnum(o, 'lon', -180, 180),
        altHae: fnum(o, 'altHAE', -2000, 1e6),
        altMsl: fnum(o, 'altMSL', -2000, 1e6) ?? fnum(o, 'alt', -2000, 1e6),
        geoidSep: fnum(o, 'geoidSep', -200, 200),
        speed: fnum(o, 'speed', 0, 1e5),
        track: fnum(o, 'track', 0, 360),
        climb: fnum(o, 'climb'),
        epx: fnum(o, 'epx', 0), epy: fnum(o, 'epy', 0), epv: fnum(o, 'epv', 0),
        eps: fnum(o, 'eps', 0), epd: fnum(o, 'epd', 0),
        leapSeconds: fnum(o, 'leapseconds', 0, 100),
      };
      if (r.track === 360) r.track = 0;
      break;
    }
    case 'GST':
      r = {
        kind: 'GPSD-GST', ...ftime(o),
        major: fnum(o, 'major', 0), minor: fnum(o, 'minor', 0), orient: fnum(o, 'orient', -360, 360),
        lat: fnum(o, 'lat', 0), lon: fnum(o, 'lon', 0), alt: fnum(o, 'alt', 0),
      };
      break;
    case 'SKY':
      r = {
        kind: 'SKY', ...ftime(o),
        hdop: fnum(o, 'hdop', 0), vdop: fnum(o, 'vdop', 0), pdop: fnum(o, 'pdop', 0), uSat: fnum(o, 'uSat', 0, 999),
      };
      break;
    default:
      return IGNORED;
  }
  if (err !== undefined) return { kind: 'invalid', detail: err };
  return r;
}

/** Longest JSON line accepted from gpsd (a SKY with every satellite is a few kB). */
const MAX_LINE = 256 * 1024;

/**
 * gpsd JSON text stream -> fixes. Lines are split on LF; each must be a JSON object with a
 * `class`. Anything else is `malformed` (counted, skipped).
 */
export class GpsdJsonDecoder extends ObservationSink {
  /** Text of the line in progress, in pieces (joined once its end arrives). */
  private parts: string[] = [];
  private partLength = 0;
  private readonly utf8 = new TextDecoder('utf-8');

  constructor(opts: { source: string; clock: Clock; onFix: (fix: GnssFix) => void; onDiscard?: (d: GnssDiscard) => void; counters?: GnssCounters }) {
    super(opts);
  }

  push(chunk: Uint8Array | string): void {
    let text: string;
    if (typeof chunk === 'string') {
      text = chunk;
      this.counters.bytes += Buffer.byteLength(chunk);
    } else {
      // Streaming decode: a character split between chunks is joined, not mangled.
      text = this.utf8.decode(chunk, { stream: true });
      this.counters.bytes += chunk.byteLength;
    }
    let from = 0;
    let nl = text.indexOf('\n');
    while (nl >= 0) {
      let line = text.slice(from, nl);
      if (this.parts.length > 0) {
        line = this.parts.join('') + line;
        this.parts = [];
        this.partLength = 0;
      }
      this.line(line);
      from = nl + 1;
      nl = text.indexOf('\n', from);
    }
    if (from < text.length) {
      this.parts.push(text.slice(from));
      this.partLength += text.length - from;
      if (this.partLength > MAX_LINE) {
        this.counters.malformed++;
        this.report('malformed', `line longer than ${MAX_LINE} characters`, this.partLength);
        this.parts = [];
        this.partLength = 0;
      }
    }
  }

  /** End of the stream: an unterminated line is malformed; the last epoch is delivered. */
  end(): void {
    const rest = this.parts.join('') + this.utf8.decode();
    if (rest.trim().length > 0) {
      this.counters.malformed++;
      this.report('malformed', 'stream ended inside a line', rest.length);
    }
    this.parts = [];
    this.partLength = 0;
    this.assembler.flush('end');
  }

  private line(raw: string): void {
    const s = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (s.length === 0) return;
    let o: unknown;
    try {
      o = JSON.parse(s);
    } catch {
      o = undefined;
    }
    if (typeof o !== 'object' || o === null || Array.isArray(o) || typeof (o as Json).class !== 'string') {
      this.counters.malformed++;
      this.report('malformed', `not a gpsd report: ${s.slice(0, 60)}`, s.length);
      return;
    }
    this.counters.gpsdReports++;
    this.accept(parseGpsdReport(o as Json), s.length);
  }
}
