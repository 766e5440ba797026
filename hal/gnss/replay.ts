/**
 * Replay of a recorded receiver log (raw NMEA/UBX bytes, or a gpsd test log with `#` comment
 * lines) with its own timing: the log is cut into epochs at the frames where the receiver time
 * moves on, and each epoch is released when its time comes on the injected clock, scaled by
 * `speed` (2 = twice as fast), or as fast as possible (`speed: Infinity`).
 *
 * `planReplay` and `LogReplayer` are used both by `ReplayGnssSource` (a GnssSource over a log)
 * and to feed a pseudo-terminal at the recorded rate.
 */
import { readFile } from 'node:fs/promises';
import type { Clock } from '../clock.js';
import { GnssStreamDecoder } from './decoder.js';
import { Framer } from './framer.js';
import { parseNmea } from './nmea.js';
import { MS_PER_DAY } from './observations.js';
import { BaseGnssSource, GnssConfigError, type SourceOptions } from './source.js';
import { parseUbxFrame } from './ubx.js';

export interface ReplayChunk {
  /** Milliseconds after the first epoch of the log. */
  at: number;
  bytes: Uint8Array;
}

const DEFAULT_LEAP_MS = 18_000;

/**
 * Where the GPS time of week (ms) sits in the UBX messages used for timing: class << 8 | id ->
 * byte offset. NAV messages that begin with a version byte keep it further in.
 */
const UBX_ITOW_OFFSET = new Map<number, number>([
  [0x0101, 0], [0x0102, 0], [0x0103, 0], [0x0104, 0], [0x0106, 0], [0x0107, 0], [0x0111, 0], [0x0112, 0],
  [0x0114, 4], [0x0120, 0], [0x0121, 0], [0x0122, 0], [0x0135, 0], [0x0136, 0], [0x013d, 0], [0x0143, 0], [0x0161, 0],
  [0x2800, 0], [0x2801, 0], [0x2802, 8],
]);

/**
 * Cuts a capture into epochs with their times relative to the first. Times come from NMEA
 * sentence times and UBX iTOW (NAV and HNR classes); messages without a time travel with the
 * epoch before them. Time never runs backwards in the plan; midnight is crossed.
 * `comments` drops gpsd test-log `#` lines (at frame boundaries) from the bytes; `maxGapMs`
 * shortens longer silences in the recording (a receiver that was off for ten minutes).
 */
