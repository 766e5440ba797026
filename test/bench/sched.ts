/** The machine's scheduling as the latency lines see it: steal time, and the SCHED_FIFO runs. */
import { readFileSync } from 'node:fs';
import { RealtimeError, setNormalScheduling, setRealtimePriority } from '../../src/loop/realtime.js';

/**
 * The kernel's steal time so far, all CPUs, in ms (the 8th field of the `cpu` line of
 * /proc/stat, in USER_HZ ticks): time a virtual CPU wanted to run and the hypervisor ran
 * something else. NaN where the kernel does not report it.
 */
export function stealMs(): number {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/);
    return cpu.length > 8 ? (Number(cpu[8]) * 1000) / 100 : NaN;
  } catch {
    return NaN;
  }
}

/** Starts counting steal time; the function returned gives the ms stolen per second since. */
export function stealMeter(): () => number {
  const s0 = stealMs();
  const t0 = performance.now();
  return () => Number(((stealMs() - s0) / ((performance.now() - t0) / 1000)).toFixed(2));
}

/** The loop's thread priority of `run --realtime` in the `.fifo` lines. */
export const FIFO_PRIORITY = 50;

/**
 * Runs `fn` with this process's main thread (the event loop) under SCHED_FIFO, as
 * `run --realtime` does, then back to normal; where that is refused, says why instead.
 */
export async function underFifo<T extends object>(fn: () => Promise<T>): Promise<T | { skipped: string }> {
  try {
    setRealtimePriority(FIFO_PRIORITY);
  } catch (e) {
    if (e instanceof RealtimeError) return { skipped: e.message };
    throw e;
  }
  try {
    return await fn();
  } finally {
    setNormalScheduling();
  }
}
