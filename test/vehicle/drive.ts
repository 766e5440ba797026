/**
 * The recorded RAV4 drive, decoded once for the vehicle tests: frames, the reference CSV of
 * comma's own decoding, the GNSS fixes, and small statistics functions.
 */
import { readFileSync } from 'node:fs';
import { parseCandump } from '../../hal/can/candump.js';
import type { CanFrame } from '../../hal/can/types.js';
import { RAV4_GNSS, RAV4_LOG, RAV4_REFERENCE } from '../can/fixtures.js';

export const frames: CanFrame[] = parseCandump(readFileSync(RAV4_LOG, 'latin1')).records.flatMap((r) => (r.kind === 'frame' ? [r.frame] : []));

function csv(path: string): number[][] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => /^\d/.test(l)).map((l) => l.split(',').map(Number));
}

/** t_utc, speed_mps, steering_angle_deg (left-positive), wheel_fl/fr/rl/rr_mps */
export const reference = csv(RAV4_REFERENCE);
/** t_log_utc, lat, lon, speed_mps, fix_utc_ms, alt_hae_m, bearing_deg */
export const gnss = csv(RAV4_GNSS);

export function correlation(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  const ma = a.reduce((x, y) => x + y, 0) / n;
  const mb = b.reduce((x, y) => x + y, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i]! - ma) * (b[i]! - mb);
    saa += (a[i]! - ma) ** 2;
    sbb += (b[i]! - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

export const mean = (a: readonly number[]): number => a.reduce((x, y) => x + y, 0) / a.length;

/** A sampled series: the last value at or before t. */
export class Series {
  readonly t: number[] = [];
  readonly v: number[] = [];
  push(t: number, v: number): void {
    this.t.push(t);
    this.v.push(v);
  }
  at(t: number): number {
    let lo = 0;
    let hi = this.t.length - 1;
    if (hi < 0 || t < this.t[0]!) return Number.NaN;
    while (lo < hi) {
      const m = (lo + hi + 1) >> 1;
      if (this.t[m]! <= t) lo = m;
      else hi = m - 1;
    }
    return this.v[lo]!;
  }
  /** Mean of the samples in [t0, t1]. */
  meanIn(t0: number, t1: number): number {
    let s = 0;
    let k = 0;
    for (let i = 0; i < this.t.length; i++) if (this.t[i]! >= t0 && this.t[i]! <= t1) { s += this.v[i]!; k++; }
    return k === 0 ? Number.NaN : s / k;
  }
}
