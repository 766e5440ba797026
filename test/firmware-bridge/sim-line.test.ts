/**
 * The simulator's line itself: the pty it can make and hold (`--own-pty`, no socat between
 * the MCU and the host, as with a UART driver), and the bytes its line loses when one side
 * does not keep up, which it counts rather than drops silently.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SystemClock } from '../../hal/clock.js';
import type { CanFrame } from '../../hal/can/types.js';
import { FirmwareBridge } from '../../firmware-bridge/host/bridge.js';
import type { LinkState } from '../../firmware-bridge/host/link.js';
import { schedulingOf } from '../../src/loop/realtime.js';
import { RAV4_LOG } from '../can/fixtures.js';
import { mcuSkipReason, monoUs, runModel, simLatDump, skipNotice, startSim, writeLogExcerpt, type Sim } from './harness.js';

const skip = mcuSkipReason();
skipNotice('simulator line (own pty, counted losses)', skip);

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const sims: Sim[] = [];
const bridges: FirmwareBridge[] = [];

async function until(cond: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const t0 = Date.now();
  while (!(await cond())) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(10);
  }
}

async function next(it: AsyncIterator<CanFrame>, timeoutMs: number): Promise<CanFrame> {
  const r = await Promise.race([it.next(), sleep(timeoutMs).then(() => 'timeout' as const)]);
  if (r === 'timeout' || r.done === true) throw new Error(`no frame in ${timeoutMs} ms`);
  return r.value;
}

/** Reads what the host end holds until it stays empty for 300 ms; returns the byte count. */
async function drain(fd: number): Promise<number> {
  const buf = Buffer.alloc(65536);
  let total = 0;
  let quiet = 0;
  while (quiet < 30) {
    let n = 0;
    try {
      n = readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
    }
    total += n;
    quiet = n > 0 ? 0 : quiet + 1;
    if (n === 0) await sleep(10);
  }
  return total;
}

