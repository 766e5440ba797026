/**
 * End to end on loopback, every part a separate process as deployed:
 *
 * 1. Two vehicles (`v2x-edge run --rsu`, the bundled drive in real time) send their BSMs as
 *    Immediate Forward messages to the RSU emulator, which puts them on the air (a multicast
 *    group) together with SPaT and MAP from real vectors (store and repeat). Each vehicle's
 *    receiver (`v2x-edge rx` on the air) decodes every BSM of the other vehicle and every SPaT
 *    and MAP: counts match, nothing is lost.
 * 2. Ten vehicles at 10 Hz (ten `run` processes, each with its own TemporaryID) through the
 *    same emulator: both receivers get every BSM of every vehicle, and the RSU's forwarding
 *    (IEEE 1609.2 to a host) gets them too.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadEdition, type AnyCodec } from '../../asn1/editions.js';
import { fromHex, toHex } from '../../asn1/runtime/values.js';
import { extractPayload } from '../../src/transport/ieee1609dot2/index.js';
import { startCli, type Running } from '../rx/spawn.js';
import { receiver, sleep, type Receiver } from '../transport/udp-helpers.js';
import { MAP, SPAT, vectorsDir } from '../transport/vectors.js';

let codec: AnyCodec;
beforeAll(async () => {
  codec = await loadEdition('j2735-2020');
});

const running: Running[] = [];
const closers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c.close();
  for (const r of running.splice(0)) await r.stop();
});

const spatFile = `${vectorsDir}/j2735/asn1_codec-hexonly/SPAT_001.hex`;
const mapFile = `${vectorsDir}/j2735/asn1_codec-hexonly/MAP_001.hex`;

interface Line {
  type: string;
  envelope: string;
  hex: string;
}

async function startEmulator(group: string, port: number, extra: string[] = []): Promise<{ emu: Running; ifmPort: number }> {
  const emu = startCli(['rsu-emulator', '--ifm', 'udp://127.0.0.1:0', '--air', `udp://${group}:${port}`, '--iface', '127.0.0.1', '--repeat', spatFile, '--repeat', mapFile, ...extra]);
  running.push(emu);
  const ifmPort = Number((await emu.waitStderr(/IFM on udp:\/\/127\.0\.0\.1:(\d+)/))[1]);
  return { emu, ifmPort };
}

async function startReceiver(group: string, port: number): Promise<Running> {
  const rx = startCli(['rx', '--listen', `udp://${group}:${port}`, '--iface', '127.0.0.1', '--hex']);
  running.push(rx);
  await rx.waitStderr(/listening on/);
  return rx;
}

/** The frames a `run --json` process sent, as hex. */
function sentBy(r: Running): string[] {
  return r.stdout().split('\n').filter((l) => l !== '').map((l) => (JSON.parse(l) as { hex: string }).hex);
}

function lines(r: Running): Line[] {
  return r.stdout().split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Line);
}

async function stopAll(emu: Running, receivers: Running[]): Promise<Record<string, unknown>> {
  expect(await emu.stop()).toBe(0);
  await sleep(300); // the emulator's last frames reach the receivers
  for (const r of receivers) expect(await r.stop()).toBe(0);
  return JSON.parse(/stats (\{.*\})\n$/.exec(emu.stderr())![1]!) as Record<string, unknown>;
}

