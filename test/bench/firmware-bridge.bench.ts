/**
 * Firmware bridge benchmarks (`npm run bench -- --filter bridge`): the C simulator behind a
 * real pty with its UART paced at 1 Mbaud (10 bits per byte, both directions), the host
 * driver and the bridge CanBus on the other side.
 *
 * - bridge.can.rav4.1Mbaud: the RAV4 drive replayed in real time on the simulated CAN bus
 *   (500 kbit/s); the added latency of each frame, from the end of the frame on the bus (the
 *   MCU's receive stamp) to the moment the CanBus iteration yields it (`lat*`). The
 *   simulator's clock is CLOCK_MONOTONIC itself here, so latency needs no time sync; the error
 *   of the time-synced frame timestamps is reported beside it. `uartLat*` is the MCU side
 *   alone (batching, framing, 1 Mbaud serialisation: frame end to the last byte of its UART
 *   frame, in the board's time, as the simulator measured it); the rest is the simulator
 *   process writing those bytes late (it wakes late), the pty, socat and the host.
 *   `boardLat*` is `lat*` with each frame's `simWriteLate*` taken out: how much later than the
 *   board's time the simulator wrote the frame's UART frame. A board's UART sends on time, so
 *   this is the added latency with a real MCU: its side in the board's time, and the kernel's
 *   tty and the host as measured. `hostLat*` is the host's share alone, per frame: from the
 *   simulator's write of the frame's last byte to the moment the iteration yields the frame
 *   (the kernel's tty, the host's wake-up, framing, protobuf decoding, the CanBus queue);
 *   `hostLatNoGcP99us` leaves out the `gcHeldFrames` that one of the process's garbage
 *   collections held up (one ran between the simulator's write and the yield).
 *   The pty pair is made by socat, so a relay process sits between the MCU and the host;
 *   `.ownPty` is the same with the simulator holding the pty master itself, as a UART driver
 *   does: the path of real hardware (MCU, kernel tty, host), with no relay process in it.
 *   `.ownPty.fifo`: that, with the host's event-loop thread under SCHED_FIFO (as `run
 *   --realtime`); the simulator is not. `.ownPty.mcuFifo`: the simulator under SCHED_FIFO as
 *   well, above the host, as a microcontroller that no other task preempts (a paced replay
 *   sleeps between events; an RLIMIT_RTTIME guard kills a simulator that would not).
 * - bridge.can.rav4.noUart.*: the same replay with the UART unpaced, so a frame's UART frame is
 *   written as soon as the simulator has it: the share of the simulator process, the kernel's
 *   pty and the host, without the 1 Mbaud serialisation that the model line gives alone.
 * - bridge.can.rav4.2Mbaud.ownPty: `.ownPty` with the UART at 2 Mbaud.
 * - bridge.can.rav4.model.1Mbaud (and .2Mbaud): the MCU side alone for the whole drive, in virtual time
 *   (`bridge-sim --model`: the same C bridge logic, batching and framing, with the UART and
 *   the CAN bus simulated and no process scheduling in the way): what the design adds, with the
 *   MCU clock a day after boot (`MODEL_MCU_UPTIME_US`).
 * - bridge.can.flood.1Mbaud: as many 8-byte frames as the bridge carries (frames/s).
 * - bridge.heartbeat.rtt: request/response round trip over the pty, unpaced.
 * - bridge.framing / bridge.codec: the pure parts, ns per operation.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { join } from 'node:path';
import { SystemClock } from '../../hal/clock.js';
import { pb } from '../../firmware-bridge/generated/bridge_v1.js';
import { FirmwareBridge } from '../../firmware-bridge/host/bridge.js';
import { encodeFrame, FrameDecoder } from '../../firmware-bridge/host/framing.js';
import { RAV4_LOG } from '../can/fixtures.js';
import {
  buildMcu, mcuSkipReason, monoUs, runModel, simLatDump, startSim, writeLogExcerpt, type Sim, type SimOptions,
} from '../firmware-bridge/harness.js';
import type { BenchCase } from './harness.js';
import { FIFO_PRIORITY, stealMeter, underFifo } from './sched.js';

/** The simulator's priority in the `.mcuFifo` line: above the host's loop, as a separate chip would be. */
const SIM_FIFO_PRIORITY = FIFO_PRIORITY + 10;
const BAUD = Number(process.env.BRIDGE_BENCH_BAUD ?? 1_000_000);
/** Seconds of the RAV4 drive replayed in real time. */
const RAV4_SECONDS = Number(process.env.BRIDGE_BENCH_SECONDS ?? 30);

/**
 * The model's MCU clock starts a day after boot. A CAN frame's 64-bit MCU time takes 6 bytes
 * on the wire from 9.5 h to 50 days of uptime (4 bytes only in the first 4.6 min), as in the
 * live lines, whose MCU clock is the host's CLOCK_MONOTONIC.
 */
