/**
 * The serial source on real pseudo-terminals (socat), fed with the real receiver logs at their
 * recorded rate: what it yields equals the offline parse of the same bytes. A pty that
 * disappears is reopened and fixes resume. The RAV4 drive through a pty matches comma's fixes.
 *
 * By default each log plays its first 10 s at the recorded rate and then whole at 10x;
 * GNSS_PTY_FULL=1 plays every log whole at the recorded rate.
 */
import { describe, expect, it, type TestContext, vi } from 'vitest';
import { SystemClock } from '../../hal/clock.js';
import { planReplay, runReplay, type ReplayChunk } from '../../hal/gnss/replay.js';
import { SerialGnssSource } from '../../hal/gnss/serial.js';
import type { GnssFix } from '../../hal/gnss/types.js';
import { PRIMARY_LOGS, content, offlineParse, rav4Rows, rawLog, receiverBytes, recordEvents } from './fixtures.js';
import { openFeed, ptyPair, ptySkipReason, type PtyPair } from './pty.js';

const skip = ptySkipReason();
if (skip !== undefined) process.stdout.write(`[gnss] ${skip}\n`);
const FULL = process.env.GNSS_PTY_FULL === '1';
const WINDOW_MS = FULL ? Infinity : 10_000;

/** Cleanup for one test: the tests below run concurrently, so hooks come from their own context. */
function cleanup(ctx: TestContext, fn: () => Promise<void>): void {
  ctx.onTestFinished(async () => { await fn().catch(() => undefined); });
}

function concat(chunks: readonly ReplayChunk[]): Uint8Array {
  return new Uint8Array(Buffer.concat(chunks.map((c) => c.bytes)));
}

interface Run {
  fixes: GnssFix[];
  source: SerialGnssSource;
  pair: PtyPair;
}

/** Opens a serial source on a fresh pty pair and plays `chunks` into it. */
async function playThroughPty(ctx: TestContext, chunks: readonly ReplayChunk[], speed: number): Promise<Run> {
  const pair = await ptyPair();
  const source = new SerialGnssSource({ path: pair.devicePath, baudRate: 115200, staleAfterMs: 5000 });
  cleanup(ctx, () => pair.dispose());
  cleanup(ctx, () => source.close());
  const fixes: GnssFix[] = [];
  const iterated = (async () => {
    for await (const f of source) fixes.push(f);
  })();
  await source.open();
  expect(source.state).toBe('open');
  const feed = await openFeed(pair);
  await runReplay(chunks, async (b) => { await feed.write(b); }, { clock: new SystemClock(), speed });
  // The last epoch is completed by the idle timer (100 ms of silence). On a loaded machine the
  // reads lag the writes: wait until the offline parse's count of fixes is in (up to 10 s).
  const expected = offlineParse(concat(chunks)).fixes.length;
  await vi.waitUntil(() => fixes.length >= expected, { timeout: 10_000, interval: 50 }).catch(() => undefined);
  await new Promise((r) => setTimeout(r, 400));
  await feed.close();
  await source.close();
  await iterated;
  return { fixes, source, pair };
}

