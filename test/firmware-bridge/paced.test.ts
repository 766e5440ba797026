/**
 * The bridge with its UART paced at 1 Mbaud (10 bits a byte, both ways), as the bench runs it
 * (link.test.ts streams over an unpaced pty): seconds of the RAV4 drive replayed in real time
 * on the simulated CAN bus, with heartbeats and time sync on the same link.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCandumpLine } from '../../hal/can/candump.js';
import type { CanFrame } from '../../hal/can/types.js';
import { SystemClock } from '../../hal/clock.js';
import { pb } from '../../firmware-bridge/generated/bridge_v1.js';
import { FirmwareBridge } from '../../firmware-bridge/host/bridge.js';
import { encodeFrame } from '../../firmware-bridge/host/framing.js';
import { RAV4_LOG } from '../can/fixtures.js';
import { mcuSkipReason, skipNotice, startSim, type Sim } from './harness.js';
import { expectSameVehicleState } from './vehicle-state.js';

const skip = mcuSkipReason();
skipNotice('bridge at 1 Mbaud against the C simulator', skip);

const BAUD = 1_000_000;
/** Seconds of the drive, from its start, replayed in real time. */
const SECONDS = 5;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const show = (f: CanFrame): string => `${f.id.toString(16)}#${Buffer.from(f.data).toString('hex')}`;

let sim: Sim | undefined;
let bridge: FirmwareBridge | undefined;
afterEach(async () => {
  await bridge?.stop();
  await sim?.stop();
  bridge = undefined;
  sim = undefined;
});

describe.skipIf(skip !== undefined)('bridge at 1 Mbaud against the C simulator', () => {
  it(`streams ${SECONDS} s of the RAV4 drive in real time: nothing dropped on either side, every frame in order with its data and log timing, the same vehicle state as the log`, async () => {
    // The section: the log's first SECONDS seconds, line for line.
    const lines = readFileSync(RAV4_LOG, 'utf8').split('\n').filter((l) => l.trim() !== '');
    const all = lines.flatMap((line) => {
      const r = parseCandumpLine(line);
      return r.kind === 'frame' ? [{ line, frame: r.frame }] : [];
    });
    const t0 = all[0]!.frame.timestamp!;
    const section = all.filter((x) => x.frame.timestamp! - t0 < SECONDS);
    const log = section.map((x) => x.frame);
    expect(log.length).toBeLessThan(all.length);

    sim = await startSim({ baud: BAUD });
    const excerpt = join(sim.dir, 'rav4-section.log');
    writeFileSync(excerpt, section.map((x) => x.line).join('\n') + '\n');
    bridge = new FirmwareBridge({
      path: sim.hostPath, clock: new SystemClock(), name: 'sim', baudRate: BAUD, heartbeatIntervalMs: 500, timeSyncIntervalMs: 1000,
    });
    const bus = bridge.canBus(0, { rxQueueLimit: 100_000 });
    await bus.open();
    const link = bridge.link;
    await vi.waitUntil(() => (link.timeSync.estimate?.samples ?? 0) >= 8, { timeout: 5000, interval: 10 }); // the time sync burst

    const it = bus[Symbol.asyncIterator]();
    const done = sim.event('can-replay-done', (SECONDS + 10) * 1000);
    const started = Date.now();
    await sim.command(`can-replay ${excerpt} 1`);
    const got: CanFrame[] = [];
    while (got.length < log.length) {
      const r = await Promise.race([it.next(), sleep(2000).then(() => undefined)]);
      if (r === undefined || r.done === true) break; // 2 s without a frame: the rest is not coming
      got.push(r.value);
    }
    const replayed = await done;
    const extra = await Promise.race([it.next(), sleep(300).then(() => undefined)]);
    const elapsed = (Date.now() - started) / 1000;
    await it.return?.();

    // Nothing dropped: the host's counters, the bus queue, and the simulator's own.
    expect(replayed).toBe(`event can-replay-done ${log.length}`);
    expect(got.length).toBe(log.length);
    expect(extra, 'a frame after the last of the section').toBeUndefined();
    expect(link.stats).toMatchObject({
      rxCrcErrors: 0, rxFramingErrors: 0, rxOversize: 0, rxDecodeErrors: 0, rxDropped: 0, mcuCanOverruns: 0, timeouts: 0, heartbeatsMissed: 0,
    });
    expect(bus.stats.rxDropped).toBe(0);
    const mcu = await sim.stats();
    expect(mcu).toMatchObject({
      can_replayed: log.length, can_rx_overruns: 0, tx_dropped: 0, rx_crc_errors: 0, rx_framing_errors: 0, rx_seq_gaps: 0, rx_decode_errors: 0,
    });
    expect(link.state).toBe('up');

    // The UART really was paced: every CAN frame waited at least for the bytes of the smallest
    // UART frame that can carry one, at 10 bits a byte.
    const smallest = encodeFrame(pb.Frame.encode({ seq: 1, canRx: { frames: [{ id: 0, data: new Uint8Array(0), mcuTimeUs: 1 }] } }).finish()).length;
    expect(Number(mcu.uart_lat_n)).toBe(log.length);
    expect(Number(mcu.uart_lat_p50_us)).toBeGreaterThanOrEqual(Math.floor(smallest * 10e6 / BAUD));

    // Every frame in order with its data, and its receive time (the MCU's stamp, mapped by time
    // sync) on the log's time line: later only by the bus time of frames the log stamped
    // together (up to a few ms in this log, the simulated bus sends them back to back) and by
    // time sync corrections (under a ms).
    let worstUs = 0;
    for (let i = 0; i < log.length; i++) {
      const g = got[i]!;
      const l = log[i]!;
      if (g.id !== l.id || g.extended !== l.extended || g.fd !== l.fd || g.rtr !== l.rtr || Buffer.compare(g.data, l.data) !== 0) {
        throw new Error(`frame ${i}: got ${show(g)}, the log has ${show(l)}`);
      }
      worstUs = Math.max(worstUs, Math.abs((g.timestamp! - got[0]!.timestamp! - (l.timestamp! - t0)) * 1e6));
    }
    expect(worstUs).toBeLessThan(20_000);
    process.stdout.write(`1 Mbaud: ${log.length} frames in ${elapsed.toFixed(1)} s, ${link.stats.rxBytes} UART bytes, MCU UART latency p50 ${mcu.uart_lat_p50_us} us p99 ${mcu.uart_lat_p99_us} us, receive times within ${worstUs.toFixed(0)} us of the log's\n`);
    await bus.close();

    // The vehicle decoder (src/vehicle) on both: the state after every 500 frames and at the end.
    const state = expectSameVehicleState(log, got, 500);
    expect(state.speed).toBeGreaterThan(0); // the section decodes to a moving car, not to nothing on both sides
  }, 20_000);
});