const MODEL_MCU_UPTIME_US = 86_400 * 1e6;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function pct(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

async function withSim<T>(opts: SimOptions, bridgeOpts: { timeSyncIntervalMs?: number }, fn: (sim: Sim, bridge: FirmwareBridge) => Promise<T>): Promise<T> {
  const sim = await startSim(opts);
  const bridge = new FirmwareBridge({
    path: sim.hostPath, clock: new SystemClock(), baudRate: opts.baud || BAUD, heartbeatIntervalMs: 500, timeSyncIntervalMs: 1000, ...bridgeOpts,
  });
  try {
    return await fn(sim, bridge);
  } finally {
    await bridge.stop();
    await sim.stop();
  }
}

/** Largest number of log frames in any window of `w` seconds, as frames per second. */
function peakRate(times: number[], w: number): number {
  let best = 0;
  let j = 0;
  for (let i = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= w) j++;
    best = Math.max(best, i - j + 1);
  }
  return best / w;
}

async function rav4(ownPty: boolean, simFifo?: number, baud = BAUD): Promise<Record<string, number | string>> {
  const skip = mcuSkipReason();
  if (skip) return { skipped: skip };
  const dir = mkdtempSync(join(tmpdir(), 'bridge-bench-'));
  const excerpt = join(dir, 'rav4.log');
  const times = writeLogExcerpt(RAV4_LOG, RAV4_SECONDS, excerpt).map((f) => f.timestamp!);
  const count = times.length;
  try {
    return await withSim({ baud, clockBase: 'monotonic', clockOffsetUs: 0, clockDriftPpm: 0, ownPty, fifoPriority: simFifo }, {}, async (sim, bridge) => {
      const bus = bridge.canBus(0, { rxQueueLimit: 1 << 20 });
      await bus.open();
      await sleep(1500); // time sync burst done
      const fifo: { id: number; mcuUs: number }[] = [];
      let head = 0;
      bridge.link.on('canRx', (batch) => {
        for (const f of batch.frames ?? []) if ((f.port ?? 0) === 0) fifo.push({ id: f.id ?? 0, mcuUs: f.mcuTimeUs ?? 0 });
      });
      const originMonoMs = Number(process.hrtime.bigint()) / 1e6 - performance.now();
      const lat: number[] = [];
      const arrivedUs: number[] = []; // when the iteration yielded each frame (CLOCK_MONOTONIC us)
      const latIndex: number[] = []; // each latency's frame, in the order the MCU received them
      const tsErr: number[] = [];
      let mismatched = 0;
      const it = bus[Symbol.asyncIterator]();
      const done = sim.event('can-replay-done', (RAV4_SECONDS + 30) * 1000);
      const steal = stealMeter();
      const gc: { startMs: number; ms: number }[] = []; // startMs: performance.now() time
      const gcObserver = new PerformanceObserver((list) => { for (const e of list.getEntries()) gc.push({ startMs: e.startTime, ms: e.duration }); });
      gcObserver.observe({ entryTypes: ['gc'] });
      // The loop takes frames as an application would (no timer per frame): once the simulator
      // has replayed the excerpt, the iteration ends when every frame is in, or 2 s later.
      const allIn = async (): Promise<void> => {
        const t0 = Date.now();
        while (head < count && Date.now() - t0 < 2000) await sleep(20);
      };
      const ended = done.then(allIn, allIn).finally(() => it.return?.());
      await sim.command(`can-replay ${excerpt} 1`);
      for (;;) {
        const r = await it.next();
        if (r.done === true) break;
        const now = monoUs();
        const m = fifo[head++];
        if (m === undefined || m.id !== r.value.id) { mismatched++; continue; }
        lat.push(now - m.mcuUs);
        latIndex.push(head - 1);
        arrivedUs.push(now);
        const trueUtcMs = performance.timeOrigin + (m.mcuUs / 1000 - originMonoMs);
        tsErr.push(Math.abs(r.value.timestamp! * 1000 - trueUtcMs) * 1000);
      }
      await ended;
      await done;
      const stealMsPerS = steal();
      gcObserver.disconnect();
      const mcu = await sim.stats();
      const stats = bridge.link.stats;
      const wireBytesPerFrame = stats.rxBytes / Math.max(1, lat.length);
      // Per frame in the order the MCU received them: its MCU-side latency, and how late the
      // simulator wrote its UART frame (it woke up late). Unpaced (baud 0), it has no board time
      // to be late against, and its MCU side ends when it writes.
      const rows = await simLatDump(sim, join(dir, 'lat.txt'));
      const complete = rows.length === fifo.length;
      const rowOf = (k: number): { uartLatUs: number; lateUs: number } => rows[latIndex[k]!]!;
      const late = complete && baud > 0;
      const board = late ? lat.map((l, k) => l - rowOf(k).lateUs).sort((a, b) => a - b) : [];
      const lateSorted = late ? rows.map((r) => r.lateUs).sort((a, b) => a - b) : [];
      // The host's share: from the moment the simulator wrote the frame's last byte to the pty
      // to the moment the iteration yields it (the kernel's tty, the wake-up, our decoding).
      const hostOf = complete ? lat.map((l, k) => l - rowOf(k).uartLatUs - rowOf(k).lateUs) : [];
      // The same without the frames that a garbage collection of this process held up (one ran
      // between the write and the yield): what the host's share would be without collections.
      const gcUs = gc.map((g) => ({ from: (g.startMs + originMonoMs) * 1000, to: (g.startMs + g.ms + originMonoMs) * 1000 }));
      const hostNoGc = hostOf.filter((h, k) => !gcUs.some((g) => g.from < arrivedUs[k]! && g.to > arrivedUs[k]! - h)).sort((a, b) => a - b);
      const host = [...hostOf].sort((a, b) => a - b);
      lat.sort((a, b) => a - b);
      tsErr.sort((a, b) => a - b);
      await bus.close();
      return {
        frames: lat.length,
        of: count,
        seconds: RAV4_SECONDS,
        logPeakFps1s: peakRate(times, 1),
        logPeakFps100ms: peakRate(times, 0.1),
        uartLatP50us: Number(mcu.uart_lat_p50_us),
        uartLatP99us: Number(mcu.uart_lat_p99_us),
        latP50us: Math.round(pct(lat, 0.5)),
        latP90us: Math.round(pct(lat, 0.9)),
        latP99us: Math.round(pct(lat, 0.99)),
        latMaxUs: Math.round(lat.at(-1) ?? NaN),
        ...(late && {
          boardLatP50us: Math.round(pct(board, 0.5)),
          boardLatP99us: Math.round(pct(board, 0.99)),
          simWriteLateP50us: Math.round(pct(lateSorted, 0.5)),
          simWriteLateP99us: Math.round(pct(lateSorted, 0.99)),
        }),
        ...(complete && {
          hostLatP50us: Math.round(pct(host, 0.5)),
          hostLatP99us: Math.round(pct(host, 0.99)),
          hostLatP999us: Math.round(pct(host, 0.999)),
          hostLatNoGcP99us: Math.round(pct(hostNoGc, 0.99)),
          gcHeldFrames: host.length - hostNoGc.length,
        }),
        timestampErrP50us: Math.round(pct(tsErr, 0.5)),
        timestampErrP99us: Math.round(pct(tsErr, 0.99)),
        uartBytesPerFrame: Number(wireBytesPerFrame.toFixed(1)),
        mcuOverruns: stats.mcuCanOverruns,
        dropped: stats.rxDropped + bus.stats.rxDropped + mismatched,
        lineLostBytes: Number(mcu.line_lost_bytes),
        stealMsPerS,
        gcPauses: gc.length,
        gcMaxMs: Number(Math.max(0, ...gc.map((g) => g.ms)).toFixed(2)),
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function rav4Model(baud = BAUD): Promise<Record<string, number | string>> {
  const skip = buildMcu();
  if (skip) return { skipped: skip };
  const m = runModel(RAV4_LOG, baud, MODEL_MCU_UPTIME_US);
  if (typeof m === 'string') return { failed: m };
  return {
    frames: m.frames!, overruns: m.overruns!, mcuLatP50us: m.uart_lat_p50_us!, mcuLatP90us: m.uart_lat_p90_us!,
    mcuLatP99us: m.uart_lat_p99_us!, mcuLatMaxUs: m.uart_lat_max_us!, uartBytesPerFrame: m.uart_bytes_per_frame!, uartLoadPct: m.uart_load_pct!,
  };
}

async function flood(): Promise<Record<string, number | string>> {
  const skip = mcuSkipReason();
  if (skip) return { skipped: skip };
  const N = 60_000;
  return withSim({ baud: BAUD }, { timeSyncIntervalMs: 0 }, async (sim, bridge) => {
    const bus = bridge.canBus(0, { rxQueueLimit: 1 << 20 });
    await bus.open();
    const it = bus[Symbol.asyncIterator]();
    const bytes0 = bridge.link.stats.rxBytes;
    await sim.command(`can-flood ${N} 8`);
    let got = 0;
    let first = 0;
    let last = 0;
    for (;;) {
      const r = await Promise.race([it.next(), sleep(1000).then(() => undefined)]);
      if (r === undefined || r.done === true) break;
      last = performance.now();
      if (got++ === 0) first = last;
    }
    await it.return?.();
    const secs = (last - first) / 1000;
    const bytes = bridge.link.stats.rxBytes - bytes0;
    await bus.close();
    return {
      frames: got,
      framesPerSec: Math.round((got - 1) / secs),
      uartBytesPerFrame: Number((bytes / got).toFixed(1)),
      uartLoadPct: Math.round((bytes * 10) / secs / BAUD * 100),
      dropped: N - got,
    };
  });
}

async function heartbeatRtt(): Promise<Record<string, number | string>> {
  const skip = mcuSkipReason();
  if (skip) return { skipped: skip };
  return withSim({}, { timeSyncIntervalMs: 0 }, async (_sim, bridge) => {
    bridge.start();
    await bridge.link.waitUp(5000);
    const rtt: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const t = performance.now();
      await bridge.link.request('heartbeat', { hostTimeUs: i });
      rtt.push((performance.now() - t) * 1000);
    }
    rtt.sort((a, b) => a - b);
    return { requests: rtt.length, rttP50us: Math.round(pct(rtt, 0.5)), rttP99us: Math.round(pct(rtt, 0.99)) };
  });
}

// ---- pure parts

const batchFrame = pb.Frame.encode({
  seq: 123456,
  canRx: {
    frames: Array.from({ length: 10 }, (_, i) => ({ id: 0x100 + i * 17, data: new Uint8Array([i, 2, 3, 4, 5, 6, 7, 8]), mcuTimeUs: 5_000_000_000 + i * 250 })),
  },
}).finish();
const wire = encodeFrame(batchFrame);
const decoder = new FrameDecoder();
const sink = { frame: (_p: Uint8Array): void => undefined };
const hbFrame = { seq: 17, heartbeat: { hostTimeUs: 1_234_567_890 } };

export const benches: BenchCase[] = [
  { name: 'bridge.framing.decode.batch10', anchor: `one UART frame, 10 CAN frames, ${wire.length} bytes`, fn: () => decoder.push(wire, sink) },
  { name: 'bridge.framing.encode.heartbeat', fn: () => encodeFrame(pb.Frame.encode(hbFrame).finish()) },
  { name: 'bridge.codec.decode.batch10', anchor: `${batchFrame.length}-byte Frame`, fn: () => pb.Frame.decode(batchFrame) },
  { name: 'bridge.heartbeat.rtt', anchor: 'pty, unpaced', measure: heartbeatRtt },
  { name: 'bridge.can.flood.1Mbaud', anchor: '1 Mbaud UART = 100 kB/s; 500 kbit/s CAN carries at most ~4,400 8-byte frames/s', measure: flood },
  { name: 'bridge.can.rav4.model.1Mbaud', anchor: 'MCU side, virtual time, whole drive (60 s, 53,800 frames), the MCU clock a day after boot', measure: () => rav4Model() },
  { name: 'bridge.can.rav4.model.2Mbaud', anchor: 'the same with the UART at 2 Mbaud: a lone frame (about 30 bytes) then takes less UART time than a CAN frame (111 bits, 222 us at 500 kbit/s), so bursts do not queue', measure: () => rav4Model(2_000_000) },
  { name: 'bridge.can.rav4.1Mbaud', anchor: 'target: the log peak rate with p99 added latency <= 2000 us; pty pair by socat (a relay process in the path)', measure: () => rav4(false) },
  { name: 'bridge.can.rav4.1Mbaud.ownPty', anchor: 'the same, the simulator holding the pty master as a UART driver does (no relay)', measure: () => rav4(true) },
  { name: 'bridge.can.rav4.1Mbaud.ownPty.fifo', anchor: `the same, the host's event-loop thread under SCHED_FIFO ${FIFO_PRIORITY} (the simulator at normal priority)`, measure: () => underFifo(() => rav4(true)) },
  { name: 'bridge.can.rav4.noUart.ownPty', anchor: 'the same replay with the UART unpaced (no serialisation time): what the simulator process, the pty and the host add', measure: () => rav4(true, undefined, 0) },
  { name: 'bridge.can.rav4.noUart.ownPty.mcuFifo', anchor: 'that, with both the simulator and the host loop under SCHED_FIFO', measure: () => underFifo(() => rav4(true, SIM_FIFO_PRIORITY, 0)) },
  { name: 'bridge.can.rav4.2Mbaud.ownPty', anchor: 'the .ownPty replay with the UART at 2 Mbaud', measure: () => rav4(true, undefined, 2_000_000) },
  { name: 'bridge.can.rav4.1Mbaud.ownPty.mcuFifo', anchor: `the same, and the simulator under SCHED_FIFO ${SIM_FIFO_PRIORITY} too, as a microcontroller that nothing preempts`, measure: () => underFifo(() => rav4(true, SIM_FIFO_PRIORITY)) },
];
