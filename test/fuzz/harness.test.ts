/**
 * `npm run fuzz` itself, through its real entry point: each kind of failure is caught and
 * leaves its input as a regression case, a hang stops only its worker (the run goes on from
 * the next input), `--replay` runs saved cases again, the exit status says whether anything
 * failed. The broken decoders are the hidden selftest-* targets.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fuzz } from './engine.js';
import { inputRng } from './mutate.js';
import { targetNamed } from './targets/index.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'v2x-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fuzzCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'test/fuzz/cli.ts'), ...args], { cwd: repo, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function saved(target: string): { bin: string[]; notes: Record<string, unknown>[] } {
  const d = join(dir, target);
  if (!existsSync(d)) return { bin: [], notes: [] };
  const files = readdirSync(d).sort();
  return { bin: files.filter((f) => f.endsWith('.bin')).map((f) => join(d, f)), notes: files.filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(d, f), 'utf8')) as Record<string, unknown>) };
}

describe('npm run fuzz', () => {
  it('an exception other than the typed error is a failure: saved, deduplicated, regenerable', { timeout: 120_000 }, () => {
    const r = fuzzCli(['--target', 'selftest-throw', '--iterations', '2000', '--save', dir, '--json']);
    expect(r.status).toBe(1);
    const figures = JSON.parse(r.stdout.trim()) as { iterations: number; failures: number; rejected: Record<string, number> };
    expect(figures.iterations).toBe(2000);
    expect(figures.failures).toBeGreaterThan(3);
    expect(figures.rejected.SYNTAX).toBeGreaterThan(0); // the typed error is a rejection, not a failure
    const s = saved('selftest-throw');
    expect(s.bin).toHaveLength(3); // one signature, three cases kept
    for (const f of s.bin) expect(readFileSync(f)[0]).toBe(0x42);
    const note = s.notes[0]!;
    expect(note.kind).toBe('exception');
    expect(String(note.detail)).toMatch(/^TypeError/);
    // The note says how to regenerate the input: the same octets come back.
    const m = /--seed (\d+) --start (\d+)/.exec(String(note.regenerate))!;
    const session = { generate: (r: () => number) => { const n = Math.floor(r() * 9); return Uint8Array.from({ length: n }, () => Math.floor(r() * 256)); } };
    const again = session.generate(inputRng(Number(m[1]), Number(m[2])));
    expect(s.bin.map((f) => readFileSync(f).toString('hex'))).toContain(Buffer.from(again).toString('hex'));
  });

  it('a hang stops its worker, is saved, and the run completes from the next input', { timeout: 120_000 }, () => {
    const r = fuzzCli(['--target', 'selftest-hang', '--iterations', '800', '--hang', '800', '--save', dir, '--json']);
    expect(r.status).toBe(1);
    const figures = JSON.parse(r.stdout.trim()) as { iterations: number; failures: number };
    expect(figures.iterations).toBe(800);
    expect(figures.failures).toBeGreaterThan(0);
    const s = saved('selftest-hang');
    expect(s.bin.length).toBe(figures.failures);
    for (const f of s.bin) expect(readFileSync(f)[0]).toBe(0xab);
    expect(s.notes.every((n) => n.kind === 'hang')).toBe(true);
  });

  it('a slow input is confirmed by running it again, then saved', { timeout: 120_000 }, () => {
    const r = fuzzCli(['--target', 'selftest-slow', '--iterations', '400', '--time-bound', '100', '--save', dir]);
    expect(r.status).toBe(1);
    const s = saved('selftest-slow');
    expect(s.bin.length).toBeGreaterThan(0);
    expect(s.notes.every((n) => n.kind === 'slow' && /ms > 100 ms/.test(String(n.detail)))).toBe(true);
  });

  it('a decoder that keeps what it reads is a memory failure, saved once with its note', { timeout: 120_000 }, () => {
    const r = fuzzCli(['--target', 'selftest-leak', '--iterations', '4000', '--memory-bound', '16', '--save', dir, '--json']);
    expect(r.status).toBe(1);
    const figures = JSON.parse(r.stdout.trim()) as { failures: number; heapGrowthMb: number };
    expect(figures.failures).toBe(1);
    expect(figures.heapGrowthMb).toBeGreaterThan(16);
    const s = saved('selftest-leak');
    expect(s.bin).toHaveLength(1);
    expect(s.notes).toHaveLength(1);
    expect(s.notes[0]!.kind).toBe('memory');
    expect(String(s.notes[0]!.detail)).toMatch(/heap grew [\d.]+ MB after warm-up \(bound 16 MB\)/);
  });

  it('growth after warm-up beyond the bound is a memory failure', () => {
    const failures: string[] = [];
    const stats = fuzz('selftest-leak', { seeds: [], generate: () => new Uint8Array(1), run: () => void kept.push(new Uint8Array(65536)), expected: () => undefined }, { seed: 1, iterations: 2000, memoryBoundMb: 16, onFailure: (f) => failures.push(f.kind) });
    expect(failures).toEqual(['memory']);
    expect(stats.heapGrowthMb).toBeGreaterThan(16);
    kept.length = 0;
    // A decoder that keeps nothing stays under the bound.
    const clean: string[] = [];
    fuzz('clean', { seeds: [], generate: () => new Uint8Array(1), run: () => void new Uint8Array(65536), expected: () => undefined }, { seed: 1, iterations: 2000, memoryBoundMb: 16, onFailure: (f) => clean.push(f.kind) });
    expect(clean).toEqual([]);
  });

  it('--replay runs saved cases on fresh decoders and fails while they fail', { timeout: 120_000 }, () => {
    const r = fuzzCli(['--replay', join(dir, 'selftest-throw'), join(dir, 'selftest-hang'), '--hang', '800', '--json']);
    expect(r.status).toBe(1);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { target: string; outcome: string });
    expect(rows.length).toBe(saved('selftest-throw').bin.length + saved('selftest-hang').bin.length);
    expect(new Set(rows.map((x) => `${x.target}:${x.outcome}`))).toEqual(new Set(['selftest-throw:exception', 'selftest-hang:hang']));
  });

  it('a run suspended and resumed (SIGSTOP, SIGCONT) sees no hang and no slow input', { timeout: 120_000 }, async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repo, 'test/fuzz/cli.ts'), '--target', 'candump', '--iterations', '80000', '--hang', '800', '--time-bound', '100', '--no-save', '--json'], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    const done = new Promise<number | null>((resolve) => child.on('close', resolve));
    await new Promise((r) => setTimeout(r, 4000));
    child.kill('SIGSTOP');
    await new Promise((r) => setTimeout(r, 2500));
    child.kill('SIGCONT');
    expect(await done, err).toBe(0);
    expect(JSON.parse(out.trim())).toMatchObject({ iterations: 80000, failures: 0 });
  });

  it('a clean run exits 0; unknown targets and options are usage errors', { timeout: 120_000 }, () => {
    expect(fuzzCli(['--target', 'ifm', '--iterations', '300', '--no-save']).status).toBe(0);
    expect(fuzzCli(['--target', 'nope']).status).toBe(2);
    expect(fuzzCli(['--target', 'ifm', '--bogus']).status).toBe(2);
    const list = fuzzCli(['--list']).stdout;
    for (const t of ['uper-j2735-2016', 'uper-j2735-2020', 'uper-j2735-2024', 'uper-csae53-2017', 'coer-1609dot2', 'wsmp', 'ifm', 'nmea', 'ubx', 'candump', 'fwbridge']) expect(list).toContain(t);
    expect(targetNamed('selftest-hang')?.hidden).toBe(true);
  });
});

const kept: Uint8Array[] = [];
