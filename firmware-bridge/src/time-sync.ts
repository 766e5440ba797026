/**
 * Learns the MCU clock from NTP-style exchanges: the host stamps t1 (send) and t4 (receive)
 * on its monotonic clock, the MCU stamps t2 (receive) and t3 (send) on its own. Each exchange
 * gives an offset sample `((t2 - t1) + (t3 - t4)) / 2` at host time `(t1 + t4) / 2` with
 * round-trip delay `(t4 - t1) - (t3 - t2)`.
 *
 * Model: `mcu = host * (1 + drift) + offset`. The estimator keeps a window of samples, drops
 * the slower half (queueing only ever adds delay, so the fastest exchanges carry the least
 * error) and fits a line through the rest by least squares. Pure: no clock of its own.
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
  /** Samples rejected as impossible (negative delay: a stale or corrupt reply). */
  rejected = 0;

  constructor(opts: TimeSyncOptions = {}) {
    this.window = opts.window ?? 64;
    this.minSamples = opts.minSamples ?? 4;
    this.minDriftSpanUs = opts.minDriftSpanUs ?? 2_000_000;
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
    const byDelay = [...this.points].sort((a, b) => a.delay - b.delay);
    const used = byDelay.slice(0, Math.max(this.minSamples, Math.ceil(byDelay.length / 2)));
    let hMean = 0;
    let tMean = 0;
    for (const p of used) {
      hMean += p.h;
      tMean += p.theta;
    }
    hMean /= used.length;
    tMean /= used.length;
    let sxx = 0;
    let sxy = 0;
    let hMin = Infinity;
    let hMax = -Infinity;
    for (const p of used) {
      sxx += (p.h - hMean) ** 2;
      sxy += (p.h - hMean) * (p.theta - tMean);
      hMin = Math.min(hMin, p.h);
      hMax = Math.max(hMax, p.h);
    }
    const slope = hMax - hMin >= this.minDriftSpanUs && sxx > 0 ? sxy / sxx : 0;
    let ss = 0;
    for (const p of used) ss += (p.theta - (tMean + slope * (p.h - hMean))) ** 2;
    return {
      offsetUs: tMean,
      atHostUs: hMean,
      driftPpm: slope * 1e6,
      rmsUs: Math.sqrt(ss / used.length),
      samples: this.points.length,
      used: used.length,
      minDelayUs: byDelay[0]!.delay,
    };
  }
}
