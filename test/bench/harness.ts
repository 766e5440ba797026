/**
 * The benchmark harness behind `npm run bench`. Each `test/bench/*.bench.ts` module exports
 * `benches: BenchCase[]`. Figures are reported, never asserted.
 *
 * - `fn` cases: ns/op as the median of several timed runs after warm-up (the cases of a file
 *   in interleaved rounds, see `measureFns`), and bytes allocated per op measured with the
 *   young generation large enough that no collection runs inside the measured batch.
 * - `measure` cases: the case measures itself and returns named figures.
 */
export interface BenchCase {
  /** Stable name, e.g. `uper.encode.bsm177`. */
  name: string;
  /** What to compare with, e.g. `asn1c 2020: 4.8 us`. */
  anchor?: string;
  /** One operation; called many times. */
  fn?: () => unknown;
  /** Runs before `fn` is timed (outside the measurement). */
  setup?: () => void | Promise<void>;
  /** Self-measuring case: returns figures such as `{ framesPerSec: 1.2e6 }`. */
  measure?: () => Promise<Record<string, number | string>>;
}

export interface FnResult {
  nsPerOp: number;
  opsPerSec: number;
  bytesPerOp: number | undefined;
  runs: number[];
}

declare const gc: undefined | (() => void);

let sink: unknown;

function timeBatch(fn: () => unknown, n: number): number {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) sink = fn();
  return Number(process.hrtime.bigint() - t0);
}

/** Finds a batch size that takes about `minRunNs`, warming the case up on the way. */
function batchSize(fn: () => unknown, minRunNs: number): number {
  let n = 16;
  for (;;) {
    const ns = timeBatch(fn, n);
    if (ns >= minRunNs / 4 || n > 1e9) return Math.max(1, Math.round((n * minRunNs) / Math.max(ns, 1)));
    n *= 4;
  }
}

/**
 * Times several cases in interleaved rounds: every round runs each case once (a batch of
 * about `minRunNs`), and each case's figure is the median of its rounds. A shared machine
 * has slow phases lasting seconds (here: everything about twice as slow for ~10 s); timed
 * one after the other, a case that fell into such a phase had all its runs in it, while
 * in rounds the phase costs every case the same one or two runs.
 */
export function measureFns(fns: readonly (() => unknown)[], opts: { runs?: number; minRunNs?: number } = {}): FnResult[] {
  const runs = opts.runs ?? 9;
  const minRunNs = opts.minRunNs ?? 200e6;
  const sizes = fns.map((fn) => batchSize(fn, minRunNs));
  fns.forEach((fn, k) => timeBatch(fn, sizes[k]!));
  const perOp: number[][] = fns.map(() => []);
  for (let r = 0; r < runs; r++) fns.forEach((fn, k) => perOp[k]!.push(timeBatch(fn, sizes[k]!) / sizes[k]!));
  return fns.map((fn, k) => {
    const sorted = [...perOp[k]!].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    return { nsPerOp: median, opsPerSec: 1e9 / median, bytesPerOp: bytesPerOp(fn), runs: sorted };
  });
}

function bytesPerOp(fn: () => unknown): number | undefined {
  if (typeof gc !== 'function') return undefined;
  const samples: number[] = [];
  for (let r = 0; r < 5; r++) {
    const n = 2000;
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < n; i++) sink = fn();
    const after = process.memoryUsage().heapUsed;
    if (after >= before) samples.push((after - before) / n);
  }
  if (samples.length === 0) return undefined;
  samples.sort((a, b) => a - b);
  return Math.round(samples[Math.floor(samples.length / 2)]!);
}

/** A latency in ms as bench lines print it: to the microsecond. */
export const ms = (v: number): number => Number(v.toFixed(3));

export function keepAlive(): unknown {
  return sink;
}