export function planReplay(capture: Uint8Array, opts: { comments?: boolean; maxGapMs?: number } = {}): ReplayChunk[] {
  const starts: { offset: number; at: number }[] = [{ offset: 0, at: 0 }];
  const commentRanges: [number, number][] = [];
  let chunkTime: number | undefined;
  let t0 = 0;
  let dayOffset = 0;
  let lastKey: number | undefined;
  let leapMs = DEFAULT_LEAP_MS;

  const timed = (key: number | undefined, frameStart: number): void => {
    if (key === undefined) return;
    if (lastKey !== undefined && key < lastKey - MS_PER_DAY / 2) dayOffset += MS_PER_DAY;
    lastKey = key;
    const t = key + dayOffset;
    if (chunkTime === undefined) {
      chunkTime = t0 = t;
    } else if (t > chunkTime) {
      chunkTime = t;
      starts.push({ offset: frameStart, at: t - t0 });
    }
  };
  const framer: Framer = new Framer({
    nmea: (data, start, end) => {
      const r = parseNmea(data, start, end);
      timed('tod' in r && r.tod !== undefined && r.tod < MS_PER_DAY ? r.tod : undefined, framer.frameStart);
    },
    ubx: (cls, id, payload) => {
      const itowAt = UBX_ITOW_OFFSET.get((cls << 8) | id);
      if (itowAt === undefined || payload.length < itowAt + 4) return;
      const r = parseUbxFrame(cls, id, payload);
      if (r.kind === 'NAV-PVT' && r.tod !== undefined && r.tod < MS_PER_DAY) {
        leapMs = Math.round(((((r.itow % MS_PER_DAY) - r.tod) % MS_PER_DAY + MS_PER_DAY) % MS_PER_DAY) / 1000) * 1000;
      }
      const itow = new DataView(payload.buffer, payload.byteOffset + itowAt, 4).getUint32(0, true);
      timed((((itow - leapMs) % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY, framer.frameStart);
    },
    other: (kind) => {
      if (kind === 'comment') commentRanges.push([framer.frameStart, framer.frameEnd]);
    },
    discard: () => undefined,
  }, { comments: opts.comments ?? false });
  framer.push(capture);
  framer.end();
  const maxGap = opts.maxGapMs ?? Infinity;
  const chunks: ReplayChunk[] = [];
  let shift = 0;
  for (let k = 0; k < starts.length; k++) {
    const to = k + 1 < starts.length ? starts[k + 1]!.offset : capture.length;
    if (k > 0) shift += Math.max(0, starts[k]!.at - starts[k - 1]!.at - maxGap);
    const bytes = stripRanges(capture, starts[k]!.offset, to, commentRanges);
    if (bytes.length > 0) chunks.push({ at: starts[k]!.at - shift, bytes });
  }
  return chunks;
}

/** The capture without its gpsd test-log `#` comment lines (the receiver bytes only). */
export function stripLogComments(capture: Uint8Array): Uint8Array {
  const ranges: [number, number][] = [];
  const framer: Framer = new Framer({
    nmea: () => undefined,
    ubx: () => undefined,
    other: (kind) => {
      if (kind === 'comment') ranges.push([framer.frameStart, framer.frameEnd]);
    },
    discard: () => undefined,
  }, { comments: true });
  framer.push(capture);
  framer.end();
  return stripRanges(capture, 0, capture.length, ranges);
}

function stripRanges(capture: Uint8Array, from: number, to: number, ranges: [number, number][]): Uint8Array {
  const inside = ranges.filter(([a, b]) => b > from && a < to);
  if (inside.length === 0) return capture.slice(from, to);
  const parts: Uint8Array[] = [];
  let p = from;
  for (const [a, b] of inside) {
    if (a > p) parts.push(capture.subarray(p, a));
    p = Math.max(p, b);
  }
  if (p < to) parts.push(capture.subarray(p, to));
  const out = new Uint8Array(parts.reduce((n, x) => n + x.length, 0));
  let o = 0;
  for (const x of parts) {
    out.set(x, o);
    o += x.length;
  }
  return out;
}

export interface ReplayRunOptions {
  clock: Clock;
  /** Time scale: 1 = recorded rate, 2 = twice as fast, Infinity = as fast as possible. Default 1. */
  speed?: number;
  /** Stop early when this returns true (checked before each chunk). */
  stopped?: () => boolean;
}

/**
 * Releases the chunks of a plan to `sink` at their times on the injected clock. Resolves after
 * the last chunk (or when `stopped()` turns true).
 */
export async function runReplay(chunks: readonly ReplayChunk[], sink: (bytes: Uint8Array) => void | Promise<void>, opts: ReplayRunOptions): Promise<void> {
  const speed = opts.speed ?? 1;
  if (!(speed > 0)) throw new RangeError(`replay speed must be > 0, got ${speed}`);
  const start = opts.clock.monotonic();
  let k = 0;
  for (const c of chunks) {
    if (opts.stopped?.()) return;
    if (Number.isFinite(speed)) {
      const wait = start + c.at / speed - opts.clock.monotonic();
      if (wait > 0) await opts.clock.sleep(wait);
      if (opts.stopped?.()) return;
    } else if (++k % 64 === 0) {
      // As fast as possible, but let the event loop breathe.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (opts.stopped?.()) return;
    }
    await sink(c.bytes);
  }
}

/** Reads a capture file. A gpsd test log (first byte `#`) keeps its comment lines for `planReplay` to drop. */
export async function readCapture(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (err) {
    throw new GnssConfigError('GNSS_LOG_UNREADABLE', `cannot read GNSS log ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export interface ReplayGnssOptions extends SourceOptions {
  /** Log file (raw NMEA/UBX capture or gpsd test log). */
  path: string;
  /** 1 = recorded rate (default), 2 = twice as fast, Infinity = as fast as possible. */
  speed?: number;
  /** Shorten silences in the recording longer than this, ms. Default: keep them. */
  maxGapMs?: number;
}

/** A GnssSource that plays a recorded log with its timing; its iteration ends with the log. */
export class ReplayGnssSource extends BaseGnssSource {
  private readonly path: string;
  private readonly speed: number;
  private readonly maxGapMs: number | undefined;
  private running: Promise<void> | undefined;

  constructor(opts: ReplayGnssOptions) {
    const speed = opts.speed ?? 1;
    if (!(speed > 0)) throw new GnssConfigError('GNSS_BAD_SPEED', `replay speed must be > 0, got ${speed}`);
    super(opts.path, opts, (sink) => new GnssStreamDecoder({ source: opts.path, ...sink }));
    this.path = opts.path;
    this.speed = speed;
    this.maxGapMs = opts.maxGapMs;
  }

  private chunks: ReplayChunk[] = [];

  protected async connect(): Promise<void> {
    this.chunks = planReplay(await readCapture(this.path), { comments: true, maxGapMs: this.maxGapMs });
  }

  protected override onOpen(): void {
    const gen = this.generation;
    // Start on the next turn of the event loop, so that a caller that iterates right after
    // `await open()` sees the log from its first epoch.
    setImmediate(() => {
      if (gen !== this.generation) return;
      this.running = runReplay(this.chunks, (b) => this.received(b), {
        clock: this.clock,
        speed: this.speed,
        stopped: () => gen !== this.generation,
      }).then(() => {
        if (gen === this.generation) this.inputEnded('end of log');
      });
    });
  }

  protected async disconnect(): Promise<void> {
    // The replay loop sees the generation change and stops at its next chunk.
    this.running = undefined;
  }
}
