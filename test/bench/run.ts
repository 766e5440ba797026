/**
 * `npm run bench [-- --json] [-- --filter SUBSTRING]`: runs every test/bench/*.bench.ts.
 * Human output is a table; `--json` prints one JSON object per line:
 * `{"name":"uper.encode.bsm177","nsPerOp":512.3,"minNsPerOp":498.1,"opsPerSec":...,"bytesPerOp":...,"anchor":...}`
 * (nsPerOp is the median of the timed runs, minNsPerOp the best: on a shared machine the gap
 * between them shows how much the neighbours cost).
 *
 * Each bench file runs in processes of its own, as JMH forks per benchmark: the heap one file
 * leaves behind raised another's peak RSS, and the codec's inline caches see only that file's
 * values. The timed cases run with the bench's Node flags, in interleaved rounds
 * (`measureFns`): this machine has phases of ten seconds or more in which everything runs
 * about twice as slowly, and one case after another, a case could spend all its runs in one.
 * The self-measuring cases (latencies, rates) run in a second process with the Node flags of
 * the installed command (first line of src/cli/main.ts), as the product runs.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureFns, type BenchCase, type FnResult } from './harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const json = args.includes('--json');
const fi = args.indexOf('--filter');
const filter = fi >= 0 ? args[fi + 1] : undefined;

function fmtNs(ns: number): string {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(3)} us`;
  return `${ns.toFixed(1)} ns`;
}

/** The Node flags the installed command starts with (the first line of src/cli/main.ts). */
function productFlags(): string[] {
  const first = readFileSync(join(here, '..', '..', 'src', 'cli', 'main.ts'), 'utf8').split('\n')[0]!;
  const m = /^#!\/usr\/bin\/env -S node(.*)$/.exec(first);
  return m ? m[1]!.trim().split(/\s+/).filter((f) => f !== '') : [];
}

async function main(): Promise<void> {
  const fileArg = args.indexOf('--file');
  const files = fileArg >= 0 ? [args[fileArg + 1]!] : readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort();
  const pi = args.indexOf('--phase');
  const phase = pi >= 0 ? args[pi + 1] : undefined;
  if (fileArg < 0) {
    // Timed cases with the bench's flags (a young generation large enough that bytes per op
    // are counted without a collection in between); self-measuring cases, which time
    // latencies, with the flags the installed command runs with.
    const measureArgv = [...process.execArgv.filter((a) => !a.startsWith('--max-semi-space-size') && a !== '--expose-gc'), ...productFlags()];
    for (const f of files) {
      for (const [p, argv] of [['fn', process.execArgv], ['measure', measureArgv]] as const) {
        const r = spawnSync(process.execPath, [...argv, fileURLToPath(import.meta.url), ...args, '--file', f, '--phase', p], { stdio: 'inherit' });
        if (r.status !== 0) process.exitCode = r.status ?? 1;
      }
    }
    return;
  }
  for (const f of files) {
    const mod = (await import(join(here, f))) as { benches?: BenchCase[] };
    const cases = (mod.benches ?? []).filter((c) => filter === undefined || c.name.includes(filter));
    if (phase !== 'measure') {
      // The timed cases run together, in interleaved rounds.
      const timed = cases.filter((t) => t.fn);
      for (const t of timed) if (t.setup) await t.setup();
      const results = timed.length > 0 ? measureFns(timed.map((t) => t.fn!)) : [];
      timed.forEach((t, k) => printFn(t, results[k]!));
    }
    if (phase === 'fn') continue;
    for (const c of cases) {
      if (!c.measure) continue;
      if (c.setup) await c.setup();
      const figures = await c.measure();
      if (json) process.stdout.write(JSON.stringify({ name: c.name, ...figures, anchor: c.anchor ?? null }) + '\n');
      else process.stdout.write(`${c.name.padEnd(36)} ${Object.entries(figures).map(([k, v]) => `${k}=${typeof v === 'number' ? Number(v.toPrecision(6)) : v}`).join(' ')}${c.anchor ? `   (anchor: ${c.anchor})` : ''}\n`);
    }
  }
}

function printFn(c: BenchCase, r: FnResult): void {
  const row = { name: c.name, nsPerOp: Number(r.nsPerOp.toFixed(1)), minNsPerOp: Number(r.runs[0]!.toFixed(1)), opsPerSec: Math.round(r.opsPerSec), bytesPerOp: r.bytesPerOp ?? null, anchor: c.anchor ?? null };
  if (json) process.stdout.write(JSON.stringify(row) + '\n');
  else process.stdout.write(`${c.name.padEnd(36)} ${fmtNs(r.nsPerOp).padStart(12)}/op (best ${fmtNs(r.runs[0]!)}) ${String(Math.round(r.opsPerSec)).padStart(10)} op/s ${r.bytesPerOp === undefined ? '' : `${r.bytesPerOp} B/op`.padStart(10)}${c.anchor ? `   (anchor: ${c.anchor})` : ''}\n`);
}

await main();
