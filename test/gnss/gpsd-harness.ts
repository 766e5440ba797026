/**
 * Debian's gpsd through gpsfake, for the gpsd client tests: gpsfake creates a pty, starts
 * gpsd on a free port and feeds it a log. Each instance runs in its own process group and
 * temp directory and is torn down completely: gpsfake and gpsd stopped, the gpsd control
 * socket removed, and gpsd's shared-memory export segment for that port released.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Why the gpsd tier cannot run here, or undefined when it can. */
export function gpsdSkipReason(): string | undefined {
  for (const [cmd, arg, pkg] of [['gpsfake', '--help', 'gpsd-clients'], ['gpsd', '-V', 'gpsd']] as const) {
    const r = spawnSync(cmd, [arg], { stdio: 'ignore', env: { ...process.env, PATH: `${process.env.PATH ?? ''}:/usr/sbin` } });
    if (r.error !== undefined) return `${cmd} is not installed (Debian package ${pkg}): gpsd tests skipped`;
  }
  return undefined;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a !== null ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

async function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const c = connect({ host: '127.0.0.1', port });
    c.once('connect', () => { c.destroy(); resolve(true); });
    c.once('error', () => resolve(false));
  });
}

/** Live (not zombie) gpsd processes serving `port` (any port when undefined). */
export function gpsdPidsForPort(port: number | undefined): number[] {
  const out: number[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'latin1').split('\0');
      if (!cmd[0]?.endsWith('gpsd')) continue;
      const si = cmd.indexOf('-S');
      if (port !== undefined && (si < 0 || cmd[si + 1] !== String(port))) continue;
      const state = /State:\s+(\S)/.exec(readFileSync(`/proc/${d}/status`, 'latin1'))?.[1];
      if (state !== 'Z') out.push(Number(d));
    } catch {
      // the process went away meanwhile
    }
  }
  return out;
}

/** gpsd's shared-memory export key for a port (gpsfake derives it as 0x4770 + port). */
function shmKey(port: number): string {
  return `0x4770${port.toString(16).padStart(4, '0')}`;
}

function releaseShm(port: number): void {
  const key = shmKey(port);
  const list = spawnSync('ipcs', ['-m'], { encoding: 'utf8' });
  if (list.status === 0 && list.stdout.split('\n').some((l) => l.startsWith(key + ' '))) {
    spawnSync('ipcrm', ['-M', key], { stdio: 'ignore' });
  }
}

/** gpsd's NTP shared-memory segments ("NTP0".."NTP7"), shared by every gpsd on the host. */
const NTP_SHM_KEYS = Array.from({ length: 8 }, (_, i) => `0x4e5450${(0x30 + i).toString(16)}`);

interface ShmRow { key: string; nattch: number }

function shmSegments(): ShmRow[] {
  const list = spawnSync('ipcs', ['-m'], { encoding: 'utf8' });
  if (list.status !== 0) return [];
  return list.stdout.split('\n').map((l) => l.trim().split(/\s+/)).filter((c) => /^0x[0-9a-f]+$/.test(c[0] ?? ''))
    .map((c) => ({ key: c[0]!, nattch: Number(c[5]) }));
}

/**
 * Removes gpsd's NTP segments once no gpsd runs on this host any more and nothing is
 * attached to them (gpsd creates them and never removes them).
 */
export function releaseNtpShmIfUnused(): void {
  if (gpsdPidsForPort(undefined).length > 0) return;
  for (const r of shmSegments()) {
    if (NTP_SHM_KEYS.includes(r.key) && r.nattch === 0) spawnSync('ipcrm', ['-M', r.key], { stdio: 'ignore' });
  }
}

export interface Gpsfake {
  port: number;
  proc: ChildProcess;
  /** Stops gpsfake and gpsd and removes what they left. Idempotent. */
  stop(): Promise<void>;
}

export interface GpsfakeOptions {
  /** Port to serve on (default: a free one). */
  port?: number;
  /** Seconds between packets (gpsfake -c). */
  cycle: number;
}

/**
 * Starts `gpsfake -p -1 -n` on a log. With `-p` gpsfake attaches its own client and waits
 * 1.4 s before feeding, so a client that connects as soon as the port answers sees the log
 * from its first sentence. Resolves once the port accepts connections.
 */
export async function startGpsfake(logPath: string, opts: GpsfakeOptions): Promise<Gpsfake> {
  const port = opts.port ?? await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'v2x-gpsfake-'));
  const proc = spawn('gpsfake', ['-p', '-1', '-n', '-q', '-P', String(port), '-c', String(opts.cycle), logPath], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, TMPDIR: dir, PATH: `${process.env.PATH ?? ''}:/usr/sbin` },
  });
  let stderr = '';
  proc.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    // gpsd first, gracefully, so it releases what it holds; then gpsfake and its group.
    for (const pid of gpsdPidsForPort(port)) {
      try { process.kill(pid, 'SIGTERM'); } catch { /* gone */ }
    }
    const exited = proc.exitCode !== null || proc.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((r) => proc.once('exit', () => r()));
    try { process.kill(-proc.pid!, 'SIGTERM'); } catch { /* gone */ }
    const timer = setTimeout(() => {
      try { process.kill(-proc.pid!, 'SIGKILL'); } catch { /* gone */ }
    }, 1500);
    await exited;
    clearTimeout(timer);
    for (let i = 0; i < 100 && gpsdPidsForPort(port).length > 0; i++) await new Promise((r) => setTimeout(r, 20));
    for (const pid of gpsdPidsForPort(port)) {
      try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
    }
    releaseShm(port);
    releaseNtpShmIfUnused();
    rmSync(dir, { recursive: true, force: true });
  };
  const t0 = Date.now();
  while (!(await canConnect(port))) {
    if (proc.exitCode !== null || Date.now() - t0 > 15_000) {
      await stop();
      throw new Error(`gpsfake did not serve port ${port}: ${stderr.trim()}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return { port, proc, stop };
}
