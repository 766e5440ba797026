/**
 * The host driver against the C simulator over a real pty (socat): handshake, heartbeat,
 * request/response with named timeouts, CAN both ways, V2X transmit reports, time sync, and
 * recovery from corrupted, dropped and delayed frames, line garbage, a hung MCU, an MCU reset
 * mid-stream and a device that disappears.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCandump } from '../../hal/can/candump.js';
import { CanError } from '../../hal/can/errors.js';
import type { CanBusState, CanFrame } from '../../hal/can/types.js';
import { ManualClock, SystemClock } from '../../hal/clock.js';
import { FirmwareBridge, type FirmwareBridgeOptions } from '../../firmware-bridge/host/bridge.js';
import { BridgeTimeoutError, type BridgeError } from '../../firmware-bridge/host/errors.js';
import type { LinkState } from '../../firmware-bridge/host/link.js';
import type { ByteTransport } from '../../firmware-bridge/host/transport.js';
import { RAV4_LOG } from '../can/fixtures.js';
import { mcuSkipReason, skipNotice, startSim, type Sim, type SimOptions } from './harness.js';
import { expectSameVehicleState } from './vehicle-state.js';

const skip = mcuSkipReason();
skipNotice('bridge host driver against the C simulator', skip);

const sims: Sim[] = [];
const bridges: FirmwareBridge[] = [];
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function until(cond: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(5);
  }
}

/** A simulator and a bridge to it; background traffic off unless asked for. */
async function setup(simOpts: SimOptions = {}, o: Partial<FirmwareBridgeOptions> = {}): Promise<{ sim: Sim; bridge: FirmwareBridge; states: [LinkState, string][] }> {
  const sim = await startSim(simOpts);
  sims.push(sim);
  const bridge = new FirmwareBridge({
    path: sim.hostPath, clock: new SystemClock(), name: 'sim',
    heartbeatIntervalMs: 0, timeSyncIntervalMs: 0, reconnectInitialMs: 50, reconnectMaxMs: 400, ...o,
  });
  bridges.push(bridge);
  const states: [LinkState, string][] = [];
  bridge.link.on('state', (s, d) => states.push([s, d]));
  bridge.start();
  await bridge.link.waitUp(5000);
  return { sim, bridge, states };
}

async function collect(it: AsyncIterator<CanFrame>, n: number, timeoutMs: number): Promise<CanFrame[]> {
  const out: CanFrame[] = [];
  const t0 = Date.now();
  while (out.length < n) {
    const r = await Promise.race([it.next(), sleep(Math.max(1, timeoutMs - (Date.now() - t0))).then(() => 'timeout' as const)]);
    if (r === 'timeout') throw new Error(`got ${out.length} of ${n} frames in ${timeoutMs} ms`);
    if (r.done === true) break;
    out.push(r.value);
  }
  return out;
}

const hb = (bridge: FirmwareBridge): Promise<unknown> => bridge.link.request('heartbeat', { hostTimeUs: 1 });
const errorOf = async (p: Promise<unknown>): Promise<unknown> => p.then(() => undefined, (e: unknown) => e);

