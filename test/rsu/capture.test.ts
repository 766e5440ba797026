/**
 * `run --rsu ... --wsmp --pcap FILE` writes what is sent, and `rx --pcap FILE` what is received:
 * tshark reads both files; the WSMP PSID, the 1609.2 content type and the payload bytes it shows
 * are the BSMs the run printed, and the IFM datagrams carry the same BSMs. Skipped, with the
 * reason printed, without tshark.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parseIfm } from '../../src/transport/ifm.js';
import { startCli, type Running } from '../rx/spawn.js';
import { bytesHex, field, tsharkJson, tsharkSkipReason } from '../transport/tshark.js';

const skip = tsharkSkipReason();
const dir = mkdtempSync(join(tmpdir(), 'v2x-capture-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const running: Running[] = [];
afterEach(async () => {
  for (const r of running.splice(0)) await r.stop();
});

describe.skipIf(skip !== undefined)('captures of what is sent and received', () => {
  it('run --rsu --wsmp --pcap, and rx --pcap at the RSU side', async () => {
    const sentFile = join(dir, 'sent.pcapng');
    const recvFile = join(dir, 'received.pcap');
    const rx = startCli(['rx', '--listen', 'udp://127.0.0.1:0', '--pcap', recvFile, '--quiet']);
    running.push(rx);
    const port = Number((await rx.waitStderr(/listening on udp:\/\/127\.0\.0\.1:(\d+)/))[1]);
    const run = startCli(['run', '--rsu', `127.0.0.1:${port}`, '--wsmp', '--pcap', sentFile, '--duration', '2', '--json', '--quiet']);
    running.push(run);
    expect(await run.exited(60_000)).toBe(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(await rx.stop()).toBe(0);
    const bsms = run.stdout().split('\n').filter((l) => l !== '').map((l) => (JSON.parse(l) as { hex: string }).hex);
    expect(bsms.length).toBeGreaterThan(10);

    // What was sent: per BSM, the IFM datagram (UDP over IPv4) and the WSMP frame a radio would send.
    const sent = tsharkJson(sentFile);
    const wsmp = sent.filter((p) => field(p, 'eth.type') === '0x88dc');
    const ifm = sent.filter((p) => field(p, 'udp.dstport') === String(port));
    expect(wsmp.map((p) => bytesHex(field(p, 'ieee1609dot2.unsecuredData')))).toEqual(bsms);
    expect(wsmp.every((p) => field(p, 'wsmp.psid') === '0x00000020' && field(p, 'ieee1609dot2.content') === '0')).toBe(true);
    expect(wsmp.every((p) => field(p, 'frame.packet_flags_direction') === '0x00000002')).toBe(true);
    const ifmPayloads = ifm.map((p) => parseIfm(new Uint8Array(Buffer.from(bytesHex(field(p, 'udp.payload'))!, 'hex'))));
    expect(ifmPayloads.map((m) => Buffer.from(m.payload).toString('hex'))).toEqual(bsms);
    expect(ifmPayloads.every((m) => m.type === 'BSM' && m.psid === 0x20)).toBe(true);

    // What the RSU side received: the same datagrams, inbound.
    const received = tsharkJson(recvFile);
    expect(received.map((p) => parseIfm(new Uint8Array(Buffer.from(bytesHex(field(p, 'udp.payload'))!, 'hex'))).payload).map((b) => Buffer.from(b).toString('hex'))).toEqual(bsms);
    expect(rx.stderr()).toMatch(new RegExp(`rx: ${bsms.length} datagram\\(s\\), ${bsms.length} decoded \\(ifm/uper ${bsms.length}\\)`));
  }, 90_000);
});
