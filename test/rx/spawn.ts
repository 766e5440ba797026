/** A long-running `v2x-edge` process for tests that talk to it while it runs. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../cli/run-cli.js';

export interface Running {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the first match of `re` in stderr (rejects after `timeoutMs`). */
  waitStderr(re: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Resolves with the number of complete stdout lines once there are at least `n`. */
  waitLines(n: number, timeoutMs?: number): Promise<string[]>;
  /** Resolves with the exit code. */
  exited(timeoutMs?: number): Promise<number | null>;
  /** SIGINT, then the exit code. */
  stop(): Promise<number | null>;
}

export function startCli(args: string[]): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src', 'cli', 'main.ts'), ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const poll = <T>(get: () => T | undefined, timeoutMs: number, what: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const t0 = Date.now();
      const tick = (): void => {
        const v = get();
        if (v !== undefined) return resolve(v);
        if (Date.now() - t0 > timeoutMs) return reject(new Error(`timed out waiting for ${what}\nstderr:\n${err}\nstdout (${out.length} chars)`));
        setTimeout(tick, 10);
      };
      tick();
    });
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    waitStderr: (re, timeoutMs = 30_000) => poll(() => err.match(re) ?? undefined, timeoutMs, String(re)),
    waitLines: (n, timeoutMs = 30_000) => poll(() => {
      const lines = out.split('\n').slice(0, -1);
      return lines.length >= n ? lines : undefined;
    }, timeoutMs, `${n} stdout lines`),
    exited: (timeoutMs = 30_000) => Promise.race([exit, new Promise<number | null>((_, reject) => setTimeout(() => reject(new Error(`no exit within ${timeoutMs} ms\n${err}`)), timeoutMs).unref())]),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      return exit;
    },
  };
}
