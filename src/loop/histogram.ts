/**
 * Latency histogram with fixed log-linear buckets (about 2 % wide) from 1 microsecond to
 * 100 s: constant memory, O(1) record, percentiles good to a bucket.
 */
const SUB = 50; // buckets per decade
const MIN_US = 1;
const DECADES = 8;

export class Histogram {
  private readonly counts = new Float64Array(SUB * DECADES + 2);
  count = 0;
  sum = 0;
  max = 0;
  min = Infinity;

  /** Forgets everything recorded. */
  reset(): void {
    this.counts.fill(0);
    this.count = 0;
    this.sum = 0;
    this.max = 0;
    this.min = Infinity;
  }

  /** Records a duration in milliseconds. */
  record(ms: number): void {
    if (!Number.isFinite(ms)) return;
    const us = Math.max(0, ms * 1000);
    let i: number;
    if (us < MIN_US) i = 0;
    else i = Math.min(this.counts.length - 1, 1 + Math.floor(Math.log10(us / MIN_US) * SUB));
    this.counts[i]!++;
    this.count++;
    this.sum += ms;
    if (ms > this.max) this.max = ms;
    if (ms < this.min) this.min = ms;
  }

  /** The p-th percentile (0..100) in milliseconds (upper edge of its bucket, at most the max). */
  percentile(p: number): number {
    if (this.count === 0) return NaN;
    const rank = Math.ceil((p / 100) * this.count);
    let seen = 0;
    for (let i = 0; i < this.counts.length; i++) {
      seen += this.counts[i]!;
      if (seen >= rank) {
        const upperUs = i === 0 ? MIN_US : MIN_US * 10 ** (i / SUB);
        return Math.min(upperUs / 1000, this.max);
      }
    }
    return this.max;
  }

  get mean(): number {
    return this.count ? this.sum / this.count : NaN;
  }

  summary(): { count: number; p50: number; p90: number; p99: number; max: number; mean: number } {
    return { count: this.count, p50: this.percentile(50), p90: this.percentile(90), p99: this.percentile(99), max: this.count ? this.max : NaN, mean: this.mean };
  }
}
