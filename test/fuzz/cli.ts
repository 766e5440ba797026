/**
 * `npm run fuzz -- --target NAME|all [--iterations N] [options]`: fuzzes the decoders of
 * received data. Every input is a function of the seed and its index, so a run is repeatable
 * and any input can be regenerated (`--start I --iterations 1`).
 *
 * The inputs of a target run in worker threads under a watchdog: an input that does not
 * return within `--hang` ms stops its worker, is saved, and the run goes on from the next
 * input in a new worker; a worker that runs out of memory is handled the same way. Failures
 * (exception, slow, hang, memory; see engine.ts) are saved as regression cases under
 * test/fixtures/fuzz/<target>/ (`<kind>-<sha256 prefix>.bin` and a `.json` with the error and
 * how to regenerate it). The exit status is 1 when anything failed.
 *
 * `--replay [DIR|FILE...]` runs saved cases again (default: every case in test/fixtures/fuzz),
 * each on a fresh decoder, under the same watchdog; it fails if any still fails.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Failure, FailureKind, FuzzStats } from './engine.js';
import { publicTargets, targetNamed, TARGETS } from './targets/index.js';
import { HEADER_BYTES, MAX_SHARED_INPUT, SLOT_BEAT, SLOT_DONE, SLOT_ITERATION, SLOT_LENGTH, SLOT_STATE, type WorkerJob, type WorkerMessage } from './protocol.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
export const DEFAULT_SAVE_DIR = join(repo, 'test', 'fixtures', 'fuzz');

const usage = `usage: npm run fuzz -- --target NAME|all [options]
  --target NAME|all     a decoder (--list shows them) or every one
  --iterations N        inputs per target (default 100000; 1e7 and 10M are accepted)
  --seed S              run seed (default 1); 'random' picks one and prints it
  --start I             index of the first input (default 0)
  --jobs J              worker threads sharing the inputs of a target (default 1)
  --time-bound MS       per-input time bound; slower inputs are failures (default 250)
  --hang MS             an input still running after MS is a hang (default 5000)
  --memory-bound MB     heap growth allowed after warm-up (default 64)
  --save DIR            where failures go (default test/fixtures/fuzz)
  --no-save             report failures without saving them
  --json                one JSON line per target (and per replayed case)
  --list                list the targets
  --replay [PATH...]    run saved cases again (default: all of test/fixtures/fuzz)`;

interface Options {
  targets: string[];
  iterations: number;
  seed: number;
  start: number;
  jobs: number;
  timeBoundMs: number;
  hangMs: number;
  memoryBoundMb: number;
  save: string | undefined;
  json: boolean;
}

export class UsageError extends Error {}

function count(s: string, what: string): number {
  const m = /^(\d+(?:\.\d+)?)(?:e(\d+))?([kKmM]?)$/.exec(s.replace(/_/g, ''));
  if (!m) throw new UsageError(`${what}: '${s}' is not a count`);
  const v = Number(m[1]) * 10 ** Number(m[2] ?? 0) * ({ k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[m[3] ?? ''] ?? 1);
  if (!Number.isSafeInteger(v)) throw new UsageError(`${what}: '${s}' is not a whole count`);
  return v;
}

function parse(argv: string[]): Options | { list: true } | { replay: string[]; json: boolean; hangMs: number } {
  const o: Options = { targets: [], iterations: 100_000, seed: 1, start: 0, jobs: 1, timeBoundMs: 250, hangMs: 5000, memoryBoundMb: 64, save: DEFAULT_SAVE_DIR, json: false };
  let replay: string[] | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const val = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    switch (a) {
      case '--target':
        o.targets.push(...val().split(','));
        break;
      case '--iterations':
        o.iterations = count(val(), a);
        break;
      case '--seed': {
        const v = val();
        o.seed = v === 'random' ? Math.floor(Math.random() * 2 ** 31) : count(v, a);
        break;
      }
      case '--start':
        o.start = count(val(), a);
        break;
      case '--jobs':
        o.jobs = Math.max(1, count(val(), a));
        break;
      case '--time-bound':
        o.timeBoundMs = count(val(), a);
        break;
      case '--hang':
        o.hangMs = count(val(), a);
        break;
      case '--memory-bound':
        o.memoryBoundMb = count(val(), a);
        break;
      case '--save':
        o.save = val();
        break;
      case '--no-save':
        o.save = undefined;
        break;
      case '--json':
        o.json = true;
        break;
      case '--list':
        return { list: true };
      case '--replay':
        replay = [];
        while (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) replay.push(argv[++i]!);
        break;
      case '--help':
        throw new UsageError('');
      default:
        throw new UsageError(`unknown option ${a}`);
    }
  }
  if (replay) return { replay: replay.length ? replay : [DEFAULT_SAVE_DIR], json: o.json, hangMs: o.hangMs };
  if (o.targets.length === 0) throw new UsageError('--target is required');
  const names = o.targets.flatMap((t) => (t === 'all' ? publicTargets().map((x) => x.name) : [t]));
  for (const n of names) if (!targetNamed(n)) throw new UsageError(`unknown target '${n}' (--list shows them)`);
  o.targets = [...new Set(names)];
  return o;
}

// ---- running a target in workers ------------------------------------------------------------

const bootstrap = (file: string): string =>
  `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(file)}); }).catch((e) => { process.nextTick(() => { throw e; }); });`;

function startWorker(job: WorkerJob): Worker {
  const file = new URL('./worker.ts', import.meta.url).href;
  return new Worker(bootstrap(file), { eval: true, workerData: job, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
}

export interface TargetResult extends FuzzStats {
  target: string;
  seconds: number;
  failureList: Failure[];
}

function addStats(a: FuzzStats, b: FuzzStats): void {
  a.iterations += b.iterations;
  a.accepted += b.accepted;
  a.failures += b.failures;
  for (const [k, v] of Object.entries(b.rejected)) a.rejected[k] = (a.rejected[k] ?? 0) + v;
  a.worstMs = Math.max(a.worstMs, b.worstMs);
  a.heapGrowthMb = Math.max(a.heapGrowthMb, b.heapGrowthMb);
}

function emptyStats(): FuzzStats {
  return { iterations: 0, accepted: 0, rejected: {}, failures: 0, worstMs: 0, heapGrowthMb: 0 };
}

/**
 * Runs inputs [start, start + iterations) of a target in one worker at a time, restarting after
 * a hang or an out-of-memory stop. Resolves with the figures and every failure.
 */
