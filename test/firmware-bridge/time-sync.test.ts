/** The time sync estimator on synthetic exchanges with known clocks and queueing delays. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TimeSync } from '../../firmware-bridge/host/time-sync.js';
import { seededRandom as rng } from '../../src/rsu/emulator.js';

interface World { offsetUs: number; driftPpm: number }
const mcuAt = (w: World, hostUs: number): number => w.offsetUs + hostUs * (1 + w.driftPpm * 1e-6);

/** One exchange at host time `t1`: each leg takes `base` plus exponential queueing with mean `queue`. */
function exchange(w: World, t1: number, r: () => number, base: number, queue: number): { t1: number; t2: number; t3: number; t4: number } {
  const up = base + -Math.log(1 - r()) * queue;
  const turn = 20 + r() * 30;
  const down = base + -Math.log(1 - r()) * queue;
  const t2 = mcuAt(w, t1 + up);
  const t3 = mcuAt(w, t1 + up + turn);
  return { t1, t2, t3, t4: t1 + up + turn + down };
}

describe('time sync estimator', () => {
  it('gives nothing until it has enough samples, then the offset; drift once the window spans 2 s', () => {
    const w = { offsetUs: 5e9, driftPpm: 0 };
    const ts = new TimeSync();
    const r = rng(1);
    for (let i = 0; i < 3; i++) ts.add(exchange(w, 1e6 + i * 25_000, r, 100, 50));
    expect(ts.ready).toBe(false);
    expect(ts.mcuToHost(5e9)).toBeUndefined();
    ts.add(exchange(w, 1.1e6, r, 100, 50));
    expect(ts.ready).toBe(true);
    expect(Math.abs(ts.estimate!.offsetUs - 5e9)).toBeLessThan(100);
    expect(ts.estimate!.driftPpm).toBe(0);
  });

  // Each leg: 150 us plus exponential queueing of mean 300 us (a busy host). Measured over
  // 20,000 worlds: drift error p95 2.1 ppm (max 4.8), mapping error p95 80 us (max 186). The
  // worlds are drawn from a fixed seed, so the test is repeatable.
  it('converges on offset and drift under asymmetric queueing (64 s window at 1 Hz)', () => {
    fc.assert(fc.property(
      fc.integer({ min: -1e12, max: 1e12 }), fc.double({ min: -200, max: 200, noNaN: true }), fc.integer({ min: 1, max: 1e9 }),
      (offsetUs, driftPpm, seed) => {
        const w = { offsetUs, driftPpm };
        const ts = new TimeSync();
        const r = rng(seed);
        let t = 3.6e9;
        for (let i = 0; i < 64; i++, t += 1e6) ts.add(exchange(w, t, r, 150, 300));
        const e = ts.estimate!;
        expect(Math.abs(e.driftPpm - driftPpm)).toBeLessThan(5);
        // Mapping error now, and extrapolated 10 s ahead.
        expect(Math.abs(ts.hostToMcu(t)! - mcuAt(w, t))).toBeLessThan(200);
        expect(Math.abs(ts.mcuToHost(mcuAt(w, t + 1e7))! - (t + 1e7))).toBeLessThan(300);
      },
    ), { numRuns: 200, seed: 20261201 });
  });

  it('rejects impossible samples and starts over after an MCU reset', () => {
    const ts = new TimeSync();
    ts.add({ t1: 100, t2: 5000, t3: 4000, t4: 200 }); // t3 before t2
    ts.add({ t1: 100, t2: 5000, t3: 5100, t4: 150 }); // turnaround longer than the round trip
    expect(ts.rejected).toBe(2);
    const w = { offsetUs: 1e6, driftPpm: 10 };
    const r = rng(7);
    for (let i = 0; i < 10; i++) ts.add(exchange(w, 1e6 + i * 1e5, r, 100, 20));
    expect(ts.ready).toBe(true);
    ts.reset();
    expect(ts.ready).toBe(false);
    expect(ts.estimate).toBeUndefined();
  });
});
