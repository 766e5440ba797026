/**
 * Time, injected. Logic never calls Date.now(), performance.now() or setTimeout directly:
 * it takes a Clock, so the 10 Hz loop, staleness and replay are deterministic under test.
 *
 * Two timelines:
 * - `now()`: UTC milliseconds since the Unix epoch (fractional). On a live system it is the
 *   host's wall clock; during replay of a recording it is the recording's time, so CAN frames
 *   and GNSS fixes of one drive share one clock.
 * - `monotonic()`: milliseconds on a timeline that never goes backwards (origin arbitrary),
 *   for intervals, ages and latency.
 */
export interface Timer {
  cancel(): void;
}

export interface Clock {
  now(): number;
  monotonic(): number;
  /**
   * Calls `fn` once after `ms` milliseconds of this clock's time. `precise` asks real-time
   * clocks to fire within microseconds of the due time rather than the next
   * millisecond of the event loop (they wake early, sleep in short slices, and spend the last 0.2 ms awake).
   */
  setTimeout(fn: () => void, ms: number, precise?: boolean): Timer;
  /** Resolves after `ms` milliseconds of this clock's time. */
  sleep(ms: number): Promise<void>;
}

/** How early a precise timer wakes before its due time, real ms. */
const PRECISE_LEAD_MS = 2;
/** The longest a precise timer holds the event loop before it looks at I/O again, real ms. */
const SLICE_MS = 0.25;
/** The last part of the wait, spent awake: a sleep's wake-up is late by tenths of a ms. */
const SPIN_MS = 0.2;
/** What a precise timer sleeps on (a futex wait with a timeout: sub-millisecond, no CPU). */
const sleeper = new Int32Array(new SharedArrayBuffer(4));
let _spin = 0;

/**
 * A real-time timer: a normal timer to just before `realMs`, then short sleeps (at most
 * SLICE_MS each, with a turn of the event loop between them so I/O goes on) until SPIN_MS
 * before the due time, then a busy wait for the rest. The busy wait looks at the clock only
 * every few microseconds: on Node 20 each look allocates (process.hrtime), and an empty turn
 * of the event loop per look (the obvious way) costs an Immediate as well.
 */
function realTimer(fn: () => void, realMs: number, precise: boolean): Timer {
  let cancelled = false;
  let h: NodeJS.Timeout | undefined;
  if (!precise || realMs <= 0) {
    h = setTimeout(fn, Math.max(0, realMs));
    return { cancel: () => clearTimeout(h) };
  }
  const due = performance.now() + realMs;
  const wait = (): void => {
    if (cancelled) return;
    const left = due - performance.now();
    if (left > SPIN_MS) {
      Atomics.wait(sleeper, 0, 0, Math.min(left - SPIN_MS, SLICE_MS));
      setImmediate(wait);
      return;
    }
    while (performance.now() < due) for (let k = 0; k < 256; k++) _spin ^= k;
    fn();
  };
  h = setTimeout(wait, Math.max(0, realMs - PRECISE_LEAD_MS));
  return {
    cancel: () => {
      cancelled = true;
      clearTimeout(h);
    },
  };
}

/** The host's clocks: wall time from Date, monotonic time from performance.now(). */
export class SystemClock implements Clock {
  now(): number {
    return performance.timeOrigin + performance.now();
  }
  monotonic(): number {
    return performance.now();
  }
  setTimeout(fn: () => void, ms: number, precise = false): Timer {
    return realTimer(fn, ms, precise);
  }
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
  }
}

interface Pending {
  at: number;
  seq: number;
  fn: () => void;
  cancelled: boolean;
}

/**
 * A clock that moves only when told to. `advance(ms)` runs every timer that falls due, in
 * time order (ties in creation order), with `now()` equal to each timer's due time while it
 * runs. Timers created by a running timer are honoured within the same advance.
 */
export class ManualClock implements Clock {
  private t: number;
  private readonly origin: number;
  private seq = 0;
  private pending: Pending[] = [];

  constructor(startUtcMs = 0) {
    this.t = startUtcMs;
    this.origin = startUtcMs;
  }

  now(): number {
    return this.t;
  }
  monotonic(): number {
    return this.t - this.origin;
  }
  setTimeout(fn: () => void, ms: number, _precise?: boolean): Timer {
    const p: Pending = { at: this.t + Math.max(0, ms), seq: this.seq++, fn, cancelled: false };
    this.pending.push(p);
    return { cancel: () => { p.cancelled = true; } };
  }
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => { this.setTimeout(resolve, ms); });
  }
  /** Number of timers not yet run or cancelled. */
  get pendingTimers(): number {
    return this.pending.filter((p) => !p.cancelled).length;
  }
  /** The due time of the next timer, or undefined when none is pending. */
  nextDue(): number | undefined {
    let best: Pending | undefined;
    for (const p of this.pending) if (!p.cancelled && (best === undefined || p.at < best.at || (p.at === best.at && p.seq < best.seq))) best = p;
    return best?.at;
  }
  /** Moves time forward by `ms`, running due timers in order. */
  advance(ms: number): void {
    this.advanceTo(this.t + ms);
  }
  /** Moves time forward to `utcMs` (never backwards), running due timers in order. */
  advanceTo(utcMs: number): void {
    if (utcMs < this.t) throw new RangeError(`ManualClock cannot go back from ${this.t} to ${utcMs}`);
    for (;;) {
      let idx = -1;
      for (let i = 0; i < this.pending.length; i++) {
        const p = this.pending[i]!;
        if (p.cancelled || p.at > utcMs) continue;
        const b = idx < 0 ? undefined : this.pending[idx]!;
        if (b === undefined || p.at < b.at || (p.at === b.at && p.seq < b.seq)) idx = i;
      }
      if (idx < 0) break;
      const p = this.pending[idx]!;
      this.pending.splice(idx, 1);
      this.t = Math.max(this.t, p.at);
      p.fn();
    }
    this.pending = this.pending.filter((p) => !p.cancelled);
    this.t = utcMs;
  }
}

/**
 * Replays a recording's timeline against the host's clocks: `now()` starts at `startUtcMs`
 * and runs `speed` times faster than real time. Timers are scaled the same way.
 */
export class ScaledClock implements Clock {
  private realStart = performance.now();
  constructor(private readonly startUtcMs: number, private readonly speed: number) {
    if (!(speed > 0) || !Number.isFinite(speed)) throw new RangeError(`ScaledClock speed must be > 0, got ${speed}`);
  }
  /** Starts the timeline again at `startUtcMs` from this moment (before any timer is set). */
  restart(): void {
    this.realStart = performance.now();
  }
  now(): number {
    return this.startUtcMs + (performance.now() - this.realStart) * this.speed;
  }
  monotonic(): number {
    return (performance.now() - this.realStart) * this.speed;
  }
  setTimeout(fn: () => void, ms: number, precise = false): Timer {
    return realTimer(fn, ms / this.speed, precise);
  }
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms / this.speed)));
  }
}
