/**
 * Replays recorded frames onto any CanBus with the recorded timing, scaled (`speed` 2 plays
 * twice as fast) or as fast as possible (`'max'`). Timing follows the injected clock: frame i
 * is sent when `clock.monotonic()` reaches start + (t_i - t_0) / speed, measured from the
 * start so that delays do not accumulate. A frame the bus refuses (interface down, invalid)
 * is counted and the replay goes on; error frames in the log are counted and not sent.
 */
import { SystemClock, type Clock } from '../clock.js';
import type { CandumpRecord } from './candump.js';
import { CanError } from './errors.js';
import type { CanBus, CanFrame } from './types.js';

export interface ReplayOptions {
  clock?: Clock;
  /** Playback speed: a factor > 0 (1 = recorded timing) or 'max' (no waiting). Default 1. */
  speed?: number | 'max';
  /** Only records of these log channels (default: all). */
  channels?: readonly string[];
  /** Stops the replay early; the promise then resolves with what was done. */
  signal?: AbortSignal;
  /** With 'max': give the event loop a turn every this many frames (default 64), so receivers keep up. */
  yieldEvery?: number;
}

export interface ReplayResult {
  /** Frames accepted by the bus. */
  sent: number;
  /** Frames the bus refused, by CanError code (`DOWN`, `INVALID_FRAME`, ...). */
  failed: Record<string, number>;
  /** Error frames in the log (not sendable). */
  errorFrames: number;
  /** Records of other channels, skipped. */
  otherChannels: number;
  /** Recorded time covered, seconds. */
  logSeconds: number;
  /** Clock time taken, ms. */
  elapsedMs: number;
  /** Worst lateness of a send against its due time, ms (0 with 'max'). */
  maxLateMs: number;
  aborted: boolean;
}

function yieldTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export async function replay(
  records: Iterable<CandumpRecord> | AsyncIterable<CandumpRecord>,
  bus: CanBus,
  opts: ReplayOptions = {},
): Promise<ReplayResult> {
  const clock = opts.clock ?? new SystemClock();
  const speed = opts.speed ?? 1;
  if (speed !== 'max' && !(typeof speed === 'number' && speed > 0 && Number.isFinite(speed))) {
    throw new RangeError(`replay speed must be a number > 0 or 'max', got ${String(speed)}`);
  }
  const aborted = (): boolean => opts.signal?.aborted === true;
  const only = opts.channels === undefined ? undefined : new Set(opts.channels);
  const yieldEvery = opts.yieldEvery ?? 64;
  const res: ReplayResult = { sent: 0, failed: {}, errorFrames: 0, otherChannels: 0, logSeconds: 0, elapsedMs: 0, maxLateMs: 0, aborted: false };
  const start = clock.monotonic();
  let t0: number | undefined;
  let tLast = 0;
  let n = 0;
  for await (const r of records) {
    if (aborted()) { res.aborted = true; break; }
    if (only !== undefined && !only.has(r.channel)) { res.otherChannels++; continue; }
    if (r.kind === 'error') { res.errorFrames++; continue; }
    const f: CanFrame = r.frame;
    const t = f.timestamp ?? tLast;
    t0 ??= t;
    tLast = t;
    if (speed === 'max') {
      if (++n % yieldEvery === 0) await yieldTurn();
    } else {
      const due = start + ((t - t0) * 1000) / speed;
      const wait = due - clock.monotonic();
      if (wait > 0) await clock.sleep(wait);
      else res.maxLateMs = Math.max(res.maxLateMs, -wait);
      if (aborted()) { res.aborted = true; break; }
    }
    try {
      await bus.send(f);
      res.sent++;
    } catch (e) {
      const code = e instanceof CanError ? e.code : 'ERROR';
      res.failed[code] = (res.failed[code] ?? 0) + 1;
    }
  }
  res.logSeconds = t0 === undefined ? 0 : tLast - t0;
  res.elapsedMs = clock.monotonic() - start;
  return res;
}
