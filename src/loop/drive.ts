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
import { parseCandump } from '../../hal/can/candump.js';
import type { CanFrame } from '../../hal/can/types.js';
import { decodeCapture } from '../../hal/gnss/decoder.js';
import type { GnssFix } from '../../hal/gnss/types.js';

export interface Drive {
  name: string;
  /** CAN frames with their UTC timestamps (s), in time order. */
  frames: CanFrame[];
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

/** Reads a drive folder: `can0.log` (candump -l) and `gnss.nmea` (a receiver log). */
export function loadDrive(dir: string): Drive {
  const can = parseCandump(readFileSync(join(dir, 'can0.log'), 'utf8'));
  const frames: CanFrame[] = [];
  for (const r of can.records) if (r.kind === 'frame') frames.push(r.frame);
  frames.sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
  const clock = new ManualClock(0);
  const gnss = decodeCapture(new Uint8Array(readFileSync(join(dir, 'gnss.nmea'))), { source: join(dir, 'gnss.nmea'), clock });
  const fixes = gnss.fixes.filter((f) => f.time !== undefined).sort((a, b) => a.time! - b.time!);
  const times = [frames[0]?.timestamp !== undefined ? frames[0].timestamp * 1000 : Infinity, fixes[0]?.time ?? Infinity];
  const ends = [frames.length ? (frames[frames.length - 1]!.timestamp ?? 0) * 1000 : -Infinity, fixes.length ? fixes[fixes.length - 1]!.time! : -Infinity];
  return {
    name: dir.split('/').pop() ?? dir,
    frames,
    fixes,
    startMs: Math.min(...times),
    endMs: Math.max(...ends),
    skipped: { can: can.stats.skipped, gnss: gnss.discards.length },
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
  const F = drive.frames;
  const X = drive.fixes;
  for (;;) {
    const tf = i < F.length ? (F[i]!.timestamp ?? 0) * 1000 : Infinity;
    const tx = j < X.length ? X[j]!.time! : Infinity;
    const t = Math.min(tf, tx);
    if (t === Infinity || t > until) return;
    if (tf <= tx) yield { t, frame: F[i++]! };
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
