/**
 * The fuzzing loop shared by `npm run fuzz` (in worker threads, under a watchdog) and the
 * test suite (in process, a short budget).
 *
 * A target decodes received data. For every generated input it must return, or throw its typed
 * decode error (`expected` names the code). Anything else is a failure:
 * - `exception`: any other exception (a TypeError, a RangeError from a bad index, a typed
 *   error that only wraps an internal bug);
 * - `slow`: the input took longer than the per-input time bound (confirmed by running it again);
 * - `hang`: the input never finished (detected by the watchdog of the command, which stops
 *   the worker);
 * - `memory`: the heap after a full collection grew beyond a bound since warm-up (state that
 *   accumulates, e.g. a stream buffer), or the worker ran out of memory on one input.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { inputRng, type Rand } from './mutate.js';

export interface FuzzSession {
  /** The real inputs the mutations start from. */
  readonly seeds: readonly Uint8Array[];
  /** Input of the run: a function of `rand` only. */
  generate(rand: Rand): Uint8Array;
  /** Runs the decoder(s) on one input; returns, or throws. */
  run(input: Uint8Array): void;
  /** The code of a typed decode error, or undefined for an exception that is a failure. */
  expected(e: unknown): string | undefined;
}

export interface FuzzTarget {
  name: string;
  summary: string;
  /** Loads fixtures and codecs; a fresh session holds fresh decoder state. */
  setup(): Promise<FuzzSession>;
  /** Not part of `--target all` (the harness's own checks). */
  hidden?: boolean;
}

export type FailureKind = 'exception' | 'slow' | 'hang' | 'memory';

export interface Failure {
  kind: FailureKind;
  target: string;
  iteration: number;
  seed: number;
  input: Uint8Array;
  /** One line: the error, the time taken or the growth. */
  detail: string;
  /** Stack of the exception (for the report, not for deduplication). */
  stack?: string;
}

export interface FuzzStats {
  iterations: number;
  accepted: number;
  rejected: Record<string, number>;
  failures: number;
  worstMs: number;
  heapGrowthMb: number;
}

export interface FuzzOptions {
  seed: number;
  /** First input index (inputs are a function of seed and index). */
  start?: number;
  iterations: number;
  /** Per-input time bound, ms (default 250). */
  timeBoundMs?: number;
  /** Heap growth allowed after warm-up, MB (default 64). */
  memoryBoundMb?: number;
  /** Inputs between heap checks (default 25,000); the first check after `warmup` inputs sets the baseline. */
  memoryEvery?: number;
  warmup?: number;
  /** Failures kept per distinct signature (default 3). */
  keepPerSignature?: number;
  /** Called with the input about to run (the watchdog's copy), again before each confirming run. */
  before?: (input: Uint8Array, i: number) => void;
  /** Called after each input. */
  after?: (i: number) => void;
  onFailure?: (f: Failure) => void;
  /** Called every `progressEvery` inputs (default 100,000). */
  onProgress?: (s: FuzzStats) => void;
  progressEvery?: number;
  /** Stack traces off while fuzzing (default true; a failure is run again with them on). */
  fastErrors?: boolean;
}

let gcFn: (() => void) | undefined;

/** A full garbage collection (V8's, made callable here). */
export function fullGc(): void {
  if (!gcFn) {
    v8.setFlagsFromString('--expose-gc');
    gcFn = vm.runInNewContext('gc') as () => void;
  }
  gcFn();
}

