/**
 * Records what the C simulator sends to the host into
 * test/fixtures/firmware-bridge/capture-mcu-to-host.bin, for the framing tests:
 *
 *     npx tsx test/firmware-bridge/record-capture.ts
 *
 * The capture holds a session (HelloAck, heartbeats, time sync, received CAN frames of the
 * RAV4 log, GNSS sentences and PPS marks, a V2X transmit report), then the faults the
 * framing must survive: two corrupted frames, a dropped one, random garbage, a run of
 * garbage longer than any frame, and an MCU reset (boot noise, then a BootNotice).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SystemClock } from '../../hal/clock.js';
import { FirmwareBridge } from '../../firmware-bridge/host/bridge.js';
import { SerialTransport } from '../../firmware-bridge/host/transport.js';
import { RAV4_LOG } from '../can/fixtures.js';
import { buildMcu, fixturesDir, startSim } from './harness.js';

const skip = buildMcu();
if (skip) throw new Error(skip);
const sim = await startSim({ clockOffsetUs: 7_000_000 });
const chunks: Uint8Array[] = [];
const bridge = new FirmwareBridge({
  clock: new SystemClock(),
  transport: () => {
    const t = new SerialTransport({ path: sim.hostPath });
    t.onData((b) => chunks.push(b.slice()));
    return t;
  },
});
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const tmp = join(sim.dir, 'can.log');
writeFileSync(tmp, readFileSync(RAV4_LOG, 'utf8').split('\n').slice(0, 40).join('\n') + '\n');
const nmea = join(sim.dir, 'gnss.nmea');
// Three sentences of the RAV4 drive's GNSS (comma2k19, MIT; see SOURCES.md).
writeFileSync(nmea, [
  '$GPGGA,161448.30,3743.2598620,N,12228.3383180,W,1,12,,65.7,M,-32.3,M,,*4D',
  '$GPRMC,161448.30,A,3743.2598620,N,12228.3383180,W,15.207,2.14,020818,,,A*4C',
  '$GPGGA,161449.00,3743.2629700,N,12228.3381700,W,1,12,,65.6,M,-32.3,M,,*4F',
].join('\r\n') + '\r\n');

bridge.start();
await bridge.link.waitUp(3000);
await bridge.link.request('heartbeat', { hostTimeUs: 1 });
await sim.command(`can-replay ${tmp} 1`);
await sim.event('can-replay-done');
await sim.command(`gnss-replay ${nmea} 4`);
await sim.event('gnss-replay-done');
await bridge.transmitV2x(new Uint8Array(40).fill(0x20), { channel: 172, psid: 0x20 });
await sim.command('corrupt 2');
await bridge.link.request('statusRequest', {}).catch(() => undefined);
await bridge.link.request('heartbeat', { hostTimeUs: 2 }).catch(() => undefined);
await sim.command('drop 1');
await bridge.link.request('heartbeat', { hostTimeUs: 3 }).catch(() => undefined);
await sim.command('garbage 40');
await sim.command('garbage 1600 nz');
// The frame right after a garbage run without a delimiter is part of that run: lost.
await bridge.link.request('heartbeat', { hostTimeUs: 4 }).catch(() => undefined);
await bridge.link.request('heartbeat', { hostTimeUs: 4 });
await sim.command('reset');
await sleep(300);
await bridge.link.waitUp(3000);
await bridge.link.request('heartbeat', { hostTimeUs: 5 });
await sleep(50);
const stats = await sim.stats();
await bridge.stop();
await sim.stop();

const all = Buffer.concat(chunks);
writeFileSync(join(fixturesDir, 'capture-mcu-to-host.bin'), all);
process.stdout.write(`wrote ${all.length} bytes; simulator: ${JSON.stringify(stats)}\nhost: ${JSON.stringify(bridge.link.stats)}\n`);
