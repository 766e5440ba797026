/**
 * `run --realtime PRIO`: the loop's thread (the main thread: its id is the pid) under
 * SCHED_FIFO, V8's and libuv's other threads left at normal priority, as the kernel reports
 * them in /proc while the command runs; a refusal (no CAP_SYS_NICE) stops the command with a
 * message that says what is missing. Asking for a real-time priority needs CAP_SYS_NICE:
 * where the tests run without it, the granted case is skipped with a notice and only the
 * refusal is tested.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createSocket } from 'node:dgram';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RealtimeError, schedulingOf, setNormalScheduling, setRealtimePriority } from '../../src/loop/realtime.js';
import { repoRoot, runCli, startCli } from './run-cli.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Why SCHED_FIFO cannot be granted here (a throwaway process is tried), or undefined. */
function fifoSkipReason(): string | undefined {
  const child = spawn('sleep', ['5']);
  try {
    const r = spawnSync('chrt', ['-f', '-p', '1', String(child.pid)], { encoding: 'utf8' });
    if (r.error) return `chrt (util-linux) is missing: ${r.error.message}`;
    if (r.status !== 0) return `SCHED_FIFO is refused here (${r.stderr.trim()}): the granted case is skipped`;
    return undefined;
  } finally {
    child.kill('SIGKILL');
  }
}
const skip = fifoSkipReason();
if (skip) process.stdout.write(`\n[SKIPPED] run --realtime granted: ${skip}\n`);

describe('real-time scheduling of the loop thread', () => {
  it('reads a thread\'s policy and priority from /proc, as chrt reports them', () => {
    const child = spawn('sleep', ['5']);
    try {
      for (const [flag, policy, priority] of [['-o', 'SCHED_OTHER', 0], ['-b', 'SCHED_BATCH', 0], ['-i', 'SCHED_IDLE', 0]] as const) {
        expect(spawnSync('chrt', [flag, '-p', '0', String(child.pid)]).status).toBe(0);
        const said = spawnSync('chrt', ['-p', String(child.pid)], { encoding: 'utf8' }).stdout;
        expect(said).toContain(`policy: ${policy}`);
        expect(schedulingOf(child.pid!)).toEqual({ policy, priority });
      }
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('refuses a priority outside 1-99 before asking the kernel', () => {
    for (const p of [0, 100, 1.5, Number.NaN]) expect(() => setRealtimePriority(p)).toThrow(RealtimeError);
    expect(() => setRealtimePriority(0)).toThrow('real-time priority must be an integer from 1 to 99, not 0');
  });

  it.skipIf(skip !== undefined)('sets SCHED_FIFO on one thread and back, as the kernel then reports', () => {
    const child = spawn('sleep', ['5']);
    try {
      expect(setRealtimePriority(37, child.pid!)).toEqual({ policy: 'SCHED_FIFO', priority: 37 });
      expect(schedulingOf(child.pid!)).toEqual({ policy: 'SCHED_FIFO', priority: 37 });
      // Reset on fork: what it starts runs at normal priority.
      expect(spawnSync('chrt', ['-p', String(child.pid)], { encoding: 'utf8' }).stdout).toMatch(/SCHED_FIFO\|SCHED_RESET_ON_FORK/);
      expect(setNormalScheduling(child.pid!)).toEqual({ policy: 'SCHED_OTHER', priority: 0 });
    } finally {
      child.kill('SIGKILL');
    }
  });

  it.skipIf(skip !== undefined)('run --realtime 20: the main thread is SCHED_FIFO 20 while the BSMs go out, every other thread as it was started; the summary says so', async () => {
    const sock = createSocket('udp4');
    let got = 0;
    sock.on('message', () => got++);
    await new Promise<void>((r) => sock.bind(0, '127.0.0.1', () => r()));
    const cli = startCli(['run', '--realtime', '20', '--duration', '3', '--quiet', '--udp', `127.0.0.1:${sock.address().port}`]);
    try {
      const pid = cli.child.pid!;
      const t0 = Date.now();
      while (got < 5 && Date.now() - t0 < 20_000) await sleep(20); // BSMs flowing: set-up is over
      const threads = readdirSync(`/proc/${pid}/task`).map(Number);
      const main = schedulingOf(pid);
      const others = threads.filter((t) => t !== pid).map((t) => schedulingOf(t));
      const r = await cli.result;
      expect(r.code, r.stderr).toBe(0);
      expect(main).toEqual({ policy: 'SCHED_FIFO', priority: 20 });
      expect(others.length).toBeGreaterThanOrEqual(4); // V8 platform workers, libuv's pool
      // They keep what they were started with: the policy of the thread that started the command.
      const inherited = schedulingOf('thread-self');
      expect(inherited.policy).not.toBe('SCHED_FIFO');
      for (const o of others) expect(o).toEqual(inherited);
      expect(r.stderr).toContain("  scheduling: SCHED_FIFO 20 (the loop's thread)\n");
      expect(got).toBeGreaterThanOrEqual(20);
    } finally {
      sock.close();
      if (cli.child.exitCode === null) cli.child.kill('SIGKILL');
    }
  }, 40_000);

  it('run --realtime without the right to it stops at once, saying what is missing (CAP_SYS_NICE dropped, rtprio limit 0)', async () => {
    const r = spawnSync('setpriv', ['--bounding-set=-sys_nice', 'prlimit', '--rtprio=0:0', process.execPath, '--import', 'tsx', join(repoRoot, 'src', 'cli', 'main.ts'), 'run', '--realtime', '10', '--duration', '1', '--quiet'], { cwd: repoRoot, encoding: 'utf8', timeout: 30_000 });
    if (r.error) throw new Error(`setpriv or prlimit (util-linux) did not run: ${r.error.message}`);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/^v2x-edge run: --realtime 10: real-time priority refused: .*Operation not permitted \(needs CAP_SYS_NICE or an rtprio limit/m);
  });

  it('run --realtime 0 is a configuration error that names the field', async () => {
    const r = await runCli(['run', '--realtime', '0', '--duration', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('options.realtimePriority: must be an integer from 1 to 99, got 0');
  });
});
