/**
 * The gpsd client against Debian's gpsd, fed by gpsfake with the same real logs: its fixes
 * agree with our own parse of the log (time exact, position within 1e-7 deg, accuracy present
 * and equal wherever the receiver sent GST). A gpsd that goes away and comes back is
 * reconnected. Every test stops its gpsfake and gpsd and checks nothing is left.
 */
import { describe, expect, it, type TestContext } from 'vitest';
import { GpsdGnssSource } from '../../hal/gnss/gpsd.js';
import type { GnssFix } from '../../hal/gnss/types.js';
import { PRIMARY_LOGS, fixturePath, offlineParse, receiverBytes, recordEvents } from './fixtures.js';
import { freePort, gpsdPidsForPort, gpsdSkipReason, startGpsfake, type Gpsfake } from './gpsd-harness.js';

const skip = gpsdSkipReason();
if (skip !== undefined) process.stdout.write(`[gnss] ${skip}\n`);

async function gpsfake(ctx: TestContext, file: string, opts: { port?: number } = {}): Promise<Gpsfake> {
  const g = await startGpsfake(fixturePath(file), { cycle: 0.005, ...opts });
  ctx.onTestFinished(async () => {
    await g.stop();
    expect(gpsdPidsForPort(g.port)).toEqual([]);
  });
  return g;
}

async function until(cond: () => boolean, timeoutMs: number, quietMs = 4000, progress: () => number = () => 0): Promise<void> {
  const t0 = Date.now();
  let last = progress();
  let lastChange = Date.now();
  while (!cond()) {
    const p = progress();
    if (p !== last) {
      last = p;
      lastChange = Date.now();
    }
    if (Date.now() - t0 > timeoutMs || Date.now() - lastChange > quietMs) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.skipIf(skip !== undefined)('gpsd client against gpsd + gpsfake', () => {
  describe.concurrent('agrees with our serial parse of the same log', () => {
    for (const log of PRIMARY_LOGS) {
      it(`${log.receiver}`, async (ctx) => {
        const offline = offlineParse(receiverBytes(log.file)).fixes;
        const g = await gpsfake(ctx, log.file);
        const source = new GpsdGnssSource({ port: g.port, staleAfterMs: 10_000 });
        ctx.onTestFinished(() => source.close());
        const fixes: GnssFix[] = [];
        source.on('fix', (f) => fixes.push(f));
        await source.open();
        const lastTime = offline[offline.length - 1]!.time;
        await until(() => fixes.some((f) => f.time === lastTime), 90_000, 4000, () => fixes.length);
        await source.close();

        const byTime = new Map(offline.map((f) => [f.time, f]));
        let matched = 0;
        let withoutTime = 0;
        for (const f of fixes) {
          expect(f.protocol).toBe('gpsd');
          if (f.time === undefined) {
            withoutTime++;
            continue;
          }
          const o = byTime.get(f.time);
          if (o === undefined) expect.fail(`gpsd fix at ${new Date(f.time).toISOString()} is not an epoch of the log`);
          matched++;
          expect(Math.abs(f.lat! - o.lat!)).toBeLessThanOrEqual(1e-7);
          expect(Math.abs(f.lon! - o.lon!)).toBeLessThanOrEqual(1e-7);
          // gpsd settles its mode and status after the first epoch (it has not seen GSA or the
          // RTK flags yet); from the second on they agree.
          if (matched > 1) {
            expect(f.quality).toBe(o.quality);
            expect(f.mode).toBe(o.mode);
            expect(f.valid).toBe(o.valid);
            if (o.altHae !== undefined) expect(Math.abs(f.altHae! - o.altHae)).toBeLessThan(1e-3);
          }
          if (o.speed !== undefined) expect(Math.abs(f.speed! - o.speed)).toBeLessThanOrEqual(5e-4 + 1e-9);
          if (o.accuracy?.source.startsWith('nmea-gst')) {
            // Accuracy present where GST is, and the same ellipse.
            expect(f.accuracy?.source).toMatch(/^gpsd-gst/);
            expect(f.accuracy!.semiMajor).toBeCloseTo(o.accuracy.semiMajor, 3);
            expect(f.accuracy!.semiMinor).toBeCloseTo(o.accuracy.semiMinor, 3);
            expect(f.accuracy!.orientation).toBeCloseTo(o.accuracy.orientation, 3);
            expect(f.verticalAccuracy).toBeCloseTo(o.verticalAccuracy!, 3);
          }
        }
        // gpsd reports at most one epoch before it knows the date, and at 10 Hz it may drop one.
        expect(withoutTime).toBeLessThanOrEqual(1);
        expect(matched).toBeGreaterThanOrEqual(offline.length - 2);
        if (log.gst) expect(fixes.filter((f) => f.accuracy?.source.startsWith('gpsd-gst')).length).toBeGreaterThanOrEqual(offline.length - 2);
        expect(source.counters.malformed).toBe(0);
        expect(source.counters.invalidValues).toBe(0);
        // gpsfake paces packet by packet, so a cycle's reports can straddle the idle timer
        // before the cycle ender is learned: at most a report or two arrive late.
        expect(source.counters.late).toBeLessThanOrEqual(2);
      }, 120_000);
    }
  });

  it('a gpsd that is restarted is reconnected with backoff; stale meanwhile; fixes resume', async (ctx) => {
    const port = await freePort();
    const first = await gpsfake(ctx, 'gpsd_ublox-zed-f9p-nmea.log', { port });
    const source = new GpsdGnssSource({ host: '127.0.0.1', port, staleAfterMs: 1500, reconnect: { initialMs: 100, maxMs: 400 } });
    ctx.onTestFinished(() => source.close());
    const { states, stale, fixes } = recordEvents(source);
    await source.open();
    await until(() => fixes.length >= 3, 30_000, 10_000, () => fixes.length);
    expect(fixes.length).toBeGreaterThanOrEqual(3);

    await first.stop();
    await until(() => source.state === 'reconnecting', 5000);
    expect(source.state).toBe('reconnecting');
    expect(source.stale).toBe(true);
    const before = fixes.length;

    await gpsfake(ctx, 'gpsd_ublox-zed-f9p-nmea.log', { port });
    await until(() => fixes.length >= before + 3, 30_000, 10_000, () => fixes.length);
    expect(fixes.length).toBeGreaterThanOrEqual(before + 3);
    expect(source.state).toBe('open');
    expect(source.stale).toBe(false);
    expect(source.counters.reopens).toBeGreaterThanOrEqual(1);
    expect(states.slice(0, 2)).toEqual(['opening', 'open']);
    expect(states).toContain('reconnecting');
    expect(stale.slice(0, 3)).toEqual([false, true, false]);
  }, 90_000);

  it('with no gpsd listening, open() resolves and the source keeps retrying', async (ctx) => {
    const port = await freePort();
    const source = new GpsdGnssSource({ port, reconnect: { initialMs: 50, maxMs: 100 } });
    ctx.onTestFinished(() => source.close());
    const details: (string | undefined)[] = [];
    source.on('state', (s, d) => { if (s === 'reconnecting') details.push(d); });
    await source.open();
    expect(source.state).toBe('reconnecting');
    await new Promise((r) => setTimeout(r, 400));
    expect(details.length).toBeGreaterThanOrEqual(3);
    expect(details[0]).toMatch(/ECONNREFUSED/);
    await source.close();
    expect(source.state).toBe('closed');
  });
});
