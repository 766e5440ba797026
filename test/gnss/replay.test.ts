/**
 * Log replay with the log's own timing, on a ManualClock: chunks leave when their time comes
 * (scaled by speed), and staleness, ages and the end of the log are deterministic.
 */
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../hal/clock.js';
import { planReplay, ReplayGnssSource, runReplay } from '../../hal/gnss/replay.js';
import { GnssConfigError } from '../../hal/gnss/source.js';
import type { GnssFix, GnssLinkState } from '../../hal/gnss/types.js';
import { content, fixturePath, offlineParse, rawLog, receiverBytes } from './fixtures.js';

/** Lets pending promise chains (file read, sleeps that fell due, sinks) run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
}

async function advance(clock: ManualClock, ms: number, step = 10): Promise<void> {
  for (let t = 0; t < ms; t += step) {
    clock.advance(Math.min(step, ms - t));
    await settle();
  }
}

describe('planReplay', () => {
  it('cuts a log into epochs at the receiver times (10 Hz RAV4, 5 Hz L76K, UBX HNR 10 Hz)', () => {
    const rav4 = planReplay(rawLog('toyota_rav4_2017_comma2k19_seg40_ublox_derived.nmea'));
    expect(rav4).toHaveLength(579);
    expect(rav4.slice(0, 4).map((c) => c.at)).toEqual([0, 100, 200, 300]);
    expect(rav4[578]!.at).toBe(59_700);
    const l76k = planReplay(rawLog('gpsd_quectel-l76k-nmea.log'), { comments: true });
    expect(l76k.slice(0, 4).map((c) => c.at)).toEqual([0, 200, 400, 600]);
    // NEO-M8L: NAV epochs at 1 Hz, HNR-PVT/ATT/INS at 10 Hz in between.
    const m8l = planReplay(rawLog('gpsd_ublox-neo-m8l.log'), { comments: true });
    expect(m8l.slice(0, 4).map((c) => c.at)).toEqual([0, 100, 200, 300]);
  });

  it('drops the gpsd log comments and keeps every receiver byte, in order', () => {
    for (const f of ['gpsd_ublox-zed-f9r.log', 'gpsd_ublox-zed-f9p-nmea.log']) {
      const plan = planReplay(rawLog(f), { comments: true });
      expect(Buffer.concat(plan.map((c) => c.bytes)).equals(Buffer.from(receiverBytes(f)))).toBe(true);
      expect(receiverBytes(f)[0]).not.toBe(0x23);
    }
  });

  it('shortens long silences when asked (the Trimble log pauses for 630 s)', () => {
    const faithful = planReplay(rawLog('gpsd_nmea-rtk.log'), { comments: true });
    expect(faithful[faithful.length - 1]!.at).toBe(641_900);
    const short = planReplay(rawLog('gpsd_nmea-rtk.log'), { comments: true, maxGapMs: 1000 });
    expect(short[short.length - 1]!.at).toBe(641_900 - 629_900 + 1000);
    expect(short.map((c) => c.bytes.length)).toEqual(faithful.map((c) => c.bytes.length));
  });
});

describe('runReplay timing', () => {
  it('releases each epoch at its time divided by speed, on the injected clock', async () => {
    const plan = planReplay(rawLog('toyota_rav4_2017_comma2k19_seg40_ublox_derived.nmea')).slice(0, 6);
    const clock = new ManualClock(1_000_000);
    const seen: number[] = [];
    const done = runReplay(plan, () => { seen.push(clock.monotonic()); }, { clock, speed: 2 });
    await settle();
    expect(seen).toEqual([0]);
    await advance(clock, 49, 1);
    expect(seen).toEqual([0]);
    await advance(clock, 1, 1);
    expect(seen).toEqual([0, 50]);
    await advance(clock, 200, 1);
    await done;
    expect(seen).toEqual([0, 50, 100, 150, 200, 250]);
  });

  it('as fast as possible (speed Infinity) needs no clock time at all', async () => {
    const plan = planReplay(rawLog('gpsd_ublox-zed-f9p-nmea.log'), { comments: true });
    const clock = new ManualClock(0);
    let n = 0;
    await runReplay(plan, () => { n++; }, { clock, speed: Infinity });
    expect(n).toBe(plan.length);
    expect(clock.now()).toBe(0);
  });
});

describe('ReplayGnssSource on a ManualClock', () => {
  it('yields the log\'s fixes in time, goes stale in its gaps, and ends with the log', async () => {
    const clock = new ManualClock(Date.UTC(2026, 0, 1));
    // The Haicom log skips epochs: 2 s gaps against a 1.5 s staleness limit.
    const source = new ReplayGnssSource({ path: fixturePath('gpsd_haicom-305N.log'), clock, staleAfterMs: 1500 });
    const states: GnssLinkState[] = [];
    const staleAt: [boolean, number][] = [];
    source.on('state', (s) => states.push(s));
    source.on('stale', (s) => staleAt.push([s, clock.monotonic()]));
    const fixes: GnssFix[] = [];
    const iterated = (async () => { for await (const f of source) fixes.push(f); })();
    expect(source.stale).toBe(true);
    expect(source.age()).toBe(Infinity);
    await source.open();
    await settle();
    expect(source.state).toBe('open');

    await advance(clock, 2100);
    // Epochs at 0 and 1999 ms, each completed by the idle timer 100 ms after its bytes arrive
    // (no cycle ender learned yet). The clock moves in 10 ms steps, so the second epoch's
    // bytes are handed over at 2000.
    expect(fixes.map((f) => f.rxMonotonic)).toEqual([100, 2100]);
    expect(source.age()).toBe(0);
    await advance(clock, 400);
    expect(source.age()).toBe(400);
    // Stale 1500 ms after the first fix, fresh again with the next one.
    expect(staleAt).toEqual([[false, 100], [true, 1600], [false, 2100]]);

    await advance(clock, 90_000, 50);
    await iterated;
    const offline = offlineParse(receiverBytes('gpsd_haicom-305N.log')).fixes;
    expect(fixes.map(content)).toEqual(offline.map(content));
    expect(source.state).toBe('ended');
    expect(states).toEqual(['opening', 'open', 'ended']);
    expect(source.stale).toBe(true);
    expect(source.counters.fixes).toBe(74);
    // rx times follow the recording: the last epoch is 79977 ms after the first.
    expect(fixes[73]!.rxMonotonic - fixes[0]!.rxMonotonic).toBeGreaterThanOrEqual(79_877);
    await source.close();
    expect(source.state).toBe('closed');
  });

  it('an unreadable log is a configuration error: open() rejects', async () => {
    const source = new ReplayGnssSource({ path: fixturePath('no-such.log'), clock: new ManualClock(0) });
    await expect(source.open()).rejects.toBeInstanceOf(GnssConfigError);
    await expect(source.open()).resolves.toBeUndefined(); // no second attempt
    expect(source.state).toBe('closed');
    expect(() => new ReplayGnssSource({ path: 'x', speed: 0 })).toThrow(/replay speed must be > 0/);
  });

  it('a slow consumer loses the oldest fixes, counted', async () => {
    const clock = new ManualClock(0);
    const source = new ReplayGnssSource({ path: fixturePath('toyota_rav4_2017_comma2k19_seg40_ublox_derived.nmea'), clock, speed: Infinity, queueLength: 10 });
    const it = source[Symbol.asyncIterator]();
    await source.open();
    for (let i = 0; i < 100 && source.state === 'open'; i++) await settle();
    expect(source.state).toBe('ended');
    expect(source.counters.fixes).toBe(579);
    expect(source.counters.dropped).toBe(569);
    const got: GnssFix[] = [];
    for (let r = await it.next(); !r.done; r = await it.next()) got.push(r.value);
    expect(got).toHaveLength(10);
    expect(got[9]!.time).toBe(Date.UTC(2018, 7, 2, 16, 15, 48));
  });
});