describe.skipIf(skip !== undefined)('bridge link against the C simulator', () => {
  afterEach(async () => {
    for (const b of bridges.splice(0)) await b.stop();
    for (const s of sims.splice(0)) await s.stop();
  });

  it('says hello: the MCU reports its firmware, ports, capabilities and contract', async () => {
    const { bridge, states } = await setup();
    expect(bridge.link.mcu).toMatchObject({
      contractMajor: 1, contractMinor: 0, firmwareVersion: 'bridge-sim 1.0.0', board: 'host simulator', canPorts: 2,
      maxFrameSize: 1536, bootCount: 1,
    });
    expect(bridge.link.mcu!.capabilities).toEqual(expect.arrayContaining(['CAPABILITY_CAN', 'CAPABILITY_CAN_FD', 'CAPABILITY_PPS', 'CAPABILITY_TIME_SYNC']));
    expect(states.map(([s]) => s)).toEqual(['connecting', 'handshaking', 'up']);
    expect(states[2]![1]).toBe('MCU bridge-sim 1.0.0 (host simulator), contract 1.0, boot 1');
  });

  it('keeps the link up with heartbeats, and the MCU sees every one in sequence', async () => {
    // A generous reply timeout: a stall of this machine must not count as a missed heartbeat.
    const { sim, bridge } = await setup({}, { heartbeatIntervalMs: 50, heartbeatTimeoutMs: 2000 });
    await sleep(700);
    await vi.waitUntil(async () => ((await sim.stats()).rx_frames as number) >= 10, { timeout: 5000, interval: 100 }).catch(() => undefined);
    expect(bridge.link.state).toBe('up');
    expect(bridge.link.stats.heartbeatsMissed).toBe(0);
    expect(bridge.link.stats.timeouts).toBe(0);
    const stats = await sim.stats();
    expect(stats.rx_frames).toBeGreaterThanOrEqual(10);
    expect(stats.rx_seq_gaps).toBe(0);
    expect(stats.rx_crc_errors).toBe(0);
  });

  it('names a timeout after the missing reply and its sequence number: Bridge_Timeout: no HeartbeatAck for seq=17 after 200 ms', async () => {
    const { sim, bridge } = await setup();
    for (let i = 0; i < 15; i++) await hb(bridge); // seq 2..16 (Hello was 1)
    await sim.command('drop-rx 1');
    const e = await errorOf(hb(bridge));
    expect(e).toBeInstanceOf(BridgeTimeoutError);
    expect((e as Error).message, JSON.stringify(bridge.link.stats)).toBe('Bridge_Timeout: no HeartbeatAck for seq=17 after 200 ms');
    expect((e as BridgeTimeoutError).code).toBe('Bridge_Timeout');
    expect(bridge.link.stats.timeouts).toBe(1);
    await hb(bridge); // and the link goes on
    expect((await sim.stats()).rx_seq_gaps).toBe(1); // the MCU saw seq 18 after 16
  });

  it('counts a reply that comes after its timeout as late, and ignores it', async () => {
    const { sim, bridge } = await setup();
    await sim.command('delay 300 1');
    const e = await errorOf(bridge.link.request('statusRequest', {}, 150));
    expect((e as Error).message).toMatch(/^Bridge_Timeout: no StatusReport for seq=\d+ after 150 ms$/);
    await until(() => bridge.link.stats.rxLateReplies === 1, 2000, 'the late reply');
    await hb(bridge);
  });

  it('counts corrupted frames as CRC errors and lost frames, and recovers', async () => {
    const { sim, bridge } = await setup();
    await sim.command('corrupt 3');
    for (let i = 0; i < 3; i++) expect(await errorOf(hb(bridge))).toBeInstanceOf(BridgeTimeoutError);
    await hb(bridge);
    expect(bridge.link.stats).toMatchObject({ rxCrcErrors: 3, timeouts: 3, rxDropped: 3, rxFramingErrors: 0 });
    expect((await sim.stats()).corrupted).toBe(3);
  });

  it('counts dropped frames from the gaps in the MCU sequence numbers, and recovers', async () => {
    const { sim, bridge } = await setup();
    await sim.command('drop 2');
    expect(await errorOf(hb(bridge))).toBeInstanceOf(BridgeTimeoutError);
    expect(await errorOf(hb(bridge))).toBeInstanceOf(BridgeTimeoutError);
    await hb(bridge);
    expect(bridge.link.stats).toMatchObject({ rxDropped: 2, rxCrcErrors: 0, timeouts: 2 });
  });

  it('resyncs after line garbage and counts a run longer than any frame as oversize', async () => {
    const { sim, bridge } = await setup();
    await sim.command('garbage 300');
    await errorOf(hb(bridge)); // may be swallowed by the garbage's last bytes
    await hb(bridge);
    const s1 = { ...bridge.link.stats };
    expect(s1.rxFramingErrors + s1.rxCrcErrors).toBeGreaterThan(0);
    expect(s1.rxOversize).toBe(0);
    await sim.command('garbage 2000 nz');
    await errorOf(hb(bridge)); // part of the run
    await hb(bridge);
    expect(bridge.link.stats.rxOversize).toBe(1);
    expect(bridge.link.state).toBe('up');
  });

  it('the MCU counts what the host sent that arrived damaged (its own C decoder)', async () => {
    const { sim, bridge } = await setup();
    await sim.command('corrupt-rx 2');
    expect(await errorOf(hb(bridge))).toBeInstanceOf(BridgeTimeoutError);
    expect(await errorOf(hb(bridge))).toBeInstanceOf(BridgeTimeoutError);
    const status = await bridge.status();
    expect(status.link).toMatchObject({ rxCrcErrors: 2, rxSeqGaps: 1 });
    expect(status.can).toHaveLength(2);
  });

  it('carries CAN frames both ways: a frame sent on one port arrives on the other, with the MCU receive time', async () => {
    const { bridge } = await setup({}, { timeSyncIntervalMs: 100 });
    const a = bridge.canBus(0);
    const b = bridge.canBus(1);
    await a.open();
    await b.open();
    const ib = b[Symbol.asyncIterator]();
    const ia = a[Symbol.asyncIterator]();
    const t0 = Date.now() / 1000;
    await a.send({ id: 0x123, data: new Uint8Array([1, 2, 3]) });
    await a.send({ id: 0x18daf110, extended: true, fd: true, brs: true, data: new Uint8Array(64).fill(9) });
    await b.send({ id: 0x7ff, rtr: true, data: new Uint8Array(2) });
    const onB = await collect(ib, 2, 3000);
    const onA = await collect(ia, 1, 3000);
    expect(onB.map((f) => [f.id, f.extended, f.fd, f.brs, f.data.length])).toEqual([[0x123, false, false, false, 3], [0x18daf110, true, true, true, 64]]);
    expect(onA[0]).toMatchObject({ id: 0x7ff, rtr: true, data: new Uint8Array(2) });
    for (const f of [...onB, ...onA]) expect(Math.abs(f.timestamp! - t0)).toBeLessThan(2);
    await ib.return?.();
    await ia.return?.();
    await a.close();
    await b.close();
  });

  it('streams the RAV4 drive through the bridge: all 53,800 frames in order on the log timing, and the same vehicle state as decoding the log directly', async () => {
    const { sim, bridge } = await setup({}, { timeSyncIntervalMs: 200 });
    const bus = bridge.canBus(0, { rxQueueLimit: 100_000 });
    await bus.open();
    const log = parseCandump(readFileSync(RAV4_LOG, 'utf8')).records.flatMap((r) => (r.kind === 'frame' ? [r.frame] : []));
    const speed = 5;
    await sim.command(`can-replay ${RAV4_LOG} ${speed}`);
    const it = bus[Symbol.asyncIterator]();
    const got: CanFrame[] = [];
    const done = sim.event('can-replay-done', 60_000);
    for (;;) {
      const r = await Promise.race([it.next(), sleep(1000).then(() => undefined)]);
      if (r === undefined || r.done === true) break; // 1 s without a frame: the replay is over
      got.push(r.value);
    }
    await done;
    await it.return?.();
    expect(bridge.link.stats.mcuCanOverruns).toBe(0);
    expect(got.length).toBe(53_800);
    for (let i = 0; i < log.length; i++) {
      const g = got[i]!;
      const l = log[i]!;
      if (g.id !== l.id || Buffer.compare(g.data, l.data) !== 0) {
        throw new Error(`frame ${i}: got ${g.id.toString(16)}#${Buffer.from(g.data).toString('hex')}, log has ${l.id.toString(16)}#${Buffer.from(l.data).toString('hex')}`);
      }
    }
    // Receive times follow the log's (compressed `speed` times), within the bus time a frame takes.
    const span = (got.at(-1)!.timestamp! - got[0]!.timestamp!) * speed;
    expect(span).toBeGreaterThan(59.5);
    expect(span).toBeLessThan(60.5);
    for (let i = 1; i < got.length; i++) expect(got[i]!.timestamp!).toBeGreaterThanOrEqual(got[i - 1]!.timestamp!);
    expect(bridge.link.stats).toMatchObject({ rxDropped: 0, rxCrcErrors: 0, mcuCanOverruns: 0 });
    expect(bus.stats.rxDropped).toBe(0);
    await bus.close();

    // The vehicle decoder (src/vehicle) on both: the state after every 1000 frames and at the end.
    const live = expectSameVehicleState(log, got, 1000);
    expect(live.speed).toBeGreaterThan(5); // a moving car, decoded (11.2 m/s at the end of the drive)
    expect(live.gear).toBe('drive');
  }, 90_000);

  it('returns V2X transmit reports: sent with its airtime, or refused with the reason', async () => {
    const { sim, bridge } = await setup({}, { timeSyncIntervalMs: 100 });
    await sleep(300);
    const payload = new Uint8Array(177).fill(0x42);
    const before = Date.now();
    const ok = await bridge.transmitV2x(payload, { channel: 172, psid: 0x20, dataRateMbps: 6 });
    expect(ok).toMatchObject({ ok: true, status: 'TX_STATUS_OK', channel: 172 });
    // 802.11p at 6 Mbit/s, 10 MHz: 32 us preamble + 8 us per 24-bit symbol for 16 + 8*(177+28) + 6 bits.
    expect(ok.airtimeUs).toBe(32 + 8 * Math.ceil((16 + 8 * (177 + 28) + 6) / 24));
    expect(Math.abs(ok.airStartUtcMs! - before)).toBeLessThan(1000);
    expect(await bridge.transmitV2x(payload, { channel: 99, psid: 0x20 })).toMatchObject({ ok: false, status: 'TX_STATUS_INVALID' });
    await sim.command('radio off');
    expect(await bridge.transmitV2x(payload, { channel: 172, psid: 0x20 })).toMatchObject({ ok: false, status: 'TX_STATUS_RADIO_OFF' });
    const e = await errorOf(bridge.transmitV2x(new Uint8Array(1401), { channel: 172, psid: 0x20 }));
    expect((e as BridgeError).code).toBe('Bridge_InvalidRequest');
    expect((e as Error).message).toMatch(/^Bridge_InvalidRequest: v2xTransmit\.payload: 1401 bytes/);
  });

  it('reports controller states, refuses to send on a bus-off controller, and surfaces error frames', async () => {
    const { sim, bridge } = await setup();
    const bus = bridge.canBus(0);
    await bus.open();
    const states: CanBusState[] = [];
    bus.on('state', (s) => states.push(s));
    const errors: string[][] = [];
    bus.on('errorFrame', (e) => errors.push(e.classes));
    await sim.command('can-state 0 bus-off');
    await until(() => bus.state === 'bus-off', 2000, 'bus-off');
    const e = await errorOf(bus.send({ id: 1, data: new Uint8Array(1) }));
    expect(e).toBeInstanceOf(CanError);
    expect((e as CanError).code).toBe('SEND_FAILED');
    expect((e as Error).message).toBe('SEND_FAILED: sim#can0: the controller is bus-off');
    // The MCU's own refusal, for a bus that waits for each report.
    const confirmed = bridge.canBus(0, { txWindow: 0 });
    await confirmed.open();
    const refused = await errorOf(confirmed.send({ id: 2, data: new Uint8Array(1) }));
    expect((refused as Error).message).toBe('SEND_FAILED: sim#can0: frame 0x2: the MCU answered TX_STATUS_BUS_OFF');
    await confirmed.close();
    await sim.command('can-state 0 active');
    await until(() => bus.state === 'active', 2000, 'active');
    await sim.command('can-error 0 24 0010000000000000');
    await until(() => errors.length === 1, 2000, 'error frame');
    expect(errors[0]).toEqual(['controller', 'no-ack']);
    expect(states).toEqual(['bus-off', 'active', 'passive']); // data[1] 0x10: RX passive
    await bus.send({ id: 1, data: new Uint8Array(1) });
    await bus.close();
  });

  it('keeps up to txWindow transmits in flight; a failed one is reported by the next send', async () => {
    const { sim, bridge } = await setup();
    const a = bridge.canBus(0);
    const b = bridge.canBus(1);
    await a.open();
    await b.open();
    const ib = b[Symbol.asyncIterator]();
    for (let i = 0; i < 50; i++) await a.send({ id: 0x300, data: new Uint8Array([i]) });
    expect((await collect(ib, 50, 5000)).map((f) => f.data[0])).toEqual([...Array(50).keys()]);
    await sim.command('drop-rx 1'); // the MCU never sees the next transmit request
    await a.send({ id: 0x301, data: new Uint8Array([1]) }); // handed to the bridge
    await sleep(300); // its report is overdue
    const e = await errorOf(a.send({ id: 0x302, data: new Uint8Array([2]) }));
    expect((e as CanError).code).toBe('SEND_FAILED');
    expect((e as Error).message).toMatch(/^SEND_FAILED: sim#can0: frame 0x301: Bridge_Timeout: no CanTransmitReport for seq=\d+ after 200 ms$/);
    await a.send({ id: 0x303, data: new Uint8Array([3]) });
    expect((await collect(ib, 1, 3000))[0]!.id).toBe(0x303);
    await a.close(); // waits for the last report
    expect(a.txReports).toEqual({ ok: 51, failed: 1 });
    await ib.return?.();
    await b.close();
  });

  it('learns the MCU clock: offset and drift converge, and MCU times map to host times', async () => {
    const offsetUs = 123_456_789_012;
    const driftPpm = 80;
    const { bridge } = await setup({ clockOffsetUs: offsetUs, clockDriftPpm: driftPpm, clockBase: 'monotonic' },
      { timeSyncIntervalMs: 50, timeSyncBurst: 8, timeSyncBurstSpacingMs: 20, timeSync: { window: 200 } });
    // 8 s of exchanges at the least (the drift needs the span), and 120 samples (late timers on
    // a loaded machine make fewer in that time).
    await sleep(8000);
    await vi.waitUntil(() => (bridge.link.timeSync.estimate?.samples ?? 0) >= 120, { timeout: 20_000, interval: 100 }).catch(() => undefined);
    const est = bridge.link.timeSync.estimate!;
    expect(est.samples).toBeGreaterThanOrEqual(120);
    expect(Math.abs(est.driftPpm - driftPpm)).toBeLessThan(20); // 8 s of a loaded pty; time-sync.test.ts checks the estimator tightly
    // Truth: mcu = offset + CLOCK_MONOTONIC_us * (1 + drift); host = performance.now() on the same clock.
    const originUs = Number(process.hrtime.bigint() / 1000n) - performance.now() * 1000;
    const hostUs = performance.now() * 1000;
    const trueMcu = offsetUs + (hostUs + originUs) * (1 + driftPpm * 1e-6);
    const errUs = bridge.link.timeSync.hostToMcu(hostUs)! - trueMcu;
    process.stdout.write(`time sync: drift ${est.driftPpm.toFixed(2)} ppm (true ${driftPpm}), error now ${errUs.toFixed(1)} us, rms ${est.rmsUs.toFixed(1)} us, min delay ${est.minDelayUs.toFixed(0)} us, ${est.used}/${est.samples} samples\n`);
    // Host receive stamps are taken in the event loop, later than the bytes arrive: the offset
    // carries about half that latency as a bias (a few hundred us at most on this class of machine).
    expect(Math.abs(errUs)).toBeLessThan(400);
    expect(Math.abs(bridge.link.timeSync.mcuToHost(trueMcu)! - hostUs)).toBeLessThan(400);
  }, 60_000);

  it('recovers from an MCU reset mid-stream: pending requests fail as Bridge_McuReset, handshake again, traffic and time sync resume', async () => {
    const { sim, bridge, states } = await setup({ clockOffsetUs: 10_000_000 }, { heartbeatIntervalMs: 100, timeSyncIntervalMs: 100 });
    const bus = bridge.canBus(0, { rxQueueLimit: 100_000 });
    await bus.open();
    const busStates: CanBusState[] = [];
    bus.on('state', (s) => busStates.push(s));
    await sim.command(`can-replay ${RAV4_LOG} 1`);
    const it = bus[Symbol.asyncIterator]();
    await collect(it, 500, 5000);
    await sleep(400);
    const offsetBefore = bridge.link.timeSync.estimate!.offsetUs;
    await sim.command('delay 1000'); // everything from now on: heartbeats and time sync too
    const pending = errorOf(bridge.link.request('statusRequest', {}, 3000));
    await sleep(20);
    await sim.command('reset');
    const e = await pending;
    expect((e as BridgeError).code).toBe('Bridge_McuReset');
    expect((e as Error).message).toMatch(/^Bridge_McuReset: sim: MCU rebooted \(boot 2, RESET_REASON_WATCHDOG\)$/);
    await until(() => bridge.link.state === 'up' && bridge.link.mcu?.bootCount === 2, 3000, 'the link up again');
    expect(bridge.link.stats.mcuResets).toBe(1);
    expect(states.slice(-2).map(([s]) => s)).toEqual(['handshaking', 'up']);
    await until(() => bus.state === 'active', 2000, 'the bus active again');
    expect(busStates).toEqual(['down', 'active']);
    // The MCU clock restarted at its offset: time sync learns the new one.
    await until(() => (bridge.link.timeSync.estimate?.samples ?? 0) >= 4, 3000, 'time sync samples');
    expect(offsetBefore - bridge.link.timeSync.estimate!.offsetUs).toBeGreaterThan(300_000);
    // The reset ended the replay; a new one flows through the same bus and iteration.
    for (;;) { // drain what was received before the reset
      const r = await Promise.race([it.next(), sleep(300).then(() => undefined)]);
      if (r === undefined) break;
    }
    await sim.command(`can-replay ${RAV4_LOG} 1`);
    const after = await collect(it, 200, 5000);
    expect(after[0]!.id).toBe(0x260); // the log's first frame again
    expect(bridge.link.stats.rxDecodeErrors).toBe(0);
    expect(bridge.link.stats.rxFramingErrors + bridge.link.stats.rxCrcErrors).toBeGreaterThanOrEqual(1); // the boot noise
    await it.return?.();
    await bus.close();
  });

  it('takes the link down when the MCU stops answering, and brings it back when it answers again', async () => {
    const { sim, bridge, states } = await setup({}, { heartbeatIntervalMs: 100, heartbeatTimeoutMs: 100, heartbeatMisses: 3, handshakeTimeoutMs: 200 });
    await sim.command('silent 1500');
    await until(() => bridge.link.state === 'down', 3000, 'link down');
    expect(states.find(([s]) => s === 'down')![1]).toMatch(/^3 heartbeats missed \(last: Bridge_Timeout: no HeartbeatAck for seq=\d+ after 100 ms\); reopening in \d+ ms$/);
    await until(() => bridge.link.state === 'up' && bridge.link.stats.linkUps === 2, 5000, 'link up again');
    expect(bridge.link.stats.heartbeatsMissed).toBeGreaterThanOrEqual(3);
    expect(bridge.link.stats.reconnects).toBeGreaterThanOrEqual(1);
    await hb(bridge);
  });

  it('reopens a device that disappeared, with exponential backoff, and the CAN bus resumes', async () => {
    const { sim, bridge, states } = await setup({}, { heartbeatIntervalMs: 100 });
    const a = bridge.canBus(0);
    const b = bridge.canBus(1);
    await a.open();
    await b.open();
    await sim.unplug();
    await until(() => states.filter(([s]) => s === 'down').length >= 5, 5000, 'five reopen attempts');
    const delays = states.filter(([s]) => s === 'down').map(([, d]) => Number(/reopening in (\d+) ms/.exec(d)![1]));
    expect(delays.slice(0, 5)).toEqual([50, 100, 200, 400, 400]);
    expect(a.state).toBe('down');
    expect((await errorOf(a.send({ id: 1, data: new Uint8Array(0) })) as CanError).code).toBe('DOWN');
    await sim.replug();
    await until(() => bridge.link.state === 'up', 5000, 'link up');
    await until(() => a.state === 'active' && b.state === 'active', 10_000, 'buses active');
    const ib = b[Symbol.asyncIterator]();
    await a.send({ id: 0x55, data: new Uint8Array([5]) });
    expect((await collect(ib, 1, 3000))[0]!.id).toBe(0x55);
    await ib.return?.();
    expect(a.stats.reopens).toBe(1);
    await a.close();
    await b.close();
  });

  it('fails open() at once with NO_DEVICE for a device that does not exist', async () => {
    const bridge = new FirmwareBridge({ path: '/dev/does-not-exist-bridge', clock: new SystemClock() });
    const bus = bridge.canBus(0);
    const t0 = Date.now();
    const e = await errorOf(bus.open());
    expect(e).toBeInstanceOf(CanError);
    expect((e as CanError).code).toBe('NO_DEVICE');
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(bridge.link.state).toBe('closed'); // the link stopped with its last user
  });
});

describe('reconnect backoff on the injected clock', () => {
  it('waits 100, 200, 400 ... 5000 ms between attempts to open a missing device', async () => {
    const clock = new ManualClock(1_000_000);
    const bridge = new FirmwareBridge({ path: join('/dev', 'missing-bridge-device'), clock });
    const downs: [number, string][] = [];
    bridge.link.on('state', (s, d) => { if (s === 'down') downs.push([clock.now(), d]); });
    bridge.start();
    for (let i = 1; i <= 8; i++) {
      await until(() => downs.length === i, 2000, `attempt ${i} to fail`); // the open really fails (I/O)
      if (i < 8) clock.advanceTo(clock.nextDue()!);
    }
    expect(downs.map(([, d]) => Number(/reopening in (\d+) ms/.exec(d)![1]))).toEqual([100, 200, 400, 800, 1600, 3200, 5000, 5000]);
    const at = downs.map(([t]) => t - 1_000_000);
    expect(at).toEqual([0, 100, 300, 700, 1500, 3100, 6300, 11300]);
    expect(bridge.link.stats.reconnects).toBe(7);
    expect(downs[0]![1]).toMatch(/^cannot open \/dev\/missing-bridge-device: .*; reopening in 100 ms$/);
    await bridge.stop();
    expect(clock.pendingTimers).toBe(0);
  });
});

describe('a transport that drops what it is given', () => {
  it('counts every dropped frame as txDropped (the request then times out by name)', async () => {
    const clock = new ManualClock(1_000_000);
    const written: number[] = [];
    // The serial line's contract (hal/serial.ts): write() returns false when its queue is full.
    const transport: ByteTransport = {
      open: () => Promise.resolve(),
      write: (b) => { written.push(b.byteLength); return false; },
      close: () => Promise.resolve(),
      onData: () => undefined,
      onClose: () => undefined,
    };
    const bridge = new FirmwareBridge({ transport: () => transport, clock, name: 'dropping' });
    bridge.start();
    await until(() => written.length >= 1, 2000, 'the Hello to be written');
    expect(bridge.link.stats.txDropped).toBe(written.length);
    expect(bridge.link.stats.txFrames).toBe(written.length);
    await bridge.stop();
  });
});
