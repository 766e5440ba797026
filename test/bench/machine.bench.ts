/**
 * What the machine itself allows, the anchor for the latency lines (as `openssl speed` is for
 * the signing rates): no product code runs here.
 * - machine.wake.10Hz: how late a sleeping thread wakes, at the BSM's 10 Hz for 60 s (600
 *   wake-ups, as many as BSMs in loop.tickToSend.p99), measured by `cyclictest` (rt-tests, the
 *   usual tool for this) at normal priority, as the product runs. Skipped without it.
 * - machine.stalls.busy: a thread that never sleeps, reading the clock for 10 s: every gap
 *   over 100 us is time the CPU was taken from it (by the hypervisor on a virtual machine:
 *   `stealMsPerS`, the kernel's steal time over the same seconds, for both CPUs).
 * A tick-to-send p99 target can only hold where these are well under it.
 */
import { spawnSync } from 'node:child_process';
import type { BenchCase } from './harness.js';
import { stealMeter } from './sched.js';

function wake10Hz(): Record<string, number | string> {
  const seconds = Number(process.env.MACHINE_BENCH_WAKE_SECONDS ?? 60);
  const steal = stealMeter();
  const r = spawnSync('cyclictest', ['-q', '-t', '1', '-i', '100000', '-D', String(seconds), '-h', '20000'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return { skipped: `cyclictest (Debian package rt-tests) did not run: ${r.error?.message ?? r.stderr.trim()}` };
  const hist: [number, number][] = [];
  for (const line of r.stdout.split('\n')) {
    const m = /^(\d+)\s+(\d+)/.exec(line);
    if (m && Number(m[2]) > 0) hist.push([Number(m[1]), Number(m[2])]);
  }
  const n = hist.reduce((a, [, c]) => a + c, 0);
  const at = (p: number): number => {
    let seen = 0;
    for (const [us, c] of hist) if ((seen += c) >= Math.ceil(n * p)) return us;
    return NaN;
  };
  const field = (name: string): number => Number(new RegExp(`^# ${name} Latencies: (\\d+)`, 'm').exec(r.stdout)?.[1] ?? NaN);
  return {
    wakeups: n,
    p50us: at(0.5),
    p99us: at(0.99),
    maxUs: field('Max'),
    avgUs: field('Avg'),
    over1ms: hist.filter(([us]) => us >= 1000).reduce((a, [, c]) => a + c, 0),
    overflows: Number(/^# Histogram Overflows: (\d+)/m.exec(r.stdout)?.[1] ?? 0),
    stealMsPerS: steal(),
  };
}

function busyStalls(): Record<string, number | string> {
  const seconds = 10;
  const steal = stealMeter();
  const t0 = performance.now();
  let last = t0;
  let over100 = 0;
  let over1ms = 0;
  let lost = 0;
  let max = 0;
  for (;;) {
    const t = performance.now();
    const gap = t - last;
    last = t;
    if (gap > 0.1) {
      over100++;
      lost += gap;
      if (gap > 1) over1ms++;
      if (gap > max) max = gap;
    }
    if (t - t0 > seconds * 1000) break;
  }
  return {
    seconds,
    stallsOver100usPerS: Number((over100 / seconds).toFixed(1)),
    stallsOver1msPerS: Number((over1ms / seconds).toFixed(2)),
    lostMsPerS: Number((lost / seconds).toFixed(2)),
    maxMs: Number(max.toFixed(3)),
    stealMsPerS: steal(),
  };
}

export const benches: BenchCase[] = [
  { name: 'machine.wake.10Hz', anchor: 'cyclictest, 100 ms interval, normal priority: the floor under loop.tickToSend (wake stage)', measure: async () => wake10Hz() },
  { name: 'machine.stalls.busy', anchor: 'a busy thread, 10 s: CPU taken away mid-work (any stage of a BSM can be hit)', measure: async () => busyStalls() },
];
