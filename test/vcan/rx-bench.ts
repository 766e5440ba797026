/**
 * The SocketCAN receive path on vcan, measured where it runs (inside the User-Mode Linux guest
 * when started through run-in-uml.sh): prints one JSON line of figures. Reported by
 * `npm run bench` (test/bench/can.bench.ts); not a test, and not the hardware's figures.
 *
 *   1. our bus to our bus in one process: frames/s through send, kernel and receive;
 *   2. can-utils' cangen flooding the interface: frames/s our receive path keeps up with.
 */
import { spawn } from 'node:child_process';
import { SocketCanBus } from '../../hal/can/socketcan.js';
import type { CanFrame } from '../../hal/can/types.js';

const iface = (process.env.VCAN_IFACES ?? 'vcan0').split(/\s+/)[0]!;
const N = Number(process.env.RX_BENCH_FRAMES ?? 20000);

/** Counts frames on `rx` until N (or `end`); the result waits at most `graceMs` once asked for. */
function count(rx: SocketCanBus, end: (f: CanFrame) => boolean): (graceMs: number) => Promise<{ n: number; framesPerSec: number }> {
  let n = 0;
  let first = 0;
  let last = 0;
  const reader = (async () => {
    for await (const f of rx) {
      if (end(f)) break;
      if (n === 0) first = performance.now();
      last = performance.now();
      if (++n === N) break;
    }
  })();
  return async (graceMs) => {
    await Promise.race([reader, new Promise((r) => setTimeout(r, graceMs))]);
    return { n, framesPerSec: Math.round((n - 1) / ((last - first) / 1000)) };
  };
}

async function inProcess(): Promise<{ framesPerSec: number; lost: number }> {
  const tx = new SocketCanBus(iface);
  const rx = new SocketCanBus(iface);
  await tx.open();
  await rx.open();
  const counted = count(rx, (f) => f.id === 0x7ff);
  const data = new Uint8Array(8);
  for (let i = 0; i < N; i++) {
    data[0] = i & 0xff;
    await tx.send({ id: 0x100, data });
  }
  await tx.send({ id: 0x7ff, data }); // end marker, in case frames were lost
  const { n, framesPerSec } = await counted(5000);
  await tx.close();
  await rx.close();
  return { framesPerSec, lost: N - Math.min(n, N) };
}

async function flood(): Promise<{ framesPerSec: number; received: number; sent: number }> {
  const rx = new SocketCanBus(iface);
  await rx.open();
  const counted = count(rx, () => false);
  await new Promise<void>((resolve, reject) => {
    const p = spawn('cangen', [iface, '-g', '0', '-n', String(N), '-I', '123', '-L', '8', '-D', 'i'], { stdio: 'ignore' });
    p.once('error', reject);
    p.once('exit', () => resolve());
  });
  const { n, framesPerSec } = await counted(2000);
  await rx.close();
  return { framesPerSec, received: n, sent: N };
}

const a = await inProcess();
const b = await flood();
process.stdout.write(JSON.stringify({
  tier: process.env.VCAN_TIER ?? 'unknown',
  inProcessFramesPerSec: a.framesPerSec,
  inProcessLost: a.lost,
  cangenFramesPerSec: b.framesPerSec,
  cangenReceived: b.received,
  cangenSent: b.sent,
}) + '\n');
