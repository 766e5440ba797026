/**
 * One conformance suite for every GnssSource implementation (replay, serial, gpsd, and any
 * other, such as a firmware-bridge source): it checks the rules written in hal/gnss/types.ts,
 * not the content of the fixes. A factory gives an unopened source whose input, once `feed()`
 * is called, is a real log that yields at least `minFixes` fixes.
 */
import { describe, expect, it, type TestContext } from 'vitest';
import type { GnssFix, GnssLinkState, GnssSource } from '../../hal/gnss/types.js';

export interface SourceUnderTest {
  source: GnssSource;
  /** Starts the input (writes the log into the pty, starts gpsfake...); resolves when all is sent. */
  feed(): Promise<void>;
  /** Fixes the input yields at least. */
  minFixes: number;
  staleAfterMs: number;
  dispose(): Promise<void>;
}

export type SourceFactory = (ctx: TestContext) => Promise<SourceUnderTest>;

async function waitUntil(cond: () => boolean, timeoutMs: number): Promise<void> {
  const t0 = Date.now();
  while (!cond() && Date.now() - t0 < timeoutMs) await new Promise((r) => setTimeout(r, 20));
}

export function gnssSourceContract(name: string, make: SourceFactory, opts: { skip?: string; timeoutMs?: number } = {}): void {
  const timeoutMs = opts.timeoutMs ?? 60_000;
  if (opts.skip !== undefined) process.stdout.write(`[gnss] contract of ${name} skipped: ${opts.skip}\n`);
  describe.skipIf(opts.skip !== undefined)(`GnssSource contract: ${name}`, () => {
    it('before open: idle, stale, no fix, zero counters', async (ctx) => {
      const t = await make(ctx);
      ctx.onTestFinished(() => t.dispose());
      const s = t.source;
      expect(s.state).toBe('idle');
      expect(s.stale).toBe(true);
      expect(s.lastFix).toBeUndefined();
      expect(s.age()).toBe(Infinity);
      expect(Object.values(s.counters).every((v) => v === 0)).toBe(true);
      expect(typeof s.name).toBe('string');
    }, timeoutMs);

    it('open, fixes in order to every iterator and listener, close ends iteration', async (ctx) => {
      const t = await make(ctx);
      ctx.onTestFinished(() => t.dispose());
      const s = t.source;
      const states: GnssLinkState[] = [];
      const staleEvents: boolean[] = [];
      const events: GnssFix[] = [];
      s.on('state', (st) => states.push(st));
      s.on('stale', (v) => staleEvents.push(v));
      const onFix = (f: GnssFix): void => { events.push(f); };
      s.on('fix', onFix);
      const a: GnssFix[] = [];
      const b: GnssFix[] = [];
      const runA = (async () => { for await (const f of s) a.push(f); })();
      const runB = (async () => { for await (const f of s) b.push(f); })();

      await s.open();
      expect(s.state).toBe('open');
      expect(states.slice(0, 2)).toEqual(['opening', 'open']);
      await t.feed();
      await waitUntil(() => events.length >= t.minFixes, timeoutMs / 2);
      expect(events.length).toBeGreaterThanOrEqual(t.minFixes);

      // Fresh while fixes arrive; the latest fix and its age follow the injected clock.
      expect(s.stale).toBe(false);
      expect(staleEvents[0]).toBe(false);
      expect(s.lastFix).toBe(events[events.length - 1]);
      expect(s.age()).toBeGreaterThanOrEqual(0);

      // Every fix is stamped, named and ordered.
      for (let i = 0; i < events.length; i++) {
        const f = events[i]!;
        expect(f.source).toBe(s.name);
        expect(Number.isFinite(f.rxTime) && Number.isFinite(f.rxMonotonic)).toBe(true);
        if (i > 0) expect(f.rxMonotonic).toBeGreaterThanOrEqual(events[i - 1]!.rxMonotonic);
        if (i > 0 && f.time !== undefined && events[i - 1]!.time !== undefined) expect(f.time).toBeGreaterThan(events[i - 1]!.time!);
        expect(typeof f.valid).toBe('boolean');
      }
      expect(s.counters.fixes).toBe(events.length);
      expect(s.counters.bytes).toBeGreaterThan(0);

      // off() detaches a listener.
      s.off('fix', onFix);
      const seen = events.length;

      await s.close();
      await runA;
      await runB;
      expect(s.state).toBe('closed');
      expect(s.stale).toBe(true);
      expect(states[states.length - 1]).toBe('closed');
      // Both iterators saw exactly what the listener saw while attached (plus any later fixes).
      expect(a.slice(0, seen)).toEqual(events);
      expect(b).toEqual(a);
      // After close: close again is fine, new iterators end at once.
      await s.close();
      const late = await s[Symbol.asyncIterator]().next();
      expect(late.done).toBe(true);
    }, timeoutMs);

    it('goes stale when fixes stop, without an error', async (ctx) => {
      const t = await make(ctx);
      ctx.onTestFinished(() => t.dispose());
      const s = t.source;
      const staleEvents: boolean[] = [];
      s.on('stale', (v) => staleEvents.push(v));
      await s.open();
      await t.feed();
      await waitUntil(() => s.counters.fixes >= t.minFixes, timeoutMs / 2);
      // The input has been sent: no more fixes come, so the source turns stale.
      await waitUntil(() => s.stale, t.staleAfterMs * 4);
      expect(s.stale).toBe(true);
      expect(staleEvents.slice(0, 2)).toEqual([false, true]);
      // Stale after staleAfterMs without a fix, or at once when the input ended for good.
      expect(s.age() >= t.staleAfterMs || s.state === 'ended').toBe(true);
      await s.close();
    }, timeoutMs);
  });
}
