import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../hal/clock.js';
import { parseCandump, type CandumpRecord } from '../../hal/can/candump.js';
import { replay, type ReplayResult } from '../../hal/can/replay.js';
import type { CanFrame } from '../../hal/can/types.js';
import { VirtualCanBus, VirtualCanNetwork } from '../../hal/can/virtual.js';
import { RAV4_LOG } from './fixtures.js';

const all = parseCandump(readFileSync(RAV4_LOG, 'latin1')).records;
const head = all.slice(0, 300);
const logT = (r: CandumpRecord): number => (r.kind === 'frame' ? r.frame.timestamp! : r.error.timestamp);

/** Runs a replay on a manual clock, advancing it to each due timer until the replay ends. */
async function runManual(records: CandumpRecord[], speed: number | 'max', before?: (net: VirtualCanNetwork) => void): Promise<{ res: ReplayResult; got: CanFrame[]; startMs: number }> {
  const startMs = 1_700_000_000_000;
  const clock = new ManualClock(startMs);
  const network = new VirtualCanNetwork(clock);
  const tx = new VirtualCanBus('vcan0', { network, clock });
  const rx = new VirtualCanBus('vcan0', { network, clock });
  await tx.open();
  await rx.open();
  before?.(network);
  const got: CanFrame[] = [];
  const reader = (async () => { for await (const f of rx) got.push(f); })();
  let done = false;
  const p = replay(records, tx, { clock, speed }).finally(() => { done = true; });
  while (!done) {
    await new Promise((r) => setImmediate(r));
    const due = clock.nextDue();
    if (due !== undefined) clock.advanceTo(due);
  }
  const res = await p;
  await tx.close();
  await rx.close();
  await reader;
  return { res, got, startMs };
}

describe('replay onto a bus', () => {
  for (const speed of [1, 2, 10]) {
    it(`keeps the recorded timing at x${speed}, measured on the injected clock`, async () => {
      const { res, got, startMs } = await runManual(head, speed);
      expect(res.sent).toBe(300);
      expect(got.length).toBe(300);
      const t0 = logT(head[0]!);
      got.forEach((f, i) => {
        const expected = startMs / 1000 + (logT(head[i]!) - t0) / speed;
        expect(f.timestamp!).toBeCloseTo(expected, 6);
        const r = head[i]!;
        if (r.kind === 'frame') expect(Array.from(f.data)).toEqual(Array.from(r.frame.data));
      });
      expect(res.elapsedMs).toBeCloseTo(((logT(head[299]!) - t0) * 1000) / speed, 3);
      expect(res.maxLateMs).toBeLessThan(0.001); // float rounding of epoch seconds only
    });
  }

  it("sends as fast as possible with 'max': every frame, in order, no clock time spent", async () => {
    const { res, got } = await runManual(all, 'max');
    expect(res.sent).toBe(53_800);
    expect(got.length).toBe(53_800);
    expect(res.elapsedMs).toBe(0);
    for (let i = 0; i < got.length; i += 997) {
      const r = all[i]!;
      expect(r.kind === 'frame' && got[i]!.id === r.frame.id).toBe(true);
    }
  });

  it('counts frames the bus refuses while its interface is down and goes on', async () => {
    const { res, got } = await runManual(head, 'max', (net) => net.setUp('vcan0', false));
    expect(res.sent).toBe(0);
    expect(res.failed).toEqual({ DOWN: 300 });
    expect(got.length).toBe(0);
  });

  it('skips error frames and other channels, counting them', async () => {
    const recs = parseCandump([
      '(1.000000) can0 001#01',
      '(1.001000) can0 20000040#0000000000000000',
      '(1.002000) can1 002#02',
      '(1.003000) can0 003#03',
    ].join('\n')).records;
    const clock = new ManualClock(0);
    const network = new VirtualCanNetwork(clock);
    const tx = new VirtualCanBus('c', { network, clock });
    await tx.open();
    const res = await replay(recs, tx, { clock, speed: 'max', channels: ['can0'] });
    expect(res).toMatchObject({ sent: 2, errorFrames: 1, otherChannels: 1 });
    await tx.close();
  });

  it('stops when aborted', async () => {
    const clock = new ManualClock(0);
    const network = new VirtualCanNetwork(clock);
    const tx = new VirtualCanBus('c', { network, clock });
    await tx.open();
    const ac = new AbortController();
    const p = replay(head, tx, { clock, speed: 1, signal: ac.signal });
    await new Promise((r) => setImmediate(r));
    clock.advanceTo(clock.nextDue()!);
    ac.abort();
    clock.advanceTo(clock.nextDue() ?? clock.now());
    const res = await p;
    expect(res.aborted).toBe(true);
    expect(res.sent).toBeLessThan(300);
    await tx.close();
  });

  it('rejects a speed that is not > 0 or max', async () => {
    const tx = new VirtualCanBus('c', { network: new VirtualCanNetwork() });
    await expect(replay([], tx, { speed: 0 })).rejects.toThrow(RangeError);
    await expect(replay([], tx, { speed: Number.NaN })).rejects.toThrow(RangeError);
  });
});