function runRange(target: string, o: Options, start: number, iterations: number, onFailure: (f: Failure) => void, onProgress: (done: number) => void): Promise<FuzzStats> {
  const total = emptyStats();
  return new Promise((resolve, reject) => {
    const next = (from: number): void => {
      const left = start + iterations - from;
      if (left <= 0) {
        resolve(total);
        return;
      }
      const shared = new SharedArrayBuffer(HEADER_BYTES + MAX_SHARED_INPUT);
      const header = new Int32Array(shared, 0, HEADER_BYTES / 4);
      const w = startWorker({ target, seed: o.seed, start: from, iterations: left, timeBoundMs: o.timeBoundMs, memoryBoundMb: o.memoryBoundMb, shared });
      let finished = false;
      let lastBeat = -1;
      // Counted in watchdog ticks, not wall time: a process that was suspended (SIGSTOP, a
      // laptop asleep) does not see a hang when it resumes.
      let stillTicks = 0;
      const tickMs = Math.min(200, o.hangMs / 4);
      const hangTicks = Math.ceil(o.hangMs / tickMs);
      let lastStats = emptyStats();
      const current = (): { input: Uint8Array; iteration: number } => {
        const n = Math.min(Atomics.load(header, SLOT_LENGTH), MAX_SHARED_INPUT);
        return { input: new Uint8Array(shared, HEADER_BYTES, n).slice(), iteration: from + Atomics.load(header, SLOT_ITERATION) };
      };
      const stop = (kind: FailureKind, detail: string): void => {
        if (finished) return;
        finished = true;
        clearInterval(watch);
        const { input, iteration } = current();
        void w.terminate();
        lastStats.failures++;
        lastStats.iterations = iteration - from + 1;
        addStats(total, lastStats);
        onFailure({ kind, target, iteration, seed: o.seed, input, detail });
        next(iteration + 1);
      };
      const watch = setInterval(() => {
        const beat = Atomics.load(header, SLOT_BEAT);
        if (beat !== lastBeat) {
          lastBeat = beat;
          stillTicks = 0;
          onProgress(from - start + Atomics.load(header, SLOT_DONE));
        } else if (Atomics.load(header, SLOT_STATE) === 1 && ++stillTicks > hangTicks) {
          stop('hang', `no result after ${o.hangMs} ms`);
        }
      }, tickMs);
      w.on('message', (m: WorkerMessage) => {
        if (m.type === 'failure') onFailure(m.failure);
        else if (m.type === 'progress') lastStats = m.stats;
        else if (m.type === 'ready') stillTicks = 0;
        else if (m.type === 'done') {
          finished = true;
          clearInterval(watch);
          addStats(total, m.stats);
          onProgress(from - start + m.stats.iterations);
          void w.terminate();
          next(start + iterations);
        }
      });
      w.on('error', (e: Error & { code?: string }) => {
        if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') stop('memory', 'the worker ran out of memory on this input');
        else if (!finished) {
          finished = true;
          clearInterval(watch);
          reject(e);
        }
      });
    };
    next(start);
  });
}

