/**
 * The real-time clock's precise timer (the one the BSM engine schedules transmissions on):
 * it never fires before its due time, a cancel during its final wait holds, and I/O goes on
 * while it waits. No speed is asserted here (that is `npm run bench`).
 */
import { describe, expect, it } from 'vitest';
import { ScaledClock, SystemClock } from '../../hal/clock.js';

describe('SystemClock precise timers', () => {
  it('fire once, never before the due time', async () => {
    const clock = new SystemClock();
    for (const ms of [0.5, 3, 7, 20]) {
      const t0 = performance.now();
      const firedAt = await new Promise<number>((resolve) => clock.setTimeout(() => resolve(performance.now()), ms, true));
      expect(firedAt - t0).toBeGreaterThanOrEqual(ms);
    }
  });

  it('a cancel in the last milliseconds (the sleeping phase) holds', async () => {
    const clock = new SystemClock();
    // Wake-up is 2 ms before the due time: cancel in between. A stall of this machine can
    // delay the cancel past the due time; such an attempt proves nothing and is repeated.
    let held = 0;
    for (let attempt = 0; attempt < 50 && held === 0; attempt++) {
      let fired = 0;
      const due = performance.now() + 5;
      const t = clock.setTimeout(() => fired++, 5, true);
      await new Promise((r) => setTimeout(r, 3.5));
      const cancelledAt = performance.now();
      t.cancel();
      await new Promise((r) => setTimeout(r, 20));
      if (cancelledAt >= due) continue;
      expect(fired).toBe(0);
      held++;
    }
    expect(held).toBe(1);
  });

  it('I/O callbacks run while a precise timer waits out its last milliseconds', async () => {
    const clock = new SystemClock();
    // setImmediate callbacks stand for I/O: they must interleave with the final wait. A timer
    // that held the event loop for its last 2 ms would let at most one through in that window
    // on every attempt; a stall of this machine can do the same, hence the best of up to ten.
    const attempt = async (): Promise<number> => {
      const seen: number[] = [];
      const due = performance.now() + 10;
      const done = new Promise<void>((resolve) => clock.setTimeout(() => resolve(), 10, true));
      const tick = (): void => {
        seen.push(performance.now());
        if (performance.now() < due) setImmediate(tick);
      };
      setImmediate(tick);
      await done;
      return seen.filter((t) => t >= due - 2 && t < due).length;
    };
    const counts: number[] = [];
    while (counts.length < 10 && Math.max(0, ...counts) <= 2) counts.push(await attempt());
    expect(Math.max(...counts)).toBeGreaterThan(2);
  });

  it('a scaled clock\'s precise timer waits the scaled real time', async () => {
    const clock = new ScaledClock(0, 4);
    const t0 = performance.now();
    await new Promise<void>((resolve) => clock.setTimeout(() => resolve(), 20, true));
    expect(performance.now() - t0).toBeGreaterThanOrEqual(5);
  });
});