/** Heap and array-buffer octets in use after full collections (the second one completes the freeing of array buffers the first found dead). */
export function heapInUse(): number {
  fullGc();
  fullGc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function errorLine(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`.split('\n')[0]!.slice(0, 300);
  return `thrown ${typeof e}: ${String(e)}`.slice(0, 300);
}

/** Deduplication key: kind, error class and the first frame of the stack (not the message, which carries values). */
function signature(kind: FailureKind, e: unknown): string {
  if (!(e instanceof Error)) return `${kind}:${typeof e}`;
  const frame = (e.stack ?? '').split('\n').find((l) => l.trim().startsWith('at ')) ?? '';
  return `${kind}:${e.name}:${frame.trim()}`;
}

/** Runs `iterations` inputs of `target` in this thread. */
export function fuzz(target: string, session: FuzzSession, o: FuzzOptions): FuzzStats {
  const start = o.start ?? 0;
  const bound = o.timeBoundMs ?? 250;
  const memEvery = o.memoryEvery ?? Math.min(25_000, Math.max(500, Math.floor(o.iterations / 20)));
  const warmup = o.warmup ?? Math.min(100_000, Math.max(memEvery, Math.floor(o.iterations / 10)));
  const memBound = (o.memoryBoundMb ?? 64) * 1024 * 1024;
  const keep = o.keepPerSignature ?? 3;
  const progressEvery = o.progressEvery ?? 100_000;
  const seen = new Map<string, number>();
  const stats: FuzzStats = { iterations: 0, accepted: 0, rejected: {}, failures: 0, worstMs: 0, heapGrowthMb: 0 };
  let baseline: number | undefined;
  let memoryFailed = false;

  const fail = (kind: FailureKind, i: number, input: Uint8Array, detail: string, e?: unknown): void => {
    stats.failures++;
    const sig = signature(kind, e);
    const n = seen.get(sig) ?? 0;
    seen.set(sig, n + 1);
    if (n >= keep) return;
    o.onFailure?.({ kind, target, iteration: i, seed: o.seed, input: Uint8Array.from(input), detail, ...(e instanceof Error && e.stack ? { stack: e.stack } : {}) });
  };

  /** Runs one input: undefined when it returned or was rejected, else the exception. */
  const once = (input: Uint8Array): { error?: unknown; code?: string } => {
    try {
      session.run(input);
      return {};
    } catch (e) {
      const code = session.expected(e);
      return code === undefined ? { error: e } : { code };
    }
  };
  /** Runs a failing input again with stack traces on (they are off while fuzzing: decode errors are many). */
  const withStack = (input: Uint8Array, first: unknown): unknown => {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 20;
    try {
      return once(input).error ?? first;
    } finally {
      Error.stackTraceLimit = limit;
    }
  };
  const savedLimit = Error.stackTraceLimit;
  if (o.fastErrors !== false) Error.stackTraceLimit = 0;

  for (let i = start; i < start + o.iterations; i++) {
    const input = session.generate(inputRng(o.seed, i));
    o.before?.(input, i);
    const t0 = performance.now();
    const r = once(input);
    const ms = performance.now() - t0;
    stats.iterations++;
    if (r.error !== undefined) {
      const e = withStack(input, r.error);
      fail('exception', i, input, errorLine(e), e);
    }
    else if (r.code !== undefined) stats.rejected[r.code] = (stats.rejected[r.code] ?? 0) + 1;
    else stats.accepted++;
    if (ms > stats.worstMs) stats.worstMs = ms;
    if (ms > bound) {
      // A slow input is slow every time; a pause of the machine is not.
      let best = ms;
      for (let k = 0; k < 2 && best > bound; k++) {
        o.before?.(input, i);
        const t1 = performance.now();
        once(input);
        best = Math.min(best, performance.now() - t1);
      }
      if (best > bound) fail('slow', i, input, `${best.toFixed(1)} ms > ${bound} ms per input`);
    }
    o.after?.(i);
    const done = i - start + 1;
    if (!memoryFailed && done % memEvery === 0 && done >= warmup) {
      const used = heapInUse();
      if (baseline === undefined) baseline = used;
      stats.heapGrowthMb = Math.max(stats.heapGrowthMb, (used - baseline) / 1048576);
      if (used - baseline > memBound) {
        memoryFailed = true;
        fail('memory', i, input, `heap grew ${((used - baseline) / 1048576).toFixed(1)} MB after warm-up (bound ${memBound / 1048576} MB), inputs ${start}..${i}`);
      }
    }
    if (done % progressEvery === 0) o.onProgress?.(stats);
  }
  Error.stackTraceLimit = savedLimit;
  return stats;
}

/** Runs one input (a saved regression case) on a fresh session: the outcome, or the failure. */
export function replayInput(session: FuzzSession, input: Uint8Array, timeBoundMs = 250): { outcome: 'accepted' | 'rejected' | 'exception' | 'slow'; detail: string } {
  const t0 = performance.now();
  try {
    session.run(input);
  } catch (e) {
    const code = session.expected(e);
    if (code === undefined) return { outcome: 'exception', detail: errorLine(e) };
    const ms = performance.now() - t0;
    return ms > timeBoundMs ? { outcome: 'slow', detail: `${ms.toFixed(1)} ms` } : { outcome: 'rejected', detail: code };
  }
  const ms = performance.now() - t0;
  return ms > timeBoundMs ? { outcome: 'slow', detail: `${ms.toFixed(1)} ms` } : { outcome: 'accepted', detail: '' };
}
