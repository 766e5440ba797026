/**
 * A recorded drive (a candump log and a GNSS log of the same trip on one UTC clock) and its
 * replay through the pipeline: CAN frames into the vehicle state tracker, fixes into the
 * engine, in time order, on one clock.
 *
 * - `speed: 'max'`: a ManualClock jumps from event to event; the engine's timers fire in
 *   order in between, so the result is the same on any machine (deterministic).
 * - `speed: N`: a ScaledClock runs N times faster than real time and the events are
 *   released when their time comes; the engine's timers are real timers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ManualClock, ScaledClock, type Clock } from '../../hal/clock.js';
import { parseCandumpLine } from '../../hal/can/candump.js';
import type { CanFrame } from '../../hal/can/types.js';
import { decodeCapture } from '../../hal/gnss/decoder.js';
import type { GnssFix } from '../../hal/gnss/types.js';

export interface Drive {
  name: string;
  /** CAN frames, in time order. */
  frameCount: number;
  /** Receive time of frame i, UTC ms. */
  frameTime(i: number): number;
  /** Frame i (a new object each call; its data is a view of the drive's storage). */
  frameAt(i: number): CanFrame;
  /** GNSS fixes in time order (receive times are set when replayed). */
  fixes: GnssFix[];
  /** UTC ms of the first and last event. */
  startMs: number;
  endMs: number;
  /** Lines of the logs that could not be read (counted, skipped). */
  skipped: { can: number; gnss: number };
}

/** The drive shipped with the package. */
export function bundledDriveDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const up of ['../..', '../../..']) {
    const d = resolve(here, up, 'data', 'drives', 'toyota-rav4-2017-seg40');
    if (existsSync(join(d, 'can0.log'))) return d;
  }
  throw new Error('the bundled drive (data/drives/toyota-rav4-2017-seg40) is missing from this installation');
}

/**
 * CAN frames packed in a few typed arrays (a 60 s drive is 54k frames: as objects with their
 * own byte arrays they would take some 40 MB of heap; packed, under 2 MB).
 */
class PackedFrames {
  n = 0;
  t = new Float64Array(1024);
  id = new Uint32Array(1024);
  flags = new Uint8Array(1024); // 1 extended, 2 rtr, 4 fd, 8 brs, 16 esi
  off = new Uint32Array(1024);
  len = new Uint8Array(1024);
  pool = new Uint8Array(8192);
  used = 0;

  add(f: CanFrame): void {
    if (this.n === this.t.length) this.grow();
    if (this.used + f.data.length > this.pool.length) {
      const p = new Uint8Array(this.pool.length * 2);
      p.set(this.pool);
      this.pool = p;
    }
    const i = this.n++;
    this.t[i] = (f.timestamp ?? 0) * 1000;
    this.id[i] = f.id;
    this.flags[i] = (f.extended ? 1 : 0) | (f.rtr ? 2 : 0) | (f.fd ? 4 : 0) | (f.brs ? 8 : 0) | (f.esi ? 16 : 0);
    this.off[i] = this.used;
    this.len[i] = f.data.length;
    this.pool.set(f.data, this.used);
    this.used += f.data.length;
  }

  private grow(): void {
    const m = this.t.length * 2;
    const g = <T extends Float64Array | Uint32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(m);
      b.set(a as never);
      return b;
    };
    this.t = g(this.t, (k) => new Float64Array(k));
    this.id = g(this.id, (k) => new Uint32Array(k));
    this.flags = g(this.flags, (k) => new Uint8Array(k));
    this.off = g(this.off, (k) => new Uint32Array(k));
    this.len = g(this.len, (k) => new Uint8Array(k));
  }

  /** Sorts by time (stable), if the log was not in order. */
  sort(): void {
    let sorted = true;
    for (let i = 1; i < this.n && sorted; i++) if (this.t[i]! < this.t[i - 1]!) sorted = false;
    if (sorted) return;
    const order = Array.from({ length: this.n }, (_, i) => i).sort((a, b) => this.t[a]! - this.t[b]! || a - b);
    const t = Float64Array.from(order, (i) => this.t[i]!);
    const id = Uint32Array.from(order, (i) => this.id[i]!);
    const flags = Uint8Array.from(order, (i) => this.flags[i]!);
    const off = Uint32Array.from(order, (i) => this.off[i]!);
    const len = Uint8Array.from(order, (i) => this.len[i]!);
    Object.assign(this, { t, id, flags, off, len });
  }

  frame(i: number): CanFrame {
    const fl = this.flags[i]!;
    const f: CanFrame = { id: this.id[i]!, data: this.pool.subarray(this.off[i]!, this.off[i]! + this.len[i]!), timestamp: this.t[i]! / 1000 };
    if (fl & 1) f.extended = true;
    if (fl & 2) f.rtr = true;
    if (fl & 4) f.fd = true;
    if (fl & 8) f.brs = true;
    if (fl & 16) f.esi = true;
    return f;
  }
}