export async function runTarget(target: string, o: Options, log: (line: string) => void): Promise<TargetResult> {
  const t0 = performance.now();
  const failures: Failure[] = [];
  const per = Math.ceil(o.iterations / o.jobs);
  const done = new Array<number>(o.jobs).fill(0);
  let lastLog = t0;
  const ranges = Array.from({ length: o.jobs }, (_, j) => ({ start: o.start + j * per, n: Math.max(0, Math.min(per, o.iterations - j * per)) })).filter((r) => r.n > 0);
  const results = await Promise.all(
    ranges.map((r, j) =>
      runRange(target, o, r.start, r.n, (f) => {
        failures.push(f);
        log(`${target}: FAILURE ${f.kind} at input ${f.iteration} (seed ${f.seed}): ${f.detail}`);
      }, (d) => {
        done[j] = d;
        const now = performance.now();
        if (now - lastLog > 30_000) {
          lastLog = now;
          const sum = done.reduce((a, b) => a + b, 0);
          log(`${target}: ${sum.toLocaleString('en')}/${o.iterations.toLocaleString('en')} inputs, ${Math.round(sum / ((now - t0) / 1000)).toLocaleString('en')}/s, failures ${failures.length}`);
        }
      }),
    ),
  );
  const total = emptyStats();
  for (const r of results) addStats(total, r);
  return { ...total, target, seconds: (performance.now() - t0) / 1000, failureList: failures };
}

// ---- saving and replaying -------------------------------------------------------------------

export function saveFailure(dir: string, f: Failure): string {
  const d = join(dir, f.target);
  mkdirSync(d, { recursive: true });
  const hash = createHash('sha256').update(f.input).digest('hex').slice(0, 16);
  const file = join(d, `${f.kind}-${hash}.bin`);
  writeFileSync(file, f.input);
  const note = {
    target: f.target,
    kind: f.kind,
    detail: f.detail,
    regenerate: `npm run fuzz -- --target ${f.target} --seed ${f.seed} --start ${f.iteration} --iterations 1`,
    found: new Date().toISOString().slice(0, 10),
    ...(f.stack ? { stack: f.stack.split('\n').slice(0, 8).map((l) => l.trim().split(`file://${repo}/`).join('').split(`${repo}/`).join('')) } : {}),
  };
  writeFileSync(file.replace(/\.bin$/, '.json'), JSON.stringify(note, null, 2) + '\n');
  return file;
}

/** Saved cases: `<dir>/<target>/*.bin`, a target's folder, or files (their folder names the target). */
export function savedCases(paths: string[]): { target: string; file: string }[] {
  const out: { target: string; file: string }[] = [];
  const binsIn = (d: string): string[] => readdirSync(d).sort().filter((f) => f.endsWith('.bin')).map((f) => join(d, f));
  for (const p of paths) {
    if (!existsSync(p)) continue;
    if (statSync(p).isFile()) out.push({ target: basename(dirname(p)), file: p });
    else if (binsIn(p).length) for (const file of binsIn(p)) out.push({ target: basename(p), file });
    else
      for (const t of readdirSync(p).sort()) {
        const d = join(p, t);
        if (statSync(d).isDirectory()) for (const file of binsIn(d)) out.push({ target: t, file });
      }
  }
  return out;
}