describe.skipIf(skip !== undefined)('the simulator line', () => {
  afterEach(async () => {
    for (const b of bridges.splice(0)) await b.stop();
    for (const s of sims.splice(0)) await s.stop();
  });

  it('makes and holds the pty itself (--own-pty): handshake, CAN both ways, and a device that disappears is reopened', async () => {
    const sim = await startSim({ ownPty: true, baud: 1_000_000 });
    sims.push(sim);
    expect(sim.output.find((l) => l.startsWith('ready'))).toBe(`ready ${sim.hostPath} contract 1.0`);
    const bridge = new FirmwareBridge({
      path: sim.hostPath, clock: new SystemClock(), baudRate: 1_000_000, heartbeatIntervalMs: 100, timeSyncIntervalMs: 0,
      reconnectInitialMs: 50, reconnectMaxMs: 400,
    });
    bridges.push(bridge);
    const states: LinkState[] = [];
    bridge.link.on('state', (s) => states.push(s));
    const a = bridge.canBus(0);
    const b = bridge.canBus(1);
    await a.open();
    await b.open();
    expect(bridge.link.mcu).toMatchObject({ contractMajor: 1, firmwareVersion: 'bridge-sim 1.0.0', bootCount: 1 });
    const ib = b[Symbol.asyncIterator]();
    await a.send({ id: 0x321, data: new Uint8Array([7, 8, 9]) });
    expect(await next(ib, 3000)).toMatchObject({ id: 0x321, data: new Uint8Array([7, 8, 9]) });

    await sim.unplug(); // the simulator and its pty are gone
    await until(() => states.filter((s) => s === 'down').length >= 2, 5000, 'the link down and reopening');
    await sim.replug(); // a new pty behind the same path
    await until(() => bridge.link.state === 'up' && a.state === 'active' && b.state === 'active', 10_000, 'link and buses up again');
    await a.send({ id: 0x55, data: new Uint8Array([5]) });
    expect((await next(ib, 3000)).id).toBe(0x55);
    expect(a.stats.reopens).toBe(1);
    const st = await sim.stats();
    expect(st).toMatchObject({ rx_crc_errors: 0, rx_framing_errors: 0, line_lost_bytes: 0, rx_fifo_lost_bytes: 0 });
    await ib.return?.();
    await a.close();
    await b.close();
  });

  const fifoRefused = spawnSync('chrt', ['-f', '1', 'true'], { encoding: 'utf8' });
  it.skipIf(fifoRefused.status !== 0)('runs under SCHED_FIFO when asked (the bench\'s .mcuFifo line), guarded by a real-time CPU limit; the session works as before', async () => {
    const sim = await startSim({ ownPty: true, baud: 1_000_000, fifoPriority: 12 });
    sims.push(sim);
    const pid = sim.pid()!;
    expect(schedulingOf(pid)).toEqual({ policy: 'SCHED_FIFO', priority: 12 });
    // RLIMIT_RTTIME, microseconds of CPU without a blocking call: SIGXCPU at 200 ms, SIGKILL at 500 ms.
    expect(readFileSync(`/proc/${pid}/limits`, 'utf8')).toMatch(/Max realtime timeout\s+200000\s+500000\s+us/);
    const bridge = new FirmwareBridge({ path: sim.hostPath, clock: new SystemClock(), baudRate: 1_000_000, heartbeatIntervalMs: 100, timeSyncIntervalMs: 0 });
    bridges.push(bridge);
    const a = bridge.canBus(0);
    const b = bridge.canBus(1);
    await a.open();
    await b.open();
    const ib = b[Symbol.asyncIterator]();
    await a.send({ id: 0x7e0, data: new Uint8Array([2, 1, 0]) });
    expect(await next(ib, 3000)).toMatchObject({ id: 0x7e0, data: new Uint8Array([2, 1, 0]) });
    await ib.return?.();
    await a.close();
    await b.close();
  });

  it('paces its UART in the board\'s time: stopped three times for 40 ms during a replay, the MCU-side latency of every CAN frame is that of the virtual-time model; the stops show as late writes (lat-dump), and no frame reaches the host before it was written', async () => {
    // 4 s of the RAV4 drive at 1 Mbaud; the heartbeat and time sync stay off, so CAN batches are all the UART carries.
    const dir = mkdtempSync(join(tmpdir(), 'sim-pacing-'));
    try {
      const excerpt = join(dir, 'rav4-4s.log');
      writeLogExcerpt(RAV4_LOG, 4, excerpt);
      // The simulator's clock is CLOCK_MONOTONIC here; the model's starts where it is now, so that the MCU times take as many bytes.
      const m = runModel(excerpt, 1_000_000, monoUs());
      if (typeof m === 'string') throw new Error(m);
      expect(m.frames).toBeGreaterThan(3000);

      const sim = await startSim({ ownPty: true, baud: 1_000_000, clockBase: 'monotonic', clockOffsetUs: 0, clockDriftPpm: 0 });
      sims.push(sim);
      const bridge = new FirmwareBridge({ path: sim.hostPath, clock: new SystemClock(), baudRate: 1_000_000, heartbeatIntervalMs: 600_000, timeSyncIntervalMs: 0 });
      bridges.push(bridge);
      const arrivals: { mcuUs: number; hostUs: number }[] = [];
      bridge.link.on('canRx', (batch) => {
        const hostUs = monoUs();
        for (const f of batch.frames ?? []) arrivals.push({ mcuUs: f.mcuTimeUs ?? 0, hostUs });
      });
      const bus = bridge.canBus(0, { rxQueueLimit: 1 << 16 });
      await bus.open();
      await sleep(200);
      await sim.command('lat-reset');
      const done = sim.event('can-replay-done', 20_000);
      await sim.command(`can-replay ${excerpt} 1`);
      for (let i = 0; i < 3; i++) {
        await sleep(700);
        process.kill(sim.pid()!, 'SIGSTOP');
        await sleep(40);
        process.kill(sim.pid()!, 'SIGCONT');
      }
      await done;
      await until(() => bus.stats.rxFrames >= m.frames!, 5000, 'every frame at the host');
      const st = await sim.stats();
      expect(st.uart_lat_n).toBe(m.frames);
      // Not to the microsecond: the live session's sequence numbers are larger than the model's,
      // so some frames are a varint byte longer. 25 us is 25 bytes at 1 Mbaud, less than one CAN
      // record; each stop would add 40 000 us.
      for (const k of ['uart_lat_p50_us', 'uart_lat_p90_us', 'uart_lat_p99_us', 'uart_lat_max_us']) {
        expect(Math.abs((st[k] as number) - m[k]!), `${k}: ${st[k]} live, ${m[k]} model`).toBeLessThanOrEqual(25);
      }
      expect(bus.stats.rxDropped).toBe(0);

      // Per frame: its MCU-side latency in the board's time, and how late the simulator wrote it.
      const rows = await simLatDump(sim, join(dir, 'lat.txt'));
      expect(rows.length).toBe(m.frames);
      expect(arrivals.length).toBe(m.frames);
      expect(Math.min(...rows.map((r) => r.lateUs))).toBeGreaterThanOrEqual(0);
      expect(rows.filter((r) => r.lateUs >= 20_000).length).toBeGreaterThanOrEqual(3); // written after a stop
      rows.forEach(({ uartLatUs: lat, lateUs: late }, i) => {
        // Causality: the host has a frame no sooner than its end on the bus, its UART time and the lateness.
        expect(arrivals[i]!.hostUs - arrivals[i]!.mcuUs, `frame ${i}`).toBeGreaterThanOrEqual(lat + late - 2);
      });
      await bus.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('counts the bytes its line loses while the host does not read: what arrives plus what was counted lost is all that was written', async () => {
    const sim = await startSim({ ownPty: true });
    sims.push(sim);
    const fd = openSync(sim.hostPath, constants.O_RDONLY | constants.O_NOCTTY | constants.O_NONBLOCK);
    try {
      await drain(fd); // whatever the board put on the line at power-on
      const runs = 48; // 48 x 4096 bytes: more than the pty and the simulator's 64 KiB line buffer hold
      for (let i = 0; i < runs; i++) await sim.command('garbage 4096 nz');
      const st = await sim.stats();
      expect(st.garbage_bytes).toBe(runs * 4096);
      expect(st.line_lost_bytes).toBeGreaterThan(0);
      const got = await drain(fd);
      const lost = (await sim.stats()).line_lost_bytes as number;
      expect(got + lost).toBe(runs * 4096);
      expect(got).toBeGreaterThan(65536); // the buffered part did arrive
    } finally {
      closeSync(fd);
    }
  });

  it('counts the bytes its UART receive FIFO loses when the host writes faster than the line carries', async () => {
    const sim = await startSim({ ownPty: true, baud: 1200 }); // 120 bytes/s: the FIFO of 256 runs fills
    sims.push(sim);
    const fd = openSync(sim.hostPath, constants.O_RDWR | constants.O_NOCTTY | constants.O_NONBLOCK);
    try {
      const chunk = Buffer.alloc(16, 0x5a);
      // Separate reads on the MCU side take one FIFO entry each: a simulator that wakes late
      // reads several writes at once, so the writes go on (up to 4,000) until a loss is counted.
      let written = 0;
      let lost = 0;
      for (let i = 0; i < 4000 && lost === 0; i++) {
        written += writeSync(fd, chunk);
        await sleep(1);
        if (i >= 300 && i % 50 === 0) lost = (await sim.stats()).rx_fifo_lost_bytes as number;
      }
      await until(async () => ((await sim.stats()).rx_fifo_lost_bytes as number) > 0, 5000, 'a FIFO overflow counted');
      lost = (await sim.stats()).rx_fifo_lost_bytes as number;
      expect(lost).toBeGreaterThan(0);
      expect(lost).toBeLessThan(written);
    } finally {
      closeSync(fd);
    }
  });
});
