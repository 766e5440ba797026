/**
 * Learns the MCU clock from NTP-style exchanges: the host stamps t1 (send) and t4 (receive)
 * on its monotonic clock, the MCU stamps t2 (receive) and t3 (send) on its own. Each exchange
 * gives an offset sample `((t2 - t1) + (t3 - t4)) / 2` at host time `(t1 + t4) / 2` with
 * round-trip delay `(t4 - t1) - (t3 - t2)`.
 *
 * Model: `mcu = host * (1 + drift) + offset`. Queueing only ever adds delay, so the fastest
 * exchanges carry the least error: the estimator keeps a window of samples, cuts it into
 * equal spans of host time and keeps the fastest exchange of each span (so the points used
 * cover the whole window, which is what pins down the drift). Through those it fits a line
 * robustly: the slope is the median of the pairwise slopes (Theil-Sen), the offset the median
 * of the residuals, so one exchange delayed on one leg only cannot tilt it. Pure: no clock
 * of its own.
 */
export interface TimeSyncSample {
  t1: number;
  t2: number;
  t3: number;
  t4: number;
}

export interface TimeSyncEstimate {
  /** MCU time minus host time at host time `atHostUs`, microseconds. */
  offsetUs: number;
  /** Host monotonic time the offset refers to, microseconds. */
  atHostUs: number;
  /** MCU clock rate error relative to the host, parts per million. */
  driftPpm: number;
  /** RMS residual of the samples used, microseconds (the fit's noise). */
  rmsUs: number;
  /** Samples in the window / used in the fit. */
  samples: number;
  used: number;
  /** Fastest round trip in the window, microseconds. */
  minDelayUs: number;
}

export interface TimeSyncOptions {
  /** Samples kept (oldest dropped). */
  window?: number;
  /** Samples needed before estimates are given. */
  minSamples?: number;
  /** Spans the window is cut into; the fastest sample of each is used. */
  bins?: number;
  /** Host time span the window must cover before drift is estimated, microseconds. */
  minDriftSpanUs?: number;
}

interface Point {
  h: number;
  theta: number;
  delay: number;
}

export class TimeSync {
  private points: Point[] = [];
  private est: TimeSyncEstimate | undefined;
  private readonly window: number;
  private readonly minSamples: number;
  private readonly minDriftSpanUs: number;
  private readonly bins: number;
  /** Samples rejected as impossible (negative delay: a stale or corrupt reply). */
  rejected = 0;

  constructor(opts: TimeSyncOptions = {}) {
    this.window = opts.window ?? 64;
    this.minSamples = opts.minSamples ?? 4;
    this.minDriftSpanUs = opts.minDriftSpanUs ?? 2_000_000;
    this.bins = opts.bins ?? 16;
  }

  /** Forgets everything (the MCU rebooted: its clock restarted). */
  reset(): void {
    this.points = [];
    this.est = undefined;
  }

  add(s: TimeSyncSample): void {
    const delay = (s.t4 - s.t1) - (s.t3 - s.t2);
    if (!(delay >= 0) || s.t3 < s.t2 || s.t4 < s.t1) {
      this.rejected++;
      return;
    }
    this.points.push({ h: (s.t1 + s.t4) / 2, theta: ((s.t2 - s.t1) + (s.t3 - s.t4)) / 2, delay });
    if (this.points.length > this.window) this.points.shift();
    this.est = this.fit();
  }

  get estimate(): TimeSyncEstimate | undefined {
    return this.est;
  }

  get ready(): boolean {
    return this.est !== undefined;
  }

  /** Host monotonic microseconds of an MCU time; undefined before the first estimate. */
  mcuToHost(mcuUs: number): number | undefined {
    const e = this.est;
    if (e === undefined) return undefined;
    const d = e.driftPpm * 1e-6;
    // mcu = h + offset(h), offset(h) = offsetUs + d * (h - atHostUs)  =>  solve for h.
    return (mcuUs - e.offsetUs + d * e.atHostUs) / (1 + d);
  }

  /** MCU microseconds of a host monotonic time; undefined before the first estimate. */
  hostToMcu(hostUs: number): number | undefined {
    const e = this.est;
    if (e === undefined) return undefined;
    return hostUs + e.offsetUs + e.driftPpm * 1e-6 * (hostUs - e.atHostUs);
  }

  private fit(): TimeSyncEstimate | undefined {
    if (this.points.length < this.minSamples) return undefined;
    const pts = this.points;
    const h0 = pts[0]!.h;
    const width = (pts[pts.length - 1]!.h - h0) / this.bins;
    let used: Point[];
    if (pts.length < 2 * this.bins || !(width > 0)) {
      // Few samples yet: the fastest half.
      used = [...pts].sort((a, b) => a.delay - b.delay).slice(0, Math.max(this.minSamples, Math.ceil(pts.length / 2)));
    } else {
      const best: (Point | undefined)[] = new Array<Point | undefined>(this.bins).fill(undefined);
      for (const p of pts) {
        const k = Math.min(this.bins - 1, Math.floor((p.h - h0) / width));
        const b = best[k];
        if (b === undefined || p.delay < b.delay) best[k] = p;
      }
      used = best.filter((p): p is Point => p !== undefined);
    }
    let minDelay = Infinity;
    for (const p of pts) minDelay = Math.min(minDelay, p.delay);
    let hMean = 0;
    let hMin = Infinity;
    let hMax = -Infinity;
    for (const p of used) {
      hMean += p.h;
      hMin = Math.min(hMin, p.h);
      hMax = Math.max(hMax, p.h);
    }
    hMean /= used.length;
    let slope = 0;
    if (hMax - hMin >= this.minDriftSpanUs) {
      const slopes: number[] = [];
      for (let i = 0; i < used.length; i++) {
        for (let j = i + 1; j < used.length; j++) {
          const dh = used[j]!.h - used[i]!.h;
          if (Math.abs(dh) >= (hMax - hMin) / (2 * this.bins)) slopes.push((used[j]!.theta - used[i]!.theta) / dh);
        }
      }
      if (slopes.length > 0) slope = median(slopes);
    }
    const tMean = median(used.map((p) => p.theta - slope * (p.h - hMean)));
    let ss = 0;
    for (const p of used) ss += (p.theta - (tMean + slope * (p.h - hMean))) ** 2;
    return {
      offsetUs: tMean,
      atHostUs: hMean,
      driftPpm: slope * 1e6,
      rmsUs: Math.sqrt(ss / used.length),
      samples: this.points.length,
      used: used.length,
      minDelayUs: minDelay,
    };
  }
}

function median(xs: number[]): number {
  const a = [...xs].sort((x, y) => x - y);
  const m = a.length >> 1;
  return a.length % 2 === 1 ? a[m]! : (a[m - 1]! + a[m]!) / 2;
}