/** Reads a drive folder: `can0.log` (candump -l) and `gnss.nmea` (a receiver log). */
export function loadDrive(dir: string): Drive {
  const text = readFileSync(join(dir, 'can0.log'), 'utf8');
  const packed = new PackedFrames();
  let skipped = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (line.length === 0 || line === '\r') continue;
    try {
      const r = parseCandumpLine(line);
      if (r.kind === 'frame') packed.add(r.frame);
    } catch {
      skipped++;
    }
  }
  packed.sort();
  const clock = new ManualClock(0);
  const gnss = decodeCapture(new Uint8Array(readFileSync(join(dir, 'gnss.nmea'))), { source: join(dir, 'gnss.nmea'), clock });
  const fixes = gnss.fixes.filter((f) => f.time !== undefined).sort((a, b) => a.time! - b.time!);
  const n = packed.n;
  return {
    name: dir.split('/').pop() ?? dir,
    frameCount: n,
    frameTime: (i) => packed.t[i]!,
    frameAt: (i) => packed.frame(i),
    fixes,
    startMs: Math.min(n ? packed.t[0]! : Infinity, fixes[0]?.time ?? Infinity),
    endMs: Math.max(n ? packed.t[n - 1]! : -Infinity, fixes.length ? fixes[fixes.length - 1]!.time! : -Infinity),
    skipped: { can: skipped, gnss: gnss.discards.length },
  };
}

export interface DriveSink {
  frame(f: CanFrame): void;
  fix(f: GnssFix): void;
}

export interface ReplayControl {
  /** 'max' or a factor (1 = real time). */
  speed: number | 'max';
  /** Stop after this many seconds of drive time. */
  durationS?: number;
  signal?: AbortSignal;
  /** Called after each batch of events (real-time mode) or every second of drive time (max). */
  progress?: (driveMs: number) => void;
}

/** The clock to build the pipeline on for a replay at this speed. */
export function driveClock(drive: Drive, speed: number | 'max'): Clock {
  return speed === 'max' ? new ManualClock(drive.startMs) : new ScaledClock(drive.startMs, speed);
}

interface Ev {
  t: number;
  frame?: CanFrame;
  fix?: GnssFix;
}

function* events(drive: Drive, until: number): Generator<Ev> {
  let i = 0;
  let j = 0;
  const n = drive.frameCount;
  const X = drive.fixes;
  for (;;) {
    const tf = i < n ? drive.frameTime(i) : Infinity;
    const tx = j < X.length ? X[j]!.time! : Infinity;
    const t = Math.min(tf, tx);
    if (t === Infinity || t > until) return;
    if (tf <= tx) yield { t, frame: drive.frameAt(i++) };
    else yield { t, fix: X[j++]! };
  }
}

function stamped(fix: GnssFix, clock: Clock): GnssFix {
  return { ...fix, rxTime: clock.now(), rxMonotonic: clock.monotonic() };
}

/**
 * Plays the drive into `sink` on `clock` (made by `driveClock`). Resolves when the drive (or
 * the duration) ends or the signal aborts; returns the drive time covered in ms.
 */
export async function replayDrive(drive: Drive, clock: Clock, sink: DriveSink, ctl: ReplayControl): Promise<number> {
  const until = ctl.durationS !== undefined ? drive.startMs + ctl.durationS * 1000 : drive.endMs;
  if (clock instanceof ManualClock) {
    let nextProgress = drive.startMs + 1000;
    let n = 0;
    for (const ev of events(drive, until)) {
      if (ctl.signal?.aborted) break;
      if (ev.t > clock.now()) clock.advanceTo(ev.t);
      if (ev.frame) sink.frame(ev.frame);
      else sink.fix(stamped(ev.fix!, clock));
      if (ev.t >= nextProgress) {
        ctl.progress?.(ev.t - drive.startMs);
        nextProgress += 1000;
      }
      // Let I/O (UDP sends, signals) through now and then.
      if (++n % 4096 === 0) await new Promise<void>((r) => setImmediate(r));
    }
    if (!ctl.signal?.aborted && until > clock.now()) clock.advanceTo(until);
    return clock.now() - drive.startMs;
  }
  for (const ev of events(drive, until)) {
    if (ctl.signal?.aborted) break;
    const wait = ev.t - clock.now();
    if (wait > 0.5) {
      ctl.progress?.(clock.now() - drive.startMs);
      await clock.sleep(wait);
      if (ctl.signal?.aborted) break;
    }
    if (ev.frame) sink.frame(ev.frame);
    else sink.fix(stamped(ev.fix!, clock));
  }
  const rest = until - clock.now();
  if (!ctl.signal?.aborted && rest > 0) await clock.sleep(rest);
  return Math.min(clock.now(), until) - drive.startMs;
}