describe.skipIf(skip !== undefined)('serial source on socat ptys with the real logs', () => {
  describe.concurrent('at the recorded rate', () => {
    for (const log of PRIMARY_LOGS) {
      it(`${log.receiver} (${log.rateHz} Hz): yields the offline parse of the same bytes`, async (ctx) => {
        const plan = planReplay(rawLog(log.file), { comments: true, maxGapMs: 2000 });
        const window = plan.filter((c) => c.at <= WINDOW_MS);
        const { fixes, source } = await playThroughPty(ctx, window, 1);
        const offline = offlineParse(concat(window));
        expect(offline.fixes.length).toBeGreaterThan(5);
        expect(fixes.map(content)).toEqual(offline.fixes.map(content));
        expect(source.counters).toEqual(offline.counters);
        // Delivered at the receiver's pace: the median gap between fixes is one epoch.
        const gaps = fixes.slice(1).map((f, i) => f.rxMonotonic - fixes[i]!.rxMonotonic).sort((a, b) => a - b);
        const median = gaps[Math.floor(gaps.length / 2)]!;
        expect(median).toBeGreaterThan((1000 / log.rateHz) * 0.6);
        expect(median).toBeLessThan((1000 / log.rateHz) * 1.4);
      }, 120_000);
    }
  });

  describe.concurrent('whole logs at 10x', () => {
    for (const log of PRIMARY_LOGS) {
      it.skipIf(FULL)(`${log.receiver}: every fix of the log`, async (ctx) => {
        const plan = planReplay(rawLog(log.file), { comments: true, maxGapMs: 2000 });
        const { fixes } = await playThroughPty(ctx, plan, 10);
        const offline = offlineParse(receiverBytes(log.file));
        expect(fixes.map(content)).toEqual(offline.fixes.map(content));
      }, 120_000);
    }
  });

  it('the RAV4 drive through a pty: fixes match comma\'s recorded u-blox fixes', async (ctx) => {
    const plan = planReplay(rawLog('toyota_rav4_2017_comma2k19_seg40_ublox_derived.nmea'));
    const { fixes } = await playThroughPty(ctx, plan, FULL ? 1 : 10);
    const rows = rav4Rows();
    expect(rows).toHaveLength(579);
    expect(fixes).toHaveLength(579);
    rows.forEach((row, i) => {
      const f = fixes[i]!;
      // The NMEA was written with times rounded to 10 ms, 7 decimals of minutes, 3 of knots, 0.1 m MSL.
      expect(Math.abs(f.time! - row.fixMs)).toBeLessThanOrEqual(5);
      expect(f.lat).toBeCloseTo(row.lat, 8);
      expect(f.lon).toBeCloseTo(row.lon, 8);
      expect(Math.abs(f.speed! - row.speed)).toBeLessThan(3e-4);
      expect(Math.abs(f.course! - row.bearing)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(f.altHae! - row.altHae)).toBeLessThanOrEqual(0.05 + 1e-9);
      expect(f).toMatchObject({ valid: true, quality: 'gps', mode: '3d', protocol: 'nmea' });
    });
    // Moving: 7.8 m/s at the start, up to 20 m/s on the way.
    expect(fixes[0]!.speed).toBeCloseTo(7.823, 2);
    expect(Math.max(...fixes.map((f) => f.speed!))).toBeCloseTo(20.058, 2);
  }, 120_000);

  it('a pty that disappears is reopened with backoff; the source is stale meanwhile; fixes resume', async (ctx) => {
    const pair = await ptyPair('by-id-gnss');
    const source = new SerialGnssSource({ path: pair.devicePath, baudRate: 38400, staleAfterMs: 1500, reconnect: { initialMs: 50, maxMs: 400 } });
    cleanup(ctx, () => pair.dispose());
    cleanup(ctx, () => source.close());
    const { states, stale, fixes } = recordEvents(source);
    await source.open();

    const plan = planReplay(rawLog('gpsd_ublox-zed-f9p-nmea.log'), { comments: true });
    const first = plan.slice(0, 8);
    const rest = plan.slice(12).map((c) => ({ ...c, at: c.at - plan[12]!.at }));
    let feed = await openFeed(pair);
    await runReplay(first, async (b) => { await feed.write(b); }, { clock: new SystemClock(), speed: 8 });
    await new Promise((r) => setTimeout(r, 300));
    const before = fixes.length;
    expect(before).toBe(8);
    expect(source.stale).toBe(false);

    // Unplug: socat goes away with both ends.
    await feed.close().catch(() => undefined);
    await pair.kill();
    await new Promise((r) => setTimeout(r, 600));
    expect(source.state).toBe('reconnecting');
    expect(source.stale).toBe(true);

    // Plug back in under the same name.
    await pair.restart();
    const t0 = Date.now();
    while (source.state !== 'open' && Date.now() - t0 < 5000) await new Promise((r) => setTimeout(r, 20));
    expect(source.state).toBe('open');
    feed = await openFeed(pair);
    await runReplay(rest, async (b) => { await feed.write(b); }, { clock: new SystemClock(), speed: 8 });
    await new Promise((r) => setTimeout(r, 300));
    await feed.close();

    expect(source.counters.reopens).toBeGreaterThanOrEqual(1);
    expect(states.slice(0, 2)).toEqual(['opening', 'open']);
    expect(states).toContain('reconnecting');
    expect(states[states.length - 1]).toBe('open');
    expect(stale).toEqual([false, true, false]);
    // Every fix after the gap is a fix of the log, complete and in order.
    const offline = new Map(offlineParse(receiverBytes('gpsd_ublox-zed-f9p-nmea.log')).fixes.map((f) => [f.time, content(f)]));
    const after = fixes.slice(before);
    expect(after.length).toBe(rest.length);
    for (const f of after) expect(content(f)).toEqual(offline.get(f.time));
  }, 60_000);

  it('garbage and corrupted sentences on the line are counted exactly as offline', async (ctx) => {
    const text = Buffer.from(receiverBytes('gpsd_ublox-neo-m9n-nmea.log')).toString('latin1')
      .replace(/\$GNGST,/g, '\x00\x17junk\xff$GNGST,')
      .replace(/(\$GNVTG,[^*]*)\*/g, '$1X*');
    const dirty = new Uint8Array(Buffer.from(text, 'latin1'));
    const offline = offlineParse(dirty);
    expect(offline.counters.garbageBytes).toBe(61 * 7);
    expect(offline.counters.badChecksum).toBe(61);
    const { fixes, source } = await playThroughPty(ctx, planReplay(dirty), Infinity);
    expect(fixes.map(content)).toEqual(offline.fixes.map(content));
    const { fixes: _f, ...counts } = source.counters;
    const { fixes: _o, ...offlineCounts } = offline.counters;
    expect(counts).toEqual({ ...offlineCounts, reopens: 0, dropped: 0 });
  }, 60_000);
});