describe('end to end: vehicles, the RSU emulator, the air, receivers', () => {
  it('two run instances: each BSM of A reaches B\'s receiver and the reverse; SPaT and MAP reach both', async () => {
    const group = '239.255.27.80';
    const port = 43000 + Math.floor(Math.random() * 9000);
    // Receivers first, so that they hear every transmission of the emulator.
    const rxA = await startReceiver(group, port);
    const rxB = await startReceiver(group, port);
    const { emu, ifmPort } = await startEmulator(group, port);
    const runArgs = ['run', '--rsu', `127.0.0.1:${ifmPort}`, '--duration', '4', '--json', '--quiet'];
    const a = startCli(runArgs);
    const b = startCli(runArgs);
    running.push(a, b);
    expect(await a.exited(60_000)).toBe(0);
    expect(await b.exited(60_000)).toBe(0);
    const stats = await stopAll(emu, [rxA, rxB]);

    const [sentA, sentB] = [sentBy(a), sentBy(b)];
    expect(sentA.length).toBeGreaterThan(25); // 10 Hz for about 4 s of the drive
    expect(sentB.length).toBeGreaterThan(25);
    expect(stats).toMatchObject({ ifmReceived: sentA.length + sentB.length, ifmAccepted: sentA.length + sentB.length, ifmRejected: 0, lost: 0, errors: 0 });

    const byPsid = stats.transmittedByPsid as Record<string, number>;
    for (const rx of [rxA, rxB]) {
      const got = lines(rx);
      expect(got.every((l) => l.envelope === 'wsmp/1609.2-unsecured/uper')).toBe(true);
      const bsms = got.filter((l) => l.type === 'BSM').map((l) => l.hex);
      // Every BSM of both vehicles, exactly once (the air is shared, so each hears itself too).
      expect(bsms.sort()).toEqual([...sentA, ...sentB].sort());
      const spat = got.filter((l) => l.type === 'SPAT');
      const map = got.filter((l) => l.type === 'MAP');
      expect(spat.every((l) => l.hex === toHex(SPAT()))).toBe(true);
      expect(map.every((l) => l.hex === toHex(MAP()))).toBe(true);
      expect(spat.length + map.length).toBe(byPsid['0x8002']);
      expect(spat.length + map.length).toBe((stats.repeated as number));
      expect(map.length).toBeGreaterThanOrEqual(4);
      expect(spat.length).toBeGreaterThanOrEqual(40);
      expect(rx.stderr()).toMatch(/, 0 failed/);
    }
  }, 120_000);

  it('ten run instances at 10 Hz: zero loss at every receiver and at the forwarding host', async () => {
    const group = '239.255.27.81';
    const port = 43000 + Math.floor(Math.random() * 9000);
    const host: Receiver = await receiver();
    closers.push(host);
    const receivers = [await startReceiver(group, port), await startReceiver(group, port)];
    const { emu, ifmPort } = await startEmulator(group, port, ['--forward', `udp://127.0.0.1:${host.port},format=1609.2,psid=0x20`, '--forward-own']);

    // Ten vehicles, each a `run` process with its own socket, TemporaryID and msgCnt.
    const vehicles = Array.from({ length: 10 }, () => startCli(['run', '--rsu', `127.0.0.1:${ifmPort}`, '--duration', '3', '--json', '--quiet']));
    running.push(...vehicles);
    for (const v of vehicles) expect(await v.exited(120_000)).toBe(0);
    const stats = await stopAll(emu, receivers);

    const perVehicle = vehicles.map(sentBy);
    for (const s of perVehicle) expect(s.length).toBeGreaterThan(20); // 10 Hz for about 3 s of the drive
    const ids = new Set(perVehicle.map((s) => toHex((codec.decode('MessageFrame', fromHex(s[0]!)) as { value: { coreData: { id: Uint8Array } } }).value.coreData.id)));
    expect(ids.size).toBe(10);
    const expected = perVehicle.flat().sort();
    expect(stats).toMatchObject({ ifmAccepted: expected.length, ifmRejected: 0, lost: 0, errors: 0 });
    for (const rx of receivers) {
      const bsms = lines(rx).filter((l) => l.type === 'BSM').map((l) => l.hex).sort();
      expect(bsms).toEqual(expected);
    }
    const forwarded = host.messages.map((m) => toHex(extractPayload(m.data).payload!)).sort();
    expect(forwarded).toEqual(expected);
  }, 180_000);
});
