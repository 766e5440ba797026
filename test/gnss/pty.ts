/**
 * Real pseudo-terminal pairs from socat for the serial tests: one end is the "receiver" our
 * feeder writes to, the other the device the serial source opens. Links with stable names
 * (like /dev/serial/by-id) let a test kill socat and bring the same path back.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Why the pty tier cannot run here, or undefined when it can. */
export function ptySkipReason(): string | undefined {
  const r = spawnSync('socat', ['-V'], { stdio: 'ignore' });
  if (r.error !== undefined || r.status !== 0) return 'socat is not installed (Debian package socat): serial pty tests skipped';
  return undefined;
}

export interface PtyPair {
  /** Path our feeder writes receiver bytes to. */
  feedPath: string;
  /** Path the serial source opens (a stable symlink to /dev/pts/N). */
  devicePath: string;
  dir: string;
  /** Kills socat (both ends disappear, as when a USB receiver is unplugged). */
  kill(): Promise<void>;
  /** Starts socat again with the same link names. */
  restart(): Promise<void>;
  /** Kills socat and removes the directory. */
  dispose(): Promise<void>;
}

async function waitFor(cond: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export async function ptyPair(name = 'gnss'): Promise<PtyPair> {
  const dir = mkdtempSync(join(tmpdir(), 'v2x-pty-'));
  const feedPath = join(dir, `${name}-feed`);
  const devicePath = join(dir, name);
  let proc: ChildProcess | undefined;

  const start = async (): Promise<void> => {
    const p = spawn('socat', [`pty,raw,echo=0,link=${feedPath}`, `pty,raw,echo=0,link=${devicePath}`], { stdio: 'ignore' });
    proc = p;
    await waitFor(() => existsSync(feedPath) && existsSync(devicePath), `socat links in ${dir}`);
  };
  const kill = async (): Promise<void> => {
    const p = proc;
    proc = undefined;
    if (p === undefined || p.exitCode !== null || p.signalCode !== null) return;
    const exited = new Promise<void>((r) => p.once('exit', () => r()));
    p.kill('SIGTERM');
    await exited;
    // socat removes its links on exit; wait so a restart does not race with it.
    await waitFor(() => !existsSync(devicePath) && !existsSync(feedPath), 'socat links to go away').catch(() => undefined);
  };
  await start();
  return {
    feedPath, devicePath, dir, kill,
    restart: start,
    dispose: async () => {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Opens the feed end for writing. */
export async function openFeed(p: PtyPair): Promise<FileHandle> {
  return open(p.feedPath, 'w');
}