async function replay(paths: string[], json: boolean, hangMs: number): Promise<number> {
  const cases = savedCases(paths);
  let bad = 0;
  for (const c of cases) {
    if (!targetNamed(c.target)) {
      process.stdout.write(json ? JSON.stringify({ file: c.file, outcome: 'unknown-target' }) + '\n' : `${c.file}: no target named ${c.target}\n`);
      bad++;
      continue;
    }
    const r = await replayInWorker(c.target, new Uint8Array(readFileSync(c.file)), hangMs);
    const ok = r.outcome === 'accepted' || r.outcome === 'rejected';
    if (!ok) bad++;
    const rel = relative(process.cwd(), c.file);
    process.stdout.write(json ? JSON.stringify({ file: rel, target: c.target, ...r }) + '\n' : `${ok ? 'ok  ' : 'FAIL'} ${rel}: ${r.outcome}${r.detail ? ` (${r.detail})` : ''}\n`);
  }
  if (!json) process.stdout.write(`${cases.length} saved case(s), ${bad} failing\n`);
  return bad ? 1 : 0;
}

function replayInWorker(target: string, input: Uint8Array, hangMs: number): Promise<{ outcome: string; detail: string }> {
  const file = new URL('./replay-worker.ts', import.meta.url).href;
  const w = new Worker(bootstrap(file), { eval: true, workerData: { target, input }, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      void w.terminate();
      resolve({ outcome: 'hang', detail: `no result after ${hangMs} ms` });
    }, hangMs + 10_000);
    w.on('message', (m: { outcome: string; detail: string }) => {
      clearTimeout(timer);
      void w.terminate();
      resolve(m);
    });
    w.on('error', (e: Error & { code?: string }) => {
      clearTimeout(timer);
      resolve({ outcome: e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'exception', detail: e.message });
    });
  });
}

// ---- main -----------------------------------------------------------------------------------

function summaryLine(r: TargetResult): string {
  const rej = Object.values(r.rejected).reduce((a, b) => a + b, 0);
  const codes = Object.entries(r.rejected)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return `${r.target}: ${r.iterations.toLocaleString('en')} inputs in ${r.seconds.toFixed(1)} s (${Math.round(r.iterations / Math.max(r.seconds, 1e-3)).toLocaleString('en')}/s): accepted ${r.accepted}, rejected ${rej}${codes ? ` (${codes})` : ''}; failures ${r.failures}; slowest input ${r.worstMs.toFixed(1)} ms; heap growth ${r.heapGrowthMb.toFixed(1)} MB`;
}

export async function main(argv: string[]): Promise<number> {
  let o: ReturnType<typeof parse>;
  try {
    o = parse(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message ? `fuzz: ${e.message}\n` : ''}${usage}\n`);
      return e.message ? 2 : 0;
    }
    throw e;
  }
  if ('list' in o) {
    for (const t of TARGETS) process.stdout.write(`${t.name.padEnd(18)} ${t.summary}${t.hidden ? ' (harness check, not in all)' : ''}\n`);
    return 0;
  }
  if ('replay' in o) return replay(o.replay, o.json, o.hangMs);
  const log = (l: string): void => void process.stderr.write(l + '\n');
  log(`fuzz: seed ${o.seed}, ${o.iterations.toLocaleString('en')} inputs per target from input ${o.start}, ${o.jobs} worker(s), time bound ${o.timeBoundMs} ms, hang ${o.hangMs} ms, heap growth bound ${o.memoryBoundMb} MB`);
  let failures = 0;
  for (const t of o.targets) {
    const r = await runTarget(t, o, log);
    failures += r.failures;
    for (const f of r.failureList) {
      if (o.save) log(`  saved ${relative(process.cwd(), saveFailure(o.save, f))}`);
    }
    const { failureList: _omit, ...figures } = r;
    process.stdout.write(o.json ? JSON.stringify({ ...figures, seed: o.seed, start: o.start, seconds: Number(r.seconds.toFixed(1)) }) + '\n' : summaryLine(r) + '\n');
  }
  return failures ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`fuzz: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
