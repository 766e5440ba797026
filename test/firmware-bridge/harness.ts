/**
 * Test harness for the bridge: builds the C reference (gcc + nanopb) and runs the simulator
 * behind a real pty pair made by socat. Tiers that need a missing tool are skipped with the
 * reason printed (see `mcuSkipReason`).
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCandump } from '../../hal/can/candump.js';
import type { CanFrame } from '../../hal/can/types.js';

export const repoDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const mcuDir = join(repoDir, 'firmware-bridge', 'mcu');
export const buildDir = join(mcuDir, 'build');
export const fixturesDir = join(repoDir, 'test', 'fixtures', 'firmware-bridge');

/** CLOCK_MONOTONIC in microseconds: the simulator's MCU clock under `clockBase: 'monotonic'`. */
export const monoUs = (): number => Number(process.hrtime.bigint() / 1000n);

function has(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function nanopbLibrary(): boolean {
  const r = spawnSync('sh', ['-c', 'echo "int main(void){return 0;}" | gcc -x c - -o /dev/null -lprotobuf-nanopb'], { stdio: 'ignore' });
  return r.status === 0 && (existsSync('/usr/include/pb.h') || existsSync('/usr/local/include/pb.h'));
}

let built: { skip?: string } | undefined;

/** Builds build/bridge-sim and build/bridge-vectors (and the contract-next variants); returns a skip reason or undefined. */
export function buildMcu(): string | undefined {
  if (built) return built.skip;
  const missing: string[] = [];
  if (!has('gcc')) missing.push('gcc');
  if (!has('make')) missing.push('make');
  if (!has('flock')) missing.push('flock');
  if (missing.length === 0 && !nanopbLibrary()) missing.push('libnanopb-dev (pb.h, -lprotobuf-nanopb)');
  if (!has('nanopb_generator.py')) missing.push('nanopb (nanopb_generator.py)');
  if (!has('protoc')) missing.push('protobuf-compiler (protoc)');
  if (missing.length > 0) {
    built = { skip: `C reference not built: missing ${missing.join(', ')}` };
    return built.skip;
  }
  // Several test files build at once: serialise make with a lock.
  const lock = join(tmpdir(), 'v2x-edge-bridge-mcu-build.lock');
  const run = (args: string[]): string | undefined => {
    const r = spawnSync('flock', [lock, 'make', '-s', '-C', mcuDir, ...args], { encoding: 'utf8' });
    return r.status === 0 ? undefined : `make ${args.join(' ')} failed:\n${r.stdout}${r.stderr}`;
  };
  const err = run([]) ?? run([`CONTRACT_DIR=${join(fixturesDir, 'contract-next')}`, `BUILD=${join(buildDir, 'next')}`, 'MINOR=1']);
  if (err) throw new Error(err);
  built = {};
  return undefined;
}

export function socatSkipReason(): string | undefined {
  return has('socat') ? undefined : 'socat not installed: no pty pair for the simulator';
}

/** Why the simulator tier cannot run here, or undefined when it can. */
export function mcuSkipReason(): string | undefined {
  return socatSkipReason() ?? buildMcu();
}

export function skipNotice(tier: string, reason: string | undefined): void {
  if (reason) process.stdout.write(`\n[SKIPPED] ${tier}: ${reason}\n`);
}

export interface SimOptions {
  baud?: number;
  clockOffsetUs?: number;
  clockDriftPpm?: number;
  clockBase?: 'boot' | 'monotonic';
  canPorts?: number;
  canBitrate?: number;
  /** Build of the next contract version (test/fixtures/firmware-bridge/contract-next). */
  next?: boolean;
  /** Directory of a simulated CAN wire shared with other simulators. */
  canWire?: string;
  /** Classic CAN controllers only (no FD). */
  classicOnly?: boolean;
  /**
   * The simulator makes the pty itself and holds its master, as a UART driver would (no socat:
   * one process hop fewer between the MCU and the host). The host path is the pty's slave.
   */
  ownPty?: boolean;
  /**
   * Runs the simulator under SCHED_FIFO at this priority (util-linux `chrt`), as a stand-in for
   * a microcontroller that nothing else preempts, with an RLIMIT_RTTIME guard (`prlimit`): a
   * simulator that runs 200 ms without sleeping gets SIGXCPU, at 500 ms SIGKILL, instead of
   * starving the machine. Only for paced runs: a flood keeps it busy on purpose.
   */
  fifoPriority?: number;
}

export interface Sim {
  /** The host end of the pty pair: open this with the bridge. */
  hostPath: string;
  dir: string;
  /** Sends a command; resolves with the answer line (`ok VERB`), rejects on `err ...`. */
  command(line: string): Promise<string>;
  stats(): Promise<Record<string, number | boolean>>;
  /** Resolves at the next stdout line starting with `event NAME`. */
  event(name: string, timeoutMs?: number): Promise<string>;
  /** Kills socat (or, with `ownPty`, the simulator and its pty): the host's device disappears. */
  unplug(): Promise<void>;
  /** Starts socat again on the same paths (with `ownPty`, a new pty), and a fresh simulator. */
  replug(): Promise<void>;
  stop(): Promise<void>;
  /** The simulator's process id (while it runs). */
  pid(): number | undefined;
  output: string[];
}

function waitFor(cond: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const t0 = Date.now();
  return new Promise((resolvePromise, reject) => {
    const tick = (): void => {
      if (cond()) return resolvePromise();
      if (Date.now() - t0 > timeoutMs) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(tick, 10);
    };
    tick();
  });
}

const live = new Set<ChildProcessWithoutNullStreams>();
process.on('exit', () => { for (const p of live) p.kill('SIGKILL'); });

function track(p: ChildProcessWithoutNullStreams): ChildProcessWithoutNullStreams {
  live.add(p);
  p.on('exit', () => live.delete(p));
  return p;
}

async function killProc(p: ChildProcessWithoutNullStreams | undefined): Promise<void> {
  if (!p || p.exitCode !== null || p.signalCode !== null) return;
  await new Promise<void>((res) => {
    p.once('exit', () => res());
    p.kill('SIGTERM');
  });
}

export async function startSim(opts: SimOptions = {}): Promise<Sim> {
  const dir = mkdtempSync(join(tmpdir(), 'bridge-sim-'));
  const hostPath = join(dir, 'host');
  const mcuPath = join(dir, 'mcu');
  const bin = join(opts.next ? join(buildDir, 'next') : buildDir, 'bridge-sim');
  let socat: ChildProcessWithoutNullStreams | undefined;
  let sim: ChildProcessWithoutNullStreams | undefined;
  const output: string[] = [];
  let waiters: Array<{ test: (l: string) => boolean; resolve: (l: string) => void }> = [];

  const startSocat = async (): Promise<void> => {
    socat = track(spawn('socat', [`pty,raw,echo=0,link=${hostPath}`, `pty,raw,echo=0,link=${mcuPath}`]));
    socat.stderr.resume();
    socat.stdout.resume();
    await waitFor(() => existsSync(hostPath) && existsSync(mcuPath), 5000, 'socat ptys');
  };
  const startProgram = async (): Promise<void> => {
    const args = opts.ownPty ? ['--own-pty', hostPath] : ['--pty', mcuPath];
    if (opts.baud) args.push('--baud', String(opts.baud));
    if (opts.clockOffsetUs !== undefined) args.push('--clock-offset-us', String(opts.clockOffsetUs));
    if (opts.clockDriftPpm !== undefined) args.push('--clock-drift-ppm', String(opts.clockDriftPpm));
    if (opts.clockBase) args.push('--clock-base', opts.clockBase);
    if (opts.canPorts) args.push('--can-ports', String(opts.canPorts));
    if (opts.canBitrate !== undefined) args.push('--can-bitrate', String(opts.canBitrate));
    if (opts.canWire) args.push('--can-wire', opts.canWire);
    if (opts.classicOnly) args.push('--classic-only', '1');
    const p = track(opts.fifoPriority === undefined
      ? spawn(bin, args)
      : spawn('prlimit', ['--rttime=200000:500000', 'chrt', '-f', String(opts.fifoPriority), bin, ...args]));
    sim = p;
    let buf = '';
    p.stdout.setEncoding('utf8');
    p.stdout.on('data', (d: string) => {
      buf += d;
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        output.push(line);
        const w = waiters.find((x) => x.test(line));
        if (w) {
          waiters = waiters.filter((x) => x !== w);
          w.resolve(line);
        }
      }
    });
    p.stderr.setEncoding('utf8');
    p.stderr.on('data', (d: string) => output.push(`stderr: ${d}`));
    await next((l) => l.startsWith('ready'), 5000, 'simulator ready');
  };
  const next = (test: (l: string) => boolean, timeoutMs: number, what: string): Promise<string> =>
    new Promise((res, rej) => {
      const w = { test, resolve: (l: string) => { clearTimeout(timer); res(l); } };
      const timer = setTimeout(() => {
        waiters = waiters.filter((x) => x !== w);
        rej(new Error(`timed out waiting for ${what}; simulator said:\n${output.slice(-20).join('\n')}`));
      }, timeoutMs);
      waiters.push(w);
    });

  if (!opts.ownPty) await startSocat();
  await startProgram();

  const sendLine = (line: string): Promise<string> => {
    const verb = line.trim().split(/\s+/)[0]!;
    const answer = next((l) => l === `ok ${verb}` || l.startsWith(`err ${verb}`) || (verb === 'stats' && l.startsWith('stats ')), 5000, `answer to ${line}`);
    sim!.stdin.write(`${line}\n`);
    return answer.then((l) => {
      if (l.startsWith('err')) throw new Error(`simulator: ${l}`);
      return l;
    });
  };

  return {
    hostPath,
    dir,
    output,
    pid: () => sim?.pid,
    command: sendLine,
    async stats() {
      const l = await sendLine('stats');
      return JSON.parse(l.slice('stats '.length)) as Record<string, number | boolean>;
    },
    event(name: string, timeoutMs = 30_000) {
      return next((l) => l.startsWith(`event ${name}`), timeoutMs, `event ${name}`);
    },
    async unplug() {
      await killProc(sim);
      await killProc(socat);
      if (opts.ownPty) rmSync(hostPath, { force: true });
      await waitFor(() => !existsSync(hostPath), 2000, 'pty links removed').catch(() => undefined);
    },
    async replug() {
      if (!opts.ownPty) await startSocat();
      await startProgram();
    },
    async stop() {
      if (sim && sim.exitCode === null) sim.stdin.end();
      await killProc(sim);
      await killProc(socat);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Writes the first `seconds` of a candump log to `path` (for `can-replay` and `--model`); returns its frames. */
export function writeLogExcerpt(log: string, seconds: number, path: string): CanFrame[] {
  const text = readFileSync(log, 'utf8');
  const all = parseCandump(text).records.flatMap((r) => (r.kind === 'frame' ? [r.frame] : []));
  const n = all.findIndex((f) => f.timestamp! - all[0]!.timestamp! >= seconds);
  const frames = n < 0 ? all : all.slice(0, n);
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  writeFileSync(path, lines.slice(0, frames.length).join('\n') + '\n');
  return frames;
}

/**
 * `bridge-sim --model`: replays a candump log through the C bridge logic in virtual time;
 * its JSON line (uart_lat_p50_us ... max, frames, overruns, bytes per frame), or the error text.
 */
export function runModel(log: string, baud: number, clockOffsetUs = 0): Record<string, number> | string {
  const args = ['--clock-offset-us', String(clockOffsetUs), '--model', log, '--baud', String(baud)];
  const r = spawnSync(join(buildDir, 'bridge-sim'), args, { encoding: 'utf8' });
  const line = r.stdout.split('\n').find((l) => l.startsWith('{'));
  return r.status === 0 && line !== undefined ? (JSON.parse(line) as Record<string, number>) : `${r.stderr}${r.stdout}`;
}

/**
 * The simulator's `lat-dump`, one row per CAN frame since `lat-reset`, in the order the MCU
 * received them: its MCU-side latency in the board's time, and how late the simulator process
 * wrote its UART frame (microseconds).
 */
export async function simLatDump(sim: Sim, path: string): Promise<Array<{ uartLatUs: number; lateUs: number }>> {
  await sim.command(`lat-dump ${path}`);
  return readFileSync(path, 'utf8').trim().split('\n').map((l) => {
    const [uartLatUs, lateUs] = l.split(' ').map(Number) as [number, number];
    return { uartLatUs, lateUs };
  });
}
