/** Runs the CLI as a user would (a separate Node process on the TypeScript sources). */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The Node arguments that run the CLI from its sources. */
const nodeArgs = (args: string[]): string[] => ['--import', 'tsx', join(repoRoot, 'src', 'cli', 'main.ts'), ...args];

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], input?: string | Uint8Array, opts: { timeoutMs?: number } = {}): Promise<CliResult> {
  return runProcess(process.execPath, nodeArgs(args), `v2x-edge ${args.join(' ')}`, opts.timeoutMs ?? 60000, input);
}

/** Runs a process to its end in the repository, killed (and rejected) after `timeoutMs`. */
function runProcess(command: string, argv: string[], what: string, timeoutMs: number, input?: string | Uint8Array): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${what} did not finish within ${timeoutMs} ms\n${stderr}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}

export interface RunningCli {
  child: ChildProcess;
  result: Promise<CliResult>;
}

/** Starts the CLI and returns the process (to signal it) and its eventual result. */
export function startCli(args: string[]): RunningCli {
  const child = spawn(process.execPath, nodeArgs(args), { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const result = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, result };
}

/** Why the CLI cannot be run on a pseudo-terminal here, or undefined when it can. */
export function terminalSkipReason(): string | undefined {
  const r = spawnSync('script', ['--version'], { encoding: 'utf8' });
  if (r.error !== undefined || r.status !== 0 || !r.stdout.includes('util-linux')) return 'util-linux script is not installed (Debian package bsdutils): the terminal test is skipped';
  return undefined;
}

/**
 * Runs the CLI on a pseudo-terminal (util-linux `script`), as in an interactive shell: stdout
 * and stderr are both the terminal, and `stdout` is all it showed, control sequences included.
 */
export function runCliOnTerminal(args: string[], opts: { timeoutMs?: number } = {}): Promise<CliResult> {
  const quote = (a: string): string => `'${a.replace(/'/g, `'\\''`)}'`;
  const command = [process.execPath, ...nodeArgs(args)].map(quote).join(' ');
  return runProcess('script', ['-qfec', command, '/dev/null'], `v2x-edge ${args.join(' ')} on a terminal`, opts.timeoutMs ?? 60000);
}

/** Whether a UDP socket is bound to this port on 127.0.0.1 or any address (/proc/net/udp). */
export function udpBound(port: number): boolean {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  return readFileSync('/proc/net/udp', 'utf8').split('\n').slice(1).some((l) => {
    const local = l.trim().split(/\s+/)[1];
    return local === `0100007F:${hex}` || local === `00000000:${hex}`;
  });
}

/** Waits until a process has bound a UDP port (it is listening), or throws after `timeoutMs`. */
export async function untilUdpBound(port: number, timeoutMs = 30_000): Promise<void> {
  await vi.waitUntil(() => udpBound(port), { timeout: timeoutMs, interval: 50 }).catch(() => {
    throw new Error(`nothing bound UDP port ${port} within ${timeoutMs} ms`);
  });
}
